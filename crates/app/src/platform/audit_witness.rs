//! Anchoring the audit chains outside the database. A checkpoint is a chain's head signed
//! with the instance's key (not in the database); checkpoints go to the log, into every
//! backup and decision report, and by e-mail to each organisation's auditors on a schedule.
//! `tillit audit verify --witness FILE` then checks that every witnessed record is still in
//! its chain with the same hash: a chain rewritten consistently (a record changed, every later
//! hash and the head recomputed) or removed whole no longer matches what was witnessed.

use crate::platform::i18n::{Locale, t_args};
use crate::platform::jobs::{Job, JobError, Occurrence};
use crate::platform::mail::OutgoingMail;
use crate::{App, AppResult};
use serde::{Deserialize, Serialize};
use tillit_domain::Role;
use tillit_domain::platform::audit_log::{
    CHECKPOINT_FORMAT, Checkpoint, WitnessVerdict, checkpoint_message, judge_checkpoint,
};
use tillit_store::identity::orgs;
use tillit_store::platform::audit_log;

/// The scheduled job that writes every chain's checkpoint to the log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditCheckpointLog(pub Occurrence);

impl From<Occurrence> for AuditCheckpointLog {
    fn from(o: Occurrence) -> Self {
        AuditCheckpointLog(o)
    }
}

impl Job for AuditCheckpointLog {
    const NAME: &'static str = "audit_checkpoint_log";

    fn dedup_key(&self) -> Option<String> {
        Some(self.0.slot.to_string())
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        app.log_checkpoints().await.map(|_| ()).map_err(JobError::from)
    }
}

/// The scheduled job that mails one organisation's checkpoint to its auditors.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditCheckpointMail(pub Occurrence);

impl From<Occurrence> for AuditCheckpointMail {
    fn from(o: Occurrence) -> Self {
        AuditCheckpointMail(o)
    }
}

impl Job for AuditCheckpointMail {
    const NAME: &'static str = "audit_checkpoint_mail";

    fn dedup_key(&self) -> Option<String> {
        Some(format!("{}:{}", self.0.org.as_deref().unwrap_or(""), self.0.slot))
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        let Some(org) = &self.0.org else { return Err(JobError::new("no organisation")) };
        app.mail_checkpoint(org, self.0.slot).await.map(|_| ()).map_err(JobError::from)
    }
}

pub struct WitnessReport {
    pub checkpoint: Checkpoint,
    pub verdict: WitnessVerdict,
}

/// Every checkpoint in a text: a line that is one checkpoint as JSON, or a JSON object with a
/// `checkpoints` list (a backup's first line). Other lines (a mail's words) are skipped.
pub fn read_witness(text: &str) -> Vec<Checkpoint> {
    let mut out = vec![];
    for line in text.lines() {
        let line = line.trim();
        if !line.starts_with('{') {
            continue;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if v.get("checkpoint").and_then(|c| c.as_str()) == Some(CHECKPOINT_FORMAT) {
            out.extend(serde_json::from_value::<Checkpoint>(v).ok());
        } else if let Some(list) = v.get("checkpoints").and_then(|c| c.as_array()) {
            out.extend(list.iter().filter_map(|c| serde_json::from_value::<Checkpoint>(c.clone()).ok()));
        }
    }
    out
}

impl App {
    fn sign_checkpoint(&self, chain: &str, seq: i64, hash: &str, at: i64) -> Checkpoint {
        let keys = &self.config.keys;
        Checkpoint {
            checkpoint: CHECKPOINT_FORMAT.into(),
            chain: chain.into(),
            seq,
            hash: hash.into(),
            at,
            key: keys.public_key_hex(),
            signature: keys.sign(&checkpoint_message(chain, seq, hash, at)),
        }
    }

    /// The signed head of one chain, or None while it has no records.
    pub async fn audit_checkpoint(&self, chain: &str) -> AppResult<Option<Checkpoint>> {
        let now = self.now().0;
        Ok(audit_log::head(&self.db, chain)
            .await?
            .filter(|(seq, _)| *seq > 0)
            .map(|(seq, hash)| self.sign_checkpoint(chain, seq, &hash, now)))
    }

    /// The signed head of every chain.
    pub async fn audit_checkpoints(&self) -> AppResult<Vec<Checkpoint>> {
        let mut out = vec![];
        for chain in audit_log::chains(&self.db).await? {
            out.extend(self.audit_checkpoint(&chain).await?);
        }
        Ok(out)
    }

    /// Judges witnessed checkpoints against the chains as they are now.
    pub async fn verify_witness(&self, witnessed: &[Checkpoint]) -> AppResult<Vec<WitnessReport>> {
        let mut out = vec![];
        for c in witnessed {
            let signed = c.key == self.config.keys.public_key_hex()
                && self.config.keys.verify(&checkpoint_message(&c.chain, c.seq, &c.hash, c.at), &c.signature);
            let records = audit_log::all_records(&self.db, &c.chain).await?;
            out.push(WitnessReport { checkpoint: c.clone(), verdict: judge_checkpoint(c, signed, &records) });
        }
        Ok(out)
    }

    /// Writes every chain's checkpoint to the log (housekeeping, on the checkpoint schedule).
    pub async fn log_checkpoints(&self) -> AppResult<usize> {
        let all = self.audit_checkpoints().await?;
        for c in &all {
            let line = serde_json::to_string(c).unwrap_or_default();
            tracing::info!(target: "tillit::audit_checkpoint", chain = %c.chain, seq = c.seq, checkpoint = %line, "audit checkpoint");
        }
        Ok(all.len())
    }

    /// Queues one organisation's checkpoint for its auditors (administrators where it has
    /// none), once per occurrence `slot` of the checkpoint schedule: each mail's key names the
    /// organisation, the occurrence and the recipient. Returns how many were queued.
    pub async fn mail_checkpoint(&self, org_id: &str, slot: i64) -> AppResult<usize> {
        let now = self.now().0;
        let Some(org) = orgs::get(&self.db, &tillit_domain::OrgId(org_id.to_string())).await? else { return Ok(0) };
        let Some(c) = self.audit_checkpoint(&org.id).await? else { return Ok(0) };
        let members = orgs::members(&self.db, &tillit_domain::OrgId(org.id.clone())).await?;
        let active = members.iter().filter(|m| !m.disabled);
        let mut to: Vec<&str> =
            active.clone().filter(|m| m.role == Role::Auditor.as_str()).map(|m| m.email.as_str()).collect();
        if to.is_empty() {
            to = active.filter(|m| m.role == Role::Administrator.as_str()).map(|m| m.email.as_str()).collect();
        }
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let line = serde_json::to_string(&c).unwrap_or_default();
        let args =
            [("org", org.name.clone()), ("seq", c.seq.to_string()), ("hash", c.hash.clone()), ("checkpoint", line)];
        let mut queued = 0;
        let mut tx = self.db.begin().await?;
        for email in to {
            let mail = OutgoingMail {
                to: email.to_string(),
                subject: t_args(loc, "mail-checkpoint-subject", &args),
                body: t_args(loc, "mail-checkpoint-body", &args),
            };
            if self.enqueue_mail_once(&mut tx, &format!("checkpoint:{}:{slot}:{email}", org.id), now, &mail).await? {
                queued += 1;
            }
        }
        tx.commit().await?;
        Ok(queued)
    }
}
