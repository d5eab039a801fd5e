//! Password rules: long enough, not on the list of common passwords shipped with tillit,
//! not built from the account's own e-mail address.

use thiserror::Error;

pub const MIN_CHARS: usize = 12;
/// Argon2 over megabytes of input is a cheap denial of service; nobody types more than this.
pub const MAX_CHARS: usize = 256;

static COMMON: &str = include_str!("../../../../content/common-passwords.txt");

#[derive(Debug, Error, PartialEq, Eq, Clone, Copy)]
pub enum PasswordProblem {
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
    #[error("too common")]
    TooCommon,
    #[error("contains the e-mail address")]
    ContainsEmail,
}

impl PasswordProblem {
    /// Key of the message in the Fluent files.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::TooCommon => "password-too-common",
            PasswordProblem::ContainsEmail => "password-contains-email",
        }
    }
}

pub fn is_common(password: &str) -> bool {
    let p = password.trim().to_lowercase();
    if p.chars().collect::<std::collections::HashSet<_>>().len() <= 2 {
        return true; // "aaaaaaaaaaaa", "abababababab"
    }
    COMMON.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).any(|l| l == p)
}

pub fn check(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    if is_common(password) {
        return Err(PasswordProblem::TooCommon);
    }
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.len() >= 4 && password.to_lowercase().contains(&local) {
        return Err(PasswordProblem::ContainsEmail);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(check("kort", "a@b.no"), Err(PasswordProblem::TooShort));
        assert_eq!(check("password1234", "a@b.no"), Err(PasswordProblem::TooCommon));
        assert_eq!(check("PASSWORD1234", "a@b.no"), Err(PasswordProblem::TooCommon));
        assert_eq!(check("aaaaaaaaaaaaaaa", "a@b.no"), Err(PasswordProblem::TooCommon));
        assert_eq!(check("kari.nordmann-rocks", "kari.nordmann@x.no"), Err(PasswordProblem::ContainsEmail));
        assert_eq!(check(&"x1".repeat(200), "a@b.no"), Err(PasswordProblem::TooLong));
        assert_eq!(check("blå hest spiser havre", "kari@x.no"), Ok(()));
    }

    #[test]
    fn the_shipped_list_is_not_empty_and_is_lowercase() {
        let entries: Vec<&str> = COMMON.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        assert!(entries.len() > 200, "{}", entries.len());
        for e in entries {
            assert_eq!(e, e.to_lowercase(), "entries are compared lowercased: {e}");
        }
    }
}
