//! Catalogues as Excel workbooks (.xlsx), with the same columns as CSV. Before a workbook is
//! read, its zip container is checked: not a spreadsheet, encrypted (password-protected),
//! macro-enabled and zip bombs are refused with a clear message.

use crate::oscal::{ImportedCatalogue, Problem};
use crate::table::{COLUMNS, TableRow};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// Largest total of uncompressed parts, and the largest compression ratio of any part.
pub const MAX_UNCOMPRESSED: u64 = 100 * 1024 * 1024;
pub const MAX_RATIO: u64 = 200;
pub const MAX_PARTS: usize = 2000;

fn one(path: &str, message: impl Into<String>) -> Vec<Problem> {
    vec![Problem { path: path.into(), message: message.into() }]
}

/// Checks the container before the workbook reader sees it: the directory (encryption, macros,
/// sizes, zip bombs), then every sheet's span and the shared strings by streaming their XML
/// (`workbook_limits`), so nothing the file declares can make the reader allocate without bound.
pub fn check_container(bytes: &[u8]) -> Result<(), Vec<Problem>> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(one(
            "file",
            "an encrypted (password-protected) workbook or an old .xls file: save it as .xlsx without a password",
        ));
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(one("file", "not an Excel workbook (.xlsx)"));
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| one("file", format!("not a readable .xlsx: {e}")))?;
    if zip.len() > MAX_PARTS {
        return Err(one("file", format!("more than {MAX_PARTS} parts in the workbook")));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(|e| one("file", format!("not a readable .xlsx: {e}")))?;
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        if name.eq_ignore_ascii_case("xl/vbaProject.bin") {
            return Err(one("file", "a macro-enabled workbook: save it as a plain .xlsx without macros"));
        }
        total = total.saturating_add(f.size());
        if f.size() > 1024 * 1024 && f.size() / f.compressed_size().max(1) > MAX_RATIO {
            return Err(one(&name, "compressed far more than a real workbook is (a zip bomb)"));
        }
        if total > MAX_UNCOMPRESSED {
            return Err(one("file", "the workbook unpacks to more than 100 MB"));
        }
    }
    crate::workbook_limits::check_parts(bytes)
}

pub(crate) fn column_letter(mut c: usize) -> String {
    let mut s = String::new();
    c += 1;
    while c > 0 {
        let r = (c - 1) % 26;
        s.insert(0, (b'A' + r as u8) as char);
        c = (c - 1) / 26;
    }
    s
}

/// Every formula in a sheet, by cell (at most 200). Formulas are refused: tillit takes the
/// text people wrote, not what a formula computed.
pub(crate) fn formula_problems<R: std::io::Read + std::io::Seek>(wb: &mut Xlsx<R>, sheet: &str) -> Vec<Problem> {
    let mut problems = vec![];
    if let Ok(formulas) = wb.worksheet_formula(sheet) {
        let (r0, c0) = formulas.start().unwrap_or((0, 0));
        for (r, row) in formulas.rows().enumerate() {
            for (c, f) in row.iter().enumerate() {
                if !f.is_empty() && problems.len() < 200 {
                    let cell = format!("{}{}", column_letter(c0 as usize + c), r0 as usize + r + 1);
                    problems.push(Problem {
                        path: format!("{sheet}!{cell}"),
                        message: format!("a formula (={f}); type the text instead"),
                    });
                }
            }
        }
    }
    problems
}

/// Runs a reader of a workbook so that a panic inside the spreadsheet library (a malformed
/// part it does not expect, such as a sheet dimension ending before it starts) is a problem
/// with the file, not a failed request.
pub(crate) fn guarded<T>(read: impl FnOnce() -> Result<T, Vec<Problem>>) -> Result<T, Vec<Problem>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(one("file", "not a readable .xlsx: a part of it is damaged")))
}

/// Reads the first sheet as a catalogue (columns as in CSV). Every problem names its cell.
pub fn parse_xlsx(bytes: &[u8], title: &str) -> Result<ImportedCatalogue, Vec<Problem>> {
    guarded(|| parse_checked(bytes, title))
}

fn parse_checked(bytes: &[u8], title: &str) -> Result<ImportedCatalogue, Vec<Problem>> {
    check_container(bytes)?;
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| one("file", format!("not a readable .xlsx: {e}")))?;
    let Some(sheet) = wb.sheet_names().first().cloned() else { return Err(one("file", "the workbook has no sheet")) };
    let range = wb.worksheet_range(&sheet).map_err(|e| one(&sheet, format!("cannot be read: {e}")))?;
    let mut problems = formula_problems(&mut wb, &sheet);
    let (r0, c0) = range.start().unwrap_or((0, 0));
    // Build the same text table the CSV reader takes, checking each cell's type.
    let mut out = csv::WriterBuilder::new().from_writer(vec![]);
    for (r, row) in range.rows().enumerate() {
        let mut cells = vec![];
        for (c, v) in row.iter().enumerate() {
            let cell = format!("{sheet}!{}{}", column_letter(c0 as usize + c), r0 as usize + r + 1);
            let text = match v {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                // Whole numbers are fine where a number is typed ("1"); "8.10" typed as a
                // number would become 8.1, so decimals must be text.
                Data::Int(i) => i.to_string(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e12 => format!("{f:.0}"),
                Data::Float(f) => {
                    problems.push(Problem {
                        path: cell,
                        message: format!("the number {f} must be text (format the cell as text, so 8.10 stays 8.10)"),
                    });
                    continue;
                }
                Data::Bool(_) | Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) => {
                    problems
                        .push(Problem { path: cell, message: "a date, time or true/false where text belongs".into() });
                    continue;
                }
                Data::Error(e) => {
                    problems.push(Problem { path: cell, message: format!("an error value ({e:?})") });
                    continue;
                }
            };
            cells.push(text);
        }
        let _ = out.write_record(&cells);
    }
    if !problems.is_empty() {
        problems.truncate(200);
        return Err(problems);
    }
    let csv_bytes = out.into_inner().unwrap_or_default();
    // Problems from the table reader name rows; in a workbook, say which sheet too.
    crate::table::parse_csv(&csv_bytes, title).map_err(|ps| {
        ps.into_iter().map(|p| Problem { path: format!("{sheet}, {}", p.path), message: p.message }).collect()
    })
}

/// The catalogue as a workbook: a header row and one row per requirement, all cells text.
pub fn export_xlsx(rows: &[TableRow], sheet: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet.chars().take(31).collect::<String>())?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for (c, h) in COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = 1 + i as u32;
        for (c, v) in r.cells().iter().enumerate() {
            // Strings only: nothing in an exported workbook is a formula.
            ws.write_string_with_format(row, c as u16, *v, &wrap)?;
        }
    }
    ws.set_column_width(5, 70)?;
    ws.set_column_width(6, 50)?;
    ws.set_freeze_panes(1, 0)?;
    wb.save_to_buffer()
}

/// One sheet of a report workbook: a heading row and rows of text.
pub struct Sheet<'a> {
    pub name: &'a str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Several sheets of text (reports): bold headings, frozen heading row, filters, no formulas.
pub fn export_sheets(sheets: &[Sheet<'_>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for s in sheets {
        let ws = wb.add_worksheet();
        // Excel forbids some characters in sheet names and limits them to 31.
        let name: String = s.name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
        ws.set_name(name)?;
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)?;
            ws.set_column_width(c as u16, if h.len() > 20 { 40 } else { 22 })?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string_with_format(1 + r as u32, c as u16, v, &wrap)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
        if !s.headers.is_empty() {
            ws.autofilter(0, 0, s.rows.len() as u32, s.headers.len() as u16 - 1)?;
        }
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::Workbook;

    fn row(r: &str) -> TableRow {
        TableRow {
            area: "8".into(),
            area_title: "Driftssikkerhet".into(),
            reference: r.into(),
            parent_ref: String::new(),
            title: String::new(),
            text: format!("Krav {r} med «anførsel» og æøå."),
            guidance: String::new(),
            references: String::new(),
            iso: String::new(),
        }
    }

    #[test]
    fn round_trip_keeps_8_10_as_text() {
        let bytes = export_xlsx(&[row("8.1"), row("8.10")], "Krav").unwrap();
        let c = parse_xlsx(&bytes, "Krav").unwrap();
        assert_eq!(c.requirements.len(), 2);
        assert_eq!(c.requirements[1].reference, "8.10");
        assert_eq!(c.requirements[1].text, "Krav 8.10 med «anførsel» og æøå.");
    }

    fn sheet(build: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        build(ws);
        wb.save_to_buffer().unwrap()
    }

    #[test]
    fn bad_workbooks_are_named_by_cell() {
        let e = parse_xlsx(
            &sheet(|ws| {
                ws.write_string(0, 0, "area").unwrap();
                ws.write_string(0, 1, "ref").unwrap();
                ws.write_string(0, 2, "text").unwrap();
                ws.write_string(1, 0, "1").unwrap();
                ws.write_number(1, 1, 8.1).unwrap();
                ws.write_string(1, 2, "Krav").unwrap();
                ws.write_string(2, 0, "1").unwrap();
                ws.write_string(2, 1, "1.2").unwrap();
                ws.write_formula(2, 2, "=A1&B1").unwrap();
            }),
            "x",
        )
        .unwrap_err();
        let paths: Vec<&str> = e.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"Sheet1!C3"), "the formula: {e:?}");
        assert!(paths.contains(&"Sheet1!B2"), "8.1 typed as a number: {e:?}");
        let e = parse_xlsx(
            &sheet(|ws| {
                ws.write_string(0, 0, "area").unwrap();
                ws.write_string(0, 1, "text").unwrap();
            }),
            "x",
        )
        .unwrap_err();
        assert_eq!(e[0].path, "Sheet1, row 1");
        assert!(e[0].message.contains("\"ref\" is missing"));
        assert!(
            parse_xlsx(b"area,ref,text\n1,1.1,Krav\n", "x").unwrap_err()[0].message.contains("not an Excel workbook")
        );
        let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0];
        ole.extend_from_slice(&[0u8; 100]);
        assert!(parse_xlsx(&ole, "x").unwrap_err()[0].message.contains("password-protected"));
    }

    #[test]
    fn macro_enabled_and_zip_bombs_are_refused() {
        use std::io::Write;
        let mut zw = zip::ZipWriter::new(Cursor::new(vec![]));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zw.start_file("xl/workbook.xml", opts).unwrap();
        zw.write_all(b"<workbook/>").unwrap();
        zw.start_file("xl/vbaProject.bin", opts).unwrap();
        zw.write_all(b"macros").unwrap();
        let bytes = zw.finish().unwrap().into_inner();
        assert!(check_container(&bytes).unwrap_err()[0].message.contains("macro-enabled"));
        let mut zw = zip::ZipWriter::new(Cursor::new(vec![]));
        zw.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
        let zeros = vec![b'0'; 1024 * 1024];
        for _ in 0..64 {
            zw.write_all(&zeros).unwrap();
        }
        let bytes = zw.finish().unwrap().into_inner();
        assert!(bytes.len() < 1024 * 1024, "64 MB of zeros packs small");
        assert!(check_container(&bytes).unwrap_err()[0].message.contains("zip bomb"));
    }
}
