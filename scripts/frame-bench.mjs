#!/usr/bin/env node
// Frame benchmark of the healing animation (not a test). Builds nothing:
// expects the release build in dist/ (scripts/build). Serves it on
// 127.0.0.1, opens /?start=how-it-works in Debian's Chromium with the CPU
// throttled 4x (a mid-range phone), plays the whole healing timeline at 1x
// and records every requestAnimationFrame timestamp in the page.
// Prints the figures and writes reports/frames.json.
//
//   node scripts/frame-bench.mjs [--viewport=390x844]
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { serve } from '../tests/e2e/lib/server.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';

const arg = process.argv.find((a) => a.startsWith('--viewport='));
const [width, height] = (arg ? arg.split('=')[1] : '390x844').split('x').map(Number);
const RATE = 4;
const FPS = 60;

if (!(await stat('dist/index.html').catch(() => null))) {
  console.error('frame-bench: dist/ is missing; run scripts/build first');
  process.exit(1);
}

const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  await page.goto(server.origin + '/?start=how-it-works');
  await page.click('[role=tab][data-scene=healing]');
  await page.waitForSelector('.mg-dia__play');
  await page.locator('.mg-dia__healing').scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });

  // The recorder is its own rAF loop: each callback is one frame the
  // browser delivered while the widget's clock was playing.
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    const rec = (ts) => { window.__frames.push(ts); if (window.__recording) requestAnimationFrame(rec); };
    requestAnimationFrame(rec);
  });
  // Where main-thread time goes during playback: script (Rust/wasm and
  // JS glue), style, layout, and the rest of each task (paint, GC...).
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  const start = await page.evaluate(() => performance.now());
  await page.click('.mg-dia__play');
  await page.waitForFunction(() => document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__healing')?.dataset.playing === 'false'
    && Number(document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__scrubber')?.value) > 0, null, { timeout: 120_000, polling: 250 });
  const result = await page.evaluate((t0) => {
    window.__recording = false;
    const f = window.__frames.filter((ts) => ts >= t0);
    const gaps = f.slice(1).map((ts, i) => ts - f[i]).sort((a, b) => a - b);
    return {
      seconds: (f[f.length - 1] - f[0]) / 1000,
      frames: f.length,
      longest: gaps[gaps.length - 1] ?? 0,
      p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
      median: gaps[Math.floor(gaps.length / 2)] ?? 0,
      over50: gaps.filter((g) => g > 50).length,
      end: document.querySelector('microneedling-guide').shadowRoot.querySelector('.mg-dia__scrubber').getAttribute('aria-valuetext'),
    };
  }, start);
  const m1 = await metrics();
  const ms = (k) => Number(((m1[k] - m0[k]) * 1000).toFixed(0));
  const mainThread = { scriptMs: ms('ScriptDuration'), styleMs: ms('RecalcStyleDuration'), layoutMs: ms('LayoutDuration'), taskMs: ms('TaskDuration') };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const expected = Math.round(FPS * result.seconds);
  const report = {
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version()} (headless)`,
    viewport: `${width}x${height}`,
    cpuThrottlingRate: RATE,
    playbackSpeed: '1x',
    nominalSeconds: 25,
    measuredSeconds: Number(result.seconds.toFixed(2)),
    framesDelivered: result.frames,
    framesExpected: expected,
    deliveredShare: Number((result.frames / expected).toFixed(3)),
    medianFrameMs: Number(result.median.toFixed(1)),
    p95FrameMs: Number(result.p95.toFixed(1)),
    longestFrameMs: Number(result.longest.toFixed(1)),
    framesOver50ms: result.over50,
    endLabel: result.end,
    mainThread,
  };
  await mkdir('reports', { recursive: true });
  await writeFile('reports/frames.json', JSON.stringify(report, null, 2) + '\n');
  console.log(`frames: ${report.framesDelivered} delivered of ${report.framesExpected} expected `
    + `(${(report.deliveredShare * 100).toFixed(1)}%) over ${report.measuredSeconds} s at ${RATE}x CPU throttling, ${report.viewport}`);
  console.log(`frame time: median ${report.medianFrameMs} ms, p95 ${report.p95FrameMs} ms, longest ${report.longestFrameMs} ms, ${report.framesOver50ms} over 50 ms`);
  console.log(`main thread during playback (throttled): script ${mainThread.scriptMs} ms, style ${mainThread.styleMs} ms, layout ${mainThread.layoutMs} ms, all tasks ${mainThread.taskMs} ms`);
  console.log('written: reports/frames.json');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
