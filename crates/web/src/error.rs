//! Turning use-case errors into responses. Unknown and foreign objects are both 404,
//! so a response never hints that something exists in another organisation.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tillit_app::AppError;

pub struct WebError(pub AppError);

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        WebError(e)
    }
}

impl From<tillit_app::data::StoreError> for WebError {
    fn from(e: tillit_app::data::StoreError) -> Self {
        WebError(AppError::Store(e))
    }
}

pub fn status_of(e: &AppError) -> StatusCode {
    match e {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Gone(_) => StatusCode::GONE,
        AppError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        AppError::Store(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        if status.is_server_error() {
            tracing::error!(error = %self.0, "request failed");
        }
        let body = match &self.0 {
            AppError::Invalid { field, key, .. } => format!("{field}: {key}"),
            e if status.is_server_error() => {
                let _ = e;
                "internal error".to_string()
            }
            e => e.to_string(),
        };
        (status, body).into_response()
    }
}
