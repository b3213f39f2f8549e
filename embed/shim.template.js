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
(() => {
  const NAME = 'microneedling-guide';
  const FAILED = 'This guide could not load. Please reload the page.';
  const OURS = Symbol.for(NAME);

  const ready = import('./__GLUE__').then(async (glue) => {
    await glue.default();
    return glue.MgWidget;
  });

  // Frees a guide that is off the page once the current task is over. A
  // message, not a timer: a page that fakes its timers still frees guides.
  const later = (f) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); f(); };
    channel.port2.postMessage(null);
  };

  class MicroneedlingGuide extends HTMLElement {
    static [OURS] = true;
    #widget = null;
    #root = null;

    connectedCallback() {
      ready.then((MgWidget) => {
        // The element may have left the page while the module was loading.
        if (!this.isConnected || this.#widget) return;
        if (!this.#root) {
          try {
            // Closed: the host page's other scripts (analytics, session
            // replay, chat widgets) cannot read the visitor's answers.
            this.#root = this.attachShadow({ mode: 'closed' });
          } catch (e) {
            console.error(`${NAME}: this element already has a shadow root, attached by another script or a <template shadowrootmode>; remove it so the guide can show here.`, e);
            if (this.shadowRoot) this.shadowRoot.textContent = FAILED;
            return;
          }
        }
        try {
          this.#widget = new MgWidget(this, this.#root);
        } catch (e) {
          console.error(`${NAME}: could not start`, e);
          this.#root.textContent = FAILED;
        }
      }, () => {});
    }

    disconnectedCallback() {
      // A guide moved in the page (removed and added again in the same task)
      // keeps its visit; one that stays off the page is freed, with its timers.
      later(() => {
        if (!this.isConnected && this.#widget) {
          this.#widget.free();
          this.#widget = null;
        }
      });
    }

    attributeChangedCallback() {
      this.#widget?.update();
    }
  }

  ready.then((MgWidget) => {
    MicroneedlingGuide.observedAttributes = MgWidget.observedAttributes();
    const defined = customElements.get(NAME);
    if (!defined) {
      customElements.define(NAME, MicroneedlingGuide);
    } else if (!defined[OURS]) {
      console.error(`${NAME}: another script already defined <${NAME}>, so this guide cannot start. Remove that script, or load only microneedling-guide.js for this element.`);
    }
  }, (e) => {
    // The module could not load (an old browser, a blocked or broken file):
    // say so where the guide would be instead of leaving a blank space.
    console.error(`${NAME}: could not start`, e);
    for (const el of document.querySelectorAll(NAME)) {
      if (!el.shadowRoot) el.textContent = FAILED;
    }
  });
})();
