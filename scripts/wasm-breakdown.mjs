// A per-function breakdown of the wasm: which functions, crates and data
// take its bytes. Reads the code and data sections and the "name" section
// of a build that keeps names; no tool beyond Node is needed.
//
//   node scripts/wasm-breakdown.mjs --build [top]   builds one, then reports
//   node scripts/wasm-breakdown.mjs FILE.wasm [top]  reports on FILE
//   ... [top] --without REGEX [REGEX ...]           and what the module would
//       weigh (brotli) if the functions whose names match were gone: a lower
//       bound of what removing or rewriting that code could ever save.
//
// --build: `cargo build --profile size-probe` (the release profile with
// symbol names kept), wasm-bindgen, then `wasm-opt -Oz -g` twice as the
// release build runs it (names kept), into target/size-probe/. Sizes are
// raw bytes of each function body; brotli shrinks code and text by
// different factors, so compare orders, not totals, with the size report.
// Each function is also brotli-compressed on its own, a rough upper bound of
// its share of the download (shared patterns across functions compress
// better together).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

function leb(buf, at) {
  let n = 0, shift = 0, b;
  do { b = buf[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [n, at];
}
const str = (buf, at) => { const [n, p] = leb(buf, at); return [buf.toString('utf8', p, p + n), p + n]; };

/** Sections of a wasm module: imported function count, bodies, data, names. */
export function parse(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let at = 8, imports = 0;
  const bodies = [], names = new Map(), data = [], sections = [];
  while (at < buf.length) {
    const id = buf[at];
    const [size, start] = leb(buf, at + 1);
    const end = start + size;
    let p = start;
    if (id === 0) {
      const [name, q] = str(buf, p);
      sections.push({ id, name: `custom "${name}"`, size: end - at });
      if (name === 'name') {
        p = q;
        while (p < end) {
          const sub = buf[p];
          const [len, s] = leb(buf, p + 1);
          if (sub === 1) {
            let [count, r] = leb(buf, s);
            for (let i = 0; i < count; i++) {
              const [idx, r2] = leb(buf, r);
              const [n, r3] = str(buf, r2);
              names.set(idx, n);
              r = r3;
            }
          }
          p = s + len;
        }
      }
    } else {
      sections.push({ id, name: ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? `#${id}`, size: end - at });
      if (id === 2) {
        let [count, r] = leb(buf, p);
        for (let i = 0; i < count; i++) {
          let m, f;
          [m, r] = str(buf, r);
          [f, r] = str(buf, r);
          const kind = buf[r++];
          if (kind === 0) { imports++; [, r] = leb(buf, r); }
          else if (kind === 1) { r++; const flags = buf[r++]; [, r] = leb(buf, r); if (flags & 1) [, r] = leb(buf, r); }
          else if (kind === 2) { const flags = buf[r++]; [, r] = leb(buf, r); if (flags & 1) [, r] = leb(buf, r); }
          else if (kind === 3) { r += 2; }
          else throw new Error(`import kind ${kind}`);
        }
      } else if (id === 10) {
        let [count, r] = leb(buf, p);
        for (let i = 0; i < count; i++) {
          const [len, s] = leb(buf, r);
          bodies.push({ index: i, start: s, size: len + (s - r) });
          r = s + len;
        }
      } else if (id === 11) {
        let [count, r] = leb(buf, p);
        for (let i = 0; i < count && r < end; i++) {
          const flags = leb(buf, r);
          r = flags[1];
          if (flags[0] === 0 || flags[0] === 2) {
            if (flags[0] === 2) [, r] = leb(buf, r);
            while (buf[r] !== 0x0b) r++;
            r++;
          }
          const [len, s] = leb(buf, r);
          data.push({ start: s, size: len });
          r = s + len;
        }
      }
    }
    at = end;
  }
  for (const b of bodies) b.name = names.get(imports + b.index) ?? `func[${imports + b.index}]`;
  return { bodies, data, sections, imports };
}

/** A readable name: hashes and generic arguments dropped. */
const tidy = (n) => n.replace(/::h[0-9a-f]{16}$/, '').replace(/17h[0-9a-f]{16}E$/, '');
/** The crate a function belongs to, from the first path in its name. */
function crateOf(name) {
  const m = /([A-Za-z_][\w]*)::/.exec(name.replace(/^[<&\s(]*(?:dyn |impl |mut )*/, ''));
  return m ? m[1] : name.startsWith('func[') ? '(unnamed)' : name.replace(/\W.*$/, '') || '(other)';
}

function build() {
  const env = { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });
  run('cargo', ['build', '--locked', '--lib', '--profile', 'size-probe', '--target', 'wasm32-unknown-unknown']);
  mkdirSync('target/size-probe', { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--out-dir', 'target/size-probe', '--out-name', 'probe', '--keep-debug',
    'target/wasm32-unknown-unknown/size-probe/microneedling_guide.wasm']);
  const flags = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '-Oz', '-g'];
  run('wasm-opt', [...flags, 'target/size-probe/probe_bg.wasm', '-o', 'target/size-probe/probe.opt.wasm']);
  run('wasm-opt', [...flags, 'target/size-probe/probe.opt.wasm', '-o', 'target/size-probe/probe.opt.wasm']);
  return 'target/size-probe/probe.opt.wasm';
}

const all = process.argv.slice(2);
const cut = all.indexOf('--without');
const args = cut < 0 ? all : all.slice(0, cut);
const without = cut < 0 ? [] : all.slice(cut + 1).map((p) => new RegExp(p));
const file = args[0] === '--build' ? build() : args[0];
if (!file) throw new Error('usage: node scripts/wasm-breakdown.mjs (--build | FILE.wasm) [top]');
const top = Number(args[1] ?? 30);
const buf = readFileSync(file);
const { bodies, data, sections } = parse(buf);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const code = bodies.reduce((t, b) => t + b.size, 0);
const dataBytes = data.reduce((t, d) => t + d.size, 0);
const dataBr = br(Buffer.concat(data.map((d) => buf.subarray(d.start, d.start + d.size))));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const lines = [];
lines.push(`${file}: ${kb(buf.length)} raw, ${kb(br(buf))} brotli; code ${kb(code)} in ${bodies.length} functions; data ${kb(dataBytes)} (${kb(dataBr)} brotli alone)`);
lines.push('', '| section | bytes |', '|---|---:|', ...sections.filter((s) => s.size > 1024).map((s) => `| ${s.name} | ${kb(s.size)} |`));
const crates = new Map();
for (const b of bodies) {
  const c = crateOf(tidy(b.name));
  const e = crates.get(c) ?? { size: 0, count: 0 };
  e.size += b.size; e.count++;
  crates.set(c, e);
}
lines.push('', '| crate (first path of the name) | functions | code bytes | share |', '|---|---:|---:|---:|');
for (const [c, e] of [...crates].sort((a, b) => b[1].size - a[1].size).slice(0, 15)) {
  lines.push(`| ${c} | ${e.count} | ${kb(e.size)} | ${((100 * e.size) / code).toFixed(1)}% |`);
}
lines.push('', `| largest functions (of ${bodies.length}) | code bytes | brotli alone |`, '|---|---:|---:|');
for (const b of [...bodies].sort((a, b) => b.size - a.size).slice(0, top)) {
  const name = tidy(b.name).replace(/\|/g, '\\|');
  lines.push(`| \`${name.length > 110 ? name.slice(0, 107) + '...' : name}\` | ${kb(b.size)} | ${kb(br(buf.subarray(b.start, b.start + b.size)))} |`);
}
if (without.length) {
  // The module without its names and debug sections, its function bodies
  // back to back after every other standard section: compressed whole, so
  // patterns shared across functions count as they do in the download.
  const rest = [];
  for (let at = 8; at < buf.length;) {
    const [size, start] = leb(buf, at + 1);
    if (buf[at] !== 0 && buf[at] !== 10) rest.push(buf.subarray(at, start + size));
    at = start + size;
  }
  const weigh = (keep) => br(Buffer.concat([...rest, ...bodies.filter(keep).map((b) => buf.subarray(b.start, b.start + b.size))]));
  const whole = weigh(() => true);
  lines.push('', '| without the functions matching | functions | code bytes | module brotli | saved |', '|---|---:|---:|---:|---:|');
  lines.push(`| (nothing) | 0 | 0 | ${kb(whole)} | 0 |`);
  for (const re of without) {
    const gone = bodies.filter((b) => re.test(b.name));
    const left = weigh((b) => !re.test(b.name));
    lines.push(`| \`${String(re).replace(/\|/g, '\\|')}\` | ${gone.length} | ${kb(gone.reduce((t, b) => t + b.size, 0))} | ${kb(left)} | ${kb(whole - left)} |`);
  }
}
console.log(lines.join('\n'));
