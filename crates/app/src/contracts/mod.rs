//! Contracts: made from an awarded case's winning bid once the standstill period has ended
//! (the frozen set version and its hash, the bid's answers, evidence and certificates by
//! reference), or entered by hand for a contract that predates tillit; one contract's page.

pub mod changes;
pub mod dpa;
pub mod service;

use crate::{Actor, App, AppError, AppResult};
use tillit_domain::contracts::contract::{
    self as rules, ContractDates, ContractKind, ContractStatus, ContractTemplate,
};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::local_time::{format_local_date, parse_local};
use tillit_domain::suppliers::org_number::{Country, OrgNumber};
use tillit_domain::suppliers::supplier::SupplierStatus;
use tillit_domain::{BidId, CaseId, ContractId, Permission, SupplierId};
use tillit_store::contracts::{self as store, ContractRow, FromAward, NewContract};
use tillit_store::identity::orgs;
use tillit_store::procurement::{self as cases, bids, tender};
use tillit_store::suppliers::{self as suppliers, NewSupplier, SupplierRow};

/// A contract's terms as entered on a form (or read from a sheet): text, checked here.
#[derive(Debug, Clone, Default)]
pub struct ContractTerms {
    pub title: String,
    pub template: String,
    pub kind: String,
    /// The framework agreement's id, for a call-off.
    pub framework: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`, or empty for a contract that runs until notice.
    pub end: String,
    pub notice_months: String,
    pub options_note: String,
}

/// The terms, checked.
pub(crate) struct Checked {
    pub(crate) title: String,
    pub(crate) template: ContractTemplate,
    pub(crate) kind: ContractKind,
    pub(crate) dates: ContractDates,
    pub(crate) options_note: String,
}

/// A `YYYY-MM-DD` day as the start of that day in Norwegian and Swedish time.
pub fn parse_day(s: &str) -> Option<i64> {
    let s = s.trim();
    (s.len() == 10).then(|| parse_local(&format!("{s}T00:00"))).flatten()
}

/// The form's (and the register import's) checks of a contract's terms, by field.
pub(crate) fn check(t: &ContractTerms, title_default: &str) -> AppResult<Checked> {
    let title = match t.title.trim() {
        "" => title_default.trim().to_string(),
        x => x.to_string(),
    };
    if title.is_empty() || title.chars().count() > 200 {
        return Err(AppError::invalid("title", "error-required"));
    }
    let template = ContractTemplate::parse(t.template.trim()).ok_or(AppError::invalid("template", "error-choose"))?;
    let kind = match t.kind.trim() {
        "" => ContractKind::Single,
        k => ContractKind::parse(k).ok_or(AppError::invalid("kind", "error-choose"))?,
    };
    let start = parse_day(&t.start).ok_or(AppError::invalid("start_date", "error-date"))?;
    let end = match t.end.trim() {
        "" => None,
        e => Some(parse_day(e).ok_or(AppError::invalid("end_date", "error-date"))?),
    };
    let notice_months = match t.notice_months.trim() {
        "" => 0,
        n => n.parse::<u32>().map_err(|_| AppError::invalid("notice_months", "error-contract-notice"))?,
    };
    let options_note = t.options_note.trim().to_string();
    if options_note.chars().count() > 2000 {
        return Err(AppError::invalid("options_note", "error-too-long"));
    }
    Ok(Checked {
        title,
        template,
        kind,
        dates: ContractDates { start, end, notice_months, terminates_at: None },
        options_note,
    })
}

/// One contract with what it refers to.
pub struct ContractPage {
    pub contract: ContractRow,
    pub status: ContractStatus,
    pub supplier: SupplierRow,
    /// The case it came from: its number and title.
    pub case: Option<(CaseId, String, String)>,
    /// The framework agreement of a call-off: its id and title.
    pub framework: Option<(ContractId, String)>,
    /// The frozen set's requirement count, when it has one.
    pub requirements: usize,
    /// The last day notice can be given, and when exit planning should start.
    pub last_notice_day: Option<String>,
    pub dpa: Option<store::DpaRow>,
    /// The sub-processors, each followed by its own.
    pub chain: Vec<dpa::ChainLine>,
    /// The organisation's members who can hold a role on the contract: id and name.
    pub members: Vec<(String, String)>,
    pub service: Option<store::ServiceRow>,
    pub records: Vec<store::ProcessingRecordRow>,
    /// The signed contract, annexes, DPA and assessments stored with it, newest first.
    pub documents: Vec<tillit_store::suppliers::documents::DocumentRow>,
    /// The catalogues a hand-entered contract's set can be chosen from (none once it has one).
    pub catalogues: Vec<(String, String)>,
}

/// The buyer's roles and the service levels as entered on a form.
#[derive(Debug, Clone, Default)]
pub struct RolesAndLevels {
    pub contract_owner: String,
    pub contract_manager: String,
    pub system_owner: String,
    pub security_officer: String,
    pub availability: String,
    pub rpo_hours: String,
    pub rto_hours: String,
    pub support_hours: String,
}

impl App {
    /// Turns the winning bid of an awarded case into a contract, once the standstill period has
    /// ended. The winner becomes (or is) an active supplier.
    pub async fn contract_from_award(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        terms: &ContractTerms,
    ) -> AppResult<ContractId> {
        actor.require(Permission::SupplierEdit)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let Some(won) = case.awarded_bid.clone() else {
            return Err(AppError::invalid("case", "error-contract-not-awarded"));
        };
        let c = check(terms, &case.title)?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let now = w.now;
        if case.standstill_ends_at.is_some_and(|end| now < end) {
            return Err(AppError::invalid("case", "error-contract-standstill"));
        }
        if store::for_case_tx(&mut w.tx, &actor.org_id, case_id).await?.is_some() {
            return Err(AppError::Conflict("error-contract-exists"));
        }
        let bid = bids::get_tx(&mut w.tx, &actor.org_id, &BidId(won)).await?.ok_or(AppError::NotFound)?;
        let version_id = bid.version_id.clone().ok_or(AppError::invalid("case", "error-contract-not-awarded"))?;
        let version = tender::version_tx(&mut w.tx, &actor.org_id, &version_id).await?.ok_or(AppError::NotFound)?;
        rules::check(c.kind, None, false, &c.dates).map_err(|p| AppError::invalid(p.field(), p.message_key()))?;
        let country = Country::parse(&bid.country).ok_or(AppError::Internal("a bid without a country".into()))?;
        let number = OrgNumber::parse(country, &bid.org_number)
            .map_err(|e| AppError::Internal(format!("a bid's organisation number: {e}")))?
            .to_string();
        let supplier = match suppliers::by_org_number_tx(&mut w.tx, &actor.org_id, country.as_str(), &number).await? {
            Some(s) => {
                if s.status != SupplierStatus::Active && s.status.can_move_to(SupplierStatus::Active) {
                    suppliers::set_status(&mut w.tx, &s, SupplierStatus::Active, now).await?;
                    let changes = vec![FieldChange::new("status", Some(s.status.as_str()), Some("active"))];
                    w.audit(AuditAction::SupplierStatus, "supplier", &s.id, changes).await?;
                }
                s
            }
            None => {
                let id = suppliers::insert(
                    &mut w.tx,
                    NewSupplier {
                        org_id: &actor.org_id,
                        legal_name: &bid.company,
                        country: country.as_str(),
                        org_number: &number,
                        parent_group: "",
                        website: "",
                        status: SupplierStatus::Active,
                        created_by: actor.user_id.as_str(),
                        now,
                    },
                )
                .await?;
                let changes = vec![
                    FieldChange::new("legal_name", None, Some(&bid.company)),
                    FieldChange::new("org_number", None, Some(&format!("{} {number}", country.as_str()))),
                    FieldChange::new("bid", None, Some(bid.id.as_str())),
                ];
                w.audit(AuditAction::SupplierCreate, "supplier", &id, changes).await?;
                suppliers::get_tx(&mut w.tx, &actor.org_id, &id).await?.ok_or(AppError::NotFound)?
            }
        };
        let award =
            FromAward { case_id, bid_id: bid.id.as_str(), set_version_id: &version.id, set_hash: &version.hash };
        let id = self.insert_contract(&mut w, &supplier, &c, Some(award), None).await?;
        // The service starts from what the case classified.
        let row = store::get_tx(&mut w.tx, &actor.org_id, &id).await?.ok_or(AppError::NotFound)?;
        self.record_service(&mut w, &row, &service::from_case(&case.classification(), &case.description)).await?;
        w.commit().await?;
        Ok(id)
    }

    /// Enters a contract that predates tillit (or was awarded elsewhere).
    pub async fn create_contract(
        &self,
        actor: &Actor,
        supplier: &SupplierId,
        terms: &ContractTerms,
    ) -> AppResult<ContractId> {
        actor.require(Permission::SupplierEdit)?;
        let c = check(terms, "")?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = suppliers::get_tx(&mut w.tx, &actor.org_id, supplier).await?.ok_or(AppError::NotFound)?;
        let framework = match terms.framework.trim() {
            "" => None,
            f => store::get_tx(&mut w.tx, &actor.org_id, &ContractId(f.to_string())).await?,
        };
        let names = !terms.framework.trim().is_empty();
        let fw = framework.as_ref().map(|f| (f.kind, f.supplier_id == s.id));
        rules::check(c.kind, fw, names, &c.dates).map_err(|p| AppError::invalid(p.field(), p.message_key()))?;
        let id = self.insert_contract(&mut w, &s, &c, None, framework.as_ref()).await?;
        w.commit().await?;
        Ok(id)
    }

    async fn insert_contract(
        &self,
        w: &mut crate::write::Write<'_>,
        s: &SupplierRow,
        c: &Checked,
        award: Option<FromAward<'_>>,
        framework: Option<&ContractRow>,
    ) -> AppResult<ContractId> {
        let (now, by) = (w.now, w.member()?.user_id.as_str().to_string());
        let mut changes = vec![
            FieldChange::new("title", None, Some(&c.title)),
            FieldChange::new("supplier", None, Some(s.id.as_str())),
            FieldChange::new("template", None, Some(c.template.as_str())),
            FieldChange::new("kind", None, Some(c.kind.as_str())),
            FieldChange::new("start", None, Some(&format_local_date(c.dates.start))),
        ];
        if let Some(e) = c.dates.end {
            changes.push(FieldChange::new("end", None, Some(&format_local_date(e))));
        }
        if let Some(a) = &award {
            changes.push(FieldChange::new("case", None, Some(a.case_id.as_str())));
            changes.push(FieldChange::new("set_hash", None, Some(a.set_hash)));
        }
        let id = store::insert(
            &mut w.tx,
            NewContract {
                supplier: s,
                title: &c.title,
                award,
                kind: c.kind,
                framework,
                template: c.template,
                dates: c.dates,
                options_note: &c.options_note,
                created_by: &by,
                now,
            },
        )
        .await?;
        w.audit(AuditAction::ContractCreate, "contract", &id, changes).await?;
        Ok(id)
    }

    pub async fn contracts(&self, actor: &Actor) -> AppResult<Vec<(ContractRow, ContractStatus)>> {
        actor.require(Permission::SupplierView)?;
        let now = self.now().0;
        let list = store::list(&self.db, &actor.org_id).await?;
        Ok(list
            .into_iter()
            .map(|c| {
                let st = c.dates().status_at(now);
                (c, st)
            })
            .collect())
    }

    pub async fn contract_page(&self, actor: &Actor, id: &ContractId) -> AppResult<ContractPage> {
        actor.require(Permission::SupplierView)?;
        let contract = store::get(&self.db, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let supplier =
            suppliers::get(&self.db, &actor.org_id, &contract.supplier_id).await?.ok_or(AppError::NotFound)?;
        let case = match &contract.case_id {
            Some(cid) => cases::get(&self.db, &actor.org_id, &CaseId(cid.clone()))
                .await?
                .map(|c| (c.id.clone(), c.case_number.clone(), c.title.clone())),
            None => None,
        };
        let framework = match &contract.framework_id {
            Some(f) => store::get(&self.db, &actor.org_id, &ContractId(f.clone())).await?.map(|f| (f.id, f.title)),
            None => None,
        };
        let requirements = match (&contract.set_version_id, &contract.set_hash) {
            (Some(v), _) => tender::items(&self.db, v).await?.len(),
            (None, Some(_)) => store::set_size(&self.db, &contract).await? as usize,
            (None, None) => 0,
        };
        let catalogues = if actor.role.has(Permission::CatalogueView) && contract.set_hash.is_none() {
            tillit_store::catalogue::list(&self.db, &actor.org_id).await?.into_iter().map(|c| (c.id, c.title)).collect()
        } else {
            vec![]
        };
        let dates = contract.dates();
        let chain = self.contract_chain(&contract).await?;
        let members = orgs::members(&self.db, &actor.org_id)
            .await?
            .into_iter()
            // The supplier's own people are members too, but never hold the buyer's roles.
            .filter(|m| !m.disabled && m.role != tillit_domain::Role::SupplierRespondent.as_str())
            .map(|m| (m.user_id, if m.display_name.is_empty() { m.email } else { m.display_name }))
            .collect();
        let documents = self
            .documents_of(&supplier)
            .await?
            .into_iter()
            .filter(|d| d.contract_id.as_deref() == Some(contract.id.as_str()))
            .collect();
        Ok(ContractPage {
            catalogues,
            documents,
            service: store::service(&self.db, &contract).await?,
            records: store::processing_records(&self.db, &contract).await?,
            members,
            dpa: store::dpa(&self.db, &contract).await?,
            chain,
            status: dates.status_at(self.now().0),
            last_notice_day: dates.last_notice_day().map(format_local_date),
            contract,
            supplier,
            case,
            framework,
            requirements,
        })
    }
}

impl App {
    /// Names the buyer's people for the contract (each a member of the organisation, or no one)
    /// and records its service levels.
    pub async fn set_contract_roles(&self, actor: &Actor, id: &ContractId, r: &RolesAndLevels) -> AppResult<()> {
        let availability = rules::parse_availability(&r.availability)
            .map_err(|_| AppError::invalid("availability", "error-contract-availability"))?;
        let hours = |field: &'static str, s: &str| -> AppResult<Option<i64>> {
            match s.trim() {
                "" => Ok(None),
                h => h
                    .parse::<u32>()
                    .map(|h| Some(i64::from(h)))
                    .map_err(|_| AppError::invalid(field, "error-dpa-number")),
            }
        };
        let (rpo, rto) = (hours("rpo_hours", &r.rpo_hours)?, hours("rto_hours", &r.rto_hours)?);
        let support = r.support_hours.trim();
        if support.chars().count() > 200 {
            return Err(AppError::invalid("support_hours", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let mut people: Vec<Option<String>> = vec![];
        for (field, v) in [
            ("contract_owner", &r.contract_owner),
            ("contract_manager", &r.contract_manager),
            ("system_owner", &r.system_owner),
            ("security_officer", &r.security_officer),
        ] {
            let v = v.trim();
            if v.is_empty() {
                people.push(None);
                continue;
            }
            if orgs::role_of(&self.db, &actor.org_id, &tillit_domain::UserId(v.to_string())).await?.is_none() {
                return Err(AppError::invalid(field, "error-contract-member"));
            }
            people.push(Some(v.to_string()));
        }
        let t = store::Terms {
            contract_owner: people[0].as_deref(),
            contract_manager: people[1].as_deref(),
            system_owner: people[2].as_deref(),
            security_officer: people[3].as_deref(),
            sla_availability_hundredths: availability,
            sla_rpo_hours: rpo,
            sla_rto_hours: rto,
            sla_support_hours: support,
            now: w.now,
        };
        store::set_terms(&mut w.tx, &c, t).await?;
        let show = |v: Option<i64>| v.map(|x| x.to_string());
        let changes = vec![
            FieldChange::new("contract_owner", c.contract_owner.as_deref(), people[0].as_deref()),
            FieldChange::new("contract_manager", c.contract_manager.as_deref(), people[1].as_deref()),
            FieldChange::new("system_owner", c.system_owner.as_deref(), people[2].as_deref()),
            FieldChange::new("security_officer", c.security_officer.as_deref(), people[3].as_deref()),
            FieldChange::new(
                "availability",
                show(c.sla_availability_hundredths).as_deref(),
                show(availability).as_deref(),
            ),
            FieldChange::new("rpo_hours", show(c.sla_rpo_hours).as_deref(), show(rpo).as_deref()),
            FieldChange::new("rto_hours", show(c.sla_rto_hours).as_deref(), show(rto).as_deref()),
            FieldChange::new("support_hours", Some(&c.sla_support_hours), Some(support)),
        ];
        w.audit(AuditAction::ContractUpdate, "contract", &c.id, changes).await?;
        w.commit().await
    }
}

/// What the page that turns an awarded case into a contract shows.
pub struct AwardContract {
    pub case_id: CaseId,
    pub case_number: String,
    pub case_title: String,
    /// The winner's name, once the case is awarded.
    pub winner: Option<String>,
    pub standstill_ends_at: Option<i64>,
    /// Whether the contract may be entered now (awarded, standstill over, none yet).
    pub may_enter: bool,
    pub contract: Option<ContractId>,
}

impl App {
    pub async fn award_contract(&self, actor: &Actor, case_id: &CaseId) -> AppResult<AwardContract> {
        actor.require(Permission::SupplierView)?;
        actor.require(Permission::ProcurementView)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let winner = match &case.awarded_bid {
            Some(b) => bids::get(&self.db, &actor.org_id, &BidId(b.clone())).await?.map(|b| b.company),
            None => None,
        };
        let contract = store::for_case(&self.db, &actor.org_id, case_id).await?.map(|c| c.id);
        let now = self.now().0;
        Ok(AwardContract {
            may_enter: winner.is_some() && contract.is_none() && case.standstill_ends_at.is_none_or(|e| now >= e),
            case_id: case.id.clone(),
            case_number: case.case_number,
            case_title: case.title,
            winner,
            standstill_ends_at: case.standstill_ends_at,
            contract,
        })
    }
}

impl App {
    /// Gives a hand-entered contract its requirement set: every requirement of a catalogue
    /// (the organisation's or a built-in one) as it reads now, frozen with its SHA-256 the
    /// same way a tender's published set is. Once only.
    pub async fn freeze_contract_set(&self, actor: &Actor, id: &ContractId, catalogue: &str) -> AppResult<String> {
        actor.require(Permission::CatalogueView)?;
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        if c.set_hash.is_some() {
            return Err(AppError::invalid("catalogue", "error-contract-set-frozen"));
        }
        let cat = tillit_store::catalogue::get(&self.db, &actor.org_id, catalogue)
            .await?
            .ok_or(AppError::invalid("catalogue", "error-choose"))?;
        let reqs = tillit_store::catalogue::requirements(&self.db, &cat.id).await?;
        if reqs.is_empty() {
            return Err(AppError::invalid("catalogue", "error-contract-set-empty"));
        }
        let items: Vec<tillit_domain::procurement::tender::FrozenItem> = reqs
            .into_iter()
            .map(|r| tillit_domain::procurement::tender::FrozenItem {
                requirement_id: r.id,
                catalogue: cat.title.clone(),
                reference: r.reference,
                area: r.area_number,
                original_text: r.text.clone(),
                text: r.text,
                kind: tillit_domain::procurement::requirement_set::Kind::Must,
                weight: 0,
            })
            .collect();
        let hash = tillit_domain::procurement::tender::set_hash(c.id.as_str(), 1, &items);
        if !store::freeze_set(&mut w.tx, &c, &hash, &items).await? {
            return Err(AppError::invalid("catalogue", "error-contract-set-frozen"));
        }
        let changes = vec![
            FieldChange::new("catalogue", None, Some(&cat.id)),
            FieldChange::new("requirements", None, Some(&items.len().to_string())),
            FieldChange::new("set_hash", None, Some(&hash)),
        ];
        w.audit(AuditAction::ContractSetFreeze, "contract", &c.id, changes).await?;
        w.commit().await?;
        Ok(hash)
    }
}
