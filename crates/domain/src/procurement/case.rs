//! Procurement: what is bought and the information it handles, the criticality tier that
//! follows by a rule shown with its reasoning, the case's status, organisation numbers.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Low,
    Medium,
    High,
    Critical,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Low, Tier::Medium, Tier::High, Tier::Critical];
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Low => "low",
            Tier::Medium => "medium",
            Tier::High => "high",
            Tier::Critical => "critical",
        }
    }
    pub fn parse(s: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.as_str() == s)
    }
    fn from_level(level: u8) -> Tier {
        match level {
            0 | 1 => Tier::Low,
            2 => Tier::Medium,
            3 => Tier::High,
            _ => Tier::Critical,
        }
    }
    fn raise(self) -> Tier {
        match self {
            Tier::Low => Tier::Medium,
            Tier::Medium => Tier::High,
            _ => Tier::Critical,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseKind {
    /// Software as a service.
    Saas,
    /// Hosting by the supplier.
    SupplierHosting,
    /// Software installed on the municipality's own systems.
    OnPremises,
    /// Operation and maintenance.
    OperationMaintenance,
    Consultancy,
}

impl PurchaseKind {
    pub const ALL: [PurchaseKind; 5] = [
        PurchaseKind::Saas,
        PurchaseKind::SupplierHosting,
        PurchaseKind::OnPremises,
        PurchaseKind::OperationMaintenance,
        PurchaseKind::Consultancy,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            PurchaseKind::Saas => "saas",
            PurchaseKind::SupplierHosting => "supplier_hosting",
            PurchaseKind::OnPremises => "on_premises",
            PurchaseKind::OperationMaintenance => "operation_maintenance",
            PurchaseKind::Consultancy => "consultancy",
        }
    }
    pub fn parse(s: &str) -> Option<PurchaseKind> {
        PurchaseKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// The supplier holds or runs the municipality's data.
    pub fn supplier_holds_data(self) -> bool {
        matches!(self, PurchaseKind::Saas | PurchaseKind::SupplierHosting | PurchaseKind::OperationMaintenance)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataLocation {
    /// In Norway or Sweden.
    Domestic,
    /// Elsewhere in the EEA.
    Eea,
    /// Outside the EEA (stored or processed).
    OutsideEea,
}

impl DataLocation {
    pub const ALL: [DataLocation; 3] = [DataLocation::Domestic, DataLocation::Eea, DataLocation::OutsideEea];
    pub fn as_str(self) -> &'static str {
        match self {
            DataLocation::Domestic => "domestic",
            DataLocation::Eea => "eea",
            DataLocation::OutsideEea => "outside_eea",
        }
    }
    pub fn parse(s: &str) -> Option<DataLocation> {
        DataLocation::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What the purchase is and what information it handles. Levels are 1–4:
/// 1 low, 2 moderate, 3 high, 4 very high (the meaning of each is shown in the UI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    pub kind: PurchaseKind,
    pub confidentiality: u8,
    pub integrity: u8,
    pub availability: u8,
    pub traceability: u8,
    pub personal_data: bool,
    pub special_categories: bool,
    pub data_subjects: u64,
    pub location: DataLocation,
    pub users: u64,
    pub internet_exposed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassificationProblem {
    LevelOutOfRange(&'static str),
    SpecialWithoutPersonal,
}

impl Classification {
    pub fn check(&self) -> Result<(), ClassificationProblem> {
        for (name, v) in [
            ("confidentiality", self.confidentiality),
            ("integrity", self.integrity),
            ("availability", self.availability),
            ("traceability", self.traceability),
        ] {
            if !(1..=4).contains(&v) {
                return Err(ClassificationProblem::LevelOutOfRange(name));
            }
        }
        if self.special_categories && !self.personal_data {
            return Err(ClassificationProblem::SpecialWithoutPersonal);
        }
        Ok(())
    }
}

/// One step of the reasoning: a message key and the tier it led to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub key: &'static str,
    pub tier: Tier,
}

/// The tier and how it was reached, step by step.
pub fn tier(c: &Classification) -> (Tier, Vec<Reason>) {
    let mut reasons = vec![];
    let highest = c.confidentiality.max(c.integrity).max(c.availability).max(c.traceability);
    let mut t = Tier::from_level(highest);
    reasons.push(Reason { key: "tier-reason-highest-level", tier: t });
    let at_least = |t: &mut Tier, floor: Tier, key: &'static str, reasons: &mut Vec<Reason>| {
        if *t < floor {
            *t = floor;
            reasons.push(Reason { key, tier: floor });
        }
    };
    if c.personal_data && c.data_subjects > 10_000 {
        at_least(&mut t, Tier::High, "tier-reason-many-subjects", &mut reasons);
    }
    if c.special_categories {
        at_least(&mut t, Tier::High, "tier-reason-special-categories", &mut reasons);
        if c.data_subjects > 10_000 {
            at_least(&mut t, Tier::Critical, "tier-reason-special-many", &mut reasons);
        }
    }
    if c.kind.supplier_holds_data() && c.internet_exposed && c.confidentiality.max(c.integrity) >= 3 {
        at_least(&mut t, Tier::High, "tier-reason-exposed-supplier", &mut reasons);
    }
    if c.users > 10_000 && c.availability >= 3 {
        at_least(&mut t, Tier::High, "tier-reason-many-users", &mut reasons);
    }
    if c.personal_data && c.location == DataLocation::OutsideEea && c.kind != PurchaseKind::OnPremises {
        let raised = t.raise();
        if raised != t {
            t = raised;
            reasons.push(Reason { key: "tier-reason-outside-eea", tier: t });
        }
    }
    (t, reasons)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Published,
    Evaluation,
    Awarded,
    Closed,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 6] =
        [Status::Draft, Status::Published, Status::Evaluation, Status::Awarded, Status::Closed, Status::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Published => "published",
            Status::Evaluation => "evaluation",
            Status::Awarded => "awarded",
            Status::Closed => "closed",
            Status::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// Called by the store when it reads a row: a status this version does not know is an error
    /// naming it, never a guess.
    pub fn from_stored(s: &str) -> Result<Status, String> {
        Status::parse(s).ok_or_else(|| format!("unknown case status {s:?}"))
    }
    /// draft → published → evaluation → awarded → closed; any open case can be cancelled.
    pub fn can_move_to(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Draft, Published)
                | (Published, Evaluation)
                | (Evaluation, Awarded)
                | (Awarded, Closed)
                | (Draft | Published | Evaluation, Cancelled)
        )
    }
    pub fn next(self) -> Vec<Status> {
        Status::ALL.into_iter().filter(|s| self.can_move_to(*s)).collect()
    }
    /// The classification can change only before the tender is out.
    pub fn classification_editable(self) -> bool {
        self == Status::Draft
    }
    /// The requirement set may change while a draft, or during a correction of a published tender.
    pub fn set_editable(self, correction_open: bool) -> bool {
        self == Status::Draft || (self == Status::Published && correction_open)
    }
    /// The deadline may be set or moved until bids are opened.
    pub fn deadline_editable(self) -> bool {
        matches!(self, Status::Draft | Status::Published)
    }
    /// Bidders are invited to a published tender.
    pub fn can_invite(self) -> bool {
        self == Status::Published
    }
    /// A correction is opened on a published tender, one at a time.
    pub fn can_open_correction(self, correction_open: bool) -> bool {
        self == Status::Published && !correction_open
    }
    /// Bids are evaluated from the opening on, and the evaluation stays readable after.
    pub fn evaluation_open(self) -> bool {
        matches!(self, Status::Evaluation | Status::Awarded | Status::Closed)
    }
}

/// The steps of a case as the buyer works through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Classify,
    Tier,
    Set,
    Publish,
    Bidders,
    Evaluation,
    Award,
}

impl Step {
    pub const ALL: [Step; 7] =
        [Step::Classify, Step::Tier, Step::Set, Step::Publish, Step::Bidders, Step::Evaluation, Step::Award];
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Classify => "classify",
            Step::Tier => "tier",
            Step::Set => "set",
            Step::Publish => "publish",
            Step::Bidders => "bidders",
            Step::Evaluation => "evaluation",
            Step::Award => "award",
        }
    }
}

/// Where the case stands in the workflow; None once closed or cancelled (nothing is left to do).
pub fn current_step(status: Status, set_empty: bool, opened: bool, signed: bool) -> Option<Step> {
    match status {
        Status::Draft if set_empty => Some(Step::Set),
        Status::Draft => Some(Step::Publish),
        Status::Published if opened => Some(Step::Evaluation),
        Status::Published => Some(Step::Bidders),
        Status::Evaluation if signed => Some(Step::Award),
        Status::Evaluation => Some(Step::Evaluation),
        Status::Awarded => Some(Step::Award),
        Status::Closed | Status::Cancelled => None,
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for Status {
    type Error = String;
    fn try_from(s: String) -> Result<Status, String> {
        Status::from_stored(&s)
    }
}

#[cfg(test)]
mod lifecycle_tests {
    use super::Status::{self, *};
    use super::{Step, current_step};

    #[test]
    fn the_step_follows_the_case() {
        assert_eq!(current_step(Draft, true, false, false), Some(Step::Set));
        assert_eq!(current_step(Draft, false, false, false), Some(Step::Publish));
        assert_eq!(current_step(Published, false, false, false), Some(Step::Bidders));
        assert_eq!(current_step(Published, false, true, false), Some(Step::Evaluation), "opened at the deadline");
        assert_eq!(current_step(Evaluation, false, true, false), Some(Step::Evaluation));
        assert_eq!(current_step(Evaluation, false, true, true), Some(Step::Award), "signed: the award is next");
        assert_eq!(current_step(Closed, false, true, true), None);
    }

    #[test]
    fn what_may_change_in_each_status() {
        let set = |s: Status, c| s.set_editable(c);
        assert!(set(Draft, false) && !set(Published, false) && set(Published, true) && !set(Evaluation, true));
        assert!(Draft.deadline_editable() && Published.deadline_editable() && !Evaluation.deadline_editable());
        assert!(Published.can_invite() && !Draft.can_invite() && !Evaluation.can_invite());
        assert!(Published.can_open_correction(false) && !Published.can_open_correction(true));
        assert!(!Published.evaluation_open() && Evaluation.evaluation_open() && Closed.evaluation_open());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn base() -> Classification {
        Classification {
            kind: PurchaseKind::Consultancy,
            confidentiality: 1,
            integrity: 1,
            availability: 1,
            traceability: 1,
            personal_data: false,
            special_categories: false,
            data_subjects: 0,
            location: DataLocation::Domestic,
            users: 10,
            internet_exposed: false,
        }
    }

    #[test]
    fn the_rule_with_its_reasons() {
        assert_eq!(tier(&base()).0, Tier::Low);
        let school = Classification {
            kind: PurchaseKind::Saas,
            confidentiality: 3,
            integrity: 2,
            availability: 2,
            traceability: 2,
            personal_data: true,
            special_categories: false,
            data_subjects: 12_000,
            internet_exposed: true,
            users: 5_000,
            ..base()
        };
        let (t, r) = tier(&school);
        assert_eq!(t, Tier::High);
        assert_eq!(r[0].key, "tier-reason-highest-level");
        let health = Classification { special_categories: true, data_subjects: 50_000, ..school.clone() };
        let (t, r) = tier(&health);
        assert_eq!(t, Tier::Critical);
        assert!(r.iter().any(|x| x.key == "tier-reason-special-many"));
        let abroad = Classification {
            location: DataLocation::OutsideEea,
            confidentiality: 2,
            data_subjects: 100,
            internet_exposed: false,
            ..school
        };
        let (t, r) = tier(&abroad);
        assert_eq!(t, Tier::High, "medium raised one step for personal data outside the EEA");
        assert_eq!(r.last().unwrap().key, "tier-reason-outside-eea");
    }

    #[test]
    fn statuses_move_forward_or_to_cancelled() {
        assert!(Status::Draft.can_move_to(Status::Published));
        assert!(!Status::Draft.can_move_to(Status::Awarded));
        assert!(!Status::Closed.can_move_to(Status::Cancelled));
        assert!(!Status::Awarded.can_move_to(Status::Draft));
        assert_eq!(Status::Evaluation.next(), vec![Status::Awarded, Status::Cancelled]);
    }

    proptest! {
        /// Raising any level or adding a risk never lowers the tier.
        #[test]
        fn the_tier_is_monotone(c in 1u8..=4, i in 1u8..=4, a in 1u8..=4, t in 1u8..=4, subjects in 0u64..100_000, outside in any::<bool>(), up in 0usize..4) {
            let x = Classification { confidentiality: c, integrity: i, availability: a, traceability: t, personal_data: true, data_subjects: subjects,
                location: if outside { DataLocation::OutsideEea } else { DataLocation::Domestic }, kind: PurchaseKind::Saas, ..base() };
            let mut y = x.clone();
            match up { 0 => y.confidentiality = (c + 1).min(4), 1 => y.integrity = (i + 1).min(4), 2 => y.special_categories = true, _ => y.data_subjects = subjects + 20_000 }
            prop_assert!(tier(&y).0 >= tier(&x).0);
        }
    }
}
