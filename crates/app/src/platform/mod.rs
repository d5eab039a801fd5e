//! What every area stands on: the audit log and its witness, the job queue and mail,
//! languages, secrets and the key file, housekeeping.

pub mod audit_log;
pub mod audit_page;
pub mod audit_witness;
pub mod housekeeping;
pub mod i18n;
pub mod jobs;
pub mod keys;
pub mod mail;
pub mod secrets;
