// The guide lays out by its own width, not the screen's: in a clinic's
// narrow sidebar on a desktop it looks as it does on a phone of that width
// (padding, heading size, one column of answers, folded plan), it follows
// the sidebar when that changes, and a host's shrink-to-fit box (a flex row)
// does not squeeze it to nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open, axe, shot } from './lib/browser.mjs';
import { answerByMouse, assertClean, waitForNewHeading } from './lib/quiz.mjs';

const SHIM = '<script type="module" src="/microneedling-guide.js"></script>';
const head = (style) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title>
<style>body { margin: 0; font-family: Georgia, serif; } ${style}</style>${SHIM}</head>`;
const GUIDE = '<microneedling-guide clinic-name="Northside Skin Clinic"></microneedling-guide>';
const pages = {
  // A clinic page: the article and a 300 px sidebar holding the guide.
  '/sidebar.html': `${head('.wrap { display: flex; gap: 24px; max-width: 1200px; margin: 0 auto; padding: 24px; } main { flex: 1; } aside { width: 300px; flex: none; }')}
<body><div class="wrap"><main><h1>Northside Skin Clinic</h1><p>Our treatments.</p></main><aside>${GUIDE}</aside></div></body></html>`,
  // The guide alone on a page, for a phone as wide as that sidebar.
  '/alone.html': `${head('')}<body>${GUIDE}</body></html>`,
  // The guide as an auto-width item of a flex row: its width comes from its
  // content, which size containment would make zero.
  '/row.html': `${head('.row { display: flex; align-items: flex-start; gap: 16px; } .side { width: 200px; flex: none; }')}
<body><div class="row"><div class="side">Opening hours</div>${GUIDE}</div></body></html>`,
};

let server, browser;
before(async () => {
  server = await serve(undefined, { pages });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const ready = (page) => page.waitForFunction(() => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg-host[data-mg-width] .mg h2'));

/** What the width decides, read from the guide's shadow root. */
const layout = (page) => page.evaluate(() => {
  const root = document.querySelector('microneedling-guide').shadowRoot;
  const cs = (sel, props) => {
    const el = root.querySelector(sel);
    return el ? Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])) : 'missing';
  };
  return {
    width: root.host.getBoundingClientRect().width,
    tokens: root.querySelector('.mg-host').getAttribute('data-mg-width'),
    mg: cs('.mg', ['padding-top', 'padding-left', 'font-size']),
    heading: cs('.mg-heading', ['font-size', 'line-height']),
    options: cs('.mg-options', ['grid-template-columns']),
    folded: root.querySelectorAll('details.mg-fold').length,
  };
});

/** Layout shifts not caused by the visitor's own input, since the page started. */
const watchShifts = () => {
  window.__shifts = [];
  new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
};

async function toPlan(page) {
  const before = await page.textContent('.mg-heading');
  await page.click('.mg-welcome .mg-button--primary');
  await waitForNewHeading(page, before);
  const q1 = await layout(page);
  let heading;
  for (const codes of [['ip'], ['2'], ['fl'], ['5'], ['none'], ['7']]) heading = await answerByMouse(page, codes);
  assert.equal(heading, 'Your microneedling plan');
  await page.waitForSelector('.mg-plan');
  return q1;
}

test('a 300 px sidebar on a desktop gets the layout of a 300 px phone, and the plan folds', async () => {
  const side = await open(browser, server.origin + '/sidebar.html', { viewport: { width: 1280, height: 900 }, before: (p) => p.addInitScript(watchShifts) });
  const phone = await open(browser, server.origin + '/alone.html', { viewport: { width: 300, height: 900 }, isMobile: true, hasTouch: true });
  await ready(side.page);
  await ready(phone.page);
  const [s, p] = [await layout(side.page), await layout(phone.page)];
  assert.equal(s.width, 300);
  assert.equal(p.width, 300);
  assert.equal(s.tokens, 'max-400 min-18em max-40em');
  assert.deepEqual(s, p, 'welcome: the sidebar guide is laid out as on the phone');
  assert.equal(s.mg['padding-left'], '20px', 'the phone padding, not the desktop 44px');
  assert.deepEqual(await side.page.evaluate(() => window.__shifts), [], 'no layout shift: the first paint already had the narrow layout');
  await shot(side.page, 'width-sidebar-welcome-1280');

  const [sq, pq] = [await toPlan(side.page), await toPlan(phone.page)];
  assert.deepEqual(sq, pq, 'question 1: the same layout');
  assert.equal(sq.options['grid-template-columns'].split(' ').length, 1, 'one column of answers');
  await shot(side.page, 'width-sidebar-plan-1280');
  const [sp, pp] = [await layout(side.page), await layout(phone.page)];
  assert.ok(sp.folded > 3, `the sidebar's plan folds its sections (${sp.folded})`);
  assert.equal(sp.folded, pp.folded, 'as many folded sections as on the phone');
  assert.deepEqual(await axe(side.page), []);
  assert.deepEqual(await side.page.evaluate(() => window.__shifts), [], 'no layout shift the visitor did not cause');
  assertClean(side.log, server.origin, { strict: true });
  await side.context.close();
  await phone.context.close();
});

test('the guide follows its sidebar when that widens and narrows again', async () => {
  const { context, page, log } = await open(browser, server.origin + '/sidebar.html', { viewport: { width: 1280, height: 900 } });
  await ready(page);
  await toPlan(page);
  const aside = (w) => page.evaluate((px) => { document.querySelector('aside').style.width = `${px}px`; }, w);
  const settled = (want) => page.waitForFunction((t) => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-host').getAttribute('data-mg-width') === t, want);

  await aside(800);
  await settled('min-600 min-700 min-720 min-18em');
  let l = await layout(page);
  assert.equal(l.mg['padding-left'], '44px');
  assert.equal(l.folded, 0, 'a wide guide shows every section open');
  await page.locator('.mg-plan__heading').first().waitFor();

  await aside(300);
  await settled('max-400 min-18em max-40em');
  l = await layout(page);
  assert.equal(l.mg['padding-left'], '20px');
  assert.ok(l.folded > 3, 'narrow again: the sections fold');
  assertClean(log, server.origin, { strict: true });
  await context.close();
});

test("a shrink-to-fit host box (an auto-width flex item) keeps the guide's width", async () => {
  const { context, page, log } = await open(browser, server.origin + '/row.html', { viewport: { width: 1280, height: 900 }, before: (p) => p.addInitScript(watchShifts) });
  await ready(page);
  const l = await layout(page);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift: the first frame already had the wide layout');
  assert.ok(l.width > 500, `the guide keeps a reading width beside the sidebar (${l.width}px)`);
  assert.equal(l.tokens.includes('min-600'), l.width >= 600, `tokens follow the width: ${l.tokens} at ${l.width}px`);
  await shot(page, 'width-flex-row-1280');
  assertClean(log, server.origin, { strict: true });
  await context.close();
});

test("the guide's own page at widths where the screen and the guide fall on either side of 600 px: no layout shift", async () => {
  // The page's padding makes the guide 32 px narrower than the screen, so a
  // guess from the screen would be wrong here; the guide measures itself.
  for (const width of [390, 620, 640, 800, 1280]) {
    const { context, page, log } = await open(browser, server.origin + '/', { viewport: { width, height: 900 }, before: (p) => p.addInitScript(watchShifts) });
    await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
    const l = await layout(page);
    assert.equal(l.tokens.includes('min-600'), l.width >= 600, `${width}: ${l.tokens} at ${l.width}px`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${width}: no layout shift`);
    assertClean(log, server.origin, { strict: true });
    await context.close();
  }
});
