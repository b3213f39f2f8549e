// The WCAG 2.2 AA audit of issue #7, on the release build:
// - the browser's own accessibility tree (DevTools protocol) of the key
//   screens: heading outline, question groups named by their question,
//   named options and buttons, live regions, the kiosk dialog;
// - announcements: the step and phase live regions stay the same node, and
//   change once per step or phase (not every frame or second);
// - 200% text (the browser's default font size doubled) at 320 px: every
//   screen reflows without sideways scrolling, clipping or overlap;
// - forced colours (Windows high contrast): focus indicators, selected
//   states that survive the loss of author colours, button borders, and
//   the diagrams still drawn.
// Assertions compare the tree with the widget's own DOM text rather than
// fixed English, so they hold in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, launchWithTextSize, shot } from './lib/browser.mjs';
import { waitForNewHeading, answerByMouse, openAllSections } from './lib/quiz.mjs';
import { layoutProblems, textProblems } from './lib/layout.mjs';
import { PNG } from 'pngjs';
import { axTree, find, headings, outlineProblems, unnamedControls, liveRegions, pixelDiff, inkStats } from './lib/a11y.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ANSWERS = [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']];
const PLAN = '#a=v=1&s=bx.rl&g=3&c=fl&f=5&x=none&d=2';
const SCENES = ['healthy', 'scars', 'treatment', 'healing', 'course'];

/** Runs `fn` with the widget's shadow root in the page. */
const inWidget = (page, fn, arg) => page.evaluate(([src, a]) => {
  // eslint-disable-next-line no-new-func
  const f = new Function('root', 'arg', `return (${src})(root, arg);`);
  return f(document.querySelector('microneedling-guide').shadowRoot, a);
}, [fn.toString(), arg]);

const text = (s) => s.replace(/\s+/g, ' ').trim();

async function newPage(url, ctx = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ctx });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  if (url) await page.goto(server.origin + url);
  return { context, page, errors };
}

// ---------------------------------------------------------------------------
// Accessibility tree

/** The checks every screen shares; returns the tree. */
async function commonTree(page, where, top) {
  const tree = await axTree(page);
  assert.deepEqual(outlineProblems(headings(tree), top), [], `heading outline at ${where}: ${JSON.stringify(headings(tree))}`);
  assert.deepEqual(unnamedControls(tree), [], `unnamed controls at ${where}`);
  const buttons = find(tree, (n) => n.role === 'button');
  assert.ok(buttons.length >= 1, `buttons at ${where}`);
  return tree;
}

/** A question: one group named by the question (its heading), described by
 *  the help text, holding only radios or only checkboxes, each named by its
 *  visible label; and the step text in a polite live region. */
async function checkQuestion(page, where, top) {
  const tree = await commonTree(page, where, top);
  const dom = await inWidget(page, (root) => ({
    heading: root.querySelector('.mg-heading').textContent,
    help: root.querySelector('.mg-help').textContent,
    labels: [...root.querySelectorAll('.mg-option__label')].map((l) => l.textContent),
    hints: [...root.querySelectorAll('.mg-option__text')].map((t) => t.querySelector('.mg-option__hint')?.textContent ?? ''),
    multi: !!root.querySelector('.mg-quiz input[type=checkbox]'),
    step: root.querySelector('.mg-progress__text').textContent,
  }));
  const isOption = (n) => n.role === 'radio' || n.role === 'checkbox';
  const groups = find(tree, (n) => n.role === 'group' && find(n, isOption).length > 0);
  assert.equal(groups.length, 1, `one group of options at ${where}`);
  const [group] = groups;
  assert.equal(group.name, text(dom.heading), `the group is named by its question at ${where}`);
  assert.equal(headings(tree)[0][1], text(dom.heading), `the question is the screen heading at ${where}`);
  assert.equal(group.description, text(dom.help), `the group is described by the help text at ${where}`);
  const options = find(group, isOption);
  assert.equal(find(tree, isOption).length, options.length, `no options outside the group at ${where}`);
  assert.ok(options.length >= 2, `options at ${where}`);
  assert.deepEqual([...new Set(options.map((o) => o.role))], [dom.multi ? 'checkbox' : 'radio'], `option roles at ${where}`);
  assert.equal(options.length, dom.labels.length);
  // Named by the label alone, the hint as the description: each read once.
  options.forEach((o, i) => {
    assert.equal(o.name, text(dom.labels[i]), `option ${i} at ${where} is named by its label`);
    assert.equal(o.description, text(dom.hints[i]), `option ${i} at ${where} is described by its hint`);
  });
  assert.equal(new Set(options.map((o) => o.name)).size, options.length, `option names are distinct at ${where}`);
  const live = liveRegions(tree);
  const step = live.find((n) => n.text === text(dom.step));
  assert.ok(step, `the step text "${dom.step}" is in a live region at ${where}: ${JSON.stringify(live.map((n) => [n.role, n.live, n.text]))}`);
  assert.equal(step.live, 'polite');
  assert.ok(/\d/.test(dom.step), 'the step text has numbers');
  assert.ok(find(tree, (n) => n.role === 'status').length === 1, `the need-an-answer status region at ${where}`);
  return { tree, multi: dom.multi };
}

test('accessibility tree: standalone, every key screen (h1 on top)', async () => {
  const { context, page, errors } = await newPage('/');
  await page.waitForSelector('.mg h1');

  // Welcome: a named region, h1, named buttons, the language switch.
  let tree = await commonTree(page, 'welcome', 1);
  const region = find(tree, (n) => n.role === 'region');
  assert.equal(region.length, 1, 'one region landmark');
  assert.ok(region[0].name, 'the region is named');
  const langs = find(tree, (n) => n.role === 'group' && n.name && find(n, (k) => k.role === 'button').length >= 2);
  assert.equal(langs.length, 1, 'a named group of language buttons');
  assert.deepEqual(find(langs[0], (n) => n.role === 'button').map((b) => b.pressed), ['true', 'false'], 'the current language is pressed');
  assert.ok(find(tree, (n) => n.role === 'button').length >= 4);

  // Every question, by mouse; the scar question also with its guide open.
  await page.click('.mg-welcome .mg-button--primary');
  await waitForNewHeading(page, 'Microneedling guide');
  const kinds = [];
  for (const [i, codes] of ANSWERS.entries()) {
    const { multi } = await checkQuestion(page, `question ${i + 1}`, 1);
    kinds.push(multi);
    if (i === 0) {
      await page.click('.mg-guide-wrap button');
      await page.waitForSelector('.mg-guide');
      tree = await commonTree(page, 'question 1 with the guide', 1);
      const outline = headings(tree).map(([l]) => l);
      assert.deepEqual(outline.slice(0, 2), [1, 2], 'the guide is a section under the question');
      await page.click('.mg-guide-wrap button');
    }
    await answerByMouse(page, codes);
  }
  assert.ok(kinds.includes(true) && kinds.includes(false), 'both single and multiple choice were checked');

  // The plan: h1, a section h2 each, scar names h3; myths are named disclosures.
  await page.waitForSelector('.mg-plan');
  tree = await commonTree(page, 'plan', 1);
  const levels = headings(tree).map(([l]) => l);
  assert.ok(levels.filter((l) => l === 2).length >= 8, `plan sections are h2: ${levels}`);
  assert.ok(levels.includes(3), 'scar names are h3');
  const myths = find(tree, (n) => n.role === 'DisclosureTriangle');
  assert.ok(myths.length >= 3 && myths.every((m) => m.name.length > 10), 'myths are named disclosures');

  // The diagrams with the healing scene.
  await page.click('.mg-plan__see button');
  await page.waitForSelector('.mg-dia');
  await page.click('[role=tab][data-scene=healing]');
  await page.waitForSelector('[role=tabpanel][data-scene=healing]');
  await checkDiagram(page, 'diagrams (healing)', 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The diagrams screen on the healing scene. */
async function checkDiagram(page, where, top) {
  const tree = await commonTree(page, where, top);
  assert.deepEqual(headings(tree).map(([l]) => l), [top, top + 1], `screen heading, then the scene title at ${where}`);
  const [tablist] = find(tree, (n) => n.role === 'tablist');
  assert.ok(tablist?.name, `a named tab list at ${where}`);
  const tabs = find(tablist, (n) => n.role === 'tab');
  assert.equal(tabs.length, SCENES.length);
  assert.deepEqual(tabs.map((t) => t.selected === true || t.selected === 'true'), [false, false, false, true, false], 'the healing tab is selected');
  const [panel] = find(tree, (n) => n.role === 'tabpanel');
  assert.equal(panel?.name, tabs[3].name, 'the panel is named by its tab');
  const images = find(tree, (n) => n.role === 'img' || n.role === 'image');
  assert.ok(images.length >= 1 && images.every((i) => i.name), `drawings are named images at ${where}`);
  const dom = await inWidget(page, (root) => ({
    phase: root.querySelector('[aria-current=step] .mg-dia__phase-name').textContent,
    caption: root.querySelector('.mg-dia__live-caption').textContent,
    valuetext: root.querySelector('.mg-dia__scrubber').getAttribute('aria-valuetext'),
  }));
  const drawing = images.find((i) => i.description);
  assert.ok(drawing?.description.includes(text(dom.caption)), 'the moving drawing is described by the phase caption');
  assert.ok(find(tree, (n) => n.role === 'group' && n.name && find(n, (k) => k.role === 'slider').length === 1).length === 1, 'the playback controls are a named group');
  const [slider] = find(tree, (n) => n.role === 'slider');
  assert.ok(slider.name, 'the scrubber is named');
  assert.ok(find(tree, (n) => n.role === 'combobox' && n.name).length === 1, 'the speed is a named select');
  assert.ok(find(tree, (n) => n.role === 'list' && n.name && find(n, (k) => k.role === 'button').length === 5).length === 1, 'the phase list is named');
  const live = liveRegions(tree).filter((n) => n.text.includes(text(dom.phase)));
  assert.equal(live.length, 1, `the current phase is in one live region at ${where}`);
  assert.equal(live[0].live, 'polite');
  assert.equal(String(live[0].atomic), 'true', 'it is read as a whole');
  assert.ok(live[0].text.includes(text(dom.caption)), 'with its caption');
  return tree;
}

test('accessibility tree: embedded in a clinic page, in Spanish (h2 on top)', async () => {
  const { context, page, errors } = await newPage('/?mode=embed&lang=es');
  await page.waitForSelector('.mg h2');
  let tree = await commonTree(page, 'embed welcome', 2);
  assert.equal(find(tree, (n) => n.role === 'region').length, 0, 'no landmark of its own inside a clinic page');
  assert.equal(await page.getAttribute('.mg', 'lang'), 'es');
  await page.click('.mg-welcome .mg-button--primary');
  await page.waitForSelector('.mg-quiz');
  await checkQuestion(page, 'embed question 1', 2);
  await page.click('.mg-guide-wrap button');
  await page.waitForSelector('.mg-guide');
  tree = await commonTree(page, 'embed question 1 with the guide', 2);
  await answerByMouse(page, ANSWERS[0]);
  await checkQuestion(page, 'embed question 2', 2);
  await context.close();

  // The plan and the diagrams (embed mode never reads a resume link, so
  // through the quiz).
  const p2 = await newPage('/?mode=embed&lang=es');
  await p2.page.waitForSelector('.mg h2');
  await p2.page.click('.mg-welcome .mg-button--primary');
  for (const codes of ANSWERS) {
    await p2.page.waitForSelector('.mg-quiz');
    await answerByMouse(p2.page, codes);
  }
  await p2.page.waitForSelector('.mg-plan');
  tree = await commonTree(p2.page, 'embed plan', 2);
  assert.ok(headings(tree).some(([l]) => l === 4), 'scar names are h4 under h3 sections');
  await p2.page.click('.mg-plan__see button');
  await p2.page.waitForSelector('.mg-dia');
  await p2.page.click('[role=tab][data-scene=healing]');
  await checkDiagram(p2.page, 'embed diagrams', 2);
  assert.deepEqual([...errors, ...p2.errors], []);
  await p2.context.close();
});

// ---------------------------------------------------------------------------
// Announcements

/** Records every text a live region shows, from now on. */
const watchText = (page, selector) => inWidget(page, (root, sel) => {
  const el = root.querySelector(sel);
  el.__mgMark = true;
  window.__mgTexts = [el.textContent];
  new MutationObserver(() => {
    if (window.__mgTexts.at(-1) !== el.textContent) window.__mgTexts.push(el.textContent);
  }).observe(el, { subtree: true, childList: true, characterData: true });
}, selector);
const seen = (page) => page.evaluate(() => window.__mgTexts);
const sameNode = (page, selector) => inWidget(page, (root, sel) => root.querySelector(sel)?.__mgMark === true, selector);

test('announcements: the step and the healing phase change in live regions that stay put', async () => {
  const { context, page, errors } = await newPage('/');
  await page.waitForSelector('.mg h1');
  await page.click('.mg-welcome .mg-button--primary');
  await page.waitForSelector('.mg-quiz');

  // Step changes: the same polite node, one new text per step, never empty.
  await watchText(page, '.mg-progress__text');
  await answerByMouse(page, ANSWERS[0]);
  await answerByMouse(page, ANSWERS[1]);
  await page.click('.mg-nav__back');
  await page.waitForFunction(() => window.__mgTexts.length >= 4);
  assert.ok(await sameNode(page, '.mg-progress__text'), 'the step region was not replaced (a new node is not announced)');
  const steps = await seen(page);
  assert.equal(steps.length, 4, `one change per step: ${JSON.stringify(steps)}`);
  assert.ok(steps.every((s) => /\d/.test(s)), `never empty: ${JSON.stringify(steps)}`);
  assert.equal(steps[3], steps[1], 'Back announces the step again');

  // The need-an-answer message fills a status region that was there before.
  await page.click('.mg-nav__next'); // question 2 is answered; go to 3, leave it empty
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-progress__text').textContent.includes('3'));
  await watchText(page, '.mg-need');
  assert.equal((await seen(page))[0], '', 'the status region is in the DOM, empty');
  await page.click('.mg-nav__next');
  await page.waitForFunction(() => window.__mgTexts.length >= 2);
  assert.ok(await sameNode(page, '.mg-need'));
  const tree = await axTree(page);
  const [status] = find(tree, (n) => n.role === 'status');
  assert.ok(status.text.length > 10, `the status region holds the message: ${status.text}`);
  assert.equal(status.live, 'polite');

  // The healing scene while playing at double speed: the caption region
  // stays the same node and changes once per phase, not every frame.
  await page.goto(server.origin + '/?start=how-it-works');
  await page.waitForSelector('.mg-dia');
  await page.click('[role=tab][data-scene=healing]');
  await page.waitForSelector('.mg-dia__live');
  await page.selectOption('.mg-dia__speed-select', { index: 2 });
  await watchText(page, '.mg-dia__live');
  await inWidget(page, (root) => {
    window.__mgPhases = [];
    const list = root.querySelector('.mg-dia__phases');
    new MutationObserver(() => {
      const p = root.querySelector('[aria-current=step]')?.dataset.phase;
      if (window.__mgPhases.at(-1) !== p) window.__mgPhases.push(p);
    }).observe(list, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  });
  await page.click('.mg-dia__play');
  await page.waitForFunction(() => window.__mgPhases.length >= 2, null, { timeout: 20000 });
  await page.click('.mg-dia__play'); // pause
  assert.ok(await sameNode(page, '.mg-dia__live'), 'the caption region was not replaced');
  const captions = await seen(page);
  const phases = await page.evaluate(() => window.__mgPhases);
  assert.equal(captions.length, phases.length + 1, `one caption per phase: ${phases} / ${captions.length}`);
  assert.equal(new Set(captions).size, captions.length, 'no caption repeated');
  const times = await inWidget(page, (root) => root.querySelector('.mg-dia__time').getAttribute('aria-hidden'));
  assert.equal(times, 'true', 'the running clock is not read out every frame');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------
// 200% text at 320 px

async function reflows(page, where) {
  const size = await inWidget(page, (root) => getComputedStyle(root.querySelector('.mg')).fontSize);
  assert.equal(size, '32px', `the widget follows the visitor's text size (16px doubled) at ${where}`);
  assert.deepEqual(await layoutProblems(page), [], `layout at 200% text, ${where}`);
  assert.deepEqual(await textProblems(page), [], `text at 200% text, ${where}`);
  await shot(page, `a11y-text200-${where}-320`);
}

test('200% text at 320 px: every screen reflows, nothing clipped or overlapping (English and Spanish)', async () => {
  const browser200 = await launchWithTextSize(32, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = browser200.context.pages()[0] ?? await browser200.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  for (const lang of ['en', 'es']) {
    await page.goto(`${server.origin}/?lang=${lang}`);
    await page.waitForSelector('.mg h1');
    await reflows(page, `${lang}-welcome`);
    await page.click('.mg-welcome .mg-button--primary');
    await page.waitForSelector('.mg-quiz');
    for (const [i, codes] of ANSWERS.entries()) {
      if (i === 0) {
        await page.click('.mg-guide-wrap button');
        await page.waitForSelector('.mg-guide');
      }
      if (i === 2) { // the need-an-answer message too
        await page.click('.mg-nav__next');
        await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-need').textContent.length > 0);
      }
      await reflows(page, `${lang}-question-${i + 1}`);
      await answerByMouse(page, codes);
    }
    await page.waitForSelector('.mg-plan');
    await openAllSections(page);
    for (const s of await page.$$('.mg-myth summary')) await s.click();
    await reflows(page, `${lang}-plan`);
    await page.click('.mg-plan__see button');
    await page.waitForSelector('.mg-dia');
    for (const scene of SCENES) {
      await page.click(`[role=tab][data-scene=${scene}]`);
      await page.waitForSelector(`[role=tabpanel][data-scene=${scene}]`);
      await reflows(page, `${lang}-diagram-${scene}`);
    }
  }
  assert.deepEqual(errors, []);
  await browser200.close();
});

// ---------------------------------------------------------------------------
// Forced colours

/** Tabs through the widget; every stop must show a solid outline of 2 px or
 *  more (on the option row for a radio or checkbox). Returns the stops. */
async function focusRing(page, where) {
  await page.evaluate(() => { document.activeElement?.blur?.(); });
  await page.mouse.click(1, 1).catch(() => {});
  await page.evaluate(() => document.body.focus());
  const stops = [];
  const bad = [];
  const run = await page.evaluate(() => { window.__mgRun = (window.__mgRun ?? 0) + 1; return window.__mgRun; });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate((token) => {
      let el = document.activeElement;
      if (!el?.shadowRoot) return null;
      while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const owner = el.closest('.mg-option') ?? el;
      const cs = getComputedStyle(owner);
      const id = `${el.tagName}.${el.className} "${(el.textContent || el.value || '').trim().slice(0, 24)}"`;
      if (el.__mgSeen === token) return { id, again: true };
      el.__mgSeen = token;
      return { id, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), visible: el.matches(':focus-visible') };
    }, run);
    if (!s || s.again) break;
    stops.push(s.id);
    if (!s.visible || s.style === 'none' || s.width < 2) bad.push(`${s.id}: outline ${s.style} ${s.width}px`);
  }
  assert.ok(stops.length >= 2, `Tab reached the widget at ${where}`);
  assert.deepEqual(bad, [], `focus indicators at ${where}`);
  return stops;
}

/** Every visible button-like control has a border on all four sides. */
async function borders(page, where) {
  // The plan's summary and contents are buttons drawn as links: in forced
  // colours they keep the link colour and their underline instead of a border.
  const plain = await inWidget(page, (root) => [...root.querySelectorAll('button.mg-jump')]
    .filter((el) => el.getBoundingClientRect().width > 0 && !getComputedStyle(el).textDecorationLine.includes('underline'))
    .map((el) => `${el.className} "${el.textContent.trim().slice(0, 20)}"`), null);
  assert.deepEqual(plain, [], `link-like buttons keep their underline at ${where}`);
  const missing = await inWidget(page, (root) => [...root.querySelectorAll('button:not(.mg-jump), a.mg-button, select, .mg-option, .mg-myth, .mg-dialog, .mg-progress__bar')]
    .filter((el) => el.getBoundingClientRect().width > 0)
    .filter((el) => {
      const cs = getComputedStyle(el);
      return ['Top', 'Right', 'Bottom', 'Left'].some((side) => cs[`border${side}Style`] === 'none' || parseFloat(cs[`border${side}Width`]) < 1);
    })
    .map((el) => `${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 20)}"`), null);
  assert.deepEqual(missing, [], `borders in forced colours at ${where}`);
}

/** Screenshot of one element with no focus and no hover on it. */
async function still(page, selector) {
  await page.mouse.move(0, 0);
  await inWidget(page, (root) => root.activeElement?.blur());
  return page.locator(selector).screenshot({ animations: 'disabled' });
}

/** Box of `inner` relative to `outer`, padded, for masking a native control. */
async function relBox(page, outer, inner, pad = 3) {
  const [a, b] = [await page.locator(outer).boundingBox(), await page.locator(inner).boundingBox()];
  return { x: Math.floor(b.x - a.x - pad), y: Math.floor(b.y - a.y - pad), width: Math.ceil(b.width + 2 * pad), height: Math.ceil(b.height + 2 * pad) };
}

test('forced colours: focus rings, selected states, borders and the diagrams stay visible', async () => {
  const { context, page, errors } = await newPage(null, { forcedColors: 'active', colorScheme: 'dark' });
  await page.goto(server.origin + '/');
  await page.waitForSelector('.mg h1');
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);

  // Welcome: the pressed language must show without its accent fill.
  await focusRing(page, 'welcome');
  await borders(page, 'welcome');
  await shot(page, 'a11y-forced-welcome-1280x800');
  const en = '.mg-lang__option[lang=en]';
  const pressed = await still(page, en);
  await page.click('.mg-lang__option[lang=es]');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-lang__option[lang=en]').getAttribute('aria-pressed') === 'false');
  assert.ok(pixelDiff(pressed, await still(page, en)) > 40, 'a pressed language button looks different from an unpressed one');
  await page.click(en);

  // A multiple-choice and a single-choice question: the checked row differs
  // outside its native control too, and the progress bar shows its value.
  await page.click('.mg-welcome .mg-button--primary');
  await page.waitForSelector('.mg-quiz');
  await focusRing(page, 'question 1');
  await borders(page, 'question 1');
  const bar1 = await still(page, '.mg-progress__bar');
  for (const code of ['rl', '3']) {
    const row = `.mg-option:has(input[value="${code}"])`;
    const off = await still(page, row);
    await page.click(row);
    const on = await still(page, row);
    const mask = [await relBox(page, row, `${row} input`)];
    assert.ok(pixelDiff(off, on, { mask }) > 100, `the checked row ${code} is marked beyond its native control`);
    assert.ok(pixelDiff(off, on) > pixelDiff(off, on, { mask }), `the native control of ${code} shows its state`);
    await page.locator(`${row} input`).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await shot(page, `a11y-forced-question-${code}-1280x800`);
    if (code === 'rl') {
      await page.click('.mg-option:has(input[value="bx"])');
      await page.click('.mg-nav__next');
      await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('input[value="3"]'));
      assert.ok(pixelDiff(bar1, await still(page, '.mg-progress__bar')) > 20, 'the progress bar shows the step');
      await focusRing(page, 'question 2');
    }
  }
  await page.click('.mg-nav__next');
  for (const codes of ANSWERS.slice(2)) {
    await page.waitForSelector('.mg-quiz');
    await answerByMouse(page, codes);
  }
  await page.waitForSelector('.mg-plan');
  await openAllSections(page);
  for (const s of await page.$$('.mg-myth summary')) await s.click();
  await focusRing(page, 'plan');
  await borders(page, 'plan');
  await shot(page, 'a11y-forced-plan-1280x800');

  // Diagrams: the selected tab and the current phase show without colour
  // fills; every drawing keeps most of its parts.
  await page.click('.mg-plan__see button');
  await page.waitForSelector('.mg-dia');
  const tab = '[role=tab][data-scene=healthy]';
  const selected = await still(page, tab);
  for (const scene of SCENES) {
    await page.click(`[role=tab][data-scene=${scene}]`);
    await page.waitForSelector(`[role=tabpanel][data-scene=${scene}]`);
    if (scene === 'scars') assert.ok(pixelDiff(selected, await still(page, tab)) > 40, 'the selected tab looks different');
    await borders(page, `diagram ${scene}`);
    await drawingsKept(page, scene);
    await shot(page, `a11y-forced-diagram-${scene}-1280x800`);
  }
  await focusRing(page, 'diagram course');
  await page.click('[role=tab][data-scene=healing]');
  const phase = '[data-phase=injury] button';
  const current = await still(page, phase);
  await page.click('.mg-dia__next');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('[aria-current=step]')?.dataset.phase !== 'injury');
  assert.ok(pixelDiff(current, await still(page, phase)) > 40, 'the current phase looks different');
  await focusRing(page, 'diagram healing');
  await page.locator('.mg-dia__next').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await shot(page, 'a11y-forced-diagram-healing-focus-1280x800');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Drawings are illustrations with their own background: in forced colours
 *  they must look as drawn (Chromium leaves SVG fills alone but would force
 *  the drawing's background to the system's, hiding dark ink on a dark
 *  screen), and must not be blank. */
async function drawingsKept(page, scene) {
  const svgs = page.locator('svg.mg-dia__svg:not(.mg-dia__overlay), .mg-dia__layers, .mg-dia__key-swatch');
  const n = await svgs.count();
  assert.ok(n >= 1, `drawings on ${scene}`);
  for (let i = 0; i < n; i++) {
    const forced = await svgs.nth(i).screenshot({ animations: 'disabled' });
    await page.emulateMedia({ forcedColors: 'none' });
    const normal = await svgs.nth(i).screenshot({ animations: 'disabled' });
    await page.emulateMedia({ forcedColors: 'active' });
    const { ink } = inkStats(forced);
    assert.ok(ink > 0.05, `drawing ${i} on ${scene} is not blank in forced colours (${ink})`);
    const { width, height } = PNG.sync.read(normal);
    const changed = pixelDiff(forced, normal) / (width * height);
    assert.ok(changed < 0.02, `drawing ${i} on ${scene} looks as drawn in forced colours (${(changed * 100).toFixed(1)}% of pixels changed)`);
  }
}

// ---------------------------------------------------------------------------
// Kiosk: the "Still there?" dialog

test('kiosk: the "Still there?" dialog in the tree, its countdown announced sparingly, forced colours', async () => {
  // Kiosk time on Playwright's page clock, paused once the attract screen
  // shows: only `runFor` moves it, so the real lengths pass at once.
  const T0 = new Date('2026-11-30T09:00:00Z').getTime();
  const { context, page, errors } = await newPage(null, { hasTouch: true });
  await page.clock.install({ time: T0 });
  await page.goto(server.origin + '/?mode=kiosk&idle=10&countdown=20');
  await page.waitForSelector('.mg-attract');
  await page.clock.pauseAt(T0 + 60_000);
  let tree = await commonTree(page, 'kiosk attract', 1);
  await page.tap('.mg-attract__start');
  await page.waitForSelector('.mg-quiz');
  await checkQuestion(page, 'kiosk question 1', 1);
  // A visitor using a keyboard: the prompt's button then shows its focus ring.
  await page.keyboard.press('Tab');
  await page.clock.runFor(11000);
  await page.waitForSelector('.mg-dialog');
  await watchText(page, '.mg-dialog .mg-sr');
  tree = await axTree(page);
  const dialogs = find(tree, (n) => n.role === 'dialog' || n.role === 'alertdialog');
  assert.equal(dialogs.length, 1, 'one dialog');
  const [dialog] = dialogs;
  const title = await inWidget(page, (root) => root.querySelector('.mg-dialog h2').textContent);
  assert.equal(dialog.name, text(title), 'the dialog is named by its title');
  assert.ok(dialog.description.length > 10, 'and described by its text');
  assert.equal(String(dialog.modal), 'true', 'it is modal');
  assert.deepEqual(find(dialog, (n) => n.role === 'heading').map((h) => h.level), [2], 'its title is an h2 under the page h1');
  const inside = find(dialog, (n) => n.role === 'button');
  assert.equal(inside.length, 1);
  assert.ok(inside[0].name);
  const outside = find(tree, (n) => n.role === 'button' && !inside.includes(n));
  assert.deepEqual(outside.map((b) => b.name), [], 'nothing behind the modal dialog is reachable');
  const live = liveRegions(dialog);
  assert.equal(live.length, 1, 'one live region in the dialog');
  assert.match(live[0].text, /\d/, 'it holds the seconds left');

  // Forced colours: the dialog keeps an edge and its button a ring.
  await page.emulateMedia({ forcedColors: 'active' });
  await borders(page, 'kiosk dialog');
  await shot(page, 'a11y-forced-kiosk-dialog-1280x800');
  const ring = await inWidget(page, (root) => {
    const cs = getComputedStyle(root.querySelector('.mg-dialog__ok'));
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), focused: root.activeElement === root.querySelector('.mg-dialog__ok') };
  });
  assert.ok(ring.focused && ring.style !== 'none' && ring.width >= 2, `the focused dialog button shows a ring: ${JSON.stringify(ring)}`);

  // Five seconds of countdown: the visible line changes every second, the
  // polite region far less often.
  const visible = [];
  for (let i = 0; i < 5; i++) {
    visible.push(await page.textContent('.mg-dialog__count'));
    await page.clock.runFor(1000);
  }
  const spoken = await seen(page);
  assert.ok(new Set(visible).size >= 4, `the visible countdown ticks: ${visible}`);
  assert.ok(spoken.length <= 2, `the countdown is announced sparingly: ${JSON.stringify(spoken)}`);
  await page.tap('.mg-dialog__ok');
  await page.waitForSelector('.mg-dialog', { state: 'detached' });
  await page.emulateMedia({ forcedColors: 'active' });
  await focusRing(page, 'kiosk question');
  await borders(page, 'kiosk question');
  await page.tap('.mg-kiosk__finish');
  await page.waitForSelector('.mg-attract');
  await borders(page, 'kiosk attract');
  await shot(page, 'a11y-forced-kiosk-attract-1280x800');
  assert.deepEqual(errors, []);
  await context.close();
});
