// Trunk post-build hook of bench/hello: gives the hello-world's glue and wasm
// what make-shim.mjs gives the widget's (the glue minified; in a release
// build, short names for imports and exports), so the size report compares
// two builds made the same way.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyGlue } from './minify-glue.mjs';
import { shortNames } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('finish-hello.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR unset)');
const files = await readdir(dir);
const glue = files.find((f) => /^yew-hello-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
if (!glue || !wasm) throw new Error(`finish-hello: wasm-bindgen output not found in ${dir}: ${files.join(', ')}`);
const params = /\bdata-wasm-opt-params="([^"]*)"/.exec(await readFile(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8'))?.[1];
if (!params) throw new Error('finish-hello: no data-wasm-opt-params in index.html');
const features = params.split(/\s+/).filter((p) => p.startsWith('--enable-'));
// Trunk's page names both files with their SRI hashes: they are swapped for
// the finished files' below, or the browser would refuse them.
const sri = async (f) => `sha384-${createHash('sha384').update(await readFile(join(dir, f))).digest('base64')}`;
const before = [await sri(glue), await sri(wasm)];
const original = await readFile(join(dir, glue), 'utf8');
const { out: minified, why } = await minifyGlue(original);
if (!minified) throw new Error(`finish-hello: the glue did not minify (${why})`);
const release = process.env.TRUNK_PROFILE === 'release';
await writeFile(join(dir, glue), release ? await shortNames(join(dir, wasm), minified, features) : minified);
let page = await readFile(join(dir, 'index.html'), 'utf8');
for (const [i, f] of [glue, wasm].entries()) {
  const found = page.split(before[i]).length - 1;
  if (found < 1) throw new Error(`finish-hello: index.html has no integrity for ${f}`);
  page = page.replaceAll(before[i], await sri(f));
}
await writeFile(join(dir, 'index.html'), page);
