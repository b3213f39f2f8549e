// Trunk post-build hook: writes microneedling-guide.js, the one stable file
// name a clinic's page loads, next to the hashed wasm-bindgen files.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyGlue } from './minify-glue.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('make-shim.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR unset)');
const files = await readdir(dir);
const glue = files.find((f) => /^microneedling-guide-[0-9a-f]+\.js$/.test(f) || f === 'microneedling-guide-glue.js');
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
if (!glue || !wasm) throw new Error(`wasm-bindgen output not found in ${dir}: ${files.join(', ')}`);
// The glue without comments and indentation (see minify-glue.mjs).
const gluePath = join(dir, glue);
const original = await readFile(gluePath, 'utf8');
const { out: minified, why } = await minifyGlue(original);
if (minified) await writeFile(gluePath, minified);
else console.warn(`make-shim: glue left unminified (${why})`);
const template = await readFile(new URL('../embed/shim.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'microneedling-guide.js'), template.replace('__GLUE__', glue).replace('__WASM__', wasm));
// The configurator imports the widget's rule exports from the same glue.
const configure = await readFile(new URL('../configure/configure.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'configure.js'), configure.replace('__GLUE__', glue));
// Trunk leaves its own <link data-trunk rel=rust> tag behind when it does not
// inject scripts; replace it with preload hints so the page fetches the glue
// and the wasm in parallel with the shim instead of one after another.
const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
const hints = `<link rel=modulepreload href=./microneedling-guide.js><link rel=modulepreload href=./${glue}>` +
  `<link rel=preload as=fetch type=application/wasm crossorigin href=./${wasm}>`;
const patched = html.replace(/<link[^>]*\bdata-trunk\b[^>]*\brel="?rust"?[^>]*>/, hints);
if (patched === html) throw new Error('make-shim: the rust <link> was not found in index.html');
await writeFile(indexPath, patched);
console.log(`make-shim: microneedling-guide.js -> ${glue}, ${wasm}`);
