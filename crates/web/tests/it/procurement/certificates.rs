//! Certificates against the tender: one expired at the deadline and one that runs out before
//! the planned contract start are flagged to the supplier when entered, and to the buyer on
//! every page that shows the bid, in the API and in the decision basis.

use crate::both;
use crate::flows::setup_admin;
use crate::procurement::bids::{answers_form, invite, post_form, supplier};
use crate::procurement::documents::{fetch, pdf_text};
use crate::procurement::evaluation::{answer_and_submit, published_high_case};

both!(certificates_that_lapse_are_flagged_everywhere_the_bid_is_shown, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/700").await;
    // The contract start is a term of the tender: not before the deadline (2026-12-15).
    let r = b.post(&format!("/cases/{case}/contract-start"), &[("contract_start", "2026-12-01")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("choose a day after the tender deadline"), "{}", r.body);
    assert_eq!(b.post(&format!("/cases/{case}/contract-start"), &[("contract_start", "2027-03-01")]).await.status, 303);
    assert!(
        b.get(&format!("/cases/{case}")).await.body.contains(r#"<strong id="case-contract-start">2027-03-01</strong>"#)
    );

    let (bid_a, link_a) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (_, link_b) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    let mut s = supplier(&t);
    let page = s.get(&link_a).await;
    assert!(page.body.contains(r#"<dd id="portal-contract-start">2027-03-01</dd>"#), "the supplier sees the start");
    let cert = |scope: &str, until: &str| crate::procurement::bids::certificate_form(scope, until, None);
    // Told at once, in the notice after saving.
    let r = post_form(&mut s, &format!("{link_a}/answers"), cert("Drift", "2026-12-01")).await;
    assert_eq!(r.status, 303);
    assert!(r.location().contains("notice=notice-certificate-expired"), "{}", r.location());
    let shown = s.get(&r.location()).await;
    assert!(shown.body.contains("had expired by the tender deadline"), "{}", shown.body);
    let r = post_form(&mut s, &format!("{link_a}/answers"), cert("Drift", "2027-01-31")).await;
    assert!(r.location().contains("notice=notice-certificate-before-start"), "{}", r.location());
    let r = post_form(&mut s, &format!("{link_a}/answers"), cert("Utvikling", "2028-01-31")).await;
    assert!(r.location().contains("notice=notice-saved"), "a valid one is simply saved: {}", r.location());
    let page = s.get(&link_a).await;
    assert!(page.body.contains("Expired at the deadline: does not count for this bid"));
    assert!(page.body.contains("Runs out before the planned contract start"));
    assert_eq!(post_form(&mut s, &format!("{link_a}/answers"), answers_form(&page, "met")).await.status, 303);
    let page = s.get(&link_a).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(post_form(&mut s, &format!("{link_a}/submit"), vec![("revision".into(), rev)]).await.status, 303);
    answer_and_submit(&t, &link_b).await;

    // Opened at the deadline; the buyer sees the flags wherever the bid is shown.
    t.clock.advance(100 * 24 * 3600);
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "evaluation")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{case}/lead"), &[("user", admin.user.as_str())]).await.status, 303);
    let flagged = "2 certificates are not valid for the whole period";
    assert!(b.get(&format!("/cases/{case}")).await.body.contains(flagged), "the case's bid list");
    assert!(b.get(&format!("/cases/{case}/comparison")).await.body.contains(flagged), "the comparison");
    let bid_page = b.get(&format!("/bids/{bid_a}")).await.body;
    assert_eq!(bid_page.matches("class=\"flag\"").count(), 2, "{bid_page}");
    let evaluation = b.get(&format!("/bids/{bid_a}/evaluation")).await.body;
    assert!(evaluation.contains("Expired at the deadline") && evaluation.contains("Runs out before the planned"));

    let token = {
        let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
        t.app.create_api_token(&a, "flags", 30).await.unwrap().1
    };
    let r =
        reqwest::Client::new().get(t.url(&format!("/api/v1/bids/{bid_a}"))).bearer_auth(&token).send().await.unwrap();
    let v: serde_json::Value = r.json().await.unwrap();
    let flags: Vec<_> = v["certificates"].as_array().unwrap().iter().map(|c| c["flag"].clone()).collect();
    assert_eq!(
        flags,
        vec![
            serde_json::json!("expired_at_deadline"),
            serde_json::json!("expires_before_contract_start"),
            serde_json::Value::Null
        ]
    );

    // And in the decision basis, read back by poppler.
    let (status, _, pdf) = fetch(&t, &b, &format!("/cases/{case}/report.pdf")).await;
    assert_eq!(status, 200);
    let text = pdf_text(&pdf);
    assert!(text.contains("Expired at the deadline: does not count for this bid"), "{text}");
    assert!(text.contains("Runs out before the planned contract start"), "{text}");
    assert!(text.contains("Valid for the whole period"), "{text}");

    // Fixed once the bids are opened.
    let r = b.post(&format!("/cases/{case}/contract-start"), &[("contract_start", "2027-06-01")]).await;
    assert_eq!(r.status, 422);
    t.app.run_due_jobs().await.unwrap();
});
