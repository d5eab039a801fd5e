//! Login throttling: after too many failures in a window the account (or source) is
//! locked for a while. Counts live in the database so every instance sees them.

use crate::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    pub max_failures: u32,
    pub window_secs: i64,
    pub lock_secs: i64,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        LockoutPolicy { max_failures: 5, window_secs: 15 * 60, lock_secs: 15 * 60 }
    }
}

impl LockoutPolicy {
    /// Given the failure times of one key (account or address), is it locked at `now`,
    /// and until when?
    pub fn locked_until(&self, now: Timestamp, failures: &[Timestamp]) -> Option<Timestamp> {
        let mut recent: Vec<Timestamp> =
            failures.iter().copied().filter(|t| now.secs_since(*t) < self.window_secs + self.lock_secs).collect();
        recent.sort();
        // Find a run of `max_failures` failures inside one window; the lock starts at the last of them.
        let n = self.max_failures as usize;
        if n == 0 || recent.len() < n {
            return None;
        }
        let mut until = None;
        for w in recent.windows(n) {
            if w[n - 1].secs_since(w[0]) < self.window_secs {
                let end = w[n - 1].plus_secs(self.lock_secs);
                if end > now {
                    until = Some(until.map_or(end, |u: Timestamp| u.max(end)));
                }
            }
        }
        until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_max_failures_and_unlocks_later() {
        let p = LockoutPolicy { max_failures: 3, window_secs: 60, lock_secs: 300 };
        let f = [Timestamp(0), Timestamp(10), Timestamp(20)];
        assert_eq!(p.locked_until(Timestamp(21), &f), Some(Timestamp(320)));
        assert_eq!(p.locked_until(Timestamp(320), &f), None);
        assert_eq!(p.locked_until(Timestamp(21), &f[..2]), None);
    }

    #[test]
    fn failures_spread_out_do_not_lock() {
        let p = LockoutPolicy { max_failures: 3, window_secs: 60, lock_secs: 300 };
        let f = [Timestamp(0), Timestamp(50), Timestamp(100)];
        assert_eq!(p.locked_until(Timestamp(101), &f), None);
    }
}
