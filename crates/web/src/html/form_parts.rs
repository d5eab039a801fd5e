//! A form as sent, URL-encoded or multipart: text fields and files in the order they came.

use crate::state::AppState;
use axum::extract::FromRequest;
use axum::http::header;
use tillit_app::AppError;

/// A form field: text, or a file with its name.
pub(crate) enum Part {
    Text(String),
    File(String, Vec<u8>),
}

pub(crate) struct Fields(pub(crate) Vec<(String, Part)>);

impl Fields {
    pub(crate) fn text(&self, name: &str) -> String {
        self.0
            .iter()
            .find_map(|(k, p)| match p {
                Part::Text(v) if k == name => Some(v.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }
    pub(crate) fn texts(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter_map(|(k, p)| match p {
                Part::Text(v) if k == name => Some(v.clone()),
                _ => None,
            })
            .collect()
    }
    /// Non-empty files under `name`.
    pub(crate) fn files(&self, name: &str) -> Vec<(String, Vec<u8>)> {
        self.0
            .iter()
            .filter_map(|(k, p)| match p {
                Part::File(f, b) if k == name && !(f.is_empty() && b.is_empty()) => Some((f.clone(), b.clone())),
                _ => None,
            })
            .collect()
    }
}

/// Reads a multipart or URL-encoded body. A multipart body that cannot be read is an upload
/// that ran past the limit (the guard stops it there).
pub(crate) async fn read_fields(st: &AppState, req: axum::extract::Request) -> Result<Fields, AppError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let axum::Form(f) = axum::Form::<Vec<(String, String)>>::from_request(req, st)
            .await
            .map_err(|_| AppError::invalid("form", "error-form-unreadable"))?;
        return Ok(Fields(f.into_iter().map(|(k, v)| (k, Part::Text(v))).collect()));
    }
    let mut form = axum::extract::Multipart::from_request(req, st)
        .await
        .map_err(|_| AppError::invalid("form", "error-form-unreadable"))?;
    let mut out = vec![];
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                let file = field.file_name().map(str::to_string);
                let bytes = field.bytes().await.map_err(|_| AppError::invalid("file", "error-evidence-too-large"))?;
                match file {
                    Some(f) => out.push((name, Part::File(f, bytes.to_vec()))),
                    None => out.push((name, Part::Text(String::from_utf8_lossy(&bytes).into_owned()))),
                }
            }
            Ok(None) => break,
            Err(_) => return Err(AppError::invalid("file", "error-evidence-too-large")),
        }
    }
    Ok(Fields(out))
}

impl Fields {
    /// The text fields as pairs, for a refused form shown again as typed.
    pub(crate) fn pairs(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter_map(|(k, p)| match p {
                Part::Text(v) => Some((k.clone(), v.clone())),
                Part::File(..) => None,
            })
            .collect()
    }
}
