//! Publishing a tender: the deadline, corrections after publishing, and every published
//! version of the requirement set with its hash and what each correction changed.

use super::refusal::refused;
use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::procurement::set_history;
use tillit_domain::CaseId;
use tillit_domain::platform::local_time;

fn back(id: &str) -> Response {
    see_other(&format!("/cases/{id}"), Some("notice-saved"))
}

#[derive(Deserialize)]
pub struct DeadlineForm {
    #[serde(default)]
    deadline: String,
    /// Why a published deadline is extended; sent to the bidders.
    #[serde(default)]
    reason: String,
}

pub async fn deadline(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<DeadlineForm>,
) -> Response {
    let result = match local_time::parse_local(&f.deadline) {
        Some(at) => st.app.set_deadline(&a.actor, &id, at, &f.reason).await,
        None => Err(AppError::invalid("deadline", "error-deadline-format")),
    };
    match result {
        Ok(()) => back(&id),
        Err(e) => {
            let typed = [("deadline".to_string(), f.deadline), ("reason".to_string(), f.reason)];
            refused(&st, a, &id, "deadline", &typed, e).await
        }
    }
}

#[derive(Deserialize)]
pub struct ContractStartForm {
    /// `YYYY-MM-DD`; empty clears it.
    #[serde(default)]
    contract_start: String,
}

pub async fn contract_start(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<ContractStartForm>,
) -> Response {
    let raw = f.contract_start.trim();
    let result = if raw.is_empty() {
        st.app.set_contract_start(&a.actor, &id, None).await
    } else {
        match local_time::parse_local(&format!("{raw}T00:00")) {
            Some(s) => st.app.set_contract_start(&a.actor, &id, Some(s)).await,
            None => Err(AppError::invalid("contract_start", "error-date-format")),
        }
    };
    match result {
        Ok(()) => back(&id),
        Err(e) => {
            let typed = [("contract_start".to_string(), f.contract_start.clone())];
            refused(&st, a, &id, "contract-start", &typed, e).await
        }
    }
}

pub async fn open_correction(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.open_correction(&a.actor, &id).await {
        Ok(()) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct CorrectionForm {
    #[serde(default)]
    note: String,
}

pub async fn publish_correction(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<CorrectionForm>,
) -> Response {
    match st.app.publish_correction(&a.actor, &id, &f.note).await {
        Ok(_) => back(&id),
        Err(e) => refused(&st, a, &id, "correction", &[("note".to_string(), f.note)], e).await,
    }
}

#[derive(Template)]
#[template(path = "procurement/set_versions.html")]
pub struct VersionsPage {
    ctx: Ctx,
    m: set_history::SetHistory,
}

pub async fn versions(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.set_history(&a.actor, &id, a.ctx.loc).await {
        Ok(m) => render(&VersionsPage { ctx: a.ctx, m }),
        Err(e) => fail(a.ctx, e),
    }
}
