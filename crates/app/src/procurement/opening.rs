//! Sealed bids and their opening. Until the deadline a buyer sees who was invited, the state
//! of their links and whether and when each bid was submitted with its receipt hash — never
//! an answer, an evidence file or a certificate. When the deadline passes the bids are
//! opened: a job queued for that moment writes the opening record (bids received, when, their
//! receipt hashes) into the organisation's audit chain and the case keeps the moment. A
//! buyer's read after the deadline opens them itself if the worker has not come round yet.

use crate::platform::jobs::{Job, JobError};
use crate::write::Author;
use crate::{Actor, App, AppError, AppResult};
use serde::{Deserialize, Serialize};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::bid::Hidden;
use tillit_domain::procurement::tender::opening_due;
use tillit_domain::{CaseId, OrgId};
use tillit_store::Tx;
use tillit_store::procurement::bids::{self, BidRow};
use tillit_store::procurement::{self as cases, CaseRow};

/// Opens a case's bids at its deadline. Queued for each deadline the case gets; a job for a
/// deadline that has since moved finds nothing due and ends.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpenBids {
    pub org: String,
    pub case: String,
    pub deadline: i64,
}

impl Job for OpenBids {
    const NAME: &'static str = "open_bids";

    fn dedup_key(&self) -> Option<String> {
        Some(format!("{}:{}", self.case, self.deadline))
    }

    fn kept(&self) -> serde_json::Value {
        serde_json::json!({ "case": self.case, "deadline": self.deadline })
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        let (org, case) = (OrgId(self.org.clone()), CaseId(self.case.clone()));
        app.open_bids_if_due(&org, &case).await.map(|_| ()).map_err(JobError::from)
    }
}

impl App {
    /// Queues the opening at the case's deadline (in the caller's transaction).
    pub(crate) async fn schedule_opening(&self, tx: &mut Tx, case: &CaseRow, deadline: i64) -> AppResult<()> {
        let job = OpenBids { org: case.org_id.0.clone(), case: case.id.0.clone(), deadline };
        self.enqueue(tx, &job, deadline).await.map(|_| ())
    }

    /// Opens the case's bids if the deadline has passed and they are still sealed. Returns
    /// whether this call opened them (another instance or read may have done it first).
    pub async fn open_bids_if_due(&self, org: &OrgId, case_id: &CaseId) -> AppResult<bool> {
        let mut w = self.write_as(Author::System).await?;
        let now = w.now;
        let Some(case) = cases::get_tx(&mut w.tx, org, case_id).await? else { return Ok(false) };
        if !opening_due(case.status, case.deadline, case.opened_at, now)
            || cases::mark_opened(&mut w.tx, &case, now).await? != 1
        {
            return Ok(false);
        }
        let submitted: Vec<BidRow> =
            bids::for_case_tx(&mut w.tx, org, case_id).await?.into_iter().filter(|b| b.status.is_submitted()).collect();
        let mut changes = vec![
            FieldChange::new("deadline", None, case.deadline.map(format_local).as_deref()),
            FieldChange::new("bids_received", None, Some(&submitted.len().to_string())),
        ];
        for b in &submitted {
            let when = b.submitted_at.map(format_local).unwrap_or_default();
            let receipt = b.receipt_hash.as_deref().unwrap_or("");
            changes.push(FieldChange::new(&format!("bid {}", b.company), None, Some(&format!("{when} · {receipt}"))));
        }
        w.audit_in(org.as_str(), AuditAction::BidsOpen, "procurement_case", case_id.as_str(), changes).await?;
        w.commit().await?;
        Ok(true)
    }

    /// The case as it stands now for a member: its bids opened first if the deadline has
    /// passed since the worker last looked.
    pub(crate) async fn case_as_of_now(&self, actor: &Actor, case_id: &CaseId) -> AppResult<CaseRow> {
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        if !opening_due(case.status, case.deadline, case.opened_at, self.now().0) {
            return Ok(case);
        }
        self.open_bids_if_due(&actor.org_id, case_id).await?;
        cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)
    }

    /// The case for a read of bid contents by a member: refused while sealed.
    pub(crate) async fn opened_case(&self, actor: &Actor, case_id: &CaseId) -> AppResult<CaseRow> {
        let case = self.case_as_of_now(actor, case_id).await?;
        if case.opened_at.is_none() {
            return Err(AppError::invalid("bid", Hidden::Sealed.message_key()));
        }
        Ok(case)
    }
}
