//! Platform operations: the OpenAPI document and the audit log.

use super::{ApiActor, ApiError, OPENAPI, query};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tillit_app::data::AuditFilter;

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

#[derive(Deserialize)]
pub struct AuditQuery {
    action: Option<String>,
    actor: Option<String>,
    object: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
    limit: Option<i64>,
    offset: Option<i64>,
}

pub async fn audit_events(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let f = AuditFilter {
        action: q.action,
        actor: q.actor,
        object: q.object,
        from: q.from,
        to: q.to,
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
        offset: q.offset.unwrap_or(0).max(0),
    };
    Ok(Json(st.app.audit_search(&a, &f).await?).into_response())
}
