//! Publishing a tender: the deadline, corrections after publishing, and every published
//! version of the requirement set with its hash and what each correction changed.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_domain::platform::local_time;
use tillit_domain::procurement::tender::{self, FrozenItem, SetChange};

fn back(id: &str) -> Response {
    see_other(&format!("/cases/{id}"), Some("notice-saved"))
}

#[derive(Deserialize)]
pub struct DeadlineForm {
    #[serde(default)]
    deadline: String,
}

pub async fn deadline(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<DeadlineForm>,
) -> Response {
    let Some(at) = local_time::parse_local(&f.deadline) else {
        return fail(a.ctx, AppError::invalid("deadline", "error-deadline-format"));
    };
    match st.app.set_deadline(&a.actor, &id, at).await {
        Ok(()) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn open_correction(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.open_correction(&a.actor, &id).await {
        Ok(()) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct CorrectionForm {
    #[serde(default)]
    note: String,
}

pub async fn publish_correction(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Form(f): Form<CorrectionForm>,
) -> Response {
    match st.app.publish_correction(&a.actor, &id, &f.note).await {
        Ok(_) => back(&id),
        Err(e) => fail(a.ctx, e),
    }
}

pub struct VersionView {
    pub number: i64,
    pub hash: String,
    pub note: String,
    pub published: String,
    pub published_by: String,
    pub items: Vec<ItemView>,
    /// What changed from the version before, in words.
    pub changes: Vec<String>,
}

pub struct ItemView {
    pub reference: String,
    pub catalogue: String,
    pub area: String,
    pub text: String,
    pub reworded: bool,
    pub original: String,
    pub kind: String,
    pub weight: u32,
}

pub fn item_view(ctx: &Ctx, i: &FrozenItem) -> ItemView {
    ItemView {
        reference: i.reference.clone(),
        catalogue: i.catalogue.clone(),
        area: i.area.clone(),
        text: i.text.clone(),
        reworded: i.text != i.original_text,
        original: i.original_text.clone(),
        kind: ctx.t(&format!("set-kind-{}", i.kind.as_str())),
        weight: i.weight,
    }
}

fn change_text(ctx: &Ctx, c: &SetChange) -> String {
    match c {
        SetChange::Added(i) => ctx.t1("set-change-added", "ref", &i.reference),
        SetChange::Removed(i) => ctx.t1("set-change-removed", "ref", &i.reference),
        SetChange::Changed { new, fields, .. } => {
            let what: Vec<String> = fields.iter().map(|f| ctx.t(&format!("set-change-field-{f}"))).collect();
            format!("{}: {}", new.reference, what.join(", "))
        }
    }
}

#[derive(Template)]
#[template(path = "procurement/set_versions.html")]
pub struct VersionsPage {
    ctx: Ctx,
    case_id: String,
    case_title: String,
    versions: Vec<VersionView>,
}

pub async fn versions(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let case = match st.app.case(&a.actor, &id).await {
        Ok(c) => c.case,
        Err(e) => return fail(a.ctx, e),
    };
    let rows = match st.app.set_versions(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let mut sets = vec![];
    for v in rows.iter().rev() {
        match st.app.published_set(&a.actor, &v.id).await {
            Ok(s) => sets.push(s),
            Err(e) => return fail(a.ctx, e),
        }
    }
    let mut versions = vec![];
    let mut previous: Option<&[FrozenItem]> = None;
    for s in &sets {
        let changes = previous.map(|p| tender::changes(p, &s.items)).unwrap_or_default();
        versions.push(VersionView {
            number: s.version.version,
            hash: s.version.hash.clone(),
            note: s.version.note.clone(),
            published: local_time::format_local(s.version.published_at),
            published_by: s.version.published_by.clone(),
            items: s.items.iter().map(|i| item_view(&a.ctx, i)).collect(),
            changes: changes.iter().map(|c| change_text(&a.ctx, c)).collect(),
        });
        previous = Some(&s.items);
    }
    versions.reverse();
    render(&VersionsPage { case_id: case.id, case_title: case.title, versions, ctx: a.ctx })
}
