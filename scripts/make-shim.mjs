// Trunk post-build hook: writes microneedling-guide.js, the one stable file
// name a clinic's page loads, next to the hashed wasm-bindgen files; and
// builds the configurator's own wasm (see staffBuild below).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { minifyGlue } from './minify-glue.mjs';
import { shortNames as shorten } from './short-names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('make-shim.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR unset)');
const files = await readdir(dir);
const glue = files.find((f) => /^microneedling-guide-[0-9a-f]+\.js$/.test(f) || f === 'microneedling-guide-glue.js');
const wasm = files.find((f) => f.endsWith('_bg.wasm'));
if (!glue || !wasm) throw new Error(`wasm-bindgen output not found in ${dir}: ${files.join(', ')}`);

/** The glue without comments and indentation (see minify-glue.mjs), loading
 *  `wasmName` and handing out nothing from its init functions. */
async function finishGlue(original, wasmName) {
  const { out: minified, why } = await minifyGlue(original);
  if (!minified) console.warn(`make-shim: glue left unminified (${why})`);
  // The shim also runs as a classic script, where import.meta does not exist,
  // so it calls the glue's init() without a path and the glue finds the wasm
  // next to itself. wasm-bindgen wrote the name before it was hashed: point
  // the glue's default at the hashed file.
  const code = minified ?? original;
  const defaults = code.match(/(['"])[\w.-]*_bg\.wasm\1/g) ?? [];
  if (defaults.length !== 1) throw new Error(`make-shim: expected one default wasm name in the glue, found ${defaults.length}`);
  let glueCode = code.replace(defaults[0], `'${wasmName}'`);
  // Any script on the page can import the glue by its URL and get the same
  // module; its init functions would hand back the wasm exports, memory and
  // all, where the visitor's answers live. They return nothing here.
  for (const [pattern, replacement, count] of [
    [/if \(wasm !== undefined\) return wasm;/g, 'if (wasm !== undefined) return;', 2],
    [/wasm\.__wbindgen_start\(\);(\s*)return wasm;/g, 'wasm.__wbindgen_start();$1return;', 1],
  ]) {
    const found = glueCode.match(pattern)?.length ?? 0;
    if (found !== count) throw new Error(`make-shim: expected ${count} of ${pattern} in the glue, found ${found}`);
    glueCode = glueCode.replace(pattern, replacement);
  }
  return glueCode;
}

const release = process.env.TRUNK_PROFILE === 'release';
// wasm-opt's flags for this page's wasm (index.html), for the passes below.
const optParams = /\bdata-wasm-opt-params="([^"]*)"/.exec(await readFile(process.env.TRUNK_HTML_FILE ?? 'index.html', 'utf8'))?.[1]?.split(/\s+/).filter(Boolean);
if (!optParams) throw new Error('make-shim: no data-wasm-opt-params in index.html');

const features = optParams.filter((p) => p.startsWith('--enable-'));
const shortNames = (wasmPath, code) => shorten(wasmPath, code, features);

const gluePath = join(dir, glue);
const finished = await finishGlue(await readFile(gluePath, 'utf8'), wasm);
await writeFile(gluePath, release ? await shortNames(join(dir, wasm), finished) : finished);

/**
 * The configurator's wasm: the same crate with the `staff` feature, which
 * adds the rule exports of src/element/staff.rs (mgCheckAttribute and the
 * rest) to the widget. Only configure.html loads it, so no visitor
 * downloads the code that lists and checks every text (about 4.5 KiB of
 * brotli), and the configurator still has no rule of its own: its checks
 * and its live preview run the widget's own code. Built here, after Trunk's
 * build, with the same cargo profile (the dependencies are already
 * compiled: only the crate and the link are redone), the same pinned
 * wasm-bindgen and, in a release build, one pass of wasm-opt with the
 * page's own flags (index.html). Returns the glue's name.
 */
async function staffBuild() {
  const cargo = execFileSync('cargo', ['build', '--locked', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'staff',
    '--message-format', 'json', ...(release ? ['--release'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  const built = cargo.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === 'microneedling_guide')
    .flatMap((m) => m.filenames).find((f) => f.endsWith('.wasm'));
  if (!built) throw new Error('make-shim: cargo built no wasm with the staff feature');
  const tmp = await mkdtemp(join(tmpdir(), 'mg-staff-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'staff', built], { stdio: 'inherit' });
    let wasmPath = join(tmp, 'staff_bg.wasm');
    // Named by its bytes, like Trunk's files, which are known only at the end.
    let glueCode = await finishGlue(await readFile(join(tmp, 'staff.js'), 'utf8'), 'staff_bg.wasm');
    if (release) {
      execFileSync('wasm-opt', [...optParams, wasmPath, '-o', join(tmp, 'staff.opt.wasm')], { stdio: 'inherit' });
      wasmPath = join(tmp, 'staff.opt.wasm');
      glueCode = await shortNames(wasmPath, glueCode);
    }
    const bytes = await readFile(wasmPath);
    const name = `configure-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
    if (glueCode.split(`'staff_bg.wasm'`).length !== 2) throw new Error('make-shim: the staff glue does not name its wasm once');
    await writeFile(join(dir, `${name}_bg.wasm`), bytes);
    await writeFile(join(dir, `${name}.js`), glueCode.replace(`'staff_bg.wasm'`, () => `'${name}_bg.wasm'`));
    return `${name}.js`;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// The first screens prerendered by examples/prerender.rs (Trunk's pre-build
// hook), with the widget's stylesheet and the standalone page's own rules
// (page.css, which match nothing inside the guide's root): into the shim,
// which paints them on clinic pages and styles the standalone page's
// declarative shadow root (below) and the page itself.
const pre = JSON.parse(await readFile(process.env.MG_PRERENDER ?? 'target/prerender/first-screens.json', 'utf8'));
const pageCssName = files.find((f) => /^page-[0-9a-f]+\.css$/.test(f));
if (!pageCssName) throw new Error(`make-shim: page.css not found in ${dir}`);
pre.pageCss = await readFile(join(dir, pageCssName), 'utf8');
// The languages fetched on demand (examples/lang_files.rs, a pre-build
// hook), next to the wasm: the wasm resolves them against the glue's URL. Their
// names go into the shim's data too, where the kiosk's service worker finds
// them to keep them for offline use.
const langDir = process.env.MG_LANG_DIR ?? 'target/lang';
const langFiles = (await readdir(langDir)).filter((f) => /^microneedling-guide-[0-9a-f]{16}\.\w+\.json$/.test(f));
if (!langFiles.length) throw new Error(`make-shim: no language files in ${langDir} (examples/lang_files.rs)`);
pre.langs = {};
for (const f of langFiles) {
  await writeFile(join(dir, f), await readFile(join(langDir, f)));
  pre.langs[f.split('.').at(-2)] = `./${f}`;
}
const template = await readFile(new URL('../embed/shim.template.js', import.meta.url), 'utf8');
/** The shim that starts the glue `glueName`. */
async function shimFor(glueName) {
  const full = template.replace('__GLUE__', () => glueName).replace('__PRERENDER__', () => JSON.stringify(pre));
  // Without its comments and indentation but the opening block (how to load
  // it): about 2.3 KiB of brotli less, and on both pages the shim is needed
  // before the first paint. The readable source is embed/shim.template.js;
  // the glue's minifier keeps every token (or the whole-line comment filter
  // alone is used), and the result must still compile.
  const lines = full.split('\n');
  let opening = 0;
  while (opening < lines.length && /^\/\/ /.test(lines[opening])) opening++;
  const body = lines.slice(opening).filter((l) => !/^\s*\/\//.test(l)).join('\n');
  const { out: minified, why } = await minifyGlue(body);
  if (!minified) console.warn(`make-shim: shim left with its indentation (${why})`);
  const shim = [...lines.slice(0, opening), minified ?? body].join('\n');
  try {
    new Script(shim);
  } catch (e) {
    throw new Error(`make-shim: the shim without comments does not compile: ${e.message}`);
  }
  return shim;
}
await writeFile(join(dir, 'microneedling-guide.js'), await shimFor(glue));
// The configurator starts its own build of the guide with the same shim, and
// imports the rule exports from that build's glue.
const staffGlue = await staffBuild();
await writeFile(join(dir, 'configure-guide.js'), await shimFor(staffGlue));
const configure = await readFile(new URL('../configure/configure.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'configure.js'), configure.replace('__GLUE__', staffGlue));
// Trunk leaves its own <link data-trunk rel=rust> tag behind when it does not
// inject scripts. No preload of the glue or the wasm: they would compete with
// the first screen. The standalone page's first paint waits for one request,
// the shim (`blocking=render`, and still deferred: it runs once the page is
// parsed): no stylesheet request, and no frame of another first screen than
// the one the URL or the browser's language asks for (the shim repaints the
// prerendered one before that frame). With JavaScript off the shim never
// runs and blocks nothing: page.css, in <noscript>, hides the prerendered
// screen (::part) and the page's "needs JavaScript" line shows.
const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
let patched = html.replace(/<link[^>]*\bdata-trunk\b[^>]*\brel="?rust"?[^>]*>/, () => `<noscript><link rel=stylesheet href=./${pageCssName}></noscript>`);
if (patched === html) throw new Error('make-shim: the rust <link> was not found in index.html');
const withoutPage = patched.replace(new RegExp(`<link[^>]*\\bhref="?\\.?/?${pageCssName}"?[^>]*>(?!</noscript>)`), '');
if (withoutPage === patched) throw new Error(`make-shim: no <link> to ${pageCssName} in index.html`);
const blocking = withoutPage.replace(/<script\b(?=[^>]*\bsrc="?(?:\.\/)?microneedling-guide\.js\b)/, '<script blocking=render');
if (blocking === withoutPage) throw new Error('make-shim: no <script src=microneedling-guide.js> in index.html');
// The standalone page (url-config, so mode standalone) in the page's own
// language; the shim repaints it before the first frame if the visitor's
// language or the URL asks for another first screen.
const pageLang = /<html[^>]*\blang="?(\w+)/.exec(blocking)?.[1] ?? 'en';
const key = `standalone-${pageLang}`;
if (!pre.screens[key]) throw new Error(`make-shim: no prerendered screen ${key}`);
const declared = `<template shadowrootmode=closed><slot name=nojs></slot><div class=mg-host data-mg-pre=${key}>${pre.screens[key]}</div></template>`;
const withRoot = blocking.replace(/<microneedling-guide\b[^>]*>/, (tag) => tag + declared);
if (withRoot === blocking) throw new Error('make-shim: no <microneedling-guide> in index.html');
await writeFile(indexPath, withRoot);
console.log(`make-shim: microneedling-guide.js -> ${glue}, ${wasm}; configure-guide.js -> ${staffGlue}; index.html prerendered (${key})`);
