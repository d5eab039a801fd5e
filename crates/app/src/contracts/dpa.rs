//! A contract's data processing agreement and its chain of sub-processors: recording them,
//! moving one in the chain (never into a loop), the buyer's decision on a change, and the
//! transfers outside the EEA without a basis, which are critical wherever the supplier shows.

use super::parse_day;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::contracts::dpa::{DpaTemplate, DpaTerms};
use tillit_domain::contracts::sub_processor::{self as chain, SubProcessorStatus, TransferBasis};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::{ContractId, Permission};
use tillit_store::contracts::{self as store, ContractRow, NewDpa, NewSubProcessor, SubProcessorRow};

/// The DPA as entered on a form.
#[derive(Debug, Clone, Default)]
pub struct DpaInput {
    pub template: String,
    pub version: String,
    /// `YYYY-MM-DD`, empty while unsigned.
    pub signed: String,
    pub breach_notice_hours: String,
    pub subprocessor_notice_days: String,
    pub objection_days: String,
    pub deletion_days: String,
    pub audit_clause: bool,
    pub next_review: String,
}

/// A sub-processor as entered on a form.
#[derive(Debug, Clone, Default)]
pub struct SubProcessorInput {
    pub parent: String,
    pub name: String,
    pub org_number: String,
    pub country: String,
    pub role: String,
    pub data_categories: String,
    pub locations: String,
    pub transfer_basis: String,
    pub tia_date: String,
    pub tia_result: String,
}

/// One sub-processor with its place in the chain and its flag.
pub struct ChainLine {
    pub sub: SubProcessorRow,
    /// 0 for the supplier's own sub-processors, 1 for theirs, and so on.
    pub depth: usize,
    /// The countries outside the EEA its data goes to without a transfer basis.
    pub unlawful: Option<Vec<String>>,
}

fn number(field: &'static str, s: &str) -> AppResult<u32> {
    s.trim().parse::<u32>().map_err(|_| AppError::invalid(field, "error-dpa-number"))
}

fn optional_day(field: &'static str, s: &str) -> AppResult<Option<i64>> {
    match s.trim() {
        "" => Ok(None),
        d => parse_day(d).map(Some).ok_or(AppError::invalid(field, "error-date")),
    }
}

/// The chain in order: each sub-processor followed by its own, depth first.
pub fn ordered(subs: Vec<SubProcessorRow>) -> Vec<ChainLine> {
    fn walk(parent: Option<&str>, depth: usize, subs: &[SubProcessorRow], out: &mut Vec<ChainLine>) {
        for s in subs.iter().filter(|s| s.parent_id.as_deref() == parent) {
            if out.iter().any(|l| l.sub.id == s.id) || depth > 50 {
                continue;
            }
            let unlawful = chain::unlawful_transfer(&s.location_list(), s.basis(), s.status);
            out.push(ChainLine { sub: s.clone(), depth, unlawful });
            walk(Some(&s.id), depth + 1, subs, out);
        }
    }
    let mut out = vec![];
    walk(None, 0, &subs, &mut out);
    out
}

/// A sub-processor's fields, checked.
pub(crate) struct CheckedSubProcessor {
    pub(crate) name: String,
    pub(crate) country: String,
    pub(crate) locations: Vec<String>,
    pub(crate) basis: Option<TransferBasis>,
    pub(crate) tia_date: Option<i64>,
}

/// The checks of a sub-processor as entered, by field (the buyer's form and a supplier's
/// announcement alike).
pub(crate) fn check_sub_processor(s: &SubProcessorInput) -> AppResult<CheckedSubProcessor> {
    let name = s.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::invalid("name", "error-required"));
    }
    let country = s.country.trim().to_ascii_uppercase();
    if chain::parse_locations(&country).map(|l| l.len()) != Ok(1) {
        return Err(AppError::invalid("sub_country", "error-country-code"));
    }
    let locations = chain::parse_locations(&s.locations)
        .map_err(|bad| AppError::invalid_with("locations", "error-locations", vec![("entry", bad)]))?;
    let basis = match s.transfer_basis.trim() {
        "" => None,
        b => Some(TransferBasis::parse(b).ok_or(AppError::invalid("transfer_basis", "error-choose"))?),
    };
    let tia_date = optional_day("tia_date", &s.tia_date)?;
    for (field, v, max) in [
        ("org_number", s.org_number.trim(), 40),
        ("role", s.role.trim(), 500),
        ("data_categories", s.data_categories.trim(), 2000),
        ("tia_result", s.tia_result.trim(), 2000),
    ] {
        if v.chars().count() > max {
            return Err(AppError::invalid(field, "error-too-long"));
        }
    }
    Ok(CheckedSubProcessor { name: name.to_string(), country, locations, basis, tia_date })
}

impl App {
    pub async fn put_dpa(&self, actor: &Actor, id: &ContractId, d: &DpaInput) -> AppResult<()> {
        let template =
            DpaTemplate::parse(d.template.trim()).ok_or(AppError::invalid("dpa_template", "error-choose"))?;
        let terms = DpaTerms {
            breach_notice_hours: number("breach_notice_hours", &d.breach_notice_hours)?,
            subprocessor_notice_days: number("subprocessor_notice_days", &d.subprocessor_notice_days)?,
            objection_days: number("objection_days", &d.objection_days)?,
            deletion_days: number("deletion_days", &d.deletion_days)?,
        };
        terms.check().map_err(|p| AppError::invalid(p.field(), p.message_key()))?;
        let signed_at = optional_day("signed", &d.signed)?;
        let next_review = optional_day("next_review", &d.next_review)?;
        let version = d.version.trim();
        if version.chars().count() > 100 {
            return Err(AppError::invalid("version", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let before = store::dpa_tx(&mut w.tx, &c).await?;
        let by = actor.user_id.as_str().to_string();
        let dpa = NewDpa {
            template,
            version,
            signed_at,
            terms,
            audit_clause: d.audit_clause,
            next_review,
            by: &by,
            now: w.now,
        };
        store::put_dpa(&mut w.tx, &c, dpa).await?;
        let was = |f: fn(&store::DpaRow) -> String| before.as_ref().map(f);
        let changes = vec![
            FieldChange::new("template", was(|b| b.template.as_str().into()).as_deref(), Some(template.as_str())),
            FieldChange::new(
                "breach_notice_hours",
                was(|b| b.breach_notice_hours.to_string()).as_deref(),
                Some(&terms.breach_notice_hours.to_string()),
            ),
            FieldChange::new(
                "subprocessor_notice_days",
                was(|b| b.subprocessor_notice_days.to_string()).as_deref(),
                Some(&terms.subprocessor_notice_days.to_string()),
            ),
            FieldChange::new(
                "objection_days",
                was(|b| b.objection_days.to_string()).as_deref(),
                Some(&terms.objection_days.to_string()),
            ),
            FieldChange::new(
                "deletion_days",
                was(|b| b.deletion_days.to_string()).as_deref(),
                Some(&terms.deletion_days.to_string()),
            ),
        ];
        w.audit(AuditAction::DpaPut, "contract", &c.id, changes).await?;
        w.commit().await
    }

    /// Records a sub-processor the buyer knows of (approved: it is in the agreement's list).
    pub async fn add_sub_processor(&self, actor: &Actor, id: &ContractId, s: &SubProcessorInput) -> AppResult<String> {
        let CheckedSubProcessor { name, country, locations, basis, tia_date } = check_sub_processor(s)?;
        let name = name.as_str();
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let parent = match s.parent.trim() {
            "" => None,
            p => {
                let all = store::sub_processors_tx(&mut w.tx, &c).await?;
                Some(all.into_iter().find(|x| x.id == p).ok_or(AppError::invalid("parent", "error-choose"))?.id)
            }
        };
        let joined = locations.join(",");
        let by = actor.user_id.as_str().to_string();
        let sub = NewSubProcessor {
            parent_id: parent.as_deref(),
            name,
            org_number: s.org_number.trim(),
            country: &country,
            role: s.role.trim(),
            data_categories: s.data_categories.trim(),
            locations: &joined,
            transfer_basis: basis.map(|b| b.as_str()),
            tia_date,
            tia_result: s.tia_result.trim(),
            status: SubProcessorStatus::Approved,
            by: &by,
            now: w.now,
            announced: None,
        };
        let sid = store::add_sub_processor(&mut w.tx, &c, sub).await?;
        let mut changes = vec![
            FieldChange::new("sub_processor", None, Some(&sid)),
            FieldChange::new("name", None, Some(name)),
            FieldChange::new("locations", None, Some(&joined)),
            FieldChange::new("transfer_basis", None, basis.map(|b| b.as_str())),
        ];
        if let Some(p) = &parent {
            changes.push(FieldChange::new("parent", None, Some(p)));
        }
        w.audit(AuditAction::SubProcessorAdd, "contract", &c.id, changes).await?;
        w.commit().await?;
        Ok(sid)
    }

    /// Places a sub-processor under another in the chain (or at its top); refused when that
    /// would make it its own ancestor.
    pub async fn move_sub_processor(&self, actor: &Actor, id: &ContractId, sub: &str, parent: &str) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let all = store::sub_processors_tx(&mut w.tx, &c).await?;
        let this = all.iter().find(|x| x.id == sub).ok_or(AppError::NotFound)?;
        let parent = match parent.trim() {
            "" => None,
            p => Some(all.iter().find(|x| x.id == p).ok_or(AppError::invalid("parent", "error-choose"))?.id.clone()),
        };
        if let Some(p) = &parent {
            let parent_of = |x: &str| all.iter().find(|s| s.id == x).and_then(|s| s.parent_id.clone());
            if chain::would_cycle(&this.id, p, parent_of) {
                return Err(AppError::invalid("parent", "error-sub-processor-cycle"));
            }
        }
        store::set_sub_processor_parent(&mut w.tx, &c, &this.id, parent.as_deref(), w.now).await?;
        let changes = vec![
            FieldChange::new("sub_processor", None, Some(&this.id)),
            FieldChange::new("parent", this.parent_id.as_deref(), parent.as_deref()),
        ];
        w.audit(AuditAction::SubProcessorMove, "contract", &c.id, changes).await?;
        w.commit().await
    }

    /// The buyer approves, objects to (with a reason) or removes a sub-processor.
    pub async fn decide_sub_processor(
        &self,
        actor: &Actor,
        id: &ContractId,
        sub: &str,
        to: &str,
        reason: &str,
    ) -> AppResult<()> {
        let to = SubProcessorStatus::parse(to).ok_or(AppError::invalid("to", "error-choose"))?;
        let reason = reason.trim();
        if reason.chars().count() > 2000 {
            return Err(AppError::invalid("reason", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let c = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let all = store::sub_processors_tx(&mut w.tx, &c).await?;
        let this = all.iter().find(|x| x.id == sub).ok_or(AppError::NotFound)?;
        chain::check_decision(this.status, to, this.objection_until, reason, w.now)
            .map_err(|p| AppError::invalid(p.field(), p.message_key()))?;
        // An approved announcement takes effect when the supplier said; anything else now.
        let effective = match (to, this.effective_at, this.notified_at) {
            (SubProcessorStatus::Approved, Some(at), Some(_)) => at,
            _ => w.now,
        };
        store::set_sub_processor_status(&mut w.tx, &c, &this.id, to, reason, effective, w.now).await?;
        match to {
            SubProcessorStatus::Objected => {
                self.mail_announcer(&mut w.tx, &c, this, super::changes::OBJECTED, reason).await?
            }
            SubProcessorStatus::Approved => {
                self.mail_announcer(&mut w.tx, &c, this, super::changes::APPROVED, reason).await?
            }
            _ => {}
        }
        let changes = vec![
            FieldChange::new("sub_processor", None, Some(&this.id)),
            FieldChange::new("status", Some(this.status.as_str()), Some(to.as_str())),
            FieldChange::new("reason", None, Some(reason)),
        ];
        w.audit(AuditAction::SubProcessorDecide, "contract", &c.id, changes).await?;
        w.commit().await
    }

    pub(crate) async fn contract_chain(&self, c: &ContractRow) -> AppResult<Vec<ChainLine>> {
        Ok(ordered(store::sub_processors(&self.db, c).await?))
    }
}
