//! The procurement API: cases, their published requirement set, bids, judgements and the
//! comparison. Writes go through the same use cases as the pages, so the same rules,
//! permissions and audit log apply.

use super::views;
use super::{ApiActor, ApiError};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use tillit_app::AppError;
use tillit_app::procurement::bids::Invitation;
use tillit_app::procurement::evaluation::JudgementInput;
use tillit_domain::procurement::requirement_set::SetProblem;
use tillit_domain::{BidId, CaseId};

fn body<T>(b: Result<Json<T>, JsonRejection>) -> Result<T, ApiError> {
    b.map(|Json(v)| v).map_err(|_| ApiError(AppError::invalid("body", "error-json")))
}

#[derive(Deserialize)]
pub struct NewCase {
    case_number: String,
    title: String,
    #[serde(default)]
    description: String,
}

pub async fn create_case(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    b: Result<Json<NewCase>, JsonRejection>,
) -> Result<Response, ApiError> {
    let c = body(b)?;
    let id = st.app.create_case(&a, &c.case_number, &c.title, &c.description).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))).into_response())
}

/// The newest published version of the case's set, with its items and hash.
pub async fn published_set(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<CaseId>,
) -> Result<Response, ApiError> {
    let Some(s) = st.app.current_set(&a, &id).await? else {
        return Err(ApiError(AppError::invalid("requirement_set", "error-set-not-published")));
    };
    Ok(Json(json!({ "version": views::SetVersion::from(&s.version), "items": s.items })).into_response())
}

pub async fn bids(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<CaseId>,
) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Bid>(&st.app.bids(&a, &id).await?)).into_response())
}

#[derive(Deserialize)]
pub struct NewBid {
    company: String,
    /// "no" or "se".
    country: String,
    org_number: String,
    email: String,
}

pub async fn invite(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<CaseId>,
    b: Result<Json<NewBid>, JsonRejection>,
) -> Result<Response, ApiError> {
    let n = body(b)?;
    let inv = Invitation { company: &n.company, country: &n.country, org_number: &n.org_number, email: &n.email };
    let bid = st.app.invite_bidder(&a, &id, inv).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": bid }))).into_response())
}

pub async fn bid(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<BidId>,
) -> Result<Response, ApiError> {
    let v = st.app.bid(&a, &id).await?;
    Ok(Json(json!({
        "bid": views::Bid::from(&v.bid),
        "hidden": v.hidden.map(|h| h.as_str()),
        "answers": views::all::<_, views::Answer>(&v.answers),
        "evidence": views::all::<_, views::Evidence>(&v.evidence),
        "certificates": views::all::<_, views::Certificate>(&v.certificates),
    }))
    .into_response())
}

/// The caller's own judgements and the consensus (everyone's, for the lead evaluator).
pub async fn evaluation(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<BidId>,
) -> Result<Response, ApiError> {
    let v = st.app.evaluation(&a, &id).await?;
    Ok(Json(json!({
        "bid_id": v.bid.id,
        "is_lead": v.is_lead,
        "locked": v.locked,
        "mine": views::all::<_, views::Judgement>(v.mine.values()),
        "consensus": views::all::<_, views::Judgement>(v.consensus.values()),
        "all": views::all::<_, views::Judgement>(&v.all),
    }))
    .into_response())
}

#[derive(Deserialize)]
pub struct Judgement {
    requirement_id: String,
    #[serde(default)]
    verdict: Option<String>,
    #[serde(default)]
    score: Option<i64>,
    #[serde(default)]
    justification: String,
}

#[derive(Deserialize)]
pub struct Judgements {
    /// The lead evaluator's consensus instead of the caller's own judgements.
    #[serde(default)]
    consensus: bool,
    judgements: Vec<Judgement>,
}

pub async fn judge(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<BidId>,
    b: Result<Json<Judgements>, JsonRejection>,
) -> Result<Response, ApiError> {
    let j = body(b)?;
    let input: Vec<JudgementInput> = j
        .judgements
        .into_iter()
        .map(|x| JudgementInput {
            requirement_id: x.requirement_id,
            verdict: x.verdict.unwrap_or_default(),
            score: x.score.map(|s| s.to_string()).unwrap_or_default(),
            justification: x.justification,
        })
        .collect();
    let saved = st.app.save_judgements(&a, &id, &input, j.consensus).await?;
    Ok(Json(json!({ "saved": saved })).into_response())
}

pub async fn comparison(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<CaseId>,
) -> Result<Response, ApiError> {
    let c = st.app.comparison(&a, &id).await?;
    let results: Vec<_> = c
        .results
        .iter()
        .map(|r| {
            let company = c.bids.iter().find(|b| b.id == r.bid_id).map(|b| b.company.clone()).unwrap_or_default();
            json!({
                "bid_id": r.bid_id,
                "company": company,
                "rank": r.rank,
                "rejected": r.rejected(),
                "failed_must_requirements": r.failed_musts,
                "weighted_total": r.total,
                "by_area": r.by_area,
                "open": r.open,
                "gaps": c.gaps.get(&r.bid_id),
            })
        })
        .collect();
    Ok(Json(json!({
        "set_hash": c.set_hash,
        "complete": c.complete,
        "signed_off_at": c.case.signed_off_at,
        "results": results,
    }))
    .into_response())
}

pub async fn cases(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    Ok(Json(views::all::<_, views::Case>(&st.app.cases(&a).await?)).into_response())
}

pub async fn case(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<CaseId>,
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
