//! A supplier person's sign-in: ask for a link by e-mail, open it, press the button. The
//! link's page does not sign in by itself, so a mail filter that opens links cannot use it up.

use crate::ctx::{Ctx, Page};
use crate::html::identity::auth::after_sign_in;
use crate::html::{fail, message, render, render_status};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use tillit_app::identity::accounts::SignInError;

#[derive(Template)]
#[template(path = "suppliers/sign_in.html")]
pub struct SignInPage {
    ctx: Ctx,
    /// The link's token, on the link's own page; None on the page that asks for one.
    token: Option<String>,
    error: Option<String>,
}

pub async fn form(page: Page) -> Response {
    render(&SignInPage { ctx: page.ctx, token: None, error: None })
}

pub async fn request(State(st): State<AppState>, page: Page, Form(f): Form<Vec<(String, String)>>) -> Response {
    let email = crate::html::procurement::cases::field(&f, "email");
    match st.app.request_supplier_link(&email, &page.ip).await {
        // The same answer whether or not the address is a supplier person's.
        Ok(()) => message(page.ctx, StatusCode::OK, "supplier-sign-in-title", "supplier-link-sent", None),
        Err(e) => fail(page.ctx, e),
    }
}

fn link_gone(ctx: Ctx) -> Response {
    let link = Some(("/supplier/sign-in", "supplier-link-new"));
    message(ctx, StatusCode::NOT_FOUND, "link-invalid-title", "supplier-link-invalid", link)
}

pub async fn link(State(st): State<AppState>, page: Page, Path(token): Path<String>) -> Response {
    match st.app.supplier_link_valid(&token).await {
        Ok(true) => render(&SignInPage { ctx: page.ctx, token: Some(token), error: None }),
        Ok(false) => link_gone(page.ctx),
        Err(e) => fail(page.ctx, e),
    }
}

pub async fn use_link(State(st): State<AppState>, page: Page, Path(token): Path<String>) -> Response {
    match st.app.sign_in_by_link(&token, &page.user_agent, &page.ip).await {
        Ok(Ok(s)) => after_sign_in(&st, s),
        Ok(Err(SignInError::Invalid)) => link_gone(page.ctx),
        Ok(Err(SignInError::Locked)) => {
            let error = Some(page.ctx.t("error-locked"));
            render_status(StatusCode::TOO_MANY_REQUESTS, &SignInPage { ctx: page.ctx, token: None, error })
        }
        Err(e) => fail(page.ctx, e),
    }
}
