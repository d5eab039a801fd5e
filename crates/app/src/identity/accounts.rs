//! First start, sign-in, sessions, passwords and switching organisation.

use crate::platform::audit_log;
use crate::platform::i18n::{Locale, t, t_args};
use crate::platform::mail::OutgoingMail;
use crate::platform::secrets::{self, token_hash};
use crate::write::{Author, Unrecorded};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::identity::password;
use tillit_domain::identity::session::{MfaState, mfa_state};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::{FieldChange, SYSTEM_CHAIN};
use tillit_domain::{OrgId, Role, UserId};
use tillit_store::identity::links::{self, LinkKind, NewLink};
use tillit_store::identity::sessions::{self, NewSession, Session};
use tillit_store::identity::users::{self, User};
use tillit_store::identity::{login_failures, orgs, passkeys};

/// A freshly created session: the token goes into the cookie and nowhere else.
pub struct NewSignIn {
    pub token: String,
    pub mfa: MfaState,
}

/// A request's session, resolved and checked.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub session: Session,
    pub user: User,
    pub mfa: MfaState,
    /// The active organisation and the role in it, if the user has any membership.
    pub org: Option<(OrgId, Role)>,
}

impl CurrentSession {
    pub fn actor(&self) -> Option<Actor> {
        let (org_id, role) = self.org.clone()?;
        (self.mfa == MfaState::Satisfied).then(|| Actor {
            user_id: self.user.user_id(),
            email: self.user.email.clone(),
            org_id,
            role,
            via: "session".into(),
        })
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignInError {
    /// Wrong e-mail or password: one message for both.
    Invalid,
    /// Too many failures; try again later.
    Locked,
}

pub struct SetupInput<'a> {
    pub org_name: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: &'a str,
    pub locale: Locale,
}

impl App {
    /// On a database without users, makes a new one-time setup link (older unused ones stop
    /// working) and returns its token. None when setup has been done.
    pub async fn ensure_setup_link(&self) -> AppResult<Option<String>> {
        let mut w = self.write_as(Author::Account { user: None, label: "tillit" }).await?;
        let now = w.now;
        if users::count_tx(&mut w.tx).await? > 0 {
            return Ok(None);
        }
        links::expire_kind(&mut w.tx, LinkKind::Setup, now).await?;
        let token = secrets::random_token();
        links::create(
            &mut w.tx,
            NewLink {
                token_hash: &token_hash(&token),
                kind: LinkKind::Setup,
                org_id: None,
                user_id: None,
                email: None,
                role: None,
                created_by: None,
                now,
                expires_at: now + self.config.setup_ttl_secs,
            },
        )
        .await?;
        // The link itself is logged at start-up, where the operator reads it.
        w.commit_unrecorded(Unrecorded::Housekeeping).await?;
        Ok(Some(token))
    }

    pub async fn setup_link_valid(&self, token: &str) -> AppResult<bool> {
        Ok(links::find_valid(&self.db, &token_hash(token), LinkKind::Setup, self.now().0).await?.is_some()
            && users::count(&self.db).await? == 0)
    }

    /// Uses the setup link: creates the first organisation and its administrator, and
    /// signs them in (they must enrol a second factor before anything else).
    pub async fn complete_setup(&self, token: &str, input: SetupInput<'_>, ua: &str, ip: &str) -> AppResult<NewSignIn> {
        let org_name = input.org_name.trim();
        if org_name.is_empty() || org_name.len() > 200 {
            return Err(AppError::invalid("org_name", "error-required"));
        }
        let email = secrets::normalise_email(input.email);
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("email", "error-email"));
        }
        let name = input.display_name.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(AppError::invalid("display_name", "error-required"));
        }
        password::check(input.password, &email).map_err(|p| AppError::invalid("password", p.message_key()))?;
        let hash = secrets::hash_password(input.password).map_err(AppError::Internal)?;
        let org = OrgId(new_id());
        let user = UserId(new_id());
        let mut w = self.write_as(Author::Account { user: Some(&user), label: &email }).await?;
        let now = w.now;
        if users::count_tx(&mut w.tx).await? > 0 {
            return Err(AppError::NotFound);
        }
        if links::consume(&mut w.tx, &token_hash(token), LinkKind::Setup, now).await?.is_none() {
            return Err(AppError::NotFound);
        }
        orgs::create(&mut w.tx, &org, org_name, input.locale.code(), now).await?;
        users::create(&mut w.tx, &user, &email, name, &hash, input.locale.code(), now).await?;
        orgs::add_member(&mut w.tx, &org, &user, Role::Administrator, now).await?;
        for (chain, action, otype, oid, changes) in [
            (SYSTEM_CHAIN, AuditAction::SetupComplete, "organisation", org.as_str(), vec![]),
            (
                org.as_str(),
                AuditAction::OrganisationCreate,
                "organisation",
                org.as_str(),
                vec![FieldChange::new("name", None, Some(org_name))],
            ),
            (
                org.as_str(),
                AuditAction::MemberAdd,
                "user",
                user.as_str(),
                vec![
                    FieldChange::new("email", None, Some(&email)),
                    FieldChange::new("role", None, Some(Role::Administrator.as_str())),
                ],
            ),
        ] {
            w.audit_in(chain, action, otype, oid, changes).await?;
        }
        let signin = self.create_session(&mut w.tx, &user, Some(org.as_str()), false, ua, ip).await?;
        w.commit().await?;
        Ok(NewSignIn { token: signin, mfa: MfaState::NeedsEnrolment })
    }

    pub(crate) async fn create_session(
        &self,
        tx: &mut tillit_store::Tx,
        user: &UserId,
        org: Option<&str>,
        mfa_done: bool,
        ua: &str,
        ip: &str,
    ) -> AppResult<String> {
        let token = secrets::random_token();
        let csrf = secrets::random_token();
        let ua: String = ua.chars().take(300).collect();
        sessions::create(
            tx,
            NewSession {
                id_hash: &token_hash(&token),
                user_id: user,
                active_org_id: org,
                csrf_token: &csrf,
                mfa_done,
                user_agent: &ua,
                ip,
                now: self.now().0,
            },
        )
        .await?;
        Ok(token)
    }

    pub(crate) async fn locked(&self, keys: &[(String, u32)]) -> AppResult<bool> {
        let now = self.now();
        let p = self.config.lockout;
        let since = now.0 - p.window_secs - p.lock_secs;
        for (key, factor) in keys {
            let times: Vec<_> =
                login_failures::since(&self.db, key, since).await?.into_iter().map(tillit_domain::Timestamp).collect();
            let policy = tillit_domain::identity::lockout::LockoutPolicy { max_failures: p.max_failures * factor, ..p };
            if policy.locked_until(now, &times).is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Lock keys: the account (strict) and the source address (ten times looser, so one
    /// office behind a shared address is not locked out by one person's typos).
    pub(crate) fn lock_keys(email: &str, ip: &str) -> Vec<(String, u32)> {
        vec![(format!("email:{email}"), 1), (format!("ip:{ip}"), 10)]
    }

    /// Records a failed sign-in step in the database and the audit log.
    pub async fn record_failure(
        &self,
        user: Option<&User>,
        email: &str,
        ip: &str,
        action: AuditAction,
    ) -> AppResult<()> {
        let uid = user.map(User::user_id);
        let mut w = self.write_as(Author::Account { user: uid.as_ref(), label: email }).await?;
        for (key, _) in Self::lock_keys(email, ip) {
            login_failures::record(&mut w.tx, &key, w.now).await?;
        }
        let changes = vec![FieldChange::new("ip", None, Some(ip))];
        w.audit(action, "user", uid.as_deref().unwrap_or(""), changes).await?;
        w.commit().await
    }

    /// An attempt refused because the account or address is locked: counted, not logged.
    /// Only the first refusal of a lock is audited; later ones add to its count
    /// (`lockout_refusals`), so someone hammering a locked account cannot fill the database.
    pub async fn refused_while_locked(&self, user: Option<&User>, email: &str, ip: &str) -> AppResult<()> {
        let uid = user.map(User::user_id);
        let mut w = self.write_as(Author::Account { user: uid.as_ref(), label: email }).await?;
        let (now, fresh_after) = (w.now, w.now - self.config.lockout.lock_secs);
        let n = login_failures::count_refusal(&mut w.tx, &format!("email:{email}"), now, fresh_after).await?;
        if n == 1 {
            let changes = vec![FieldChange::new("ip", None, Some(ip))];
            w.audit(AuditAction::LoginLocked, "user", uid.as_deref().unwrap_or(""), changes).await?;
            return w.commit().await;
        }
        w.commit_unrecorded(Unrecorded::Housekeeping).await
    }

    /// Password sign-in. The second factor, if any, follows on the session it returns.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        ua: &str,
        ip: &str,
    ) -> AppResult<Result<NewSignIn, SignInError>> {
        let email = secrets::normalise_email(email);
        if email.len() > 254 || password.chars().count() > password::MAX_CHARS {
            return Ok(Err(SignInError::Invalid));
        }
        let keys = Self::lock_keys(&email, ip);
        let user = users::by_email(&self.db, &email).await?;
        if self.locked(&keys).await? {
            self.refused_while_locked(user.as_ref(), &email, ip).await?;
            return Ok(Err(SignInError::Locked));
        }
        let ok = match &user {
            Some(u) if !u.disabled => u.password_hash.as_deref().is_some_and(|h| secrets::verify_password(password, h)),
            _ => {
                secrets::dummy_verify(password);
                false
            }
        };
        let Some(user) = user.filter(|_| ok) else {
            let u = users::by_email(&self.db, &email).await?;
            self.record_failure(u.as_ref(), &email, ip, AuditAction::LoginFailed).await?;
            return Ok(Err(SignInError::Invalid));
        };
        let memberships = orgs::memberships_of(&self.db, &user.user_id()).await?;
        let first = memberships.first();
        let has_factor = self.has_second_factor(&user).await?;
        let required = first.is_some_and(|m| m.requires_mfa());
        let mfa = mfa_state(false, has_factor, required);
        let uid = user.user_id();
        let mut w = self.write_as(Author::Account { user: Some(&uid), label: &user.email }).await?;
        let token = self
            .create_session(
                &mut w.tx,
                &user.user_id(),
                first.map(|m| m.org_id.as_str()),
                // Only a verified factor marks the session; a sign-in without one stays
                // unmarked so a later "MFA for everyone" reaches this session too.
                false,
                ua,
                ip,
            )
            .await?;
        if mfa == MfaState::Satisfied {
            login_failures::clear(&mut w.tx, &format!("email:{email}")).await?;
        }
        let action =
            if mfa == MfaState::NeedsVerification { AuditAction::LoginPasswordOk } else { AuditAction::LoginSuccess };
        let changes = vec![FieldChange::new("ip", None, Some(ip))];
        w.audit(action, "user", &uid, changes).await?;
        w.commit().await?;
        Ok(Ok(NewSignIn { token, mfa }))
    }

    pub async fn has_second_factor(&self, user: &User) -> AppResult<bool> {
        Ok(user.totp_enabled || !passkeys::list_for_user(&self.db, &user.user_id()).await?.is_empty())
    }

    /// Resolves a session cookie: None when unknown, expired or the user is disabled.
    pub async fn current_session(&self, token: &str) -> AppResult<Option<CurrentSession>> {
        let hash = token_hash(token);
        let Some(session) = sessions::get(&self.db, &hash).await? else {
            return Ok(None);
        };
        let now = self.now();
        if !self.config.session.is_live(
            now,
            tillit_domain::Timestamp(session.created_at),
            tillit_domain::Timestamp(session.last_seen_at),
        ) {
            let uid = UserId(session.user_id.clone());
            let mut w = self.write_as(Author::Account { user: Some(&uid), label: "tillit" }).await?;
            sessions::delete(&mut w.tx, &hash).await?;
            w.commit_unrecorded(Unrecorded::Housekeeping).await?;
            return Ok(None);
        }
        let Some(user) = users::by_id(&self.db, &UserId(session.user_id.clone())).await? else {
            return Ok(None);
        };
        if user.disabled {
            return Ok(None);
        }
        sessions::touch(&self.db, &hash, now.0).await?;
        let memberships = orgs::memberships_of(&self.db, &user.user_id()).await?;
        // The active organisation must still be one the user belongs to.
        let active = session
            .active_org_id
            .as_deref()
            .and_then(|id| memberships.iter().find(|m| m.org_id == id))
            .or(memberships.first());
        let org = active.and_then(|m| Role::parse(&m.role).map(|r| (OrgId(m.org_id.clone()), r)));
        let required = active.is_some_and(|m| m.requires_mfa());
        let has_factor = self.has_second_factor(&user).await?;
        let mfa = mfa_state(session.mfa_done, has_factor, required);
        Ok(Some(CurrentSession { session, user, mfa, org }))
    }

    pub async fn sign_out(&self, cs: &CurrentSession) -> AppResult<()> {
        let mut w = self.write_own_account(cs).await?;
        sessions::delete(&mut w.tx, &cs.session.id_hash).await?;
        // Signing out is recorded in the active organisation; someone without one leaves
        // nothing to trace but the session's end.
        if cs.org.is_none() {
            return w.commit_unrecorded(Unrecorded::Housekeeping).await;
        }
        w.audit(AuditAction::Logout, "user", &cs.user.id, vec![]).await?;
        w.commit().await
    }

    /// Ends every session of the user but (optionally) the current one.
    pub async fn sign_out_everywhere(&self, cs: &CurrentSession, keep_current: bool) -> AppResult<u64> {
        let mut w = self.write_own_account(cs).await?;
        let except = keep_current.then_some(cs.session.id_hash.as_str());
        let n = sessions::delete_all_for_user(&mut w.tx, &cs.user.user_id(), except).await?;
        w.audit(
            AuditAction::SessionRevokeAll,
            "user",
            &cs.user.id,
            vec![FieldChange::new("count", None, Some(&n.to_string()))],
        )
        .await?;
        w.commit().await?;
        Ok(n)
    }

    pub async fn sessions_of(&self, cs: &CurrentSession) -> AppResult<Vec<Session>> {
        Ok(sessions::list_for_user(&self.db, &cs.user.user_id()).await?)
    }

    /// Ends one of the user's own sessions, named by a short prefix of its hash.
    pub async fn revoke_own_session(&self, cs: &CurrentSession, id_hash: &str) -> AppResult<()> {
        let mut w = self.write_own_account(cs).await?;
        if sessions::delete_own(&mut w.tx, &cs.user.user_id(), id_hash).await? == 0 {
            return Err(AppError::NotFound);
        }
        w.audit(AuditAction::SessionRevoke, "user", &id_hash[..12.min(id_hash.len())], vec![]).await?;
        w.commit().await?;
        Ok(())
    }

    /// The organisations the signed-in person belongs to, for the organisation switcher.
    pub async fn memberships(&self, cs: &CurrentSession) -> AppResult<Vec<orgs::MembershipOf>> {
        Ok(orgs::memberships_of(&self.db, &cs.user.user_id()).await?)
    }

    pub async fn switch_org(&self, cs: &CurrentSession, org: &OrgId) -> AppResult<()> {
        if orgs::role_of(&self.db, org, &cs.user.user_id()).await?.is_none() {
            return Err(AppError::NotFound);
        }
        let mut w = self.write_own_account(cs).await?;
        sessions::set_active_org(&mut w.tx, &cs.session.id_hash, org.as_str()).await?;
        w.commit_unrecorded(Unrecorded::Preference).await
    }

    pub async fn set_locale(&self, cs: &CurrentSession, loc: Locale) -> AppResult<()> {
        let mut w = self.write_own_account(cs).await?;
        users::set_locale(&mut w.tx, &cs.user.user_id(), loc.code()).await?;
        w.commit_unrecorded(Unrecorded::Preference).await
    }

    pub async fn update_profile(&self, cs: &CurrentSession, display_name: &str) -> AppResult<()> {
        let name = display_name.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(AppError::invalid("display_name", "error-required"));
        }
        let mut w = self.write_own_account(cs).await?;
        users::set_profile(&mut w.tx, &cs.user.user_id(), name, &cs.user.locale).await?;
        let changes = audit_log::diff("display_name", &cs.user.display_name, name).into_iter().collect();
        w.audit(AuditAction::UserUpdate, "user", &cs.user.id, changes).await?;
        w.commit().await?;
        Ok(())
    }

    /// Changes the password (the current one is required) and ends the user's other sessions.
    pub async fn change_password(&self, cs: &CurrentSession, current: &str, new: &str) -> AppResult<()> {
        let ok = cs.user.password_hash.as_deref().is_some_and(|h| secrets::verify_password(current, h));
        if !ok {
            return Err(AppError::invalid("current_password", "error-wrong-password"));
        }
        password::check(new, &cs.user.email).map_err(|p| AppError::invalid("new_password", p.message_key()))?;
        let hash = secrets::hash_password(new).map_err(AppError::Internal)?;
        let mut w = self.write_own_account(cs).await?;
        users::set_password(&mut w.tx, &cs.user.user_id(), &hash).await?;
        sessions::delete_all_for_user(&mut w.tx, &cs.user.user_id(), Some(&cs.session.id_hash)).await?;
        let revoked =
            tillit_store::identity::api_tokens::revoke_all_for_user(&mut w.tx, &cs.user.user_id(), w.now).await?;
        w.audit(
            AuditAction::UserPasswordChange,
            "user",
            &cs.user.id,
            vec![
                FieldChange::new("password", Some("***"), Some("***")),
                FieldChange::new("api_tokens_revoked", None, Some(&revoked.to_string())),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Sends a reset link if the address has an account. The caller shows the same
    /// answer either way, so the form does not reveal who has an account.
    pub async fn request_password_reset(&self, email: &str, loc: Locale) -> AppResult<()> {
        let email = secrets::normalise_email(email);
        // Supplier people have no password: they sign in by e-mailed links.
        let Some(user) = users::by_email(&self.db, &email).await?.filter(|u| !u.disabled && u.password_hash.is_some())
        else {
            return Ok(());
        };
        let now = self.now().0;
        // At most three links an hour, so the form cannot flood someone's inbox.
        if links::count_recent(&self.db, LinkKind::PasswordReset, &user.id, now - 3600).await? >= 3 {
            return Ok(());
        }
        let token = secrets::random_token();
        let uid = user.user_id();
        let mut w = self.write_as_at(Author::Account { user: Some(&uid), label: &email }, now).await?;
        links::create(
            &mut w.tx,
            NewLink {
                token_hash: &token_hash(&token),
                kind: LinkKind::PasswordReset,
                org_id: None,
                user_id: Some(&user.id),
                email: Some(&email),
                role: None,
                created_by: None,
                now,
                expires_at: now + self.config.reset_ttl_secs,
            },
        )
        .await?;
        let loc = Locale::parse(&user.locale).unwrap_or(loc);
        let link = format!("{}/reset/{}", self.config.base_url.trim_end_matches('/'), token);
        let mail = OutgoingMail {
            to: email.clone(),
            subject: t(loc, "mail-reset-subject"),
            body: t_args(
                loc,
                "mail-reset-body",
                &[("link", link), ("minutes", (self.config.reset_ttl_secs / 60).to_string())],
            ),
        };
        self.enqueue_mail(&mut w.tx, now, &mail).await?;
        w.audit(AuditAction::UserPasswordResetRequested, "user", &uid, vec![]).await?;
        w.commit().await
    }

    pub async fn reset_link_valid(&self, token: &str) -> AppResult<bool> {
        Ok(links::find_valid(&self.db, &token_hash(token), LinkKind::PasswordReset, self.now().0).await?.is_some())
    }

    /// Sets a new password through a reset link, once; ends all the user's sessions.
    pub async fn reset_password(&self, token: &str, new: &str) -> AppResult<()> {
        let now = self.now().0;
        let hash_t = token_hash(token);
        let link =
            links::find_valid(&self.db, &hash_t, LinkKind::PasswordReset, now).await?.ok_or(AppError::NotFound)?;
        let user_id = UserId(link.user_id.clone().ok_or(AppError::NotFound)?);
        let user = users::by_id(&self.db, &user_id).await?.ok_or(AppError::NotFound)?;
        password::check(new, &user.email).map_err(|p| AppError::invalid("new_password", p.message_key()))?;
        let pw = secrets::hash_password(new).map_err(AppError::Internal)?;
        let mut w = self.write_as_at(Author::Account { user: Some(&user_id), label: &user.email }, now).await?;
        links::consume(&mut w.tx, &hash_t, LinkKind::PasswordReset, now).await?.ok_or(AppError::NotFound)?;
        users::set_password(&mut w.tx, &user_id, &pw).await?;
        sessions::delete_all_for_user(&mut w.tx, &user_id, None).await?;
        let revoked = tillit_store::identity::api_tokens::revoke_all_for_user(&mut w.tx, &user_id, now).await?;
        login_failures::clear(&mut w.tx, &format!("email:{}", user.email)).await?;
        let changes = vec![
            FieldChange::new("password", Some("***"), Some("***")),
            FieldChange::new("api_tokens_revoked", None, Some(&revoked.to_string())),
        ];
        w.audit(AuditAction::UserPasswordReset, "user", &user_id, changes).await?;
        w.commit().await
    }
}
