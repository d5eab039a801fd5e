//! Catalogues, ISO/IEC 27002, import and export, search, coverage.

pub mod catalogues;
