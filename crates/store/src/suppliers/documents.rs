//! Files of the register: signed contracts and annexes, DPA files, transfer impact
//! assessments and certificates, each stored with its SHA-256 (as bid evidence is), so a
//! reader can show that the file is the one that was uploaded.

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::OrgId;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: String,
    pub supplier_id: String,
    pub contract_id: Option<String>,
    pub certificate_id: Option<String>,
    pub kind: String,
    pub filename: String,
    pub content_type: String,
    pub sha256: String,
    pub size: i64,
    pub uploaded_by: String,
    pub uploaded_at: i64,
}

pub struct NewDocument<'a> {
    pub org: &'a OrgId,
    pub supplier_id: &'a str,
    pub contract_id: Option<&'a str>,
    pub certificate_id: Option<&'a str>,
    pub kind: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub content: &'a [u8],
    pub by: &'a str,
    pub now: i64,
}

/// The columns a `DocumentRow` reads (not the bytes).
macro_rules! document_columns {
    () => {
        "id, supplier_id, contract_id, certificate_id, kind, filename, content_type, sha256, size, uploaded_by, uploaded_at"
    };
}

pub async fn add(tx: &mut Tx, d: NewDocument<'_>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO supplier_documents (id, org_id, supplier_id, contract_id, certificate_id, kind, filename, content_type,
                                         sha256, size, content, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        args![
            id.as_str(),
            d.org.as_str(),
            d.supplier_id,
            d.contract_id,
            d.certificate_id,
            d.kind,
            d.filename,
            d.content_type,
            d.sha256,
            d.content.len() as i64,
            d.content.to_vec(),
            d.by,
            d.now
        ],
    )
    .await?;
    Ok(id)
}

/// A supplier's documents (its contracts' and certificates' included), newest first.
pub async fn of_supplier(db: &Db, org: &OrgId, supplier: &str) -> Result<Vec<DocumentRow>> {
    db.fetch_all(
        concat!(
            "SELECT ",
            document_columns!(),
            " FROM supplier_documents WHERE org_id = $1 AND supplier_id = $2 ORDER BY uploaded_at DESC, id"
        ),
        args![org.as_str(), supplier],
    )
    .await
}

/// One document of the organisation with its bytes.
pub async fn get(db: &Db, org: &OrgId, id: &str) -> Result<Option<(DocumentRow, Vec<u8>)>> {
    let row: Option<DocumentRow> = db
        .fetch_optional(
            concat!("SELECT ", document_columns!(), " FROM supplier_documents WHERE org_id = $1 AND id = $2"),
            args![org.as_str(), id],
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let (content,): (Vec<u8>,) = db
        .fetch_one("SELECT content FROM supplier_documents WHERE org_id = $1 AND id = $2", args![org.as_str(), id])
        .await?;
    Ok(Some((row, content)))
}
