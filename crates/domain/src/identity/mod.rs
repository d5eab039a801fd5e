//! People and their access: passwords, second factors, sessions, lockout, roles.

pub mod lockout;
pub mod password;
pub mod role;
pub mod session;
pub mod totp;
