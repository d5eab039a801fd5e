//! The coverage comparison of catalogues against ISO/IEC 27002:2022, and its Excel download;
//! the model and the workbook are made in app.

use super::*;
use tillit_app::catalogue::coverage::Coverage;

fn chosen_catalogues(raw: Option<&str>) -> Vec<String> {
    url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .filter(|(k, _)| k == "c")
        .map(|(_, v)| v.into_owned())
        .collect()
}

#[derive(Template)]
#[template(path = "catalogue/coverage.html")]
pub struct CoveragePage {
    ctx: Ctx,
    /// Every catalogue, and whether it is in the comparison.
    all: Vec<(CatalogueRow, bool)>,
    coverage: Coverage,
    query: String,
}

pub async fn coverage(State(st): State<AppState>, a: Authed, RawQuery(raw): RawQuery) -> Response {
    let chosen = chosen_catalogues(raw.as_deref());
    let coverage = match st.app.coverage_comparison(&a.actor, &chosen, a.ctx.loc).await {
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
    let query = coverage.catalogues.iter().map(|c| format!("c={}", url_escape(&c.id))).collect::<Vec<_>>().join("&");
    render(&CoveragePage { ctx: a.ctx, all, coverage, query })
}

pub(crate) fn url_escape(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The coverage comparison as an Excel workbook: one sheet for the matrix, one for the gaps.
pub async fn coverage_xlsx(State(st): State<AppState>, a: Authed, RawQuery(raw): RawQuery) -> Response {
    let chosen = chosen_catalogues(raw.as_deref());
    match st.app.coverage_workbook(&a.actor, &chosen, a.ctx.loc).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"tillit-coverage.xlsx\""),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => fail(a.ctx, e),
    }
}
