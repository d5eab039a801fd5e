//! The tender annex as a Word document, a tagged PDF and an OSCAL profile, all from the
//! newest published version and all carrying its SHA-256.

use crate::platform::i18n::{Locale, t, t_args};
use crate::procurement::annex::AnnexSource;
use crate::{Actor, App, AppError, AppResult};
use serde_json::Value;
use tillit_domain::CaseId;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::procurement::tender::FrozenItem;
use tillit_office::doc::{Block, Doc};
use tillit_office::oscal_profile::{Profile, ProfileItem, export_profile};

/// "S"/"B" in Norwegian, "SKA"/"BÖR" in Swedish, "M"/"A" in English.
pub(crate) fn code(loc: Locale, kind: Kind) -> String {
    t(loc, if kind == Kind::Must { "code-must" } else { "code-award" })
}

/// The areas of a set in order, each with its items.
pub(crate) fn by_area(items: &[FrozenItem]) -> Vec<(String, Vec<&FrozenItem>)> {
    let mut out: Vec<(String, Vec<&FrozenItem>)> = vec![];
    for i in items {
        let label = format!("{} · {}", i.catalogue, i.area);
        match out.last_mut() {
            Some((a, v)) if *a == label => v.push(i),
            _ => out.push((label, vec![i])),
        }
    }
    out
}

/// The lines about the set that open every document made from it.
pub(crate) fn set_facts(loc: Locale, s: &AnnexSource) -> Block {
    let deadline = s.case.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default();
    Block::Table {
        headers: vec![t(loc, "doc-col-what"), t(loc, "doc-col-value")],
        widths: vec![1.5, 4.0],
        rows: vec![
            vec![t(loc, "sheet-buyer"), s.org_name.clone()],
            vec![t(loc, "sheet-case"), format!("{} {}", s.case.case_number, s.case.title)],
            vec![t(loc, "portal-set"), t_args(loc, "set-version", &[("version", s.version.version.to_string())])],
            vec!["SHA-256".into(), s.version.hash.clone()],
            vec![t(loc, "field-deadline"), deadline],
        ],
    }
}

fn annex_doc(s: &AnnexSource) -> Doc {
    let loc = s.locale;
    let mut blocks = vec![
        Block::Heading(
            1,
            t_args(loc, "annex-doc-title", &[("case", format!("{} {}", s.case.case_number, s.case.title))]),
        ),
        set_facts(loc, s),
        Block::Paragraph(t(loc, "annex-doc-codes")),
    ];
    for (area, items) in by_area(&s.items) {
        blocks.push(Block::Heading(2, area));
        blocks.push(Block::Table {
            headers: vec![
                t(loc, "sheet-col-ref"),
                t(loc, "sheet-col-text"),
                t(loc, "annex-col-code"),
                t(loc, "sheet-col-weight"),
                t(loc, "annex-col-answer"),
            ],
            widths: vec![0.8, 5.0, 0.8, 0.8, 3.0],
            rows: items
                .iter()
                .map(|i| {
                    let w = if i.weight > 0 { format!("{} %", i.weight) } else { String::new() };
                    vec![i.reference.clone(), i.text.clone(), code(loc, i.kind), w, String::new()]
                })
                .collect(),
        });
    }
    Doc {
        title: t_args(loc, "annex-doc-title", &[("case", format!("{} {}", s.case.case_number, s.case.title))]),
        subject: t(loc, "annex-heading"),
        lang: loc.code().to_string(),
        footer: format!(
            "{} · {} {} · SHA-256 {}",
            s.org_name,
            s.case.case_number,
            t_args(loc, "set-version", &[("version", s.version.version.to_string())]),
            s.version.hash
        ),
        blocks,
    }
}

impl App {
    pub async fn annex_docx(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let s = self.annex_source(actor, case_id, "annex.docx").await?;
        tillit_office::docx::render(&annex_doc(&s)).map_err(AppError::Internal)
    }

    pub async fn annex_pdf(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let s = self.annex_source(actor, case_id, "annex.pdf").await?;
        tillit_office::pdf::render(&annex_doc(&s)).map_err(AppError::Internal)
    }

    /// A case document's file name: the case number and the document's name in `loc`
    /// (`key` names the Fluent message, e.g. `report-file`).
    pub async fn case_file_name(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        key: &str,
        ext: &str,
        loc: Locale,
    ) -> AppResult<String> {
        let case = self.case(actor, case_id).await?.case;
        let number = case.case_number.replace(['/', '\\'], "-");
        Ok(t_args(loc, key, &[("case", number), ("ext", ext.to_string())]))
    }

    /// Everything the e-tendering system needs, named for upload there: the requirements as
    /// PDF and Word, the answer sheet, the OSCAL profile. Returns (file name, ZIP).
    pub async fn tender_package(&self, actor: &Actor, case_id: &CaseId) -> AppResult<(String, Vec<u8>)> {
        let s = self.annex_source(actor, case_id, "tender_package").await?;
        let loc = s.locale;
        let case = s.case.case_number.replace(['/', '\\'], "-");
        let annex = t(loc, "tender-package-annex");
        let sheet = t(loc, "tender-package-sheet");
        let oscal = serde_json::to_vec_pretty(&self.annex_oscal(actor, case_id).await?)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let files = vec![
            (format!("{case} {annex}.pdf"), tillit_office::pdf::render(&annex_doc(&s)).map_err(AppError::Internal)?),
            (format!("{case} {annex}.docx"), tillit_office::docx::render(&annex_doc(&s)).map_err(AppError::Internal)?),
            (format!("{case} {sheet}.xlsx"), self.answer_sheet(actor, case_id).await?),
            (format!("{case} OSCAL.json"), oscal),
        ];
        let zip = tillit_office::tender_zip::write(&files).map_err(AppError::Internal)?;
        Ok((t_args(loc, "tender-package-file", &[("case", case)]), zip))
    }

    /// The published set as an OSCAL profile over the catalogues it draws on.
    pub async fn annex_oscal(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Value> {
        let s = self.annex_source(actor, case_id, "annex.oscal").await?;
        let mut catalogue_ids = vec![];
        for i in &s.items {
            let cid = tillit_store::procurement::requirement_set::catalogue_of(&self.db, &i.requirement_id).await?;
            catalogue_ids.push(cid.ok_or(AppError::NotFound)?);
        }
        let published = tillit_domain::platform::local_time::format_utc(s.version.published_at);
        let title = format!("{} {}", s.case.case_number, s.case.title);
        let items = s
            .items
            .iter()
            .zip(&catalogue_ids)
            .map(|(i, cid)| ProfileItem {
                catalogue_id: cid,
                catalogue_title: &i.catalogue,
                reference: &i.reference,
                kind: i.kind.as_str(),
                weight: i.weight,
                wording: (i.text != i.original_text).then_some(i.text.as_str()),
            })
            .collect();
        Ok(export_profile(&Profile {
            version_id: &s.version.id,
            title: &title,
            version: s.version.version,
            set_hash: &s.version.hash,
            published: &published,
            language: s.locale.code(),
            items,
        }))
    }
}
