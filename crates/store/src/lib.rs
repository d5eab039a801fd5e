//! Storage: one `Db` over SQLite or PostgreSQL, each query written once and run on
//! either; embedded migrations for both; repositories that always take the organisation.
//! Areas are folders, named alike in every layer: `platform`, `identity`, `catalogue`,
//! `procurement`, `suppliers`, `contracts`.

pub mod backup;
pub mod catalogue;
pub mod contracts;
pub mod db;
pub mod files;
pub mod identity;
pub mod migrate;
pub mod platform;
pub mod procurement;
pub mod suppliers;

pub use db::{Arg, Backend, Db, StoreError, Tx};
pub use files::{create_private, private_dir, private_file};
