//! Typed jobs and schedules, driven by the fake clock: occurrences are queued once across
//! instances, missed ones are not piled up, failures are retried with backoff and given up.

use crate::both;
use crate::flows::{add_member, setup_admin};
use tillit_domain::Role;

// A year of days on the fake clock: each day the auditor gets one checkpoint mail, never two,
// however often the worker looks in between; nothing is left due or failed.
both!(a_year_of_daily_checkpoints, |t| {
    let admin = setup_admin(&t).await;
    add_member(&t, &admin.org, "revisor@bergen.kommune.no", Role::Auditor).await;
    let mut queued = 0;
    for _day in 0..365 {
        for _look in 0..2 {
            queued += t.app.run_schedules().await.unwrap();
            t.app.run_due_jobs().await.unwrap();
            t.clock.advance(12 * 3600);
        }
    }
    let mails = t.mail_to("revisor@bergen.kommune.no").await;
    // Counted from the first look: 365 days from the day it starts in gives 365 or 366 slots.
    assert!((365..=366).contains(&mails.len()), "{} checkpoint mails", mails.len());
    // Housekeeping every 5 minutes is due at each look (12 hours apart): one occurrence a look,
    // not the 96 that passed in between.
    let looks = 365 * 2;
    assert_eq!(queued, looks + 2 * mails.len(), "housekeeping each look, log and mail each day");
    assert!(t.app.leftover_jobs().await.unwrap().is_empty());
    // Finished jobs are kept `done_jobs_days` (default 90), then housekeeping removes them.
    let (kept,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM jobs", vec![]).await.unwrap();
    // Each checkpoint mail was a job of its own (send_mail) beside its schedule's occurrence.
    let per_day = (queued + mails.len()) as f64 / 365.0;
    assert!((kept as f64 - 90.0 * per_day).abs() <= 2.0 * per_day, "{kept} kept, {per_day:.1} a day");
});

// Two instances look at the same moment: each occurrence is claimed by one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_queue_each_occurrence_once() {
    let t = crate::support::TestApp::start(tillit_app::testing::Backend::Postgres).await;
    let admin = setup_admin(&t).await;
    add_member(&t, &admin.org, "revisor@bergen.kommune.no", Role::Auditor).await;
    let (other, _) = t.second_instance().await;
    for round in 0..20 {
        let (a, b) = tokio::join!(t.app.run_schedules(), other.run_schedules());
        let expected = if round == 0 { 3 } else { 1 }; // the first look also starts the day
        assert_eq!(a.unwrap() + b.unwrap(), expected, "round {round}");
        let (x, y) = tokio::join!(t.app.run_due_jobs(), other.run_due_jobs());
        x.unwrap();
        y.unwrap();
        t.clock.advance(600);
    }
    assert_eq!(t.mail_to("revisor@bergen.kommune.no").await.len(), 1);
    other.close().await;
    t.finish().await;
}

// A job no handler knows is given up at once and reported; the harness would fail the test
// if it stayed, so the test removes it after checking.
both!(an_unknown_job_kind_is_given_up_and_reported, |t| {
    tillit_app::testing::raw_job(&t.db, "j1", "no_such_kind", "{}", t.app.now().0).await.unwrap();
    assert_eq!(t.app.run_due_jobs().await.unwrap(), 1);
    assert_eq!(t.app.run_due_jobs().await.unwrap(), 0, "given up, not retried");
    let left = t.app.leftover_jobs().await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].1, "no_such_kind");
    assert!(left[0].2.as_deref().unwrap().contains("unknown job kind"));
    t.db.execute("DELETE FROM jobs WHERE id = 'j1'", vec![]).await.unwrap();
});

// A mail the SMTP server refuses is retried with growing pauses, then given up after eight tries.
both!(a_failing_mail_is_retried_with_backoff_then_given_up, |t| {
    let mut tx = t.db.begin().await.unwrap();
    let bad = tillit_app::platform::mail::OutgoingMail {
        to: "not an address".into(),
        subject: "Hei".into(),
        body: "Hei".into(),
    };
    t.app.enqueue_mail(&mut tx, t.app.now().0, &bad).await.unwrap();
    tx.commit().await.unwrap();
    let mut runs = vec![];
    for minute in 0..(24 * 60) {
        if t.app.run_due_jobs().await.unwrap() > 0 {
            runs.push(minute);
        }
        t.clock.advance(60);
    }
    assert_eq!(runs.len(), 8, "eight tries: {runs:?}");
    let gaps: Vec<i64> = runs.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(gaps.windows(2).all(|g| g[1] >= g[0]), "pauses grow: {gaps:?}");
    let left = t.app.leftover_jobs().await.unwrap();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].2.as_deref().unwrap().contains("recipient"), "{left:?}");
    // What is kept of a given-up mail is its recipient and subject.
    let (payload,): (String,) = t.db.fetch_one("SELECT payload FROM jobs", vec![]).await.unwrap();
    assert_eq!(payload, r#"{"subject":"Hei","to":"not an address"}"#);
    t.db.execute("DELETE FROM jobs", vec![]).await.unwrap();
});
