// Launches Debian's Chromium through playwright-core (never a downloaded
// browser) and records what a page does: console messages, errors, requests.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPEN_ROOTS_HEADER } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
export const SHOTS = 'test-results/screenshots';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Test-only: the release shim attaches the guide's shadow root closed, so no
 * script on a clinic's page can read the visitor's answers. Tests read the
 * widget through it, so every context made here runs this first, turning
 * the guide's roots (and only the guide's) open. The bundle is untouched;
 * `launch({ release: true })` leaves it out to test the closed root itself.
 */
export const OPEN_GUIDE_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, this.localName === 'microneedling-guide' ? { ...init, mode: 'open' } : init);
  };
})();`;

/** Opens the guide's roots in `context`: those the shim attaches (init
 *  script) and the standalone page's declarative one (the test server sends
 *  it open when asked by this header; see server.mjs). */
async function openGuideRoots(context) {
  await context.addInitScript(OPEN_GUIDE_ROOTS);
  await context.setExtraHTTPHeaders({ [OPEN_ROOTS_HEADER]: '1' });
}

export async function launch({ release = false } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  if (!release) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      await openGuideRoots(context);
      return context;
    };
  }
  return browser;
}

/**
 * A browser whose visitor set a larger text size (Settings > Appearance >
 * Font size): a fresh profile with `fontSize` as the default font size.
 * Unlike the DevTools `Page.setFontSizes`, a profile setting survives the
 * device-metrics changes Playwright makes for full-page screenshots.
 * Returns the context and a `close` that also removes the profile.
 */
export async function launchWithTextSize(fontSize, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mg-text-size-'));
  await mkdir(join(dir, 'Default'), { recursive: true });
  const prefs = { webkit: { webprefs: { default_font_size: fontSize, default_fixed_font_size: Math.round(fontSize * 13 / 16) } } };
  await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, ...options });
  await openGuideRoots(context);
  return { context, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

/**
 * A new page with a log of console messages, page errors and requests.
 * `before(page)`, if given, runs before the page loads (init scripts, a
 * controllable clock).
 */
export async function open(browser, url, { viewport = { width: 1280, height: 800 }, before = null, ...ctx } = {}) {
  const context = await browser.newContext({ viewport, ...ctx });
  const page = await context.newPage();
  if (before) await before(page);
  const log = { console: [], errors: [], requests: [] };
  // A failed load's console text names no URL; its location does, so a
  // failing test says which file was missing. Chromium asks for
  // /favicon.ico on its own, at a time of its choosing, on a page that names
  // no icon; a host's missing icon says nothing about the guide.
  page.on('console', (m) => {
    if (!/^Failed to load resource/.test(m.text())) return log.console.push({ type: m.type(), text: m.text() });
    const url = m.location().url;
    if (new URL(url, 'http://x/').pathname !== '/favicon.ico') log.console.push({ type: m.type(), text: m.text(), url });
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url);
  return { context, page, log };
}

/** Runs axe-core on the page and returns its violations (rule ids with targets). */
export async function axe(page, context = null) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the DevTools protocol, which a page's CSP does not
    // govern, so axe also runs on the strict-CSP demo page.
    await page.evaluate(await readFile(AXE, 'utf8'));
  }
  const result = await page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, context);
  return result;
}

export async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Every request URL must stay on `origin` (data: and blob: URLs are local too). */
export function foreignRequests(log, origin) {
  return log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** The focused element, looking through open shadow roots: tag and text. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName, text: el.textContent.trim(), inWidget: el !== document.body } : null;
  });
}
