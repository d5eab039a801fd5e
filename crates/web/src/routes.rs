//! Every route, with what it needs. The router below is checked against this table by
//! the tests: each route × role answers as the permission matrix says, and every API
//! route is in the OpenAPI document.

use crate::state::AppState;
use crate::{api, html, security};
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, get, post};
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
    RouteSpec { method, path, access }
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
    r("POST", "/profile/passkeys/options", Public),
    r("POST", "/profile/passkeys", Public),
    r("POST", "/profile/passkeys/{id}/remove", Member),
    r("POST", "/login/passkey/options", Public),
    r("POST", "/login/passkey", Public),
    r("GET", "/profile/sessions", Member),
    r("POST", "/profile/sessions/revoke-all", Member),
    r("POST", "/profile/sessions/{id}/revoke", Member),
    r("GET", "/profile/api-tokens", Member),
    r("POST", "/profile/api-tokens", Member),
    r("POST", "/profile/api-tokens/{id}/revoke", Member),
    r("GET", "/admin/members", Needs(OrgView)),
    r("GET", "/admin/members/{user_id}", Needs(ManageUsers)),
    r("POST", "/admin/members/{user_id}/role", Needs(ManageUsers)),
    r("POST", "/admin/members/{user_id}/remove", Needs(ManageUsers)),
    r("POST", "/admin/members/{user_id}/reset-mfa", Needs(ManageUsers)),
    r("POST", "/admin/invitations", Needs(ManageUsers)),
    r("POST", "/admin/invitations/{id}/revoke", Needs(ManageUsers)),
    r("GET", "/admin/roles", Needs(ViewPermissionMatrix)),
    r("GET", "/admin/organisation", Needs(ManageOrganisation)),
    r("POST", "/admin/organisation", Needs(ManageOrganisation)),
    r("GET", "/audit", Needs(ViewAuditLog)),
    r("GET", "/audit/export.csv", Needs(ExportAuditLog)),
    r("GET", "/catalogues", Needs(CatalogueView)),
    r("GET", "/catalogues/{id}", Needs(CatalogueView)),
    r("GET", "/catalogues/{id}/oscal.json", Needs(CatalogueView)),
    r("GET", "/catalogues/{id}/export.csv", Needs(CatalogueView)),
    r("GET", "/catalogues/{id}/export.xlsx", Needs(CatalogueView)),
    r("POST", "/catalogues", Needs(CatalogueEdit)),
    r("POST", "/catalogues/copy", Needs(CatalogueEdit)),
    r("POST", "/catalogues/{id}/requirements", Needs(CatalogueEdit)),
    r("POST", "/catalogues/{id}/publish", Needs(CatalogueEdit)),
    r("GET", "/catalogues/{id}/versions", Needs(CatalogueView)),
    r("GET", "/catalogues/{id}/levels", Needs(CatalogueView)),
    r("POST", "/catalogues/{id}/levels", Needs(CatalogueEdit)),
    r("POST", "/requirements/{id}/edit", Needs(CatalogueEdit)),
    r("POST", "/requirements/{id}/remove", Needs(CatalogueEdit)),
    r("POST", "/requirements/{id}/mappings", Needs(CatalogueEdit)),
    r("POST", "/mappings/{id}/remove", Needs(CatalogueEdit)),
    r("GET", "/catalogues/import", Needs(CatalogueEdit)),
    r("POST", "/catalogues/import", Needs(CatalogueEdit)),
    r("GET", "/catalogues/import/{id}", Needs(CatalogueEdit)),
    r("POST", "/catalogues/import/{id}/confirm", Needs(CatalogueEdit)),
    r("GET", "/requirements/{id}", Needs(CatalogueView)),
    r("GET", "/iso", Needs(CatalogueView)),
    r("GET", "/iso/{id}", Needs(CatalogueView)),
    r("GET", "/iso-2013", Needs(CatalogueView)),
    r("GET", "/search", Needs(CatalogueView)),
    r("GET", "/coverage", Needs(CatalogueView)),
    r("GET", "/coverage.xlsx", Needs(CatalogueView)),
    r("GET", "/procurements", Needs(ProcurementView)),
    r("POST", "/procurements", Needs(ProcurementEdit)),
    r("GET", "/procurements/{id}", Needs(ProcurementView)),
    r("POST", "/procurements/{id}/classification", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/override", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/status", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/set/adopt", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/set/item", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/set/remove", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/deadline", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/set/correction", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/set/publish", Needs(ProcurementEdit)),
    r("GET", "/procurements/{id}/versions", Needs(ProcurementView)),
    r("POST", "/procurements/{id}/bids", Needs(ProcurementEdit)),
    r("GET", "/bids/{id}", Needs(ProcurementView)),
    r("POST", "/bids/{id}/link", Needs(ProcurementEdit)),
    r("POST", "/bids/{id}/revoke", Needs(ProcurementEdit)),
    r("GET", "/evidence/{id}", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/annex.xlsx", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/annex.docx", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/annex.pdf", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/annex.oscal.json", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/report.pdf", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/report.docx", Needs(ProcurementView)),
    r("GET", "/procurements/{id}/report.xlsx", Needs(ProcurementView)),
    r("POST", "/bids/{id}/import", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/lead", Needs(ProcurementEdit)),
    r("GET", "/bids/{id}/evaluation", Needs(ProcurementView)),
    r("POST", "/bids/{id}/evaluation", Needs(ProcurementEdit)),
    r("POST", "/bids/{id}/consensus", Needs(ProcurementEdit)),
    r("POST", "/procurements/{id}/signoff", Needs(ProcurementEdit)),
    r("GET", "/procurements/{id}/comparison", Needs(ProcurementView)),
    // The supplier portal: the bid's own link is the credential.
    r("GET", "/portal/{token}", Public),
    r("POST", "/portal/{token}/answers", Public),
    r("POST", "/portal/{token}/evidence", Public),
    r("GET", "/portal/{token}/evidence/{id}", Public),
    r("POST", "/portal/{token}/certificates", Public),
    r("POST", "/portal/{token}/submit", Public),
    r("GET", "/api/v1/openapi.json", Public),
    r("GET", "/api/v1/me", Member),
    r("GET", "/api/v1/organisation", Needs(OrgView)),
    r("GET", "/api/v1/members", Needs(OrgView)),
    r("GET", "/api/v1/members/{user_id}", Needs(ManageUsers)),
    r("GET", "/api/v1/permissions", Needs(ViewPermissionMatrix)),
    r("GET", "/api/v1/audit-events", Needs(ViewAuditLog)),
    r("GET", "/api/v1/catalogues", Needs(CatalogueView)),
    r("GET", "/api/v1/catalogues/{id}", Needs(CatalogueView)),
    r("GET", "/api/v1/requirements/{id}", Needs(CatalogueView)),
    r("GET", "/api/v1/iso-controls", Needs(CatalogueView)),
    r("GET", "/api/v1/iso-controls/{id}", Needs(CatalogueView)),
    r("GET", "/api/v1/search", Needs(CatalogueView)),
    r("GET", "/api/v1/coverage", Needs(CatalogueView)),
    r("GET", "/api/v1/cases", Needs(ProcurementView)),
    r("GET", "/api/v1/cases/{id}", Needs(ProcurementView)),
];

/// The handler of one table entry. Every entry of `ROUTES` must have an arm here and every
/// arm an entry, so the table the tests walk is exactly what is served.
fn handler(method: &str, path: &str) -> Option<MethodRouter<AppState>> {
    use html::{
        admin, audit, auth, bids, catalogue, evaluation, home, levels, ops, passkeys, portal, procurement, profile,
        requirement_set, tender,
    };
    Some(match (method, path) {
        ("GET", "/healthz") => get(ops::healthz),
        ("GET", "/readyz") => get(ops::readyz),
        ("GET", "/static/{file}") => get(ops::static_file),
        ("GET", "/setup/{token}") => get(auth::setup_form),
        ("POST", "/setup/{token}") => post(auth::setup_submit),
        ("GET", "/login") => get(auth::login_form),
        ("POST", "/login") => post(auth::login_submit),
        ("GET", "/login/mfa") => get(auth::mfa_form),
        ("POST", "/login/mfa") => post(auth::mfa_submit),
        ("POST", "/logout") => post(auth::logout),
        ("GET", "/reset") => get(auth::reset_request_form),
        ("POST", "/reset") => post(auth::reset_request_submit),
        ("GET", "/reset/{token}") => get(auth::reset_form),
        ("POST", "/reset/{token}") => post(auth::reset_submit),
        ("GET", "/invitation/{token}") => get(auth::invitation_form),
        ("POST", "/invitation/{token}") => post(auth::invitation_submit),
        ("POST", "/language") => post(home::language),
        ("GET", "/no-organisation") => get(home::no_organisation),
        ("GET", "/") => get(home::home),
        ("POST", "/org/switch") => post(home::switch_org),
        ("GET", "/profile") => get(profile::profile),
        ("POST", "/profile") => post(profile::save_profile),
        ("POST", "/profile/password") => post(profile::change_password),
        ("GET", "/profile/totp") => get(profile::totp_form),
        ("POST", "/profile/totp") => post(profile::totp_confirm),
        ("POST", "/profile/recovery-codes") => post(profile::recovery_codes),
        ("POST", "/profile/passkeys/options") => post(passkeys::registration_options),
        ("POST", "/profile/passkeys") => post(passkeys::register),
        ("POST", "/profile/passkeys/{id}/remove") => post(passkeys::remove),
        ("POST", "/login/passkey/options") => post(passkeys::login_options),
        ("POST", "/login/passkey") => post(passkeys::login),
        ("GET", "/profile/sessions") => get(profile::sessions),
        ("POST", "/profile/sessions/revoke-all") => post(profile::revoke_all_sessions),
        ("POST", "/profile/sessions/{id}/revoke") => post(profile::revoke_session),
        ("GET", "/profile/api-tokens") => get(profile::api_tokens),
        ("POST", "/profile/api-tokens") => post(profile::create_api_token),
        ("POST", "/profile/api-tokens/{id}/revoke") => post(profile::revoke_api_token),
        ("GET", "/admin/members") => get(admin::members),
        ("GET", "/admin/members/{user_id}") => get(admin::member),
        ("POST", "/admin/members/{user_id}/role") => post(admin::change_role),
        ("POST", "/admin/members/{user_id}/remove") => post(admin::remove_member),
        ("POST", "/admin/members/{user_id}/reset-mfa") => post(admin::reset_mfa),
        ("POST", "/admin/invitations") => post(admin::invite),
        ("POST", "/admin/invitations/{id}/revoke") => post(admin::revoke_invitation),
        ("GET", "/admin/roles") => get(admin::roles),
        ("GET", "/admin/organisation") => get(admin::organisation),
        ("POST", "/admin/organisation") => post(admin::save_organisation),
        ("GET", "/audit") => get(audit::audit_page),
        ("GET", "/audit/export.csv") => get(audit::audit_csv),
        ("GET", "/catalogues") => get(catalogue::list),
        ("GET", "/catalogues/{id}") => get(catalogue::show),
        ("GET", "/catalogues/{id}/oscal.json") => get(catalogue::export_oscal),
        ("GET", "/catalogues/{id}/export.csv") => get(catalogue::export_csv),
        ("GET", "/catalogues/{id}/export.xlsx") => get(catalogue::export_xlsx),
        ("POST", "/catalogues") => post(catalogue::create),
        ("POST", "/catalogues/copy") => post(catalogue::copy),
        ("POST", "/catalogues/{id}/requirements") => post(catalogue::add_requirement),
        ("POST", "/catalogues/{id}/publish") => post(catalogue::publish),
        ("GET", "/catalogues/{id}/versions") => get(catalogue::versions),
        ("GET", "/catalogues/{id}/levels") => get(levels::show),
        ("POST", "/catalogues/{id}/levels") => post(levels::save),
        ("POST", "/requirements/{id}/edit") => post(catalogue::edit_requirement),
        ("POST", "/requirements/{id}/remove") => post(catalogue::remove_requirement),
        ("POST", "/requirements/{id}/mappings") => post(catalogue::add_mapping),
        ("POST", "/mappings/{id}/remove") => post(catalogue::remove_mapping),
        ("GET", "/catalogues/import") => get(catalogue::import_form),
        ("POST", "/catalogues/import") => post(catalogue::import_upload),
        ("GET", "/catalogues/import/{id}") => get(catalogue::import_preview),
        ("POST", "/catalogues/import/{id}/confirm") => post(catalogue::import_confirm),
        ("GET", "/requirements/{id}") => get(catalogue::requirement),
        ("GET", "/iso") => get(catalogue::controls),
        ("GET", "/iso/{id}") => get(catalogue::control),
        ("GET", "/iso-2013") => get(catalogue::gap_2013),
        ("GET", "/search") => get(catalogue::search),
        ("GET", "/coverage") => get(catalogue::coverage),
        ("GET", "/coverage.xlsx") => get(catalogue::coverage_xlsx),
        ("GET", "/procurements") => get(procurement::list),
        ("POST", "/procurements") => post(procurement::create),
        ("GET", "/procurements/{id}") => get(procurement::show),
        ("POST", "/procurements/{id}/classification") => post(procurement::classify),
        ("POST", "/procurements/{id}/override") => post(procurement::override_tier),
        ("POST", "/procurements/{id}/status") => post(procurement::move_status),
        ("POST", "/procurements/{id}/set/adopt") => post(requirement_set::adopt),
        ("POST", "/procurements/{id}/set/item") => post(requirement_set::put),
        ("POST", "/procurements/{id}/set/remove") => post(requirement_set::remove),
        ("POST", "/procurements/{id}/deadline") => post(tender::deadline),
        ("POST", "/procurements/{id}/set/correction") => post(tender::open_correction),
        ("POST", "/procurements/{id}/set/publish") => post(tender::publish_correction),
        ("GET", "/procurements/{id}/versions") => get(tender::versions),
        ("POST", "/procurements/{id}/bids") => post(bids::invite),
        ("GET", "/bids/{id}") => get(bids::show),
        ("POST", "/bids/{id}/link") => post(bids::resend_link),
        ("POST", "/bids/{id}/revoke") => post(bids::revoke_links),
        ("GET", "/evidence/{id}") => get(bids::evidence),
        ("GET", "/procurements/{id}/annex.xlsx") => get(bids::answer_sheet),
        ("GET", "/procurements/{id}/annex.docx") => get(bids::annex_docx),
        ("GET", "/procurements/{id}/annex.pdf") => get(bids::annex_pdf),
        ("GET", "/procurements/{id}/annex.oscal.json") => get(bids::annex_oscal),
        ("GET", "/procurements/{id}/report.pdf") => get(bids::report_pdf),
        ("GET", "/procurements/{id}/report.docx") => get(bids::report_docx),
        ("GET", "/procurements/{id}/report.xlsx") => get(bids::report_xlsx),
        ("POST", "/bids/{id}/import") => post(bids::import_sheet),
        ("POST", "/procurements/{id}/lead") => post(evaluation::set_lead),
        ("GET", "/bids/{id}/evaluation") => get(evaluation::show),
        ("POST", "/bids/{id}/evaluation") => post(evaluation::save_mine),
        ("POST", "/bids/{id}/consensus") => post(evaluation::save_consensus),
        ("POST", "/procurements/{id}/signoff") => post(evaluation::sign_off),
        ("GET", "/procurements/{id}/comparison") => get(evaluation::comparison),
        ("GET", "/portal/{token}") => get(portal::show),
        ("POST", "/portal/{token}/answers") => post(portal::save),
        ("POST", "/portal/{token}/evidence") => post(portal::upload),
        ("GET", "/portal/{token}/evidence/{id}") => get(portal::evidence),
        ("POST", "/portal/{token}/certificates") => post(portal::certificate),
        ("POST", "/portal/{token}/submit") => post(portal::submit),
        ("GET", "/api/v1/openapi.json") => get(api::openapi),
        ("GET", "/api/v1/me") => get(api::me),
        ("GET", "/api/v1/organisation") => get(api::organisation),
        ("GET", "/api/v1/members") => get(api::members),
        ("GET", "/api/v1/members/{user_id}") => get(api::member),
        ("GET", "/api/v1/permissions") => get(api::permissions),
        ("GET", "/api/v1/audit-events") => get(api::audit_events),
        ("GET", "/api/v1/catalogues") => get(api::catalogues),
        ("GET", "/api/v1/catalogues/{id}") => get(api::catalogue),
        ("GET", "/api/v1/requirements/{id}") => get(api::requirement),
        ("GET", "/api/v1/iso-controls") => get(api::iso_controls),
        ("GET", "/api/v1/iso-controls/{id}") => get(api::iso_control),
        ("GET", "/api/v1/search") => get(api::search),
        ("GET", "/api/v1/coverage") => get(api::coverage),
        ("GET", "/api/v1/cases") => get(api::cases),
        ("GET", "/api/v1/cases/{id}") => get(api::case),
        _ => return None,
    })
}

/// Builds the router from `ROUTES`. Panics at start-up on an entry without a handler.
pub fn router(state: AppState) -> Router {
    let mut r = Router::new();
    for spec in ROUTES {
        let Some(h) = handler(spec.method, spec.path) else {
            panic!("route {} {} is in ROUTES but has no handler", spec.method, spec.path);
        };
        r = r.route(spec.path, h);
    }
    r.route_layer(axum::middleware::from_fn(security::log_request))
        // Body limits are enforced per route in `security::csrf_and_limit`, before any handler.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .fallback(fallback)
        .layer(from_fn_with_state(state.clone(), security::ensure_pre_cookie))
        .layer(from_fn_with_state(state.clone(), security::csrf_and_limit))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .with_state(state)
}

/// 404 as JSON under /api, as a page elsewhere.
async fn fallback(uri: axum::http::Uri, page: crate::ctx::Page) -> axum::response::Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        api::ApiError(tillit_app::AppError::NotFound).into_response()
    } else {
        html::ops::not_found(page).await
    }
}
