//! Bid evaluation: each must requirement passed or failed, each award criterion scored
//! 0–10; a failure and a score are justified in writing (a pass rests on the bidder's answer,
//! and may add a note); the consensus decides; a failed must requirement rejects the bid;
//! the weighted total ranks the rest. Where the evaluators agree, the consensus is proposed
//! from their judgements and the lead confirms it.

use crate::procurement::requirement_set::Kind;
use crate::procurement::tender::FrozenItem;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
    }
    pub fn parse(s: &str) -> Option<Verdict> {
        [Verdict::Pass, Verdict::Fail].into_iter().find(|v| v.as_str() == s)
    }
}

/// One judgement of one requirement for one bid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Judgement {
    Must(Verdict),
    /// 0–10.
    Award(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JudgementProblem {
    /// A must requirement needs pass or fail; an award criterion a score.
    WrongKind,
    ScoreOutOfRange,
    /// A failure and a score are justified in writing (at least 10 characters).
    MissingJustification,
}

pub const MIN_JUSTIFICATION: usize = 10;

/// Checks one judgement against the requirement it judges.
pub fn check(
    kind: Kind,
    verdict: Option<&str>,
    score: Option<i64>,
    justification: &str,
) -> Result<Judgement, JudgementProblem> {
    let j = match (kind, verdict, score) {
        (Kind::Must, Some(v), None) => Judgement::Must(Verdict::parse(v).ok_or(JudgementProblem::WrongKind)?),
        (Kind::Award, None, Some(s)) if (0..=10).contains(&s) => Judgement::Award(s as u8),
        (Kind::Award, None, Some(_)) => return Err(JudgementProblem::ScoreOutOfRange),
        _ => return Err(JudgementProblem::WrongKind),
    };
    let needs_reason = !matches!(j, Judgement::Must(Verdict::Pass));
    let written = justification.trim().chars().count();
    // A pass may carry a note, but a note is a sentence, not a stray character.
    if (needs_reason || written > 0) && written < MIN_JUSTIFICATION {
        return Err(JudgementProblem::MissingJustification);
    }
    Ok(j)
}

/// What the evaluators' judgements of one requirement propose as the consensus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proposal {
    /// Everyone judged it alike: this judgement, with their justifications carried over.
    Agreed(Judgement, String),
    /// They differ: the lead decides.
    Disagreement,
    /// Not everyone has judged it yet (or nobody has).
    Open,
}

/// The consensus the evaluators' judgements propose: `judged` holds one entry per evaluator
/// of the case ((judgement, justification) or None for not yet judged).
pub fn propose_consensus(judged: &[Option<(Judgement, String)>]) -> Proposal {
    if judged.is_empty() || judged.iter().any(Option::is_none) {
        return Proposal::Open;
    }
    let all: Vec<&(Judgement, String)> = judged.iter().flatten().collect();
    let first = &all[0].0;
    if all.iter().any(|(j, _)| j != first) {
        return Proposal::Disagreement;
    }
    let mut reasons: Vec<&str> = vec![];
    for (_, r) in &all {
        let r = r.trim();
        if !r.is_empty() && !reasons.contains(&r) {
            reasons.push(r);
        }
    }
    Proposal::Agreed(first.clone(), reasons.join(" / "))
}

/// The outcome of one bid from the consensus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BidResult {
    pub bid_id: String,
    /// Must requirements failed (their references): any one rejects the bid.
    pub failed_musts: Vec<String>,
    /// Σ weight × score / 10: 0–100 points.
    pub total: f64,
    /// Points per area, in the set's order of areas.
    pub by_area: Vec<(String, f64)>,
    /// 1 is best; None for a rejected bid.
    pub rank: Option<usize>,
    /// Requirements without a consensus yet (references).
    pub open: Vec<String>,
}

impl BidResult {
    pub fn rejected(&self) -> bool {
        !self.failed_musts.is_empty()
    }
}

/// Results for every bid from the consensus judgements (requirement id → judgement per bid),
/// ranked by weighted total; equal totals share a rank.
pub fn results(items: &[FrozenItem], consensus: &BTreeMap<String, BTreeMap<String, Judgement>>) -> Vec<BidResult> {
    let mut out: Vec<BidResult> = consensus
        .iter()
        .map(|(bid, judged)| {
            let mut failed = vec![];
            let mut open = vec![];
            let mut total = 0.0;
            let mut by_area: Vec<(String, f64)> = vec![];
            for i in items {
                if !by_area.iter().any(|(a, _)| *a == i.area) {
                    by_area.push((i.area.clone(), 0.0));
                }
                match judged.get(&i.requirement_id) {
                    None => open.push(i.reference.clone()),
                    Some(Judgement::Must(Verdict::Fail)) => failed.push(i.reference.clone()),
                    Some(Judgement::Must(Verdict::Pass)) => {}
                    Some(Judgement::Award(s)) => {
                        let points = f64::from(i.weight) * f64::from(*s) / 10.0;
                        total += points;
                        if let Some(a) = by_area.iter_mut().find(|(a, _)| *a == i.area) {
                            a.1 += points;
                        }
                    }
                }
            }
            BidResult { bid_id: bid.clone(), failed_musts: failed, total, by_area, rank: None, open }
        })
        .collect();
    let mut ranked: Vec<(usize, f64)> =
        out.iter().enumerate().filter(|(_, r)| !r.rejected()).map(|(i, r)| (i, r.total)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut rank = 0;
    let mut last: Option<f64> = None;
    for (n, (i, total)) in ranked.iter().enumerate() {
        if last.is_none_or(|l| (l - total).abs() > 1e-9) {
            rank = n + 1;
            last = Some(*total);
        }
        out[*i].rank = Some(rank);
    }
    out
}

/// The evaluation can be signed off when every bid has a consensus on every requirement.
pub fn complete(results: &[BidResult]) -> bool {
    !results.is_empty() && results.iter().all(|r| r.open.is_empty())
}

/// The mean of the evaluators' scores, shown to the lead evaluator as a starting point.
pub fn mean_score(scores: &[u8]) -> Option<f64> {
    (!scores.is_empty()).then(|| scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(id: &str, area: &str, kind: Kind, weight: u32) -> FrozenItem {
        FrozenItem {
            requirement_id: id.into(),
            catalogue: "K".into(),
            reference: id.to_uppercase(),
            area: area.into(),
            text: "t".into(),
            original_text: "t".into(),
            kind,
            weight,
        }
    }

    #[test]
    fn judgements_need_the_right_kind_a_range_and_a_justification() {
        assert_eq!(check(Kind::Must, Some("pass"), None, "Sertifikat fremlagt"), Ok(Judgement::Must(Verdict::Pass)));
        assert_eq!(check(Kind::Award, None, Some(7), "God beskrivelse av rutiner"), Ok(Judgement::Award(7)));
        assert_eq!(check(Kind::Award, None, Some(11), "God beskrivelse"), Err(JudgementProblem::ScoreOutOfRange));
        assert_eq!(check(Kind::Award, None, Some(-1), "God beskrivelse"), Err(JudgementProblem::ScoreOutOfRange));
        assert_eq!(check(Kind::Must, None, Some(5), "God beskrivelse"), Err(JudgementProblem::WrongKind));
        assert_eq!(check(Kind::Must, Some("maybe"), None, "God beskrivelse"), Err(JudgementProblem::WrongKind));
        assert_eq!(check(Kind::Must, Some("fail"), None, "  kort  "), Err(JudgementProblem::MissingJustification));
        assert_eq!(
            check(Kind::Must, Some("pass"), None, ""),
            Ok(Judgement::Must(Verdict::Pass)),
            "a pass rests on the answer"
        );
        assert_eq!(check(Kind::Must, Some("fail"), None, ""), Err(JudgementProblem::MissingJustification));
        assert_eq!(check(Kind::Award, None, Some(7), ""), Err(JudgementProblem::MissingJustification));
        assert_eq!(check(Kind::Must, Some("pass"), None, "ok"), Err(JudgementProblem::MissingJustification));
    }

    #[test]
    fn the_consensus_is_proposed_where_the_evaluators_agree() {
        let pass = |r: &str| Some((Judgement::Must(Verdict::Pass), r.to_string()));
        assert_eq!(
            propose_consensus(&[pass("Sertifikat fremlagt"), pass(""), pass("Sertifikat fremlagt")]),
            Proposal::Agreed(Judgement::Must(Verdict::Pass), "Sertifikat fremlagt".into())
        );
        assert_eq!(
            propose_consensus(&[
                Some((Judgement::Award(7), "God".into())),
                Some((Judgement::Award(8), "Bedre".into()))
            ]),
            Proposal::Disagreement
        );
        assert_eq!(
            propose_consensus(&[
                Some((Judgement::Award(7), "God rutine".into())),
                Some((Judgement::Award(7), "Solid".into()))
            ]),
            Proposal::Agreed(Judgement::Award(7), "God rutine / Solid".into())
        );
        assert_eq!(propose_consensus(&[pass("x"), None]), Proposal::Open);
        assert_eq!(propose_consensus(&[]), Proposal::Open);
    }

    #[test]
    fn a_failed_must_rejects_and_the_rest_rank_by_weighted_total() {
        let items = vec![
            item("m", "1 Styring", Kind::Must, 0),
            item("a", "1 Styring", Kind::Award, 60),
            item("b", "2 Drift", Kind::Award, 40),
        ];
        let mut c = BTreeMap::new();
        let bid = |m: Verdict, a: u8, b: u8| {
            BTreeMap::from([
                ("m".to_string(), Judgement::Must(m)),
                ("a".to_string(), Judgement::Award(a)),
                ("b".to_string(), Judgement::Award(b)),
            ])
        };
        c.insert("x".to_string(), bid(Verdict::Pass, 10, 5)); // 60 + 20 = 80
        c.insert("y".to_string(), bid(Verdict::Pass, 5, 10)); // 30 + 40 = 70
        c.insert("z".to_string(), bid(Verdict::Fail, 10, 10)); // rejected
        c.insert("w".to_string(), bid(Verdict::Pass, 10, 5)); // 80, shares rank 1
        let r = results(&items, &c);
        let get = |id: &str| r.iter().find(|b| b.bid_id == id).unwrap();
        assert_eq!(get("x").total, 80.0);
        assert_eq!(get("x").by_area, vec![("1 Styring".to_string(), 60.0), ("2 Drift".to_string(), 20.0)]);
        assert_eq!(get("x").rank, Some(1));
        assert_eq!(get("w").rank, Some(1));
        assert_eq!(get("y").rank, Some(3));
        assert_eq!(get("z").rank, None);
        assert_eq!(get("z").failed_musts, vec!["M".to_string()]);
        assert!(complete(&r));
        c.get_mut("y").unwrap().remove("b");
        let r = results(&items, &c);
        assert!(!complete(&r));
        assert_eq!(r.iter().find(|b| b.bid_id == "y").unwrap().open, vec!["B".to_string()]);
    }

    proptest! {
        #[test]
        fn totals_stay_within_0_and_100(scores in proptest::collection::vec(0u8..=10, 1..20)) {
            let weights = crate::procurement::requirement_set::split_weights(scores.len());
            let items: Vec<_> = weights.iter().enumerate().map(|(i, w)| item(&i.to_string(), "1", Kind::Award, *w)).collect();
            let judged: BTreeMap<String, Judgement> = scores.iter().enumerate().map(|(i, s)| (i.to_string(), Judgement::Award(*s))).collect();
            let r = results(&items, &BTreeMap::from([("b".to_string(), judged)]));
            prop_assert!(r[0].total >= 0.0 && r[0].total <= 100.0 + 1e-9);
            if scores.iter().all(|s| *s == 10) { prop_assert!((r[0].total - 100.0).abs() < 1e-9); }
        }
    }
}
