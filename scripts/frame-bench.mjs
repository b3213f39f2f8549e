#!/usr/bin/env node
// Frame benchmark of the healing animation (not a test). Builds nothing:
// expects the release build in dist/ (scripts/build). Serves it on
// 127.0.0.1, opens /?start=how-it-works in Debian's Chromium with the CPU
// throttled 4x (a mid-range phone), plays the whole healing timeline at 1x
// and records every requestAnimationFrame timestamp in the page.
// Prints the figures and writes reports/frames.json.
//
// Besides frames delivered and the longest gap, it reports main-thread time
// per delivered frame (CDP Performance.getMetrics deltas: script, style,
// layout, all tasks, and the main thread's CPU time), the browser's long animation frames (over 50 ms, with
// the script time inside the worst one) and the machine's load average
// before and after, because a busy machine changes every figure.
//
//   node scripts/frame-bench.mjs [--viewport=390x844] [--dist=dist] [--out=reports/frames.json]
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { serve } from '../tests/e2e/lib/server.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const [width, height] = option('viewport', '390x844').split('x').map(Number);
const DIST = resolve(option('dist', 'dist'));
const OUT = option('out', 'reports/frames.json');
const RATE = 4;
const FPS = 60;

if (!(await stat(`${DIST}/index.html`).catch(() => null))) {
  console.error(`frame-bench: ${DIST} has no build; run scripts/build first`);
  process.exit(1);
}

const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
const server = await serve(DIST);
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
  // Long animation frames (Chromium's LoAF entries, over 50 ms each) say
  // where a slow frame went: its script time and its rendering.
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    window.__long = [];
    const rec = (ts) => { window.__frames.push(ts); if (window.__recording) requestAnimationFrame(rec); };
    requestAnimationFrame(rec);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__long.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
            script: e.scripts.reduce((sum, s) => sum + s.duration, 0), render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0 });
        }
      }).observe({ type: 'long-animation-frame' });
    } catch { window.__long = null; }
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
    const long = window.__long?.filter((e) => e.start >= t0) ?? null;
    const worst = long?.reduce((a, b) => (b.duration > (a?.duration ?? 0) ? b : a), null) ?? null;
    return {
      long: long && { count: long.length, worstMs: worst?.duration ?? 0, worstScriptMs: worst?.script ?? 0, worstRenderMs: worst?.render ?? 0 },
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
  // Durations are wall time, so other programs on the machine stretch
  // them; ThreadTime is the renderer main thread's own CPU time, which a
  // busy machine changes much less (throttling pauses the thread, so it
  // is close to the unthrottled work).
  const mainThread = { scriptMs: ms('ScriptDuration'), styleMs: ms('RecalcStyleDuration'), layoutMs: ms('LayoutDuration'), taskMs: ms('TaskDuration'), cpuMs: ms('ThreadTime') };
  // Per delivered frame (the throttled main thread's time, so 16.7 ms
  // of all tasks would be a saturated thread at 60 fps).
  const perFrame = Object.fromEntries(Object.entries(mainThread).map(([k, v]) => [k, Number((v / result.frames).toFixed(2))]));
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
    mainThreadPerFrame: perFrame,
    longAnimationFrames: result.long,
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))) },
    dist: DIST,
  };
  await mkdir(dirname(OUT), { recursive: true });
  await writeFile(OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`frames: ${report.framesDelivered} delivered of ${report.framesExpected} expected `
    + `(${(report.deliveredShare * 100).toFixed(1)}%) over ${report.measuredSeconds} s at ${RATE}x CPU throttling, ${report.viewport}`);
  console.log(`frame time: median ${report.medianFrameMs} ms, p95 ${report.p95FrameMs} ms, longest ${report.longestFrameMs} ms, ${report.framesOver50ms} over 50 ms`);
  console.log(`main thread during playback (throttled): script ${mainThread.scriptMs} ms, style ${mainThread.styleMs} ms, layout ${mainThread.layoutMs} ms, all tasks ${mainThread.taskMs} ms, CPU ${mainThread.cpuMs} ms`);
  console.log(`per delivered frame: script ${perFrame.scriptMs} ms, style ${perFrame.styleMs} ms, layout ${perFrame.layoutMs} ms, all tasks ${perFrame.taskMs} ms, main-thread CPU ${perFrame.cpuMs} ms`);
  if (result.long) console.log(`long animation frames (over 50 ms): ${result.long.count}, worst ${result.long.worstMs.toFixed(0)} ms (script ${result.long.worstScriptMs.toFixed(0)} ms, rendering ${result.long.worstRenderMs.toFixed(0)} ms)`);
  console.log(`machine: ${report.machine.cpus} CPUs, load average ${loadBefore.join(' ')} before, ${report.machine.loadAverageAfter.join(' ')} after`);
  console.log(`written: ${OUT}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
