//! The instance's own upkeep, on a schedule, and the readiness probe: nothing here is a use
//! case of a person, so nothing is audited.

use crate::data::Readiness;
use crate::platform::jobs::{Job, JobError, Occurrence};
use crate::{App, AppResult};
use serde::{Deserialize, Serialize};
use tillit_store::identity::{login_failures, sessions};
use tillit_store::platform::jobs as stored_jobs;

/// The scheduled job that runs `App::housekeeping` (every `housekeeping_secs`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Housekeeping(pub Occurrence);

impl From<Occurrence> for Housekeeping {
    fn from(o: Occurrence) -> Self {
        Housekeeping(o)
    }
}

impl Job for Housekeeping {
    const NAME: &'static str = "housekeeping";
    const MAX_ATTEMPTS: i64 = 3;

    fn dedup_key(&self) -> Option<String> {
        Some(self.0.slot.to_string())
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        Ok(app.housekeeping().await?)
    }
}

impl App {
    /// Whether the database answers and its schema is the one this build expects.
    pub async fn readiness(&self) -> Readiness {
        Readiness {
            database_reachable: self.db.ping().await.is_ok(),
            schema_version: tillit_store::migrate::current_version(&self.db).await.ok(),
            expected_schema_version: tillit_store::migrate::latest_version(),
        }
    }

    /// Removes what has run out: sessions past their idle or absolute lifetime, failed
    /// sign-ins older than ten lock periods, counts of refusals from ended locks, parked
    /// imports never confirmed, finished jobs older than 90 days. Every part runs even when another fails; the first error is
    /// returned.
    pub async fn housekeeping(&self) -> AppResult<()> {
        let now = self.now().0;
        let p = self.config.session;
        let l = self.config.lockout;
        let results = [
            sessions::delete_expired(&self.db, now - p.idle_timeout_secs, now - p.absolute_lifetime_secs)
                .await
                .map(|_| ())
                .map_err(crate::AppError::from),
            login_failures::prune(&self.db, now - 10 * (l.window_secs + l.lock_secs))
                .await
                .map(|_| ())
                .map_err(crate::AppError::from),
            login_failures::prune_refusals(&self.db, now - l.lock_secs)
                .await
                .map(|_| ())
                .map_err(crate::AppError::from),
            self.expire_pending_imports().await.map(|_| ()),
            stored_jobs::prune_done(&self.db, now - self.config.done_jobs_kept_secs)
                .await
                .map(|_| ())
                .map_err(crate::AppError::from),
        ];
        results.into_iter().find(Result::is_err).unwrap_or(Ok(()))
    }
}
