//! Contracts with suppliers: terms, framework and call-off, dates and the status they give;
//! the data processing agreement and the chain of sub-processors.

pub mod contract;
pub mod dpa;
pub mod service;
pub mod sub_processor;
