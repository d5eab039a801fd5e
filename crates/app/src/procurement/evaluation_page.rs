//! The models of the evaluation page (one bid, judged) and the comparison page (all
//! bidders), assembled here in the reader's language so the page handlers only render.

use crate::platform::i18n::{Locale, t};
use crate::procurement::areas::Areas;
use crate::{Actor, App, AppResult};
use std::collections::{BTreeMap, BTreeSet};
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::AnswerStatus;
use tillit_domain::procurement::evaluation::{Judgement, Proposal, mean_score};
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::{BidId, CaseId};
use tillit_store::procurement::bids;
use tillit_store::procurement::evaluation::{CONSENSUS, JudgementRow};

/// One requirement of the bid being judged.
#[derive(Clone)]
pub struct JudgementLine {
    pub id: String,
    pub reference: String,
    pub text: String,
    pub must: bool,
    pub kind: String,
    pub weight: u32,
    pub answer: String,
    pub answer_text: String,
    pub evidence_ref: String,
    /// The file the supplier attached to this answer: (id, name), downloaded at /evidence/{id}.
    pub evidence_file: Option<(String, String)>,
    pub my_verdict: String,
    pub my_score: String,
    pub my_justification: String,
    pub c_verdict: String,
    pub c_score: String,
    pub c_justification: String,
    /// Everyone's judgements: (evaluator, verdict or score, justification).
    pub others: Vec<(String, String, String)>,
    pub mean: String,
    /// For the lead: the evaluators disagree here (listed first), or agree (pre-filled).
    pub disagree: bool,
    pub agreed: bool,
}

pub struct EvaluationPage {
    pub bid_id: BidId,
    pub case_id: CaseId,
    pub company: String,
    pub case_title: String,
    /// The area shown (a long set is judged an area at a time).
    pub areas: Areas,
    pub rows: Vec<JudgementLine>,
    pub is_lead: bool,
    /// For the lead: the consensus rows, disagreements first.
    pub consensus_rows: Vec<JudgementLine>,
    /// Agreed requirements without a recorded consensus (confirmed in one action), and
    /// requirements where the evaluators disagree.
    pub agreed_open: usize,
    pub disagreements: usize,
    /// The bid's certificates: name, last valid day, what is wrong with it for this tender.
    pub certificates: Vec<(String, String, Option<String>)>,
    /// Why nothing can be judged now, translated.
    pub locked: Option<String>,
}

pub struct Cell {
    pub text: String,
    pub gap: bool,
}

pub struct CompareRow {
    pub reference: String,
    pub text: String,
    pub kind: String,
    pub weight: u32,
    pub area: String,
    pub cells: Vec<Cell>,
}

pub struct Bar {
    pub company: String,
    pub total: String,
    pub rank: String,
    /// Certificates not valid for the whole period, in words; empty when none.
    pub certificate_flags: String,
    /// Bar length in the chart, 0–400 px.
    pub width: u32,
    pub y: u32,
    pub text_y: u32,
    pub rejected: bool,
    pub failed: String,
    pub gaps: Vec<String>,
    pub by_area: Vec<(String, String)>,
}

pub struct ComparisonPage {
    pub case_id: CaseId,
    pub case_title: String,
    pub set_hash: String,
    /// (bid id, company), in the order of the results.
    pub companies: Vec<(BidId, String)>,
    pub rows: Vec<CompareRow>,
    pub bars: Vec<Bar>,
    pub chart_height: u32,
    pub complete: bool,
    pub signed_off: String,
    pub can_sign: bool,
    /// The lead may reopen a signed evaluation (with a reason) until the award.
    pub can_reopen: bool,
    /// The area whose requirements are listed (the ranking covers them all).
    pub areas: Areas,
    /// Every basis signed so far, newest first: (signed when and by whom, SHA-256, why void).
    pub decisions: Vec<(String, String, Option<String>)>,
}

/// The words a page repeats for every cell, translated once per page.
pub(crate) struct Labels {
    answers: BTreeMap<&'static str, String>,
    none: String,
    kinds: BTreeMap<&'static str, String>,
    verdicts: BTreeMap<&'static str, String>,
    pub open: String,
}

impl Labels {
    pub fn new(loc: Locale) -> Labels {
        let answers =
            AnswerStatus::ALL.iter().map(|s| (s.as_str(), t(loc, &format!("answer-{}", s.as_str())))).collect();
        let kinds = [Kind::Must, Kind::Award]
            .iter()
            .map(|k| (k.as_str(), t(loc, &format!("set-kind-{}", k.as_str()))))
            .collect();
        let verdicts = ["pass", "fail"].into_iter().map(|v| (v, t(loc, &format!("verdict-{v}")))).collect();
        Labels { answers, none: t(loc, "answer-none"), kinds, verdicts, open: t(loc, "judgement-open") }
    }
    pub fn answer(&self, s: Option<AnswerStatus>) -> String {
        s.and_then(|s| self.answers.get(s.as_str()).cloned()).unwrap_or_else(|| self.none.clone())
    }
    pub fn kind(&self, k: Kind) -> String {
        self.kinds.get(k.as_str()).cloned().unwrap_or_default()
    }
    /// A judgement: the verdict in words, or the score of 10.
    pub fn judged(&self, j: &Judgement) -> String {
        match j {
            Judgement::Must(v) => self.verdicts.get(v.as_str()).cloned().unwrap_or_default(),
            Judgement::Award(s) => format!("{s}/10"),
        }
    }
}

fn judged(loc: Locale, r: &JudgementRow) -> String {
    r.verdict.as_ref().map(|v| t(loc, &format!("verdict-{v}"))).or(r.score.map(|s| s.to_string())).unwrap_or_default()
}

impl App {
    pub async fn evaluation_page(
        &self,
        actor: &Actor,
        bid_id: &BidId,
        loc: Locale,
        area: Option<&str>,
    ) -> AppResult<EvaluationPage> {
        let v = self.evaluation(actor, bid_id).await?;
        let proposals = if v.is_lead { App::consensus_proposals(&v) } else { Default::default() };
        let areas = Areas::choose(&v.items, area);
        let files: BTreeMap<String, String> =
            bids::evidence_list(&self.db, &v.bid).await?.into_iter().map(|e| (e.id, e.filename)).collect();
        // Everyone's judgements by requirement, the consensus left out.
        let mut theirs: BTreeMap<&str, Vec<&JudgementRow>> = BTreeMap::new();
        for r in v.all.iter().filter(|r| r.evaluator != CONSENSUS) {
            theirs.entry(r.requirement_id.as_str()).or_default().push(r);
        }
        let labels = Labels::new(loc);
        let rows: Vec<JudgementLine> = v
            .items
            .iter()
            .filter(|i| areas.shows(&i.area))
            .map(|i| {
                let ans = v.answers.get(&i.requirement_id);
                let mine = v.mine.get(&i.requirement_id);
                let c = v.consensus.get(&i.requirement_id);
                let theirs = theirs.get(i.requirement_id.as_str()).map(Vec::as_slice).unwrap_or_default();
                let others = theirs
                    .iter()
                    .map(|r| (r.evaluator_label.clone(), judged(loc, r), r.justification.clone()))
                    .collect();
                let scores: Vec<u8> = theirs.iter().filter_map(|r| r.score.map(|s| s.clamp(0, 10) as u8)).collect();
                JudgementLine {
                    id: i.requirement_id.clone(),
                    reference: i.reference.clone(),
                    text: i.text.clone(),
                    must: i.kind == Kind::Must,
                    kind: labels.kind(i.kind),
                    weight: i.weight,
                    answer: labels.answer(ans.map(|a| a.status)),
                    answer_text: ans.map(|x| x.description.clone()).unwrap_or_default(),
                    evidence_ref: ans.map(|x| x.evidence_ref.clone()).unwrap_or_default(),
                    evidence_file: ans
                        .and_then(|x| x.evidence_id.as_ref())
                        .and_then(|id| files.get(id).map(|name| (id.clone(), name.clone()))),
                    my_verdict: mine.and_then(|m| m.verdict.clone()).unwrap_or_default(),
                    my_score: mine.and_then(|m| m.score).map(|s| s.to_string()).unwrap_or_default(),
                    my_justification: mine.map(|m| m.justification.clone()).unwrap_or_default(),
                    c_verdict: c.and_then(|m| m.verdict.clone()).unwrap_or_default(),
                    c_score: c.and_then(|m| m.score).map(|s| s.to_string()).unwrap_or_default(),
                    c_justification: c.map(|m| m.justification.clone()).unwrap_or_default(),
                    others,
                    mean: mean_score(&scores).map(|m| format!("{m:.1}")).unwrap_or_default(),
                    disagree: matches!(proposals.get(&i.requirement_id), Some(Proposal::Disagreement)),
                    agreed: matches!(proposals.get(&i.requirement_id), Some(Proposal::Agreed(..))),
                }
            })
            .map(|mut line| {
                // Where the evaluators agree and no consensus is recorded, it is proposed.
                if line.c_verdict.is_empty()
                    && line.c_score.is_empty()
                    && let Some(Proposal::Agreed(j, why)) = proposals.get(&line.id)
                {
                    match j {
                        Judgement::Must(v) => line.c_verdict = v.as_str().to_string(),
                        Judgement::Award(s) => line.c_score = s.to_string(),
                    }
                    line.c_justification = why.clone();
                }
                line
            })
            .collect();
        // Counted over the whole bid, whichever area is shown.
        let agreed_open = proposals
            .iter()
            .filter(|(req, p)| matches!(p, Proposal::Agreed(..)) && !v.consensus.contains_key(*req))
            .count();
        let disagreements = proposals.values().filter(|p| matches!(p, Proposal::Disagreement)).count();
        let mut consensus_rows = if v.is_lead { rows.clone() } else { vec![] };
        // Disagreements first, then the rest in the set's order.
        consensus_rows.sort_by_key(|r| !r.disagree);
        Ok(EvaluationPage {
            bid_id: v.bid.id.clone(),
            case_id: v.case.id.clone(),
            company: v.bid.company.clone(),
            case_title: format!("{} {}", v.case.case_number, v.case.title),
            areas,
            rows,
            certificates: crate::procurement::bids::certificates_by_bid(&self.db, &v.case)
                .await?
                .remove(v.bid.id.as_str())
                .unwrap_or_default()
                .into_iter()
                .map(|c| (c.row.name, c.valid_until, c.flag.map(|f| t(loc, f.message_key()))))
                .collect(),
            consensus_rows,
            agreed_open,
            disagreements,
            is_lead: v.is_lead,
            locked: v.locked.map(|k| t(loc, k)),
        })
    }

    pub async fn comparison_page(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        loc: Locale,
        area: Option<&str>,
    ) -> AppResult<ComparisonPage> {
        let c = self.comparison(actor, case_id).await?;
        let areas = Areas::choose(&c.items, area);
        let labels = Labels::new(loc);
        let gaps: BTreeMap<&str, BTreeSet<&str>> =
            c.gaps.iter().map(|(b, g)| (b.as_str(), g.iter().map(String::as_str).collect())).collect();
        let rows = c
            .items
            .iter()
            .filter(|i| areas.shows(&i.area))
            .map(|i| CompareRow {
                reference: i.reference.clone(),
                text: i.text.clone(),
                kind: labels.kind(i.kind),
                weight: i.weight,
                area: i.area.clone(),
                cells: c
                    .bids
                    .iter()
                    .map(|b| {
                        let j = c.consensus.get(b.id.as_str()).and_then(|m| m.get(&i.requirement_id));
                        let status = c.statuses.get(b.id.as_str()).and_then(|m| m.get(&i.requirement_id));
                        let judgement = j.map(|j| labels.judged(j)).unwrap_or_else(|| labels.open.clone());
                        let gap = gaps.get(b.id.as_str()).is_some_and(|g| g.contains(i.reference.as_str()));
                        Cell { text: format!("{} · {judgement}", labels.answer(status.copied())), gap }
                    })
                    .collect(),
            })
            .collect();
        let certificates = crate::procurement::bids::certificates_by_bid(&self.db, &c.case).await?;
        let flagged = |bid: &str| {
            let n = certificates.get(bid).map_or(0, |l| l.iter().filter(|c| c.flag.is_some()).count());
            if n == 0 {
                String::new()
            } else {
                crate::platform::i18n::t_args(loc, "certificates-flagged", &[("count", n.to_string())])
            }
        };
        let bars: Vec<Bar> = c
            .results
            .iter()
            .enumerate()
            .map(|(n, r)| Bar {
                company: c.bids.iter().find(|b| b.id == r.bid_id).map(|b| b.company.clone()).unwrap_or_default(),
                total: format!("{:.1}", r.total),
                rank: r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
                certificate_flags: flagged(&r.bid_id),
                width: if r.rejected() { 0 } else { (r.total * 4.0).round().clamp(0.0, 400.0) as u32 },
                y: 10 + n as u32 * 34,
                text_y: 30 + n as u32 * 34,
                rejected: r.rejected(),
                failed: r.failed_musts.join(", "),
                gaps: c.gaps.get(&r.bid_id).cloned().unwrap_or_default(),
                by_area: r.by_area.iter().map(|(a, p)| (a.clone(), format!("{p:.1}"))).collect(),
            })
            .collect();
        let lead = c.case.lead_evaluator.as_deref() == Some(actor.user_id.as_str());
        let decisions = self
            .decision_history(actor, case_id)
            .await?
            .into_iter()
            .map(|d| {
                let voided = d.voided_at.map(|at| {
                    let args = [
                        ("at", format_local(at)),
                        ("by", d.voided_by.clone().unwrap_or_default()),
                        ("reason", d.void_reason.clone().unwrap_or_default()),
                    ];
                    crate::platform::i18n::t_args(loc, "decision-voided", &args)
                });
                (format!("{} · {}", format_local(d.signed_at), d.signed_by), d.sha256, voided)
            })
            .collect();
        Ok(ComparisonPage {
            chart_height: 20 + bars.len() as u32 * 34,
            case_id: c.case.id.clone(),
            case_title: format!("{} {}", c.case.case_number, c.case.title),
            set_hash: c.set_hash.clone(),
            companies: c.bids.iter().map(|b| (b.id.clone(), b.company.clone())).collect(),
            rows,
            bars,
            complete: c.complete,
            signed_off: c.case.signed_off_at.map(format_local).unwrap_or_default(),
            can_sign: lead && c.case.signed_off_at.is_none() && c.case.status == Status::Evaluation,
            can_reopen: lead && c.case.signed_off_at.is_some() && c.case.status == Status::Evaluation,
            areas,
            decisions,
        })
    }
}
