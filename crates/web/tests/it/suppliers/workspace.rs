//! The supplier's workspace: its people sign in by e-mailed one-time links, see their own
//! supplier's things and nothing else, and announce sub-processor changes whose DPA clocks
//! run on the job queue. Every refusal is audited.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use crate::support::{Browser, TestApp};
use tillit_app::testing::{SupplierIds, supplier_with_contract};
use tillit_domain::platform::local_time::format_local_date;
use tillit_domain::{ContractId, OrgId, Role};

const CONTACT: &str = "sikkerhet@driftspartner.no";

/// The path of the last sign-in link mailed to `to`.
async fn link_path(t: &TestApp, to: &str) -> String {
    let mails = t.mail_to(to).await;
    let link = mails.last().expect("a sign-in mail").link("/supplier/sign-in/");
    link[link.find("/supplier/").expect("path")..].to_string()
}

async fn actions(t: &TestApp, org: &OrgId, action: &str) -> Vec<tillit_domain::platform::audit_log::AuditRecord> {
    let f = tillit_app::data::AuditFilter { limit: 10_000, ..Default::default() };
    t.audit_log(org, &f).await.into_iter().filter(|r| r.event.action == action).collect()
}

/// The buyer gives the supplier's security contact the workspace; the contact signs in by
/// the mailed link.
async fn supplier_signs_in(t: &TestApp, buyer: &mut Browser, made: &SupplierIds) -> Browser {
    let r = buyer.post(&format!("/suppliers/{}/people", made.supplier), &[("contact", &made.contact)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let path = link_path(t, CONTACT).await;
    let mut b = t.browser();
    let page = b.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("id=\"supplier-sign-in\""), "a button, so opening the link uses nothing");
    let r = b.post(&path, &[]).await;
    assert_eq!((r.status, r.location().as_str()), (303, "/"), "{}", r.body);
    assert_eq!(b.get("/").await.location(), "/workspace");
    assert_eq!(b.get("/workspace").await.status, 200);
    b
}

both!(a_supplier_person_signs_in_by_link_and_reaches_only_its_own, |t| {
    let admin = setup_admin(&t).await;
    let mut buyer = admin.browser;
    let made = supplier_with_contract(&t.db, &admin.org, "974760673").await.unwrap();
    let other = supplier_with_contract(&t.db, &admin.org, "923609016").await.unwrap();
    let mut sup = supplier_signs_in(&t, &mut buyer, &made).await;
    let ws = sup.get("/workspace").await;
    assert_eq!(ws.status, 200, "{}", ws.body);
    assert!(ws.element("workspace-contracts").contains(&made.contract), "its own contract is listed");
    assert!(!ws.body.contains(&other.contract), "another supplier's is not");
    assert!(ws.body.contains("Bergen kommune"), "the buying organisation is named");
    let page = sup.get(&format!("/workspace/contracts/{}", made.contract)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.element("sub-processor-list").contains("Skyleverandør Ltd"));
    assert_eq!(sup.get(&format!("/workspace/documents/{}", made.document)).await.status, 200, "its certificate file");

    // Another supplier's contract and file, and the buyer's pages: not found, and recorded.
    assert_eq!(sup.get(&format!("/workspace/contracts/{}", other.contract)).await.status, 404);
    assert_eq!(sup.get(&format!("/workspace/documents/{}", other.document)).await.status, 404);
    let r = sup.post(&format!("/workspace/contracts/{}/sub-processors", other.contract), &[("name", "X")]).await;
    assert_eq!(r.status, 404);
    assert_eq!(sup.get("/suppliers").await.status, 404);
    assert_eq!(
        sup.get(&format!("/contracts/{}", made.contract)).await.status,
        404,
        "even its own, on the buyer's page"
    );
    let r = sup.post("/suppliers", &[("legal_name", "X AS"), ("country", "no"), ("org_number", "974760673")]).await;
    assert_eq!(r.status, 404, "a supplier posting to a buyer's route");
    assert_eq!(sup.get("/audit").await.status, 404);
    let refused = actions(&t, &admin.org, "supplier.person_refused").await;
    assert!(refused.len() >= 7, "{} refusals recorded", refused.len());
    assert!(refused.iter().all(|r| r.event.actor_label == CONTACT), "named by the supplier person");
    assert!(refused.iter().any(|r| r.event.changes.iter().any(|c| c.new.as_deref() == Some(other.contract.as_str()))));

    // Contacts and a renewed certificate with its file, in the buyer's log under the person's name.
    let r = sup
        .post(
            "/workspace/contacts",
            &[
                ("role", "incident_line"),
                ("name", "Vakttelefon"),
                ("email", "vakt@driftspartner.no"),
                ("phone", "+47 22 00 00 00"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = sup.post("/workspace/contacts/remove", &[("contact", &other.contact)]).await;
    assert_eq!(r.status, 404, "another supplier's contact");
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    let fields: Vec<(String, String)> = [
        ("cert_kind", "iso27001"),
        ("edition", "2022"),
        ("number", "C-2"),
        ("body", "DNV"),
        ("valid_until", "2029-06-30"),
        ("coverage", "yes"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let r =
        sup.post_multipart("/workspace/certificates", &fields, vec![("file", "iso27001-2026.pdf", pdf.clone())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let buyer_page = buyer.get(&format!("/suppliers/{}", made.supplier)).await;
    let certs = buyer_page.element("certificate-list");
    assert!(certs.contains("C-2") && certs.contains("iso27001-2026.pdf"), "{certs}");
    assert!(buyer_page.element("contact-list").contains("Vakttelefon"));
    assert!(buyer_page.element("people-list").contains(CONTACT), "who has the workspace");
    assert!(buyer_page.body.contains("id=\"people-contact\""), "{}", buyer_page.element("people"));
    let page = tillit_app::testing::supplier_certificates(&t.db, &admin.org, &made.supplier).await.unwrap();
    assert!(
        page.iter().any(|(n, cov)| n == "C-2" && cov == "unjudged"),
        "coverage stays the buyer's judgement: {page:?}"
    );
    let doc = actions(&t, &admin.org, "supplier.document_add").await;
    assert_eq!(doc.last().unwrap().event.actor_label, CONTACT);
    let sha = tillit_app::testing::sha256_hex(&pdf);
    assert!(doc.last().unwrap().event.changes.iter().any(|c| c.new.as_deref() == Some(sha.as_str())));

    // A used link is refused, and so is an expired one; both are in the log.
    let used = link_path(&t, CONTACT).await;
    let mut stranger = t.browser();
    assert_eq!(stranger.get(&used).await.status, 404);
    let r = stranger.post(&used, &[]).await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("/supplier/sign-in"), "the way to a new link");
    let r = stranger.post("/supplier/sign-in", &[("email", CONTACT)]).await;
    assert_eq!(r.status, 200);
    let fresh = link_path(&t, CONTACT).await;
    assert_ne!(fresh, used);
    t.clock.advance(31 * 60);
    assert_eq!(stranger.post(&fresh, &[]).await.status, 404, "past its 30 minutes");
    let failed = actions(&t, &admin.org, "supplier.sign_in_failed").await;
    let why: Vec<_> = failed.iter().flat_map(|r| r.event.changes.iter().filter_map(|c| c.new.clone())).collect();
    assert!(why.contains(&"used".to_string()) && why.contains(&"expired".to_string()), "{why:?}");
    // An unknown address gets the same answer and no mail.
    let before = t.mails.lock().unwrap().len();
    let r = stranger.post("/supplier/sign-in", &[("email", "ukjent@example.no")]).await;
    assert_eq!(r.status, 200);
    t.send_queued_mail().await;
    assert_eq!(t.mails.lock().unwrap().len(), before);
    // At most three links an hour: a fourth request sends nothing.
    for _ in 0..3 {
        stranger.post("/supplier/sign-in", &[("email", CONTACT)]).await;
    }
    t.send_queued_mail().await;
    let sent = t.mails.lock().unwrap().iter().filter(|m| m.to.contains(CONTACT)).count();
    assert_eq!(sent, 3, "three links an hour: the grant's, the one asked for, one more");
    // A supplier person has no password to reset.
    stranger.post("/reset", &[("email", CONTACT)]).await;
    t.send_queued_mail().await;
    assert_eq!(t.mails.lock().unwrap().iter().filter(|m| m.to.contains(CONTACT)).count(), sent);

    // The buyer takes the workspace away: the person's session stops working.
    // Both sessions went idle while the links expired: sign in again (a new hour, a new link).
    t.clock.advance(3600);
    let mut buyer = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    stranger.post("/supplier/sign-in", &[("email", CONTACT)]).await;
    let path = link_path(&t, CONTACT).await;
    let mut sup = t.browser();
    sup.get(&path).await;
    assert_eq!(sup.post(&path, &[]).await.status, 303);
    assert_eq!(sup.get("/workspace").await.status, 200);
    let person = tillit_app::testing::user_by_email(&t.db, CONTACT).await.unwrap().unwrap();
    // Never turned into one of the organisation's roles.
    let r = buyer.post(&format!("/admin/members/{}/role", person.id), &[("role", "auditor")]).await;
    assert_ne!(r.status, 303, "{}", r.body);
    let role = tillit_app::testing::role_of(&t.db, &admin.org, &person.user_id()).await.unwrap();
    assert_eq!(role, Some(Role::SupplierRespondent));
    let r = buyer.post(&format!("/suppliers/{}/people/remove", made.supplier), &[("person", person.id.as_str())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_ne!(sup.get("/workspace").await.status, 200);
    assert_eq!(actions(&t, &admin.org, "supplier.person_revoke").await.len(), 1);
});

both!(an_announced_sub_processor_runs_the_dpa_clocks, |t| {
    let admin = setup_admin(&t).await;
    let mut buyer = admin.browser;
    let made = supplier_with_contract(&t.db, &admin.org, "974760673").await.unwrap();
    let c = format!("/contracts/{}", made.contract);
    let r = buyer
        .post(
            &format!("{c}/dpa"),
            &[
                ("dpa_template", "ssa_dba"),
                ("breach_notice_hours", "24"),
                ("subprocessor_notice_days", "30"),
                ("objection_days", "14"),
                ("deletion_days", "30"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = buyer.post(&format!("{c}/roles"), &[("contract_manager", admin.user.as_str())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut sup = supplier_signs_in(&t, &mut buyer, &made).await;
    let announce = format!("/workspace/contracts/{}/sub-processors", made.contract);
    let day = |secs: i64| format_local_date(t.app.now().0 + secs);

    // Sooner than the notice allows: refused, the field named, nothing written.
    let r = sup
        .post(
            &announce,
            &[("name", "Analytics Inc"), ("sub_country", "US"), ("locations", "US"), ("effective", &day(86_400))],
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("at the earliest"), "{}", r.body);
    assert!(r.body.contains("value=\"Analytics Inc\""), "kept as typed");
    let at = r.body.find("id=\"sub-effective\"").unwrap();
    assert!(r.body[at..at + 300].contains("aria-invalid=\"true\""));
    assert!(actions(&t, &admin.org, "sub_processor.announce").await.is_empty());

    // Announced: outside the EEA without a basis, critical at once for the buyer, who is told.
    let r = sup
        .post(
            &announce,
            &[
                ("name", "Analytics Inc"),
                ("sub_country", "US"),
                ("locations", "US"),
                ("data_categories", "Bruksdata"),
                ("effective", &day(31 * 86_400)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mails = t.mail_to(&admin.email).await;
    assert!(
        mails.iter().any(|m| m.subject.contains("Analytics Inc") && m.body.contains(&day(14 * 86_400))),
        "{mails:?}"
    );
    let page = buyer.get(&c).await;
    let chain = page.element("sub-processor-list");
    assert!(chain.contains("Analytics Inc") && chain.contains("critical") && chain.contains(CONTACT), "{chain}");
    let list = buyer.get("/suppliers?flag=transfer").await;
    assert!(list.body.contains("Driftspartner AS"), "critical in the register too");
    let me = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let sub_of = |name: &'static str| {
        let app = t.app.clone();
        let me = me.clone();
        let id = ContractId(made.contract.clone());
        async move {
            let p = app.contract_page(&me, &id).await.unwrap();
            p.chain.into_iter().find(|l| l.sub.name == name).unwrap().sub
        }
    };
    let analytics = sub_of("Analytics Inc").await;
    assert_eq!(analytics.status.as_str(), "objection_window");
    assert_eq!(analytics.announced_by, CONTACT);

    // The buyer objects inside the window, with a reason the supplier reads.
    let decide = format!("{c}/sub-processors/decide");
    let r = buyer.post(&decide, &[("sub", &analytics.id), ("to", "objected"), ("reason", "")]).await;
    assert_eq!(r.status, 422, "an objection needs its reason");
    let reason = "Data til USA uten overføringsgrunnlag";
    let r = buyer.post(&decide, &[("sub", &analytics.id), ("to", "objected"), ("reason", reason)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(t.mail_to(CONTACT).await.iter().any(|m| m.body.contains(reason)));
    let ws = sup.get("/workspace").await;
    assert!(ws.element("workspace-change-list").contains(reason));

    // A second change no one decides on: a reminder before the window closes, then it stands.
    let r = sup
        .post(
            &announce,
            &[
                ("name", "Backup AB"),
                ("org_number", "556677-8899"),
                ("sub_country", "SE"),
                ("locations", "SE"),
                ("effective", &day(40 * 86_400)),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let backup = sub_of("Backup AB").await;
    let reminders = |t: &TestApp| {
        t.mails.lock().unwrap().iter().filter(|m| m.subject.contains("Backup AB") && m.to == admin.email).count()
    };
    t.send_queued_mail().await;
    assert_eq!(reminders(&t), 1, "the announcement");
    t.clock.advance(10 * 86_400);
    t.send_queued_mail().await;
    assert_eq!(reminders(&t), 1, "no reminder yet");
    t.clock.advance(86_400 + 3600);
    t.send_queued_mail().await;
    assert_eq!(reminders(&t), 2, "reminded three days before the window closes");
    t.clock.advance(3 * 86_400);
    t.send_queued_mail().await;
    let stood = sub_of("Backup AB").await;
    assert_eq!(stood.status.as_str(), "approved", "it stands without an objection");
    assert_eq!(stood.effective_at, backup.effective_at, "from the day the supplier gave");
    assert_eq!(actions(&t, &admin.org, "sub_processor.stands").await.len(), 1);
    assert!(t.mail_to(CONTACT).await.iter().any(|m| m.subject.contains("Backup AB")));
    // A late objection is refused: the window has closed (signed in again after the days went by).
    let mut buyer = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    let r = buyer.post(&decide, &[("sub", &backup.id), ("to", "objected"), ("reason", "For sent")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("objection window has closed"), "{}", r.body);
    // The jobs ran once each, whatever the worker is asked again.
    t.send_queued_mail().await;
    assert_eq!(actions(&t, &admin.org, "sub_processor.stands").await.len(), 1);
    assert_eq!(reminders(&t), 2);
});
