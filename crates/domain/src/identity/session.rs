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
        now.secs_since(last_seen) < self.idle_timeout_secs && now.secs_since(created) < self.absolute_lifetime_secs
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

/// Where a signed-in session stands with the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MfaState {
    /// Nothing more to do.
    Satisfied,
    /// The user has a factor and must use it before anything else.
    NeedsVerification,
    /// The role or the organisation demands a factor the user has not set up yet:
    /// only enrolment is open until they do.
    NeedsEnrolment,
}

/// `required` is true for administrators and in organisations that demand MFA of everyone.
pub fn mfa_state(verified_this_session: bool, has_factor: bool, required: bool) -> MfaState {
    match (verified_this_session, has_factor, required) {
        (true, _, _) => MfaState::Satisfied,
        (false, true, _) => MfaState::NeedsVerification,
        (false, false, true) => MfaState::NeedsEnrolment,
        (false, false, false) => MfaState::Satisfied,
    }
}

#[cfg(test)]
mod mfa_tests {
    use super::*;

    #[test]
    fn a_user_with_a_factor_always_uses_it() {
        assert_eq!(mfa_state(false, true, false), MfaState::NeedsVerification);
        assert_eq!(mfa_state(false, false, true), MfaState::NeedsEnrolment);
        assert_eq!(mfa_state(false, false, false), MfaState::Satisfied);
        assert_eq!(mfa_state(true, true, true), MfaState::Satisfied);
    }
}
