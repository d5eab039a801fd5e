//! Second factor: TOTP enrolment and verification, recovery codes.

use crate::identity::accounts::CurrentSession;
use crate::platform::keys::{Keys, Purpose};
use crate::platform::secrets::{self, token_hash};
use crate::write::Write;
use crate::{App, AppError, AppResult};
use tillit_domain::identity::totp;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_store::identity::{login_failures, sessions, users};

pub struct TotpEnrolment {
    pub secret_base32: String,
    pub uri: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum MfaError {
    Invalid,
    Locked,
}

impl App {
    /// A stored TOTP secret in the clear: sealed ones are opened with the instance's key; a
    /// plain 20-byte one predates sealing (and is sealed at the next start).
    fn open_secret(&self, purpose: Purpose, stored: &[u8]) -> Option<Vec<u8>> {
        if Keys::is_sealed(stored) {
            self.config.keys.open(purpose, stored)
        } else {
            (stored.len() == 20).then(|| stored.to_vec())
        }
    }

    /// Seals TOTP secrets stored in the clear by an earlier version. Run at start-up.
    pub async fn seal_stored_totp_secrets(&self) -> AppResult<usize> {
        let mut n = 0;
        for (id, s) in users::totp_secrets(&self.db).await? {
            if !Keys::is_sealed(&s) {
                users::set_totp_secret(&self.db, &id, &self.config.keys.seal(Purpose::TotpSecret, &s)).await?;
                n += 1;
            }
        }
        for (id_hash, s) in sessions::pending_totp_secrets(&self.db).await? {
            if !Keys::is_sealed(&s) {
                let sealed = self.config.keys.seal(Purpose::PendingTotpSecret, &s);
                sessions::set_pending_totp(&self.db, &id_hash, Some(sealed)).await?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Starts TOTP enrolment: a new secret is kept on the session until a code confirms it.
    pub async fn begin_totp(&self, cs: &CurrentSession) -> AppResult<TotpEnrolment> {
        let pending =
            cs.session.pending_totp_secret.as_deref().and_then(|s| self.open_secret(Purpose::PendingTotpSecret, s));
        let secret = match pending {
            Some(s) if s.len() == 20 => s,
            _ => {
                let s = secrets::random_bytes(20);
                let sealed = self.config.keys.seal(Purpose::PendingTotpSecret, &s);
                sessions::set_pending_totp(&self.db, &cs.session.id_hash, Some(sealed)).await?;
                s
            }
        };
        Ok(TotpEnrolment {
            secret_base32: data_encoding::BASE32_NOPAD.encode(&secret),
            uri: totp::provisioning_uri(&secret, &cs.user.email, "tillit"),
        })
    }

    /// Confirms enrolment with a code from the app. Returns the recovery codes, shown once.
    pub async fn confirm_totp(&self, cs: &CurrentSession, code: &str) -> AppResult<Vec<String>> {
        let secret = cs
            .session
            .pending_totp_secret
            .as_deref()
            .and_then(|s| self.open_secret(Purpose::PendingTotpSecret, s))
            .ok_or(AppError::invalid("code", "error-totp-start-again"))?;
        let step =
            totp::verify(&secret, code, self.now(), None).ok_or(AppError::invalid("code", "error-wrong-code"))?;
        let codes = secrets::recovery_codes();
        let hashes: Vec<String> = codes.iter().map(|c| token_hash(&secrets::normalise_recovery_code(c))).collect();
        let mut w = self.write_own_account(cs).await?;
        let sealed = self.config.keys.seal(Purpose::TotpSecret, &secret);
        users::enable_totp(&mut w.tx, &cs.user.user_id(), &sealed, step).await?;
        users::replace_recovery_codes(&mut w.tx, &cs.user.user_id(), &hashes).await?;
        sessions::set_mfa_done(&mut w.tx, &cs.session.id_hash).await?;
        w.audit(
            AuditAction::UserTotpEnable,
            "user",
            &cs.user.id,
            vec![FieldChange::new("totp", Some("off"), Some("on"))],
        )
        .await?;
        w.commit().await?;
        sessions::set_pending_totp(&self.db, &cs.session.id_hash, None).await?;
        Ok(codes)
    }

    /// The second step of sign-in: a TOTP code or a recovery code. Failures count toward
    /// the same lockout as wrong passwords.
    /// On success returns the session's new token: the id changes when the privilege does.
    pub async fn verify_second_factor(
        &self,
        cs: &CurrentSession,
        code: &str,
        ip: &str,
    ) -> AppResult<Result<String, MfaError>> {
        if self.locked(&Self::lock_keys(&cs.user.email, ip)).await? {
            self.refused_while_locked(Some(&cs.user), &cs.user.email, ip).await?;
            return Ok(Err(MfaError::Locked));
        }
        let now = self.now();
        let user_id = cs.user.user_id();
        let mut w = self.write_own_account(cs).await?;
        let totp_step = cs
            .user
            .totp_secret
            .as_deref()
            .filter(|_| cs.user.totp_enabled)
            .and_then(|s| self.open_secret(Purpose::TotpSecret, s))
            .and_then(|s| totp::verify(&s, code, now, cs.user.totp_last_step));
        let ok = match totp_step {
            // The conditional update refuses a step already used, even by a racing request.
            Some(step) => users::mark_totp_step(&mut w.tx, &user_id, step).await? == 1,
            None => {
                let norm = secrets::normalise_recovery_code(code);
                norm.len() == 12 && users::use_recovery_code(&mut w.tx, &user_id, &token_hash(&norm), now.0).await?
            }
        };
        if !ok {
            drop(w);
            self.record_failure(Some(&cs.user), &cs.user.email, ip, AuditAction::LoginMfaFailed).await?;
            return Ok(Err(MfaError::Invalid));
        }
        let how = if totp_step.is_some() { "totp" } else { "recovery_code" };
        let token = self.second_factor_passed(&mut w, cs, how).await?;
        w.commit().await?;
        Ok(Ok(token))
    }

    /// The end of a successful second step: marks the session, gives it a new id (returned,
    /// for the cookie), clears the failure count and records the sign-in.
    pub(crate) async fn second_factor_passed(
        &self,
        w: &mut Write<'_>,
        cs: &CurrentSession,
        factor: &str,
    ) -> AppResult<String> {
        let token = secrets::random_token();
        sessions::set_mfa_done(&mut w.tx, &cs.session.id_hash).await?;
        sessions::rotate(&mut w.tx, &cs.session.id_hash, &token_hash(&token)).await?;
        login_failures::clear(&mut w.tx, &format!("email:{}", cs.user.email)).await?;
        let changes = vec![FieldChange::new("factor", None, Some(factor))];
        w.audit(AuditAction::LoginSuccess, "user", &cs.user.id, changes).await?;
        Ok(token)
    }

    /// Replaces the recovery codes; the old ones stop working.
    pub async fn regenerate_recovery_codes(&self, cs: &CurrentSession) -> AppResult<Vec<String>> {
        if !cs.user.totp_enabled {
            return Err(AppError::invalid("totp", "error-totp-not-enabled"));
        }
        let codes = secrets::recovery_codes();
        let hashes: Vec<String> = codes.iter().map(|c| token_hash(&secrets::normalise_recovery_code(c))).collect();
        let mut w = self.write_own_account(cs).await?;
        users::replace_recovery_codes(&mut w.tx, &cs.user.user_id(), &hashes).await?;
        w.audit(AuditAction::UserRecoveryCodesRegenerate, "user", &cs.user.id, vec![]).await?;
        w.commit().await?;
        Ok(codes)
    }

    pub async fn unused_recovery_codes(&self, cs: &CurrentSession) -> AppResult<i64> {
        Ok(users::unused_recovery_codes(&self.db, &cs.user.user_id()).await?)
    }
}
