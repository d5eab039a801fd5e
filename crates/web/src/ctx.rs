//! What every page needs (language, CSRF token, user, organisation switcher, navigation)
//! and the extractors that decide who may see a page.

use crate::security::cookie_value;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use tillit_app::Actor;
use tillit_app::identity::accounts::CurrentSession;
use tillit_app::platform::i18n::{self, Locale};
use tillit_domain::identity::session::MfaState;
use tillit_domain::{Permission, Role};

pub const LANG_COOKIE: &str = "tillit-lang";

/// A pre-session CSRF token made by middleware for a visitor who has none yet.
#[derive(Clone)]
pub struct FreshPreToken(pub String);

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct OrgOption {
    pub id: String,
    pub name: String,
    pub selected: bool,
}

pub struct LocaleOption {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

pub struct Ctx {
    pub loc: Locale,
    pub csrf: String,
    pub path: String,
    pub user_name: Option<String>,
    pub orgs: Vec<OrgOption>,
    pub org_name: Option<String>,
    pub role: Option<Role>,
    pub nav: Vec<NavItem>,
    pub locales: Vec<LocaleOption>,
    pub notice: Option<String>,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.loc, key)
    }
    /// An audit action's label, from its stored form.
    pub fn action_label(&self, stored: &str) -> String {
        i18n::audit_action_label(self.loc, stored)
    }
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        i18n::t_args(self.loc, key, &[(name, value.to_string())])
    }
    pub fn lang(&self) -> &'static str {
        self.loc.code()
    }
    pub fn role_name(&self) -> String {
        self.role.map(|r| self.t(&format!("role-{}", r.as_str()))).unwrap_or_default()
    }
    /// A moment as people read it: Norwegian and Swedish wall-clock time.
    pub fn date(&self, secs: &i64) -> String {
        tillit_domain::platform::local_time::format_local(*secs)
    }
}

const NAV: [(&str, &str, Option<Permission>); 9] = [
    ("/", "nav-home", None),
    ("/workspace", "nav-workspace", Some(Permission::SupplierWorkspace)),
    ("/cases", "nav-procurements", Some(Permission::ProcurementView)),
    ("/suppliers", "nav-suppliers", Some(Permission::SupplierView)),
    ("/catalogues", "nav-catalogues", Some(Permission::CatalogueView)),
    ("/admin/members", "nav-members", Some(Permission::OrgView)),
    ("/admin/roles", "nav-roles", Some(Permission::ViewPermissionMatrix)),
    ("/admin/organisation", "nav-organisation", Some(Permission::ManageOrganisation)),
    ("/audit", "nav-audit", Some(Permission::ViewAuditLog)),
];

fn notice_key(query: Option<&str>) -> Option<&'static str> {
    // Only known keys are shown, so a link cannot put arbitrary text on the page.
    let q = query?;
    let v = url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "notice").map(|(_, v)| v.into_owned())?;
    [
        "notice-saved",
        "notice-invited",
        "notice-signed-out",
        "notice-password-changed",
        "notice-reset-sent",
        "notice-password-reset",
        "notice-revoked",
        "notice-mfa-reset",
        "notice-removed",
        "notice-joined",
        "notice-imported",
        "notice-copied",
        "notice-published",
        "notice-submitted",
        "notice-certificate-expired",
        "notice-certificate-before-start",
        "notice-announced",
    ]
    .into_iter()
    .find(|k| *k == v)
}

pub async fn build_ctx(st: &AppState, parts: &Parts, cs: Option<&CurrentSession>) -> Ctx {
    let loc = cs
        .and_then(|c| Locale::parse(&c.user.locale))
        .or_else(|| cookie_value(&parts.headers, LANG_COOKIE).and_then(|v| Locale::parse(&v)))
        .unwrap_or_else(|| {
            Locale::from_accept_language(
                parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or(""),
            )
        });
    let csrf = match cs {
        Some(c) => c.session.csrf_token.clone(),
        None => parts
            .extensions
            .get::<FreshPreToken>()
            .map(|f| f.0.clone())
            .or_else(|| cookie_value(&parts.headers, st.pre_cookie()))
            .unwrap_or_default(),
    };
    let path = parts.uri.path().to_string();
    let mut orgs_list = vec![];
    let mut org_name = None;
    let mut role = None;
    let mut nav = vec![];
    if let Some(c) = cs {
        let ms = st.app.memberships(c).await.unwrap_or_default();
        let active = c.org.as_ref().map(|(o, _)| o.as_str().to_string());
        for m in ms {
            let selected = Some(&m.org_id) == active.as_ref();
            if selected {
                org_name = Some(m.org_name.clone());
            }
            orgs_list.push(OrgOption { id: m.org_id, name: m.org_name, selected });
        }
        if c.mfa == MfaState::Satisfied {
            role = c.org.as_ref().map(|(_, r)| *r);
            for (href, key, perm) in NAV {
                if perm.is_none_or(|p| role.is_some_and(|r| r.has(p))) {
                    let current = if href == "/" { path == "/" } else { path.starts_with(href) };
                    nav.push(NavItem { href, label: i18n::t(loc, key), current });
                }
            }
        }
    }
    let locales = Locale::ALL
        .iter()
        .map(|l| LocaleOption { code: l.code(), name: l.native_name(), selected: *l == loc })
        .collect();
    Ctx {
        loc,
        csrf,
        path,
        user_name: cs.map(|c| c.user.display_name.clone()),
        orgs: orgs_list,
        org_name,
        role,
        nav,
        locales,
        notice: notice_key(parts.uri.query()).map(|k| i18n::t(loc, k)),
    }
}

async fn session_of(st: &AppState, parts: &Parts) -> Option<CurrentSession> {
    let tok = cookie_value(&parts.headers, st.session_cookie())?;
    st.app.current_session(&tok).await.ok().flatten()
}

pub fn client_ip(parts: &Parts) -> String {
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Any visitor, signed in or not.
pub struct Page {
    pub ctx: Ctx,
    pub cs: Option<CurrentSession>,
    pub ip: String,
    pub user_agent: String,
}

impl FromRequestParts<AppState> for Page {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let cs = session_of(st, parts).await;
        let ctx = build_ctx(st, parts, cs.as_ref()).await;
        let user_agent = parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        Ok(Page { ctx, cs, ip: client_ip(parts), user_agent })
    }
}

/// Signed in with a password; the second factor may still be owed (enrolment pages, sign-out).
pub struct SignedIn {
    pub ctx: Ctx,
    pub cs: CurrentSession,
    pub ip: String,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let Some(cs) = session_of(st, parts).await else {
            return Err(Redirect::to("/login").into_response());
        };
        let ctx = build_ctx(st, parts, Some(&cs)).await;
        Ok(SignedIn { ctx, cs, ip: client_ip(parts) })
    }
}

/// Fully signed in, second factor done, acting in an organisation.
pub struct Authed {
    pub ctx: Ctx,
    pub cs: CurrentSession,
    pub actor: Actor,
    pub ip: String,
}

impl FromRequestParts<AppState> for Authed {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let Some(cs) = session_of(st, parts).await else {
            return Err(Redirect::to("/login").into_response());
        };
        match cs.mfa {
            MfaState::NeedsVerification => return Err(Redirect::to("/login/mfa").into_response()),
            MfaState::NeedsEnrolment => return Err(Redirect::to("/profile/totp").into_response()),
            MfaState::Satisfied => {}
        }
        let Some(actor) = cs.actor() else {
            return Err(Redirect::to("/no-organisation").into_response());
        };
        let ctx = build_ctx(st, parts, Some(&cs)).await;
        Ok(Authed { ctx, cs, actor, ip: client_ip(parts) })
    }
}
