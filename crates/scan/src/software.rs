//! Outdated software: a banner naming a product line past its end of life, from the dated
//! table shipped with tillit (content/software-eol.toml). Banner evidence is disputable,
//! since back-ported fixes keep old version strings, and the finding says so.

use crate::model::{Asset, Category, Finding, Severity};
use serde::Deserialize;

pub const CHECK: &str = "software.end-of-life";

#[derive(Debug, Clone, Deserialize)]
pub struct Line {
    pub product: String,
    /// The banner text that names the line, e.g. `Apache/2.2.`.
    pub banner: String,
    /// ISO date.
    pub end_of_life: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Table {
    pub updated: String,
    #[serde(rename = "line")]
    pub lines: Vec<Line>,
}

pub fn table() -> Result<Table, String> {
    toml::from_str(include_str!("../../../content/software-eol.toml")).map_err(|e| format!("software-eol.toml: {e}"))
}

/// The product lines a banner names that ended before `today` (an ISO date).
pub fn judge<'a>(t: &'a Table, banner: &str, today: &str) -> Vec<&'a Line> {
    t.lines.iter().filter(|l| banner.contains(&l.banner) && l.end_of_life.as_str() < today).collect()
}

/// Findings for the `Server` and `X-Powered-By` banners of one web answer.
pub fn findings(t: &Table, banners: &[(&str, &str)], asset: &Asset, today: &str) -> Vec<Finding> {
    let mut out = vec![];
    for (header, value) in banners {
        for l in judge(t, value, today) {
            out.push(Finding {
                check: CHECK.into(),
                category: Category::Software,
                severity: Severity::Medium,
                asset: asset.clone(),
                detail: format!(
                    "{} ended {} (table of {}); a back-ported fix can keep an old banner",
                    l.product, l.end_of_life, t.updated
                ),
                evidence: format!("{header}: {value}"),
                from_banner: true,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_dates_decide() {
        let t = table().unwrap();
        assert!(t.lines.len() >= 10);
        assert!(t.lines.iter().all(|l| l.end_of_life.len() == 10 && l.end_of_life.as_bytes()[4] == b'-'));
        let hits = judge(&t, "Apache/2.2.15 (CentOS) OpenSSL/1.0.2k-fips PHP/7.4.33", "2026-12-01");
        let names: Vec<&str> = hits.iter().map(|l| l.product.as_str()).collect();
        assert_eq!(names, vec!["Apache httpd 2.2", "PHP 7.4", "OpenSSL 1.0.2"]);
        assert!(judge(&t, "nginx/1.26.2", "2026-12-01").is_empty());
        assert!(judge(&t, "PHP/8.1.2", "2025-06-01").is_empty(), "not yet past its end of life then");
        assert_eq!(judge(&t, "PHP/8.1.2", "2026-01-01").len(), 1);
    }
}
