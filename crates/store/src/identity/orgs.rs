use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::identity::role::MfaPolicy;
use tillit_domain::{OrgId, Role, UserId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub require_mfa: bool,
    pub default_locale: String,
    pub created_at: i64,
    pub require_mfa_bid_roles: bool,
    /// `no`, `se`, or '' when not stated.
    pub country: String,
    /// Catalogue ids the tier proposes from, comma-separated; None for the default.
    pub proposal_catalogues: Option<String>,
}

impl Organisation {
    pub fn mfa_policy(&self) -> MfaPolicy {
        MfaPolicy { everyone: self.require_mfa, bid_roles: self.require_mfa_bid_roles }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MembershipOf {
    pub org_id: String,
    pub org_name: String,
    pub role: String,
    pub require_mfa: bool,
    pub require_mfa_bid_roles: bool,
}

impl MembershipOf {
    /// Whether this membership needs a second factor (an unknown role always does).
    pub fn requires_mfa(&self) -> bool {
        let policy = MfaPolicy { everyone: self.require_mfa, bid_roles: self.require_mfa_bid_roles };
        Role::parse(&self.role).is_none_or(|r| policy.requires(r))
    }
}

/// A new organisation; its country follows its language until it says otherwise.
pub async fn create(tx: &mut Tx, id: &OrgId, name: &str, locale: &str, now: i64) -> Result<()> {
    let country = match locale {
        "nb" => "no",
        "sv" => "se",
        _ => "",
    };
    tx.execute(
        "INSERT INTO organisations (id, name, require_mfa, default_locale, created_at, country)
         VALUES ($1, $2, $3, $4, $5, $6)",
        args![id.as_str(), name, false, locale, now, country],
    )
    .await?;
    Ok(())
}

pub async fn get(db: &Db, id: &OrgId) -> Result<Option<Organisation>> {
    db.fetch_optional("SELECT * FROM organisations WHERE id = $1", args![id.as_str()]).await
}

pub async fn get_tx(tx: &mut Tx, id: &OrgId) -> Result<Option<Organisation>> {
    tx.fetch_optional("SELECT * FROM organisations WHERE id = $1", args![id.as_str()]).await
}

pub async fn list_all(db: &Db) -> Result<Vec<Organisation>> {
    db.fetch_all("SELECT * FROM organisations ORDER BY name", vec![]).await
}

pub async fn update_settings(tx: &mut Tx, id: &OrgId, name: &str, mfa: MfaPolicy, locale: &str) -> Result<u64> {
    tx.execute(
        "UPDATE organisations SET name = $2, require_mfa = $3, default_locale = $4, require_mfa_bid_roles = $5
         WHERE id = $1",
        args![id.as_str(), name, mfa.everyone, locale, mfa.bid_roles],
    )
    .await
}

pub async fn set_proposal_sources(tx: &mut Tx, id: &OrgId, country: &str, catalogues: Option<&str>) -> Result<u64> {
    tx.execute(
        "UPDATE organisations SET country = $2, proposal_catalogues = $3 WHERE id = $1",
        args![id.as_str(), country, catalogues],
    )
    .await
}

pub async fn add_member(tx: &mut Tx, org: &OrgId, user: &UserId, role: Role, now: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)",
        args![org.as_str(), user.as_str(), role.as_str(), now],
    )
    .await?;
    Ok(())
}

pub async fn set_role(tx: &mut Tx, org: &OrgId, user: &UserId, role: Role) -> Result<u64> {
    tx.execute(
        "UPDATE memberships SET role = $3 WHERE org_id = $1 AND user_id = $2",
        args![org.as_str(), user.as_str(), role.as_str()],
    )
    .await
}

pub async fn remove_member(tx: &mut Tx, org: &OrgId, user: &UserId) -> Result<u64> {
    tx.execute("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2", args![org.as_str(), user.as_str()]).await
}

pub async fn role_of(db: &Db, org: &OrgId, user: &UserId) -> Result<Option<Role>> {
    let r: Option<(String,)> = db
        .fetch_optional(
            "SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2",
            args![org.as_str(), user.as_str()],
        )
        .await?;
    Ok(r.and_then(|(s,)| Role::parse(&s)))
}

pub async fn role_of_tx(tx: &mut Tx, org: &OrgId, user: &UserId) -> Result<Option<Role>> {
    let r: Option<(String,)> = tx
        .fetch_optional(
            "SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2",
            args![org.as_str(), user.as_str()],
        )
        .await?;
    Ok(r.and_then(|(s,)| Role::parse(&s)))
}

pub async fn members(db: &Db, org: &OrgId) -> Result<Vec<Member>> {
    db.fetch_all(
        "SELECT u.id AS user_id, u.email, u.display_name, m.role, u.totp_enabled, u.disabled, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY u.display_name, u.email",
        args![org.as_str()],
    )
    .await
}

pub async fn member(db: &Db, org: &OrgId, user: &UserId) -> Result<Option<Member>> {
    db.fetch_optional(
        "SELECT u.id AS user_id, u.email, u.display_name, m.role, u.totp_enabled, u.disabled, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
        args![org.as_str(), user.as_str()],
    )
    .await
}

pub async fn count_role(tx: &mut Tx, org: &OrgId, role: Role) -> Result<i64> {
    let (n,): (i64,) = tx
        .fetch_one(
            "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = $2",
            args![org.as_str(), role.as_str()],
        )
        .await?;
    Ok(n)
}

pub async fn memberships_of(db: &Db, user: &UserId) -> Result<Vec<MembershipOf>> {
    db.fetch_all(
        "SELECT o.id AS org_id, o.name AS org_name, m.role, o.require_mfa, o.require_mfa_bid_roles
         FROM memberships m JOIN organisations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.name",
        args![user.as_str()],
    )
    .await
}

/// Members, and how many of them have a second factor (TOTP or a passkey).
pub async fn mfa_coverage(db: &Db, org: &OrgId) -> Result<(i64, i64)> {
    db.fetch_one(
        "SELECT COUNT(*),
                COUNT(CASE WHEN u.totp_enabled OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id) THEN 1 END)
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1",
        args![org.as_str()],
    )
    .await
}

pub async fn memberships_of_tx(tx: &mut Tx, user: &UserId) -> Result<Vec<MembershipOf>> {
    tx.fetch_all(
        "SELECT o.id AS org_id, o.name AS org_name, m.role, o.require_mfa, o.require_mfa_bid_roles
         FROM memberships m JOIN organisations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.name",
        args![user.as_str()],
    )
    .await
}
