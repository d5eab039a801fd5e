//! Anchoring the audit chains outside the database. A checkpoint is a chain's head signed
//! with the instance's key (not in the database); checkpoints go to the log, into every
//! backup and decision report, and by e-mail to each organisation's auditors on a schedule.
//! `tillit audit verify --witness FILE` then checks that every witnessed record is still in
//! its chain with the same hash: a chain rewritten consistently (a record changed, every later
//! hash and the head recomputed) or removed whole no longer matches what was witnessed.

use crate::i18n::{Locale, t_args};
use crate::mail::OutgoingMail;
use crate::{App, AppResult};
use tillit_domain::Role;
use tillit_domain::platform::audit_log::{
    CHECKPOINT_FORMAT, Checkpoint, WitnessVerdict, checkpoint_message, judge_checkpoint,
};
use tillit_store::identity::orgs;
use tillit_store::platform::audit_log;

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

    /// Queues each organisation's checkpoint for its auditors (administrators where it has
    /// none), once per period of `audit_checkpoint_secs`: the job's id names the organisation
    /// and the period, so instances racing to queue it queue it once. Returns how many were queued.
    pub async fn schedule_checkpoint_mail(&self) -> AppResult<usize> {
        let now = self.now().0;
        let period = now / self.config.audit_checkpoint_secs.max(3600);
        let mut queued = 0;
        for org in orgs::list_all(&self.db).await? {
            let Some(c) = self.audit_checkpoint(&org.id).await? else { continue };
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
            for email in to {
                let mail = OutgoingMail {
                    to: email.to_string(),
                    subject: t_args(loc, "mail-checkpoint-subject", &args),
                    body: t_args(loc, "mail-checkpoint-body", &args),
                };
                let id = format!("checkpoint:{}:{period}:{email}", org.id);
                let mut tx = self.db.begin().await?;
                if self.enqueue_mail_once(&mut tx, &id, now, &mail).await? {
                    queued += 1;
                }
                tx.commit().await?;
            }
        }
        Ok(queued)
    }
}
