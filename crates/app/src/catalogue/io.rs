//! Importing and exporting catalogues. An import is parked and previewed first (every
//! problem listed), then written all or nothing when the user confirms. Every export is
//! recorded in the audit log.

use crate::write::Unrecorded;
use crate::{Actor, App, AppError, AppResult, new_id};
use serde_json::Value;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::search::Lang;
use tillit_office::oscal::{
    self, ExportArea, ExportCatalogue, ExportMapping, ExportRequirement, ImportedCatalogue, Problem,
};
use tillit_store::catalogue::{self as store, NewRequirement, PendingImport, RequirementRow};

/// The largest file accepted for import.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

pub struct Preview {
    pub id: String,
    pub filename: String,
    /// The catalogue as it would be imported, or every problem found.
    pub result: Result<ImportedCatalogue, Vec<Problem>>,
}

/// The format of an uploaded file, by its name: `.csv` is a table, anything else OSCAL JSON.
pub fn format_of(filename: &str) -> &'static str {
    let f = filename.to_lowercase();
    if f.ends_with(".csv") {
        "csv"
    } else if f.ends_with(".xlsx") || f.ends_with(".xlsm") || f.ends_with(".xls") {
        "xlsx"
    } else {
        "oscal"
    }
}

fn parse(format: &str, filename: &str, bytes: &[u8]) -> Result<ImportedCatalogue, Vec<Problem>> {
    match format {
        "oscal" => oscal::parse_catalog(bytes),
        "csv" | "xlsx" => {
            let stem = filename.rsplit_once('.').map_or(filename, |x| x.0);
            let title = if stem.trim().is_empty() { "Imported catalogue" } else { stem };
            if format == "csv" {
                tillit_office::table::parse_csv(bytes, title)
            } else {
                tillit_office::xlsx::parse_xlsx(bytes, title)
            }
        }
        other => Err(vec![Problem { path: "$".into(), message: format!("unknown format {other}") }]),
    }
}

/// What the parse at upload found. A row parked before results were stored is parsed now.
fn parsed(p: &PendingImport) -> Result<ImportedCatalogue, Vec<Problem>> {
    match serde_json::from_str(&p.parsed) {
        Ok(r) => r,
        Err(_) => parse(&p.format, &p.filename, &p.content),
    }
}

/// A catalogue key from a title: lowercase letters, digits and dashes.
pub fn key_from(title: &str) -> String {
    let mut k: String =
        title.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect::<String>();
    while k.contains("--") {
        k = k.replace("--", "-");
    }
    let k = k.trim_matches('-').chars().take(60).collect::<String>();
    if k.is_empty() { "catalogue".into() } else { k }
}

impl App {
    /// Parks an upload and checks it. Nothing is imported yet.
    pub async fn preview_import(
        &self,
        actor: &Actor,
        filename: &str,
        format: &str,
        bytes: Vec<u8>,
    ) -> AppResult<Preview> {
        actor.require(Permission::CatalogueEdit)?;
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(AppError::invalid("file", "error-file-too-large"));
        }
        // Parsed once, here: the preview and the confirmation read the stored result. A refused
        // file is not kept, only what was wrong with it.
        let result = parse(format, filename, &bytes);
        let parsed = serde_json::to_string(&result).map_err(|e| AppError::Internal(e.to_string()))?;
        let content = if result.is_ok() { bytes } else { vec![] };
        let id = new_id();
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        store::park_import(
            &mut w.tx,
            &PendingImport {
                id: id.clone(),
                org_id: actor.org_id.0.clone(),
                user_id: actor.user_id.0.clone(),
                filename: filename.chars().take(200).collect(),
                format: format.into(),
                content,
                created_at: w.now,
                parsed,
            },
        )
        .await?;
        w.commit_unrecorded(Unrecorded::ParkedForPreview).await?;
        Ok(Preview { id, filename: filename.into(), result })
    }

    pub async fn pending_preview(&self, actor: &Actor, id: &str) -> AppResult<Preview> {
        actor.require(Permission::CatalogueEdit)?;
        let p = store::pending_import(&self.db, &actor.org_id, actor.user_id.as_str(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let result = parsed(&p);
        Ok(Preview { id: p.id, result, filename: p.filename })
    }

    /// Removes parked imports older than the setting `pending_import_hours`; housekeeping.
    pub async fn expire_pending_imports(&self) -> AppResult<u64> {
        let before = self.now().0 - self.config.pending_import_secs;
        Ok(store::expire_imports(&self.db, before).await?)
    }

    /// Writes a previewed import as a new catalogue of the organisation, all or nothing.
    pub async fn confirm_import(&self, actor: &Actor, id: &str) -> AppResult<String> {
        actor.require(Permission::CatalogueEdit)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let now = w.now;
        let p = store::take_import(&mut w.tx, &actor.org_id, actor.user_id.as_str(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let c = parsed(&p).map_err(|_| AppError::invalid("file", "error-import-has-problems"))?;
        let cid = write_import(&mut w.tx, &actor.org_id, &c, &p.filename, now, &mut |_, _| {}).await?;
        w.audit(
            AuditAction::CatalogueImport,
            "catalogue",
            &cid,
            vec![
                FieldChange::new("title", None, Some(&c.title)),
                FieldChange::new("file", None, Some(&p.filename)),
                FieldChange::new("requirements", None, Some(&c.requirements.len().to_string())),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(cid)
    }

    /// A catalogue as an OSCAL catalog document (recorded in the audit log).
    pub async fn export_oscal(&self, actor: &Actor, id: &str) -> AppResult<Value> {
        let v = self.catalogue(actor, id).await?;
        let mut areas = vec![];
        for a in &v.areas {
            let in_area: Vec<&RequirementRow> = v.requirements.iter().filter(|r| r.area_number == a.number).collect();
            let mut top = vec![];
            for r in in_area.iter().filter(|r| r.parent_ref.is_none()) {
                top.push(self.export_requirement(actor, r, &in_area).await?);
            }
            areas.push(ExportArea {
                number: a.number.clone(),
                title: a.title.clone(),
                purpose: a.purpose.clone(),
                requirements: top,
            });
        }
        let now = self.now().0;
        let stamp = tillit_domain::platform::local_time::format_utc(now);
        let doc = oscal::export_catalog(&ExportCatalogue {
            id: v.catalogue.id.clone(),
            title: v.catalogue.title.clone(),
            version: tillit_domain::catalogue::content_hash()[..12].to_string(),
            last_modified: stamp,
            language: v.catalogue.language.clone(),
            areas,
        });
        let mut w = self.write_own_at(actor, now).await?;
        w.audit(
            AuditAction::Export,
            "catalogue",
            &v.catalogue.id,
            vec![FieldChange::new("format", None, Some("oscal"))],
        )
        .await?;
        w.commit().await?;
        Ok(doc)
    }

    fn export_requirement<'a>(
        &'a self,
        actor: &'a Actor,
        r: &'a RequirementRow,
        all: &'a [&'a RequirementRow],
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = AppResult<ExportRequirement>> + Send + 'a>> {
        Box::pin(async move {
            let mappings = store::mappings_of(&self.db, &actor.org_id, &r.id)
                .await?
                .into_iter()
                .map(|m| ExportMapping {
                    control: m.control_id,
                    relationship: m.relationship,
                    origin: m.origin,
                    rationale: m.rationale,
                })
                .collect();
            let mut children = vec![];
            // Children in their stored order.
            for c in all.iter().filter(|c| c.parent_ref.as_deref() == Some(r.reference.as_str())) {
                children.push(self.export_requirement(actor, c, all).await?);
            }
            Ok(ExportRequirement {
                reference: r.reference.clone(),
                title: r.title.clone(),
                text: r.text.clone(),
                guidance: r.guidance.clone(),
                references: r.references(),
                mappings,
                children,
            })
        })
    }
}

/// Writes a checked catalogue as a new draft catalogue of `org` inside `tx`. `progress` is
/// told (done, total) as requirements are written.
pub async fn write_import(
    tx: &mut tillit_store::Tx,
    org: &tillit_domain::OrgId,
    c: &ImportedCatalogue,
    filename: &str,
    now: i64,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> AppResult<String> {
    let mut key = key_from(&c.title);
    let mut n = 2;
    while store::key_taken(tx, org, &key).await? {
        key = format!("{}-{n}", key_from(&c.title));
        n += 1;
    }
    let cid = store::create_catalogue(tx, org, &key, &c.title, "en", filename, now).await?;
    // An imported catalogue is a draft of version 1: reviewed, then published.
    tx.execute("UPDATE catalogues SET status = 'draft' WHERE id = $1", tillit_store::args![cid.as_str()]).await?;
    for (i, a) in c.areas.iter().enumerate() {
        store::add_area(tx, &cid, &a.number, &a.title, a.purpose.as_deref(), i as i64).await?;
    }
    let total = c.requirements.len();
    let rows: Vec<NewRequirement> = c
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| NewRequirement {
            source: None,
            reference: &r.reference,
            area: &r.area,
            title: &r.title,
            text: &r.text,
            guidance: &r.guidance,
            parent: r.parent.as_deref(),
            sort_key: i as i64,
        })
        .collect();
    for (n, chunk) in rows.chunks(1000).enumerate() {
        store::add_requirements(tx, &cid, Lang::En, chunk).await?;
        progress((n * 1000 + chunk.len()).min(total), total);
    }
    Ok(cid)
}

impl App {
    /// `tillit catalogue import`: checks a file and, unless `dry_run`, writes it for `org` at
    /// once (all or nothing), recorded as done from the command line.
    pub async fn import_catalogue_cli(
        &self,
        org: &tillit_domain::OrgId,
        filename: &str,
        bytes: &[u8],
        dry_run: bool,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> AppResult<Result<(ImportedCatalogue, Option<String>), Vec<Problem>>> {
        tillit_store::identity::orgs::get(&self.db, org).await?.ok_or(AppError::NotFound)?;
        let c = match parse(format_of(filename), filename, bytes) {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        if dry_run {
            return Ok(Ok((c, None)));
        }
        let operator = Actor::command_line(org.clone());
        let mut w = self.write(&operator, Permission::CatalogueEdit).await?;
        let cid = write_import(&mut w.tx, org, &c, filename, w.now, progress).await?;
        let changes = vec![
            FieldChange::new("title", None, Some(&c.title)),
            FieldChange::new("file", None, Some(filename)),
            FieldChange::new("requirements", None, Some(&c.requirements.len().to_string())),
        ];
        w.audit(AuditAction::CatalogueImport, "catalogue", &cid, changes).await?;
        w.commit().await?;
        Ok(Ok((c, Some(cid))))
    }
}

impl App {
    /// A catalogue as CSV in the documented column layout (recorded in the audit log).
    pub async fn export_csv(&self, actor: &Actor, id: &str) -> AppResult<Vec<u8>> {
        let rows = self.table_rows(actor, id, "csv").await?;
        Ok(tillit_office::table::export_csv(&rows))
    }

    /// A catalogue as an Excel workbook with the same columns (recorded in the audit log).
    pub async fn export_xlsx(&self, actor: &Actor, id: &str) -> AppResult<Vec<u8>> {
        let rows = self.table_rows(actor, id, "xlsx").await?;
        tillit_office::xlsx::export_xlsx(&rows, "Krav").map_err(|e| AppError::Internal(e.to_string()))
    }

    async fn table_rows(
        &self,
        actor: &Actor,
        id: &str,
        format: &str,
    ) -> AppResult<Vec<tillit_office::table::TableRow>> {
        let v = self.catalogue(actor, id).await?;
        let mut rows = vec![];
        for r in &v.requirements {
            let area = v.areas.iter().find(|a| a.number == r.area_number);
            let iso = store::mappings_of(&self.db, &actor.org_id, &r.id)
                .await?
                .into_iter()
                .map(|m| format!("{} {}", m.control_id, m.relationship))
                .collect::<Vec<_>>()
                .join("; ");
            rows.push(tillit_office::table::TableRow {
                area: r.area_number.clone(),
                area_title: area.map(|a| a.title.clone()).unwrap_or_default(),
                reference: r.reference.clone(),
                parent_ref: r.parent_ref.clone().unwrap_or_default(),
                title: r.title.clone(),
                text: r.text.clone(),
                guidance: r.guidance.clone(),
                references: r.references().join(" | "),
                iso,
            });
        }
        let mut w = self.write_own(actor).await?;
        w.audit(
            AuditAction::Export,
            "catalogue",
            &v.catalogue.id,
            vec![FieldChange::new("format", None, Some(format))],
        )
        .await?;
        w.commit().await?;
        Ok(rows)
    }
}
