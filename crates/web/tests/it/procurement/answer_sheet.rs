//! The Excel answer sheet: downloaded from a published tender, filled in as a bidder would,
//! and imported as that bid's answers; tampered sheets are refused by row, nothing written.

use crate::both;
use crate::flows::setup_admin;
use crate::permissions::actor;
use crate::procurement::bids::{invite, published_case};
use crate::support::{Browser, Resp, TestApp};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use tillit_domain::Role;

/// A bidder's copy of the sheet: every cell as it was, with `change(row, col, text)` applied
/// to the answer sheet (rows and columns 0-based). The hidden sheet is copied as it is.
/// The row of the answer sheet's column headings (0-based); requirements follow it.
const HEADER_ROW: u32 = 6;

/// The sheet as calamine reads it, not through tillit's own reader: the set version's id and
/// hash from the hidden sheet `tillit`, and how many requirement rows follow the headings.
fn read_independently(bytes: &[u8]) -> (String, String, usize) {
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let meta = wb.worksheet_range("tillit").unwrap();
    let get = |key: &str| meta.rows().find(|r| r[0] == key).map(|r| r[1].to_string()).unwrap_or_default();
    let (id, hash) = (get("set_version_id"), get("set_hash"));
    let first = wb.sheet_names().into_iter().find(|n| n != "tillit").unwrap();
    let range = wb.worksheet_range(&first).unwrap();
    let (r0, _) = range.start().unwrap();
    let rows = range
        .rows()
        .enumerate()
        .filter(|(i, r)| r0 + *i as u32 > HEADER_ROW && r.first().is_some_and(|c| !matches!(c, Data::Empty)))
        .count();
    (id, hash, rows)
}

pub fn filled(bytes: &[u8], change: impl Fn(u32, u16, &str) -> Option<String>) -> Vec<u8> {
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let (r1, c1) = range.end().unwrap_or((0, 0));
        for r in r0..=r1.max(r0 + 300) {
            for c in c0..=c1.max(9) {
                let v = match range.get_value((r, c)) {
                    Some(Data::String(s)) => s.clone(),
                    _ => String::new(),
                };
                let v = if name != "tillit" { change(r, c as u16, &v).unwrap_or(v) } else { v };
                if !v.is_empty() {
                    ws.write_string(r, c as u16, &v).unwrap();
                }
            }
        }
        if name == "tillit" {
            ws.set_hidden(true);
        }
    }
    out.save_to_buffer().unwrap()
}

pub async fn upload_sheet(_t: &TestApp, b: &mut Browser, bid: &str, bytes: Vec<u8>) -> Resp {
    b.post_file(&format!("/bids/{bid}/import"), "svar.xlsx", bytes).await
}

/// Answers every requirement row: "met" in the sheet's language, a description, a reference.
pub fn answer_all(r: u32, c: u16, n: usize, met: &str) -> Option<String> {
    let first = HEADER_ROW + 1;
    if r < first || r >= first + n as u32 {
        return None;
    }
    match c {
        6 => Some(met.to_string()),
        7 => Some("Dokumentert i vedlegg".to_string()),
        8 => Some("Vedlegg A".to_string()),
        _ => None,
    }
}

both!(a_returned_answer_sheet_is_checked_and_imported_all_or_nothing, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/300").await;
    let other = published_case(&mut b, "2026/301").await;
    let (bid, _) = invite(&t, &mut b, &case, "Gamma AS", "923609016", "gamma@gamma.no").await;

    let r = b.get(&format!("/cases/{case}/annex.xlsx")).await;
    assert_eq!(r.status, 200);
    assert!(r.headers.get("content-disposition").unwrap().to_str().unwrap().starts_with("attachment;"));
    let sheet = reqwest::Client::new()
        .get(t.url(&format!("/cases/{case}/annex.xlsx")))
        .header("cookie", b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let set = t.app.current_set(&who, &tillit_domain::CaseId(case.to_string())).await.unwrap().unwrap();
    let n = set.items.len();
    // The sheet: requirement columns locked, a drop-down for the answer, the id and hash hidden.
    let back = read_independently(&sheet);
    assert_eq!(back.0, set.version.id);
    assert_eq!(back.1, set.version.hash);
    assert_eq!(back.2, set.items.len());
    let xml = zip_part(&sheet, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<sheetProtection"), "the sheet is protected");
    assert!(xml.contains("<dataValidation type=\"list\""), "the answer column has a drop-down");
    assert!(zip_part(&sheet, "xl/workbook.xml").contains("state=\"veryHidden\""));
    let met =
        t.db.fetch_one::<(String,)>(
            "SELECT default_locale FROM organisations WHERE id = $1",
            tillit_app::testing::args![admin.org.as_str()],
        )
        .await
        .unwrap()
        .0;
    let met = tillit_app::platform::i18n::t(tillit_app::platform::i18n::Locale::parse(&met).unwrap(), "answer-met");

    // Returned sheets are read in once the deadline has passed (the e-tendering system opens
    // the tenders then); before it, a sheet would unseal the bid.
    let early = upload_sheet(&t, &mut b, &bid, filled(&sheet, |r, c, _| answer_all(r, c, n, &met))).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("sealed"), "{}", early.body);
    t.clock.advance(100 * 24 * 3600);
    t.send_queued_mail().await;
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;

    // Tampered: a requirement's text changed, and an unknown id: refused, by row.
    let first = HEADER_ROW + 1;
    let tampered = filled(&sheet, |r, c, v| {
        if r == first && c == 3 {
            Some(format!("{v} (unntatt helg)"))
        } else if r == first + 1 && c == 0 {
            Some("builtin:made-up".into())
        } else if r == first + 2 && c == 6 {
            Some("kanskje".into())
        } else {
            answer_all(r, c, n, &met)
        }
    });
    let r = upload_sheet(&t, &mut b, &bid, tampered).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body.contains(&format!("Row {}: the text of requirement {} was changed.", first + 1, set.items[0].reference)),
        "{}",
        r.body
    );
    assert!(r.body.contains(&format!("Row {}: requirement id builtin:made-up", first + 2)), "{}", r.body);
    assert!(r.body.contains(&format!("Row {}: &#34;kanskje&#34; is not one of the answers", first + 3)), "{}", r.body);
    assert_eq!(r.body.matches("<tr><td>").count(), 4, "exactly the four problems: {}", r.body);
    assert!(
        r.body.contains(&format!("Requirement {} is missing from the sheet.", set.items[1].reference)),
        "{}",
        r.body
    );
    assert_eq!(crate::procurement::bids::stored_answers(&t, &bid).await, 0, "nothing written");

    // The sheet of another tender, and an altered fingerprint.
    let foreign = t.app.answer_sheet(&who, &tillit_domain::CaseId(other.to_string())).await.unwrap();
    let n_other =
        t.app.current_set(&who, &tillit_domain::CaseId(other.to_string())).await.unwrap().unwrap().items.len();
    let r = upload_sheet(&t, &mut b, &bid, filled(&foreign, |r, c, _| answer_all(r, c, n_other, &met))).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("belongs to another tender"), "{}", r.body);
    let rehashed = {
        let honest = filled(&sheet, |r, c, _| answer_all(r, c, n, &met));
        swap_meta(&honest, &set.version.hash, &"0".repeat(64))
    };
    let r = upload_sheet(&t, &mut b, &bid, rehashed).await;
    assert!(r.body.contains("the sheet was altered"), "{}", r.body);
    let r = upload_sheet(&t, &mut b, &bid, b"PK\x03\x04 not really".to_vec()).await;
    assert_eq!(r.status, 422);
    assert_eq!(crate::procurement::bids::stored_answers(&t, &bid).await, 0, "still nothing written");

    // The honest sheet: imported as the submitted bid.
    let r = upload_sheet(&t, &mut b, &bid, filled(&sheet, |r, c, _| answer_all(r, c, n, &met))).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let v = t.app.bid(&who, &tillit_domain::BidId(bid.to_string())).await.unwrap();
    assert_eq!(v.bid.status.as_str(), "submitted");
    assert_eq!(v.bid.source, "excel");
    assert_eq!(v.answers.len(), set.items.len());
    assert!(v.answers.iter().all(|a| a.status == "met" && a.evidence_ref == "Vedlegg A"));
    assert!(v.bid.receipt_hash.is_some());
    // Once submitted, it cannot be imported over.
    let r = upload_sheet(&t, &mut b, &bid, filled(&sheet, |r, c, _| answer_all(r, c, n, &met))).await;
    assert_eq!(r.status, 422);
    let f = tillit_app::data::AuditFilter { object: Some(bid.clone()), limit: 50, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(log.iter().any(|r| r.event.action == "bid.import_excel"));
});

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut z.by_name(name).unwrap(), &mut s).unwrap();
    s
}

/// The same workbook with one value in the hidden sheet replaced (as a bidder editing it would).
fn swap_meta(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        for (r, row) in range.rows().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if let Data::String(s) = v {
                    let s = if name == "tillit" && s == from { to.to_string() } else { s.clone() };
                    ws.write_string(r as u32, c as u16, &s).unwrap();
                }
            }
        }
    }
    out.save_to_buffer().unwrap()
}

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in entries {
        w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(body).unwrap();
    }
    w.finish().unwrap().into_inner()
}

both!(the_e_tendering_route_packages_the_tender_and_reads_every_returned_sheet_at_once, |t| {
    let admin = setup_admin(&t).await;
    let who = actor(&admin.user, &admin.email, &admin.org, Role::Administrator);
    let mut b = admin.browser;
    let case = published_case(&mut b, "2026/310").await;
    let (alfa, _) = invite(&t, &mut b, &case, "Alfa AS", "923609016", "alfa@alfa.no").await;
    let (beta, _) = invite(&t, &mut b, &case, "Beta AB", "5560160680", "beta@beta.se").await;
    let (gamma, _) = invite(&t, &mut b, &case, "Gamma AS", "986105174", "gamma@gamma.no").await;

    // The package for the e-tendering system, named from the case number.
    let (status, cd, package) =
        crate::procurement::documents::fetch(&t, &b, &format!("/cases/{case}/tender-package.zip")).await;
    assert_eq!(status, 200);
    assert!(cd.contains("2026-310"), "{cd}");
    let mut z = zip::ZipArchive::new(Cursor::new(package)).unwrap();
    let mut names: Vec<String> = (0..z.len()).map(|i| z.by_index(i).unwrap().name().unwrap().to_string()).collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("2026-310 ")), "{names:?}");
    let sheet_name = names.iter().find(|n| n.ends_with(".xlsx")).unwrap().clone();
    let mut sheet = vec![];
    std::io::Read::read_to_end(&mut z.by_name(&sheet_name).unwrap(), &mut sheet).unwrap();
    let set = t.app.current_set(&who, &tillit_domain::CaseId(case.to_string())).await.unwrap().unwrap();
    let n = set.items.len();
    let met = tillit_app::platform::i18n::t(tillit_app::platform::i18n::Locale::Nb, "answer-met");
    let honest = filled(&sheet, |r, c, _| answer_all(r, c, n, &met));
    let tampered = filled(&sheet, |r, c, v| {
        if r == HEADER_ROW + 1 && c == 3 { Some(format!("{v} (endret)")) } else { answer_all(r, c, n, &met) }
    });

    t.clock.advance(100 * 24 * 3600);
    t.send_queued_mail().await;
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert!(b.get(&format!("/cases/{case}")).await.body.contains(r#"id="tender-zip-form""#));

    // One bad sheet and one nobody's: every problem named by its file, and nothing written.
    let bad = zip_of(&[
        ("Alfa AS (923609016)/Svarskjema.xlsx", honest.clone()),
        ("Beta AB 556016-0680/Svar.xlsx", tampered),
        ("Ukjent AS 974760673/Svar.xlsx", honest.clone()),
    ]);
    let r = b.post_file(&format!("/cases/{case}/tender-zip"), "mottatte-tilbud.zip", bad).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("Beta AB 556016-0680/Svar.xlsx: "), "{}", r.body);
    assert!(r.body.contains("the text of requirement"), "{}", r.body);
    assert!(r.body.contains("Ukjent AS 974760673/Svar.xlsx") && r.body.contains("No invited bidder"), "{}", r.body);
    for bid in [&alfa, &beta] {
        assert_eq!(crate::procurement::bids::stored_answers(&t, bid).await, 0, "all or nothing");
    }

    // The honest archive, with the bidders' other documents beside: both read in at once.
    let good = zip_of(&[
        ("Alfa AS (923609016)/Svarskjema.xlsx", honest.clone()),
        ("Alfa AS (923609016)/Firmaattest.pdf", b"%PDF-1.7".to_vec()),
        ("Beta AB 556016-0680/Svar.xlsx", honest.clone()),
    ]);
    let r = b.post_file(&format!("/cases/{case}/tender-zip"), "mottatte-tilbud.zip", good.clone()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    for bid in [&alfa, &beta] {
        let v = t.app.bid(&who, &tillit_domain::BidId(bid.to_string())).await.unwrap();
        assert_eq!((v.bid.status.as_str(), v.bid.source.as_str()), ("submitted", "excel"));
        assert_eq!(v.answers.len(), n);
        assert!(r.body.contains(v.bid.receipt_hash.as_deref().unwrap()), "the receipt list: {}", r.body);
    }
    assert!(r.body.contains("1 other documents") || r.body.contains("1 andre dokumenter"), "{}", r.body);
    assert_eq!(crate::procurement::bids::stored_answers(&t, &gamma).await, 0, "not in the archive, not touched");
    // Read in once: the same archive again is refused.
    let r = b.post_file(&format!("/cases/{case}/tender-zip"), "mottatte-tilbud.zip", good).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("already submitted") || r.body.contains("allerede levert"), "{}", r.body);
    let f = tillit_app::data::AuditFilter { action: Some("bid.import_zip".into()), limit: 10, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 1);
});
