//! The one integration-test binary of the web crate. Every scenario runs on SQLite and
//! on PostgreSQL (`both!`).

// Test code: a step that cannot run fails the test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod flows;
mod support;

mod accounts;
mod answer_sheet;
mod api;
mod audit;
mod backup;
mod bids;
mod catalogue;
mod documents;
mod evaluation;
mod i18n;
mod passkeys;
mod permissions;
mod procurement;
mod requirement_set;
mod scale;
mod schemathesis;
mod secrets;
mod security;
mod tenancy;
mod tender;
