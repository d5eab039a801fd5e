//! Identity pages: setup, sign-in, reset and invitations, the profile, passkeys, members.

pub mod admin;
pub mod auth;
pub mod passkeys;
pub mod profile;
