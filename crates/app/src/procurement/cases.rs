//! Procurement cases: create, classify, the tier with its reasoning and its override, status.

use crate::platform::audit_log;
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::{self, Classification, ClassificationProblem, Reason, Status, Tier};
use tillit_store::procurement::{self as store, CaseRow, NewCase};

pub struct CaseView {
    pub case: CaseRow,
    /// The tier the rule gives, and its reasoning.
    pub computed: Tier,
    pub reasons: Vec<Reason>,
    /// The tier in force: the override if there is one.
    pub tier: Tier,
}

impl App {
    pub async fn cases(&self, actor: &Actor) -> AppResult<Vec<CaseRow>> {
        actor.require(Permission::ProcurementView)?;
        Ok(store::list(&self.db, &actor.org_id).await?)
    }

    pub async fn case(&self, actor: &Actor, id: &CaseId) -> AppResult<CaseView> {
        actor.require(Permission::ProcurementView)?;
        let case = store::get(&self.db, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let (computed, reasons) = procurement::tier(&case.classification());
        let tier = case.tier_override.as_deref().and_then(Tier::parse).unwrap_or(computed);
        Ok(CaseView { case, computed, reasons, tier })
    }

    pub async fn create_case(
        &self,
        actor: &Actor,
        case_number: &str,
        title: &str,
        description: &str,
    ) -> AppResult<CaseId> {
        actor.require(Permission::ProcurementEdit)?;
        let title = title.trim();
        let number = case_number.trim();
        if title.is_empty() || title.len() > 200 {
            return Err(AppError::invalid("title", "error-required"));
        }
        if number.is_empty() || number.len() > 60 {
            return Err(AppError::invalid("case_number", "error-required"));
        }
        let id = CaseId(new_id());
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        store::create(
            &mut w.tx,
            NewCase {
                id: &id,
                org: &actor.org_id,
                case_number: number,
                title,
                description: description.trim(),
                created_by: &actor.label(),
                now,
            },
        )
        .await
        .map_err(|e| {
            if e.is_unique_violation() { AppError::invalid("case_number", "error-case-number-taken") } else { e.into() }
        })?;
        w.audit(
            AuditAction::CaseCreate,
            "procurement_case",
            &id,
            vec![FieldChange::new("case_number", None, Some(number)), FieldChange::new("title", None, Some(title))],
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Sets what is bought and what it handles; only while the case is a draft.
    pub async fn classify(&self, actor: &Actor, id: &CaseId, c: &Classification) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        c.check().map_err(|p| match p {
            ClassificationProblem::LevelOutOfRange(f) => AppError::invalid(f, "error-level"),
            ClassificationProblem::SpecialWithoutPersonal => {
                AppError::invalid("special_categories", "error-special-without-personal")
            }
        })?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let old = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        if !Status::classification_editable(old.status) {
            return Err(AppError::invalid("status", "error-case-not-draft"));
        }
        let before = old.classification();
        store::set_classification(&mut w.tx, &actor.org_id, id, c).await?;
        let mut changes: Vec<FieldChange> = [
            audit_log::diff("kind", before.kind.as_str(), c.kind.as_str()),
            audit_log::diff("confidentiality", &before.confidentiality.to_string(), &c.confidentiality.to_string()),
            audit_log::diff("integrity", &before.integrity.to_string(), &c.integrity.to_string()),
            audit_log::diff("availability", &before.availability.to_string(), &c.availability.to_string()),
            audit_log::diff("traceability", &before.traceability.to_string(), &c.traceability.to_string()),
            audit_log::diff("personal_data", &before.personal_data.to_string(), &c.personal_data.to_string()),
            audit_log::diff(
                "special_categories",
                &before.special_categories.to_string(),
                &c.special_categories.to_string(),
            ),
            audit_log::diff("data_subjects", &before.data_subjects.to_string(), &c.data_subjects.to_string()),
            audit_log::diff("location", before.location.as_str(), c.location.as_str()),
            audit_log::diff("users", &before.users.to_string(), &c.users.to_string()),
            audit_log::diff("internet_exposed", &before.internet_exposed.to_string(), &c.internet_exposed.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let (old_tier, _) = procurement::tier(&before);
        let (new_tier, _) = procurement::tier(c);
        if let Some(t) = audit_log::diff("tier", old_tier.as_str(), new_tier.as_str()) {
            changes.push(t);
        }
        if !changes.is_empty() {
            w.audit(AuditAction::CaseClassify, "procurement_case", id, changes).await?;
        }
        w.commit().await?;
        Ok(())
    }

    /// Overrides the tier with a written reason, or (None) goes back to the rule's tier.
    pub async fn override_tier(&self, actor: &Actor, id: &CaseId, tier: Option<Tier>, reason: &str) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let reason = reason.trim();
        if tier.is_some() && reason.chars().count() < 10 {
            return Err(AppError::invalid("reason", "error-override-reason"));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let old = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        // The tier decides the requirement set: it is fixed with the classification once the
        // tender is out, and a signed decision names it.
        if !Status::classification_editable(old.status) {
            return Err(AppError::invalid("status", "error-case-not-draft"));
        }
        let reason = tier.map(|_| reason);
        store::set_override(&mut w.tx, &actor.org_id, id, tier.map(Tier::as_str), reason).await?;
        w.audit(
            AuditAction::CaseTierOverride,
            "procurement_case",
            id,
            vec![
                FieldChange::new("tier_override", old.tier_override.as_deref(), tier.map(Tier::as_str)),
                FieldChange::new("override_reason", old.override_reason.as_deref(), reason),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn move_case(&self, actor: &Actor, id: &CaseId, to: Status) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        if to == Status::Evaluation {
            // Evaluation starts on opened bids (the worker may not have come round yet).
            self.open_bids_if_due(&actor.org_id, id).await?;
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let old = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let from = old.status;
        if !from.can_move_to(to) {
            return Err(AppError::invalid("status", "error-status-move"));
        }
        if to == Status::Published {
            crate::procurement::tender::freeze(&mut w, &old, "").await?;
            if let Some(d) = old.deadline {
                self.schedule_opening(&mut w.tx, &old, d).await?;
            }
        }
        // Bids are opened only after the deadline, and a tender is awarded only on a
        // signed-off evaluation.
        if to == Status::Evaluation && old.deadline.is_some_and(|d| now < d) {
            return Err(AppError::invalid("status", "error-evaluation-before-deadline"));
        }
        if to == Status::Awarded && old.signed_off_at.is_none() {
            return Err(AppError::invalid("status", "error-award-before-sign-off"));
        }
        // The award is confirmed on its own page, which sends the notices.
        if to == Status::Awarded {
            return Err(AppError::invalid("status", "error-award-confirm"));
        }
        // No contract before the standstill period has ended.
        if to == Status::Closed && old.standstill_ends_at.is_some_and(|end| now < end) {
            return Err(AppError::invalid("status", "error-standstill"));
        }
        if old.correction_open && to != Status::Cancelled {
            // A correction is published or dropped before the tender moves on.
            return Err(AppError::invalid("status", "error-correction-open"));
        }
        if store::set_status(&mut w.tx, &actor.org_id, id, from, to).await? != 1 {
            return Err(AppError::invalid("status", "error-status-move"));
        }
        w.audit(
            AuditAction::CaseStatus,
            "procurement_case",
            id,
            vec![FieldChange::new("status", Some(from.as_str()), Some(to.as_str()))],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}
