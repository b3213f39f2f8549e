// Offline support for a kiosk. The widget registers this worker only on a
// page whose own HTML says `<microneedling-guide url-config mode="kiosk">`
// (never because of a link's `?mode=kiosk`), and passes that page's name as
// `?page=`. The worker's scope is its own folder, the bundle's, and it
// answers only for the kiosk page and the bundle's own files directly in
// that folder; every other request (the clinic's other pages, images,
// anything in a subfolder) goes to the network untouched. Answers never pass
// through here: they live in memory only.
//
// Updates: files with a content hash in their name never change, so they are
// served cache-first. The page and the shim `microneedling-guide.js`, whose
// names are stable, are served network-first, so a new build is seen as soon
// as the network is there; every successful page load re-caches the build it
// names and drops older ones. The widget itself reloads for a new build only
// between two visits (see `reload_if_updated` in the Rust code).
//
// Removal: when the kiosk page is gone (404 or 410) or no longer declares
// kiosk mode, the worker deletes its caches and unregisters itself on the
// next load that reaches the network.
const PREFIX = 'mg-kiosk-';
const HASHED = /-([0-9a-f]{8,})[._]/;
const SHIM = 'microneedling-guide.js';
// The bundle's hashed files, as Trunk names them from index.html's assets
// (the glue and wasm, page.css, favicon.svg): other hashed files in the same
// folder (a clinic that put dist/ at its root) are not the guide's.
const BUNDLE = /^(?:microneedling-guide|page|widget|favicon)-[0-9a-f]{8,}[._]/;
const SCOPE = self.registration.scope;
const PAGE = new URL(new URLSearchParams(self.location.search).get('page') ?? '', SCOPE).href;
const DECLARES_KIOSK = /<microneedling-guide\b[^>]*\bmode=["']?kiosk\b/i;

/** The URL without its query and fragment. */
const bare = (url) => { const u = new URL(url); u.search = ''; u.hash = ''; return u.href; };

/** Whether `url` is the kiosk page or one of the bundle's own files. */
function ours(url) {
  const href = bare(url);
  if (href === PAGE) return true;
  if (!href.startsWith(SCOPE)) return false;
  const name = href.slice(SCOPE.length);
  return !name.includes('/') && (name === SHIM || BUNDLE.test(name));
}

/** The kiosk page's HTML, or `null` when the page is gone or no longer a
 *  kiosk (the operator's way to retire this worker). Network errors throw. */
async function kioskPage() {
  const response = await fetch(PAGE, { cache: 'no-store' });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const html = await response.text();
  return DECLARES_KIOSK.test(html) ? html : null;
}

/** The page's asset URLs: href and src attributes of the kiosk page, and the
 *  files the shim loads; only the bundle's own files. */
async function assetList(html) {
  const urls = new Set([PAGE]);
  const add = (text, base, pattern) => {
    for (const m of text.matchAll(pattern)) {
      const url = new URL(m[1], base);
      if (url.origin === self.location.origin && ours(url.href)) urls.add(bare(url.href));
    }
  };
  add(html, PAGE, /\b(?:href|src)=["']?([^"' >]+)/g);
  // The glue the shim imports (a quoted relative path), the language files
  // the wasm fetches on demand (named in the shim's data), and the wasm the
  // glue loads (a quoted file name beside it).
  for (const url of [...urls]) {
    if (url.endsWith('/' + SHIM)) {
      add(await (await fetch(url, { cache: 'no-store' })).text(), url, /["'](\.\/[^"'\s]+\.(?:js|json))["']/g);
    }
  }
  for (const url of [...urls]) {
    if (url.endsWith('.js') && HASHED.test(url)) {
      add(await (await fetch(url)).text(), url, /["']([\w.-]+_bg\.wasm)["']/g);
    }
  }
  return [...urls];
}

/** A cache name that changes whenever a hashed asset name changes. */
function versionOf(urls) {
  const hashes = urls.map((u) => (u.match(HASHED) ?? [])[1]).filter(Boolean).sort();
  return PREFIX + (hashes.join('.') || 'v1');
}

async function dropCaches(keep) {
  for (const old of await caches.keys()) {
    if (old.startsWith(PREFIX) && old !== keep) await caches.delete(old);
  }
}

/** Caches the build the server names now, then drops every other build.
 *  Returns false when the worker retired itself instead. */
async function refresh() {
  const html = await kioskPage();
  if (html === null) {
    await dropCaches(null);
    await self.registration.unregister();
    return false;
  }
  const urls = await assetList(html);
  const name = versionOf(urls);
  const known = await caches.has(name);
  const cache = await caches.open(name);
  // A new build: everything. The same build: keep the stable names current.
  await cache.addAll(known ? urls.filter((u) => !HASHED.test(u)) : urls);
  await dropCaches(name);
  return true;
}

self.addEventListener('install', (event) => {
  event.waitUntil(refresh().then((kept) => (kept ? self.skipWaiting() : undefined)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** The network's answer, or the cached copy when the network fails. */
async function networkFirst(request, fallback) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(request, { ignoreSearch: true })) ??
      (fallback ? await caches.match(fallback) : undefined) ??
      Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Everything that is not the kiosk's own goes to the network as if this
  // worker did not exist.
  if (request.method !== 'GET' || !ours(request.url)) return;
  if (request.mode === 'navigate') {
    const responded = networkFirst(request, PAGE);
    event.respondWith(responded);
    // Online: make sure the offline copy is this build (best effort; offline
    // the first fetch fails and nothing is dropped).
    event.waitUntil(responded.then((r) => (r.ok ? refresh() : undefined)).catch(() => {}));
    return;
  }
  if (HASHED.test(request.url)) {
    // Hashed assets never change under the same name: cache first.
    event.respondWith((async () => (await caches.match(request)) ?? fetch(request))());
  } else {
    event.respondWith(networkFirst(request, null));
  }
});
