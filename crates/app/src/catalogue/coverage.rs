//! The coverage comparison of catalogues against ISO/IEC 27002:2022: which requirements of
//! each chosen catalogue cover each control, how many controls each covers, and for each
//! ordered pair what one covers that the other does not. The page and the Excel download
//! show this one model.

use crate::platform::i18n::{Locale, t};
use crate::{Actor, App, AppError, AppResult};
use std::collections::{BTreeMap, BTreeSet};
use tillit_domain::catalogue::sort_key;
use tillit_office::coverage_workbook::{CoverageGap, CoverageLabels, CoverageLine, coverage_workbook};
use tillit_store::catalogue::{CatalogueRow, ControlRow};

/// A control's title in a language.
pub fn control_title(c: &ControlRow, loc: Locale) -> String {
    match loc {
        Locale::Nb => c.title_nb.clone(),
        Locale::Sv => c.title_sv.clone(),
        Locale::En => c.title_en.clone(),
    }
}

/// One control in the comparison.
pub struct CoverageRow {
    pub control_id: String,
    pub title: String,
    /// For each chosen catalogue, the requirements covering the control: (reference, id).
    pub cells: Vec<Vec<(String, String)>>,
}

/// What `covered_by` covers that `not_by` does not: (control id, title).
pub struct Gap {
    pub covered_by: String,
    pub not_by: String,
    pub controls: Vec<(String, String)>,
}

pub struct Coverage {
    pub catalogues: Vec<CatalogueRow>,
    pub rows: Vec<CoverageRow>,
    /// For each catalogue, how many controls it covers.
    pub counts: Vec<usize>,
    /// Every ordered pair of catalogues.
    pub gaps: Vec<Gap>,
}

impl App {
    /// The comparison of the chosen catalogues (two or more of those the actor sees), or of
    /// the built-in ones when fewer are chosen.
    pub async fn coverage_comparison(&self, actor: &Actor, chosen: &[String], loc: Locale) -> AppResult<Coverage> {
        let all = self.catalogues(actor).await?;
        let catalogues: Vec<CatalogueRow> = if chosen.len() >= 2 {
            chosen.iter().filter_map(|id| all.iter().find(|c| &c.id == id).cloned()).collect()
        } else {
            all.iter().filter(|c| c.owner.is_empty()).cloned().collect()
        };
        let covering = self.coverage(actor).await?;
        let controls = self.iso_controls(actor).await?;
        // (control, catalogue) → requirements in catalogue order: (sort key, reference, id).
        type Cell = BTreeSet<(i64, String, String)>;
        let mut by: BTreeMap<(String, String), Cell> = BTreeMap::new();
        for r in covering {
            by.entry((r.control_id.clone(), r.catalogue_id.clone())).or_default().insert((
                sort_key(&r.reference),
                r.reference,
                r.requirement_id,
            ));
        }
        let rows: Vec<CoverageRow> = controls
            .iter()
            .map(|c| CoverageRow {
                control_id: c.id.clone(),
                title: control_title(c, loc),
                cells: catalogues
                    .iter()
                    .map(|cat| {
                        by.get(&(c.id.clone(), cat.id.clone()))
                            .map(|s| s.iter().map(|(_, r, id)| (r.clone(), id.clone())).collect())
                            .unwrap_or_default()
                    })
                    .collect(),
            })
            .collect();
        let n = catalogues.len();
        let counts = (0..n).map(|i| rows.iter().filter(|r| !r.cells[i].is_empty()).count()).collect();
        let mut gaps = vec![];
        for i in 0..n {
            for j in (0..n).filter(|&j| j != i) {
                gaps.push(Gap {
                    covered_by: catalogues[i].title.clone(),
                    not_by: catalogues[j].title.clone(),
                    controls: rows
                        .iter()
                        .filter(|r| !r.cells[i].is_empty() && r.cells[j].is_empty())
                        .map(|r| (r.control_id.clone(), r.title.clone()))
                        .collect(),
                });
            }
        }
        Ok(Coverage { catalogues, rows, counts, gaps })
    }

    /// The comparison as an Excel workbook, in `loc`; the download is recorded in the audit log.
    pub async fn coverage_workbook(&self, actor: &Actor, chosen: &[String], loc: Locale) -> AppResult<Vec<u8>> {
        let c = self.coverage_comparison(actor, chosen, loc).await?;
        let ids = c.catalogues.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(",");
        self.record_export(actor, "coverage", &ids).await?;
        let labels = CoverageLabels {
            matrix_sheet: t(loc, "coverage-sheet-matrix"),
            gaps_sheet: t(loc, "coverage-sheet-gaps"),
            control: t(loc, "coverage-col-control"),
            name: t(loc, "col-name"),
            covered_by: t(loc, "coverage-col-covered-by"),
            not_by: t(loc, "coverage-col-not-by"),
        };
        let titles: Vec<String> = c.catalogues.iter().map(|c| c.title.clone()).collect();
        let lines: Vec<CoverageLine> = c
            .rows
            .iter()
            .map(|r| CoverageLine {
                control_id: r.control_id.clone(),
                title: r.title.clone(),
                cells: r.cells.iter().map(|cell| cell.iter().map(|x| x.0.clone()).collect()).collect(),
            })
            .collect();
        let gaps: Vec<CoverageGap> = c
            .gaps
            .iter()
            .flat_map(|g| {
                g.controls.iter().map(|(id, title)| CoverageGap {
                    covered_by: g.covered_by.clone(),
                    not_by: g.not_by.clone(),
                    control_id: id.clone(),
                    title: title.clone(),
                })
            })
            .collect();
        coverage_workbook(&labels, &titles, &lines, &gaps).map_err(|e| AppError::Internal(e.to_string()))
    }
}
