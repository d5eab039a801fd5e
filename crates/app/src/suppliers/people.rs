//! Supplier people and how they sign in. The buyer gives a contact of a supplier its
//! workspace: an account without a password (or the person's existing one) with the
//! supplier_respondent role in the organisation, tied to that supplier. The person signs in by
//! a one-time link sent by e-mail (short-lived, single use, stored as a hash, at most a few an
//! hour), then by TOTP or a passkey if they set one up. Failed links count against the
//! address as bid links do and lock it out the same way.

use crate::identity::accounts::{NewSignIn, SignInError};
use crate::platform::i18n::{Locale, t_args};
use crate::platform::mail::OutgoingMail;
use crate::platform::secrets::{self, token_hash};
use crate::write::{Author, Unrecorded};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::identity::session::{MfaState, mfa_state};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::{OrgId, Permission, Role, SupplierId, UserId};
use tillit_store::identity::links::{self, LinkKind, NewLink};
use tillit_store::identity::{login_failures, orgs, users};
use tillit_store::suppliers::{self as store, people};

/// At most this many sign-in links an hour per person and organisation, so the form cannot
/// flood an inbox.
const LINKS_PER_HOUR: i64 = 3;

fn lock_key(ip: &str) -> String {
    format!("supplierlink:{ip}")
}

impl App {
    /// Gives a contact of the supplier the workspace and e-mails a first sign-in link.
    pub async fn grant_workspace(&self, actor: &Actor, id: &SupplierId, contact: &str) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let c = store::contacts_tx(&mut w.tx, &s)
            .await?
            .into_iter()
            .find(|c| c.id == contact)
            .ok_or(AppError::invalid("contact", "error-choose"))?;
        let email = secrets::normalise_email(&c.email);
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("contact", "error-email"));
        }
        let org = orgs::get_tx(&mut w.tx, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let user = match users::by_email_tx(&mut w.tx, &email).await? {
            Some(u) if u.disabled => return Err(AppError::invalid("contact", "error-workspace-disabled")),
            Some(u) => {
                let uid = u.user_id();
                match orgs::role_of_tx(&mut w.tx, &actor.org_id, &uid).await? {
                    None => orgs::add_member(&mut w.tx, &actor.org_id, &uid, Role::SupplierRespondent, w.now).await?,
                    // Already this supplier's: a new link is all that is asked.
                    Some(Role::SupplierRespondent)
                        if people::supplier_of_tx(&mut w.tx, &actor.org_id, &uid).await?.as_ref() == Some(&s.id) => {}
                    Some(Role::SupplierRespondent) => {
                        return Err(AppError::invalid("contact", "error-workspace-other-supplier"));
                    }
                    Some(_) => return Err(AppError::invalid("contact", "error-workspace-member")),
                }
                uid
            }
            None => {
                let uid = UserId(new_id());
                users::create_without_password(&mut w.tx, &uid, &email, &c.name, &org.default_locale, w.now).await?;
                orgs::add_member(&mut w.tx, &actor.org_id, &uid, Role::SupplierRespondent, w.now).await?;
                uid
            }
        };
        if people::supplier_of_tx(&mut w.tx, &actor.org_id, &user).await?.is_none() {
            people::grant(&mut w.tx, &actor.org_id, &user, &s.id, &actor.label(), w.now).await?;
        }
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        self.send_sign_in_link(&mut w.tx, &actor.org_id, &org.name, &user, &email, &s.legal_name, loc, w.now).await?;
        let changes =
            vec![FieldChange::new("person", None, Some(user.as_str())), FieldChange::new("email", None, Some(&email))];
        w.audit(AuditAction::SupplierPersonGrant, "supplier", &s.id, changes).await?;
        w.commit().await
    }

    /// Takes the workspace away: the membership ends (and with it the tie to the supplier),
    /// unused links stop working, and the person's sessions in the organisation end with the
    /// membership they stand on.
    pub async fn revoke_workspace(&self, actor: &Actor, id: &SupplierId, user: &str) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let uid = UserId(user.to_string());
        if people::supplier_of_tx(&mut w.tx, &actor.org_id, &uid).await?.as_ref() != Some(&s.id) {
            return Err(AppError::NotFound);
        }
        orgs::remove_member(&mut w.tx, &actor.org_id, &uid).await?;
        links::expire_for_user(&mut w.tx, LinkKind::SupplierSignIn, actor.org_id.as_str(), user, w.now).await?;
        let changes = vec![FieldChange::new("person", Some(user), None)];
        w.audit(AuditAction::SupplierPersonRevoke, "supplier", &s.id, changes).await?;
        w.commit().await
    }

    /// A supplier person asks for a sign-in link: one for each organisation where the address
    /// is one, unless it had its share this hour. The caller answers the same either way, so
    /// the form does not tell who is a supplier person.
    pub async fn request_supplier_link(&self, email: &str, ip: &str) -> AppResult<()> {
        let email = secrets::normalise_email(email);
        if email.len() > 254 || !secrets::email_looks_valid(&email) {
            return Ok(());
        }
        let now = self.now().0;
        for (org_id, user_id) in people::by_email(&self.db, &email).await? {
            let org = OrgId(org_id);
            let recent = links::count_recent(&self.db, LinkKind::SupplierSignIn, &user_id, now - 3600).await?;
            if recent >= LINKS_PER_HOUR {
                continue;
            }
            let uid = UserId(user_id);
            let Some(o) = orgs::get(&self.db, &org).await? else { continue };
            let Some(supplier) = people::supplier_of(&self.db, &org, &uid).await? else { continue };
            let Some(s) = store::get(&self.db, &org, &supplier).await? else { continue };
            let user = users::by_id(&self.db, &uid).await?.ok_or(AppError::NotFound)?;
            let loc = Locale::parse(&user.locale).unwrap_or(Locale::Nb);
            let mut w = self.write_as_at(Author::Account { user: Some(&uid), label: &email }, now).await?;
            self.send_sign_in_link(&mut w.tx, &org, &o.name, &uid, &email, &s.legal_name, loc, now).await?;
            let changes = vec![FieldChange::new("ip", None, Some(ip))];
            w.audit_in(org.as_str(), AuditAction::SupplierLinkSent, "supplier", s.id.as_str(), changes).await?;
            w.commit().await?;
        }
        Ok(())
    }

    /// Whether a sign-in link can still be used (its page shows a button, so a mail scanner
    /// that opens links does not use it up).
    pub async fn supplier_link_valid(&self, token: &str) -> AppResult<bool> {
        let now = self.now().0;
        Ok(links::find_valid(&self.db, &token_hash(token), LinkKind::SupplierSignIn, now).await?.is_some())
    }

    /// Signs in by a link, once. An unknown link counts against the address (guessing is
    /// what that stops); a used or expired one is recorded in its organisation's log.
    pub async fn sign_in_by_link(&self, token: &str, ua: &str, ip: &str) -> AppResult<Result<NewSignIn, SignInError>> {
        let now = self.now().0;
        if self.locked(&[(lock_key(ip), 4)]).await? {
            return Ok(Err(SignInError::Locked));
        }
        let hash = token_hash(token);
        let Some(link) = links::find_any(&self.db, &hash, LinkKind::SupplierSignIn).await? else {
            let mut w = self.write_as_at(Author::Account { user: None, label: ip }, now).await?;
            login_failures::record(&mut w.tx, &lock_key(ip), now).await?;
            w.commit_unrecorded(Unrecorded::AttemptCounted).await?;
            return Ok(Err(SignInError::Invalid));
        };
        let (Some(org), Some(user_id)) = (link.org_id.clone(), link.user_id.clone()) else {
            return Err(AppError::Internal("a sign-in link without its person".into()));
        };
        let uid = UserId(user_id);
        let label = link.email.clone().unwrap_or_default();
        let mut w = self.write_as_at(Author::Account { user: Some(&uid), label: &label }, now).await?;
        let used = links::consume(&mut w.tx, &hash, LinkKind::SupplierSignIn, now).await?;
        let user = users::by_id_tx(&mut w.tx, &uid).await?;
        let member = orgs::role_of_tx(&mut w.tx, &OrgId(org.clone()), &uid).await? == Some(Role::SupplierRespondent);
        let (Some(_), Some(user), true) = (used, user.filter(|u| !u.disabled), member) else {
            let why = if link.used_at.is_some() { "used" } else { "expired" };
            login_failures::record(&mut w.tx, &lock_key(ip), now).await?;
            let changes = vec![FieldChange::new("link", None, Some(why)), FieldChange::new("ip", None, Some(ip))];
            w.audit_in(&org, AuditAction::SupplierSignInFailed, "user", uid.as_str(), changes).await?;
            w.commit().await?;
            return Ok(Err(SignInError::Invalid));
        };
        let has_factor = self.has_second_factor(&user).await?;
        let required = orgs::memberships_of_tx(&mut w.tx, &uid)
            .await?
            .iter()
            .find(|m| m.org_id == org)
            .is_some_and(|m| m.requires_mfa());
        let mfa = mfa_state(false, has_factor, required);
        // Only a verified factor marks the session, as with a password.
        let token = self.create_session(&mut w.tx, &uid, Some(&org), false, ua, ip).await?;
        let step = if mfa == MfaState::NeedsVerification { "second factor next" } else { "signed in" };
        let changes = vec![FieldChange::new("ip", None, Some(ip)), FieldChange::new("step", None, Some(step))];
        w.audit_in(&org, AuditAction::SupplierSignIn, "user", uid.as_str(), changes).await?;
        w.commit().await?;
        Ok(Ok(NewSignIn { token, mfa }))
    }

    #[allow(clippy::too_many_arguments)] // one mail's parts, named at each call
    async fn send_sign_in_link(
        &self,
        tx: &mut tillit_store::Tx,
        org: &OrgId,
        org_name: &str,
        user: &UserId,
        email: &str,
        supplier: &str,
        loc: Locale,
        now: i64,
    ) -> AppResult<()> {
        let token = secrets::random_token();
        let ttl = self.config.supplier_link_minutes * 60;
        links::create(
            tx,
            NewLink {
                token_hash: &token_hash(&token),
                kind: LinkKind::SupplierSignIn,
                org_id: Some(org.as_str()),
                user_id: Some(user.as_str()),
                email: Some(email),
                role: None,
                created_by: None,
                now,
                expires_at: now + ttl,
            },
        )
        .await?;
        let link = format!("{}/supplier/sign-in/{}", self.config.base_url.trim_end_matches('/'), token);
        let args = [
            ("org", org_name.to_string()),
            ("supplier", supplier.to_string()),
            ("link", link),
            ("minutes", self.config.supplier_link_minutes.to_string()),
        ];
        let mail = OutgoingMail {
            to: email.to_string(),
            subject: t_args(loc, "mail-supplier-link-subject", &args),
            body: t_args(loc, "mail-supplier-link-body", &args),
        };
        self.enqueue_mail(tx, now, &mail).await
    }
}
