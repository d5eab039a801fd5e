//! Evidence files a supplier uploads: PDF, images and office documents only, recognised by
//! their content (never by the name alone), with the extension required to agree with it.
//! Macro-enabled documents, encrypted or old binary Office files and zip bombs are refused.

use std::io::Cursor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceKind {
    Pdf,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
}

impl EvidenceKind {
    pub fn content_type(self) -> &'static str {
        match self {
            EvidenceKind::Pdf => "application/pdf",
            EvidenceKind::Png => "image/png",
            EvidenceKind::Jpeg => "image/jpeg",
            EvidenceKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            EvidenceKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            EvidenceKind::Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            EvidenceKind::Odt => "application/vnd.oasis.opendocument.text",
            EvidenceKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            EvidenceKind::Odp => "application/vnd.oasis.opendocument.presentation",
        }
    }
    /// The file name endings that may carry this kind.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            EvidenceKind::Pdf => &["pdf"],
            EvidenceKind::Png => &["png"],
            EvidenceKind::Jpeg => &["jpg", "jpeg"],
            EvidenceKind::Docx => &["docx"],
            EvidenceKind::Xlsx => &["xlsx"],
            EvidenceKind::Pptx => &["pptx"],
            EvidenceKind::Odt => &["odt"],
            EvidenceKind::Ods => &["ods"],
            EvidenceKind::Odp => &["odp"],
        }
    }
}

/// The accepted endings, for the form's help text and `accept` attribute.
pub const ACCEPTED: &str = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.odp";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceProblem {
    Empty,
    TooLarge {
        limit: usize,
    },
    /// The content is none of the accepted kinds.
    ForbiddenType,
    /// The content is `actual`, but the name ends in something else.
    ExtensionMismatch {
        actual: EvidenceKind,
    },
    MacroEnabled,
    /// Encrypted or legacy (.doc/.xls) compound file.
    LegacyOrEncrypted,
    ZipBomb,
    BadName,
}

const MAX_UNCOMPRESSED: u64 = 200 * 1024 * 1024;
const MAX_RATIO: u64 = 200;

fn extension(name: &str) -> Option<String> {
    let (_, ext) = name.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}

/// A file name safe to show and to put in a Content-Disposition header: the last path part,
/// printable characters only, at most 150 characters.
pub fn clean_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next()?.trim();
    let cleaned: String = base.chars().filter(|c| !c.is_control() && *c != '"').take(150).collect();
    (!cleaned.is_empty() && cleaned != "." && cleaned != "..").then_some(cleaned)
}

fn zip_kind(bytes: &[u8]) -> Result<EvidenceKind, EvidenceProblem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| EvidenceProblem::ForbiddenType)?;
    let mut total: u64 = 0;
    let mut names = vec![];
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(|_| EvidenceProblem::ForbiddenType)?;
        let name = f.name().map(|n| n.to_string()).unwrap_or_default();
        if name.to_ascii_lowercase().ends_with("vbaproject.bin") || name.starts_with("Basic/") {
            return Err(EvidenceProblem::MacroEnabled);
        }
        total = total.saturating_add(f.size());
        if (f.size() > 1024 * 1024 && f.size() / f.compressed_size().max(1) > MAX_RATIO) || total > MAX_UNCOMPRESSED {
            return Err(EvidenceProblem::ZipBomb);
        }
        names.push(name);
    }
    let has = |n: &str| names.iter().any(|x| x == n);
    if has("word/document.xml") {
        return Ok(EvidenceKind::Docx);
    }
    if has("xl/workbook.xml") {
        return Ok(EvidenceKind::Xlsx);
    }
    if has("ppt/presentation.xml") {
        return Ok(EvidenceKind::Pptx);
    }
    if has("mimetype") {
        let mut m = zip.by_name("mimetype").map_err(|_| EvidenceProblem::ForbiddenType)?;
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(&mut m, 100), &mut s)
            .map_err(|_| EvidenceProblem::ForbiddenType)?;
        return match s.trim() {
            "application/vnd.oasis.opendocument.text" => Ok(EvidenceKind::Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Ok(EvidenceKind::Ods),
            "application/vnd.oasis.opendocument.presentation" => Ok(EvidenceKind::Odp),
            _ => Err(EvidenceProblem::ForbiddenType),
        };
    }
    Err(EvidenceProblem::ForbiddenType)
}

/// What an uploaded file is, judged by its bytes; refused unless its name agrees.
pub fn check(name: &str, bytes: &[u8], limit: usize) -> Result<EvidenceKind, EvidenceProblem> {
    if bytes.is_empty() {
        return Err(EvidenceProblem::Empty);
    }
    if bytes.len() > limit {
        return Err(EvidenceProblem::TooLarge { limit });
    }
    let name = clean_name(name).ok_or(EvidenceProblem::BadName)?;
    let kind = if bytes.starts_with(b"%PDF-") {
        EvidenceKind::Pdf
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        EvidenceKind::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        EvidenceKind::Jpeg
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(EvidenceProblem::LegacyOrEncrypted);
    } else if bytes.starts_with(b"PK\x03\x04") {
        zip_kind(bytes)?
    } else {
        return Err(EvidenceProblem::ForbiddenType);
    };
    match extension(&name) {
        Some(ext) if kind.extensions().contains(&ext.as_str()) => Ok(kind),
        _ => Err(EvidenceProblem::ExtensionMismatch { actual: kind }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_with(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (n, b) in parts {
            w.start_file(*n, zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(b).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn accepted_kinds_by_content() {
        let pdf = b"%PDF-1.7\n...".to_vec();
        assert_eq!(check("ISO27001-sertifikat.pdf", &pdf, 1000), Ok(EvidenceKind::Pdf));
        assert_eq!(check("C:\\Users\\x\\Bevis.PDF", &pdf, 1000), Ok(EvidenceKind::Pdf));
        let png = b"\x89PNG\r\n\x1a\nrest".to_vec();
        assert_eq!(check("skjerm.png", &png, 1000), Ok(EvidenceKind::Png));
        assert_eq!(check("foto.jpeg", &[0xFF, 0xD8, 0xFF, 0xE0], 1000), Ok(EvidenceKind::Jpeg));
        let docx = zip_with(&[("[Content_Types].xml", b"x"), ("word/document.xml", b"<w/>")]);
        assert_eq!(check("rutiner.docx", &docx, 100_000), Ok(EvidenceKind::Docx));
        let odt = zip_with(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"x")]);
        assert_eq!(check("rutiner.odt", &odt, 100_000), Ok(EvidenceKind::Odt));
    }

    #[test]
    fn lies_forbidden_types_macros_and_size_are_refused() {
        let pdf = b"%PDF-1.7\n".to_vec();
        assert_eq!(
            check("bilde.png", &pdf, 1000),
            Err(EvidenceProblem::ExtensionMismatch { actual: EvidenceKind::Pdf }),
            "a PDF named .png"
        );
        assert_eq!(check("script.pdf", b"#!/bin/sh\nrm -rf /", 1000), Err(EvidenceProblem::ForbiddenType));
        assert_eq!(check("side.html", b"<html><script>", 1000), Err(EvidenceProblem::ForbiddenType));
        assert_eq!(check("x.pdf", &pdf, 4), Err(EvidenceProblem::TooLarge { limit: 4 }));
        assert_eq!(check("x.pdf", b"", 4), Err(EvidenceProblem::Empty));
        assert_eq!(check("gammel.doc", &[0xD0, 0xCF, 0x11, 0xE0, 0, 0], 100), Err(EvidenceProblem::LegacyOrEncrypted));
        let macro_doc = zip_with(&[("word/document.xml", b"<w/>"), ("word/vbaProject.bin", b"x")]);
        assert_eq!(check("makro.docx", &macro_doc, 100_000), Err(EvidenceProblem::MacroEnabled));
        let other_zip = zip_with(&[("payload.exe", b"MZ")]);
        assert_eq!(check("arkiv.docx", &other_zip, 100_000), Err(EvidenceProblem::ForbiddenType));
        let bomb = zip_with(&[("word/document.xml", &vec![b'a'; 5 * 1024 * 1024])]);
        assert_eq!(check("bombe.docx", &bomb, 10_000_000), Err(EvidenceProblem::ZipBomb));
        assert_eq!(check("../", &pdf, 1000), Err(EvidenceProblem::BadName));
    }

    #[test]
    fn names_are_cleaned_for_headers() {
        assert_eq!(clean_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(clean_name("a\"b\r\n.pdf").as_deref(), Some("ab.pdf"));
        assert_eq!(clean_name(""), None);
    }
}
