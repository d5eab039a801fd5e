//! A supplier's announcement of a new sub-processor and the DPA's clocks it starts. The
//! supplier person announces in the workspace; the contract's people are told at once, are
//! reminded `objection_reminder_days` before the objection window closes, and may approve or
//! object (with a reason) inside it. When the window closes without an objection the change
//! stands, as the DPA says. Both clocks are jobs on the injected clock, each queued once.

use super::dpa::SubProcessorInput;
use crate::platform::i18n::{Locale, t_args};
use crate::platform::jobs::{Job, JobError};
use crate::platform::mail::OutgoingMail;
use crate::write::Author;
use crate::{Actor, App, AppError, AppResult};
use serde::{Deserialize, Serialize};
use tillit_domain::contracts::dpa::DEFAULT_TERMS;
use tillit_domain::contracts::sub_processor::{self as chain, SubProcessorStatus, TransferBasis};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::local_time::format_local_date;
use tillit_domain::{ContractId, OrgId, Permission, Role, UserId};
use tillit_store::Tx;
use tillit_store::contracts::{self as store, ContractRow, NewSubProcessor, SubProcessorRow};
use tillit_store::identity::{orgs, users};
use tillit_store::suppliers::people;

/// The mails of a change: (subject, body) messages.
const ANNOUNCED: (&str, &str) = ("mail-sub-processor-announced-subject", "mail-sub-processor-announced-body");
const REMINDER: (&str, &str) = ("mail-sub-processor-reminder-subject", "mail-sub-processor-reminder-body");
const STANDS: (&str, &str) = ("mail-sub-processor-stands-subject", "mail-sub-processor-stands-body");
pub(crate) const OBJECTED: (&str, &str) = ("mail-sub-processor-objected-subject", "mail-sub-processor-objected-body");
pub(crate) const APPROVED: (&str, &str) = ("mail-sub-processor-approved-subject", "mail-sub-processor-approved-body");

impl App {
    /// A supplier person announces a new sub-processor on one of its supplier's contracts.
    /// The objection window and the notice run from now by the contract's DPA (its defaults
    /// when none is recorded); `effective` is the day the change is to take effect.
    pub async fn announce_sub_processor(
        &self,
        actor: &Actor,
        id: &ContractId,
        s: &SubProcessorInput,
        effective: &str,
    ) -> AppResult<String> {
        let checked = super::dpa::check_sub_processor(s)?;
        let effective_day = super::parse_day(effective).ok_or(AppError::invalid("effective", "error-date"))?;
        let own = self.own_contract(actor, id).await?;
        let mut w = self.write(actor, Permission::SupplierWorkspace).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, &own.id).await?.ok_or(AppError::NotFound)?;
        let terms = store::dpa_tx(&mut w.tx, &c).await?.map(|d| d.terms()).unwrap_or(DEFAULT_TERMS);
        let clocks = chain::announcement_clocks(w.now, &terms);
        chain::check_effective(effective_day, &clocks).map_err(|p| {
            AppError::invalid_with(
                p.field(),
                p.message_key(),
                vec![("day", format_local_date(clocks.earliest_effective))],
            )
        })?;
        let parent = match s.parent.trim() {
            "" => None,
            p => {
                let all = store::sub_processors_tx(&mut w.tx, &c).await?;
                Some(all.into_iter().find(|x| x.id == p).ok_or(AppError::invalid("parent", "error-choose"))?.id)
            }
        };
        let by = actor.label();
        let joined = checked.locations.join(",");
        let sub = NewSubProcessor {
            parent_id: parent.as_deref(),
            name: &checked.name,
            org_number: s.org_number.trim(),
            country: &checked.country,
            role: s.role.trim(),
            data_categories: s.data_categories.trim(),
            locations: &joined,
            transfer_basis: checked.basis.map(TransferBasis::as_str),
            tia_date: checked.tia_date,
            tia_result: s.tia_result.trim(),
            status: SubProcessorStatus::ObjectionWindow,
            by: actor.user_id.as_str(),
            now: w.now,
            announced: Some((w.now, clocks.objection_until, effective_day, &by)),
        };
        let sid = store::add_sub_processor(&mut w.tx, &c, sub).await?;
        let job = ObjectionWindowCloses { org: actor.org_id.0.clone(), contract: c.id.0.clone(), sub: sid.clone() };
        self.enqueue(&mut w.tx, &job, clocks.objection_until).await?;
        let remind_at = clocks.objection_until - self.config.objection_reminder_days * 86_400;
        if remind_at > w.now {
            let job = ObjectionReminder { org: actor.org_id.0.clone(), contract: c.id.0.clone(), sub: sid.clone() };
            self.enqueue(&mut w.tx, &job, remind_at).await?;
        }
        let until = format_local_date(clocks.objection_until);
        let args = [
            ("contract", c.title.clone()),
            ("name", checked.name.clone()),
            ("locations", joined.replace(',', ", ")),
            ("until", until.clone()),
            ("effective", format_local_date(effective_day)),
        ];
        self.mail_contract_people(&mut w.tx, &c, &format!("announce:{sid}"), ANNOUNCED, &args).await?;
        let changes = vec![
            FieldChange::new("sub_processor", None, Some(&sid)),
            FieldChange::new("name", None, Some(&checked.name)),
            FieldChange::new("locations", None, Some(&joined)),
            FieldChange::new("transfer_basis", None, checked.basis.map(|b| b.as_str())),
            FieldChange::new("objection_until", None, Some(&until)),
            FieldChange::new("effective", None, Some(&format_local_date(effective_day))),
        ];
        w.audit(AuditAction::SubProcessorAnnounce, "contract", &c.id, changes).await?;
        w.commit().await?;
        Ok(sid)
    }

    /// The contract of the supplier person's own supplier; any other is refused as if it
    /// did not exist, and the attempt recorded.
    pub(crate) async fn own_contract(&self, actor: &Actor, id: &ContractId) -> AppResult<ContractRow> {
        actor.require(Permission::SupplierWorkspace)?;
        let own = people::supplier_of(&self.db, &actor.org_id, &actor.user_id).await?;
        match store::get(&self.db, &actor.org_id, id).await? {
            Some(c) if own.as_ref() == Some(&c.supplier_id) => Ok(c),
            _ => {
                self.refuse_supplier_person(actor, "contract", id.as_str()).await?;
                Err(AppError::NotFound)
            }
        }
    }

    /// Records that a supplier person was refused something (a buyer's page, another
    /// supplier's object), in its own transaction: the refusal stands whatever follows.
    pub async fn refuse_supplier_person(&self, actor: &Actor, what: &str, target: &str) -> AppResult<()> {
        if actor.role != Role::SupplierRespondent {
            return Ok(());
        }
        let mut w = self.write_own(actor).await?;
        let changes =
            vec![FieldChange::new("refused", None, Some(what)), FieldChange::new("target", None, Some(target))];
        w.audit(AuditAction::SupplierPersonRefused, "user", actor.user_id.as_str(), changes).await?;
        w.commit().await
    }

    /// Mails the contract's people (owner, manager, security officer, system owner); when
    /// none is named, everyone who may change the register. Once per `key` and person.
    async fn mail_contract_people(
        &self,
        tx: &mut Tx,
        c: &ContractRow,
        key: &str,
        (subject, body): (&str, &str),
        args: &[(&str, String)],
    ) -> AppResult<()> {
        let named: Vec<&String> = [&c.contract_owner, &c.contract_manager, &c.security_officer, &c.system_owner]
            .into_iter()
            .flatten()
            .collect();
        let members = orgs::members(&self.db, &c.org_id).await?;
        let to: Vec<_> = members
            .into_iter()
            .filter(|m| !m.disabled)
            .filter(|m| {
                if named.is_empty() {
                    Role::parse(&m.role).is_some_and(|r| r.has(Permission::SupplierEdit))
                } else {
                    named.iter().any(|n| **n == m.user_id)
                }
            })
            .collect();
        let org = orgs::get(&self.db, &c.org_id).await?.ok_or(AppError::NotFound)?;
        for m in to {
            let user = users::by_id(&self.db, &UserId(m.user_id.clone())).await?;
            let loc = user.and_then(|u| Locale::parse(&u.locale)).unwrap_or(Locale::Nb);
            let mut a: Vec<(&str, String)> = args.to_vec();
            a.push(("org", org.name.clone()));
            let mail =
                OutgoingMail { to: m.email.clone(), subject: t_args(loc, subject, &a), body: t_args(loc, body, &a) };
            self.enqueue_mail_once(tx, &format!("{key}:{}", m.user_id), self.now().0, &mail).await?;
        }
        Ok(())
    }

    /// Tells the supplier person who announced a change what became of it.
    pub(crate) async fn mail_announcer(
        &self,
        tx: &mut Tx,
        c: &ContractRow,
        sub: &SubProcessorRow,
        (subject, body): (&str, &str),
        reason: &str,
    ) -> AppResult<()> {
        if sub.announced_by.is_empty() {
            return Ok(());
        }
        let org = orgs::get(&self.db, &c.org_id).await?.ok_or(AppError::NotFound)?;
        let user = users::by_email(&self.db, &sub.announced_by).await?;
        let loc = user.and_then(|u| Locale::parse(&u.locale)).unwrap_or(Locale::Nb);
        let args = [
            ("org", org.name),
            ("contract", c.title.clone()),
            ("name", sub.name.clone()),
            ("reason", reason.to_string()),
        ];
        let mail = OutgoingMail {
            to: sub.announced_by.clone(),
            subject: t_args(loc, subject, &args),
            body: t_args(loc, body, &args),
        };
        self.enqueue_mail_once(tx, &format!("{subject}:{}", sub.id), self.now().0, &mail).await.map(|_| ())
    }

    async fn objection_window_closed(&self, org: &OrgId, contract: &ContractId, sub: &str) -> AppResult<()> {
        let Some(c) = store::get(&self.db, org, contract).await? else { return Ok(()) };
        let mut w = self.write_as(Author::System).await?;
        let all = store::sub_processors_tx(&mut w.tx, &c).await?;
        let Some(this) = all.into_iter().find(|x| x.id == sub) else { return Ok(()) };
        if !chain::stands_after_window(this.status, this.objection_until, w.now) {
            // Decided in the window (or removed): nothing stands by default.
            return w.commit_unrecorded(crate::write::Unrecorded::Unchanged).await;
        }
        let effective = this.effective_at.unwrap_or(w.now);
        let to = SubProcessorStatus::Approved;
        store::set_sub_processor_status(&mut w.tx, &c, &this.id, to, "", effective, w.now).await?;
        self.mail_announcer(&mut w.tx, &c, &this, STANDS, "").await?;
        let changes = vec![
            FieldChange::new("sub_processor", None, Some(&this.id)),
            FieldChange::new("status", Some(this.status.as_str()), Some(to.as_str())),
        ];
        w.audit_in(org.as_str(), AuditAction::SubProcessorStands, "contract", c.id.as_str(), changes).await?;
        w.commit().await
    }

    async fn objection_window_closing(&self, org: &OrgId, contract: &ContractId, sub: &str) -> AppResult<()> {
        let Some(c) = store::get(&self.db, org, contract).await? else { return Ok(()) };
        let subs = store::sub_processors(&self.db, &c).await?;
        let Some(this) = subs.into_iter().find(|x| x.id == sub) else { return Ok(()) };
        let Some(until) = this.objection_until else { return Ok(()) };
        if this.status != SubProcessorStatus::ObjectionWindow || self.now().0 >= until {
            return Ok(());
        }
        let args = [
            ("contract", c.title.clone()),
            ("name", this.name.clone()),
            ("locations", this.locations.replace(',', ", ")),
            ("until", format_local_date(until)),
            ("effective", this.effective_at.map(format_local_date).unwrap_or_default()),
        ];
        let mut tx = self.db.begin().await?;
        self.mail_contract_people(&mut tx, &c, &format!("remind:{sub}"), REMINDER, &args).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// When an announced change's objection window closes: without an objection, it stands.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ObjectionWindowCloses {
    pub org: String,
    pub contract: String,
    pub sub: String,
}

impl Job for ObjectionWindowCloses {
    const NAME: &'static str = "objection_window_closes";

    fn dedup_key(&self) -> Option<String> {
        Some(self.sub.clone())
    }

    fn kept(&self) -> serde_json::Value {
        serde_json::json!({ "contract": self.contract, "sub": self.sub })
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        let (org, contract) = (OrgId(self.org.clone()), ContractId(self.contract.clone()));
        app.objection_window_closed(&org, &contract, &self.sub).await.map_err(JobError::from)
    }
}

/// A few days before an announced change's objection window closes: a reminder to the
/// contract's people while no one has decided.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ObjectionReminder {
    pub org: String,
    pub contract: String,
    pub sub: String,
}

impl Job for ObjectionReminder {
    const NAME: &'static str = "objection_reminder";

    fn dedup_key(&self) -> Option<String> {
        Some(self.sub.clone())
    }

    fn kept(&self) -> serde_json::Value {
        serde_json::json!({ "contract": self.contract, "sub": self.sub })
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        let (org, contract) = (OrgId(self.org.clone()), ContractId(self.contract.clone()));
        app.objection_window_closing(&org, &contract, &self.sub).await.map_err(JobError::from)
    }
}
