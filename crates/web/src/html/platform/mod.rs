//! Platform pages: health, readiness and static files, the home page, the audit log.

pub mod audit_log;
pub mod home;
pub mod ops;
