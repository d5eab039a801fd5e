//! The JSON API under `/api/v1`. Authenticated by personal API tokens only (never by the
//! session cookie, so no browser can be made to call it). Documented in `openapi.json`.

use crate::error::status_of;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tillit_app::{Actor, AppError};

pub mod catalogue;
pub mod identity;
pub mod platform;
pub mod procurement;
pub mod suppliers;
pub mod views;

pub const OPENAPI: &str = include_str!("openapi.json");

pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        let body = match &self.0 {
            AppError::Invalid { field, key, .. } => {
                json!({ "error": "invalid", "field": field, "message": key })
            }
            AppError::NotFound => json!({ "error": "not_found" }),
            AppError::Forbidden => json!({ "error": "forbidden" }),
            AppError::Unauthenticated => json!({ "error": "unauthenticated" }),
            e => {
                tracing::error!(error = %e, "api request failed");
                json!({ "error": "internal" })
            }
        };
        let mut res = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        }
        res
    }
}

/// The caller behind `Authorization: Bearer tillit_…`.
pub struct ApiActor(pub Actor);

impl FromRequestParts<AppState> for ApiActor {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let token = crate::guard::bearer_token(&parts.headers).ok_or(ApiError(AppError::Unauthenticated))?;
        match st.app.actor_for_api_token(token).await? {
            Some(a) => Ok(ApiActor(a)),
            None => Err(ApiError(AppError::Unauthenticated)),
        }
    }
}

/// A query string that does not fit the operation's parameters is 422 JSON, as a bad body is.
pub(crate) fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(v)| v).map_err(|_| ApiError(AppError::invalid("query", "error-query")))
}
