//! The register as an Excel workbook: one sheet of suppliers, one of contracts, in the
//! reader's language, all cells text. Its columns are the ones the register import reads.

use crate::platform::i18n::{Locale, t};
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::Permission;
use tillit_domain::contracts::contract::format_availability;
use tillit_domain::platform::local_time::format_local_date;
use tillit_office::xlsx::{Sheet, export_sheets};
use tillit_store::contracts;

/// The suppliers sheet's columns (Fluent keys), in order.
pub const SUPPLIER_COLUMNS: [&str; 8] = [
    "field-legal-name",
    "field-country",
    "field-org-number",
    "field-parent-group",
    "field-website",
    "col-status",
    "col-tier",
    "register-col-flags",
];

/// The contracts sheet's columns (Fluent keys), in order.
pub const CONTRACT_COLUMNS: [&str; 12] = [
    "field-org-number",
    "field-contract-title",
    "field-contract-template",
    "field-contract-kind",
    "field-framework",
    "field-start-date",
    "field-end-date",
    "field-notice-months",
    "field-options",
    "col-status",
    "field-sla-availability",
    "register-col-dpa",
];

impl App {
    /// The whole register (suppliers and every contract); the export is recorded.
    pub async fn register_workbook(&self, actor: &Actor, loc: Locale) -> AppResult<Vec<u8>> {
        actor.require(Permission::SupplierView)?;
        let lines = self.suppliers(actor).await?;
        let now = self.now().0;
        let all = contracts::list(&self.db, &actor.org_id).await?;
        let dpas = contracts::dpa_contracts(&self.db, &actor.org_id).await?;
        let yes_no = |b: bool| t(loc, if b { "yes" } else { "no" });
        let suppliers: Vec<Vec<String>> = lines
            .iter()
            .map(|l| {
                let mut flags = vec![];
                for (on, key) in [
                    (l.unlawful_transfer, "supplier-flag-transfer"),
                    (l.missing_dpa, "supplier-flag-no-dpa"),
                    (l.certificate_attention, "supplier-flag-certificate"),
                    (l.ending, "supplier-flag-ending"),
                ] {
                    if on {
                        flags.push(t(loc, key));
                    }
                }
                let s = &l.supplier;
                vec![
                    s.legal_name.clone(),
                    s.country.to_uppercase(),
                    s.org_number.clone(),
                    s.parent_group.clone(),
                    s.website.clone(),
                    t(loc, &format!("supplier-status-{}", s.status.as_str())),
                    l.tier.map(|x| t(loc, &format!("tier-{}", x.as_str()))).unwrap_or_default(),
                    flags.join("; "),
                ]
            })
            .collect();
        let number_of = |id: &tillit_domain::SupplierId| {
            lines.iter().find(|l| l.supplier.id == *id).map(|l| l.supplier.org_number.clone()).unwrap_or_default()
        };
        let title_of =
            |id: &Option<String>| id.as_ref().and_then(|f| all.iter().find(|c| c.id == *f)).map(|c| c.title.clone());
        let contract_rows: Vec<Vec<String>> = all
            .iter()
            .map(|c| {
                vec![
                    number_of(&c.supplier_id),
                    c.title.clone(),
                    t(loc, &format!("contract-template-{}", c.template.as_str())),
                    t(loc, &format!("contract-kind-{}", c.kind.as_str())),
                    title_of(&c.framework_id).unwrap_or_default(),
                    format_local_date(c.start_date),
                    c.end_date.map(format_local_date).unwrap_or_default(),
                    c.notice_months.to_string(),
                    c.options_note.clone(),
                    t(loc, &format!("contract-status-{}", c.dates().status_at(now).as_str())),
                    c.sla_availability_hundredths.map(format_availability).unwrap_or_default(),
                    yes_no(dpas.contains(c.id.as_str())),
                ]
            })
            .collect();
        let headers = |cols: &[&str]| cols.iter().map(|k| t(loc, k)).collect::<Vec<_>>();
        let sheets = [
            Sheet { name: &t(loc, "nav-suppliers"), headers: headers(&SUPPLIER_COLUMNS), rows: suppliers },
            Sheet { name: &t(loc, "nav-contracts"), headers: headers(&CONTRACT_COLUMNS), rows: contract_rows },
        ];
        let bytes = export_sheets(&sheets).map_err(|e| AppError::Internal(e.to_string()))?;
        self.record_export(actor, "supplier_register", actor.org_id.as_str()).await?;
        Ok(bytes)
    }
}
