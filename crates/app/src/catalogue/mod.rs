//! The catalogues: browsing and search, editing and versions, import and export, the
//! organisation's requirement levels.

mod browse;
pub mod coverage;
pub mod edit;
pub mod io;
pub mod levels;

pub use browse::*;
