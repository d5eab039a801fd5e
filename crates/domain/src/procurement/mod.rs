//! A procurement case from classification to decision: the case and its tier, the
//! requirement set, the frozen tender, bids and their evaluation.

pub mod award;
pub mod bid;
mod case;
pub mod evaluation;
pub mod requirement_set;
pub mod tender;

pub use case::*;
