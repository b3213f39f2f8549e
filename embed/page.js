// The standalone page's own first script (issue 14), copied by
// scripts/make-shim.mjs as page-<hash>.js and linked in the page's head,
// where it runs before the first paint (a classic script, render-blocking,
// a few hundred bytes, fetched beside the stylesheet).
//
// The page's HTML holds one prerendered first screen (the English welcome;
// the attract screen on kiosk.html), named by this script's data-screen. A
// visitor whose URL (?lang=es, ?mode=kiosk, ?start=quiz, a saved-answers
// link) or browser language asks for another first screen would see that
// one first and then the shim's repaint. Instead, the page marks itself
// (data-mg-wait on <html>) and its stylesheet keeps the guide invisible until
// the shim has painted the right screen (the shim removes the mark; a
// stylesheet animation shows the guide anyway after 3 s if the shim never
// runs).
//
// The same reading of the URL and the language as the shim's configOf for
// the page's element (url-config, and no lang attribute; kiosk.html's
// element says mode="kiosk", which the URL cannot change).
(() => {
  const prerendered = document.currentScript?.dataset.screen;
  if (!prerendered) return;
  const [pageMode] = prerendered.split('-');
  const q = new URLSearchParams(location.search);
  const primary = (tag) => {
    const p = String(tag).trim().split(/[-_]/)[0].toLowerCase();
    return p === 'en' || p === 'es' ? p : null;
  };
  const one = (k, allowed) => {
    const v = (q.get(k) ?? '').trim().toLowerCase();
    return allowed.includes(v) ? v : null;
  };
  const mode = pageMode === 'kiosk' ? 'kiosk' : one('mode', ['embed', 'standalone', 'kiosk']) ?? 'standalone';
  let start = one('start', ['welcome', 'quiz', 'how-it-works']) ?? 'welcome';
  if (mode === 'standalone' && location.hash.startsWith('#a=')) start = 'quiz';
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  const lang = (q.has('lang') ? primary(q.get('lang')) : null) ?? langs.map(primary).find(Boolean) ?? 'en';
  const wanted = mode === 'kiosk' || start === 'welcome' ? `${mode}-${lang}` : null;
  if (wanted !== prerendered) document.documentElement.setAttribute('data-mg-wait', '');
  // A kiosk's page has no margins (platform/kiosk.rs marks it so once the
  // wasm runs): from the first paint on, so the take-over moves nothing.
  if (mode === 'kiosk') document.documentElement.setAttribute('data-mg-kiosk', '');
})();
