#!/usr/bin/env node
// Kiosk soak benchmark (not a test). Builds nothing: expects the release
// build in dist/ (scripts/build). Serves it on 127.0.0.1, opens
// /?mode=kiosk in Debian's Chromium and runs automated visits back to back:
// tap to start, answer all six questions, see the plan and its QR codes,
// Finish. Measures the JS heap (after a forced garbage collection) and the
// DOM node count at the start and the end, prints them and writes
// reports/soak.json. A kiosk runs all day: the end should match the start.
//
//   node scripts/kiosk-soak.mjs [--visits=500]
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { serve } from '../tests/e2e/lib/server.mjs';
import { launch } from '../tests/e2e/lib/browser.mjs';

const arg = process.argv.find((a) => a.startsWith('--visits='));
const VISITS = arg ? Number(arg.split('=')[1]) : 500;
const ANSWERS = [['rl', 'bx'], ['3'], ['none'], ['2'], ['none'], ['2']];

if (!(await stat('dist/index.html').catch(() => null))) {
  console.error('kiosk-soak: dist/ is missing; run scripts/build first');
  process.exit(1);
}

const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(server.origin + '/?mode=kiosk&idle=3600');
  await page.locator('.mg-attract').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    // Twice, with a pause: detached DOM nodes are freed in a second pass.
    for (let i = 0; i < 2; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(200);
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { jsHeapUsedBytes: m.JSHeapUsedSize, wasmMemoryBytes: await wasmMemory(), domNodes: m.Nodes, listeners: m.JSEventListeners };
  };
  // The wasm module's linear memory: every WebAssembly.Memory in the page,
  // found through the DevTools protocol (the glue keeps its memory private).
  // Linear memory never shrinks, so growth across visits would be a leak.
  const wasmMemory = async () => {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId, returnByValue: true,
      functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
    });
    await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
    return result.value;
  };

  // Locators only: page.waitForSelector returns element handles that keep
  // every old screen alive and would look like a leak in the widget.
  const visit = async () => {
    await page.click('.mg-attract__start');
    for (const codes of ANSWERS) {
      await page.locator('.mg-quiz').waitFor();
      for (const code of codes) await page.click(`.mg-quiz label:has(input[value="${code}"])`);
      await page.click('.mg-nav__next');
    }
    await page.locator('.mg-qr--plan').waitFor();
    await page.click('.mg-kiosk__finish');
    await page.locator('.mg-attract').waitFor();
  };

  await visit(); // warm-up: first-use allocations are not a leak
  const start = await measure();
  const began = Date.now();
  for (let i = 1; i <= VISITS; i++) {
    await visit();
    if (i % 50 === 0 || (process.env.SOAK_TRACE && i % 10 === 0)) {
      console.log(`kiosk-soak: ${i}/${VISITS} visits`, process.env.SOAK_TRACE ? JSON.stringify(await measure()) : '');
    }
  }
  const seconds = (Date.now() - began) / 1000;
  const end = await measure();
  const report = {
    visits: VISITS,
    seconds: Math.round(seconds),
    start,
    end,
    heapGrowthBytes: end.jsHeapUsedBytes - start.jsHeapUsedBytes,
    wasmMemoryGrowthBytes: end.wasmMemoryBytes - start.wasmMemoryBytes,
    domNodeGrowth: end.domNodes - start.domNodes,
    date: new Date().toISOString(),
  };
  await mkdir('reports', { recursive: true });
  await writeFile('reports/soak.json', JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  await server.close();
}
