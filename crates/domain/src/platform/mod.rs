//! What every area stands on: ids, the clock and local time, the audit log's chain, search.

pub mod audit_action;
pub mod audit_log;
pub mod clock;
pub mod ids;
pub mod local_time;
pub mod schedule;
pub mod search;
