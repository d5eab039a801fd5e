//! The coverage comparison of catalogues against ISO/IEC 27002:2022 as an Excel workbook:
//! one sheet for the matrix (gaps shaded), one listing what each catalogue covers that
//! another does not. The words come in from the caller, already in the reader's language.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

pub struct CoverageLabels {
    pub matrix_sheet: String,
    pub gaps_sheet: String,
    pub control: String,
    pub name: String,
    pub covered_by: String,
    pub not_by: String,
}

/// One control: its id, title, and for each catalogue the references covering it.
pub struct CoverageLine {
    pub control_id: String,
    pub title: String,
    pub cells: Vec<Vec<String>>,
}

/// One control that `covered_by` covers and `not_by` does not.
pub struct CoverageGap {
    pub covered_by: String,
    pub not_by: String,
    pub control_id: String,
    pub title: String,
}

pub fn coverage_workbook(
    labels: &CoverageLabels,
    catalogues: &[String],
    lines: &[CoverageLine],
    gaps: &[CoverageGap],
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let shaded = Format::new().set_background_color("FCE4E4");
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&labels.matrix_sheet))?;
    ws.write_with_format(0, 0, &labels.control, &bold)?;
    ws.write_with_format(0, 1, &labels.name, &bold)?;
    for (i, title) in catalogues.iter().enumerate() {
        ws.write_with_format(0, 2 + i as u16, title, &bold)?;
    }
    for (r, line) in lines.iter().enumerate() {
        let row = 1 + r as u32;
        ws.write(row, 0, &line.control_id)?;
        ws.write(row, 1, &line.title)?;
        for (i, refs) in line.cells.iter().enumerate() {
            if refs.is_empty() {
                ws.write_with_format(row, 2 + i as u16, "", &shaded)?;
            } else {
                ws.write(row, 2 + i as u16, refs.join(", "))?;
            }
        }
    }
    ws.set_column_width(1, 48)?;
    ws.set_freeze_panes(1, 2)?;
    let gs = wb.add_worksheet();
    gs.set_name(sheet_name(&labels.gaps_sheet))?;
    for (c, h) in [&labels.covered_by, &labels.not_by, &labels.control, &labels.name].into_iter().enumerate() {
        gs.write_with_format(0, c as u16, h, &bold)?;
    }
    for (r, g) in gaps.iter().enumerate() {
        let row = 1 + r as u32;
        gs.write(row, 0, &g.covered_by)?;
        gs.write(row, 1, &g.not_by)?;
        gs.write(row, 2, &g.control_id)?;
        gs.write(row, 3, &g.title)?;
    }
    gs.set_column_width(0, 40)?;
    gs.set_column_width(1, 40)?;
    gs.set_column_width(3, 48)?;
    wb.save_to_buffer()
}

/// Excel forbids some characters in sheet names and limits them to 31.
fn sheet_name(s: &str) -> String {
    s.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}
