// Offline support for kiosk mode, registered by the widget only when the
// standalone page runs as a kiosk. It caches the page and its hashed assets
// (found in index.html, which the build rewrites with their names, and in the
// shim it loads), so a waiting-room screen keeps working when the clinic's
// Wi-Fi drops. Answers never pass through here: they live in memory only.
//
// Updates: files with a content hash in their name never change, so they are
// served cache-first. The page and the files with stable names (the shim
// `microneedling-guide.js`) are served network-first, so a new build is seen
// as soon as the network is there; every successful page load re-caches the
// build it names and drops older ones. The widget itself reloads for a new
// build only between two visits (see `reload_if_updated` in the Rust code).
const PREFIX = 'mg-kiosk-';
const HASHED = /-([0-9a-f]{8,})[._]/;

/** The page's asset URLs: href and src attributes of index.html, and the
 *  hashed files the shim imports. */
async function assetList() {
  const page = new URL('./', self.registration.scope).href;
  const html = await (await fetch(page, { cache: 'no-store' })).text();
  const urls = new Set([page]);
  const add = (text, base, pattern) => {
    for (const m of text.matchAll(pattern)) {
      const url = new URL(m[1], base);
      if (url.origin === self.location.origin && !url.pathname.endsWith('/demo/')) urls.add(url.href);
    }
  };
  add(html, page, /\b(?:href|src)=["']?([^"' >]+)/g);
  // In the shim, only quoted relative module and wasm paths (its comments
  // mention a placeholder path that does not exist).
  for (const url of [...urls]) {
    if (url.endsWith('.js') && !HASHED.test(url)) {
      add(await (await fetch(url, { cache: 'no-store' })).text(), url, /["'](\.\/[^"'\s]+\.(?:js|wasm))["']/g);
    }
  }
  return [...urls];
}

/** A cache name that changes whenever a hashed asset name changes. */
function versionOf(urls) {
  const hashes = urls.map((u) => (u.match(HASHED) ?? [])[1]).filter(Boolean).sort();
  return PREFIX + (hashes.join('.') || 'v1');
}

/** Caches the build the server names now, then drops every other build. */
async function refresh() {
  const urls = await assetList();
  const name = versionOf(urls);
  if (!(await caches.has(name))) {
    const cache = await caches.open(name);
    await cache.addAll(urls);
  } else {
    // Same build: keep the stable-named files current too.
    const cache = await caches.open(name);
    await cache.addAll(urls.filter((u) => !HASHED.test(u)));
  }
  for (const old of await caches.keys()) {
    if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(refresh().then(() => self.skipWaiting()));
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
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const page = new URL('./', self.registration.scope).href;
    const responded = networkFirst(request, page);
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
