//! Procurement cases, their requirement sets and frozen versions, bids and evaluation.

pub mod bids;
mod cases;
pub mod decision;
pub mod evaluation;
pub mod requirement_set;
pub mod tender;

pub use cases::*;
