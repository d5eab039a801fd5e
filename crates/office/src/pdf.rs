//! Tagged, accessible PDF (PDF/UA-1) from a simple document model: headings, paragraphs,
//! key–value lists and tables. Every piece of text is tagged in reading order; page
//! furniture (footer, rules) is marked as artifacts. The font (DejaVu Sans) is embedded.

use crate::doc::{Block, Doc};
use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, TableHeaderScope, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};
use std::num::NonZeroU16;

const W: f32 = 595.0;
const H: f32 = 842.0;
const MARGIN: f32 = 50.0;
const BOTTOM: f32 = H - 60.0;
const BODY: f32 = 10.0;
const CELL_PAD: f32 = 4.0;

struct Fonts {
    regular: Font,
    bold: Font,
    regular_face: ttf_parser::Face<'static>,
    bold_face: ttf_parser::Face<'static>,
}

impl Fonts {
    fn load() -> Result<Fonts, String> {
        let r: &'static [u8] = dejavu::sans::regular();
        let b: &'static [u8] = dejavu::sans::bold();
        Ok(Fonts {
            regular: Font::new(r.into(), 0).ok_or("the regular font cannot be read")?,
            bold: Font::new(b.into(), 0).ok_or("the bold font cannot be read")?,
            regular_face: ttf_parser::Face::parse(r, 0).map_err(|e| e.to_string())?,
            bold_face: ttf_parser::Face::parse(b, 0).map_err(|e| e.to_string())?,
        })
    }

    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold_face } else { &self.regular_face };
        let upem = f32::from(face.units_per_em());
        text.chars()
            .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(upem * 0.5, f32::from))
            .sum::<f32>()
            * size
            / upem
    }

    /// Greedy word wrap to `max` points; a word longer than a line is cut by characters.
    fn wrap(&self, text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
        let mut lines = vec![];
        for para in text.split('\n') {
            let mut line = String::new();
            for word in para.split_whitespace() {
                let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
                if self.width(&candidate, size, bold) <= max {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(&piece, size, bold) > max {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

/// Lays out and draws the document, page by page, building the tag tree as it goes.
struct Writer<'a> {
    fonts: &'a Fonts,
    footer: &'a str,
    lang: &'a str,
    pages: usize,
}

/// One page being drawn.
struct Cursor<'s, 'p> {
    surface: Surface<'s>,
    y: f32,
    _p: std::marker::PhantomData<&'p ()>,
}

impl Cursor<'_, '_> {
    fn finish(self) {
        self.surface.finish();
    }
}

impl Writer<'_> {
    fn text(&self, c: &mut Cursor, x: f32, y: f32, size: f32, bold: bool, s: &str) -> krilla::tagging::Identifier {
        let id = c.surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        c.surface.set_fill(Some(Fill { paint: rgb::Color::new(20, 20, 20).into(), ..Default::default() }));
        let font = if bold { self.fonts.bold.clone() } else { self.fonts.regular.clone() };
        c.surface.draw_text(Point::from_xy(x, y), font, size, s, false, TextDirection::Auto);
        c.surface.end_tagged();
        id
    }

    fn rule(&self, c: &mut Cursor, x1: f32, y1: f32, x2: f32, y2: f32) {
        c.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)));
        let mut pb = PathBuilder::new();
        pb.move_to(x1, y1);
        pb.line_to(x2, y2);
        if let Some(path) = pb.finish() {
            c.surface.set_fill(None);
            c.surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(150, 150, 150).into(),
                width: 0.5,
                ..Default::default()
            }));
            c.surface.draw_path(&path);
            c.surface.set_stroke(None);
        }
        c.surface.end_tagged();
    }

    fn footer(&self, c: &mut Cursor, page: usize) {
        c.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Page)));
        c.surface.set_fill(Some(Fill { paint: rgb::Color::new(90, 90, 90).into(), ..Default::default() }));
        let text = format!("{} · {}", self.footer, page);
        c.surface.draw_text(
            Point::from_xy(MARGIN, H - 30.0),
            self.fonts.regular.clone(),
            7.0,
            &text,
            false,
            TextDirection::Auto,
        );
        c.surface.end_tagged();
    }
}

fn heading(level: u16, title: &str) -> TagGroup {
    TagGroup::new(Tag::Hn(NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN), Some(title.to_string())))
}

/// Renders `doc` as a PDF/UA-1 document. Fails (rather than writing a non-conforming file)
/// when krilla's validator finds a problem.
pub fn render(doc: &Doc) -> Result<Vec<u8>, String> {
    let fonts = Fonts::load()?;
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| format!("{e:?}"))?;
    let settings = SerializeSettings { configuration, enable_tagging: true, ..Default::default() };
    let mut document = Document::new_with(settings);
    let mut tree = TagTree::new().with_lang(Some(doc.lang.clone()));
    // PDF/UA wants an outline: one entry per heading, level 1 at the top, the rest below it.
    let mut outline = Outline::new();
    let mut top: Option<OutlineNode> = None;
    let w = Writer { fonts: &fonts, footer: &doc.footer, lang: &doc.lang, pages: 0 };
    let mut w = w;
    let width = W - 2.0 * MARGIN;
    // Blocks are laid out into pages; a block that does not fit continues on the next page.
    let mut blocks = doc.blocks.iter().peekable();
    let mut page_no = 0;
    let mut pending_rows: Option<(usize, usize)> = None; // (block index, next row) of a table in progress
    let mut index = 0usize;
    let mut table_groups: Vec<Option<(TagGroup, TagGroup)>> = (0..doc.blocks.len()).map(|_| None).collect();
    while blocks.peek().is_some() || pending_rows.is_some() {
        page_no += 1;
        let mut page = document.start_page_with(PageSettings::from_wh(W, H).ok_or("page size")?);
        let mut c = Cursor { surface: page.surface(), y: MARGIN + 14.0, _p: std::marker::PhantomData };
        w.footer(&mut c, page_no);
        loop {
            // Continue a table that ran over the page, or take the next block.
            let (bi, block, start_row) = match pending_rows.take() {
                Some((bi, row)) => (bi, &doc.blocks[bi], row),
                None => match blocks.next() {
                    Some(b) => {
                        index += 1;
                        (index - 1, b, 0)
                    }
                    None => break,
                },
            };
            match block {
                Block::Heading(level, text) => {
                    let size = match level {
                        1 => 18.0,
                        2 => 14.0,
                        _ => 12.0,
                    };
                    let lines = fonts.wrap(text, size, true, width);
                    let needed = lines.len() as f32 * size * 1.3 + 8.0;
                    if c.y + needed > BOTTOM && c.y > MARGIN + 20.0 {
                        // A heading is drawn whole, on the next page.
                        pending_rows = Some((bi, 0));
                        break;
                    }
                    let mut g = heading(u16::from(*level), text);
                    let dest = XyzDestination::new(page_no - 1, Point::from_xy(MARGIN, c.y));
                    let node = OutlineNode::new(text.clone(), dest);
                    if *level <= 1 {
                        if let Some(t) = top.take() {
                            outline.push_child(t);
                        }
                        top = Some(node);
                    } else {
                        match top.as_mut() {
                            Some(t) => t.push_child(node),
                            None => outline.push_child(node),
                        }
                    }
                    c.y += 4.0;
                    for l in &lines {
                        c.y += size * 1.3;
                        let y = c.y;
                        let id = w.text(&mut c, MARGIN, y, size, true, l);
                        g.push(id);
                    }
                    c.y += 4.0;
                    tree.push(g);
                }
                Block::Paragraph(text) => {
                    let lines = fonts.wrap(text, BODY, false, width);
                    let mut g = TagGroup::new(Tag::P);
                    let mut drawn = 0;
                    for l in lines.iter().skip(start_row) {
                        if c.y + BODY * 1.4 > BOTTOM {
                            break;
                        }
                        c.y += BODY * 1.4;
                        let y = c.y;
                        g.push(w.text(&mut c, MARGIN, y, BODY, false, l));
                        drawn += 1;
                    }
                    if drawn > 0 {
                        tree.push(g);
                    }
                    c.y += 6.0;
                    if start_row + drawn < lines.len() {
                        pending_rows = Some((bi, start_row + drawn));
                        break;
                    }
                }
                Block::Table { headers, widths, rows } => {
                    let total: f32 = widths.iter().sum::<f32>().max(1.0);
                    let cols: Vec<f32> = widths.iter().map(|f| f / total * width).collect();
                    let (thead, tbody) =
                        table_groups[bi].get_or_insert_with(|| (TagGroup::new(Tag::THead), TagGroup::new(Tag::TBody)));
                    let wrap_row = |cells: &[String], bold: bool| -> Vec<Vec<String>> {
                        cells.iter().zip(&cols).map(|(s, cw)| fonts.wrap(s, 8.5, bold, cw - 2.0 * CELL_PAD)).collect()
                    };
                    let draw_row = |c: &mut Cursor,
                                    wrapped: &[Vec<String>],
                                    bold: bool|
                     -> (f32, Vec<Vec<krilla::tagging::Identifier>>) {
                        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32;
                        let h = lines * 8.5 * 1.35 + 2.0 * CELL_PAD;
                        let top = c.y;
                        let mut ids = vec![];
                        let mut x = MARGIN;
                        for (cell, cw) in wrapped.iter().zip(&cols) {
                            let mut cell_ids = vec![];
                            let mut y = top + CELL_PAD;
                            for l in cell {
                                y += 8.5 * 1.35;
                                cell_ids.push(w.text(c, x + CELL_PAD, y - 2.0, 8.5, bold, l));
                            }
                            ids.push(cell_ids);
                            x += cw;
                        }
                        w.rule(c, MARGIN, top + h, MARGIN + width, top + h);
                        c.y = top + h;
                        (h, ids)
                    };
                    // The header row on every page: tagged once, then as an artifact.
                    if start_row == 0 {
                        let y = c.y;
                        w.rule(&mut c, MARGIN, y, MARGIN + width, y);
                        let (_, ids) = draw_row(&mut c, &wrap_row(headers, true), true);
                        let mut tr = TagGroup::new(Tag::TR);
                        for cell in ids {
                            let mut th = TagGroup::new(Tag::TH(TableHeaderScope::Column));
                            for id in cell {
                                th.push(id);
                            }
                            tr.push(th);
                        }
                        thead.push(tr);
                    } else {
                        c.surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Page)));
                        let mut x = MARGIN;
                        let top = c.y;
                        for (hd, cw) in headers.iter().zip(&cols) {
                            c.surface.set_fill(Some(Fill {
                                paint: rgb::Color::new(20, 20, 20).into(),
                                ..Default::default()
                            }));
                            c.surface.draw_text(
                                Point::from_xy(x + CELL_PAD, top + CELL_PAD + 9.0),
                                fonts.bold.clone(),
                                8.5,
                                &fonts.wrap(hd, 8.5, true, cw - 2.0 * CELL_PAD)[0],
                                false,
                                TextDirection::Auto,
                            );
                            x += cw;
                        }
                        c.surface.end_tagged();
                        c.y += 8.5 * 1.35 + 2.0 * CELL_PAD;
                        let y = c.y;
                        w.rule(&mut c, MARGIN, y, MARGIN + width, y);
                    }
                    let mut next = start_row;
                    while next < rows.len() {
                        let wrapped = wrap_row(&rows[next], false);
                        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32;
                        let h = lines * 8.5 * 1.35 + 2.0 * CELL_PAD;
                        if c.y + h > BOTTOM && next > start_row {
                            break;
                        }
                        let (_, ids) = draw_row(&mut c, &wrapped, false);
                        let mut tr = TagGroup::new(Tag::TR);
                        for cell in ids {
                            let mut td = TagGroup::new(Tag::TD);
                            for id in cell {
                                td.push(id);
                            }
                            tr.push(td);
                        }
                        tbody.push(tr);
                        next += 1;
                    }
                    if next < rows.len() {
                        pending_rows = Some((bi, next));
                        break;
                    }
                    c.y += 10.0;
                    if let Some((thead, tbody)) = table_groups[bi].take() {
                        let mut table = TagGroup::new(Tag::Table);
                        table.push(thead);
                        table.push(tbody);
                        tree.push(table);
                    }
                }
            }
            if c.y > BOTTOM {
                break;
            }
        }
        c.finish();
        page.finish();
        w.pages = page_no;
        if page_no > 2000 {
            return Err("the document would be more than 2000 pages".into());
        }
    }
    let _ = w.lang;
    if let Some(t) = top.take() {
        outline.push_child(t);
    }
    document.set_outline(outline);
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.clone())
            .creator("tillit".into())
            .description(doc.subject.clone()),
    );
    document.finish().map_err(|e| format!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, Doc};

    pub fn sample(rows: usize) -> Doc {
        Doc {
            title: "Beslutningsgrunnlag 2026/1".into(),
            subject: "Evaluering av tilbud".into(),
            lang: "nb".into(),
            footer: "SHA-256 0f1e2d".into(),
            blocks: vec![
                Block::Heading(1, "Beslutningsgrunnlag: Sak- og arkivsystem".into()),
                Block::Paragraph("Tilbudene er vurdert mot skal-krav og bør-krav. Æ, ø og å skrives riktig.".repeat(8)),
                Block::Heading(2, "Rangering".into()),
                Block::Table {
                    headers: vec!["Krav".into(), "Tekst".into(), "Vurdering".into()],
                    widths: vec![1.0, 4.0, 2.0],
                    rows: (0..rows)
                        .map(|i| {
                            vec![
                                format!("8.{i}"),
                                "Leverandøren skal kryptere all trafikk med TLS 1.2 eller nyere, også internt.".into(),
                                "bestått".into(),
                            ]
                        })
                        .collect(),
                },
                Block::Paragraph("Slutt.".into()),
            ],
        }
    }

    #[test]
    fn a_tagged_pdf_ua_document_over_several_pages() {
        let pdf = render(&sample(120)).unwrap();
        assert!(pdf.starts_with(b"%PDF-1."));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/StructTreeRoot"), "tagged");
        assert!(text.contains("pdfuaid:part"), "declares PDF/UA");
        assert!(text.contains("/Lang"), "has a language");
        assert!(text.matches("/Type /Page").count() + text.matches("/Type/Page").count() >= 3, "paginated");
    }
}
