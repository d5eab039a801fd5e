//! Bokmål, svenska and English through Fluent. The `.ftl` files live in `locales/<lang>/`,
//! one per area, and are embedded; a test fails when any locale lacks a key another one has.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Nb,
    Sv,
    En,
}

/// One Fluent file per area per language, `locales/<lang>/<area>.ftl`; a language's bundle
/// holds all of its files.
pub const FILES: [(Locale, &str, &str); 15] = [
    (Locale::Nb, "platform", include_str!("../../../../locales/nb/platform.ftl")),
    (Locale::Nb, "identity", include_str!("../../../../locales/nb/identity.ftl")),
    (Locale::Nb, "catalogue", include_str!("../../../../locales/nb/catalogue.ftl")),
    (Locale::Nb, "procurement", include_str!("../../../../locales/nb/procurement.ftl")),
    (Locale::Nb, "suppliers", include_str!("../../../../locales/nb/suppliers.ftl")),
    (Locale::Sv, "platform", include_str!("../../../../locales/sv/platform.ftl")),
    (Locale::Sv, "identity", include_str!("../../../../locales/sv/identity.ftl")),
    (Locale::Sv, "catalogue", include_str!("../../../../locales/sv/catalogue.ftl")),
    (Locale::Sv, "procurement", include_str!("../../../../locales/sv/procurement.ftl")),
    (Locale::Sv, "suppliers", include_str!("../../../../locales/sv/suppliers.ftl")),
    (Locale::En, "platform", include_str!("../../../../locales/en/platform.ftl")),
    (Locale::En, "identity", include_str!("../../../../locales/en/identity.ftl")),
    (Locale::En, "catalogue", include_str!("../../../../locales/en/catalogue.ftl")),
    (Locale::En, "procurement", include_str!("../../../../locales/en/procurement.ftl")),
    (Locale::En, "suppliers", include_str!("../../../../locales/en/suppliers.ftl")),
];

/// Each language with its files joined: what the key checks read.
pub fn sources() -> Vec<(Locale, String)> {
    Locale::ALL
        .iter()
        .map(|&loc| {
            let text = FILES.iter().filter(|(l, _, _)| *l == loc).map(|(_, _, s)| *s).collect::<Vec<_>>().join("\n");
            (loc, text)
        })
        .collect()
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Nb, Locale::Sv, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Nb => "nb",
            Locale::Sv => "sv",
            Locale::En => "en",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Nb => "Norsk bokmål",
            Locale::Sv => "Svenska",
            Locale::En => "English",
        }
    }

    pub fn parse(s: &str) -> Option<Locale> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nn" | "nb-no" => Some(Locale::Nb),
            "sv" | "sv-se" | "sv-fi" => Some(Locale::Sv),
            "en" | "en-gb" | "en-us" => Some(Locale::En),
            _ => None,
        }
    }

    /// First supported language in an `Accept-Language` header, else bokmål.
    pub fn from_accept_language(h: &str) -> Locale {
        h.split(',')
            .filter_map(|part| {
                let tag = part.split(';').next()?.trim();
                Locale::parse(tag).or_else(|| Locale::parse(tag.split('-').next()?))
            })
            .next()
            .unwrap_or(Locale::Nb)
    }

    fn index(self) -> usize {
        match self {
            Locale::Nb => 0,
            Locale::Sv => 1,
            Locale::En => 2,
        }
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static B: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    B.get_or_init(|| {
        Locale::ALL.map(|loc| {
            let lang: unic_langid::LanguageIdentifier = loc.code().parse().unwrap_or_default();
            let mut b = FluentBundle::new_concurrent(vec![lang]);
            b.set_use_isolating(false);
            for (_, _, src) in FILES.iter().filter(|(l, _, _)| *l == loc) {
                // The files are ours and checked by tests; a parse error would be a build defect.
                let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = b.add_resource(res);
            }
            b
        })
    })
}

/// The message for `key`, or the key itself when missing (tests keep that from happening).
pub fn t(loc: Locale, key: &str) -> String {
    t_args(loc, key, &[])
}

pub fn t_args(loc: Locale, key: &str, args: &[(&str, String)]) -> String {
    let b = &bundles()[loc.index()];
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        // Whole numbers go in as numbers, so messages can choose plural forms.
        match v.parse::<i64>() {
            Ok(n) => fa.set(*k, FluentValue::from(n)),
            Err(_) => fa.set(*k, FluentValue::from(v.clone())),
        }
    }
    let mut errs = vec![];
    b.format_pattern(pattern, if args.is_empty() { None } else { Some(&fa) }, &mut errs).into_owned()
}

/// The label of an audit action as stored (`case.create`); a form without a label (from a
/// later version) shows as stored.
pub fn audit_action_label(loc: Locale, stored: &str) -> String {
    let key = tillit_domain::platform::audit_action::label_key(stored);
    let label = t(loc, &key);
    if label == key { stored.to_string() } else { label }
}

/// A number with `places` decimals as people write it: "84,0" in Norwegian and Swedish,
/// "84.0" in English.
pub fn decimal(loc: Locale, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    match loc {
        Locale::Nb | Locale::Sv => s.replace('.', ","),
        Locale::En => s,
    }
}

/// Every message id in one locale's source.
pub fn keys(src: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| {
            let (id, _) = l.split_once('=')?;
            let id = id.trim();
            (!l.starts_with(' ')
                && !l.starts_with('#')
                && !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_locale_has_every_key_and_parses() {
        let sources = sources();
        let all: BTreeSet<String> = sources.iter().flat_map(|(_, s)| keys(s)).collect();
        assert!(all.len() > 50, "{} keys", all.len());
        for (loc, area, src) in FILES {
            if let Err((_, errs)) = FluentResource::try_new(src.to_string()) {
                panic!("{}/{area}.ftl does not parse: {errs:?}", loc.code());
            }
        }
        for (loc, src) in &sources {
            let have: BTreeSet<String> = keys(src).into_iter().collect();
            let missing: Vec<_> = all.difference(&have).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", loc.code());
        }
    }

    #[test]
    fn each_key_lives_in_one_area_file_the_same_in_every_language() {
        let mut home: std::collections::BTreeMap<String, &str> = Default::default();
        for (loc, area, src) in FILES.iter().filter(|(l, _, _)| *l == Locale::En) {
            for k in keys(src) {
                assert!(home.insert(k.clone(), area).is_none(), "{k} is in two {} files", loc.code());
            }
        }
        for (loc, area, src) in FILES {
            for k in keys(src) {
                assert_eq!(home.get(&k), Some(&area), "{}/{area}.ftl has {k}, English keeps it elsewhere", loc.code());
            }
        }
    }

    #[test]
    fn every_audit_action_has_a_label_in_every_language() {
        use tillit_domain::platform::audit_action::AuditAction;
        for loc in Locale::ALL {
            for a in AuditAction::ALL {
                assert_ne!(audit_action_label(loc, a.as_str()), a.as_str(), "{} lacks {}", loc.code(), a.label_key());
            }
        }
        assert_eq!(audit_action_label(Locale::Nb, "case.create"), "Anskaffelse opprettet");
        assert_eq!(audit_action_label(Locale::En, "from.the_future"), "from.the_future");
    }

    #[test]
    fn accept_language_picks_a_supported_locale() {
        assert_eq!(Locale::from_accept_language("sv-SE,sv;q=0.9,en;q=0.8"), Locale::Sv);
        assert_eq!(Locale::from_accept_language("de-DE,en-GB;q=0.5"), Locale::En);
        assert_eq!(Locale::from_accept_language("fr"), Locale::Nb);
        assert_eq!(t(Locale::Sv, "nav-audit"), "Granskningslogg");
    }

    #[test]
    fn counts_choose_plural_forms() {
        assert_eq!(t_args(Locale::Nb, "home-sessions", &[("count", "1".into())]), "Logget inn på én enhet.");
        assert_eq!(t_args(Locale::Nb, "home-sessions", &[("count", "3".into())]), "Logget inn på 3 enheter.");
        assert_eq!(t_args(Locale::Sv, "home-sessions", &[("count", "1".into())]), "Inloggad på en enhet.");
        assert_eq!(
            t_args(Locale::En, "audit-chain-ok", &[("count", "7".into())]),
            "The log's hash chain is intact (7 entries)."
        );
    }
}
