//! Bids, their personal links, answers, evidence and certificates. The buyer's reads go
//! through the organisation; the supplier portal reaches exactly one bid through its link.

use crate::args;
use crate::db::{Db, Result, Tx};
use crate::procurement::CaseRow;
use tillit_domain::procurement::bid::BidStatus;
use tillit_domain::{BidId, CaseId, OrgId};

/// A bid as this module's lookups found it: through its organisation (`get`, `for_case`) or
/// its portal link (`by_link`). Only they can make one (the private `found` field), and the
/// functions on a bid's links, answers, evidence, certificates and judgements take the row,
/// not an id, so an id from a request cannot reach another organisation's bid.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BidRow {
    #[sqlx(skip)]
    #[allow(dead_code)] // never read: its being private is the point
    found: Found,
    #[sqlx(try_from = "String")]
    pub id: BidId,
    #[sqlx(try_from = "String")]
    pub org_id: OrgId,
    #[sqlx(try_from = "String")]
    pub case_id: CaseId,
    pub company: String,
    pub country: String,
    pub org_number: String,
    pub contact_email: String,
    #[sqlx(try_from = "String")]
    pub status: BidStatus,
    /// Goes up with every save of answers, so two saves from stale pages cannot both win.
    pub revision: i64,
    /// The set version the bid answers (the newest when it was last saved or submitted).
    pub version_id: Option<String>,
    pub submitted_at: Option<i64>,
    pub receipt_hash: Option<String>,
    /// portal, or excel when the buyer imported the bidder's returned sheet.
    pub source: String,
    pub created_by: String,
    pub created_at: i64,
    /// Goes up with every change to the bid's answers or consensus (`standing_changed`).
    pub standing: i64,
}

/// Made only by sqlx in this crate's lookups.
#[derive(Debug, Clone, Default)]
pub(crate) struct Found(());

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AnswerRow {
    pub requirement_id: String,
    pub status: String,
    pub description: String,
    pub evidence_ref: String,
    pub updated_at: i64,
    /// The uploaded evidence file the answer points to.
    pub evidence_id: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EvidenceRow {
    pub id: String,
    pub bid_id: String,
    pub sha256: String,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CertificateRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub scope: String,
    pub issuer: String,
    pub valid_until: i64,
    pub evidence_id: Option<String>,
    pub created_at: i64,
}

pub struct NewBid<'a> {
    pub id: &'a BidId,
    pub org: &'a OrgId,
    pub case: &'a CaseRow,
    pub company: &'a str,
    pub country: &'a str,
    pub org_number: &'a str,
    pub contact_email: &'a str,
    pub created_by: &'a str,
    pub now: i64,
}

pub async fn create(tx: &mut Tx, b: NewBid<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO bids (id, org_id, case_id, company, country, org_number, contact_email, status, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'invited', $8, $9)",
        args![b.id.as_str(), b.org.as_str(), b.case.id.as_str(), b.company, b.country, b.org_number, b.contact_email, b.created_by, b.now],
    )
    .await?;
    Ok(())
}

pub async fn for_case(db: &Db, org: &OrgId, case_id: &CaseId) -> Result<Vec<BidRow>> {
    db.fetch_all(
        "SELECT * FROM bids WHERE case_id = $1 AND org_id = $2 ORDER BY company, created_at",
        args![case_id.as_str(), org.as_str()],
    )
    .await
}

pub async fn for_case_tx(tx: &mut Tx, org: &OrgId, case_id: &CaseId) -> Result<Vec<BidRow>> {
    tx.fetch_all(
        "SELECT * FROM bids WHERE case_id = $1 AND org_id = $2 ORDER BY company",
        args![case_id.as_str(), org.as_str()],
    )
    .await
}

pub async fn get(db: &Db, org: &OrgId, id: &BidId) -> Result<Option<BidRow>> {
    db.fetch_optional("SELECT * FROM bids WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

pub async fn get_tx(tx: &mut Tx, org: &OrgId, id: &BidId) -> Result<Option<BidRow>> {
    tx.fetch_optional("SELECT * FROM bids WHERE id = $1 AND org_id = $2", args![id.as_str(), org.as_str()]).await
}

/// The bid behind a link (any state of the link: the caller judges it), by the token's hash.
pub async fn by_link(db: &Db, token_hash: &str) -> Result<Option<(BidRow, LinkRow)>> {
    let link: Option<LinkRow> =
        db.fetch_optional("SELECT * FROM bid_links WHERE token_hash = $1", args![token_hash]).await?;
    let Some(link) = link else { return Ok(None) };
    let bid: Option<BidRow> =
        db.fetch_optional("SELECT * FROM bids WHERE id = $1", args![link.bid_id.as_str()]).await?;
    Ok(bid.map(|b| (b, link)))
}

/// The same inside a transaction, locking nothing but reading the bid as it is now.
pub async fn by_link_tx(tx: &mut Tx, token_hash: &str) -> Result<Option<(BidRow, LinkRow)>> {
    let link: Option<LinkRow> =
        tx.fetch_optional("SELECT * FROM bid_links WHERE token_hash = $1", args![token_hash]).await?;
    let Some(link) = link else { return Ok(None) };
    let bid: Option<BidRow> =
        tx.fetch_optional("SELECT * FROM bids WHERE id = $1", args![link.bid_id.as_str()]).await?;
    Ok(bid.map(|b| (b, link)))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LinkRow {
    pub token_hash: String,
    pub bid_id: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

pub async fn links(db: &Db, bid: &BidRow) -> Result<Vec<LinkRow>> {
    let bid_id = bid.id.as_str();
    db.fetch_all("SELECT * FROM bid_links WHERE bid_id = $1 ORDER BY created_at DESC", args![bid_id]).await
}

pub async fn add_link(tx: &mut Tx, token_hash: &str, bid: &BidRow, now: i64, expires_at: i64) -> Result<()> {
    let bid_id = bid.id.as_str();
    tx.execute(
        "INSERT INTO bid_links (token_hash, bid_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        args![token_hash, bid_id, now, expires_at],
    )
    .await?;
    Ok(())
}

/// Revokes every live link of the bid; returns how many.
pub async fn revoke_links(tx: &mut Tx, bid: &BidRow, now: i64) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute("UPDATE bid_links SET revoked_at = $2 WHERE bid_id = $1 AND revoked_at IS NULL", args![bid_id, now])
        .await
}

/// Moves every link's expiry to a new deadline (when the deadline changes).
pub async fn expire_links_at(tx: &mut Tx, case: &CaseRow, expires_at: i64) -> Result<u64> {
    let case_id = case.id.as_str();
    tx.execute(
        "UPDATE bid_links SET expires_at = $2 WHERE revoked_at IS NULL AND bid_id IN (SELECT id FROM bids WHERE case_id = $1)",
        args![case_id, expires_at],
    )
    .await
}

/// Whether the bid has a link that works at `now` (not revoked, not expired).
pub async fn has_live_link_tx(tx: &mut Tx, bid: &BidRow, now: i64) -> Result<bool> {
    let (n,): (i64,) = tx
        .fetch_one(
            "SELECT COUNT(*) FROM bid_links WHERE bid_id = $1 AND revoked_at IS NULL AND expires_at > $2",
            args![&bid.id, now],
        )
        .await?;
    Ok(n > 0)
}

pub async fn touch_link(db: &Db, token_hash: &str, now: i64) -> Result<u64> {
    db.execute("UPDATE bid_links SET last_used_at = $2 WHERE token_hash = $1", args![token_hash, now]).await
}

const ANSWERS: &str = "SELECT requirement_id, status, description, evidence_ref, updated_at, evidence_id FROM bid_answers WHERE bid_id = $1";

pub async fn answers(db: &Db, bid: &BidRow) -> Result<Vec<AnswerRow>> {
    let bid_id = bid.id.as_str();
    db.fetch_all(ANSWERS, args![bid_id]).await
}

/// Every bid's answers in a case to the requirements of one area of the version each bid
/// answers: (bid, answer), for the evaluation grid (one area, not the whole bid's text).
pub async fn answers_in_area(db: &Db, case_id: &CaseId, area: &str) -> Result<Vec<AreaAnswerRow>> {
    db.fetch_all(
        "SELECT a.bid_id, a.requirement_id, a.status, a.description, a.evidence_ref, a.updated_at, a.evidence_id
         FROM bid_answers a JOIN bids b ON b.id = a.bid_id
         JOIN set_version_items i ON i.version_id = b.version_id AND i.requirement_id = a.requirement_id
         WHERE b.case_id = $1 AND i.area = $2",
        args![case_id.as_str(), area],
    )
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AreaAnswerRow {
    pub bid_id: String,
    #[sqlx(flatten)]
    pub answer: AnswerRow,
}

/// Every bid's answer status in a case, without the texts: (bid, requirement, status).
pub async fn answer_statuses(db: &Db, case_id: &CaseId) -> Result<Vec<(String, String, String)>> {
    db.fetch_all(
        "SELECT a.bid_id, a.requirement_id, a.status FROM bid_answers a JOIN bids b ON b.id = a.bid_id WHERE b.case_id = $1",
        args![case_id.as_str()],
    )
    .await
}

pub async fn answers_tx(tx: &mut Tx, bid: &BidRow) -> Result<Vec<AnswerRow>> {
    let bid_id = bid.id.as_str();
    tx.fetch_all(ANSWERS, args![bid_id]).await
}

pub struct NewAnswer<'a> {
    pub bid: &'a BidRow,
    pub requirement_id: &'a str,
    pub status: &'a str,
    pub description: &'a str,
    pub evidence_ref: &'a str,
    pub evidence_id: Option<&'a str>,
    pub now: i64,
}

/// Marks the bid's standing (answers, consensus) changed, once in every transaction that
/// changes it (`put_answer`, `remove_answer`, a consensus `evaluation::put`): a comparison
/// cached by any server is stale from then on. Once, not per answer: on PostgreSQL every
/// update of the row leaves a dead version of it, and a sheet of 1,209 answers left as many.
pub async fn standing_changed(tx: &mut Tx, bid_id: &str) -> Result<()> {
    tx.execute("UPDATE bids SET standing = standing + 1 WHERE id = $1", args![bid_id]).await?;
    Ok(())
}

/// The caller marks the bid's standing changed (`standing_changed`) once it is done.
pub async fn put_answer(tx: &mut Tx, a: NewAnswer<'_>) -> Result<()> {
    tx.execute(
        "DELETE FROM bid_answers WHERE bid_id = $1 AND requirement_id = $2",
        args![a.bid.id.as_str(), a.requirement_id],
    )
    .await?;
    tx.execute(
        "INSERT INTO bid_answers (bid_id, requirement_id, status, description, evidence_ref, updated_at, evidence_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        args![a.bid.id.as_str(), a.requirement_id, a.status, a.description, a.evidence_ref, a.now, a.evidence_id],
    )
    .await?;
    Ok(())
}

/// The caller marks the bid's standing changed (`standing_changed`) once it is done.
pub async fn remove_answer(tx: &mut Tx, bid: &BidRow, requirement_id: &str) -> Result<u64> {
    tx.execute(
        "DELETE FROM bid_answers WHERE bid_id = $1 AND requirement_id = $2",
        args![bid.id.as_str(), requirement_id],
    )
    .await
}

/// Moves the bid from `revision` to the next one; 0 rows when someone saved in between.
pub async fn bump_revision(
    tx: &mut Tx,
    bid: &BidRow,
    revision: i64,
    status: BidStatus,
    version_id: &str,
) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute(
        "UPDATE bids SET revision = revision + 1, status = $3, version_id = $4 WHERE id = $1 AND revision = $2",
        args![bid_id, revision, status.as_str(), version_id],
    )
    .await
}

/// Submits the bid at `revision`, answering `version_id`; 0 rows when it changed meanwhile.
pub async fn mark_submitted(
    tx: &mut Tx,
    bid: &BidRow,
    revision: i64,
    now: i64,
    receipt: &str,
    version_id: &str,
) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute(
        "UPDATE bids SET status = 'submitted', submitted_at = $3, receipt_hash = $4, version_id = $5, revision = revision + 1
         WHERE id = $1 AND revision = $2 AND status <> 'submitted'",
        args![bid_id, revision, now, receipt, version_id],
    )
    .await
}

/// An evidence file's id, when it belongs to `bid_id`.
pub async fn evidence_of_bid_tx(tx: &mut Tx, bid: &BidRow, id: &str) -> Result<Option<String>> {
    let bid_id = bid.id.as_str();
    let r: Option<(String,)> =
        tx.fetch_optional("SELECT id FROM evidence WHERE id = $1 AND bid_id = $2", args![id, bid_id]).await?;
    Ok(r.map(|r| r.0))
}

/// A correction reopens a submitted bid: it must be submitted again against the new version.
pub async fn reopen(tx: &mut Tx, bid: &BidRow) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute(
        "UPDATE bids SET status = 'draft', submitted_at = NULL, receipt_hash = NULL, revision = revision + 1 WHERE id = $1",
        args![bid_id],
    )
    .await
}

pub async fn set_source(tx: &mut Tx, bid: &BidRow, source: &str) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute("UPDATE bids SET source = $2 WHERE id = $1", args![bid_id, source]).await
}

pub async fn evidence_list(db: &Db, bid: &BidRow) -> Result<Vec<EvidenceRow>> {
    let bid_id = bid.id.as_str();
    db.fetch_all(
        "SELECT id, bid_id, sha256, filename, content_type, size, uploaded_at FROM evidence WHERE bid_id = $1 ORDER BY uploaded_at, filename",
        args![bid_id],
    )
    .await
}

pub async fn evidence_hashes_tx(tx: &mut Tx, bid: &BidRow) -> Result<Vec<String>> {
    let bid_id = bid.id.as_str();
    let rows: Vec<(String,)> = tx.fetch_all("SELECT sha256 FROM evidence WHERE bid_id = $1", args![bid_id]).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// An evidence file with its content, when it belongs to `bid_id`.
pub async fn evidence_file(db: &Db, bid: &BidRow, id: &str) -> Result<Option<(EvidenceRow, Vec<u8>)>> {
    let bid_id = bid.id.as_str();
    let row: Option<EvidenceRow> = db
        .fetch_optional(
            "SELECT id, bid_id, sha256, filename, content_type, size, uploaded_at FROM evidence WHERE id = $1 AND bid_id = $2",
            args![id, bid_id],
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let (content,): (Vec<u8>,) = db.fetch_one("SELECT content FROM evidence WHERE id = $1", args![id]).await?;
    Ok(Some((row, content)))
}

/// The bid an evidence file belongs to, when that bid is the organisation's.
pub async fn evidence_bid(db: &Db, org: &OrgId, id: &str) -> Result<Option<BidId>> {
    let r: Option<(String,)> = db
        .fetch_optional(
            "SELECT e.bid_id FROM evidence e JOIN bids b ON b.id = e.bid_id WHERE e.id = $1 AND b.org_id = $2",
            args![id, org.as_str()],
        )
        .await?;
    Ok(r.map(|r| BidId(r.0)))
}

pub struct NewEvidence<'a> {
    pub id: &'a str,
    pub bid: &'a BidRow,
    pub sha256: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub content: &'a [u8],
    pub now: i64,
}

/// Stores the file once per bid: the same content again returns the existing id.
pub async fn add_evidence(tx: &mut Tx, e: NewEvidence<'_>) -> Result<(String, bool)> {
    let existing: Option<(String,)> = tx
        .fetch_optional("SELECT id FROM evidence WHERE bid_id = $1 AND sha256 = $2", args![e.bid.id.as_str(), e.sha256])
        .await?;
    if let Some((id,)) = existing {
        return Ok((id, false));
    }
    tx.execute(
        "INSERT INTO evidence (id, bid_id, sha256, filename, content_type, size, content, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![e.id, e.bid.id.as_str(), e.sha256, e.filename, e.content_type, e.content.len() as i64, e.content, e.now],
    )
    .await?;
    Ok((e.id.to_string(), true))
}

pub async fn certificates(db: &Db, bid: &BidRow) -> Result<Vec<CertificateRow>> {
    let bid_id = bid.id.as_str();
    db.fetch_all(
        "SELECT id, kind, name, scope, issuer, valid_until, evidence_id, created_at FROM certificates WHERE bid_id = $1 ORDER BY valid_until, created_at, id",
        args![bid_id],
    )
    .await
}

/// Every certificate of the case's submitted bids, with its bid's id, in one query.
pub async fn certificates_of_submitted(db: &Db, case: &CaseRow) -> Result<Vec<(String, CertificateRow)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        bid_id: String,
        #[sqlx(flatten)]
        c: CertificateRow,
    }
    let rows: Vec<Row> = db
        .fetch_all(
            "SELECT c.bid_id, c.id, c.kind, c.name, c.scope, c.issuer, c.valid_until, c.evidence_id, c.created_at
             FROM certificates c JOIN bids b ON b.id = c.bid_id
             WHERE b.case_id = $1 AND b.org_id = $2 AND b.status = 'submitted' ORDER BY c.valid_until, c.created_at, c.id",
            args![case.id.as_str(), case.org_id.as_str()],
        )
        .await?;
    Ok(rows.into_iter().map(|r| (r.bid_id, r.c)).collect())
}

pub struct NewCertificate<'a> {
    pub id: &'a str,
    pub bid: &'a BidRow,
    pub kind: &'a str,
    pub name: &'a str,
    pub scope: &'a str,
    pub issuer: &'a str,
    pub valid_until: i64,
    pub evidence_id: Option<&'a str>,
    pub now: i64,
}

pub async fn add_certificate(tx: &mut Tx, c: NewCertificate<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO certificates (id, bid_id, kind, name, scope, issuer, valid_until, evidence_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![c.id, c.bid.id.as_str(), c.kind, c.name, c.scope, c.issuer, c.valid_until, c.evidence_id, c.now],
    )
    .await?;
    Ok(())
}

/// Removes an evidence file of a bid not yet submitted; answers and certificates that pointed
/// to it point to nothing. Returns the file's hash, or None when the bid has no such file.
pub async fn remove_evidence(tx: &mut Tx, bid: &BidRow, id: &str) -> Result<Option<String>> {
    let bid_id = bid.id.as_str();
    let found: Option<(String,)> =
        tx.fetch_optional("SELECT sha256 FROM evidence WHERE id = $1 AND bid_id = $2", args![id, bid_id]).await?;
    let Some((sha,)) = found else { return Ok(None) };
    tx.execute("UPDATE bid_answers SET evidence_id = NULL WHERE bid_id = $1 AND evidence_id = $2", args![bid_id, id])
        .await?;
    tx.execute("UPDATE certificates SET evidence_id = NULL WHERE bid_id = $1 AND evidence_id = $2", args![bid_id, id])
        .await?;
    tx.execute("DELETE FROM evidence WHERE bid_id = $1 AND id = $2", args![bid_id, id]).await?;
    Ok(Some(sha))
}

pub async fn remove_certificate(tx: &mut Tx, bid: &BidRow, id: &str) -> Result<u64> {
    let bid_id = bid.id.as_str();
    tx.execute("DELETE FROM certificates WHERE id = $1 AND bid_id = $2", args![id, bid_id]).await
}
