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
use tillit_app::procurement::evaluation_page;
use tillit_domain::{BidId, CaseId};

#[derive(Deserialize)]
pub struct LeadForm {
    #[serde(default)]
    user: String,
}

pub async fn set_lead(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<LeadForm>,
) -> Response {
    match st.app.set_lead_evaluator(&a.actor, &id, &f.user).await {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "procurement/evaluation.html")]
pub struct EvaluationPage {
    ctx: Ctx,
    m: evaluation_page::EvaluationPage,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.evaluation_page(&a.actor, &id, a.ctx.loc).await {
        Ok(m) => render(&EvaluationPage { ctx: a.ctx, m }),
        Err(e) => fail(a.ctx, e),
    }
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
    Path(id): Path<BidId>,
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
    Path(id): Path<BidId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.save_judgements(&a.actor, &id, &inputs(&f), true).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

/// The evaluator passes, in one action, every must requirement the bidder answered "met".
pub async fn pass_met(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.pass_answered_met(&a.actor, &id).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

/// The lead confirms the consensus wherever the evaluators agree, in one action.
pub async fn confirm_consensus(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.confirm_agreed_consensus(&a.actor, &id).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn sign_off(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.sign_off(&a.actor, &id).await {
        Ok(()) => see_other(&format!("/cases/{id}/comparison"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct ReopenForm {
    #[serde(default)]
    reason: String,
}

pub async fn reopen(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<ReopenForm>,
) -> Response {
    match st.app.reopen_evaluation(&a.actor, &id, &f.reason).await {
        Ok(()) => see_other(&format!("/cases/{id}/comparison"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "procurement/comparison.html")]
pub struct ComparisonPage {
    ctx: Ctx,
    m: evaluation_page::ComparisonPage,
}

pub async fn comparison(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.comparison_page(&a.actor, &id, a.ctx.loc).await {
        Ok(m) => render(&ComparisonPage { ctx: a.ctx, m }),
        Err(e) => fail(a.ctx, e),
    }
}
