//! Procurement cases: classification, the tier with its reasoning, the override, status.

use crate::both;
use crate::flows::{member, setup_admin};
use tillit_domain::Role;

both!(a_case_is_classified_and_its_tier_follows_with_reasons, |t| {
    let admin = setup_admin(&t).await;
    let (_, mut b) = member(&t, &admin.org, "ola@bergen.kommune.no", Role::ProcurementOfficer).await;
    let r = b.post("/cases", &[("case_number", "2026/1234"), ("title", "Skoleadministrativt system")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = r.location().trim_start_matches("/cases/").split('?').next().unwrap().to_string();
    assert_eq!(
        b.post("/cases", &[("case_number", "2026/1234"), ("title", "Igjen")]).await.status,
        422,
        "case numbers are unique"
    );
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("case-tier"), "low");
    let r = b
        .post(
            &format!("/cases/{id}/classification"),
            &[
                ("kind", "saas"),
                ("confidentiality", "2"),
                ("integrity", "2"),
                ("availability", "2"),
                ("traceability", "2"),
                ("personal_data", "on"),
                ("data_subjects", "12000"),
                ("location", "domestic"),
                ("users", "5000"),
                ("internet_exposed", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("case-tier"), "high");
    let reasons = page.body.split("id=\"tier-reasons\"").nth(1).unwrap().split("</ol>").next().unwrap();
    // Moderate levels give medium; personal data about 12,000 people raises it to high.
    assert!(
        reasons.contains("gives medium") && reasons.contains("more than 10,000 people: at least high"),
        "{reasons}"
    );
    // The tier proposes a set: at high, principal and basic requirements as musts, additional ones as award criteria.
    let proposal = page.body.split("id=\"proposal\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(proposal.contains("37 must requirements, 9 award criteria"), "{proposal}");
    assert!(proposal.contains("31 must requirements, 6 award criteria"), "{proposal}");
    // Bad classifications are refused.
    let bad = [
        ("kind", "saas"),
        ("confidentiality", "5"),
        ("integrity", "1"),
        ("availability", "1"),
        ("traceability", "1"),
        ("location", "domestic"),
    ];
    assert_eq!(b.post(&format!("/cases/{id}/classification"), &bad).await.status, 422);
    let special_only = [
        ("kind", "saas"),
        ("confidentiality", "1"),
        ("integrity", "1"),
        ("availability", "1"),
        ("traceability", "1"),
        ("location", "domestic"),
        ("special_categories", "on"),
    ];
    assert_eq!(b.post(&format!("/cases/{id}/classification"), &special_only).await.status, 422);
    // An override needs a written reason, and is audited.
    assert_eq!(b.post(&format!("/cases/{id}/override"), &[("tier", "critical"), ("reason", "kort")]).await.status, 422);
    let r = b
        .post(
            &format!("/cases/{id}/override"),
            &[("tier", "critical"), ("reason", "Elevdata for hele fylket samles her")],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("case-tier"), "critical");
    assert_eq!(page.by_id("override-reason"), "Elevdata for hele fylket samles her");
    let f = tillit_app::data::AuditFilter { object: Some(id.clone()), limit: 20, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    let classify = log.iter().find(|r| r.event.action == "case.classify").unwrap();
    assert!(
        classify
            .event
            .changes
            .iter()
            .any(|c| c.field == "tier" && c.old.as_deref() == Some("low") && c.new.as_deref() == Some("high"))
    );
    let ov = log.iter().find(|r| r.event.action == "case.tier_override").unwrap();
    assert_eq!(ov.event.changes[1].new.as_deref(), Some("Elevdata for hele fylket samles her"));
    assert_eq!(ov.event.actor_label, "ola@bergen.kommune.no");
});

both!(a_case_moves_through_its_statuses_and_freezes_its_classification, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/cases", &[("case_number", "2026/7"), ("title", "Trygghetsalarmer")]).await;
    let id = r.location().trim_start_matches("/cases/").split('?').next().unwrap().to_string();
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "awarded")]).await.status, 422, "no skipping");
    let r = b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await;
    assert_eq!(r.status, 422, "a tender without requirements is not published");
    assert!(r.body.contains("Choose the requirement set before the tender is published."), "{}", r.body);
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 303);
    assert_eq!(b.get(&format!("/cases/{id}")).await.by_id("case-status"), "Published");
    let form = [
        ("kind", "saas"),
        ("confidentiality", "2"),
        ("integrity", "2"),
        ("availability", "2"),
        ("traceability", "2"),
        ("location", "domestic"),
    ];
    let r = b.post(&format!("/cases/{id}/classification"), &form).await;
    assert_eq!(r.status, 422, "the classification is frozen once the tender is out");
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "cancelled")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 422);
    // An auditor sees cases but cannot change them (the route walk checks every route).
    let (_, mut r) = member(&t, &admin.org, "revisor@bergen.kommune.no", Role::Auditor).await;
    let page = r.get(&format!("/cases/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("classify-save"));
});

// Pages and API both say "case": the old page addresses lead to the same pages, query kept,
// and never off the site.
both!(old_procurement_addresses_lead_to_the_case_pages, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/cases", &[("case_number", "2026/77"), ("title", "Arkivsystem")]).await;
    let id = r.location().trim_start_matches("/cases/").split('?').next().unwrap().to_string();
    for (old, new) in [
        ("/procurements".to_string(), "/cases".to_string()),
        (format!("/procurements/{id}"), format!("/cases/{id}")),
        (format!("/procurements/{id}/versions?notice=x"), format!("/cases/{id}/versions?notice=x")),
        ("/procurements//evil.example".to_string(), "/cases//evil.example".to_string()),
    ] {
        let r = b.get(&old).await;
        assert_eq!(r.status, 308, "{old}");
        assert_eq!(r.location(), new);
    }
    assert_eq!(b.get(&format!("/cases/{id}")).await.status, 200);
});
