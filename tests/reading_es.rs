//! Spanish stays easy to read too: the Fernández-Huerta score (the Spanish
//! adaptation of Flesch reading ease) over every Spanish text. English has its
//! Flesch-Kincaid grade in `languages.rs`; this is the Spanish counterpart.
//!
//! Fernández-Huerta: 206.84 - 0.60 P - 1.02 F, with P syllables per 100
//! words and F words per sentence (the form textstat uses, consistent with
//! Flesch: longer sentences score harder). The form with F as *sentences*
//! per 100 words, used here before, scored short sentences as harder and so
//! penalised plain style. About 80-90 reads as "easy" (about 6th grade),
//! 70-80 as "fairly easy", 60-70 as "normal" (7th-8th grade), under 60 as
//! "fairly hard". Each file is scored on its own and all together.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

/// Every string in the Spanish content files except citations.
fn spanish_texts() -> Vec<String> {
    ["app", "diagram", "quiz", "plan"]
        .iter()
        .flat_map(|f| spanish_texts_in(f))
        .collect()
}

/// Every string in one Spanish content file (`app`, `diagram`, ...) except citations.
fn spanish_texts_in(section: &str) -> Vec<String> {
    fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|i| walk(i, path, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    let p = format!("{path}.{k}");
                    // Source titles are citations, kept in English as published.
                    if p != "plan.sources" {
                        walk(v, &p, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let file = format!("{}/content/es/{section}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    walk(&value, section, &mut out);
    out
}

fn is_strong(c: char) -> bool {
    // Accented i and u break a diphthong (hiatus), so they count as strong.
    matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú')
}

fn is_vowel(c: char) -> bool {
    is_strong(c) || matches!(c, 'i' | 'u' | 'ü')
}

/// Spanish syllables by vowel nuclei: two strong vowels side by side are two
/// syllables (hiatus); a weak vowel joins its neighbour (diphthong). Silent
/// `u` in que/qui/gue/gui joins the next vowel, which counts the same.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if w.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut prev: Option<char> = None;
    for &c in &w {
        // Final y after a vowel ("hoy", "muy") is part of that vowel's syllable;
        // "y" alone is a word of one syllable.
        let vowel = is_vowel(c) || (c == 'y' && w.len() == 1);
        let starts_syllable = match prev {
            // Two strong vowels side by side: a hiatus, a new syllable.
            Some(p) => vowel && is_strong(c) && is_strong(p),
            None => vowel,
        };
        if starts_syllable {
            count += 1;
        }
        prev = if vowel { Some(c) } else { None };
    }
    count.max(1)
}

/// `(sentences, words, syllables)`; a label without a final stop is one sentence.
fn counts(text: &str) -> (usize, usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = 0;
    for (i, c) in chars.iter().enumerate() {
        if ".!?".contains(*c) && chars.get(i + 1).is_none_or(|n| n.is_whitespace()) {
            sentences += 1;
        }
    }
    if !text.trim_end().ends_with(['.', '!', '?']) {
        sentences += 1;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    (sentences, words.len(), words.iter().map(|w| syllables(w)).sum())
}

fn fernandez_huerta(keep: impl Fn(&str) -> bool) -> (f64, usize, usize, usize) {
    score(&spanish_texts(), keep)
}

fn score(texts: &[String], keep: impl Fn(&str) -> bool) -> (f64, usize, usize, usize) {
    let (mut s, mut w, mut y) = (0, 0, 0);
    for t in texts.iter().filter(|t| keep(t)) {
        let (a, b, c) = counts(t);
        s += a;
        w += b;
        y += c;
    }
    let p = 100.0 * y as f64 / w as f64;
    let f = w as f64 / s as f64;
    (206.84 - 0.60 * p - 1.02 * f, s, w, y)
}

#[test]
fn each_spanish_file_reads_fairly_easily() {
    for file in ["app", "quiz", "plan", "diagram"] {
        let texts = spanish_texts_in(file);
        let (all, ..) = score(&texts, |_| true);
        let (prose, s, w, y) = score(&texts, |t| t.trim_end().ends_with(['.', '!', '?']));
        println!("Spanish {file}.json: Fernández-Huerta {all:.1} all text, {prose:.1} sentences only ({s} sentences, {w} words, {y} syllables)");
        // The diagrams keep to the English diagram file's bar: "fairly
        // easy" (70) or better, about 6th grade.
        let floor = if file == "diagram" { 70.0 } else { 60.0 };
        assert!(
            all >= floor && prose >= floor,
            "{file}.json scores {all:.1} / {prose:.1}; simplify it to {floor} or above"
        );
    }
}

#[test]
fn syllable_counter_is_sensible() {
    for (word, n) in [
        ("piel", 1),
        ("cicatriz", 3),
        ("cicatrices", 4),
        ("día", 2),
        ("hoy", 1),
        ("y", 1),
        ("que", 1),
        ("aguja", 3),
        ("tratamiento", 4),
        ("reacción", 3),
        ("país", 2),
        ("profesional", 4),
        ("enrojecimiento", 6),
        ("leer", 2),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn spanish_reads_fairly_easily() {
    let (all, s, w, y) = fernandez_huerta(|_| true);
    println!("Spanish Fernández-Huerta, all text: {all:.1} ({s} sentences, {w} words, {y} syllables)");
    let (prose, s, w, y) = fernandez_huerta(|t| t.trim_end().ends_with(['.', '!', '?']));
    println!("Spanish Fernández-Huerta, sentences only: {prose:.1} ({s} sentences, {w} words, {y} syllables)");
    // 60 is the line between "normal" (7th-8th grade) and "fairly hard":
    // the same ceiling as English's grade 8.
    assert!(
        all >= 60.0 && prose >= 60.0,
        "Spanish scores {all:.1} / {prose:.1}; simplify it to 60 or above"
    );
}
