//! Procurement cases, always within one organisation.

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::procurement::{Classification, DataLocation, PurchaseKind, Status};
use tillit_domain::{CaseId, OrgId};

/// A case as this module's organisation-scoped lookups found it. Only they can make one (the
/// private `found` field); functions on a case's set, bids' links and judgements take the row,
/// not an id, so an id from a request cannot reach another organisation's case.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseRow {
    #[sqlx(skip)]
    #[allow(dead_code)] // never read: its being private is the point
    found: crate::procurement::bids::Found,
    #[sqlx(try_from = "String")]
    pub id: CaseId,
    #[sqlx(try_from = "String")]
    pub org_id: OrgId,
    pub case_number: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub confidentiality: i64,
    pub integrity: i64,
    pub availability: i64,
    pub traceability: i64,
    pub personal_data: bool,
    pub special_categories: bool,
    pub data_subjects: i64,
    pub location: String,
    pub users: i64,
    pub internet_exposed: bool,
    pub tier_override: Option<String>,
    pub override_reason: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: Status,
    pub created_by: String,
    pub created_at: i64,
    /// When answers are due (Unix seconds); set before publishing.
    pub deadline: Option<i64>,
    /// After publishing: the buyer is preparing a corrected version of the set.
    pub correction_open: bool,
    /// The user who records the consensus and signs the evaluation off.
    pub lead_evaluator: Option<String>,
    pub signed_off_at: Option<i64>,
    pub signed_off_by: Option<String>,
    /// When the bids were opened (the deadline passed); until then they are sealed.
    pub opened_at: Option<i64>,
    /// The award decision: when, which bid, and the end of the standstill period.
    pub awarded_at: Option<i64>,
    pub awarded_bid: Option<String>,
    pub standstill_ends_at: Option<i64>,
    /// When the contract is planned to start (first second of the day, local time).
    pub contract_start: Option<i64>,
}

impl CaseRow {
    pub fn classification(&self) -> Classification {
        let level = |v: i64| v.clamp(1, 4) as u8;
        Classification {
            kind: PurchaseKind::parse(&self.kind).unwrap_or(PurchaseKind::Consultancy),
            confidentiality: level(self.confidentiality),
            integrity: level(self.integrity),
            availability: level(self.availability),
            traceability: level(self.traceability),
            personal_data: self.personal_data,
            special_categories: self.special_categories,
            data_subjects: self.data_subjects.max(0) as u64,
            location: DataLocation::parse(&self.location).unwrap_or(DataLocation::Domestic),
            users: self.users.max(0) as u64,
            internet_exposed: self.internet_exposed,
        }
    }
}

pub struct NewCase<'a> {
    pub id: &'a CaseId,
    pub org: &'a OrgId,
    pub case_number: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub created_by: &'a str,
    pub now: i64,
}

pub async fn create(tx: &mut Tx, c: NewCase<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO procurement_cases (id, org_id, case_number, title, description, kind, confidentiality, integrity, availability,
            traceability, personal_data, special_categories, data_subjects, location, users, internet_exposed, status, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, 'saas', 1, 1, 1, 1, $6, $6, 0, 'domestic', 0, $6, 'draft', $7, $8)",
        args![c.id.as_str(), c.org.as_str(), c.case_number, c.title, c.description, false, c.created_by, c.now],
    )
    .await?;
    Ok(())
}

pub async fn list(db: &Db, org: &OrgId) -> Result<Vec<CaseRow>> {
    db.fetch_all(
        "SELECT * FROM procurement_cases WHERE org_id = $1 ORDER BY created_at DESC, case_number",
        args![org.as_str()],
    )
    .await
}

pub async fn get(db: &Db, org: &OrgId, id: &CaseId) -> Result<Option<CaseRow>> {
    db.fetch_optional("SELECT * FROM procurement_cases WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()])
        .await
}

pub async fn get_tx(tx: &mut Tx, org: &OrgId, id: &CaseId) -> Result<Option<CaseRow>> {
    tx.fetch_optional("SELECT * FROM procurement_cases WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()])
        .await
}

pub async fn set_classification(tx: &mut Tx, org: &OrgId, id: &CaseId, c: &Classification) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET kind = $3, confidentiality = $4, integrity = $5, availability = $6, traceability = $7,
            personal_data = $8, special_categories = $9, data_subjects = $10, location = $11, users = $12, internet_exposed = $13
         WHERE id = $1 AND org_id = $2",
        args![
            id,
            org.as_str(),
            c.kind.as_str(),
            c.confidentiality as i64,
            c.integrity as i64,
            c.availability as i64,
            c.traceability as i64,
            c.personal_data,
            c.special_categories,
            c.data_subjects.min(i64::MAX as u64) as i64,
            c.location.as_str(),
            c.users.min(i64::MAX as u64) as i64,
            c.internet_exposed
        ],
    )
    .await
}

pub async fn set_override(
    tx: &mut Tx,
    org: &OrgId,
    id: &CaseId,
    tier: Option<&str>,
    reason: Option<&str>,
) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET tier_override = $3, override_reason = $4 WHERE id = $1 AND org_id = $2",
        args![id.as_str(), org.as_str(), tier, reason],
    )
    .await
}

pub async fn set_status(tx: &mut Tx, org: &OrgId, id: &CaseId, from: Status, to: Status) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET status = $4 WHERE id = $1 AND org_id = $2 AND status = $3",
        args![id.as_str(), org.as_str(), from.as_str(), to.as_str()],
    )
    .await
}

pub async fn set_deadline(tx: &mut Tx, org: &OrgId, id: &CaseId, deadline: Option<i64>) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET deadline = $3 WHERE id = $1 AND org_id = $2",
        args![id.as_str(), org.as_str(), deadline],
    )
    .await
}

pub async fn set_contract_start(tx: &mut Tx, org: &OrgId, id: &CaseId, start: Option<i64>) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET contract_start = $3 WHERE id = $1 AND org_id = $2",
        args![id.as_str(), org.as_str(), start],
    )
    .await
}

pub async fn set_correction_open(tx: &mut Tx, org: &OrgId, id: &CaseId, open: bool) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET correction_open = $3 WHERE id = $1 AND org_id = $2",
        args![id.as_str(), org.as_str(), open],
    )
    .await
}

pub async fn set_lead_evaluator(tx: &mut Tx, org: &OrgId, id: &CaseId, user: &str) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET lead_evaluator = $3 WHERE id = $1 AND org_id = $2",
        args![id.as_str(), org.as_str(), user],
    )
    .await
}

/// Marks the case's bids opened; 0 rows when they already were.
pub async fn mark_opened(tx: &mut Tx, case: &CaseRow, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET opened_at = $3 WHERE id = $1 AND org_id = $2 AND opened_at IS NULL",
        args![&case.id, &case.org_id, now],
    )
    .await
}

/// Records the award of a signed-off evaluation; 0 rows when the case moved meanwhile.
pub async fn award(tx: &mut Tx, case: &CaseRow, bid: &str, now: i64, standstill_ends_at: i64) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET status = 'awarded', awarded_at = $3, awarded_bid = $4, standstill_ends_at = $5
         WHERE id = $1 AND org_id = $2 AND status = 'evaluation' AND signed_off_at IS NOT NULL",
        args![&case.id, &case.org_id, now, bid, standstill_ends_at],
    )
    .await
}

/// Voids the signature made at `signed_at`; 0 rows when the case is no longer signed so.
pub async fn reopen(tx: &mut Tx, case: &CaseRow, signed_at: i64) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET signed_off_at = NULL, signed_off_by = NULL
         WHERE id = $1 AND org_id = $2 AND signed_off_at = $3",
        args![&case.id, &case.org_id, signed_at],
    )
    .await
}

pub async fn sign_off(tx: &mut Tx, org: &OrgId, id: &CaseId, by: &str, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE procurement_cases SET signed_off_at = $3, signed_off_by = $4 WHERE id = $1 AND org_id = $2 AND signed_off_at IS NULL",
        args![id.as_str(), org.as_str(), now, by],
    )
    .await
}
