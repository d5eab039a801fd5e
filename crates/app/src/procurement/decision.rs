//! Signed stays signed. At sign-off the decision basis is rendered once and stored with its
//! SHA-256; every later download of the signed basis is those bytes. From sign-off on the
//! classification, tier, set, judgements, consensus and ranking cannot change (each use case
//! refuses); the only way back is reopening the evaluation with a reason, which voids the
//! signature, keeps the voided basis in the case's history, and is recorded.

use crate::{Actor, App, AppError, AppResult, new_id};
use sha2::{Digest, Sha256};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_store::procurement::decision::{self as store, DecisionRow, NewDecision};
use tillit_store::procurement::{self as cases, CaseRow};

/// A reason is at least this long: it goes into the record a complaints board reads.
const MIN_REASON: usize = 10;

impl App {
    /// The decision basis as a PDF: while signed, the bytes stored at sign-off (stored now if
    /// that did not happen); before sign-off, rendered from the evaluation as it stands.
    pub async fn report_pdf(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        actor.require(Permission::ProcurementView)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let Some(signed_at) = case.signed_off_at else {
            return self.render_report_pdf(actor, case_id).await;
        };
        if let Some((_, pdf)) = store::signed(&self.db, &case, signed_at).await? {
            self.record_export(actor, "decision_report", case_id.as_str()).await?;
            return Ok(pdf);
        }
        self.seal_decision(actor, &case, signed_at).await
    }

    /// Renders the signed basis and stores it with its hash (once: a concurrent download
    /// that stored it first wins, and its bytes are returned).
    async fn seal_decision(&self, actor: &Actor, case: &CaseRow, signed_at: i64) -> AppResult<Vec<u8>> {
        let pdf = self.render_report_pdf(actor, &case.id).await?;
        let sha = hex::encode(Sha256::digest(&pdf));
        let mut w = self.write(actor, Permission::ProcurementView).await?;
        let signed_by = case.signed_off_by.clone().unwrap_or_default();
        let new =
            NewDecision { id: &new_id(), case, signed_at, signed_by: &signed_by, pdf: &pdf, sha256: &sha, now: w.now };
        if !store::insert(&mut w.tx, new).await? {
            drop(w);
            let (_, stored) = store::signed(&self.db, case, signed_at).await?.ok_or(AppError::NotFound)?;
            return Ok(stored);
        }
        let changes =
            vec![FieldChange::new("sha256", None, Some(&sha)), FieldChange::new("signed_by", None, Some(&signed_by))];
        w.audit(AuditAction::DecisionSeal, "procurement_case", &case.id, changes).await?;
        w.commit().await?;
        Ok(pdf)
    }

    /// Every decision basis signed for the case, newest first, voided ones included.
    pub async fn decision_history(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<DecisionRow>> {
        actor.require(Permission::ProcurementView)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        Ok(store::history(&self.db, &case).await?)
    }

    /// Reopens a signed-off evaluation, with a reason: the signature is void (its basis is
    /// kept, marked void, in the history) and the evaluation can change again. Only the lead
    /// evaluator, and only before the award.
    pub async fn reopen_evaluation(&self, actor: &Actor, case_id: &CaseId, reason: &str) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let reason = reason.trim();
        if reason.chars().count() < MIN_REASON {
            return Err(AppError::invalid("reason", "error-reopen-reason"));
        }
        if reason.chars().count() > 2000 {
            return Err(AppError::invalid("reason", "error-too-long"));
        }
        // The signed basis is stored before it is voided, so the history holds what was signed.
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let Some(signed_at) = case.signed_off_at else {
            return Err(AppError::invalid("evaluation", "error-evaluation-not-signed"));
        };
        if case.lead_evaluator.as_deref() != Some(actor.user_id.as_str()) {
            return Err(AppError::invalid("evaluation", "error-not-lead"));
        }
        if case.status != Status::Evaluation {
            return Err(AppError::invalid("status", "error-reopen-awarded"));
        }
        let sha = match store::signed(&self.db, &case, signed_at).await? {
            Some((d, _)) => d.sha256,
            None => hex::encode(Sha256::digest(self.seal_decision(actor, &case, signed_at).await?)),
        };
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        if cases::reopen(&mut w.tx, &case, signed_at).await? != 1 {
            return Err(AppError::Conflict("error-evaluation-changed"));
        }
        store::void(&mut w.tx, &case, signed_at, &actor.label(), reason, now).await?;
        let changes = vec![
            FieldChange::new("signed_off", Some("true"), Some("false")),
            FieldChange::new("voided_sha256", None, Some(&sha)),
            FieldChange::new("reason", None, Some(reason)),
        ];
        w.audit(AuditAction::EvaluationReopen, "procurement_case", case_id, changes).await?;
        w.commit().await
    }
}
