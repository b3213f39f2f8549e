// Kiosk mode on a touch screen: attract screen, idle prompt, reset, Finish,
// and the QR hand-off of the plan to the visitor's phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './lib/server.mjs';
import { launch, open, axe, shot, foreignRequests } from './lib/browser.mjs';
import { axeCleanOnPausedClock } from './lib/quiz.mjs';
import { kioskPage } from '../../scripts/kiosk-page.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [{ width: 1280, height: 800 }, { width: 1080, height: 1920 }];
// The page's clock is Playwright's: installed before load, then paused once
// the attract screen shows, so only `clock.runFor` moves kiosk time and the
// tests use the real lengths (10 s idle, 20 s countdown) without waiting.
const T0 = new Date('2026-11-30T09:00:00Z').getTime();
const installClock = (p) => p.clock.install({ time: T0 });
const pauseClock = (page) => page.clock.pauseAt(T0 + 60_000);
const ANSWERS = [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']];
const FRAGMENT = '#a=v=2&s=bx.rl&g=3&c=none&f=2&x=none&d=2&k=86b6a7';

async function axeClean(page, where) {
  const v = await axe(page);
  assert.deepEqual(v, [], `axe violations at ${where}: ${JSON.stringify(v, null, 1)}`);
}

/** Every visible button and option row in the widget is at least 48x48 CSS px. */
async function bigTargets(page, where) {
  const small = await page.evaluate(() => {
    const root = document.querySelector('microneedling-guide').shadowRoot;
    return [...root.querySelectorAll('button, .mg-quiz label, a')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 48 || r.height < 48))
      .map(({ el, r }) => `${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${r.width}x${r.height}`);
  });
  assert.deepEqual(small, [], `targets under 48 px at ${where}`);
  const close = await page.evaluate(() => {
    const root = document.querySelector('microneedling-guide').shadowRoot;
    const els = [...root.querySelectorAll('button, .mg-quiz label, a')].filter((el) => el.getBoundingClientRect().width > 0 && !el.closest('[inert]'));
    const out = [];
    for (let i = 0; i < els.length; i++) for (let j = i + 1; j < els.length; j++) {
      const [a, b] = [els[i], els[j]];
      if (a.contains(b) || b.contains(a)) continue;
      const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      const gap = Math.max(Math.max(r.left, s.left) - Math.min(r.right, s.right), Math.max(r.top, s.top) - Math.min(r.bottom, s.bottom));
      if (gap < 8) out.push(`"${a.textContent.trim().slice(0, 20)}" / "${b.textContent.trim().slice(0, 20)}" ${gap}px`);
    }
    return out;
  });
  assert.deepEqual(close, [], `targets closer than 8 px at ${where}`);
}

const noAnswerLeft = (page) => page.evaluate(() => ({
  checked: document.querySelector('microneedling-guide').shadowRoot.querySelectorAll('input:checked').length,
  storage: localStorage.length + sessionStorage.length,
  hash: location.hash,
}));

function assertClean(log, origin) {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  assert.deepEqual(foreignRequests(log, origin), []);
}

for (const viewport of SIZES) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`kiosk at ${size}: attract, question, still-there prompt, extend, then reset`, async () => {
    // The kiosk's clock is the page's: Playwright's controllable clock runs
    // the idle time and the countdown at once, with the real lengths.
    const { context, page, log } = await open(browser, server.origin + '/?mode=kiosk&idle=10&countdown=20', { viewport, hasTouch: true, before: installClock });
    await page.waitForSelector('.mg-attract');
    await pauseClock(page);
    assert.match(await page.textContent('.mg-attract'), /Tap to start/);
    assert.equal(await page.$('.mg-kiosk__finish'), null, 'no Finish on the attract screen');
    await axeCleanOnPausedClock(page, 'attract');
    await bigTargets(page, 'attract');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scroll');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg'));
      return { select: s.userSelect, touch: s.touchAction, over: s.overscrollBehaviorY };
    });
    assert.deepEqual(style, { select: 'none', touch: 'manipulation', over: 'none' });
    await shot(page, `kiosk-attract-${size}`);
    const animation = () => page.evaluate(() => getComputedStyle(document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-attract .mg-art__collagen')).animationName);
    assert.equal(await animation(), 'mg-breathe', 'the attract drawing moves quietly');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await animation(), 'none', 'and stands still with reduced motion');
    await page.emulateMedia({ reducedMotion: 'no-preference' });

    // A long press opens no context menu.
    const menuBlocked = await page.evaluate(() => {
      const host = document.querySelector('microneedling-guide');
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
      host.shadowRoot.querySelector('.mg-attract__title').dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(menuBlocked, true, 'contextmenu is prevented');

    await page.tap('.mg-attract__start');
    await page.waitForSelector('.mg-quiz');
    assert.ok(await page.isVisible('.mg-kiosk__finish'), 'Finish is visible');
    await page.tap(`.mg-quiz label:has(input[value="${ANSWERS[0][0]}"])`);
    assert.equal(await page.isChecked(`.mg-quiz input[value="${ANSWERS[0][0]}"]`), true);
    await axeCleanOnPausedClock(page, 'question');
    await bigTargets(page, 'question');
    await shot(page, `kiosk-question-${size}`);

    // Ten idle seconds: the prompt opens, focus moves into it, it counts down.
    await page.clock.runFor(9000);
    assert.equal(await page.$('.mg-dialog'), null, 'no prompt before ten idle seconds');
    await page.clock.runFor(2000);
    await page.waitForSelector('.mg-dialog[role="dialog"][aria-modal="true"]');
    const active = await page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement).textContent);
    assert.equal(active, "I'm still here");
    assert.match(await page.textContent('.mg-dialog__count'), /^Resetting in (19|20) seconds$/);
    assert.match(await page.textContent('.mg-dialog [aria-live="polite"]'), /^Resetting in 20 seconds$/);
    await page.clock.runFor(5000);
    assert.match(await page.textContent('.mg-dialog__count'), /^Resetting in 1[45] seconds$/, 'it counts down');
    await axeCleanOnPausedClock(page, 'prompt');
    await bigTargets(page, 'prompt');
    await shot(page, `kiosk-countdown-${size}`);
    await page.tap('.mg-dialog__ok');
    await page.waitForSelector('.mg-dialog', { state: 'detached' });
    assert.equal(await page.isChecked(`.mg-quiz input[value="${ANSWERS[0][0]}"]`), true, 'the answer survives "I\'m still here"');

    // Left alone again: prompt, then the countdown runs out and all is wiped.
    await page.clock.runFor(11000);
    await page.waitForSelector('.mg-dialog');
    await page.clock.runFor(18000);
    assert.ok(await page.$('.mg-dialog'), 'the full 20 seconds to answer');
    await page.clock.runFor(3000);
    await page.waitForSelector('.mg-attract');
    assert.deepEqual(await noAnswerLeft(page), { checked: 0, storage: 0, hash: '' });
    assert.equal(await page.$('.mg-dialog'), null);

    // Finish ends a visit at once, with one tap.
    await page.tap('.mg-attract__start');
    await page.waitForSelector('.mg-quiz');
    assert.equal(await page.isChecked(`.mg-quiz input[value="${ANSWERS[0][0]}"]`), false, 'the next visitor starts fresh');
    await page.tap(`.mg-quiz label:has(input[value="${ANSWERS[0][1]}"])`);
    await page.tap('.mg-kiosk__finish');
    await page.waitForSelector('.mg-attract');
    assert.deepEqual(await noAnswerLeft(page), { checked: 0, storage: 0, hash: '' });
    assertClean(log, server.origin);
    await context.close();
  });
}

/** Reads the QR code inside `selector` from a screenshot of it. */
async function readQr(page, selector) {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code?.data ?? null;
}

test('kiosk plan: QR hand-off decodes to the visitor\'s plan link, which opens on a phone', async () => {
  const plans = [];
  for (const viewport of SIZES) {
    const size = `${viewport.width}x${viewport.height}`;
    const { context, page, log } = await open(browser, server.origin + '/?mode=kiosk&idle=600', { viewport, hasTouch: true });
    await page.waitForSelector('.mg-attract');
    await page.tap('.mg-attract__start');
    for (const codes of ANSWERS) {
      await page.waitForSelector('.mg-quiz');
      for (const code of codes) await page.tap(`.mg-quiz label:has(input[value="${code}"])`);
      await page.tap('.mg-nav__next');
    }
    await page.waitForSelector('.mg-plan');
    assert.ok(await page.$('.mg-verdict--likely'));
    assert.equal(await page.evaluate(() => location.hash), '', 'kiosk never writes the URL fragment');
    assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.querySelectorAll('a[href]').length), 0, 'no links on a kiosk');
    await axeClean(page, 'plan');
    await bigTargets(page, 'plan');
    await page.locator('.mg-handoff').scrollIntoViewIfNeeded();
    await shot(page, `kiosk-handoff-${size}`);
    const url = await readQr(page, '.mg-qr--plan svg');
    assert.equal(url, `${server.origin}/${FRAGMENT}`);
    plans.push(url);
    assertClean(log, server.origin);
    await context.close();
  }

  // The visitor's phone opens the same plan.
  const phone = await open(browser, plans[0], { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await phone.page.waitForSelector('.mg-plan');
  assert.ok(await phone.page.$('.mg-verdict--likely'), 'the same verdict on the phone');
  assert.match(await phone.page.textContent('.mg-plan'), /Microneedling is worth asking about/);
  await phone.context.close();
});

test('kiosk with a clinic booking link: a QR code, never an anchor', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kiosk</title>
    <script type="module" src="/microneedling-guide.js"></script></head><body>
    <microneedling-guide mode="kiosk" idle-seconds="600" booking-url="https://clinic.example/book" handoff-url="https://clinic.example/guide/"></microneedling-guide></body></html>`;
  const s2 = await serve(undefined, { pages: { '/clinic.html': html } });
  try {
    const { context, page } = await open(browser, s2.origin + '/clinic.html', { hasTouch: true });
    await page.waitForSelector('.mg-attract');
    await page.tap('.mg-attract__start');
    for (const codes of ANSWERS) {
      await page.waitForSelector('.mg-quiz');
      for (const code of codes) await page.tap(`.mg-quiz label:has(input[value="${code}"])`);
      await page.tap('.mg-nav__next');
    }
    await page.waitForSelector('.mg-handoff');
    assert.equal(await readQr(page, '.mg-qr--plan svg'), `https://clinic.example/guide/${FRAGMENT}`);
    assert.equal(await readQr(page, '.mg-qr--booking svg'), 'https://clinic.example/book');
    assert.equal(await page.evaluate(() => document.querySelector('microneedling-guide').shadowRoot.querySelectorAll('a[href]').length), 0);
    await context.close();
  } finally {
    await s2.close();
  }
});

test('kiosk keeps working offline after its first load (service worker)', async () => {
  // The operator's kiosk page declares mode="kiosk" itself (scripts/kiosk-page.mjs).
  const s2 = await serve('dist', { pages: { '/kiosk.html': kioskPage(await readFile('dist/index.html', 'utf8')) } });
  const { context, page, log } = await open(browser, s2.origin + '/kiosk.html?idle=600', { hasTouch: true });
  await page.waitForSelector('.mg-attract');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('mg-kiosk-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => p.endsWith('_bg.wasm')), `the wasm is cached: ${cached}`);
  assert.ok(cached.includes('/microneedling-guide.js'), `the shim is cached: ${cached}`);
  assert.ok(cached.some((p) => p.endsWith('.es.json')), `the Spanish text, fetched on demand, is cached: ${cached}`);
  await context.setOffline(true);
  const response = await page.reload();
  assert.equal(response.fromServiceWorker(), true, 'the page came from the service worker');
  await page.waitForSelector('.mg-attract');
  await page.waitForFunction(() => performance.getEntriesByName('mg-interactive').length > 0);
  // Spanish, which the first load does not carry, offline.
  await page.tap('.mg-attract__langs button[lang=es]');
  await page.waitForSelector('.mg-attract__start:has-text("Toca para empezar")');
  await page.tap('.mg-attract__start');
  await page.waitForSelector('.mg-quiz');
  assert.match(await page.textContent('.mg-progress__text'), /Paso 1 de 6/);
  await context.setOffline(false);
  assert.deepEqual(log.errors, []);
  await context.close();
  await s2.close();
});

test('kiosk: a new deployment takes effect at the next reset, never in the middle of a visit', async () => {
  // A copy of dist/ to "deploy" into while the kiosk runs.
  const dir = await mkdtemp(join(tmpdir(), 'mg-deploy-'));
  await cp('dist', dir, { recursive: true });
  await writeFile(join(dir, 'kiosk.html'), kioskPage(await readFile(join(dir, 'index.html'), 'utf8')));
  const s2 = await serve(dir);
  try {
    const { context, page, log } = await open(browser, s2.origin + '/kiosk.html?idle=600', { hasTouch: true });
    await page.waitForSelector('.mg-attract');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.tap('.mg-attract__start');
    await page.waitForSelector('.mg-quiz');
    await page.tap('.mg-quiz label:has(input[value="rl"])');
    // Deploy: the page changes on the server in the middle of the visit.
    const html = await readFile(join(dir, 'kiosk.html'), 'utf8');
    await writeFile(join(dir, 'kiosk.html'), html.replace('</body>', '<!-- build 2 --></body>'));
    await page.tap('.mg-nav__next');
    await page.waitForSelector('text=Step 2 of 6');
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload during a visit');
    // Finish: the reset picks up the new build by reloading, between visits.
    await page.tap('.mg-kiosk__finish');
    await page.waitForFunction(() => window.__sameDocument === undefined, null, { timeout: 15000 });
    await page.waitForSelector('.mg-attract');
    assert.match(await page.content(), /build 2/);
    // The offline copy is the new build too.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.mg-attract');
    assert.match(await page.content(), /build 2/);
    await context.setOffline(false);
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    await s2.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('kiosk: a language picked on the attract screen keeps the clinic\'s wording for that language', async () => {
  const wording = JSON.stringify({
    en: { app: { kiosk: { tap_to_start: 'Touch here to begin' } } },
    es: { app: { kiosk: { tap_to_start: 'Toque aquí para comenzar' } } },
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kiosk</title>
    <script type="module" src="/microneedling-guide.js"></script></head><body>
    <microneedling-guide mode="kiosk" lang="en" content="/wording.json" idle-seconds="600"></microneedling-guide></body></html>`;
  // The test server sends its pages as text/html; the widget reads the body whatever the type.
  const s2 = await serve(undefined, { pages: { '/clinic.html': html, '/wording.json': wording } });
  try {
    const { context, page, log } = await open(browser, s2.origin + '/clinic.html', { hasTouch: true });
    await page.waitForSelector('.mg-attract__start:has-text("Touch here to begin")');
    await page.tap('.mg-attract__langs button[lang="es"]');
    await page.waitForSelector('.mg-attract__start:has-text("Toque aquí para comenzar")');
    assert.equal(await page.getAttribute('.mg-attract__langs button[lang="es"]', 'aria-pressed'), 'true');
    // The pick lasts one visit: Finish brings back the page's language.
    await page.tap('.mg-attract__start');
    await page.waitForSelector('.mg-quiz');
    await page.tap('.mg-kiosk__finish');
    await page.waitForSelector('.mg-attract__start:has-text("Touch here to begin")');
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    await s2.close();
  }
});

test('kiosk countdown: under 20 seconds is refused with a warning and the default; 20 is accepted', async () => {
  for (const [value, shown, warned] of [['5', 30, true], ['19', 30, true], ['20', 20, false]]) {
    const { context, page, log } = await open(browser, server.origin + `/?mode=kiosk&idle=10&countdown=${value}`, { hasTouch: true, before: installClock });
    await page.waitForSelector('.mg-attract');
    await pauseClock(page);
    await page.tap('.mg-attract__start');
    // The attract screen can be the prerendered one; the quiz shows only once
    // the wasm has taken over, and the wasm warns as it reads the attributes.
    await page.waitForSelector('.mg-quiz');
    const warnings = log.console.filter((m) => m.type === 'warning' && m.text.includes('countdown-seconds'));
    assert.equal(warnings.length, warned ? 1 : 0, JSON.stringify(warnings));
    if (warned) {
      assert.match(warnings[0].text, new RegExp(`countdown-seconds="${value}"`));
      assert.match(warnings[0].text, /from 20 to 300/);
      assert.match(warnings[0].text, /using "30"/);
    }
    await page.clock.runFor(11000);
    await page.waitForSelector('.mg-dialog');
    assert.equal(await page.textContent('.mg-dialog [aria-live="polite"]'), `Resetting in ${shown} seconds`);
    await page.clock.runFor((shown - 2) * 1000);
    assert.ok(await page.$('.mg-dialog'), `still asking after ${shown - 2} s`);
    await page.clock.runFor(3000);
    await page.waitForSelector('.mg-attract');
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});
