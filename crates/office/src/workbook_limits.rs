//! Limits on what a workbook may hold, checked by streaming its XML before the workbook reader
//! allocates anything. A workbook reader sizes its grid from the cells' outermost positions and
//! its string table from a declared count; a 1.6 KB file with one cell in A1 and one in
//! XFD1048576, or a declared `uniqueCount` of a trillion, would make it ask for hundreds of
//! gigabytes and abort the process. Here every limit is decided from the declared dimension, the
//! cells actually present and the declared counts, each refusal naming the part and the limit.

use crate::oscal::Problem;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// Most rows one sheet may span. A catalogue of every NIST SP 800-53 control has ~1,200.
pub const MAX_ROWS: u64 = 100_000;
/// Most columns one sheet may span. tillit's sheets use nine.
pub const MAX_COLUMNS: u64 = 200;
/// Most cells in the rectangle a sheet's cells span (the reader allocates every one of them).
pub const MAX_CELLS: u64 = 2_000_000;
/// Most entries in the shared string table.
pub const MAX_SHARED_STRINGS: u64 = 1_000_000;

fn problem(path: &str, message: String) -> Vec<Problem> {
    vec![Problem { path: path.into(), message }]
}

/// Excel's largest sheet: XFD1048576.
const EXCEL_ROWS: u64 = 1_048_576;
const EXCEL_COLUMNS: u64 = 16_384;

/// "B12" → (row 11, column 1), zero-based; None unless it is a cell Excel can address
/// (A1 … XFD1048576). The workbook reader's own parser overflows on longer references, so
/// anything else is refused before it sees them.
fn cell_position(r: &[u8]) -> Option<(u64, u64)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &r[letters..];
    if !(1..=3).contains(&letters) || !(1..=7).contains(&digits.len()) || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let col = r[..letters].iter().fold(0u64, |c, b| c * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1));
    let row = digits.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
    if row == 0 || row > EXCEL_ROWS || col > EXCEL_COLUMNS {
        return None;
    }
    Some((row - 1, col - 1))
}

fn not_a_cell(part: &str, what: &str, value: &str) -> Vec<Problem> {
    let shown = value.chars().take(40).collect::<String>();
    problem(part, format!("{what} \"{shown}\" is not a cell from A1 to XFD1048576"))
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == name).map(|a| a.value.into_owned())
}

fn span_message(rows: u64, cols: u64) -> Option<String> {
    if rows > MAX_ROWS {
        return Some(format!("spans {rows} rows; tillit reads at most {MAX_ROWS} rows in a sheet"));
    }
    if cols > MAX_COLUMNS {
        return Some(format!("spans {cols} columns; tillit reads at most {MAX_COLUMNS} columns in a sheet"));
    }
    if rows.saturating_mul(cols) > MAX_CELLS {
        return Some(format!("spans {rows} rows by {cols} columns; tillit reads at most {MAX_CELLS} cells in a sheet"));
    }
    None
}

/// Streams one worksheet part: the declared dimension and the rectangle the cells present span.
fn check_sheet(part: &str, data: impl Read) -> Result<(), Vec<Problem>> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(data));
    let mut buf = Vec::with_capacity(1024);
    let (mut min_row, mut max_row, mut min_col, mut max_col) = (u64::MAX, 0u64, u64::MAX, 0u64);
    let (mut row, mut col): (Option<u64>, Option<u64>) = (None, None);
    loop {
        buf.clear();
        let ev = xml.read_event_into(&mut buf).map_err(|e| problem(part, format!("not readable XML: {e}")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                "dimension" => {
                    let Some(r) = attribute(e, "ref") else { continue };
                    let mut ends = r.split(':').map(|p| cell_position(p.as_bytes()));
                    let a = ends.next().flatten();
                    let b = ends.next().unwrap_or(a);
                    let (Some(a), Some(b), None) = (a, b, ends.next()) else {
                        return Err(not_a_cell(part, "the declared dimension", &r));
                    };
                    let rows = b.0.abs_diff(a.0) + 1;
                    let cols = b.1.abs_diff(a.1) + 1;
                    if let Some(m) = span_message(rows, cols) {
                        let shown = r.chars().take(40).collect::<String>();
                        return Err(problem(part, format!("its declared dimension {shown} {m}")));
                    }
                }
                "mergeCell" => {
                    let Some(r) = attribute(e, "ref") else { continue };
                    if !r.split(':').all(|p| cell_position(p.as_bytes()).is_some()) {
                        return Err(not_a_cell(part, "a merged range", &r));
                    }
                }
                "row" => {
                    let next = row.map_or(0, |r| r + 1);
                    row = Some(match attribute(e, "r") {
                        Some(v) => match v.trim().parse::<u64>() {
                            Ok(n) if (1..=EXCEL_ROWS).contains(&n) => n - 1,
                            _ => return Err(not_a_cell(part, "the row number", &v)),
                        },
                        None => next,
                    });
                    col = None;
                }
                "c" => {
                    let next_col = col.map_or(0, |c| c + 1);
                    let (r, c) = match attribute(e, "r") {
                        Some(v) => {
                            cell_position(v.as_bytes()).ok_or_else(|| not_a_cell(part, "the cell reference", &v))?
                        }
                        None => (row.unwrap_or(0), next_col),
                    };
                    col = Some(c);
                    (min_row, max_row) = (min_row.min(r), max_row.max(r));
                    (min_col, max_col) = (min_col.min(c), max_col.max(c));
                    if let Some(m) = span_message(max_row - min_row + 1, max_col - min_col + 1) {
                        return Err(problem(part, format!("has cells that {}", m.replacen("spans", "span", 1))));
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Streams the shared string table: its declared counts and the entries present.
fn check_shared_strings(part: &str, data: impl Read) -> Result<(), Vec<Problem>> {
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(data));
    let mut buf = Vec::with_capacity(1024);
    let mut entries: u64 = 0;
    let too_many =
        |n: &str| problem(part, format!("declares {n} shared strings; tillit reads at most {MAX_SHARED_STRINGS}"));
    loop {
        buf.clear();
        let ev = xml.read_event_into(&mut buf).map_err(|e| problem(part, format!("not readable XML: {e}")))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                "sst" => {
                    for name in ["count", "uniqueCount"] {
                        if let Some(v) = attribute(e, name) {
                            let text = v.chars().take(30).collect::<String>();
                            // An unparsable count is as hostile as a huge one: the reader trusts it.
                            match text.trim().parse::<u64>() {
                                Ok(n) if n <= MAX_SHARED_STRINGS => {}
                                _ => return Err(too_many(&text)),
                            }
                        }
                    }
                }
                "si" => {
                    entries += 1;
                    if entries > MAX_SHARED_STRINGS {
                        return Err(problem(
                            part,
                            format!(
                                "holds more than {MAX_SHARED_STRINGS} shared strings; tillit reads at most that many"
                            ),
                        ));
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Checks every worksheet and the shared string table of an .xlsx container whose total
/// uncompressed size has already been bounded.
pub fn check_parts(bytes: &[u8]) -> Result<(), Vec<Problem>> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| problem("file", format!("not a readable .xlsx: {e}")))?;
    for i in 0..zip.len() {
        let f = zip.by_index(i).map_err(|e| problem("file", format!("not a readable .xlsx: {e}")))?;
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        let lower = name.to_ascii_lowercase();
        // The size was checked from the directory; `take` holds a lying directory to it.
        let limit = f.size().saturating_add(1);
        if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            check_sheet(&name, f.take(limit))?;
        } else if lower.ends_with("sharedstrings.xml") {
            check_shared_strings(&name, f.take(limit))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_positions() {
        assert_eq!(cell_position(b"A1"), Some((0, 0)));
        assert_eq!(cell_position(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_position(b"AA10"), Some((9, 26)));
        assert_eq!(cell_position(b"A0"), None);
        assert_eq!(cell_position(b"12"), None);
        assert_eq!(cell_position(b"XFE1"), None);
        assert_eq!(cell_position(b"A1048577"), None);
        assert_eq!(cell_position(b"ABCD1"), None);
        assert_eq!(cell_position(b"A99999999999999999999999"), None);
    }

    #[test]
    fn corners_and_declarations_are_refused() {
        let sheet = |body: &str| format!("<worksheet><sheetData>{body}</sheetData></worksheet>");
        let e = check_sheet(
            "s",
            sheet(r#"<row r="1"><c r="A1"/></row><row r="1048576"><c r="XFD1048576"/></row>"#).as_bytes(),
        )
        .unwrap_err();
        assert!(e[0].message.contains("at most 100000 rows"), "{e:?}");
        let e = check_sheet("s", r#"<worksheet><dimension ref="A1:XFD1048576"/></worksheet>"#.as_bytes()).unwrap_err();
        assert!(e[0].message.contains("declared dimension A1:XFD1048576"), "{e:?}");
        let e = check_sheet(
            "s",
            sheet(r#"<row r="1"><c r="A1"/><c r="GR1"/></row><row r="20000"><c r="A20000"/></row>"#).as_bytes(),
        )
        .unwrap_err();
        assert!(e[0].message.contains("at most 2000000 cells"), "{e:?}");
        assert!(
            check_sheet("s", sheet(r#"<row r="1"><c r="A1"/><c r="I1"/></row><row><c/><c/></row>"#).as_bytes()).is_ok()
        );
        let e = check_shared_strings("x", r#"<sst uniqueCount="1000000000000"></sst>"#.as_bytes()).unwrap_err();
        assert!(e[0].message.contains("1000000000000"), "{e:?}");
        let e = check_shared_strings("x", r#"<sst count="-1"></sst>"#.as_bytes()).unwrap_err();
        assert!(e[0].message.contains("-1"), "{e:?}");
        assert!(
            check_shared_strings("x", r#"<sst count="2" uniqueCount="2"><si><t>a</t></si><si/></sst>"#.as_bytes())
                .is_ok()
        );
    }
}
