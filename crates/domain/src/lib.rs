//! tillit's rules: pure types and functions, no IO, no async, no clock reads.
//!
//! Everything here can be tested without a database or a network, and every
//! other crate takes its decisions from here.

pub mod audit;
pub mod bid;
pub mod catalogue;
pub mod clock;
pub mod evaluation;
pub mod ids;
pub mod local_time;
pub mod lockout;
pub mod password;
pub mod procurement;
pub mod requirement_set;
pub mod role;
pub mod search;
pub mod session;
pub mod tender;
pub mod totp;
pub mod versions;

pub use clock::{Clock, Timestamp};
pub use ids::{OrgId, UserId};
pub use role::{Permission, Role};
