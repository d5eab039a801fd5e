//! What a scan produces: observations (what was seen, with evidence), findings (checks that
//! failed, each on one asset), and the words for categories, severities and asset values.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Tls,
    Web,
    Mail,
    Dns,
    Exposure,
    Software,
}

impl Category {
    pub const ALL: [Category; 6] =
        [Category::Tls, Category::Web, Category::Mail, Category::Dns, Category::Exposure, Category::Software];
    /// The category of a check, by its id's prefix (`web.hsts` is web).
    pub fn of_check(check: &str) -> Option<Category> {
        let prefix = check.split('.').next().unwrap_or(check);
        Category::ALL.into_iter().find(|c| c.as_str() == prefix)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Tls => "tls",
            Category::Web => "web",
            Category::Mail => "mail",
            Category::Dns => "dns",
            Category::Exposure => "exposure",
            Category::Software => "software",
        }
    }
    /// How much the category weighs in the overall score.
    pub fn weight(self) -> u32 {
        match self {
            Category::Tls | Category::Exposure => 3,
            Category::Web | Category::Mail => 2,
            Category::Dns | Category::Software => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// Points one finding of this severity takes from its asset's 100.
    pub fn points(self) -> u32 {
        match self {
            Severity::Info => 0,
            Severity::Low => 5,
            Severity::Medium => 15,
            Severity::High => 30,
            Severity::Critical => 60,
        }
    }
}

/// How much an asset matters: a login page or a mail server more than a parked domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssetValue {
    Low,
    Normal,
    High,
}

impl AssetValue {
    pub fn weight(self) -> u32 {
        match self {
            AssetValue::Low => 1,
            AssetValue::Normal => 2,
            AssetValue::High => 4,
        }
    }
}

/// One thing scanned: a host name or address, with a port where it is a service.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Asset {
    /// e.g. `www.example.no:443`, `example.no` (for DNS and mail), `192.0.2.7:6379`.
    pub name: String,
    pub value: AssetValue,
}

/// How a check ended for one asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Pass,
    /// The failing condition was seen: this is a finding.
    Fail,
    /// No answer in time, or an answer that decides nothing: never counted as a failure.
    Inconclusive,
    /// The check does not apply to this asset (no mail server, no HTTPS port).
    NotApplicable,
}

/// What a check saw, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub check: String,
    pub asset: Asset,
    pub outcome: Outcome,
    /// What was seen, in a sentence a supplier can verify.
    pub detail: String,
    /// The raw evidence: a header line, a certificate field, a DNS record, a banner.
    pub evidence: String,
    /// Evidence from a banner is disputable (back-ported fixes keep old version strings).
    #[serde(default)]
    pub from_banner: bool,
}

/// A confirmed failed check on one asset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub check: String,
    pub category: Category,
    pub severity: Severity,
    pub asset: Asset,
    pub detail: String,
    pub evidence: String,
    #[serde(default)]
    pub from_banner: bool,
}

/// One check: its id (the category is its prefix) and how bad a failure is.
pub struct Check {
    pub id: &'static str,
    pub severity: Severity,
}

/// Records what checks saw: every result an observation, every failure also a finding.
pub fn record(
    out: &mut (Vec<Observation>, Vec<Finding>),
    asset: &Asset,
    check: &Check,
    outcome: Outcome,
    detail: String,
    evidence: String,
) {
    if outcome == Outcome::Fail {
        out.1.push(Finding {
            check: check.id.into(),
            category: Category::of_check(check.id).unwrap_or(Category::Exposure),
            severity: check.severity,
            asset: asset.clone(),
            detail: detail.clone(),
            evidence: evidence.clone(),
            from_banner: false,
        });
    }
    out.0.push(Observation {
        check: check.id.into(),
        asset: asset.clone(),
        outcome,
        detail,
        evidence,
        from_banner: false,
    });
}
