//! One-time links: the first-start setup link, password resets and invitations. Only
//! the SHA-256 of the token is stored; a link is used at most once and expires.

use crate::args;
use crate::db::{Db, Result, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Setup,
    PasswordReset,
    Invitation,
    /// A supplier person's sign-in to the supplier's workspace (no password).
    SupplierSignIn,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Setup => "setup",
            LinkKind::PasswordReset => "password_reset",
            LinkKind::Invitation => "invitation",
            LinkKind::SupplierSignIn => "supplier_sign_in",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Link {
    pub token_hash: String,
    pub kind: String,
    pub org_id: Option<String>,
    pub user_id: Option<String>,
    pub email: Option<String>,
    pub role: Option<String>,
    pub created_by: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub struct NewLink<'a> {
    pub token_hash: &'a str,
    pub kind: LinkKind,
    pub org_id: Option<&'a str>,
    pub user_id: Option<&'a str>,
    pub email: Option<&'a str>,
    pub role: Option<&'a str>,
    pub created_by: Option<&'a str>,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn create(tx: &mut Tx, l: NewLink<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO one_time_links (token_hash, kind, org_id, user_id, email, role, created_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![l.token_hash, l.kind.as_str(), l.org_id, l.user_id, l.email, l.role, l.created_by, l.now, l.expires_at],
    )
    .await?;
    Ok(())
}

/// A link that exists, is of this kind, unused and unexpired.
pub async fn find_valid(db: &Db, token_hash: &str, kind: LinkKind, now: i64) -> Result<Option<Link>> {
    db.fetch_optional(
        "SELECT * FROM one_time_links WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3",
        args![token_hash, kind.as_str(), now],
    )
    .await
}

/// A link of this kind whatever its state (used, expired): to say why it no longer works.
pub async fn find_any(db: &Db, token_hash: &str, kind: LinkKind) -> Result<Option<Link>> {
    db.fetch_optional(
        "SELECT * FROM one_time_links WHERE token_hash = $1 AND kind = $2",
        args![token_hash, kind.as_str()],
    )
    .await
}

/// Marks the link used; returns it only if this call was the one that used it.
pub async fn consume(tx: &mut Tx, token_hash: &str, kind: LinkKind, now: i64) -> Result<Option<Link>> {
    let n = tx
        .execute(
            "UPDATE one_time_links SET used_at = $3
             WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3",
            args![token_hash, kind.as_str(), now],
        )
        .await?;
    if n != 1 {
        return Ok(None);
    }
    tx.fetch_optional("SELECT * FROM one_time_links WHERE token_hash = $1", args![token_hash]).await
}

/// Any setup link, used or not (a used one means setup has happened).
pub async fn expire_kind(tx: &mut Tx, kind: LinkKind, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE one_time_links SET expires_at = $2 WHERE kind = $1 AND used_at IS NULL AND expires_at > $2",
        args![kind.as_str(), now],
    )
    .await
}

pub async fn pending_invitations(db: &Db, org: &str, now: i64) -> Result<Vec<Link>> {
    db.fetch_all(
        "SELECT * FROM one_time_links WHERE org_id = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
         ORDER BY created_at DESC",
        args![org, LinkKind::Invitation.as_str(), now],
    )
    .await
}

/// Revokes an invitation of this organisation (by its hash); 0 when it is not this organisation's.
pub async fn revoke_invitation(tx: &mut Tx, org: &str, token_hash: &str, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE one_time_links SET expires_at = $3 WHERE org_id = $1 AND token_hash = $2 AND kind = $4 AND used_at IS NULL",
        args![org, token_hash, now, LinkKind::Invitation.as_str()],
    )
    .await
}

/// Ends every unused link of this kind for the user in the organisation (access taken away).
pub async fn expire_for_user(tx: &mut Tx, kind: LinkKind, org: &str, user_id: &str, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE one_time_links SET expires_at = $4
          WHERE kind = $1 AND org_id = $2 AND user_id = $3 AND used_at IS NULL AND expires_at > $4",
        args![kind.as_str(), org, user_id, now],
    )
    .await
}

/// How many links of this kind were made for the user since `since`.
pub async fn count_recent(db: &Db, kind: LinkKind, user_id: &str, since: i64) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            "SELECT COUNT(*) FROM one_time_links WHERE kind = $1 AND user_id = $2 AND created_at >= $3",
            args![kind.as_str(), user_id, since],
        )
        .await?;
    Ok(n)
}
