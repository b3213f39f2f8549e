// <microneedling-guide>: the custom element that hosts the widget.
// Load it with one tag: <script type="module" src="PATH/microneedling-guide.js"></script>
// Every other file (the wasm module and its glue) resolves relative to this
// script's own URL, so the bundle works from a subfolder or another origin.
// Generated at build time by scripts/make-shim.mjs from embed/shim.template.js.
//
// Written so that it also runs as a classic script (a tag copied without
// type="module"): no static import and no import.meta, whose syntax errors
// would leave a blank box. A dynamic import() resolves against this script's
// URL in both cases, and the glue finds the wasm next to itself.
//
// First screen before the wasm (issue 14): the build renders the welcome and
// the kiosk's attract screen in every language with Yew's server renderer
// (examples/prerender.rs) and writes them, with the widget's stylesheet, into
// PRE below. The element paints its first screen from them the moment it is
// defined, with its own clinic name, logo, accent and language; the wasm is
// requested only after that paint, and then replaces the screen with the
// live app's identical one in the same frame. A press on a button before then
// is kept and replayed.
(() => {
  const NAME = 'microneedling-guide';
  const FAILED = 'This guide could not load. Please reload the page.';
  const OURS = Symbol.for(NAME);
  const PRE = __PRERENDER__;

  // Neither the glue nor the wasm is requested before the first screen is
  // on the screen (see start()): a request that ends before the first
  // screen's paint is, in Lighthouse's model, one that paint waited for.
  let glue = null;
  let ready = null;
  const load = () => (ready ??= (glue ??= import('./__GLUE__')).then(async (g) => {
    await g.default();
    return g.MgWidget;
  }));

  // Frees a guide that is off the page once the current task is over. A
  // message, not a timer: a page that fakes its timers still frees guides.
  const later = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); f(); };
    channel.port2.postMessage(null);
  };

  // The widget's stylesheet, parsed once for every prerendered screen. A
  // constructed sheet, like the wasm's own, so a strict CSP (`style-src
  // 'self'`) holds: no <style> element and no style attribute.
  let base = null;
  const sheet = (css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  };

  // The same reading of the element as platform/host.rs and core/config.rs
  // (those log the warnings once the wasm runs; a bad value here just gets
  // the same default).
  const primary = (tag) => {
    const p = String(tag).trim().split(/[-_]/)[0].toLowerCase();
    return ['en', 'es'].includes(p) ? p : null;
  };
  const BIDI = /[\u202A-\u202E\u2066-\u2069\u061C]/g;
  const hex = (h) => parseInt(h, 16);
  function rgb(value) {
    const s = value.trim();
    let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
    if (m) {
      const h = m[1];
      return h.length === 3 ? [0, 1, 2].map((i) => hex(h[i]) * 17) : [0, 2, 4].map((i) => hex(h.slice(i, i + 2)));
    }
    m = /^rgb\(([^,]*),([^,]*),([^,]*)\)$/.exec(s.toLowerCase());
    if (!m) return null;
    const parts = m.slice(1).map((p) => p.trim());
    return parts.every((p) => /^\+?\d+$/.test(p) && +p <= 255) ? parts.map(Number) : null;
  }
  // core/color.rs: Theme::from_accent on white.
  const lum = (c) => {
    const lin = (v) => { const x = v / 255; return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)]; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
  const css = (c) => '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
  function theme(accent) {
    const WHITE = [255, 255, 255];
    const on = [WHITE, [0x1d, 0x27, 0x2d], [0, 0, 0]].find((c) => contrast(c, accent) >= 4.5) ?? [0, 0, 0];
    let ink = [0, 0, 0];
    for (let i = 0; i <= 50; i++) {
      const c = mix(accent, [0, 0, 0], i / 50);
      if (contrast(c, WHITE) >= 4.5) { ink = c; break; }
    }
    return `.mg.mg { --_accent: ${css(accent)}; --_on-accent: ${css(on)}; --_accent-ink: ${css(ink)}; }`;
  }
  function logoUrl(value) {
    const v = value.trim();
    if (!v || /[\s\u0000-\u001f\u007f-\u009f"]/.test(v)) return null;
    const lower = v.toLowerCase();
    const scheme = lower.includes(':') ? lower.split(':')[0] : null;
    const hasScheme = scheme !== null && !/[/?#]/.test(scheme);
    const absolute = lower.startsWith('https://') || lower.startsWith('http://');
    if (!absolute && (hasScheme || lower.startsWith('//'))) return null;
    try {
      const url = new URL(v, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      if (!absolute && url.origin !== new URL(document.baseURI).origin) return null;
      return url.href;
    } catch { return null; }
  }
  function configOf(el) {
    const pairs = [];
    if (el.hasAttribute('url-config')) {
      const q = new URLSearchParams(location.search);
      for (const k of ['lang', 'mode', 'start']) if (q.has(k)) pairs.push([k, q.get(k)]);
    }
    for (const k of ['lang', 'mode', 'start', 'clinic-name', 'logo', 'accent', 'url-config']) {
      if (el.hasAttribute(k)) pairs.push([k, el.getAttribute(k)]);
    }
    const c = { lang: null, mode: null, start: 'welcome', name: null, logo: null, accent: null, own: false };
    for (const [k, v] of pairs) {
      if (k === 'url-config') c.own = true;
      else if (k === 'lang') c.lang = primary(v) ?? c.lang;
      else if (k === 'mode') { const m = v.trim().toLowerCase(); if (['embed', 'standalone', 'kiosk'].includes(m)) c.mode = m; }
      else if (k === 'start') { const s = v.trim().toLowerCase(); if (['welcome', 'quiz', 'how-it-works'].includes(s)) c.start = s; }
      else if (k === 'clinic-name') { const n = [...v.replace(BIDI, '').trim()].slice(0, 80).join(''); c.name = n || null; }
      else if (k === 'logo') c.logo = logoUrl(v);
      else if (k === 'accent') c.accent = rgb(v) ?? c.accent;
    }
    c.mode ??= c.own ? 'standalone' : 'embed';
    // The guide's own page resumes saved answers from its fragment
    // (platform/link.rs): its first screen is then a question, not the welcome.
    if (c.own && c.mode === 'standalone' && location.hash.startsWith('#a=')) c.start = 'quiz';
    if (!c.lang) {
      const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
      c.lang = langs.map(primary).find(Boolean) ?? 'en';
    }
    return c;
  }

  // The guide's own page (index.html, kiosk.html; url-config). Its only
  // request before the first paint is this shim (render-blocking there): the
  // page's rules come with it, as the widget's do, and a kiosk's page loses
  // its margins from the first paint on (platform/kiosk.rs marks it again
  // once the wasm runs), so the first screen the visitor sees is already the
  // one the URL and the browser's language ask for, laid out for good.
  let pageSheet = null;
  function ownPage(c) {
    if (!pageSheet && PRE.pageCss) {
      pageSheet = sheet(PRE.pageCss);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    }
    if (c.mode === 'kiosk') document.documentElement.setAttribute('data-mg-kiosk', '');
  }

  // Which prerendered button `button` is, so the same one can be found in
  // the live app: 'start', 'how' or 'lang:<tag>'.
  function actionOf(button) {
    if (!button?.closest?.('[data-mg-pre]')) return null;
    if (button.matches('.mg-attract__start, .mg-actions .mg-button--primary')) return 'start';
    if (button.matches('.mg-actions .mg-button')) return 'how';
    if (button.matches('.mg-lang button[lang], .mg-attract__langs button[lang]')) return 'lang:' + button.lang;
    return null;
  }
  function buttonFor(root, action) {
    if (action === 'start') return root.querySelector('.mg-attract__start, .mg-actions .mg-button--primary');
    if (action === 'how') return root.querySelector('.mg-actions .mg-button:not(.mg-button--primary)');
    if (action?.startsWith('lang:')) return root.querySelector(`.mg-lang button[lang="${action.slice(5)}"], .mg-attract__langs button[lang="${action.slice(5)}"]`);
    return null;
  }

  // The prerendered screen's container, a direct child of the root.
  const preOf = (root) => [...root.children].find((c) => c.hasAttribute('data-mg-pre')) ?? null;

  const guides = new Set();

  // The guide lays out by its own width, not the screen's: in a clinic's
  // 300 px sidebar on a desktop it gets the layout a 300 px phone gets.
  // Media queries see only the screen, and container queries need size
  // containment, which shrinks a guide in a host's shrink-to-fit box (a
  // flex row, a float) to nothing. So the guide's widths are written on its
  // `.mg-host` (`data-mg-width`), each named after the media query it
  // stands for (`min-600`: `(min-width: 600px)`), and the stylesheet reads
  // them; the plan's folding reads `max-40em` (platform/fold.rs). `em` is
  // what it is in a media query: the visitor's default text size (what
  // `.mg-host`, reset with `all: initial`, has).
  const WIDTHS = ['max-400', 'min-600', 'min-700', 'min-720', 'min-18em', 'max-40em'].map((name) => {
    const [side, n] = name.split('-');
    return { name, side, px: parseFloat(n), em: n.endsWith('em') };
  });
  // The widths a guide `w` px wide has reached.
  const byWidth = (w, em) => WIDTHS.filter((q) => {
    const px = q.em ? q.px * em : q.px;
    return q.side === 'min' ? w >= px : w <= px;
  }).map((q) => q.name).join(' ');

  class MicroneedlingGuide extends HTMLElement {
    static [OURS] = true;
    static observedAttributes = PRE.attributes;
    #internals = null;
    #widget = null;
    #root = null;
    #theme = null;
    #painted = null;
    #pending = null;
    #prepared = null;
    #width = null;

    static #sizes = new ResizeObserver((entries) => {
      for (const e of entries) {
        e.target.#width = e.borderBoxSize?.[0]?.inlineSize ?? e.contentRect.width;
        e.target.#fit();
      }
    });

    // Writes the widths reached on the guide's container (the prerendered
    // one, then the live app's) and tells the live app when they change.
    // The first frame must already have the right ones: when the observer's
    // first report (after a layout) changes them, the browser records a
    // layout shift. So a guide measures itself before that: on a clinic's
    // page once its screen is in (one forced layout, which no first paint
    // waits for), on its own page in #measureOwn. `em` is given when the
    // guide's screen has not been styled yet.
    #fit(em = null) {
      if (!this.#root) return;
      this.#width ??= this.getBoundingClientRect().width;
      for (const host of this.#root.children) {
        if (!host.classList.contains('mg-host')) continue;
        const value = byWidth(this.#width, em ?? (parseFloat(getComputedStyle(host).fontSize) || 16));
        if (host.getAttribute('data-mg-width') === value) continue;
        host.setAttribute('data-mg-width', value);
        host.dispatchEvent(new Event('mg-width'));
      }
    }

    // The guide's own page waits for this shim before its first paint, so
    // the guide is measured there with its screen taken out for a moment:
    // the forced layout is the bare page's (the page gives the guide its
    // width; its screen never changes it). Returns the visitor's default
    // text size, which is the root's there (the page's rules set none).
    #measureOwn() {
      if (this.#width === null) {
        const pre = preOf(this.#root);
        const next = pre?.nextSibling ?? null;
        pre?.remove();
        this.#width = this.getBoundingClientRect().width;
        if (pre) this.#root.insertBefore(pre, next);
      }
      return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    }

    constructor() {
      super();
      // The only way to reach a closed declarative shadow root (the
      // standalone page's prerendered screen) from its own element.
      try { this.#internals = this.attachInternals(); } catch { /* defined elsewhere first */ }
    }

    connectedCallback() {
      if (!this.#root && !this.#attach()) return;
      guides.add(this);
      if (!this.#widget) this.#paint();
      MicroneedlingGuide.#sizes.observe(this);
      // Guides added after the wasm was requested take over once it is ready.
      if (ready) ready.then((MgWidget) => this.takeOver(MgWidget), () => this.failed());
      else start();
    }

    #attach() {
      const declared = this.#internals?.shadowRoot;
      if (declared) {
        if (!preOf(declared)) {
          console.error(`${NAME}: this element already has a shadow root, attached by another script or a <template shadowrootmode>; remove it so the guide can show here.`);
          declared.textContent = FAILED;
          return false;
        }
        this.#root = declared;
      } else {
        try {
          // Closed: the host page's other scripts (analytics, session
          // replay, chat widgets) cannot read the visitor's answers.
          this.#root = this.attachShadow({ mode: 'closed' });
        } catch (e) {
          console.error(`${NAME}: this element already has a shadow root, attached by another script or a <template shadowrootmode>; remove it so the guide can show here.`, e);
          if (this.shadowRoot) this.shadowRoot.textContent = FAILED;
          return false;
        }
      }
      this.#root.addEventListener('click', (e) => this.#early(e), true);
      return true;
    }

    // The first screen for this element's attributes, unless the same one is
    // already there (the standalone page's own HTML).
    #paint() {
      const root = this.#root;
      const c = configOf(this);
      if (c.own) ownPage(c);
      const key = `${c.mode}-${c.lang}`;
      const screen = c.mode === 'kiosk' || c.start === 'welcome' ? PRE.screens[key] : null;
      const wanted = JSON.stringify([key, screen !== null, c.name, c.logo, c.accent]);
      if (wanted === this.#painted) return;
      const declared = preOf(root)?.dataset.mgPre;
      this.#painted = wanted;
      base ??= sheet(PRE.css);
      this.#theme ??= sheet('');
      this.#theme.replaceSync(c.accent ? theme(c.accent) : '');
      root.adoptedStyleSheets = [base, this.#theme];
      const em = c.own ? this.#measureOwn() : null;
      if (declared === key && !c.name && !c.logo && !c.accent && screen !== null) {
        // The page's own HTML holds this screen (unstyled until now: the
        // shim is render-blocking there); it paints at the page's first paint.
        this.#fit(em);
        painted(0);
        return;
      }
      if (screen === null) {
        // Another first screen (a question, the diagrams): the page's own
        // fallback inside the element shows until the wasm draws it.
        root.replaceChildren(document.createElement('slot'));
        return;
      }
      const host = document.createElement('div');
      host.className = 'mg-host';
      host.dataset.mgPre = key;
      host.innerHTML = screen;
      if (c.name || c.logo) {
        // As app/clinic_bar.rs draws it; the name is text, never HTML.
        const bar = document.createElement('div');
        bar.className = 'mg-clinic';
        bar.setAttribute('part', 'clinic');
        if (c.logo) {
          const img = document.createElement('img');
          img.className = 'mg-clinic__logo';
          // Before src, which starts the request (see app/clinic_bar.rs).
          img.setAttribute('fetchpriority', 'low');
          img.src = c.logo;
          img.alt = c.name ? '' : PRE.logoAlt[c.lang];
          bar.append(img);
        }
        if (c.name) {
          const name = document.createElement('bdi');
          name.className = 'mg-clinic__name';
          name.textContent = c.name;
          bar.append(name);
        }
        const at = host.querySelector('.mg-kiosk__bar') ?? host.querySelector('.mg');
        at.prepend(bar);
      }
      root.replaceChildren(host);
      this.#fit(em);
      painted(performance.now());
    }

    // A press before the wasm is ready: kept, and the button says so.
    #early(e) {
      if (this.#widget) return;
      const button = e.target.closest?.('button');
      const action = actionOf(button);
      if (!action) return;
      this.#pending = action;
      hurry();
      const lang = button.closest('[lang]')?.getAttribute('lang');
      if (!button.dataset.mgWaiting) {
        button.dataset.mgWaiting = '';
        button.setAttribute('aria-disabled', 'true');
        button.textContent = PRE.ready[lang] ?? PRE.ready.en;
      }
    }

    // The live app replaces the prerendered screen in this task; Yew draws
    // it in a microtask, before the next frame, so the visitor never sees
    // the switch. Focus on a prerendered button moves to its live twin.
    takeOver(MgWidget) {
      if (!this.isConnected || this.#widget || !this.#root) return;
      // A guide that starts in a language fetched on demand (element/lang.rs)
      // keeps its prerendered screen until that text is here; prepare()
      // never rejects (a failure leaves the guide in English, and says so).
      if (this.#prepared !== true) {
        this.#prepared ??= Promise.resolve(MgWidget.prepare?.(this)).then(() => {
          this.#prepared = true;
          this.takeOver(MgWidget);
        });
        return;
      }
      const focused = actionOf(this.#root.activeElement);
      try {
        this.#widget = new MgWidget(this, this.#root, base ??= sheet(PRE.css));
      } catch (e) {
        console.error(`${NAME}: could not start`, e);
        this.#root.textContent = FAILED;
        return;
      }
      this.#fit();
      const root = this.#root;
      const finish = (last) => {
        const target = buttonFor(root, this.#pending ?? focused);
        if (!target && !last) { later(() => finish(true)); return; }
        if (focused) buttonFor(root, focused)?.focus({ preventScroll: true });
        if (this.#pending) target?.click();
        this.#pending = null;
        performance.mark('mg-interactive');
      };
      if (this.#pending || focused) queueMicrotask(() => finish(false));
      else queueMicrotask(() => performance.mark('mg-interactive'));
    }

    failed() {
      if (this.#widget) return;
      if (this.#root) this.#root.textContent = FAILED;
      else if (!this.shadowRoot) this.textContent = FAILED;
    }

    disconnectedCallback() {
      // A guide moved in the page (removed and added again in the same task)
      // keeps its visit; one that stays off the page is freed, with its timers.
      later(() => {
        if (!this.isConnected && this.#widget) {
          this.#widget.free();
          this.#widget = null;
        }
        if (!this.isConnected) {
          guides.delete(this);
          MicroneedlingGuide.#sizes.unobserve(this);
          this.#width = null;
        }
      });
    }

    attributeChangedCallback() {
      if (this.#widget) this.#widget.update();
      else if (this.#root && this.isConnected) this.#paint();
    }
  }

  // The wasm is requested once the first screen is on the screen (see
  // afterFirstScreen), at once in a hidden tab (which paints nothing), or as
  // soon as someone presses a button of the first screen. Neither a timer
  // (but as a last resort) nor requestAnimationFrame: a page that fakes its
  // timers still gets its guide, and a reduced-motion page sees no frame
  // callback.
  let started = false;
  let go = null;
  function start() {
    if (started) return;
    started = true;
    let gone = false;
    go = () => { if (!gone) { gone = true; fetchWasm(); } };
    if (document.visibilityState === 'hidden') { go(); return; }
    afterFirstScreen(() => later(go));
  }
  const hurry = () => go?.();

  // When a guide painted a prerendered screen (ms since the page started; 0
  // for the page's own declarative root), else null.
  let paintedAt = null;
  const painted = (t) => { paintedAt = Math.min(paintedAt ?? t, t); };

  // Calls `done` once the browser has reported a largest contentful paint
  // of a guide's prerendered screen. Its live twin, drawn later, is the same
  // size, so it never becomes a later "largest paint" (the first screen's
  // paint stays the page's LCP; replacing it before its entry was reported
  // could lose that entry, and the live twin's paint would count instead),
  // and the wasm's requests start after that paint in every measurement.
  // A guide that is not the page's largest content (a clinic page with a
  // larger picture above it) gets no entry: then one second after the
  // page's load. Without a prerendered screen (a guide that starts on a
  // question), once the page has painted at all, as before.
  function afterFirstScreen(done) {
    let called = false;
    const observers = [];
    const once = () => {
      if (called) return;
      called = true;
      for (const o of observers) o.disconnect();
      done();
    };
    const watch = (type, hit) => {
      if (!PerformanceObserver.supportedEntryTypes?.includes(type)) return false;
      const o = new PerformanceObserver((list) => { if (list.getEntries().some(hit)) once(); });
      observers.push(o);
      o.observe({ type, buffered: true });
      return true;
    };
    const onLoad = (f) => {
      if (document.readyState === 'complete') later(f);
      else addEventListener('load', f, { once: true });
    };
    // A guide's screen sits in a shadow root: its entries name no element
    // of the page itself (a clinic's heading painted meanwhile does not count).
    if (paintedAt !== null && watch('largest-contentful-paint', (e) => e.startTime >= paintedAt && (!e.element || e.element.getRootNode() !== document))) {
      onLoad(() => setTimeout(once, 1000));
      return;
    }
    onLoad(once);
    watch('paint', (e) => e.name === 'first-contentful-paint');
  }
  function fetchWasm() {
    load().then((MgWidget) => {
      for (const el of guides) el.takeOver(MgWidget);
    }, (e) => {
      // The module could not load (an old browser, a blocked or broken
      // file): say so where the guide would be instead of a dead screen.
      console.error(`${NAME}: could not start`, e);
      for (const el of guides) el.failed();
      for (const el of document.querySelectorAll(NAME)) if (!guides.has(el) && !el.shadowRoot) el.textContent = FAILED;
    });
  }
  const defined = customElements.get(NAME);
  if (!defined) {
    customElements.define(NAME, MicroneedlingGuide);
  } else if (!defined[OURS]) {
    console.error(`${NAME}: another script already defined <${NAME}>, so this guide cannot start. Remove that script, or load only microneedling-guide.js for this element.`);
  }
})();
