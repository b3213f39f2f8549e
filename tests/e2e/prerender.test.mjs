// The first screen before the wasm (issue 14): with the wasm request held
// back, the prerendered screen is there, readable and axe-clean; a press made
// meanwhile is honoured once the wasm arrives; the live app then takes over
// the same DOM without a layout shift or a CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, axe, SHOTS } from './lib/browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
let server, browser;
before(async () => {
  server = await serve(undefined, { headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

// Viewport only: a full-page screenshot resizes the page, which is itself a
// layout shift; the caret left as it is, since hiding it takes an inline
// style, which the strict CSP reports.
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, caret: 'initial' });

/** Records layout shifts and CSP violations from the very start. */
const watch = () => {
  window.__shifts = [];
  window.__csp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/** A page whose wasm request waits until `release()` is called. */
async function held(url, { viewport = { width: 390, height: 844 }, ...ctx } = {}) {
  const context = await browser.newContext({ viewport, ...ctx });
  await context.addInitScript(watch);
  const page = await context.newPage();
  const log = { console: [], errors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  let release;
  const gate = new Promise((ok) => { release = ok; });
  let asked = false;
  await page.route('**/*_bg.wasm', async (r) => { asked = true; await gate; await r.continue(); });
  await page.goto(url);
  return { context, page, log, release, asked: () => asked };
}

const live = (page) => page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
/** The guide's DOM in a form that ignores attribute order and the prerender's own container. */
const dom = (page) => page.evaluate(() => {
  const walk = (n) => {
    if (n.nodeType === 3) return n.data;
    if (n.nodeType !== 1) return '';
    const attrs = [...n.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
    return `<${n.localName} ${attrs}>${[...n.childNodes].map(walk).join('')}</${n.localName}>`;
  };
  return walk(document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg'));
});

for (const [name, path, heading, viewport] of [
  ['standalone, English', '/', /Microneedling guide/, undefined],
  ['standalone, Spanish', '/?lang=es', /Guía de microneedling/, undefined],
  ['kiosk', '/?mode=kiosk', /Thinking about microneedling/, { width: 1080, height: 1920 }],
]) {
  test(`${name}: the first screen shows before the wasm, axe-clean, and the live app takes it over unchanged`, async () => {
    const { context, page, log, release, asked } = await held(server.origin + path, { viewport });
    await page.waitForSelector('.mg h1');
    assert.match(await page.textContent('.mg h1'), heading);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('mg-interactive').length), 0, 'the wasm is still held back');
    // Requested once the first screen's largest paint is reported (the
    // shim waits for that entry), still without the release.
    for (let i = 0; i < 100 && !asked(); i++) await page.waitForTimeout(50);
    assert.ok(asked(), 'the wasm was requested after the first paint');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation on the prerendered screen');
    assert.deepEqual(await axe(page), []);
    // axe copies the shadow root's linked stylesheet into a <style> of its
    // own to read it, which the CSP refuses: its report, not the guide's.
    const axeReports = await page.evaluate(() => window.__csp.length);
    await shot(page, `prerender-${name.replace(/\W+/g, '-')}`);
    const before = await dom(page);
    release();
    await live(page);
    assert.equal(await dom(page), before, 'the live app renders exactly the prerendered screen');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
    assert.equal(await page.evaluate(() => window.__csp.length), axeReports, 'no CSP violation from the take-over');
    assert.deepEqual(log.errors, []);
    const axeLine = (m) => axeReports > 0 && /^Applying inline style violates/.test(m.text);
    assert.deepEqual(log.console.filter((m) => m.type === 'error' && !axeLine(m)), []);
    await context.close();
  });
}

test('a Start tap made while the wasm is held back leads to question 1 once it arrives', async () => {
  const { context, page, log, release } = await held(server.origin + '/', { hasTouch: true, isMobile: true });
  await page.waitForSelector('.mg h1');
  await page.tap('.mg-actions .mg-button--primary');
  assert.equal(await page.textContent('.mg-actions .mg-button--primary'), 'Getting ready…', 'the button says it is getting ready');
  assert.equal(await page.getAttribute('.mg-actions .mg-button--primary', 'aria-disabled'), 'true');
  release();
  await page.waitForSelector('.mg fieldset legend, .mg-question');
  assert.doesNotMatch(await page.textContent('.mg h1'), /Microneedling guide/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('keyboard: Enter on the prerendered Start, and a language pick, are honoured after take-over', async () => {
  const { context, page, log, release } = await held(server.origin + '/', { viewport: { width: 1280, height: 800 } });
  await page.waitForSelector('.mg h1');
  // The language switch first: Español, pressed by keyboard before the wasm.
  await page.focus('.mg-lang button[lang=es]');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('.mg-lang button[lang=es]'), 'Preparando…');
  release();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg')?.lang === 'es');
  assert.match(await page.textContent('.mg h1'), /Guía de microneedling/);
  // Focus stayed on the language switch, now the live app's.
  assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.activeElement?.lang), 'es');
  // The live language switch and Start work.
  await page.click('.mg-lang button[lang=en]');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg')?.lang === 'en');
  await page.click('.mg-actions .mg-button--primary');
  await page.waitForFunction(() => !/Microneedling guide/.test(document.querySelector('microneedling-guide').shadowRoot.querySelector('h1')?.textContent));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('clinic embed: the shim paints the first screen with the clinic name, logo, accent and language before the wasm', async () => {
  const page0 = `<!doctype html><html lang="en"><head><title>Clinic</title>
    <script type="module" src="/microneedling-guide.js"></script></head><body><main><h1>Clinic</h1>
    <microneedling-guide clinic-name="Clínica &lt;b&gt;Sol&lt;/b&gt; &#x202E;x" logo="/favicon-x.svg" accent="#7a2e8e" lang="es"></microneedling-guide>
    <microneedling-guide id="bad" accent="banana" logo="javascript:alert(1)" lang="xx"></microneedling-guide>
    </main></body></html>`;
  const local = await serve(undefined, { pages: { '/clinic.html': page0 }, headers: { 'content-security-policy': CSP } });
  try {
    const { context, page, log, release } = await held(local.origin + '/clinic.html', { viewport: { width: 1280, height: 800 } });
    await page.waitForSelector('microneedling-guide >> .mg h2');
    const first = page.locator('microneedling-guide').first();
    assert.match(await first.locator('h2').textContent(), /Guía de microneedling/);
    assert.equal(await first.locator('.mg-clinic__name').textContent(), 'Clínica <b>Sol</b> x', 'the name is text, without direction controls');
    assert.equal(await first.locator('.mg-clinic__name b').count(), 0);
    const accent = await first.locator('.mg-button--primary').evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(accent, 'rgb(122, 46, 142)');
    const bad = page.locator('#bad');
    assert.equal(await bad.locator('.mg-clinic').count(), 0, 'a refused logo is not shown');
    const teal = await bad.locator('.mg-button--primary').evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(teal, 'rgb(43, 106, 110)', 'a bad accent keeps the built-in teal');
    assert.deepEqual(await axe(page), []);
    await shot(page, 'prerender-clinic-embed');
    const before = await page.evaluate(() => [...document.querySelectorAll('microneedling-guide')].map((g) => g.shadowRoot.querySelector('.mg').outerHTML.length));
    release();
    await live(page);
    // The wasm warns about the bad values, as it always did.
    await page.waitForFunction(() => true);
    const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text).join('\n');
    assert.match(warnings, /accent="banana"/);
    assert.match(warnings, /lang="xx"/);
    const after = await page.evaluate(() => [...document.querySelectorAll('microneedling-guide')].map((g) => g.shadowRoot.querySelector('.mg').outerHTML.length));
    assert.deepEqual(after, before, 'the live app draws the same screens');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    await local.close();
  }
});

test('a wasm that cannot load: the prerendered screen says so plainly', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', (r) => r.abort());
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => /could not load/.test(document.querySelector('microneedling-guide').shadowRoot.textContent));
  await context.close();
});
