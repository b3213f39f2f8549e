// A fake speech synthesis for the page: voices the test chooses, and a
// record of what was spoken, when, and how often speech was cancelled.
// Installed before the page loads (`open(..., { before: fakeSpeech(...) })`).

/**
 * `voices`: [{ name, lang, localService }]. Each utterance "speaks" for `ms`
 * real milliseconds: its start fires, it is recorded, then its end fires.
 */
export function fakeSpeech(voices, ms = 400) {
  return (page) => page.addInitScript(({ voices, ms }) => {
    const record = { spoken: [], cancels: 0, voices: voices.map((v) => ({ voiceURI: v.name, default: false, ...v })), ms, speaking: null };
    window.__speech = record;
    class FakeUtterance {
      constructor(text) { Object.assign(this, { text, lang: '', voice: null, onstart: null, onend: null, onerror: null }); }
    }
    const synth = new EventTarget();
    let queue = [];
    const next = () => {
      if (record.speaking || queue.length === 0) return;
      const u = queue.shift();
      record.speaking = u;
      setTimeout(() => {
        if (record.speaking !== u) return;
        record.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        u.onstart?.({});
        setTimeout(() => {
          if (record.speaking !== u) return;
          record.speaking = null;
          u.onend?.({});
          next();
        }, record.ms);
      }, 0);
    };
    synth.speak = (u) => { queue.push(u); next(); };
    synth.cancel = () => {
      record.cancels += 1;
      const dropped = [record.speaking, ...queue].filter(Boolean);
      queue = [];
      record.speaking = null;
      for (const u of dropped) u.onerror?.({ error: 'interrupted' });
    };
    synth.getVoices = () => record.voices;
    Object.defineProperty(synth, 'speaking', { get: () => !!record.speaking });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = FakeUtterance;
    /** Adds voices later, as browsers do once their voices load. */
    window.__addVoice = (v) => { record.voices.push({ voiceURI: v.name, default: false, ...v }); synth.dispatchEvent(new Event('voiceschanged')); };
  }, { voices, ms });
}

/** What the fake has spoken so far, and the text the reading highlight paints. */
export const speechState = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('mg-reading');
  return {
    spoken: window.__speech.spoken.map((s) => s.text),
    voices: window.__speech.spoken.map((s) => s.voice),
    cancels: window.__speech.cancels,
    speaking: window.__speech.speaking?.text ?? null,
    highlighted: h ? [...h].map((r) => r.toString()).join('') : null,
  };
});
