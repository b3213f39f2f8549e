// The first paint's order (issue 14): the standalone page paints the first
// screen the URL or the browser's language asks for, never the English
// welcome first; nothing of the glue or the wasm is requested before the
// first screen's largest-contentful-paint entry (so the live twin never
// replaces an unreported candidate); the take-over moves nothing, with or
// without speech voices; without JavaScript the page says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, SHOTS } from './lib/browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const CLINIC = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Northside Skin Clinic</title>
<script type="module" src="/microneedling-guide.js"></script></head>
<body><main><h1>Acne scar treatments</h1>
<microneedling-guide clinic-name="Northside Skin Clinic" logo="/favicon.svg" accent="#7a2e8e"
  booking-url="https://northside-skin.example/book" phone="+1 (555) 010-2000"></microneedling-guide>
</main></body></html>`;

let server, browser;
before(async () => {
  server = await serve(undefined, { headers: { 'content-security-policy': CSP }, pages: { '/clinic.html': CLINIC } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Records, from the very start: when the element was defined (the shim has
 *  run and painted), paints, LCP entries, layout shifts, CSP violations and
 *  when the glue and the wasm were requested. `voices`: 'none', 'now' (the
 *  device's voices are there at once) or 'later' (they arrive 300 ms after
 *  the page starts, with `voiceschanged`, as in Chromium). */
const watch = (voices) => {
  window.__fp = { defined: null, lcp: [], shifts: [], csp: [] };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    const r = define(name, ...rest);
    if (name === 'microneedling-guide') window.__fp.defined = performance.now();
    return r;
  };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__fp.lcp.push({ t: e.startTime, size: e.size }); })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__fp.shifts.push(e.value); })
    .observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => window.__fp.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  if (voices !== 'none') {
    const list = [
      { name: 'English', lang: 'en-US', default: true, localService: true, voiceURI: 'en' },
      { name: 'Español', lang: 'es-MX', default: false, localService: true, voiceURI: 'es' },
    ];
    let ready = voices === 'now';
    speechSynthesis.getVoices = () => (ready ? list : []);
    if (!ready) setTimeout(() => { ready = true; speechSynthesis.dispatchEvent(new Event('voiceschanged')); }, 300);
  }
};

/** A page whose wasm request waits until `release()`. */
async function held(url, { viewport = { width: 390, height: 844 }, voices = 'none', ...ctx } = {}) {
  const context = await browser.newContext({ viewport, ...ctx });
  await context.addInitScript(watch, voices);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (r) => { await gate; await r.continue(); });
  await page.goto(url);
  return { context, page, errors, release };
}

const fp = (page) => page.evaluate(() => window.__fp);
const resource = (page, re) => page.evaluate((re) => performance.getEntriesByType('resource')
  .find((e) => new RegExp(re).test(e.name))?.startTime ?? null, re.source);
const live = (page) => page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
const shot = (page, name) => page.screenshot({ path: `${SHOTS}/${name}.png`, caret: 'initial' });

for (const [name, path, heading, lang, viewport] of [
  ['Spanish by URL', '/?lang=es', /Guía de microneedling/, 'es', { width: 390, height: 844 }],
  ['Spanish by the browser\'s language', '/', /Guía de microneedling/, 'es', { width: 1280, height: 800 }],
  ['kiosk by URL', '/?mode=kiosk', /Thinking about microneedling/, 'en', { width: 1080, height: 1920 }],
]) {
  test(`standalone, ${name}: the first paint is already that screen (the wasm held back)`, async () => {
    const locale = name.includes('browser') ? 'es-MX' : 'en-US';
    const { context, page, errors, release } = await held(server.origin + path, { viewport, locale });
    await page.waitForSelector('.mg h1, .mg h2');
    await page.waitForFunction(() => window.__fp.lcp.length > 0);
    assert.match(await page.textContent('.mg h1'), heading);
    assert.equal(await page.getAttribute('.mg', 'lang'), lang);
    const before = await fp(page);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    // The shim repaints synchronously when it defines the element: a paint
    // before that would have shown the page's English welcome.
    assert.ok(before.defined !== null && fcp >= before.defined, `the first paint (${fcp}) came after the shim ran (${before.defined})`);
    assert.equal(before.lcp.length, 1, `one largest paint, no later larger repaint: ${JSON.stringify(before.lcp)}`);
    if (path.includes('kiosk')) {
      assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-mg-kiosk')), 'the page is a kiosk page from the first paint on');
    }
    await shot(page, `first-paint-${name.replace(/\W+/g, '-')}-held`);
    release();
    await live(page);
    await shot(page, `first-paint-${name.replace(/\W+/g, '-')}-live`);
    const after = await fp(page);
    assert.deepEqual(after.shifts, [], 'no layout shift at take-over');
    assert.equal(after.lcp.length, 1, 'the live twin is not a new largest paint');
    assert.deepEqual(after.csp, [], 'no CSP violation');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [name, path] of [['standalone', '/'], ['clinic snippet', '/clinic.html']]) {
  test(`${name}: the glue and the wasm are requested only after the first screen's largest paint`, async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript(watch, 'none');
    const page = await context.newPage();
    await page.goto(server.origin + path);
    await live(page);
    const { lcp, shifts, csp } = await fp(page);
    const glue = await resource(page, /microneedling-guide-[0-9a-f]+\.js$/);
    const wasm = await resource(page, /_bg\.wasm$/);
    const guide = lcp.at(-1);
    assert.ok(guide, 'a largest paint was reported');
    assert.ok(glue > guide.t && wasm > guide.t, `glue ${glue} and wasm ${wasm} after the largest paint ${guide.t}`);
    // The clinic page's heading may be the first entry; the guide's screen
    // is the last, and the live twin added none.
    assert.ok(lcp.length <= (path === '/' ? 1 : 2), JSON.stringify(lcp));
    assert.deepEqual(shifts, []);
    assert.deepEqual(csp, []);
    await context.close();
  });
}

for (const voices of ['now', 'later']) {
  for (const [name, path, viewport] of [
    ['standalone, phone', '/', { width: 390, height: 844 }],
    ['standalone in Spanish, desktop', '/?lang=es', { width: 1280, height: 800 }],
    ['clinic snippet, desktop', '/clinic.html', { width: 1280, height: 800 }],
  ]) {
    test(`${name}, speech voices ${voices}: the take-over moves nothing`, async () => {
      const { context, page, errors, release } = await held(server.origin + path, { viewport, voices });
      await page.waitForSelector('microneedling-guide >> .mg-actions .mg-button--primary');
      release();
      await live(page);
      // Past the moment the voices arrive.
      await page.waitForTimeout(500);
      assert.deepEqual((await fp(page)).shifts, [], 'no layout shift');
      // The stub is real: the live app offers Listen on the first question.
      await page.click('microneedling-guide >> .mg-actions .mg-button--primary');
      await page.waitForSelector('microneedling-guide >> .mg-listen');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('JavaScript off: the prerendered screen is hidden and the page says the guide needs JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  const line = await page.evaluate(() => {
    const p = document.querySelector('microneedling-guide noscript[slot=nojs] p');
    return p && p.getBoundingClientRect().height > 0 ? p.textContent : null;
  });
  assert.match(line ?? '', /needs JavaScript/, 'the noscript line shows');
  // The test server opens the declarative root for tests.
  const shown = await page.evaluate(() => {
    const mg = document.querySelector('microneedling-guide').shadowRoot?.querySelector('.mg');
    return mg ? getComputedStyle(mg).display !== 'none' : null;
  });
  assert.equal(shown, false, 'the prerendered screen, whose buttons need the guide, is hidden');
  await shot(page, 'first-paint-no-javascript');
  await context.close();
});
