//! Identity operations: the caller, the organisation, its members and the permission matrix.

use super::{ApiActor, ApiError, views};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tillit_domain::{Permission, Role, UserId};

pub async fn me(ApiActor(a): ApiActor) -> Json<serde_json::Value> {
    Json(json!({
        "user_id": a.user_id,
        "email": a.email,
        "organisation_id": a.org_id,
        "role": a.role,
        "permissions": a.role.permissions(),
    }))
}

pub async fn organisation(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::Organisation::from(&st.app.organisation(&a).await?)).into_response())
}

pub async fn members(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Member>(&st.app.members(&a).await?)).into_response())
}

pub async fn member(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    Ok(Json(views::Member::from(&st.app.member(&a, &UserId(id)).await?)).into_response())
}

pub async fn permissions(ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    a.require(Permission::ViewPermissionMatrix)?;
    let matrix: serde_json::Map<String, serde_json::Value> =
        Role::ALL.iter().map(|r| (r.as_str().to_string(), json!(r.permissions()))).collect();
    Ok(Json(json!({ "roles": matrix, "permissions": Permission::ALL })).into_response())
}
