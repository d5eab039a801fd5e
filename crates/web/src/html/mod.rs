//! HTML pages. Handlers are thin: read the form, call a use case, render or redirect.

pub mod catalogue;
pub mod contracts;
pub(crate) mod form_parts;
pub mod identity;
pub mod platform;
pub mod procurement;
pub mod suppliers;

use crate::ctx::Ctx;
use crate::error::status_of;
use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use tillit_app::AppError;

pub fn render<T: Template>(t: &T) -> Response {
    render_status(StatusCode::OK, t)
}

pub fn render_status<T: Template>(status: StatusCode, t: &T) -> Response {
    match t.render() {
        Ok(s) => (status, Html(s)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// 303 to `path`, optionally with a notice shown there.
pub fn see_other(path: &str, notice: Option<&str>) -> Response {
    let loc = match notice {
        Some(n) => format!("{path}{}notice={n}", if path.contains('?') { '&' } else { '?' }),
        None => path.to_string(),
    };
    (StatusCode::SEE_OTHER, [(header::LOCATION, loc)]).into_response()
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub ctx: Ctx,
    pub title: String,
    pub text: String,
    pub link: Option<(String, String)>,
}

pub fn message(ctx: Ctx, status: StatusCode, title_key: &str, text_key: &str, link: Option<(&str, &str)>) -> Response {
    let link = link.map(|(h, k)| (h.to_string(), ctx.t(k)));
    let page = MessagePage { title: ctx.t(title_key), text: ctx.t(text_key), link, ctx };
    render_status(status, &page)
}

/// A message page whose text is already written (with its numbers filled in).
pub fn message_text(
    ctx: Ctx,
    status: StatusCode,
    title_key: &str,
    text: String,
    link: Option<(String, String)>,
) -> Response {
    let page = MessagePage { title: ctx.t(title_key), text, link, ctx };
    render_status(status, &page)
}

/// The message for a form error, in the page's language.
pub fn error_text(ctx: &Ctx, e: &AppError) -> String {
    match e {
        AppError::Invalid { key, at, args, .. } => {
            let text = tillit_app::platform::i18n::t_args(ctx.loc, key, args);
            match at {
                Some(place) => format!("{place}: {text}"),
                None => text,
            }
        }
        AppError::NotFound => ctx.t("error-not-found"),
        AppError::Forbidden => ctx.t("error-forbidden"),
        AppError::TooManyAttempts => ctx.t("error-too-many-attempts"),
        AppError::Conflict(key) | AppError::Gone(key) => ctx.t(key),
        _ => ctx.t("error-internal"),
    }
}

/// A use-case failure outside a form: a page with the right status.
pub fn fail(ctx: Ctx, e: AppError) -> Response {
    let status = status_of(&e);
    if status.is_server_error() {
        tracing::error!(error = %e, "request failed");
    }
    let (title, text) = match e {
        AppError::NotFound => ("error-not-found-title", "error-not-found"),
        AppError::Forbidden => ("error-forbidden-title", "error-forbidden"),
        AppError::Invalid { key, .. } => ("error-invalid-title", key),
        AppError::TooManyAttempts => ("error-invalid-title", "error-too-many-attempts"),
        AppError::Conflict(key) => ("error-invalid-title", key),
        AppError::Gone(key) => ("error-gone-title", key),
        _ => ("error-internal-title", "error-internal"),
    };
    message(ctx, status, title, text, Some(("/", "action-home")))
}

/// A file as a download: never shown inline, whatever its type, with the name kept in a
/// form every browser reads (ASCII fallback plus RFC 5987 UTF-8).
pub fn download(name: &str, content_type: &str, bytes: Vec<u8>) -> Response {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>().replace('+', "%20");
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response()
}
