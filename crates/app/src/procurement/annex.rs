//! The tender annex as an Excel answer sheet (returned sheets are read in returned_sheets.rs).

use crate::platform::i18n::{Locale, t, t_args};
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::procurement::bid::AnswerStatus;
use tillit_domain::procurement::tender::FrozenItem;
use tillit_office::answer_sheet::{self, SheetIdentity, SheetItem, SheetText};
use tillit_store::identity::orgs;
use tillit_store::procurement as cases;
use tillit_store::procurement::tender::VersionRow;

/// The published set a document is made from, with the words it needs.
pub struct AnnexSource {
    pub org_name: String,
    pub locale: Locale,
    pub case: tillit_store::procurement::CaseRow,
    pub version: VersionRow,
    pub items: Vec<FrozenItem>,
}

impl App {
    /// The newest published version of a case, for the annex documents. Recorded as an export.
    pub async fn annex_source(&self, actor: &Actor, case_id: &CaseId, what: &str) -> AppResult<AnnexSource> {
        actor.require(Permission::ProcurementView)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let Some(set) = self.current_set(actor, case_id).await? else {
            return Err(AppError::invalid("requirement_set", "error-set-not-published"));
        };
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        self.record_export(actor, what, case_id.as_str()).await?;
        Ok(AnnexSource {
            org_name: org.name,
            locale: Locale::parse(&org.default_locale).unwrap_or(Locale::Nb),
            case,
            version: set.version,
            items: set.items,
        })
    }

    /// The Excel answer sheet of the newest published version, in the organisation's language.
    pub async fn answer_sheet(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let s = self.annex_source(actor, case_id, "annex.xlsx").await?;
        let loc = s.locale;
        let kinds: Vec<String> = s.items.iter().map(|i| t(loc, &format!("set-kind-{}", i.kind.as_str()))).collect();
        let items: Vec<SheetItem> = s
            .items
            .iter()
            .zip(&kinds)
            .map(|(i, k)| SheetItem {
                requirement_id: &i.requirement_id,
                reference: &i.reference,
                area: &i.area,
                text: &i.text,
                kind: k,
                weight: i.weight,
            })
            .collect();
        let statuses: Vec<String> =
            AnswerStatus::ALL.iter().map(|a| t(loc, &format!("answer-{}", a.as_str()))).collect();
        let cols: Vec<String> = [
            "sheet-col-id",
            "sheet-col-ref",
            "sheet-col-area",
            "sheet-col-text",
            "sheet-col-kind",
            "sheet-col-weight",
            "sheet-col-status",
            "sheet-col-description",
            "sheet-col-evidence",
        ]
        .iter()
        .map(|k| t(loc, k))
        .collect();
        let case_line = format!("{} {}", s.case.case_number, s.case.title);
        let version_line = t_args(loc, "set-version", &[("version", s.version.version.to_string())]);
        let deadline = s.case.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default();
        let (l_buyer, l_case, l_version, l_deadline) =
            (t(loc, "sheet-buyer"), t(loc, "sheet-case"), t(loc, "portal-set"), t(loc, "field-deadline"));
        let text = SheetText {
            sheet_name: &t(loc, "sheet-name"),
            title: &t(loc, "sheet-title"),
            facts: vec![
                (&l_buyer, &s.org_name),
                (&l_case, &case_line),
                (&l_version, &version_line),
                ("SHA-256", &s.version.hash),
                (&l_deadline, &deadline),
            ],
            instructions: &t(loc, "sheet-instructions"),
            columns: std::array::from_fn(|i| cols[i].as_str()),
            statuses: statuses.iter().map(String::as_str).collect(),
        };
        let id =
            SheetIdentity { version_id: &s.version.id, set_hash: &s.version.hash, case_number: &s.case.case_number };
        answer_sheet::write(&text, &id, &items).map_err(|e| AppError::Internal(e.to_string()))
    }
}
