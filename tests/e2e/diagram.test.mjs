// The "How microneedling works" diagrams against the release build:
// both ways in, axe on every scene, the keyboard through the controls,
// reduced motion (no rAF loop, no animations) and screenshots of every
// scene and phase at phone and desktop sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, open, axe, shot, foreignRequests } from './lib/browser.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENES = ['healthy', 'scars', 'treatment', 'healing', 'course'];
const PHASES = ['injury', 'barrier', 'inflammation', 'proliferation', 'remodelling'];

/** Counts requestAnimationFrame calls made by the page, from before it loads. */
const COUNT_RAF = () => {
  window.__raf = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => { window.__raf += 1; return raf(cb); };
};

async function page(url, { reducedMotion = 'no-preference', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion });
  const p = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  p.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  p.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await p.addInitScript(COUNT_RAF);
  await p.goto(url);
  await p.waitForSelector('.mg-dia');
  return { context, page: p, log };
}

const phaseNow = (p) => p.getAttribute('[aria-current=step]', 'data-phase');

test('opens from ?start=how-it-works; every scene is axe-clean; screenshots of scenes and phases', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    const size = `${viewport.width}x${viewport.height}`;
    const { context, page: p, log } = await page(server.origin + '/?start=how-it-works', { viewport });
    assert.match(await p.textContent('.mg h1'), /How microneedling works/);
    for (const scene of SCENES) {
      await p.click(`[role=tab][data-scene=${scene}]`);
      await p.waitForSelector(`[role=tabpanel][data-scene=${scene}]`);
      assert.deepEqual(await axe(p), [], `axe on ${scene} at ${size}`);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `no horizontal scroll on ${scene} at ${size}`);
      await shot(p, `diagram-${scene}-${size}`);
    }
    await p.click('[role=tab][data-scene=healing]');
    for (const phase of PHASES) {
      await p.click(`[data-phase=${phase}] button`);
      await p.waitForFunction((ph) => document.querySelector('microneedling-guide').shadowRoot.querySelector('[aria-current=step]')?.dataset.phase === ph, phase);
      await p.waitForTimeout(700); // the eased phase step (600 ms) has landed
      await shot(p, `diagram-healing-${phase}-${size}`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
    assert.deepEqual(foreignRequests(log, server.origin), []);
    await context.close();
  }
});

test('opens from the welcome button by keyboard and goes back', async () => {
  const { context, page: p } = await open(browser, server.origin + '/');
  await p.waitForSelector('.mg h1');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.textContent), 'How microneedling works');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.tagName === 'H1');
  assert.equal(await p.evaluate(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement).textContent), 'How microneedling works');
  assert.deepEqual(await axe(p), []);
  await p.click('.mg-how > .mg-actions button');
  await p.waitForFunction(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.textContent === 'Microneedling guide');
  await context.close();
});

test('keyboard: tabs with arrow keys, play/pause, phase steps and the scrubber', async () => {
  const { context, page: p, log } = await page(server.origin + '/?start=how-it-works');
  await p.focus('[role=tab][aria-selected=true]');
  for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
  await p.waitForFunction(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.dataset.scene === 'healing');
  await p.waitForSelector('[role=tabpanel][data-scene=healing]');

  // Tab from the tab list reaches Previous, then Play.
  const tabTo = async (selector) => {
    for (let i = 0; i < 30; i++) {
      if (await p.evaluate((s) => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.matches(s), selector)) return;
      await p.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${selector}`);
  };
  await tabTo('.mg-dia__play');
  assert.equal(await p.textContent('.mg-dia__play'), 'Play');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__play')?.textContent === 'Pause');
  await p.waitForTimeout(500);
  assert.ok(Number(await p.inputValue('.mg-dia__scrubber')) > 0, 'time moves while playing');
  await p.keyboard.press('Space');
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__play')?.textContent === 'Play');
  assert.ok(await p.evaluate(() => window.__raf) > 0, 'the frame clock ran while playing');

  await tabTo('.mg-dia__next');
  const before = await phaseNow(p);
  await p.keyboard.press('Enter');
  await p.waitForFunction((b) => document.querySelector('microneedling-guide').shadowRoot.querySelector('[aria-current=step]')?.dataset.phase !== b, before);
  const live = await p.textContent('[aria-live=polite]');
  assert.ok(live.length > 20, 'the live region holds the phase caption');

  await tabTo('.mg-dia__scrubber');
  const text0 = await p.getAttribute('.mg-dia__scrubber', 'aria-valuetext');
  await p.keyboard.press('End');
  await p.waitForFunction((t) => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__scrubber').getAttribute('aria-valuetext') !== t, text0);
  assert.match(await p.getAttribute('.mg-dia__scrubber', 'aria-valuetext'), /^Month \d+$/);
  assert.equal(await phaseNow(p), 'remodelling');
  assert.equal(await p.getAttribute('.mg-dia__scrubber', 'aria-valuetext'), (await p.textContent('.mg-dia__time')).trim());
  assert.deepEqual(await axe(p), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('playback pauses when the drawing is scrolled out of view or the tab is hidden', async () => {
  const { context, page: p, log } = await page(server.origin + '/?start=how-it-works', { viewport: { width: 390, height: 844 } });
  await p.click('[role=tab][data-scene=healing]');
  await p.locator('.mg-dia__stage').scrollIntoViewIfNeeded();
  await p.click('.mg-dia__play');
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing').dataset.playing === 'true');
  await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing').dataset.playing === 'false');
  const t = await p.inputValue('.mg-dia__scrubber');
  await p.waitForTimeout(300);
  assert.equal(await p.inputValue('.mg-dia__scrubber'), t, 'paused out of view');

  // A hidden tab pauses too (the page reports itself hidden, as a
  // backgrounded tab does, and fires visibilitychange).
  await p.locator('.mg-dia__stage').scrollIntoViewIfNeeded();
  await p.click('.mg-dia__play');
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing').dataset.playing === 'true');
  await p.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing').dataset.playing === 'false');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('reduced motion: no rAF loop, no animations, steps between still frames', async () => {
  const { context, page: p, log } = await page(server.origin + '/?start=how-it-works', { reducedMotion: 'reduce' });
  await p.emulateMedia({ reducedMotion: 'reduce' });
  await p.click('[role=tab][data-scene=healing]');
  await p.waitForSelector('[role=tabpanel][data-scene=healing]');
  assert.equal(await p.locator('.mg-dia__play').count(), 0, 'Play is replaced by the phase steps');
  const t0 = await p.inputValue('.mg-dia__scrubber');
  await p.waitForTimeout(500);
  assert.equal(await p.inputValue('.mg-dia__scrubber'), t0, 'no autoplay');
  for (const phase of PHASES.slice(1)) {
    await p.click('.mg-dia__next');
    assert.equal(await phaseNow(p), phase, 'each step lands at once');
  }
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate(() => window.__raf), 0, 'requestAnimationFrame was never called');
  assert.equal(await p.evaluate(() => document.getAnimations().length), 0, 'nothing animates');
  assert.deepEqual(await axe(p), []);
  await shot(p, 'diagram-healing-reduced-motion-1280x800');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a frame writes only what moves: no node added or removed, controls and captions untouched', async () => {
  const { context, page: p, log } = await page(server.origin + '/?start=how-it-works', { viewport: { width: 390, height: 844 } });
  await p.click('[role=tab][data-scene=healing]');
  await p.locator('.mg-dia__stage').scrollIntoViewIfNeeded();
  await p.click('.mg-dia__play');
  await p.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing').dataset.playing === 'true');
  // Record every DOM change in the widget over 25 frames of the first
  // phase (the clock takes at most 100 ms a frame, so it stays before the
  // 3 s mark where a step back becomes possible).
  const seen = await p.evaluate(() => new Promise((done) => {
    const root = document.querySelector('microneedling-guide').shadowRoot;
    const where = (n) => {
      const el = n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement;
      if (el.closest('.mg-dia__overlay')) return 'overlay';
      if (el.closest('.mg-dia__skin')) return 'skin';
      if (el.closest('.mg-dia__time')) return 'time';
      if (el.matches('.mg-dia__scrubber')) return 'scrubber';
      return el.outerHTML.slice(0, 80);
    };
    const records = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    let frames = 0;
    const tick = () => {
      if (++frames < 25) { requestAnimationFrame(tick); return; }
      records.push(...observer.takeRecords());
      observer.disconnect();
      done({
        frames,
        t: Number(root.querySelector('.mg-dia__scrubber').value),
        added: records.filter((r) => r.type === 'childList').length,
        places: [...new Set(records.map((r) => `${r.type}:${where(r.target)}`))].sort(),
        overlay: records.filter((r) => r.type === 'attributes' && where(r.target) === 'overlay').length,
      });
    };
    requestAnimationFrame(tick);
  }));
  assert.ok(seen.t > 0 && seen.t < 3, `still in the first phase: ${seen.t}`);
  assert.equal(seen.added, 0, `no node was added or removed: ${seen.places}`);
  assert.ok(seen.overlay >= 25, `the drawing moved: ${seen.overlay} attribute writes`);
  const allowed = ['attributes:overlay', 'attributes:scrubber', 'attributes:skin', 'characterData:time'];
  assert.deepEqual(seen.places.filter((w) => !allowed.includes(w)), [], 'only the drawing, the time and the scrubber change');
  assert.deepEqual(log.errors, []);
  await context.close();
});
