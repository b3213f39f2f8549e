// The configurator (configure.html) under the strict CSP: every field fills
// and changes the live preview at once, bad values get the widget's own
// verdict, the accent shows its derived button text and contrast, the
// wording editor downloads a file the widget accepts and keeps locked text
// read-only, and the copied HTML snippet pasted into a fresh page gives the
// same widget as the preview. Axe at phone and desktop width; keyboard only
// for the toggles and the copy button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './lib/server.mjs';
import { launch, open, shot } from './lib/browser.mjs';
import { axeClean } from './lib/quiz.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;
before(async () => { server = await serve(undefined, { headers: { 'content-security-policy': CSP } }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CLIP = { permissions: ['clipboard-read', 'clipboard-write'] };

async function configurator(viewport) {
  const s = await open(browser, `${server.origin}/configure.html`, { viewport, ...CLIP });
  await s.page.waitForSelector('html[data-ready]');
  return s;
}

/** The preview's attributes, language, heading and primary button colours. */
const preview = (page, selector = '#cf-widget') => page.evaluate((sel) => {
  const el = document.querySelector(sel);
  const root = el?.shadowRoot?.querySelector('.mg');
  if (!root) return null;
  const start = root.querySelector('.mg-button--primary, button');
  return {
    attrs: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'id').map((a) => [a.name, a.value])),
    lang: root.getAttribute('lang'),
    text: root.textContent,
    bg: start && getComputedStyle(start).backgroundColor,
    fg: start && getComputedStyle(start).color,
  };
}, selector);

async function waitAttr(page, name, value) {
  await page.waitForFunction(([n, v]) => document.querySelector('#cf-widget').getAttribute(n) === v, [name, value]);
}

/** Tabs through the page (not the widget) until `selector` has focus. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`could not Tab to ${selector}`);
}

test('every field changes the live preview; the snippet pasted into a fresh page is the same widget', async () => {
  const { context, page, log } = await configurator({ width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector('#cf-widget')?.shadowRoot?.querySelector('.mg h2'));
  await axeClean(page, 'configurator, empty');

  const fills = [
    ['clinic-name', 'Northside Skin Clinic'],
    ['logo', 'demo/logo.svg'],
    ['booking-url', 'https://northside-skin.example/book?day=mon&time=am'],
    ['phone', '+1 (555) 010-2000'],
    ['accent', '#7a2e8e'],
    ['idle-seconds', '45'],
    ['countdown-seconds', '20'],
    ['handoff-url', 'https://northside-skin.example/guide/'],
    ['content', 'demo/clinic-text.json'],
  ];
  for (const [name, value] of fills) {
    await page.fill(`#f-${name}`, value);
    await waitAttr(page, name, value);
  }
  await page.selectOption('#f-lang', 'es');
  await waitAttr(page, 'lang', 'es');
  await page.selectOption('#f-start', 'how-it-works');
  await waitAttr(page, 'start', 'how-it-works');
  await page.selectOption('#f-start', '');
  await page.waitForFunction(() => !document.querySelector('#cf-widget').hasAttribute('start'));
  await page.check('#f-share-verdict');
  await waitAttr(page, 'share-verdict', '');
  await page.check('#f-read-aloud');
  await waitAttr(page, 'read-aloud', '');
  await page.waitForFunction(() => document.querySelector('#cf-widget').shadowRoot.querySelector('.mg').getAttribute('lang') === 'es');
  let p = await preview(page);
  assert.equal(p.bg, 'rgb(122, 46, 142)', 'the accent reaches the preview');
  assert.match(p.text, /Northside Skin Clinic/);

  // A value the widget refuses: its own message, and it is left out.
  await page.fill('#f-phone', 'call us');
  await page.waitForFunction(() => !document.querySelector('#cf-widget').hasAttribute('phone'));
  assert.equal(await page.getAttribute('#f-phone', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#e-f-phone'), /accepts digits with spaces, \+, -, \( \) or \./);
  assert.doesNotMatch(await page.inputValue('#s-html'), /phone=/);
  await axeClean(page, 'configurator with an error');
  await page.fill('#f-phone', '+1 (555) 010-2000');
  await waitAttr(page, 'phone', '+1 (555) 010-2000');
  assert.equal(await page.$('#e-f-phone'), null);

  // The accent's derived colours come from the widget: ink text on yellow.
  await page.fill('#f-accent', '#ffff00');
  await waitAttr(page, 'accent', '#ffff00');
  assert.match(await page.textContent('#cf-contrast-text'), /^Contrast passes: button text #1d272d on #ffff00 is \d+\.\d\d:1/);
  p = await preview(page);
  assert.equal(p.fg, 'rgb(29, 39, 45)', 'the preview uses the same button text colour');
  assert.equal(await page.inputValue('#f-accent-picker'), '#ffff00');
  await page.fill('#f-accent', 'rgb(122, 46, 142)');
  await waitAttr(page, 'accent', 'rgb(122, 46, 142)');
  assert.equal(await page.inputValue('#f-accent-picker'), '#7a2e8e');

  // Mode: kiosk in the preview, then back to embed.
  await page.selectOption('#f-mode', 'kiosk');
  await waitAttr(page, 'mode', 'kiosk');
  await page.waitForFunction(() => document.querySelector('#cf-widget').shadowRoot.querySelector('.mg--kiosk'));
  await shot(page, 'configure-kiosk-desktop');
  await page.selectOption('#f-mode', 'embed');
  await waitAttr(page, 'mode', 'embed');

  // Width by keyboard: the toggle buttons.
  await page.focus('#f-content');
  await tabTo(page, '#w-phone');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#w-desktop', 'aria-pressed'), 'true');
  const wide = await page.$eval('#cf-stage', (e) => e.getBoundingClientRect().width);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  const narrow = await page.$eval('#cf-stage', (e) => e.getBoundingClientRect().width);
  assert.ok(wide > 600 && narrow <= 390, `${wide} / ${narrow}`);

  await page.fill('#f-parent', 'https://www.northside-skin.example');
  await axeClean(page, 'configurator, every field filled');
  await shot(page, 'configure-desktop');

  // The four snippets.
  const html = await page.inputValue('#s-html');
  assert.match(html, new RegExp(`^<script type="module" src="${server.origin}/microneedling-guide.js"></script>`));
  assert.match(html, /booking-url="https:\/\/northside-skin\.example\/book\?day=mon&amp;time=am"/);
  assert.match(html, /\n {2}share-verdict\n/);
  assert.match(html, /\n {2}read-aloud\n/);
  assert.equal(await page.inputValue('#s-shortcode'),
    '[microneedling_guide clinic_name="Northside Skin Clinic" logo="demo/logo.svg" booking_url="https://northside-skin.example/book?day=mon&amp;time=am" phone="+1 (555) 010-2000" accent="rgb(122, 46, 142)" mode="embed" lang="es" share_verdict="true" idle_seconds="45" countdown_seconds="20" handoff_url="https://northside-skin.example/guide/" read_aloud="true" content="demo/clinic-text.json"]');
  assert.match(await page.inputValue('#s-iframe'), /index\.html\?mode=embed&amp;lang=es&amp;parent-origin=https%3A%2F%2Fwww\.northside-skin\.example"/);
  assert.doesNotMatch(await page.inputValue('#s-iframe'), /read-aloud/, 'embed mode offers "Listen" anyway');
  const kiosk = await page.inputValue('#s-kiosk');
  assert.equal(kiosk, `${server.origin}/index.html?mode=kiosk&lang=es&idle=45&countdown=20&read-aloud=true`);

  // Copy by keyboard, then paste into a fresh page on the same strict CSP.
  await page.focus('#s-html');
  await tabTo(page, '[data-copy="s-html"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#cf-copied').textContent === 'Copied the HTML.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, html);
  await page.waitForFunction(() => /Bienvenid|clínica|Northside/i.test(document.querySelector('#cf-widget').shadowRoot.textContent));
  const shown = await preview(page);
  const fresh = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh clinic page</title></head><body><main>\n${copied}\n</main></body></html>`;
  const other = await open(browser, 'about:blank');
  await other.context.route(`${server.origin}/fresh.html`, (r) => r.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': CSP }, body: fresh }));
  await other.page.goto(`${server.origin}/fresh.html`);
  await other.page.waitForFunction(() => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg h2'));
  await other.page.waitForFunction((t) => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg').textContent === t, shown.text);
  const pasted = await preview(other.page, 'microneedling-guide');
  assert.deepEqual(pasted, shown, 'the pasted snippet gives the same widget as the preview');
  assert.deepEqual(other.log.errors, []);
  assert.deepEqual(other.log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await other.context.close();

  // The kiosk address opens the standalone page in kiosk mode, in Spanish, with no warning.
  const k = await open(browser, kiosk);
  await k.page.waitForFunction(() => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg[lang="es"]'));
  assert.deepEqual(k.log.console.filter((m) => /microneedling-guide/.test(m.text)), []);
  await k.context.close();

  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test('the wording editor offers only what a clinic may change and downloads a file the widget accepts', async () => {
  const { context, page, log } = await configurator({ width: 390, height: 844 });
  await axeClean(page, 'configurator at phone width');
  await shot(page, 'configure-phone');
  const keys = await page.$$eval('#w-keys .cf-key', (els) => els.length);
  assert.ok(keys > 10, `${keys} texts listed for the first part`);
  // Every listed text is either an editable textarea or locked, read-only text.
  const counts = await page.evaluate(() => ({
    editable: document.querySelectorAll('#w-keys .cf-key textarea').length,
    locked: document.querySelectorAll('#w-keys .cf-key--locked').length,
    lockedInputs: document.querySelectorAll('#w-keys .cf-key--locked textarea, #w-keys .cf-key--locked input').length,
  }));
  assert.equal(counts.lockedInputs, 0);
  assert.equal(counts.editable + counts.locked, keys);
  assert.match(await page.textContent('#w-count'), new RegExp(`^${keys} texts shown, ${counts.editable} you can change, ${counts.locked} locked\\.$`));

  await page.fill('textarea[data-path="app.start"]', 'Begin now');
  await page.selectOption('#w-section', 'quiz');
  await page.fill('#w-filter', 'step');
  const step = page.locator('textarea[data-path="quiz.step"]');
  await step.fill('Question {n}');
  await page.waitForSelector('#w-problems li');
  assert.match(await page.textContent('#w-problems'), /en\.quiz\.step/);
  await step.fill('Question {n} of {total}');
  await page.waitForFunction(() => !document.querySelector('#w-problems li'));
  await page.selectOption('#w-lang', 'es');
  await page.selectOption('#w-section', 'app');
  await page.fill('#w-filter', '');
  // Spanish is not in the first load: the editor fetches it, then shows it.
  await page.locator('textarea[data-path="app.start"]').waitFor();
  assert.equal(await page.inputValue('textarea[data-path="app.start"]'), 'Empezar');
  await page.fill('textarea[data-path="app.start"]', 'Empezar ahora');
  await axeClean(page, 'wording editor with changes');
  await shot(page, 'configure-wording-phone');

  await page.focus('#w-filter');
  await tabTo(page, '#w-download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(download.suggestedFilename(), 'clinic-text.json');
  assert.deepEqual(file, { en: { app: { start: 'Begin now' }, quiz: { step: 'Question {n} of {total}' } }, es: { app: { start: 'Empezar ahora' } } });

  // The downloaded file, served as the wording file, is taken without a warning.
  const json = JSON.stringify(file);
  const host = await open(browser, 'about:blank');
  await host.context.route(`${server.origin}/wording-test/*`, (r) => r.fulfill(r.request().url().endsWith('.json')
    ? { contentType: 'application/json', body: json }
    : { contentType: 'text/html', headers: { 'content-security-policy': CSP }, body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script type="module" src="/microneedling-guide.js"></script></head><body><microneedling-guide mode="embed" lang="en" content="clinic-text.json"></microneedling-guide></body></html>' }));
  await host.page.goto(`${server.origin}/wording-test/page.html`);
  await host.page.waitForFunction(() => /Begin now/.test(document.querySelector('microneedling-guide')?.shadowRoot?.textContent ?? ''));
  assert.deepEqual(host.log.console.filter((m) => /microneedling-guide/.test(m.text)), []);
  await host.context.close();

  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  await context.close();
});

test("the kiosk preview's idle prompt never takes focus from someone typing on the page", async () => {
  const { context, page, log } = await open(browser, 'about:blank', CLIP);
  await page.clock.install();
  await page.goto(`${server.origin}/configure.html`);
  await page.waitForSelector('html[data-ready]');
  await page.fill('#f-idle-seconds', '10');
  await page.selectOption('#f-mode', 'kiosk');
  await page.click('#cf-widget .mg-attract__start');
  await page.waitForSelector('#cf-widget .mg-heading:not(.mg-attract__title)');
  const dialog = () => page.evaluate(() => !!document.querySelector('#cf-widget').shadowRoot.querySelector('.mg-dialog'));
  await page.focus('#f-clinic-name');
  for (const letter of 'Northside') {
    await page.keyboard.type(letter);
    await page.clock.runFor(4000);
  }
  assert.equal(await dialog(), false, '36 s of typing on the page, idle limit 10 s');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-clinic-name');
  // Nobody at the screen or the page: the prompt does come (the test can fail).
  await page.clock.runFor(12000);
  await page.waitForFunction(() => !!document.querySelector('#cf-widget').shadowRoot.querySelector('.mg-dialog'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('by keyboard alone at phone width: every control in order, each visibly focused, no trap', async () => {
  const { context, page, log } = await configurator({ width: 390, height: 844 });
  const seen = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      let el = document.activeElement;
      const inWidget = el?.tagName === 'MICRONEEDLING-GUIDE';
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        id: inWidget ? 'widget' : (el.id || el.dataset.copy || el.getAttribute('href') || el.tagName),
        visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
        outline: inWidget || style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (!f) break;
    assert.ok(f.visible, `${f.id} is on screen when focused`);
    assert.ok(f.outline, `${f.id} shows its focus`);
    seen.push(f.id);
  }
  for (const id of ['f-clinic-name', 'f-accent-picker', 'f-accent', 'f-mode', 'f-share-verdict', 'f-read-aloud', 'f-content', 'w-phone', 'widget',
    'w-lang', 'w-filter', 'w-download', 'f-base', 'f-parent', 's-html', 's-kiosk']) {
    assert.ok(seen.includes(id), `${id} reached by Tab (${seen.join(' ')})`);
  }
  assert.ok(seen.indexOf('f-clinic-name') < seen.indexOf('widget') && seen.indexOf('widget') < seen.indexOf('w-lang'), 'fields, then the preview, then the wording');
  assert.ok(seen.length < 200, 'Tab leaves the page at the end (no trap)');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the configurator runs its own build of the guide, with the rule exports no visitor downloads', async () => {
  const { context, page, log } = await configurator({ width: 1280, height: 900 });
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  // One wasm, the staff build's (scripts/make-shim.mjs), and not the visitors' as well.
  assert.deepEqual(loaded.filter((p) => p.endsWith('.wasm')).map((p) => p.replace(/[0-9a-f]{16}/, 'H')), ['/configure-H_bg.wasm'], `${loaded}`);
  const glue = await page.evaluate(async () => {
    const url = performance.getEntriesByType('resource').map((e) => e.name).find((u) => /\/configure-[0-9a-f]{16}\.js$/.test(u));
    const m = await import(url);
    return { exports: Object.keys(m).sort(), init: String(await m.default()) };
  });
  // Pure functions of their arguments and the built-in text (mgLoadLanguage
  // fetches a language's built-in text), with no access to any guide on the
  // page; the init function hands out nothing, as in the visitors' glue.
  assert.deepEqual(glue, { exports: ['MgWidget', 'default', 'initSync', 'mgAccent', 'mgCheckAttribute', 'mgCheckWording', 'mgLoadLanguage', 'mgWordingKeys'], init: 'undefined' });
  assert.deepEqual(log.errors, []);
  await context.close();
});
