//! Existing suppliers and contracts read in from a workbook: every problem by sheet, row and
//! column with nothing written, or everything written at once.

use crate::both;
use crate::flows::setup_admin;

/// A workbook of sheets of text rows.
fn workbook(sheets: &[(&str, Vec<Vec<&str>>)]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string(r as u32, c as u16, *v).unwrap();
                }
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

both!(the_register_is_read_in_all_at_once_or_not_at_all, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let suppliers_head =
        vec!["Juridisk navn", "Land", "Organisasjonsnummer", "Konsern (morselskap)", "Nettsted", "Status"];
    let contracts_head = vec![
        "Organisasjonsnummer",
        "Kontrakt",
        "Avtaleverk",
        "Type",
        "Rammeavtale",
        "Start",
        "Slutt",
        "Oppsigelsestid (måneder)",
    ];

    // Every problem at once, each by its cell; nothing is written.
    let bad = workbook(&[
        (
            "Leverandører",
            vec![
                [suppliers_head.clone(), vec!["Farge"]].concat(),
                vec!["Visma Enterprise AS", "Norge", "974760674", "", "", "Aktiv"],
                vec!["Atea AS", "Norge", "920237126", "", "", ""],
                vec!["Atea Norge AS", "NO", "920 237 126", "", "", ""],
            ],
        ),
        (
            "Kontrakter",
            vec![
                contracts_head.clone(),
                vec!["920237126", "Rammeavtale PC", "SSA-K (kjøp)", "Rammeavtale", "", "2025-01-01", "2028-12-31", "3"],
                vec!["920237126", "Avrop PC 2026", "ssa_k", "call_off", "Ukjent ramme", "2026-02-01", "", ""],
                vec!["920237126", "Drift", "ssa_d", "", "", "01.02.2026", "", ""],
                vec!["999999999", "Noe", "ssa_d", "", "", "2026-02-01", "", ""],
            ],
        ),
    ]);
    let r = b.post_file("/suppliers/import", "register.xlsx", bad).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let problems = r.element("import-problems");
    for expected in [
        "Leverandører!G1",
        "The column &#34;Farge&#34; is not one the register reads",
        "Leverandører!C2",
        "should be 3, not 4",
        "Leverandører!C4",
        "The same organisation number as row 3",
        "Kontrakter!E3",
        "Kontrakter!F4",
        "year-month-day",
        "Kontrakter!A5",
        "No supplier with organisation number 999999999",
    ] {
        assert!(problems.contains(expected), "{expected} in {problems}");
    }
    assert!(b.get("/suppliers").await.body.contains("No suppliers yet"), "nothing was written");

    // Right: suppliers and contracts, a call-off under the framework of the same sheet.
    let good = workbook(&[
        (
            "Leverandører",
            vec![
                suppliers_head.clone(),
                vec!["Visma Enterprise AS", "Norge", "974760673", "Visma", "https://visma.no", "Aktiv"],
                vec!["Atea AS", "no", "920 237 126", "", "", ""],
            ],
        ),
        (
            "Kontrakter",
            vec![
                contracts_head.clone(),
                vec!["920237126", "Rammeavtale PC", "SSA-K (kjøp)", "Rammeavtale", "", "2025-01-01", "2028-12-31", "3"],
                vec!["920237126", "Avrop PC 2026", "ssa_k", "call_off", "Rammeavtale PC", "2026-02-01", "", ""],
                vec!["974760673", "Økonomisystem", "SSA-L (licence)", "", "", "2024-01-01", "2027-12-31", "6"],
            ],
        ),
    ]);
    let r = b.post_file("/suppliers/import", "register.xlsx", good).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.by_id("import-summary").contains("2 suppliers"), "{}", r.body);
    let list = b.get("/suppliers").await.element("supplier-list");
    assert!(list.contains("Visma Enterprise AS") && list.contains("Atea AS"), "{list}");
    assert!(list.contains("Active"), "the status as written in Norwegian");
    let contracts = b.get("/contracts").await;
    let call_off = contracts.body.split("href=\"/contracts/").find(|s| s.contains(">Avrop PC 2026<")).unwrap();
    let id = call_off.split('"').next().unwrap();
    let page = b.get(&format!("/contracts/{id}")).await;
    assert!(page.body.contains("Rammeavtale PC"), "the call-off links its framework: {}", page.body);

    // The same again: every row is already in the register, and nothing is written twice.
    let again =
        workbook(&[("Leverandører", vec![suppliers_head.clone(), vec!["Atea AS", "no", "920237126", "", "", ""]])]);
    let r = b.post_file("/suppliers/import", "register.xlsx", again).await;
    assert_eq!(r.status, 422);
    assert!(r.element("import-problems").contains("already has a supplier with this number"));

    // The register's own download reads back in (its headings, in English).
    let (_, _, export) = crate::procurement::documents::fetch(&t, &b, "/suppliers/register.xlsx").await;
    let r = b.post_file("/suppliers/import", "register.xlsx", export).await;
    assert_eq!(r.status, 422, "its rows are in the register already");
    assert!(!r.body.contains("is not one the register reads"), "every heading is read: {}", r.body);
    let log = t.audit_log(&admin.org, &tillit_app::data::AuditFilter { limit: 1000, ..Default::default() }).await;
    assert_eq!(log.iter().filter(|r| r.event.action == "supplier.import").count(), 1);
});
