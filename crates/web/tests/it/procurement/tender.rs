//! Publishing freezes the requirement set as a hashed version; corrections are new versions.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use tillit_domain::Role;

pub async fn new_case(b: &mut crate::support::Browser, number: &str) -> String {
    let r = b.post("/cases", &[("case_number", number), ("title", "Sak- og arkivsystem")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    r.location().trim_start_matches("/cases/").split('?').next().unwrap().to_string()
}

both!(publishing_freezes_the_set_and_a_correction_is_the_next_version, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let id = new_case(&mut b, "2026/100").await;
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);

    // No deadline, a deadline in the past, or no date at all: refused, naming the deadline.
    let r = b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Deadline: set a deadline"), "{}", r.body);
    for bad in ["2020-01-01T12:00", "i morgen", "2026-02-30T12:00"] {
        let r = b.post(&format!("/cases/{id}/deadline"), &[("deadline", bad)]).await;
        assert_eq!(r.status, 422, "{bad}");
        assert!(r.body.contains("Deadline:"), "{}", r.body);
    }
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("case-deadline"), "2026-12-15 12:00", "shown in Norwegian time");
    let case = t.app.case(&who, &tillit_domain::CaseId(id.to_string())).await.unwrap().case;
    assert_eq!(case.deadline, Some(1_797_332_400), "12:00 in Oslo in December is 11:00 UTC");

    // Published: version 1, with the hash of exactly what the working set holds.
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 303);
    let v1 = t.app.current_set(&who, &tillit_domain::CaseId(id.to_string())).await.unwrap().expect("published");
    assert_eq!(v1.version.version, 1);
    let working = t.app.requirement_set(&who, &tillit_domain::CaseId(id.to_string())).await.unwrap();
    assert_eq!(v1.items.len(), working.items.len());
    assert_eq!(v1.version.hash, tillit_domain::procurement::tender::set_hash(&id, 1, &v1.items));
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("set-hash"), v1.version.hash);
    let versions = b.get(&format!("/cases/{id}/versions")).await;
    assert_eq!(versions.status, 200);
    assert!(versions.body.contains(&v1.version.hash));

    // Frozen: the set cannot be edited, nor the stored version altered, even in the database.
    let r = b.post(&format!("/cases/{id}/set/remove"), &[("requirement", &v1.items[0].requirement_id)]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("frozen"), "{}", r.body);
    assert!(
        t.db.execute("UPDATE set_version_items SET text = 'endret'", vec![]).await.is_err(),
        "a published version cannot be updated"
    );
    assert!(t.db.execute("UPDATE set_versions SET hash = 'x'", vec![]).await.is_err());
    // A correction must be opened first, and must change something and say what.
    assert_eq!(b.post(&format!("/cases/{id}/set/publish"), &[("note", "Ingen åpen rettelse")]).await.status, 422);
    assert_eq!(b.post(&format!("/cases/{id}/set/correction"), &[]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/set/correction"), &[]).await.status, 422, "already open");
    let r = b.post(&format!("/cases/{id}/set/publish"), &[("note", "Ingenting endret")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("changes nothing"), "{}", r.body);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "evaluation")]).await.status, 422, "correction open");
    let (gone, reworded) = (&v1.items[0], &v1.items[1]);
    assert_eq!(b.post(&format!("/cases/{id}/set/remove"), &[("requirement", &gone.requirement_id)]).await.status, 303);
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", &reworded.requirement_id), ("kind", "must"), ("wording", "Leverandøren skal bruke MFA.")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // Bidders still see version 1 while the correction is prepared.
    assert_eq!(
        t.app.current_set(&who, &tillit_domain::CaseId(id.to_string())).await.unwrap().unwrap().version.version,
        1
    );
    let r = b.post(&format!("/cases/{id}/set/publish"), &[("note", "kort")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Correction note"), "{}", r.body);
    let note = "Krav fjernet og ett krav presisert etter spørsmål fra tilbydere";
    assert_eq!(b.post(&format!("/cases/{id}/set/publish"), &[("note", note)]).await.status, 303);
    let v2 = t.app.current_set(&who, &tillit_domain::CaseId(id.to_string())).await.unwrap().unwrap();
    assert_eq!(v2.version.version, 2);
    assert_ne!(v2.version.hash, v1.version.hash);
    assert_eq!(v2.items.len(), v1.items.len() - 1);
    let again = t.app.published_set(&who, &v1.version.id).await.unwrap();
    assert_eq!(again.items, v1.items, "version 1 is unchanged");
    let versions = b.get(&format!("/cases/{id}/versions")).await;
    assert!(versions.body.contains(&format!("{}: removed", gone.reference)), "{}", versions.body);
    assert!(versions.body.contains(&format!("{}: wording", reworded.reference)), "{}", versions.body);
    assert!(versions.body.contains(note));
    // The set is frozen again, and the tender can move on.
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 422);
    let r = b.post(&format!("/cases/{id}/status"), &[("to", "evaluation")]).await;
    assert_eq!(r.status, 422, "bids are opened only after the deadline");
    assert!(r.body.contains("after the deadline"), "{}", r.body);
    t.clock.advance(100 * 24 * 3600);
    // The deadline passed: the opening job runs (moving to evaluation would open them too).
    t.send_queued_mail().await;
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "evaluation")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2027-06-15T12:00")]).await.status, 422);
    let r = b.post(&format!("/cases/{id}/status"), &[("to", "awarded")]).await;
    assert_eq!(r.status, 422, "no award without a signed-off evaluation");

    let f = tillit_app::data::AuditFilter { object: Some(id.clone()), limit: 100, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    let publishes: Vec<_> = log.iter().filter(|r| r.event.action == "set.publish").collect();
    assert_eq!(publishes.len(), 2);
    assert!(publishes.iter().any(|r| r.event.changes.iter().any(|c| c.new.as_deref() == Some(&v2.version.hash))));
    assert!(log.iter().any(|r| r.event.action == "case.deadline"));
    assert!(log.iter().any(|r| r.event.action == "set.correction_open"));
    assert_eq!(log.iter().filter(|r| r.event.action == "bids.open").count(), 1, "opened once");
});

both!(a_published_deadline_is_extended_with_a_reason_to_live_links_and_never_shortened, |t| {
    use crate::procurement::bids::{invite, published_case};
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/600").await;
    invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (bid_b, _) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    assert_eq!(b.post(&format!("/bids/{bid_b}/revoke"), &[]).await.status, 303);
    let (alfa, beta) = (t.mail_to("alfa@alfa.no").await.len(), t.mail_to("beta@beta.se").await.len());
    let path = format!("/cases/{case}/deadline");

    // Bidders plan by a published deadline: it is never shortened, and an extension says why.
    let r = b.post(&path, &[("deadline", "2026-12-10T12:00"), ("reason", "Kortere frist ønskes")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("never shortened"), "{}", r.body);
    let r = b.post(&path, &[("deadline", "2026-12-20T12:00"), ("reason", "")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Reason:"), "{}", r.body);
    let why = "Spørsmål fra leverandørene om krav 8.7";
    assert_eq!(b.post(&path, &[("deadline", "2026-12-20T12:00"), ("reason", why)]).await.status, 303);

    // The holder of a live link is told, with the reason; the revoked link's holder is not.
    let to_alfa = t.mail_to("alfa@alfa.no").await;
    assert_eq!(to_alfa.len(), alfa + 1);
    assert!(to_alfa.last().unwrap().body.contains(why), "{}", to_alfa.last().unwrap().body);
    assert_eq!(t.mail_to("beta@beta.se").await.len(), beta, "no mail to a revoked link");
    let f = tillit_app::data::AuditFilter { object: Some(case.clone()), limit: 50, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    let moves: Vec<_> = log.iter().filter(|r| r.event.action == "case.deadline").collect();
    assert_eq!(moves.len(), 2, "set before publishing, extended after");
    assert!(moves.iter().any(|m| m.event.changes.iter().any(|c| c.field == "reason" && c.new.as_deref() == Some(why))));

    // The opening moves with the deadline: sealed past the old one, opened at the new one.
    let id = tillit_domain::CaseId(case.clone());
    let new = t.app.case(&who, &id).await.unwrap().case.deadline.unwrap();
    let old = new - 5 * 86_400;
    t.clock.advance(old - t.app.now().0 + 3600);
    t.send_queued_mail().await;
    assert!(t.app.case(&who, &id).await.unwrap().case.opened_at.is_none(), "still sealed");
    t.clock.advance(new - t.app.now().0 + 60);
    t.send_queued_mail().await;
    assert!(t.app.case(&who, &id).await.unwrap().case.opened_at.is_some(), "opened at the new deadline");
});
