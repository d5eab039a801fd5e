//! Catalogue operations: catalogues, requirements, ISO/IEC 27002 controls, search, coverage.

use super::{ApiActor, ApiError, query, views};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

pub async fn catalogues(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Catalogue>(&st.app.catalogues(&a).await?)).into_response())
}

pub async fn catalogue(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let v = st.app.catalogue(&a, &id).await?;
    Ok(Json(json!({
        "catalogue": views::Catalogue::from(&v.catalogue),
        "areas": views::all::<_, views::Area>(&v.areas),
        "requirements": views::all::<_, views::Requirement>(&v.requirements),
    }))
    .into_response())
}

pub async fn requirement(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let v = st.app.requirement(&a, &id).await?;
    let mappings: Vec<_> = v
        .mappings
        .into_iter()
        .map(|(m, c)| json!({ "mapping": views::Mapping::from(&m), "control": views::Control::from(&c) }))
        .collect();
    let citations: Vec<_> =
        v.citations.into_iter().map(|(c, to)| json!({ "reference": c, "corresponds_to_2022": to })).collect();
    Ok(Json(json!({
        "requirement": views::Requirement::from(&v.requirement),
        "references": v.requirement.references(),
        "catalogue_id": v.catalogue.id,
        "mappings": mappings,
        "citations": citations,
    }))
    .into_response())
}

pub async fn iso_controls(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Control>(&st.app.iso_controls(&a).await?)).into_response())
}

pub async fn iso_control(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let v = st.app.iso_control(&a, &id).await?;
    let predecessors: Vec<_> = v.predecessors.into_iter().map(|(id, t)| json!({ "id": id, "title_en": t })).collect();
    Ok(Json(json!({
        "control": views::Control::from(&v.control),
        "iso_27002_2013": predecessors,
        "covered_by": views::all::<_, views::Covering>(&v.covered_by),
    }))
    .into_response())
}

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    catalogue: Option<String>,
    theme: Option<String>,
    attribute: Option<String>,
    limit: Option<i64>,
}

pub async fn search(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    q: Result<Query<SearchQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let f = tillit_app::data::SearchFilter {
        catalogue_id: q.catalogue,
        area: None,
        theme: q.theme,
        attribute: q.attribute.map(|s| s.trim_start_matches('#').to_string()),
        limit: q.limit.unwrap_or(50).clamp(1, 500),
    };
    Ok(Json(views::all::<_, views::Requirement>(&st.app.search_requirements(&a, &q.q, &f).await?)).into_response())
}

pub async fn coverage(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Covering>(&st.app.coverage(&a).await?)).into_response())
}
