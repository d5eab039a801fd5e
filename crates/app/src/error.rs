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
        /// The message's arguments (an organisation number's expected check digit, say).
        args: Vec<(&'static str, String)>,
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
        AppError::Invalid { field, key, at: None, args: vec![] }
    }

    /// An invalid field whose message takes arguments.
    pub fn invalid_with(field: &'static str, key: &'static str, args: Vec<(&'static str, String)>) -> AppError {
        AppError::Invalid { field, key, at: None, args }
    }

    /// The same error, naming where on the form it is.
    pub fn at(self, place: &str) -> AppError {
        match self {
            AppError::Invalid { field, key, args, .. } => {
                AppError::Invalid { field, key, at: Some(place.to_string()), args }
            }
            e => e,
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
