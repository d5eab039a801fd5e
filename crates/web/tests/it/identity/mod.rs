//! Accounts, sign-in, MFA, members, passkeys.

pub mod accounts;
pub mod passkeys;
