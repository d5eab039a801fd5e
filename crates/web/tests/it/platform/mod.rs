//! The audit log, backup, secrets at rest, languages, several instances.

pub mod audit_log;
pub mod backup;
pub mod i18n;
pub mod jobs;
pub mod scale;
pub mod secrets;
