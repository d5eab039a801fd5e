//! The supplier register: suppliers, one per organisation number within an organisation, and
//! their contacts by role. Reads always go through the organisation; the functions on a
//! supplier's contacts take the row a lookup made, so a request's id cannot reach another
//! organisation's supplier.

pub mod documents;
pub mod people;

use crate::args;
use crate::db::{Db, Result, Tx};
use tillit_domain::suppliers::supplier::{ContactRole, SupplierStatus};
use tillit_domain::{OrgId, SupplierId};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SupplierRow {
    #[sqlx(skip)]
    #[allow(dead_code)] // never read: its being private is the point
    found: Found,
    #[sqlx(try_from = "String")]
    pub id: SupplierId,
    #[sqlx(try_from = "String")]
    pub org_id: OrgId,
    pub legal_name: String,
    pub country: String,
    pub org_number: String,
    pub parent_group: String,
    pub website: String,
    #[sqlx(try_from = "String")]
    pub status: SupplierStatus,
    pub created_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Made only by sqlx in this module's lookups.
#[derive(Debug, Clone, Default)]
pub(crate) struct Found(());

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContactRow {
    pub id: String,
    #[sqlx(try_from = "String")]
    pub role: ContactRole,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub updated_at: i64,
}

pub struct NewSupplier<'a> {
    pub org_id: &'a OrgId,
    pub legal_name: &'a str,
    pub country: &'a str,
    pub org_number: &'a str,
    pub parent_group: &'a str,
    pub website: &'a str,
    pub status: SupplierStatus,
    pub created_by: &'a str,
    pub now: i64,
}

pub async fn insert(tx: &mut Tx, s: NewSupplier<'_>) -> Result<SupplierId> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO suppliers (id, org_id, legal_name, country, org_number, parent_group, website, status,
                                created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
        args![
            id.as_str(),
            s.org_id.as_str(),
            s.legal_name,
            s.country,
            s.org_number,
            s.parent_group,
            s.website,
            s.status.as_str(),
            s.created_by,
            s.now
        ],
    )
    .await?;
    Ok(SupplierId(id))
}

pub async fn get(db: &Db, org: &OrgId, id: &SupplierId) -> Result<Option<SupplierRow>> {
    db.fetch_optional("SELECT * FROM suppliers WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

pub async fn get_tx(tx: &mut Tx, org: &OrgId, id: &SupplierId) -> Result<Option<SupplierRow>> {
    tx.fetch_optional("SELECT * FROM suppliers WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

/// The organisation's supplier with this number (written as `OrgNumber` displays it).
pub async fn by_org_number_tx(tx: &mut Tx, org: &OrgId, country: &str, number: &str) -> Result<Option<SupplierRow>> {
    tx.fetch_optional(
        "SELECT * FROM suppliers WHERE org_id = $1 AND country = $2 AND org_number = $3",
        args![org.as_str(), country, number],
    )
    .await
}

/// Every supplier of the organisation, by name.
pub async fn list(db: &Db, org: &OrgId) -> Result<Vec<SupplierRow>> {
    db.fetch_all("SELECT * FROM suppliers WHERE org_id = $1 ORDER BY legal_name, id", args![org.as_str()]).await
}

pub struct Details<'a> {
    pub legal_name: &'a str,
    pub parent_group: &'a str,
    pub website: &'a str,
    pub now: i64,
}

pub async fn update(tx: &mut Tx, s: &SupplierRow, d: Details<'_>) -> Result<u64> {
    tx.execute(
        "UPDATE suppliers SET legal_name = $1, parent_group = $2, website = $3, updated_at = $4 WHERE id = $5 AND org_id = $6",
        args![d.legal_name, d.parent_group, d.website, d.now, s.id.as_str(), s.org_id.as_str()],
    )
    .await
}

pub async fn set_status(tx: &mut Tx, s: &SupplierRow, status: SupplierStatus, now: i64) -> Result<u64> {
    tx.execute(
        "UPDATE suppliers SET status = $1, updated_at = $2 WHERE id = $3 AND org_id = $4",
        args![status.as_str(), now, s.id.as_str(), s.org_id.as_str()],
    )
    .await
}

pub async fn contacts(db: &Db, s: &SupplierRow) -> Result<Vec<ContactRow>> {
    db.fetch_all(
        "SELECT id, role, name, email, phone, updated_at FROM supplier_contacts WHERE supplier_id = $1 ORDER BY role, name, id",
        args![s.id.as_str()],
    )
    .await
}

pub async fn contacts_tx(tx: &mut Tx, s: &SupplierRow) -> Result<Vec<ContactRow>> {
    tx.fetch_all(
        "SELECT id, role, name, email, phone, updated_at FROM supplier_contacts WHERE supplier_id = $1 ORDER BY role, name, id",
        args![s.id.as_str()],
    )
    .await
}

pub struct NewContact<'a> {
    pub role: ContactRole,
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub now: i64,
}

pub async fn add_contact(tx: &mut Tx, s: &SupplierRow, c: NewContact<'_>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO supplier_contacts (id, supplier_id, role, name, email, phone, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![id.as_str(), s.id.as_str(), c.role.as_str(), c.name, c.email, c.phone, c.now],
    )
    .await?;
    Ok(id)
}

/// Removes one of the supplier's contacts; 0 when the id is not one of its contacts.
pub async fn remove_contact(tx: &mut Tx, s: &SupplierRow, contact_id: &str) -> Result<u64> {
    tx.execute("DELETE FROM supplier_contacts WHERE id = $1 AND supplier_id = $2", args![contact_id, s.id.as_str()])
        .await
}

/// A bid the supplier made in one of the organisation's cases (a bidder is the supplier with
/// the same organisation number).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SupplierBid {
    pub bid_id: String,
    pub case_id: String,
    pub case_number: String,
    pub case_title: String,
    pub bid_status: String,
    pub submitted_at: Option<i64>,
    pub awarded: bool,
}

pub async fn bids(db: &Db, s: &SupplierRow) -> Result<Vec<SupplierBid>> {
    db.fetch_all(
        "SELECT b.id AS bid_id, c.id AS case_id, c.case_number, c.title AS case_title, b.status AS bid_status,
                b.submitted_at, CASE WHEN c.awarded_bid = b.id THEN TRUE ELSE FALSE END AS awarded
         FROM bids b JOIN procurement_cases c ON c.id = b.case_id
         WHERE b.org_id = $1 AND b.country = $2 AND b.org_number = $3
         ORDER BY c.created_at DESC, b.id",
        args![s.org_id.as_str(), s.country.as_str(), s.org_number.as_str()],
    )
    .await
}

/// A certificate or attestation in the register.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: String,
    #[sqlx(try_from = "String")]
    pub kind: tillit_domain::suppliers::certificate::AttestationKind,
    pub name: String,
    pub number: String,
    pub body: String,
    pub accreditation: String,
    pub edition: String,
    pub scope: String,
    #[sqlx(try_from = "String")]
    pub coverage: tillit_domain::suppliers::certificate::Coverage,
    pub coverage_note: String,
    pub valid_from: Option<i64>,
    pub valid_until: i64,
    pub last_surveillance: Option<i64>,
    pub withdrawn_at: Option<i64>,
    pub created_at: i64,
}

const CERTIFICATES: &str =
    "SELECT id, kind, name, number, body, accreditation, edition, scope, coverage, coverage_note,
    valid_from, valid_until, last_surveillance, withdrawn_at, created_at
    FROM supplier_certificates WHERE supplier_id = $1 AND org_id = $2 ORDER BY valid_until DESC, id";

pub async fn certificates(db: &Db, s: &SupplierRow) -> Result<Vec<CertificateRow>> {
    db.fetch_all(CERTIFICATES, args![s.id.as_str(), s.org_id.as_str()]).await
}

pub async fn certificates_tx(tx: &mut Tx, s: &SupplierRow) -> Result<Vec<CertificateRow>> {
    tx.fetch_all(CERTIFICATES, args![s.id.as_str(), s.org_id.as_str()]).await
}

/// Every register certificate of the organisation, with its supplier's id (the register's flags).
pub async fn all_certificates(db: &Db, org: &OrgId) -> Result<Vec<(String, i64, Option<i64>, String, String)>> {
    db.fetch_all(
        "SELECT supplier_id, valid_until, withdrawn_at, kind, edition FROM supplier_certificates WHERE org_id = $1",
        args![org.as_str()],
    )
    .await
}

pub struct NewCertificate<'a> {
    pub kind: tillit_domain::suppliers::certificate::AttestationKind,
    pub name: &'a str,
    pub number: &'a str,
    pub body: &'a str,
    pub accreditation: &'a str,
    pub edition: &'a str,
    pub scope: &'a str,
    pub coverage: tillit_domain::suppliers::certificate::Coverage,
    pub coverage_note: &'a str,
    pub valid_from: Option<i64>,
    pub valid_until: i64,
    pub last_surveillance: Option<i64>,
    pub by: &'a str,
    pub now: i64,
}

pub async fn add_certificate(tx: &mut Tx, s: &SupplierRow, c: NewCertificate<'_>) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO supplier_certificates (id, org_id, supplier_id, kind, name, number, body, accreditation, edition, scope,
                                            coverage, coverage_note, valid_from, valid_until, last_surveillance,
                                            created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)",
        args![
            id.as_str(),
            s.org_id.as_str(),
            s.id.as_str(),
            c.kind.as_str(),
            c.name,
            c.number,
            c.body,
            c.accreditation,
            c.edition,
            c.scope,
            c.coverage.as_str(),
            c.coverage_note,
            c.valid_from,
            c.valid_until,
            c.last_surveillance,
            c.by,
            c.now
        ],
    )
    .await?;
    Ok(id)
}

/// Marks one of the supplier's certificates withdrawn (by its body) from `at`.
pub async fn withdraw_certificate(tx: &mut Tx, s: &SupplierRow, id: &str, at: i64) -> Result<u64> {
    tx.execute(
        "UPDATE supplier_certificates SET withdrawn_at = $1, updated_at = $1 WHERE id = $2 AND supplier_id = $3 AND org_id = $4",
        args![at, id, s.id.as_str(), s.org_id.as_str()],
    )
    .await
}

pub async fn list_tx(tx: &mut Tx, org: &OrgId) -> Result<Vec<SupplierRow>> {
    tx.fetch_all("SELECT * FROM suppliers WHERE org_id = $1 ORDER BY legal_name, id", args![org.as_str()]).await
}
