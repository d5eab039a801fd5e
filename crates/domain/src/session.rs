//! How long a signed-in session lives.

use crate::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// Signed out after this long without a request.
    pub idle_timeout_secs: i64,
    /// Signed out this long after sign-in, however active.
    pub absolute_lifetime_secs: i64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy { idle_timeout_secs: 30 * 60, absolute_lifetime_secs: 12 * 60 * 60 }
    }
}

impl SessionPolicy {
    pub fn is_live(&self, now: Timestamp, created: Timestamp, last_seen: Timestamp) -> bool {
        now.secs_since(last_seen) < self.idle_timeout_secs
            && now.secs_since(created) < self.absolute_lifetime_secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_and_absolute_limits() {
        let p = SessionPolicy { idle_timeout_secs: 100, absolute_lifetime_secs: 1000 };
        let t0 = Timestamp(0);
        assert!(p.is_live(Timestamp(99), t0, t0));
        assert!(!p.is_live(Timestamp(100), t0, t0));
        assert!(p.is_live(Timestamp(999), t0, Timestamp(950)));
        assert!(!p.is_live(Timestamp(1000), t0, Timestamp(990)));
    }
}
