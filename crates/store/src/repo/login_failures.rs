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
