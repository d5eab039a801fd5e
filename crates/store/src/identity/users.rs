use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::UserId;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub locale: String,
    pub totp_secret: Option<Vec<u8>>,
    pub totp_enabled: bool,
    pub totp_last_step: Option<i64>,
    pub disabled: bool,
    pub created_at: i64,
}

impl User {
    pub fn user_id(&self) -> UserId {
        UserId(self.id.clone())
    }
}

pub async fn count(db: &Db) -> Result<i64> {
    let (n,): (i64,) = db.fetch_one("SELECT COUNT(*) FROM users", vec![]).await?;
    Ok(n)
}

pub async fn count_tx(tx: &mut Tx) -> Result<i64> {
    let (n,): (i64,) = tx.fetch_one("SELECT COUNT(*) FROM users", vec![]).await?;
    Ok(n)
}

pub async fn create(
    tx: &mut Tx,
    id: &UserId,
    email: &str,
    display_name: &str,
    password_hash: &str,
    locale: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO users (id, email, display_name, password_hash, locale, totp_enabled, disabled, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![id.as_str(), email, display_name, password_hash, locale, false, false, now],
    )
    .await?;
    Ok(())
}

/// An account without a password: a supplier person, who signs in by e-mailed links.
pub async fn create_without_password(
    tx: &mut Tx,
    id: &UserId,
    email: &str,
    display_name: &str,
    locale: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        "INSERT INTO users (id, email, display_name, locale, totp_enabled, disabled, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![id.as_str(), email, display_name, locale, false, false, now],
    )
    .await?;
    Ok(())
}

pub async fn by_id(db: &Db, id: &UserId) -> Result<Option<User>> {
    db.fetch_optional("SELECT * FROM users WHERE id = $1", args![id.as_str()]).await
}

pub async fn by_id_tx(tx: &mut Tx, id: &UserId) -> Result<Option<User>> {
    tx.fetch_optional("SELECT * FROM users WHERE id = $1", args![id.as_str()]).await
}

pub async fn by_email(db: &Db, email: &str) -> Result<Option<User>> {
    db.fetch_optional("SELECT * FROM users WHERE email = $1", args![email]).await
}

pub async fn by_email_tx(tx: &mut Tx, email: &str) -> Result<Option<User>> {
    tx.fetch_optional("SELECT * FROM users WHERE email = $1", args![email]).await
}

pub async fn set_password(tx: &mut Tx, id: &UserId, hash: &str) -> Result<u64> {
    tx.execute("UPDATE users SET password_hash = $2 WHERE id = $1", args![id.as_str(), hash]).await
}

pub async fn set_profile(tx: &mut Tx, id: &UserId, display_name: &str, locale: &str) -> Result<u64> {
    tx.execute(
        "UPDATE users SET display_name = $2, locale = $3 WHERE id = $1",
        args![id.as_str(), display_name, locale],
    )
    .await
}

pub async fn set_locale(tx: &mut Tx, id: &UserId, locale: &str) -> Result<u64> {
    tx.execute("UPDATE users SET locale = $2 WHERE id = $1", args![id.as_str(), locale]).await
}

pub async fn enable_totp(tx: &mut Tx, id: &UserId, secret: &[u8], step: i64) -> Result<u64> {
    tx.execute(
        "UPDATE users SET totp_secret = $2, totp_enabled = $3, totp_last_step = $4 WHERE id = $1",
        args![id.as_str(), secret, true, step],
    )
    .await
}

/// Every stored TOTP secret, by user: for sealing secrets stored before they were sealed.
pub async fn totp_secrets(db: &Db) -> Result<Vec<(String, Vec<u8>)>> {
    db.fetch_all("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL ORDER BY id", vec![]).await
}

pub async fn set_totp_secret(db: &Db, id: &str, secret: &[u8]) -> Result<u64> {
    db.execute("UPDATE users SET totp_secret = $2 WHERE id = $1", args![id, secret]).await
}

pub async fn disable_totp(tx: &mut Tx, id: &UserId) -> Result<u64> {
    tx.execute("DELETE FROM recovery_codes WHERE user_id = $1", args![id.as_str()]).await?;
    tx.execute(
        "UPDATE users SET totp_secret = NULL, totp_enabled = $2, totp_last_step = NULL WHERE id = $1",
        args![id.as_str(), false],
    )
    .await
}

/// Records the TOTP step just used; refuses (0 rows) if an equal or later step was used,
/// so one code works once even when two instances race.
pub async fn mark_totp_step(tx: &mut Tx, id: &UserId, step: i64) -> Result<u64> {
    tx.execute(
        "UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        args![id.as_str(), step],
    )
    .await
}

pub async fn replace_recovery_codes(tx: &mut Tx, id: &UserId, hashes: &[String]) -> Result<()> {
    tx.execute("DELETE FROM recovery_codes WHERE user_id = $1", args![id.as_str()]).await?;
    for h in hashes {
        tx.execute("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)", args![id.as_str(), h]).await?;
    }
    Ok(())
}

/// Uses a recovery code once. True when it existed and was unused.
pub async fn use_recovery_code(tx: &mut Tx, id: &UserId, hash: &str, now: i64) -> Result<bool> {
    let n = tx
        .execute(
            "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
            args![id.as_str(), hash, now],
        )
        .await?;
    Ok(n == 1)
}

pub async fn unused_recovery_codes(db: &Db, id: &UserId) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL", args![id.as_str()])
        .await?;
    Ok(n)
}
