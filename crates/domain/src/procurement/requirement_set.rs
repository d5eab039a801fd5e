//! Which requirements a procurement's requirement set proposes at each criticality tier,
//! whether each is a must requirement (skal-krav) or an award criterion (bør-krav), and
//! award weights that sum to exactly 100 %.

use crate::procurement::Tier;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Principal,
    Basic,
    Additional,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Principal, Level::Basic, Level::Additional];
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Principal => "principal",
            Level::Basic => "basic",
            Level::Additional => "additional",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }
    /// The lowest tier at which requirements of this level are asked.
    pub fn from_tier(self) -> Tier {
        match self {
            Level::Principal => Tier::Low,
            Level::Basic => Tier::Medium,
            Level::Additional => Tier::High,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Skal-krav: failing it rejects the bid.
    Must,
    /// Bør-krav: scored 0–10 × weight.
    Award,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Must => "must",
            Kind::Award => "award",
        }
    }
    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::Must, Kind::Award].into_iter().find(|k| k.as_str() == s)
    }
}

/// A must requirement carries no weight; an award criterion's weight is whole percent 1–100.
pub fn normalise_weight(kind: Kind, weight: u32) -> Result<u32, WeightProblem> {
    match kind {
        Kind::Must => Ok(0),
        Kind::Award if (1..=100).contains(&weight) => Ok(weight),
        Kind::Award => Err(WeightProblem::OutOfRange),
    }
}

/// Whether a requirement of `level` is asked at `tier`, and as what.
pub fn proposed_kind(level: Level, tier: Tier) -> Option<Kind> {
    if tier < level.from_tier() {
        return None;
    }
    Some(match (level, tier) {
        (Level::Additional, Tier::Critical) => Kind::Must,
        (Level::Additional, _) => Kind::Award,
        _ => Kind::Must,
    })
}

/// `n` whole-percent weights summing to exactly 100 (the first ones get the remainder).
pub fn split_weights(n: usize) -> Vec<u32> {
    if n == 0 {
        return vec![];
    }
    let base = 100 / n as u32;
    let rest = 100 - base * n as u32;
    (0..n as u32).map(|i| base + u32::from(i < rest)).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightProblem {
    /// Award criteria exist, but their weights do not sum to 100.
    NotHundred(u32),
    /// A weight of zero or above 100.
    OutOfRange,
}

pub fn check_weights(weights: &[u32]) -> Result<(), WeightProblem> {
    if weights.iter().any(|w| *w == 0 || *w > 100) {
        return Err(WeightProblem::OutOfRange);
    }
    let sum: u32 = weights.iter().sum();
    if !weights.is_empty() && sum != 100 {
        return Err(WeightProblem::NotHundred(sum));
    }
    Ok(())
}

/// Why a requirement set cannot go out with the tender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetProblem {
    /// A tender without requirements asks nothing of the supplier's security.
    Empty,
    Weights(WeightProblem),
}

/// A set can be published when it asks something and its award weights sum to 100.
pub fn ready_to_publish(kinds_and_weights: &[(Kind, u32)]) -> Result<(), SetProblem> {
    if kinds_and_weights.is_empty() {
        return Err(SetProblem::Empty);
    }
    let awards: Vec<u32> = kinds_and_weights.iter().filter(|(k, _)| *k == Kind::Award).map(|(_, w)| *w).collect();
    check_weights(&awards).map_err(SetProblem::Weights)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposed {
    /// The requirement, as the caller named it (reference or id).
    pub reference: String,
    pub kind: Kind,
    /// Percent, for award criteria; 0 for must requirements.
    pub weight: u32,
}

/// The proposed set for a tier from requirements with their levels (in catalogue order).
pub fn propose(tier: Tier, items: &[(String, Level)]) -> Vec<Proposed> {
    let mut set: Vec<Proposed> = items
        .iter()
        .filter_map(|(r, l)| proposed_kind(*l, tier).map(|kind| Proposed { reference: r.clone(), kind, weight: 0 }))
        .collect();
    spread_weights(&mut set);
    set
}

/// Gives the award criteria of a whole set (perhaps drawn from several catalogues) equal
/// weights summing to exactly 100, and must requirements none.
pub fn spread_weights(set: &mut [Proposed]) {
    let awards = set.iter().filter(|p| p.kind == Kind::Award).count();
    let mut weights = split_weights(awards).into_iter();
    for p in set.iter_mut() {
        p.weight = if p.kind == Kind::Award { weights.next().unwrap_or(0) } else { 0 };
    }
}

/// The level in force: the organisation's own choice ("none" leaves the requirement out),
/// else the shipped default.
pub fn effective_level(default: Option<Level>, own: Option<&str>) -> Option<Level> {
    match own {
        Some("none") => None,
        Some(l) => Level::parse(l).or(default),
        None => default,
    }
}

/// The default levels of the built-in catalogues: catalogue key → requirement → level.
pub fn default_levels() -> Result<BTreeMap<String, BTreeMap<String, Level>>, String> {
    #[derive(Deserialize)]
    struct Lists {
        principal: Vec<String>,
        basic: Vec<String>,
        additional: Vec<String>,
    }
    let raw: BTreeMap<String, Lists> = toml::from_str(include_str!("../../../../content/requirement-levels.toml"))
        .map_err(|e| format!("requirement-levels.toml: {e}"))?;
    let mut out = BTreeMap::new();
    for (key, lists) in raw {
        let mut m = BTreeMap::new();
        for (level, refs) in
            [(Level::Principal, lists.principal), (Level::Basic, lists.basic), (Level::Additional, lists.additional)]
        {
            for r in refs {
                if m.insert(r.clone(), level).is_some() {
                    return Err(format!("requirement-levels.toml: {key} {r} has two levels"));
                }
            }
        }
        out.insert(key, m);
    }
    Ok(out)
}

/// Where a tier's proposal comes from: an organisation's own catalogues and its own country's
/// built-in catalogue, unless it chose the catalogues itself. A Norwegian municipality is
/// never proposed Swedish conditions unless it asks for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalSources {
    pub country: Option<crate::procurement::bid::Country>,
    /// The catalogues chosen; None for the default.
    pub chosen: Option<Vec<String>>,
}

impl ProposalSources {
    /// From the stored forms (`no`/`se`/'', and a comma-separated list or none).
    pub fn from_stored(country: &str, chosen: Option<&str>) -> ProposalSources {
        ProposalSources {
            country: crate::procurement::bid::Country::parse(country),
            chosen: chosen.map(|c| c.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()),
        }
    }

    /// Whether a catalogue's requirements are proposed: `builtin` for tillit's own seed
    /// catalogues, `language` the catalogue's (nb is Norwegian, sv Swedish).
    pub fn includes(&self, catalogue_id: &str, builtin: bool, language: &str) -> bool {
        use crate::procurement::bid::Country;
        if let Some(c) = &self.chosen {
            return c.iter().any(|x| x == catalogue_id);
        }
        if !builtin {
            return true;
        }
        let country = match language {
            "nb" | "nn" => Some(Country::No),
            "sv" => Some(Country::Se),
            _ => None,
        };
        match self.country {
            Some(own) => country == Some(own),
            // No country stated: every built-in catalogue, as before countries were known.
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_norwegian_municipality_is_proposed_norwegian_requirements_unless_it_asks() {
        let no = ProposalSources::from_stored("no", None);
        assert!(no.includes("builtin:sikkerhetskrav-anskaffelser", true, "nb"));
        assert!(!no.includes("builtin:villkor-trygghetslarm-2019", true, "sv"));
        assert!(no.includes("own-1", false, "sv"), "its own catalogues, whatever their language");
        let se = ProposalSources::from_stored("se", None);
        assert!(se.includes("builtin:villkor-trygghetslarm-2019", true, "sv"));
        assert!(!se.includes("builtin:sikkerhetskrav-anskaffelser", true, "nb"));
        let both = ProposalSources::from_stored("no", Some("builtin:villkor-trygghetslarm-2019, own-1"));
        assert!(both.includes("builtin:villkor-trygghetslarm-2019", true, "sv"), "asked for");
        assert!(!both.includes("builtin:sikkerhetskrav-anskaffelser", true, "nb"), "not chosen");
        assert!(!both.includes("own-2", false, "nb"));
    }
    use crate::catalogue::Content;
    use proptest::prelude::*;

    #[test]
    fn every_built_in_requirement_has_exactly_one_level() {
        let levels = default_levels().unwrap();
        let content = Content::builtin().unwrap();
        for cat in &content.catalogues {
            let m = levels.get(&cat.key).unwrap_or_else(|| panic!("no levels for {}", cat.key));
            for r in &cat.requirements {
                assert!(m.contains_key(&r.id), "{} {} has no level", cat.key, r.id);
            }
            assert_eq!(m.len(), cat.requirements.len(), "{}: levels for requirements that do not exist", cat.key);
        }
    }

    #[test]
    fn higher_tiers_ask_more() {
        let levels = default_levels().unwrap();
        let items: Vec<(String, Level)> =
            levels["sikkerhetskrav-anskaffelser"].iter().map(|(r, l)| (r.clone(), *l)).collect();
        let counts: Vec<usize> = Tier::ALL.iter().map(|t| propose(*t, &items).len()).collect();
        assert_eq!(counts, vec![9, 37, 46, 46]);
        let high = propose(Tier::High, &items);
        let awards: Vec<u32> = high.iter().filter(|p| p.kind == Kind::Award).map(|p| p.weight).collect();
        assert_eq!(awards.len(), 9);
        assert_eq!(check_weights(&awards), Ok(()));
        assert!(propose(Tier::Critical, &items).iter().all(|p| p.kind == Kind::Must));
    }

    #[test]
    fn weights_spread_over_a_set_from_two_catalogues_sum_to_100() {
        let a = |r: &str| (r.to_string(), Level::Additional);
        let mut set = propose(Tier::High, &[a("1.1"), a("1.2"), a("1.3")]);
        set.extend(propose(Tier::High, &[a("A1"), (String::from("A2"), Level::Principal)]));
        assert_eq!(set.iter().map(|p| p.weight).sum::<u32>(), 200, "each catalogue alone sums to 100");
        spread_weights(&mut set);
        assert_eq!(set.iter().map(|p| p.weight).collect::<Vec<_>>(), vec![25, 25, 25, 25, 0]);
    }

    #[test]
    fn only_a_set_that_asks_something_with_weights_of_100_is_published() {
        assert_eq!(ready_to_publish(&[]), Err(SetProblem::Empty));
        assert_eq!(ready_to_publish(&[(Kind::Must, 0)]), Ok(()));
        assert_eq!(ready_to_publish(&[(Kind::Must, 0), (Kind::Award, 60), (Kind::Award, 40)]), Ok(()));
        assert_eq!(
            ready_to_publish(&[(Kind::Award, 60), (Kind::Award, 30)]),
            Err(SetProblem::Weights(WeightProblem::NotHundred(90)))
        );
    }

    #[test]
    fn the_organisation_overrides_the_default_level() {
        assert_eq!(effective_level(Some(Level::Basic), None), Some(Level::Basic));
        assert_eq!(effective_level(Some(Level::Basic), Some("principal")), Some(Level::Principal));
        assert_eq!(effective_level(Some(Level::Basic), Some("none")), None);
        assert_eq!(effective_level(None, Some("additional")), Some(Level::Additional), "own requirements get levels");
        assert_eq!(effective_level(None, None), None);
    }

    #[test]
    fn must_requirements_carry_no_weight() {
        assert_eq!(normalise_weight(Kind::Must, 40), Ok(0));
        assert_eq!(normalise_weight(Kind::Award, 40), Ok(40));
        assert_eq!(normalise_weight(Kind::Award, 0), Err(WeightProblem::OutOfRange));
        assert_eq!(normalise_weight(Kind::Award, 101), Err(WeightProblem::OutOfRange));
        assert_eq!(Kind::parse("award"), Some(Kind::Award));
        assert_eq!(Kind::parse("skal"), None);
    }

    #[test]
    fn weights_must_sum_to_100() {
        assert_eq!(check_weights(&[50, 50]), Ok(()));
        assert_eq!(check_weights(&[50, 40]), Err(WeightProblem::NotHundred(90)));
        assert_eq!(check_weights(&[100, 0]), Err(WeightProblem::OutOfRange));
        assert_eq!(check_weights(&[]), Ok(()));
    }

    proptest! {
        #[test]
        fn split_weights_always_sums_to_100(n in 1usize..100) {
            let w = split_weights(n);
            prop_assert_eq!(w.len(), n);
            prop_assert_eq!(w.iter().sum::<u32>(), 100);
            prop_assert!(w.iter().max().unwrap() - w.iter().min().unwrap() <= 1);
        }
    }
}
