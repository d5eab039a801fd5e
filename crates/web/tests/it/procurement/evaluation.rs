//! Evaluation: independent judgements, the lead evaluator's consensus, the comparison with
//! rejection and ranking, sign-off that locks everything, and the award after it.

use crate::both;
use crate::flows::{add_member, member, setup_admin, sign_in};
use crate::permissions::actor;
use crate::procurement::bids::{answers_form, invite, post_form, supplier};
use crate::support::{Browser, TestApp};
use tillit_domain::Role;

/// A published high-tier case (must requirements and award criteria).
pub async fn published_high_case(b: &mut Browser, number: &str) -> String {
    let id = crate::procurement::tender::new_case(b, number).await;
    let r =
        b.post(&format!("/cases/{id}/override"), &[("tier", "high"), ("reason", "Kritisk for hele kommunen")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/set/adopt"), &[]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/deadline"), &[("deadline", "2026-12-15T12:00")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{id}/status"), &[("to", "published")]).await.status, 303);
    id
}

/// A bidder answers everything "met" through the portal and submits.
pub async fn answer_and_submit(t: &TestApp, link: &str) {
    let mut s = supplier(t);
    let page = s.get(link).await;
    // The first answer points to an uploaded file (its hash goes into the decision basis).
    let token = link.rsplit('/').next().unwrap();
    let pdf = format!("%PDF-1.7\n% Beredskapsplan {token}\n%%EOF\n").into_bytes();
    let file = t.app.portal_upload(token, "127.0.0.1", "Beredskapsplan.pdf", &pdf).await.unwrap();
    let mut form = answers_form(&page, "met");
    let first = form.iter().find(|(k, _)| k == "req").unwrap().1.clone();
    form.push((format!("evidence_id-{first}"), file));
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), form).await.status, 303);
    let page = s.get(link).await;
    let rev = page.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev)]).await.status, 303);
}

/// Alfa (Norwegian) and Beta (Swedish) answer and submit; the deadline passes; the
/// administrator signs in again, opens the evaluation and leads it. Returns the new browser
/// and the two bids.
pub async fn two_bids_in_evaluation(
    t: &TestApp,
    (email, secret, user): (&str, &[u8], &tillit_domain::UserId),
    b: &mut Browser,
    case: &str,
) -> (Browser, String, String) {
    let (bid_a, link_a) = invite(t, b, case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (bid_b, link_b) = invite(t, b, case, "Beta AB", "5560160680", "beta@beta.se").await;
    answer_and_submit(t, &link_a).await;
    answer_and_submit(t, &link_b).await;
    t.clock.advance(100 * 24 * 3600);
    // Sessions do not outlive that wait: sign in again.
    let mut b = sign_in(t, email, Some(secret)).await;
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "evaluation")]).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{case}/lead"), &[("user", user.as_str())]).await.status, 303);
    (b, bid_a, bid_b)
}

/// A judgement form for every requirement of the bid: musts `verdict`, awards `score`.
pub async fn judgement_form(
    t: &TestApp,
    who: &tillit_app::Actor,
    bid: &str,
    verdict: &str,
    score: &str,
) -> Vec<(String, String)> {
    let v = t.app.evaluation(who, &tillit_domain::BidId(bid.to_string())).await.unwrap();
    let mut f = vec![];
    for i in &v.items {
        let id = &i.requirement_id;
        f.push(("req".to_string(), id.clone()));
        if i.kind == tillit_domain::procurement::requirement_set::Kind::Must {
            f.push((format!("verdict-{id}"), verdict.to_string()));
        } else {
            f.push((format!("score-{id}"), score.to_string()));
        }
        f.push((format!("justification-{id}"), format!("Vurdert mot svar og dokumentasjon for {}", i.reference)));
    }
    f
}

both!(evaluators_judge_the_lead_decides_and_sign_off_locks_it, |t| {
    let admin = setup_admin(&t).await;
    let lead = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/400").await;
    let (bid_a, link_a) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (bid_b, link_b) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    let (bid_c, _) = invite(&t, &mut b, &case, "Gamma AS", "986105174", "gamma@gamma.no").await;
    answer_and_submit(&t, &link_a).await;
    answer_and_submit(&t, &link_b).await;

    // Not before the deadline.
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "evaluation")]).await.status, 422);
    t.clock.advance(100 * 24 * 3600);
    // Sessions do not outlive that wait: sign in again.
    let mut b = sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "evaluation")]).await.status, 303);

    let (so_id, mut e2) = member(&t, &admin.org, "per@bergen.kommune.no", Role::SecurityOfficer).await;
    let so = actor(&so_id, "per@bergen.kommune.no", &admin.org, Role::SecurityOfficer);
    assert_eq!(b.post(&format!("/cases/{case}/lead"), &[("user", admin.user.as_str())]).await.status, 303);
    let auditor = add_member(&t, &admin.org, "revisor@bergen.kommune.no", Role::Auditor).await;
    let r = b.post(&format!("/cases/{case}/lead"), &[("user", auditor.as_str())]).await;
    assert_eq!(r.status, 422, "an auditor cannot lead an evaluation");

    // The second evaluator: bad scores and missing justifications are refused, naming the field.
    let page = e2.get(&format!("/bids/{bid_a}/evaluation")).await;
    assert_eq!(page.status, 200);
    let mut f = judgement_form(&t, &so, &bid_a, "pass", "11").await;
    let r = post_form(&mut e2, &format!("/bids/{bid_a}/evaluation"), f.clone()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Score: give a whole number from 0 to 10."), "{}", r.body);
    for (k, v) in f.iter_mut() {
        if k.starts_with("score-") {
            *v = "7".into();
        }
        if k.starts_with("justification-") {
            *v = "ok".into();
        }
    }
    let r = post_form(&mut e2, &format!("/bids/{bid_a}/evaluation"), f).await;
    assert!(r.body.contains("Justification: write at least 10 characters"), "{}", r.body);
    // On the form itself, naming the requirement, every input as typed.
    assert_eq!(r.status, 422);
    assert!(r.body.contains(r#"id="evaluation-error""#), "{}", r.body);
    let items = t.app.evaluation(&so, &tillit_domain::BidId(bid_a.to_string())).await.unwrap().items;
    assert!(r.body.contains(&format!("{}: Justification", items[0].reference)), "the requirement named: {}", r.body);
    let award = items.iter().find(|i| i.kind == tillit_domain::procurement::requirement_set::Kind::Award).unwrap();
    assert!(
        r.body.contains(&format!(
            r#"id="score-{}" name="score-{}" type="number" min="0" max="10" value="7""#,
            award.requirement_id, award.requirement_id
        )),
        "typed kept"
    );
    assert!(
        t.app.evaluation(&so, &tillit_domain::BidId(bid_a.to_string())).await.unwrap().mine.is_empty(),
        "nothing saved"
    );
    let f = judgement_form(&t, &so, &bid_a, "pass", "7").await;
    assert_eq!(post_form(&mut e2, &format!("/bids/{bid_a}/evaluation"), f).await.status, 303);
    // Independent: the second evaluator does not see others; the lead sees everyone.
    let mine = judgement_form(&t, &lead, &bid_a, "pass", "9").await;
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_a}/evaluation"), mine).await.status, 303);
    assert!(t.app.evaluation(&so, &tillit_domain::BidId(bid_a.to_string())).await.unwrap().all.is_empty());
    let lead_view = t.app.evaluation(&lead, &tillit_domain::BidId(bid_a.to_string())).await.unwrap();
    assert!(lead_view.all.iter().any(|j| j.evaluator == so_id.0));
    assert!(b.get(&format!("/bids/{bid_a}/evaluation")).await.body.contains("mean 8.0"));
    // Only the lead records the consensus; an unsubmitted bid is not evaluated.
    let f = judgement_form(&t, &so, &bid_a, "pass", "8").await;
    let r = post_form(&mut e2, &format!("/bids/{bid_a}/consensus"), f).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Only the lead evaluator"), "{}", r.body);
    assert_eq!(b.get(&format!("/bids/{bid_c}/evaluation")).await.status, 422);
    // Sign-off waits for a complete consensus.
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 422);

    let f = judgement_form(&t, &lead, &bid_a, "pass", "8").await;
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_a}/consensus"), f).await.status, 303);
    let mut f = judgement_form(&t, &lead, &bid_b, "pass", "10").await;
    // Beta fails one must requirement: rejected, whatever its scores.
    let first_must = f.iter().position(|(k, _)| k.starts_with("verdict-")).unwrap();
    f[first_must].1 = "fail".into();
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_b}/consensus"), f).await.status, 303);

    let c = t.app.comparison(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap();
    assert!(c.complete);
    let a_res = c.results.iter().find(|r| r.bid_id == bid_a).unwrap();
    let b_res = c.results.iter().find(|r| r.bid_id == bid_b).unwrap();
    assert_eq!(a_res.rank, Some(1));
    assert!((a_res.total - 80.0).abs() < 1e-6, "8/10 on every award criterion: {}", a_res.total);
    assert!(b_res.rejected() && b_res.rank.is_none());
    assert!(c.gaps[&bid_b].len() == 1, "the failed must is Beta's gap: {:?}", c.gaps[&bid_b]);
    let page = b.get(&format!("/cases/{case}/comparison")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<svg class=\"chart\" role=\"img\""));
    assert!(page.body.contains("rejected"));

    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 303);
    // Locked: no judgement, consensus or lead change after sign-off.
    let f = judgement_form(&t, &lead, &bid_a, "pass", "2").await;
    let r = post_form(&mut b, &format!("/bids/{bid_a}/consensus"), f.clone()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("signed off and is locked"), "{}", r.body);
    assert_eq!(post_form(&mut e2, &format!("/bids/{bid_a}/evaluation"), f).await.status, 422);
    assert_eq!(b.post(&format!("/cases/{case}/lead"), &[("user", so_id.as_str())]).await.status, 422);
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 422);
    let after = t.app.comparison(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap();
    assert!((after.results.iter().find(|r| r.bid_id == bid_a).unwrap().total - 80.0).abs() < 1e-6);
    // The award: not through the status buttons, but confirmed on its page, which shows the
    // winner and the ranking.
    let r = b.post(&format!("/cases/{case}/status"), &[("to", "awarded")]).await;
    assert_eq!(r.status, 422, "the award is confirmed on its own page");
    let page = b.get(&format!("/cases/{case}/award")).await;
    assert_eq!(page.by_id("award-winner"), "Alfa AS");
    assert!(page.body.contains("Beta AB"), "the ranking lists every bidder");
    let r = b.post(&format!("/cases/{case}/award"), &[("winner", &bid_a)]).await;
    assert_eq!(r.status, 422, "not without the confirmation");
    let r = b.post(&format!("/cases/{case}/award"), &[("winner", &bid_b), ("confirm", "yes")]).await;
    assert_eq!(r.status, 409, "only the winner the page showed: {}", r.body);
    let r = b.post(&format!("/cases/{case}/award"), &[("winner", &bid_a), ("confirm", "yes")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&format!("/cases/{case}/award")).await;
    assert!(page.by_id("award-standstill").contains("standstill period runs until"), "{}", page.body);
    // Every bidder gets its notice in its language: Alfa (Norwegian) that it won, Beta
    // (Swedish) the ranking, the winner's advantages and the requirement it failed.
    let to_a = t.mail_to("alfa@alfa.no").await;
    let notice_a = to_a.iter().find(|m| m.subject.starts_with("Tildelingsbrev")).expect("Alfa's notice");
    assert!(
        notice_a.body.contains("Dere er tildelt kontrakten") && notice_a.body.contains("1. Alfa AS – 80,0"),
        "{}",
        notice_a.body
    );
    assert!(notice_a.body.contains("Karensperioden varer til"), "{}", notice_a.body);
    let to_b = t.mail_to("beta@beta.se").await;
    let notice_b = to_b.iter().find(|m| m.subject.starts_with("Tilldelningsbeslut")).expect("Beta's notice");
    assert!(notice_b.body.contains("tilldela kontraktet") && notice_b.body.contains("Alfa AS"), "{}", notice_b.body);
    assert!(notice_b.body.contains(&c.gaps[&bid_b][0]), "the failed requirement is named: {}", notice_b.body);
    assert!(notice_b.body.contains("Avtalsspärren gäller till"), "{}", notice_b.body);
    assert!(
        t.mail_to("gamma@gamma.no").await.iter().all(|m| !m.subject.starts_with("Tildelingsbrev")),
        "no bid, no notice"
    );
    // No contract before the standstill period has ended; then the lead is told it may be.
    let r = b.post(&format!("/cases/{case}/status"), &[("to", "closed")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("standstill period has not ended"), "{}", r.body);
    let r = b.post(&format!("/cases/{case}/contract"), &[("template", "ssa_sky"), ("start_date", "2027-01-01")]).await;
    assert_eq!(r.status, 422, "no contract during the standstill period");
    assert!(r.body.contains("standstill period has not ended"), "{}", r.body);
    let before = t.mail_to(&admin.email).await.len();
    t.clock.advance(10 * 86_400 + 60);
    t.send_queued_mail().await;
    let told = t.mail_to(&admin.email).await;
    assert_eq!(told.len(), before + 1, "the lead is told once");
    assert!(told.last().unwrap().subject.contains("2026/400"), "{:?}", told.last());
    let mut b = sign_in(&t, &admin.email, Some(&admin.secret)).await;
    // The winning bid becomes the contract: the winner, the set by its hash, the bid by link.
    let page = b.get(&format!("/cases/{case}/contract")).await;
    assert_eq!(page.by_id("contract-winner"), "Alfa AS", "{}", page.body);
    let r = b
        .post(
            &format!("/cases/{case}/contract"),
            &[("template", "ssa_sky"), ("start_date", "2027-01-01"), ("end_date", "2026-12-31")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("End date: the contract cannot end before it starts"), "{}", r.body);
    assert!(r.body.contains("value=\"2026-12-31\""), "the input is kept");
    let r = b
        .post(
            &format!("/cases/{case}/contract"),
            &[
                ("template", "ssa_sky"),
                ("start_date", "2027-01-01"),
                ("end_date", "2030-12-31"),
                ("notice_months", "6"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let contract_url = r.location().split('?').next().unwrap().to_string();
    let page = b.get(&contract_url).await;
    assert_eq!(page.status, 200);
    let (hash,): (String,) =
        t.db.fetch_one(
            "SELECT hash FROM set_versions WHERE case_id = $1 ORDER BY version DESC",
            tillit_app::testing::args![case.to_string()],
        )
        .await
        .unwrap();
    assert_eq!(page.by_id("contract-set-hash"), hash, "the contract holds the published set's SHA-256");
    assert!(page.body.contains(&format!("/bids/{bid_a}")), "and the winning bid by reference");
    assert_eq!(page.by_id("contract-last-notice"), "2030-07-04", "six months of 30 days before the end");
    let case_levels = t.app.case(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap().case;
    let levels = format!(
        "{} / {} / {} / {}",
        case_levels.confidentiality, case_levels.integrity, case_levels.availability, case_levels.traceability
    );
    assert_eq!(page.by_id("service-levels"), levels, "the service starts from the case's classification");
    assert_eq!(b.get(&format!("/cases/{case}/contract")).await.location(), contract_url, "a case becomes one contract");
    let again =
        b.post(&format!("/cases/{case}/contract"), &[("template", "ssa_sky"), ("start_date", "2027-01-01")]).await;
    assert_eq!(again.status, 409);
    let suppliers = b.get("/suppliers").await;
    assert!(suppliers.element("supplier-list").contains("Alfa AS"), "the winner is in the register");
    assert_eq!(b.post(&format!("/cases/{case}/status"), &[("to", "closed")]).await.status, 303);

    let f = tillit_app::data::AuditFilter { limit: 1000, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    for action in ["evaluation.lead", "evaluation.judge", "evaluation.consensus", "evaluation.sign_off", "case.award"] {
        assert!(log.iter().any(|r| r.event.action == action), "{action} in the audit log");
    }
    let judged = log
        .iter()
        .find(|r| r.event.action == "evaluation.judge" && r.event.actor_label == "per@bergen.kommune.no")
        .unwrap();
    assert!(judged.event.changes.iter().any(|c| c.field == "justification"));
    assert_eq!(log.iter().filter(|r| r.event.action == "award.notice").count(), 2, "one notice a submitted bid");
    t.send_queued_mail().await;
});

/// The fields a person fills or presses on a form: everything but the hidden ones.
fn filled_inputs(f: &[(String, String)]) -> usize {
    f.iter().filter(|(k, v)| k != "req" && k != "_csrf" && !v.is_empty()).count() + 1
}

both!(evaluators_who_agree_need_no_retyping_and_the_lead_confirms_in_one_action, |t| {
    let admin = setup_admin(&t).await;
    let lead = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/450").await;
    let (mut b, bid_a, bid_b) =
        two_bids_in_evaluation(&t, (&admin.email, &admin.secret, &admin.user), &mut b, &case).await;
    let (so_id, mut e2) = member(&t, &admin.org, "per@bergen.kommune.no", Role::SecurityOfficer).await;
    let so = actor(&so_id, "per@bergen.kommune.no", &admin.org, Role::SecurityOfficer);
    let mut inputs = 0;
    for bid in [&bid_a, &bid_b] {
        for (who, browser) in [(&lead, &mut b), (&so, &mut e2)] {
            // Every must requirement answered "met": one action.
            let r = browser.post(&format!("/bids/{bid}/evaluation/pass-met"), &[]).await;
            assert_eq!(r.status, 303, "{}", r.body);
            inputs += 1;
            // The award criteria: a score and a justification each (a disagreement on Beta's first).
            let v = t.app.evaluation(who, &tillit_domain::BidId(bid.to_string())).await.unwrap();
            let mut f = vec![];
            for (n, i) in v
                .items
                .iter()
                .filter(|i| i.kind == tillit_domain::procurement::requirement_set::Kind::Award)
                .enumerate()
            {
                let id = &i.requirement_id;
                let score = if *bid == bid_b && n == 0 && who.user_id == so_id { "4" } else { "7" };
                f.push(("req".to_string(), id.clone()));
                f.push((format!("score-{id}"), score.to_string()));
                f.push((format!("justification-{id}"), format!("Godt beskrevet for {}", i.reference)));
            }
            if !f.is_empty() {
                inputs += filled_inputs(&f);
                assert_eq!(post_form(browser, &format!("/bids/{bid}/evaluation"), f).await.status, 303);
            }
            let mine = t.app.evaluation(who, &tillit_domain::BidId(bid.to_string())).await.unwrap().mine;
            assert_eq!(mine.len(), v.items.len(), "every requirement judged");
        }
    }
    // Alfa: everyone agrees, so the lead confirms the whole consensus in one action.
    let page = b.get(&format!("/bids/{bid_a}/evaluation")).await;
    assert!(page.body.contains("The evaluators agree on everything judged."), "{}", page.body);
    assert_eq!(b.post(&format!("/bids/{bid_a}/consensus/confirm"), &[]).await.status, 303);
    inputs += 1;
    let va = t.app.evaluation(&lead, &tillit_domain::BidId(bid_a.to_string())).await.unwrap();
    assert_eq!(va.consensus.len(), va.items.len());
    let award = va.items.iter().find(|i| i.kind == tillit_domain::procurement::requirement_set::Kind::Award).unwrap();
    assert_eq!(
        va.consensus[&award.requirement_id].justification,
        format!("Godt beskrevet for {}", award.reference),
        "carried over"
    );
    // Beta: the disagreement comes first, highlighted; the rest is confirmed in one action.
    let page = b.get(&format!("/bids/{bid_b}/evaluation")).await.body;
    assert!(page.contains("The evaluators disagree on one requirement"), "{page}");
    let consensus = page.split(r#"id="evaluation-consensus""#).nth(1).unwrap();
    let first = consensus.split("<fieldset class=\"answer").nth(1).unwrap();
    assert!(first.starts_with(" disagree"), "the disagreement is listed first: {first}");
    assert_eq!(b.post(&format!("/bids/{bid_b}/consensus/confirm"), &[]).await.status, 303);
    inputs += 1;
    let vb = t.app.evaluation(&lead, &tillit_domain::BidId(bid_b.to_string())).await.unwrap();
    assert_eq!(vb.consensus.len(), vb.items.len() - 1, "all but the disagreement");
    let open = vb.items.iter().find(|i| !vb.consensus.contains_key(&i.requirement_id)).unwrap();
    let f = vec![
        ("req".to_string(), open.requirement_id.clone()),
        (format!("score-{}", open.requirement_id), "6".to_string()),
        (format!("justification-{}", open.requirement_id), "Samlet vurdering etter drøfting".to_string()),
    ];
    inputs += filled_inputs(&f);
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_b}/consensus"), f).await.status, 303);
    assert!(t.app.comparison(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap().complete);
    let n = va.items.len();
    assert!(inputs <= 200, "{inputs} inputs for two bidders, {n} requirements, two evaluators and a lead");
    eprintln!("evaluation of 2 bidders x {n} requirements by two evaluators and a lead: {inputs} inputs");
    t.app.run_due_jobs().await.unwrap();
});
