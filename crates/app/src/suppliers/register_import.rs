//! Existing suppliers and contracts read in from a workbook with the register export's
//! columns (headings in any of the three languages): every problem named by sheet, row and
//! column, and nothing written unless every row is right.

use super::register_workbook::{CONTRACT_COLUMNS, SUPPLIER_COLUMNS};
use crate::contracts::ContractTerms;
use crate::platform::i18n::{Locale, t, t_args};
use crate::{Actor, App, AppError, AppResult};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use tillit_domain::Permission;
use tillit_domain::contracts::contract::{self as rules, ContractDates, ContractKind, ContractTemplate};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::suppliers::org_number::{Country, OrgNumber};
use tillit_domain::suppliers::supplier::{SupplierInput, SupplierStatus};
use tillit_office::text_sheets::{self, TextSheet};
use tillit_store::contracts::{self as contracts, NewContract};
use tillit_store::suppliers::{self as store, NewSupplier};

/// What was read in.
pub struct Imported {
    pub suppliers: Vec<(String, String)>,
    pub contracts: Vec<(String, String)>,
}

/// A problem: where (`Leverandører!C4`, or a sheet) and what, in the reader's language.
pub struct ImportProblem {
    pub place: String,
    pub message: String,
}

/// The column key a heading names, in any language; None for a heading the register does not read.
fn column_of(heading: &str, keys: &[&'static str]) -> Option<&'static str> {
    let h = heading.trim().to_lowercase();
    keys.iter().copied().find(|k| Locale::ALL.iter().any(|l| t(*l, k).to_lowercase() == h))
}

/// A choice written as its code or its name in any language.
fn choice<T: Copy>(cell: &str, all: &[T], code: impl Fn(T) -> &'static str, key: impl Fn(T) -> String) -> Option<T> {
    let v = cell.trim().to_lowercase();
    all.iter().copied().find(|x| code(*x) == v || Locale::ALL.iter().any(|l| t(*l, &key(*x)).to_lowercase() == v))
}

struct Rows<'a> {
    sheet: &'a TextSheet,
    columns: Vec<Option<&'static str>>,
}

impl Rows<'_> {
    fn get<'r>(&self, row: &'r [String], key: &str) -> &'r str {
        self.columns.iter().position(|c| *c == Some(key)).and_then(|i| row.get(i)).map(|s| s.as_str()).unwrap_or("")
    }
    fn cell(&self, key: &str, row: usize) -> String {
        let c = self.columns.iter().position(|c| *c == Some(key)).unwrap_or(0);
        self.sheet.cell(c, row)
    }
}

impl App {
    pub async fn import_register(
        &self,
        actor: &Actor,
        bytes: &[u8],
        loc: Locale,
    ) -> AppResult<Result<Imported, Vec<ImportProblem>>> {
        actor.require(Permission::SupplierEdit)?;
        let sheets = match text_sheets::read(bytes) {
            Ok(s) => s,
            Err(ps) => {
                return Ok(Err(ps.into_iter().map(|p| ImportProblem { place: p.path, message: p.message }).collect()));
            }
        };
        let mut problems: Vec<ImportProblem> = vec![];
        let mut say = |place: String, key: &str, args: &[(&str, String)]| {
            problems.push(ImportProblem { place, message: t_args(loc, key, args) })
        };
        // Each sheet by what its headings say it is.
        let mut suppliers_sheet = None;
        let mut contracts_sheet = None;
        for s in &sheets {
            let Some((_, head)) = s.rows.first() else { continue };
            let all_keys: Vec<&'static str> = SUPPLIER_COLUMNS.iter().chain(CONTRACT_COLUMNS.iter()).copied().collect();
            let columns: Vec<Option<&'static str>> = head.iter().map(|h| column_of(h, &all_keys)).collect();
            let rows = Rows { sheet: s, columns };
            if rows.columns.contains(&Some("field-contract-title")) {
                contracts_sheet = Some(rows);
            } else if rows.columns.contains(&Some("field-legal-name")) {
                suppliers_sheet = Some(rows);
            }
        }
        let Some(sup) = suppliers_sheet else {
            say("file".into(), "error-import-no-suppliers", &[("heading", t(loc, "field-legal-name"))]);
            return Ok(Err(problems));
        };
        for (rows, keys, needed) in [
            (Some(&sup), &SUPPLIER_COLUMNS[..], &["field-legal-name", "field-country", "field-org-number"][..]),
            (
                contracts_sheet.as_ref(),
                &CONTRACT_COLUMNS[..],
                &["field-org-number", "field-contract-title", "field-contract-template", "field-start-date"][..],
            ),
        ] {
            let Some(rows) = rows else { continue };
            let head = &rows.sheet.rows[0].1;
            for (i, h) in head.iter().enumerate() {
                if !h.is_empty() && column_of(h, keys).is_none() {
                    say(rows.sheet.cell(i, rows.sheet.rows[0].0), "error-import-column", &[("heading", h.clone())]);
                }
            }
            for k in needed {
                if !rows.columns.contains(&Some(*k)) {
                    say(rows.sheet.name.clone(), "error-import-missing-column", &[("heading", t(loc, k))]);
                }
            }
        }
        let existing = store::list(&self.db, &actor.org_id).await?;
        // Suppliers, by number: the row each came from.
        let mut new_suppliers: Vec<(usize, tillit_domain::suppliers::supplier::SupplierDetails, SupplierStatus)> =
            vec![];
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (row, cells) in sup.sheet.rows.iter().skip(1) {
            let country = choice(
                sup.get(cells, "field-country"),
                &Country::ALL,
                |c| c.as_str(),
                |c| format!("country-{}", c.as_str()),
            );
            let input = SupplierInput {
                legal_name: sup.get(cells, "field-legal-name").into(),
                country: country.map(|c| c.as_str()).unwrap_or("?").into(),
                org_number: sup.get(cells, "field-org-number").into(),
                parent_group: sup.get(cells, "field-parent-group").into(),
                website: sup.get(cells, "field-website").into(),
            };
            let d = match input.check() {
                Ok(d) => d,
                Err(p) => {
                    let column = match p.field() {
                        "legal_name" => "field-legal-name",
                        "country" => "field-country",
                        "org_number" => "field-org-number",
                        "website" => "field-website",
                        _ => "field-parent-group",
                    };
                    let args = match &p {
                        tillit_domain::suppliers::supplier::SupplierProblem::OrgNumber(n) => n.args(),
                        _ => vec![],
                    };
                    say(sup.cell(column, *row), p.message_key(), &args);
                    continue;
                }
            };
            let status = match sup.get(cells, "col-status") {
                "" => SupplierStatus::Prospective,
                s => {
                    match choice(s, &SupplierStatus::ALL, |x| x.as_str(), |x| format!("supplier-status-{}", x.as_str()))
                    {
                        Some(s) => s,
                        None => {
                            say(sup.cell("col-status", *row), "error-choose", &[]);
                            continue;
                        }
                    }
                }
            };
            let number = d.org_number.to_string();
            if let Some(first) = seen.insert(number.clone(), *row) {
                say(sup.cell("field-org-number", *row), "error-import-twice", &[("row", first.to_string())]);
                continue;
            }
            if existing.iter().any(|e| e.org_number == number && e.country == d.org_number.country().as_str()) {
                say(sup.cell("field-org-number", *row), "error-supplier-duplicate", &[]);
                continue;
            }
            new_suppliers.push((*row, d, status));
        }
        // Contracts: their supplier by number, in the sheet or the register.
        struct NewC {
            number: String,
            title: String,
            template: ContractTemplate,
            kind: ContractKind,
            framework: String,
            dates: ContractDates,
            options: String,
            availability: Option<i64>,
        }
        let mut new_contracts: Vec<NewC> = vec![];
        if let Some(con) = &contracts_sheet {
            let known = |n: &str| seen.contains_key(n) || existing.iter().any(|e| e.org_number == n);
            let mut frameworks: Vec<(String, String)> = vec![];
            for (row, cells) in con.sheet.rows.iter().skip(1) {
                let number = con.get(cells, "field-org-number").replace(' ', "");
                let number = [Country::No, Country::Se]
                    .into_iter()
                    .find_map(|c| OrgNumber::parse(c, &number).ok().map(|n| n.to_string()))
                    .unwrap_or(number);
                if !known(&number) {
                    say(con.cell("field-org-number", *row), "error-import-no-supplier", &[("number", number.clone())]);
                    continue;
                }
                // Names in any language become codes; then the contract form's own checks.
                let code = |column: &str, all: Option<&'static str>| match all {
                    Some(c) => c.to_string(),
                    None => con.get(cells, column).to_string(),
                };
                let template = choice(
                    con.get(cells, "field-contract-template"),
                    &ContractTemplate::ALL,
                    |x| x.as_str(),
                    |x| format!("contract-template-{}", x.as_str()),
                );
                let kind = choice(
                    con.get(cells, "field-contract-kind"),
                    &ContractKind::ALL,
                    |x| x.as_str(),
                    |x| format!("contract-kind-{}", x.as_str()),
                );
                let terms = ContractTerms {
                    title: con.get(cells, "field-contract-title").to_string(),
                    template: code("field-contract-template", template.map(|t| t.as_str())),
                    kind: code("field-contract-kind", kind.map(|k| k.as_str())),
                    framework: String::new(),
                    start: con.get(cells, "field-start-date").to_string(),
                    end: con.get(cells, "field-end-date").to_string(),
                    notice_months: con.get(cells, "field-notice-months").to_string(),
                    options_note: con.get(cells, "field-options").to_string(),
                };
                let checked = match crate::contracts::check(&terms, "") {
                    Ok(c) => c,
                    Err(AppError::Invalid { field, key, .. }) => {
                        let column = match field {
                            "title" => "field-contract-title",
                            "template" => "field-contract-template",
                            "kind" => "field-contract-kind",
                            "start_date" => "field-start-date",
                            "end_date" => "field-end-date",
                            "notice_months" => "field-notice-months",
                            _ => "field-options",
                        };
                        say(con.cell(column, *row), key, &[]);
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                let (title, template, kind, dates) = (checked.title, checked.template, checked.kind, checked.dates);
                let availability = match rules::parse_availability(con.get(cells, "field-sla-availability")) {
                    Ok(a) => a,
                    Err(_) => {
                        say(con.cell("field-sla-availability", *row), "error-contract-availability", &[]);
                        continue;
                    }
                };
                let framework = con.get(cells, "field-framework").to_string();
                if let Err(p) = rules::check(kind, Some((ContractKind::Framework, true)), !framework.is_empty(), &dates)
                {
                    let column = if p.field() == "framework" { "field-framework" } else { "field-end-date" };
                    say(con.cell(column, *row), p.message_key(), &[]);
                    continue;
                }
                if kind == ContractKind::Framework {
                    frameworks.push((number.clone(), title.clone()));
                }
                new_contracts.push(NewC {
                    number,
                    title,
                    template,
                    kind,
                    framework,
                    dates,
                    options: checked.options_note,
                    availability,
                });
            }
            // A call-off's framework: a framework of the same supplier, in the sheet or the register.
            let register = contracts::list(&self.db, &actor.org_id).await?;
            for (i, c) in new_contracts.iter().enumerate() {
                if c.kind != ContractKind::CallOff {
                    continue;
                }
                let in_sheet = frameworks.iter().any(|(n, t)| *n == c.number && *t == c.framework);
                let in_register = register.iter().any(|r| {
                    r.kind == ContractKind::Framework
                        && r.title == c.framework
                        && existing.iter().any(|e| e.id == r.supplier_id && e.org_number == c.number)
                });
                if !in_sheet && !in_register {
                    let row = con
                        .sheet
                        .rows
                        .iter()
                        .skip(1)
                        .filter(|(_, cells)| con.get(cells, "field-contract-title") == c.title)
                        .map(|(r, _)| *r)
                        .next()
                        .unwrap_or(i + 2);
                    say(con.cell("field-framework", row), "error-contract-not-framework", &[]);
                }
            }
        }
        if !problems.is_empty() {
            problems.truncate(500);
            return Ok(Err(problems));
        }
        // Everything is right: one transaction writes it all.
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let by = actor.user_id.as_str().to_string();
        let mut done = Imported { suppliers: vec![], contracts: vec![] };
        for (_, d, status) in &new_suppliers {
            let number = d.org_number.to_string();
            let id = store::insert(
                &mut w.tx,
                NewSupplier {
                    org_id: &actor.org_id,
                    legal_name: &d.legal_name,
                    country: d.org_number.country().as_str(),
                    org_number: &number,
                    parent_group: &d.parent_group,
                    website: &d.website,
                    status: *status,
                    created_by: &by,
                    now: w.now,
                },
            )
            .await?;
            let changes = vec![
                FieldChange::new("legal_name", None, Some(&d.legal_name)),
                FieldChange::new("org_number", None, Some(&number)),
                FieldChange::new("source", None, Some("import")),
            ];
            w.audit(AuditAction::SupplierCreate, "supplier", &id, changes).await?;
            done.suppliers.push((d.legal_name.clone(), number));
        }
        let all_suppliers = store::list_tx(&mut w.tx, &actor.org_id).await?;
        // Frameworks before their call-offs.
        let mut order: Vec<&NewC> = new_contracts.iter().filter(|c| c.kind != ContractKind::CallOff).collect();
        order.extend(new_contracts.iter().filter(|c| c.kind == ContractKind::CallOff));
        for c in order {
            let Some(s) = all_suppliers.iter().find(|s| s.org_number == c.number) else {
                return Err(AppError::Internal("a checked contract's supplier is gone".into()));
            };
            let framework = if c.kind == ContractKind::CallOff {
                contracts::for_supplier_tx(&mut w.tx, s)
                    .await?
                    .into_iter()
                    .find(|f| f.kind == ContractKind::Framework && f.title == c.framework)
            } else {
                None
            };
            let id = contracts::insert(
                &mut w.tx,
                NewContract {
                    supplier: s,
                    title: &c.title,
                    award: None,
                    kind: c.kind,
                    framework: framework.as_ref(),
                    template: c.template,
                    dates: c.dates,
                    options_note: &c.options,
                    created_by: &by,
                    now: w.now,
                },
            )
            .await?;
            if c.availability.is_some() {
                let row = contracts::get_tx(&mut w.tx, &actor.org_id, &id).await?.ok_or(AppError::NotFound)?;
                let terms = contracts::Terms {
                    contract_owner: None,
                    contract_manager: None,
                    system_owner: None,
                    security_officer: None,
                    sla_availability_hundredths: c.availability,
                    sla_rpo_hours: None,
                    sla_rto_hours: None,
                    sla_support_hours: "",
                    now: w.now,
                };
                contracts::set_terms(&mut w.tx, &row, terms).await?;
            }
            let changes = vec![
                FieldChange::new("title", None, Some(&c.title)),
                FieldChange::new("supplier", None, Some(s.id.as_str())),
                FieldChange::new("source", None, Some("import")),
            ];
            w.audit(AuditAction::ContractCreate, "contract", &id, changes).await?;
            done.contracts.push((c.title.clone(), c.number.clone()));
        }
        let changes = vec![
            FieldChange::new("file_sha256", None, Some(&hex::encode(Sha256::digest(bytes)))),
            FieldChange::new("suppliers", None, Some(&done.suppliers.len().to_string())),
            FieldChange::new("contracts", None, Some(&done.contracts.len().to_string())),
        ];
        w.audit(AuditAction::SupplierImport, "organisation", actor.org_id.as_str(), changes).await?;
        w.commit().await?;
        Ok(Ok(done))
    }
}
