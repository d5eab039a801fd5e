//! What a contract delivers and the data it touches, and the records of processing for it.
//! A contract from an award starts from the case's classification.

use crate::{Actor, App, AppError, AppResult};
use tillit_domain::contracts::service::{ProcessingRecordInput, Service, ServiceInput, ServiceProblem, SubjectsBand};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Classification;
use tillit_domain::{ContractId, Permission};
use tillit_store::contracts::{self as store, ContractRow};

fn refused(p: ServiceProblem) -> AppError {
    match p {
        ServiceProblem::Countries(field, bad) => AppError::invalid_with(field, "error-locations", vec![("entry", bad)]),
        p => AppError::invalid(p.field(), p.message_key()),
    }
}

/// The service a case's classification describes: its levels and its personal data.
pub(crate) fn from_case(c: &Classification, description: &str) -> Service {
    Service {
        description: description.to_string(),
        levels: [c.confidentiality, c.integrity, c.availability, c.traceability],
        personal_data: c.personal_data,
        special_categories: c.special_categories,
        subjects: if c.personal_data { SubjectsBand::of(c.data_subjects) } else { SubjectsBand::None },
        storage: vec![],
        processing: vec![],
        support: vec![],
    }
}

impl App {
    pub async fn put_service(&self, actor: &Actor, id: &ContractId, input: &ServiceInput) -> AppResult<()> {
        let s = input.check().map_err(refused)?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        self.record_service(&mut w, &c, &s).await?;
        w.commit().await
    }

    pub(crate) async fn record_service(
        &self,
        w: &mut crate::write::Write<'_>,
        c: &ContractRow,
        s: &Service,
    ) -> AppResult<()> {
        let by = w.member()?.user_id.as_str().to_string();
        store::put_service(&mut w.tx, c, s, &by, w.now).await?;
        let levels = s.levels.iter().map(|l| l.to_string()).collect::<Vec<_>>().join("/");
        let changes = vec![
            FieldChange::new("levels", None, Some(&levels)),
            FieldChange::new("personal_data", None, Some(if s.personal_data { "yes" } else { "no" })),
            FieldChange::new("special_categories", None, Some(if s.special_categories { "yes" } else { "no" })),
            FieldChange::new("subjects", None, Some(s.subjects.as_str())),
            FieldChange::new("storage", None, Some(&s.storage.join(","))),
            FieldChange::new("processing", None, Some(&s.processing.join(","))),
            FieldChange::new("support", None, Some(&s.support.join(","))),
        ];
        w.audit(AuditAction::ContractService, "contract", &c.id, changes).await
    }

    pub async fn add_processing_record(
        &self,
        actor: &Actor,
        id: &ContractId,
        r: &ProcessingRecordInput,
    ) -> AppResult<()> {
        if let Some((field, key)) = r.problem() {
            return Err(AppError::invalid(field, key));
        }
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let rid = store::add_processing_record(&mut w.tx, &c, r, actor.user_id.as_str(), w.now).await?;
        let changes = vec![
            FieldChange::new("record", None, Some(&rid)),
            FieldChange::new("data", None, Some(r.data.trim())),
            FieldChange::new("purpose", None, Some(r.purpose.trim())),
            FieldChange::new("subjects", None, Some(r.subjects.trim())),
        ];
        w.audit(AuditAction::ProcessingRecordAdd, "contract", &c.id, changes).await?;
        w.commit().await
    }
}
