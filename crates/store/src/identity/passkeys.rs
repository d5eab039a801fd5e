use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::UserId;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Passkey {
    pub id: String,
    pub credential_id: String,
    pub user_id: String,
    pub name: String,
    pub public_key: Vec<u8>,
    pub sign_count: i64,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn create(tx: &mut Tx, p: &Passkey) -> Result<()> {
    tx.execute(
        "INSERT INTO passkeys (id, credential_id, user_id, name, public_key, sign_count, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![&p.id, &p.credential_id, &p.user_id, &p.name, p.public_key.clone(), p.sign_count, p.created_at],
    )
    .await?;
    Ok(())
}

pub async fn list_for_user(db: &Db, user: &UserId) -> Result<Vec<Passkey>> {
    db.fetch_all("SELECT * FROM passkeys WHERE user_id = $1 ORDER BY created_at", args![user.as_str()]).await
}

pub async fn any_for_user(db: &Db, user: &UserId) -> Result<bool> {
    let r: Option<(String,)> =
        db.fetch_optional("SELECT id FROM passkeys WHERE user_id = $1 LIMIT 1", args![user.as_str()]).await?;
    Ok(r.is_some())
}

pub async fn by_credential(db: &Db, credential_id: &str) -> Result<Option<Passkey>> {
    db.fetch_optional("SELECT * FROM passkeys WHERE credential_id = $1", args![credential_id]).await
}

/// Stores the authenticator's new signature counter; refuses (0 rows) a counter that
/// did not move forward. Authenticators that keep no counter report 0 every time.
pub async fn update_counter(tx: &mut Tx, id: &str, counter: i64, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE passkeys SET sign_count = $2, last_used_at = $3
         WHERE id = $1 AND (sign_count < $2 OR (sign_count = 0 AND $2 = 0))",
        args![id, counter, now],
    )
    .await
}

pub async fn delete_own(tx: &mut Tx, user: &UserId, id: &str) -> Result<u64> {
    tx.execute("DELETE FROM passkeys WHERE id = $1 AND user_id = $2", args![id, user.as_str()]).await
}

pub async fn delete_all_for_user(tx: &mut Tx, user: &UserId) -> Result<u64> {
    tx.execute("DELETE FROM passkeys WHERE user_id = $1", args![user.as_str()]).await
}
