//! A form on the case page that was refused: the case page again, with the error on that
//! form, the field it names marked and focused (so the browser scrolls there), and every
//! input as it was typed. Nothing was saved.

use super::cases::field;
use crate::ctx::Authed;
use crate::html::fail;
use crate::state::AppState;
use axum::response::Response;
use tillit_app::AppError;
use tillit_domain::CaseId;

pub struct Refusal {
    /// Which form: `classification`, `override`, `status`, `deadline`, `contract-start`,
    /// `correction`, `invite`, `set-add`, `bulk`, `lead`, or `set-row` for one requirement's own form
    /// (`set-item` until the page knows which of the two it was).
    pub form: &'static str,
    /// The requirement the set form named (`set-row` and `set-item` only).
    pub row: Option<String>,
    pub field: &'static str,
    pub message: String,
    /// Every field as sent (some many times: the requirements ticked for a bulk change).
    pub sent: Vec<(String, String)>,
}

impl Refusal {
    pub fn on(&self, form: &str) -> bool {
        self.form == form
    }

    /// The first value sent for `name`.
    pub fn kept(&self, name: &str) -> Option<&str> {
        self.sent.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// The case page with the refusal shown, or the plain error page for what no form can mend
/// (a missing right, a case of another organisation).
pub async fn refused(
    st: &AppState,
    a: Authed,
    id: &CaseId,
    form: &'static str,
    typed: &[(String, String)],
    e: AppError,
) -> Response {
    let named = match &e {
        AppError::Invalid { field, .. } => *field,
        AppError::Conflict(_) => "",
        _ => return fail(a.ctx, e),
    };
    let sent: Vec<(String, String)> = typed.iter().filter(|(k, _)| k != "_csrf").cloned().collect();
    let row = (form == "set-item").then(|| field(&sent, "requirement"));
    let message = crate::html::error_text(&a.ctx, &e);
    let status = crate::error::status_of(&e);
    super::cases::case_response(st, a, id, Some(Refusal { form, row, field: named, message, sent }), status).await
}
