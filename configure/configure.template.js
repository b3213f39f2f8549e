// The configurator (configure.html). Every check it shows comes from the
// widget's own code through the wasm exports in src/element/staff.rs, so it
// accepts exactly what <microneedling-guide> accepts. Generated into dist/ by
// scripts/make-shim.mjs, which names the hashed wasm-bindgen glue below: the
// configurator's own build of the guide (the `staff` feature), which
// configure-guide.js, the guide's shim, starts; visitors' builds lack these
// exports.
import { mgAccent, mgCheckAttribute, mgCheckWording, mgLoadLanguage, mgWordingKeys } from './__GLUE__';

// The shim (configure-guide.js) starts the module. It defines the
// element at once, to paint its prerendered first screen, and the exports
// work once the wasm has taken over: the preview's guide then says
// `mg-ready`, and the shim marks `mg-interactive` (a buffered observer also
// sees a mark made before this line; a test's fake clock hides marks).
await new Promise((ok) => {
  document.getElementById('cf-widget').addEventListener('mg-ready', ok, { once: true });
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('mg-interactive').length) {
      observer.disconnect();
      ok();
    }
  }).observe({ type: 'mark', buffered: true });
});

const $ = (id) => document.getElementById(id);
const form = $('cf-form');
const widget = $('cf-widget');
const fields = [...form.querySelectorAll('[name]')];
const byName = Object.fromEntries(fields.map((f) => [f.name, f]));

// A field for every attribute the element reads (url-config belongs to the
// standalone page only): a new attribute without a field fails the tests.
// The shim's element observes the core's table of them (examples/prerender.rs).
for (const name of customElements.get('microneedling-guide').observedAttributes) {
  if (name !== 'url-config' && !byName[name]) console.error(`configure: no field for the ${name} attribute`);
}

/** The value of a field as the attribute would carry it, or null for none. */
function raw(field) {
  if (field.type === 'checkbox') return field.checked ? '' : null;
  const v = field.value.trim();
  return v === '' ? null : v;
}

/** The widget's verdict on one value: { ok, message }. */
function check(name, value) {
  return JSON.parse(mgCheckAttribute(name, value));
}

/** The attributes the widget will use as [name, value], in form order. */
function accepted() {
  const out = [];
  for (const field of fields) {
    const value = raw(field);
    if (value !== null && check(field.name, value).ok) out.push([field.name, value]);
  }
  return out;
}

function showProblem(field, message) {
  const id = `e-${field.id}`;
  let note = document.getElementById(id);
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
  if (!message) {
    note?.remove();
    field.removeAttribute('aria-invalid');
    if (described.length) field.setAttribute('aria-describedby', described.join(' '));
    else field.removeAttribute('aria-describedby');
    return;
  }
  if (!note) {
    note = document.createElement('p');
    note.id = id;
    note.className = 'cf-error';
    field.closest('.cf-field').append(note);
  }
  note.textContent = message;
  field.setAttribute('aria-invalid', 'true');
  field.setAttribute('aria-describedby', [id, ...described].join(' '));
}

function validate(field) {
  const value = raw(field);
  const verdict = value === null ? { ok: true } : check(field.name, value);
  const instead = verdict.default === 'none' ? 'leaves it out' : `uses ${verdict.default}`;
  showProblem(field, verdict.ok ? '' : `The guide cannot use this, so it ${instead}. It accepts ${verdict.accepted}.`);
}

function showAccent() {
  const value = raw(byName.accent);
  const report = value === null ? null : mgAccent(value);
  const info = report ? JSON.parse(report) : JSON.parse(mgAccent('#2b6a6e'));
  const swatch = $('cf-swatch');
  swatch.style.backgroundColor = info.accent;
  swatch.style.color = info.onAccent;
  $('cf-ink').style.color = info.accentInk;
  const verdict = info.passes ? 'Contrast passes' : 'Contrast fails';
  $('cf-contrast-text').textContent = `${verdict}: button text ${info.onAccent} on ${info.accent} is ${info.onAccentRatio}:1, ` +
    `link text ${info.accentInk} on white is ${info.inkRatio}:1 (at least ${info.minimum}:1 needed). The guide picks these colours for you.`;
  if (report && /^#[0-9a-f]{6}$/i.test(info.accent)) $('f-accent-picker').value = info.accent;
}

/** Applies the accepted attributes to the preview, live. */
function preview() {
  const want = new Map(accepted());
  for (const field of fields) {
    const name = field.name;
    if (want.has(name)) {
      if (widget.getAttribute(name) !== want.get(name)) widget.setAttribute(name, want.get(name));
    } else if (widget.hasAttribute(name)) {
      widget.removeAttribute(name);
    }
  }
}

// ---- snippets ----

const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Shortcode values cannot hold quotes or square brackets; the plugin decodes these.
const short = (s) => html(s).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

function base() {
  const given = $('f-base').value.trim();
  let url;
  try { url = new URL(given || './', location.href); } catch { url = new URL('./', location.href); }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

function query(pairs) {
  const q = new URLSearchParams();
  for (const [k, v] of pairs) q.set(k, v);
  return q.toString();
}

function snippets() {
  const attrs = accepted();
  const at = Object.fromEntries(attrs);
  const lines = attrs.map(([k, v]) => (v === '' ? `  ${k}` : `  ${k}="${html(v)}"`));
  $('s-html').value = `<script type="module" src="${html(base())}microneedling-guide.js"></script>\n\n` +
    `<microneedling-guide${lines.length ? '\n' + lines.join('\n') : ''}></microneedling-guide>`;
  const sc = attrs.map(([k, v]) => `${k.replace(/-/g, '_')}="${v === '' ? 'true' : short(v)}"`);
  $('s-shortcode').value = `[microneedling_guide${sc.length ? ' ' + sc.join(' ') : ''}]`;
  // The standalone page reads only these from its address (the rest would be
  // a clinic's own links, which a shared address must not set).
  const parent = $('f-parent').value.trim();
  const parentOk = parent !== '' && check('parent-origin', parent).ok;
  showProblem($('f-parent'), parent === '' || parentOk ? '' : 'The guide cannot use this. It needs your site\'s exact address, such as https://www.your-clinic.example, with nothing after it.');
  const frameQuery = query([['mode', 'embed'], ...['lang', 'start'].filter((k) => k in at).map((k) => [k, at[k]]),
    ...(parentOk ? [['parent-origin', parent]] : [])]);
  $('s-iframe').value = `<iframe src="${html(base())}index.html?${html(frameQuery)}"\n  title="Microneedling guide" data-microneedling-guide width="100%" height="900"></iframe>\n` +
    `<script src="${html(base())}frame-host.js" defer></script>`;
  const kiosk = query([['mode', 'kiosk'], ...['lang', 'start'].filter((k) => k in at).map((k) => [k, at[k]]),
    ...(at['idle-seconds'] ? [['idle', at['idle-seconds']]] : []),
    ...(at['countdown-seconds'] ? [['countdown', at['countdown-seconds']]] : []),
    // read-aloud matters only on a kiosk (other modes always offer "Listen"),
    // so it goes here and not in the iframe's embed address.
    ...('read-aloud' in at ? [['read-aloud', 'true']] : [])]);
  $('s-kiosk').value = `${base()}index.html?${kiosk}`;
}

function refresh(field) {
  if (field) validate(field);
  showAccent();
  preview();
  snippets();
}

// A kiosk counts only touches and keys on itself as someone being there, so
// in the preview its "Still there?" would take focus from a field being typed
// in. Work anywhere on this page counts as being there too.
for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel']) {
  document.addEventListener(type, (e) => {
    if (widget.getAttribute('mode') === 'kiosk' && !e.composedPath().includes(widget)) widget.dispatchEvent(new Event(type));
  }, { capture: true, passive: true });
}

form.addEventListener('input', (e) => refresh(e.target.name ? e.target : null));
form.addEventListener('change', (e) => refresh(e.target.name ? e.target : null));
form.addEventListener('submit', (e) => e.preventDefault());
$('f-accent-picker').addEventListener('input', (e) => {
  byName.accent.value = e.target.value;
  refresh(byName.accent);
});
for (const id of ['f-base', 'f-parent']) $(id).addEventListener('input', snippets);

for (const [id, phone] of [['w-phone', true], ['w-desktop', false]]) {
  $(id).addEventListener('click', () => {
    $('w-phone').setAttribute('aria-pressed', String(phone));
    $('w-desktop').setAttribute('aria-pressed', String(!phone));
    $('cf-stage').classList.toggle('cf-stage--phone', phone);
    $('cf-stage').classList.toggle('cf-stage--desktop', !phone);
  });
}

const copied = $('cf-copied');
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    const what = button.textContent.replace(/^Copy /, '');
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      // Without clipboard access (an older browser, a denied permission),
      // select the text so Ctrl+C copies it.
      area.focus();
      area.select();
      copied.textContent = `Press Ctrl+C (or Cmd+C) to copy ${what}: it is selected.`;
      return;
    }
    copied.textContent = `Copied ${what}.`;
  });
}

// ---- the clinic's wording ----

const SECTIONS = ['app', 'quiz', 'plan', 'diagram'];
const keysFor = {};
const edits = { en: new Map(), es: new Map() };

function keys(lang) {
  keysFor[lang] ??= JSON.parse(mgWordingKeys(lang) || '[]');
  return keysFor[lang];
}

/** The wording file: only the changed texts, nested by language and path. */
function wordingFile() {
  const file = {};
  for (const [lang, map] of Object.entries(edits)) {
    for (const [path, text] of map) {
      let node = (file[lang] ??= {});
      const parts = path.split('.');
      for (const p of parts.slice(0, -1)) node = (node[p] ??= {});
      node[parts.at(-1)] = text;
    }
  }
  return file;
}

function problems() {
  const file = JSON.stringify(wordingFile());
  const list = [];
  for (const lang of Object.keys(edits)) {
    if (edits[lang].size) list.push(...JSON.parse(mgCheckWording(lang, file)).filter((w) => w.includes(`${lang}.`)));
  }
  const box = $('w-problems');
  box.replaceChildren();
  if (list.length) {
    const p = document.createElement('p');
    p.textContent = 'The guide will skip these changes and keep its own text:';
    const ul = document.createElement('ul');
    for (const w of list) {
      const li = document.createElement('li');
      li.textContent = w.replace(/^microneedling-guide: clinic content:? ?/, '');
      ul.append(li);
    }
    box.append(p, ul);
  }
  return list;
}

let shown = 0;
async function renderKeys() {
  const lang = $('w-lang').value;
  // Only English ships in the widget's first load; another language's text
  // is fetched once (the wasm warns in the console if it cannot be).
  if (!(lang in keysFor) && !(await mgLoadLanguage(lang))) {
    $('w-keys').replaceChildren(Object.assign(document.createElement('p'), { textContent: `The ${lang} texts could not load. Reload the page to try again.` }));
    return;
  }
  if ($('w-lang').value !== lang) return;
  const section = $('w-section').value;
  const needle = $('w-filter').value.trim().toLowerCase();
  const list = keys(lang).filter((k) => k.path.startsWith(`${section}.`) &&
    (!needle || k.path.toLowerCase().includes(needle) || k.text.toLowerCase().includes(needle) ||
      (edits[lang].get(k.path) ?? '').toLowerCase().includes(needle)));
  const box = $('w-keys');
  box.replaceChildren();
  let locked = 0;
  list.forEach((k, i) => {
    const item = document.createElement('div');
    item.className = 'cf-key';
    const name = k.path.slice(section.length + 1);
    if (k.editable) {
      const label = document.createElement('label');
      label.htmlFor = `k-${shown}-${i}`;
      label.textContent = name;
      const area = document.createElement('textarea');
      area.id = label.htmlFor;
      area.lang = lang;
      area.rows = Math.min(6, Math.max(1, Math.ceil(k.text.length / 60)));
      area.value = edits[lang].get(k.path) ?? k.text;
      area.dataset.path = k.path;
      area.addEventListener('input', () => {
        if (area.value === k.text) edits[lang].delete(k.path);
        else edits[lang].set(k.path, area.value);
        item.classList.toggle('cf-key--changed', edits[lang].has(k.path));
        problems();
      });
      item.classList.toggle('cf-key--changed', edits[lang].has(k.path));
      item.append(label, area);
    } else {
      locked += 1;
      item.classList.add('cf-key--locked');
      const label = document.createElement('p');
      label.className = 'cf-key__name';
      label.textContent = `${name} `;
      const badge = document.createElement('span');
      badge.className = 'cf-badge';
      badge.textContent = 'Locked: safety text';
      label.append(badge);
      const text = document.createElement('p');
      text.className = 'cf-key__text';
      text.lang = lang;
      text.textContent = k.text;
      item.append(label, text);
    }
    box.append(item);
  });
  shown += 1;
  $('w-count').textContent = `${list.length} texts shown, ${list.length - locked} you can change, ${locked} locked.`;
}

for (const id of ['w-lang', 'w-section']) $(id).addEventListener('change', renderKeys);
$('w-filter').addEventListener('input', renderKeys);
$('w-reset').addEventListener('click', () => {
  edits.en.clear();
  edits.es.clear();
  renderKeys();
  problems();
});
$('w-download').addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(wordingFile(), null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'clinic-text.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

if (!SECTIONS.every((s) => keys('en').some((k) => k.path.startsWith(`${s}.`)))) {
  console.error('configure: the widget listed no texts for a part of the guide');
}
byName.mode.value = 'embed';
$('f-base').placeholder = base();
renderKeys();
refresh(null);
$('cf-loading').remove();
document.documentElement.dataset.ready = '';
