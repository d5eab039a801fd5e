//! The coverage comparison of catalogues against ISO/IEC 27002:2022, and its Excel download.

use super::*;

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
#[template(path = "catalogue/coverage.html")]
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

pub(crate) fn url_escape(s: &str) -> String {
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
