//! The JSON API under `/api/v1`. Authenticated by personal API tokens only (never by the
//! session cookie, so no browser can be made to call it). Documented in `openapi.json`.

use crate::error::status_of;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tillit_app::data::AuditFilter;
use tillit_app::{Actor, AppError};
use tillit_domain::procurement::requirement_set::SetProblem;
use tillit_domain::{Permission, Role, UserId};

pub mod procurement;
pub mod views;

pub const OPENAPI: &str = include_str!("openapi.json");

pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status_of(&self.0);
        let body = match &self.0 {
            AppError::Invalid { field, key } => {
                json!({ "error": "invalid", "field": field, "message": key })
            }
            AppError::NotFound => json!({ "error": "not_found" }),
            AppError::Forbidden => json!({ "error": "forbidden" }),
            AppError::Unauthenticated => json!({ "error": "unauthenticated" }),
            e => {
                tracing::error!(error = %e, "api request failed");
                json!({ "error": "internal" })
            }
        };
        let mut res = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        }
        res
    }
}

/// The caller behind `Authorization: Bearer tillit_…`.
pub struct ApiActor(pub Actor);

impl FromRequestParts<AppState> for ApiActor {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let token = crate::guard::bearer_token(&parts.headers).ok_or(ApiError(AppError::Unauthenticated))?;
        match st.app.actor_for_api_token(token).await? {
            Some(a) => Ok(ApiActor(a)),
            None => Err(ApiError(AppError::Unauthenticated)),
        }
    }
}

/// A query string that does not fit the operation's parameters is 422 JSON, as a bad body is.
fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(v)| v).map_err(|_| ApiError(AppError::invalid("query", "error-query")))
}

pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

pub async fn me(ApiActor(a): ApiActor) -> Json<serde_json::Value> {
    Json(json!({
        "user_id": a.user_id,
        "email": a.email,
        "organisation_id": a.org_id,
        "role": a.role,
        "permissions": a.role.permissions(),
    }))
}

pub async fn organisation(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::Organisation::from(&st.app.organisation(&a).await?)).into_response())
}

pub async fn members(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Member>(&st.app.members(&a).await?)).into_response())
}

pub async fn member(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    Ok(Json(views::Member::from(&st.app.member(&a, &UserId(id)).await?)).into_response())
}

pub async fn permissions(ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    a.require(Permission::ViewPermissionMatrix)?;
    let matrix: serde_json::Map<String, serde_json::Value> =
        Role::ALL.iter().map(|r| (r.as_str().to_string(), json!(r.permissions()))).collect();
    Ok(Json(json!({ "roles": matrix, "permissions": Permission::ALL })).into_response())
}

#[derive(Deserialize)]
pub struct AuditQuery {
    action: Option<String>,
    actor: Option<String>,
    object: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
    limit: Option<i64>,
    offset: Option<i64>,
}

pub async fn audit_events(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query(q)?;
    let f = AuditFilter {
        action: q.action,
        actor: q.actor,
        object: q.object,
        from: q.from,
        to: q.to,
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
        offset: q.offset.unwrap_or(0).max(0),
    };
    Ok(Json(st.app.audit_search(&a, &f).await?).into_response())
}

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

pub async fn cases(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Case>(&st.app.cases(&a).await?)).into_response())
}

pub async fn case(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let v = st.app.case(&a, &id).await?;
    let set = st.app.requirement_set(&a, &id).await?;
    let versions = st.app.set_versions(&a, &id).await?;
    let reasons: Vec<_> = v.reasons.iter().map(|r| json!({ "key": r.key, "tier": r.tier })).collect();
    Ok(Json(json!({
        "case": views::Case::from(&v.case),
        "classification": v.case.classification(),
        "tier": v.tier,
        "computed_tier": v.computed,
        "reasons": reasons,
        "requirement_set": {
            "must": set.must,
            "award": set.award,
            "award_weight_sum": set.award_sum,
            "weights_ok": !matches!(set.problem, Some(SetProblem::Weights(_))),
            "ready_to_publish": set.problem.is_none(),
            "items": views::all::<_, views::SetItem>(&set.items),
        },
        "published_versions": views::all::<_, views::SetVersion>(&versions),
    }))
    .into_response())
}
