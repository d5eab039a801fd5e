//! Contracts with suppliers. A contract from an award refers to its case, the winning bid and
//! the frozen set version with its hash; the bid's answers, evidence and certificates stay
//! where they are and are read through those references, never copied.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::suppliers::SupplierRow;
use tillit_domain::contracts::contract::{ContractDates, ContractKind, ContractTemplate};
use tillit_domain::{CaseId, ContractId, OrgId, SupplierId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContractRow {
    #[sqlx(skip)]
    #[allow(dead_code)] // never read: its being private is the point
    found: Found,
    #[sqlx(try_from = "String")]
    pub id: ContractId,
    #[sqlx(try_from = "String")]
    pub org_id: OrgId,
    #[sqlx(try_from = "String")]
    pub supplier_id: SupplierId,
    pub title: String,
    pub case_id: Option<String>,
    pub bid_id: Option<String>,
    pub set_version_id: Option<String>,
    pub set_hash: Option<String>,
    #[sqlx(try_from = "String")]
    pub kind: ContractKind,
    pub framework_id: Option<String>,
    #[sqlx(try_from = "String")]
    pub template: ContractTemplate,
    pub start_date: i64,
    pub end_date: Option<i64>,
    pub options_note: String,
    pub notice_months: i64,
    pub terminates_at: Option<i64>,
    pub contract_owner: Option<String>,
    pub contract_manager: Option<String>,
    pub system_owner: Option<String>,
    pub security_officer: Option<String>,
    pub sla_availability_hundredths: Option<i64>,
    pub sla_rpo_hours: Option<i64>,
    pub sla_rto_hours: Option<i64>,
    pub sla_support_hours: String,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

impl ContractRow {
    pub fn dates(&self) -> ContractDates {
        ContractDates {
            start: self.start_date,
            end: self.end_date,
            notice_months: u32::try_from(self.notice_months).unwrap_or(0),
            terminates_at: self.terminates_at,
        }
    }
}

/// Made only by sqlx in this module's lookups.
#[derive(Debug, Clone, Default)]
pub(crate) struct Found(());

/// Where a contract from an award comes from.
pub struct FromAward<'a> {
    pub case_id: &'a CaseId,
    pub bid_id: &'a str,
    pub set_version_id: &'a str,
    pub set_hash: &'a str,
}

pub struct NewContract<'a> {
    pub supplier: &'a SupplierRow,
    pub title: &'a str,
    pub award: Option<FromAward<'a>>,
    pub kind: ContractKind,
    /// A framework agreement the caller found through the same organisation and supplier.
    pub framework: Option<&'a ContractRow>,
    pub template: ContractTemplate,
    pub dates: ContractDates,
    pub options_note: &'a str,
    pub created_by: &'a str,
    pub now: i64,
}

pub async fn insert(tx: &mut Tx, c: NewContract<'_>) -> Result<ContractId> {
    let id = uuid::Uuid::new_v4().to_string();
    let (case_id, bid_id, version, hash) = match &c.award {
        Some(a) => (Some(a.case_id.as_str()), Some(a.bid_id), Some(a.set_version_id), Some(a.set_hash)),
        None => (None, None, None, None),
    };
    tx.execute(
        "INSERT INTO contracts (id, org_id, supplier_id, title, case_id, bid_id, set_version_id, set_hash, kind,
                                framework_id, template, start_date, end_date, options_note, notice_months,
                                created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)",
        args![
            id.as_str(),
            c.supplier.org_id.as_str(),
            c.supplier.id.as_str(),
            c.title,
            case_id,
            bid_id,
            version,
            hash,
            c.kind.as_str(),
            c.framework.map(|f| f.id.as_str()),
            c.template.as_str(),
            c.dates.start,
            c.dates.end,
            c.options_note,
            i64::from(c.dates.notice_months),
            c.created_by,
            c.now
        ],
    )
    .await?;
    Ok(ContractId(id))
}

pub async fn get(db: &Db, org: &OrgId, id: &ContractId) -> Result<Option<ContractRow>> {
    db.fetch_optional("SELECT * FROM contracts WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

pub async fn get_tx(tx: &mut Tx, org: &OrgId, id: &ContractId) -> Result<Option<ContractRow>> {
    tx.fetch_optional("SELECT * FROM contracts WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

/// The contract an awarded case became, if any.
pub async fn for_case(db: &Db, org: &OrgId, case: &CaseId) -> Result<Option<ContractRow>> {
    db.fetch_optional("SELECT * FROM contracts WHERE case_id = $1 AND org_id = $2", args![case.as_str(), org.as_str()])
        .await
}

pub async fn for_case_tx(tx: &mut Tx, org: &OrgId, case: &CaseId) -> Result<Option<ContractRow>> {
    tx.fetch_optional("SELECT * FROM contracts WHERE case_id = $1 AND org_id = $2", args![case.as_str(), org.as_str()])
        .await
}

pub async fn for_supplier(db: &Db, s: &SupplierRow) -> Result<Vec<ContractRow>> {
    db.fetch_all(
        "SELECT * FROM contracts WHERE supplier_id = $1 AND org_id = $2 ORDER BY start_date, id",
        args![s.id.as_str(), s.org_id.as_str()],
    )
    .await
}

/// Every contract of the organisation, newest start first.
pub async fn list(db: &Db, org: &OrgId) -> Result<Vec<ContractRow>> {
    db.fetch_all("SELECT * FROM contracts WHERE org_id = $1 ORDER BY start_date DESC, id", args![org.as_str()]).await
}

/// A contract's data processing agreement.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DpaRow {
    pub contract_id: String,
    #[sqlx(try_from = "String")]
    pub template: tillit_domain::contracts::dpa::DpaTemplate,
    pub version: String,
    pub signed_at: Option<i64>,
    pub breach_notice_hours: i64,
    pub subprocessor_notice_days: i64,
    pub objection_days: i64,
    pub deletion_days: i64,
    pub audit_clause: bool,
    pub next_review: Option<i64>,
    pub updated_by: String,
    pub updated_at: i64,
}

impl DpaRow {
    /// The agreed numbers (the form checked them when they were stored).
    pub fn terms(&self) -> tillit_domain::contracts::dpa::DpaTerms {
        let n = |v: i64| u32::try_from(v).unwrap_or(0);
        tillit_domain::contracts::dpa::DpaTerms {
            breach_notice_hours: n(self.breach_notice_hours),
            subprocessor_notice_days: n(self.subprocessor_notice_days),
            objection_days: n(self.objection_days),
            deletion_days: n(self.deletion_days),
        }
    }
}

pub async fn dpa(db: &Db, c: &ContractRow) -> Result<Option<DpaRow>> {
    db.fetch_optional(
        "SELECT * FROM dpas WHERE contract_id = $1 AND org_id = $2",
        args![c.id.as_str(), c.org_id.as_str()],
    )
    .await
}

pub async fn dpa_tx(tx: &mut Tx, c: &ContractRow) -> Result<Option<DpaRow>> {
    tx.fetch_optional(
        "SELECT * FROM dpas WHERE contract_id = $1 AND org_id = $2",
        args![c.id.as_str(), c.org_id.as_str()],
    )
    .await
}

pub struct NewDpa<'a> {
    pub template: tillit_domain::contracts::dpa::DpaTemplate,
    pub version: &'a str,
    pub signed_at: Option<i64>,
    pub terms: tillit_domain::contracts::dpa::DpaTerms,
    pub audit_clause: bool,
    pub next_review: Option<i64>,
    pub by: &'a str,
    pub now: i64,
}

/// Records the contract's DPA, replacing what was recorded before.
pub async fn put_dpa(tx: &mut Tx, c: &ContractRow, d: NewDpa<'_>) -> Result<()> {
    tx.execute("DELETE FROM dpas WHERE contract_id = $1 AND org_id = $2", args![c.id.as_str(), c.org_id.as_str()])
        .await?;
    tx.execute(
        "INSERT INTO dpas (contract_id, org_id, template, version, signed_at, breach_notice_hours, subprocessor_notice_days,
                           objection_days, deletion_days, audit_clause, next_review, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        args![
            c.id.as_str(),
            c.org_id.as_str(),
            d.template.as_str(),
            d.version,
            d.signed_at,
            i64::from(d.terms.breach_notice_hours),
            i64::from(d.terms.subprocessor_notice_days),
            i64::from(d.terms.objection_days),
            i64::from(d.terms.deletion_days),
            d.audit_clause,
            d.next_review,
            d.by,
            d.now
        ],
    )
    .await?;
    Ok(())
}

/// One sub-processor in a contract's chain.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SubProcessorRow {
    pub id: String,
    pub contract_id: String,
    pub parent_id: Option<String>,
    pub name: String,
    pub org_number: String,
    pub country: String,
    pub role: String,
    pub data_categories: String,
    pub locations: String,
    pub transfer_basis: Option<String>,
    pub tia_date: Option<i64>,
    pub tia_result: String,
    #[sqlx(try_from = "String")]
    pub status: tillit_domain::contracts::sub_processor::SubProcessorStatus,
    pub effective_at: Option<i64>,
    pub decision_reason: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub notified_at: Option<i64>,
    pub objection_until: Option<i64>,
    /// The supplier person who announced it; empty when the buyer entered it.
    pub announced_by: String,
}

impl SubProcessorRow {
    pub fn location_list(&self) -> Vec<String> {
        self.locations.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
    }
    pub fn basis(&self) -> Option<tillit_domain::contracts::sub_processor::TransferBasis> {
        self.transfer_basis.as_deref().and_then(tillit_domain::contracts::sub_processor::TransferBasis::parse)
    }
}

/// The columns a `SubProcessorRow` reads, of the table aliased `sp`.
macro_rules! sub_processor_columns {
    () => {
        "sp.id, sp.contract_id, sp.parent_id, sp.name, sp.org_number, sp.country, sp.role, sp.data_categories,
         sp.locations, sp.transfer_basis, sp.tia_date, sp.tia_result, sp.status, sp.effective_at, sp.decision_reason,
         sp.created_at, sp.updated_at, sp.notified_at, sp.objection_until, sp.announced_by"
    };
}
const CONTRACT_SUB_PROCESSORS: &str = concat!(
    "SELECT ",
    sub_processor_columns!(),
    " FROM sub_processors sp WHERE sp.contract_id = $1 AND sp.org_id = $2 ORDER BY sp.created_at, sp.id"
);

pub async fn sub_processors(db: &Db, c: &ContractRow) -> Result<Vec<SubProcessorRow>> {
    db.fetch_all(CONTRACT_SUB_PROCESSORS, args![c.id.as_str(), c.org_id.as_str()]).await
}

pub async fn sub_processors_tx(tx: &mut Tx, c: &ContractRow) -> Result<Vec<SubProcessorRow>> {
    tx.fetch_all(CONTRACT_SUB_PROCESSORS, args![c.id.as_str(), c.org_id.as_str()]).await
}

/// Every sub-processor of the organisation's contracts with a supplier (its page's chain and flags).
pub async fn sub_processors_of_supplier(db: &Db, org: &OrgId, supplier: &SupplierId) -> Result<Vec<SubProcessorRow>> {
    db.fetch_all(
        concat!(
            "SELECT ",
            sub_processor_columns!(),
            " FROM sub_processors sp WHERE sp.org_id = $1
               AND sp.contract_id IN (SELECT id FROM contracts WHERE org_id = $1 AND supplier_id = $2)
             ORDER BY sp.created_at, sp.id"
        ),
        args![org.as_str(), supplier.as_str()],
    )
    .await
}

pub struct NewSubProcessor<'a> {
    pub parent_id: Option<&'a str>,
    pub name: &'a str,
    pub org_number: &'a str,
    pub country: &'a str,
    pub role: &'a str,
    pub data_categories: &'a str,
    pub locations: &'a str,
    pub transfer_basis: Option<&'a str>,
    pub tia_date: Option<i64>,
    pub tia_result: &'a str,
    pub status: tillit_domain::contracts::sub_processor::SubProcessorStatus,
    pub by: &'a str,
    pub now: i64,
    /// A supplier's announcement: (notified, objection window closes, takes effect, by whom).
    pub announced: Option<(i64, i64, i64, &'a str)>,
}

pub async fn add_sub_processor(tx: &mut Tx, c: &ContractRow, s: NewSubProcessor<'_>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO sub_processors (id, org_id, contract_id, parent_id, name, org_number, country, role, data_categories,
                                     locations, transfer_basis, tia_date, tia_result, status, created_by, created_at, updated_at,
                                     notified_at, objection_until, effective_at, announced_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18, $19, $20)",
        args![
            id.as_str(),
            c.org_id.as_str(),
            c.id.as_str(),
            s.parent_id,
            s.name,
            s.org_number,
            s.country,
            s.role,
            s.data_categories,
            s.locations,
            s.transfer_basis,
            s.tia_date,
            s.tia_result,
            s.status.as_str(),
            s.by,
            s.now,
            s.announced.map(|a| a.0),
            s.announced.map(|a| a.1),
            s.announced.map(|a| a.2),
            s.announced.map(|a| a.3).unwrap_or("")
        ],
    )
    .await?;
    Ok(id)
}

pub async fn set_sub_processor_parent(
    tx: &mut Tx,
    c: &ContractRow,
    id: &str,
    parent: Option<&str>,
    now: i64,
) -> Result<u64> {
    tx.execute(
        "UPDATE sub_processors SET parent_id = $1, updated_at = $2 WHERE id = $3 AND contract_id = $4 AND org_id = $5",
        args![parent, now, id, c.id.as_str(), c.org_id.as_str()],
    )
    .await
}

pub async fn set_sub_processor_status(
    tx: &mut Tx,
    c: &ContractRow,
    id: &str,
    status: tillit_domain::contracts::sub_processor::SubProcessorStatus,
    reason: &str,
    effective_at: i64,
    now: i64,
) -> Result<u64> {
    tx.execute(
        "UPDATE sub_processors SET status = $1, decision_reason = $2, effective_at = $3, updated_at = $7
         WHERE id = $4 AND contract_id = $5 AND org_id = $6",
        args![status.as_str(), reason, effective_at, id, c.id.as_str(), c.org_id.as_str(), now],
    )
    .await
}

/// The ids of the organisation's contracts that have a DPA recorded.
pub async fn dpa_contracts(db: &Db, org: &OrgId) -> Result<std::collections::HashSet<String>> {
    let rows: Vec<(String,)> =
        db.fetch_all("SELECT contract_id FROM dpas WHERE org_id = $1", args![org.as_str()]).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Who at the buyer answers for the contract, and its service levels.
pub struct Terms<'a> {
    pub contract_owner: Option<&'a str>,
    pub contract_manager: Option<&'a str>,
    pub system_owner: Option<&'a str>,
    pub security_officer: Option<&'a str>,
    pub sla_availability_hundredths: Option<i64>,
    pub sla_rpo_hours: Option<i64>,
    pub sla_rto_hours: Option<i64>,
    pub sla_support_hours: &'a str,
    pub now: i64,
}

pub async fn set_terms(tx: &mut Tx, c: &ContractRow, t: Terms<'_>) -> Result<u64> {
    tx.execute(
        "UPDATE contracts SET contract_owner = $1, contract_manager = $2, system_owner = $3, security_officer = $4,
                sla_availability_hundredths = $5, sla_rpo_hours = $6, sla_rto_hours = $7, sla_support_hours = $8,
                updated_at = $9
         WHERE id = $10 AND org_id = $11",
        args![
            t.contract_owner,
            t.contract_manager,
            t.system_owner,
            t.security_officer,
            t.sla_availability_hundredths,
            t.sla_rpo_hours,
            t.sla_rto_hours,
            t.sla_support_hours,
            t.now,
            c.id.as_str(),
            c.org_id.as_str()
        ],
    )
    .await
}

/// What the contract delivers and the data it touches.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceRow {
    pub description: String,
    pub confidentiality: i64,
    pub integrity: i64,
    pub availability: i64,
    pub traceability: i64,
    pub personal_data: bool,
    pub special_categories: bool,
    pub subjects: String,
    pub storage_countries: String,
    pub processing_countries: String,
    pub support_countries: String,
    pub updated_at: i64,
}

pub async fn service(db: &Db, c: &ContractRow) -> Result<Option<ServiceRow>> {
    db.fetch_optional(
        "SELECT description, confidentiality, integrity, availability, traceability, personal_data, special_categories,
                subjects, storage_countries, processing_countries, support_countries, updated_at
         FROM contract_services WHERE contract_id = $1 AND org_id = $2",
        args![c.id.as_str(), c.org_id.as_str()],
    )
    .await
}

/// Records the service, replacing what was recorded before.
pub async fn put_service(
    tx: &mut Tx,
    c: &ContractRow,
    s: &tillit_domain::contracts::service::Service,
    by: &str,
    now: i64,
) -> Result<()> {
    tx.execute(
        "DELETE FROM contract_services WHERE contract_id = $1 AND org_id = $2",
        args![c.id.as_str(), c.org_id.as_str()],
    )
    .await?;
    tx.execute(
        "INSERT INTO contract_services (contract_id, org_id, description, confidentiality, integrity, availability,
                traceability, personal_data, special_categories, subjects, storage_countries, processing_countries,
                support_countries, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        args![
            c.id.as_str(),
            c.org_id.as_str(),
            s.description.as_str(),
            i64::from(s.levels[0]),
            i64::from(s.levels[1]),
            i64::from(s.levels[2]),
            i64::from(s.levels[3]),
            s.personal_data,
            s.special_categories,
            s.subjects.as_str(),
            s.storage.join(","),
            s.processing.join(","),
            s.support.join(","),
            by,
            now
        ],
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProcessingRecordRow {
    pub id: String,
    pub data_categories: String,
    pub purpose: String,
    pub subjects: String,
    pub source: String,
}

pub async fn processing_records(db: &Db, c: &ContractRow) -> Result<Vec<ProcessingRecordRow>> {
    db.fetch_all(
        "SELECT id, data_categories, purpose, subjects, source FROM processing_records
         WHERE contract_id = $1 AND org_id = $2 ORDER BY created_at, id",
        args![c.id.as_str(), c.org_id.as_str()],
    )
    .await
}

pub async fn add_processing_record(
    tx: &mut Tx,
    c: &ContractRow,
    r: &tillit_domain::contracts::service::ProcessingRecordInput,
    by: &str,
    now: i64,
) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO processing_records (id, org_id, contract_id, data_categories, purpose, subjects, source, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![
            id.as_str(),
            c.org_id.as_str(),
            c.id.as_str(),
            r.data.trim(),
            r.purpose.trim(),
            r.subjects.trim(),
            r.source.trim(),
            by,
            now
        ],
    )
    .await?;
    Ok(id)
}

pub async fn for_supplier_tx(tx: &mut Tx, s: &SupplierRow) -> Result<Vec<ContractRow>> {
    tx.fetch_all(
        "SELECT * FROM contracts WHERE supplier_id = $1 AND org_id = $2 ORDER BY start_date, id",
        args![s.id.as_str(), s.org_id.as_str()],
    )
    .await
}

/// What the register's transfer flag needs of each sub-processor, and nothing more (the
/// register reads every one of them): (contract, locations, transfer basis, status).
pub async fn transfers_of_org(db: &Db, org: &OrgId) -> Result<Vec<(String, String, Option<String>, String)>> {
    db.fetch_all(
        "SELECT contract_id, locations, transfer_basis, status FROM sub_processors WHERE org_id = $1",
        args![org.as_str()],
    )
    .await
}

/// Freezes a hand-entered contract's requirement set: its items in order and their hash.
/// Returns false (and writes nothing the caller keeps) when the contract has a set already.
pub async fn freeze_set(
    tx: &mut Tx,
    c: &ContractRow,
    hash: &str,
    items: &[tillit_domain::procurement::tender::FrozenItem],
) -> Result<bool> {
    let n = tx
        .execute(
            "UPDATE contracts SET set_hash = $1 WHERE id = $2 AND org_id = $3 AND set_hash IS NULL",
            args![hash, c.id.as_str(), c.org_id.as_str()],
        )
        .await?;
    if n != 1 {
        return Ok(false);
    }
    for (i, item) in items.iter().enumerate() {
        tx.execute(
            "INSERT INTO contract_set_items (contract_id, org_id, position, requirement_id, catalogue, reference, area, text)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            args![
                c.id.as_str(),
                c.org_id.as_str(),
                i as i64,
                item.requirement_id.as_str(),
                item.catalogue.as_str(),
                item.reference.as_str(),
                item.area.as_str(),
                item.text.as_str()
            ],
        )
        .await?;
    }
    Ok(true)
}

/// How many requirements a hand-entered contract's frozen set holds.
pub async fn set_size(db: &Db, c: &ContractRow) -> Result<i64> {
    let (n,): (i64,) = db
        .fetch_one(
            "SELECT COUNT(*) FROM contract_set_items WHERE contract_id = $1 AND org_id = $2",
            args![c.id.as_str(), c.org_id.as_str()],
        )
        .await?;
    Ok(n)
}
