//! The score: a pure, versioned function from what was checked and what failed to 0–100
//! and a grade A–F, per category and overall. Every lost point traces to one finding on one
//! asset (the breakdown is part of the result). Critical findings cap the grade, so many
//! clean assets cannot hide them. Written down in docs/scoring.md.

use crate::model::{Asset, Category, Finding, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Stored with every score, so history can be re-scored when the model changes and a model
/// change never looks like a supplier getting worse.
pub const MODEL_VERSION: &str = "tillit-score/2026-12";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
    E,
    F,
}

impl Grade {
    pub fn of(score: f64) -> Grade {
        match score {
            s if s >= 90.0 => Grade::A,
            s if s >= 80.0 => Grade::B,
            s if s >= 70.0 => Grade::C,
            s if s >= 60.0 => Grade::D,
            s if s >= 50.0 => Grade::E,
            _ => Grade::F,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::E => "E",
            Grade::F => "F",
        }
    }
}

/// The best grade a category (or the whole) can have with a critical finding in it.
pub const CRITICAL_CAP: Grade = Grade::D;

/// Points one finding cost: of its asset's 100, of its category's score, of the overall score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LostPoints {
    pub check: String,
    pub asset: String,
    pub category: Category,
    pub severity: Severity,
    pub of_asset: f64,
    pub of_category: f64,
    pub of_overall: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryScore {
    pub category: Category,
    pub score: f64,
    pub grade: Grade,
    /// The grade was capped by a critical finding.
    pub capped: bool,
    pub assets: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub model: &'static str,
    pub overall: f64,
    pub grade: Grade,
    pub capped: bool,
    /// Only categories with at least one checked asset.
    pub categories: Vec<CategoryScore>,
    /// Every lost point, largest first.
    pub lost: Vec<LostPoints>,
}

/// `checked`: each (category, asset) that some check passed or failed on (inconclusive and
/// not-applicable results are left out by the caller). `findings`: the confirmed failures.
/// A finding on an asset that was not listed as checked is counted as checked there too.
pub fn score(checked: &[(Category, Asset)], findings: &[Finding]) -> Score {
    let mut assets: BTreeMap<Category, BTreeMap<String, u32>> = BTreeMap::new();
    for (c, a) in checked {
        assets.entry(*c).or_default().insert(a.name.clone(), a.value.weight());
    }
    for f in findings {
        assets.entry(f.category).or_default().insert(f.asset.name.clone(), f.asset.value.weight());
    }
    let category_weights: u32 = assets.keys().map(|c| c.weight()).sum();
    let mut lost = vec![];
    let mut categories = vec![];
    for (category, members) in &assets {
        let total_weight: u32 = members.values().sum();
        let mut sum = 0.0;
        for (name, weight) in members {
            // Worst first, so the breakdown names the findings that took the points.
            let mut here: Vec<&Finding> =
                findings.iter().filter(|f| f.category == *category && f.asset.name == *name).collect();
            here.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.check.cmp(&b.check)));
            let mut remaining = 100u32;
            for f in here {
                let taken = f.severity.points().min(remaining);
                remaining -= taken;
                if taken == 0 {
                    continue;
                }
                let of_category = f64::from(taken) * f64::from(*weight) / f64::from(total_weight);
                lost.push(LostPoints {
                    check: f.check.clone(),
                    asset: name.clone(),
                    category: *category,
                    severity: f.severity,
                    of_asset: f64::from(taken),
                    of_category,
                    of_overall: of_category * f64::from(category.weight()) / f64::from(category_weights),
                });
            }
            sum += f64::from(remaining) * f64::from(*weight);
        }
        let score = sum / f64::from(total_weight);
        let critical = findings.iter().any(|f| f.category == *category && f.severity == Severity::Critical);
        let (grade, capped) = cap(Grade::of(score), critical);
        categories.push(CategoryScore { category: *category, score, grade, capped, assets: members.len() });
    }
    let overall = if category_weights == 0 {
        100.0
    } else {
        categories.iter().map(|c| c.score * f64::from(c.category.weight())).sum::<f64>() / f64::from(category_weights)
    };
    let critical = findings.iter().any(|f| f.severity == Severity::Critical);
    let (grade, capped) = cap(Grade::of(overall), critical);
    lost.sort_by(|a, b| b.of_overall.total_cmp(&a.of_overall).then(a.check.cmp(&b.check)));
    Score { model: MODEL_VERSION, overall, grade, capped, categories, lost }
}

fn cap(grade: Grade, critical: bool) -> (Grade, bool) {
    if critical && grade < CRITICAL_CAP { (CRITICAL_CAP, true) } else { (grade, false) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AssetValue;
    use proptest::prelude::*;

    fn asset(name: &str, value: AssetValue) -> Asset {
        Asset { name: name.into(), value }
    }

    fn finding(check: &str, category: Category, severity: Severity, a: &Asset) -> Finding {
        Finding {
            check: check.into(),
            category,
            severity,
            asset: a.clone(),
            detail: String::new(),
            evidence: String::new(),
            from_banner: false,
        }
    }

    #[test]
    fn a_clean_scan_is_100_and_a() {
        let a = asset("www.example.test:443", AssetValue::High);
        let s = score(&[(Category::Tls, a.clone()), (Category::Web, a)], &[]);
        assert_eq!(s.overall, 100.0);
        assert_eq!(s.grade, Grade::A);
        assert!(s.lost.is_empty());
        assert_eq!(s.model, MODEL_VERSION);
    }

    #[test]
    fn every_lost_point_is_accounted_for_and_weighs_by_asset_value() {
        let login = asset("login.example.test:443", AssetValue::High);
        let parked = asset("parked.example.test:443", AssetValue::Low);
        let checked =
            vec![(Category::Web, login.clone()), (Category::Web, parked.clone()), (Category::Tls, login.clone())];
        let on_login = score(&checked, &[finding("web.hsts", Category::Web, Severity::Medium, &login)]);
        let on_parked = score(&checked, &[finding("web.hsts", Category::Web, Severity::Medium, &parked)]);
        assert!(on_login.overall < on_parked.overall, "the login page matters more");
        let sum: f64 = on_login.lost.iter().map(|l| l.of_overall).sum();
        assert!((100.0 - on_login.overall - sum).abs() < 1e-9);
        assert_eq!(on_login.lost[0].asset, "login.example.test:443");
        assert_eq!(on_login.lost[0].of_asset, 15.0);
    }

    #[test]
    fn a_critical_finding_caps_the_grade_however_many_clean_assets() {
        let bad = asset("10.0.0.1:6379", AssetValue::Low);
        let mut checked: Vec<(Category, Asset)> =
            (0..50).map(|i| (Category::Exposure, asset(&format!("h{i}:443"), AssetValue::High))).collect();
        checked.push((Category::Exposure, bad.clone()));
        let s = score(&checked, &[finding("exposure.redis-open", Category::Exposure, Severity::Critical, &bad)]);
        assert!(s.overall > 99.0, "the numbers alone would hide it: {}", s.overall);
        assert_eq!(s.grade, CRITICAL_CAP);
        assert!(s.capped);
        assert_eq!(s.categories[0].grade, CRITICAL_CAP);
    }

    #[test]
    fn an_asset_cannot_lose_more_than_its_100() {
        let a = asset("x:443", AssetValue::Normal);
        let fs: Vec<Finding> =
            (0..5).map(|i| finding(&format!("c{i}"), Category::Tls, Severity::Critical, &a)).collect();
        let s = score(&[(Category::Tls, a)], &fs);
        assert_eq!(s.categories[0].score, 0.0);
        assert_eq!(s.lost.iter().map(|l| l.of_asset).sum::<f64>(), 100.0);
        assert_eq!(s.lost.len(), 2, "60 + 40: the rest took nothing and are not listed as lost points");
    }

    fn arb_findings() -> impl Strategy<Value = Vec<(usize, usize, usize)>> {
        proptest::collection::vec((0usize..4, 0usize..6, 0usize..5), 0..25)
    }

    fn build(raw: &[(usize, usize, usize)]) -> (Vec<(Category, Asset)>, Vec<Finding>) {
        let values = [AssetValue::Low, AssetValue::Normal, AssetValue::High, AssetValue::Normal];
        let sev = [Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical];
        let assets: Vec<Asset> = (0..4).map(|i| asset(&format!("a{i}:443"), values[i])).collect();
        let checked = Category::ALL.iter().flat_map(|c| assets.iter().map(move |a| (*c, a.clone()))).collect();
        let findings = raw
            .iter()
            .enumerate()
            .map(|(n, (a, c, s))| finding(&format!("check{n}"), Category::ALL[*c], sev[*s], &assets[*a]))
            .collect();
        (checked, findings)
    }

    proptest! {
        #[test]
        fn fixing_a_finding_never_lowers_the_score(raw in arb_findings(), pick in 0usize..25) {
            let (checked, findings) = build(&raw);
            let before = score(&checked, &findings);
            if findings.is_empty() { return Ok(()); }
            let mut fixed = findings.clone();
            fixed.remove(pick % findings.len());
            let after = score(&checked, &fixed);
            prop_assert!(after.overall >= before.overall - 1e-9);
            prop_assert!(after.grade <= before.grade, "a better grade is a smaller letter");
            for (a, b) in after.categories.iter().zip(&before.categories) {
                prop_assert!(a.score >= b.score - 1e-9);
            }
        }

        #[test]
        fn every_lost_point_traces_to_one_finding(raw in arb_findings()) {
            let (checked, findings) = build(&raw);
            let s = score(&checked, &findings);
            let sum: f64 = s.lost.iter().map(|l| l.of_overall).sum();
            prop_assert!((100.0 - s.overall - sum).abs() < 1e-6, "{} + {} != 100", s.overall, sum);
            for c in &s.categories {
                let lost: f64 = s.lost.iter().filter(|l| l.category == c.category).map(|l| l.of_category).sum();
                prop_assert!((100.0 - c.score - lost).abs() < 1e-6);
            }
            prop_assert!(s.lost.iter().all(|l| findings.iter().any(|f| f.check == l.check && f.asset.name == l.asset)));
        }
    }
}
