//! tillit's external scanner of a supplier's internet-facing systems: a declared scope in,
//! observations with evidence, findings and a transparent, versioned score out. Read-only
//! probes only, every target address checked against an allowlist before a packet is sent,
//! bounded concurrency and timeouts everywhere. `docs/scoring.md` says every check's exact
//! condition and how points are lost.

pub mod dns;
pub mod dnssec;
pub mod exposure;
pub mod hello;
pub mod http;
pub mod mail;
pub mod model;
pub mod probe;
pub mod protocols;
pub mod report;
pub mod scope;
pub mod score;
pub mod software;
pub mod suites;
pub mod tls;
pub mod web;
pub mod zone_checks;
