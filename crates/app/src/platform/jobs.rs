//! Typed background jobs and periodic schedules: the home of all time-driven work.
//!
//! A job kind is a type implementing [`Job`]: a name, its payload (the type itself, as
//! JSON, sealed when it holds secrets), an optional deduplication key, retries with
//! backoff, and an idempotent handler (it may run again after a crash between its work and
//! the mark that it is done). [`KINDS`] lists every kind; a kind missing there fails when run.
//!
//! A [`Schedule`] queues a job at each occurrence (every N seconds, or at a local time each
//! day, week or month), for the installation or for each organisation. An occurrence is
//! claimed in the transaction that queues its job (`schedule_runs`), so it is queued once
//! across instances; after downtime only the latest missed occurrence runs.

use crate::{App, AppConfig, AppError, AppResult};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;
use tillit_domain::platform::schedule::{Every, latest_slot};
use tillit_store::Tx;
use tillit_store::identity::orgs;
use tillit_store::platform::jobs;

/// Why a run did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobError {
    pub message: String,
    /// Nothing of this kind can succeed now (no SMTP server): stop this batch, retry later.
    pub pause: bool,
}

impl JobError {
    pub fn new(message: impl Into<String>) -> JobError {
        JobError { message: message.into(), pause: false }
    }
}

impl From<AppError> for JobError {
    fn from(e: AppError) -> JobError {
        JobError::new(e.to_string())
    }
}

pub trait Job: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// Stored with each job; never change it for an existing kind.
    const NAME: &'static str;
    /// Runs before the job is given up.
    const MAX_ATTEMPTS: i64 = 8;
    /// Seal the payload with the instance key (it holds a secret such as a one-time link).
    const SEALED: bool = false;

    /// Jobs with the same key are queued once (the first stays). None: always queued.
    fn dedup_key(&self) -> Option<String> {
        None
    }

    /// What is kept of the payload once the job is done or given up.
    fn kept(&self) -> serde_json::Value {
        serde_json::json!({})
    }

    /// Seconds until the next try after `attempts` failed runs: 1, 2, 4 … minutes, at most ~2 hours.
    fn backoff(attempts: i64) -> i64 {
        30 * (1 << attempts.clamp(1, 8))
    }

    /// Does the work. Must be idempotent.
    fn run(&self, app: &App) -> impl Future<Output = Result<(), JobError>> + Send;
}

type Run<'a> = Pin<Box<dyn Future<Output = (Result<(), JobError>, String)> + Send + 'a>>;
type Queued<'a> = Pin<Box<dyn Future<Output = AppResult<()>> + Send + 'a>>;

/// A kind in the registry: its name, how to run a stored payload, and its retry policy.
pub struct Kind {
    pub name: &'static str,
    run: for<'a> fn(&'a App, &'a str) -> Run<'a>,
    max_attempts: i64,
    backoff: fn(i64) -> i64,
}

const fn kind<J: Job>() -> Kind {
    Kind { name: J::NAME, run: run_stored::<J>, max_attempts: J::MAX_ATTEMPTS, backoff: J::backoff }
}

/// Every job kind tillit runs.
pub const KINDS: &[Kind] = &[
    kind::<crate::platform::mail::SendMail>(),
    kind::<crate::platform::housekeeping::Housekeeping>(),
    kind::<crate::platform::audit_witness::AuditCheckpointLog>(),
    kind::<crate::platform::audit_witness::AuditCheckpointMail>(),
    kind::<crate::procurement::opening::OpenBids>(),
    kind::<crate::procurement::award::StandstillEnds>(),
    kind::<crate::contracts::changes::ObjectionWindowCloses>(),
    kind::<crate::contracts::changes::ObjectionReminder>(),
];

fn run_stored<'a, J: Job>(app: &'a App, payload: &'a str) -> Run<'a> {
    Box::pin(async move {
        // Sealed payloads are mail (the only kind holding secrets); older ones may be plain.
        let json = if payload.starts_with("sealed:") {
            match app.config.keys.open_text(crate::platform::keys::Purpose::Mail, payload) {
                Some(j) => j,
                None => return (Err(JobError::new("sealed with another key (secret_key_file)")), "{}".into()),
            }
        } else {
            payload.to_string()
        };
        match serde_json::from_str::<J>(&json) {
            Ok(job) => {
                let kept = job.kept().to_string();
                (job.run(app).await, kept)
            }
            Err(e) => (Err(JobError::new(format!("bad payload: {e}"))), "{}".into()),
        }
    })
}

/// Where a schedule's occurrences apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Once for the installation.
    Installation,
    /// Once for each organisation (the job learns which from its `Occurrence`).
    EachOrganisation,
}

/// One occurrence of a schedule: the organisation (for `EachOrganisation`) and the slot's
/// start (UTC seconds), which also names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Occurrence {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub slot: i64,
}

pub struct Schedule {
    pub name: &'static str,
    pub scope: Scope,
    pub every: fn(&AppConfig) -> Every,
    queue: for<'a> fn(&'a App, &'a mut Tx, Occurrence) -> Queued<'a>,
}

const fn schedule<J: Job + From<Occurrence>>(
    name: &'static str,
    scope: Scope,
    every: fn(&AppConfig) -> Every,
) -> Schedule {
    Schedule { name, scope, every, queue: queue_occurrence::<J> }
}

fn queue_occurrence<'a, J: Job + From<Occurrence>>(app: &'a App, tx: &'a mut Tx, o: Occurrence) -> Queued<'a> {
    Box::pin(async move {
        let now = app.now().0;
        app.enqueue(tx, &J::from(o), now).await.map(|_| ())
    })
}

/// Every periodic schedule.
pub const SCHEDULES: &[Schedule] = &[
    schedule::<crate::platform::housekeeping::Housekeeping>("housekeeping", Scope::Installation, |c| {
        Every::Seconds(c.housekeeping_secs)
    }),
    schedule::<crate::platform::audit_witness::AuditCheckpointLog>("audit_checkpoint_log", Scope::Installation, |c| {
        Every::Seconds(c.audit_checkpoint_secs.max(3600))
    }),
    schedule::<crate::platform::audit_witness::AuditCheckpointMail>(
        "audit_checkpoint_mail",
        Scope::EachOrganisation,
        |c| Every::Seconds(c.audit_checkpoint_secs.max(3600)),
    ),
];

impl App {
    /// Queues `job` in the caller's transaction, to run from `run_at`. With a dedup key the
    /// job's id is `NAME:key` and a second one is not queued. Returns whether it was queued.
    pub async fn enqueue<J: Job>(&self, tx: &mut Tx, job: &J, run_at: i64) -> AppResult<bool> {
        let id = match job.dedup_key() {
            Some(k) => format!("{}:{k}", J::NAME),
            None => crate::new_id(),
        };
        let json = serde_json::to_string(job).map_err(|e| AppError::Internal(e.to_string()))?;
        let payload =
            if J::SEALED { self.config.keys.seal_text(crate::platform::keys::Purpose::Mail, &json) } else { json };
        Ok(jobs::enqueue_once(tx, &id, J::NAME, &payload, run_at).await?)
    }

    /// Queues the job of every schedule occurrence that is due and not yet claimed. The
    /// server calls this every few seconds; tests call it after moving the fake clock.
    /// Returns how many were queued.
    pub async fn run_schedules(&self) -> AppResult<usize> {
        let now = self.now().0;
        let mut queued = 0;
        let orgs = orgs::list_all(&self.db).await?;
        for s in SCHEDULES {
            let slot = latest_slot((s.every)(&self.config), now);
            let scopes: Vec<Option<String>> = match s.scope {
                Scope::Installation => vec![None],
                Scope::EachOrganisation => orgs.iter().map(|o| Some(o.id.clone())).collect(),
            };
            for org in scopes {
                let mut tx = self.db.begin().await?;
                if jobs::claim_slot(&mut tx, s.name, org.as_deref().unwrap_or("*"), slot).await? {
                    (s.queue)(self, &mut tx, Occurrence { org, slot }).await?;
                    queued += 1;
                }
                tx.commit().await?;
            }
        }
        Ok(queued)
    }

    /// Runs every due job once. Returns how many ran. The server calls this every few
    /// seconds; tests call it directly.
    pub async fn run_due_jobs(&self) -> AppResult<usize> {
        let mut n = 0;
        let me = &self.config.instance_id;
        loop {
            let now = self.now().0;
            let Some(job) = jobs::claim(&self.db, me, now, now + 120).await? else {
                return Ok(n);
            };
            n += 1;
            let kind = KINDS.iter().find(|k| k.name == job.kind);
            let (result, kept) = match kind {
                Some(k) => (k.run)(self, &job.payload).await,
                None => (Err(JobError::new(format!("unknown job kind {}", job.kind))), "{}".into()),
            };
            match result {
                Ok(()) => jobs::finish(&self.db, &job.id, me, now, &kept).await?,
                Err(e) => {
                    // Never log the payload: a mail's body may hold a one-time link.
                    tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e.message, "job failed");
                    let (max, backoff) = kind.map(|k| (k.max_attempts, (k.backoff)(job.attempts))).unwrap_or((1, 0));
                    let give_up = job.attempts >= max;
                    jobs::fail(&self.db, &job.id, me, &e.message, now + backoff, give_up, now, &kept).await?;
                    if e.pause {
                        return Ok(n);
                    }
                }
            }
        }
    }

    /// Jobs that are due and not done, or that failed: (id, kind, error). Empty after the
    /// worker has caught up and nothing went wrong; the test harness checks it after every test.
    pub async fn leftover_jobs(&self) -> AppResult<Vec<(String, String, Option<String>)>> {
        Ok(jobs::due_or_failed(&self.db, self.now().0).await?)
    }
}
