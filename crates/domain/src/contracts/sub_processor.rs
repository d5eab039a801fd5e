//! Sub-processors (underdatabehandlere / underbiträden) of a contract's data processing, as a
//! chain: a sub-processor's own sub-processors are the buyer's fourth parties. Where data goes
//! outside the EEA, the GDPR's chapter V needs a transfer basis; without one the transfer is
//! critical wherever the supplier is shown.

use crate::contracts::dpa::DpaTerms;
use crate::platform::local_time::offset_at;
use serde::{Deserialize, Serialize};

/// The EEA: the 27 EU member states, Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2).
pub const EEA: [&str; 30] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

pub fn in_eea(country: &str) -> bool {
    EEA.contains(&country)
}

/// The legal basis for a transfer outside the EEA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferBasis {
    /// An adequacy decision, Art. 45.
    Adequacy,
    /// Standard contractual clauses, Art. 46(2)(c).
    Scc,
    /// Binding corporate rules, Art. 47.
    Bcr,
    /// Another safeguard of Art. 46.
    OtherArt46,
    /// A derogation of Art. 49.
    Derogation,
    /// All processing inside the EEA.
    NoneNeeded,
}

impl TransferBasis {
    pub const ALL: [TransferBasis; 6] = [
        TransferBasis::Adequacy,
        TransferBasis::Scc,
        TransferBasis::Bcr,
        TransferBasis::OtherArt46,
        TransferBasis::Derogation,
        TransferBasis::NoneNeeded,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            TransferBasis::Adequacy => "adequacy",
            TransferBasis::Scc => "scc",
            TransferBasis::Bcr => "bcr",
            TransferBasis::OtherArt46 => "other_art46",
            TransferBasis::Derogation => "derogation",
            TransferBasis::NoneNeeded => "none_needed",
        }
    }
    pub fn parse(s: &str) -> Option<TransferBasis> {
        TransferBasis::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubProcessorStatus {
    /// Entered, not yet announced.
    Proposed,
    /// The supplier has announced it; the DPA's notice runs.
    Notified,
    /// The buyer may object until the window closes.
    ObjectionWindow,
    Approved,
    Objected,
    Removed,
}

impl SubProcessorStatus {
    pub const ALL: [SubProcessorStatus; 6] = [
        SubProcessorStatus::Proposed,
        SubProcessorStatus::Notified,
        SubProcessorStatus::ObjectionWindow,
        SubProcessorStatus::Approved,
        SubProcessorStatus::Objected,
        SubProcessorStatus::Removed,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SubProcessorStatus::Proposed => "proposed",
            SubProcessorStatus::Notified => "notified",
            SubProcessorStatus::ObjectionWindow => "objection_window",
            SubProcessorStatus::Approved => "approved",
            SubProcessorStatus::Objected => "objected",
            SubProcessorStatus::Removed => "removed",
        }
    }
    pub fn parse(s: &str) -> Option<SubProcessorStatus> {
        SubProcessorStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// The buyer decides while a change is pending; an approved one can later be removed.
    pub fn can_move_to(self, to: SubProcessorStatus) -> bool {
        use SubProcessorStatus::*;
        matches!(
            (self, to),
            (Proposed, Notified | Approved | Objected | Removed)
                | (Notified, ObjectionWindow | Approved | Objected)
                | (ObjectionWindow, Approved | Objected)
                | (Approved, Removed)
                | (Objected, Removed)
        )
    }
}

impl TryFrom<String> for TransferBasis {
    type Error = String;
    fn try_from(s: String) -> Result<TransferBasis, String> {
        TransferBasis::parse(&s).ok_or_else(|| format!("unknown transfer basis {s:?}"))
    }
}

impl TryFrom<String> for SubProcessorStatus {
    type Error = String;
    fn try_from(s: String) -> Result<SubProcessorStatus, String> {
        SubProcessorStatus::parse(&s).ok_or_else(|| format!("unknown sub-processor status {s:?}"))
    }
}

/// Processing locations as written (`IE, US`): upper-case two-letter codes, each once.
pub fn parse_locations(s: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = vec![];
    for part in s.split([',', ' ', ';']).filter(|p| !p.trim().is_empty()) {
        let code = part.trim().to_ascii_uppercase();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(part.trim().to_string());
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

/// Where data leaves the EEA without a basis for it: the countries, or None when every
/// location is inside or has one. A removed or objected sub-processor processes nothing.
pub fn unlawful_transfer(
    locations: &[String],
    basis: Option<TransferBasis>,
    status: SubProcessorStatus,
) -> Option<Vec<String>> {
    if matches!(status, SubProcessorStatus::Removed | SubProcessorStatus::Objected) {
        return None;
    }
    let outside: Vec<String> = locations.iter().filter(|c| !in_eea(c)).cloned().collect();
    let covered = matches!(basis, Some(b) if b != TransferBasis::NoneNeeded);
    (!outside.is_empty() && !covered).then_some(outside)
}

/// Whether making `parent` the parent of `id` closes a loop: `parent` is `id` or one of its
/// descendants. `parent_of` gives each sub-processor's parent in the chain as it is.
pub fn would_cycle(id: &str, parent: &str, parent_of: impl Fn(&str) -> Option<String>) -> bool {
    let mut at = Some(parent.to_string());
    let mut steps = 0;
    while let Some(p) = at {
        if p == id || steps > 1000 {
            return true;
        }
        at = parent_of(&p);
        steps += 1;
    }
    false
}

/// The clocks a supplier's announcement of a new sub-processor starts under the DPA: the
/// buyer may object until `objection_until`; the change may take effect from `earliest_effective`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnnouncementClocks {
    pub objection_until: i64,
    pub earliest_effective: i64,
}

const DAY: i64 = 86_400;

pub fn announcement_clocks(notified_at: i64, terms: &DpaTerms) -> AnnouncementClocks {
    AnnouncementClocks {
        objection_until: notified_at + i64::from(terms.objection_days) * DAY,
        earliest_effective: notified_at + i64::from(terms.subprocessor_notice_days) * DAY,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeProblem {
    /// The change would take effect before the DPA's notice has run.
    EffectiveTooSoon,
    /// An objection after the window closed.
    WindowClosed,
    /// An objection needs the buyer's reason.
    ReasonMissing,
    /// Not a move from this status.
    NotFromStatus,
}

impl ChangeProblem {
    pub fn field(self) -> &'static str {
        match self {
            ChangeProblem::EffectiveTooSoon => "effective",
            ChangeProblem::WindowClosed | ChangeProblem::NotFromStatus => "to",
            ChangeProblem::ReasonMissing => "reason",
        }
    }
    pub fn message_key(self) -> &'static str {
        match self {
            ChangeProblem::EffectiveTooSoon => "error-sub-processor-effective",
            ChangeProblem::WindowClosed => "error-objection-window-closed",
            ChangeProblem::ReasonMissing => "error-sub-processor-reason",
            ChangeProblem::NotFromStatus => "error-sub-processor-status",
        }
    }
}

/// The supplier's chosen effective day (its local midnight) respects the notice when it is
/// not before the local day on which the notice ends.
pub fn check_effective(effective_day: i64, clocks: &AnnouncementClocks) -> Result<(), ChangeProblem> {
    let day_of = |t: i64| (t + offset_at(t)).div_euclid(DAY);
    if day_of(effective_day) < day_of(clocks.earliest_effective) {
        return Err(ChangeProblem::EffectiveTooSoon);
    }
    Ok(())
}

/// The buyer's decision on a sub-processor: allowed moves only, an objection with a reason
/// and, for an announced change, only while its window is open (after it, the change stands).
pub fn check_decision(
    from: SubProcessorStatus,
    to: SubProcessorStatus,
    objection_until: Option<i64>,
    reason: &str,
    now: i64,
) -> Result<(), ChangeProblem> {
    // An objection to an announced change after its window says so, whatever became of it.
    if to == SubProcessorStatus::Objected && objection_until.is_some_and(|until| now >= until) {
        return Err(ChangeProblem::WindowClosed);
    }
    if !from.can_move_to(to) {
        return Err(ChangeProblem::NotFromStatus);
    }
    if to == SubProcessorStatus::Objected && reason.trim().is_empty() {
        return Err(ChangeProblem::ReasonMissing);
    }
    Ok(())
}

/// When the window of an announced change has closed without an objection, the change
/// stands, as the DPA says.
pub fn stands_after_window(status: SubProcessorStatus, objection_until: Option<i64>, now: i64) -> bool {
    matches!(status, SubProcessorStatus::Notified | SubProcessorStatus::ObjectionWindow)
        && objection_until.is_some_and(|until| now >= until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn data_outside_the_eea_needs_a_basis() {
        let us = vec!["IE".to_string(), "US".to_string()];
        let approved = SubProcessorStatus::Approved;
        assert_eq!(unlawful_transfer(&us, None, approved), Some(vec!["US".to_string()]));
        assert_eq!(unlawful_transfer(&us, Some(TransferBasis::NoneNeeded), approved), Some(vec!["US".to_string()]));
        assert_eq!(unlawful_transfer(&us, Some(TransferBasis::Scc), approved), None);
        assert_eq!(unlawful_transfer(&["NO".into(), "SE".into()], None, approved), None);
        assert_eq!(unlawful_transfer(&us, None, SubProcessorStatus::Removed), None, "removed: no transfer");
        assert!(in_eea("NO") && in_eea("IS") && !in_eea("GB") && !in_eea("CH"));
    }

    #[test]
    fn locations_are_country_codes() {
        assert_eq!(parse_locations("ie, us;IE").unwrap(), vec!["IE", "US"]);
        assert_eq!(parse_locations("Ireland").unwrap_err(), "Ireland");
        assert!(parse_locations("").unwrap().is_empty());
    }

    #[test]
    fn the_chain_has_no_loops() {
        // a ← b ← c (c's parent is b, b's is a).
        let parents: HashMap<&str, &str> = [("b", "a"), ("c", "b")].into_iter().collect();
        let parent_of = |x: &str| parents.get(x).map(|p| p.to_string());
        assert!(would_cycle("a", "c", parent_of), "a under its own grandchild");
        assert!(would_cycle("a", "a", parent_of), "under itself");
        assert!(!would_cycle("c", "a", parent_of));
    }

    #[test]
    fn the_buyer_decides_pending_changes() {
        use SubProcessorStatus::*;
        assert!(Notified.can_move_to(Objected) && ObjectionWindow.can_move_to(Approved));
        assert!(!Approved.can_move_to(Objected) && !Removed.can_move_to(Approved));
        for s in SubProcessorStatus::ALL {
            assert_eq!(SubProcessorStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn an_announcement_starts_the_notice_and_the_objection_window() {
        let terms = crate::contracts::dpa::DEFAULT_TERMS;
        // 2027-03-01 10:00 UTC.
        let now = 1_803_981_600;
        let c = announcement_clocks(now, &terms);
        assert_eq!(c.objection_until, now + 14 * DAY);
        assert_eq!(c.earliest_effective, now + 30 * DAY);
        let local_midnight = |t: i64| {
            let local = t + offset_at(t);
            let m = local - local.rem_euclid(DAY);
            m - offset_at(m)
        };
        assert_eq!(check_effective(local_midnight(c.earliest_effective), &c), Ok(()), "the day the notice ends");
        assert_eq!(
            check_effective(local_midnight(c.earliest_effective) - DAY, &c),
            Err(ChangeProblem::EffectiveTooSoon)
        );
    }

    #[test]
    fn the_buyer_objects_inside_the_window_with_a_reason() {
        use SubProcessorStatus::*;
        let until = Some(1000);
        assert_eq!(check_decision(ObjectionWindow, Objected, until, "Data til USA", 999), Ok(()));
        assert_eq!(
            check_decision(ObjectionWindow, Objected, until, "Data til USA", 1000),
            Err(ChangeProblem::WindowClosed)
        );
        assert_eq!(check_decision(ObjectionWindow, Objected, until, " ", 10), Err(ChangeProblem::ReasonMissing));
        assert_eq!(check_decision(ObjectionWindow, Approved, until, "", 5000), Ok(()), "approving late is harmless");
        assert_eq!(check_decision(Removed, Approved, None, "", 0), Err(ChangeProblem::NotFromStatus));
        assert_eq!(check_decision(Approved, Objected, until, "For sent", 5000), Err(ChangeProblem::WindowClosed));
        assert!(stands_after_window(ObjectionWindow, until, 1000));
        assert!(!stands_after_window(ObjectionWindow, until, 999));
        assert!(!stands_after_window(Objected, until, 5000), "an objection stays");
    }
}
