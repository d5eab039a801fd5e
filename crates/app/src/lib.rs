//! Use cases. Every operation checks the actor's permission, makes its change and
//! appends to the audit chain in one transaction. Time comes from the injected `Clock`,
//! e-mail goes through the job queue to the injected `Mailer`. Areas are folders, named
//! alike in every layer: `platform`, `identity`, `catalogue`, `procurement`, `suppliers`,
//! `contracts`.

pub mod actor;
pub mod catalogue;
pub mod contracts;
pub mod data;
pub mod error;
pub mod identity;
pub mod platform;
pub mod procurement;
pub mod suppliers;
#[cfg(feature = "testing")]
pub mod testing;
pub mod write;

use std::sync::Arc;
use tillit_domain::identity::lockout::LockoutPolicy;
use tillit_domain::identity::session::SessionPolicy;
use tillit_domain::{Clock, Timestamp};
use tillit_store::Db;

pub use actor::Actor;
pub use error::{AppError, AppResult};
pub use platform::mail::Mailer;
use platform::{keys, secrets};

#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Where people reach tillit, e.g. `https://tillit.kommune.no`; links in e-mail start with it.
    pub base_url: String,
    pub session: SessionPolicy,
    pub lockout: LockoutPolicy,
    pub invitation_ttl_secs: i64,
    pub reset_ttl_secs: i64,
    pub setup_ttl_secs: i64,
    pub api_token_max_days: i64,
    /// Names this instance in job leases.
    pub instance_id: String,
    /// How often each organisation's auditors get its audit checkpoint by e-mail (default a day).
    pub audit_checkpoint_secs: i64,
    /// How often housekeeping runs: expired sessions, old sign-in failures, parked imports,
    /// old finished jobs (default 5 minutes).
    pub housekeeping_secs: i64,
    /// Days between the award notice and the first day a contract may be entered.
    pub standstill_days: i64,
    /// Days after the deadline a supplier can still read its submitted bid (read-only, with
    /// its PDF and receipt) through its link (default 365).
    pub bid_read_days: i64,
    /// Days before a supplier's certificate runs out that it shows as expiring (default 90).
    pub certificate_warning_days: i64,
    /// Minutes a supplier person's e-mailed sign-in link works (default 30).
    pub supplier_link_minutes: i64,
    /// Days before a sub-processor change's objection window closes that the contract's
    /// people are reminded (default 3).
    pub objection_reminder_days: i64,
    /// Finished jobs (a sent mail's recipient and subject) are kept this long, then removed.
    pub done_jobs_kept_secs: i64,
    /// Parked catalogue imports not confirmed within this time are removed (default 24 hours).
    pub pending_import_secs: i64,
    /// The key outside the database: seals stored secrets, signs audit checkpoints.
    pub keys: Arc<keys::Keys>,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            base_url: "http://127.0.0.1:8080".into(),
            session: SessionPolicy::default(),
            lockout: LockoutPolicy::default(),
            invitation_ttl_secs: 7 * 24 * 3600,
            reset_ttl_secs: 3600,
            setup_ttl_secs: 24 * 3600,
            api_token_max_days: 365,
            instance_id: secrets::random_token()[..12].to_string(),
            pending_import_secs: 24 * 3600,
            housekeeping_secs: 300,
            standstill_days: 10,
            bid_read_days: 365,
            certificate_warning_days: 90,
            supplier_link_minutes: 30,
            objection_reminder_days: 3,
            done_jobs_kept_secs: 90 * 86_400,
            audit_checkpoint_secs: 24 * 3600,
            keys: Arc::new(keys::Keys::ephemeral()),
        }
    }
}

#[derive(Clone)]
pub struct App {
    db: Db,
    pub clock: Arc<dyn Clock>,
    pub mailer: Arc<dyn Mailer>,
    pub config: Arc<AppConfig>,
    /// Comparisons' standings kept per case while their bids' standing is unchanged.
    standings: Arc<procurement::standings::StandingsCache>,
}

impl App {
    pub fn new(db: Db, clock: Arc<dyn Clock>, mailer: Arc<dyn Mailer>, config: AppConfig) -> App {
        App { db, clock, mailer, config: Arc::new(config), standings: Default::default() }
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Which database this instance runs on.
    pub fn backend(&self) -> tillit_store::Backend {
        self.db.backend()
    }

    /// Closes the database's connections (at shutdown).
    pub async fn close(&self) {
        self.db.close().await;
    }
}

/// The real clock, for production.
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // the one place that reads the system clock
    fn now(&self) -> Timestamp {
        let secs =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
        Timestamp(secs)
    }
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
