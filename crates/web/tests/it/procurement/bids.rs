//! Bidders and the supplier portal: invitations, personal links, answers, evidence,
//! certificates, submission with a receipt, and every way in that must be refused.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use crate::support::{Browser, Resp, TestApp};
use tillit_domain::Role;

/// A published case (the low tier's must requirements) with the given deadline.
pub async fn published_case(b: &mut Browser, number: &str) -> String {
    let id = crate::procurement::tender::new_case(b, number).await;
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 303);
    id
}

/// Invites a bidder and returns (bid id, the path of the link in the e-mail).
pub async fn invite(
    t: &TestApp,
    b: &mut Browser,
    case: &str,
    company: &str,
    orgnr: &str,
    email: &str,
) -> (String, String) {
    // Ten digits are Swedish, nine Norwegian.
    let country = if orgnr.chars().filter(char::is_ascii_digit).count() == 10 { "se" } else { "no" };
    let r = b
        .post(
            &format!("/cases/{case}/bids"),
            &[("company", company), ("country", country), ("org_number", orgnr), ("email", email)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let bid = r.location().trim_start_matches("/bids/").split('?').next().unwrap().to_string();
    (bid, latest_link(t, email).await)
}

/// A supplier's browser that has chosen English (the portal otherwise speaks the buyer's language).
pub fn supplier(t: &TestApp) -> Browser {
    let mut b = t.browser();
    b.cookies.insert(tillit_web::ctx::LANG_COOKIE.to_string(), "en".to_string());
    b
}

pub async fn latest_link(t: &TestApp, email: &str) -> String {
    t.app.run_due_jobs().await.unwrap();
    let mails = t.mail_to(email).await;
    let link = mails.last().expect("a mail to the bidder").link("/portal/");
    link.split_once("/portal/").map(|(_, tok)| format!("/portal/{tok}")).unwrap()
}

/// The bid as its supplier sees it through the portal link (the buyer's view is sealed
/// until the deadline).
pub async fn supplier_view(t: &TestApp, link: &str) -> tillit_app::procurement::portal::PortalView {
    let token = link.rsplit('/').next().unwrap();
    t.app.portal(token, "127.0.0.1").await.unwrap()
}

/// How many answers the database holds for a bid (nobody can read a draft's through tillit).
pub async fn stored_answers(t: &TestApp, bid: &str) -> i64 {
    t.db.fetch_one::<(i64,)>("SELECT COUNT(*) FROM bid_answers WHERE bid_id = $1", tillit_app::testing::args![bid])
        .await
        .unwrap()
        .0
}

/// A file uploaded through the portal's one form, as its "upload" button sends it.
pub async fn upload(_t: &TestApp, b: &mut Browser, link: &str, name: &str, bytes: Vec<u8>) -> Resp {
    if b.csrf.is_none() {
        b.get(link).await;
    }
    b.post_multipart(&format!("{link}/answers"), &[], vec![("files", name, bytes)]).await
}

/// A certificate as the portal's one form adds it (ISO/IEC 27001 by DNV).
pub fn certificate_form(scope: &str, until: &str, evidence: Option<&str>) -> Vec<(String, String)> {
    let mut f = vec![
        ("action".to_string(), "add-certificate".to_string()),
        ("kind".into(), "iso27001".into()),
        ("scope".into(), scope.into()),
        ("issuer".into(), "DNV".into()),
        ("valid_until".into(), until.into()),
    ];
    if let Some(e) = evidence {
        f.push(("evidence".into(), e.into()));
    }
    f
}

/// Every requirement of the bid's set answered with `status`, as the portal form sends it.
pub fn answers_form(page: &Resp, status: &str) -> Vec<(String, String)> {
    let mut f = vec![];
    for part in page.body.split("name=\"req\" value=\"").skip(1) {
        let id = part.split('"').next().unwrap().to_string();
        f.push(("req".into(), id.clone()));
        f.push((format!("status-{id}"), status.into()));
        f.push((format!("description-{id}"), "Beskrevet i vedlagt rutine".into()));
        f.push((format!("evidence-{id}"), "Vedlegg 1".into()));
    }
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap();
    f.push(("revision".into(), rev.into()));
    f
}

pub async fn post_form(b: &mut Browser, path: &str, mut f: Vec<(String, String)>) -> Resp {
    f.push(("_csrf".into(), b.csrf.clone().unwrap()));
    b.post_raw(path, &f).await
}

both!(a_bidder_answers_uploads_evidence_and_submits_once, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/200").await;

    // Organisation numbers are checked; the field is named.
    let r = b
        .post(
            &format!("/cases/{case}/bids"),
            &[("company", "Visma"), ("country", "no"), ("org_number", "923609017"), ("email", "anbud@visma.no")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Organisation number: a Norwegian"), "{}", r.body);
    let r = b
        .post(
            &format!("/cases/{case}/bids"),
            &[("company", "Evry"), ("country", "se"), ("org_number", "556016-0681"), ("email", "anbud@evry.se")],
        )
        .await;
    assert!(r.body.contains("Organisation number: a Swedish"), "{}", r.body);
    let (bid, link) = invite(&t, &mut b, &case, "Visma Enterprise AS", "923 609 016", "anbud@visma.no").await;
    let dup = b
        .post(
            &format!("/cases/{case}/bids"),
            &[("company", "Visma"), ("country", "no"), ("org_number", "923609016"), ("email", "x@visma.no")],
        )
        .await;
    assert_eq!(dup.status, 422, "the same company twice");
    let token = link.trim_start_matches("/portal/");
    let (hash,): (String,) =
        t.db.fetch_one("SELECT token_hash FROM bid_links WHERE bid_id = $1", tillit_app::testing::args![bid.as_str()])
            .await
            .unwrap();
    assert_ne!(hash, token, "only the hash of the link is stored");

    // The supplier, in a browser of its own, sees this bid and the set it answers.
    let mut s = supplier(&t);
    let page = s.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let set = t.app.current_set(&who, &tillit_domain::CaseId(case.to_string())).await.unwrap().unwrap();
    assert!(page.body.contains(&set.version.hash));
    assert!(page.body.contains(&set.items[0].text));
    assert!(!page.body.contains("nav-procurements") && !page.body.contains("/cases/"), "no buyer pages");
    assert!(page.body.contains(&format!("{} requirements are not answered yet.", set.items.len())));

    // Submitting with nothing answered is refused, nothing changes.
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev)]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("answer every requirement"), "{}", r.body);

    // A draft: all "not met" without a description is saved, but cannot be submitted.
    let page = s.get(&link).await;
    let mut f = answers_form(&page, "not_met");
    for (k, v) in f.iter_mut() {
        if k.starts_with("description-") {
            v.clear();
        }
    }
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    let page = s.get(&link).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r = post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev)]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Description: describe every answer"), "{}", r.body);

    // A stale page cannot overwrite newer answers.
    let stale = answers_form(&page, "met");
    let fresh = answers_form(&page, "partly_met");
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), fresh).await.status, 303);
    let r = post_form(&mut s, &format!("{link}/answers"), stale).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("Reload the page"), "{}", r.body);
    let v = supplier_view(&t, &link).await;
    assert!(v.answers.values().all(|a| a.status.as_str() == "partly_met"), "the newer save stands");

    // An answer to a requirement outside the set is refused.
    let page = s.get(&link).await;
    let mut f = answers_form(&page, "met");
    f.push(("req".into(), "builtin:sikkerhetskrav-anskaffelser:no-such".into()));
    f.push(("status-builtin:sikkerhetskrav-anskaffelser:no-such".into(), "met".into()));
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 422);

    // Evidence: a real PDF is stored by its SHA-256; lies and forbidden types are refused.
    let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
    assert_eq!(upload(&t, &mut s, &link, "ISO 27001-sertifikat.pdf", pdf.clone()).await.status, 303);
    assert_eq!(upload(&t, &mut s, &link, "same-again.pdf", pdf.clone()).await.status, 303, "stored once");
    let r = upload(&t, &mut s, &link, "bilde.png", pdf.clone()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("does not match its content"), "{}", r.body);
    let r = upload(&t, &mut s, &link, "side.pdf", b"<html><script>alert(1)</script>".to_vec()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("only PDF, images"), "{}", r.body);
    let big = [b"%PDF-1.7\n".to_vec(), vec![b'x'; tillit_app::procurement::portal::MAX_EVIDENCE_BYTES]].concat();
    let r = upload(&t, &mut s, &link, "stor.pdf", big).await;
    assert!(r.status == 413 || r.status == 422, "over the limit: {}", r.status);
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.evidence.len(), 1, "only the real PDF, once");
    assert_eq!(v.evidence[0].sha256, hex_sha(&pdf));

    // Served as a download, never inline, to the supplier and to the buyer.
    let r = s.get(&format!("{link}/evidence/{}", v.evidence[0].id)).await;
    assert_eq!(r.status, 200);
    let cd = r.headers.get("content-disposition").unwrap().to_str().unwrap().to_string();
    assert!(cd.starts_with("attachment;"), "{cd}");
    assert!(cd.contains("ISO%2027001-sertifikat.pdf"), "{cd}");
    // Not to the buyer before the deadline: the bid is sealed.
    let sealed = b.get(&format!("/evidence/{}", v.evidence[0].id)).await;
    assert_eq!(sealed.status, 422);
    assert!(!sealed.body.contains("%PDF"), "{}", sealed.body);

    // A certificate, with the PDF as its evidence; bad dates and empty scopes are named.
    let cert = |scope: &str, until: &str| certificate_form(scope, until, Some(&v.evidence[0].id));
    let r = post_form(&mut s, &format!("{link}/answers"), cert("", "2027-06-30")).await;
    assert!(r.body.contains("Scope:"), "{}", r.body);
    let r = post_form(&mut s, &format!("{link}/answers"), cert("Drift av SaaS", "30.06.2027")).await;
    assert!(r.body.contains("Valid until:"), "{}", r.body);
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), cert("Drift av SaaS", "2027-06-30")).await.status, 303);

    // Submitted once, with a receipt by e-mail; then locked.
    let page = s.get(&link).await;
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), answers_form(&page, "met")).await.status, 303);
    let page = s.get(&link).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev.clone())]).await.status, 303);
    let v = t.app.bid(&who, &tillit_domain::BidId(bid.to_string())).await.unwrap();
    assert_eq!(v.bid.status.as_str(), "submitted");
    let receipt = v.bid.receipt_hash.clone().unwrap();
    t.app.run_due_jobs().await.unwrap();
    let mails = t.mail_to("anbud@visma.no").await;
    let last = mails.last().unwrap();
    assert!(last.subject.starts_with("Receipt"), "the organisation's language: {}", last.subject);
    assert!(last.body.contains(&receipt));
    let page = s.get(&link).await;
    assert_eq!(page.by_id("portal-receipt"), receipt);
    assert!(!page.body.contains("portal-save"), "no save button on a submitted bid");
    let r = post_form(&mut s, &format!("{link}/answers"), answers_form(&page, "not_met")).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("submitted and is locked"), "{}", r.body);
    assert_eq!(upload(&t, &mut s, &link, "sent.pdf", b"%PDF-1.4 sent".to_vec()).await.status, 422);
    assert_eq!(post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev)]).await.status, 422);
    let after = supplier_view(&t, &link).await;
    assert!(after.answers.values().all(|a| a.status.as_str() == "met"));
    assert_eq!(after.evidence.len(), 1);

    // Until the deadline the buyer sees that it was submitted, when, and its receipt: nothing
    // of what it says.
    let page = b.get(&format!("/bids/{bid}")).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.by_id("bid-receipt"), receipt);
    assert!(page.body.contains("id=\"bid-sealed\""), "{}", page.body);
    assert!(!page.body.contains("ISO/IEC 27001") && !page.body.contains("bevis"), "sealed");
    // At the deadline the bids are opened and the buyer sees it all; every step is in the
    // audit log, the opening and the evidence read included.
    t.clock.advance(100 * 24 * 3600);
    t.send_queued_mail().await;
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    let page = b.get(&format!("/bids/{bid}")).await;
    assert!(page.body.contains("ISO/IEC 27001"), "{}", page.body);
    let r = b.get(&format!("/evidence/{}", after.evidence[0].id)).await;
    assert_eq!(r.status, 200);
    assert!(r.headers.get("content-disposition").unwrap().to_str().unwrap().starts_with("attachment;"));
    let f = tillit_app::data::AuditFilter { object: Some(bid.clone()), limit: 200, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    for action in ["bid.invite", "bid.answers", "evidence.upload", "certificate.add", "bid.submit"] {
        assert!(log.iter().any(|r| r.event.action == action), "{action} in the audit log");
    }
    let f = tillit_app::data::AuditFilter { limit: 500, ..Default::default() };
    let all = t.audit_log(&admin.org, &f).await;
    assert!(all.iter().any(|r| r.event.action == "evidence.read" && r.event.actor_label == admin.email));
    assert!(t.app.audit_verify(None).await.unwrap().iter().all(|c| c.error.is_none()));
});

fn hex_sha(b: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(b))
}

both!(reused_revoked_expired_and_foreign_links_are_refused, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/201").await;
    let (bid_a, link_a) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (bid_b, link_b) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    let _ = bid_b;

    // Bid B's evidence is not reachable through bid A's link.
    let mut sb = supplier(&t);
    sb.get(&link_b).await;
    assert_eq!(upload(&t, &mut sb, &link_b, "beta.pdf", b"%PDF-1.7 beta".to_vec()).await.status, 303);
    let ev_b = supplier_view(&t, &link_b).await.evidence[0].id.clone();
    let mut sa = supplier(&t);
    assert_eq!(sa.get(&link_a).await.status, 200);
    assert_eq!(sa.get(&format!("{link_a}/evidence/{ev_b}")).await.status, 404);
    assert!(!sa.get(&link_a).await.body.contains("Beta AB"));

    // A new link replaces the old one: the old (reused) link is refused.
    assert_eq!(b.post(&format!("/bids/{bid_a}/link"), &[]).await.status, 303);
    let new_a = latest_link(&t, "alfa@alfa.no").await;
    assert_ne!(new_a, link_a);
    // Its holder is told what happened and whom to ask, in a page of its own.
    let r = sa.get(&link_a).await;
    assert_eq!(r.status, 410);
    assert!(r.body.contains("The buyer has withdrawn this link"), "{}", r.body);
    let page = sa.get(&new_a).await;
    assert_eq!(page.status, 200);
    // Revoked: nothing can be done with it, and nothing is written.
    assert_eq!(b.post(&format!("/bids/{bid_a}/revoke"), &[]).await.status, 303);
    assert_eq!(sa.get(&new_a).await.status, 410);
    let r = post_form(&mut sa, &format!("{new_a}/answers"), answers_form(&page, "met")).await;
    assert_eq!(r.status, 410);
    assert_eq!(stored_answers(&t, &bid_a).await, 0);

    // After the deadline (the server's clock), answers are refused and nothing changes.
    let page = sb.get(&link_b).await;
    let form = answers_form(&page, "met");
    t.clock.advance(100 * 24 * 3600);
    let r = post_form(&mut sb, &format!("{link_b}/answers"), form).await;
    // A draft's link past the deadline says so (a page of its own), and nothing is written.
    assert_eq!(r.status, 410);
    assert!(r.body.contains("The deadline has passed and the bid was not submitted"), "{}", r.body);
    assert_eq!(stored_answers(&t, &bid_b).await, 0);
    let late = upload(&t, &mut sb, &link_b, "late.pdf", b"%PDF-1.7 late".to_vec()).await.status;
    assert!(late == 410 || late == 413, "the guard may refuse the body of a link no longer live first: {late}");
    assert_eq!(sb.get(&link_b).await.status, 410);

    // Guessing links from one address is locked out after a while.
    let mut guesser = t.browser();
    let mut statuses = vec![];
    for i in 0..25 {
        statuses.push(guesser.get(&format!("/portal/guess{i:040}")).await.status);
    }
    assert_eq!(statuses[0], 404);
    assert_eq!(*statuses.last().unwrap(), 429, "{statuses:?}");
    // The bids are opened at the deadline, as the worker would.
    t.send_queued_mail().await;
});

both!(a_correction_keeps_unchanged_answers_and_reopens_submitted_bids, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/202").await;
    let (_bid, link) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let mut s = supplier(&t);
    let page = s.get(&link).await;
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), answers_form(&page, "met")).await.status, 303);
    let page = s.get(&link).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev)]).await.status, 303);
    let v1 = t.app.current_set(&who, &tillit_domain::CaseId(case.to_string())).await.unwrap().unwrap();
    let n = v1.items.len();

    // The buyer rewords one requirement and publishes the correction.
    assert_eq!(b.post(&format!("/cases/{case}/set/correction"), &[]).await.status, 303);
    let changed = &v1.items[0];
    let r = b
        .post(
            &format!("/cases/{case}/set/item"),
            &[("requirement", &changed.requirement_id), ("kind", "must"), ("wording", "Presisert krav om MFA.")],
        )
        .await;
    assert_eq!(r.status, 303);
    let note = "Krav presisert etter spørsmål";
    assert_eq!(b.post(&format!("/cases/{case}/set/publish"), &[("note", note)]).await.status, 303);

    let v = supplier_view(&t, &link).await;
    assert_eq!(v.bid.status.as_str(), "draft", "a submitted bid must be submitted again");
    assert_eq!(v.answers.len(), n - 1, "the changed requirement's answer is cleared");
    assert!(!v.answers.contains_key(&changed.requirement_id));
    t.app.run_due_jobs().await.unwrap();
    let mails = t.mail_to("alfa@alfa.no").await;
    let last = mails.last().unwrap();
    assert!(last.body.contains(note), "{}", last.body);
    assert!(last.body.contains("version 2"), "{}", last.body);
    // The portal shows version 2 and the one requirement to answer again.
    let page = s.get(&link).await;
    assert!(page.body.contains("Presisert krav om MFA."));
    assert!(page.body.contains("1 requirements are not answered yet."), "{}", page.by_id("portal-unanswered"));
});
