//! A refused form on a register or contract page: which form, the field it names, the message
//! in the reader's language and every field as sent, so the page can show it again as typed.

use crate::ctx::Ctx;
use axum::http::StatusCode;
use tillit_app::AppError;

pub struct FormRefusal {
    pub form: &'static str,
    pub field: &'static str,
    pub message: String,
    pub sent: Vec<(String, String)>,
    pub status: StatusCode,
}

impl FormRefusal {
    /// The refusal of `form`, or the error back when no form can mend it (a missing right, an
    /// object of another organisation).
    pub fn of(ctx: &Ctx, form: &'static str, sent: &[(String, String)], e: AppError) -> Result<FormRefusal, AppError> {
        let field = match &e {
            AppError::Invalid { field, .. } => *field,
            AppError::Conflict(_) => "",
            _ => return Err(e),
        };
        Ok(FormRefusal {
            form,
            field,
            message: crate::html::error_text(ctx, &e),
            sent: sent.iter().filter(|(k, _)| k != "_csrf").cloned().collect(),
            status: crate::error::status_of(&e),
        })
    }

    pub fn kept(&self, name: &str) -> String {
        self.sent.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// Marks the field a refusal of `form` names: invalid, described by the error, focused.
/// Fixed text only, so it is written unescaped.
pub fn mark(r: Option<&FormRefusal>, form: &str, field: &str) -> &'static str {
    match r {
        Some(r) if r.form == form && r.field == field => {
            " aria-invalid=\"true\" aria-describedby=\"form-error\" autofocus"
        }
        _ => "",
    }
}
