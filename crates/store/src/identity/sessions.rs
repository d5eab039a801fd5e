//! Sessions are stored by the SHA-256 of their id only: the database never holds a
//! value that would let someone take over a session.

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::UserId;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id_hash: String,
    pub user_id: String,
    pub active_org_id: Option<String>,
    pub csrf_token: String,
    pub mfa_done: bool,
    pub webauthn_challenge: Option<String>,
    pub pending_totp_secret: Option<Vec<u8>>,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub struct NewSession<'a> {
    pub id_hash: &'a str,
    pub user_id: &'a UserId,
    pub active_org_id: Option<&'a str>,
    pub csrf_token: &'a str,
    pub mfa_done: bool,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub now: i64,
}

pub async fn create(tx: &mut Tx, s: NewSession<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO sessions (id_hash, user_id, active_org_id, csrf_token, mfa_done, user_agent, ip, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
        args![s.id_hash, s.user_id.as_str(), s.active_org_id, s.csrf_token, s.mfa_done, s.user_agent, s.ip, s.now],
    )
    .await?;
    Ok(())
}

pub async fn get(db: &Db, id_hash: &str) -> Result<Option<Session>> {
    db.fetch_optional("SELECT * FROM sessions WHERE id_hash = $1", args![id_hash]).await
}

/// Moves `last_seen_at` forward; writes at most once a minute per session.
pub async fn touch(db: &Db, id_hash: &str, now: i64) -> Result<()> {
    db.execute(
        "UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND last_seen_at < $3",
        args![id_hash, now, now - 60],
    )
    .await?;
    Ok(())
}

pub async fn set_active_org(tx: &mut Tx, id_hash: &str, org: &str) -> Result<u64> {
    tx.execute("UPDATE sessions SET active_org_id = $2 WHERE id_hash = $1", args![id_hash, org]).await
}

pub async fn set_mfa_done(tx: &mut Tx, id_hash: &str) -> Result<u64> {
    tx.execute("UPDATE sessions SET mfa_done = $2 WHERE id_hash = $1", args![id_hash, true]).await
}

pub async fn set_challenge(db: &Db, id_hash: &str, challenge: Option<&str>) -> Result<u64> {
    db.execute("UPDATE sessions SET webauthn_challenge = $2 WHERE id_hash = $1", args![id_hash, challenge]).await
}

/// Takes the stored challenge and clears it, so it is used at most once.
pub async fn take_challenge(tx: &mut Tx, id_hash: &str) -> Result<Option<String>> {
    let c: Option<(Option<String>,)> =
        tx.fetch_optional("SELECT webauthn_challenge FROM sessions WHERE id_hash = $1", args![id_hash]).await?;
    tx.execute("UPDATE sessions SET webauthn_challenge = NULL WHERE id_hash = $1", args![id_hash]).await?;
    Ok(c.and_then(|(c,)| c))
}

pub async fn set_pending_totp(db: &Db, id_hash: &str, secret: Option<Vec<u8>>) -> Result<u64> {
    db.execute("UPDATE sessions SET pending_totp_secret = $2 WHERE id_hash = $1", args![id_hash, secret]).await
}

/// Every pending TOTP secret, by session: for sealing secrets stored before they were sealed.
pub async fn pending_totp_secrets(db: &Db) -> Result<Vec<(String, Vec<u8>)>> {
    db.fetch_all(
        "SELECT id_hash, pending_totp_secret FROM sessions WHERE pending_totp_secret IS NOT NULL ORDER BY id_hash",
        vec![],
    )
    .await
}

pub async fn delete(tx: &mut Tx, id_hash: &str) -> Result<u64> {
    tx.execute("DELETE FROM sessions WHERE id_hash = $1", args![id_hash]).await
}

/// Deletes one of the user's own sessions; never another user's.
pub async fn delete_own(tx: &mut Tx, user: &UserId, id_hash: &str) -> Result<u64> {
    tx.execute("DELETE FROM sessions WHERE id_hash = $1 AND user_id = $2", args![id_hash, user.as_str()]).await
}

pub async fn delete_all_for_user(tx: &mut Tx, user: &UserId, except: Option<&str>) -> Result<u64> {
    tx.execute(
        "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR id_hash <> $2)",
        args![user.as_str(), except],
    )
    .await
}

pub async fn list_for_user(db: &Db, user: &UserId) -> Result<Vec<Session>> {
    db.fetch_all("SELECT * FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC", args![user.as_str()]).await
}

pub async fn delete_expired(db: &Db, idle_before: i64, created_before: i64) -> Result<u64> {
    db.execute("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2", args![idle_before, created_before])
        .await
}

/// Gives a session a new id (after the second factor, so an id seen before sign-in is useless).
pub async fn rotate(tx: &mut Tx, old_hash: &str, new_hash: &str) -> Result<u64> {
    tx.execute("UPDATE sessions SET id_hash = $2 WHERE id_hash = $1", args![old_hash, new_hash]).await
}
