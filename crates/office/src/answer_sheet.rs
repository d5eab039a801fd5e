//! The tender's Excel answer sheet: requirement columns locked, answer columns open with a
//! drop-down for the status, and the set's id and SHA-256 in a hidden sheet. The bidder's
//! returned sheet is read back cell by cell; every problem names its cell.

use crate::oscal::Problem;
use crate::xlsx::{check_container, column_letter};
use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{DataValidation, Format, FormatBorder, Workbook, XlsxError};
use std::io::Cursor;

/// The hidden sheet with the set's identity.
pub const META_SHEET: &str = "tillit";
pub const FORMAT: &str = "tillit-answer-sheet/1";
/// The header row of the answer table (0-based); requirements start on the row below.
pub const HEADER_ROW: u32 = 6;

/// Column order of the answer table.
pub const COL_ID: u16 = 0;
pub const COL_REF: u16 = 1;
pub const COL_AREA: u16 = 2;
pub const COL_TEXT: u16 = 3;
pub const COL_KIND: u16 = 4;
pub const COL_WEIGHT: u16 = 5;
pub const COL_STATUS: u16 = 6;
pub const COL_DESCRIPTION: u16 = 7;
pub const COL_EVIDENCE: u16 = 8;

pub struct SheetItem<'a> {
    pub requirement_id: &'a str,
    pub reference: &'a str,
    pub area: &'a str,
    pub text: &'a str,
    pub kind: &'a str,
    pub weight: u32,
}

/// The words of the sheet, in the organisation's language.
pub struct SheetText<'a> {
    pub sheet_name: &'a str,
    pub title: &'a str,
    /// (label, value) lines above the table: buyer, case, version, hash, deadline.
    pub facts: Vec<(&'a str, &'a str)>,
    pub instructions: &'a str,
    /// The nine column headings, in column order.
    pub columns: [&'a str; 9],
    /// The status labels offered in the drop-down.
    pub statuses: Vec<&'a str>,
}

pub struct SheetIdentity<'a> {
    pub version_id: &'a str,
    pub set_hash: &'a str,
    pub case_number: &'a str,
}

pub fn write(text: &SheetText<'_>, id: &SheetIdentity<'_>, items: &[SheetItem<'_>]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let head = Format::new().set_bold().set_text_wrap().set_background_color("#DDE7F0").set_border(FormatBorder::Thin);
    let locked = Format::new().set_text_wrap().set_border(FormatBorder::Thin).set_background_color("#F3F3F3");
    let open = Format::new().set_text_wrap().set_border(FormatBorder::Thin).set_unlocked();
    let ws = wb.add_worksheet();
    ws.set_name(text.sheet_name.chars().take(31).collect::<String>())?;
    ws.write_string_with_format(0, 0, text.title, &title)?;
    for (i, (k, v)) in text.facts.iter().enumerate() {
        ws.write_string_with_format(1 + i as u32, 0, *k, &bold)?;
        ws.write_string(1 + i as u32, 1, *v)?;
    }
    ws.write_string(HEADER_ROW - 1, 0, text.instructions)?;
    for (c, h) in text.columns.iter().enumerate() {
        ws.write_string_with_format(HEADER_ROW, c as u16, *h, &head)?;
    }
    for (i, it) in items.iter().enumerate() {
        let r = HEADER_ROW + 1 + i as u32;
        // Strings only, so nothing in the sheet is a formula.
        ws.write_string_with_format(r, COL_ID, it.requirement_id, &locked)?;
        ws.write_string_with_format(r, COL_REF, it.reference, &locked)?;
        ws.write_string_with_format(r, COL_AREA, it.area, &locked)?;
        ws.write_string_with_format(r, COL_TEXT, it.text, &locked)?;
        ws.write_string_with_format(r, COL_KIND, it.kind, &locked)?;
        let w = if it.weight > 0 { format!("{} %", it.weight) } else { String::new() };
        ws.write_string_with_format(r, COL_WEIGHT, &w, &locked)?;
        for c in [COL_STATUS, COL_DESCRIPTION, COL_EVIDENCE] {
            ws.write_blank(r, c, &open)?;
        }
    }
    if !items.is_empty() {
        let last = HEADER_ROW + items.len() as u32;
        let v = DataValidation::new().allow_list_strings(&text.statuses)?.ignore_blank(true);
        ws.add_data_validation(HEADER_ROW + 1, COL_STATUS, last, COL_STATUS, &v)?;
    }
    for (c, w) in
        [(COL_ID, 14.0), (COL_REF, 8.0), (COL_AREA, 22.0), (COL_TEXT, 70.0), (COL_KIND, 14.0), (COL_WEIGHT, 8.0)]
    {
        ws.set_column_width(c, w)?;
    }
    ws.set_column_width(COL_STATUS, 18)?;
    ws.set_column_width(COL_DESCRIPTION, 60)?;
    ws.set_column_width(COL_EVIDENCE, 28)?;
    ws.set_freeze_panes(HEADER_ROW + 1, 0)?;
    // Locked cells cannot be edited; the answer cells are unlocked. No password: the lock
    // guards against slips, and the import checks every requirement against the frozen set.
    ws.protect();

    let meta = wb.add_worksheet();
    meta.set_name(META_SHEET)?;
    for (r, (k, v)) in [
        ("format", FORMAT),
        ("set_version_id", id.version_id),
        ("set_hash", id.set_hash),
        ("case_number", id.case_number),
    ]
    .iter()
    .enumerate()
    {
        meta.write_string(r as u32, 0, *k)?;
        meta.write_string(r as u32, 1, *v)?;
    }
    meta.set_very_hidden(true);
    meta.protect();
    wb.save_to_buffer()
}

/// One answer row as the bidder left it; `row` is the Excel row number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnedRow {
    pub row: u32,
    pub requirement_id: String,
    pub text: String,
    pub status: String,
    pub description: String,
    pub evidence_ref: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub version_id: String,
    pub set_hash: String,
    pub sheet: String,
    pub rows: Vec<ReturnedRow>,
}

fn cell_text(v: &Data) -> Option<String> {
    match v {
        Data::Empty => Some(String::new()),
        Data::String(s) => Some(s.trim().to_string()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e12 => Some(format!("{f:.0}")),
        _ => None,
    }
}

/// Reads a returned answer sheet. The container is checked first (not a workbook,
/// encrypted, macros, zip bomb); formulas and odd cell types are named by cell.
pub fn read(bytes: &[u8]) -> Result<Returned, Vec<Problem>> {
    crate::xlsx::guarded(|| read_checked(bytes))
}

fn read_checked(bytes: &[u8]) -> Result<Returned, Vec<Problem>> {
    check_container(bytes)?;
    let one = |path: &str, m: &str| vec![Problem { path: path.into(), message: m.into() }];
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| one("file", &format!("not a readable .xlsx: {e}")))?;
    let names = wb.sheet_names();
    if !names.iter().any(|n| n == META_SHEET) {
        return Err(one("file", "not a tillit answer sheet (its hidden sheet with the set's fingerprint is missing)"));
    }
    let meta = wb.worksheet_range(META_SHEET).map_err(|e| one(META_SHEET, &format!("cannot be read: {e}")))?;
    let get = |key: &str| {
        meta.rows()
            .find(|r| r.first().and_then(cell_text).as_deref() == Some(key))
            .and_then(|r| r.get(1))
            .and_then(cell_text)
    };
    if get("format").as_deref() != Some(FORMAT) {
        return Err(one(&format!("{META_SHEET}!B1"), "not a tillit answer sheet of a known format"));
    }
    let version_id = get("set_version_id").unwrap_or_default();
    let set_hash = get("set_hash").unwrap_or_default();
    let Some(sheet) = names.iter().find(|n| *n != META_SHEET).cloned() else {
        return Err(one("file", "the workbook has no answer sheet"));
    };
    let mut problems = crate::xlsx::formula_problems(&mut wb, &sheet);
    let range = wb.worksheet_range(&sheet).map_err(|e| one(&sheet, &format!("cannot be read: {e}")))?;
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut rows = vec![];
    for (i, row) in range.rows().enumerate() {
        let r = r0 + i as u32;
        if r <= HEADER_ROW {
            continue;
        }
        let mut cells = vec![String::new(); 9];
        for (j, v) in row.iter().enumerate() {
            let c = c0 as usize + j;
            if c >= 9 {
                continue;
            }
            match cell_text(v) {
                Some(t) => cells[c] = t,
                None => problems.push(Problem {
                    path: format!("{sheet}!{}{}", column_letter(c), r + 1),
                    message: "a number, date or error where text belongs".into(),
                }),
            }
        }
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push(ReturnedRow {
            row: r + 1,
            requirement_id: cells[COL_ID as usize].clone(),
            text: cells[COL_TEXT as usize].clone(),
            status: cells[COL_STATUS as usize].clone(),
            description: cells[COL_DESCRIPTION as usize].clone(),
            evidence_ref: cells[COL_EVIDENCE as usize].clone(),
        });
    }
    if !problems.is_empty() {
        problems.truncate(200);
        return Err(problems);
    }
    Ok(Returned { version_id, set_hash, sheet, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let text = SheetText {
            sheet_name: "Svar",
            title: "Svarskjema",
            facts: vec![("Sak", "2026/1 Fagsystem"), ("SHA-256", "abc")],
            instructions: "Fyll ut kolonne G–I.",
            columns: ["ID", "Krav", "Område", "Tekst", "Skal/bør", "Vekt", "Svar", "Beskrivelse", "Dokumentasjon"],
            statuses: vec!["oppfylt", "delvis oppfylt", "ikke oppfylt", "ikke relevant"],
        };
        let items = [
            SheetItem {
                requirement_id: "r1",
                reference: "8.7",
                area: "8 Kryptering",
                text: "Krypter alt.",
                kind: "skal-krav",
                weight: 0,
            },
            SheetItem {
                requirement_id: "r2",
                reference: "8.10",
                area: "8 Kryptering",
                text: "Logg \"alt\"",
                kind: "bør-krav",
                weight: 100,
            },
        ];
        write(&text, &SheetIdentity { version_id: "v1", set_hash: "abc", case_number: "2026/1" }, &items).unwrap()
    }

    #[test]
    fn an_untouched_sheet_reads_back_with_its_identity_and_text() {
        let back = read(&sample()).unwrap();
        assert_eq!(back.version_id, "v1");
        assert_eq!(back.set_hash, "abc");
        assert_eq!(back.sheet, "Svar");
        assert_eq!(back.rows.len(), 2);
        assert_eq!(back.rows[1].requirement_id, "r2");
        assert_eq!(back.rows[1].text, "Logg \"alt\"");
        assert_eq!(back.rows[0].row, HEADER_ROW + 2);
        assert_eq!(back.rows[0].status, "");
    }

    #[test]
    fn other_workbooks_are_not_answer_sheets() {
        let rows = vec![];
        let plain = crate::xlsx::export_xlsx(&rows, "Krav").unwrap();
        let e = read(&plain).unwrap_err();
        assert!(e[0].message.contains("not a tillit answer sheet"), "{e:?}");
        assert!(read(b"not a zip").is_err());
    }
}
