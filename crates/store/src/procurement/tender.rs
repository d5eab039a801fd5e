//! Published versions of a case's requirement set. Rows are written once and never
//! updated (a trigger refuses it on both databases); read through the case's organisation.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::procurement::CaseRow;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::procurement::tender::FrozenItem;
use tillit_domain::{CaseId, OrgId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRow {
    pub id: String,
    #[sqlx(try_from = "String")]
    pub case_id: CaseId,
    pub version: i64,
    pub hash: String,
    /// What a correction changes, in the buyer's words; empty for the first version.
    pub note: String,
    pub published_by: String,
    pub published_at: i64,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    requirement_id: String,
    catalogue: String,
    reference: String,
    area: String,
    text: String,
    original_text: String,
    kind: String,
    weight: i64,
}

pub async fn versions(db: &Db, org: &OrgId, case_id: &CaseId) -> Result<Vec<VersionRow>> {
    db.fetch_all(
        "SELECT v.* FROM set_versions v JOIN procurement_cases pc ON pc.id = v.case_id
         WHERE v.case_id = $1 AND pc.org_id = $2 ORDER BY v.version DESC",
        args![case_id.as_str(), org.as_str()],
    )
    .await
}

pub async fn latest_tx(tx: &mut Tx, org: &OrgId, case_id: &CaseId) -> Result<Option<VersionRow>> {
    tx.fetch_optional(
        "SELECT v.* FROM set_versions v JOIN procurement_cases pc ON pc.id = v.case_id
         WHERE v.case_id = $1 AND pc.org_id = $2 ORDER BY v.version DESC LIMIT 1",
        args![case_id.as_str(), org.as_str()],
    )
    .await
}

/// A version by its id, when it belongs to a case of the organisation.
pub async fn version(db: &Db, org: &OrgId, version_id: &str) -> Result<Option<VersionRow>> {
    db.fetch_optional(
        "SELECT v.* FROM set_versions v JOIN procurement_cases pc ON pc.id = v.case_id
         WHERE v.id = $1 AND pc.org_id = $2",
        args![version_id, org.as_str()],
    )
    .await
}

pub async fn version_tx(tx: &mut Tx, org: &OrgId, version_id: &str) -> Result<Option<VersionRow>> {
    tx.fetch_optional(
        "SELECT v.* FROM set_versions v JOIN procurement_cases pc ON pc.id = v.case_id
         WHERE v.id = $1 AND pc.org_id = $2",
        args![version_id, org.as_str()],
    )
    .await
}

fn frozen(rows: Vec<ItemRow>) -> Vec<FrozenItem> {
    rows.into_iter()
        .map(|r| FrozenItem {
            requirement_id: r.requirement_id,
            catalogue: r.catalogue,
            reference: r.reference,
            area: r.area,
            text: r.text,
            original_text: r.original_text,
            kind: Kind::parse(&r.kind).unwrap_or(Kind::Must),
            weight: r.weight.clamp(0, 100) as u32,
        })
        .collect()
}

const ITEMS: &str = "SELECT requirement_id, catalogue, reference, area, text, original_text, kind, weight
     FROM set_version_items WHERE version_id = $1 ORDER BY position";

/// The frozen items of a version, in the order bidders see them.
pub async fn items(db: &Db, version_id: &str) -> Result<Vec<FrozenItem>> {
    Ok(frozen(db.fetch_all(ITEMS, args![version_id]).await?))
}

pub async fn items_tx(tx: &mut Tx, version_id: &str) -> Result<Vec<FrozenItem>> {
    Ok(frozen(tx.fetch_all(ITEMS, args![version_id]).await?))
}

pub struct NewVersion<'a> {
    pub id: &'a str,
    pub case: &'a CaseRow,
    pub version: i64,
    pub hash: &'a str,
    pub note: &'a str,
    pub published_by: &'a str,
    pub now: i64,
}

pub async fn insert(tx: &mut Tx, v: NewVersion<'_>, items: &[FrozenItem]) -> Result<()> {
    tx.execute(
        "INSERT INTO set_versions (id, case_id, version, hash, note, published_by, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![v.id, v.case.id.as_str(), v.version, v.hash, v.note, v.published_by, v.now],
    )
    .await?;
    for (position, i) in items.iter().enumerate() {
        tx.execute(
            "INSERT INTO set_version_items (version_id, position, requirement_id, catalogue, reference, area, text,
                original_text, kind, weight) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            args![
                v.id,
                position as i64,
                i.requirement_id.as_str(),
                i.catalogue.as_str(),
                i.reference.as_str(),
                i.area.as_str(),
                i.text.as_str(),
                i.original_text.as_str(),
                i.kind.as_str(),
                i64::from(i.weight)
            ],
        )
        .await?;
    }
    Ok(())
}
