//! Every route, with what it needs. The router below is checked against this table by
//! the tests: each route × role answers as the permission matrix says, and every API
//! route is in the OpenAPI document.

use crate::state::AppState;
use crate::{api, html, security};
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use tillit_domain::Permission;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any fully signed-in member of the active organisation (own profile, own tokens).
    Member,
    /// A member whose role has this permission.
    Needs(Permission),
}

#[derive(Debug, Clone, Copy)]
pub struct RouteSpec {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

const fn r(method: &'static str, path: &'static str, access: Access) -> RouteSpec {
    RouteSpec {
        method,
        path,
        access,
    }
}

use Access::*;
use Permission::*;

pub const ROUTES: &[RouteSpec] = &[
    r("GET", "/healthz", Public),
    r("GET", "/readyz", Public),
    r("GET", "/static/{file}", Public),
    r("GET", "/setup/{token}", Public),
    r("POST", "/setup/{token}", Public),
    r("GET", "/login", Public),
    r("POST", "/login", Public),
    r("GET", "/login/mfa", Public),
    r("POST", "/login/mfa", Public),
    r("POST", "/logout", Public),
    r("GET", "/reset", Public),
    r("POST", "/reset", Public),
    r("GET", "/reset/{token}", Public),
    r("POST", "/reset/{token}", Public),
    r("GET", "/invitation/{token}", Public),
    r("POST", "/invitation/{token}", Public),
    r("POST", "/language", Public),
    r("GET", "/no-organisation", Public),
    r("GET", "/", Member),
    r("POST", "/org/switch", Member),
    r("GET", "/profile", Member),
    r("POST", "/profile", Member),
    r("POST", "/profile/password", Member),
    r("GET", "/profile/totp", Public),
    r("POST", "/profile/totp", Public),
    r("POST", "/profile/recovery-codes", Member),
    r("GET", "/profile/sessions", Member),
    r("POST", "/profile/sessions/revoke-all", Member),
    r("POST", "/profile/sessions/{id}/revoke", Member),
    r("GET", "/profile/api-tokens", Member),
    r("POST", "/profile/api-tokens", Member),
    r("POST", "/profile/api-tokens/{id}/revoke", Member),
    r("GET", "/admin/members", Needs(OrgView)),
    r("GET", "/admin/members/{user_id}", Needs(ManageUsers)),
    r("POST", "/admin/members/{user_id}/role", Needs(ManageUsers)),
    r(
        "POST",
        "/admin/members/{user_id}/remove",
        Needs(ManageUsers),
    ),
    r(
        "POST",
        "/admin/members/{user_id}/reset-mfa",
        Needs(ManageUsers),
    ),
    r("POST", "/admin/invitations", Needs(ManageUsers)),
    r("POST", "/admin/invitations/{id}/revoke", Needs(ManageUsers)),
    r("GET", "/admin/roles", Needs(ViewPermissionMatrix)),
    r("GET", "/admin/organisation", Needs(ManageOrganisation)),
    r("POST", "/admin/organisation", Needs(ManageOrganisation)),
    r("GET", "/audit", Needs(ViewAuditLog)),
    r("GET", "/audit/export.csv", Needs(ExportAuditLog)),
    r("GET", "/api/v1/openapi.json", Public),
    r("GET", "/api/v1/me", Member),
    r("GET", "/api/v1/organisation", Needs(OrgView)),
    r("GET", "/api/v1/members", Needs(OrgView)),
    r("GET", "/api/v1/members/{user_id}", Needs(ManageUsers)),
    r("GET", "/api/v1/permissions", Needs(ViewPermissionMatrix)),
    r("GET", "/api/v1/audit-events", Needs(ViewAuditLog)),
];

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/healthz", get(html::ops::healthz))
        .route("/readyz", get(html::ops::readyz))
        .route("/static/{file}", get(html::ops::static_file))
        .route(
            "/setup/{token}",
            get(html::auth::setup_form).post(html::auth::setup_submit),
        )
        .route(
            "/login",
            get(html::auth::login_form).post(html::auth::login_submit),
        )
        .route(
            "/login/mfa",
            get(html::auth::mfa_form).post(html::auth::mfa_submit),
        )
        .route("/logout", post(html::auth::logout))
        .route(
            "/reset",
            get(html::auth::reset_request_form).post(html::auth::reset_request_submit),
        )
        .route(
            "/reset/{token}",
            get(html::auth::reset_form).post(html::auth::reset_submit),
        )
        .route(
            "/invitation/{token}",
            get(html::auth::invitation_form).post(html::auth::invitation_submit),
        )
        .route("/language", post(html::home::language))
        .route("/no-organisation", get(html::home::no_organisation))
        .route("/", get(html::home::home))
        .route("/org/switch", post(html::home::switch_org))
        .route(
            "/profile",
            get(html::profile::profile).post(html::profile::save_profile),
        )
        .route("/profile/password", post(html::profile::change_password))
        .route(
            "/profile/totp",
            get(html::profile::totp_form).post(html::profile::totp_confirm),
        )
        .route(
            "/profile/recovery-codes",
            post(html::profile::recovery_codes),
        )
        .route("/profile/sessions", get(html::profile::sessions))
        .route(
            "/profile/sessions/revoke-all",
            post(html::profile::revoke_all_sessions),
        )
        .route(
            "/profile/sessions/{id}/revoke",
            post(html::profile::revoke_session),
        )
        .route(
            "/profile/api-tokens",
            get(html::profile::api_tokens).post(html::profile::create_api_token),
        )
        .route(
            "/profile/api-tokens/{id}/revoke",
            post(html::profile::revoke_api_token),
        )
        .route("/admin/members", get(html::admin::members))
        .route("/admin/members/{user_id}", get(html::admin::member))
        .route(
            "/admin/members/{user_id}/role",
            post(html::admin::change_role),
        )
        .route(
            "/admin/members/{user_id}/remove",
            post(html::admin::remove_member),
        )
        .route(
            "/admin/members/{user_id}/reset-mfa",
            post(html::admin::reset_mfa),
        )
        .route("/admin/invitations", post(html::admin::invite))
        .route(
            "/admin/invitations/{id}/revoke",
            post(html::admin::revoke_invitation),
        )
        .route("/admin/roles", get(html::admin::roles))
        .route(
            "/admin/organisation",
            get(html::admin::organisation).post(html::admin::save_organisation),
        )
        .route("/audit", get(html::audit::audit_page))
        .route("/audit/export.csv", get(html::audit::audit_csv))
        .layer(from_fn_with_state(
            state.clone(),
            security::ensure_pre_cookie,
        ));
    Router::new()
        .merge(pages)
        .nest("/api/v1", api::router())
        .fallback(html::ops::not_found)
        .layer(from_fn_with_state(state.clone(), security::csrf_and_limit))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .with_state(state)
}
