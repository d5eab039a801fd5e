//! Catalogue pages: list, tree, requirement, ISO/IEC 27002 controls, search, coverage.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use tillit_app::i18n::Locale;
use tillit_domain::catalogue::sort_key;
use tillit_domain::search::{Lang, highlight};
use tillit_store::catalogue::{
    AreaRow, CatalogueRow, ControlRow, CoveringRow, MappingRow, RequirementRow, SearchFilter,
};

/// A control's title in the page's language.
pub fn control_title(c: &ControlRow, loc: Locale) -> String {
    match loc {
        Locale::Nb => c.title_nb.clone(),
        Locale::Sv => c.title_sv.clone(),
        Locale::En => c.title_en.clone(),
    }
}

fn area_title(a: &AreaRow, loc: Locale) -> String {
    match loc {
        Locale::Nb => a.title_nb.clone().unwrap_or_else(|| a.title.clone()),
        Locale::En => a.title_en.clone().unwrap_or_else(|| a.title.clone()),
        Locale::Sv => a.title.clone(),
    }
}

#[derive(Template)]
#[template(path = "catalogues.html")]
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
#[template(path = "catalogue.html")]
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
#[template(path = "requirement.html")]
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
#[template(path = "iso_controls.html")]
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
#[template(path = "iso_control.html")]
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
#[template(path = "search.html")]
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

/// One control in the coverage comparison.
pub struct CoverageRow {
    pub control_id: String,
    pub title: String,
    /// For each chosen catalogue, the requirements covering the control: (ref, id).
    pub cells: Vec<Vec<(String, String)>>,
}

/// The coverage of ISO/IEC 27002:2022 by two or more catalogues.
pub struct Coverage {
    pub catalogues: Vec<CatalogueRow>,
    pub rows: Vec<CoverageRow>,
}

impl Coverage {
    /// Controls covered by catalogue `a` and not by catalogue `b`.
    pub fn only_in(&self, a: usize, b: usize) -> Vec<&CoverageRow> {
        self.rows.iter().filter(|r| !r.cells[a].is_empty() && r.cells[b].is_empty()).collect()
    }
}

pub async fn build_coverage(st: &AppState, a: &Authed, chosen: &[String]) -> Result<Coverage, tillit_app::AppError> {
    let all = st.app.catalogues(&a.actor).await?;
    let catalogues: Vec<CatalogueRow> = if chosen.len() >= 2 {
        chosen.iter().filter_map(|id| all.iter().find(|c| &c.id == id).cloned()).collect()
    } else {
        all.iter().filter(|c| c.owner.is_empty()).cloned().collect()
    };
    let covering = st.app.coverage(&a.actor).await?;
    let controls = st.app.iso_controls(&a.actor).await?;
    // (control, catalogue) → requirements, in catalogue order: (sort key, ref, id).
    type Cell = BTreeSet<(i64, String, String)>;
    let mut by: BTreeMap<(String, String), Cell> = BTreeMap::new();
    for r in covering {
        by.entry((r.control_id.clone(), r.catalogue_id.clone())).or_default().insert((
            sort_key(&r.reference),
            r.reference,
            r.requirement_id,
        ));
    }
    let rows = controls
        .iter()
        .map(|c| {
            let cells = catalogues
                .iter()
                .map(|cat| {
                    by.get(&(c.id.clone(), cat.id.clone()))
                        .map(|s| s.iter().map(|(_, r, id)| (r.clone(), id.clone())).collect())
                        .unwrap_or_default()
                })
                .collect();
            CoverageRow { control_id: c.id.clone(), title: control_title(c, a.ctx.loc), cells }
        })
        .collect();
    Ok(Coverage { catalogues, rows })
}

fn chosen_catalogues(raw: Option<&str>) -> Vec<String> {
    url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .filter(|(k, _)| k == "c")
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// For each ordered pair of catalogues: what the first covers that the second does not.
pub struct Gap {
    pub covered_by: String,
    pub not_by: String,
    pub controls: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "coverage.html")]
pub struct CoveragePage {
    ctx: Ctx,
    /// Every catalogue, and whether it is in the comparison.
    all: Vec<(CatalogueRow, bool)>,
    coverage: Coverage,
    gaps: Vec<Gap>,
    query: String,
    counts: Vec<usize>,
}

pub async fn coverage(State(st): State<AppState>, a: Authed, RawQuery(raw): RawQuery) -> Response {
    let chosen = chosen_catalogues(raw.as_deref());
    let coverage = match build_coverage(&st, &a, &chosen).await {
        Ok(c) => c,
        Err(e) => return fail(a.ctx, e),
    };
    let all = st
        .app
        .catalogues(&a.actor)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|c| {
            let chosen = coverage.catalogues.iter().any(|x| x.id == c.id);
            (c, chosen)
        })
        .collect();
    let n = coverage.catalogues.len();
    let counts = (0..n).map(|i| coverage.rows.iter().filter(|r| !r.cells[i].is_empty()).count()).collect();
    // For each ordered pair: what one catalogue covers that the other does not.
    let mut gaps = vec![];
    for i in 0..n {
        for j in 0..n {
            if i != j {
                let list =
                    coverage.only_in(i, j).into_iter().map(|r| (r.control_id.clone(), r.title.clone())).collect();
                gaps.push(Gap {
                    covered_by: coverage.catalogues[i].title.clone(),
                    not_by: coverage.catalogues[j].title.clone(),
                    controls: list,
                });
            }
        }
    }
    let query = coverage.catalogues.iter().map(|c| format!("c={}", url_escape(&c.id))).collect::<Vec<_>>().join("&");
    render(&CoveragePage { ctx: a.ctx, all, coverage, gaps, query, counts })
}

fn url_escape(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The coverage comparison as an Excel workbook: one sheet for the matrix, one for the gaps.
pub async fn coverage_xlsx(State(st): State<AppState>, a: Authed, RawQuery(raw): RawQuery) -> Response {
    let chosen = chosen_catalogues(raw.as_deref());
    let coverage = match build_coverage(&st, &a, &chosen).await {
        Ok(c) => c,
        Err(e) => return fail(a.ctx, e),
    };
    let ids = coverage.catalogues.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(",");
    if let Err(e) = st.app.record_export(&a.actor, "coverage", &ids).await {
        return fail(a.ctx, e);
    }
    match coverage_workbook(&coverage, &a.ctx) {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"tillit-coverage.xlsx\""),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => fail(a.ctx, tillit_app::AppError::Internal(e.to_string())),
    }
}

fn coverage_workbook(c: &Coverage, ctx: &Ctx) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let gap = Format::new().set_background_color("FCE4E4");
    let ws = wb.add_worksheet();
    ws.set_name(truncate(&ctx.t("coverage-sheet-matrix"), 31))?;
    ws.write_with_format(0, 0, ctx.t("coverage-col-control"), &bold)?;
    ws.write_with_format(0, 1, ctx.t("col-name"), &bold)?;
    for (i, cat) in c.catalogues.iter().enumerate() {
        ws.write_with_format(0, 2 + i as u16, &cat.title, &bold)?;
    }
    for (r, cov) in c.rows.iter().enumerate() {
        let row = 1 + r as u32;
        ws.write(row, 0, &cov.control_id)?;
        ws.write(row, 1, &cov.title)?;
        for (i, reqs) in cov.cells.iter().enumerate() {
            let text = reqs.iter().map(|x| x.0.clone()).collect::<Vec<_>>().join(", ");
            if text.is_empty() {
                ws.write_with_format(row, 2 + i as u16, "", &gap)?;
            } else {
                ws.write(row, 2 + i as u16, text)?;
            }
        }
    }
    ws.set_column_width(1, 48)?;
    ws.set_freeze_panes(1, 2)?;
    let gs = wb.add_worksheet();
    gs.set_name(truncate(&ctx.t("coverage-sheet-gaps"), 31))?;
    gs.write_with_format(0, 0, ctx.t("coverage-col-covered-by"), &bold)?;
    gs.write_with_format(0, 1, ctx.t("coverage-col-not-by"), &bold)?;
    gs.write_with_format(0, 2, ctx.t("coverage-col-control"), &bold)?;
    gs.write_with_format(0, 3, ctx.t("col-name"), &bold)?;
    let mut row = 1u32;
    for i in 0..c.catalogues.len() {
        for j in 0..c.catalogues.len() {
            if i == j {
                continue;
            }
            for r in c.only_in(i, j) {
                gs.write(row, 0, &c.catalogues[i].title)?;
                gs.write(row, 1, &c.catalogues[j].title)?;
                gs.write(row, 2, &r.control_id)?;
                gs.write(row, 3, &r.title)?;
                row += 1;
            }
        }
    }
    gs.set_column_width(0, 40)?;
    gs.set_column_width(1, 40)?;
    gs.set_column_width(3, 48)?;
    wb.save_to_buffer()
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

pub struct Row2013 {
    pub id: String,
    pub title: String,
    pub to_2022: Vec<(String, String)>,
    pub have: bool,
}

#[derive(Template)]
#[template(path = "iso_2013.html")]
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

/// A catalogue as OSCAL catalog JSON, as a download (recorded in the audit log).
pub async fn export_oscal(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.export_oscal(&a.actor, &id).await {
        Ok(doc) => {
            let name = format!("attachment; filename=\"{}.oscal.json\"", tillit_app::catalogue_io::key_from(&id));
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
#[template(path = "catalogue_import.html")]
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
    pub problems: Vec<tillit_office::oscal::Problem>,
    pub warnings: Vec<tillit_office::oscal::Problem>,
    pub sample: Vec<(String, String)>,
}

fn preview_view(p: tillit_app::catalogue_io::Preview) -> ImportPreviewView {
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
    let format = tillit_app::catalogue_io::format_of(&name);
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

#[derive(Deserialize)]
pub struct NewCatalogueForm {
    title: String,
    language: String,
}

pub async fn create(State(st): State<AppState>, a: Authed, axum::Form(f): axum::Form<NewCatalogueForm>) -> Response {
    match st.app.create_catalogue(&a.actor, &f.title, &f.language).await {
        Ok(id) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct NewRequirementForm {
    reference: String,
    #[serde(default)]
    area: String,
    text: String,
    #[serde(default)]
    guidance: String,
}

pub async fn add_requirement(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<NewRequirementForm>,
) -> Response {
    match st.app.add_requirement(&a.actor, &id, &f.reference, &f.area, &f.text, &f.guidance).await {
        Ok(_) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct CopyForm {
    source: String,
    target: String,
}

pub async fn copy(State(st): State<AppState>, a: Authed, axum::Form(f): axum::Form<CopyForm>) -> Response {
    match st.app.copy_requirement(&a.actor, &f.target, &f.source).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&f.source)), Some("notice-copied")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn publish(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.publish_catalogue(&a.actor, &id).await {
        Ok(_) => crate::html::see_other(&format!("/catalogues/{id}"), Some("notice-published")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct EditForm {
    text: String,
    #[serde(default)]
    guidance: String,
}

pub async fn edit_requirement(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<EditForm>,
) -> Response {
    match st.app.edit_requirement(&a.actor, &id, &f.text, &f.guidance).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&id)), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn remove_requirement(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.remove_requirement(&a.actor, &id).await {
        Ok(cat) => crate::html::see_other(&format!("/catalogues/{cat}"), Some("notice-removed")),
        Err(e) => fail(a.ctx, e),
    }
}

pub struct ChangeView {
    pub kind: &'static str,
    pub reference: String,
    pub fields: String,
    pub old_text: String,
    pub new_text: String,
}

#[derive(Template)]
#[template(path = "catalogue_versions.html")]
pub struct VersionsPage {
    ctx: Ctx,
    catalogue: CatalogueRow,
    versions: Vec<tillit_store::catalogue::VersionRow>,
    sides: Vec<(String, String)>,
    from: String,
    to: String,
    changes: Option<Vec<ChangeView>>,
}

#[derive(Deserialize, Default)]
pub struct DiffQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

pub async fn versions(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    Query(q): Query<DiffQuery>,
) -> Response {
    use tillit_app::catalogue_edit::Side;
    use tillit_domain::versions::Change;
    let catalogue = match st.app.catalogue(&a.actor, &id).await {
        Ok(v) => v.catalogue,
        Err(e) => return fail(a.ctx, e),
    };
    let versions = match st.app.catalogue_versions(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let mut sides: Vec<(String, String)> = versions
        .iter()
        .map(|v| (v.version.to_string(), a.ctx.t1("versions-version", "version", &v.version.to_string())))
        .collect();
    if catalogue.status == "draft" {
        sides.push(("draft".into(), a.ctx.t("versions-draft")));
    }
    let changes = match (Side::parse(&q.from), Side::parse(&q.to)) {
        (Some(f), Some(t)) => match st.app.diff_versions(&a.actor, &id, f, t).await {
            Ok(list) => Some(
                list.into_iter()
                    .map(|c| match c {
                        Change::Added(n) => ChangeView {
                            kind: "added",
                            reference: n.reference,
                            fields: String::new(),
                            old_text: String::new(),
                            new_text: n.text,
                        },
                        Change::Removed(o) => ChangeView {
                            kind: "removed",
                            reference: o.reference,
                            fields: String::new(),
                            old_text: o.text,
                            new_text: String::new(),
                        },
                        Change::Changed { old, new, fields } => ChangeView {
                            kind: "changed",
                            reference: new.reference,
                            fields: fields.join(", "),
                            old_text: old.text,
                            new_text: new.text,
                        },
                    })
                    .collect(),
            ),
            Err(e) => return fail(a.ctx, e),
        },
        _ => None,
    };
    render(&VersionsPage { ctx: a.ctx, catalogue, versions, sides, from: q.from, to: q.to, changes })
}

#[derive(Deserialize)]
pub struct MappingForm {
    control: String,
    relationship: String,
    rationale: String,
}

pub async fn add_mapping(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<MappingForm>,
) -> Response {
    match st.app.add_mapping(&a.actor, &id, f.control.trim(), &f.relationship, &f.rationale).await {
        Ok(_) => crate::html::see_other(&format!("/requirements/{}", url_escape(&id)), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn remove_mapping(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.remove_mapping(&a.actor, &id).await {
        Ok(req) => crate::html::see_other(&format!("/requirements/{}", url_escape(&req)), Some("notice-removed")),
        Err(e) => fail(a.ctx, e),
    }
}

/// A catalogue as CSV (documented columns), as a download recorded in the audit log.
pub async fn export_csv(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.export_csv(&a.actor, &id).await {
        Ok(bytes) => {
            let name = format!("attachment; filename=\"{}.csv\"", tillit_app::catalogue_io::key_from(&id));
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
            let name = format!("attachment; filename=\"{}.xlsx\"", tillit_app::catalogue_io::key_from(&id));
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
