//! tillit's rules: pure types and functions, no IO, no async, no clock reads.
//!
//! Everything here can be tested without a database or a network, and every
//! other crate takes its decisions from here. Areas are folders, named alike in
//! every layer: `platform`, `identity`, `catalogue`, `procurement`, `suppliers`, `contracts`.

pub mod catalogue;
pub mod contracts;
pub mod identity;
pub mod platform;
pub mod procurement;
pub mod suppliers;

pub use identity::role::{Permission, Role};
pub use platform::clock::{Clock, Timestamp};
pub use platform::ids::{BidId, CaseId, ContractId, OrgId, SupplierId, UserId};
