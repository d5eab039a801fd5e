//! The requirement levels of one catalogue, as the organisation's tiers use them.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use tillit_domain::Permission;
use tillit_domain::procurement::requirement_set::Level;

pub struct Row {
    pub id: String,
    pub reference: String,
    pub text: String,
    pub default: String,
    pub own: String,
    pub effective: String,
}

#[derive(Template)]
#[template(path = "catalogue/levels.html")]
pub struct LevelsPage {
    ctx: Ctx,
    catalogue_id: String,
    title: String,
    rows: Vec<Row>,
    levels: Vec<(&'static str, String)>,
    can_edit: bool,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let (title, rows) = match st.app.requirement_levels(&a.actor, &id).await {
        Ok(r) => r,
        Err(e) => return fail(a.ctx, e),
    };
    let t = |k: &str| a.ctx.t(k);
    let name =
        |l: Option<Level>| l.map(|l| t(&format!("level-name-{}", l.as_str()))).unwrap_or_else(|| t("level-name-none"));
    let rows = rows
        .into_iter()
        .map(|r| Row {
            default: name(r.default),
            effective: name(r.effective),
            own: r.own.unwrap_or_default(),
            id: r.requirement_id,
            reference: r.reference,
            text: r.text,
        })
        .collect();
    let mut levels: Vec<(&'static str, String)> =
        Level::ALL.iter().map(|l| (l.as_str(), t(&format!("level-name-{}", l.as_str())))).collect();
    levels.push(("none", t("level-name-none")));
    render(&LevelsPage {
        catalogue_id: id,
        title,
        rows,
        levels,
        can_edit: a.actor.role.has(Permission::CatalogueEdit),
        ctx: a.ctx,
    })
}

pub async fn save(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let changes: Vec<(String, String)> = f
        .iter()
        .filter(|(k, _)| k == "req")
        .map(|(_, r)| {
            let v = f.iter().find(|(k, _)| *k == format!("level-{r}")).map(|(_, v)| v.clone()).unwrap_or_default();
            (r.clone(), v)
        })
        .collect();
    match st.app.save_requirement_levels(&a.actor, &id, &changes).await {
        Ok(_) => see_other(&format!("/catalogues/{id}/levels"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}
