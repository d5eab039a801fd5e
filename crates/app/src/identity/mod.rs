//! Accounts and access: setup, sign-in, sessions, passwords, MFA, passkeys, API tokens,
//! members and their roles.

pub mod accounts;
pub mod api_tokens;
pub mod members;
pub mod mfa;
pub mod passkey;
