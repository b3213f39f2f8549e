// The plan at a glance on a phone: the summary card, the contents and the
// folded sections (by keyboard, by their accessible names, in print), and
// "Listen" with a fake on-device voice (reads the right text, highlights
// it, stops on a second press and on navigation; absent without a voice).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from './lib/server.mjs';
import { launch, open, shot, SHOTS, axe } from './lib/browser.mjs';
import { axTree, find } from './lib/a11y.mjs';
import { axeClean, activeInfo, tabTo, answerByMouse, assertClean } from './lib/quiz.mjs';
import { fakeSpeech, speechState } from './lib/speech.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const SETS = {
  likely: [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']],
  'talk-first': [['rl'], ['3'], ['none'], ['5'], ['cs', 'bt'], ['2']],
  'not-now': [['ip', 'bx'], ['4'], ['me'], ['6'], ['pg', 'ab'], ['0']],
};
const TEXT = {
  en: { start: 'Start', glance: 'Your plan at a glance', contents: 'In this plan', openAll: 'Open all sections', closeAll: 'Close all sections', numbers: 'The numbers', aftercare: 'Caring for your skin afterwards', listen: 'Listen', stop: 'Stop reading' },
  es: { start: 'Empezar', glance: 'Tu plan de un vistazo', contents: 'En este plan', openAll: 'Abrir todas las secciones', closeAll: 'Cerrar todas las secciones', numbers: 'Las cifras', aftercare: 'Cómo cuidar tu piel después', listen: 'Escuchar', stop: 'Dejar de leer' },
};
const inWidget = (page, fn, arg) => page.evaluate(([src, arg]) => (0, eval)(src)(document.querySelector('microneedling-guide').shadowRoot, arg), [fn.toString(), arg]);

async function toPlan(page, steps, start) {
  await page.waitForSelector('.mg h1');
  await page.click(`.mg-welcome button:has-text("${start}")`);
  await page.waitForSelector('.mg-quiz');
  for (const codes of steps) await answerByMouse(page, codes);
  await page.waitForSelector('.mg-plan');
}

const folds = (page) => inWidget(page, (root) => [...root.querySelectorAll('.mg-plan__section')].map((s) => ({
  name: [...s.classList].find((c) => c.startsWith('mg-plan__section--')).slice(18),
  tag: s.tagName, open: s.tagName === 'DETAILS' ? s.open : true,
})));

for (const lang of ['en', 'es']) {
  for (const [set, steps] of Object.entries(SETS)) {
    test(`at a glance on a 390x844 phone, ${lang}, ${set}: summary, verdict and contents in two screens; sections fold`, async () => {
      const t = TEXT[lang];
      const { context, page, log } = await open(browser, `${server.origin}/?lang=${lang}`, PHONE);
      await toPlan(page, steps, t.start);
      // The summary card: the verdict line with what sets it, two or three
      // questions, one caution, the notice; every line opens its section.
      const card = await inWidget(page, (root) => {
        const c = root.querySelector('.mg-glance');
        return {
          title: c.querySelector('.mg-glance__title').textContent,
          verdict: c.querySelector('.mg-glance__verdict-title').textContent,
          why: c.querySelector('.mg-glance__why').textContent,
          steps: [...c.querySelectorAll('.mg-glance__step')].map((b) => b.textContent),
          caution: c.querySelector('.mg-glance__caution')?.textContent ?? null,
          planVerdict: root.querySelector('.mg-verdict__title').textContent,
          questions: [...root.querySelectorAll('.mg-plan__section--provider-questions li')].map((l) => l.textContent),
        };
      });
      assert.equal(card.title, t.glance);
      assert.equal(card.verdict, card.planVerdict, 'the card says the plan\'s verdict');
      assert.ok(card.steps.length >= 2 && card.steps.length <= 3, `two or three steps: ${card.steps}`);
      for (const s of card.steps) assert.ok(card.questions.includes(s), `a step is one of the plan's questions: ${s}`);
      assert.ok(card.caution && card.caution.length > 20, 'a caution');
      if (set === 'talk-first') {
        assert.match(card.why, lang === 'en' ? /cold sores; blood thinners or a bleeding problem/ : /herpes labial; anticoagulantes/);
      }
      if (set === 'not-now') {
        assert.match(card.why, lang === 'en' ? /pimples or an infection right now; pregnant or breastfeeding/ : /granos o una infección ahora mismo; embarazo o lactancia/);
      }

      // Folded on a phone: every section a <details>, only the verdict open.
      const f = await folds(page);
      assert.ok(f.every((s) => s.tag === 'DETAILS'), JSON.stringify(f));
      assert.deepEqual(f.filter((s) => s.open).map((s) => s.name), ['verdict']);
      // The contents list every section shown, answers and sources too.
      const toc = await inWidget(page, (root) => [...root.querySelectorAll('.mg-contents__link')].map((b) => b.textContent));
      const headings = await inWidget(page, (root) => [...root.querySelectorAll('.mg-plan__heading')].map((h) => h.textContent));
      assert.deepEqual(toc, headings, 'the contents name every section, in order');

      // The summary, the contents and the verdict (its title and what it
      // means; a long list of reasons may run on) fit in the first two screens.
      const bottom = await inWidget(page, (root) => Math.max(...['.mg-glance', '.mg-contents', '.mg-verdict__head', '.mg-verdict__head + p'].map((s) => root.querySelector(s).getBoundingClientRect().bottom + scrollY)));
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/glance-${set}-${lang}-390x844.png`, clip: { x: 0, y: 0, width: 390, height: 1688 }, fullPage: true });
      assert.ok(bottom <= 2 * 844, `summary, verdict and contents end at ${bottom}px (two screens: 1688)`);
      await axeClean(page, `plan at a glance (${lang}, ${set})`);

      // The tree a screen reader gets: a named summary region, a named
      // navigation, and every section heading still a heading, at level 2.
      const tree = await axTree(page);
      assert.equal(find(tree, (n) => n.role === 'navigation' && n.name === t.contents).length, 1, 'contents are a named navigation');
      assert.equal(find(tree, (n) => n.role === 'region' && n.name === t.glance).length, 1, 'the summary is a named region');
      const h2 = find(tree, (n) => n.role === 'heading' && n.level === 2).map((n) => n.name);
      for (const h of headings) assert.ok(h2.includes(h), `"${h}" is an h2 in the tree: ${h2}`);

      // "Open all" opens every section, "Close all" closes them again; the
      // verdict stays open.
      await page.click(`.mg-contents__all`);
      assert.equal(await page.textContent('.mg-contents__all'), t.closeAll);
      assert.ok((await folds(page)).every((s) => s.open), 'all open');
      await axeClean(page, `plan with every section open (${lang}, ${set})`);
      await page.click(`.mg-contents__all`);
      assert.equal(await page.textContent('.mg-contents__all'), t.openAll);
      assert.deepEqual((await folds(page)).filter((s) => s.open).map((s) => s.name), ['verdict']);
      assertClean(log, server.origin);
      await context.close();
    });
  }
}

test('sections by keyboard: a contents entry opens and focuses its section; Enter folds and unfolds', async () => {
  const { context, page, log } = await open(browser, server.origin + '/', PHONE);
  await toPlan(page, SETS.likely, 'Start');
  const isOpen = (name) => inWidget(page, (root, name) => root.querySelector(`.mg-plan__section--${name}`).open, name);
  assert.equal(await isOpen('numbers'), false);
  await tabTo(page, (a) => a.cls.includes('mg-contents__link') && a.text === 'The numbers', 'the contents entry');
  await page.keyboard.press('Enter');
  assert.equal(await isOpen('numbers'), true, 'the entry opens its section');
  const focused = await activeInfo(page);
  assert.equal(focused.text, 'The numbers', 'and focus lands on its heading');
  assert.match(focused.cls, /mg-plan__heading/);
  // From there, Tab reaches the section's own summary toggle is behind us;
  // Shift+Tab goes back to it, and Enter folds it.
  await page.keyboard.press('Shift+Tab');
  assert.equal((await activeInfo(page)).tag, 'SUMMARY');
  assert.equal((await activeInfo(page)).text, 'The numbers');
  await page.keyboard.press('Enter');
  assert.equal(await isOpen('numbers'), false, 'Enter on the summary folds it');
  await page.keyboard.press('Enter');
  assert.equal(await isOpen('numbers'), true, 'and unfolds it');
  // A summary line too: the caution opens the home devices section.
  await page.locator('.mg-glance__caution').focus();
  await page.keyboard.press('Enter');
  assert.equal(await isOpen('home-devices'), true);
  assert.match((await activeInfo(page)).text, /Home rollers and pens/);
  assertClean(log, server.origin);
  await context.close();
});

test('print shows every section, folded or not, in one or two pages', async () => {
  // A narrow window, so the sections fold (a mobile emulation would also
  // change how Chromium lays out the PDF page).
  const { context, page, log } = await open(browser, server.origin + '/', { viewport: PHONE.viewport });
  await toPlan(page, SETS['talk-first'], 'Start');
  const hidden = () => inWidget(page, (root) => [...root.querySelectorAll('.mg-plan__section')]
    .filter((s) => { const b = s.querySelector('.mg-fold__body'); return !b || !b.checkVisibility(); })
    .map((s) => s.className));
  assert.ok((await hidden()).length > 5, 'on screen, most sections are folded');
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await hidden(), [], 'in print, every section body shows');
  const shown = await inWidget(page, (root) => ({
    listen: [...root.querySelectorAll('.mg-listen, .mg-contents')].filter((e) => e.getBoundingClientRect().height > 0).length,
    glance: root.querySelector('.mg-glance').getBoundingClientRect().height > 0,
  }));
  assert.deepEqual(shown, { listen: 0, glance: true }, 'the summary prints; the contents and controls do not');
  await shot(page, 'glance-print-media-390x844');
  // Back to no emulation: page.pdf then prints with print media, as a browser does.
  await page.emulateMedia({ media: null });
  await mkdir('test-results', { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await writeFile('test-results/glance-plan.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the printed plan is 1-2 pages: ${pages}`);
  assertClean(log, server.origin);
  await context.close();
});

const LOCAL_EN = { name: 'Local English', lang: 'en-US', localService: true };
const CLOUD_EN = { name: 'Cloud English', lang: 'en-US', localService: false };
const LOCAL_ES = { name: 'Local Spanish', lang: 'es-MX', localService: true };

test('Listen with an on-device voice: reads the question, highlights each sentence, stops on a second press and on navigation', async () => {
  const { context, page, log } = await open(browser, server.origin + '/', { before: fakeSpeech([CLOUD_EN, LOCAL_EN, LOCAL_ES]) });
  await page.waitForSelector('.mg h1');
  assert.equal(await page.$('.mg-listen'), null, 'no Listen on the welcome screen');
  await page.click('text=Start');
  await page.waitForSelector('.mg-quiz .mg-listen');
  const button = await page.getByRole('button', { name: 'Listen: What do your scars or marks look like?' });
  assert.equal(await button.count(), 1, 'named by what it reads');
  await axeClean(page, 'question with Listen');
  await button.click();
  await page.waitForFunction(() => window.__speech.spoken.length >= 2);
  let s = await speechState(page);
  assert.equal(s.spoken[0], 'What do your scars or marks look like?');
  assert.equal(s.spoken[1], 'Most people have more than one kind.');
  assert.deepEqual([...new Set(s.voices)], ['Local English'], 'only the on-device voice in the guide\'s language');
  assert.equal(s.highlighted, s.speaking, 'the sentence being read is highlighted');
  assert.equal(await page.getAttribute('.mg-listen', 'aria-label'), `${TEXT.en.stop}: What do your scars or marks look like?`);
  assert.equal(await page.textContent('.mg-listen'), TEXT.en.stop);
  // The whole question is queued: option labels and hints, never the button.
  await page.evaluate(() => { window.__speech.ms = 5; });
  await page.waitForFunction(() => window.__speech.spoken.some((t) => t.text.startsWith('Small, deep holes')));
  s = await speechState(page);
  assert.ok(s.spoken.includes('Small, deep holes, like a pin pushed into the skin.'), JSON.stringify(s.spoken));
  assert.ok(!s.spoken.some((t) => /Listen|Stop reading/.test(t)), 'the control is not read');
  // When the reading ends by itself, the button is "Listen" again.
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-listen').textContent.startsWith('Listen'));
  assert.equal((await speechState(page)).highlighted, null, 'no highlight once done');

  // A second press stops it.
  await page.evaluate(() => { window.__speech.ms = 2000; });
  await page.click('.mg-listen');
  await page.waitForFunction(() => window.__speech.speaking);
  const before = await speechState(page);
  await page.click('.mg-listen');
  s = await speechState(page);
  assert.ok(s.cancels > before.cancels, 'cancelled');
  await page.waitForTimeout(300);
  assert.equal((await speechState(page)).spoken.length, s.spoken.length, 'nothing more is read');
  assert.equal(s.speaking, null);
  assert.equal(s.highlighted, null);
  assert.match(await page.textContent('.mg-listen'), /^Listen/);

  // Navigating stops it: Next to the second question.
  await page.click('.mg-listen');
  await page.waitForFunction(() => window.__speech.speaking);
  const cancels = (await speechState(page)).cancels;
  await answerByMouse(page, ['rl']);
  s = await speechState(page);
  assert.ok(s.cancels > cancels, 'navigation cancels the reading');
  assert.equal(s.speaking, null);
  assert.equal(s.highlighted, null);
  assert.equal(await page.getAttribute('.mg-listen', 'aria-label'), 'Listen: How easy are your scars to see?');

  // A plan section reads its heading and text, not its source numbers.
  for (const codes of SETS.likely.slice(1)) await answerByMouse(page, codes);
  await page.waitForSelector('.mg-plan');
  await page.evaluate(() => { window.__speech.ms = 5; window.__speech.spoken = []; });
  await page.click('.mg-plan__section--verdict .mg-listen');
  await page.waitForFunction(() => window.__speech.spoken.length >= 4);
  s = await speechState(page);
  assert.equal(s.spoken[0], 'What this means for you');
  assert.equal(s.spoken[1], 'Microneedling is worth asking about');
  assert.ok(!s.spoken.some((t) => /^Sources/.test(t)), 'source numbers are not read');
  await axeClean(page, 'plan with Listen');
  assertClean(log, server.origin, { strict: true });
  await context.close();
});

test('no Listen without an on-device voice in the guide\'s language; it appears when one loads', async () => {
  const { context, page, log } = await open(browser, server.origin + '/?start=quiz', { before: fakeSpeech([CLOUD_EN, LOCAL_ES]) });
  await page.waitForSelector('.mg-quiz');
  assert.equal(await page.$('.mg-listen'), null, 'a cloud voice and a Spanish voice do not count');
  await page.evaluate((v) => window.__addVoice(v), LOCAL_EN);
  await page.waitForSelector('.mg-quiz .mg-listen');
  assertClean(log, server.origin);
  await context.close();
  // Spanish with a local Spanish voice.
  const es = await open(browser, server.origin + '/?start=quiz&lang=es', { before: fakeSpeech([LOCAL_ES]) });
  await es.page.waitForSelector('.mg-quiz .mg-listen');
  assert.match(await es.page.textContent('.mg-listen'), /^Escuchar/);
  await es.page.click('.mg-listen');
  await es.page.waitForFunction(() => window.__speech.spoken.length >= 1);
  assert.deepEqual((await speechState(es.page)).voices, ['Local Spanish']);
  // The sources are cited in English: a Spanish voice skips them.
  await es.page.evaluate(() => { window.__speech.ms = 2; });
  for (const codes of [['rl'], ['3'], ['none'], ['2'], ['none'], ['2']]) await answerByMouse(es.page, codes);
  await es.page.waitForSelector('.mg-plan');
  await es.page.click('.mg-contents__link >> text=De dónde viene esta información');
  await es.page.evaluate(() => { window.__speech.spoken = []; });
  await es.page.click('.mg-plan__section--sources .mg-listen');
  await es.page.waitForFunction(() => window.__speech.spoken.length >= 1 && !window.__speech.speaking);
  assert.deepEqual((await speechState(es.page)).spoken, ['De dónde viene esta información']);
  await es.context.close();
  // And the browser's own (headless Chromium has no on-device voice here).
  const plain = await open(browser, server.origin + '/?start=quiz');
  await plain.page.waitForSelector('.mg-quiz');
  const hasLocal = await plain.page.evaluate(() => speechSynthesis.getVoices().some((v) => v.localService && v.lang.startsWith('en')));
  assert.equal(!!(await plain.page.$('.mg-listen')), hasLocal);
  await plain.context.close();
});

test('kiosk: Listen only when the operator sets read-aloud; Finish stops it', async () => {
  const voices = fakeSpeech([LOCAL_EN], 2000);
  const off = await open(browser, server.origin + '/?mode=kiosk&idle=600', { hasTouch: true, before: voices });
  await off.page.waitForSelector('.mg-attract');
  await off.page.tap('.mg-attract__start');
  await off.page.waitForSelector('.mg-quiz');
  assert.equal(await off.page.$('.mg-listen'), null, 'off by default on a kiosk');
  await off.context.close();

  const { context, page, log } = await open(browser, server.origin + '/?mode=kiosk&idle=600&read-aloud', { hasTouch: true, before: voices });
  await page.waitForSelector('.mg-attract');
  await page.tap('.mg-attract__start');
  await page.waitForSelector('.mg-quiz .mg-listen');
  const size = await page.$eval('microneedling-guide', (h) => { const r = h.shadowRoot.querySelector('.mg-listen').getBoundingClientRect(); return [r.width, r.height]; });
  assert.ok(size[0] >= 48 && size[1] >= 48, `a kiosk-sized target: ${size}`);
  await page.tap('.mg-listen');
  await page.waitForFunction(() => window.__speech.speaking);
  const cancels = (await speechState(page)).cancels;
  await page.tap('.mg-kiosk__finish');
  await page.waitForSelector('.mg-attract');
  const s = await speechState(page);
  assert.ok(s.cancels > cancels, 'the reset stops the reading');
  assert.equal(s.speaking, null);
  assert.equal(s.highlighted, null);
  assertClean(log, server.origin);
  await context.close();
});

// Records every layout shift from the start (before the page's scripts).
const shifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
});
/** Whether a Listen button covers any text of the line it sits on (the
 *  progress line, or its section's heading). */
const covers = (page) => inWidget(page, (root) => [...root.querySelectorAll('.mg-listen')]
  .filter((b) => b.getBoundingClientRect().height > 0)
  .filter((b) => {
    const line = b.closest('.mg-quiz')?.querySelector('.mg-progress__text') ?? b.closest('.mg-plan__section').querySelector('.mg-plan__heading');
    const r = document.createRange();
    r.selectNodeContents(line);
    const box = b.getBoundingClientRect();
    return [...r.getClientRects()].some((t) => t.left < box.right && box.left < t.right && t.top < box.bottom && box.top < t.bottom);
  }).map((b) => b.getAttribute('aria-label')));

for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
  test(`a voice that arrives late moves nothing (${viewport.width} px): Listen appears in place and works by keyboard`, async () => {
    // A question screen, opened directly; its voice comes 300 ms after it is up.
    let { context, page, log } = await open(browser, server.origin + '/?start=quiz', {
      viewport, before: async (p) => { await shifts(p); await fakeSpeech([CLOUD_EN], 2000)(p); },
    });
    await page.waitForSelector('.mg-quiz .mg-option');
    await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
    assert.equal(await page.$('.mg-listen'), null);
    await page.waitForTimeout(300);
    await page.evaluate((v) => window.__addVoice(v), LOCAL_EN);
    await page.waitForSelector('.mg-quiz .mg-listen');
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift on the question screen');
    assert.deepEqual(await covers(page), [], 'the button covers no text');
    await shot(page, `listen-late-question-${viewport.width}`);
    // Keyboard: from the heading, Tab reaches Listen before the answers.
    await inWidget(page, (root) => root.querySelector('.mg-heading').focus());
    await page.keyboard.press('Tab');
    assert.match((await activeInfo(page)).cls, /mg-listen/, 'Listen follows the heading');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    assert.equal((await speechState(page)).spoken[0], 'What do your scars or marks look like?');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !window.__speech.speaking);
    assert.match(await page.textContent('.mg-listen'), /^Listen/);
    await page.keyboard.press('Tab');
    assert.equal((await activeInfo(page)).tag, 'INPUT', 'then the first answer');
    assertClean(log, server.origin);
    await context.close();

    // A plan from a saved link, scrolled to its first section; then the voice.
    ({ context, page, log } = await open(browser, `${server.origin}/#a=v=2&s=bx.rl&g=3&c=none&f=2&x=none&d=2&k=86b6a7`, {
      viewport, before: async (p) => { await shifts(p); await fakeSpeech([CLOUD_EN], 2000)(p); },
    }));
    await page.waitForSelector('.mg-plan__section--verdict');
    await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
    await inWidget(page, (root) => root.querySelector('.mg-plan__section--verdict').scrollIntoView());
    await page.waitForTimeout(300);
    await page.evaluate((v) => window.__addVoice(v), LOCAL_EN);
    await page.waitForSelector('.mg-plan__section--verdict .mg-listen');
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift on the plan');
    assert.deepEqual(await covers(page), [], 'no button covers its heading');
    await shot(page, `listen-late-plan-${viewport.width}`);
    await inWidget(page, (root) => root.querySelector('.mg-plan__section--verdict .mg-plan__heading').focus());
    // Folded, the heading sits in the summary, which Tab reaches first.
    if (viewport.width < 600) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal((await activeInfo(page)).cls.includes('mg-listen'), true, 'Listen follows the section heading');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__speech.spoken.length > 0);
    assert.equal((await speechState(page)).spoken[0], 'What this means for you');
    assertClean(log, server.origin);
    await context.close();
  });
}
