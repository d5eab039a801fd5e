//! What the comparison computes from every submitted bid's answer statuses and consensus —
//! for a long set thousands of rows — kept per case while it is still true. Every change to a
//! bid's answers or consensus bumps the bid's `standing` in the same transaction, so the bid
//! rows a page reads anyway say whether the kept result is stale. Each server keeps its own,
//! for at most `KEPT` cases, the least recently used going first.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tillit_domain::procurement::bid::AnswerStatus;
use tillit_domain::procurement::evaluation::{BidResult, Judgement};
use tillit_store::procurement::bids::BidRow;

/// How many cases' standings a server keeps (a 10 × 1,209 case takes about 2 MB).
pub const KEPT: usize = 32;

/// Per bid and requirement, what the comparison needs; shared, never copied.
#[derive(Clone)]
pub struct Standings {
    pub consensus: Arc<BTreeMap<String, BTreeMap<String, Judgement>>>,
    pub statuses: Arc<BTreeMap<String, BTreeMap<String, AnswerStatus>>>,
    /// Ranked: by rank, then by total.
    pub results: Arc<Vec<BidResult>>,
    pub gaps: Arc<BTreeMap<String, Vec<String>>>,
    pub complete: bool,
}

/// What the standings were computed from: the published version and each submitted bid with
/// its standing counter.
#[derive(Clone, PartialEq, Eq)]
pub struct Stamp {
    version: String,
    bids: Vec<(String, i64)>,
}

impl Stamp {
    pub fn of(version: &str, submitted: &[BidRow]) -> Stamp {
        Stamp { version: version.to_string(), bids: submitted.iter().map(|b| (b.id.0.clone(), b.standing)).collect() }
    }
}

struct Entry {
    stamp: Stamp,
    used: u64,
    standings: Standings,
}

#[derive(Default)]
pub struct StandingsCache {
    entries: Mutex<HashMap<String, Entry>>,
    clock: AtomicU64,
}

impl StandingsCache {
    /// The kept standings of `case` when they were computed from `stamp`.
    pub fn get(&self, case: &str, stamp: &Stamp) -> Option<Standings> {
        let used = self.clock.fetch_add(1, Ordering::Relaxed);
        let mut entries = self.entries.lock().ok()?;
        let e = entries.get_mut(case).filter(|e| &e.stamp == stamp)?;
        e.used = used;
        Some(e.standings.clone())
    }

    pub fn put(&self, case: &str, stamp: Stamp, standings: Standings) {
        let used = self.clock.fetch_add(1, Ordering::Relaxed);
        // A poisoned lock only means a panic elsewhere mid-update: keeping nothing is safe.
        let Ok(mut entries) = self.entries.lock() else { return };
        if entries.len() >= KEPT && !entries.contains_key(case) {
            let oldest = entries.iter().min_by_key(|(_, e)| e.used).map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                entries.remove(&k);
            }
        }
        entries.insert(case.to_string(), Entry { stamp, used, standings });
    }
}
