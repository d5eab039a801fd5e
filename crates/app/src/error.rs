use thiserror::Error;
use tillit_store::StoreError;

/// What can go wrong in a use case. The web layer turns each into a status and a message;
/// `Invalid` names the field and the Fluent key of the message.
#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    Unauthenticated,
    #[error("{field}: {key}")]
    Invalid {
        field: &'static str,
        key: &'static str,
        /// Where, when one form holds many of the same field (a requirement's reference).
        at: Option<String>,
    },
    /// Too many failed attempts from this source; try again later.
    #[error("too many attempts")]
    TooManyAttempts,
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// What was there no longer is (a link past its deadline, or withdrawn); the key says which.
    #[error("gone: {0}")]
    Gone(&'static str),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn invalid(field: &'static str, key: &'static str) -> AppError {
        AppError::Invalid { field, key, at: None }
    }

    /// The same error, naming where on the form it is.
    pub fn at(self, place: &str) -> AppError {
        match self {
            AppError::Invalid { field, key, .. } => AppError::Invalid { field, key, at: Some(place.to_string()) },
            e => e,
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
