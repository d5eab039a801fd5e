//! The evaluation grid: one area's requirements across every bidder, so an evaluator
//! judges requirement by requirement (the evaluation page is the other way round: one
//! bidder, every requirement). Each cell holds the bidder's answer, its file one click away,
//! and the evaluator's own judgement; a save writes every bidder's judgements in one
//! transaction, or none.

use crate::platform::i18n::{Locale, t};
use crate::procurement::areas::Areas;
use crate::procurement::evaluation::{JudgementInput, judge, locked};
use crate::procurement::evaluation_page::Labels;
use crate::procurement::portal::answer_map;
use crate::{Actor, App, AppError, AppResult};
use std::collections::BTreeMap;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::Answer;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::{BidId, CaseId, Permission};
use tillit_store::procurement::bids;
use tillit_store::procurement::evaluation as store;

/// One bidder's answer to one requirement, and the evaluator's judgement of it.
pub struct GridCell {
    /// The form's name for this cell: `{bid}:{requirement}`.
    pub key: String,
    pub bid_id: BidId,
    pub company: String,
    pub answer: String,
    pub answer_text: String,
    pub evidence_ref: String,
    /// The attached file: (id, name), downloaded at /evidence/{id}.
    pub evidence_file: Option<(String, String)>,
    pub verdict: String,
    pub score: String,
    pub justification: String,
}

pub struct GridRow {
    pub id: String,
    pub reference: String,
    pub text: String,
    pub must: bool,
    pub kind: String,
    pub weight: u32,
    pub cells: Vec<GridCell>,
}

pub struct GridPage {
    pub case_id: CaseId,
    pub case_title: String,
    pub areas: Areas,
    pub rows: Vec<GridRow>,
    /// (bid id, company): every submitted bid, for the links to each bidder's page.
    pub companies: Vec<(BidId, String)>,
    /// Why nothing can be judged now, translated.
    pub locked: Option<String>,
}

impl App {
    pub async fn grid_page(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        loc: Locale,
        area: Option<&str>,
    ) -> AppResult<GridPage> {
        let (case, _, items, all_bids) = self.opened_with_bids(actor, case_id).await?;
        let areas = Areas::choose(&items, area);
        // Only the texts of the area shown are read (a long set's bids hold megabytes).
        let mut answers: BTreeMap<String, BTreeMap<String, Answer>> = BTreeMap::new();
        match areas.current_name() {
            Some(name) => {
                for r in bids::answers_in_area(&self.db, case_id, name).await? {
                    answers.entry(r.bid_id.clone()).or_default().extend(answer_map(vec![r.answer]));
                }
            }
            None => {
                for b in &all_bids {
                    answers.insert(b.id.0.clone(), answer_map(bids::answers(&self.db, b).await?));
                }
            }
        }
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        for b in &all_bids {
            files.extend(bids::evidence_list(&self.db, b).await?.into_iter().map(|e| (e.id, e.filename)));
        }
        let me = actor.user_id.as_str();
        let mine = match areas.current_name() {
            Some(name) => store::by_evaluator_in_area(&self.db, &case, me, name).await?,
            None => store::by_evaluator_for_case(&self.db, &case, me).await?,
        };
        let mine: BTreeMap<(String, String), store::JudgementRow> =
            mine.into_iter().map(|r| ((r.bid_id.clone(), r.requirement_id.clone()), r)).collect();
        let labels = Labels::new(loc);
        let rows = items
            .iter()
            .filter(|i| areas.shows(&i.area))
            .map(|i| GridRow {
                id: i.requirement_id.clone(),
                reference: i.reference.clone(),
                text: i.text.clone(),
                must: i.kind == Kind::Must,
                kind: labels.kind(i.kind),
                weight: i.weight,
                cells: all_bids
                    .iter()
                    .map(|b| {
                        let a = answers.get(b.id.as_str()).and_then(|m| m.get(&i.requirement_id));
                        let j = mine.get(&(b.id.0.clone(), i.requirement_id.clone()));
                        GridCell {
                            key: format!("{}:{}", b.id, i.requirement_id),
                            bid_id: b.id.clone(),
                            company: b.company.clone(),
                            answer: labels.answer(a.map(|a| a.status)),
                            answer_text: a.map(|a| a.description.clone()).unwrap_or_default(),
                            evidence_ref: a.map(|a| a.evidence_ref.clone()).unwrap_or_default(),
                            evidence_file: a
                                .and_then(|a| a.evidence_id.as_ref())
                                .and_then(|id| files.get(id).map(|n| (id.clone(), n.clone()))),
                            verdict: j.and_then(|j| j.verdict.clone()).unwrap_or_default(),
                            score: j.and_then(|j| j.score).map(|s| s.to_string()).unwrap_or_default(),
                            justification: j.map(|j| j.justification.clone()).unwrap_or_default(),
                        }
                    })
                    .collect(),
            })
            .collect();
        let locked = if case.signed_off_at.is_some() {
            Some(t(loc, "error-evaluation-signed-off"))
        } else if case.status != Status::Evaluation {
            Some(t(loc, "error-evaluation-not-open"))
        } else {
            None
        };
        Ok(GridPage {
            case_id: case.id.clone(),
            case_title: format!("{} {}", case.case_number, case.title),
            areas,
            rows,
            companies: all_bids.iter().map(|b| (b.id.clone(), b.company.clone())).collect(),
            locked,
        })
    }

    /// Saves the evaluator's own judgements of several bids of a case at once (the grid):
    /// every one is checked, and all are written or none.
    pub async fn save_grid(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        per_bid: &[(BidId, Vec<JudgementInput>)],
    ) -> AppResult<usize> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let case =
            tillit_store::procurement::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let mut saved = 0;
        for (bid_id, input) in per_bid {
            let bid = bids::get_tx(&mut w.tx, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
            // A bid of another case is not in this grid.
            if bid.case_id != case.id {
                return Err(AppError::NotFound);
            }
            if let Some(key) = locked(&case, &bid) {
                return Err(AppError::invalid("evaluation", key));
            }
            saved += judge(&mut w, actor, &bid, input, false, Some(&bid.company)).await?;
        }
        w.commit_or_unchanged().await?;
        Ok(saved)
    }
}
