//! The file readers against hostile input: the committed hostile workbooks (tests/hostile),
//! a million-row sheet made here, and bounded fuzzing of every reader (xlsx, csv, OSCAL, the
//! answer sheet, evidence recognition) seeded with those files. The test command runs this
//! binary under an address-space limit, so a reader that tries to allocate without bound
//! fails here instead of in a municipality's server.

// Test code: a step that cannot run fails the test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fuzz;
mod hostile;

use std::path::PathBuf;

pub fn hostile_file(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/hostile").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A genuine answer sheet, as a buyer downloads it for a bidder.
pub fn answer_sheet() -> Vec<u8> {
    use tillit_office::answer_sheet::{SheetIdentity, SheetItem, SheetText, write};
    let text = SheetText {
        sheet_name: "Svar",
        title: "Svarskjema",
        facts: vec![("Oppdragsgiver", "Bergen kommune")],
        instructions: "Fyll ut kolonnene G–I.",
        columns: ["Id", "Ref", "Område", "Krav", "Type", "Vekt", "Status", "Beskrivelse", "Dokumentasjon"],
        statuses: vec!["Oppfylt", "Delvis", "Ikke oppfylt"],
    };
    let id = SheetIdentity { version_id: "v-1", set_hash: &"ab".repeat(32), case_number: "2026/17" };
    let items = [
        SheetItem { requirement_id: "r-1", reference: "1.1", area: "1", text: "Krav en", kind: "must", weight: 0 },
        SheetItem { requirement_id: "r-2", reference: "1.2", area: "1", text: "Krav to", kind: "award", weight: 100 },
    ];
    write(&text, &id, &items).unwrap()
}

/// Rebuilds a workbook with one part's content replaced (or added).
pub fn with_part(xlsx: &[u8], part: &str, content: &[u8]) -> Vec<u8> {
    use std::io::{Cursor, Read, Write};
    let mut zin = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut zw = zip::ZipWriter::new(Cursor::new(vec![]));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut replaced = false;
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = vec![];
        f.read_to_end(&mut data).unwrap();
        zw.start_file(name.as_str(), opts).unwrap();
        if name == part {
            zw.write_all(content).unwrap();
            replaced = true;
        } else {
            zw.write_all(&data).unwrap();
        }
    }
    if !replaced {
        zw.start_file(part, opts).unwrap();
        zw.write_all(content).unwrap();
    }
    zw.finish().unwrap().into_inner()
}

/// A part of a workbook as text.
pub fn part(xlsx: &[u8], name: &str) -> String {
    use std::io::{Cursor, Read};
    let mut zin = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut s = String::new();
    zin.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}
