// The first screen's figures (issue 14): bytes needed before the first paint,
// Lighthouse 12 mobile (median of 3) on the standalone page and on a plain
// clinic page made from the README's snippet, and when the guide becomes
// interactive (the shim's `mg-interactive` performance mark, or the first
// rendered screen for a build without it) under the same throttling as
// Lighthouse's mobile profile. A report, never a test.
//
//   node scripts/first-paint.mjs [dist] [--runs=3] [--out=reports/first-paint]
//
// Serves `dist` with brotli as a static host would, on 127.0.0.1.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/lib/server.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const opt = (k, d) => args.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const runs = Number(opt('runs', 3));
const out = opt('out', 'reports/first-paint');
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

// The README's snippet on an otherwise empty clinic page.
const CLINIC = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Northside Skin Clinic</title>
<script type="module" src="/microneedling-guide.js"></script></head>
<body><main><h1>Acne scar treatments</h1>
<microneedling-guide
  clinic-name="Northside Skin Clinic"
  logo="/favicon.svg"
  accent="#7a2e8e"
  booking-url="https://northside-skin.example/book"
  phone="+1 (555) 010-2000"></microneedling-guide>
</main></body></html>`;

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bytes the browser needs before it can paint the guide's first screen:
 *  the HTML and its render-blocking stylesheets and scripts; on the clinic page the
 *  shim too, which paints it (without a prerender: everything, wasm included). */
async function bytesBeforePaint() {
  const files = await readdir(dist);
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const links = [...index.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((l) => /\brel="?stylesheet\b/.test(l));
  // Scripts block the first paint too: classic ones without async or defer,
  // and any marked blocking=render (the standalone page's shim).
  const scripts = [...index.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    .filter((t) => /\bsrc=/.test(t) && (/\bblocking="?render\b/.test(t) || !/\btype="?module\b|\basync\b|\bdefer\b/.test(t)));
  // A stylesheet in <noscript> loads only with JavaScript off.
  const live = index.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const liveLinks = links.filter((l) => live.includes(l));
  const sheets = [...new Set([...liveLinks, ...scripts].map((l) => /\b(?:href|src)="?\.?\/?([^" >]+)/.exec(l)[1]))];
  const prerendered = /shadowrootmode/.test(index);
  const size = async (f) => br(await readFile(join(dist, f)));
  let standalone = br(Buffer.from(index));
  for (const s of sheets) standalone += await size(s);
  let clinic = br(Buffer.from(CLINIC)) + await size('microneedling-guide.js');
  if (!prerendered) {
    // Nothing of the guide paints before the glue and the wasm have run.
    for (const f of files.filter((f) => /^microneedling-guide-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f))) {
      const s = await size(f);
      standalone += s;
      clinic += s;
    }
    if (!sheets.includes('microneedling-guide.js')) standalone += await size('microneedling-guide.js');
  }
  return { prerendered, standaloneBytes: standalone, clinicBytes: clinic };
}

async function lighthouse(url, n) {
  const path = `reports/tmp/lh-${Date.now()}.json`;
  await mkdir('reports/tmp', { recursive: true });
  await run('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${path}`,
    '--only-categories=performance', `--chrome-flags=${FLAGS}`],
  { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 240000 });
  const r = JSON.parse(await readFile(path, 'utf8'));
  return {
    run: n,
    performance: Math.round(r.categories.performance.score * 100),
    lcpMs: Math.round(r.audits['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(r.audits['first-contentful-paint'].numericValue),
    tbtMs: Math.round(r.audits['total-blocking-time'].numericValue),
    cls: +r.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  };
}

/** When the guide is interactive under Lighthouse mobile's throttling
 *  (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower),
 *  applied for real through the DevTools protocol. */
async function interactive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1638.4 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  // A build with the prerender marks the take-over; one without is
  // interactive once its first screen (the wasm's) is in the shadow root,
  // which the page cannot see, so the element's height tells.
  const ms = await page.waitForFunction(() => {
    const mark = performance.getEntriesByName('mg-interactive')[0];
    if (mark) return mark.startTime;
    const el = document.querySelector('microneedling-guide');
    return el && el.getBoundingClientRect().height > 200 && !el.querySelector(':scope > p:not([hidden])')?.checkVisibility() ? performance.now() : null;
  }, null, { timeout: 60000, polling: 50 }).then((h) => h.jsonValue());
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await context.close();
  return { interactiveMs: Math.round(ms), fcpMs: fcp && Math.round(fcp) };
}

const favicon = (await readdir(dist)).find((f) => /^favicon.*\.svg$/.test(f));
const server = await serve(dist, { compress: true, pages: { '/clinic.html': CLINIC.replace('/favicon.svg', `/${favicon}`) } });
const result = { date: new Date().toISOString(), dist, runs, bytes: await bytesBeforePaint(), pages: {} };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, path] of [['standalone', '/'], ['clinic', '/clinic.html']]) {
    const lh = [];
    const timing = [];
    for (let i = 0; i < runs; i++) {
      console.log(`first-paint: ${name}, run ${i + 1} of ${runs}`);
      lh.push(await lighthouse(server.origin + path, i + 1));
      timing.push(await interactive(browser, server.origin + path));
    }
    const pick = (k) => median(lh.map((r) => r[k]));
    result.pages[name] = {
      runs: lh, timing,
      median: { performance: pick('performance'), lcpMs: pick('lcpMs'), fcpMs: pick('fcpMs'), tbtMs: pick('tbtMs'), cls: pick('cls'),
        interactiveMs: median(timing.map((t) => t.interactiveMs)) },
    };
  }
} finally {
  await browser.close();
  await server.close();
}
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const md = [
  `Bytes before the first paint (brotli): standalone ${kb(result.bytes.standaloneBytes)}, clinic page ${kb(result.bytes.clinicBytes)}${result.bytes.prerendered ? '' : ' (no prerender: the wasm is needed first)'}`,
  '',
  '| page | performance | LCP | FCP | TBT | CLS | interactive (throttled) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...Object.entries(result.pages).map(([n, p]) => `| ${n} | ${p.median.performance} | ${p.median.lcpMs} ms | ${p.median.fcpMs} ms | ${p.median.tbtMs} ms | ${p.median.cls} | ${p.median.interactiveMs} ms |`),
].join('\n');
await writeFile(`${out}.json`, JSON.stringify(result, null, 2) + '\n');
await writeFile(`${out}.md`, md + '\n');
console.log(md);
