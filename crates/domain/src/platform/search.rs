//! Full-text search helpers: words, Snowball stems for bokmål, Swedish and English, a safe
//! query for SQLite FTS5 and PostgreSQL, and highlighting of matches in the original text.

use rust_stemmers::{Algorithm, Stemmer};

/// A catalogue's language as search understands it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Nb,
    Sv,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Lang {
        match code {
            "sv" => Lang::Sv,
            "en" => Lang::En,
            _ => Lang::Nb,
        }
    }

    /// PostgreSQL's text search configuration for the language.
    pub fn pg_config(self) -> &'static str {
        match self {
            Lang::Nb => "norwegian",
            Lang::Sv => "swedish",
            Lang::En => "english",
        }
    }

    fn stemmer(self) -> Stemmer {
        Stemmer::create(match self {
            Lang::Nb => Algorithm::Norwegian,
            Lang::Sv => Algorithm::Swedish,
            Lang::En => Algorithm::English,
        })
    }
}

/// Lowercased words: letters and digits only, so nothing in a query is syntax.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The stems of a text in its language, space-separated, for the search index.
pub fn stems(text: &str, lang: Lang) -> String {
    let s = lang.stemmer();
    words(text).iter().map(|w| s.stem(w).into_owned()).collect::<Vec<_>>().join(" ")
}

/// For each query word, its stems in all three languages (a query may be in any of them).
pub fn query_stems(query: &str) -> Vec<Vec<String>> {
    let stemmers = [Lang::Nb.stemmer(), Lang::Sv.stemmer(), Lang::En.stemmer()];
    words(query)
        .into_iter()
        .take(12)
        .map(|w| {
            let mut v: Vec<String> = stemmers.iter().map(|s| s.stem(&w).into_owned()).collect();
            v.push(w);
            v.sort();
            v.dedup();
            // Matched as prefixes, a stem makes every longer stem that starts with it redundant.
            let all = v.clone();
            v.retain(|x| !all.iter().any(|y| y != x && x.starts_with(y.as_str())));
            v
        })
        .collect()
}

/// An FTS5 query: every word must match, each by any of its stems as a prefix.
pub fn fts5_query(query: &str) -> Option<String> {
    let groups = query_stems(query);
    if groups.is_empty() {
        return None;
    }
    Some(
        groups
            .iter()
            .map(|g| format!("({})", g.iter().map(|s| format!("\"{s}\"*")).collect::<Vec<_>>().join(" OR ")))
            .collect::<Vec<_>>()
            .join(" AND "),
    )
}

/// A PostgreSQL tsquery: every word, as a prefix; the catalogue's configuration stems it.
pub fn ts_query(query: &str) -> Option<String> {
    let w = words(query);
    if w.is_empty() {
        return None;
    }
    Some(w.iter().take(12).map(|w| format!("{w}:*")).collect::<Vec<_>>().join(" & "))
}

/// The text cut into pieces, each marked when one of its words matches the query.
pub fn highlight(text: &str, query: &str, lang: Lang) -> Vec<(String, bool)> {
    let groups = query_stems(query);
    let s = lang.stemmer();
    let mut out: Vec<(String, bool)> = vec![];
    let mut push = |piece: &str, hit: bool| match out.last_mut() {
        Some((p, h)) if *h == hit => p.push_str(piece),
        _ => out.push((piece.to_string(), hit)),
    };
    let mut word = String::new();
    let flush = |word: &mut String, push: &mut dyn FnMut(&str, bool)| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            let stem = s.stem(&lower);
            let hit = groups.iter().flatten().any(|q| stem.starts_with(q.as_str()) || lower.starts_with(q.as_str()));
            push(word, hit);
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut push);
            let mut b = [0u8; 4];
            push(c.encode_utf8(&mut b), false);
        }
    }
    flush(&mut word, &mut push);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_forms_meet_in_one_stem() {
        let q = fts5_query("sikkerhetskopi").unwrap();
        assert!(q.starts_with('(') && q.contains("\"sikkerhetskopi\"*"), "{q}");
        let indexed = stems("Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.", Lang::Nb);
        let g = &query_stems("sikkerhetskopier")[0];
        assert!(indexed.split(' ').any(|w| g.iter().any(|s| w.starts_with(s.as_str()))), "{indexed} / {g:?}");
    }

    #[test]
    fn queries_carry_no_syntax() {
        // Only quoted words, OR, AND and parentheses: nothing from the user is syntax.
        let q = fts5_query("\"); DROP TABLE x; --").unwrap();
        let rest = q.replace(" OR ", " ").replace(" AND ", " ").replace(['(', ')', '*'], "");
        for token in rest.split_whitespace() {
            let inner = token.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap();
            assert!(inner.chars().all(char::is_alphanumeric), "{q}");
        }
        for q in [fts5_query("a\"b OR c*"), ts_query("a&b|!c:*")] {
            let q = q.unwrap();
            assert!(!q.contains('|') && !q.contains('!') && !q.contains("OR c*"), "{q}");
        }
        assert_eq!(fts5_query("  ,.;  "), None);
        assert_eq!(ts_query("Logging av tilgang"), Some("logging:* & av:* & tilgang:*".into()));
    }

    #[test]
    fn highlight_marks_inflected_forms() {
        let parts =
            highlight("Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.", "sikkerhetskopi", Lang::Nb);
        let marked: Vec<&str> = parts.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
        assert_eq!(marked, ["sikkerhetskopiering"]);
        let joined: String = parts.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(joined, "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.");
    }
}
