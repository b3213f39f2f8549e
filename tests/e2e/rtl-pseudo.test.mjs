// Layout robustness for future languages: the widget in a right-to-left host
// with pseudo-localised text (every English string accented and about 40%
// longer, served as a clinic `content` file) must not scroll sideways at
// 320 px and must not let buttons overlap, on the welcome screen, a question
// and the plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './lib/server.mjs';
import { openAllSections } from './lib/quiz.mjs';
import { launch, shot } from './lib/browser.mjs';
import { layoutProblems } from './lib/layout.mjs';

const ACCENTS = { a: 'á', e: 'é', i: 'ï', o: 'ő', u: 'ű', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š' };
const FILLER = ['ŀőŕéɱ', 'ïƥšűɱ', 'ðőŀőŕ', 'šïţ', 'áɱéţ', 'çőñšé'];

/** Accents a text and pads it by about 40%, keeping `{placeholders}` intact. */
function pseudo(text) {
  const accented = text.split(/(\{[a-z_]+\})/).map((part) => (part.startsWith('{') ? part : [...part].map((c) => ACCENTS[c] ?? c).join(''))).join('');
  const extra = [];
  for (let i = 0; extra.join(' ').length < text.length * 0.4; i++) extra.push(FILLER[i % FILLER.length]);
  return `${accented} ${extra.join(' ')}`;
}

/** The same shape as a catalog section with every text pseudo-localised. Lists
 *  (source numbers) are left out: overrides replace text only. */
function pseudoSection(value) {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return undefined;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const p = pseudoSection(v);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

let server, browser, overrides;
before(async () => {
  const en = {};
  for (const s of ['app', 'quiz', 'plan', 'diagram']) en[s] = pseudoSection(JSON.parse(await readFile(`content/en/${s}.json`, 'utf8')));
  overrides = JSON.stringify({ en });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/microneedling-guide.js"></script></head>
<body style="margin:0"><microneedling-guide url-config dir="rtl" lang="en" content="/pseudo.json"></microneedling-guide></body></html>`;
  server = await serve(undefined, { pages: { '/rtl.html': page } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('RTL host with 40% longer accented text: no sideways scroll, no overlapping buttons at 320 px', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  await context.route('**/pseudo.json', (r) => r.fulfill({ body: overrides, contentType: 'application/json' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text()); });

  await page.goto(server.origin + '/rtl.html');
  // The clinic file arrives by fetch after the first render.
  await page.waitForFunction(() => document.querySelector('microneedling-guide')?.shadowRoot?.querySelector('.mg-heading')?.textContent.includes('ŀőŕéɱ'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg')).direction), 'rtl');
  assert.deepEqual(await layoutProblems(page), [], 'welcome');
  await shot(page, 'rtl-pseudo-welcome-320x640');

  await page.click('.mg-welcome .mg-button--primary');
  await page.waitForSelector('.mg-quiz');
  await page.click('.mg-quiz label:has(input[value="ns"])');
  await page.waitForSelector('.mg-guide');
  assert.deepEqual(await layoutProblems(page), [], 'question with the guide open');
  await shot(page, 'rtl-pseudo-question-320x640');

  // The plan, through a resume link (the same answers as visitor 1); the
  // page is the guide's own (url-config), so it reads the link.
  // A fragment-only change does not reload, so reload to read the link.
  await page.goto(server.origin + '/rtl.html#a=v=1&s=bx.rl&g=3&c=fl&f=5&x=none&d=2');
  await page.reload();
  await page.waitForSelector('.mg-plan');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-plan')?.textContent.includes('ŀőŕéɱ'));
  await openAllSections(page);
  for (const s of await page.$$('.mg-myth summary')) await s.click();
  assert.deepEqual(await layoutProblems(page), [], 'plan');
  await shot(page, 'rtl-pseudo-plan-320x640');
  // Safety text is locked against clinic files (README, "Locked safety
  // text"): those keys are refused with a warning each and stay English.
  assert.deepEqual(errors.filter((e) => !/is safety text and cannot be changed/.test(e)), []);
  await context.close();
});
