//! Publishing a tender: the deadline, freezing the requirement set as a hashed version,
//! and corrections after publishing (the next version). Every step is in the audit log.

use crate::platform::i18n::{Locale, t_args};
use crate::platform::mail::OutgoingMail;
use crate::write::{Unrecorded, Write};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::procurement::tender::{self as rules, FrozenItem};
use tillit_store::Tx;
use tillit_store::identity::orgs;
use tillit_store::procurement::bids;
use tillit_store::procurement::requirement_set as working;
use tillit_store::procurement::tender::{self as store, NewVersion, VersionRow};
use tillit_store::procurement::{self as cases, CaseRow};

/// A published version with what it asks.
pub struct PublishedSet {
    pub version: VersionRow,
    pub items: Vec<FrozenItem>,
}

const MAX_NOTE: usize = 2000;
const MAIL_DEADLINE: (&str, &str) = ("mail-bid-deadline-subject", "mail-bid-deadline-body");
const MAIL_CORRECTION: (&str, &str) = ("mail-bid-correction-subject", "mail-bid-correction-body");

impl App {
    /// Every published version of the case's set, newest first.
    pub async fn set_versions(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<VersionRow>> {
        actor.require(Permission::ProcurementView)?;
        cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        Ok(store::versions(&self.db, &actor.org_id, case_id).await?)
    }

    /// One published version with its frozen items.
    pub async fn published_set(&self, actor: &Actor, version_id: &str) -> AppResult<PublishedSet> {
        actor.require(Permission::ProcurementView)?;
        let version = store::version(&self.db, &actor.org_id, version_id).await?.ok_or(AppError::NotFound)?;
        let items = store::items(&self.db, &version.id).await?;
        Ok(PublishedSet { version, items })
    }

    /// The newest published version of the case, if it has been published.
    pub async fn current_set(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Option<PublishedSet>> {
        let Some(v) = self.set_versions(actor, case_id).await?.into_iter().next() else { return Ok(None) };
        let items = store::items(&self.db, &v.id).await?;
        Ok(Some(PublishedSet { version: v, items }))
    }

    /// Sets when answers are due. Before publishing it is set freely (ahead of now); once the
    /// tender is out it can only be extended, with a reason every bidder holding a live link
    /// is sent (a revoked link's holder is not).
    pub async fn set_deadline(&self, actor: &Actor, case_id: &CaseId, deadline: i64, reason: &str) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let reason = reason.trim();
        if reason.chars().count() > MAX_NOTE {
            return Err(AppError::invalid("reason", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let how = rules::deadline_move(case.status, case.deadline, deadline, reason, now).map_err(|p| {
            let field = if p == rules::DeadlineProblem::ReasonMissing { "reason" } else { "deadline" };
            AppError::invalid(field, p.message_key())
        })?;
        cases::set_deadline(&mut w.tx, &actor.org_id, case_id, Some(deadline)).await?;
        // Links live until the deadline, wherever it moves.
        bids::expire_links_at(&mut w.tx, &case, deadline).await?;
        if how == rules::DeadlineMove::Extend {
            for b in bids::for_case_tx(&mut w.tx, &actor.org_id, case_id).await? {
                if !bids::has_live_link_tx(&mut w.tx, &b, now).await? {
                    continue;
                }
                let mut args = self.bidder_mail_args(actor, &case, &b.company, deadline).await?;
                args.push(("reason", reason.to_string()));
                self.mail_bidder(&mut w.tx, actor, &b.contact_email, MAIL_DEADLINE, &args, now).await?;
            }
            self.schedule_opening(&mut w.tx, &case, deadline).await?;
        }
        let mut changes = vec![FieldChange::new(
            "deadline",
            case.deadline.map(|d| d.to_string()).as_deref(),
            Some(&deadline.to_string()),
        )];
        if how == rules::DeadlineMove::Extend {
            changes.push(FieldChange::new("reason", None, Some(reason)));
        }
        w.audit(AuditAction::CaseDeadline, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        Ok(())
    }

    /// Sets (or clears) the planned contract start. It is a term of the tender, so it is set
    /// until the bids are opened; certificates are judged against it.
    pub async fn set_contract_start(&self, actor: &Actor, case_id: &CaseId, start: Option<i64>) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        if !case.status.deadline_editable() {
            return Err(AppError::invalid("contract_start", "error-contract-start-fixed"));
        }
        if let (Some(s), Some(d)) = (start, case.deadline)
            && s < d
        {
            return Err(AppError::invalid("contract_start", "error-contract-start-before-deadline"));
        }
        if case.contract_start == start {
            return w.commit_unrecorded(Unrecorded::Unchanged).await;
        }
        cases::set_contract_start(&mut w.tx, &actor.org_id, case_id, start).await?;
        let show = |v: Option<i64>| v.map(|d| d.to_string());
        let changes =
            vec![FieldChange::new("contract_start", show(case.contract_start).as_deref(), show(start).as_deref())];
        w.audit(AuditAction::CaseContractStart, "procurement_case", case_id, changes).await?;
        w.commit().await
    }

    /// Opens the working set of a published case for a correction; bidders keep seeing the
    /// published version until the correction is published.
    pub async fn open_correction(&self, actor: &Actor, case_id: &CaseId) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        if case.status != Status::Published || case.correction_open {
            return Err(AppError::invalid("status", "error-correction-not-possible"));
        }
        cases::set_correction_open(&mut w.tx, &actor.org_id, case_id, true).await?;
        w.audit(
            AuditAction::SetCorrectionOpen,
            "procurement_case",
            case_id,
            vec![FieldChange::new("correction_open", Some("false"), Some("true"))],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Publishes the corrected set as the next version, with a note saying what changed.
    pub async fn publish_correction(&self, actor: &Actor, case_id: &CaseId, note: &str) -> AppResult<VersionRow> {
        actor.require(Permission::ProcurementEdit)?;
        let note = note.trim();
        if note.chars().count() < 10 {
            return Err(AppError::invalid("note", "error-correction-note"));
        }
        if note.chars().count() > MAX_NOTE {
            return Err(AppError::invalid("note", "error-too-long"));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let case = cases::get_tx(&mut w.tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        if case.status != Status::Published || !case.correction_open {
            return Err(AppError::invalid("status", "error-correction-not-open"));
        }
        let before = match store::latest_tx(&mut w.tx, &actor.org_id, case_id).await? {
            Some(p) => store::items_tx(&mut w.tx, &p.id).await?,
            None => vec![],
        };
        let v = freeze(&mut w, &case, note).await?;
        cases::set_correction_open(&mut w.tx, &actor.org_id, case_id, false).await?;
        let after = store::items_tx(&mut w.tx, &v.id).await?;
        self.carry_answers_over(&mut w, &case, &v, &before, &after).await?;
        w.commit().await?;
        Ok(v)
    }
}

impl App {
    /// After a correction: answers to requirements whose text and kind did not change carry
    /// over; the others are cleared. Submitted bids are reopened (they must be submitted
    /// again against the new version), and every bidder is told by e-mail.
    async fn carry_answers_over(
        &self,
        w: &mut Write<'_>,
        case: &CaseRow,
        v: &VersionRow,
        before: &[FrozenItem],
        after: &[FrozenItem],
    ) -> AppResult<()> {
        let (actor, now) = (w.member()?, w.now);
        let kept = rules::carried_over(before, after);
        for b in bids::for_case_tx(&mut w.tx, &actor.org_id, &case.id).await? {
            let mut cleared = 0;
            for a in bids::answers_tx(&mut w.tx, &b).await? {
                if !kept.contains(&a.requirement_id) {
                    cleared += bids::remove_answer(&mut w.tx, &b, &a.requirement_id).await?;
                }
            }
            if cleared > 0 {
                bids::standing_changed(&mut w.tx, b.id.as_str()).await?;
            }
            let reopened = b.status.is_submitted();
            if reopened {
                bids::reopen(&mut w.tx, &b).await?;
            }
            let mut args = self.bidder_mail_args(actor, case, &b.company, case.deadline.unwrap_or(now)).await?;
            args.push(("version", v.version.to_string()));
            args.push(("set_hash", v.hash.clone()));
            args.push(("note", v.note.clone()));
            args.push(("cleared", cleared.to_string()));
            args.push(("reopened", if reopened { "yes" } else { "no" }.to_string()));
            self.mail_bidder(&mut w.tx, actor, &b.contact_email, MAIL_CORRECTION, &args, now).await?;
            w.audit(
                AuditAction::BidCorrection,
                "bid",
                &b.id,
                vec![
                    FieldChange::new("version", None, Some(&v.version.to_string())),
                    FieldChange::new("answers_cleared", None, Some(&cleared.to_string())),
                    FieldChange::new("reopened", None, Some(&reopened.to_string())),
                ],
            )
            .await?;
        }
        Ok(())
    }

    async fn bidder_mail_args(
        &self,
        actor: &Actor,
        case: &CaseRow,
        company: &str,
        deadline: i64,
    ) -> AppResult<Vec<(&'static str, String)>> {
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        Ok(vec![
            ("org", org.name),
            ("company", company.to_string()),
            ("case", format!("{} {}", case.case_number, case.title)),
            ("deadline", tillit_domain::platform::local_time::format_local(deadline)),
        ])
    }

    /// An e-mail to a bidder in the organisation's language: (subject key, body key).
    async fn mail_bidder(
        &self,
        tx: &mut Tx,
        actor: &Actor,
        to: &str,
        keys: (&str, &str),
        args: &[(&str, String)],
        now: i64,
    ) -> AppResult<()> {
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let mail =
            OutgoingMail { to: to.to_string(), subject: t_args(loc, keys.0, args), body: t_args(loc, keys.1, args) };
        self.enqueue_mail(tx, now, &mail).await
    }
}

/// Whether the working set may change: while a draft, or during a correction.
pub(crate) fn set_editable(case: &CaseRow) -> bool {
    case.status.set_editable(case.correction_open)
}

/// Freezes the working set as the case's next version (inside the caller's transaction).
/// Refused while it cannot go out: empty, weights not 100 %, no deadline ahead, or identical
/// to the version already published.
pub(crate) async fn freeze(w: &mut Write<'_>, case: &CaseRow, note: &str) -> AppResult<VersionRow> {
    let (actor, now) = (w.member()?, w.now);
    let rows = working::items_tx(&mut w.tx, &actor.org_id, &case.id).await?;
    crate::procurement::requirement_set::readiness(rows.iter().map(|i| (i.kind.as_str(), i.weight))).map_err(|p| {
        match p {
            tillit_domain::procurement::requirement_set::SetProblem::Empty => {
                AppError::invalid("requirement_set", "error-set-empty")
            }
            tillit_domain::procurement::requirement_set::SetProblem::Weights(_) => {
                AppError::invalid("requirement_set", "error-set-weights")
            }
        }
    })?;
    if !rules::deadline_ok(now, case.deadline) {
        return Err(AppError::invalid("deadline", "error-deadline-missing"));
    }
    let items: Vec<FrozenItem> = rows
        .into_iter()
        .map(|i| FrozenItem {
            text: i.wording.clone().unwrap_or_else(|| i.text.clone()),
            original_text: i.text,
            requirement_id: i.requirement_id,
            catalogue: i.catalogue_title,
            reference: i.reference,
            area: if i.area_title.is_empty() { i.area_number } else { format!("{} {}", i.area_number, i.area_title) },
            kind: Kind::parse(&i.kind).unwrap_or(Kind::Must),
            weight: i.weight.clamp(0, 100) as u32,
        })
        .collect();
    let previous = store::latest_tx(&mut w.tx, &actor.org_id, &case.id).await?;
    let number = previous.as_ref().map_or(1, |p| p.version + 1);
    let mut changed = vec![];
    if let Some(p) = &previous {
        let old = store::items_tx(&mut w.tx, &p.id).await?;
        changed = rules::changes(&old, &items);
        if changed.is_empty() {
            return Err(AppError::invalid("requirement_set", "error-correction-unchanged"));
        }
    }
    let hash = rules::set_hash(case.id.as_str(), number as u32, &items);
    let id = new_id();
    let label = actor.label();
    store::insert(
        &mut w.tx,
        NewVersion { id: &id, case, version: number, hash: &hash, note, published_by: &label, now },
        &items,
    )
    .await?;
    let mut log = vec![
        FieldChange::new(
            "version",
            previous.as_ref().map(|p| p.version.to_string()).as_deref(),
            Some(&number.to_string()),
        ),
        FieldChange::new("hash", previous.as_ref().map(|p| p.hash.as_str()), Some(&hash)),
        FieldChange::new("requirements", None, Some(&items.len().to_string())),
    ];
    if !changed.is_empty() {
        log.push(FieldChange::new("changes", None, Some(&changed.len().to_string())));
        log.push(FieldChange::new("note", None, Some(note)));
    }
    w.audit(AuditAction::SetPublish, "procurement_case", &case.id, log).await?;
    Ok(VersionRow {
        id,
        case_id: case.id.clone(),
        version: number,
        hash,
        note: note.to_string(),
        published_by: label,
        published_at: now,
    })
}
