// <microneedling-guide>: the custom element that hosts the widget.
// Load it with one tag: <script type="module" src="PATH/microneedling-guide.js"></script>
// Every other file (the wasm module and its glue) resolves relative to this
// script's own URL, so the bundle works from a subfolder or another origin.
// Generated at build time by scripts/make-shim.mjs from embed/shim.template.js.
import init, { MgWidget } from './__GLUE__';

const ready = init({ module_or_path: new URL('./__WASM__', import.meta.url) });

class MicroneedlingGuide extends HTMLElement {
  #widget = null;

  connectedCallback() {
    ready.then(() => {
      // The element may have left the page while the module was loading.
      if (this.isConnected && !this.#widget) this.#widget = new MgWidget(this);
    }, (e) => console.error('microneedling-guide: could not start', e));
  }

  disconnectedCallback() {
    // Freeing drops the Rust side, which unmounts the app and all its timers.
    this.#widget?.free();
    this.#widget = null;
  }

  attributeChangedCallback() {
    this.#widget?.update();
  }
}

ready.then(() => {
  MicroneedlingGuide.observedAttributes = MgWidget.observedAttributes();
  if (!customElements.get('microneedling-guide')) {
    customElements.define('microneedling-guide', MicroneedlingGuide);
  }
}, (e) => {
  // The module could not load (an old browser, a blocked or broken file):
  // say so where the guide would be instead of leaving a blank space.
  console.error('microneedling-guide: could not start', e);
  for (const el of document.querySelectorAll('microneedling-guide')) {
    if (!el.shadowRoot) el.textContent = 'This guide could not load. Please reload the page.';
  }
});
