//! The requirement catalogues and ISO/IEC 27002: the model, its checks, its versions.

mod model;
pub mod versions;

pub use model::*;
