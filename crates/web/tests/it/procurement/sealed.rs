//! Sealed bids. Until the deadline no buyer page, API call, download, export or search shows
//! anything a bid says — its answers, evidence or certificates; a draft is never shown, before
//! or after; at the deadline the bids are opened once, with the opening record in the audit
//! chain and on the case page.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::{actor, fill, fresh_ids};
use crate::procurement::bids::{answers_form, invite, post_form, published_case, supplier, supplier_view, upload};
use crate::support::{Browser, TestApp};
use tillit_domain::Role;
use tillit_web::routes::{Access, ROUTES};

/// Written into everything the submitted bid says.
const SUBMITTED: &str = "FORSEGLET-ALFA-7731";
/// Written into everything the draft says: never shown to the buyer.
const DRAFT: &str = "UTKAST-BETA-4409";

/// A bid that says `marker` in every answer, an evidence file and a certificate.
async fn fill_bid(t: &TestApp, link: &str, marker: &str) -> Browser {
    let mut s = supplier(t);
    let page = s.get(link).await;
    let f: Vec<(String, String)> = answers_form(&page, "met")
        .into_iter()
        .map(|(k, v)| if k.starts_with("description-") { (k, format!("{marker} rutine")) } else { (k, v) })
        .collect();
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    let pdf = format!("%PDF-1.7\n1 0 obj << >> endobj\n% {marker}\ntrailer << >>\n%%EOF\n").into_bytes();
    assert_eq!(upload(t, &mut s, link, &format!("{marker}.pdf"), pdf).await.status, 303);
    let evidence = supplier_view(t, link).await.evidence[0].id.clone();
    let cert = crate::procurement::bids::certificate_form(&format!("{marker} drift"), "2027-06-30", Some(&evidence));
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), cert).await.status, 303);
    s
}

/// What a person could read in a response: the text of a PDF (poppler), the XML of an Office
/// file, or the body as it came.
fn readable(bytes: &[u8]) -> String {
    if bytes.starts_with(b"%PDF") {
        let dir = std::env::temp_dir().join(format!("tillit-sealed-{}", tillit_app::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pdf = dir.join("doc.pdf");
        std::fs::write(&pdf, bytes).unwrap();
        let out = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler)");
        std::fs::remove_dir_all(&dir).unwrap();
        return String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(bytes);
    }
    if bytes.starts_with(b"PK") {
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut all = String::new();
        for i in 0..z.len() {
            let mut part = String::new();
            let _ = std::io::Read::read_to_string(&mut z.by_index(i).unwrap(), &mut part);
            all.push_str(&part);
        }
        return all;
    }
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every GET route a buyer can reach, for each of the bids, as (path, what it showed).
async fn walk(
    t: &TestApp,
    b: &Browser,
    token: &str,
    ids: &mut crate::permissions::Ids,
    bids: &[&str],
) -> Vec<(String, String)> {
    let c = reqwest::Client::new();
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let mut seen = vec![];
    for route in ROUTES.iter().filter(|r| r.method == "GET" && r.access != Access::Public) {
        for bid in bids {
            ids.bid_id = bid.to_string();
            let mut path = fill(route.path, ids);
            if route.path.ends_with("/search") {
                // Words of the answers (the query itself is echoed in the search box).
                path.push_str("?q=rutine");
            }
            let req = if path.starts_with("/api/") {
                c.get(t.url(&path)).bearer_auth(token)
            } else {
                c.get(t.url(&path)).header("cookie", &cookie)
            };
            let body = req.send().await.unwrap().bytes().await.unwrap();
            seen.push((path, readable(&body)));
            if !route.path.contains("/bids/") {
                break;
            }
        }
    }
    seen
}

both!(no_buyer_route_shows_a_bid_before_the_deadline_and_none_ever_shows_a_draft, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let token = t.app.create_api_token(&who, "sealed", 30).await.unwrap().1;
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/400").await;
    let (bid_a, link_a) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (bid_b, link_b) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    let mut sa = fill_bid(&t, &link_a, SUBMITTED).await;
    let page = sa.get(&link_a).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(post_form(&mut sa, &format!("{link_a}/submit"), vec![("revision".into(), rev)]).await.status, 303);
    fill_bid(&t, &link_b, DRAFT).await;

    let mut ids = fresh_ids(&t, &admin.org, &who, &who).await;
    ids.case_id = case.clone();
    ids.evidence_id = supplier_view(&t, &link_a).await.evidence[0].id.clone();
    let draft_evidence = supplier_view(&t, &link_b).await.evidence[0].id.clone();
    let mut before = walk(&t, &b, &token, &mut ids, &[&bid_a, &bid_b]).await;
    let r = b.get(&format!("/evidence/{draft_evidence}")).await;
    before.push((format!("/evidence/{draft_evidence}"), r.body));
    assert!(before.len() >= 40, "walked {} reads", before.len());
    for (path, shown) in &before {
        assert!(!shown.contains(SUBMITTED), "{path} shows a sealed bid before the deadline");
        assert!(!shown.contains(DRAFT), "{path} shows a draft");
    }
    // What the buyer does see: who was invited, that and when A was submitted, its receipt.
    let page = b.get(&format!("/cases/{case}")).await;
    assert!(page.body.contains("Alfa AS") && page.body.contains("Beta AB"));
    assert!(page.by_id("bids-opening").contains("Sealed until"), "{}", page.by_id("bids-opening"));
    let receipt = supplier_view(&t, &link_a).await.bid.receipt_hash.unwrap();
    assert!(page.body.contains(&receipt), "the receipt hash is on the case page");

    // The deadline passes: the job opens the bids, once, with a record in the audit chain.
    t.clock.advance(100 * 24 * 3600);
    assert!(t.send_queued_mail().await >= 1);
    assert!(!t.app.open_bids_if_due(&admin.org, &tillit_domain::CaseId(case.clone())).await.unwrap(), "only once");
    let f = tillit_app::data::AuditFilter { object: Some(case.clone()), limit: 100, ..Default::default() };
    let opened: Vec<_> =
        t.audit_log(&admin.org, &f).await.into_iter().filter(|r| r.event.action == "bids.open").collect();
    assert_eq!(opened.len(), 1);
    let changes = &opened[0].event.changes;
    assert!(changes.iter().any(|c| c.field == "bids_received" && c.new.as_deref() == Some("1")), "{changes:?}");
    assert!(changes.iter().any(|c| c.field == "bid Alfa AS" && c.new.as_deref().is_some_and(|v| v.contains(&receipt))));
    assert!(!changes.iter().any(|c| c.field.contains("Beta")), "a draft is not a bid received");
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    let page = b.get(&format!("/cases/{case}")).await;
    assert!(page.by_id("bids-opening").contains("1 submitted"), "{}", page.by_id("bids-opening"));

    // Now A is open to the buyer everywhere it is shown, and B's draft still nowhere.
    let token = t.app.create_api_token(&who, "opened", 30).await.unwrap().1;
    let mut after = walk(&t, &b, &token, &mut ids, &[&bid_a, &bid_b]).await;
    let r = b.get(&format!("/evidence/{draft_evidence}")).await;
    assert_eq!(r.status, 422, "a draft's evidence is not the buyer's to read");
    after.push((format!("/evidence/{draft_evidence}"), r.body));
    for (path, shown) in &after {
        assert!(!shown.contains(DRAFT), "{path} shows a draft after the deadline");
    }
    let a_page = after.iter().find(|(p, _)| p == &format!("/bids/{bid_a}")).unwrap();
    assert!(a_page.1.contains(SUBMITTED), "the opened bid is shown (the walk can see)");
    assert!(after.iter().any(|(p, s)| p.starts_with("/api/v1/bids/") && s.contains(SUBMITTED)));
    assert!(b.get(&format!("/bids/{bid_b}")).await.by_id("bid-sealed").contains("never shown"));
});
