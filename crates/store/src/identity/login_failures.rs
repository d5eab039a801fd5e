//! Failed sign-ins, by key ("email:…" or "ip:…"), kept in the database so every
//! instance behind a load balancer counts the same failures.

use crate::args;
use crate::db::{Db, Result, Tx};

pub async fn record(tx: &mut Tx, key: &str, now: i64) -> Result<()> {
    tx.execute("INSERT INTO login_failures (key, at) VALUES ($1, $2)", args![key, now]).await?;
    Ok(())
}

pub async fn since(db: &Db, key: &str, since: i64) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = db
        .fetch_all("SELECT at FROM login_failures WHERE key = $1 AND at >= $2 ORDER BY at", args![key, since])
        .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

pub async fn clear(tx: &mut Tx, key: &str) -> Result<()> {
    tx.execute("DELETE FROM login_failures WHERE key = $1", args![key]).await?;
    Ok(())
}

pub async fn prune(db: &Db, before: i64) -> Result<u64> {
    db.execute("DELETE FROM login_failures WHERE at < $1", args![before]).await
}

/// Counts one attempt refused while `key` is locked. Returns the count in this run of
/// refusals: 1 when it starts (nothing refused since `fresh_after`), so the caller audits the
/// lock once instead of every attempt.
pub async fn count_refusal(tx: &mut Tx, key: &str, now: i64, fresh_after: i64) -> Result<i64> {
    tx.execute(
        "INSERT INTO lockout_refusals (key, count, first_at, last_at) VALUES ($1, 1, $2, $2)
         ON CONFLICT (key) DO UPDATE SET
            count = CASE WHEN lockout_refusals.last_at < $3 THEN 1 ELSE lockout_refusals.count + 1 END,
            first_at = CASE WHEN lockout_refusals.last_at < $3 THEN $2 ELSE lockout_refusals.first_at END,
            last_at = $2",
        args![key, now, fresh_after],
    )
    .await?;
    let (n,): (i64,) = tx.fetch_one("SELECT count FROM lockout_refusals WHERE key = $1", args![key]).await?;
    Ok(n)
}

pub async fn prune_refusals(db: &Db, before: i64) -> Result<u64> {
    db.execute("DELETE FROM lockout_refusals WHERE last_at < $1", args![before]).await
}
