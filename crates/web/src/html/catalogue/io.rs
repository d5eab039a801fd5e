//! Import (upload, preview, confirm) and export (OSCAL, CSV, Excel) of catalogues.

use super::*;

/// A catalogue as OSCAL catalog JSON, as a download (recorded in the audit log).
pub async fn export_oscal(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.export_oscal(&a.actor, &id).await {
        Ok(doc) => {
            let name = format!("attachment; filename=\"{}.oscal.json\"", tillit_app::catalogue::io::key_from(&id));
            (
                [(header::CONTENT_TYPE, "application/json".to_string()), (header::CONTENT_DISPOSITION, name)],
                doc.to_string(),
            )
                .into_response()
        }
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "catalogue/catalogue_import.html")]
pub struct ImportPage {
    ctx: Ctx,
    preview: Option<ImportPreviewView>,
    error: Option<String>,
}

pub struct ImportPreviewView {
    pub id: String,
    pub filename: String,
    pub title: String,
    pub areas: usize,
    pub requirements: usize,
    pub nested: usize,
    pub problems: Vec<tillit_app::data::Problem>,
    pub warnings: Vec<tillit_app::data::Problem>,
    pub sample: Vec<(String, String)>,
}

fn preview_view(p: tillit_app::catalogue::io::Preview) -> ImportPreviewView {
    match p.result {
        Ok(c) => ImportPreviewView {
            id: p.id,
            filename: p.filename,
            title: c.title.clone(),
            areas: c.areas.len(),
            requirements: c.requirements.len(),
            nested: c.requirements.iter().filter(|r| r.parent.is_some()).count(),
            problems: vec![],
            sample: c.requirements.iter().take(5).map(|r| (r.reference.clone(), r.title.clone())).collect(),
            warnings: c.warnings,
        },
        Err(problems) => ImportPreviewView {
            id: p.id,
            filename: p.filename,
            title: String::new(),
            areas: 0,
            requirements: 0,
            nested: 0,
            problems,
            warnings: vec![],
            sample: vec![],
        },
    }
}

pub async fn import_form(a: Authed) -> Response {
    if let Err(e) = a.actor.require(tillit_domain::Permission::CatalogueEdit) {
        return fail(a.ctx, e);
    }
    render(&ImportPage { ctx: a.ctx, preview: None, error: None })
}

/// Receives the file and shows the preview; nothing is imported yet.
pub async fn import_upload(State(st): State<AppState>, a: Authed, req: axum::extract::Request) -> Response {
    // The role is checked before the upload is read.
    if let Err(e) = a.actor.require(tillit_domain::Permission::CatalogueEdit) {
        return fail(a.ctx, e);
    }
    use axum::extract::FromRequest;
    let mut form = match axum::extract::Multipart::from_request(req, &st).await {
        Ok(m) => m,
        Err(_) => {
            let error = Some(a.ctx.t("error-no-file"));
            return crate::html::render_status(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                &ImportPage { ctx: a.ctx, preview: None, error },
            );
        }
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_string();
                match field.bytes().await {
                    Ok(b) => file = Some((name, b.to_vec())),
                    Err(_) => break,
                }
            }
            Ok(Some(_)) => {}
            _ => break,
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        let error = Some(a.ctx.t("error-no-file"));
        return crate::html::render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &ImportPage { ctx: a.ctx, preview: None, error },
        );
    };
    let format = tillit_app::catalogue::io::format_of(&name);
    match st.app.preview_import(&a.actor, &name, format, bytes).await {
        Ok(p) => crate::html::see_other(&format!("/catalogues/import/{}", p.id), None),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn import_preview(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.pending_preview(&a.actor, &id).await {
        Ok(p) => {
            let view = preview_view(p);
            let status = if view.problems.is_empty() {
                axum::http::StatusCode::OK
            } else {
                axum::http::StatusCode::UNPROCESSABLE_ENTITY
            };
            crate::html::render_status(status, &ImportPage { ctx: a.ctx, preview: Some(view), error: None })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn import_confirm(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.confirm_import(&a.actor, &id).await {
        Ok(cid) => crate::html::see_other(&format!("/catalogues/{cid}"), Some("notice-imported")),
        Err(e) => fail(a.ctx, e),
    }
}

/// A catalogue as CSV (documented columns), as a download recorded in the audit log.
pub async fn export_csv(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.export_csv(&a.actor, &id).await {
        Ok(bytes) => {
            let name = format!("attachment; filename=\"{}.csv\"", tillit_app::catalogue::io::key_from(&id));
            (
                [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)],
                bytes,
            )
                .into_response()
        }
        Err(e) => fail(a.ctx, e),
    }
}

/// A catalogue as an Excel workbook, as a download recorded in the audit log.
pub async fn export_xlsx(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.export_xlsx(&a.actor, &id).await {
        Ok(bytes) => {
            let name = format!("attachment; filename=\"{}.xlsx\"", tillit_app::catalogue::io::key_from(&id));
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
                    ),
                    (header::CONTENT_DISPOSITION, name),
                ],
                bytes,
            )
                .into_response()
        }
        Err(e) => fail(a.ctx, e),
    }
}
