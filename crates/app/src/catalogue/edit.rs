//! An organisation's own catalogues: create, add, copy (keeping the link to the built-in
//! requirement), edit, remove, publish as an immutable version, and compare versions.

use crate::catalogue::io::key_from;
use crate::platform::audit_log;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::Permission;
use tillit_domain::catalogue::versions::{self, Change, VersionItem};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::search::Lang;
use tillit_store::Tx;
use tillit_store::catalogue::{self as store, CatalogueRow, NewRequirement, VersionRow};

/// Which version to compare: a published one, or the working draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Version(i64),
    Draft,
}

impl Side {
    pub fn parse(s: &str) -> Option<Side> {
        if s == "draft" { Some(Side::Draft) } else { s.parse().ok().filter(|v| *v > 0).map(Side::Version) }
    }
}

fn check_text(field: &'static str, s: &str, max: usize) -> AppResult<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(AppError::invalid(field, "error-required"));
    }
    if t.chars().count() > max {
        return Err(AppError::invalid(field, "error-too-long"));
    }
    Ok(t.to_string())
}

impl App {
    async fn own_for_edit(&self, tx: &mut Tx, actor: &Actor, id: &str) -> AppResult<CatalogueRow> {
        actor.require(Permission::CatalogueEdit)?;
        store::own(tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)
    }

    pub async fn own_catalogues(&self, actor: &Actor) -> AppResult<Vec<CatalogueRow>> {
        actor.require(Permission::CatalogueView)?;
        Ok(store::own_list(&self.db, &actor.org_id).await?)
    }

    /// A new, empty catalogue of the organisation, as a draft of version 1.
    pub async fn create_catalogue(&self, actor: &Actor, title: &str, language: &str) -> AppResult<String> {
        actor.require(Permission::CatalogueEdit)?;
        let title = check_text("title", title, 200)?;
        let language = match language {
            "nb" | "sv" | "en" => language,
            _ => return Err(AppError::invalid("language", "error-language")),
        };
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let now = w.now;
        let mut key = key_from(&title);
        let mut n = 2;
        while store::key_taken(&mut w.tx, &actor.org_id, &key).await? {
            key = format!("{}-{n}", key_from(&title));
            n += 1;
        }
        let id = store::create_catalogue(&mut w.tx, &actor.org_id, &key, &title, language, "", now).await?;
        w.tx.execute("UPDATE catalogues SET status = 'draft' WHERE id = $1", tillit_store::args![id.as_str()]).await?;
        w.audit(AuditAction::CatalogueCreate, "catalogue", &id, vec![FieldChange::new("title", None, Some(&title))])
            .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Adds a requirement the organisation writes itself.
    pub async fn add_requirement(
        &self,
        actor: &Actor,
        catalogue: &str,
        reference: &str,
        area: &str,
        text: &str,
        guidance: &str,
    ) -> AppResult<String> {
        let reference = check_text("reference", reference, 40)?;
        let text = check_text("text", text, 10_000)?;
        let area = if area.trim().is_empty() { "1".to_string() } else { check_text("area", area, 200)? };
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let cat = self.own_for_edit(&mut w.tx, actor, catalogue).await?;
        let version = store::open_draft(&mut w.tx, &cat.id).await?;
        store::ensure_area(&mut w.tx, &cat.id, &area, &area).await?;
        let sort = store::next_sort_key(&mut w.tx, &cat.id).await?;
        let id = store::add_requirement(
            &mut w.tx,
            &cat.id,
            Lang::parse(&cat.language),
            NewRequirement {
                source: None,
                reference: &reference,
                area: &area,
                title: "",
                text: &text,
                guidance: guidance.trim(),
                parent: None,
                sort_key: sort,
            },
        )
        .await
        .map_err(|e| {
            if e.is_unique_violation() { AppError::invalid("reference", "error-reference-taken") } else { e.into() }
        })?;
        w.audit(
            AuditAction::RequirementAdd,
            "requirement",
            &id,
            vec![
                FieldChange::new("catalogue", None, Some(&cat.id)),
                FieldChange::new("version", None, Some(&version.to_string())),
                FieldChange::new("ref", None, Some(&reference)),
                FieldChange::new("text", None, Some(&text)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Copies a requirement the organisation can see (built-in or its own) into one of its
    /// catalogues, keeping the link to the original and its mappings.
    pub async fn copy_requirement(&self, actor: &Actor, catalogue: &str, source: &str) -> AppResult<String> {
        let src = store::requirement(&self.db, &actor.org_id, source).await?.ok_or(AppError::NotFound)?;
        let src_cat = store::get(&self.db, &actor.org_id, &src.catalogue_id).await?.ok_or(AppError::NotFound)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let now = w.now;
        let cat = self.own_for_edit(&mut w.tx, actor, catalogue).await?;
        let version = store::open_draft(&mut w.tx, &cat.id).await?;
        let area = src_cat.title.chars().take(200).collect::<String>();
        store::ensure_area(&mut w.tx, &cat.id, &area, &area).await?;
        let sort = store::next_sort_key(&mut w.tx, &cat.id).await?;
        // The same number may come from two catalogues: keep numbers unique in this one.
        let mut reference = src.reference.clone();
        let mut n = 2;
        while store::requirements(&self.db, &cat.id).await?.iter().any(|r| r.reference == reference) {
            reference = format!("{}-{n}", src.reference);
            n += 1;
        }
        let id = store::add_requirement(
            &mut w.tx,
            &cat.id,
            Lang::parse(&src_cat.language),
            NewRequirement {
                source: Some(&src.id),
                reference: &reference,
                area: &area,
                title: &src.title,
                text: &src.text,
                guidance: &src.guidance,
                parent: None,
                sort_key: sort,
            },
        )
        .await?;
        store::copy_mappings(&mut w.tx, &actor.org_id, &src.id, &id, now).await?;
        w.audit(
            AuditAction::RequirementCopy,
            "requirement",
            &id,
            vec![
                FieldChange::new("catalogue", None, Some(&cat.id)),
                FieldChange::new("version", None, Some(&version.to_string())),
                FieldChange::new("source", None, Some(&src.id)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn edit_requirement(
        &self,
        actor: &Actor,
        requirement: &str,
        text: &str,
        guidance: &str,
    ) -> AppResult<String> {
        let text = check_text("text", text, 10_000)?;
        let guidance = guidance.trim();
        let req = store::requirement(&self.db, &actor.org_id, requirement).await?.ok_or(AppError::NotFound)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let cat = self.own_for_edit(&mut w.tx, actor, &req.catalogue_id).await?;
        let old = store::requirement_in(&mut w.tx, &cat.id, &req.id).await?.ok_or(AppError::NotFound)?;
        let changes: Vec<FieldChange> =
            [audit_log::diff("text", &old.text, &text), audit_log::diff("guidance", &old.guidance, guidance)]
                .into_iter()
                .flatten()
                .collect();
        if changes.is_empty() {
            return Ok(cat.id);
        }
        let version = store::open_draft(&mut w.tx, &cat.id).await?;
        store::update_requirement(&mut w.tx, &cat.id, &req.id, &text, guidance).await?;
        store::index_requirement(
            &mut w.tx,
            &req.id,
            &format!("{} {text}", old.title),
            guidance,
            Lang::parse(&cat.language),
        )
        .await?;
        let mut changes = changes;
        changes.push(FieldChange::new("version", None, Some(&version.to_string())));
        w.audit(AuditAction::RequirementUpdate, "requirement", &req.id, changes).await?;
        w.commit().await?;
        Ok(cat.id)
    }

    pub async fn remove_requirement(&self, actor: &Actor, requirement: &str) -> AppResult<String> {
        let req = store::requirement(&self.db, &actor.org_id, requirement).await?.ok_or(AppError::NotFound)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let cat = self.own_for_edit(&mut w.tx, actor, &req.catalogue_id).await?;
        // A tender that asks the requirement keeps pointing at it.
        if tillit_store::procurement::requirement_set::cases_using(&mut w.tx, &req.id).await? > 0 {
            return Err(AppError::invalid("requirement", "error-requirement-in-set"));
        }
        let version = store::open_draft(&mut w.tx, &cat.id).await?;
        store::delete_requirement(&mut w.tx, &cat.id, &req.id).await?;
        w.audit(
            AuditAction::RequirementRemove,
            "requirement",
            &req.id,
            vec![
                FieldChange::new("ref", Some(&req.reference), None),
                FieldChange::new("text", Some(&req.text), None),
                FieldChange::new("version", None, Some(&version.to_string())),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(cat.id)
    }

    /// Adds the organisation's own mapping from a requirement (any it can see) to a control.
    pub async fn add_mapping(
        &self,
        actor: &Actor,
        requirement: &str,
        control: &str,
        relationship: &str,
        rationale: &str,
    ) -> AppResult<String> {
        actor.require(Permission::CatalogueEdit)?;
        let req = store::requirement(&self.db, &actor.org_id, requirement).await?.ok_or(AppError::NotFound)?;
        if store::control(&self.db, control).await?.is_none() {
            return Err(AppError::invalid("control", "error-control"));
        }
        let rel = tillit_domain::catalogue::Relationship::parse(relationship)
            .ok_or(AppError::invalid("relationship", "error-relationship"))?;
        let rationale = check_text("rationale", rationale, 1000)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let now = w.now;
        let id = store::add_org_mapping(&mut w.tx, &actor.org_id, &req.id, control, rel.as_str(), &rationale, now)
            .await
            .map_err(|e| {
                if e.is_unique_violation() { AppError::invalid("control", "error-mapping-exists") } else { e.into() }
            })?;
        w.audit(
            AuditAction::MappingAdd,
            "requirement",
            &req.id,
            vec![
                FieldChange::new("control", None, Some(control)),
                FieldChange::new("relationship", None, Some(rel.as_str())),
                FieldChange::new("rationale", None, Some(&rationale)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Removes one of the organisation's own mappings; returns the requirement it was on.
    pub async fn remove_mapping(&self, actor: &Actor, mapping: &str) -> AppResult<String> {
        actor.require(Permission::CatalogueEdit)?;
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let m = store::remove_org_mapping(&mut w.tx, &actor.org_id, mapping).await?.ok_or(AppError::NotFound)?;
        w.audit(
            AuditAction::MappingRemove,
            "requirement",
            &m.requirement_id,
            vec![
                FieldChange::new("control", Some(&m.control_id), None),
                FieldChange::new("relationship", Some(&m.relationship), None),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(m.requirement_id)
    }

    /// Freezes the draft as a published version with a SHA-256 over its content.
    pub async fn publish_catalogue(&self, actor: &Actor, catalogue: &str) -> AppResult<i64> {
        let mut w = self.write(actor, Permission::CatalogueEdit).await?;
        let now = w.now;
        let cat = self.own_for_edit(&mut w.tx, actor, catalogue).await?;
        if cat.status != "draft" {
            return Err(AppError::invalid("status", "error-nothing-to-publish"));
        }
        let items: Vec<VersionItem> = store::requirements_tx(&mut w.tx, &cat.id).await?.into_iter().map(item).collect();
        if items.is_empty() {
            return Err(AppError::invalid("requirements", "error-empty-catalogue"));
        }
        let hash = versions::hash(&items);
        store::publish(&mut w.tx, &cat.id, cat.version, &actor.label(), &hash, now).await?;
        w.audit(
            AuditAction::CataloguePublish,
            "catalogue",
            &cat.id,
            vec![
                FieldChange::new("version", None, Some(&cat.version.to_string())),
                FieldChange::new("sha256", None, Some(&hash)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(cat.version)
    }

    pub async fn catalogue_versions(&self, actor: &Actor, catalogue: &str) -> AppResult<Vec<VersionRow>> {
        let cat = self.catalogue(actor, catalogue).await?.catalogue;
        Ok(store::versions(&self.db, &cat.id).await?)
    }

    async fn side(&self, cat: &CatalogueRow, side: Side) -> AppResult<Vec<VersionItem>> {
        Ok(match side {
            Side::Draft => store::requirements(&self.db, &cat.id).await?.into_iter().map(item).collect(),
            Side::Version(v) => {
                let rows = store::version_requirements(&self.db, &cat.id, v).await?;
                if rows.is_empty() && !store::versions(&self.db, &cat.id).await?.iter().any(|x| x.version == v) {
                    return Err(AppError::NotFound);
                }
                rows.into_iter()
                    .map(|r| VersionItem {
                        id: r.requirement_id,
                        reference: r.reference,
                        area: r.area_number,
                        title: r.title,
                        text: r.text,
                        guidance: r.guidance,
                    })
                    .collect()
            }
        })
    }

    /// What changed between two versions (or a version and the draft) of a catalogue.
    pub async fn diff_versions(&self, actor: &Actor, catalogue: &str, from: Side, to: Side) -> AppResult<Vec<Change>> {
        let cat = self.catalogue(actor, catalogue).await?.catalogue;
        let old = self.side(&cat, from).await?;
        let new = self.side(&cat, to).await?;
        Ok(versions::diff(&old, &new))
    }
}

fn item(r: tillit_store::catalogue::RequirementRow) -> VersionItem {
    VersionItem {
        id: r.id,
        reference: r.reference,
        area: r.area_number,
        title: r.title,
        text: r.text,
        guidance: r.guidance,
    }
}
