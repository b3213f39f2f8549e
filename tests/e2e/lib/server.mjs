// A tiny static file server for the release build in dist/, bound to
// 127.0.0.1 on a free port. Tests start it in `before` and stop it in `after`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The request header with which a test browser asks for the guide's
 *  declarative shadow roots open (see `launch` in browser.mjs). */
export const OPEN_ROOTS_HEADER = 'x-mg-test-open-roots';

/** `html` with the guide's declarative shadow roots open when the request
 *  carries OPEN_ROOTS_HEADER (test browsers), as it is otherwise. */
const openRoots = (req, html) =>
  req.headers[OPEN_ROOTS_HEADER] ? html.replace(/shadowrootmode=("?)closed\1/g, 'shadowrootmode=open') : html;

/** Serves `root`; extra `headers` (e.g. a CSP) are added to HTML responses,
 *  `cors` allows any origin to load the files, `pages` maps paths to HTML,
 *  `routes` maps paths to `(req, res) => void` handlers, `prefix` (such as
 *  `/guide`) serves `root` from that folder instead of the origin's root, and
 *  `compress` sends brotli (quality 11, made once per file) to browsers that
 *  accept it, as a static host with pre-compressed files would. */
export async function serve(root = resolve('dist'), { headers = {}, cors = false, pages = {}, routes = {}, prefix = '', compress = false } = {}) {
  const base = resolve(root);
  const brotli = new Map();
  const squeeze = (path, body) => {
    if (!brotli.has(path)) brotli.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return brotli.get(path);
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      // The test browser's open-roots header (see OPEN_ROOTS_HEADER) turns a
      // cross-origin request into one with a CORS preflight: allow exactly
      // that header, and nothing else. Whether the real request may be read
      // still depends on `cors`, as before.
      if (req.method === 'OPTIONS' && (req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim()).includes(OPEN_ROOTS_HEADER)) {
        res.writeHead(204, { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-headers': OPEN_ROOTS_HEADER, 'access-control-allow-methods': 'GET' }).end();
        return;
      }
      if (routes[url.pathname]) {
        await routes[url.pathname](req, res);
        return;
      }
      if (pages[url.pathname]) {
        res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
        res.end(openRoots(req, pages[url.pathname]));
        return;
      }
      if (prefix && !url.pathname.startsWith(prefix + '/')) throw new Error('outside the bundle');
      let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!path.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const encoded = compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      // Test-only, like OPEN_GUIDE_ROOTS (browser.mjs): the standalone page's
      // prerendered first screen sits in a closed declarative shadow root,
      // which no init script can open. A test browser asks for it open with
      // this header; the files on disk and every other request are untouched.
      if (type.startsWith('text/html')) body = Buffer.from(openRoots(req, body.toString('utf8')));
      if (encoded) body = squeeze(path + (req.headers[OPEN_ROOTS_HEADER] ? '#open' : ''), body);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(encoded ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}), ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...(type.startsWith('text/html') ? headers : {}) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
