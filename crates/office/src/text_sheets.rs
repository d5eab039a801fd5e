//! Every sheet of a workbook as text, each cell named by sheet and cell (`Leverandører!C4`),
//! for imports that read rows by their headings. The container is checked first, formulas are
//! refused, dates become `YYYY-MM-DD`, and a panic in the spreadsheet library is a problem
//! with the file.

use crate::oscal::Problem;
use crate::xlsx::{check_container, column_letter, formula_problems, guarded};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// One sheet: its name and its rows (the row's number in the sheet, and its cells as text).
#[derive(Debug)]
pub struct TextSheet {
    pub name: String,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl TextSheet {
    /// The cell name of column `c` (from 0) in sheet row `row` (from 1): `Contracts!F7`.
    pub fn cell(&self, c: usize, row: usize) -> String {
        format!("{}!{}{}", self.name, column_letter(c), row)
    }
}

pub fn read(bytes: &[u8]) -> Result<Vec<TextSheet>, Vec<Problem>> {
    guarded(|| read_checked(bytes))
}

/// An Excel serial day (days since 1899-12-30) as `YYYY-MM-DD`.
fn serial_date(serial: f64) -> String {
    tillit_domain::platform::local_time::format_day(serial.floor() as i64 - 25_569)
}

fn read_checked(bytes: &[u8]) -> Result<Vec<TextSheet>, Vec<Problem>> {
    check_container(bytes)?;
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| vec![Problem { path: "file".into(), message: format!("not a readable .xlsx: {e}") }])?;
    let mut problems = vec![];
    let mut out = vec![];
    for name in wb.sheet_names() {
        problems.extend(formula_problems(&mut wb, &name));
        let range = match wb.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem { path: name.clone(), message: format!("cannot be read: {e}") });
                continue;
            }
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows = vec![];
        for (r, row) in range.rows().enumerate() {
            let mut cells = vec![String::new(); c0 as usize];
            for (c, v) in row.iter().enumerate() {
                let text = match v {
                    Data::Empty => String::new(),
                    Data::String(s) => s.trim().to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                    Data::Float(f) => f.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => serial_date(d.as_f64()),
                    Data::DateTimeIso(s) => s.chars().take(10).collect(),
                    Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => {
                        let cell = format!("{name}!{}{}", column_letter(c0 as usize + c), r0 as usize + r + 1);
                        problems.push(Problem { path: cell, message: format!("an error value ({e:?})") });
                        String::new()
                    }
                };
                cells.push(text);
            }
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push((r0 as usize + r + 1, cells));
            }
        }
        out.push(TextSheet { name, rows });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        problems.truncate(200);
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

    #[test]
    fn cells_are_text_and_dates_are_days() {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("Kontrakter").unwrap();
        ws.write_string(0, 0, "Start").unwrap();
        let date = ExcelDateTime::from_ymd(2027, 1, 31).unwrap();
        ws.write_datetime_with_format(1, 0, &date, &Format::new().set_num_format("yyyy-mm-dd")).unwrap();
        ws.write_number(1, 1, 6.0).unwrap();
        let sheets = read(&wb.save_to_buffer().unwrap()).unwrap();
        assert_eq!(sheets[0].rows[1], (2, vec!["2027-01-31".to_string(), "6".to_string()]));
        assert_eq!(sheets[0].cell(1, 2), "Kontrakter!B2");
        let mut wb = Workbook::new();
        wb.add_worksheet().write_formula(0, 0, "=1+1").unwrap();
        let problems = read(&wb.save_to_buffer().unwrap()).unwrap_err();
        assert!(problems[0].message.contains("formula"), "{:?}", problems[0].message);
    }
}
