//! The requirement catalogue model and the built-in content: the two seed catalogues,
//! ISO/IEC 27002:2022 (ids, titles, attributes; never the control text) and the 2013→2022
//! correspondence. Parsing and validation only; the store loads it.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How a requirement relates to a control (NIST OLIR), read as "the requirement is
/// <relationship> of the control".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Equal,
    Subset,
    Superset,
    Intersect,
}

impl Relationship {
    pub const ALL: [Relationship; 4] =
        [Relationship::Equal, Relationship::Subset, Relationship::Superset, Relationship::Intersect];
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Equal => "equal",
            Relationship::Subset => "subset",
            Relationship::Superset => "superset",
            Relationship::Intersect => "intersect",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Where a mapping comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MappingOrigin {
    /// The source cites the 2013 clause this control corresponds to.
    Source,
    /// We propose it (the source cites nothing usable).
    Proposed,
    /// An organisation added it.
    Organisation,
}

impl MappingOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            MappingOrigin::Source => "source",
            MappingOrigin::Proposed => "proposed",
            MappingOrigin::Organisation => "organisation",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [MappingOrigin::Source, MappingOrigin::Proposed, MappingOrigin::Organisation]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Control2022 {
    pub id: String,
    pub title_en: String,
    pub title_nb: String,
    pub title_sv: String,
    pub theme: String,
    pub control_type: Vec<String>,
    pub properties: Vec<String>,
    pub concepts: Vec<String>,
    pub capabilities: Vec<String>,
    pub domains: Vec<String>,
    pub new_in_2022: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Control2013 {
    pub id: String,
    pub title_en: String,
    /// The 2022 controls it corresponds to (18.2.3 has two).
    pub to_2022: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct MappingDef {
    pub control: String,
    pub relationship: Relationship,
    pub origin: MappingOrigin,
    pub rationale: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct AreaDef {
    pub number: String,
    pub title: String,
    #[serde(default)]
    pub title_nb: Option<String>,
    #[serde(default)]
    pub title_en: Option<String>,
    #[serde(default)]
    pub purpose: Option<String>,
    /// For catalogues grouped by our own themes: which requirements belong here.
    #[serde(default)]
    pub members: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct RequirementDef {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub guidance: String,
    #[serde(default)]
    pub references: Vec<String>,
    pub mappings: Vec<MappingDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct CatalogueDef {
    pub key: String,
    pub title: String,
    #[serde(default)]
    pub subtitle: String,
    pub language: String,
    pub source: String,
    #[serde(rename = "area")]
    pub areas: Vec<AreaDef>,
    #[serde(rename = "requirement")]
    pub requirements: Vec<RequirementDef>,
}

impl CatalogueDef {
    /// The area a requirement belongs to: by membership list, else by its number's prefix.
    pub fn area_of(&self, req_id: &str) -> Option<&AreaDef> {
        self.areas.iter().find(|a| a.members.as_ref().is_some_and(|m| m.iter().any(|x| x == req_id))).or_else(|| {
            self.areas.iter().find(|a| a.members.is_none() && req_id.split('.').next() == Some(a.number.as_str()))
        })
    }
}

/// What a reference like "ISO 27002 12.1" says about ISO/IEC 27002:2013.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Citation {
    /// A 2013 clause or control ("12.1", "9.4.2").
    Clause2013(String),
    /// "ISO 27002 ??.?": the source did not know.
    Unknown,
    /// "ISO 27002" with no clause.
    Whole,
}

pub fn parse_citation(reference: &str) -> Option<Citation> {
    let rest = reference.trim().strip_prefix("ISO 27002")?.trim();
    if rest.is_empty() {
        return Some(Citation::Whole);
    }
    if rest.contains('?') {
        return Some(Citation::Unknown);
    }
    let ok = rest.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then(|| Citation::Clause2013(rest.to_string()))
}

/// Orders ids like "5.10" after "5.9" and "8.2" before "8.10".
pub fn sort_key(id: &str) -> i64 {
    id.split('.').take(3).fold(0i64, |acc, p| acc * 1000 + p.trim().parse::<i64>().unwrap_or(999))
        * 1000_i64.pow(3 - id.split('.').take(3).count() as u32)
}

pub struct Content {
    pub controls_2022: Vec<Control2022>,
    pub controls_2013: Vec<Control2013>,
    pub catalogues: Vec<CatalogueDef>,
}

const CONTROLS_2022: &str = include_str!("../../../../content/iso27002/controls-2022.tsv");
const TITLES_2022: &str = include_str!("../../../../content/iso27002/titles-2022.tsv");
const CORRESPONDENCE: &str = include_str!("../../../../content/iso27002/correspondence-2013-2022.tsv");
pub const CATALOGUE_SOURCES: [&str; 2] = [
    include_str!("../../../../content/catalogues/sikkerhetskrav-anskaffelser.toml"),
    include_str!("../../../../content/catalogues/villkor-trygghetslarm-2019.toml"),
];

/// A SHA-256 over every built-in content file: when it changes, the content is reloaded.
pub fn content_hash() -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for s in [CONTROLS_2022, TITLES_2022, CORRESPONDENCE].iter().chain(CATALOGUE_SOURCES.iter()) {
        h.update(s.as_bytes());
        h.update([0]);
    }
    hex::encode(h.finalize())
}

fn tsv(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

impl Content {
    /// The built-in content. Errors name the file and row; tests make sure there are none.
    pub fn builtin() -> Result<Content, String> {
        let titles: BTreeMap<&str, (&str, &str)> = tsv(TITLES_2022)
            .map(|c| (c[0], (c.get(1).copied().unwrap_or(""), c.get(2).copied().unwrap_or(""))))
            .collect();
        let mut controls_2022 = vec![];
        for (i, c) in tsv(CONTROLS_2022).enumerate() {
            if c.len() != 9 {
                return Err(format!("controls-2022.tsv row {}: expected 9 columns, found {}", i + 2, c.len()));
            }
            let (nb, sv) = titles.get(c[0]).ok_or(format!("titles-2022.tsv: no titles for {}", c[0]))?;
            controls_2022.push(Control2022 {
                id: c[0].into(),
                title_en: c[1].into(),
                title_nb: (*nb).into(),
                title_sv: (*sv).into(),
                theme: c[2].into(),
                control_type: words(c[3]),
                properties: words(c[4]),
                concepts: words(c[5]),
                capabilities: words(c[6]),
                domains: words(c[7]),
                new_in_2022: c[8].trim() == "yes",
            });
        }
        let mut by_2013: BTreeMap<String, Control2013> = BTreeMap::new();
        for (i, c) in tsv(CORRESPONDENCE).enumerate() {
            if c.len() != 3 {
                return Err(format!("correspondence-2013-2022.tsv row {}: expected 3 columns", i + 2));
            }
            let e = by_2013.entry(c[0].to_string()).or_insert_with(|| Control2013 {
                id: c[0].into(),
                title_en: c[1].into(),
                to_2022: vec![],
            });
            e.to_2022.push(c[2].to_string());
        }
        let mut controls_2013: Vec<Control2013> = by_2013.into_values().collect();
        controls_2013.sort_by_key(|c| sort_key(&c.id));
        let mut catalogues = vec![];
        for src in CATALOGUE_SOURCES {
            catalogues.push(toml::from_str::<CatalogueDef>(src).map_err(|e| format!("catalogue content: {e}"))?);
        }
        let content = Content { controls_2022, controls_2013, catalogues };
        content.validate()?;
        Ok(content)
    }

    /// The 2022 controls that the 2013 clause (e.g. "12.1" or "12.1.2") corresponds to.
    pub fn corresponding_2022(&self, clause_2013: &str) -> Vec<String> {
        let prefix = format!("{clause_2013}.");
        let mut out: BTreeSet<String> = BTreeSet::new();
        for c in &self.controls_2013 {
            if c.id == clause_2013 || c.id.starts_with(&prefix) {
                out.extend(c.to_2022.iter().cloned());
            }
        }
        let mut v: Vec<String> = out.into_iter().collect();
        v.sort_by_key(|id| sort_key(id));
        v
    }

    fn validate(&self) -> Result<(), String> {
        let ids: BTreeSet<&str> = self.controls_2022.iter().map(|c| c.id.as_str()).collect();
        if ids.len() != 93 {
            return Err(format!("ISO/IEC 27002:2022 has 93 controls, the content has {}", ids.len()));
        }
        for c in &self.controls_2013 {
            for t in &c.to_2022 {
                if !ids.contains(t.as_str()) {
                    return Err(format!("correspondence: {} points at unknown 2022 control {t}", c.id));
                }
            }
        }
        for cat in &self.catalogues {
            let mut seen = BTreeSet::new();
            for r in &cat.requirements {
                let at = format!("{} requirement {}", cat.key, r.id);
                if !seen.insert(r.id.as_str()) {
                    return Err(format!("{at}: duplicate id"));
                }
                if r.text.trim().is_empty() {
                    return Err(format!("{at}: empty text"));
                }
                if cat.area_of(&r.id).is_none() {
                    return Err(format!("{at}: belongs to no area"));
                }
                if r.mappings.is_empty() {
                    return Err(format!("{at}: no mapping to ISO/IEC 27002:2022"));
                }
                let cited: Vec<String> = r
                    .references
                    .iter()
                    .filter_map(|x| match parse_citation(x) {
                        Some(Citation::Clause2013(c)) => Some(c),
                        _ => None,
                    })
                    .collect();
                let from_source: BTreeSet<String> = cited.iter().flat_map(|c| self.corresponding_2022(c)).collect();
                for m in &r.mappings {
                    if !ids.contains(m.control.as_str()) {
                        return Err(format!("{at}: unknown control {}", m.control));
                    }
                    if m.rationale.trim().is_empty() {
                        return Err(format!("{at}: mapping to {} has no rationale", m.control));
                    }
                    let fits = from_source.contains(&m.control);
                    match m.origin {
                        MappingOrigin::Source if !fits => {
                            return Err(format!(
                                "{at}: mapping to {} is marked source, but the citation {cited:?} corresponds to {from_source:?}",
                                m.control
                            ));
                        }
                        MappingOrigin::Proposed if fits => {
                            return Err(format!(
                                "{at}: mapping to {} follows from the citation; mark it source",
                                m.control
                            ));
                        }
                        MappingOrigin::Organisation => {
                            return Err(format!("{at}: built-in content cannot be an organisation's"));
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_content_is_complete_and_consistent() {
        let c = Content::builtin().unwrap();
        assert_eq!(c.controls_2022.len(), 93);
        assert_eq!(c.controls_2022.iter().filter(|c| c.new_in_2022).count(), 11);
        assert_eq!(c.controls_2013.len(), 114);
        let nb = &c.catalogues[0];
        assert_eq!((nb.areas.len(), nb.requirements.len()), (14, 46));
        let sv = &c.catalogues[1];
        assert_eq!(sv.requirements.len(), 37);
        for r in nb.requirements.iter().chain(sv.requirements.iter()) {
            assert!(!r.mappings.is_empty(), "{} is mapped", r.id);
        }
        assert_eq!(c.controls_2022.iter().find(|x| x.id == "8.23").unwrap().title_en, "Web filtering");
    }

    #[test]
    fn citations_and_correspondence() {
        let c = Content::builtin().unwrap();
        assert_eq!(parse_citation("ISO 27002 12.1"), Some(Citation::Clause2013("12.1".into())));
        assert_eq!(parse_citation("ISO 27002 ??.?"), Some(Citation::Unknown));
        assert_eq!(parse_citation("ISO 27002"), Some(Citation::Whole));
        assert_eq!(parse_citation("ISO 27001"), None);
        assert_eq!(parse_citation("DBA 7.1"), None);
        assert_eq!(c.corresponding_2022("12.1"), ["5.37", "8.6", "8.31", "8.32"]);
        assert_eq!(c.corresponding_2022("18.2.3"), ["5.36", "8.8"]);
    }

    #[test]
    fn ids_sort_numerically() {
        let mut v = vec!["8.10", "8.2", "5.37", "10.1", "8.1", "14.3", "5.9"];
        v.sort_by_key(|s| sort_key(s));
        assert_eq!(v, ["5.9", "5.37", "8.1", "8.2", "8.10", "10.1", "14.3"]);
    }

    /// Every word of seed 000 is in the catalogue file and nothing else is: texts, guidance,
    /// references, area titles and purposes, word for word and in reading order.
    #[test]
    fn seed_000_word_for_word() {
        let Some(seed) = read_seed("000_3957ad40122a1d43.txt") else { return };
        let c = Content::builtin().unwrap();
        let cat = &c.catalogues[0];
        let mut expected: Vec<String> = words(&format!("{} {}", cat.title, cat.subtitle));
        for a in &cat.areas {
            expected.extend(words(&a.title));
            expected.extend(words("Formål med kravene:"));
            expected.extend(words(a.purpose.as_deref().unwrap_or("")));
            expected.extend(words("Veiledning til krav Referanse"));
        }
        for r in &cat.requirements {
            expected.push(r.id.clone());
            expected.extend(words(&r.text));
            expected.extend(words(&r.guidance));
            for x in &r.references {
                expected.extend(words(x));
            }
        }
        let count = |v: &[String]| {
            let mut m: BTreeMap<String, i64> = BTreeMap::new();
            for w in v {
                *m.entry(w.clone()).or_default() += 1;
            }
            m
        };
        let (have, want) = (count(&words(&seed)), count(&expected));
        let diff: Vec<_> = have
            .keys()
            .chain(want.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|w| have.get(*w) != want.get(*w))
            .map(|w| format!("{w:?}: seed {} file {}", have.get(w).unwrap_or(&0), want.get(w).unwrap_or(&0)))
            .collect();
        assert!(diff.is_empty(), "words differ: {diff:?}");
        // Reading order: each text's words appear in the seed in the same order.
        let seed_words = words(&seed);
        for r in &cat.requirements {
            let start = seed_words.iter().position(|w| w == &r.id).unwrap();
            for field in [&r.text, &r.guidance] {
                let mut at = start;
                for w in words(field) {
                    at = at
                        + seed_words[at..]
                            .iter()
                            .position(|x| *x == w)
                            .unwrap_or_else(|| panic!("{}: {w:?} out of order", r.id));
                }
            }
        }
    }

    #[test]
    fn seed_001_word_for_word() {
        let Some(seed) = read_seed("001_c4bbf215f6e37ef4.txt") else { return };
        let c = Content::builtin().unwrap();
        let cat = &c.catalogues[1];
        let flat = words(&seed).join(" ");
        for r in &cat.requirements {
            let needle = format!("{} {}", r.id, r.text);
            assert!(flat.contains(&needle), "condition {} is not word for word in the seed", r.id);
        }
        let total: usize = cat.requirements.iter().map(|r| words(&r.text).len() + 1).sum();
        let header =
            words("Bilaga 05 – Villkor för informationssäkerhet Trygghetslarm och larmmottagning 2019 Villkor").len();
        assert_eq!(total + header, words(&seed).len(), "no word of the seed is left out");
    }

    /// The seeds are kept in `testdata/seeds` (copies of the source documents), so a clone alone passes.
    fn read_seed(name: &str) -> Option<String> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/seeds").join(name);
        match std::fs::read_to_string(&p) {
            Ok(s) => Some(s),
            Err(e) => panic!("the seed {} is needed for this test: {e}", p.display()),
        }
    }
}
