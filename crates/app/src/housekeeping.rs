//! The instance's own upkeep, for the web layer's worker and readiness probe: nothing here
//! is a use case of a person, so nothing is audited.

use crate::data::Readiness;
use crate::{App, AppResult};
use tillit_store::identity::{login_failures, sessions};

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
    /// imports never confirmed. Every part runs even when another fails; the first error is
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
        ];
        results.into_iter().find(Result::is_err).unwrap_or(Ok(()))
    }
}
