//! Signed stays signed: the decision basis is stored at sign-off and every download is those
//! bytes; nothing in the decision changes afterwards, whatever is sent; reopening with a
//! reason voids the signature, keeps the basis in the history and is recorded.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::{actor, fill, form_for, fresh_ids};
use crate::procurement::bids::post_form;
use crate::procurement::evaluation::{judgement_form, published_high_case, two_bids_in_evaluation};
use crate::support::{Browser, TestApp};
use tillit_app::Actor;
use tillit_domain::{CaseId, Role};
use tillit_web::routes::ROUTES;

async fn bytes(t: &TestApp, b: &Browser, path: &str) -> Vec<u8> {
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = reqwest::Client::new().get(t.url(path)).header("cookie", cookie).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.bytes().await.unwrap().to_vec()
}

/// A consensus judgement as stored: bid, requirement, verdict, score, justification.
type StoredJudgement = (String, String, Option<String>, Option<i64>, String);

/// Everything the decision rests on: classification and tier, the set bidders answered, every
/// consensus judgement, the results and ranking.
async fn decision(t: &TestApp, who: &Actor, case: &str) -> String {
    let id = CaseId(case.to_string());
    let v = t.app.case(who, &id).await.unwrap();
    let c = t.app.comparison(who, &id).await.unwrap();
    let set = t.app.current_set(who, &id).await.unwrap().unwrap();
    // Every consensus judgement with its justification, as stored.
    let consensus: Vec<StoredJudgement> =
        t.db.fetch_all(
            "SELECT j.bid_id, j.requirement_id, j.verdict, j.score, j.justification FROM judgements j
             JOIN bids b ON b.id = j.bid_id WHERE b.case_id = $1 AND j.evaluator = 'consensus'
             ORDER BY j.bid_id, j.requirement_id",
            tillit_app::testing::args![case],
        )
        .await
        .unwrap();
    assert_eq!(consensus.len(), c.consensus.values().map(|m| m.len()).sum::<usize>());
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?}",
        v.case.classification(),
        v.case.tier_override,
        v.case.signed_off_at,
        set.version.hash,
        consensus,
        c.results
    )
}

fn sha(b: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(b))
}

both!(a_signed_decision_stays_signed_until_the_evaluation_is_reopened_with_a_reason, |t| {
    let admin = setup_admin(&t).await;
    let lead = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/500").await;
    let (mut b, bid_a, bid_b) =
        two_bids_in_evaluation(&t, (&admin.email, &admin.secret, &admin.user), &mut b, &case).await;
    for (bid, score) in [(&bid_a, "8"), (&bid_b, "6")] {
        let f = judgement_form(&t, &lead, bid, "pass", score).await;
        assert_eq!(post_form(&mut b, &format!("/bids/{bid}/consensus"), f).await.status, 303);
    }
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 303);

    // The basis was stored at sign-off: a download later, with more in the audit chain since,
    // is the same bytes, and its hash is on the comparison page.
    let signed = bytes(&t, &b, &format!("/cases/{case}/report.pdf")).await;
    // (Each download is recorded, so the audit checkpoint in a fresh rendering would differ.)
    t.clock.advance(600);
    b.get(&format!("/cases/{case}")).await;
    assert_eq!(bytes(&t, &b, &format!("/cases/{case}/report.pdf")).await, signed, "the signed bytes");
    let page = b.get(&format!("/cases/{case}/comparison")).await;
    let list = page.body.split("id=\"decisions\"").nth(1).unwrap().split("</ul>").next().unwrap();
    assert!(list.contains(&sha(&signed)), "{list}");

    // Nothing in the decision changes after sign-off, whatever is sent to any of the case's
    // or its bids' forms (reopening and cancelling aside).
    let before = decision(&t, &lead, &case).await;
    let mut ids = fresh_ids(&t, &admin.org, &lead, &lead).await;
    ids.case_id = case.clone();
    let mut tried = 0;
    for route in ROUTES.iter().filter(|r| {
        r.method == "POST"
            && (r.path.starts_with("/cases/{id}") || r.path.starts_with("/bids/{id}"))
            // Reopening is the way back; cancelling the competition and awarding the contract
            // are what may follow a signed decision.
            && !r.path.ends_with("/reopen")
            && !r.path.ends_with("/status")
            && !r.path.ends_with("/award")
    }) {
        for bid in [&bid_a, &bid_b] {
            ids.bid_id = bid.clone();
            let mut f = form_for(route.path, &admin.org, Some(&ids));
            if route.path.starts_with("/bids/{id}/") && route.path.ends_with("consensus") {
                f = judgement_form(&t, &lead, bid, "fail", "1").await;
            }
            if route.path.ends_with("/override") {
                f = vec![("tier".into(), "low".into()), ("reason".into(), "Lavere risiko enn antatt".into())];
            }
            post_form(&mut b, &fill(route.path, &ids), f).await;
            tried += 1;
        }
    }
    assert!(tried >= 30, "tried {tried}");
    assert_eq!(decision(&t, &lead, &case).await, before, "the signed decision is unchanged");
    let r =
        b.post(&format!("/cases/{case}/override"), &[("tier", "low"), ("reason", "Lavere risiko enn antatt")]).await;
    assert_eq!(r.status, 422, "no tier override once the tender is out");

    // The stored basis itself cannot be altered or removed, even in the database.
    let edit = t.db.execute("UPDATE decision_reports SET sha256 = 'x'", vec![]).await;
    assert!(edit.is_err(), "a signed basis is never changed");
    assert!(t.db.execute("DELETE FROM decision_reports", vec![]).await.is_err(), "nor removed");

    // Reopening needs a reason; it voids the signature and keeps the basis in the history.
    let r = b.post(&format!("/cases/{case}/reopen"), &[("reason", "feil")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at least ten characters"), "{}", r.body);
    let why = "Konsensus for Beta må vurderes på nytt etter klage";
    assert_eq!(b.post(&format!("/cases/{case}/reopen"), &[("reason", why)]).await.status, 303);
    let f = judgement_form(&t, &lead, &bid_b, "pass", "9").await;
    let r = post_form(&mut b, &format!("/bids/{bid_b}/consensus"), f).await;
    assert_eq!(r.status, 303, "open again: {}", r.body);
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 303);
    let resigned = bytes(&t, &b, &format!("/cases/{case}/report.pdf")).await;
    assert_ne!(sha(&resigned), sha(&signed));
    let history = t.app.decision_history(&lead, &CaseId(case.clone())).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].sha256, sha(&resigned));
    assert!(history[0].voided_at.is_none());
    assert_eq!(history[1].sha256, sha(&signed));
    assert_eq!(history[1].void_reason.as_deref(), Some(why));
    let page = b.get(&format!("/cases/{case}/comparison")).await;
    let list = page.body.split("id=\"decisions\"").nth(1).unwrap().split("</ul>").next().unwrap();
    assert!(list.contains(why) && list.contains(&sha(&resigned)), "{list}");

    let f = tillit_app::data::AuditFilter { object: Some(case.clone()), limit: 500, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    let count = |a: &str| log.iter().filter(|r| r.event.action == a).count();
    assert_eq!((count("evaluation.sign_off"), count("decision.seal"), count("evaluation.reopen")), (2, 2, 1));
    let reopened = log.iter().find(|r| r.event.action == "evaluation.reopen").unwrap();
    assert!(reopened.event.changes.iter().any(|c| c.new.as_deref() == Some(sha(&signed).as_str())));
    assert!(t.send_queued_mail().await > 0);
});
