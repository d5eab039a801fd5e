//! First-start setup, sign-in and its second step, sign-out, password reset, invitations.

use crate::ctx::{Ctx, Page};
use crate::html::{error_text, fail, message, render, render_status, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::identity::accounts::{NewSignIn, SetupInput, SignInError};
use tillit_app::identity::members::AcceptInput;
use tillit_app::identity::mfa::MfaError;
use tillit_domain::identity::session::MfaState;

pub(crate) fn with_session_cookie(st: &AppState, mut res: Response, token: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(&st.cookie(st.session_cookie(), token, None)) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

fn clear_session_cookie(st: &AppState, mut res: Response) -> Response {
    if let Ok(v) = HeaderValue::from_str(&st.cookie(st.session_cookie(), "", Some(0))) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub(crate) fn after_sign_in(st: &AppState, s: NewSignIn) -> Response {
    let to = match s.mfa {
        MfaState::Satisfied => "/",
        MfaState::NeedsVerification => "/login/mfa",
        MfaState::NeedsEnrolment => "/profile/totp",
    };
    with_session_cookie(st, see_other(to, None), &s.token)
}

#[derive(Template)]
#[template(path = "identity/setup.html")]
pub struct SetupPage {
    ctx: Ctx,
    token: String,
    org_name: String,
    display_name: String,
    email: String,
    error: Option<String>,
}

fn link_gone(ctx: Ctx) -> Response {
    message(ctx, StatusCode::NOT_FOUND, "link-invalid-title", "link-invalid", Some(("/login", "action-sign-in")))
}

pub async fn setup_form(State(st): State<AppState>, page: Page, Path(token): Path<String>) -> Response {
    match st.app.setup_link_valid(&token).await {
        Ok(true) => render(&SetupPage {
            ctx: page.ctx,
            token,
            org_name: String::new(),
            display_name: String::new(),
            email: String::new(),
            error: None,
        }),
        Ok(false) => link_gone(page.ctx),
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct SetupForm {
    org_name: String,
    display_name: String,
    email: String,
    password: String,
}

pub async fn setup_submit(
    State(st): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(f): Form<SetupForm>,
) -> Response {
    let input = SetupInput {
        org_name: &f.org_name,
        email: &f.email,
        display_name: &f.display_name,
        password: &f.password,
        locale: page.ctx.loc,
    };
    match st.app.complete_setup(&token, input, &page.user_agent, &page.ip).await {
        Ok(s) => after_sign_in(&st, s),
        Err(AppError::NotFound) => link_gone(page.ctx),
        Err(e @ AppError::Invalid { .. }) => {
            let error = Some(error_text(&page.ctx, &e));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SetupPage {
                    ctx: page.ctx,
                    token,
                    org_name: f.org_name,
                    display_name: f.display_name,
                    email: f.email,
                    error,
                },
            )
        }
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/login.html")]
pub struct LoginPage {
    ctx: Ctx,
    email: String,
    error: Option<String>,
}

pub async fn login_form(page: Page) -> Response {
    if page.cs.as_ref().is_some_and(|c| c.mfa == MfaState::Satisfied) {
        return see_other("/", None);
    }
    render(&LoginPage { ctx: page.ctx, email: String::new(), error: None })
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
}

pub async fn login_submit(State(st): State<AppState>, page: Page, Form(f): Form<LoginForm>) -> Response {
    match st.app.sign_in(&f.email, &f.password, &page.user_agent, &page.ip).await {
        Ok(Ok(s)) => after_sign_in(&st, s),
        Ok(Err(why)) => {
            let key = match why {
                SignInError::Invalid => "error-sign-in",
                SignInError::Locked => "error-locked",
            };
            let error = Some(page.ctx.t(key));
            render_status(StatusCode::UNAUTHORIZED, &LoginPage { ctx: page.ctx, email: f.email, error })
        }
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/login_mfa.html")]
pub struct MfaPage {
    ctx: Ctx,
    has_passkeys: bool,
    error: Option<String>,
}

async fn mfa_page(st: &AppState, page: Page, error: Option<String>) -> Response {
    let has_passkeys = match &page.cs {
        Some(cs) => st.app.passkeys_of(cs).await.map(|p| !p.is_empty()).unwrap_or(false),
        None => false,
    };
    let status = if error.is_some() { StatusCode::UNAUTHORIZED } else { StatusCode::OK };
    render_status(status, &MfaPage { ctx: page.ctx, has_passkeys, error })
}

pub async fn mfa_form(State(st): State<AppState>, page: Page) -> Response {
    match page.cs.as_ref().map(|c| c.mfa) {
        Some(MfaState::NeedsVerification) => mfa_page(&st, page, None).await,
        Some(MfaState::NeedsEnrolment) => see_other("/profile/totp", None),
        Some(MfaState::Satisfied) => see_other("/", None),
        None => see_other("/login", None),
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn mfa_submit(State(st): State<AppState>, page: Page, Form(f): Form<CodeForm>) -> Response {
    let Some(cs) = page.cs.as_ref().filter(|c| c.mfa == MfaState::NeedsVerification) else {
        return see_other("/login", None);
    };
    match st.app.verify_second_factor(cs, &f.code, &page.ip).await {
        Ok(Ok(token)) => with_session_cookie(&st, see_other("/", None), &token),
        Ok(Err(why)) => {
            let key = match why {
                MfaError::Invalid => "error-sign-in",
                MfaError::Locked => "error-locked",
            };
            let error = Some(page.ctx.t(key));
            mfa_page(&st, page, error).await
        }
        Err(e) => fail(page.ctx, e),
    }
}

pub async fn logout(State(st): State<AppState>, page: Page) -> Response {
    if let Some(cs) = &page.cs
        && let Err(e) = st.app.sign_out(cs).await
    {
        return fail(page.ctx, e);
    }
    clear_session_cookie(&st, see_other("/login", Some("notice-signed-out")))
}

#[derive(Template)]
#[template(path = "identity/reset_request.html")]
pub struct ResetRequestPage {
    ctx: Ctx,
}

pub async fn reset_request_form(page: Page) -> Response {
    render(&ResetRequestPage { ctx: page.ctx })
}

#[derive(Deserialize)]
pub struct EmailForm {
    email: String,
}

/// The same answer whether or not the address has an account.
pub async fn reset_request_submit(State(st): State<AppState>, page: Page, Form(f): Form<EmailForm>) -> Response {
    match st.app.request_password_reset(&f.email, page.ctx.loc).await {
        Ok(()) => see_other("/login", Some("notice-reset-sent")),
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/reset.html")]
pub struct ResetPage {
    ctx: Ctx,
    token: String,
    error: Option<String>,
}

pub async fn reset_form(State(st): State<AppState>, page: Page, Path(token): Path<String>) -> Response {
    match st.app.reset_link_valid(&token).await {
        Ok(true) => render(&ResetPage { ctx: page.ctx, token, error: None }),
        Ok(false) => link_gone(page.ctx),
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct NewPasswordForm {
    new_password: String,
}

pub async fn reset_submit(
    State(st): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> Response {
    match st.app.reset_password(&token, &f.new_password).await {
        Ok(()) => clear_session_cookie(&st, see_other("/login", Some("notice-password-reset"))),
        Err(AppError::NotFound) => link_gone(page.ctx),
        Err(e @ AppError::Invalid { .. }) => {
            let error = Some(error_text(&page.ctx, &e));
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &ResetPage { ctx: page.ctx, token, error })
        }
        Err(e) => fail(page.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/invitation.html")]
pub struct InvitationPage {
    ctx: Ctx,
    token: String,
    intro: String,
    email: String,
    display_name: String,
    has_account: bool,
    signed_in_as_invitee: bool,
    error: Option<String>,
}

async fn invitation_page(
    st: &AppState,
    page: Page,
    token: String,
    display_name: String,
    error: Option<String>,
) -> Response {
    let v = match st.app.invitation(&token).await {
        Ok(v) => v,
        Err(AppError::NotFound) => return link_gone(page.ctx),
        Err(e) => return fail(page.ctx, e),
    };
    let role = page.ctx.t(&format!("role-{}", v.role.as_str()));
    let intro =
        tillit_app::platform::i18n::t_args(page.ctx.loc, "invitation-intro", &[("org", v.org_name), ("role", role)]);
    let signed_in_as_invitee =
        page.cs.as_ref().is_some_and(|c| c.user.email == v.email && c.mfa == MfaState::Satisfied);
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(
        status,
        &InvitationPage {
            ctx: page.ctx,
            token,
            intro,
            email: v.email,
            display_name,
            has_account: v.has_account,
            signed_in_as_invitee,
            error,
        },
    )
}

pub async fn invitation_form(State(st): State<AppState>, page: Page, Path(token): Path<String>) -> Response {
    invitation_page(&st, page, token, String::new(), None).await
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

pub async fn invitation_submit(
    State(st): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(f): Form<AcceptForm>,
) -> Response {
    if let Some(cs) = page.cs.as_ref().filter(|c| c.mfa == MfaState::Satisfied) {
        return match st.app.accept_invitation_existing(&token, cs).await {
            Ok(_) => see_other("/", Some("notice-joined")),
            Err(AppError::NotFound) => link_gone(page.ctx),
            Err(e) => fail(page.ctx, e),
        };
    }
    let input = AcceptInput { display_name: &f.display_name, password: &f.password, locale: page.ctx.loc };
    match st.app.accept_invitation_new(&token, input, &page.user_agent, &page.ip).await {
        Ok(s) => after_sign_in(&st, s),
        Err(AppError::NotFound) => link_gone(page.ctx),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&page.ctx, &e);
            invitation_page(&st, page, token, f.display_name, Some(msg)).await
        }
        Err(e) => fail(page.ctx, e),
    }
}
