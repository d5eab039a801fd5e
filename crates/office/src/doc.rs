//! A small document model that the PDF and Word writers share: what a report says, not how
//! it looks. Headings, paragraphs and tables, in reading order.

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1–3.
    Heading(u8, String),
    Paragraph(String),
    /// Column headings, relative column widths, and rows of cell text.
    Table {
        headers: Vec<String>,
        widths: Vec<f32>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub title: String,
    pub subject: String,
    /// BCP 47 language tag of the text: nb, sv or en.
    pub lang: String,
    /// Printed at the foot of every page (the set's fingerprint, for one).
    pub footer: String,
    pub blocks: Vec<Block>,
}
