//! Catalogue pages: list, tree, requirement, ISO/IEC 27002 controls, search, the 2013→2022
//! gap view. Coverage, import/export and editing are in the submodules.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use tillit_app::data::{AreaRow, CatalogueRow, ControlRow, CoveringRow, MappingRow, RequirementRow, SearchFilter};
use tillit_app::platform::i18n::Locale;
use tillit_domain::platform::search::{Lang, highlight};

mod coverage;
mod edit;
mod io;
pub mod levels;
pub use coverage::*;
pub use edit::*;
pub use io::*;

pub use tillit_app::catalogue::coverage::control_title;

fn area_title(a: &AreaRow, loc: Locale) -> String {
    match loc {
        Locale::Nb => a.title_nb.clone().unwrap_or_else(|| a.title.clone()),
        Locale::En => a.title_en.clone().unwrap_or_else(|| a.title.clone()),
        Locale::Sv => a.title.clone(),
    }
}

#[derive(Template)]
#[template(path = "catalogue/catalogues.html")]
pub struct CataloguesPage {
    ctx: Ctx,
    catalogues: Vec<CatalogueRow>,
    /// May create and import catalogues.
    can_import: bool,
}

pub async fn list(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.catalogues(&a.actor).await {
        Ok(catalogues) => {
            let can_import = a.actor.role.has(tillit_domain::Permission::CatalogueEdit);
            render(&CataloguesPage { ctx: a.ctx, catalogues, can_import })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub struct AreaView {
    pub number: String,
    pub title: String,
    pub purpose: Option<String>,
    pub requirements: Vec<RequirementRow>,
}

#[derive(Template)]
#[template(path = "catalogue/catalogue.html")]
pub struct CataloguePage {
    ctx: Ctx,
    catalogue: CatalogueRow,
    areas: Vec<AreaView>,
    /// The organisation's own catalogue, and the user may edit it.
    can_edit: bool,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let v = match st.app.catalogue(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let areas = v
        .areas
        .iter()
        .map(|ar| AreaView {
            number: ar.number.clone(),
            title: area_title(ar, a.ctx.loc),
            purpose: ar.purpose.clone(),
            requirements: v.requirements.iter().filter(|r| r.area_number == ar.number).cloned().collect(),
        })
        .collect();
    let can_edit = !v.catalogue.owner.is_empty() && a.actor.role.has(tillit_domain::Permission::CatalogueEdit);
    render(&CataloguePage { ctx: a.ctx, catalogue: v.catalogue, areas, can_edit })
}

pub struct MappingView {
    pub mapping: MappingRow,
    pub control_title: String,
}

#[derive(Template)]
#[template(path = "catalogue/requirement.html")]
pub struct RequirementPage {
    ctx: Ctx,
    catalogue: CatalogueRow,
    requirement: RequirementRow,
    references: Vec<String>,
    citations: Vec<(String, String)>,
    mappings: Vec<MappingView>,
    /// The organisation's own catalogues this requirement can be copied into.
    copy_targets: Vec<(String, String)>,
    /// The requirement is in the organisation's own catalogue and the user may edit it.
    editable: bool,
    /// May add the organisation's own mappings (to any requirement it sees).
    can_map: bool,
    controls: Vec<(String, String)>,
}

pub async fn requirement(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let v = match st.app.requirement(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let mappings = v
        .mappings
        .into_iter()
        .map(|(m, c)| MappingView { control_title: control_title(&c, a.ctx.loc), mapping: m })
        .collect();
    let citations = v.citations.into_iter().map(|(c, to)| (c, to.join(", "))).collect();
    let can_edit = a.actor.role.has(tillit_domain::Permission::CatalogueEdit);
    let copy_targets = if can_edit {
        st.app
            .own_catalogues(&a.actor)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.id != v.catalogue.id)
            .map(|c| (c.id, c.title))
            .collect()
    } else {
        vec![]
    };
    let editable = can_edit && !v.catalogue.owner.is_empty();
    let controls = if can_edit {
        st.app
            .iso_controls(&a.actor)
            .await
            .unwrap_or_default()
            .iter()
            .map(|c| (c.id.clone(), control_title(c, a.ctx.loc)))
            .collect()
    } else {
        vec![]
    };
    render(&RequirementPage {
        can_map: can_edit,
        controls,
        copy_targets,
        editable,
        references: v.requirement.references(),
        catalogue: v.catalogue,
        requirement: v.requirement,
        citations,
        mappings,
        ctx: a.ctx,
    })
}

pub struct ControlListRow {
    pub id: String,
    pub title: String,
    pub new_in_2022: bool,
    pub covered: usize,
}

#[derive(Template)]
#[template(path = "catalogue/iso_controls.html")]
pub struct ControlsPage {
    ctx: Ctx,
    themes: Vec<(String, Vec<ControlListRow>)>,
}

pub async fn controls(State(st): State<AppState>, a: Authed) -> Response {
    let (controls, coverage) = match (st.app.iso_controls(&a.actor).await, st.app.coverage(&a.actor).await) {
        (Ok(c), Ok(v)) => (c, v),
        (Err(e), _) | (_, Err(e)) => return fail(a.ctx, e),
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &coverage {
        *counts.entry(r.control_id.as_str()).or_default() += 1;
    }
    let mut themes: Vec<(String, Vec<ControlListRow>)> = vec![];
    for c in &controls {
        let row = ControlListRow {
            id: c.id.clone(),
            title: control_title(c, a.ctx.loc),
            new_in_2022: c.new_in_2022,
            covered: counts.get(c.id.as_str()).copied().unwrap_or(0),
        };
        let theme = a.ctx.t(&format!("iso-theme-{}", c.theme));
        match themes.last_mut() {
            Some((t, rows)) if *t == theme => rows.push(row),
            _ => themes.push((theme, vec![row])),
        }
    }
    render(&ControlsPage { ctx: a.ctx, themes })
}

#[derive(Template)]
#[template(path = "catalogue/iso_control.html")]
pub struct ControlPage {
    ctx: Ctx,
    ctrl: ControlRow,
    title: String,
    theme_title: String,
    attributes: Vec<(String, String)>,
    predecessors: Vec<(String, String)>,
    covered_by: Vec<(String, Vec<CoveringRow>)>,
}

pub async fn control(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let v = match st.app.iso_control(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let c = &v.control;
    let attributes = [
        ("iso-attr-control-type", &c.control_type),
        ("iso-attr-properties", &c.properties),
        ("iso-attr-concepts", &c.concepts),
        ("iso-attr-capabilities", &c.capabilities),
        ("iso-attr-domains", &c.domains),
    ]
    .into_iter()
    .map(|(k, vals)| (a.ctx.t(k), vals.split_whitespace().map(|v| format!("#{v}")).collect::<Vec<_>>().join(" ")))
    .collect();
    let mut covered_by: Vec<(String, Vec<CoveringRow>)> = vec![];
    for r in v.covered_by {
        match covered_by.last_mut() {
            Some((t, rows)) if *t == r.catalogue_title => rows.push(r),
            _ => covered_by.push((r.catalogue_title.clone(), vec![r])),
        }
    }
    render(&ControlPage {
        title: control_title(c, a.ctx.loc),
        theme_title: a.ctx.t(&format!("iso-theme-{}", c.theme)),
        attributes,
        predecessors: v.predecessors,
        covered_by,
        ctrl: v.control,
        ctx: a.ctx,
    })
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    catalogue: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    attribute: String,
}

pub struct Hit {
    pub requirement: RequirementRow,
    pub catalogue_title: String,
    pub parts: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "catalogue/search.html")]
pub struct SearchPage {
    ctx: Ctx,
    q: String,
    catalogue: String,
    theme: String,
    attribute: String,
    catalogues: Vec<CatalogueRow>,
    /// The areas of the chosen catalogue, to narrow the search to one.
    areas: Vec<(String, String)>,
    area: String,
    hits: Vec<Hit>,
    searched: bool,
}

pub async fn search(State(st): State<AppState>, a: Authed, Query(sq): Query<SearchQuery>) -> Response {
    let catalogues = match st.app.catalogues(&a.actor).await {
        Ok(c) => c,
        Err(e) => return fail(a.ctx, e),
    };
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let filter = SearchFilter {
        catalogue_id: opt(&sq.catalogue),
        area: opt(&sq.area).filter(|_| !sq.catalogue.trim().is_empty()),
        theme: opt(&sq.theme),
        attribute: opt(sq.attribute.trim_start_matches('#')),
        limit: 100,
    };
    let searched = !sq.q.trim().is_empty();
    let rows = if searched {
        match st.app.search_requirements(&a.actor, &sq.q, &filter).await {
            Ok(r) => r,
            Err(e) => return fail(a.ctx, e),
        }
    } else {
        vec![]
    };
    let hits = rows
        .into_iter()
        .map(|r| {
            let cat = catalogues.iter().find(|c| c.id == r.catalogue_id);
            let lang = Lang::parse(cat.map_or("nb", |c| c.language.as_str()));
            Hit {
                parts: highlight(&r.text, &sq.q, lang),
                catalogue_title: cat.map(|c| c.title.clone()).unwrap_or_default(),
                requirement: r,
            }
        })
        .collect();
    let areas = if sq.catalogue.trim().is_empty() {
        vec![]
    } else {
        match st.app.catalogue(&a.actor, sq.catalogue.trim()).await {
            Ok(v) => v
                .areas
                .iter()
                .map(|ar| (ar.number.clone(), format!("{} {}", ar.number, area_title(ar, a.ctx.loc))))
                .collect(),
            Err(_) => vec![],
        }
    };
    render(&SearchPage {
        areas,
        area: sq.area,
        ctx: a.ctx,
        q: sq.q,
        catalogue: sq.catalogue,
        theme: sq.theme,
        attribute: sq.attribute,
        catalogues,
        hits,
        searched,
    })
}

pub struct Row2013 {
    pub id: String,
    pub title: String,
    pub to_2022: Vec<(String, String)>,
    pub have: bool,
}

#[derive(Template)]
#[template(path = "catalogue/iso_2013.html")]
pub struct Gap2013Page {
    ctx: Ctx,
    rows: Vec<Row2013>,
    chosen: usize,
    /// 2022 controls the chosen 2013 controls carry over to.
    carried: Vec<(String, String)>,
    /// 2022 controls none of the chosen 2013 controls lead to (the new ones are among them).
    missing: Vec<(String, String, bool)>,
}

/// The 2013→2022 gap view: tick the 2013 controls you have, see what that covers in 2022.
pub async fn gap_2013(State(st): State<AppState>, a: Authed, RawQuery(raw): RawQuery) -> Response {
    let have: BTreeSet<String> = url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
        .filter(|(k, _)| k == "have")
        .map(|(_, v)| v.into_owned())
        .collect();
    let (corr, controls) = match (st.app.iso_correspondence(&a.actor).await, st.app.iso_controls(&a.actor).await) {
        (Ok(c), Ok(k)) => (c, k),
        (Err(e), _) | (_, Err(e)) => return fail(a.ctx, e),
    };
    let title_of =
        |id: &str| controls.iter().find(|c| c.id == id).map(|c| control_title(c, a.ctx.loc)).unwrap_or_default();
    let mut rows: Vec<Row2013> = vec![];
    for (id, title, to) in corr {
        match rows.last_mut() {
            Some(r) if r.id == id => r.to_2022.push((to.clone(), title_of(&to))),
            _ => rows.push(Row2013 { have: have.contains(&id), to_2022: vec![(to.clone(), title_of(&to))], id, title }),
        }
    }
    let carried_ids: BTreeSet<&str> =
        rows.iter().filter(|r| r.have).flat_map(|r| r.to_2022.iter().map(|t| t.0.as_str())).collect();
    let carried = controls
        .iter()
        .filter(|c| carried_ids.contains(c.id.as_str()))
        .map(|c| (c.id.clone(), control_title(c, a.ctx.loc)))
        .collect();
    let missing = controls
        .iter()
        .filter(|c| !carried_ids.contains(c.id.as_str()))
        .map(|c| (c.id.clone(), control_title(c, a.ctx.loc), c.new_in_2022))
        .collect();
    render(&Gap2013Page { ctx: a.ctx, chosen: have.len(), rows, carried, missing })
}
