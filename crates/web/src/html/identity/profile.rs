//! One's own account: name, password, TOTP, recovery codes, sessions, API tokens.

use crate::ctx::{Authed, Ctx, SignedIn};
use crate::html::{error_text, fail, render, render_status, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::data::{ApiToken, Passkey};
use tillit_domain::identity::session::MfaState;

#[derive(Template)]
#[template(path = "identity/profile.html")]
pub struct ProfilePage {
    ctx: Ctx,
    email: String,
    display_name: String,
    totp_enabled: bool,
    recovery_left: String,
    passkeys: Vec<Passkey>,
    error: Option<String>,
}

async fn profile_page(st: &AppState, a: Authed, error: Option<String>) -> Response {
    let left = st.app.unused_recovery_codes(&a.cs).await.unwrap_or(0);
    let passkeys = st.app.passkeys_of(&a.cs).await.unwrap_or_default();
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(
        status,
        &ProfilePage {
            email: a.cs.user.email.clone(),
            display_name: a.cs.user.display_name.clone(),
            totp_enabled: a.cs.user.totp_enabled,
            recovery_left: left.to_string(),
            passkeys,
            error,
            ctx: a.ctx,
        },
    )
}

pub async fn profile(State(st): State<AppState>, a: Authed) -> Response {
    profile_page(&st, a, None).await
}

#[derive(Deserialize)]
pub struct NameForm {
    display_name: String,
}

pub async fn save_profile(State(st): State<AppState>, a: Authed, Form(f): Form<NameForm>) -> Response {
    match st.app.update_profile(&a.cs, &f.display_name).await {
        Ok(()) => see_other("/profile", Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            profile_page(&st, a, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

pub async fn change_password(State(st): State<AppState>, a: Authed, Form(f): Form<PasswordForm>) -> Response {
    match st.app.change_password(&a.cs, &f.current_password, &f.new_password).await {
        Ok(()) => see_other("/profile", Some("notice-password-changed")),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            profile_page(&st, a, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/totp.html")]
pub struct TotpPage {
    ctx: Ctx,
    required: bool,
    qr_svg: String,
    secret: String,
    error: Option<String>,
}

fn qr_svg(uri: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#1b2a3a"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build()
            // The QR code is an image of the secret; the secret is also shown as text.
            .replacen("<svg ", "<svg role=\"img\" aria-label=\"QR\" ", 1)
            .replace("<?xml version=\"1.0\" standalone=\"yes\"?>", ""),
        Err(_) => String::new(),
    }
}

async fn totp_page(st: &AppState, s: SignedIn, error: Option<String>) -> Response {
    let required = s.cs.mfa == MfaState::NeedsEnrolment;
    match st.app.begin_totp(&s.cs).await {
        Ok(en) => {
            let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            render_status(
                status,
                &TotpPage { ctx: s.ctx, required, qr_svg: qr_svg(&en.uri), secret: en.secret_base32, error },
            )
        }
        Err(e) => fail(s.ctx, e),
    }
}

/// Enrolment is open to a signed-in user who still owes a second factor, and to anyone
/// fully signed in who has none yet; not to someone halfway through signing in with one.
pub async fn totp_form(State(st): State<AppState>, s: SignedIn) -> Response {
    match s.cs.mfa {
        MfaState::NeedsVerification => see_other("/login/mfa", None),
        _ if s.cs.user.totp_enabled => see_other("/profile", None),
        _ => totp_page(&st, s, None).await,
    }
}

#[derive(Template)]
#[template(path = "identity/recovery_codes.html")]
pub struct RecoveryPage {
    ctx: Ctx,
    codes: Vec<String>,
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn totp_confirm(State(st): State<AppState>, s: SignedIn, Form(f): Form<CodeForm>) -> Response {
    if s.cs.mfa == MfaState::NeedsVerification || s.cs.user.totp_enabled {
        return see_other("/login/mfa", None);
    }
    match st.app.confirm_totp(&s.cs, &f.code).await {
        Ok(codes) => render(&RecoveryPage { ctx: s.ctx, codes }),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&s.ctx, &e);
            totp_page(&st, s, Some(msg)).await
        }
        Err(e) => fail(s.ctx, e),
    }
}

pub async fn recovery_codes(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.regenerate_recovery_codes(&a.cs).await {
        Ok(codes) => render(&RecoveryPage { ctx: a.ctx, codes }),
        Err(e) => fail(a.ctx, e),
    }
}

pub struct SessionRow {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "identity/sessions.html")]
pub struct SessionsPage {
    ctx: Ctx,
    sessions: Vec<SessionRow>,
}

pub async fn sessions(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.sessions_of(&a.cs).await {
        Ok(list) => {
            let sessions = list
                .into_iter()
                .map(|s| SessionRow {
                    current: s.id_hash == a.cs.session.id_hash,
                    id: s.id_hash,
                    user_agent: s.user_agent,
                    ip: s.ip,
                    created_at: s.created_at,
                    last_seen_at: s.last_seen_at,
                })
                .collect();
            render(&SessionsPage { ctx: a.ctx, sessions })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn revoke_session(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.revoke_own_session(&a.cs, &id).await {
        Ok(()) => see_other("/profile/sessions", Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn revoke_all_sessions(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.sign_out_everywhere(&a.cs, true).await {
        Ok(_) => see_other("/profile/sessions", Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/api_tokens.html")]
pub struct TokensPage {
    ctx: Ctx,
    tokens: Vec<ApiToken>,
    new_secret: Option<String>,
    error: Option<String>,
}

async fn tokens_page(st: &AppState, a: Authed, new_secret: Option<String>, error: Option<String>) -> Response {
    match st.app.api_tokens(&a.actor).await {
        Ok(tokens) => {
            let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            render_status(status, &TokensPage { ctx: a.ctx, tokens, new_secret, error })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn api_tokens(State(st): State<AppState>, a: Authed) -> Response {
    tokens_page(&st, a, None, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
    days: String,
}

pub async fn create_api_token(State(st): State<AppState>, a: Authed, Form(f): Form<TokenForm>) -> Response {
    let Ok(days) = f.days.trim().parse::<i64>() else {
        let msg = a.ctx.t("error-token-days");
        return tokens_page(&st, a, None, Some(msg)).await;
    };
    match st.app.create_api_token(&a.actor, &f.name, days).await {
        Ok((_, secret)) => tokens_page(&st, a, Some(secret), None).await,
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            tokens_page(&st, a, None, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn revoke_api_token(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.revoke_api_token(&a.actor, &id).await {
        Ok(()) => see_other("/profile/api-tokens", Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}
