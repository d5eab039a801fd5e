//! A procurement case's requirement set, always read through the case's organisation.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::procurement::CaseRow;
use tillit_domain::{CaseId, OrgId};

/// One requirement in a case's set, with what the catalogue says about it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SetItem {
    pub requirement_id: String,
    pub catalogue_id: String,
    pub catalogue_title: String,
    pub reference: String,
    pub area_number: String,
    pub area_title: String,
    /// The catalogue's text.
    pub text: String,
    pub kind: String,
    pub weight: i64,
    /// This tender's wording, when it differs from the catalogue's.
    pub wording: Option<String>,
}

/// The set in catalogue, area and requirement order; empty when the case is another organisation's.
pub async fn items(db: &Db, org: &OrgId, case_id: &CaseId) -> Result<Vec<SetItem>> {
    db.fetch_all(ITEMS, args![case_id.as_str(), org.as_str()]).await
}

/// The same, inside a transaction (to freeze exactly what is stored).
pub async fn items_tx(tx: &mut Tx, org: &OrgId, case_id: &CaseId) -> Result<Vec<SetItem>> {
    tx.fetch_all(ITEMS, args![case_id.as_str(), org.as_str()]).await
}

const ITEMS: &str =
    "SELECT cr.requirement_id, r.catalogue_id, c.title AS catalogue_title, r.ref AS reference, r.area_number,
                COALESCE(a.title, '') AS area_title, r.text,
                cr.kind, cr.weight, cr.wording
         FROM case_requirements cr
         JOIN procurement_cases pc ON pc.id = cr.case_id
         JOIN requirements r ON r.id = cr.requirement_id
         JOIN catalogues c ON c.id = r.catalogue_id
         LEFT JOIN catalogue_areas a ON a.catalogue_id = r.catalogue_id AND a.number = r.area_number
         WHERE cr.case_id = $1 AND pc.org_id = $2
         ORDER BY c.owner, c.title, COALESCE(a.sort_key, 0), r.sort_key";

pub async fn item_tx(
    tx: &mut Tx,
    case: &CaseRow,
    requirement_id: &str,
) -> Result<Option<(String, i64, Option<String>)>> {
    let case_id = case.id.as_str();
    tx.fetch_optional(
        "SELECT kind, weight, wording FROM case_requirements WHERE case_id = $1 AND requirement_id = $2",
        args![case_id, requirement_id],
    )
    .await
}

/// The requirement's text, when the organisation may use it (built-in or its own catalogue).
pub async fn usable_requirement(tx: &mut Tx, org: &OrgId, requirement_id: &str) -> Result<Option<(String,)>> {
    tx.fetch_optional(
        "SELECT r.text FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id
         WHERE r.id = $1 AND (c.owner = '' OR c.owner = $2)",
        args![requirement_id, org.as_str()],
    )
    .await
}

pub struct NewItem<'a> {
    pub case: &'a CaseRow,
    pub requirement_id: &'a str,
    pub kind: &'a str,
    pub weight: i64,
    pub wording: Option<&'a str>,
    pub added_by: &'a str,
    pub now: i64,
}

pub async fn insert(tx: &mut Tx, i: NewItem<'_>) -> Result<u64> {
    tx.execute(
        "INSERT INTO case_requirements (case_id, requirement_id, kind, weight, wording, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![i.case.id.as_str(), i.requirement_id, i.kind, i.weight, i.wording, i.added_by, i.now],
    )
    .await
}

pub async fn update(
    tx: &mut Tx,
    case: &CaseRow,
    requirement_id: &str,
    kind: &str,
    weight: i64,
    wording: Option<&str>,
) -> Result<u64> {
    let case_id = case.id.as_str();
    tx.execute(
        "UPDATE case_requirements SET kind = $3, weight = $4, wording = $5 WHERE case_id = $1 AND requirement_id = $2",
        args![case_id, requirement_id, kind, weight, wording],
    )
    .await
}

pub async fn remove(tx: &mut Tx, case: &CaseRow, requirement_id: &str) -> Result<u64> {
    let case_id = case.id.as_str();
    tx.execute(
        "DELETE FROM case_requirements WHERE case_id = $1 AND requirement_id = $2",
        args![case_id, requirement_id],
    )
    .await
}

pub async fn clear(tx: &mut Tx, case: &CaseRow) -> Result<u64> {
    let case_id = case.id.as_str();
    tx.execute("DELETE FROM case_requirements WHERE case_id = $1", args![case_id]).await
}

/// A built-in requirement, for proposing a set.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BuiltinRequirement {
    pub catalogue_id: String,
    pub catalogue_key: String,
    pub catalogue_title: String,
    /// The catalogue's language (nb, sv, en), which tells its country.
    pub catalogue_language: String,
    pub id: String,
    pub reference: String,
}

/// Every built-in requirement, by catalogue key and then catalogue order.
pub async fn builtin_requirements(db: &Db) -> Result<Vec<BuiltinRequirement>> {
    db.fetch_all(
        "SELECT c.id AS catalogue_id, c.key AS catalogue_key, c.title AS catalogue_title, c.language AS catalogue_language,
                r.id, r.ref AS reference
         FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id
         WHERE c.owner = '' ORDER BY c.key, r.sort_key",
        vec![],
    )
    .await
}

/// How many procurement cases ask this requirement (it cannot be deleted while any do).
pub async fn cases_using(tx: &mut Tx, requirement_id: &str) -> Result<i64> {
    let (n,): (i64,) =
        tx.fetch_one("SELECT COUNT(*) FROM case_requirements WHERE requirement_id = $1", args![requirement_id]).await?;
    Ok(n)
}

/// (kind, weight) of every requirement in the set, inside a transaction.
pub async fn kinds_and_weights(tx: &mut Tx, case: &CaseRow) -> Result<Vec<(String, i64)>> {
    let case_id = case.id.as_str();
    tx.fetch_all("SELECT kind, weight FROM case_requirements WHERE case_id = $1", args![case_id]).await
}

/// Every requirement of the organisation's own catalogues, by catalogue and order.
pub async fn own_requirements(db: &Db, org: &OrgId) -> Result<Vec<BuiltinRequirement>> {
    db.fetch_all(
        "SELECT c.id AS catalogue_id, c.key AS catalogue_key, c.title AS catalogue_title, c.language AS catalogue_language,
                r.id, r.ref AS reference
         FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id
         WHERE c.owner = $1 ORDER BY c.title, r.sort_key",
        args![org.as_str()],
    )
    .await
}

/// The organisation's own levels: requirement id → principal | basic | additional | none.
pub async fn org_levels(db: &Db, org: &OrgId) -> Result<Vec<(String, String)>> {
    db.fetch_all("SELECT requirement_id, level FROM requirement_levels WHERE org_id = $1", args![org.as_str()]).await
}

pub async fn level_tx(tx: &mut Tx, org: &OrgId, requirement_id: &str) -> Result<Option<(String,)>> {
    tx.fetch_optional(
        "SELECT level FROM requirement_levels WHERE org_id = $1 AND requirement_id = $2",
        args![org.as_str(), requirement_id],
    )
    .await
}

pub async fn set_level(
    tx: &mut Tx,
    org: &OrgId,
    requirement_id: &str,
    level: Option<&str>,
    by: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        "DELETE FROM requirement_levels WHERE org_id = $1 AND requirement_id = $2",
        args![org.as_str(), requirement_id],
    )
    .await?;
    if let Some(l) = level {
        tx.execute(
            "INSERT INTO requirement_levels (org_id, requirement_id, level, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)",
            args![org.as_str(), requirement_id, l, by, now],
        )
        .await?;
    }
    Ok(())
}

/// The catalogue a requirement belongs to.
pub async fn catalogue_of(db: &Db, requirement_id: &str) -> Result<Option<String>> {
    let r: Option<(String,)> =
        db.fetch_optional("SELECT catalogue_id FROM requirements WHERE id = $1", args![requirement_id]).await?;
    Ok(r.map(|r| r.0))
}
