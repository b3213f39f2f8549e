//! Read aloud: the browser's speech synthesis, with on-device voices only.
//!
//! Only voices with `localService` are used, so the text (which may name
//! the visitor's health answers) is spoken by the device itself and never
//! sent to a speech server. [`Reading`] owns the utterances of one reading
//! and the highlight of the sentence being read; dropping it stops the
//! speech and removes the highlight, so a screen that goes away, a second
//! press or a kiosk reset can never leave the device talking.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The name of the highlight the widget's stylesheet paints
/// (`::highlight(mg-reading)`).
pub const HIGHLIGHT: &str = "mg-reading";

/// Elements whose text is not read: controls, hidden helpers, drawings,
/// and lines marked `data-mg-noread` (source numbers).
const SKIP: &str = "button, input, svg, style, [aria-hidden=\"true\"], .mg-sr, [data-mg-noread], [hidden]";

/// Elements that end a run of text: a sentence never spans two of them.
const BLOCKS: &str = "p, li, h1, h2, h3, h4, h5, h6, legend, dt, dd, summary, label, \
    .mg-option__label, .mg-option__hint, .mg-badge";

#[wasm_bindgen]
extern "C" {
    /// The CSS Custom Highlight API's `Highlight`, bound here because it
    /// paints a range without changing the DOM Yew owns.
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;

    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new(range: &web_sys::Range) -> Result<JsHighlight, JsValue>;
}

/// The browser's speech synthesis, if it has one.
fn synth() -> Option<SpeechSynthesis> {
    // The build-time prerender (native, issue 14) has no browser: no voice.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let window = web_sys::window()?;
    let s = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    s.is_object().then(|| s.unchecked_into())
}

/// The first on-device voice for the language `tag` (matched by primary
/// subtag, so `es` takes `es-MX`), if the device has one.
pub fn local_voice(tag: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    voices
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| v.local_service() && primary(&v.lang()).eq_ignore_ascii_case(tag))
}

/// Calls back when the device's voices change (they load after the page in
/// most browsers); the listener is removed when this guard is dropped.
pub struct VoicesListener {
    _listener: EventListener,
}

impl VoicesListener {
    /// Listens for `voiceschanged`; `None` without speech synthesis.
    pub fn new(on_change: impl Fn() + 'static) -> Option<Self> {
        let s = synth()?;
        let listener = EventListener::new(&s, "voiceschanged", move |_| on_change());
        Some(VoicesListener { _listener: listener })
    }
}

/// One sentence to speak and where its text sits in the DOM.
struct Sentence {
    text: String,
    start: (Node, u32),
    end: (Node, u32),
}

/// A text node's text and its length in UTF-16 units (DOM offsets).
struct Piece {
    node: Node,
    text: String,
}

/// Whether `el` (or an ancestor below `root`) hides its text from reading.
fn skipped(el: &Element) -> bool {
    el.matches(SKIP).unwrap_or(false)
}

/// The primary subtag of a language tag, such as `es` for `es-MX`.
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or("")
}

/// Collects the readable text nodes under `node`, grouped into runs that
/// belong to one block element. Text marked in another language than
/// `lang` (the sources, cited in English) is left out: the voice would
/// mispronounce it.
fn collect(node: &Node, root: &Element, lang: &str, runs: &mut Vec<(Option<Element>, Vec<Piece>)>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.node_type() == Node::TEXT_NODE {
            let text = child.text_content().unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let block = child
                .parent_element()
                .and_then(|p| p.closest(BLOCKS).ok().flatten())
                .filter(|b| root.contains(Some(b)));
            match runs.last_mut() {
                Some((b, pieces)) if *b == block => pieces.push(Piece { node: child, text }),
                _ => runs.push((block, vec![Piece { node: child, text }])),
            }
        } else if let Some(el) = child.dyn_ref::<Element>() {
            if skipped(el)
                || el
                    .get_attribute("lang")
                    .is_some_and(|l| !primary(&l).eq_ignore_ascii_case(lang))
            {
                continue;
            }
            // A closed disclosure shows only its summary; read what is shown.
            if el.tag_name().eq_ignore_ascii_case("details") && !el.has_attribute("open") {
                if let Ok(Some(summary)) = el.query_selector(":scope > summary") {
                    collect(&summary, root, lang, runs);
                }
                continue;
            }
            collect(&child, root, lang, runs);
        }
    }
}

/// Splits one run of text into sentences, keeping DOM positions.
fn sentences_of(pieces: &[Piece], out: &mut Vec<Sentence>) {
    // Each character with its node and UTF-16 offset inside that node.
    let mut chars: Vec<(char, usize, u32)> = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let mut off = 0u32;
        for c in p.text.chars() {
            chars.push((c, i, off));
            off += c.len_utf16() as u32;
        }
    }
    let mut start = 0usize;
    for i in 0..=chars.len() {
        let end_here = i == chars.len()
            || (matches!(chars[i].0, '.' | '?' | '!' | ':') && chars.get(i + 1).is_some_and(|n| n.0.is_whitespace()));
        if !end_here {
            continue;
        }
        let stop = if i == chars.len() { i } else { i + 1 };
        let part = &chars[start..stop];
        let first = part.iter().position(|c| !c.0.is_whitespace());
        let last = part.iter().rposition(|c| !c.0.is_whitespace());
        if let (Some(f), Some(l)) = (first, last) {
            let text: String = part[f..=l].iter().map(|c| c.0).collect();
            let (_, sn, so) = part[f];
            let (lc, ln, lo) = part[l];
            out.push(Sentence {
                text,
                start: (pieces[sn].node.clone(), so),
                end: (pieces[ln].node.clone(), lo + lc.len_utf16() as u32),
            });
        }
        start = stop;
    }
}

/// The sentences of `root`'s readable text, in reading order.
fn sentences(root: &Element, lang: &str) -> Vec<Sentence> {
    let mut runs = Vec::new();
    collect(root, root, lang, &mut runs);
    let mut out = Vec::new();
    for (_, pieces) in &runs {
        sentences_of(pieces, &mut out);
    }
    out
}

/// Paints `s` as the sentence being read; a browser without the highlight
/// API reads without it.
fn highlight(s: &Sentence) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(range) = doc.create_range() else { return };
    if range.set_start(&s.start.0, s.start.1).is_err() || range.set_end(&s.end.0, s.end.1).is_err() {
        return;
    }
    let Ok(h) = JsHighlight::new(&range) else { return };
    if let Some(registry) = registry() {
        call(&registry, "set", &[JsValue::from_str(HIGHLIGHT), h.into()]);
    }
}

/// Removes the reading highlight.
fn clear_highlight() {
    if let Some(registry) = registry() {
        call(&registry, "delete", &[JsValue::from_str(HIGHLIGHT)]);
    }
}

/// `CSS.highlights`, if the browser has it.
fn registry() -> Option<JsValue> {
    let window = web_sys::window()?;
    let css = js_sys::Reflect::get(&window, &JsValue::from_str("CSS")).ok()?;
    let r = js_sys::Reflect::get(&css, &JsValue::from_str("highlights")).ok()?;
    r.is_object().then_some(r)
}

/// Calls a method on a JS object, ignoring failures (a missing highlight
/// only costs the visual cue; the text is still read).
fn call(target: &JsValue, method: &str, args: &[JsValue]) {
    let Ok(f) = js_sys::Reflect::get(target, &JsValue::from_str(method)) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    let list: js_sys::Array = args.iter().collect();
    let _ = f.apply(target, &list);
}

/// One reading in progress; dropping it stops the speech.
pub struct Reading {
    synth: SpeechSynthesis,
    utterances: Vec<SpeechSynthesisUtterance>,
    _handlers: Vec<Closure<dyn FnMut()>>,
}

impl Reading {
    /// Reads `root`'s visible text aloud, sentence by sentence, with
    /// `voice`, highlighting each sentence as it is read. `on_done` runs
    /// (later, never inside a speech callback) when the last sentence ends
    /// or the speech fails. `None` when there is nothing to read or no
    /// speech synthesis.
    pub fn start(root: &Element, voice: &SpeechSynthesisVoice, on_done: impl Fn() + 'static) -> Option<Reading> {
        let synth = synth()?;
        let list = sentences(root, primary(&voice.lang()));
        if list.is_empty() {
            return None;
        }
        // Anything another reading left queued goes first.
        synth.cancel();
        let on_done = Rc::new(on_done);
        let last = list.len() - 1;
        let mut utterances = Vec::new();
        let mut handlers = Vec::new();
        for (i, s) in list.into_iter().enumerate() {
            let Ok(u) = SpeechSynthesisUtterance::new_with_text(&s.text) else {
                continue;
            };
            u.set_voice(Some(voice));
            u.set_lang(&voice.lang());
            let on_start = Closure::<dyn FnMut()>::new(move || highlight(&s));
            u.set_onstart(Some(on_start.as_ref().unchecked_ref()));
            handlers.push(on_start);
            let done = on_done.clone();
            let finish = Closure::<dyn FnMut()>::new(move || {
                let done = done.clone();
                // After the callback returns: `on_done` may drop this reading.
                wasm_bindgen_futures::spawn_local(async move { done() });
            });
            // Every sentence's error ends the reading; only the last one's end does.
            u.set_onerror(Some(finish.as_ref().unchecked_ref()));
            if i == last {
                u.set_onend(Some(finish.as_ref().unchecked_ref()));
            }
            handlers.push(finish);
            synth.speak(&u);
            utterances.push(u);
        }
        Some(Reading {
            synth,
            utterances,
            _handlers: handlers,
        })
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        // Detach the handlers first: cancelling fires end and error events,
        // and the closures they point to are about to be freed.
        for u in &self.utterances {
            u.set_onstart(None);
            u.set_onend(None);
            u.set_onerror(None);
        }
        self.synth.cancel();
        clear_highlight();
    }
}
