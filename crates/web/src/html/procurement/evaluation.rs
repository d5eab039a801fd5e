//! Evaluation pages: one bid judged by the signed-in evaluator (and, for the lead, the
//! consensus), the comparison of all bidders, the lead evaluator and sign-off.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::procurement::evaluation::JudgementInput;
use tillit_domain::procurement::requirement_set::Kind;

#[derive(Deserialize)]
pub struct LeadForm {
    #[serde(default)]
    user: String,
}

pub async fn set_lead(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<LeadForm>,
) -> Response {
    match st.app.set_lead_evaluator(&a.actor, &id, &f.user).await {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub struct Row {
    pub id: String,
    pub reference: String,
    pub text: String,
    pub must: bool,
    pub kind: String,
    pub weight: u32,
    pub answer: String,
    pub answer_text: String,
    pub evidence_ref: String,
    pub my_verdict: String,
    pub my_score: String,
    pub my_justification: String,
    pub c_verdict: String,
    pub c_score: String,
    pub c_justification: String,
    /// Everyone's judgements: (evaluator, verdict or score, justification).
    pub others: Vec<(String, String, String)>,
    pub mean: String,
}

#[derive(Template)]
#[template(path = "procurement/evaluation.html")]
pub struct EvaluationPage {
    ctx: Ctx,
    bid_id: String,
    case_id: String,
    company: String,
    case_title: String,
    rows: Vec<Row>,
    is_lead: bool,
    locked: Option<String>,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let v = match st.app.evaluation(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let t = |k: &str| a.ctx.t(k);
    let judged = |r: &tillit_app::data::JudgementRow| {
        r.verdict.as_ref().map(|v| t(&format!("verdict-{v}"))).or(r.score.map(|s| s.to_string())).unwrap_or_default()
    };
    let rows = v
        .items
        .iter()
        .map(|i| {
            let ans = v.answers.get(&i.requirement_id);
            let mine = v.mine.get(&i.requirement_id);
            let c = v.consensus.get(&i.requirement_id);
            let others: Vec<_> = v
                .all
                .iter()
                .filter(|r| r.requirement_id == i.requirement_id && r.evaluator != "consensus")
                .map(|r| (r.evaluator_label.clone(), judged(r), r.justification.clone()))
                .collect();
            let scores: Vec<u8> = v
                .all
                .iter()
                .filter(|r| r.requirement_id == i.requirement_id && r.evaluator != "consensus")
                .filter_map(|r| r.score.map(|s| s.clamp(0, 10) as u8))
                .collect();
            Row {
                id: i.requirement_id.clone(),
                reference: i.reference.clone(),
                text: i.text.clone(),
                must: i.kind == Kind::Must,
                kind: t(&format!("set-kind-{}", i.kind.as_str())),
                weight: i.weight,
                answer: ans.map(|x| t(&format!("answer-{}", x.status.as_str()))).unwrap_or_else(|| t("answer-none")),
                answer_text: ans.map(|x| x.description.clone()).unwrap_or_default(),
                evidence_ref: ans.map(|x| x.evidence_ref.clone()).unwrap_or_default(),
                my_verdict: mine.and_then(|m| m.verdict.clone()).unwrap_or_default(),
                my_score: mine.and_then(|m| m.score).map(|s| s.to_string()).unwrap_or_default(),
                my_justification: mine.map(|m| m.justification.clone()).unwrap_or_default(),
                c_verdict: c.and_then(|m| m.verdict.clone()).unwrap_or_default(),
                c_score: c.and_then(|m| m.score).map(|s| s.to_string()).unwrap_or_default(),
                c_justification: c.map(|m| m.justification.clone()).unwrap_or_default(),
                others,
                mean: tillit_domain::procurement::evaluation::mean_score(&scores)
                    .map(|m| format!("{m:.1}"))
                    .unwrap_or_default(),
            }
        })
        .collect();
    render(&EvaluationPage {
        bid_id: v.bid.id.clone(),
        case_id: v.case.id.clone(),
        company: v.bid.company.clone(),
        case_title: format!("{} {}", v.case.case_number, v.case.title),
        rows,
        is_lead: v.is_lead,
        locked: v.locked.map(|k| a.ctx.t(k)),
        ctx: a.ctx,
    })
}

fn inputs(f: &[(String, String)]) -> Vec<JudgementInput> {
    let get = |name: &str| f.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    f.iter()
        .filter(|(k, _)| k == "req")
        .map(|(_, id)| JudgementInput {
            requirement_id: id.clone(),
            verdict: get(&format!("verdict-{id}")),
            score: get(&format!("score-{id}")),
            justification: get(&format!("justification-{id}")),
        })
        .collect()
}

pub async fn save_mine(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.save_judgements(&a.actor, &id, &inputs(&f), false).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn save_consensus(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.save_judgements(&a.actor, &id, &inputs(&f), true).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn sign_off(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.sign_off(&a.actor, &id).await {
        Ok(()) => see_other(&format!("/cases/{id}/comparison"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
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
    /// Bar length in the chart, 0–400 px.
    pub width: u32,
    pub y: u32,
    pub text_y: u32,
    pub rejected: bool,
    pub failed: String,
    pub gaps: Vec<String>,
    pub by_area: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "procurement/comparison.html")]
pub struct ComparisonPage {
    ctx: Ctx,
    case_id: String,
    case_title: String,
    set_hash: String,
    companies: Vec<(String, String)>,
    rows: Vec<CompareRow>,
    bars: Vec<Bar>,
    chart_height: u32,
    complete: bool,
    signed_off: String,
    can_sign: bool,
}

pub async fn comparison(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let c = match st.app.comparison(&a.actor, &id).await {
        Ok(c) => c,
        Err(e) => return fail(a.ctx, e),
    };
    let t = |k: &str| a.ctx.t(k);
    let rows = c
        .items
        .iter()
        .map(|i| CompareRow {
            reference: i.reference.clone(),
            text: i.text.clone(),
            kind: t(&format!("set-kind-{}", i.kind.as_str())),
            weight: i.weight,
            area: i.area.clone(),
            cells: c
                .bids
                .iter()
                .map(|b| {
                    let j = c.consensus.get(&b.id).and_then(|m| m.get(&i.requirement_id));
                    let ans = c.answers.get(&b.id).and_then(|m| m.get(&i.requirement_id));
                    let judged = j.and_then(|j| {
                        j.verdict.as_ref().map(|v| t(&format!("verdict-{v}"))).or(j.score.map(|s| format!("{s}/10")))
                    });
                    let gap = c.gaps.get(&b.id).is_some_and(|g| g.contains(&i.reference));
                    let answer =
                        ans.map(|x| t(&format!("answer-{}", x.status.as_str()))).unwrap_or_else(|| t("answer-none"));
                    Cell { text: format!("{} · {}", answer, judged.unwrap_or_else(|| t("judgement-open"))), gap }
                })
                .collect(),
        })
        .collect();
    let bars = c
        .results
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let company = c.bids.iter().find(|b| b.id == r.bid_id).map(|b| b.company.clone()).unwrap_or_default();
            Bar {
                company,
                total: format!("{:.1}", r.total),
                rank: r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
                width: if r.rejected() { 0 } else { (r.total * 4.0).round().clamp(0.0, 400.0) as u32 },
                y: 10 + n as u32 * 34,
                text_y: 30 + n as u32 * 34,
                rejected: r.rejected(),
                failed: r.failed_musts.join(", "),
                gaps: c.gaps.get(&r.bid_id).cloned().unwrap_or_default(),
                by_area: r.by_area.iter().map(|(a, p)| (a.clone(), format!("{p:.1}"))).collect(),
            }
        })
        .collect::<Vec<_>>();
    let lead = c.case.lead_evaluator.as_deref() == Some(a.actor.user_id.as_str());
    render(&ComparisonPage {
        chart_height: 20 + bars.len() as u32 * 34,
        case_id: c.case.id.clone(),
        case_title: format!("{} {}", c.case.case_number, c.case.title),
        set_hash: c.set_hash.clone(),
        companies: c.bids.iter().map(|b| (b.id.clone(), b.company.clone())).collect(),
        rows,
        bars,
        complete: c.complete,
        signed_off: c.case.signed_off_at.map(tillit_domain::platform::local_time::format_local).unwrap_or_default(),
        can_sign: lead
            && c.case.signed_off_at.is_none()
            && c.case.status == tillit_domain::procurement::Status::Evaluation,
        ctx: a.ctx,
    })
}
