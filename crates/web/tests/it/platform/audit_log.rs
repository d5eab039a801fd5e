//! The audit log: what is recorded, the CSV export, and tampering with the database
//! directly, which verification must name precisely.

use crate::both;
use crate::flows::{add_member, setup_admin};
use crate::support::TestApp;
use tillit_app::testing::args;
use tillit_domain::Role;
use tillit_domain::platform::audit_log::BreakKind;

async fn break_of(t: &TestApp, chain: &str) -> Option<(i64, BreakKind)> {
    let r = t.app.audit_verify(Some(chain)).await.unwrap();
    r[0].error.as_ref().map(|e| (e.seq, e.kind))
}

async fn chain_with_events(t: &TestApp) -> String {
    let admin = setup_admin(t).await;
    let mut b = admin.browser;
    for name in ["Kari", "Kari N.", "Kari Nordmann"] {
        assert_eq!(b.post("/profile", &[("display_name", name)]).await.status, 303);
    }
    let chain = admin.org.0.clone();
    assert_eq!(break_of(t, &chain).await, None, "intact before tampering");
    let (n,): (i64,) =
        t.db.fetch_one("SELECT COUNT(*) FROM audit_events WHERE chain = $1", args![chain.as_str()]).await.unwrap();
    assert!(n >= 6, "{n} records");
    chain
}

both!(an_altered_record_is_named, |t| {
    let chain = chain_with_events(&t).await;
    t.db.execute("UPDATE audit_events SET actor_label = 'mallory' WHERE chain = $1 AND seq = 3", args![chain.as_str()])
        .await
        .unwrap();
    assert_eq!(break_of(&t, &chain).await, Some((3, BreakKind::Altered)));
});

both!(a_deleted_record_is_named, |t| {
    let chain = chain_with_events(&t).await;
    t.db.execute("DELETE FROM audit_events WHERE chain = $1 AND seq = 3", args![chain.as_str()]).await.unwrap();
    assert_eq!(break_of(&t, &chain).await, Some((4, BreakKind::Deleted)));
});

both!(a_deleted_last_record_is_named, |t| {
    let chain = chain_with_events(&t).await;
    let (max,): (i64,) =
        t.db.fetch_one("SELECT MAX(seq) FROM audit_events WHERE chain = $1", args![chain.as_str()]).await.unwrap();
    t.db.execute("DELETE FROM audit_events WHERE chain = $1 AND seq = $2", args![chain.as_str(), max]).await.unwrap();
    assert_eq!(break_of(&t, &chain).await, Some((max, BreakKind::Deleted)));
});

both!(an_inserted_record_is_named, |t| {
    let chain = chain_with_events(&t).await;
    // Make room at 3 and insert a well-formed record that links to record 2.
    t.db.execute("UPDATE audit_events SET seq = seq + 100000 WHERE chain = $1 AND seq >= 3", args![chain.as_str()])
        .await
        .unwrap();
    t.db.execute("UPDATE audit_events SET seq = seq - 99999 WHERE chain = $1 AND seq >= 100000", args![chain.as_str()])
        .await
        .unwrap();
    let (prev,): (String,) =
        t.db.fetch_one("SELECT hash FROM audit_events WHERE chain = $1 AND seq = 2", args![chain.as_str()])
            .await
            .unwrap();
    let event = tillit_domain::platform::audit_log::AuditEvent {
        at: 1,
        actor_id: None,
        actor_label: "mallory".into(),
        action: "member.add".into(),
        object_type: "user".into(),
        object_id: "x".into(),
        changes: vec![],
    };
    let hash = tillit_domain::platform::audit_log::record_hash(&chain, &prev, &event);
    t.db.execute(
        "INSERT INTO audit_events (chain, seq, at, actor_id, actor_label, action, object_type, object_id, changes, prev_hash, hash)
         VALUES ($1, 3, 1, NULL, 'mallory', 'member.add', 'user', 'x', '[]', $2, $3)",
        args![chain.as_str(), prev, hash],
    ).await.unwrap();
    assert_eq!(break_of(&t, &chain).await, Some((3, BreakKind::Inserted)));
});

both!(reordered_records_are_named, |t| {
    let chain = chain_with_events(&t).await;
    for sql in [
        "UPDATE audit_events SET seq = -1 WHERE chain = $1 AND seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE chain = $1 AND seq = 4",
        "UPDATE audit_events SET seq = 4 WHERE chain = $1 AND seq = -1",
    ] {
        t.db.execute(sql, args![chain.as_str()]).await.unwrap();
    }
    assert_eq!(break_of(&t, &chain).await, Some((3, BreakKind::Reordered)));
});

both!(changes_record_each_field_and_exports_are_recorded, |t| {
    let admin = setup_admin(&t).await;
    let per = add_member(&t, &admin.org, "per@bergen.kommune.no", Role::Auditor).await;
    let mut b = admin.browser;
    assert_eq!(b.post(&format!("/admin/members/{per}/role"), &[("role", "risk_owner")]).await.status, 303);
    let page = b.get("/audit?action=member.role_change").await;
    // The role by its name, the person by theirs; the stored form stays there to filter by.
    assert!(page.body.contains(r#"title="member.role_change""#), "{}", page.body);
    assert!(page.body.contains("<del>Auditor</del> → Risk owner"), "{}", page.body);
    assert!(page.body.contains("Person: per@bergen.kommune.no"), "{}", page.body);
    assert!(page.body.contains("Role changed"), "the action's label in the reader's language");
    let log = t.app.audit_verify(Some(admin.org.as_str())).await.unwrap();
    assert!(log[0].error.is_none());
    let f =
        tillit_app::data::AuditFilter { action: Some("member.role_change".into()), limit: 10, ..Default::default() };
    let rec = &t.audit_log(&admin.org, &f).await[0];
    assert_eq!(rec.event.actor_label, admin.email);
    assert_eq!(rec.event.object_id, per.0);
    assert_eq!(rec.event.changes[0].field, "role");
    assert_eq!(rec.event.changes[0].old.as_deref(), Some("auditor"));
    assert_eq!(rec.event.changes[0].new.as_deref(), Some("risk_owner"));
    let csv = b.get("/audit/export.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers.get("content-disposition").unwrap().to_str().unwrap().contains("attachment"));
    assert!(csv.body.starts_with("seq,at_utc,actor,action"));
    assert!(csv.body.contains("audit.export"), "the export records itself");
    assert!(csv.body.contains("member.role_change"));
});

// Auditors get each organisation's checkpoint by e-mail once per period (a day by default),
// however many instances schedule it; the mail itself is a witness the chain must keep.
both!(auditors_get_the_checkpoint_by_mail_once_a_period, |t| {
    let admin = setup_admin(&t).await;
    add_member(&t, &admin.org, "revisor@bergen.kommune.no", Role::Auditor).await;
    // The schedules queue housekeeping, the checkpoint log and this organisation's mail.
    assert_eq!(t.app.run_schedules().await.unwrap(), 3);
    assert_eq!(t.app.run_schedules().await.unwrap(), 0, "once a period");
    let mails = t.mail_to("revisor@bergen.kommune.no").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("Bergen kommune"), "{}", mails[0].subject);
    let witnessed = tillit_app::platform::audit_witness::read_witness(&mails[0].body);
    assert_eq!(witnessed.len(), 1, "{}", mails[0].body);
    assert_eq!(witnessed[0].chain, admin.org.as_str());
    let r = t.app.verify_witness(&witnessed).await.unwrap();
    assert_eq!(r[0].verdict, tillit_domain::platform::audit_log::WitnessVerdict::Holds);
    assert!(t.mail_to(&admin.email).await.iter().all(|m| !m.subject.contains("Kontrollpunkt")), "auditors only");
    // Days later the next period's mail goes out, once.
    t.clock.advance(36 * 3600);
    assert_eq!(t.app.run_schedules().await.unwrap(), 3);
    assert_eq!(t.app.run_schedules().await.unwrap(), 0);
    assert_eq!(t.mail_to("revisor@bergen.kommune.no").await.len(), 2);
    // A record edited in place (hashes left alone): the witness still holds, since it vouches
    // for the stored hash, and the chain check names the edit — the two checks together.
    let seq = witnessed[0].seq;
    t.db.execute(
        "UPDATE audit_events SET actor_label = 'x' WHERE chain = $1 AND seq = $2",
        args![admin.org.as_str(), seq],
    )
    .await
    .unwrap();
    let r = t.app.verify_witness(&witnessed).await.unwrap();
    assert_eq!(
        r[0].verdict,
        tillit_domain::platform::audit_log::WitnessVerdict::Holds,
        "the stored hash is unchanged…"
    );
    assert!(
        t.app.audit_verify(Some(admin.org.as_str())).await.unwrap()[0].error.is_some(),
        "…the chain check names it"
    );
});

both!(a_change_that_records_nothing_is_refused_and_rolled_back, |t| {
    let admin = setup_admin(&t).await;
    let actor = tillit_app::Actor::command_line(admin.org.clone());
    let mut w = t.app.write(&actor, tillit_domain::Permission::ManageUsers).await.unwrap();
    w.tx.execute("UPDATE organisations SET name = 'Kapret' WHERE id = $1", args![admin.org.as_str()]).await.unwrap();
    let e = w.commit().await.unwrap_err();
    assert!(e.to_string().contains("without an audit record"), "{e}");
    let (name,): (String,) =
        t.db.fetch_one("SELECT name FROM organisations WHERE id = $1", args![admin.org.as_str()]).await.unwrap();
    assert_ne!(name, "Kapret", "the unrecorded change was rolled back");
    // A member without the permission does not get a unit at all.
    let auditor = tillit_app::Actor { role: Role::Auditor, ..actor.clone() };
    assert!(t.app.write(&auditor, tillit_domain::Permission::ManageUsers).await.is_err());
});

both!(the_log_reads_in_peoples_words_and_local_time, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    assert_eq!(b.post("/language", &[("lang", "nb"), ("back", "/audit")]).await.status, 303);
    let r = b.post("/cases", &[("case_number", "2026/77"), ("title", "Nytt fagsystem"), ("kind", "saas")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = b.post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb")]).await;
    assert_eq!(r.status, 303);
    let page = b.get("/audit").await;
    assert_eq!(page.status, 200);
    // The object by its name, the field in Norwegian, values as words, not ids or codes.
    assert!(page.body.contains("Sak: 2026/77 Nytt fagsystem"), "{}", page.body);
    assert!(page.body.contains("Organisasjon: Bergen kommune"), "{}", page.body);
    assert!(
        page.body.contains("<strong>Tofaktor for alle som håndterer tilbud</strong>: <del>Ja</del> → Nei"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("require_mfa_bid_roles</strong>"));
    // Local time shown (winter: UTC+1), UTC on hover.
    let at = t.app.now().0;
    let local = tillit_domain::platform::local_time::format_local(at);
    let utc = tillit_domain::platform::local_time::format_utc(at);
    assert!(page.body.contains(&format!(r#"<time title="UTC: {utc}">{local}</time>"#)), "{}", page.body);
});
