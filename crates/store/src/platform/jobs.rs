//! A job queue in the database. A job is claimed by one instance at a time with a lease
//! (`locked_until`); a crashed instance's lease runs out and another takes the job.

use crate::args;
use crate::db::{Backend, Db, Result, Tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Job {
    pub id: String,
    pub kind: String,
    pub payload: String,
    pub run_at: i64,
    pub attempts: i64,
    pub locked_by: Option<String>,
    pub locked_until: Option<i64>,
    pub done_at: Option<i64>,
    pub last_error: Option<String>,
}

pub async fn enqueue(tx: &mut Tx, id: &str, kind: &str, payload: &str, run_at: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO jobs (id, kind, payload, run_at, attempts) VALUES ($1, $2, $3, $4, 0)",
        args![id, kind, payload, run_at],
    )
    .await?;
    Ok(())
}

/// Queues a job unless one with this id exists (done or not). Returns whether it was queued.
/// Instances racing to queue the same scheduled job queue it once.
pub async fn enqueue_once(tx: &mut Tx, id: &str, kind: &str, payload: &str, run_at: i64) -> Result<bool> {
    let n = tx
        .execute(
            "INSERT INTO jobs (id, kind, payload, run_at, attempts) VALUES ($1, $2, $3, $4, 0) ON CONFLICT (id) DO NOTHING",
            args![id, kind, payload, run_at],
        )
        .await?;
    Ok(n == 1)
}

/// Claims the oldest due job for `worker` until `lease_until`. One statement, so two
/// instances never claim the same job.
pub async fn claim(db: &Db, worker: &str, now: i64, lease_until: i64) -> Result<Option<Job>> {
    let sql = match db.backend() {
        Backend::Postgres => {
            "UPDATE jobs SET locked_by = $1, locked_until = $3, attempts = attempts + 1
             WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $2
                           AND (locked_until IS NULL OR locked_until < $2)
                         ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
             RETURNING *"
        }
        Backend::Sqlite => {
            "UPDATE jobs SET locked_by = $1, locked_until = $3, attempts = attempts + 1
             WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $2
                           AND (locked_until IS NULL OR locked_until < $2)
                         ORDER BY run_at LIMIT 1)
             RETURNING *"
        }
    };
    let mut tx = db.begin().await?;
    let job = tx.fetch_optional(sql, args![worker, now, lease_until]).await?;
    tx.commit().await?;
    Ok(job)
}

/// Marks a job done (an error from an earlier attempt is forgotten) and replaces its payload with `kept`: what may be kept of it once done
/// (for a mail: recipient and subject, never the body with its one-time link).
pub async fn finish(db: &Db, id: &str, worker: &str, now: i64, kept: &str) -> Result<()> {
    db.execute(
        "UPDATE jobs SET done_at = $3, locked_until = NULL, payload = $4, last_error = NULL
         WHERE id = $1 AND locked_by = $2",
        args![id, worker, now, kept],
    )
    .await?;
    Ok(())
}

/// Gives the job back to run again at `retry_at`, or gives up after too many attempts (then
/// the payload becomes `kept`, as for a finished job).
#[allow(clippy::too_many_arguments)]
pub async fn fail(
    db: &Db,
    id: &str,
    worker: &str,
    error: &str,
    retry_at: i64,
    give_up: bool,
    now: i64,
    kept: &str,
) -> Result<()> {
    db.execute(
        "UPDATE jobs SET locked_until = NULL, last_error = $3, run_at = $4, done_at = CASE WHEN $5 THEN $6 ELSE NULL END,
            payload = CASE WHEN $5 THEN $7 ELSE payload END
         WHERE id = $1 AND locked_by = $2",
        args![id, worker, error, retry_at, give_up, now, kept],
    )
    .await?;
    Ok(())
}

/// Every job's id, payload and whether it is done: for sealing payloads stored before they were sealed.
pub async fn all_payloads(db: &Db) -> Result<Vec<(String, String, bool)>> {
    let rows: Vec<(String, String, Option<i64>)> =
        db.fetch_all("SELECT id, payload, done_at FROM jobs ORDER BY id", vec![]).await?;
    Ok(rows.into_iter().map(|(id, p, d)| (id, p, d.is_some())).collect())
}

pub async fn set_payload(db: &Db, id: &str, payload: &str) -> Result<()> {
    db.execute("UPDATE jobs SET payload = $2 WHERE id = $1", args![id, payload]).await?;
    Ok(())
}

/// Claims a schedule's occurrence for this transaction: moves the schedule's last slot in
/// `scope` forward to `slot`. False when this or a later slot was claimed already (by this
/// instance or another); the row lock makes a racing instance wait and then see that.
pub async fn claim_slot(tx: &mut Tx, schedule: &str, scope: &str, slot: i64) -> Result<bool> {
    let n = tx
        .execute(
            "INSERT INTO schedule_runs (schedule, scope, last_slot) VALUES ($1, $2, $3)
             ON CONFLICT (schedule, scope) DO UPDATE SET last_slot = excluded.last_slot
             WHERE schedule_runs.last_slot < excluded.last_slot",
            args![schedule, scope, slot],
        )
        .await?;
    Ok(n == 1)
}

/// Jobs that are due and not done, and jobs that failed (retrying or given up): what a test
/// must not leave behind. (id, kind, last error).
pub async fn due_or_failed(db: &Db, now: i64) -> Result<Vec<(String, String, Option<String>)>> {
    db.fetch_all(
        "SELECT id, kind, last_error FROM jobs
         WHERE (done_at IS NULL AND run_at <= $1) OR last_error IS NOT NULL ORDER BY id",
        args![now],
    )
    .await
}

/// Removes jobs finished before `before`. Returns how many.
pub async fn prune_done(db: &Db, before: i64) -> Result<u64> {
    db.execute("DELETE FROM jobs WHERE done_at IS NOT NULL AND done_at < $1", args![before]).await
}

pub async fn pending_count(db: &Db) -> Result<i64> {
    let (n,): (i64,) = db.fetch_one("SELECT COUNT(*) FROM jobs WHERE done_at IS NULL", vec![]).await?;
    Ok(n)
}
