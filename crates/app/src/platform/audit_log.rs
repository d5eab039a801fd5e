//! Recording to and reading from the audit log.

use crate::{Actor, App, AppError, AppResult};
use tillit_domain::Permission;
pub use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::{AuditEvent, AuditRecord, BreakKind, ChainBreak, FieldChange, verify_chain};
use tillit_store::Tx;
use tillit_store::platform::audit_log::{self, AuditFilter};

/// Everything an audit record needs besides its place in the chain.
pub(crate) struct Entry<'a> {
    pub chain: &'a str,
    pub actor_id: Option<&'a str>,
    pub actor_label: &'a str,
    pub action: AuditAction,
    pub object_type: &'a str,
    pub object_id: &'a str,
    pub changes: Vec<FieldChange>,
}

pub(crate) async fn record(tx: &mut Tx, at: i64, e: Entry<'_>) -> AppResult<()> {
    audit_log::append(
        tx,
        e.chain,
        AuditEvent {
            at,
            actor_id: e.actor_id.map(str::to_string),
            actor_label: e.actor_label.to_string(),
            action: e.action.as_str().to_string(),
            object_type: e.object_type.to_string(),
            object_id: e.object_id.to_string(),
            changes: e.changes,
        },
    )
    .await?;
    Ok(())
}

/// Records an action by `actor` in its own organisation's chain.
pub(crate) async fn by_actor(
    tx: &mut Tx,
    at: i64,
    actor: &Actor,
    action: AuditAction,
    object_type: &str,
    object_id: &str,
    changes: Vec<FieldChange>,
) -> AppResult<()> {
    let label = actor.label();
    // The command line outside any organisation records in the system chain.
    let chain = if actor.org_id.as_str().is_empty() {
        tillit_domain::platform::audit_log::SYSTEM_CHAIN
    } else {
        actor.org_id.as_str()
    };
    record(
        tx,
        at,
        Entry {
            chain,
            // The command line acts without a user account.
            actor_id: Some(actor.user_id.as_str()).filter(|u| !u.is_empty()),
            actor_label: &label,
            action,
            object_type,
            object_id,
            changes,
        },
    )
    .await
}

/// The chains a user's own events go to: every organisation they belong to (so each
/// organisation's auditors see them), the system chain when they belong to none.
pub(crate) async fn chains_of(tx: &mut Tx, user: &tillit_domain::UserId) -> AppResult<Vec<String>> {
    let mut chains: Vec<String> =
        tillit_store::identity::orgs::memberships_of_tx(tx, user).await?.into_iter().map(|m| m.org_id).collect();
    if chains.is_empty() {
        chains.push(tillit_domain::platform::audit_log::SYSTEM_CHAIN.to_string());
    }
    Ok(chains)
}

/// A field change only when the value changed.
pub fn diff(field: &str, old: &str, new: &str) -> Option<FieldChange> {
    (old != new).then(|| FieldChange::new(field, Some(old), Some(new)))
}

#[derive(Debug, serde::Serialize)]
pub struct ChainReport {
    pub chain: String,
    pub records: usize,
    pub error: Option<ChainBreak>,
}

impl App {
    pub async fn audit_search(&self, actor: &Actor, f: &AuditFilter) -> AppResult<Vec<AuditRecord>> {
        actor.require(Permission::ViewAuditLog)?;
        Ok(audit_log::search(&self.db, actor.org_id.as_str(), f).await?)
    }

    /// The filtered log as CSV. The export itself is recorded first, so it shows in what it exports.
    pub async fn audit_export_csv(&self, actor: &Actor, f: &AuditFilter) -> AppResult<String> {
        let mut w = self.write(actor, Permission::ExportAuditLog).await?;
        w.audit(AuditAction::AuditExport, "audit_log", actor.org_id.as_str(), vec![]).await?;
        w.commit().await?;
        let rows = audit_log::search(&self.db, actor.org_id.as_str(), f).await?;
        let mut out = String::from("seq,at_utc,actor,action,object_type,object_id,changes,hash\r\n");
        for r in rows {
            let changes = serde_json::to_string(&r.event.changes).map_err(|e| AppError::Internal(e.to_string()))?;
            let cells = [
                r.seq.to_string(),
                tillit_domain::platform::local_time::format_utc(r.event.at),
                r.event.actor_label,
                r.event.action,
                r.event.object_type,
                r.event.object_id,
                changes,
                r.hash,
            ];
            out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        Ok(out)
    }

    /// Records that `actor` exported something (every export is in the log).
    /// The caller has checked the permission to read what is exported.
    pub async fn record_export(&self, actor: &Actor, object_type: &str, object_id: &str) -> AppResult<()> {
        let mut w = self.write_own(actor).await?;
        w.audit(AuditAction::Export, object_type, object_id, vec![]).await?;
        w.commit().await
    }

    /// Recomputes every chain (or one). Used by `tillit audit verify` and the audit page.
    /// Every organisation has a chain from its creation, so an organisation without one (its
    /// records and head deleted) is a broken chain, not an empty one.
    pub async fn audit_verify(&self, only: Option<&str>) -> AppResult<Vec<ChainReport>> {
        let mut chains = audit_log::chains(&self.db).await?;
        let orgs = tillit_store::identity::orgs::list_all(&self.db).await?;
        for o in &orgs {
            if !chains.contains(&o.id) {
                chains.push(o.id.clone());
            }
        }
        if !orgs.is_empty() && !chains.iter().any(|c| c == tillit_domain::platform::audit_log::SYSTEM_CHAIN) {
            chains.push(tillit_domain::platform::audit_log::SYSTEM_CHAIN.to_string());
        }
        chains.sort();
        let mut out = vec![];
        for chain in chains {
            if only.is_some_and(|o| o != chain) {
                continue;
            }
            let records = audit_log::all_records(&self.db, &chain).await?;
            let head = audit_log::head(&self.db, &chain).await?;
            let error = if records.is_empty() && head.is_none() {
                Some(ChainBreak { chain: chain.clone(), seq: 0, kind: BreakKind::Missing })
            } else {
                verify_chain(&chain, &records, head.as_ref().map(|(s, h)| (*s, h.as_str()))).err()
            };
            out.push(ChainReport { chain, records: records.len(), error });
        }
        Ok(out)
    }
}

/// Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) || s.starts_with('\'') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

impl App {
    /// `tillit backup`: a consistent backup of the whole database, written to `out`.
    pub async fn backup(&self, out: &mut impl std::io::Write) -> AppResult<Vec<(String, usize)>> {
        let schema = tillit_store::migrate::current_version(&self.db).await?;
        let checkpoints =
            serde_json::to_value(self.audit_checkpoints().await?).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(tillit_store::backup::dump(&self.db, schema, self.now().0, checkpoints, out).await?)
    }

    /// `tillit restore`: checks the whole file first, restores it into this (empty) database in
    /// one transaction, then verifies every audit chain. Returns the rows restored.
    pub async fn restore(&self, input: impl std::io::BufRead) -> AppResult<(usize, Vec<ChainReport>)> {
        let schema = tillit_store::migrate::current_version(&self.db).await?;
        let rows = tillit_store::backup::read(input, schema)?;
        let n = tillit_store::backup::restore(&self.db, rows).await?;
        tillit_store::catalogue::reindex_all(&self.db).await?;
        Ok((n, self.audit_verify(None).await?))
    }
}
