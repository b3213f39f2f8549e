// Privacy by default (issue 12): what a clinic's page, its URL, its storage
// and its other scripts can learn from the guide, and the clumsy set-ups
// that used to leave a blank box. The bundle is served from /guide/, as a
// clinic would deploy it, beside clinic pages at the origin's root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './lib/server.mjs';
import { launch, open, foreignRequests } from './lib/browser.mjs';
import { waitForNewHeading } from './lib/quiz.mjs';
import { kioskPage } from '../../scripts/kiosk-page.mjs';

const SHIM = '/guide/microneedling-guide.js';
const MODULE = `<script type="module" src="${SHIM}"></script>`;
const html = (body, head = MODULE) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northside Skin Clinic</title>${head}</head><body><main>${body}</main></body></html>`;

// Sunken and raised-only visitors: the raised path skips "how easy to see".
const SUNKEN = [['bx', 'rl'], ['3'], ['none'], ['2'], ['none'], ['2']];
const RAISED = [['hy'], ['none'], ['2'], ['none'], ['2']];
const WORDING = JSON.stringify({ en: { app: { start: 'Begin with us' } } });

const pages = {};
let server, other, browser, release;
before(async () => {
  const index = await readFile('dist/index.html', 'utf8');
  Object.assign(pages, {
    '/guide/kiosk.html': kioskPage(index),
    '/other.html': html('<h1>Other clinic page</h1>', ''),
  });
  const big = `{"en":{"app":{"start":"${'x'.repeat(20 * 1024 * 1024)}"}}}`;
  other = await serve('dist', {
    routes: {
      '/wording.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify({ en: { app: { start: 'Text from elsewhere' } } })),
    },
  });
  server = await serve('dist', {
    prefix: '/guide',
    pages,
    routes: {
      '/wording.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(WORDING),
      '/one-bad.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ en: { app: { start: 'Begin with us', nonsense: 'x' } } })),
      '/moved.json': (req, res) => res.writeHead(302, { location: '/wording.json' }).end(),
      '/redirect.json': (req, res) => res.writeHead(302, { location: `${other.origin}/wording.json` }).end(),
      '/big.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }).end(big),
      '/big-chunked.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < big.length; i += 1 << 20) res.write(big.slice(i, i + (1 << 20)));
        res.end();
      },
      '/long-key.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ en: { app: { ['k'.repeat(100000)]: 'x' } } })),
      '/book': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Book</title>'),
    },
  });
  browser = await launch();
  release = await launch({ release: true });
});
after(async () => {
  await browser?.close();
  await release?.close();
  await server?.close();
  await other?.close();
});

/** Opens `body` as a clinic page at `path` (with the shim unless `head` says otherwise). */
async function clinic(path, body, { head, b = browser, ...ctx } = {}) {
  pages[path.split('#')[0].split('?')[0]] = html(body, head);
  return open(b, server.origin + path, ctx);
}

/** Clicks Start on the welcome screen and waits for the first question. */
async function start(page) {
  await page.waitForSelector('.mg-actions .mg-button--primary');
  await page.click('.mg-actions .mg-button--primary');
  await page.waitForSelector('.mg-quiz');
}

/** Answers one question by mouse and waits for the next screen. */
async function answer(page, codes) {
  for (const code of codes) await page.click(`.mg-quiz label:has(input[value="${code}"])`);
  const before = await page.textContent('.mg-heading');
  await page.click('.mg-nav__next');
  return waitForNewHeading(page, before);
}

test('a guide copied without mode leaves the clinic page\'s fragment, history.state and URL alone', async () => {
  const body = `<h1>Northside Skin Clinic</h1><a href="#prices">Prices</a>
    <microneedling-guide clinic-name="Northside Skin Clinic"></microneedling-guide>
    <microneedling-guide></microneedling-guide><h2 id="prices">Prices</h2>`;
  const { context, page, log } = await clinic('/clinic.html#prices', body);
  await page.evaluate(() => history.replaceState({ router: 'clinic-app', page: 3 }, ''));
  const before = await page.evaluate(() => ({ href: location.href, length: history.length }));
  const first = page.locator('microneedling-guide').first();
  await first.locator('.mg-actions .mg-button--primary').click();
  for (const codes of SUNKEN.slice(0, 3)) {
    for (const code of codes) await first.locator(`.mg-quiz label:has(input[value="${code}"])`).click();
    await first.locator('.mg-nav__next').click();
  }
  await first.locator('.mg-progress__text', { hasText: 'Step 4 of 6' }).waitFor();
  const after = await page.evaluate(() => ({ href: location.href, length: history.length, state: history.state }));
  assert.deepEqual(after, { ...before, state: { router: 'clinic-app', page: 3 } });
  // Embedded: no level-1 heading and no landmark of its own.
  assert.equal(await first.locator('h1').count(), 0);
  assert.equal(await first.locator('[role=region]').count(), 0);
  // The second guide never saw the first one's answers, before or after a reload.
  assert.equal(await page.locator('microneedling-guide').nth(1).locator('.mg-quiz').count(), 0);
  await page.reload();
  await page.locator('microneedling-guide').first().locator('.mg-actions').waitFor();
  assert.equal(await page.locator('microneedling-guide .mg-quiz').count(), 0, 'nothing resumes on a clinic page');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the standalone page still saves answers in its own fragment, keeping history.state', async () => {
  const { context, page } = await open(browser, server.origin + '/guide/');
  await page.evaluate(() => history.replaceState({ keep: 'this' }, ''));
  await start(page);
  await answer(page, SUNKEN[0]);
  await page.waitForFunction(() => location.hash.startsWith('#a='));
  assert.deepEqual(await page.evaluate(() => history.state), { keep: 'this' });
  await context.close();
});

/** Every mg-* event of a whole visit: ticking and unticking on the first
 *  screen (which changes whether "how easy to see" is asked), the quiz, the
 *  plan, and back to the first question. */
async function eventsOf(steps, attrs = '') {
  const head = `<script>window.__events = [];
    for (const n of ['mg-ready', 'mg-step', 'mg-complete', 'mg-book-click'])
      document.addEventListener(n, (e) => __events.push(e.type + ' ' + JSON.stringify(e.detail)));</script>${MODULE}`;
  const { context, page } = await clinic('/events.html', `<microneedling-guide booking-url="${server.origin}/book" ${attrs}></microneedling-guide>`, { head });
  await start(page);
  for (const code of ['hy', 'bx', 'hy', 'ns', 'ns', 'bx']) await page.click(`.mg-quiz label:has(input[value="${code}"])`);
  for (const codes of steps) await answer(page, codes);
  await page.waitForSelector('.mg-plan');
  // Back to the first question from the plan.
  await page.click('.mg-plan button:has-text("Change") >> nth=0');
  await page.waitForSelector('.mg-quiz');
  await page.waitForTimeout(100);
  const events = await page.evaluate(() => window.__events);
  await context.close();
  return events;
}

test('every mg-* event is the same for a raised-only and a sunken-scar visitor', async () => {
  const raised = await eventsOf(RAISED);
  const sunken = await eventsOf(SUNKEN);
  assert.deepEqual(raised, sunken);
  assert.deepEqual(raised.slice(0, 7), [
    'mg-ready {}', 'mg-step {"step":1,"total":5}', 'mg-step {"step":2,"total":5}', 'mg-step {"step":3,"total":5}',
    'mg-step {"step":4,"total":5}', 'mg-step {"step":5,"total":5}', 'mg-complete {}',
  ]);
  // With share-verdict, mg-complete adds the verdict category and nothing else.
  const shared = await eventsOf(RAISED, 'share-verdict');
  const complete = shared.filter((e) => e.startsWith('mg-complete'));
  assert.ok(complete.length >= 1 && complete.every((e) => /^mg-complete \{"verdict":"[a-z-]+"\}$/.test(e)), complete.join('\n'));
});

test('the booking link sends mg-book-click with nothing in it', async () => {
  const head = `<script>window.__events = []; document.addEventListener('mg-book-click', (e) => __events.push(JSON.stringify(e.detail)));</script>${MODULE}`;
  const { context, page } = await clinic('/book-click.html', `<microneedling-guide booking-url="${server.origin}/book"></microneedling-guide>`, { head });
  await start(page);
  for (const codes of RAISED) await answer(page, codes);
  const popup = context.waitForEvent('page');
  await page.click('.mg-contact a.mg-button--primary');
  await popup;
  assert.deepEqual(await page.evaluate(() => window.__events), ['{}']);
  await context.close();
});

test('a kiosk reset leaves the clinic page\'s storage, fragment and history.state alone', async () => {
  const seed = `<script>localStorage.setItem('clinic-cart', '3 items'); sessionStorage.setItem('clinic-chat', 'open');</script>${MODULE}`;
  for (const path of ['/waiting-room.html#screen-2', '/guide/?mode=kiosk&idle=600']) {
    const own = path.startsWith('/guide/');
    const { context, page } = own
      ? await open(browser, server.origin + path, { hasTouch: true })
      : await clinic(path, '<microneedling-guide mode="kiosk" idle-seconds="600"></microneedling-guide>', { head: seed, hasTouch: true });
    if (own) await page.evaluate(() => { localStorage.setItem('clinic-cart', '3 items'); sessionStorage.setItem('clinic-chat', 'open'); });
    await page.evaluate(() => history.replaceState({ clinic: true }, ''));
    const before = await page.evaluate(() => location.href);
    await page.tap('.mg-attract__start');
    await page.waitForSelector('.mg-quiz');
    await page.tap('.mg-quiz label:has(input[value="rl"])');
    await page.tap('.mg-kiosk__finish');
    await page.waitForSelector('.mg-attract');
    const after = await page.evaluate(() => ({
      cart: localStorage.getItem('clinic-cart'), chat: sessionStorage.getItem('clinic-chat'),
      href: location.href, state: history.state,
    }));
    assert.deepEqual(after, { cart: '3 items', chat: 'open', href: before, state: { clinic: true } }, path);
    await context.close();
  }
});

test('a crafted ?mode=kiosk link leaves no service worker; the operator\'s kiosk page gets one limited to the bundle', async () => {
  const crafted = await open(browser, server.origin + '/guide/?mode=kiosk&idle=600', { hasTouch: true });
  await crafted.page.waitForSelector('.mg-attract');
  await crafted.page.waitForTimeout(1500);
  assert.deepEqual(await crafted.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(await crafted.page.evaluate(() => caches.keys()), []);
  await crafted.context.close();

  const { context, page, log } = await open(browser, server.origin + '/guide/kiosk.html?idle=600', { hasTouch: true });
  await page.waitForSelector('.mg-attract');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
  assert.deepEqual(scopes, [server.origin + '/guide/']);
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('mg-kiosk-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.every((p) => /^\/guide\/[^/]+$/.test(p)), `only the bundle's own files: ${cached}`);
  assert.ok(cached.includes('/guide/kiosk.html') && cached.some((p) => p.endsWith('_bg.wasm')), `${cached}`);
  // Offline, the kiosk page still loads; anything else in the folder is not
  // answered by the worker (a request for it fails like any offline request).
  await context.setOffline(true);
  const reloaded = await page.reload();
  assert.equal(reloaded.fromServiceWorker(), true);
  await page.waitForSelector('.mg-attract');
  const elsewhere = await page.evaluate(async () => {
    try { await fetch('demo/clinic.html'); return 'answered'; } catch { return 'network error'; }
  });
  assert.equal(elsewhere, 'network error');
  const other = await context.newPage();
  await assert.rejects(other.goto(server.origin + '/guide/demo/clinic.html'), 'another page in the folder is not the kiosk');
  await other.close();
  await context.setOffline(false);
  // Removal: the page stops declaring kiosk mode; the next online load
  // unregisters the worker and drops its caches.
  pages['/guide/kiosk.html'] = (await readFile('dist/index.html', 'utf8'));
  await page.reload();
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0, null, { timeout: 15000, polling: 250 });
  await page.waitForFunction(async () => (await caches.keys()).length === 0, null, { timeout: 15000, polling: 250 });
  pages['/guide/kiosk.html'] = kioskPage(await readFile('dist/index.html', 'utf8'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The node of the first `selector` match inside the closed root, through DevTools. */
async function closedQuery(cdp, selector) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const find = (n) => (n.localName === 'microneedling-guide' ? n : (n.children ?? []).map(find).find(Boolean));
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return { shadow: null, nodeId: 0 };
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
  return { shadow, nodeId };
}

/** Clicks the middle of `selector` inside the closed root, as a visitor would. */
async function closedClick(page, cdp, selector) {
  for (let i = 0; i < 50; i++) {
    const { nodeId } = await closedQuery(cdp, selector);
    if (nodeId) {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, , , x3, y3] = model.border;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return;
    }
    await page.waitForTimeout(100);
  }
  assert.fail(`no ${selector} in the guide`);
}

test('release bundle: the root is closed and a host page script finds no answer', async () => {
  // An analytics-like script of the clinic's own: it looks everywhere it
  // can, on a timer and through a MutationObserver, while a visitor answers.
  const spy = `<script>
    window.__found = new Set();
    const look = () => {
      const el = document.querySelector('microneedling-guide');
      if (!el) return;
      if (el.shadowRoot) __found.add('shadowRoot');
      for (const k of Object.getOwnPropertyNames(el)) __found.add('own ' + k);
      for (const k in el) if (!(k in HTMLElement.prototype)) __found.add('prop ' + k);
      for (const k of Object.keys(window)) if (/mg|guide|wasm|yew/i.test(k) && k !== '__found') __found.add('global ' + k);
      __found.add('text ' + document.body.innerText.replace(/\\s+/g, ' '));
      __found.add('url ' + location.href);
    };
    new MutationObserver((records) => { for (const r of records) __found.add('mutation ' + r.target.nodeName + ' ' + r.type); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const n of ['mg-ready', 'mg-step', 'mg-complete', 'click', 'change', 'input'])
      document.addEventListener(n, (e) => { __found.add(n + ' ' + JSON.stringify(e.detail ?? null) + ' ' + (e.composedPath()[0]?.nodeName ?? '')); look(); }, true);
    setInterval(look, 50);
  </script>${MODULE}`;
  const { context, page, log } = await clinic('/analytics.html', '<p>Our clinic</p><microneedling-guide></microneedling-guide>', { head: spy, b: release });
  const cdp = await context.newCDPSession(page);
  // The live app, not the prerendered first screen it replaces.
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
  await closedClick(page, cdp, '.mg-actions .mg-button--primary');
  await closedClick(page, cdp, '.mg-quiz label:has(input[value="kl"])');
  await closedClick(page, cdp, '.mg-quiz label:has(input[value="pe"])');
  await closedClick(page, cdp, '.mg-nav__next');
  await closedClick(page, cdp, '.mg-quiz label:has(input[value="po"])');
  const { shadow } = await closedQuery(cdp, '.mg');
  assert.equal(shadow.shadowRootType, 'closed', 'the release bundle attaches a closed root');
  await page.waitForTimeout(300);
  const found = (await page.evaluate(() => [...window.__found])).join('\n');
  assert.doesNotMatch(found, /Keloid|keloid|pink|Pink|pores|Pores|\bkl\b|\bpe\b|\bpo\b/, found);
  assert.doesNotMatch(found, /shadowRoot|own |prop |global /, found);
  // What it can see: that the visitor clicks inside the element, retargeted to it.
  assert.match(found, /click \d+ MICRONEEDLING-GUIDE/);
  assert.equal(await page.evaluate(() => { try { document.querySelector('microneedling-guide').attachShadow({ mode: 'open' }); return 'attached'; } catch { return 'refused'; } }), 'refused');
  // The glue module is shared with anyone who imports its URL, but hands out
  // neither the wasm exports nor its memory.
  const glue = await page.evaluate(async () => {
    const url = performance.getEntriesByType('resource').map((e) => e.name).find((u) => /microneedling-guide-[0-9a-f]+\.js$/.test(u));
    const m = await import(url);
    return { exports: Object.keys(m).sort(), init: String(await m.default()), sync: String(m.initSync()) };
  });
  // The configurator's rule checks (src/element/staff.rs) are only in its own
  // build (configure.test.mjs), never in the one a visitor downloads.
  assert.deepEqual(glue, { exports: ['MgWidget', 'default', 'initSync'], init: 'undefined', sync: 'undefined' });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a guide moved mid-quiz keeps its place; a removed one is freed; 200 mount/remove cycles level off', async () => {
  const { context, page, log } = await clinic('/moves.html', '<section id="a"><microneedling-guide></microneedling-guide></section><section id="b"></section>');
  await start(page);
  await answer(page, SUNKEN[0]);
  // Moved by a script, removed and added back in the same task, and moved again.
  await page.evaluate(() => {
    const el = document.querySelector('microneedling-guide');
    document.getElementById('b').append(el);
    el.remove();
    document.getElementById('a').append(el);
    document.getElementById('b').prepend(el);
  });
  await page.waitForTimeout(200);
  assert.equal(await page.textContent('.mg-heading'), 'How easy are your scars to see?', 'still on question 2');
  await page.click('.mg-nav__back');
  await page.waitForSelector('.mg-quiz input[value="bx"]:checked');
  // Removed for longer than a task: the visit ends, and returning starts afresh.
  await page.evaluate(async () => {
    const el = document.querySelector('microneedling-guide');
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    document.getElementById('a').append(el);
  });
  await page.waitForSelector('.mg-actions .mg-button--primary');
  assert.equal(await page.locator('.mg-quiz').count(), 0);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    for (let i = 0; i < 2; i++) { await cdp.send('HeapProfiler.collectGarbage'); await page.waitForTimeout(100); }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { nodes: m.Nodes, listeners: m.JSEventListeners, wasm: await wasmMemory(cdp), heap: m.JSHeapUsedSize };
  };
  const cycles = (n) => page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('microneedling-guide');
      const ready = new Promise((r) => el.addEventListener('mg-ready', r, { once: true }));
      document.getElementById('b').append(el);
      await ready;
      el.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
  }, n);
  await cycles(20);
  const warm = await measure();
  await cycles(180);
  const end = await measure();
  assert.equal(end.listeners, warm.listeners, `listeners ${warm.listeners} -> ${end.listeners}`);
  assert.ok(end.nodes <= warm.nodes + 20, `DOM nodes ${warm.nodes} -> ${end.nodes}`);
  assert.equal(end.wasm, warm.wasm, `wasm memory ${warm.wasm} -> ${end.wasm}`);
  console.log(`200 cycles: listeners ${warm.listeners} -> ${end.listeners}, nodes ${warm.nodes} -> ${end.nodes}, wasm ${warm.wasm / 1024} -> ${end.wasm / 1024} KiB, JS heap ${(warm.heap / 1024).toFixed(0)} -> ${(end.heap / 1024).toFixed(0)} KiB`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Bytes of every WebAssembly.Memory in the page (the glue keeps its own private). */
async function wasmMemory(cdp) {
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId, returnByValue: true,
    functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
  });
  return result.value;
}

test('wording files: a 20 MB file and a redirect to another site are refused; parsed once, not per attribute change', async () => {
  for (const [file, why] of [['/big.json', /larger than 256 KiB/], ['/big-chunked.json', /larger than 256 KiB/], ['/redirect.json', /redirects to http:\/\/127\.0\.0\.1:\d+, another site/]]) {
    const { context, page, log } = await clinic('/wording.html', `<microneedling-guide content="${file}"></microneedling-guide>`);
    await page.waitForSelector('.mg-actions .mg-button--primary');
    for (let i = 0; i < 100 && !log.console.some((m) => m.type === 'warning' && why.test(m.text)); i++) await page.waitForTimeout(100);
    assert.ok(log.console.some((m) => m.type === 'warning' && why.test(m.text) && m.text.includes('using the built-in text')), `${file}: ${JSON.stringify(log.console)}`);
    assert.equal(await page.textContent('.mg-actions .mg-button--primary'), 'Start', file);
    const cdp = await context.newCDPSession(page);
    const wasm = await wasmMemory(cdp);
    assert.ok(wasm < 4 * 1024 * 1024, `${file}: wasm memory ${wasm / 1024} KiB`);
    await context.close();
  }
  // A redirect within the same site is fine.
  const moved = await clinic('/wording.html', '<microneedling-guide content="/moved.json"></microneedling-guide>');
  await moved.page.waitForSelector('text=Begin with us');
  await moved.context.close();
  // One bad key, one warning, however often other attributes change.
  const { context, page, log } = await clinic('/wording.html', '<microneedling-guide content="/one-bad.json"></microneedling-guide>');
  await page.waitForSelector('text=Begin with us');
  for (const name of ['A', 'B', 'C', 'D', 'E']) {
    await page.evaluate((n) => document.querySelector('microneedling-guide').setAttribute('clinic-name', `Clinic ${n}`), name);
    await page.waitForSelector(`text=Clinic ${name}`);
  }
  const warnings = log.console.filter((m) => m.type === 'warning' && /nonsense/.test(m.text));
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  await context.close();
});

test('clinic text: direction controls are stripped and isolated, a logo the browser reads as another site is refused, warnings stay short', async () => {
  const name = 'Skin \u202Ecinilc';
  const { context, page, log } = await clinic('/values.html',
    `<microneedling-guide clinic-name="${name}" logo="/\\evil.example/x.svg" accent="${'q'.repeat(100000)}" content="/long-key.json"></microneedling-guide>`);
  await page.waitForSelector('.mg-clinic__name');
  // The prerendered first screen shows the name at once; the warnings come
  // with the wasm.
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
  assert.deepEqual(await page.$eval('.mg-clinic__name', (n) => [n.tagName, n.textContent]), ['BDI', 'Skin cinilc']);
  assert.equal(await page.locator('.mg-clinic__logo').count(), 0);
  assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('logo=')), 'the logo is refused with a warning');
  const accent = log.console.find((m) => m.text.includes('accent='));
  assert.ok(accent && accent.text.length < 300, `a ${accent?.text.length}-character warning`);
  for (let i = 0; i < 50 && !log.console.some((m) => m.text.includes('unknown key')); i++) await page.waitForTimeout(100);
  const key = log.console.find((m) => m.text.includes('unknown key'));
  assert.ok(key && key.text.length < 400, `a ${key?.text.length}-character warning about a long key`);
  assert.deepEqual(foreignRequests(log, server.origin), []);
  await context.close();
});

test('clumsy set-ups never leave a blank box', async () => {
  // The script tag copied without type="module": the guide simply works.
  const classic = await clinic('/classic.html', '<microneedling-guide></microneedling-guide>', { head: `<script src="${SHIM}"></script>` });
  await classic.page.waitForSelector('.mg h2');
  assert.deepEqual(classic.log.errors, []);
  await classic.context.close();

  // Another script took the element's name first: the console says what to change.
  const taken = await clinic('/taken.html', '<microneedling-guide></microneedling-guide>', {
    head: `<script>customElements.define('microneedling-guide', class extends HTMLElement {});</script>${MODULE}`,
  });
  for (let i = 0; i < 50 && !taken.log.console.some((m) => m.type === 'error'); i++) await taken.page.waitForTimeout(100);
  assert.ok(taken.log.console.some((m) => m.type === 'error' && /already defined <microneedling-guide>/.test(m.text)), JSON.stringify(taken.log.console));
  await taken.context.close();

  // Another script attached a shadow root first: closed, the console says
  // so; open, the element says so too.
  const first = (mode) => `<script type="module">document.querySelector('microneedling-guide').attachShadow({ mode: '${mode}' });</script>${MODULE}`;
  for (const [b, mode] of [[release, 'closed'], [browser, 'open']]) {
    const { context, page, log } = await clinic('/rooted.html', '<microneedling-guide></microneedling-guide>', { head: first(mode), b });
    for (let i = 0; i < 50 && !log.console.some((m) => m.type === 'error'); i++) await page.waitForTimeout(100);
    assert.ok(log.console.some((m) => m.type === 'error' && /already has a shadow root/.test(m.text)), `${mode}: ${JSON.stringify(log.console)}`);
    if (mode === 'open') assert.match(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.textContent), /could not load/);
    await context.close();
  }
});
