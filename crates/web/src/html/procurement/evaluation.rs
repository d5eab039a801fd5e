//! Evaluation pages: one bid judged by the signed-in evaluator (and, for the lead, the
//! consensus), the comparison of all bidders, the lead evaluator and sign-off.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::procurement::evaluation::JudgementInput;
use tillit_app::procurement::evaluation_page;
use tillit_domain::{BidId, CaseId};

pub async fn set_lead(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.set_lead_evaluator(&a.actor, &id, &super::cases::field(&f, "user")).await {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => super::refusal::refused(&st, a, &id, "lead", &f, e).await,
    }
}

#[derive(Template)]
#[template(path = "procurement/evaluation.html")]
pub struct EvaluationPage {
    ctx: Ctx,
    m: evaluation_page::EvaluationPage,
    /// A refused save, naming the requirement; the page shows every input as typed.
    error: Option<String>,
}

/// `?area=N`: which area of a long set a page shows.
#[derive(Deserialize, Default)]
pub struct AreaQuery {
    #[serde(default)]
    pub area: Option<String>,
}

/// Where a saved form goes back to: its own area, or the next one when asked
/// (`go`), as `?area=N` (digits only: the address is built from the form).
pub fn area_return(f: &[(String, String)]) -> String {
    let field = |name: &str| f.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    area_query(field("go"), field("area"))
}

/// `?area=N` from a form's next area (`go`) or its own (`area`); empty for the whole set.
pub fn area_query(go: &str, area: &str) -> String {
    let n = if go.trim().is_empty() { area.trim() } else { go.trim() };
    if !n.is_empty() && n.len() < 6 && n.bytes().all(|b| b.is_ascii_digit()) {
        format!("?area={n}")
    } else {
        String::new()
    }
}

fn form_area(f: &[(String, String)]) -> Option<String> {
    f.iter().find(|(k, _)| k == "area").map(|(_, v)| v.clone())
}

pub async fn show(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    Query(q): Query<AreaQuery>,
) -> Response {
    match st.app.evaluation_page(&a.actor, &id, a.ctx.loc, q.area.as_deref()).await {
        Ok(m) => render(&EvaluationPage { ctx: a.ctx, m, error: None }),
        Err(e) => fail(a.ctx, e),
    }
}

/// The page again after a refused save: the error on the form that caused it, naming the
/// requirement, and every input as it was typed (nothing was saved).
async fn refused(
    st: &AppState,
    a: Authed,
    id: &BidId,
    (typed, area): (&[JudgementInput], Option<String>),
    consensus: bool,
    e: AppError,
) -> Response {
    let mut m = match st.app.evaluation_page(&a.actor, id, a.ctx.loc, area.as_deref()).await {
        Ok(m) => m,
        Err(e) => return fail(a.ctx, e),
    };
    let overlay = |rows: &mut Vec<evaluation_page::JudgementLine>| {
        for r in rows.iter_mut() {
            if let Some(x) = typed.iter().find(|x| x.requirement_id == r.id) {
                if consensus {
                    (r.c_verdict, r.c_score, r.c_justification) =
                        (x.verdict.clone(), x.score.clone(), x.justification.clone());
                } else {
                    (r.my_verdict, r.my_score, r.my_justification) =
                        (x.verdict.clone(), x.score.clone(), x.justification.clone());
                }
            }
        }
    };
    if consensus {
        overlay(&mut m.consensus_rows);
    } else {
        overlay(&mut m.rows);
    }
    let error = Some(crate::html::error_text(&a.ctx, &e));
    crate::html::render_status(crate::error::status_of(&e), &EvaluationPage { ctx: a.ctx, m, error })
}

fn inputs(f: &[(String, String)]) -> Vec<JudgementInput> {
    let fields: std::collections::HashMap<&str, &str> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let get = |name: &str| fields.get(name).map(|v| v.to_string()).unwrap_or_default();
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
    let typed = inputs(&f);
    match st.app.save_judgements(&a.actor, &id, &typed, false).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation{}", area_return(&f)), Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => refused(&st, a, &id, (&typed, form_area(&f)), false, e).await,
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn save_consensus(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let typed = inputs(&f);
    match st.app.save_judgements(&a.actor, &id, &typed, true).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation{}", area_return(&f)), Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => refused(&st, a, &id, (&typed, form_area(&f)), true, e).await,
        Err(e) => fail(a.ctx, e),
    }
}

/// The evaluator passes, in one action, every must requirement the bidder answered "met".
pub async fn pass_met(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.pass_answered_met(&a.actor, &id).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation{}", area_return(&f)), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

/// The lead confirms the consensus wherever the evaluators agree, in one action.
pub async fn confirm_consensus(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.confirm_agreed_consensus(&a.actor, &id).await {
        Ok(_) => see_other(&format!("/bids/{id}/evaluation{}", area_return(&f)), Some("notice-saved")),
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

pub async fn comparison(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Query(q): Query<AreaQuery>,
) -> Response {
    match st.app.comparison_page(&a.actor, &id, a.ctx.loc, q.area.as_deref()).await {
        Ok(m) => render(&ComparisonPage { ctx: a.ctx, m }),
        Err(e) => fail(a.ctx, e),
    }
}
