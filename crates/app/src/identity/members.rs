//! Members of an organisation, invitations, organisation settings, and the
//! administrator operations the CLI also uses.

use crate::identity::accounts::{CurrentSession, NewSignIn};
use crate::platform::audit_log;
use crate::platform::i18n::{Locale, t, t_args};
use crate::platform::mail::OutgoingMail;
use crate::platform::secrets::{self, token_hash};
use crate::write::{Author, Write};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::identity::password;
use tillit_domain::identity::role::MfaPolicy;
use tillit_domain::identity::session::MfaState;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::{FieldChange, SYSTEM_CHAIN};
use tillit_domain::{OrgId, Permission, Role, UserId};
use tillit_store::identity::links::{self, Link, LinkKind, NewLink};
use tillit_store::identity::orgs::{self, Member, Organisation};
use tillit_store::identity::{passkeys, sessions, users};

pub struct OrgSettings<'a> {
    pub name: &'a str,
    pub require_mfa: bool,
    /// A second factor for every role that handles bids.
    pub require_mfa_bid_roles: bool,
    pub default_locale: Locale,
}

/// What the invitation page needs to know before the invitee answers.
pub struct InvitationView {
    pub org_name: String,
    pub email: String,
    pub role: Role,
    pub has_account: bool,
}

pub struct AcceptInput<'a> {
    pub display_name: &'a str,
    pub password: &'a str,
    pub locale: Locale,
}

impl App {
    pub async fn organisation(&self, actor: &Actor) -> AppResult<Organisation> {
        actor.require(Permission::OrgView)?;
        orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)
    }

    pub async fn members(&self, actor: &Actor) -> AppResult<Vec<Member>> {
        actor.require(Permission::OrgView)?;
        Ok(orgs::members(&self.db, &actor.org_id).await?)
    }

    /// (members, members with a second factor) for the start page.
    pub async fn mfa_coverage(&self, actor: &Actor) -> AppResult<(i64, i64)> {
        actor.require(Permission::OrgView)?;
        Ok(orgs::mfa_coverage(&self.db, &actor.org_id).await?)
    }

    pub async fn member(&self, actor: &Actor, user: &UserId) -> AppResult<Member> {
        actor.require(Permission::ManageUsers)?;
        orgs::member(&self.db, &actor.org_id, user).await?.ok_or(AppError::NotFound)
    }

    pub async fn update_org_settings(&self, actor: &Actor, s: OrgSettings<'_>) -> AppResult<()> {
        actor.require(Permission::ManageOrganisation)?;
        let name = s.name.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(AppError::invalid("name", "error-required"));
        }
        let mut w = self.write(actor, Permission::ManageOrganisation).await?;
        let old = orgs::get_tx(&mut w.tx, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let policy = MfaPolicy { everyone: s.require_mfa, bid_roles: s.require_mfa_bid_roles };
        orgs::update_settings(&mut w.tx, &actor.org_id, name, policy, s.default_locale.code()).await?;
        let changes: Vec<FieldChange> = [
            audit_log::diff("name", &old.name, name),
            audit_log::diff("require_mfa", &old.require_mfa.to_string(), &s.require_mfa.to_string()),
            audit_log::diff(
                "require_mfa_bid_roles",
                &old.require_mfa_bid_roles.to_string(),
                &s.require_mfa_bid_roles.to_string(),
            ),
            audit_log::diff("default_locale", &old.default_locale, s.default_locale.code()),
        ]
        .into_iter()
        .flatten()
        .collect();
        w.audit(AuditAction::OrganisationUpdate, "organisation", actor.org_id.as_str(), changes).await?;
        w.commit().await?;
        Ok(())
    }

    /// States the organisation's country and which catalogues a tier proposes requirements
    /// from (`None` for the default: its own country's built-in catalogue and its own).
    pub async fn set_proposal_sources(
        &self,
        actor: &Actor,
        country: &str,
        catalogues: Option<Vec<String>>,
    ) -> AppResult<()> {
        actor.require(Permission::ManageOrganisation)?;
        let country = country.trim();
        if !["", "no", "se"].contains(&country) {
            return Err(AppError::invalid("country", "error-choose"));
        }
        let visible = tillit_store::catalogue::list(&self.db, &actor.org_id).await?;
        if let Some(c) = &catalogues {
            if c.is_empty() {
                return Err(AppError::invalid("catalogues", "error-proposal-catalogues-none"));
            }
            if c.iter().any(|id| !visible.iter().any(|v| v.id == *id)) {
                return Err(AppError::invalid("catalogues", "error-choose"));
            }
        }
        let stored = catalogues.map(|c| c.join(","));
        let mut w = self.write(actor, Permission::ManageOrganisation).await?;
        let old = orgs::get_tx(&mut w.tx, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        orgs::set_proposal_sources(&mut w.tx, &actor.org_id, country, stored.as_deref()).await?;
        let changes: Vec<FieldChange> = [
            audit_log::diff("country", &old.country, country),
            audit_log::diff(
                "proposal_catalogues",
                old.proposal_catalogues.as_deref().unwrap_or(""),
                stored.as_deref().unwrap_or(""),
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        w.audit(AuditAction::OrganisationUpdate, "organisation", actor.org_id.as_str(), changes).await?;
        w.commit().await
    }

    /// Invites someone by e-mail to this organisation with a role.
    pub async fn invite(&self, actor: &Actor, email: &str, role: Role) -> AppResult<()> {
        actor.require(Permission::ManageUsers)?;
        let email = secrets::normalise_email(email);
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("email", "error-email"));
        }
        if role == Role::SupplierRespondent {
            // Suppliers come in through a bid's own link (procurement), never as members.
            return Err(AppError::invalid("role", "error-role-not-invitable"));
        }
        if let Some(u) = users::by_email(&self.db, &email).await?
            && orgs::role_of(&self.db, &actor.org_id, &u.user_id()).await?.is_some()
        {
            return Err(AppError::invalid("email", "error-already-member"));
        }
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let now = self.now().0;
        let token = secrets::random_token();
        let mut w = self.write_at(actor, Permission::ManageUsers, now).await?;
        links::create(
            &mut w.tx,
            NewLink {
                token_hash: &token_hash(&token),
                kind: LinkKind::Invitation,
                org_id: Some(actor.org_id.as_str()),
                user_id: None,
                email: Some(&email),
                role: Some(role.as_str()),
                created_by: Some(actor.user_id.as_str()),
                now,
                expires_at: now + self.config.invitation_ttl_secs,
            },
        )
        .await?;
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let link = format!("{}/invitation/{}", self.config.base_url.trim_end_matches('/'), token);
        let days = (self.config.invitation_ttl_secs / 86400).to_string();
        let mail = OutgoingMail {
            to: email.clone(),
            subject: t_args(loc, "mail-invite-subject", &[("org", org.name.clone())]),
            body: t_args(
                loc,
                "mail-invite-body",
                &[
                    ("org", org.name.clone()),
                    ("inviter", actor.email.clone()),
                    ("role", t(loc, &format!("role-{}", role.as_str()))),
                    ("link", link),
                    ("days", days),
                ],
            ),
        };
        self.enqueue_mail(&mut w.tx, now, &mail).await?;
        w.audit(
            AuditAction::InvitationCreate,
            "invitation",
            &token_hash(&token)[..16],
            vec![FieldChange::new("email", None, Some(&email)), FieldChange::new("role", None, Some(role.as_str()))],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn pending_invitations(&self, actor: &Actor) -> AppResult<Vec<Link>> {
        actor.require(Permission::ManageUsers)?;
        Ok(links::pending_invitations(&self.db, actor.org_id.as_str(), self.now().0).await?)
    }

    /// Revokes a pending invitation, named by the first 16 characters of its hash.
    pub async fn revoke_invitation(&self, actor: &Actor, hash_prefix: &str) -> AppResult<()> {
        actor.require(Permission::ManageUsers)?;
        let now = self.now().0;
        let pending = links::pending_invitations(&self.db, actor.org_id.as_str(), now).await?;
        let link = pending
            .into_iter()
            .find(|l| hash_prefix.len() == 16 && l.token_hash.starts_with(hash_prefix))
            .ok_or(AppError::NotFound)?;
        let mut w = self.write_at(actor, Permission::ManageUsers, now).await?;
        links::revoke_invitation(&mut w.tx, actor.org_id.as_str(), &link.token_hash, now).await?;
        w.audit(
            AuditAction::InvitationRevoke,
            "invitation",
            hash_prefix,
            vec![FieldChange::new("email", link.email.as_deref(), None)],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn invitation(&self, token: &str) -> AppResult<InvitationView> {
        let link = links::find_valid(&self.db, &token_hash(token), LinkKind::Invitation, self.now().0)
            .await?
            .ok_or(AppError::NotFound)?;
        let org =
            orgs::get(&self.db, &OrgId(link.org_id.clone().unwrap_or_default())).await?.ok_or(AppError::NotFound)?;
        let email = link.email.clone().unwrap_or_default();
        let has_account = users::by_email(&self.db, &email).await?.is_some();
        Ok(InvitationView {
            org_name: org.name,
            email,
            role: link.role.as_deref().and_then(Role::parse).ok_or(AppError::NotFound)?,
            has_account,
        })
    }

    /// Accepts an invitation as a new user: creates the account and signs it in.
    pub async fn accept_invitation_new(
        &self,
        token: &str,
        input: AcceptInput<'_>,
        ua: &str,
        ip: &str,
    ) -> AppResult<NewSignIn> {
        let view = self.invitation(token).await?;
        if view.has_account {
            return Err(AppError::invalid("email", "error-account-exists-sign-in"));
        }
        let name = input.display_name.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(AppError::invalid("display_name", "error-required"));
        }
        password::check(input.password, &view.email).map_err(|p| AppError::invalid("password", p.message_key()))?;
        let hash = secrets::hash_password(input.password).map_err(AppError::Internal)?;
        let user = UserId(new_id());
        let mut w = self.write_as(Author::Account { user: Some(&user), label: &view.email }).await?;
        let now = w.now;
        let link = links::consume(&mut w.tx, &token_hash(token), LinkKind::Invitation, now)
            .await?
            .ok_or(AppError::NotFound)?;
        let org = OrgId(link.org_id.clone().unwrap_or_default());
        users::create(&mut w.tx, &user, &view.email, name, &hash, input.locale.code(), now).await?;
        orgs::add_member(&mut w.tx, &org, &user, view.role, now).await?;
        audit_join(&mut w, &org, &user, &view.email, view.role, link.created_by.as_deref()).await?;
        let o = orgs::get_tx(&mut w.tx, &org).await?.ok_or(AppError::NotFound)?;
        let required = o.mfa_policy().requires(view.role);
        let token = secrets::random_token();
        sessions::create(
            &mut w.tx,
            sessions::NewSession {
                id_hash: &token_hash(&token),
                user_id: &user,
                active_org_id: Some(org.as_str()),
                csrf_token: &secrets::random_token(),
                mfa_done: false,
                user_agent: &ua.chars().take(300).collect::<String>(),
                ip,
                now,
            },
        )
        .await?;
        w.commit().await?;
        Ok(NewSignIn { token, mfa: if required { MfaState::NeedsEnrolment } else { MfaState::Satisfied } })
    }

    /// Accepts an invitation as an existing, signed-in user whose e-mail it was sent to.
    pub async fn accept_invitation_existing(&self, token: &str, cs: &CurrentSession) -> AppResult<OrgId> {
        let view = self.invitation(token).await?;
        if view.email != cs.user.email {
            return Err(AppError::NotFound);
        }
        let mut w = self.write_own_account(cs).await?;
        let now = w.now;
        let link = links::consume(&mut w.tx, &token_hash(token), LinkKind::Invitation, now)
            .await?
            .ok_or(AppError::NotFound)?;
        let org = OrgId(link.org_id.clone().unwrap_or_default());
        orgs::add_member(&mut w.tx, &org, &cs.user.user_id(), view.role, now).await?;
        audit_join(&mut w, &org, &cs.user.user_id(), &view.email, view.role, link.created_by.as_deref()).await?;
        sessions::set_active_org(&mut w.tx, &cs.session.id_hash, org.as_str()).await?;
        w.commit().await?;
        Ok(org)
    }

    /// Refuses to leave an organisation without an administrator.
    async fn guard_last_admin(&self, tx: &mut tillit_store::Tx, org: &OrgId, user: &UserId) -> AppResult<()> {
        if orgs::role_of_tx(tx, org, user).await? == Some(Role::Administrator)
            && orgs::count_role(tx, org, Role::Administrator).await? <= 1
        {
            return Err(AppError::invalid("role", "error-last-admin"));
        }
        Ok(())
    }

    pub async fn change_role(&self, actor: &Actor, user: &UserId, role: Role) -> AppResult<()> {
        actor.require(Permission::ManageUsers)?;
        if role == Role::SupplierRespondent {
            return Err(AppError::invalid("role", "error-role-not-invitable"));
        }
        let mut w = self.write(actor, Permission::ManageUsers).await?;
        let old = orgs::role_of_tx(&mut w.tx, &actor.org_id, user).await?.ok_or(AppError::NotFound)?;
        if old == role {
            return Ok(());
        }
        // A supplier's person stays the supplier's: its workspace is taken away on the
        // supplier's page, never turned into a buyer's role.
        if old == Role::SupplierRespondent {
            return Err(AppError::invalid("role", "error-role-supplier-person"));
        }
        if old == Role::Administrator {
            self.guard_last_admin(&mut w.tx, &actor.org_id, user).await?;
        }
        orgs::set_role(&mut w.tx, &actor.org_id, user, role).await?;
        w.audit(
            AuditAction::MemberRoleChange,
            "user",
            user.as_str(),
            vec![FieldChange::new("role", Some(old.as_str()), Some(role.as_str()))],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn remove_member(&self, actor: &Actor, user: &UserId) -> AppResult<()> {
        actor.require(Permission::ManageUsers)?;
        let mut w = self.write(actor, Permission::ManageUsers).await?;
        let old = orgs::role_of_tx(&mut w.tx, &actor.org_id, user).await?.ok_or(AppError::NotFound)?;
        self.guard_last_admin(&mut w.tx, &actor.org_id, user).await?;
        orgs::remove_member(&mut w.tx, &actor.org_id, user).await?;
        w.audit(
            AuditAction::MemberRemove,
            "user",
            user.as_str(),
            vec![FieldChange::new("role", Some(old.as_str()), None)],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Removes a member's TOTP, recovery codes and passkeys and signs them out everywhere,
    /// for someone who lost their phone. They enrol again at next sign-in.
    pub async fn reset_member_mfa(&self, actor: &Actor, user: &UserId) -> AppResult<()> {
        actor.require(Permission::ManageUsers)?;
        let mut w = self.write(actor, Permission::ManageUsers).await?;
        orgs::role_of_tx(&mut w.tx, &actor.org_id, user).await?.ok_or(AppError::NotFound)?;
        let revoked = reset_mfa_tx(&mut w.tx, user, self.now().0).await?;
        w.audit(
            AuditAction::UserMfaReset,
            "user",
            user.as_str(),
            vec![
                FieldChange::new("totp", None, Some("off")),
                FieldChange::new("api_tokens_revoked", None, Some(&revoked.to_string())),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// `tillit admin create-org`: an organisation with its first administrator.
    pub async fn admin_create_org(
        &self,
        name: &str,
        admin_email: &str,
        admin_name: &str,
        password: &str,
    ) -> AppResult<OrgId> {
        let email = secrets::normalise_email(admin_email);
        if name.trim().is_empty() {
            return Err(AppError::invalid("name", "error-required"));
        }
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("email", "error-email"));
        }
        let mut w = self.write_as(Author::Operator).await?;
        let now = w.now;
        let org = OrgId(new_id());
        orgs::create(&mut w.tx, &org, name.trim(), "nb", now).await?;
        let user = match users::by_email_tx(&mut w.tx, &email).await? {
            Some(u) => u.user_id(),
            None => {
                password::check(password, &email).map_err(|p| AppError::invalid("password", p.message_key()))?;
                let hash = secrets::hash_password(password).map_err(AppError::Internal)?;
                let id = UserId(new_id());
                users::create(&mut w.tx, &id, &email, admin_name.trim(), &hash, "nb", now).await?;
                id
            }
        };
        orgs::add_member(&mut w.tx, &org, &user, Role::Administrator, now).await?;
        for chain in [SYSTEM_CHAIN, org.as_str()] {
            let changes = vec![
                FieldChange::new("name", None, Some(name.trim())),
                FieldChange::new("administrator", None, Some(&email)),
            ];
            w.audit_in(chain, AuditAction::OrganisationCreate, "organisation", org.as_str(), changes).await?;
        }
        w.commit().await?;
        Ok(org)
    }

    /// `tillit admin add-user`: adds a person to an organisation with a role, creating the
    /// account (with `password`) if the e-mail has none.
    pub async fn admin_add_user(
        &self,
        org: &OrgId,
        email: &str,
        display_name: &str,
        role: Role,
        password: &str,
    ) -> AppResult<UserId> {
        let email = secrets::normalise_email(email);
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("email", "error-email"));
        }
        let mut w = self.write_as(Author::Operator).await?;
        let now = w.now;
        orgs::get_tx(&mut w.tx, org).await?.ok_or(AppError::NotFound)?;
        let user = match users::by_email_tx(&mut w.tx, &email).await? {
            Some(u) => u.user_id(),
            None => {
                password::check(password, &email).map_err(|p| AppError::invalid("password", p.message_key()))?;
                let hash = secrets::hash_password(password).map_err(AppError::Internal)?;
                let id = UserId(new_id());
                let name = if display_name.trim().is_empty() { email.as_str() } else { display_name.trim() };
                users::create(&mut w.tx, &id, &email, name, &hash, "nb", now).await?;
                id
            }
        };
        if orgs::role_of_tx(&mut w.tx, org, &user).await?.is_some() {
            return Err(AppError::invalid("email", "error-already-member"));
        }
        orgs::add_member(&mut w.tx, org, &user, role, now).await?;
        let changes =
            vec![FieldChange::new("email", None, Some(&email)), FieldChange::new("role", None, Some(role.as_str()))];
        w.audit_in(org.as_str(), AuditAction::MemberAdd, "user", user.as_str(), changes).await?;
        w.commit().await?;
        Ok(user)
    }

    /// `tillit admin list-orgs`.
    pub async fn admin_list_orgs(&self) -> AppResult<Vec<Organisation>> {
        Ok(orgs::list_all(&self.db).await?)
    }

    /// `tillit admin reset-mfa EMAIL`.
    pub async fn admin_reset_mfa(&self, email: &str) -> AppResult<()> {
        let email = secrets::normalise_email(email);
        let user = users::by_email(&self.db, &email).await?.ok_or(AppError::NotFound)?;
        let mut w = self.write_as(Author::Operator).await?;
        let revoked = reset_mfa_tx(&mut w.tx, &user.user_id(), w.now).await?;
        let changes = vec![
            FieldChange::new("totp", None, Some("off")),
            FieldChange::new("api_tokens_revoked", None, Some(&revoked.to_string())),
        ];
        // Each organisation the person belongs to sees it, and so does the instance.
        let mut chains = audit_log::chains_of(&mut w.tx, &user.user_id()).await?;
        if !chains.iter().any(|c| c == SYSTEM_CHAIN) {
            chains.push(SYSTEM_CHAIN.to_string());
        }
        for chain in &chains {
            w.audit_in(chain, AuditAction::UserMfaReset, "user", &user.id, changes.clone()).await?;
        }
        w.commit().await
    }
}

/// Removes every factor and signs the person out everywhere, API tokens included (a token
/// must not outlive the credentials it was made under). Returns the tokens revoked.
async fn reset_mfa_tx(tx: &mut tillit_store::Tx, user: &UserId, now: i64) -> AppResult<u64> {
    users::disable_totp(tx, user).await?;
    passkeys::delete_all_for_user(tx, user).await?;
    sessions::delete_all_for_user(tx, user, None).await?;
    Ok(tillit_store::identity::api_tokens::revoke_all_for_user(tx, user, now).await?)
}

/// Records someone joining through an invitation, in the organisation they join.
async fn audit_join(
    w: &mut Write<'_>,
    org: &OrgId,
    user: &UserId,
    email: &str,
    role: Role,
    invited_by: Option<&str>,
) -> AppResult<()> {
    let changes = vec![
        FieldChange::new("email", None, Some(email)),
        FieldChange::new("role", None, Some(role.as_str())),
        FieldChange::new("invited_by", None, invited_by),
    ];
    w.audit_in(org.as_str(), AuditAction::MemberAdd, "user", user.as_str(), changes).await
}
