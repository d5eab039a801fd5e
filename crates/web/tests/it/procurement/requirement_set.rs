//! A case's requirement set: adopting the proposal, changing, rewording and removing requirements.

use crate::both;
use crate::flows::setup_admin;
use crate::support::Browser;

async fn new_case(b: &mut Browser, number: &str) -> String {
    let r = b.post("/cases", &[("case_number", number), ("title", "Sak- og arkivsystem")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    r.location().trim_start_matches("/cases/").split('?').next().unwrap().to_string()
}

async fn requirement_id(t: &crate::support::TestApp, key: &str, reference: &str) -> String {
    let (id,): (String,) = t
        .db
        .fetch_one(
            "SELECT r.id FROM requirements r JOIN catalogues c ON c.id = r.catalogue_id WHERE c.owner = '' AND c.key = $1 AND r.ref = $2",
            tillit_app::testing::args![key, reference],
        )
        .await
        .unwrap();
    id
}

both!(the_proposal_is_adopted_changed_and_checked_for_weights, |t| {
    let admin = setup_admin(&t).await;
    let actor = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let mut b = admin.browser;
    let id = new_case(&mut b, "2026/88").await;
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("set-counts"), "0 must requirements, 0 award criteria");
    assert_eq!(page.by_id("set-weights"), "Choose the requirement set before the tender is published.");
    // High tier: must and award criteria, weights summing to 100.
    let r =
        b.post(&format!("/cases/{id}/override"), &[("tier", "high"), ("reason", "Kritisk for hele kommunen")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    let set = t.app.requirement_set(&actor, &tillit_domain::CaseId(id.to_string())).await.unwrap();
    assert!(set.award > 0 && set.must > 0, "must {} award {}", set.must, set.award);
    assert_eq!(set.award_sum, 100);
    assert!(set.problem.is_none());
    // The proposal and the set link to the requirement pages.
    let page = b.get(&format!("/cases/{id}")).await;
    let link = format!("/requirements/{}", set.items[0].requirement_id);
    assert!(page.body.contains(&format!("href=\"{link}\"")));
    assert_eq!(b.get(&link).await.status, 200);
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(
        page.by_id("set-weights"),
        "Ready to publish: the set asks something and the award weights add up to 100 %."
    );
    // The API gives the same set.
    let token = t.app.create_api_token(&actor, "set", 30).await.unwrap().1;
    let doc: serde_json::Value = reqwest::Client::new()
        .get(t.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["requirement_set"]["items"].as_array().unwrap().len(), set.items.len());
    assert_eq!(doc["requirement_set"]["award_weight_sum"], 100);
    assert_eq!(doc["requirement_set"]["weights_ok"], true);
    assert_eq!(doc["requirement_set"]["ready_to_publish"], true);

    // One award weight changed: the page says what the weights add up to.
    let award = set.items.iter().find(|i| i.kind == "award").unwrap().clone();
    let w = (award.weight + 5).to_string();
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", &award.requirement_id), ("kind", "award"), ("weight", &w)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&format!("/cases/{id}")).await;
    assert_eq!(page.by_id("set-weights"), "The award weights add up to 105 %, not 100 %.");
    // An award criterion without a weight is refused, naming the field.
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", &award.requirement_id), ("kind", "award"), ("weight", "0")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("weight"), "{}", r.body);

    // A requirement reworded for this tender keeps its link to the catalogue's.
    let req = requirement_id(&t, "sikkerhetskrav-anskaffelser", "8.7").await;
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[
                ("requirement", &req),
                ("kind", "must"),
                ("weight", "30"),
                ("wording", "Leverandøren skal kryptere all trafikk med TLS 1.3."),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let set = t.app.requirement_set(&actor, &tillit_domain::CaseId(id.to_string())).await.unwrap();
    let item = set.items.iter().find(|i| i.requirement_id == req).unwrap();
    assert_eq!(item.wording.as_deref(), Some("Leverandøren skal kryptere all trafikk med TLS 1.3."));
    assert_eq!(item.weight, 0, "a must requirement carries no weight");
    assert_ne!(item.text, "Leverandøren skal kryptere all trafikk med TLS 1.3.", "the catalogue text is untouched");
    let page = b.get(&format!("/cases/{id}")).await;
    assert!(page.body.contains("Leverandøren skal kryptere all trafikk med TLS 1.3."));

    // Removed, and the audit log says by whom.
    let before = set.items.len();
    assert_eq!(b.post(&format!("/cases/{id}/set/remove"), &[("requirement", &req)]).await.status, 303);
    assert_eq!(
        t.app.requirement_set(&actor, &tillit_domain::CaseId(id.to_string())).await.unwrap().items.len(),
        before - 1
    );
    assert_eq!(b.post(&format!("/cases/{id}/set/remove"), &[("requirement", &req)]).await.status, 422);
    let f = tillit_app::data::AuditFilter { object: Some(id.clone()), limit: 50, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    for action in ["set.adopt_proposal", "set.put", "set.remove"] {
        assert!(log.iter().any(|r| r.event.action == action), "{action} is in the audit log");
    }

    // Weights of 105 % keep the tender from being published; put right, it goes out and the set is frozen.
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    let r = b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("The award weights must add up to 100 %"), "{}", r.body);
    let w = award.weight.to_string();
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", &award.requirement_id), ("kind", "award"), ("weight", &w)],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 422);
    let r = b.post(&format!("/cases/{id}/set/item"), &[("requirement", &req), ("kind", "must")]).await;
    assert_eq!(r.status, 422);
    assert!(!b.get(&format!("/cases/{id}")).await.body.contains("set-item-save"));
});

both!(another_organisations_requirement_cannot_enter_the_set, |t| {
    let admin = setup_admin(&t).await;
    let actor = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let mut b = admin.browser;
    let id = new_case(&mut b, "2026/89").await;
    // A requirement in a catalogue owned by some other organisation.
    let other = tillit_app::new_id();
    let cat = tillit_app::new_id();
    let req = tillit_app::new_id();
    t.db.execute(
        "INSERT INTO catalogues (id, owner, key, title, subtitle, language, source, created_at) VALUES ($1, $2, $1, 'Andres krav', '', 'nb', '', 0)",
        tillit_app::testing::args![cat.as_str(), other.as_str()],
    ).await.unwrap();
    t.db.execute(
        "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key) VALUES ($1, $2, 'H1', '', 'Hemmelig krav', '', '[]', 0)",
        tillit_app::testing::args![req.as_str(), cat.as_str()],
    ).await.unwrap();
    let r = b.post(&format!("/cases/{id}/set/item"), &[("requirement", &req), ("kind", "must")]).await;
    assert_eq!(r.status, 422);
    assert!(t.app.requirement_set(&actor, &tillit_domain::CaseId(id.to_string())).await.unwrap().items.is_empty());
    assert!(!b.get(&format!("/cases/{id}")).await.body.contains("Hemmelig krav"));
});

both!(a_requirement_a_case_asks_cannot_be_deleted_from_its_catalogue, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let id = new_case(&mut b, "2026/90").await;
    let cat = tillit_app::new_id();
    let req = tillit_app::new_id();
    t
        .db
        .execute(
            "INSERT INTO catalogues (id, owner, key, title, subtitle, language, source, created_at) VALUES ($1, $2, $1, 'Egne krav', '', 'nb', '', 0)",
            tillit_app::testing::args![cat.as_str(), admin.org.as_str()],
        )
        .await
        .unwrap();
    t
        .db
        .execute(
            "INSERT INTO requirements (id, catalogue_id, ref, area_number, text, guidance, refs, sort_key) VALUES ($1, $2, 'E1', '', 'Eget krav', '', '[]', 0)",
            tillit_app::testing::args![req.as_str(), cat.as_str()],
        )
        .await
        .unwrap();
    let r = b.post(&format!("/cases/{id}/set/item"), &[("requirement", &req), ("kind", "must")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = b.post(&format!("/requirements/{req}/remove"), &[]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("A procurement case asks this requirement"), "{}", r.body);
    assert_eq!(b.post(&format!("/cases/{id}/set/remove"), &[("requirement", &req)]).await.status, 303);
    assert_eq!(b.post(&format!("/requirements/{req}/remove"), &[]).await.status, 303);
});

both!(the_organisation_sets_which_requirements_each_tier_proposes, |t| {
    let admin = setup_admin(&t).await;
    let actor = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let mut b = admin.browser;
    // An own catalogue with one requirement: not proposed until it has a level.
    let r = b.post("/catalogues", &[("title", "Egne krav"), ("language", "nb")]).await;
    let cat = r.location().trim_start_matches("/catalogues/").split('?').next().unwrap().to_string();
    assert_eq!(
        b.post(
            &format!("/catalogues/{cat}/requirements"),
            &[("reference", "E1"), ("text", "Leverandøren skal bruke kommunens SSO.")]
        )
        .await
        .status,
        303
    );
    let own = t.app.catalogue(&actor, &cat).await.unwrap().requirements[0].id.clone();
    let low = t.app.proposal(&actor, tillit_domain::procurement::Tier::Low).await.unwrap();
    assert!(!low.iter().any(|p| p.requirement_id == own));
    let builtin = low[0].requirement_id.clone();
    let builtin_cat = low[0].catalogue_id.clone();

    let page = b.get(&format!("/catalogues/{cat}/levels")).await;
    assert_eq!(page.status, 200);
    let lvl = format!("level-{own}");
    let r = b.post(&format!("/catalogues/{cat}/levels"), &[("req", &own), (&lvl, "principal")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let lvl_b = format!("level-{builtin}");
    assert_eq!(
        b.post(&format!("/catalogues/{builtin_cat}/levels"), &[("req", &builtin), (&lvl_b, "none")]).await.status,
        303
    );
    let low = t.app.proposal(&actor, tillit_domain::procurement::Tier::Low).await.unwrap();
    assert!(low.iter().any(|p| p.requirement_id == own), "the own requirement is proposed from low");
    assert!(!low.iter().any(|p| p.requirement_id == builtin), "the built-in one is left out");
    // Adopting a proposal uses the organisation's levels.
    let id = new_case(&mut b, "2026/91").await;
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    let set = t.app.requirement_set(&actor, &tillit_domain::CaseId(id.to_string())).await.unwrap();
    assert!(set.items.iter().any(|i| i.requirement_id == own));
    // Nonsense and requirements of another catalogue are refused; nothing changes.
    assert_eq!(b.post(&format!("/catalogues/{cat}/levels"), &[("req", &own), (&lvl, "kritisk")]).await.status, 422);
    assert_eq!(b.post(&format!("/catalogues/{cat}/levels"), &[("req", &builtin), (&lvl_b, "basic")]).await.status, 422);
    // Back to the default.
    assert_eq!(
        b.post(&format!("/catalogues/{builtin_cat}/levels"), &[("req", &builtin), (&lvl_b, "")]).await.status,
        303
    );
    let low = t.app.proposal(&actor, tillit_domain::procurement::Tier::Low).await.unwrap();
    assert!(low.iter().any(|p| p.requirement_id == builtin));
    let f = tillit_app::data::AuditFilter { action: Some("levels.set".into()), limit: 50, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 3);
});

both!(proposals_follow_the_organisations_country_and_chosen_catalogues, |t| {
    let admin = setup_admin(&t).await;
    let who = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let mut b = admin.browser;
    let catalogues_of = |items: &[tillit_app::procurement::requirement_set::ProposedItem]| {
        let mut c: Vec<String> = items.iter().map(|i| i.catalogue_id.clone()).collect();
        c.dedup();
        c
    };
    const NO: &str = "builtin:sikkerhetskrav-anskaffelser";
    const SE: &str = "builtin:villkor-trygghetslarm-2019";
    // The organisation was set up in English, so no country follows from its language: every
    // built-in catalogue, as before. Stated Norwegian: Norwegian requirements only.
    let page = b.get("/admin/organisation").await.body;
    assert!(page.contains(r#"<option value="" selected>"#), "{page}");
    let mut all = catalogues_of(&t.app.proposal(&who, tillit_domain::procurement::Tier::High).await.unwrap());
    all.sort();
    assert_eq!(all, vec![NO.to_string(), SE.to_string()]);
    let r = b.post("/admin/organisation/proposals", &[("country", "no"), ("choose", "default")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let p = t.app.proposal(&who, tillit_domain::procurement::Tier::High).await.unwrap();
    assert_eq!(catalogues_of(&p), vec![NO.to_string()]);

    // Swedish: the Swedish conditions only.
    let r = b.post("/admin/organisation/proposals", &[("country", "se"), ("choose", "default")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let p = t.app.proposal(&who, tillit_domain::procurement::Tier::High).await.unwrap();
    assert_eq!(catalogues_of(&p), vec![SE.to_string()]);

    // Asked for both, explicitly; none ticked is refused on the form, named.
    let r = b.post("/admin/organisation/proposals", &[("country", "no"), ("choose", "chosen")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("tick at least one") || r.body.contains("kryss av minst én"), "{}", r.body);
    let r = b
        .post(
            "/admin/organisation/proposals",
            &[("country", "no"), ("choose", "chosen"), ("catalogue", NO), ("catalogue", SE)],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut got = catalogues_of(&t.app.proposal(&who, tillit_domain::procurement::Tier::High).await.unwrap());
    got.sort();
    assert_eq!(got, vec![NO.to_string(), SE.to_string()]);
    let r = b
        .post(
            "/admin/organisation/proposals",
            &[("country", "no"), ("choose", "chosen"), ("catalogue", "builtin:nope")],
        )
        .await;
    assert_eq!(r.status, 422, "an unknown catalogue");
    let f =
        tillit_app::data::AuditFilter { action: Some("organisation.update".into()), limit: 10, ..Default::default() };
    assert!(
        t.audit_log(&admin.org, &f).await.iter().any(|r| r
            .event
            .changes
            .iter()
            .any(|c| c.field == "proposal_catalogues"))
    );
});

both!(the_set_changes_in_bulk_and_the_page_returns_to_where_the_user_was, |t| {
    let admin = setup_admin(&t).await;
    let actor = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let mut b = admin.browser;
    let id = new_case(&mut b, "2026/89").await;
    let case = tillit_domain::CaseId(id.to_string());
    // The steps follow the case: requirements are next.
    let current =
        |body: &str| body.split(r#"aria-current="step">"#).nth(1).unwrap().split('<').next().unwrap().to_string();
    assert_eq!(current(&b.get(&format!("/cases/{id}")).await.body), "Requirements");
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    assert_eq!(current(&b.get(&format!("/cases/{id}")).await.body), "Publish");
    let set = t.app.requirement_set(&actor, &case).await.unwrap();
    let first = set.items[0].clone();

    // Ticked ones become award criteria with a weight each; the page returns to the table.
    let f = vec![
        ("requirement", set.items[0].requirement_id.as_str()),
        ("requirement", set.items[1].requirement_id.as_str()),
        ("change", "award"),
        ("weight", "10"),
    ];
    let r = b.post(&format!("/cases/{id}/set/bulk"), &f).await;
    assert_eq!((r.status, r.location()), (303, format!("/cases/{id}?notice=notice-saved#set-table")));
    let after = t.app.requirement_set(&actor, &case).await.unwrap();
    assert!(after.items[..2].iter().all(|i| i.kind == "award" && i.weight == 10));
    // A whole area back to must.
    let area = format!("{}|{}", first.catalogue_id, first.area_number);
    let r = b.post(&format!("/cases/{id}/set/bulk"), &[("area", area.as_str()), ("change", "must")]).await;
    assert_eq!(r.status, 303);
    let after = t.app.requirement_set(&actor, &case).await.unwrap();
    assert!(
        after
            .items
            .iter()
            .filter(|i| i.area_number == first.area_number && i.catalogue_id == first.catalogue_id)
            .all(|i| i.kind == "must")
    );
    // A change to one row returns to that row.
    let r = b
        .post(
            &format!("/cases/{id}/set/item"),
            &[("requirement", first.requirement_id.as_str()), ("kind", "must"), ("wording", "")],
        )
        .await;
    assert_eq!(r.location(), format!("/cases/{id}?notice=notice-saved#set-{}", first.requirement_id));
    assert!(b.get(&format!("/cases/{id}")).await.body.contains(&format!(r#"id="set-{}""#, first.requirement_id)));
    // Nothing chosen is refused, naming why; a whole catalogue removed in one step.
    let r = b.post(&format!("/cases/{id}/set/bulk"), &[("change", "remove")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("tick at least one"), "{}", r.body);
    let r = b
        .post(&format!("/cases/{id}/set/bulk"), &[("catalogue", first.catalogue_id.as_str()), ("change", "remove")])
        .await;
    assert_eq!(r.status, 303);
    let after = t.app.requirement_set(&actor, &case).await.unwrap();
    assert!(after.items.iter().all(|i| i.catalogue_id != first.catalogue_id));
    let f = tillit_app::data::AuditFilter { action: Some("set.bulk".into()), limit: 10, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 3);
});
