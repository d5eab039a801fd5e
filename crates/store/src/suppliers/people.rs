//! Supplier people: members of the buying organisation with the supplier_respondent role,
//! each acting for one supplier of the register. The workspace's reads start from this row,
//! so a supplier person reaches its own supplier's objects and nothing else.

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::{OrgId, SupplierId, UserId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonRow {
    pub user_id: String,
    pub supplier_id: String,
    pub email: String,
    pub display_name: String,
    pub granted_at: i64,
}

pub async fn grant(tx: &mut Tx, org: &OrgId, user: &UserId, supplier: &SupplierId, by: &str, now: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO supplier_people (org_id, user_id, supplier_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)",
        args![org.as_str(), user.as_str(), supplier.as_str(), by, now],
    )
    .await?;
    Ok(())
}

/// The supplier a member acts for, if it is a supplier person of the organisation.
pub async fn supplier_of(db: &Db, org: &OrgId, user: &UserId) -> Result<Option<SupplierId>> {
    let row: Option<(String,)> = db
        .fetch_optional(
            "SELECT supplier_id FROM supplier_people WHERE org_id = $1 AND user_id = $2",
            args![org.as_str(), user.as_str()],
        )
        .await?;
    Ok(row.map(|r| SupplierId(r.0)))
}

pub async fn supplier_of_tx(tx: &mut Tx, org: &OrgId, user: &UserId) -> Result<Option<SupplierId>> {
    let row: Option<(String,)> = tx
        .fetch_optional(
            "SELECT supplier_id FROM supplier_people WHERE org_id = $1 AND user_id = $2",
            args![org.as_str(), user.as_str()],
        )
        .await?;
    Ok(row.map(|r| SupplierId(r.0)))
}

/// A supplier's people in the organisation, by name.
pub async fn of_supplier(db: &Db, org: &OrgId, supplier: &SupplierId) -> Result<Vec<PersonRow>> {
    db.fetch_all(
        "SELECT p.user_id, p.supplier_id, u.email, u.display_name, p.granted_at
           FROM supplier_people p JOIN users u ON u.id = p.user_id
          WHERE p.org_id = $1 AND p.supplier_id = $2 ORDER BY u.email",
        args![org.as_str(), supplier.as_str()],
    )
    .await
}

/// The organisations in which an address belongs to a supplier person: (organisation, user).
pub async fn by_email(db: &Db, email: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        "SELECT p.org_id, p.user_id FROM supplier_people p JOIN users u ON u.id = p.user_id
          WHERE u.email = $1 AND u.disabled = $2 ORDER BY p.granted_at",
        args![email, false],
    )
    .await
}
