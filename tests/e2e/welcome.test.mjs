// First screen journeys against the release build served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open, axe, shot, foreignRequests, focused } from './lib/browser.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('welcome screen loads cleanly, axe-clean, and Start works by keyboard', async () => {
  const { context, page, log } = await open(browser, server.origin + '/');
  await page.waitForSelector('.mg h1');
  assert.match(await page.textContent('.mg h1'), /Microneedling guide/);
  assert.match(await page.textContent('.mg'), /education, not a diagnosis/);
  assert.deepEqual(await axe(page), []);
  await shot(page, 'welcome-1280x800');

  // Nothing in the widget has focus after load: it must not steal it.
  assert.equal((await focused(page)).tag, 'BODY');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'no scrolling on load');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Start');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'H1');
  const heading = (await focused(page)).text;
  assert.notEqual(heading, 'Microneedling guide');
  assert.deepEqual(await axe(page), []);
  await shot(page, 'after-start-1280x800');

  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  assert.deepEqual(foreignRequests(log, server.origin), []);
  await context.close();
});

test('phone width: no horizontal scrolling and large enough targets', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
    const { context, page } = await open(browser, server.origin + '/', { viewport, hasTouch: true, isMobile: true });
    await page.waitForSelector('.mg h1');
    // The live app's screen: a button measured during the take-over may be
    // the prerendered one, gone a moment later.
    await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `no horizontal scroll at ${viewport.width}px`);
    const box = await page.locator('.mg button').first().boundingBox();
    assert.ok(box.height >= 24 && box.width >= 24, 'target at least 24 px');
    assert.deepEqual(await axe(page), []);
    await shot(page, `welcome-${viewport.width}x${viewport.height}`);
    await context.close();
  }
});

test('bad query values warn in the console and the widget still renders', async () => {
  const { context, page, log } = await open(browser, server.origin + '/?lang=xx&mode=sideways&start=nowhere');
  await page.waitForSelector('.mg h1');
  // The warnings come with the wasm, after the prerendered first screen.
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
  const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text).join('\n');
  for (const bad of ['lang="xx"', 'mode="sideways"', 'start="nowhere"']) {
    assert.ok(warnings.includes(bad), `a warning names ${bad}: ${warnings}`);
  }
  assert.match(await page.textContent('.mg h1'), /Microneedling guide/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('never a blank space: a loading line first, a message without JavaScript or when the module fails', async () => {
  // Without JavaScript: the page says why there is no guide.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p1 = await noJs.newPage();
  await p1.goto(server.origin + '/');
  assert.match(await p1.textContent('microneedling-guide'), /needs JavaScript/);
  // The guide's own noscript line (the page's head has one too, for page.css).
  assert.ok(await p1.isVisible('microneedling-guide > noscript >> xpath=..'), 'the fallback is shown');
  await noJs.close();

  // The wasm cannot be fetched: the prerendered first screen (issue 14)
  // turns into a clear message.
  const { context, page, log } = await open(browser, 'about:blank');
  await page.route('**/*_bg.wasm', (r) => r.abort());
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => /^This guide could not load/.test(document.querySelector('microneedling-guide').shadowRoot?.textContent));
  assert.ok(log.console.some((m) => m.type === 'error' && /could not start/.test(m.text)), 'the console says why');
  await context.close();

  // Normally the loading line is hidden as soon as the widget starts.
  const ok = await open(browser, server.origin + '/');
  await ok.page.waitForSelector('.mg h1');
  assert.equal(await ok.page.isVisible('.page__fallback'), false);
  await ok.context.close();
});
