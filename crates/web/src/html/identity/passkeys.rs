//! Passkey endpoints for `static/passkey.js`: JSON in and out, CSRF token in a header.

use crate::ctx::{Authed, Page, SignedIn};
use crate::html::{fail, see_other};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tillit_app::AppError;
use tillit_app::identity::passkey::{AssertionResponse, RegistrationResponse};
use tillit_domain::identity::session::MfaState;

fn json_error(page_loc: tillit_app::platform::i18n::Locale, e: AppError) -> Response {
    let status = crate::error::status_of(&e);
    let message = match &e {
        AppError::Invalid { key, .. } => tillit_app::platform::i18n::t(page_loc, key),
        _ => tillit_app::platform::i18n::t(page_loc, "error-passkey"),
    };
    (status, Json(json!({ "error": message }))).into_response()
}

/// Registration is open to a fully signed-in user, and to one who must enrol a factor.
pub async fn registration_options(State(st): State<AppState>, s: SignedIn) -> Response {
    if s.cs.mfa == MfaState::NeedsVerification {
        return StatusCode::FORBIDDEN.into_response();
    }
    match st.app.passkey_registration_options(&s.cs).await {
        Ok(o) => Json(o).into_response(),
        Err(e) => json_error(s.ctx.loc, e),
    }
}

#[derive(Deserialize)]
pub struct RegisterBody {
    #[serde(default)]
    name: String,
    credential: RegistrationResponse,
}

pub async fn register(State(st): State<AppState>, s: SignedIn, Json(b): Json<RegisterBody>) -> Response {
    if s.cs.mfa == MfaState::NeedsVerification {
        return StatusCode::FORBIDDEN.into_response();
    }
    match st.app.register_passkey(&s.cs, &b.name, &b.credential).await {
        Ok(_) => Json(json!({ "ok": true, "next": "/profile?notice=notice-saved" })).into_response(),
        Err(e) => json_error(s.ctx.loc, e),
    }
}

pub async fn remove(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.remove_passkey(&a.cs, &id).await {
        Ok(()) => see_other("/profile", Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}

/// The second sign-in step with a passkey instead of a code.
pub async fn login_options(State(st): State<AppState>, page: Page) -> Response {
    let Some(cs) = page.cs.as_ref().filter(|c| c.mfa == MfaState::NeedsVerification) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    match st.app.passkey_login_options(cs).await {
        Ok(o) => Json(o).into_response(),
        Err(e) => json_error(page.ctx.loc, e),
    }
}

pub async fn login(State(st): State<AppState>, page: Page, Json(b): Json<AssertionResponse>) -> Response {
    let Some(cs) = page.cs.as_ref().filter(|c| c.mfa == MfaState::NeedsVerification) else {
        return StatusCode::FORBIDDEN.into_response();
    };
    match st.app.verify_passkey(cs, &b, &page.ip).await {
        Ok(token) => crate::html::identity::auth::with_session_cookie(
            &st,
            Json(json!({ "ok": true, "next": "/" })).into_response(),
            &token,
        ),
        Err(e) => json_error(page.ctx.loc, e),
    }
}
