//! The one integration-test binary of the web crate. Every scenario runs on SQLite and
//! on PostgreSQL (`both!`).

// Test code: a step that cannot run fails the test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod flows;
mod support;

mod api;
mod api_schema;
mod catalogue;
mod identity;
mod permissions;
mod platform;
mod procurement;
mod schemathesis;
mod security;
mod suppliers;
mod tenancy;
