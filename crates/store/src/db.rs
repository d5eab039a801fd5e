//! The database handle. Queries are `&'static str` with `$1` placeholders (both SQLite
//! and PostgreSQL accept them) and arguments as [`Arg`], so each query body exists once.

use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the database was not found or could not be opened: {0}")]
    Connect(String),
    #[error("a stored value is not valid: {0}")]
    Corrupt(String),
    #[error("already exists")]
    Conflict,
}

impl StoreError {
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Db(sqlx::Error::Database(e)) => e.is_unique_violation(),
            StoreError::Conflict => true,
            _ => false,
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Pg(Transaction<'static, Postgres>),
}

/// A bound value. Only types both backends store the same way.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(bool),
    Bytes(Option<Vec<u8>>),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(Some(v.to_string()))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(Some(v))
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Arg::Text(v)
    }
}
impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        Arg::Text(v.map(str::to_string))
    }
}
/// Typed ids bind as their text.
macro_rules! id_args {
    ($($id:ty),*) => {$(
        impl From<&$id> for Arg {
            fn from(v: &$id) -> Self {
                Arg::Text(Some(v.as_str().to_string()))
            }
        }
    )*};
}
id_args!(tillit_domain::OrgId, tillit_domain::UserId, tillit_domain::CaseId, tillit_domain::BidId);

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::Int(v)
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}
impl From<Vec<u8>> for Arg {
    fn from(v: Vec<u8>) -> Self {
        Arg::Bytes(Some(v))
    }
}
impl From<&[u8]> for Arg {
    fn from(v: &[u8]) -> Self {
        Arg::Bytes(Some(v.to_vec()))
    }
}
impl From<Option<Vec<u8>>> for Arg {
    fn from(v: Option<Vec<u8>>) -> Self {
        Arg::Bytes(v)
    }
}

/// `args![a, b]` turns values into a `Vec<Arg>`.
#[macro_export]
macro_rules! args {
    ($($a:expr),* $(,)?) => { vec![$($crate::Arg::from($a)),*] };
}

/// A row type both backends can decode.
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

macro_rules! bind_args {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                Arg::Text(v) => q.bind(v),
                Arg::Int(v) => q.bind(v),
                Arg::Bool(v) => q.bind(v),
                Arg::Bytes(v) => q.bind(v),
            };
        }
        q
    }};
}

/// Generates the same four query methods for `Db` (on the pool) and `Tx` (on the transaction).
macro_rules! query_methods {
    ([$($recv:tt)*] $self:ident, |$c:ident| $conn:expr) => {
        pub async fn execute($($recv)*, sql: &'static str, args: Vec<Arg>) -> Result<u64> {
            Ok(match $self {
                Self::Sqlite($c) => bind_args!(sqlx::query(sql), args).execute($conn).await?.rows_affected(),
                Self::Pg($c) => bind_args!(sqlx::query(sql), args).execute($conn).await?.rows_affected(),
            })
        }

        pub async fn fetch_all<T: Row>($($recv)*, sql: &'static str, args: Vec<Arg>) -> Result<Vec<T>> {
            Ok(match $self {
                Self::Sqlite($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_all($conn).await?,
                Self::Pg($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_all($conn).await?,
            })
        }

        pub async fn fetch_optional<T: Row>($($recv)*, sql: &'static str, args: Vec<Arg>) -> Result<Option<T>> {
            Ok(match $self {
                Self::Sqlite($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_optional($conn).await?,
                Self::Pg($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_optional($conn).await?,
            })
        }

        pub async fn fetch_one<T: Row>($($recv)*, sql: &'static str, args: Vec<Arg>) -> Result<T> {
            Ok(match $self {
                Self::Sqlite($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_one($conn).await?,
                Self::Pg($c) => bind_args!(sqlx::query_as::<_, T>(sql), args).fetch_one($conn).await?,
            })
        }
    };
}

impl Tx {
    /// A statement built at run time (a batch insert with as many value groups as rows).
    /// Only for SQL assembled from fixed pieces and placeholders: never from input.
    pub async fn execute_built(&mut self, sql: String, args: Vec<Arg>) -> Result<u64> {
        Ok(match self {
            Self::Sqlite(c) => {
                bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql)), args).execute(&mut **c).await?.rows_affected()
            }
            Self::Pg(c) => {
                bind_args!(sqlx::query(sqlx::AssertSqlSafe(sql)), args).execute(&mut **c).await?.rows_affected()
            }
        })
    }

    query_methods!([&mut self] self, |c| &mut **c);

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Pg(_) => Backend::Postgres,
        }
    }

    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Pg(t) => t.commit().await?,
        }
        Ok(())
    }
}

impl Db {
    /// Opens (creating if needed) the SQLite file under `data_dir`.
    pub async fn open_sqlite(data_dir: &Path) -> Result<Db> {
        crate::private_dir(data_dir)
            .map_err(|e| StoreError::Connect(format!("cannot create data folder {}: {e}", data_dir.display())))?;
        let path = data_dir.join("tillit.sqlite3");
        // The file is made 0600 before SQLite opens it; SQLite gives its -wal and -shm files the
        // database file's mode.
        crate::private_file(&path)
            .map_err(|e| StoreError::Connect(format!("cannot create {}: {e}", path.display())))?;
        let opts = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an acknowledged write (an audit record above all) survives a power loss.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await
            .map_err(|e| StoreError::Connect(format!("{}: {e}", path.display())))?;
        Ok(Db::Sqlite(pool))
    }

    pub async fn open_postgres(url: &str) -> Result<Db> {
        let opts = sqlx::postgres::PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Connect(format!("the database URL is not valid: {e}")))?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await
            .map_err(|e| StoreError::Connect(format!("cannot reach PostgreSQL: {e}")))?;
        Ok(Db::Pg(pool))
    }

    /// Opens whatever `url` names: `postgres://…`, `sqlite://PATH` or (None) the data folder.
    pub async fn open(url: Option<&str>, data_dir: &Path) -> Result<Db> {
        match url {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => Db::open_postgres(u).await,
            Some(u) if u.starts_with("sqlite://") => {
                Db::open_sqlite(Path::new(u.trim_start_matches("sqlite://"))).await
            }
            Some(u) => Err(StoreError::Connect(format!(
                "database URL must start with postgres:// or sqlite:// (got {})",
                u.split(':').next().unwrap_or("")
            ))),
            None => Db::open_sqlite(data_dir).await,
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Pg(_) => Backend::Postgres,
        }
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so concurrent writers wait instead of failing mid-way.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Pg(p) => Tx::Pg(p.begin().await?),
        })
    }

    query_methods!([&self] self, |c| c);

    pub async fn ping(&self) -> Result<()> {
        // Cast, so both databases send a 64-bit integer (PostgreSQL's bare 1 is 32-bit).
        let _: (i64,) = self.fetch_one("SELECT CAST(1 AS BIGINT)", vec![]).await?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Pg(p) => p.close().await,
        }
    }
}
