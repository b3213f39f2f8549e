// Measures a Trunk dist folder's first load, raw and compressed (gzip -9 and
// brotli quality 11, as a static host would pre-compress), and compares the
// total with a Yew hello-world's.
//
// The first load is what a visitor's browser fetches to show the page and
// start the guide, found by following references from index.html: its
// stylesheets and scripts, the modules those scripts import (the shim
// imports the wasm-bindgen glue), and the wasm the glue loads. Files no first
// load fetches are left out, even when they sit in the same folder: the
// configurator (configure.html/.js/.css), the kiosk's service worker, the
// iframe helper, the kiosk page, and the second language's text, which is
// fetched only when a visitor picks it (see README, Performance).
import { access, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const MEASURED = new Set(['.html', '.js', '.mjs', '.wasm', '.css']);

/** The dist-relative names `text` refers to: href/src attributes, quoted
 *  relative module paths and quoted wasm names. */
function references(text) {
  const out = new Set();
  // What sits in <noscript> loads only with JavaScript off (the page's own
  // stylesheet), never on a first load that runs the guide.
  text = text.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  for (const m of text.matchAll(/\b(?:href|src)=["']?([^"' >]+)/g)) out.add(m[1]);
  for (const m of text.matchAll(/\bimport\s*\(?\s*["'](\.\/[^"'\s]+\.m?js)["']/g)) out.add(m[1]);
  for (const m of text.matchAll(/\bfrom\s*["'](\.\/[^"'\s]+\.m?js)["']/g)) out.add(m[1]);
  for (const m of text.matchAll(/["']\.?\/?([\w.-]+_bg\.wasm)["']/g)) out.add(m[1]);
  return [...out]
    .filter((u) => !/^[a-z]+:|^\/\//i.test(u))
    .map((u) => u.replace(/^\.?\//, '').replace(/[?#].*$/, ''))
    .filter((u) => u && !u.includes('/') && MEASURED.has(extname(u)));
}

/** Every file the first load of `dir`'s index.html fetches, in the order found. */
export async function firstLoad(dir) {
  const seen = ['index.html'];
  for (let i = 0; i < seen.length; i++) {
    const name = seen[i];
    if (name.endsWith('.wasm')) continue;
    const text = await readFile(join(dir, name), 'utf8').catch(() => '');
    for (const r of references(text)) if (!seen.includes(r)) seen.push(r);
  }
  // A name no file has is not fetched: the wasm-bindgen glue keeps its
  // default wasm name when the page passes the hashed one (the hello-world).
  const present = [];
  for (const name of seen) if (await access(join(dir, name)).then(() => true, () => false)) present.push(name);
  return present;
}

async function measure(dir) {
  const files = [];
  for (const name of (await firstLoad(dir)).sort()) {
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

const [appDir = 'dist', helloDir = 'target/hello-dist', outDir = 'reports'] = process.argv.slice(2);
const app = await measure(appDir);
const hello = await measure(helloDir);
if (!app.files.some((f) => f.name.endsWith('.wasm'))) throw new Error(`size-report: no wasm reached from ${appDir}/index.html`);
if (!hello.files.some((f) => f.name.endsWith('.wasm'))) throw new Error(`size-report: no wasm reached from ${helloDir}/index.html`);
const ratio = (k) => +(app.total[k] / hello.total[k]).toFixed(2);
const report = { date: new Date().toISOString(), app, hello, ratio: { raw: ratio('raw'), gzip: ratio('gzip'), brotli: ratio('brotli') }, goal: 'brotli ratio at most 3.5 (issue 14)' };

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (f) => `| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`;
const md = [
  '| file | raw | gzip | brotli |', '|---|---:|---:|---:|',
  ...app.files.map(row),
  `| **widget first load** | **${kb(app.total.raw)}** | **${kb(app.total.gzip)}** | **${kb(app.total.brotli)}** |`,
  `| Yew hello-world first load | ${kb(hello.total.raw)} | ${kb(hello.total.gzip)} | ${kb(hello.total.brotli)} |`,
  `| ratio widget / hello-world | ${report.ratio.raw} | ${report.ratio.gzip} | ${report.ratio.brotli} |`,
  '',
  report.ratio.brotli <= 3.5 ? 'Within the goal (brotli ratio at most 3.5).' : `MISSES the goal: brotli ratio ${report.ratio.brotli} > 3.5.`,
].join('\n');
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'size.json'), JSON.stringify(report, null, 2) + '\n');
await writeFile(join(outDir, 'size.md'), md + '\n');
console.log(md);
