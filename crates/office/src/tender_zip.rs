//! The received tenders as an e-tendering system (Mercell, TendSign, KGV, e-Avrop) exports
//! them: one ZIP, a folder or file per bidder. The workbooks in it are taken out with bounds
//! on entries, sizes and compression (a hostile archive is refused before it is unpacked);
//! other documents in it are listed, not read.

use crate::oscal::Problem;
use std::io::{Cursor, Read};

/// At most this many entries in the archive.
pub const MAX_ENTRIES: usize = 2_000;
/// One workbook unpacks to at most 25 MB, all of them to 250 MB.
pub const MAX_WORKBOOK: u64 = 25 * 1024 * 1024;
pub const MAX_TOTAL: u64 = 250 * 1024 * 1024;
const MAX_RATIO: u64 = 200;

pub struct ZipWorkbook {
    /// The entry's path in the archive, as the e-tendering system named it.
    pub path: String,
    pub bytes: Vec<u8>,
}

pub struct TenderZip {
    pub workbooks: Vec<ZipWorkbook>,
    /// Entries that are not workbooks (tender documents, attachments): not read.
    pub skipped: Vec<String>,
}

fn one(path: &str, message: impl Into<String>) -> Vec<Problem> {
    vec![Problem { path: path.into(), message: message.into() }]
}

pub fn read(bytes: &[u8]) -> Result<TenderZip, Vec<Problem>> {
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(one("file", "not a ZIP archive"));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| one("file", format!("not a readable ZIP archive: {e}")))?;
    if zip.len() > MAX_ENTRIES {
        return Err(one("file", format!("more than {MAX_ENTRIES} entries in the archive")));
    }
    let mut total: u64 = 0;
    let mut out = TenderZip { workbooks: vec![], skipped: vec![] };
    for i in 0..zip.len() {
        let f = zip.by_index(i).map_err(|e| one("file", format!("entry {i} cannot be read: {e}")))?;
        let name =
            f.name().map(|n| n.to_string()).map_err(|e| one("file", format!("entry {i} has no readable name: {e}")))?;
        if f.is_dir() {
            continue;
        }
        let base = name.rsplit('/').next().unwrap_or(&name);
        // Office's lock files and macOS resource forks are not workbooks.
        let workbook = name.to_lowercase().ends_with(".xlsx") && !base.starts_with("~$") && !name.contains("__MACOSX/");
        if !workbook {
            out.skipped.push(name);
            continue;
        }
        if f.size() > MAX_WORKBOOK {
            return Err(one(&name, format!("unpacks to more than {} MB", MAX_WORKBOOK / (1024 * 1024))));
        }
        if f.size() > 1024 * 1024 && f.size() / f.compressed_size().max(1) > MAX_RATIO {
            return Err(one(&name, "compressed far more than a real workbook is (a zip bomb)"));
        }
        total = total.saturating_add(f.size());
        if total > MAX_TOTAL {
            return Err(one("file", format!("the workbooks unpack to more than {} MB", MAX_TOTAL / (1024 * 1024))));
        }
        // The declared size may lie: read one byte past it at most.
        let mut data = Vec::with_capacity(f.size() as usize);
        f.take(MAX_WORKBOOK + 1).read_to_end(&mut data).map_err(|e| one(&name, format!("cannot be unpacked: {e}")))?;
        if data.len() as u64 > MAX_WORKBOOK {
            return Err(one(&name, format!("unpacks to more than {} MB", MAX_WORKBOOK / (1024 * 1024))));
        }
        out.workbooks.push(ZipWorkbook { path: name, bytes: data });
    }
    if out.workbooks.is_empty() {
        return Err(one("file", "no answer sheet (.xlsx) in the archive"));
    }
    Ok(out)
}

/// The tender package for upload to an e-tendering system: the given files, deflated.
pub fn write(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        w.start_file(name.as_str(), o).map_err(|e| e.to_string())?;
        w.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(w.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, body) in entries {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(body).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn workbooks_are_taken_and_other_documents_listed() {
        let z = archive(&[
            ("Alfa AS 923609016/Svarskjema.xlsx", b"PK-not-checked-here"),
            ("Alfa AS 923609016/Firmaattest.pdf", b"%PDF"),
            ("Alfa AS 923609016/~$Svarskjema.xlsx", b"lock"),
        ]);
        let r = read(&z).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(r.workbooks.len(), 1);
        assert_eq!(r.workbooks[0].path, "Alfa AS 923609016/Svarskjema.xlsx");
        assert_eq!(r.skipped.len(), 2);
    }

    #[test]
    fn what_is_not_an_archive_or_holds_no_workbook_is_refused() {
        assert!(read(b"hello").is_err());
        let z = archive(&[("readme.txt", b"x")]);
        let p = read(&z).err().unwrap();
        assert!(p[0].message.contains("no answer sheet"), "{p:?}");
    }

    #[test]
    fn a_zip_bomb_is_refused_before_it_is_unpacked() {
        let zeros = vec![0u8; 30 * 1024 * 1024];
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let o = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.start_file("bomb.xlsx", o).unwrap();
        w.write_all(&zeros).unwrap();
        let z = w.finish().unwrap().into_inner();
        assert!(z.len() < 100 * 1024, "{}", z.len());
        let p = read(&z).err().unwrap();
        assert!(p[0].message.contains("more than 25 MB") || p[0].message.contains("zip bomb"), "{p:?}");
    }
}
