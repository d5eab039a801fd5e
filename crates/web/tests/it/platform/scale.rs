//! Several instances on one PostgreSQL, and many writers at once on SQLite.

use crate::flows::{PASSWORD, setup_admin};
use crate::support::{Browser, TestApp};
use tillit_app::testing::Backend;
use tillit_domain::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_share_sessions_lockouts_jobs_and_the_audit_chain() {
    let t = TestApp::start(Backend::Postgres).await;
    let admin = setup_admin(&t).await;
    let (app2, addr2) = t.second_instance().await;

    // A session made on one instance works on the other, and signing out on one ends it on both.
    let mut on2 = Browser::new(addr2);
    on2.cookies = admin.browser.cookies.clone();
    assert_eq!(on2.get("/").await.status, 200, "the session lives in the database");
    assert_eq!(on2.post("/logout", &[]).await.status, 303);
    let mut on1 = admin.browser;
    assert_eq!(on1.get("/").await.location(), "/login");

    // Failed sign-ins on either instance count toward one lockout.
    let mut a = t.browser();
    let mut b = Browser::new(addr2);
    for i in 0..5 {
        let br = if i % 2 == 0 { &mut a } else { &mut b };
        assert_eq!(br.post("/login", &[("email", &admin.email), ("password", "wrong wrong wrong")]).await.status, 401);
    }
    let r = b.post("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
    assert!(r.body.contains("15 minutes"), "locked on the other instance too");
    t.clock.advance(16 * 60);

    // Both instances' workers run at once; each queued e-mail is sent exactly once.
    let actor = crate::permissions::actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    for i in 0..10 {
        t.app.invite(&actor, &format!("p{i}@bergen.kommune.no"), Role::Auditor).await.unwrap();
    }
    let (r1, r2) = tokio::join!(t.app.run_due_jobs(), app2.run_due_jobs());
    assert_eq!(r1.unwrap() + r2.unwrap(), 10, "ten jobs claimed in all");
    let sent = t.mails.lock().unwrap().iter().filter(|m| m.to.starts_with('p')).count();
    assert_eq!(sent, 10, "each invitation mailed once");

    // Changes through both instances at once land in one intact chain.
    let mut tasks = vec![];
    for i in 0..20 {
        let app = if i % 2 == 0 { t.app.clone() } else { app2.clone() };
        let actor = actor.clone();
        tasks.push(tokio::spawn(async move {
            app.invite(&actor, &format!("q{i}@bergen.kommune.no"), Role::RiskOwner).await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let report = t.app.audit_verify(Some(admin.org.as_str())).await.unwrap();
    assert!(report[0].error.is_none(), "{:?}", report[0].error);
    assert_eq!(app2.run_due_jobs().await.unwrap(), 20, "the second round's invitations");
    app2.close().await;
    t.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_concurrent_writes_on_sqlite_never_fail() {
    let t = TestApp::start(Backend::Sqlite).await;
    let admin = setup_admin(&t).await;
    let mut people = vec![];
    for i in 0..8 {
        let email = format!("u{i}@bergen.kommune.no");
        people.push(crate::flows::member(&t, &admin.org, &email, Role::SecurityOfficer).await.1);
    }
    let mut tasks = vec![];
    for (i, mut b) in people.into_iter().enumerate() {
        tasks.push(tokio::spawn(async move {
            let mut statuses = vec![];
            for j in 0..15 {
                statuses.push(b.post("/profile", &[("display_name", &format!("User {i}.{j}"))]).await.status);
            }
            statuses
        }));
    }
    let mut all = vec![];
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    assert_eq!(all.len(), 120);
    assert!(all.iter().all(|s| *s == 303), "every write succeeded: {all:?}");
    let report = t.app.audit_verify(Some(admin.org.as_str())).await.unwrap();
    assert!(report[0].error.is_none());
    let f = tillit_app::data::AuditFilter { action: Some("user.update".into()), limit: 1000, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 120);
    t.finish().await;
}

/// A comparison is kept per case on each instance; a consensus saved through the other
/// instance, an answer sheet or a reopening makes every kept one stale at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_comparison_kept_by_one_instance_follows_a_change_made_on_the_other() {
    use crate::procurement::bids::post_form;
    use crate::procurement::evaluation::{judgement_form, published_high_case, two_bids_in_evaluation};
    let t = TestApp::start(Backend::Postgres).await;
    let admin = setup_admin(&t).await;
    let lead = crate::permissions::actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/450").await;
    let (mut b, bid_a, bid_b) =
        two_bids_in_evaluation(&t, (&admin.email, &admin.secret, &admin.user), &mut b, &case).await;
    let (app2, addr2) = t.second_instance().await;
    let mut on2 = Browser::new(addr2);
    on2.cookies = b.cookies.clone();
    let ranking = |body: &str| {
        body.split("id=\"ranking\"").nth(1).unwrap_or("").split("</table>").next().unwrap_or("").to_string()
    };

    // Both instances keep the comparison with nothing judged.
    let before1 = b.get(&format!("/cases/{case}/comparison")).await;
    let before2 = on2.get(&format!("/cases/{case}/comparison")).await;
    assert_eq!(before2.status, 200);
    assert!(!ranking(&before1.body).contains("90.0") && !ranking(&before2.body).contains("90.0"));

    // A consensus saved on instance 1 shows on instance 2 at once, and on instance 1 itself.
    let f = judgement_form(&t, &lead, &bid_a, "pass", "9").await;
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_a}/consensus"), f).await.status, 303);
    let after2 = on2.get(&format!("/cases/{case}/comparison")).await;
    assert!(ranking(&after2.body).contains("90.0"), "instance 2 sees the new consensus: {}", ranking(&after2.body));
    assert!(ranking(&b.get(&format!("/cases/{case}/comparison")).await.body).contains("90.0"));

    // A change on instance 2 (the other bid's consensus, then one score lowered) shows on 1.
    let mut on2 = on2;
    let page = on2.get(&format!("/bids/{bid_b}/evaluation")).await;
    assert_eq!(page.status, 200);
    let f = judgement_form(&t, &lead, &bid_b, "pass", "6").await;
    assert_eq!(post_form(&mut on2, &format!("/bids/{bid_b}/consensus"), f).await.status, 303);
    let r = ranking(&b.get(&format!("/cases/{case}/comparison")).await.body);
    assert!(r.contains("90.0") && r.contains("60.0"), "{r}");
    let mut f = judgement_form(&t, &lead, &bid_a, "pass", "9").await;
    if let Some(s) = f.iter_mut().find(|(k, _)| k.starts_with("score-")) {
        s.1 = "0".into();
    }
    let page = on2.get(&format!("/bids/{bid_a}/evaluation")).await;
    assert_eq!(page.status, 200);
    assert_eq!(post_form(&mut on2, &format!("/bids/{bid_a}/consensus"), f).await.status, 303);
    let r = ranking(&b.get(&format!("/cases/{case}/comparison")).await.body);
    assert!(!r.contains("90.0"), "the lowered score counts on instance 1: {r}");
    app2.close().await;
    t.send_queued_mail().await;
    t.finish().await;
}
