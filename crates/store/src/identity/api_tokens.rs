//! Personal API tokens: hashed, expiring, revocable, bound to one organisation.

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::{OrgId, UserId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiToken {
    pub id: String,
    pub token_hash: String,
    pub user_id: String,
    pub org_id: String,
    pub name: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

pub struct NewApiToken<'a> {
    pub id: &'a str,
    pub token_hash: &'a str,
    pub user: &'a UserId,
    pub org: &'a OrgId,
    pub name: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn create(tx: &mut Tx, t: NewApiToken<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO api_tokens (id, token_hash, user_id, org_id, name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![t.id, t.token_hash, t.user.as_str(), t.org.as_str(), t.name, t.now, t.expires_at],
    )
    .await?;
    Ok(())
}

pub async fn by_hash(db: &Db, token_hash: &str) -> Result<Option<ApiToken>> {
    db.fetch_optional("SELECT * FROM api_tokens WHERE token_hash = $1", args![token_hash]).await
}

pub async fn mark_used(db: &Db, id: &str, now: i64) -> Result<()> {
    db.execute("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", args![id, now]).await?;
    Ok(())
}

pub async fn list_own(db: &Db, user: &UserId, org: &OrgId) -> Result<Vec<ApiToken>> {
    db.fetch_all(
        "SELECT * FROM api_tokens WHERE user_id = $1 AND org_id = $2 ORDER BY created_at DESC",
        args![user.as_str(), org.as_str()],
    )
    .await
}

/// Revokes one of the holder's own tokens in this organisation.
pub async fn revoke_own(tx: &mut Tx, user: &UserId, org: &OrgId, id: &str, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE api_tokens SET revoked_at = $4 WHERE id = $1 AND user_id = $2 AND org_id = $3 AND revoked_at IS NULL",
        args![id, user.as_str(), org.as_str(), now],
    )
    .await
}

/// Revokes every live token of a person (in every organisation): after a password change or
/// reset and a reset of their second factors. Returns how many were revoked.
pub async fn revoke_all_for_user(tx: &mut Tx, user: &UserId, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
        args![user.as_str(), now],
    )
    .await
}
