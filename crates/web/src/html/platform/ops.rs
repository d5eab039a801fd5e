//! Health, readiness, static assets and the 404 page.

use crate::ctx::Page;
use crate::html::message;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers and its schema is the one this binary expects.
pub async fn readyz(State(st): State<AppState>) -> Response {
    let r = st.app.readiness().await;
    let ready = r.ready();
    let body = serde_json::json!({
        "ready": ready,
        "database": if r.database_reachable { "reachable" } else { "unreachable" },
        "schema_version": r.schema_version,
        "expected_schema_version": r.expected_schema_version,
    });
    let status = if ready { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    (status, Json(body)).into_response()
}

const STYLE: &str = include_str!("../../../static/style.css");
const FAVICON: &str = include_str!("../../../static/favicon.svg");
const PASSKEY_JS: &str = include_str!("../../../static/passkey.js");
const PORTAL_JS: &str = include_str!("../../../static/portal.js");

pub async fn static_file(Path(file): Path<String>) -> Response {
    let (body, ctype) = match file.as_str() {
        "style.css" => (STYLE, "text/css; charset=utf-8"),
        "favicon.svg" => (FAVICON, "image/svg+xml"),
        "passkey.js" => (PASSKEY_JS, "text/javascript; charset=utf-8"),
        "portal.js" => (PORTAL_JS, "text/javascript; charset=utf-8"),
        _ => return (StatusCode::NOT_FOUND, "not found").into_response(),
    };
    ([(header::CONTENT_TYPE, ctype), (header::CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

pub async fn not_found(page: Page) -> Response {
    message(page.ctx, StatusCode::NOT_FOUND, "error-not-found-title", "error-not-found", Some(("/", "action-home")))
}
