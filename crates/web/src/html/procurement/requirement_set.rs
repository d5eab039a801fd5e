//! Changes to a case's requirement set; the set itself is shown on the case page.

use super::cases::field;
use super::refusal::refused;
use crate::ctx::Authed;
use crate::html::fail;
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tillit_app::AppError;
use tillit_domain::CaseId;
use tillit_domain::procurement::requirement_set::Kind;

/// Back to the case page where the user was: the changed row, or the set.
fn back(id: &str, anchor: &str) -> Response {
    let to = format!("/cases/{id}?notice=notice-saved#{anchor}");
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

pub async fn adopt(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.adopt_proposal(&a.actor, &id).await {
        Ok(_) => back(&id, "set"),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn put(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let requirement = field(&f, "requirement");
    let weight = match field(&f, "weight").trim() {
        "" => Ok(0),
        w => w.parse::<u32>().map_err(|_| AppError::invalid("weight", "error-weight")),
    };
    let result = match (Kind::parse(&field(&f, "kind")), weight) {
        (None, _) => Err(AppError::invalid("kind", "error-choose")),
        (_, Err(e)) => Err(e),
        (Some(kind), Ok(weight)) => {
            st.app.put_set_item(&a.actor, &id, &requirement, kind, weight, &field(&f, "wording")).await
        }
    };
    match result {
        Ok(()) => back(&id, &format!("set-{requirement}")),
        Err(e) => refused(&st, a, &id, "set-item", &f, e).await,
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    requirement: String,
}

pub async fn remove(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<RemoveForm>,
) -> Response {
    match st.app.remove_set_item(&a.actor, &id, &f.requirement).await {
        Ok(()) => back(&id, "set-table"),
        Err(e) => fail(a.ctx, e),
    }
}

/// A change to many requirements at once: those ticked, a whole area or a whole catalogue.
pub async fn bulk(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    use tillit_app::procurement::requirement_set::{BulkChange, Selection};
    let get = |k: &str| super::cases::field(&f, k).trim().to_string();
    let area = get("area");
    let selection = Selection {
        requirements: f.iter().filter(|(k, _)| k == "requirement").map(|(_, v)| v.clone()).collect(),
        area: area.split_once('|').map(|(c, a)| (c.to_string(), a.to_string())),
        catalogue: Some(get("catalogue")).filter(|c| !c.is_empty()),
    };
    let change = match get("change").as_str() {
        "remove" => BulkChange::Remove,
        "must" => BulkChange::MakeMust,
        "award" => match get("weight").parse::<u32>() {
            Ok(w) => BulkChange::MakeAward(w),
            Err(_) => return refused(&st, a, &id, "bulk", &f, AppError::invalid("weight", "error-weight")).await,
        },
        _ => return refused(&st, a, &id, "bulk", &f, AppError::invalid("change", "error-choose")).await,
    };
    match st.app.change_set_in_bulk(&a.actor, &id, &selection, change).await {
        Ok(_) => back(&id, "set-table"),
        Err(e) => refused(&st, a, &id, "bulk", &f, e).await,
    }
}
