// Measures a Trunk dist folder's first load: every HTML, JS, wasm and CSS file,
// raw and compressed (gzip -9 and brotli quality 11, as a static host would
// pre-compress), and compares the total with a Yew hello-world's.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FIRST_LOAD = new Set(['.html', '.js', '.wasm', '.css']);

async function measure(dir) {
  const files = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!FIRST_LOAD.has(extname(name))) continue;
    // Neither is part of the widget's first paint: the service worker installs
    // after load, and frame-host.js runs on the framing clinic page.
    if (name === 'sw.js' || name === 'frame-host.js') continue;
    const buf = await readFile(join(dir, name));
    files.push({
      name,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

const [appDir = 'dist', helloDir = 'target/hello-dist'] = process.argv.slice(2);
const app = await measure(appDir);
const hello = await measure(helloDir);
const ratio = (k) => +(app.total[k] / hello.total[k]).toFixed(2);
const report = { date: new Date().toISOString(), app, hello, ratio: { raw: ratio('raw'), gzip: ratio('gzip'), brotli: ratio('brotli') }, goal: 'brotli ratio at most 2' };

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (f) => `| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`;
const md = [
  '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...app.files.map(row),
  `| **widget first load** | **${kb(app.total.raw)}** | **${kb(app.total.gzip)}** | **${kb(app.total.brotli)}** |`,
  `| Yew hello-world first load | ${kb(hello.total.raw)} | ${kb(hello.total.gzip)} | ${kb(hello.total.brotli)} |`,
  `| ratio widget / hello-world | ${report.ratio.raw} | ${report.ratio.gzip} | ${report.ratio.brotli} |`,
  '',
  report.ratio.brotli <= 2 ? 'Within the goal (brotli ratio at most 2).' : `MISSES the goal: brotli ratio ${report.ratio.brotli} > 2.`,
].join('\n');
await writeFile('reports/size.json', JSON.stringify(report, null, 2) + '\n');
await writeFile('reports/size.md', md + '\n');
console.log(md);
