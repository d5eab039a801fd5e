//! Signed decision bases: the PDF as rendered at sign-off, kept with its SHA-256 and voided
//! (never changed or removed: triggers refuse it) when the evaluation is reopened.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::procurement::CaseRow;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DecisionRow {
    pub id: String,
    pub signed_at: i64,
    pub signed_by: String,
    pub sha256: String,
    pub created_at: i64,
    pub voided_at: Option<i64>,
    pub voided_by: Option<String>,
    pub void_reason: Option<String>,
}

pub struct NewDecision<'a> {
    pub id: &'a str,
    pub case: &'a CaseRow,
    pub signed_at: i64,
    pub signed_by: &'a str,
    pub pdf: &'a [u8],
    pub sha256: &'a str,
    pub now: i64,
}

/// Stores the signed basis; false when this signature's basis was stored already (by a
/// concurrent download).
pub async fn insert(tx: &mut Tx, d: NewDecision<'_>) -> Result<bool> {
    let r = tx
        .execute(
            "INSERT INTO decision_reports (id, org_id, case_id, signed_at, signed_by, pdf, sha256, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id, signed_at) DO NOTHING",
            args![d.id, &d.case.org_id, &d.case.id, d.signed_at, d.signed_by, d.pdf.to_vec(), d.sha256, d.now],
        )
        .await?;
    Ok(r == 1)
}

/// A stored basis as its row comes back: the fields of `DecisionRow`, then the PDF.
type Signed = (String, i64, String, String, i64, Option<i64>, Option<String>, Option<String>, Vec<u8>);

/// The basis stored for the case's signature at `signed_at`, with its bytes.
pub async fn signed(db: &Db, case: &CaseRow, signed_at: i64) -> Result<Option<(DecisionRow, Vec<u8>)>> {
    let sql = "SELECT id, signed_at, signed_by, sha256, created_at, voided_at, voided_by, void_reason, pdf
               FROM decision_reports WHERE case_id = $1 AND signed_at = $2 AND voided_at IS NULL";
    let row: Option<Signed> = db.fetch_optional(sql, args![&case.id, signed_at]).await?;
    Ok(row.map(|r| {
        (
            DecisionRow {
                id: r.0,
                signed_at: r.1,
                signed_by: r.2,
                sha256: r.3,
                created_at: r.4,
                voided_at: r.5,
                voided_by: r.6,
                void_reason: r.7,
            },
            r.8,
        )
    }))
}

/// Every basis signed for the case, newest first (the voided ones included).
pub async fn history(db: &Db, case: &CaseRow) -> Result<Vec<DecisionRow>> {
    db.fetch_all(
        "SELECT id, signed_at, signed_by, sha256, created_at, voided_at, voided_by, void_reason
         FROM decision_reports WHERE case_id = $1 ORDER BY signed_at DESC",
        args![&case.id],
    )
    .await
}

/// Voids the basis of the signature at `signed_at`; 0 rows when there is none stored yet.
pub async fn void(tx: &mut Tx, case: &CaseRow, signed_at: i64, by: &str, reason: &str, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE decision_reports SET voided_at = $3, voided_by = $4, void_reason = $5
         WHERE case_id = $1 AND signed_at = $2 AND voided_at IS NULL",
        args![&case.id, signed_at, now, by, reason],
    )
    .await
}
