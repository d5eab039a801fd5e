//! Each hostile workbook is refused with a message that names the limit, quickly, by the
//! catalogue reader and by the answer-sheet reader alike.

use crate::{answer_sheet, hostile_file, part, with_part};
use tillit_office::{answer_sheet as sheet, xlsx};

fn refused(bytes: &[u8]) -> String {
    let started = std::time::Instant::now();
    let e = xlsx::parse_xlsx(bytes, "Krav").expect_err("a hostile workbook must be refused");
    let a = sheet::read(bytes).expect_err("a hostile workbook must be refused as an answer sheet");
    assert_eq!(e, a, "both readers refuse it for the same reason");
    // Not a timing assertion: a record of how long it took, shown when the test fails.
    eprintln!("refused in {:?}: {:?}", started.elapsed(), e);
    format!("{}: {}", e[0].path, e[0].message)
}

#[test]
fn a_cell_in_each_corner_is_refused_by_its_declared_dimension() {
    let m = refused(&hostile_file("corners.xlsx"));
    assert!(m.contains("declared dimension A1:XFD1048576") && m.contains("at most 100000 rows"), "{m}");
}

#[test]
fn a_cell_in_each_corner_behind_a_small_dimension_is_refused_by_its_cells() {
    let m = refused(&hostile_file("corners-small-dimension.xlsx"));
    assert!(m.starts_with("xl/worksheets/sheet1.xml: has cells that span 1048576 rows"), "{m}");
}

#[test]
fn a_hundred_million_declared_cells_are_refused() {
    let m = refused(&hostile_file("hundred-million.xlsx"));
    assert!(m.contains("A1:CV1000000"), "{m}");
}

#[test]
fn a_trillion_declared_shared_strings_are_refused() {
    let m = refused(&hostile_file("shared-strings.xlsx"));
    assert!(m.contains("declares 1000000000000 shared strings; tillit reads at most 1000000"), "{m}");
}

#[test]
fn a_million_rows_are_refused_while_streaming() {
    let mut xml =
        String::from(r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#);
    for r in 1..=1_000_000 {
        xml.push_str(&format!(r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c></row>"#));
    }
    xml.push_str("</sheetData></worksheet>");
    let bytes = with_part(&hostile_file("good.xlsx"), "xl/worksheets/sheet1.xml", xml.as_bytes());
    let m = refused(&bytes);
    assert!(m.contains("span 100001 rows; tillit reads at most 100000 rows"), "{m}");
}

#[test]
fn a_genuine_answer_sheet_with_a_corner_cell_is_refused() {
    // The hidden fingerprint sheet is genuine, so every identity check passes: only the limits
    // stand between this file and the buyer's server.
    let good = answer_sheet();
    assert!(sheet::read(&good).is_ok(), "the genuine sheet reads");
    let name = "xl/worksheets/sheet1.xml";
    let xml = part(&good, name);
    let hostile = xml.replacen(
        "</sheetData>",
        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#,
        1,
    );
    assert_ne!(xml, hostile);
    let e = sheet::read(&with_part(&good, name, hostile.as_bytes())).unwrap_err();
    assert!(e[0].message.contains("at most 100000 rows"), "{e:?}");
}

#[test]
fn the_good_seed_reads() {
    let c = xlsx::parse_xlsx(&hostile_file("good.xlsx"), "Krav").unwrap();
    assert_eq!(c.requirements.len(), 2);
}

/// Found by the fuzzer: a sheet whose dimension ends before it starts made the spreadsheet
/// library panic (an overflow) inside the reader; it is a damaged file like any other.
#[test]
fn a_dimension_that_ends_before_it_starts_is_a_damaged_file() {
    let genuine = answer_sheet();
    for name in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
        let xml = part(&genuine, name);
        let start = xml.find("<dimension ref=\"").expect("a dimension") + "<dimension ref=\"".len();
        let end = start + xml[start..].find('"').unwrap();
        let broken = format!("{}C9:A1{}", &xml[..start], &xml[end..]);
        let file = with_part(&genuine, name, broken.as_bytes());
        assert!(sheet::read(&file).is_err(), "{name}: the answer sheet reader returns a problem");
        assert!(xlsx::parse_xlsx(&file, "Krav").is_err(), "{name}: the catalogue reader returns a problem");
    }
}
