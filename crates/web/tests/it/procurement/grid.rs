//! The evaluation grid (one requirement across every bidder) and long requirement sets,
//! shown and answered an area at a time.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use crate::procurement::bids::{answers_form, invite, post_form, supplier, supplier_view};
use crate::procurement::evaluation::{published_high_case, two_bids_in_evaluation};
use crate::support::Resp;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::{BidId, CaseId, Role};

/// Every `value="…"` after `marker` in a page.
fn values(body: &str, marker: &str) -> Vec<String> {
    body.split(marker).skip(1).map(|p| p.split('"').next().unwrap().to_string()).collect()
}

/// A grid form judging every cell on the page: musts `verdict`, awards `score`.
fn grid_form(page: &Resp, verdict: &str, score: &str) -> Vec<(String, String)> {
    let mut f = vec![];
    for key in values(&page.body, "name=\"cell\" value=\"") {
        let key = key.replace("&#x3a;", ":");
        f.push(("cell".to_string(), key.clone()));
        if page.body.contains(&format!("id=\"verdict-{key}\"")) {
            f.push((format!("verdict-{key}"), verdict.to_string()));
        } else {
            f.push((format!("score-{key}"), score.to_string()));
        }
        f.push((format!("justification-{key}"), "Vurdert på tvers av leverandørene".to_string()));
    }
    f
}

both!(the_grid_judges_each_requirement_across_every_bidder, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/900").await;
    let (mut b, bid_a, bid_b) =
        two_bids_in_evaluation(&t, (&admin.email, &admin.secret, &admin.user), &mut b, &case).await;

    let page = b.get(&format!("/cases/{case}/grid")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Alfa AS") && page.body.contains("Beta AB"));
    let items = t.app.evaluation(&who, &BidId(bid_a.clone())).await.unwrap().items;
    let keys = values(&page.body, "name=\"cell\" value=\"");
    assert_eq!(keys.len(), items.len() * 2, "a cell per requirement and bidder");
    // Each requirement's bidders side by side, with the answers as the bidders gave them.
    assert!(page.body.contains(&format!("id=\"grid-{}\"", items[0].reference)));

    // An error names the requirement and the bidder, and keeps every input; nothing is saved.
    let mut f = grid_form(&page, "pass", "8");
    let beta_cell = format!("justification-{bid_b}:{}", items[0].requirement_id);
    for (k, v) in f.iter_mut() {
        if *k == beta_cell {
            *v = "ok".into();
        }
    }
    let r = post_form(&mut b, &format!("/cases/{case}/grid"), f.clone()).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("id=\"grid-error\""));
    assert!(r.body.contains(&format!("{} (Beta AB)", items[0].reference)), "{}", r.body);
    assert!(r.body.contains(">Vurdert på tvers av leverandørene</textarea>"), "typed kept");
    let mine_a = t.app.evaluation(&who, &BidId(bid_a.clone())).await.unwrap().mine;
    assert!(mine_a.is_empty(), "one transaction: Alfa's judgements were not saved either");

    // Saved: both bidders judged in one save, the same judgements as on each bidder's page.
    for (k, v) in f.iter_mut() {
        if *k == beta_cell {
            *v = "Vurdert på tvers av leverandørene".into();
        }
    }
    let r = post_form(&mut b, &format!("/cases/{case}/grid"), f).await;
    assert_eq!(r.status, 303, "{}", r.body);
    for bid in [&bid_a, &bid_b] {
        let v = t.app.evaluation(&who, &BidId(bid.clone())).await.unwrap();
        assert_eq!(v.mine.len(), items.len());
        for i in &v.items {
            let j = &v.mine[&i.requirement_id];
            match i.kind {
                Kind::Must => assert_eq!(j.verdict.as_deref(), Some("pass")),
                Kind::Award => assert_eq!(j.score, Some(8)),
            }
        }
    }
    let page = b.get(&format!("/bids/{bid_a}/evaluation")).await;
    assert!(page.body.contains(r#"<option value="pass" selected>"#));

    // A cell of a bid that is not in this case (here: none at all) is not found; nothing saved.
    let f = vec![
        ("cell".to_string(), format!("nobid:{}", items[0].requirement_id)),
        (format!("verdict-nobid:{}", items[0].requirement_id), "fail".to_string()),
        (format!("justification-nobid:{}", items[0].requirement_id), "Finnes ikke i saken".to_string()),
    ];
    assert_eq!(post_form(&mut b, &format!("/cases/{case}/grid"), f).await.status, 404);
    t.app.run_due_jobs().await.unwrap();
});

/// A generated catalogue: `areas` areas of `per_area` requirements each.
fn long_catalogue(areas: usize, per_area: usize) -> Vec<u8> {
    let groups: Vec<serde_json::Value> = (0..areas)
        .map(|g| {
            let controls: Vec<serde_json::Value> = (0..per_area)
                .map(|i| {
                    serde_json::json!({
                        "id": format!("g{g}-c{i}"),
                        "title": format!("Krav {g}.{i}"),
                        "parts": [{ "id": format!("g{g}-c{i}_smt"), "name": "statement",
                            "prose": format!("Leverandøren skal dokumentere rutine {g}.{i}.") }]
                    })
                })
                .collect();
            serde_json::json!({ "id": format!("g{g}"), "title": format!("Område {g}"), "controls": controls })
        })
        .collect();
    serde_json::json!({ "catalog": {
        "uuid": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "metadata": { "title": "Lang kravliste", "last-modified": "2026-12-01T00:00:00Z", "version": "1", "oscal-version": "1.1.2" },
        "groups": groups
    }})
    .to_string()
    .into_bytes()
}

both!(a_long_set_is_answered_judged_and_compared_an_area_at_a_time, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    // 4 areas × 50 = 200 requirements: above the one-page limit.
    let r = t.app.import_catalogue_cli(&admin.org, "lang.json", &long_catalogue(4, 50), false, &mut |_, _| {}).await;
    let cat = r.unwrap().unwrap().1.unwrap();
    let reqs = t.app.catalogue(&who, &cat).await.unwrap().requirements;
    assert_eq!(reqs.len(), 200);
    let case = crate::procurement::tender::new_case(&mut b, "2026/901").await;
    let case_id = CaseId(case.clone());
    for r in &reqs {
        t.app.put_set_item(&who, &case_id, &r.id, Kind::Must, 0, "").await.unwrap();
    }
    assert_eq!(b.post(&format!("/cases/{case}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "published")]).await.status, 303);
    let (bid, link) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;

    // The portal shows the first area, with the others one click away.
    let mut s = supplier(&t);
    let page = s.get(&link).await;
    assert_eq!(page.status, 200);
    assert_eq!(values(&page.body, "name=\"req\" value=\"").len(), 50, "one area");
    assert!(page.body.contains("id=\"areas\"") && page.body.contains("href=\"?area=4\""));
    assert!(page.body.contains("Område 0") && page.body.contains("id=\"portal-save-next\""));
    // Every blocker points to its area.
    assert!(
        page.body.contains(&format!("href=\"?area=3#answer-{}\"", reqs[100].reference)),
        "blocker linked to area 3"
    );

    // Area 1 saved, then area 2 with "save and go on": each save keeps the other's answers.
    let mut f = answers_form(&page, "met");
    f.push(("area".into(), "1".into()));
    f.push(("go".into(), "2".into()));
    let r = post_form(&mut s, &format!("{link}/answers"), f).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(r.location().ends_with("?area=2&notice=notice-saved"), "{}", r.location());
    let page = s.get(&format!("{link}?area=2")).await;
    assert!(page.body.contains("Område 1"));
    let mut f = answers_form(&page, "met");
    f.push(("area".into(), "2".into()));
    let r = post_form(&mut s, &format!("{link}/answers"), f).await;
    assert_eq!(r.status, 303);
    assert!(r.location().contains("?area=2"), "back to the same area: {}", r.location());
    assert_eq!(supplier_view(&t, &link).await.answers.len(), 100, "both areas kept");
    for n in 3..=4 {
        let page = s.get(&format!("{link}?area={n}")).await;
        let mut f = answers_form(&page, "met");
        f.push(("area".into(), n.to_string()));
        assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    }
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.answers.len(), 200);
    let r = post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), v.bid.revision.to_string())]).await;
    assert_eq!(r.status, 303, "{}", r.body);

    // After the deadline every buyer page holds one area, with the areas to choose from.
    t.clock.advance(100 * 24 * 3600);
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "evaluation")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{case}/lead"), &[("user", admin.user.as_str())]).await.status, 303);
    let page = b.get(&format!("/bids/{bid}")).await;
    assert_eq!(page.body.matches("<tr data-ref=").count(), 50, "bid page: one area");
    let page = b.get(&format!("/bids/{bid}?area=4")).await;
    assert!(page.body.contains(&format!("data-ref=\"{}\"", reqs[199].reference)));
    assert!(!page.body.contains(&format!("data-ref=\"{}\"", reqs[0].reference)));
    let page = b.get(&format!("/bids/{bid}/evaluation?area=3")).await;
    assert_eq!(page.status, 200);
    assert_eq!(values(&page.body, "name=\"req\" value=\"").len(), 100, "mine and the consensus, one area each");
    assert!(page.body.contains("name=\"area\" value=\"3\""));
    // Passing every "met" answer in one action covers every area, and returns to the one shown.
    let r = post_form(&mut b, &format!("/bids/{bid}/evaluation/pass-met"), vec![("area".into(), "3".into())]).await;
    assert_eq!(r.status, 303);
    assert!(r.location().contains("?area=3"), "{}", r.location());
    assert_eq!(t.app.evaluation(&who, &BidId(bid.clone())).await.unwrap().mine.len(), 200);
    let page = b.get(&format!("/cases/{case}/comparison?area=2")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!("<strong>{}</strong>", reqs[50].reference)));
    assert!(!page.body.contains(&format!("<strong>{}</strong>", reqs[0].reference)));
    let page = b.get(&format!("/cases/{case}/grid")).await;
    assert_eq!(values(&page.body, "name=\"cell\" value=\"").len(), 50, "grid: one area");
    t.app.run_due_jobs().await.unwrap();
});
