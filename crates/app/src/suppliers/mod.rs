//! The supplier register: entering a supplier (one per organisation number), the list with
//! each supplier's tier and contracts, and one supplier's page.

pub mod certificates;
pub mod documents;
pub mod people;
pub mod register_import;
pub mod register_workbook;
pub mod workspace;

use crate::write::Write;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::contracts::contract::ContractStatus;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Tier;
use tillit_domain::suppliers::supplier::{ContactRole, SupplierInput, SupplierProblem, SupplierStatus};
use tillit_domain::{Permission, SupplierId};
use tillit_store::contracts::{self as contracts, ContractRow};
use tillit_store::suppliers::{self as store, ContactRow, NewContact, NewSupplier, SupplierBid, SupplierRow};

/// One line of the register.
pub struct SupplierLine {
    pub supplier: SupplierRow,
    /// The highest tier of its contracts' cases; None when no contract came from a case.
    pub tier: Option<Tier>,
    pub contracts: usize,
    pub in_force: usize,
    /// A sub-processor sends data outside the EEA without a transfer basis: critical.
    pub unlawful_transfer: bool,
    /// A contract in force has no data processing agreement recorded.
    pub missing_dpa: bool,
    /// A certificate in the register is expired, withdrawn, running out or of a lapsed edition.
    pub certificate_attention: bool,
    /// A contract in force is within its notice period plus 90 days of its end.
    pub ending: bool,
}

/// What the register is narrowed to; every part optional.
#[derive(Debug, Clone, Default)]
pub struct SupplierFilter {
    pub tier: Option<Tier>,
    pub status: Option<SupplierStatus>,
    /// `transfer`, `no_dpa`, `certificate` or `ending`.
    pub flag: Option<String>,
}

impl SupplierFilter {
    pub fn admits(&self, l: &SupplierLine) -> bool {
        self.tier.is_none_or(|t| l.tier == Some(t))
            && self.status.is_none_or(|s| l.supplier.status == s)
            && match self.flag.as_deref() {
                Some("transfer") => l.unlawful_transfer,
                Some("no_dpa") => l.missing_dpa,
                Some("certificate") => l.certificate_attention,
                Some("ending") => l.ending,
                _ => true,
            }
    }
}

/// Everything about one supplier.
pub struct SupplierPage {
    pub supplier: SupplierRow,
    pub tier: Option<Tier>,
    pub contacts: Vec<ContactRow>,
    pub contracts: Vec<(ContractRow, ContractStatus)>,
    /// Its bids in the organisation's cases, the won ones marked.
    pub bids: Vec<SupplierBid>,
    pub next_statuses: Vec<SupplierStatus>,
    /// Each transfer outside the EEA without a basis: the sub-processor and the countries.
    pub unlawful: Vec<(String, Vec<String>)>,
    pub certificates: Vec<certificates::CertificateLine>,
    /// Those its winning bids carried, read through its contracts.
    pub bid_certificates: Vec<certificates::BidCertificateLine>,
    /// Its people with the workspace.
    pub people: Vec<tillit_store::suppliers::people::PersonRow>,
    /// Files of its certificates (those of its contracts are on the contracts' pages).
    pub documents: Vec<tillit_store::suppliers::documents::DocumentRow>,
}

/// The field and message of a supplier as entered that is refused.
pub(crate) fn refused(p: SupplierProblem) -> AppError {
    match p {
        SupplierProblem::OrgNumber(n) => AppError::invalid_with("org_number", n.message_key(), n.args()),
        p => AppError::invalid(p.field(), p.message_key()),
    }
}

impl App {
    /// Registers a supplier; refused when the organisation has one with the same number.
    pub async fn create_supplier(&self, actor: &Actor, input: &SupplierInput) -> AppResult<SupplierId> {
        actor.require(Permission::SupplierEdit)?;
        let d = input.check().map_err(refused)?;
        let number = d.org_number.to_string();
        let country = d.org_number.country().as_str();
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        if store::by_org_number_tx(&mut w.tx, &actor.org_id, country, &number).await?.is_some() {
            return Err(AppError::invalid("org_number", "error-supplier-duplicate"));
        }
        let id = store::insert(
            &mut w.tx,
            NewSupplier {
                org_id: &actor.org_id,
                legal_name: &d.legal_name,
                country,
                org_number: &number,
                parent_group: &d.parent_group,
                website: &d.website,
                status: SupplierStatus::Prospective,
                created_by: actor.user_id.as_str(),
                now: w.now,
            },
        )
        .await?;
        let changes = vec![
            FieldChange::new("legal_name", None, Some(&d.legal_name)),
            FieldChange::new("org_number", None, Some(&format!("{country} {number}"))),
        ];
        w.audit(AuditAction::SupplierCreate, "supplier", &id, changes).await?;
        w.commit().await?;
        Ok(id)
    }

    /// The register, by name, with each supplier's tier and contracts.
    pub async fn suppliers(&self, actor: &Actor) -> AppResult<Vec<SupplierLine>> {
        actor.require(Permission::SupplierView)?;
        let now = self.now().0;
        let all = contracts::list(&self.db, &actor.org_id).await?;
        let tiers = self.case_tiers(actor).await?;
        let mut out = vec![];
        let dpas = contracts::dpa_contracts(&self.db, &actor.org_id).await?;
        // One query each for the whole register, not one per supplier.
        let transfers = contracts::transfers_of_org(&self.db, &actor.org_id).await?;
        let certs = store::all_certificates(&self.db, &actor.org_id).await?;
        let warn = self.config.certificate_warning_days;
        // Grouped once, so the register costs its size, not suppliers × contracts.
        use std::collections::{HashMap, HashSet};
        let mut by_supplier: HashMap<&str, Vec<&ContractRow>> = HashMap::new();
        for c in &all {
            by_supplier.entry(c.supplier_id.as_str()).or_default().push(c);
        }
        // The contracts with a transfer outside the EEA without a basis.
        let unlawful: HashSet<&str> = transfers
            .iter()
            .filter(|(_, locations, basis, status)| {
                use tillit_domain::contracts::sub_processor::{SubProcessorStatus, TransferBasis, unlawful_transfer};
                let places: Vec<String> = locations.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect();
                let status = SubProcessorStatus::parse(status).unwrap_or(SubProcessorStatus::Approved);
                unlawful_transfer(&places, basis.as_deref().and_then(TransferBasis::parse), status).is_some()
            })
            .map(|t| t.0.as_str())
            .collect();
        let attention: HashSet<&str> = certs
            .iter()
            .filter(|(_, until, withdrawn, kind, edition)| {
                use tillit_domain::suppliers::certificate as cert;
                let status = cert::status_at(*until, *withdrawn, now, warn);
                let lapsed = cert::AttestationKind::parse(kind).is_some_and(|k| {
                    cert::flags(k, edition, cert::Coverage::Unjudged, now)
                        .contains(&cert::CertificateFlag::LapsedEdition)
                });
                lapsed || status != cert::CertificateStatus::Valid
            })
            .map(|c| c.0.as_str())
            .collect();
        for s in store::list(&self.db, &actor.org_id).await? {
            let mine: Vec<&ContractRow> = by_supplier.get(s.id.as_str()).cloned().unwrap_or_default();
            let in_force: Vec<&&ContractRow> = mine.iter().filter(|c| c.dates().status_at(now).in_force()).collect();
            out.push(SupplierLine {
                tier: highest_tier(mine.iter().copied(), &tiers),
                contracts: mine.len(),
                in_force: in_force.len(),
                unlawful_transfer: mine.iter().any(|c| unlawful.contains(c.id.as_str())),
                missing_dpa: in_force.iter().any(|c| !dpas.contains(c.id.as_str())),
                certificate_attention: attention.contains(s.id.as_str()),
                ending: in_force.iter().any(|c| c.dates().ending_at(now)),
                supplier: s,
            });
        }
        Ok(out)
    }

    pub async fn supplier_page(&self, actor: &Actor, id: &SupplierId) -> AppResult<SupplierPage> {
        actor.require(Permission::SupplierView)?;
        let s = store::get(&self.db, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let now = self.now().0;
        let list = contracts::for_supplier(&self.db, &s).await?;
        let tiers = self.case_tiers(actor).await?;
        let subs = contracts::sub_processors_of_supplier(&self.db, &actor.org_id, &s.id).await?;
        let unlawful = crate::contracts::dpa::ordered(subs)
            .into_iter()
            .filter_map(|l| l.unlawful.map(|countries| (l.sub.name, countries)))
            .collect();
        let certificates = self.certificate_lines(store::certificates(&self.db, &s).await?, now);
        let bid_certificates = self.bid_certificates(actor, &s, now).await?;
        let people = tillit_store::suppliers::people::of_supplier(&self.db, &actor.org_id, &s.id).await?;
        let documents = self.documents_of(&s).await?.into_iter().filter(|d| d.contract_id.is_none()).collect();
        Ok(SupplierPage {
            people,
            documents,
            certificates,
            bid_certificates,
            unlawful,
            tier: highest_tier(list.iter(), &tiers),
            contacts: store::contacts(&self.db, &s).await?,
            contracts: list
                .into_iter()
                .map(|c| {
                    let st = c.dates().status_at(now);
                    (c, st)
                })
                .collect(),
            bids: store::bids(&self.db, &s).await?,
            next_statuses: s.status.next(),
            supplier: s,
        })
    }

    pub async fn set_supplier_status(&self, actor: &Actor, id: &SupplierId, to: &str) -> AppResult<()> {
        let to = SupplierStatus::parse(to).ok_or(AppError::invalid("status", "error-choose"))?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        if !s.status.can_move_to(to) {
            return Err(AppError::invalid("status", "error-supplier-status"));
        }
        store::set_status(&mut w.tx, &s, to, w.now).await?;
        let changes = vec![FieldChange::new("status", Some(s.status.as_str()), Some(to.as_str()))];
        w.audit(AuditAction::SupplierStatus, "supplier", &s.id, changes).await?;
        w.commit().await
    }

    pub async fn add_supplier_contact(
        &self,
        actor: &Actor,
        id: &SupplierId,
        role: &str,
        name: &str,
        email: &str,
        phone: &str,
    ) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        insert_contact(&mut w, &s, role, name, email, phone).await?;
        w.commit().await
    }

    pub async fn remove_supplier_contact(&self, actor: &Actor, id: &SupplierId, contact: &str) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        delete_contact(&mut w, &s, contact).await?;
        w.commit().await
    }

    /// The tier in force of each of the organisation's cases, by case id.
    async fn case_tiers(&self, actor: &Actor) -> AppResult<std::collections::HashMap<String, Tier>> {
        let cases = tillit_store::procurement::list(&self.db, &actor.org_id).await?;
        Ok(cases
            .into_iter()
            .map(|c| {
                let (computed, _) = tillit_domain::procurement::tier(&c.classification());
                let tier = c.tier_override.as_deref().and_then(Tier::parse).unwrap_or(computed);
                (c.id.as_str().to_string(), tier)
            })
            .collect())
    }
}

fn highest_tier<'a>(
    contracts: impl Iterator<Item = &'a ContractRow>,
    tiers: &std::collections::HashMap<String, Tier>,
) -> Option<Tier> {
    contracts.filter_map(|c| c.case_id.as_ref().and_then(|id| tiers.get(id)).copied()).max()
}

/// Checks a contact as entered and adds it to the supplier, in the change `w`.
pub(crate) async fn insert_contact(
    w: &mut Write<'_>,
    s: &SupplierRow,
    role: &str,
    name: &str,
    email: &str,
    phone: &str,
) -> AppResult<()> {
    let role = ContactRole::parse(role).ok_or(AppError::invalid("role", "error-choose"))?;
    let email = crate::platform::secrets::normalise_email(email);
    let (name, email, phone) = (name.trim(), email.as_str(), phone.trim());
    if let Some((field, key)) = tillit_domain::suppliers::supplier::contact_problem(name, phone) {
        return Err(AppError::invalid(field, key));
    }
    if !crate::platform::secrets::email_looks_valid(email) {
        return Err(AppError::invalid("email", "error-email"));
    }
    let contact = NewContact { role, name, email, phone, now: w.now };
    let cid = store::add_contact(&mut w.tx, s, contact).await?;
    let changes = vec![
        FieldChange::new("contact", None, Some(&cid)),
        FieldChange::new("role", None, Some(role.as_str())),
        FieldChange::new("name", None, Some(name)),
        FieldChange::new("email", None, Some(email)),
    ];
    w.audit(AuditAction::SupplierContactAdd, "supplier", &s.id, changes).await
}

/// Removes one of the supplier's contacts, in the change `w`; NotFound when it is not one.
pub(crate) async fn delete_contact(w: &mut Write<'_>, s: &SupplierRow, contact: &str) -> AppResult<()> {
    if store::remove_contact(&mut w.tx, s, contact).await? != 1 {
        return Err(AppError::NotFound);
    }
    let changes = vec![FieldChange::new("contact", Some(contact), None)];
    w.audit(AuditAction::SupplierContactRemove, "supplier", &s.id, changes).await
}
