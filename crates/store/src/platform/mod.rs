//! The audit log's chain and the job queue.

pub mod audit_log;
pub mod jobs;
