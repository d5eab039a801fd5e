//! Evaluating submitted bids: the lead evaluator, each evaluator's independent judgements,
//! the consensus, the comparison of all bidders, and sign-off, which locks it all.

use crate::procurement::portal::answer_map;
use crate::procurement::standings::{Stamp, Standings};
use crate::{Actor, App, AppError, AppResult};
use std::collections::BTreeMap;
use std::sync::Arc;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::{Answer, AnswerStatus};
use tillit_domain::procurement::evaluation::{self as rules, BidResult, Judgement, JudgementProblem};
use tillit_domain::procurement::tender::FrozenItem;
use tillit_domain::{BidId, CaseId};
use tillit_domain::{Permission, UserId};
use tillit_store::identity::orgs;
use tillit_store::procurement::bids::{self, BidRow};
use tillit_store::procurement::evaluation::{self as store, CONSENSUS, JudgementRow, NewJudgement};
use tillit_store::procurement::tender as versions;
use tillit_store::procurement::{self as cases, CaseRow};

/// What one evaluator enters for one requirement; empty fields leave it unjudged.
pub struct JudgementInput {
    pub requirement_id: String,
    pub verdict: String,
    pub score: String,
    pub justification: String,
}

pub struct EvaluationView {
    pub case: CaseRow,
    pub bid: BidRow,
    pub items: Vec<FrozenItem>,
    pub answers: BTreeMap<String, Answer>,
    /// The actor's own judgements, by requirement.
    pub mine: BTreeMap<String, JudgementRow>,
    /// Everyone's judgements, shown to the lead evaluator (and to all after sign-off).
    pub all: Vec<JudgementRow>,
    pub consensus: BTreeMap<String, JudgementRow>,
    pub is_lead: bool,
    /// Why nothing can be judged now, if so (a Fluent key).
    pub locked: Option<&'static str>,
}

/// All bidders side by side.
pub struct Comparison {
    pub case: CaseRow,
    pub items: Vec<FrozenItem>,
    pub set_hash: String,
    /// Submitted bids, in the order of the results.
    pub bids: Vec<BidRow>,
    /// Per bid: the consensus on each requirement judged (the justifications are read where
    /// they are shown).
    pub consensus: Arc<BTreeMap<String, BTreeMap<String, Judgement>>>,
    /// Per bid: each answered requirement's status (the texts are read where they are shown).
    pub statuses: Arc<BTreeMap<String, BTreeMap<String, AnswerStatus>>>,
    pub results: Arc<Vec<BidResult>>,
    /// Per bid: the references of requirements not fully met (answer or consensus).
    pub gaps: Arc<BTreeMap<String, Vec<String>>>,
    pub complete: bool,
}

fn problem(p: JudgementProblem) -> AppError {
    match p {
        JudgementProblem::WrongKind => AppError::invalid("verdict", "error-judgement-kind"),
        JudgementProblem::ScoreOutOfRange => AppError::invalid("score", "error-score-range"),
        JudgementProblem::MissingJustification => AppError::invalid("justification", "error-justification"),
    }
}

fn to_judgement(r: &JudgementRow) -> Option<Judgement> {
    to_judgement_parts(r.verdict.as_deref(), r.score)
}

fn to_judgement_parts(verdict: Option<&str>, score: Option<i64>) -> Option<Judgement> {
    match (verdict, score) {
        (Some(v), _) => tillit_domain::procurement::evaluation::Verdict::parse(v).map(Judgement::Must),
        (None, Some(s)) => Some(Judgement::Award(s.clamp(0, 10) as u8)),
        _ => None,
    }
}

impl App {
    /// Names the lead evaluator: a member who may edit procurement.
    pub async fn set_lead_evaluator(&self, actor: &Actor, case_id: &CaseId, user: &str) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let role = orgs::role_of(&self.db, &actor.org_id, &UserId(user.to_string())).await?;
        if !role.is_some_and(|r| r.has(Permission::ProcurementEdit)) {
            return Err(AppError::invalid("lead_evaluator", "error-lead-evaluator"));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        if case.signed_off_at.is_some() {
            return Err(AppError::invalid("evaluation", "error-evaluation-signed-off"));
        }
        cases::set_lead_evaluator(&mut w.tx, &actor.org_id, case_id, user).await?;
        let changes = vec![FieldChange::new("lead_evaluator", case.lead_evaluator.as_deref(), Some(user))];
        w.audit(AuditAction::EvaluationLead, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn evaluation(&self, actor: &Actor, bid_id: &BidId) -> AppResult<EvaluationView> {
        actor.require(Permission::ProcurementView)?;
        let bid = bids::get(&self.db, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        let case = self.case_as_of_now(actor, &bid.case_id).await?;
        if let Some(why) = tillit_domain::procurement::bid::contents_hidden(case.opened_at, bid.status) {
            return Err(AppError::invalid("bid", why.message_key()));
        }
        let version = match &bid.version_id {
            Some(v) => v.clone(),
            None => return Err(AppError::invalid("bid", "error-bid-not-submitted")),
        };
        let items = versions::items(&self.db, &version).await?;
        let rows = store::for_bid(&self.db, &bid).await?;
        let is_lead = case.lead_evaluator.as_deref() == Some(actor.user_id.as_str());
        let me = actor.user_id.as_str();
        let mine = rows.iter().filter(|r| r.evaluator == me).map(|r| (r.requirement_id.clone(), r.clone())).collect();
        let consensus =
            rows.iter().filter(|r| r.evaluator == CONSENSUS).map(|r| (r.requirement_id.clone(), r.clone())).collect();
        let all = if is_lead || case.signed_off_at.is_some() { rows } else { vec![] };
        Ok(EvaluationView {
            locked: locked(&case, &bid),
            answers: answer_map(bids::answers(&self.db, &bid).await?),
            case,
            bid,
            items,
            mine,
            all,
            consensus,
            is_lead,
        })
    }

    /// Saves the actor's own judgements (or, for the lead evaluator, the consensus) for a
    /// bid; every entered judgement is checked, and all are written or none.
    pub async fn save_judgements(
        &self,
        actor: &Actor,
        bid_id: &BidId,
        input: &[JudgementInput],
        consensus: bool,
    ) -> AppResult<usize> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let bid = bids::get_tx(&mut w.tx, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, &bid.case_id).await?.ok_or(AppError::NotFound)?;
        if let Some(key) = locked(&case, &bid) {
            return Err(AppError::invalid("evaluation", key));
        }
        if consensus && case.lead_evaluator.as_deref() != Some(actor.user_id.as_str()) {
            return Err(AppError::invalid("evaluation", "error-not-lead"));
        }
        let saved = judge(&mut w, actor, &bid, input, consensus, None).await?;
        w.commit_or_unchanged().await?;
        Ok(saved)
    }

    /// What the evaluators' judgements propose as each requirement's consensus (for the
    /// lead): the evaluators are everyone who has judged this bid.
    pub fn consensus_proposals(v: &EvaluationView) -> BTreeMap<String, rules::Proposal> {
        let mut evaluators: Vec<&str> =
            v.all.iter().filter(|r| r.evaluator != CONSENSUS).map(|r| r.evaluator.as_str()).collect();
        evaluators.sort();
        evaluators.dedup();
        let by_pair: BTreeMap<(&str, &str), &JudgementRow> =
            v.all.iter().map(|r| ((r.evaluator.as_str(), r.requirement_id.as_str()), r)).collect();
        v.items
            .iter()
            .map(|i| {
                let judged: Vec<Option<(Judgement, String)>> = evaluators
                    .iter()
                    .map(|e| {
                        by_pair
                            .get(&(*e, i.requirement_id.as_str()))
                            .and_then(|r| to_judgement(r).map(|j| (j, r.justification.clone())))
                    })
                    .collect();
                (i.requirement_id.clone(), rules::propose_consensus(&judged))
            })
            .collect()
    }

    /// Passes every must requirement the bidder answered "met" that the evaluator has not
    /// judged yet: one action instead of one per requirement. Returns how many.
    pub async fn pass_answered_met(&self, actor: &Actor, bid_id: &BidId) -> AppResult<usize> {
        let v = self.evaluation(actor, bid_id).await?;
        let input: Vec<JudgementInput> = v
            .items
            .iter()
            .filter(|i| i.kind == tillit_domain::procurement::requirement_set::Kind::Must)
            .filter(|i| !v.mine.contains_key(&i.requirement_id))
            .filter(|i| v.answers.get(&i.requirement_id).is_some_and(|a| a.status == AnswerStatus::Met))
            .map(|i| JudgementInput {
                requirement_id: i.requirement_id.clone(),
                verdict: "pass".into(),
                score: String::new(),
                justification: String::new(),
            })
            .collect();
        if input.is_empty() {
            return Ok(0);
        }
        self.save_judgements(actor, bid_id, &input, false).await
    }

    /// The lead confirms, in one action, the consensus wherever the evaluators agree and
    /// none is recorded yet, their justifications carried over. Returns how many.
    pub async fn confirm_agreed_consensus(&self, actor: &Actor, bid_id: &BidId) -> AppResult<usize> {
        let v = self.evaluation(actor, bid_id).await?;
        if !v.is_lead {
            return Err(AppError::invalid("evaluation", "error-not-lead"));
        }
        let input: Vec<JudgementInput> = Self::consensus_proposals(&v)
            .into_iter()
            .filter(|(req, _)| !v.consensus.contains_key(req))
            .filter_map(|(req, p)| match p {
                rules::Proposal::Agreed(j, why) => Some(JudgementInput {
                    requirement_id: req,
                    verdict: match j {
                        Judgement::Must(v) => v.as_str().to_string(),
                        Judgement::Award(_) => String::new(),
                    },
                    score: match j {
                        Judgement::Award(s) => s.to_string(),
                        Judgement::Must(_) => String::new(),
                    },
                    justification: why,
                }),
                _ => None,
            })
            .collect();
        if input.is_empty() {
            return Err(AppError::invalid("consensus", "error-consensus-nothing-agreed"));
        }
        self.save_judgements(actor, bid_id, &input, true).await
    }

    /// An opened case, the newest published set (hash and items) and its submitted bids:
    /// what the comparison and the grid rest on.
    pub(crate) async fn opened_with_bids(
        &self,
        actor: &Actor,
        case_id: &CaseId,
    ) -> AppResult<(CaseRow, String, Vec<FrozenItem>, Vec<BidRow>)> {
        actor.require(Permission::ProcurementView)?;
        let case = self.opened_case(actor, case_id).await?;
        let current = versions::versions(&self.db, &actor.org_id, case_id).await?.into_iter().next();
        let Some(current) = current else {
            return Err(AppError::invalid("requirement_set", "error-set-not-published"));
        };
        let items = versions::items(&self.db, &current.id).await?;
        let submitted = bids::for_case(&self.db, &actor.org_id, case_id)
            .await?
            .into_iter()
            .filter(|b| b.status.is_submitted())
            .collect();
        Ok((case, current.hash, items, submitted))
    }

    pub async fn comparison(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Comparison> {
        let (case, set_hash, items, all_bids) = self.opened_with_bids(actor, case_id).await?;
        let stamp = Stamp::of(&set_hash, &all_bids);
        let s = match self.standings.get(case.id.as_str(), &stamp) {
            Some(s) => s,
            None => {
                let s = self.compute_standings(&case, &items, &all_bids).await?;
                self.standings.put(case.id.as_str(), stamp, s.clone());
                s
            }
        };
        let bids = s.results.iter().filter_map(|r| all_bids.iter().find(|b| b.id == r.bid_id).cloned()).collect();
        Ok(Comparison {
            complete: s.complete,
            case,
            items,
            set_hash,
            bids,
            consensus: s.consensus,
            statuses: s.statuses,
            results: s.results,
            gaps: s.gaps,
        })
    }

    /// Every submitted bid's standing, in one pass over answer statuses and consensus.
    async fn compute_standings(
        &self,
        case: &CaseRow,
        items: &[FrozenItem],
        all_bids: &[BidRow],
    ) -> AppResult<Standings> {
        let mut judged: BTreeMap<String, BTreeMap<String, Judgement>> = BTreeMap::new();
        let mut statuses: BTreeMap<String, BTreeMap<String, AnswerStatus>> = BTreeMap::new();
        for b in all_bids {
            judged.insert(b.id.0.clone(), BTreeMap::new());
            statuses.insert(b.id.0.clone(), BTreeMap::new());
        }
        // Drafts are not bids: only submitted bids' standings are kept.
        for r in store::standings(&self.db, case).await? {
            let j = to_judgement_parts(r.verdict.as_deref(), r.score);
            if let (Some(j), Some(m)) = (j, judged.get_mut(&r.bid_id)) {
                m.insert(r.requirement_id.clone(), j);
            }
            if let (Some(s), Some(m)) = (r.status.as_deref().and_then(AnswerStatus::parse), statuses.get_mut(&r.bid_id))
            {
                m.insert(r.requirement_id, s);
            }
        }
        let mut gaps = BTreeMap::new();
        for b in all_bids {
            let a = &statuses[b.id.as_str()];
            let g: Vec<String> = items
                .iter()
                .filter(|i| {
                    let answered_gap = a.get(&i.requirement_id).is_none_or(|x| x.is_gap());
                    let judged_gap = match judged.get(b.id.as_str()).and_then(|m| m.get(&i.requirement_id)) {
                        Some(Judgement::Must(v)) => *v == tillit_domain::procurement::evaluation::Verdict::Fail,
                        Some(Judgement::Award(s)) => *s < 10,
                        None => false,
                    };
                    answered_gap || judged_gap
                })
                .map(|i| i.reference.clone())
                .collect();
            gaps.insert(b.id.0.clone(), g);
        }
        let mut results = rules::results(items, &judged);
        results.sort_by(|a, b| {
            a.rank.unwrap_or(usize::MAX).cmp(&b.rank.unwrap_or(usize::MAX)).then(b.total.total_cmp(&a.total))
        });
        Ok(Standings {
            complete: rules::complete(&results),
            consensus: Arc::new(judged),
            statuses: Arc::new(statuses),
            results: Arc::new(results),
            gaps: Arc::new(gaps),
        })
    }

    /// The lead evaluator signs the evaluation off once every bid has a consensus on every
    /// requirement; from then on nothing in it can change.
    pub async fn sign_off(&self, actor: &Actor, case_id: &CaseId) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let c = self.comparison(actor, case_id).await?;
        if c.case.lead_evaluator.as_deref() != Some(actor.user_id.as_str()) {
            return Err(AppError::invalid("evaluation", "error-not-lead"));
        }
        if c.case.status != Status::Evaluation {
            return Err(AppError::invalid("status", "error-evaluation-not-open"));
        }
        if !c.complete {
            return Err(AppError::invalid("evaluation", "error-evaluation-incomplete"));
        }
        // A signature names its moment, one per second: a basis signed again within the second
        // of a voided one is signed the next second, so each stored basis keeps its own key.
        let last =
            tillit_store::procurement::decision::history(&self.db, &c.case).await?.iter().map(|d| d.signed_at).max();
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = last.map_or(w.now, |l| w.now.max(l + 1));
        if cases::sign_off(&mut w.tx, &actor.org_id, case_id, &actor.label(), now).await? != 1 {
            return Err(AppError::invalid("evaluation", "error-evaluation-signed-off"));
        }
        let ranking: Vec<String> = c
            .results
            .iter()
            .map(|r| {
                let name = c.bids.iter().find(|b| b.id == r.bid_id).map(|b| b.company.as_str()).unwrap_or("");
                match r.rank {
                    Some(n) => format!("{n}. {name} {:.1}", r.total),
                    None => format!("{name}: rejected ({})", r.failed_musts.join(", ")),
                }
            })
            .collect();
        let changes = vec![
            FieldChange::new("signed_off", None, Some("true")),
            FieldChange::new("ranking", None, Some(&ranking.join("; "))),
            FieldChange::new("set_hash", None, Some(&c.set_hash)),
        ];
        w.audit(AuditAction::EvaluationSignOff, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        // The signed basis is rendered and stored now; should that fail, the first download
        // stores it (the signature stands either way).
        if let Err(e) = self.report_pdf(actor, case_id).await {
            tracing::warn!(case = %case_id, error = %e, "the signed decision basis could not be stored yet");
        }
        Ok(())
    }
}

/// Why a bid's evaluation cannot change now (a Fluent key), if it cannot.
/// Checks and writes one evaluator's (or the consensus's) judgements of one bid inside the
/// caller's write; `company` names the bidder in errors where several bids are judged at once.
pub(crate) async fn judge(
    w: &mut crate::write::Write<'_>,
    actor: &Actor,
    bid: &BidRow,
    input: &[JudgementInput],
    consensus: bool,
    company: Option<&str>,
) -> AppResult<usize> {
    let version = bid.version_id.clone().unwrap_or_default();
    let items = versions::items_tx(&mut w.tx, &version).await?;
    let by_id: BTreeMap<&str, &FrozenItem> = items.iter().map(|i| (i.requirement_id.as_str(), i)).collect();
    let now = w.now;
    // Where an error is: the requirement, and in the grid across bidders also the bidder.
    let at = |item: &FrozenItem| match company {
        Some(c) => format!("{} ({c})", item.reference),
        None => item.reference.clone(),
    };
    let (evaluator, label) = if consensus {
        (CONSENSUS.to_string(), format!("{} (consensus)", actor.label()))
    } else {
        (actor.user_id.0.clone(), actor.label())
    };
    let mut saved = 0;
    for j in input {
        let Some(item) = by_id.get(j.requirement_id.as_str()).copied() else {
            return Err(AppError::invalid("requirement", "error-portal-unknown-requirement"));
        };
        let verdict = Some(j.verdict.trim()).filter(|v| !v.is_empty());
        let score = match j.score.trim() {
            "" => None,
            s => Some(s.parse::<i64>().map_err(|_| AppError::invalid("score", "error-score-range").at(&at(item)))?),
        };
        if verdict.is_none() && score.is_none() && j.justification.trim().is_empty() {
            continue;
        }
        if j.justification.chars().count() > 5000 {
            return Err(AppError::invalid("justification", "error-too-long").at(&at(item)));
        }
        rules::check(item.kind, verdict, score, &j.justification).map_err(|p| problem(p).at(&at(item)))?;
        let old = store::get_tx(&mut w.tx, bid, &item.requirement_id, &evaluator).await?;
        store::put(
            &mut w.tx,
            NewJudgement {
                bid,
                requirement_id: &item.requirement_id,
                evaluator: &evaluator,
                evaluator_label: &label,
                verdict,
                score,
                justification: j.justification.trim(),
                now,
            },
        )
        .await?;
        let show = |v: Option<&str>, s: Option<i64>| v.map(str::to_string).or(s.map(|s| s.to_string()));
        let before = old.as_ref().and_then(|o| show(o.verdict.as_deref(), o.score));
        let after = show(verdict, score);
        if before != after || old.as_ref().map(|o| o.justification.as_str()) != Some(j.justification.trim()) {
            let changes = vec![
                FieldChange::new("requirement", None, Some(&item.reference)),
                FieldChange::new("judgement", before.as_deref(), after.as_deref()),
                FieldChange::new(
                    "justification",
                    old.as_ref().map(|o| o.justification.as_str()),
                    Some(j.justification.trim()),
                ),
            ];
            let action = if consensus { AuditAction::EvaluationConsensus } else { AuditAction::EvaluationJudge };
            w.audit(action, "bid", &bid.id, changes).await?;
        }
        saved += 1;
    }
    if consensus && saved > 0 {
        bids::standing_changed(&mut w.tx, bid.id.as_str()).await?;
    }
    Ok(saved)
}

pub(crate) fn locked(case: &CaseRow, bid: &BidRow) -> Option<&'static str> {
    if case.signed_off_at.is_some() {
        Some("error-evaluation-signed-off")
    } else if case.status != Status::Evaluation {
        Some("error-evaluation-not-open")
    } else if !bid.status.is_submitted() {
        Some("error-bid-not-submitted")
    } else {
        None
    }
}
