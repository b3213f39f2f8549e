// Offline support for kiosk mode, registered by the widget only when the
// standalone page runs as a kiosk. It caches the page and its hashed assets
// (found in index.html, which the build rewrites with their names), so a
// waiting-room screen keeps working when the clinic's Wi-Fi drops.
// Answers never pass through here: they live in memory only.
const PREFIX = 'mg-kiosk-';

/** The page's asset URLs, from the href and src attributes of index.html. */
async function assetList() {
  const page = new URL('./', self.registration.scope).href;
  const html = await (await fetch(page, { cache: 'no-store' })).text();
  const urls = new Set([page]);
  for (const m of html.matchAll(/\b(?:href|src)=["']?([^"' >]+)/g)) {
    const url = new URL(m[1], page);
    if (url.origin === self.location.origin && !url.pathname.endsWith('/demo/')) urls.add(url.href);
  }
  return [...urls];
}

/** A cache name that changes whenever a hashed asset name changes. */
function versionOf(urls) {
  const hashes = urls.map((u) => (u.match(/-([0-9a-f]{8,})[._]/) ?? [])[1]).filter(Boolean).sort();
  return PREFIX + (hashes.join('.') || 'v1');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const urls = await assetList();
    const cache = await caches.open(versionOf(urls));
    await cache.addAll(urls);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const urls = await assetList().catch(() => null);
    const keep = urls ? versionOf(urls) : null;
    if (keep) {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== keep) await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: fresh when online, the cached copy (any query) when not.
    event.respondWith(fetch(request).catch(async () =>
      (await caches.match(request, { ignoreSearch: true })) ??
      (await caches.match(new URL('./', self.registration.scope).href)) ??
      Response.error()));
    return;
  }
  // Hashed assets never change under the same name: cache first.
  event.respondWith((async () => (await caches.match(request)) ?? fetch(request))());
});
