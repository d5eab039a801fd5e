//! The supplier register: who the organisation buys from, their organisation numbers, status
//! and contacts.

pub mod certificate;
pub mod document;
pub mod org_number;
pub mod supplier;
