//! Procurement pages: cases, the requirement set, tender versions, bidders and documents,
//! evaluation, the supplier portal.

pub mod award;
pub mod bids;
pub mod cases;
pub mod evaluation;
pub mod grid;
pub mod portal;
pub mod portal_form;
pub mod refusal;
pub mod requirement_set;
pub mod tender;
