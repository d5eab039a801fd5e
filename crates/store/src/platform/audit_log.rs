//! Appending to and reading the audit chains. An append happens inside the caller's
//! transaction, so the record and the change it describes commit together or not at all.

use crate::args;
use crate::db::{Backend, Db, Result, Tx};
use tillit_domain::platform::audit_log::{self, AuditEvent, AuditRecord, FieldChange};

#[derive(sqlx::FromRow)]
struct Head {
    seq: i64,
    hash: String,
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    pub chain: String,
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<String>,
    pub actor_label: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub changes: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditRow {
    /// Rows whose `changes` column is not valid JSON still come back, with the raw text as
    /// one change, so verification reports them as altered instead of failing to read.
    pub fn into_record(self) -> AuditRecord {
        let changes: Vec<FieldChange> = serde_json::from_str(&self.changes)
            .unwrap_or_else(|_| vec![FieldChange::new("?", None, Some(&self.changes))]);
        AuditRecord {
            chain: self.chain,
            seq: self.seq,
            prev_hash: self.prev_hash,
            hash: self.hash,
            event: AuditEvent {
                at: self.at,
                actor_id: self.actor_id,
                actor_label: self.actor_label,
                action: self.action,
                object_type: self.object_type,
                object_id: self.object_id,
                changes,
            },
        }
    }
}

/// Appends `event` to `chain` (an organisation id or `system`).
pub async fn append(tx: &mut Tx, chain: &str, event: AuditEvent) -> Result<AuditRecord> {
    // Take the chain's head under a row lock so concurrent appends (even from another
    // instance) queue up. SQLite's BEGIN IMMEDIATE already serialises writers.
    let head: Option<Head> = match tx.backend() {
        Backend::Postgres => {
            tx.execute(
                "INSERT INTO audit_heads (chain, seq, hash) VALUES ($1, 0, '') ON CONFLICT (chain) DO NOTHING",
                args![chain],
            )
            .await?;
            tx.fetch_optional("SELECT seq, hash FROM audit_heads WHERE chain = $1 FOR UPDATE", args![chain]).await?
        }
        Backend::Sqlite => {
            tx.fetch_optional("SELECT seq, hash FROM audit_heads WHERE chain = $1", args![chain]).await?
        }
    };
    let prev = head.as_ref().filter(|h| h.seq > 0).map(|h| (h.seq, h.hash.as_str()));
    let rec = audit_log::append(chain, prev, event);
    let changes = serde_json::to_string(&rec.event.changes).unwrap_or_else(|_| "[]".into());
    tx.execute(
        "INSERT INTO audit_events (chain, seq, at, actor_id, actor_label, action, object_type, object_id, changes, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        args![
            chain,
            rec.seq,
            rec.event.at,
            rec.event.actor_id.clone(),
            &rec.event.actor_label,
            &rec.event.action,
            &rec.event.object_type,
            &rec.event.object_id,
            changes,
            &rec.prev_hash,
            &rec.hash
        ],
    )
    .await?;
    tx.execute(
        "INSERT INTO audit_heads (chain, seq, hash) VALUES ($1, $2, $3)
         ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        args![chain, rec.seq, &rec.hash],
    )
    .await?;
    Ok(rec)
}

pub async fn chains(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = db
        .fetch_all("SELECT chain FROM audit_heads UNION SELECT DISTINCT chain FROM audit_events ORDER BY 1", vec![])
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

pub async fn head(db: &Db, chain: &str) -> Result<Option<(i64, String)>> {
    let h: Option<Head> = db.fetch_optional("SELECT seq, hash FROM audit_heads WHERE chain = $1", args![chain]).await?;
    Ok(h.map(|h| (h.seq, h.hash)))
}

pub async fn all_records(db: &Db, chain: &str) -> Result<Vec<AuditRecord>> {
    let rows: Vec<AuditRow> =
        db.fetch_all("SELECT * FROM audit_events WHERE chain = $1 ORDER BY seq", args![chain]).await?;
    Ok(rows.into_iter().map(AuditRow::into_record).collect())
}

/// Filters for the audit-log page and its CSV export.
#[derive(Debug, Default, Clone)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub actor: Option<String>,
    pub object: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

/// One organisation's records, newest first, filtered. Empty filters match everything.
pub async fn search(db: &Db, chain: &str, f: &AuditFilter) -> Result<Vec<AuditRecord>> {
    let like = |s: &Option<String>| s.as_ref().filter(|v| !v.is_empty()).map(|v| format!("%{}%", v.to_lowercase()));
    let rows: Vec<AuditRow> = db
        .fetch_all(
            "SELECT * FROM audit_events WHERE chain = $1
               AND ($2 IS NULL OR lower(action) LIKE $2)
               AND ($3 IS NULL OR lower(actor_label) LIKE $3)
               AND ($4 IS NULL OR lower(object_type || ':' || object_id) LIKE $4)
               AND ($5 IS NULL OR at >= $5)
               AND ($6 IS NULL OR at < $6)
             ORDER BY seq DESC LIMIT $7 OFFSET $8",
            args![chain, like(&f.action), like(&f.actor), like(&f.object), f.from, f.to, f.limit, f.offset],
        )
        .await?;
    Ok(rows.into_iter().map(AuditRow::into_record).collect())
}
