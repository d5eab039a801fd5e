//! The supplier's own copy of its bid as a PDF: what was answered, which files and
//! certificates went with it, and the receipt that proves it, in the reader's language.

use crate::platform::i18n::{Locale, t, t_args};
use crate::procurement::portal::PortalView;
use crate::{App, AppError, AppResult};
use tillit_domain::platform::local_time::{format_local, format_local_date};
use tillit_office::doc::{Block, Doc};

fn bid_doc(v: &PortalView, loc: Locale) -> Doc {
    let title = t_args(loc, "portal-pdf-title", &[("company", v.bid.company.clone())]);
    let case = format!("{} {}", v.case_number, v.case_title);
    let file_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| v.evidence.iter().find(|e| e.id == *id))
            .map(|e| e.filename.clone())
            .unwrap_or_default()
    };
    let facts = vec![
        vec![t(loc, "sheet-buyer"), v.org_name.clone()],
        vec![t(loc, "sheet-case"), case.clone()],
        vec![t(loc, "field-company"), v.bid.company.clone()],
        vec![t(loc, "field-org-number"), v.bid.org_number.clone()],
        vec![t(loc, "field-deadline"), v.deadline.map(format_local).unwrap_or_default()],
        vec![
            t(loc, "field-submitted"),
            v.bid.submitted_at.map(format_local).unwrap_or_else(|| t(loc, "bid-status-draft")),
        ],
        vec![t(loc, "field-receipt"), v.bid.receipt_hash.clone().unwrap_or_default()],
        vec![t(loc, "portal-set"), t_args(loc, "set-version", &[("version", v.version.version.to_string())])],
        vec!["SHA-256".into(), v.version.hash.clone()],
    ];
    let answers = v
        .items
        .iter()
        .map(|i| {
            let a = v.answers.get(&i.requirement_id);
            vec![
                i.reference.clone(),
                i.text.clone(),
                a.map(|a| t(loc, &format!("answer-{}", a.status.as_str()))).unwrap_or_else(|| t(loc, "answer-none")),
                a.map(|a| a.description.clone()).unwrap_or_default(),
                a.map(|a| {
                    let f = file_name(&a.evidence_id);
                    if f.is_empty() { a.evidence_ref.clone() } else { f }
                })
                .unwrap_or_default(),
            ]
        })
        .collect();
    let files =
        v.evidence.iter().map(|e| vec![e.filename.clone(), format!("{} B", e.size), e.sha256.clone()]).collect();
    let certificates = v
        .certificates
        .iter()
        .map(|c| {
            let flag = c.flag.map(|f| t(loc, f.message_key())).unwrap_or_default();
            vec![
                c.row.name.clone(),
                c.row.scope.clone(),
                c.row.issuer.clone(),
                format_local_date(c.row.valid_until),
                flag,
            ]
        })
        .collect();
    let table = |headers: &[&str], widths: Vec<f32>, rows: Vec<Vec<String>>| Block::Table {
        headers: headers.iter().map(|k| t(loc, k)).collect(),
        widths,
        rows,
    };
    let blocks = vec![
        Block::Heading(1, title.clone()),
        Block::Paragraph(t(loc, "portal-pdf-intro")),
        table(&["doc-col-what", "doc-col-value"], vec![1.5, 4.0], facts),
        Block::Heading(2, t(loc, "portal-answers-heading")),
        table(
            &["sheet-col-ref", "sheet-col-text", "field-answer", "field-description", "field-evidence-file"],
            vec![0.6, 2.6, 0.9, 2.6, 1.2],
            answers,
        ),
        Block::Heading(2, t(loc, "evidence-heading")),
        table(&["field-file", "field-size", "SHA-256"], vec![2.0, 0.8, 3.2], files),
        Block::Heading(2, t(loc, "certificates-heading")),
        table(
            &["field-certificate", "field-scope", "field-issuer", "field-valid-until", "report-col-certificate-check"],
            vec![1.4, 2.0, 1.2, 1.0, 2.0],
            certificates,
        ),
    ];
    Doc {
        title: title.clone(),
        subject: case,
        lang: loc.code().into(),
        footer: format!("{} · {}", v.bid.company, v.bid.receipt_hash.clone().unwrap_or_default()),
        blocks,
    }
}

impl App {
    /// The bid as its supplier submitted it, as a PDF with the receipt; also after the
    /// deadline (read-only), never for another bid than the link's.
    pub async fn portal_bid_pdf(&self, token: &str, ip: &str, loc: Locale) -> AppResult<(String, Vec<u8>)> {
        let v = self.portal(token, ip).await?;
        let pdf = tillit_office::pdf::render(&bid_doc(&v, loc)).map_err(AppError::Internal)?;
        let name = t_args(loc, "portal-pdf-file", &[("case", v.case_number.replace('/', "-"))]);
        Ok((name, pdf))
    }
}
