// The clinic embed: the demo page with hostile CSS, a strict CSP and two
// instances, plus loading the bundle from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open, axe, shot, foreignRequests, focused } from './lib/browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server, browser;
before(async () => {
  server = await serve(undefined, { headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Records CSP violations from the very start of the page. */
const watchCsp = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

async function openDemo({ hostile = true, viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 800 } });
  await context.addInitScript(watchCsp);
  if (!hostile) await context.route('**/hostile.css', (r) => r.fulfill({ body: '', contentType: 'text/css' }));
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(server.origin + '/demo/clinic.html');
  await page.waitForFunction(() => [...document.querySelectorAll('microneedling-guide')].every((g) => g.shadowRoot?.querySelector('.mg h2')));
  // The clinic text arrives by fetch after the first render.
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.textContent.includes('Northside Skin Clinic made'));
  return { context, page, log };
}

/** Computed styles of the widget's main parts, for comparing two pages. */
function widgetStyles(page) {
  return page.evaluate(() => {
    const props = ['font-size', 'line-height', 'color', 'letter-spacing', 'word-spacing', 'text-transform',
      'text-align', 'font-style', 'font-weight', 'text-indent', 'background-color', 'padding-top', 'padding-left',
      'margin-top', 'border-top-width', 'border-top-style', 'display', 'box-sizing', '-webkit-text-fill-color',
      'text-shadow', 'white-space', 'cursor', 'width', 'height', 'border-top-left-radius'];
    const root = document.querySelector('microneedling-guide').shadowRoot;
    const out = {};
    for (const sel of ['.mg', '.mg h2', '.mg-lead', '.mg-note', '.mg-note p', '.mg-button--primary', '.mg-privacy', '.mg-clinic__name', '.mg-art']) {
      const el = root.querySelector(sel);
      if (!el) { out[sel] = 'missing'; continue; }
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  });
}

test('hostile page CSS changes none of the widget\'s computed styles', async () => {
  const calm = await openDemo({ hostile: false });
  const hostile = await openDemo({ hostile: true });
  const [a, b] = [await widgetStyles(calm.page), await widgetStyles(hostile.page)];
  for (const sel of Object.keys(a)) {
    assert.notEqual(a[sel], 'missing', sel);
    assert.deepEqual(b[sel], a[sel], `computed styles of ${sel}`);
  }
  await shot(hostile.page, 'demo-clinic-1280x800');
  await calm.context.close();
  await hostile.context.close();
});

test('strict CSP: no violation, no error, nothing leaves the origin; focus and scroll untouched', async () => {
  const { context, page, log } = await openDemo();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  assert.deepEqual(foreignRequests(log, server.origin), []);
  assert.equal((await focused(page)).tag, 'BODY', 'no focus stealing');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'no scrolling on load');
  assert.equal(await page.evaluate(() => document.cookie), '');
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /mg|microneedling|wasm/i.test(k) && k !== '__csp'));
  assert.deepEqual(globals, [], 'no globals beyond the element name');
  await context.close();
});

test('events arrive on the host, without answers', async () => {
  const { context, page } = await openDemo();
  await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 2);
  const lines = await page.$$eval('#log li', (li) => li.map((l) => l.textContent));
  assert.ok(lines.includes('guide 1: mg-ready {}'), lines.join('\n'));
  assert.ok(lines.includes('guide 2: mg-ready {}'), lines.join('\n'));
  await context.close();
});

test('two instances are independent, themed and axe-clean inside their shadow roots', async () => {
  const { context, page } = await openDemo();
  const guides = page.locator('microneedling-guide');
  await guides.nth(0).locator('.mg-button--primary').click();
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg h2').textContent !== 'Microneedling guide');
  assert.match(await guides.nth(1).locator('.mg h2').textContent(), /Microneedling guide/, 'the second guide stays put');
  assert.match(await guides.nth(0).locator('.mg-clinic__name').textContent(), /Northside/);
  assert.equal(await guides.nth(1).locator('.mg-clinic').count(), 0);
  const textOnGold = await guides.nth(1).locator('.mg-button--primary').evaluate((b) => getComputedStyle(b).color);
  assert.notEqual(textOnGold, 'rgb(255, 255, 255)', 'dark text on a light accent');
  assert.deepEqual(await axe(page, { include: [['microneedling-guide']] }), []);
  await context.close();
});

test('the bundle loads from another origin with one script tag', async () => {
  const bundle = await serve(undefined, { cors: true });
  const host = await serve(undefined, {
    pages: { '/host.html': `<!doctype html><html lang="en"><title>Other origin</title><main>
      <microneedling-guide mode="embed" clinic-name="Far Away Clinic"></microneedling-guide></main>
      <script type="module" src="${bundle.origin}/microneedling-guide.js"></script>` },
  });
  const { context, page, log } = await open(browser, host.origin + '/host.html');
  await page.waitForFunction(() => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg h2'));
  assert.match(await page.locator('microneedling-guide .mg-clinic__name').textContent(), /Far Away Clinic/);
  // The wasm comes once the first screen's largest paint is reported, and
  // then takes over.
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
  assert.deepEqual(log.errors, []);
  assert.ok(log.requests.some((u) => u.startsWith(bundle.origin) && u.endsWith('.wasm')), 'wasm came from the bundle origin');
  await context.close();
  await bundle.close();
  await host.close();
});

test('iframe option: the frame follows the content height, and only the named parent hears it', async () => {
  const guide = await serve(undefined, { cors: true });
  const pages = {};
  const host = await serve(undefined, { pages });
  const framedPage = (parent) => `<!doctype html><html lang="en"><title>Framed</title><main>
    <iframe src="${guide.origin}/?mode=embed&parent-origin=${encodeURIComponent(parent)}" title="Microneedling guide"
      data-microneedling-guide width="100%" height="150"></iframe></main>
    <script src="${guide.origin}/frame-host.js"></script>`;
  pages['/right.html'] = framedPage(host.origin);
  pages['/wrong.html'] = framedPage('https://someone-else.example');

  const right = await open(browser, `${host.origin}/right.html`);
  await right.page.waitForFunction(() => Number(document.querySelector('iframe').getAttribute('height')) > 300);
  const frame = right.page.frameLocator('iframe');
  await frame.locator('.mg h2').waitFor();
  const inner = await right.page.frames()[1].evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  assert.ok(inner.scroll <= inner.client + 1, `no inner scrollbar: ${JSON.stringify(inner)}`);
  await right.context.close();

  const wrong = await open(browser, `${host.origin}/wrong.html`);
  await wrong.page.frameLocator('iframe').locator('.mg h2').waitFor();
  await wrong.page.waitForTimeout(300);
  assert.equal(await wrong.page.locator('iframe').getAttribute('height'), '150', 'another parent gets no height');
  await wrong.context.close();
  await host.close();
  await guide.close();
});

test('a visit in the clinic embed: step, complete (verdict opted in) and booking events; no answers leave', async () => {
  const { context, page } = await openDemo();
  const guide = page.locator('microneedling-guide').nth(0);
  await guide.locator('.mg-button--primary').click();
  for (const codes of [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']]) {
    for (const code of codes) await guide.locator(`.mg-quiz label:has(input[value="${code}"])`).click();
    const before = await guide.locator('.mg-heading').textContent();
    await guide.locator('.mg-nav__next').click();
    await page.waitForFunction((b) => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-heading')?.textContent !== b, before);
  }
  await guide.locator('.mg-plan').waitFor();
  // The clinic's wording override and its contact links are on the plan.
  const book = guide.locator('.mg-contact a', { hasText: 'Book a visit with us' });
  assert.equal(await book.getAttribute('href'), 'https://northside-skin.example/book');
  assert.equal(await book.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await guide.locator('.mg-contact a[href^="tel:"]').getAttribute('href'), 'tel:+15550102000');
  await book.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await book.click();
  await page.waitForFunction(() => [...document.querySelectorAll('#log li')].some((l) => l.textContent.includes('mg-book-click')));
  const lines = await page.$$eval('#log li', (li) => li.map((l) => l.textContent).filter((t) => t.startsWith('guide 1')));
  // Steps count the five questions every visitor is asked, whatever the answers.
  assert.ok(lines.includes('guide 1: mg-step {"step":1,"total":5}'), lines.join('\n'));
  assert.ok(lines.includes('guide 1: mg-step {"step":5,"total":5}'), lines.join('\n'));
  assert.ok(lines.every((l) => !l.includes('mg-step') || l.endsWith(',"total":5}')), lines.join('\n'));
  assert.ok(lines.includes('guide 1: mg-complete {"verdict":"likely-to-help"}'), lines.join('\n'));
  assert.ok(lines.includes('guide 1: mg-book-click {}'), lines.join('\n'));
  for (const line of lines) assert.doesNotMatch(line, /rl|bx|rolling|boxcar|scar/i, 'no answer in any event');
  assert.deepEqual(await axe(page, { include: [['microneedling-guide']] }), []);
  await shot(page, 'demo-clinic-plan');

  // "See how it works on your skin" draws the visitor's own scar shapes.
  await guide.locator('.mg-plan__see button').click();
  await guide.locator('.mg-dia').waitFor();
  await guide.locator('[role=tab][data-scene=scars]').click();
  const panel = await guide.locator('[role=tabpanel]').textContent();
  assert.match(panel, /Rolling/i);
  assert.match(panel, /Boxcar/i);
  assert.doesNotMatch(panel, /Ice pick scar(?!s)/, 'only the visitor\'s own shapes (the caption names every kind)');
  await guide.locator('.mg-how > .mg-actions button').click();
  await guide.locator('.mg-plan').waitFor();
  await context.close();
});

test('the second guide never reports a verdict: it did not opt in', async () => {
  const { context, page } = await openDemo();
  const guide = page.locator('microneedling-guide').nth(1);
  await guide.locator('.mg-button--primary').click();
  for (const codes of [['ph'], ['none'], ['2'], ['none'], ['2']]) {
    for (const code of codes) await guide.locator(`.mg-quiz label:has(input[value="${code}"])`).click();
    const before = await guide.locator('.mg-heading').textContent();
    await guide.locator('.mg-nav__next').click();
    await page.waitForFunction((b) => document.querySelectorAll('microneedling-guide')[1].shadowRoot.querySelector('.mg-heading')?.textContent !== b, before);
  }
  await guide.locator('.mg-plan').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('#log li')].some((l) => l.textContent.startsWith('guide 2: mg-complete')));
  const complete = await page.$$eval('#log li', (li) => li.map((l) => l.textContent).filter((t) => t.startsWith('guide 2: mg-complete')));
  assert.deepEqual(complete, ['guide 2: mg-complete {}']);
  assert.equal(await guide.locator('.mg-contact').count(), 0, 'no contact links without clinic details');
  await context.close();
});
