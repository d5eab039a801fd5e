//! Which requirements each criticality tier proposes, per organisation: the security officer
//! sets a level (principal, basic, additional, or none) for any requirement of any catalogue
//! the organisation has, over the defaults shipped for the built-in catalogues.

use crate::{Actor, App, AppError, AppResult};
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::requirement_set::{self as rules, Level};
use tillit_store::procurement::requirement_set as store;

pub struct LevelRow {
    pub requirement_id: String,
    pub reference: String,
    pub text: String,
    /// The shipped default (built-in catalogues only).
    pub default: Option<Level>,
    /// The organisation's own choice: a level or "none".
    pub own: Option<String>,
    /// What is in force.
    pub effective: Option<Level>,
}

impl App {
    pub async fn requirement_levels(&self, actor: &Actor, catalogue_id: &str) -> AppResult<(String, Vec<LevelRow>)> {
        actor.require(Permission::CatalogueView)?;
        let view = self.catalogue(actor, catalogue_id).await?;
        let defaults = rules::default_levels().map_err(AppError::Internal)?;
        let builtin = view.catalogue.owner.is_empty();
        let own: std::collections::BTreeMap<String, String> =
            store::org_levels(&self.db, &actor.org_id).await?.into_iter().collect();
        let rows = view
            .requirements
            .iter()
            .map(|r| {
                let default = if builtin {
                    defaults.get(&view.catalogue.key).and_then(|m| m.get(&r.reference)).copied()
                } else {
                    None
                };
                let mine = own.get(&r.id).cloned();
                LevelRow {
                    effective: rules::effective_level(default, mine.as_deref()),
                    requirement_id: r.id.clone(),
                    reference: r.reference.clone(),
                    text: r.text.clone(),
                    default,
                    own: mine,
                }
            })
            .collect();
        Ok((view.catalogue.title, rows))
    }

    /// Saves levels for requirements of one catalogue: "" goes back to the default. All are
    /// checked before any is written; each change is in the audit log.
    pub async fn save_requirement_levels(
        &self,
        actor: &Actor,
        catalogue_id: &str,
        changes: &[(String, String)],
    ) -> AppResult<usize> {
        actor.require(Permission::CatalogueEdit)?;
        let (_, rows) = self.requirement_levels(actor, catalogue_id).await?;
        for (req, value) in changes {
            if !rows.iter().any(|r| r.requirement_id == *req) {
                return Err(AppError::invalid("requirement", "error-choose"));
            }
            if !(value.is_empty() || value == "none" || Level::parse(value).is_some()) {
                return Err(AppError::invalid("level", "error-choose"));
            }
        }
        let now = self.now().0;
        let label = actor.label();
        let mut w = self.write_at(actor, Permission::CatalogueEdit, now).await?;
        let mut changed = 0;
        for (req, value) in changes {
            let old = store::level_tx(&mut w.tx, &actor.org_id, req).await?.map(|r| r.0);
            let new = Some(value.as_str()).filter(|v| !v.is_empty());
            if old.as_deref() == new {
                continue;
            }
            store::set_level(&mut w.tx, &actor.org_id, req, new, &label, now).await?;
            w.audit(AuditAction::LevelsSet, "requirement", req, vec![FieldChange::new("level", old.as_deref(), new)])
                .await?;
            changed += 1;
        }
        w.commit().await?;
        Ok(changed)
    }
}
