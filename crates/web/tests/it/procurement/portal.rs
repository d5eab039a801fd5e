//! The supplier portal never loses an answer: every button of its one form saves what was
//! typed first; files are attached to answers; files and certificates are removed before
//! submission; a refused step names the field and keeps the input; submission goes through
//! a confirmation; after the deadline the bid stays readable with its PDF and receipt.

use crate::both;
use crate::flows::setup_admin;
use crate::procurement::bids::{answers_form, invite, post_form, published_case, supplier, supplier_view};
use crate::procurement::documents::{fetch, pdf_text};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

fn with(mut f: Vec<(String, String)>, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    f.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    f
}

/// The form as typed: every answer "met" with a description naming `word`.
fn typed(page: &crate::support::Resp, word: &str) -> Vec<(String, String)> {
    answers_form(page, "met")
        .into_iter()
        .map(|(k, v)| if k.starts_with("description-") { (k, format!("Rutine {word}")) } else { (k, v) })
        .filter(|(k, _)| !k.starts_with("evidence-"))
        .collect()
}

both!(the_portal_never_loses_an_answer, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/800").await;
    let (bid, link) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let mut s = supplier(&t);
    let page = s.get(&link).await;
    assert!(page.body.contains(r#"enctype="multipart/form-data""#), "one form, files included");
    let first = page.body.split("name=\"req\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let first_ref = supplier_view(&t, &link).await.items[0].reference.clone();

    // Nothing answered: the blockers are listed, each linked to its requirement on the page.
    assert!(page.body.contains(&format!(r##"<a href="#answer-{first_ref}">{first_ref}</a>: not answered"##)));
    assert!(page.body.contains(&format!(r#"id="answer-{first_ref}""#)));

    // Typed answers and a file attached to the first answer go in one request: both kept,
    // and the answer points to the file.
    let f = with(typed(&page, "alfa"), &[("action", "save")]);
    let r = s
        .post_multipart(&format!("{link}/answers"), &f, vec![(&format!("file-{first}"), "rutine.pdf", PDF.to_vec())])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.evidence.len(), 1);
    assert_eq!(v.answers.len(), v.items.len());
    assert_eq!(
        v.answers[&first].evidence_id.as_deref(),
        Some(v.evidence[0].id.as_str()),
        "the answer points to the file"
    );
    assert!(v.answers.values().all(|a| a.description == "Rutine alfa"));
    let page = s.get(&link).await;
    assert!(page.body.contains(&format!(r#"<option value="{}" selected>rutine.pdf</option>"#, v.evidence[0].id)));

    // Uploading with the upload button keeps what was typed since the last save.
    let f = with(typed(&page, "beta"), &[("action", "upload")]);
    let r = s.post_multipart(&format!("{link}/answers"), &f, vec![("files", "policy.pdf", [PDF, b" "].concat())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.evidence.len(), 2);
    assert!(v.answers.values().all(|a| a.description == "Rutine beta"), "typed answers saved by the upload");

    // Adding a certificate keeps typed answers too; a refused certificate names its field on
    // the same page, with the answers and the certificate as typed.
    let page = s.get(&link).await;
    let cert = [("kind", "iso27001"), ("issuer", "DNV"), ("valid_until", "2028-06-30"), ("action", "add-certificate")];
    let f = with(typed(&page, "gamma"), &cert);
    let r = post_form(&mut s, &format!("{link}/answers"), f).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains(r#"id="portal-error""#) && r.body.contains("Scope:"), "{}", r.body);
    assert!(r.body.contains(r#"value="2028-06-30""#) && r.body.contains(r#"value="DNV""#), "the certificate as typed");
    assert!(r.body.contains("Rutine gamma"), "the answers as typed");
    assert!(supplier_view(&t, &link).await.answers.values().all(|a| a.description == "Rutine gamma"));
    let f = with(typed(&page, "delta"), &[cert.as_slice(), &[("scope", "Drift")]].concat());
    let r = post_form(&mut s, &format!("{link}/answers"), f).await;
    // The page's revision is stale now (the refused step saved the answers first): 409, typed kept.
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("Rutine delta"), "a stale page keeps what was typed: {}", r.body);
    let page = s.get(&link).await;
    let f = with(typed(&page, "delta"), &[cert.as_slice(), &[("scope", "Drift")]].concat());
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.certificates.len(), 1);
    assert!(v.answers.values().all(|a| a.description == "Rutine delta"));

    // Files and certificates are removed before submission; answers that pointed to a file
    // point to nothing.
    let page = s.get(&link).await;
    let remove = format!("remove-evidence:{}", v.evidence.iter().find(|e| e.filename == "rutine.pdf").unwrap().id);
    let f = with(typed(&page, "epsilon"), &[("action", &remove)]);
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    let v = supplier_view(&t, &link).await;
    assert_eq!(v.evidence.len(), 1);
    assert_eq!(v.answers[&first].evidence_id, None);
    let page = s.get(&link).await;
    let remove = format!("remove-certificate:{}", v.certificates[0].row.id);
    let f = with(typed(&page, "epsilon"), &[("action", &remove)]);
    assert_eq!(post_form(&mut s, &format!("{link}/answers"), f).await.status, 303);
    assert!(supplier_view(&t, &link).await.certificates.is_empty());

    // Review leads to a confirmation; the irreversible submit is there.
    let page = s.get(&link).await;
    let f = with(typed(&page, "zeta"), &[("action", "review")]);
    let r = post_form(&mut s, &format!("{link}/answers"), f).await;
    assert_eq!((r.status, r.location()), (303, format!("{link}/submit")));
    let confirm = s.get(&format!("{link}/submit")).await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.body.contains(r#"id="confirm-final""#) && confirm.body.contains("cannot be changed"));
    let rev = confirm.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let r =
        post_form(&mut s, &format!("{link}/submit"), vec![("revision".into(), rev), ("confirm".into(), "yes".into())])
            .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let receipt = supplier_view(&t, &link).await.bid.receipt_hash.unwrap();

    // After the deadline the supplier still reads its bid, and downloads it with the receipt.
    t.clock.advance(100 * 24 * 3600);
    assert!(t.app.now().0 > 1_797_332_400, "past the deadline (2026-12-15 12:00)");
    let page = s.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(&receipt) && page.body.contains(r#"id="portal-pdf""#));
    assert!(!page.body.contains(r#"name="action" value="save""#), "read-only");
    let (status, cd, pdf) = fetch(&t, &s, &format!("{link}/bid.pdf")).await;
    assert_eq!(status, 200);
    assert!(cd.contains("2026-800"), "{cd}");
    let text = pdf_text(&pdf);
    assert!(text.contains(&receipt) && text.contains("Alfa AS") && text.contains("Rutine zeta"), "{text}");
    assert!(text.contains("policy.pdf"), "the files with their hashes: {text}");
    let r = post_form(&mut s, &format!("{link}/answers"), typed(&page, "eta")).await;
    assert_eq!(r.status, 422, "nothing changes after the deadline");
    assert!(supplier_view(&t, &link).await.answers.values().all(|a| a.description == "Rutine zeta"));
    // The reading period (bid_read_days, 365 by default) ends.
    t.clock.advance(366 * 24 * 3600);
    assert_eq!(s.get(&link).await.status, 410);
    let _ = bid;
    t.app.run_due_jobs().await.unwrap();
});
