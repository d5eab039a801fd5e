//! The write unit: how every use case that changes something does it. It names the author,
//! checks a member's permission, reads the injected clock once and opens the transaction;
//! the use case writes through `w.tx`, records what it did with `w.audit(…)` (a typed
//! action, in the chains the author's kind decides) and ends with `w.commit()`, which
//! refuses a change that recorded nothing. The few changes that are not recorded on purpose
//! say why with `w.commit_unrecorded(Unrecorded::…)`. Dropping the unit without committing
//! rolls everything back.

use crate::identity::accounts::CurrentSession;
use crate::platform::audit_log::{self, Entry};
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::{FieldChange, SYSTEM_CHAIN};
use tillit_domain::{OrgId, Permission, UserId};
use tillit_store::Tx;

/// Who makes a change; it decides the audit chains and how the record names the author.
pub enum Author<'a> {
    /// A member in their organisation, or the command line (`Actor::command_line`): the
    /// organisation's chain (the system chain for the command line outside any).
    Member(&'a Actor),
    /// A signed-in person changing their own account (profile, password, second factors,
    /// sessions): the active organisation's chain, the system chain without one.
    Person(&'a CurrentSession),
    /// Someone acting on their own account without a session (sign-in steps, a password
    /// reset, accepting an invitation), named by the address they gave; `user` is None when
    /// no account has it. Every chain the account belongs to, the system chain when none.
    Account { user: Option<&'a UserId>, label: &'a str },
    /// A supplier through a bid's portal link: the buying organisation's chain, named by
    /// the bid, with no user account behind it.
    Portal { org: OrgId, label: String },
    /// The operator at `tillit admin` (creating organisations, adding people, resetting a
    /// second factor), with no account: the system chain, or the chains named.
    Operator,
    /// tillit itself, at a moment a rule names (opening the bids at the deadline): the
    /// system chain, or the chains named.
    System,
}

/// How the operator's records name them.
pub(crate) const OPERATOR: &str = "tillit admin (command line)";
/// How a supplier's records through a bid link end: the stored words stay the same in every
/// language (they are hashed into the chain); pages say them in the reader's language.
pub(crate) const BID_LINK: &str = " (bid link)";
/// How tillit's own records name it.
const SYSTEM: &str = "tillit";

/// Why a change commits without an audit record: each case is a decision written here.
#[derive(Debug, Clone, Copy)]
pub enum Unrecorded {
    /// Upkeep nobody did: an expired session removed, a fresh setup link replacing an unused
    /// one, a repeated refusal added to the count of a lock whose first refusal was recorded.
    Housekeeping,
    /// A person's display choice for themselves: language, active organisation.
    Preference,
    /// A passkey challenge taken before the answer is checked, so a failed try cannot use
    /// it again; the failure itself is recorded by its own change.
    ChallengeTaken,
    /// A refused attempt at a link, counted toward the sender's lock (recording each one
    /// would let anyone fill the log).
    AttemptCounted,
    /// A change that changed nothing: the same evidence file sent again, judgements saved
    /// as they were.
    Unchanged,
    /// An upload parked for its preview; nothing is imported until the confirmation, which
    /// is recorded.
    ParkedForPreview,
}

pub struct Write<'a> {
    pub tx: Tx,
    /// The moment of this change: every timestamp it writes is this one.
    pub now: i64,
    author: Author<'a>,
    audited: bool,
}

impl App {
    /// Starts a change by `actor`, who must have `needs`.
    pub async fn write<'a>(&self, actor: &'a Actor, needs: Permission) -> AppResult<Write<'a>> {
        actor.require(needs)?;
        self.write_as_at(Author::Member(actor), self.now().0).await
    }

    /// As `write`, for a use case that read the clock before it could start writing (to
    /// check a deadline, say): the change keeps that one moment.
    pub async fn write_at<'a>(&self, actor: &'a Actor, needs: Permission, now: i64) -> AppResult<Write<'a>> {
        actor.require(needs)?;
        self.write_as_at(Author::Member(actor), now).await
    }

    /// Starts a change by `actor` that any member may make for themselves (their profile,
    /// their own tokens): no permission beyond being a member.
    pub async fn write_own<'a>(&self, actor: &'a Actor) -> AppResult<Write<'a>> {
        self.write_as_at(Author::Member(actor), self.now().0).await
    }

    /// As `write_own`, keeping a moment read before.
    pub async fn write_own_at<'a>(&self, actor: &'a Actor, now: i64) -> AppResult<Write<'a>> {
        self.write_as_at(Author::Member(actor), now).await
    }

    /// Starts a change a signed-in person makes to their own account.
    pub async fn write_own_account<'a>(&self, person: &'a CurrentSession) -> AppResult<Write<'a>> {
        self.write_as_at(Author::Person(person), self.now().0).await
    }

    /// Starts a change by an author who is not a member acting in an organisation (the use
    /// case has checked what the author may do: a link, a password, a code).
    pub async fn write_as<'a>(&self, author: Author<'a>) -> AppResult<Write<'a>> {
        self.write_as_at(author, self.now().0).await
    }

    /// As `write_as`, keeping a moment read before.
    pub async fn write_as_at<'a>(&self, author: Author<'a>, now: i64) -> AppResult<Write<'a>> {
        Ok(Write { tx: self.db.begin().await?, now, author, audited: false })
    }
}

impl<'a> Write<'a> {
    /// A unit on a transaction that had to read before its author was known (a portal
    /// link's bid, found and checked inside the same transaction).
    pub(crate) fn begun(tx: Tx, now: i64, author: Author<'a>) -> Write<'a> {
        Write { tx, now, author, audited: false }
    }

    /// The member making this change; an error for any other author (a defect in the use
    /// case, which needs a member).
    pub fn member(&self) -> AppResult<&'a Actor> {
        match self.author {
            Author::Member(a) => Ok(a),
            _ => Err(AppError::Internal("a member's step in a change by someone else".into())),
        }
    }

    /// Records the change in the author's chains, in this transaction.
    pub async fn audit(
        &mut self,
        action: AuditAction,
        object_type: &str,
        object_id: impl AsRef<str>,
        changes: Vec<FieldChange>,
    ) -> AppResult<()> {
        let object_id = object_id.as_ref();
        match &self.author {
            Author::Member(actor) => {
                audit_log::by_actor(&mut self.tx, self.now, actor, action, object_type, object_id, changes).await?;
            }
            Author::Person(p) => {
                let chain = p.org.as_ref().map_or(SYSTEM_CHAIN, |(o, _)| o.as_str());
                let (id, label) = (Some(p.user.id.as_str()), p.user.email.as_str());
                record(&mut self.tx, self.now, chain, id, label, action, object_type, object_id, changes).await?;
            }
            Author::Account { user, label } => {
                let chains = match user {
                    Some(u) => audit_log::chains_of(&mut self.tx, u).await?,
                    None => vec![SYSTEM_CHAIN.to_string()],
                };
                let id = user.map(|u| u.as_str());
                for chain in &chains {
                    let c = changes.clone();
                    record(&mut self.tx, self.now, chain, id, label, action, object_type, object_id, c).await?;
                }
            }
            Author::Portal { org, label } => {
                let chain = org.as_str();
                record(&mut self.tx, self.now, chain, None, label, action, object_type, object_id, changes).await?;
            }
            Author::Operator => {
                let c = SYSTEM_CHAIN;
                record(&mut self.tx, self.now, c, None, OPERATOR, action, object_type, object_id, changes).await?;
            }
            Author::System => {
                let c = SYSTEM_CHAIN;
                record(&mut self.tx, self.now, c, None, SYSTEM, action, object_type, object_id, changes).await?;
            }
        }
        self.audited = true;
        Ok(())
    }

    /// Records the change in one named chain, by this author (setting up a new organisation
    /// records in the system chain and in the new organisation's).
    pub async fn audit_in(
        &mut self,
        chain: &str,
        action: AuditAction,
        object_type: &str,
        object_id: &str,
        changes: Vec<FieldChange>,
    ) -> AppResult<()> {
        let (id, label) = match &self.author {
            Author::Member(a) => (Some(a.user_id.as_str()).filter(|u| !u.is_empty()), a.label()),
            Author::Person(p) => (Some(p.user.id.as_str()), p.user.email.clone()),
            Author::Account { user, label } => (user.map(|u| u.as_str()), label.to_string()),
            Author::Portal { label, .. } => (None, label.clone()),
            Author::Operator => (None, OPERATOR.to_string()),
            Author::System => (None, SYSTEM.to_string()),
        };
        record(&mut self.tx, self.now, chain, id, &label, action, object_type, object_id, changes).await?;
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

    /// Commits a save that may have changed nothing (a form sent again as it was): recorded
    /// when it changed something, otherwise `Unrecorded::Unchanged`.
    pub async fn commit_or_unchanged(self) -> AppResult<()> {
        if self.audited { self.commit().await } else { self.commit_unrecorded(Unrecorded::Unchanged).await }
    }

    /// Commits a change that is not recorded, for the reason named (which may also be a
    /// change that recorded something only sometimes: the first refusal of a lock).
    pub async fn commit_unrecorded(self, _why: Unrecorded) -> AppResult<()> {
        self.tx.commit().await?;
        Ok(())
    }
}

#[allow(clippy::too_many_arguments)] // one record's fields, named at each call
async fn record(
    tx: &mut Tx,
    at: i64,
    chain: &str,
    actor_id: Option<&str>,
    actor_label: &str,
    action: AuditAction,
    object_type: &str,
    object_id: &str,
    changes: Vec<FieldChange>,
) -> AppResult<()> {
    let e = Entry { chain, actor_id, actor_label, action, object_type, object_id, changes };
    audit_log::record(tx, at, e).await
}
