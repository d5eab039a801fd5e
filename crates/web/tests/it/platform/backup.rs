//! Backup and restore: a round trip compares every table and verifies the audit chains.

use crate::both;
use crate::flows::{add_member, setup_admin};
use crate::support::TestApp;
use std::collections::BTreeSet;
use tillit_app::testing::Backend;
use tillit_app::testing::{TABLES, actual_columns, actual_tables};
use tillit_domain::Role;

async fn populate(t: &TestApp) {
    let admin = setup_admin(t).await;
    let mut b = admin.browser;
    // Not the default: the restored organisation must keep the choice (and per signs in
    // there without a second factor, whose sealed secret another key could not open).
    let r = b.post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    add_member(t, &admin.org, "per@bergen.kommune.no", Role::Auditor).await;
    b.post("/admin/invitations", &[("email", "ola@bergen.kommune.no"), ("role", "risk_owner")]).await;
    b.post("/profile/api-tokens", &[("name", "rapport"), ("days", "30")]).await;
    b.post("/profile", &[("display_name", "Kari «Æøå» Nordmann")]).await;
    t.app.run_due_jobs().await.unwrap();
    t.app.admin_create_org("Göteborgs stad", "anna@goteborg.se", "Anna", crate::flows::PASSWORD).await.unwrap();
}

async fn dump(t: &TestApp) -> Vec<u8> {
    let mut out = vec![];
    t.app.backup(&mut out).await.unwrap();
    out
}

/// The rows of a backup without its header (which carries the time it was made).
fn rows(b: &[u8]) -> Vec<String> {
    String::from_utf8(b.to_vec()).unwrap().lines().skip(1).map(str::to_string).collect()
}

async fn round_trip(from: Backend, to: Backend) {
    let src = TestApp::start(from).await;
    populate(&src).await;
    let backup = dump(&src).await;
    let dst = TestApp::start(to).await;
    let (n, reports) = dst.app.restore(&backup[..]).await.unwrap();
    assert!(n > 20, "{n} rows");
    assert!(reports.len() >= 3 && reports.iter().all(|r| r.error.is_none()), "chains verify after restore");
    assert_eq!(rows(&dump(&dst).await), rows(&backup), "every table compares equal");
    // People can sign in on the restored database.
    crate::flows::sign_in(&dst, "per@bergen.kommune.no", None).await;
    src.finish().await;
    dst.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn round_trip_sqlite() {
    round_trip(Backend::Sqlite, Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn round_trip_postgres() {
    round_trip(Backend::Postgres, Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn round_trip_sqlite_to_postgres() {
    round_trip(Backend::Sqlite, Backend::Postgres).await;
}

both!(a_backup_taken_while_people_work_is_consistent, |t| {
    populate(&t).await;
    let admin = crate::flows::sign_in(&t, "per@bergen.kommune.no", None).await;
    let writer = {
        let mut b = admin;
        tokio::spawn(async move {
            for i in 0..20 {
                b.post("/profile", &[("display_name", &format!("Per {i}"))]).await;
            }
        })
    };
    let backup = dump(&t).await;
    writer.await.unwrap();
    let dst = TestApp::start(Backend::Sqlite).await;
    let (_, reports) = dst.app.restore(&backup[..]).await.unwrap();
    assert!(reports.iter().all(|r| r.error.is_none()), "a snapshot mid-work still has whole chains");
    dst.finish().await;
});

both!(a_changed_backup_or_a_used_database_restores_nothing, |t| {
    populate(&t).await;
    let backup = String::from_utf8(dump(&t).await).unwrap();
    let dst = TestApp::start(Backend::Sqlite).await;
    // One character changed in one row.
    let tampered = backup.replacen("per@bergen.kommune.no", "evil@bergen.kommune.no", 1);
    let err = dst.app.restore(tampered.as_bytes()).await.unwrap_err().to_string();
    assert!(err.contains("checksum"), "{err}");
    // Cut off before the end.
    let cut: String = backup.lines().take(10).map(|l| format!("{l}\n")).collect();
    let err = dst.app.restore(cut.as_bytes()).await.unwrap_err().to_string();
    assert!(err.contains("cut off"), "{err}");
    // A row naming a column that does not exist is named by its line.
    let mut lines: Vec<String> = backup.lines().map(str::to_string).collect();
    lines[3] = lines[3].replacen("\"r\":{", "\"r\":{\"bogus\":1,", 1);
    let err = dst.app.restore(lines.join("\n").as_bytes()).await.unwrap_err().to_string();
    assert!(err.contains("line 4") && err.contains("bogus"), "{err}");
    assert_eq!(tillit_app::testing::user_count(&dst.db).await.unwrap(), 0, "nothing was written");
    // The source database has data: restoring into it is refused and changes nothing.
    let before = rows(backup.as_bytes());
    let err = t.app.restore(backup.as_bytes()).await.unwrap_err().to_string();
    assert!(err.contains("not empty"), "{err}");
    assert_eq!(rows(&dump(&t).await), before, "the refused restore changed nothing");
    dst.finish().await;
});

both!(the_backup_covers_every_table_and_column, |t| {
    let listed: BTreeSet<String> = TABLES.iter().map(|(t, _)| t.to_string()).collect();
    let actual: BTreeSet<String> = actual_tables(&t.db).await.unwrap().into_iter().collect();
    assert_eq!(listed, actual, "backup::TABLES must list every table");
    for (table, cols) in TABLES {
        let listed: BTreeSet<String> = cols.iter().map(|c| c.0.to_string()).collect();
        let actual: BTreeSet<String> = actual_columns(&t.db, table)
            .await
            .unwrap()
            .into_iter()
            .filter(|c| !tillit_app::testing::DERIVED.contains(&(*table, c.as_str())))
            .collect();
        assert_eq!(listed, actual, "backup::TABLES must list every column of {table}");
    }
});
