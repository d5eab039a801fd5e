//! Word documents (.docx, WordprocessingML) from the shared document model: real heading
//! styles, tables whose header row repeats on every page, the language set on the text,
//! and a footer on every page. Written by hand as a small zip of XML parts.

use crate::doc::{Block, Doc};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot carry are dropped rather than breaking the file.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A run of text; line breaks inside the text become <w:br/>.
fn runs(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    text.split('\n')
        .enumerate()
        .map(|(i, line)| {
            let br = if i > 0 { "<w:br/>" } else { "" };
            format!("<w:r>{props}{br}<w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(line))
        })
        .collect()
}

fn paragraph(style: Option<&str>, text: &str, bold: bool) -> String {
    let p_pr = style.map(|s| format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")).unwrap_or_default();
    format!("<w:p>{p_pr}{}</w:p>", runs(text, bold))
}

/// Page width between margins, in twentieths of a point (A4, 2 cm margins).
const TEXT_WIDTH: f32 = 9638.0;

fn table(headers: &[String], widths: &[f32], rows: &[Vec<String>]) -> String {
    let total: f32 = widths.iter().sum::<f32>().max(1.0);
    let cols: Vec<u32> = widths.iter().map(|w| (w / total * TEXT_WIDTH) as u32).collect();
    let grid: String = cols.iter().map(|w| format!("<w:gridCol w:w=\"{w}\"/>")).collect();
    let cell = |w: u32, text: &str, bold: bool, shade: bool| {
        let shading = if shade { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DDE7F0\"/>" } else { "" };
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>{shading}</w:tcPr>{}</w:tc>",
            paragraph(None, text, bold)
        )
    };
    let head: String = headers.iter().zip(&cols).map(|(h, w)| cell(*w, h, true, true)).collect();
    let body: String = rows
        .iter()
        .map(|r| {
            let cells: String = r.iter().zip(&cols).map(|(c, w)| cell(*w, c, false, false)).collect();
            format!("<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
        })
        .collect();
    format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>{head}</w:tr>{body}</w:tbl><w:p/>",
        TEXT_WIDTH as u32
    )
}

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

fn document_xml(doc: &Doc) -> String {
    let mut body = String::new();
    for b in &doc.blocks {
        match b {
            Block::Heading(level, text) => {
                let style = match level {
                    1 => "Heading1",
                    2 => "Heading2",
                    _ => "Heading3",
                };
                body.push_str(&paragraph(Some(style), text, false));
            }
            Block::Paragraph(text) => body.push_str(&paragraph(None, text, false)),
            Block::Table { headers, widths, rows } => body.push_str(&table(headers, widths, rows)),
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {NS}><w:body>{body}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

fn styles_xml(lang: &str) -> String {
    let heading = |id: &str, name: &str, size: u32, level: u32| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{level}\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"{size}\"/></w:rPr></w:style>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"20\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"80\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>{}{}{}<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"14\"/></w:rPr></w:style><w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>",
        heading("Heading1", "heading 1", 32, 0),
        heading("Heading2", "heading 2", 26, 1),
        heading("Heading3", "heading 3", 22, 2),
    )
}

/// Writes `doc` as a .docx; `lang` in the document is e.g. nb-NO, sv-SE, en-GB.
pub fn render(doc: &Doc) -> Result<Vec<u8>, String> {
    let lang = match doc.lang.as_str() {
        "nb" => "nb-NO",
        "sv" => "sv-SE",
        _ => "en-GB",
    };
    let footer = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr {NS}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>{}<w:r><w:t xml:space=\"preserve\"> · </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>",
        runs(&doc.footer, false)
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>tillit</dc:creator><dc:language>{lang}</dc:language></cp:coreProperties>",
        esc(&doc.title),
        esc(&doc.subject)
    );
    let parts: [(&str, String); 7] = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>".into(),
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>".into(),
        ),
        (
            "word/_rels/document.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/></Relationships>".into(),
        ),
        ("word/document.xml", document_xml(doc)),
        ("word/styles.xml", styles_xml(lang)),
        ("word/footer1.xml", footer),
        ("docProps/core.xml", core),
    ];
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        w.start_file(name, opts).map_err(|e| e.to_string())?;
        w.write_all(body.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(w.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn a_docx_with_headings_a_repeating_table_header_and_the_footer() {
        let doc = Doc {
            title: "Bilag 2 <krav>".into(),
            subject: "Kravspesifikasjon".into(),
            lang: "nb".into(),
            footer: "SHA-256 abc".into(),
            blocks: vec![
                Block::Heading(1, "Sikkerhetskrav".into()),
                Block::Paragraph("Linje én\nLinje to & tre".into()),
                Block::Table {
                    headers: vec!["Nr.".into(), "Krav".into()],
                    widths: vec![1.0, 5.0],
                    rows: vec![vec!["8.7".into(), "Leverandøren skal kryptere <all> trafikk.".into()]],
                },
            ],
        };
        let bytes = render(&doc).unwrap();
        let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        z.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        assert!(xml.contains("<w:pStyle w:val=\"Heading1\"/>"));
        assert!(xml.contains("<w:tblHeader/>"), "the header row repeats");
        assert!(xml.contains("kryptere &lt;all&gt; trafikk"), "text is escaped");
        assert!(xml.contains("Linje to &amp; tre") && xml.contains("<w:br/>"));
        let mut styles = String::new();
        z.by_name("word/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
        assert!(styles.contains("w:lang w:val=\"nb-NO\""));
        let mut core = String::new();
        z.by_name("docProps/core.xml").unwrap().read_to_string(&mut core).unwrap();
        assert!(core.contains("Bilag 2 &lt;krav&gt;"));
        assert!(z.by_name("word/footer1.xml").is_ok());
    }
}
