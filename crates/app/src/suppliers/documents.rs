//! Files of the register, stored with their SHA-256 like bid evidence and checked the same
//! way (type by content, no macros, no archive bombs): the buyer's signed contract, annexes,
//! DPA and transfer impact assessments; a supplier's certificates. Every read is recorded.

use crate::procurement::portal::{MAX_EVIDENCE_BYTES, file_refused};
use crate::write::Write;
use crate::{Actor, App, AppError, AppResult};
use sha2::{Digest, Sha256};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::suppliers::document::DocumentKind;
use tillit_domain::{ContractId, Permission, Role};
use tillit_office::evidence;
use tillit_store::contracts;
use tillit_store::suppliers::documents::{self as store, DocumentRow, NewDocument};
use tillit_store::suppliers::{SupplierRow, people};

/// A file as sent on a form.
pub struct Upload<'a> {
    pub filename: &'a str,
    pub bytes: &'a [u8],
}

/// Where a document belongs besides its supplier.
#[derive(Default, Clone, Copy)]
pub(crate) struct Attached<'a> {
    pub contract: Option<&'a str>,
    pub certificate: Option<&'a str>,
}

/// Checks a file and stores it for the supplier, in the change `w`.
pub(crate) async fn store_document(
    w: &mut Write<'_>,
    s: &SupplierRow,
    at: Attached<'_>,
    kind: DocumentKind,
    up: &Upload<'_>,
) -> AppResult<String> {
    let checked = evidence::check(up.filename, up.bytes, MAX_EVIDENCE_BYTES).map_err(|p| file_refused("file", p))?;
    let name = evidence::clean_name(up.filename).unwrap_or_else(|| "document".into());
    let sha = hex::encode(Sha256::digest(up.bytes));
    let by = w.member()?.label();
    let id = store::add(
        &mut w.tx,
        NewDocument {
            org: &s.org_id,
            supplier_id: s.id.as_str(),
            contract_id: at.contract,
            certificate_id: at.certificate,
            kind: kind.as_str(),
            filename: &name,
            content_type: checked.content_type(),
            sha256: &sha,
            content: up.bytes,
            by: &by,
            now: w.now,
        },
    )
    .await?;
    let mut changes = vec![
        FieldChange::new("document", None, Some(&id)),
        FieldChange::new("kind", None, Some(kind.as_str())),
        FieldChange::new("filename", None, Some(&name)),
        FieldChange::new("sha256", None, Some(&sha)),
    ];
    if let Some(c) = at.contract {
        changes.push(FieldChange::new("contract", None, Some(c)));
    }
    w.audit(AuditAction::SupplierDocumentAdd, "supplier", &s.id, changes).await?;
    Ok(id)
}

impl App {
    /// The buyer stores a file with a contract: the signed contract, an annex, the DPA or a
    /// transfer impact assessment.
    pub async fn add_contract_document(
        &self,
        actor: &Actor,
        id: &ContractId,
        kind: &str,
        up: &Upload<'_>,
    ) -> AppResult<String> {
        let kind = DocumentKind::parse(kind)
            .filter(|k| DocumentKind::OF_CONTRACT.contains(k))
            .ok_or(AppError::invalid("document_kind", "error-choose"))?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = contracts::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let s = tillit_store::suppliers::get_tx(&mut w.tx, &actor.org_id, &c.supplier_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let at = Attached { contract: Some(c.id.as_str()), certificate: None };
        let doc = store_document(&mut w, &s, at, kind, up).await?;
        w.commit().await?;
        Ok(doc)
    }

    /// A document with its bytes, recorded as read: for the buyer's people who see the
    /// register, and for the supplier's own people (their supplier's documents only).
    pub async fn supplier_document(&self, actor: &Actor, doc: &str) -> AppResult<(DocumentRow, Vec<u8>)> {
        let (row, bytes) = store::get(&self.db, &actor.org_id, doc).await?.ok_or(AppError::NotFound)?;
        let needs = if actor.role == Role::SupplierRespondent {
            let own = people::supplier_of(&self.db, &actor.org_id, &actor.user_id).await?;
            if own.as_ref().map(|s| s.as_str()) != Some(row.supplier_id.as_str()) {
                self.refuse_supplier_person(actor, "GET", &format!("document {doc}")).await?;
                return Err(AppError::NotFound);
            }
            Permission::SupplierWorkspace
        } else {
            Permission::SupplierView
        };
        let mut w = self.write(actor, needs).await?;
        let changes = vec![FieldChange::new("sha256", None, Some(&row.sha256))];
        w.audit(AuditAction::SupplierDocumentRead, "supplier_document", &row.id, changes).await?;
        w.commit().await?;
        Ok((row, bytes))
    }

    /// The supplier's documents, newest first.
    pub(crate) async fn documents_of(&self, s: &SupplierRow) -> AppResult<Vec<DocumentRow>> {
        Ok(store::of_supplier(&self.db, &s.org_id, s.id.as_str()).await?)
    }
}
