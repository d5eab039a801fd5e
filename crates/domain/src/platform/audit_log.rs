//! The audit log's hash chain. Each organisation has its own chain (instance-level
//! events use the chain [`SYSTEM_CHAIN`]); every record carries the hash of the record
//! before it and the hash of its own canonical content. Verification names the first
//! record that was altered, deleted, inserted or moved.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const SYSTEM_CHAIN: &str = "system";
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl FieldChange {
    pub fn new(field: &str, old: Option<&str>, new: Option<&str>) -> Self {
        FieldChange { field: field.into(), old: old.map(Into::into), new: new.map(Into::into) }
    }
}

/// What happened, before it is placed in a chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: i64,
    pub actor_id: Option<String>,
    /// Who it was in words (e-mail, "setup link", "api token …"), kept even if the user is deleted.
    pub actor_label: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub changes: Vec<FieldChange>,
}

/// A stored record: the event plus its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub chain: String,
    pub seq: i64,
    pub event: AuditEvent,
    pub prev_hash: String,
    pub hash: String,
}

/// The content that is hashed. Field order is fixed by this struct's declaration, so the
/// JSON is canonical. The chain id is inside, so a record cannot be moved to another
/// organisation's chain.
#[derive(Serialize)]
struct Canonical<'a> {
    v: u8,
    chain: &'a str,
    at: i64,
    actor_id: &'a Option<String>,
    actor_label: &'a str,
    action: &'a str,
    object_type: &'a str,
    object_id: &'a str,
    changes: &'a [FieldChange],
}

pub fn record_hash(chain: &str, prev_hash: &str, e: &AuditEvent) -> String {
    let c = Canonical {
        v: 1,
        chain,
        at: e.at,
        actor_id: &e.actor_id,
        actor_label: &e.actor_label,
        action: &e.action,
        object_type: &e.object_type,
        object_id: &e.object_id,
        changes: &e.changes,
    };
    // Serialising plain strings and integers cannot fail.
    let body = serde_json::to_vec(&c).unwrap_or_default();
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(&body);
    hex::encode(h.finalize())
}

/// Places an event after `prev` (seq, hash) in `chain`.
pub fn append(chain: &str, prev: Option<(i64, &str)>, event: AuditEvent) -> AuditRecord {
    let (seq, prev_hash) = match prev {
        Some((s, h)) => (s + 1, h.to_string()),
        None => (1, GENESIS.to_string()),
    };
    let hash = record_hash(chain, &prev_hash, &event);
    AuditRecord { chain: chain.into(), seq, event, prev_hash, hash }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakKind {
    /// The record's content no longer matches its hash.
    Altered,
    /// A record is missing before this one (or, at the end, after the last one).
    Deleted,
    /// This record does not belong: the next record links past it.
    Inserted,
    /// This record links to a record that comes later: the order was changed.
    Reordered,
    /// The organisation exists but its chain (records and head) is gone.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainBreak {
    pub chain: String,
    /// The sequence number of the first record found broken.
    pub seq: i64,
    pub kind: BreakKind,
}

impl std::fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            BreakKind::Altered => "was altered",
            BreakKind::Deleted => "follows a deleted record",
            BreakKind::Inserted => "was inserted",
            BreakKind::Reordered => "was moved out of order",
            BreakKind::Missing => {
                return write!(
                    f,
                    "chain {}: missing (the organisation exists, its records and head are gone)",
                    self.chain
                );
            }
        };
        write!(f, "chain {}: record {} {}", self.chain, self.seq, what)
    }
}

/// Verifies one chain. `records` must be in stored sequence order; `head` is the
/// (seq, hash) the database recorded as the chain's end when the last record was appended.
pub fn verify_chain(chain: &str, records: &[AuditRecord], head: Option<(i64, &str)>) -> Result<(), ChainBreak> {
    let brk = |seq, kind| Err(ChainBreak { chain: chain.into(), seq, kind });
    let mut prev = GENESIS.to_string();
    for (i, r) in records.iter().enumerate() {
        let content_ok = r.chain == chain && record_hash(chain, &r.prev_hash, &r.event) == r.hash;
        if r.prev_hash != prev {
            // Linking to a record that comes later means the order was changed.
            if records[i + 1..].iter().any(|later| later.hash == r.prev_hash) {
                return brk(r.seq, BreakKind::Reordered);
            }
            // An inserted record with a forged link: the next one still links to `prev`,
            // or the recorded head of the chain is the record before it.
            if records.get(i + 1).is_some_and(|n| n.prev_hash == prev)
                || head.is_some_and(|(hs, hh)| hh == prev && r.seq > hs)
            {
                return brk(r.seq, BreakKind::Inserted);
            }
            // A record inserted with a correct link: this one links to the one before it.
            if i >= 2 && r.prev_hash == records[i - 2].hash {
                return brk(records[i - 1].seq, BreakKind::Inserted);
            }
            if i == 1 && r.prev_hash == GENESIS {
                return brk(records[0].seq, BreakKind::Inserted);
            }
            if !content_ok {
                return brk(r.seq, BreakKind::Altered);
            }
            return brk(r.seq, BreakKind::Deleted);
        }
        if !content_ok {
            return brk(r.seq, BreakKind::Altered);
        }
        let expected_seq = i as i64 + 1;
        if r.seq != expected_seq {
            // Linked correctly but numbered with a gap: numbers were edited.
            return brk(r.seq, if r.seq > expected_seq { BreakKind::Deleted } else { BreakKind::Inserted });
        }
        prev = r.hash.clone();
    }
    let last = records.last().map(|r| (r.seq, r.hash.as_str()));
    match (head, last) {
        (None, None) => Ok(()),
        (Some((hs, hh)), Some((ls, lh))) if hs == ls && hh == lh => Ok(()),
        (Some((hs, _)), Some((ls, _))) if hs < ls => brk(hs + 1, BreakKind::Inserted),
        (Some((hs, _)), _) => brk(hs, BreakKind::Deleted),
        (None, Some(_)) => brk(1, BreakKind::Inserted),
    }
}

/// A signed statement that `chain` had `seq` records ending in `hash` at time `at`. Kept
/// outside the database (the log, backups, reports, auditors' mail), it lets a later
/// verification notice a chain that was rewritten consistently or removed: the witnessed
/// record must still be there with the same hash. The signature is by a key outside the
/// database, so a checkpoint cannot be forged from a copy of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Always [`CHECKPOINT_FORMAT`]; lets a reader find checkpoints in any text.
    pub checkpoint: String,
    pub chain: String,
    pub seq: i64,
    pub hash: String,
    pub at: i64,
    /// The signing key's public half (Ed25519, hex).
    pub key: String,
    pub signature: String,
}

pub const CHECKPOINT_FORMAT: &str = "tillit-audit-checkpoint/1";

/// The exact bytes a checkpoint's signature covers.
pub fn checkpoint_message(chain: &str, seq: i64, hash: &str, at: i64) -> Vec<u8> {
    format!("{CHECKPOINT_FORMAT}\n{chain}\n{seq}\n{hash}\n{at}").into_bytes()
}

/// What a witnessed checkpoint says about the chain as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WitnessVerdict {
    /// The witnessed record is still in the chain with the witnessed hash.
    Holds,
    /// The signature is not this instance's key over these values.
    BadSignature,
    /// The chain no longer has the witnessed record.
    RecordGone,
    /// The record at the witnessed place has another hash: the chain was rewritten.
    Rewritten,
}

/// Judges one checkpoint against the chain's records as stored (in sequence order).
/// `signature_ok` is whether the signature verified.
pub fn judge_checkpoint(c: &Checkpoint, signature_ok: bool, records: &[AuditRecord]) -> WitnessVerdict {
    if !signature_ok || c.checkpoint != CHECKPOINT_FORMAT {
        return WitnessVerdict::BadSignature;
    }
    match records.iter().find(|r| r.seq == c.seq) {
        None => WitnessVerdict::RecordGone,
        Some(r) if r.hash != c.hash || r.chain != c.chain => WitnessVerdict::Rewritten,
        Some(_) => WitnessVerdict::Holds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ev(i: i64) -> AuditEvent {
        AuditEvent {
            at: 1_700_000_000 + i,
            actor_id: Some(format!("u{}", i % 3)),
            actor_label: format!("user{}@kommune.no", i % 3),
            action: "user.update".into(),
            object_type: "user".into(),
            object_id: format!("obj{i}"),
            changes: vec![FieldChange::new("role", Some("auditor"), Some(&format!("r{i}")))],
        }
    }

    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut out: Vec<AuditRecord> = Vec::new();
        for i in 0..n {
            let prev = out.last().map(|r| (r.seq, r.hash.clone()));
            out.push(append("org1", prev.as_ref().map(|(s, h)| (*s, h.as_str())), ev(i)));
        }
        out
    }

    fn head(c: &[AuditRecord]) -> Option<(i64, &str)> {
        c.last().map(|r| (r.seq, r.hash.as_str()))
    }

    #[test]
    fn intact_chain_verifies() {
        let c = chain(5);
        assert_eq!(verify_chain("org1", &c, head(&c)), Ok(()));
        assert_eq!(verify_chain("org1", &[], None), Ok(()));
    }

    #[test]
    fn a_consistent_rewrite_is_caught_only_by_a_witnessed_checkpoint() {
        let c = chain(5);
        let cp = Checkpoint {
            checkpoint: CHECKPOINT_FORMAT.into(),
            chain: "org1".into(),
            seq: 4,
            hash: c[3].hash.clone(),
            at: 0,
            key: String::new(),
            signature: String::new(),
        };
        assert_eq!(judge_checkpoint(&cp, true, &c), WitnessVerdict::Holds);
        assert_eq!(judge_checkpoint(&cp, false, &c), WitnessVerdict::BadSignature);
        // Record 2 changed and every later hash recomputed: the chain verifies…
        let mut rewritten: Vec<AuditRecord> = vec![];
        for (i, r) in c.iter().enumerate() {
            let mut e = r.event.clone();
            if i == 1 {
                e.changes[0].new = Some("rewritten".into());
            }
            let prev = rewritten.last().map(|r| (r.seq, r.hash.clone()));
            rewritten.push(append("org1", prev.as_ref().map(|(s, h)| (*s, h.as_str())), e));
        }
        assert_eq!(verify_chain("org1", &rewritten, head(&rewritten)), Ok(()));
        // …but not the checkpoint.
        assert_eq!(judge_checkpoint(&cp, true, &rewritten), WitnessVerdict::Rewritten);
        assert_eq!(judge_checkpoint(&cp, true, &rewritten[..3]), WitnessVerdict::RecordGone);
    }

    #[test]
    fn records_cannot_move_between_chains() {
        let c = chain(3);
        let e = verify_chain("org2", &c, head(&c)).unwrap_err();
        assert_eq!((e.seq, e.kind), (1, BreakKind::Altered));
    }

    proptest! {
        #[test]
        fn altered_record_is_named(n in 2i64..30, k in 0usize..30) {
            let mut c = chain(n);
            let k = k % c.len();
            let h = head(&c).map(|(s, h)| (s, h.to_string()));
            c[k].event.changes[0].new = Some("tampered".into());
            let e = verify_chain("org1", &c, h.as_ref().map(|(s, h)| (*s, h.as_str()))).unwrap_err();
            prop_assert_eq!((e.seq, e.kind), (k as i64 + 1, BreakKind::Altered));
        }

        #[test]
        fn deleted_record_is_named(n in 2i64..30, k in 0usize..30, renumber in any::<bool>()) {
            let mut c = chain(n);
            let k = k % c.len();
            let h = head(&c).map(|(s, h)| (s, h.to_string()));
            c.remove(k);
            if renumber {
                for (i, r) in c.iter_mut().enumerate() { r.seq = i as i64 + 1; }
            }
            let e = verify_chain("org1", &c, h.as_ref().map(|(s, h)| (*s, h.as_str()))).unwrap_err();
            prop_assert_eq!(e.kind, BreakKind::Deleted);
            // The first record after the hole, or the end of the chain.
            prop_assert_eq!(e.seq, if k as i64 == n - 1 { n } else if renumber { k as i64 + 1 } else { k as i64 + 2 });
        }

        #[test]
        fn inserted_record_is_named(n in 2i64..30, k in 0usize..30, forge_link in any::<bool>()) {
            let mut c = chain(n);
            let k = k % (c.len() + 1);
            let h = head(&c).map(|(s, h)| (s, h.to_string()));
            let prev_hash = if k == 0 { GENESIS.to_string() } else { c[k - 1].hash.clone() };
            let mut fake = append("org1", None, ev(99));
            fake.prev_hash = if forge_link { prev_hash.clone() } else { "ab".repeat(32) };
            fake.hash = record_hash("org1", &fake.prev_hash, &fake.event);
            c.insert(k, fake);
            for (i, r) in c.iter_mut().enumerate() { r.seq = i as i64 + 1; }
            let e = verify_chain("org1", &c, h.as_ref().map(|(s, h)| (*s, h.as_str()))).unwrap_err();
            prop_assert_eq!((e.seq, e.kind), (k as i64 + 1, BreakKind::Inserted));
        }

        #[test]
        fn swapped_records_are_named(n in 2i64..30, k in 0usize..30) {
            let mut c = chain(n);
            let k = k % (c.len() - 1);
            let h = head(&c).map(|(s, h)| (s, h.to_string()));
            c.swap(k, k + 1);
            c[k].seq = k as i64 + 1;
            c[k + 1].seq = k as i64 + 2;
            let e = verify_chain("org1", &c, h.as_ref().map(|(s, h)| (*s, h.as_str()))).unwrap_err();
            prop_assert_eq!((e.seq, e.kind), (k as i64 + 1, BreakKind::Reordered));
        }
    }
}
