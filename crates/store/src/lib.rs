//! Storage: one `Db` over SQLite or PostgreSQL, each query written once and run on
//! either; embedded migrations for both; repositories that always take the organisation.

pub mod audit;
pub mod backup;
pub mod bids;
pub mod catalogue;
pub mod db;
pub mod evaluation;
pub mod files;
pub mod migrate;
pub mod procurement;
pub mod repo;
pub mod requirement_set;
pub mod tender;

pub use db::{Arg, Backend, Db, StoreError, Tx};
pub use files::{create_private, private_dir, private_file};
