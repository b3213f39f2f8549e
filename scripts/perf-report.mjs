// The performance report: first-load bytes (from reports/size.json), Lighthouse
// mobile and desktop, animation frames under 4x CPU throttling and kiosk soak
// memory, with each figure checked against its goal. Run by scripts/perf-report,
// which builds dist/ first. Writes reports/performance.md and .json.
// A report, never a test: a missed goal is written down, not failed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { serve } from '../tests/e2e/lib/server.mjs';

const run = promisify(execFile);
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

async function lighthouse(origin, preset) {
  const out = `reports/lighthouse-${preset}.json`;
  const args = [origin + '/', '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${FLAGS}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  await run('node_modules/.bin/lighthouse', args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 240000 });
  const r = JSON.parse(await readFile(out, 'utf8'));
  const score = (k) => Math.round(r.categories[k].score * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    lcpMs: Math.round(r.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(r.audits['total-blocking-time'].numericValue),
    cls: +r.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  };
}

const visits = process.env.SOAK_VISITS ?? '500';
// Brotli, as a static host serving the pre-compressed files would: the
// first-load figures above are brotli sizes too.
const server = await serve('dist', { compress: true });
let lh;
try {
  lh = { mobile: await lighthouse(server.origin, 'mobile'), desktop: await lighthouse(server.origin, 'desktop') };
} finally {
  await server.close();
}
console.log('perf-report: first screen, Lighthouse mobile x3 on the standalone and a clinic page (about 5 minutes)');
await run('node', ['scripts/first-paint.mjs', 'dist', '--runs=3'], { timeout: 1800000 });
console.log('perf-report: frames (about 40 s)');
await run('node', ['scripts/frame-bench.mjs'], { timeout: 300000 });
console.log(`perf-report: kiosk soak, ${visits} visits (about 6 minutes for 500)`);
await run('node', ['scripts/kiosk-soak.mjs', `--visits=${visits}`], { timeout: 1800000 });

const size = JSON.parse(await readFile('reports/size.json', 'utf8'));
const frames = JSON.parse(await readFile('reports/frames.json', 'utf8'));
const soak = JSON.parse(await readFile('reports/soak.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const check = (ok) => (ok ? 'meets goal' : '**misses goal**');
const rows = [
  ['First load, brotli', kb(size.app.total.brotli), `${size.ratio.brotli}x hello-world (${kb(size.hello.total.brotli)})`, 'at most 2x', check(size.ratio.brotli <= 2)],
  ['First load, gzip / raw', `${kb(size.app.total.gzip)} / ${kb(size.app.total.raw)}`, `${size.ratio.gzip}x / ${size.ratio.raw}x`, '', ''],
  ...['mobile', 'desktop'].flatMap((p) => [
    [`Lighthouse ${p}: performance`, lh[p].performance, `LCP ${lh[p].lcpMs} ms, TBT ${lh[p].tbtMs} ms`, '100', check(lh[p].performance === 100)],
    [`Lighthouse ${p}: accessibility`, lh[p].accessibility, '', '100', check(lh[p].accessibility === 100)],
    [`Lighthouse ${p}: best practices`, lh[p].bestPractices, '', '', ''],
    [`Lighthouse ${p}: CLS`, lh[p].cls, '', '0', check(lh[p].cls === 0)],
  ]),
  ['Animation frames (4x CPU throttle)', `${frames.framesDelivered}/${frames.framesExpected}`, `longest ${frames.longestFrameMs} ms`, '60 fps, no frame over 50 ms', check(frames.deliveredShare >= 0.99 && frames.framesOver50ms === 0)],
  [`Kiosk soak (${soak.visits} visits)`, `DOM ${soak.start.domNodes} -> ${soak.end.domNodes}`, `JS heap ${kb(soak.start.jsHeapUsedBytes)} -> ${kb(soak.end.jsHeapUsedBytes)}, wasm memory ${kb(soak.start.wasmMemoryBytes)} -> ${kb(soak.end.wasmMemoryBytes)}`, 'no growth with visits', check(soak.domNodeGrowth === 0 && soak.heapGrowthBytes < 1024 * 1024 && soak.wasmMemoryGrowthBytes === 0)],
];
const md = ['| measure | value | detail | goal | |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
await writeFile('reports/performance.json', JSON.stringify({ date: new Date().toISOString(), size, lighthouse: lh, frames, soak }, null, 2) + '\n');
const firstPaint = await readFile('reports/first-paint.md', 'utf8');
await writeFile('reports/performance.md', md + '\n\n### First screen (median of 3)\n\n' + firstPaint);
console.log(md);
