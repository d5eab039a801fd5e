//! The write unit: how every use case that changes something does it. `App::write` checks
//! the actor's permission, reads the injected clock once and opens the transaction; the use
//! case writes through `w.tx`, records what it did with `w.audit(…)` (a typed action, in the
//! actor's organisation's chain) and ends with `w.commit()`, which refuses a change that
//! recorded nothing. Dropping the unit without committing rolls everything back.
//!
//! `OwnWrite` is the same unit for a signed-in person changing their own account (profile,
//! password, second factors, sessions): no permission beyond being signed in, recorded in
//! the active organisation's chain (the system chain for someone without one).

use crate::identity::accounts::CurrentSession;
use crate::platform::audit_log;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_store::Tx;

pub struct Write<'a> {
    pub tx: Tx,
    /// The moment of this change: every timestamp it writes is this one.
    pub now: i64,
    pub actor: &'a Actor,
    audited: bool,
}

impl App {
    /// Starts a change by `actor`, who must have `needs`.
    pub async fn write<'a>(&self, actor: &'a Actor, needs: Permission) -> AppResult<Write<'a>> {
        actor.require(needs)?;
        Ok(Write { tx: self.db.begin().await?, now: self.now().0, actor, audited: false })
    }

    /// As `write`, for a use case that read the clock before it could start writing (to
    /// check a deadline, say): the change keeps that one moment.
    pub async fn write_at<'a>(&self, actor: &'a Actor, needs: Permission, now: i64) -> AppResult<Write<'a>> {
        actor.require(needs)?;
        Ok(Write { tx: self.db.begin().await?, now, actor, audited: false })
    }

    /// As `write_own`, keeping a moment read before.
    pub async fn write_own_at<'a>(&self, actor: &'a Actor, now: i64) -> AppResult<Write<'a>> {
        Ok(Write { tx: self.db.begin().await?, now, actor, audited: false })
    }

    /// Starts a change by `actor` that any member may make for themselves (their profile,
    /// their own tokens): no permission beyond being a member.
    pub async fn write_own<'a>(&self, actor: &'a Actor) -> AppResult<Write<'a>> {
        Ok(Write { tx: self.db.begin().await?, now: self.now().0, actor, audited: false })
    }
}

impl Write<'_> {
    /// Records the change in the audit chain, in this transaction.
    pub async fn audit(
        &mut self,
        action: AuditAction,
        object_type: &str,
        object_id: impl AsRef<str>,
        changes: Vec<FieldChange>,
    ) -> AppResult<()> {
        audit_log::by_actor(&mut self.tx, self.now, self.actor, action, object_type, object_id.as_ref(), changes)
            .await?;
        self.audited = true;
        Ok(())
    }

    /// Commits the change with its audit records. A change that recorded nothing is a
    /// defect in the use case and is rolled back.
    pub async fn commit(self) -> AppResult<()> {
        if !self.audited {
            return Err(AppError::Internal("a change without an audit record".into()));
        }
        self.tx.commit().await?;
        Ok(())
    }
}

pub struct OwnWrite<'a> {
    pub tx: Tx,
    /// The moment of this change.
    pub now: i64,
    pub person: &'a CurrentSession,
    audited: bool,
}

impl App {
    /// Starts a change a signed-in person makes to their own account.
    pub async fn write_own_account<'a>(&self, person: &'a CurrentSession) -> AppResult<OwnWrite<'a>> {
        Ok(OwnWrite { tx: self.db.begin().await?, now: self.now().0, person, audited: false })
    }
}

impl OwnWrite<'_> {
    /// Records the change (object: the person's user, or what `object_id` names).
    pub async fn audit(&mut self, action: AuditAction, object_id: &str, changes: Vec<FieldChange>) -> AppResult<()> {
        let p = self.person;
        let chain = p.org.as_ref().map_or(tillit_domain::platform::audit_log::SYSTEM_CHAIN, |(o, _)| o.as_str());
        let entry = audit_log::Entry {
            chain,
            actor_id: Some(&p.user.id),
            actor_label: &p.user.email,
            action,
            object_type: "user",
            object_id,
            changes,
        };
        audit_log::record(&mut self.tx, self.now, entry).await?;
        self.audited = true;
        Ok(())
    }

    /// Commits the change with its audit record; refused without one.
    pub async fn commit(self) -> AppResult<()> {
        if !self.audited {
            return Err(AppError::Internal("a change without an audit record".into()));
        }
        self.tx.commit().await?;
        Ok(())
    }
}
