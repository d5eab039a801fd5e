//! A published requirement set: the frozen version bidders answer, its canonical SHA-256,
//! what a correction changed, and which answers carry over to the corrected version.

use crate::procurement::Status;
use crate::procurement::requirement_set::Kind;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// One requirement as the tender asks it, frozen at publishing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrozenItem {
    pub requirement_id: String,
    pub catalogue: String,
    pub reference: String,
    pub area: String,
    /// The text bidders answer: the tender's own wording, or the catalogue's.
    pub text: String,
    /// The catalogue's text, kept beside a changed wording.
    pub original_text: String,
    pub kind: Kind,
    /// Percent of the award total; 0 for must requirements.
    pub weight: u32,
}

/// What the hash covers, in a fixed field order (serde keeps struct order).
#[derive(Serialize)]
struct Canonical<'a> {
    format: &'static str,
    case_id: &'a str,
    version: u32,
    items: &'a [FrozenItem],
}

/// SHA-256 over the canonical JSON of one version: the same case, version and content give
/// the same hash on every machine; any change to a word, a kind or a weight changes it.
pub fn set_hash(case_id: &str, version: u32, items: &[FrozenItem]) -> String {
    let c = Canonical { format: "tillit-requirement-set/1", case_id, version, items };
    let body = serde_json::to_vec(&c).unwrap_or_default();
    hex::encode(Sha256::digest(&body))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SetChange {
    Added(FrozenItem),
    Removed(FrozenItem),
    /// The requirement as it was, as it is, and what differs ("text", "kind", "weight").
    Changed {
        old: FrozenItem,
        new: FrozenItem,
        fields: Vec<&'static str>,
    },
}

/// What changed between two published versions, in the order of the new one (removed last).
pub fn changes(old: &[FrozenItem], new: &[FrozenItem]) -> Vec<SetChange> {
    let before: BTreeMap<&str, &FrozenItem> = old.iter().map(|i| (i.requirement_id.as_str(), i)).collect();
    let after: BTreeSet<&str> = new.iter().map(|i| i.requirement_id.as_str()).collect();
    let mut out = vec![];
    for n in new {
        match before.get(n.requirement_id.as_str()) {
            None => out.push(SetChange::Added(n.clone())),
            Some(o) => {
                let fields: Vec<&'static str> =
                    [("text", o.text != n.text), ("kind", o.kind != n.kind), ("weight", o.weight != n.weight)]
                        .into_iter()
                        .filter(|(_, d)| *d)
                        .map(|(f, _)| f)
                        .collect();
                if !fields.is_empty() {
                    out.push(SetChange::Changed { old: (*o).clone(), new: n.clone(), fields });
                }
            }
        }
    }
    out.extend(old.iter().filter(|o| !after.contains(o.requirement_id.as_str())).cloned().map(SetChange::Removed));
    out
}

/// The requirements whose answers carry over to `new`: present in both with the same text
/// and kind. A changed weight changes how an answer is scored, not what it answers.
pub fn carried_over(old: &[FrozenItem], new: &[FrozenItem]) -> BTreeSet<String> {
    let before: BTreeMap<&str, &FrozenItem> = old.iter().map(|i| (i.requirement_id.as_str(), i)).collect();
    new.iter()
        .filter(|n| before.get(n.requirement_id.as_str()).is_some_and(|o| o.text == n.text && o.kind == n.kind))
        .map(|n| n.requirement_id.clone())
        .collect()
}

/// The deadline for answers must lie ahead of the moment a tender is published.
pub fn deadline_ok(now: i64, deadline: Option<i64>) -> bool {
    deadline.is_some_and(|d| d > now)
}

/// Bids are sealed until they are opened, and they are opened once the deadline of a tender
/// that went out has passed (a cancelled tender's bids stay sealed).
pub fn opening_due(status: Status, deadline: Option<i64>, opened_at: Option<i64>, now: i64) -> bool {
    opened_at.is_none()
        && matches!(status, Status::Published | Status::Evaluation | Status::Awarded | Status::Closed)
        && deadline.is_some_and(|d| now >= d)
}

/// What moving a deadline means once bidders may have read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineMove {
    /// Before publishing: set freely (ahead of now).
    Set,
    /// After publishing, later than before: allowed with a reason, every bidder with a live
    /// link is told.
    Extend,
}

/// Why a deadline cannot move as asked (each a Fluent key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineProblem {
    /// It must lie ahead.
    Past,
    /// Bidders plan by a published deadline: it may be extended, never shortened.
    Shortened,
    /// An extension is explained to the bidders.
    ReasonMissing,
    /// The bids are opened (or the case is closed): nothing moves.
    Closed,
}

impl DeadlineProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            DeadlineProblem::Past => "error-deadline-past",
            DeadlineProblem::Shortened => "error-deadline-shortened",
            DeadlineProblem::ReasonMissing => "error-deadline-reason",
            DeadlineProblem::Closed => "error-case-not-open",
        }
    }
}

/// The rule for moving a case's deadline to `new` at `now`.
pub fn deadline_move(
    status: Status,
    current: Option<i64>,
    new: i64,
    reason: &str,
    now: i64,
) -> Result<DeadlineMove, DeadlineProblem> {
    if !status.deadline_editable() {
        return Err(DeadlineProblem::Closed);
    }
    if new <= now {
        return Err(DeadlineProblem::Past);
    }
    match (status, current) {
        (Status::Published, Some(old)) => {
            if old <= now {
                Err(DeadlineProblem::Closed)
            } else if new < old {
                Err(DeadlineProblem::Shortened)
            } else if reason.trim().chars().count() < 10 {
                Err(DeadlineProblem::ReasonMissing)
            } else {
                Ok(DeadlineMove::Extend)
            }
        }
        _ => Ok(DeadlineMove::Set),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bids_open_once_the_deadline_of_a_published_tender_has_passed() {
        assert!(!opening_due(Status::Published, Some(100), None, 99));
        assert!(opening_due(Status::Published, Some(100), None, 100));
        assert!(!opening_due(Status::Published, Some(100), Some(100), 200), "opened once");
        assert!(!opening_due(Status::Draft, Some(100), None, 200));
        assert!(!opening_due(Status::Cancelled, Some(100), None, 200), "a cancelled tender stays sealed");
        assert!(!opening_due(Status::Published, None, None, 200));
    }

    #[test]
    fn a_published_deadline_is_extended_with_a_reason_and_never_shortened() {
        let why = "Spørsmål fra leverandører";
        assert_eq!(deadline_move(Status::Draft, Some(500), 200, "", 100), Ok(DeadlineMove::Set));
        assert_eq!(deadline_move(Status::Draft, None, 50, "", 100), Err(DeadlineProblem::Past));
        assert_eq!(deadline_move(Status::Published, Some(500), 600, why, 100), Ok(DeadlineMove::Extend));
        assert_eq!(deadline_move(Status::Published, Some(500), 400, why, 100), Err(DeadlineProblem::Shortened));
        assert_eq!(deadline_move(Status::Published, Some(500), 600, "fordi", 100), Err(DeadlineProblem::ReasonMissing));
        assert_eq!(deadline_move(Status::Published, Some(500), 900, why, 600), Err(DeadlineProblem::Closed));
        assert_eq!(deadline_move(Status::Evaluation, Some(500), 900, why, 100), Err(DeadlineProblem::Closed));
    }

    fn item(id: &str, text: &str, kind: Kind, weight: u32) -> FrozenItem {
        FrozenItem {
            requirement_id: id.into(),
            catalogue: "Sikkerhetskrav".into(),
            reference: format!("R{id}"),
            area: "1".into(),
            text: text.into(),
            original_text: text.into(),
            kind,
            weight,
        }
    }

    #[test]
    fn the_hash_covers_every_word_kind_weight_and_the_version() {
        let v = vec![item("a", "Leverandøren skal kryptere", Kind::Must, 0), item("b", "Logg", Kind::Award, 100)];
        let h = set_hash("case", 1, &v);
        assert_eq!(h.len(), 64);
        assert_eq!(h, set_hash("case", 1, &v.clone()), "deterministic");
        assert_ne!(h, set_hash("case", 2, &v));
        assert_ne!(h, set_hash("other", 1, &v));
        let mut w = v.clone();
        w[0].text.push('.');
        assert_ne!(h, set_hash("case", 1, &w));
        let mut w = v.clone();
        w[1].weight = 99;
        assert_ne!(h, set_hash("case", 1, &w));
        let mut w = v.clone();
        w.swap(0, 1);
        assert_ne!(h, set_hash("case", 1, &w), "order is content: it is the order bidders see");
    }

    #[test]
    fn a_correction_carries_over_the_answers_of_unchanged_requirements() {
        let v1 = vec![
            item("a", "one", Kind::Must, 0),
            item("b", "two", Kind::Award, 50),
            item("c", "three", Kind::Award, 50),
            item("d", "four", Kind::Must, 0),
        ];
        let v2 = vec![
            item("a", "one", Kind::Must, 0),
            item("b", "two", Kind::Award, 100),
            item("c", "three, reworded", Kind::Award, 0),
            item("e", "five", Kind::Must, 0),
        ];
        let kept = carried_over(&v1, &v2);
        assert_eq!(kept.into_iter().collect::<Vec<_>>(), vec!["a".to_string(), "b".to_string()]);
        let c = changes(&v1, &v2);
        assert!(matches!(&c[0], SetChange::Changed { fields, .. } if fields == &vec!["weight"]));
        assert!(matches!(&c[1], SetChange::Changed { fields, .. } if fields == &vec!["text", "weight"]));
        assert!(matches!(&c[2], SetChange::Added(i) if i.requirement_id == "e"));
        assert!(matches!(&c[3], SetChange::Removed(i) if i.requirement_id == "d"));
        let mut must_to_award = v1.clone();
        must_to_award[0].kind = Kind::Award;
        assert!(!carried_over(&v1, &must_to_award).contains("a"), "a must answer is not an award answer");
    }

    #[test]
    fn the_deadline_lies_ahead() {
        assert!(deadline_ok(100, Some(101)));
        assert!(!deadline_ok(100, Some(100)));
        assert!(!deadline_ok(100, None));
    }

    proptest! {
        #[test]
        fn unchanged_versions_carry_everything_and_change_nothing(n in 0usize..30) {
            let v: Vec<_> = (0..n).map(|i| item(&i.to_string(), &format!("t{i}"), Kind::Must, 0)).collect();
            prop_assert_eq!(carried_over(&v, &v).len(), n);
            prop_assert!(changes(&v, &v).is_empty());
        }
    }
}
