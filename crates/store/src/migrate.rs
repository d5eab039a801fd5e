//! Embedded migrations for both databases. Each runs in its own transaction and is
//! recorded with a checksum, so an edited migration is refused instead of skipped.
//! On PostgreSQL an advisory lock lets several instances start at once.

use crate::db::{Db, Result, StoreError};
use sha2::{Digest, Sha256};
use sqlx::Connection;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "platform",
        sqlite: include_str!("../migrations/sqlite/0001_platform.sql"),
        postgres: include_str!("../migrations/postgres/0001_platform.sql"),
    },
    Migration {
        version: 2,
        name: "catalogue",
        sqlite: include_str!("../migrations/sqlite/0002_catalogue.sql"),
        postgres: include_str!("../migrations/postgres/0002_catalogue.sql"),
    },
    Migration {
        version: 3,
        name: "requirement_hierarchy",
        sqlite: include_str!("../migrations/sqlite/0003_requirement_hierarchy.sql"),
        postgres: include_str!("../migrations/postgres/0003_requirement_hierarchy.sql"),
    },
    Migration {
        version: 4,
        name: "catalogue_versions",
        sqlite: include_str!("../migrations/sqlite/0004_catalogue_versions.sql"),
        postgres: include_str!("../migrations/postgres/0004_catalogue_versions.sql"),
    },
    Migration {
        version: 5,
        name: "procurement_cases",
        sqlite: include_str!("../migrations/sqlite/0005_procurement_cases.sql"),
        postgres: include_str!("../migrations/postgres/0005_procurement_cases.sql"),
    },
    Migration {
        version: 6,
        name: "case_requirements",
        sqlite: include_str!("../migrations/sqlite/0006_case_requirements.sql"),
        postgres: include_str!("../migrations/postgres/0006_case_requirements.sql"),
    },
    Migration {
        version: 7,
        name: "set_versions",
        sqlite: include_str!("../migrations/sqlite/0007_set_versions.sql"),
        postgres: include_str!("../migrations/postgres/0007_set_versions.sql"),
    },
    Migration {
        version: 8,
        name: "bids",
        sqlite: include_str!("../migrations/sqlite/0008_bids.sql"),
        postgres: include_str!("../migrations/postgres/0008_bids.sql"),
    },
    Migration {
        version: 9,
        name: "evaluation",
        sqlite: include_str!("../migrations/sqlite/0009_evaluation.sql"),
        postgres: include_str!("../migrations/postgres/0009_evaluation.sql"),
    },
    Migration {
        version: 10,
        name: "requirement_levels",
        sqlite: include_str!("../migrations/sqlite/0010_requirement_levels.sql"),
        postgres: include_str!("../migrations/postgres/0010_requirement_levels.sql"),
    },
    Migration {
        version: 11,
        name: "hardening",
        sqlite: include_str!("../migrations/sqlite/0011_hardening.sql"),
        postgres: include_str!("../migrations/postgres/0011_hardening.sql"),
    },
    Migration {
        version: 12,
        name: "schedules",
        sqlite: include_str!("../migrations/sqlite/0012_schedules.sql"),
        postgres: include_str!("../migrations/postgres/0012_schedules.sql"),
    },
    Migration {
        version: 13,
        name: "bid_opening",
        sqlite: include_str!("../migrations/sqlite/0013_bid_opening.sql"),
        postgres: include_str!("../migrations/postgres/0013_bid_opening.sql"),
    },
    Migration {
        version: 14,
        name: "signed_decisions",
        sqlite: include_str!("../migrations/sqlite/0014_signed_decisions.sql"),
        postgres: include_str!("../migrations/postgres/0014_signed_decisions.sql"),
    },
    Migration {
        version: 15,
        name: "award",
        sqlite: include_str!("../migrations/sqlite/0015_award.sql"),
        postgres: include_str!("../migrations/postgres/0015_award.sql"),
    },
    Migration {
        version: 16,
        name: "mfa_for_bid_roles",
        sqlite: include_str!("../migrations/sqlite/0016_mfa_for_bid_roles.sql"),
        postgres: include_str!("../migrations/postgres/0016_mfa_for_bid_roles.sql"),
    },
    Migration {
        version: 17,
        name: "contract_start",
        sqlite: include_str!("../migrations/sqlite/0017_contract_start.sql"),
        postgres: include_str!("../migrations/postgres/0017_contract_start.sql"),
    },
    Migration {
        version: 18,
        name: "answer_evidence",
        sqlite: include_str!("../migrations/sqlite/0018_answer_evidence.sql"),
        postgres: include_str!("../migrations/postgres/0018_answer_evidence.sql"),
    },
    Migration {
        version: 19,
        name: "jurisdiction",
        sqlite: include_str!("../migrations/sqlite/0019_jurisdiction.sql"),
        postgres: include_str!("../migrations/postgres/0019_jurisdiction.sql"),
    },
    Migration {
        version: 20,
        name: "standing_indexes",
        sqlite: include_str!("../migrations/sqlite/0020_standing_indexes.sql"),
        postgres: include_str!("../migrations/postgres/0020_standing_indexes.sql"),
    },
    Migration {
        version: 21,
        name: "area_index",
        sqlite: include_str!("../migrations/sqlite/0021_area_index.sql"),
        postgres: include_str!("../migrations/postgres/0021_area_index.sql"),
    },
    Migration {
        version: 22,
        name: "bid_standing",
        sqlite: include_str!("../migrations/sqlite/0022_bid_standing.sql"),
        postgres: include_str!("../migrations/postgres/0022_bid_standing.sql"),
    },
    Migration {
        version: 23,
        name: "suppliers_contracts",
        sqlite: include_str!("../migrations/sqlite/0023_suppliers_contracts.sql"),
        postgres: include_str!("../migrations/postgres/0023_suppliers_contracts.sql"),
    },
    Migration {
        version: 24,
        name: "contracts_dpa",
        sqlite: include_str!("../migrations/sqlite/0024_contracts_dpa.sql"),
        postgres: include_str!("../migrations/postgres/0024_contracts_dpa.sql"),
    },
    Migration {
        version: 25,
        name: "supplier_certificates",
        sqlite: include_str!("../migrations/sqlite/0025_supplier_certificates.sql"),
        postgres: include_str!("../migrations/postgres/0025_supplier_certificates.sql"),
    },
    Migration {
        version: 26,
        name: "contract_services",
        sqlite: include_str!("../migrations/sqlite/0026_contract_services.sql"),
        postgres: include_str!("../migrations/postgres/0026_contract_services.sql"),
    },
    Migration {
        version: 27,
        name: "supplier_workspace",
        sqlite: include_str!("../migrations/sqlite/0027_supplier_workspace.sql"),
        postgres: include_str!("../migrations/postgres/0027_supplier_workspace.sql"),
    },
    Migration {
        version: 28,
        name: "contract_sets",
        sqlite: include_str!("../migrations/sqlite/0028_contract_sets.sql"),
        postgres: include_str!("../migrations/postgres/0028_contract_sets.sql"),
    },
];

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)";

/// An arbitrary constant that names tillit's migration lock on PostgreSQL.
const PG_LOCK_KEY: i64 = 0x7469_6c6c_6974;

fn checksum(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}

pub fn latest_version() -> i64 {
    MIGRATIONS.iter().map(|m| m.version).max().unwrap_or(0)
}

#[derive(sqlx::FromRow)]
struct Applied {
    version: i64,
    checksum: String,
}

/// Applies every migration not yet applied. Returns the versions it applied.
pub async fn run(db: &Db, now: i64) -> Result<Vec<i64>> {
    let mut done = Vec::new();
    match db {
        Db::Sqlite(pool) => {
            sqlx::raw_sql(CREATE_TABLE).execute(pool).await?;
            for m in MIGRATIONS {
                let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let applied: Option<Applied> =
                    sqlx::query_as("SELECT version, checksum FROM schema_migrations WHERE version = $1")
                        .bind(m.version)
                        .fetch_optional(&mut *tx)
                        .await?;
                if check_applied(m, applied.as_ref(), m.sqlite)? {
                    continue;
                }
                sqlx::raw_sql(m.sqlite).execute(&mut *tx).await?;
                record(&mut tx, m, m.sqlite, now).await?;
                tx.commit().await?;
                done.push(m.version);
            }
        }
        Db::Pg(pool) => {
            let mut conn = pool.acquire().await?;
            sqlx::query("SELECT pg_advisory_lock($1)").bind(PG_LOCK_KEY).execute(&mut *conn).await?;
            let result = async {
                sqlx::raw_sql(CREATE_TABLE).execute(&mut *conn).await?;
                for m in MIGRATIONS {
                    let mut tx = conn.begin().await?;
                    let applied: Option<Applied> =
                        sqlx::query_as("SELECT version, checksum FROM schema_migrations WHERE version = $1")
                            .bind(m.version)
                            .fetch_optional(&mut *tx)
                            .await?;
                    if check_applied(m, applied.as_ref(), m.postgres)? {
                        continue;
                    }
                    sqlx::raw_sql(m.postgres).execute(&mut *tx).await?;
                    record(&mut tx, m, m.postgres, now).await?;
                    tx.commit().await?;
                    done.push(m.version);
                }
                Ok::<_, StoreError>(())
            }
            .await;
            sqlx::query("SELECT pg_advisory_unlock($1)").bind(PG_LOCK_KEY).execute(&mut *conn).await?;
            result?;
        }
    }
    Ok(done)
}

fn check_applied(m: &Migration, applied: Option<&Applied>, sql: &str) -> Result<bool> {
    match applied {
        Some(a) if a.checksum == checksum(sql) => Ok(true),
        Some(a) => Err(StoreError::Corrupt(format!(
            "migration {} ({}) was changed after it was applied (checksum {} in the database)",
            a.version, m.name, a.checksum
        ))),
        None => Ok(false),
    }
}

async fn record<DB: sqlx::Database>(
    tx: &mut sqlx::Transaction<'_, DB>,
    m: &Migration,
    sql: &str,
    now: i64,
) -> Result<()>
where
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> String: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> <DB as sqlx::Database>::Arguments: sqlx::IntoArguments<DB>,
{
    sqlx::query("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)")
        .bind(m.version)
        .bind(m.name.to_string())
        .bind(checksum(sql))
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The highest applied version, or 0 when the database is new.
pub async fn current_version(db: &Db) -> Result<i64> {
    let exists = match db {
        Db::Sqlite(_) => {
            db.fetch_optional::<(String,)>(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
                vec![],
            )
            .await?
        }
        Db::Pg(_) => db.fetch_optional::<(String,)>("SELECT to_regclass('schema_migrations')::text", vec![]).await?,
    };
    if exists.is_none_or(|(n,)| n.is_empty()) {
        return Ok(0);
    }
    let (v,): (Option<i64>,) = db.fetch_one("SELECT MAX(version) FROM schema_migrations", vec![]).await?;
    Ok(v.unwrap_or(0))
}
