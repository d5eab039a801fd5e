//! The web layer: HTML pages for people, a JSON API for machines, both thin over the
//! use cases in `tillit-app`. Security headers, CSRF and sessions are enforced here.

pub mod api;
pub mod ctx;
pub mod error;
pub mod guard;
pub mod html;
pub mod routes;
pub mod security;
pub mod server;
pub mod state;

pub use routes::router;
pub use state::{AppState, WebConfig};
