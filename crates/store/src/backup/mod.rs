//! Backups as JSON lines, the same on SQLite and PostgreSQL (so a backup of one restores
//! into the other). Read in one snapshot transaction while the server runs; restored in
//! one transaction into an empty database, all or nothing; a SHA-256 over the rows in
//! the last line detects a damaged or edited file.

use crate::db::{Db, Result, StoreError};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Row};
use std::io::{BufRead, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    Text,
    Int,
    Bool,
    Bytes,
}

use Col::*;

mod tables;
pub use tables::TABLES;

/// Derived data a backup leaves out and a restore rebuilds: the search index.
pub const DERIVED: &[(&str, &str)] = &[("requirements", "search")];

/// Tables of derived data (SQLite's full-text index and its shadow tables).
pub fn is_derived_table(name: &str) -> bool {
    name.starts_with("requirement_fts")
}

/// Tables whose rows mean the database is in use: restore refuses to write over them.
const IN_USE: [&str; 3] = ["organisations", "users", "audit_events"];

/// One row read from a backup: its line number, table and column values.
pub type BackupRow = (usize, String, Map<String, Value>);

pub const FORMAT: &str = "tillit-backup";
pub const FORMAT_VERSION: i64 = 1;

fn select_sql(table: &str, cols: &[(&str, Col)]) -> String {
    let names: Vec<&str> = cols.iter().map(|c| c.0).collect();
    // Ordered by every column, so two backups of the same data are byte-identical. A table
    // that refers to itself (a call-off to its framework agreement, never itself a call-off)
    // gives the rows referred to first, so a restore meets its foreign key.
    let first = match table {
        "contracts" => "CASE WHEN framework_id IS NULL THEN 0 ELSE 1 END, ",
        _ => "",
    };
    format!("SELECT {0} FROM {table} ORDER BY {first}{0}", names.join(", "))
}

macro_rules! decode_row {
    ($row:expr, $cols:expr) => {{
        let mut m = Map::new();
        for (i, (name, col)) in $cols.iter().enumerate() {
            let v = match col {
                Text => $row.try_get::<Option<String>, _>(i)?.map(Value::String),
                Int => $row.try_get::<Option<i64>, _>(i)?.map(|n| json!(n)),
                Bool => $row.try_get::<Option<bool>, _>(i)?.map(Value::Bool),
                Bytes => $row.try_get::<Option<Vec<u8>>, _>(i)?.map(|b| Value::String(B64.encode(b))),
            };
            m.insert(name.to_string(), v.unwrap_or(Value::Null));
        }
        m
    }};
}

/// Writes a consistent backup. Returns the number of rows per table. `checkpoints` (the
/// signed heads of the audit chains, taken just before) go into the header, so every backup
/// is also a witness of the chains.
pub async fn dump(
    db: &Db,
    schema_version: i64,
    created_at: i64,
    checkpoints: Value,
    out: &mut impl Write,
) -> Result<Vec<(String, usize)>> {
    let io = |e: std::io::Error| StoreError::Connect(format!("cannot write the backup: {e}"));
    let header = json!({ "format": FORMAT, "version": FORMAT_VERSION, "schema_version": schema_version,
        "created_at": created_at, "checkpoints": checkpoints });
    writeln!(out, "{header}").map_err(io)?;
    let mut hasher = Sha256::new();
    let mut counts = vec![];
    macro_rules! each_table {
        ($tx:expr) => {
            for (table, cols) in TABLES {
                let rows = sqlx::query(AssertSqlSafe(select_sql(table, cols))).fetch_all(&mut *$tx).await?;
                counts.push((table.to_string(), rows.len()));
                for row in rows {
                    let line = json!({ "t": table, "r": decode_row!(row, cols) }).to_string();
                    hasher.update(line.as_bytes());
                    hasher.update(b"\n");
                    writeln!(out, "{line}").map_err(io)?;
                }
            }
        };
    }
    match db {
        Db::Sqlite(p) => {
            // A read transaction in WAL mode sees one snapshot while writers go on.
            let mut tx = p.begin().await?;
            each_table!(tx);
            tx.commit().await?;
        }
        Db::Pg(p) => {
            let mut tx = p.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?;
            each_table!(tx);
            tx.commit().await?;
        }
    }
    let total: usize = counts.iter().map(|c| c.1).sum();
    writeln!(out, "{}", json!({ "end": true, "rows": total, "sha256": hex::encode(hasher.finalize()) })).map_err(io)?;
    Ok(counts)
}

fn corrupt(line: usize, msg: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("backup line {line}: {msg}"))
}

/// Reads and checks a whole backup: header, every row against the table list, the checksum.
pub fn read(input: impl BufRead, expected_schema: i64) -> Result<Vec<BackupRow>> {
    let mut lines = input.lines().enumerate();
    let (_, first) = lines.next().ok_or_else(|| corrupt(1, "the file is empty"))?;
    let header: Value = serde_json::from_str(&first.map_err(|e| corrupt(1, e))?).map_err(|e| corrupt(1, e))?;
    if header["format"] != FORMAT || header["version"] != FORMAT_VERSION {
        return Err(corrupt(1, "not a tillit backup (format/version)"));
    }
    if header["schema_version"] != expected_schema {
        return Err(corrupt(
            1,
            format!("made with schema version {}, this tillit has {expected_schema}", header["schema_version"]),
        ));
    }
    let mut hasher = Sha256::new();
    let mut rows = vec![];
    let mut end = None;
    for (i, line) in lines {
        let n = i + 1;
        let line = line.map_err(|e| corrupt(n, e))?;
        if end.is_some() {
            return Err(corrupt(n, "text after the end line"));
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| corrupt(n, e))?;
        if v.get("end").is_some() {
            end = Some((n, v));
            continue;
        }
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
        let table = v["t"].as_str().ok_or_else(|| corrupt(n, "missing \"t\""))?;
        let (_, cols) =
            TABLES.iter().find(|(t, _)| *t == table).ok_or_else(|| corrupt(n, format!("unknown table {table:?}")))?;
        let row = v["r"].as_object().ok_or_else(|| corrupt(n, "missing \"r\""))?.clone();
        for (name, _) in row.iter() {
            if !cols.iter().any(|(c, _)| c == name) {
                return Err(corrupt(n, format!("unknown column {table}.{name}")));
            }
        }
        rows.push((n, table.to_string(), row));
    }
    let (n, end) = end.ok_or_else(|| corrupt(rows.len() + 2, "the file is cut off (no end line)"))?;
    if end["rows"] != json!(rows.len()) {
        return Err(corrupt(n, format!("the end line counts {} rows, the file has {}", end["rows"], rows.len())));
    }
    if end["sha256"] != hex::encode(hasher.finalize()) {
        return Err(corrupt(n, "the checksum does not match: the file was changed or damaged"));
    }
    Ok(rows)
}

/// Restores into an empty database in one transaction. Refuses a database with any data.
pub async fn restore(db: &Db, rows: Vec<BackupRow>) -> Result<usize> {
    let mut n = 0;
    macro_rules! restore_in {
        ($tx:expr) => {
            for table in IN_USE {
                let sql = format!("SELECT COUNT(*) FROM {table}");
                let (c,): (i64,) = sqlx::query_as(AssertSqlSafe(sql)).fetch_one(&mut *$tx).await?;
                if c > 0 {
                    return Err(StoreError::Corrupt(format!("the database is not empty (table {table} has {c} rows)")));
                }
            }
            // Built-in content loaded at start is replaced by the backup's own.
            for (table, _) in TABLES.iter().rev() {
                sqlx::query(AssertSqlSafe(format!("DELETE FROM {table}"))).execute(&mut *$tx).await?;
            }
            for (line, table, row) in &rows {
                let (_, cols) =
                    TABLES.iter().find(|(t, _)| t == table).ok_or_else(|| corrupt(*line, "unknown table"))?;
                let names: Vec<&str> = cols.iter().map(|c| c.0).collect();
                let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
                let sql = format!("INSERT INTO {table} ({}) VALUES ({})", names.join(", "), params.join(", "));
                let mut q = sqlx::query(AssertSqlSafe(sql));
                for (name, col) in cols.iter() {
                    let v = row.get(*name).unwrap_or(&Value::Null);
                    let bad = || corrupt(*line, format!("{table}.{name} is not a valid {col:?}"));
                    q = match (col, v) {
                        (Text, Value::Null) => q.bind(None::<String>),
                        (Text, Value::String(s)) => q.bind(Some(s.clone())),
                        (Int, Value::Null) => q.bind(None::<i64>),
                        (Int, Value::Number(x)) => q.bind(Some(x.as_i64().ok_or_else(bad)?)),
                        (Bool, Value::Bool(b)) => q.bind(*b),
                        (Bytes, Value::Null) => q.bind(None::<Vec<u8>>),
                        (Bytes, Value::String(s)) => q.bind(Some(B64.decode(s).map_err(|_| bad())?)),
                        _ => return Err(bad()),
                    };
                }
                q.execute(&mut *$tx).await.map_err(|e| corrupt(*line, e))?;
                n += 1;
            }
        };
    }
    match db {
        Db::Sqlite(p) => {
            let mut tx = p.begin_with("BEGIN IMMEDIATE").await?;
            restore_in!(tx);
            tx.commit().await?;
        }
        Db::Pg(p) => {
            let mut tx = p.begin().await?;
            restore_in!(tx);
            tx.commit().await?;
        }
    }
    Ok(n)
}

/// The columns the database really has, per table, to compare with `TABLES`.
pub async fn actual_columns(db: &Db, table: &str) -> Result<Vec<String>> {
    Ok(match db {
        Db::Sqlite(_) => {
            let rows: Vec<(String,)> =
                db.fetch_all("SELECT name FROM pragma_table_info($1) ORDER BY cid", crate::args![table]).await?;
            rows.into_iter().map(|r| r.0).collect()
        }
        Db::Pg(_) => {
            let rows: Vec<(String,)> = db
                .fetch_all(
                    "SELECT column_name::text FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
                    crate::args![table],
                )
                .await?;
            rows.into_iter().map(|r| r.0).collect()
        }
    })
}

/// Tables the database has, besides the migrations table.
pub async fn actual_tables(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = match db {
        Db::Sqlite(_) => {
            db.fetch_all(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
                vec![],
            )
            .await?
        }
        Db::Pg(_) => {
            db.fetch_all(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY 1",
                vec![],
            )
            .await?
        }
    };
    Ok(rows.into_iter().map(|r| r.0).filter(|t| !is_derived_table(t)).collect())
}
