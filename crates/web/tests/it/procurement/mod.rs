//! Cases, the requirement set, tender versions, bidders and the portal, documents, evaluation.

pub mod answer_sheet;
pub mod bids;
pub mod cases;
pub mod certificates;
pub mod documents;
pub mod evaluation;
pub mod form_errors;
pub mod grid;
pub mod portal;
pub mod requirement_set;
pub mod sealed;
pub mod signed;
pub mod tender;
