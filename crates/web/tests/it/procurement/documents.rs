//! The tender annex (Word, PDF, OSCAL profile) and the decision basis (PDF, Word, Excel):
//! downloaded as a buyer would, each carrying the set's fingerprint and what it must say.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use crate::procurement::bids::post_form;
use crate::procurement::evaluation::{judgement_form, published_high_case, two_bids_in_evaluation};
use crate::support::Browser;
use calamine::{Data, Reader, Xlsx};
use std::io::{Cursor, Read};
use tillit_domain::Role;

pub async fn fetch(t: &crate::support::TestApp, b: &Browser, path: &str) -> (u16, String, Vec<u8>) {
    let r = reqwest::Client::new()
        .get(t.url(path))
        .header("cookie", b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let cd = r.headers().get("content-disposition").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, cd, r.bytes().await.unwrap().to_vec())
}

/// The text a reader (poppler's pdftotext, from Debian) extracts from a PDF.
pub fn pdf_text(pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("tillit-{}.pdf", tillit_app::new_id()));
    std::fs::write(&path, pdf).unwrap();
    let o = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed; ./scripts/test installs it: {e}"));
    let _ = std::fs::remove_file(&path);
    assert!(o.status.success(), "pdftotext: {}", String::from_utf8_lossy(&o.stderr));
    // Tables wrap text across lines; compare with white space folded.
    String::from_utf8_lossy(&o.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn docx_text(bytes: &[u8]) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

both!(the_annex_and_the_decision_basis_say_what_was_asked_answered_and_decided, |t| {
    let admin = setup_admin(&t).await;
    let lead = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_high_case(&mut b, "2026/500").await;
    let set = t.app.current_set(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap().unwrap();
    let hash = set.version.hash.clone();

    // The annex: Word, PDF and OSCAL, all with the set's hash.
    let (s, cd, docx) = fetch(&t, &b, &format!("/cases/{case}/annex.docx")).await;
    assert_eq!(s, 200);
    assert!(cd.starts_with("attachment;"));
    let xml = docx_text(&docx);
    assert!(xml.contains(&hash));
    assert!(xml.contains(&tillit_office_escape(&set.items[0].text)), "every requirement in the table");
    assert!(xml.contains("<w:tblHeader/>"));
    let (s, _, pdf) = fetch(&t, &b, &format!("/cases/{case}/annex.pdf")).await;
    assert_eq!(s, 200);
    assert!(String::from_utf8_lossy(&pdf).contains("pdfuaid:part"), "PDF/UA");
    let text = pdf_text(&pdf);
    assert!(text.contains(&hash), "the hash is on the PDF");
    let (s, _, profile) = fetch(&t, &b, &format!("/cases/{case}/annex.oscal.json")).await;
    assert_eq!(s, 200);
    let profile = String::from_utf8(profile).unwrap();
    assert!(profile.contains(&hash));
    crate::catalogue::catalogues::trestle_validate("profile", &profile);

    // Two bidders, evaluated and signed off.
    let (mut b, bid_a, bid_b) =
        two_bids_in_evaluation(&t, (&admin.email, &admin.secret, &admin.user), &mut b, &case).await;
    let f = judgement_form(&t, &lead, &bid_a, "pass", "9").await;
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_a}/consensus"), f).await.status, 303);
    let mut f = judgement_form(&t, &lead, &bid_b, "pass", "6").await;
    let i = f.iter().position(|(k, _)| k.starts_with("justification-")).unwrap();
    f[i].1 = "Mangler dokumentert beredskapsplan for leveransen".into();
    assert_eq!(post_form(&mut b, &format!("/bids/{bid_b}/consensus"), f).await.status, 303);
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 303);

    // The decision basis as PDF: case, tier reasoning, hash, answers, justifications, ranking, log.
    let (s, cd, pdf) = fetch(&t, &b, &format!("/cases/{case}/report.pdf")).await;
    assert_eq!(s, 200);
    assert!(cd.starts_with("attachment;"));
    let text = pdf_text(&pdf);
    for expected in [
        "2026/500",
        "Alfa AS",
        "Beta AB",
        "Mangler dokumentert beredskapsplan for leveransen",
        // The log names actions in the organisation's language (the CSV export of the audit
        // log has their stored forms).
        "Evaluation signed off",
        "Requirement set published",
    ] {
        assert!(text.contains(expected), "the report says {expected}: {text}");
    }
    assert!(text.contains(&hash));
    // Each bidder's files with their SHA-256, and the answer that points to one names it.
    for bid in [&bid_a, &bid_b] {
        let (sha,): (String,) =
            t.db.fetch_one("SELECT sha256 FROM evidence WHERE bid_id = $1", tillit_app::testing::args![bid.as_str()])
                .await
                .unwrap();
        // A table cell wraps the 64 characters; read them with the wrap taken out.
        assert!(text.replace(' ', "").contains(&sha), "the file's hash {sha} is in the report: {text}");
    }
    assert!(text.contains("Beredskapsplan.pdf") && text.contains("SHA-256 fingerprint"), "{text}");
    // A summary first: the recommendation, then the ranking; each bidder after; the log last,
    // in plain words (field names as people say them, not stored codes).
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} missing: {text}"));
    assert!(at("Summary") < at("Recommendation: award the contract to Alfa AS"));
    assert!(at("Recommendation:") < at("Bidder: Alfa AS"));
    assert!(at("Points per area") < at("Bidder: Alfa AS"));
    assert!(at("Bidder: Beta AB") < at("Appendix: the evaluation log"));
    assert!(text.contains("90.0 points of 100"), "{text}");
    assert!(!text.contains("set_hash:") && !text.contains("lead_evaluator:"), "no stored field names: {text}");
    assert!(cd.contains("2026-500%20Decision%20basis.pdf"), "named from the case number: {cd}");
    // In Norwegian the numbers are written as Norwegians write them.
    let r = b.post("/admin/organisation", &[("name", "Bergen kommune"), ("default_locale", "nb")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(
        b.post(&format!("/cases/{case}/reopen"), &[("reason", "Sjekker formatet på tallene i rapporten")]).await.status,
        303
    );
    assert_eq!(b.post(&format!("/cases/{case}/signoff"), &[]).await.status, 303);
    let (_, _, nb) = fetch(&t, &b, &format!("/cases/{case}/report.pdf")).await;
    let nb = pdf_text(&nb);
    assert!(nb.contains("Sammendrag") && nb.contains("90,0 av 100 poeng"), "{nb}");
    // The bidders' own steps are named in the report's language, not in stored English.
    assert!(text.contains("Alfa AS <alfa@alfa.no> (through the bid link)"), "{text}");
    assert!(nb.contains("(via tilbudslenken)") && !nb.contains("(bid link)"), "{nb}");
    // The audit chain's signed head is in the report: a witness for `audit verify --witness`.
    assert!(text.contains("tillit-audit-checkpoint/1"), "the report carries a checkpoint: {text}");
    let reason =
        t.app.case(&lead, &tillit_domain::CaseId(case.to_string())).await.unwrap().case.override_reason.unwrap();
    assert!(text.contains(&reason), "the tier override and its reason");
    // Word and Excel hold the same.
    let (_, _, docx) = fetch(&t, &b, &format!("/cases/{case}/report.docx")).await;
    let xml = docx_text(&docx);
    assert!(xml.contains("Mangler dokumentert beredskapsplan for leveransen") && xml.contains(&hash));
    let (_, _, xlsx) = fetch(&t, &b, &format!("/cases/{case}/report.xlsx")).await;
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    assert_eq!(wb.sheet_names().len(), 8, "case, set, ranking, answers, certificates, evidence, judgements, log");
    let mut found = false;
    for name in wb.sheet_names() {
        let r = wb.worksheet_range(&name).unwrap();
        found |= r
            .used_cells()
            .any(|(_, _, v)| matches!(v, Data::String(s) if s == "Mangler dokumentert beredskapsplan for leveransen"));
    }
    assert!(found, "the justification is in the workbook");
    // Each download is in the audit log.
    let f = tillit_app::data::AuditFilter { object: Some(case.clone()), limit: 500, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(log.iter().filter(|r| r.event.action == "export").count() >= 6);
    // The invitations this test made are mailed (the harness fails a test leaving mail unsent).
    assert!(t.send_queued_mail().await > 0);
});

/// The text as it stands in WordprocessingML.
fn tillit_office_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
