//! The award page: the winner and the ranking of a signed-off evaluation, confirmed by the
//! buyer; afterwards the decision and the end of the standstill period.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::procurement::award::points;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::{BidId, CaseId};

#[derive(Template)]
#[template(path = "procurement/award.html")]
pub struct AwardPage {
    ctx: Ctx,
    case_id: String,
    case_title: String,
    /// (bid id, company) of the winner, when there is one.
    winner: Option<(String, String)>,
    /// (rank or "–", company, points or "rejected: …")
    ranking: Vec<(String, String, String)>,
    awarded: Option<String>,
    standstill: String,
    can_award: bool,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    let p = match st.app.award_proposal(&a.actor, &id).await {
        Ok(p) => p,
        Err(e) => return fail(a.ctx, e),
    };
    let loc = a.ctx.loc;
    let ranking = p
        .ranking
        .iter()
        .map(|r| {
            let score = if r.failed.is_empty() {
                points(loc, r.total)
            } else {
                format!("{}: {}", a.ctx.t("bid-rejected"), r.failed.join(", "))
            };
            (r.rank.map_or("–".into(), |n| n.to_string()), r.bid.company.clone(), score)
        })
        .collect();
    let standstill = match p.case.standstill_ends_at {
        Some(end) => format_local(end),
        None => a.ctx.t1("award-standstill-days", "days", &p.standstill_days.to_string()),
    };
    render(&AwardPage {
        can_award: p.can_award,
        case_id: p.case.id.0.clone(),
        case_title: format!("{} {}", p.case.case_number, p.case.title),
        winner: p.winner.map(|b| (b.id.0, b.company)),
        ranking,
        awarded: p.case.awarded_at.map(format_local),
        standstill,
        ctx: a.ctx,
    })
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    winner: String,
    #[serde(default)]
    confirm: String,
}

pub async fn confirm(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<ConfirmForm>,
) -> Response {
    if f.confirm != "yes" {
        return fail(a.ctx, tillit_app::AppError::invalid("confirm", "error-award-confirm"));
    }
    match st.app.award(&a.actor, &id, &BidId(f.winner)).await {
        Ok(()) => see_other(&format!("/cases/{id}/award"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}
