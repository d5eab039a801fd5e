//! The supplier's workspace: what a supplier person sees and does in the buying
//! organisation. Every read starts from the person's own supplier, so another supplier's
//! objects do not exist here; every change is in the organisation's audit chain under the
//! person's name.

use super::certificates::{CertificateInput, CertificateLine, insert_certificate};
use super::documents::{Attached, Upload, store_document};
use crate::contracts::dpa::ChainLine;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::contracts::contract::ContractStatus;
use tillit_domain::contracts::dpa::{DEFAULT_TERMS, DpaTerms};
use tillit_domain::platform::local_time::format_local_date;
use tillit_domain::suppliers::document::DocumentKind;
use tillit_domain::{ContractId, Permission};
use tillit_store::contracts::{self as contracts, ContractRow, ServiceRow, SubProcessorRow};
use tillit_store::identity::orgs;
use tillit_store::suppliers::documents::DocumentRow;
use tillit_store::suppliers::{self as store, ContactRow, SupplierRow, people};

/// The workspace's first page.
pub struct Workspace {
    pub supplier: SupplierRow,
    pub org_name: String,
    pub contacts: Vec<ContactRow>,
    pub contracts: Vec<(ContractRow, ContractStatus)>,
    pub certificates: Vec<CertificateLine>,
    /// Announced sub-processor changes and what the buyer decided, newest first, with the
    /// contract's title.
    pub changes: Vec<(String, SubProcessorRow)>,
    pub documents: Vec<DocumentRow>,
}

/// One contract as its supplier sees it.
pub struct WorkspaceContract {
    pub contract: ContractRow,
    pub status: ContractStatus,
    pub org_name: String,
    /// The DPA's numbers (its defaults when none is recorded) and whether one is.
    pub terms: DpaTerms,
    pub dpa_recorded: bool,
    pub chain: Vec<ChainLine>,
    pub service: Option<ServiceRow>,
    /// The first day an announcement made today may take effect.
    pub earliest_effective: String,
}

impl App {
    /// The supplier a supplier person acts for. A member without one (given the role by
    /// hand, never tied to a supplier) has no workspace.
    async fn own_supplier(&self, actor: &Actor) -> AppResult<SupplierRow> {
        actor.require(Permission::SupplierWorkspace)?;
        let id = people::supplier_of(&self.db, &actor.org_id, &actor.user_id).await?.ok_or(AppError::NotFound)?;
        store::get(&self.db, &actor.org_id, &id).await?.ok_or(AppError::NotFound)
    }

    pub async fn workspace(&self, actor: &Actor) -> AppResult<Workspace> {
        let s = self.own_supplier(actor).await?;
        let now = self.now().0;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let list = contracts::for_supplier(&self.db, &s).await?;
        let mut changes: Vec<(String, SubProcessorRow)> =
            contracts::sub_processors_of_supplier(&self.db, &actor.org_id, &s.id)
                .await?
                .into_iter()
                .filter(|sp| sp.notified_at.is_some())
                .filter_map(|sp| list.iter().find(|c| c.id.as_str() == sp.contract_id).map(|c| (c.title.clone(), sp)))
                .collect();
        changes.sort_by_key(|(_, sp)| std::cmp::Reverse(sp.notified_at));
        Ok(Workspace {
            org_name: org.name,
            contacts: store::contacts(&self.db, &s).await?,
            certificates: self.certificate_lines(store::certificates(&self.db, &s).await?, now),
            documents: self.documents_of(&s).await?.into_iter().filter(|d| d.contract_id.is_none()).collect(),
            contracts: list
                .into_iter()
                .map(|c| {
                    let st = c.dates().status_at(now);
                    (c, st)
                })
                .collect(),
            changes,
            supplier: s,
        })
    }

    pub async fn workspace_contract(&self, actor: &Actor, id: &ContractId) -> AppResult<WorkspaceContract> {
        let contract = self.own_contract(actor, id).await?;
        let now = self.now().0;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let dpa = contracts::dpa(&self.db, &contract).await?;
        let terms = dpa.as_ref().map(|d| d.terms()).unwrap_or(DEFAULT_TERMS);
        let clocks = tillit_domain::contracts::sub_processor::announcement_clocks(now, &terms);
        Ok(WorkspaceContract {
            status: contract.dates().status_at(now),
            org_name: org.name,
            terms,
            dpa_recorded: dpa.is_some(),
            chain: self.contract_chain(&contract).await?,
            service: contracts::service(&self.db, &contract).await?,
            earliest_effective: format_local_date(clocks.earliest_effective),
            contract,
        })
    }

    pub async fn workspace_add_contact(
        &self,
        actor: &Actor,
        role: &str,
        name: &str,
        email: &str,
        phone: &str,
    ) -> AppResult<()> {
        let own = self.own_supplier(actor).await?;
        let mut w = self.write(actor, Permission::SupplierWorkspace).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, &own.id).await?.ok_or(AppError::NotFound)?;
        super::insert_contact(&mut w, &s, role, name, email, phone).await?;
        w.commit().await
    }

    /// Removes one of the supplier's own contacts; another's is refused as unknown.
    pub async fn workspace_remove_contact(&self, actor: &Actor, contact: &str) -> AppResult<()> {
        let own = self.own_supplier(actor).await?;
        let mut w = self.write(actor, Permission::SupplierWorkspace).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, &own.id).await?.ok_or(AppError::NotFound)?;
        match super::delete_contact(&mut w, &s, contact).await {
            Err(AppError::NotFound) => {
                drop(w);
                self.refuse_supplier_person(actor, "contact", contact).await?;
                Err(AppError::NotFound)
            }
            r => {
                r?;
                w.commit().await
            }
        }
    }

    /// A renewed certificate from the supplier, with its file when one is sent. Whether it
    /// covers the service stays the buyer's judgement.
    pub async fn workspace_add_certificate(
        &self,
        actor: &Actor,
        c: &CertificateInput,
        file: Option<&Upload<'_>>,
    ) -> AppResult<String> {
        let own = self.own_supplier(actor).await?;
        let mut w = self.write(actor, Permission::SupplierWorkspace).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, &own.id).await?.ok_or(AppError::NotFound)?;
        let cid = insert_certificate(&mut w, &s, c, false).await?;
        if let Some(up) = file {
            let at = Attached { contract: None, certificate: Some(&cid) };
            store_document(&mut w, &s, at, DocumentKind::Certificate, up).await?;
        }
        w.commit().await?;
        Ok(cid)
    }
}
