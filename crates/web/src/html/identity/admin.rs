//! Administration: members and their roles, invitations, the permission matrix,
//! organisation settings.

use crate::ctx::{Authed, Ctx};
use crate::html::{error_text, fail, render, render_status, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::data::{Member, Organisation};
use tillit_app::identity::members::OrgSettings;
use tillit_app::platform::i18n::Locale;
use tillit_domain::{Permission, Role, UserId};

pub struct InvitationRow {
    pub id: String,
    pub email: String,
    pub role: String,
    pub expires_at: i64,
}

/// Roles an administrator can give, least powerful first so that the form's default is
/// the safe one (suppliers come in through a bid, not as members).
fn assignable_roles(ctx: &Ctx) -> Vec<(String, String)> {
    [Role::Auditor, Role::RiskOwner, Role::ProcurementOfficer, Role::SecurityOfficer, Role::Administrator]
        .into_iter()
        .map(|r| (r.as_str().to_string(), ctx.t(&format!("role-{}", r.as_str()))))
        .collect()
}

#[derive(Template)]
#[template(path = "identity/members.html")]
pub struct MembersPage {
    ctx: Ctx,
    members: Vec<Member>,
    can_manage: bool,
    roles: Vec<(String, String)>,
    invitations: Vec<InvitationRow>,
    mail_configured: bool,
    error: Option<String>,
}

async fn members_page(st: &AppState, a: Authed, error: Option<String>) -> Response {
    let members = match st.app.members(&a.actor).await {
        Ok(m) => m,
        Err(e) => return fail(a.ctx, e),
    };
    let can_manage = a.actor.role.has(Permission::ManageUsers);
    let invitations = if can_manage {
        match st.app.pending_invitations(&a.actor).await {
            Ok(list) => list
                .into_iter()
                .map(|l| InvitationRow {
                    id: l.token_hash[..16].to_string(),
                    email: l.email.unwrap_or_default(),
                    role: a.ctx.t(&format!("role-{}", l.role.unwrap_or_default())),
                    expires_at: l.expires_at,
                })
                .collect(),
            Err(e) => return fail(a.ctx, e),
        }
    } else {
        vec![]
    };
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(
        status,
        &MembersPage {
            roles: assignable_roles(&a.ctx),
            members,
            can_manage,
            invitations,
            mail_configured: st.app.mailer.configured(),
            error,
            ctx: a.ctx,
        },
    )
}

pub async fn members(State(st): State<AppState>, a: Authed) -> Response {
    members_page(&st, a, None).await
}

#[derive(Template)]
#[template(path = "identity/member.html")]
pub struct MemberPage {
    ctx: Ctx,
    member: Member,
    roles: Vec<(String, String)>,
    error: Option<String>,
}

async fn member_page(st: &AppState, a: Authed, user_id: String, error: Option<String>) -> Response {
    match st.app.member(&a.actor, &UserId(user_id)).await {
        Ok(member) => {
            let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            render_status(status, &MemberPage { roles: assignable_roles(&a.ctx), member, error, ctx: a.ctx })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn member(State(st): State<AppState>, a: Authed, Path(user_id): Path<String>) -> Response {
    member_page(&st, a, user_id, None).await
}

#[derive(Deserialize)]
pub struct RoleForm {
    role: String,
}

pub async fn change_role(
    State(st): State<AppState>,
    a: Authed,
    Path(user_id): Path<String>,
    Form(f): Form<RoleForm>,
) -> Response {
    let Some(role) = Role::parse(&f.role) else {
        let msg = a.ctx.t("error-role");
        return member_page(&st, a, user_id, Some(msg)).await;
    };
    match st.app.change_role(&a.actor, &UserId(user_id.clone()), role).await {
        Ok(()) => see_other(&format!("/admin/members/{user_id}"), Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            member_page(&st, a, user_id, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn remove_member(State(st): State<AppState>, a: Authed, Path(user_id): Path<String>) -> Response {
    match st.app.remove_member(&a.actor, &UserId(user_id.clone())).await {
        Ok(()) => see_other("/admin/members", Some("notice-removed")),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            member_page(&st, a, user_id, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn reset_mfa(State(st): State<AppState>, a: Authed, Path(user_id): Path<String>) -> Response {
    match st.app.reset_member_mfa(&a.actor, &UserId(user_id.clone())).await {
        Ok(()) => see_other(&format!("/admin/members/{user_id}"), Some("notice-mfa-reset")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct InviteForm {
    email: String,
    role: String,
}

pub async fn invite(State(st): State<AppState>, a: Authed, Form(f): Form<InviteForm>) -> Response {
    let Some(role) = Role::parse(&f.role) else {
        let msg = a.ctx.t("error-role");
        return members_page(&st, a, Some(msg)).await;
    };
    match st.app.invite(&a.actor, &f.email, role).await {
        Ok(()) => see_other("/admin/members", Some("notice-invited")),
        Err(e @ AppError::Invalid { .. }) => {
            let msg = error_text(&a.ctx, &e);
            members_page(&st, a, Some(msg)).await
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn revoke_invitation(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.revoke_invitation(&a.actor, &id).await {
        Ok(()) => see_other("/admin/members", Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "identity/roles.html")]
pub struct RolesPage {
    ctx: Ctx,
    roles: Vec<String>,
    rows: Vec<(String, Vec<bool>)>,
    /// Whether each role must use a second factor in this organisation.
    mfa: Vec<bool>,
}

/// Generated from the permission matrix the routes are checked against, so it lists every
/// permission and cannot drift from what tillit enforces.
pub async fn roles(State(st): State<AppState>, a: Authed) -> Response {
    if let Err(e) = a.actor.require(Permission::ViewPermissionMatrix) {
        return fail(a.ctx, e);
    }
    let org = match st.app.organisation(&a.actor).await {
        Ok(o) => o,
        Err(e) => return fail(a.ctx, e),
    };
    let roles = Role::ALL.iter().map(|r| a.ctx.t(&format!("role-{}", r.as_str()))).collect();
    let rows = Permission::ALL
        .iter()
        .map(|p| (a.ctx.t(&format!("perm-{}", p.as_str())), Role::ALL.iter().map(|r| r.has(*p)).collect()))
        .collect();
    let mfa = Role::ALL.iter().map(|r| org.mfa_policy().requires(*r)).collect();
    render(&RolesPage { ctx: a.ctx, roles, rows, mfa })
}

#[derive(Template)]
#[template(path = "identity/organisation.html")]
pub struct OrganisationPage {
    ctx: Ctx,
    org: Organisation,
    error: Option<String>,
    /// Every catalogue the organisation sees: (id, title, language, proposed from now).
    catalogues: Vec<(String, String, String, bool)>,
    /// The organisation chose the catalogues itself (not the default).
    chosen: bool,
}

async fn organisation_page(st: &AppState, a: Authed, error: Option<AppError>) -> Response {
    let org = match st.app.organisation(&a.actor).await {
        Ok(o) => o,
        Err(e) => return fail(a.ctx, e),
    };
    let all = match st.app.catalogues(&a.actor).await {
        Ok(c) => c,
        Err(e) => return fail(a.ctx, e),
    };
    let sources = tillit_domain::procurement::requirement_set::ProposalSources::from_stored(
        &org.country,
        org.proposal_catalogues.as_deref(),
    );
    let catalogues = all
        .into_iter()
        .map(|c| {
            let on = sources.includes(&c.id, c.owner.is_empty(), &c.language);
            (c.id, c.title, c.language, on)
        })
        .collect();
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let error = error.map(|e| error_text(&a.ctx, &e));
    let chosen = sources.chosen.is_some();
    render_status(status, &OrganisationPage { ctx: a.ctx, org, error, catalogues, chosen })
}

pub async fn organisation(State(st): State<AppState>, a: Authed) -> Response {
    if let Err(e) = a.actor.require(Permission::ManageOrganisation) {
        return fail(a.ctx, e);
    }
    organisation_page(&st, a, None).await
}

/// The country and the catalogues a tier proposes from. `choose` is "default" or "chosen".
pub async fn save_proposal_sources(
    State(st): State<AppState>,
    a: Authed,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let catalogues = (get("choose") == "chosen")
        .then(|| f.iter().filter(|(k, _)| k == "catalogue").map(|(_, v)| v.clone()).collect::<Vec<_>>());
    match st.app.set_proposal_sources(&a.actor, &get("country"), catalogues).await {
        Ok(()) => see_other("/admin/organisation", Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => organisation_page(&st, a, Some(e)).await,
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct OrgForm {
    name: String,
    default_locale: String,
    #[serde(default)]
    require_mfa: Option<String>,
    #[serde(default)]
    require_mfa_bid_roles: Option<String>,
}

pub async fn save_organisation(State(st): State<AppState>, a: Authed, Form(f): Form<OrgForm>) -> Response {
    let Some(loc) = Locale::parse(&f.default_locale) else {
        return fail(a.ctx, AppError::invalid("default_locale", "error-language"));
    };
    let settings = OrgSettings {
        name: &f.name,
        require_mfa: f.require_mfa.is_some(),
        require_mfa_bid_roles: f.require_mfa_bid_roles.is_some(),
        default_locale: loc,
    };
    match st.app.update_org_settings(&a.actor, settings).await {
        Ok(()) => see_other("/admin/organisation", Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => organisation_page(&st, a, Some(e)).await,
        Err(e) => fail(a.ctx, e),
    }
}
