// The release build's short names for the wasm's imports and exports, shared
// by make-shim.mjs (the widget and the configurator) and finish-hello.mjs
// (the hello-world the size report compares with, built the same way).
import { execFileSync } from 'node:child_process';
import { readFile, rename } from 'node:fs/promises';

/**
 * Short names for what the glue and the wasm call each other (a release
 * build only): wasm-bindgen names each of the wasm's two hundred imports
 * after the JS function and a 16-digit hash (`__wbg_getAttribute_<hash>`),
 * and writes each name twice, in the glue's import object and in the wasm's
 * import section, where the hashes hardly compress. Binaryen's own pass
 * gives them, the module and the exports the shortest names and prints
 * the old -> new map, and the glue is rewritten from that map (each import
 * is one key of the import object; each export is read as `wasm.name`):
 * about 5 KiB of brotli less (wasm and glue), nothing else changes.
 * Rewrites the wasm at `wasmPath`; returns the glue. `features` are the
 * wasm-opt `--enable-*` flags the build uses. Any name not found
 * exactly where expected stops the build.
 */
export async function shortNames(wasmPath, code, features) {
  const out = `${wasmPath}.short`;
  const map = JSON.parse(execFileSync('wasm-opt', [...features, '--minify-imports-and-exports-and-modules', wasmPath, '-o', out], { encoding: 'utf8' }));
  const module = new WebAssembly.Module(await readFile(out));
  const from = [...new Set(map.imports.map(([m]) => m))];
  const to = [...new Set(WebAssembly.Module.imports(module).map((i) => i.module))];
  if (from.length !== 1 || to.length !== 1) throw new Error(`short-names: expected one import module, found ${from} -> ${to}`);
  const once = (text, pattern, replacement, what) => {
    const found = text.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`short-names: expected ${what} once in the glue, found it ${found} times`);
    // Each pattern's one group is what stays before the name (indentation).
    return text.replace(pattern, (_all, before) => before + replacement);
  };
  const literal = (s) => s.replace(/[$.*+?^()[\]{}|\\/]/g, '\\$&');
  let glueCode = once(code, new RegExp(`()${literal(JSON.stringify(from[0]))}(?=: import0\\b)`, 'g'), JSON.stringify(to[0]), `the import module ${from[0]}`);
  for (const [, name, short] of map.imports) {
    glueCode = once(glueCode, new RegExp(`^(\\s*)${literal(name)}(?=: function\\b)`, 'gm'), short, `the import ${name}`);
  }
  const exports = new Map(map.exports);
  glueCode = glueCode.replace(/\bwasm\.([\w$]+)/g, (all, name) => {
    if (!exports.has(name)) throw new Error(`short-names: the glue reads wasm.${name}, which the wasm does not export`);
    return `wasm.${exports.get(name)}`;
  });
  await rename(out, wasmPath);
  return glueCode;
}
