//! Changes to a case's requirement set; the set itself is shown on the case page.

use crate::ctx::Authed;
use crate::html::{fail, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_domain::CaseId;
use tillit_domain::procurement::requirement_set::Kind;

fn back(id: &str) -> Response {
    see_other(&format!("/cases/{id}"), Some("notice-saved"))
}

pub async fn adopt(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.adopt_proposal(&a.actor, &id).await {
        Ok(_) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct ItemForm {
    requirement: String,
    kind: String,
    #[serde(default)]
    weight: String,
    #[serde(default)]
    wording: String,
}

pub async fn put(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>, Form(f): Form<ItemForm>) -> Response {
    let Some(kind) = Kind::parse(&f.kind) else {
        return fail(a.ctx, AppError::invalid("kind", "error-choose"));
    };
    let weight = match f.weight.trim() {
        "" => 0,
        w => match w.parse::<u32>() {
            Ok(w) => w,
            Err(_) => return fail(a.ctx, AppError::invalid("weight", "error-weight")),
        },
    };
    match st.app.put_set_item(&a.actor, &id, &f.requirement, kind, weight, &f.wording).await {
        Ok(()) => back(&id),
        Err(e) => fail(a.ctx, e),
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
        Ok(()) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}
