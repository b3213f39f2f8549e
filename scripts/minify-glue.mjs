// Strips comments and indentation from wasm-bindgen's JS glue. Trunk's own
// JS minifier fails on the glue's `export default`, which left about 1 KiB
// of brotli in comments and indentation. Conservative by construction: the
// result must tokenize to exactly the original tokens (same types, same
// values, template text included), or the glue is left as it was. Line
// breaks stay, so automatic semicolon insertion cannot change meaning.
// acorn is a pinned npm dev dependency (package.json); without it
// the glue is simply left alone.

/** Returns the minified glue, or `null` (with a reason) to keep the original. */
export async function minifyGlue(src) {
  let acorn;
  try {
    acorn = await import('acorn');
  } catch {
    return { out: null, why: 'acorn is not installed' };
  }
  const opts = { ecmaVersion: 'latest', sourceType: 'module' };
  const comments = [];
  try {
    acorn.parse(src, { ...opts, onComment: (_block, text, start, end) => comments.push({ start, end, text }) });
  } catch (e) {
    return { out: null, why: `the glue did not parse: ${e.message}` };
  }
  // A comment becomes a line break if it held one (as ASI sees it), else a space.
  let out = '';
  let at = 0;
  for (const c of comments) {
    out += src.slice(at, c.start) + (/[\n\r\u2028\u2029]/.test(c.text) ? '\n' : ' ');
    at = c.end;
  }
  out += src.slice(at);
  out = out.split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n') + '\n';
  const tokens = (text) => {
    const list = [];
    for (const t of acorn.tokenizer(text, opts)) list.push(`${t.type.label}\u0000${t.value}`);
    return list;
  };
  try {
    const a = tokens(src);
    const b = tokens(out);
    if (a.length !== b.length || a.some((t, i) => t !== b[i])) return { out: null, why: 'tokens changed' };
  } catch (e) {
    return { out: null, why: `the result did not tokenize: ${e.message}` };
  }
  return { out, why: '' };
}
