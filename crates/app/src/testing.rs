//! What the integration tests of the crates above app need that no use case offers: a scratch
//! database on either backend with raw SQL against it (for tests that break things on
//! purpose), rows no route can make, and a few looks behind the use cases. Compiled only with
//! the `testing` feature, which only dev-dependencies turn on: tillit's pages, API and command
//! line never see it, and web's own dependencies stay app and domain.

use tillit_domain::{BidId, CaseId, OrgId, Role, UserId};
use tillit_store::db::Result;

use tillit_store::StoreError;
pub use tillit_store::backup::{DERIVED, TABLES, actual_columns, actual_tables};
use tillit_store::identity::users::User;
pub use tillit_store::{Backend, Db, args};

pub async fn user_by_email(db: &Db, email: &str) -> Result<Option<User>> {
    tillit_store::identity::users::by_email(db, email).await
}

pub async fn user_count(db: &Db) -> Result<i64> {
    tillit_store::identity::users::count(db).await
}

pub async fn role_of(db: &Db, org: &OrgId, user: &UserId) -> Result<Option<Role>> {
    tillit_store::identity::orgs::role_of(db, org, user).await
}

pub async fn member_count(db: &Db, org: &OrgId) -> Result<usize> {
    Ok(tillit_store::identity::orgs::members(db, org).await?.len())
}

/// The first organisation a user belongs to.
pub async fn first_org_of(db: &Db, user: &UserId) -> Result<Option<OrgId>> {
    let m = tillit_store::identity::orgs::memberships_of(db, user).await?;
    Ok(m.into_iter().next().map(|m| OrgId(m.org_id)))
}

/// A member added directly (no invitation), the account made with `password_hash` if the
/// address has none.
pub async fn add_member(
    db: &Db,
    org: &OrgId,
    email: &str,
    role: Role,
    password_hash: &str,
    now: i64,
) -> Result<UserId> {
    use tillit_store::identity::{orgs, users};
    let mut tx = db.begin().await?;
    let id = match users::by_email_tx(&mut tx, email).await? {
        Some(u) => u.user_id(),
        None => {
            let id = UserId(crate::new_id());
            users::create(&mut tx, &id, email, email, password_hash, "en", now).await?;
            id
        }
    };
    orgs::add_member(&mut tx, org, &id, role, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Stores a TOTP secret as given (sealed by the caller, or in the clear as an earlier
/// version did).
pub async fn set_totp(db: &Db, user: &UserId, stored: &[u8]) -> Result<()> {
    let mut tx = db.begin().await?;
    tillit_store::identity::users::enable_totp(&mut tx, user, stored, 0).await?;
    tx.commit().await
}

/// Removes a user's TOTP (their passkeys are a `DELETE` away).
pub async fn clear_totp(db: &Db, user: &UserId) -> Result<()> {
    let mut tx = db.begin().await?;
    tillit_store::identity::users::disable_totp(&mut tx, user).await?;
    tx.commit().await
}

/// A job row as any version may have written it (an unknown kind, a plain payload).
pub async fn raw_job(db: &Db, id: &str, kind: &str, payload: &str, run_at: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    tillit_store::platform::jobs::enqueue(&mut tx, id, kind, payload, run_at).await?;
    tx.commit().await
}

/// Loads the built-in catalogues' content under `hash`; false when that hash is loaded.
pub async fn load_builtin(db: &Db, content: &tillit_domain::catalogue::Content, hash: &str, now: i64) -> Result<bool> {
    tillit_store::catalogue::load_builtin(db, content, hash, now).await
}

/// The owners of the mappings `org` sees on a requirement ("" for built-in ones).
pub async fn mapping_owners(db: &Db, org: &OrgId, requirement: &str) -> Result<Vec<String>> {
    Ok(tillit_store::catalogue::mappings_of(db, org, requirement).await?.into_iter().map(|m| m.owner).collect())
}

/// Another session of `user`, on another device, with its second factor done.
pub async fn session(db: &Db, user: &UserId, org: &OrgId, id_hash: &str, now: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let s = tillit_store::identity::sessions::NewSession {
        id_hash,
        user_id: user,
        active_org_id: Some(org.as_str()),
        csrf_token: "x",
        mfa_done: true,
        user_agent: "other device",
        ip: "127.0.0.9",
        now,
    };
    tillit_store::identity::sessions::create(&mut tx, s).await?;
    tx.commit().await
}

/// A passkey of `user` that no authenticator holds.
pub async fn passkey(db: &Db, user: &UserId, id: &str, now: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let p = tillit_store::identity::passkeys::Passkey {
        id: id.to_string(),
        credential_id: crate::platform::secrets::random_token(),
        user_id: user.0.clone(),
        name: "walk".into(),
        public_key: vec![4; 65],
        sign_count: 0,
        created_at: now,
        last_used_at: None,
    };
    tillit_store::identity::passkeys::create(&mut tx, &p).await?;
    tx.commit().await
}

/// A draft case with a bid that holds one evidence file, whatever the case's state (no route
/// makes a bid on a draft).
pub async fn case_with_bid(db: &Db, org: &OrgId, case: &CaseId, bid: &BidId, evidence: &str) -> Result<()> {
    use tillit_store::procurement::{self as cases, bids};
    let mut tx = db.begin().await?;
    let c = cases::NewCase {
        id: case,
        org,
        case_number: case.as_str(),
        title: "Sak",
        description: "",
        created_by: "test",
        now: 0,
    };
    cases::create(&mut tx, c).await?;
    let row = cases::get_tx(&mut tx, org, case)
        .await?
        .ok_or_else(|| StoreError::Corrupt("the row just written is gone".into()))?;
    let b = bids::NewBid {
        id: bid,
        org,
        case: &row,
        company: "Leverandør AS",
        country: "no",
        org_number: bid.as_str(),
        contact_email: "anbud@leverandor.no",
        created_by: "test",
        now: 0,
    };
    bids::create(&mut tx, b).await?;
    let row = bids::get_tx(&mut tx, org, bid)
        .await?
        .ok_or_else(|| StoreError::Corrupt("the row just written is gone".into()))?;
    let e = bids::NewEvidence {
        id: evidence,
        bid: &row,
        sha256: "0",
        filename: "bevis.pdf",
        content_type: "application/pdf",
        content: b"%PDF-1.7",
        now: 0,
    };
    bids::add_evidence(&mut tx, e).await?;
    tx.commit().await
}

/// The ids `supplier_with_contract` made.
pub struct SupplierIds {
    pub supplier: String,
    pub contract: String,
    pub contact: String,
    pub sub_processor: String,
    pub certificate: String,
    /// A file of the certificate, stored with the supplier.
    pub document: String,
    /// A supplier person of the supplier (an account without a password).
    pub person: String,
}

/// A supplier of the organisation with one contact, one certificate, one contract and one
/// sub-processor on it. The
/// organisation number is made from `seed` (any text), so each call's is its own.
pub async fn supplier_with_contract(db: &Db, org: &OrgId, seed: &str) -> Result<SupplierIds> {
    use tillit_domain::contracts::contract::{ContractDates, ContractKind, ContractTemplate};
    use tillit_domain::suppliers::supplier::{ContactRole, SupplierStatus};
    use tillit_store::{contracts, suppliers};
    let mut tx = db.begin().await?;
    let s = suppliers::NewSupplier {
        org_id: org,
        legal_name: "Driftspartner AS",
        country: "no",
        org_number: seed,
        parent_group: "",
        website: "",
        status: SupplierStatus::Active,
        created_by: "test",
        now: 0,
    };
    let id = suppliers::insert(&mut tx, s).await?;
    let row = suppliers::get_tx(&mut tx, org, &id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("the row just written is gone".into()))?;
    let c = suppliers::NewContact {
        role: ContactRole::Security,
        name: "Kari Nordmann",
        email: "sikkerhet@driftspartner.no",
        phone: "",
        now: 0,
    };
    let contact = suppliers::add_contact(&mut tx, &row, c).await?;
    let k = contracts::NewContract {
        supplier: &row,
        title: "Drift av fagsystem",
        award: None,
        kind: ContractKind::Single,
        framework: None,
        template: ContractTemplate::SsaD,
        dates: ContractDates { start: 0, end: None, notice_months: 3, terminates_at: None },
        options_note: "",
        created_by: "test",
        now: 0,
    };
    let contract = contracts::insert(&mut tx, k).await?;
    let row = contracts::get_tx(&mut tx, org, &contract)
        .await?
        .ok_or_else(|| StoreError::Corrupt("the row just written is gone".into()))?;
    let sp = contracts::NewSubProcessor {
        parent_id: None,
        name: "Skyleverandør Ltd",
        org_number: "",
        country: "IE",
        role: "Hosting",
        data_categories: "",
        locations: "IE",
        transfer_basis: Some("none_needed"),
        tia_date: None,
        tia_result: "",
        status: tillit_domain::contracts::sub_processor::SubProcessorStatus::Approved,
        by: "test",
        now: 0,
        announced: None,
    };
    let sub = contracts::add_sub_processor(&mut tx, &row, sp).await?;
    let supplier_row = suppliers::get_tx(&mut tx, org, &id)
        .await?
        .ok_or_else(|| StoreError::Corrupt("the row just written is gone".into()))?;
    let cert = suppliers::NewCertificate {
        kind: tillit_domain::suppliers::certificate::AttestationKind::Iso27001,
        name: "",
        number: "C-1",
        body: "DNV",
        accreditation: "",
        edition: "2022",
        scope: "",
        coverage: tillit_domain::suppliers::certificate::Coverage::Yes,
        coverage_note: "",
        valid_from: None,
        valid_until: 4_000_000_000,
        last_surveillance: None,
        by: "test",
        now: 0,
    };
    let certificate = suppliers::add_certificate(&mut tx, &supplier_row, cert).await?;
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(pdf))
    };
    let doc = suppliers::documents::NewDocument {
        org,
        supplier_id: id.as_str(),
        contract_id: None,
        certificate_id: Some(&certificate),
        kind: "certificate",
        filename: "iso27001.pdf",
        content_type: "application/pdf",
        sha256: &sha,
        content: pdf,
        by: "test",
        now: 0,
    };
    let document = suppliers::documents::add(&mut tx, doc).await?;
    let person = UserId(crate::new_id());
    let email = format!("{}@driftspartner.no", person.as_str());
    tillit_store::identity::users::create_without_password(&mut tx, &person, &email, "Per Leverandør", "nb", 0).await?;
    tillit_store::identity::orgs::add_member(&mut tx, org, &person, tillit_domain::Role::SupplierRespondent, 0).await?;
    suppliers::people::grant(&mut tx, org, &person, &id, "test", 0).await?;
    tx.commit().await?;
    Ok(SupplierIds {
        supplier: id.0,
        contract: contract.0,
        contact,
        sub_processor: sub,
        certificate,
        document,
        person: person.0,
    })
}

/// Makes a member a supplier person of `supplier` (in place of any supplier it had).
pub async fn make_supplier_person(db: &Db, org: &OrgId, user: &UserId, supplier: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    tx.execute("DELETE FROM supplier_people WHERE org_id = $1 AND user_id = $2", args![org.as_str(), user.as_str()])
        .await?;
    let supplier = tillit_domain::SupplierId(supplier.to_string());
    tillit_store::suppliers::people::grant(&mut tx, org, user, &supplier, "test", 0).await?;
    tx.commit().await
}

/// A supplier's certificates in the register: (number, coverage).
pub async fn supplier_certificates(db: &Db, org: &OrgId, supplier: &str) -> Result<Vec<(String, String)>> {
    db.fetch_all(
        "SELECT number, coverage FROM supplier_certificates WHERE org_id = $1 AND supplier_id = $2 ORDER BY created_at",
        args![org.as_str(), supplier],
    )
    .await
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}
