//! A procurement case: classification, requirement set, tender versions, bidders and the
//! supplier portal, the annex, evaluation and the decision report.

pub mod annex;
pub mod annex_docs;
pub mod areas;
pub mod award;
pub mod bids;
pub mod case_page;
mod cases;
pub mod decision;
pub mod evaluation;
pub mod evaluation_page;
pub mod grid;
pub mod opening;
pub mod portal;
pub mod portal_pdf;
pub mod report;
pub mod requirement_set;
pub mod returned_sheets;
pub mod set_history;
pub mod standings;
pub mod tender;

pub use cases::*;
