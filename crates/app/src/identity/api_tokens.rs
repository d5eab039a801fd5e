//! Personal API tokens for the JSON API. The secret is shown once; the database keeps
//! its hash. A token acts in one organisation with the holder's current role there.

use crate::platform::secrets::{self, token_hash};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::{OrgId, UserId};
use tillit_store::identity::api_tokens::{self, ApiToken, NewApiToken};
use tillit_store::identity::{orgs, passkeys, users};

/// Tokens start with this, so secret scanners and people recognise them.
pub const PREFIX: &str = "tillit_";

impl App {
    pub async fn create_api_token(&self, actor: &Actor, name: &str, days: i64) -> AppResult<(ApiToken, String)> {
        let name = name.trim();
        if name.is_empty() || name.len() > 100 {
            return Err(AppError::invalid("name", "error-required"));
        }
        if !(1..=self.config.api_token_max_days).contains(&days) {
            return Err(AppError::invalid("days", "error-token-days"));
        }
        let secret = format!("{PREFIX}{}", secrets::random_token());
        let now = self.now().0;
        let id = new_id();
        let mut w = self.write_own_at(actor, now).await?;
        api_tokens::create(
            &mut w.tx,
            NewApiToken {
                id: &id,
                token_hash: &token_hash(&secret),
                user: &actor.user_id,
                org: &actor.org_id,
                name,
                now,
                expires_at: now + days * 86400,
            },
        )
        .await?;
        w.audit(
            AuditAction::ApiTokenCreate,
            "api_token",
            &id,
            vec![
                FieldChange::new("name", None, Some(name)),
                FieldChange::new(
                    "expires_at",
                    None,
                    Some(&tillit_domain::platform::local_time::format_utc(now + days * 86400)),
                ),
            ],
        )
        .await?;
        w.commit().await?;
        let tok = api_tokens::list_own(&self.db, &actor.user_id, &actor.org_id)
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or(AppError::NotFound)?;
        Ok((tok, secret))
    }

    pub async fn api_tokens(&self, actor: &Actor) -> AppResult<Vec<ApiToken>> {
        Ok(api_tokens::list_own(&self.db, &actor.user_id, &actor.org_id).await?)
    }

    pub async fn revoke_api_token(&self, actor: &Actor, id: &str) -> AppResult<()> {
        let mut w = self.write_own(actor).await?;
        let now = w.now;
        if api_tokens::revoke_own(&mut w.tx, &actor.user_id, &actor.org_id, id, now).await? == 0 {
            return Err(AppError::NotFound);
        }
        w.audit(AuditAction::ApiTokenRevoke, "api_token", id, vec![]).await?;
        w.commit().await?;
        Ok(())
    }

    /// The actor behind a bearer token, or None when the token is unknown, expired, revoked,
    /// or its holder is no longer a member.
    pub async fn actor_for_api_token(&self, secret: &str) -> AppResult<Option<Actor>> {
        if !secret.starts_with(PREFIX) || secret.len() > 200 {
            return Ok(None);
        }
        let now = self.now().0;
        let Some(tok) = api_tokens::by_hash(&self.db, &token_hash(secret)).await? else {
            return Ok(None);
        };
        if tok.revoked_at.is_some() || tok.expires_at <= now {
            return Ok(None);
        }
        let user_id = UserId(tok.user_id.clone());
        let org_id = OrgId(tok.org_id.clone());
        let Some(user) = users::by_id(&self.db, &user_id).await?.filter(|u| !u.disabled) else {
            return Ok(None);
        };
        let Some(role) = orgs::role_of(&self.db, &org_id, &user_id).await? else {
            return Ok(None);
        };
        // Where the organisation or the role requires a second factor, a token works only while
        // its holder has one: removing the factors stops the tokens too.
        let org = orgs::get(&self.db, &org_id).await?;
        let mfa_required = org.is_none_or(|o| o.mfa_policy().requires(role));
        if mfa_required && !user.totp_enabled && !passkeys::any_for_user(&self.db, &user_id).await? {
            return Ok(None);
        }
        api_tokens::mark_used(&self.db, &tok.id, now).await?;
        Ok(Some(Actor { user_id, email: user.email, org_id, role, via: format!("api token {}", tok.name) }))
    }
}
