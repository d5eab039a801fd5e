//! The evaluation grid: one area's requirements across every bidder.

use super::evaluation::{AreaQuery, area_return};
use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use std::collections::HashMap;
use tillit_app::AppError;
use tillit_app::procurement::evaluation::JudgementInput;
use tillit_app::procurement::grid::GridPage;
use tillit_domain::{BidId, CaseId};

#[derive(Template)]
#[template(path = "procurement/grid.html")]
pub struct Page {
    ctx: Ctx,
    m: GridPage,
    /// A refused save, naming the requirement and bidder; every input is shown as typed.
    error: Option<String>,
}

pub async fn show(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Query(q): Query<AreaQuery>,
) -> Response {
    match st.app.grid_page(&a.actor, &id, a.ctx.loc, q.area.as_deref()).await {
        Ok(m) => render(&Page { ctx: a.ctx, m, error: None }),
        Err(e) => fail(a.ctx, e),
    }
}

/// The form's cells (`cell` = `{bid}:{requirement}`), grouped by bid in the form's order.
fn inputs(f: &[(String, String)]) -> Vec<(BidId, Vec<JudgementInput>)> {
    let fields: HashMap<&str, &str> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let get = |name: String| fields.get(name.as_str()).map(|v| v.to_string()).unwrap_or_default();
    let mut out: Vec<(BidId, Vec<JudgementInput>)> = vec![];
    for (_, key) in f.iter().filter(|(k, _)| k == "cell") {
        let Some((bid, req)) = key.split_once(':') else { continue };
        let j = JudgementInput {
            requirement_id: req.to_string(),
            verdict: get(format!("verdict-{key}")),
            score: get(format!("score-{key}")),
            justification: get(format!("justification-{key}")),
        };
        match out.iter_mut().find(|(b, _)| b.as_str() == bid) {
            Some((_, list)) => list.push(j),
            None => out.push((BidId(bid.to_string()), vec![j])),
        }
    }
    out
}

pub async fn save(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let typed = inputs(&f);
    match st.app.save_grid(&a.actor, &id, &typed).await {
        Ok(_) => see_other(&format!("/cases/{id}/grid{}", area_return(&f)), Some("notice-saved")),
        Err(e @ AppError::Invalid { .. }) => {
            // The page again, with the error on it and every input as typed (nothing was saved).
            let area = f.iter().find(|(k, _)| k == "area").map(|(_, v)| v.clone());
            let mut m = match st.app.grid_page(&a.actor, &id, a.ctx.loc, area.as_deref()).await {
                Ok(m) => m,
                Err(e) => return fail(a.ctx, e),
            };
            for row in m.rows.iter_mut() {
                for c in row.cells.iter_mut() {
                    let typed_cell = typed
                        .iter()
                        .find(|(b, _)| *b == c.bid_id)
                        .and_then(|(_, l)| l.iter().find(|j| j.requirement_id == row.id));
                    if let Some(j) = typed_cell {
                        (c.verdict, c.score, c.justification) =
                            (j.verdict.clone(), j.score.clone(), j.justification.clone());
                    }
                }
            }
            let error = Some(crate::html::error_text(&a.ctx, &e));
            crate::html::render_status(crate::error::status_of(&e), &Page { ctx: a.ctx, m, error })
        }
        Err(e) => fail(a.ctx, e),
    }
}
