//! Catalogues as tables (CSV), in the column layout documented in docs/catalogue-formats.md.
//! Import checks every row first and names the row and column of each problem.

use crate::oscal::{ImportedArea, ImportedCatalogue, ImportedRequirement, Problem};
use std::collections::{BTreeMap, BTreeSet};

/// The columns, in order. `area`, `ref` and `text` are required on import; the rest may be
/// left out. `iso27002_2022` is written on export for reading and ignored on import.
pub const COLUMNS: [&str; 9] =
    ["area", "area_title", "ref", "parent_ref", "title", "text", "guidance", "references", "iso27002_2022"];
const REQUIRED: [&str; 3] = ["area", "ref", "text"];
pub const MAX_ROWS: usize = 100_000;

pub struct TableRow {
    pub area: String,
    pub area_title: String,
    pub reference: String,
    pub parent_ref: String,
    pub title: String,
    pub text: String,
    pub guidance: String,
    /// The source's references, joined with " | ".
    pub references: String,
    /// "8.13 subset; 5.30 intersect"
    pub iso: String,
}

impl TableRow {
    /// The cells in the order of [`COLUMNS`].
    pub fn cells(&self) -> [&str; 9] {
        [
            &self.area,
            &self.area_title,
            &self.reference,
            &self.parent_ref,
            &self.title,
            &self.text,
            &self.guidance,
            &self.references,
            &self.iso,
        ]
    }
}

/// A cell a spreadsheet would run as a formula is written with a leading apostrophe.
fn defuse(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

pub fn export_csv(rows: &[TableRow]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(vec![]);
    let _ = w.write_record(COLUMNS);
    for r in rows {
        let _ = w.write_record(r.cells().iter().map(|c| defuse(c)));
    }
    w.into_inner().unwrap_or_default()
}

/// Reads a CSV catalogue. `title` names the catalogue (the file name).
pub fn parse_csv(bytes: &[u8], title: &str) -> Result<ImportedCatalogue, Vec<Problem>> {
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![Problem {
                path: format!("byte {}", e.valid_up_to()),
                message: "the file is not UTF-8 text".into(),
            }]);
        }
    };
    if text.trim().is_empty() {
        return Err(vec![Problem { path: "row 1".into(), message: "the file is empty".into() }]);
    }
    // Comma or semicolon, as spreadsheets write them in Norway and Sweden.
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut r = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let mut problems = vec![];
    let push = |problems: &mut Vec<Problem>, path: String, message: String| {
        if problems.len() < 200 {
            problems.push(Problem { path, message });
        }
    };
    let headers: Vec<String> = match r.headers() {
        Ok(h) => h.iter().map(|x| x.trim().to_lowercase()).collect(),
        Err(e) => {
            return Err(vec![Problem { path: "row 1".into(), message: format!("cannot read the header row: {e}") }]);
        }
    };
    for (i, h) in headers.iter().enumerate() {
        if !COLUMNS.contains(&h.as_str()) {
            push(
                &mut problems,
                format!("row 1, column {}", i + 1),
                format!("unknown column {h:?} (known: {})", COLUMNS.join(", ")),
            );
        }
    }
    for req in REQUIRED {
        if !headers.iter().any(|h| h == req) {
            push(&mut problems, "row 1".into(), format!("the column {req:?} is missing"));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let col = |name: &str| headers.iter().position(|h| h == name);
    let mut areas: Vec<ImportedArea> = vec![];
    let mut requirements: Vec<ImportedRequirement> = vec![];
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut parents: Vec<(usize, usize, String)> = vec![];
    for (i, rec) in r.records().enumerate() {
        let row = i + 2;
        if requirements.len() >= MAX_ROWS {
            push(&mut problems, format!("row {row}"), format!("more than {MAX_ROWS} rows"));
            break;
        }
        let rec = match rec {
            Ok(x) => x,
            Err(e) => {
                push(&mut problems, format!("row {row}"), format!("cannot be read: {e}"));
                continue;
            }
        };
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |name: &str| col(name).and_then(|c| rec.get(c)).unwrap_or("").trim().to_string();
        for (c, cell) in rec.iter().enumerate() {
            let t = cell.trim_start();
            if t.starts_with(['=', '+', '@']) || (t.starts_with('-') && t.len() > 1 && !t[1..].starts_with(' ')) {
                let name = headers.get(c).cloned().unwrap_or_default();
                push(
                    &mut problems,
                    format!("row {row}, column {name}"),
                    "looks like a formula; tillit takes text only (start the cell with ' to keep it)".into(),
                );
            }
        }
        let reference = get("ref");
        let text = get("text").trim_start_matches('\'').to_string();
        let area = get("area");
        if reference.is_empty() {
            push(&mut problems, format!("row {row}, column ref"), "empty".into());
        } else if let Some(first) = seen.insert(reference.clone(), row) {
            push(&mut problems, format!("row {row}, column ref"), format!("{reference:?} is also on row {first}"));
        }
        if text.is_empty() {
            push(&mut problems, format!("row {row}, column text"), "empty".into());
        }
        if area.is_empty() {
            push(&mut problems, format!("row {row}, column area"), "empty".into());
        }
        if !area.is_empty() && !areas.iter().any(|a| a.number == area) {
            let t = get("area_title");
            areas.push(ImportedArea {
                number: area.clone(),
                title: if t.is_empty() { area.clone() } else { t },
                purpose: None,
            });
        }
        let parent = get("parent_ref");
        if !parent.is_empty() {
            parents.push((row, requirements.len(), parent.clone()));
        }
        requirements.push(ImportedRequirement {
            reference,
            parent: (!parent.is_empty()).then_some(parent),
            title: get("title"),
            text,
            guidance: get("guidance"),
            area,
        });
    }
    let refs: BTreeSet<&str> = requirements.iter().map(|r| r.reference.as_str()).collect();
    for (row, _, parent) in &parents {
        if !refs.contains(parent.as_str()) {
            push(
                &mut problems,
                format!("row {row}, column parent_ref"),
                format!("{parent:?} is not a ref in the file"),
            );
        }
    }
    if requirements.is_empty() && problems.is_empty() {
        push(&mut problems, "row 2".into(), "no requirements".into());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(ImportedCatalogue {
        title: title.to_string(),
        version: String::new(),
        oscal_version: String::new(),
        areas,
        requirements,
        warnings: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(r: &str, text: &str) -> TableRow {
        TableRow {
            area: "8".into(),
            area_title: "Driftssikkerhet".into(),
            reference: r.into(),
            parent_ref: String::new(),
            title: String::new(),
            text: text.into(),
            guidance: "Veiledning, med komma og \"sitat\".".into(),
            references: "ISO 27002 12.3".into(),
            iso: "8.13 subset".into(),
        }
    }

    #[test]
    fn round_trip() {
        let bytes = export_csv(&[
            row("8.7", "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering."),
            row("8.8", "=SUM(A1)"),
        ]);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.contains("'=SUM(A1)"), "formulas are defused on export: {text}");
        let c = parse_csv(&bytes, "Krav").unwrap();
        assert_eq!(c.requirements.len(), 2);
        assert_eq!(c.requirements[0].text, "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.");
        assert_eq!(c.requirements[1].text, "=SUM(A1)", "the apostrophe is removed again");
        assert_eq!(c.areas[0].title, "Driftssikkerhet");
    }

    #[test]
    fn problems_name_row_and_column() {
        let e = parse_csv(b"area,ref\n1,1.1\n", "x").unwrap_err();
        assert_eq!(e[0].message, "the column \"text\" is missing");
        let e = parse_csv(b"area,ref,text,colour\n", "x").unwrap_err();
        assert_eq!(e[0].path, "row 1, column 4");
        let e = parse_csv(
            "area;ref;text\n1;1.1;Krav\n1;1.1;Igjen\n1;;Uten nummer\n1;1.3;\n1;1.4;=HYPERLINK(\"x\")\n".as_bytes(),
            "x",
        )
        .unwrap_err();
        let paths: Vec<&str> = e.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["row 3, column ref", "row 4, column ref", "row 5, column text", "row 6, column text"],
            "{e:?}"
        );
        assert!(e[0].message.contains("also on row 2"));
        assert!(e[3].message.contains("formula"));
        let e = parse_csv(b"area,ref,text,parent_ref\n1,1.1,Krav,9.9\n", "x").unwrap_err();
        assert_eq!(e[0].path, "row 2, column parent_ref");
        let e = parse_csv(b"\xff\xfe not text", "x").unwrap_err();
        assert_eq!(e[0].path, "byte 0");
        assert!(parse_csv(b"", "x").is_err());
    }
}
