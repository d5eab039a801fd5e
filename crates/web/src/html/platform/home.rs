//! The start page, switching organisation and language.

use crate::ctx::{Authed, Ctx, LANG_COOKIE, Page};
use crate::html::{fail, message, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::data::AuditFilter;
use tillit_app::platform::i18n::Locale;
use tillit_domain::platform::audit_log::AuditRecord;
use tillit_domain::{OrgId, Permission};

#[derive(Template)]
#[template(path = "platform/home.html")]
pub struct HomePage {
    ctx: Ctx,
    name: String,
    org_name: String,
    totp_enabled: bool,
    sessions: String,
    mail_configured: bool,
    /// Members and members with a second factor, for roles that see the organisation.
    coverage: Option<(i64, i64)>,
    pending_invitations: Option<usize>,
    recent: Vec<AuditRecord>,
}

pub async fn home(State(st): State<AppState>, a: Authed) -> Response {
    // A supplier's people have their workspace and nothing of the organisation.
    if a.actor.role.has(Permission::SupplierWorkspace) {
        return crate::html::see_other("/workspace", None);
    }
    let sessions = match st.app.sessions_of(&a.cs).await {
        Ok(s) => s.len(),
        Err(e) => return fail(a.ctx, e),
    };
    let org_name = a.ctx.org_name.clone().unwrap_or_default();
    let role = a.actor.role;
    let coverage = if role.has(Permission::OrgView) { st.app.mfa_coverage(&a.actor).await.ok() } else { None };
    let pending_invitations = if role.has(Permission::ManageUsers) {
        st.app.pending_invitations(&a.actor).await.ok().map(|l| l.len())
    } else {
        None
    };
    let recent = if role.has(Permission::ViewAuditLog) {
        let f = AuditFilter { limit: 5, ..Default::default() };
        let loc = a.ctx.loc;
        let mut r = st.app.audit_search(&a.actor, &f).await.unwrap_or_default();
        for r in &mut r {
            r.event.actor_label = tillit_app::platform::audit_page::actor_words(loc, &r.event.actor_label);
        }
        r
    } else {
        vec![]
    };
    render(&HomePage {
        name: a.cs.user.display_name.clone(),
        org_name,
        totp_enabled: a.cs.user.totp_enabled,
        sessions: sessions.to_string(),
        mail_configured: st.app.mailer.configured(),
        coverage,
        pending_invitations,
        recent,
        ctx: a.ctx,
    })
}

#[derive(Deserialize)]
pub struct SwitchForm {
    org_id: String,
}

pub async fn switch_org(State(st): State<AppState>, a: Authed, Form(f): Form<SwitchForm>) -> Response {
    match st.app.switch_org(&a.cs, &OrgId(f.org_id)).await {
        Ok(()) => see_other("/", None),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// A path on this site, or "/". Browsers drop tabs and line breaks from URLs (so `/\t/x` is
/// `//x`, another site) and read `\` as `/`: any whitespace, control character or backslash
/// sends the visitor home instead.
fn safe_back(back: &str) -> &str {
    let clean = !back.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    if clean && back.starts_with('/') && !back.starts_with("//") { back } else { "/" }
}

pub async fn language(State(st): State<AppState>, page: Page, Form(f): Form<LanguageForm>) -> Response {
    let Some(loc) = Locale::parse(&f.lang) else {
        return message(page.ctx, StatusCode::UNPROCESSABLE_ENTITY, "error-invalid-title", "error-language", None);
    };
    if let Some(cs) = &page.cs
        && let Err(e) = st.app.set_locale(cs, loc).await
    {
        return fail(page.ctx, e);
    }
    let mut res = see_other(safe_back(&f.back), None);
    if let Ok(v) = HeaderValue::from_str(&st.cookie(LANG_COOKIE, loc.code(), Some(365 * 86400))) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub async fn no_organisation(page: Page) -> Response {
    message(page.ctx, StatusCode::OK, "no-org-title", "no-org-text", None)
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_links_stay_on_this_site() {
        assert_eq!(super::safe_back("/profile"), "/profile");
        assert_eq!(super::safe_back("//evil.example"), "/");
        assert_eq!(super::safe_back("https://evil.example"), "/");
        assert_eq!(super::safe_back("/\\evil.example"), "/");
        assert_eq!(super::safe_back("/\t/evil.example"), "/");
        assert_eq!(super::safe_back("/\n/evil.example"), "/");
        assert_eq!(super::safe_back("/profile\r\nSet-Cookie: x=y"), "/");
    }
}
