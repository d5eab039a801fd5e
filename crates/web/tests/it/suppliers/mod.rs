//! The supplier register and contracts entered by hand: every refusal names its field and
//! the rule, keeps what was typed and writes nothing.

use crate::both;
use crate::flows::setup_admin;
use crate::support::Resp;

mod import;
mod workspace;

async fn post(b: &mut crate::support::Browser, supplier: &str, f: Vec<(String, String)>) -> Resp {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post(&format!("{supplier}/contracts"), &pairs).await
}

/// A refused form: 422, the message shown once, the field marked and focused.
fn refused(r: &Resp, field_id: &str, says: &str) {
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.body.matches("id=\"form-error\"").count(), 1, "{}", r.body);
    assert!(r.body.contains(says), "{says:?} in {}", r.body);
    let at = r.body.find(&format!("id=\"{field_id}\"")).unwrap_or_else(|| panic!("#{field_id}"));
    let tag = &r.body[at..at + r.body[at..].find('>').unwrap()];
    assert!(tag.contains("aria-invalid=\"true\"") && tag.contains("autofocus"), "{field_id} is marked: {tag}");
}

both!(suppliers_are_registered_once_by_a_valid_organisation_number, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let form = |number: &'static str, country: &'static str| {
        vec![
            ("legal_name", "Visma Enterprise AS"),
            ("country", country),
            ("org_number", number),
            ("website", "https://visma.no"),
        ]
    };
    // Each digit rule is named, with what it expected.
    let r = b.post("/suppliers", &form("974760674", "no")).await;
    refused(&r, "supplier-orgnr", "the check digit (mod 11, the ninth digit) should be 3, not 4");
    assert!(r.body.contains("value=\"974760674\"") && r.body.contains("value=\"Visma Enterprise AS\""), "kept");
    refused(
        &b.post("/suppliers", &form("97476067", "no")).await,
        "supplier-orgnr",
        "it has 8 digits; it should have 9",
    );
    refused(
        &b.post("/suppliers", &form("9747606x3", "no")).await,
        "supplier-orgnr",
        "character 8 (&#34;x&#34;) is not a digit",
    );
    refused(
        &b.post("/suppliers", &form("202100-5449", "se")).await,
        "supplier-orgnr",
        "the check digit (Luhn, the tenth digit) should be 8, not 9",
    );
    refused(
        &b.post(
            "/suppliers",
            &[("legal_name", "X"), ("country", "no"), ("org_number", "974760673"), ("website", "javascript:alert(1)")],
        )
        .await,
        "supplier-website",
        "Website: write an address",
    );
    assert!(b.get("/suppliers").await.body.contains("No suppliers yet"), "nothing was written");

    let r = b.post("/suppliers", &form("974 760 673", "no")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let url = r.location().split('?').next().unwrap().to_string();
    let r = b.post("/suppliers", &form("974760673", "no")).await;
    refused(&r, "supplier-orgnr", "already has a supplier with this number");
    let page = b.get(&url).await;
    assert_eq!(page.by_id("supplier-orgnr"), "974760673 (Norway)");
    assert_eq!(page.by_id("supplier-status"), "Prospective");

    // Contacts by role: a bad address is refused on the contact form and kept.
    let r =
        b.post(&format!("{url}/contacts"), &[("role", "incident_line"), ("name", "Vakt"), ("email", "vakt@")]).await;
    refused(&r, "contact-email", "");
    assert!(r.body.contains("value=\"vakt@\"") && r.body.contains("value=\"incident_line\" selected"));
    let r = b
        .post(
            &format!("{url}/contacts"),
            &[("role", "incident_line"), ("name", "Vakt"), ("email", "vakt@visma.no"), ("phone", "+47 22 00 00 00")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&url).await;
    assert!(page.element("contact-list").contains("24/7 incident line"), "{}", page.body);

    // The status follows the supplier's life.
    assert_eq!(b.post(&format!("{url}/status"), &[("to", "suspended")]).await.status, 422, "not from prospective");
    assert_eq!(b.post(&format!("{url}/status"), &[("to", "active")]).await.status, 303);
    assert_eq!(b.get(&url).await.by_id("supplier-status"), "Active");

    // Contracts by hand: the dates, and a call-off only under this supplier's framework.
    let contract = |kind: &'static str, framework: String, start: &'static str, end: &'static str| {
        vec![
            ("title".to_string(), format!("Avtale {kind}")),
            ("template".to_string(), "ssa_l".to_string()),
            ("kind".to_string(), kind.to_string()),
            ("framework".to_string(), framework),
            ("start_date".to_string(), start.to_string()),
            ("end_date".to_string(), end.to_string()),
        ]
    };
    let r = post(&mut b, &url, contract("single", String::new(), "2027-01-01", "2026-01-01")).await;
    refused(&r, "contract-end", "End date: the contract cannot end before it starts");
    let r = post(&mut b, &url, contract("single", String::new(), "2027-13-01", "")).await;
    refused(&r, "contract-start", "year-month-day");
    let r = post(&mut b, &url, contract("call_off", String::new(), "2027-01-01", "")).await;
    refused(&r, "contract-framework", "a call-off is made under a framework agreement");
    let r = post(&mut b, &url, contract("framework", String::new(), "2025-01-01", "2029-01-01")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let framework = r.location().split('?').next().unwrap().trim_start_matches("/contracts/").to_string();
    let r = post(&mut b, &url, contract("call_off", framework.clone(), "2026-10-15", "2027-12-31")).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let call_off = r.location().split('?').next().unwrap().to_string();
    let page = b.get(&call_off).await;
    assert!(page.body.contains(&format!("/contracts/{framework}")), "the call-off links its framework");
    assert_eq!(page.by_id("contract-status"), "Not started", "the clock is before its start");
    t.clock.advance(40 * 86_400);
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    assert_eq!(b.get(&call_off).await.by_id("contract-status"), "Active");

    // The buyer's people on the contract are members; the service levels as people write them.
    let roles = format!("{call_off}/roles");
    let r = b.post(&roles, &[("contract_manager", "someone-else"), ("availability", "99,95")]).await;
    refused(&r, "holder-manager", "Choose a member of the organisation");
    let r = b.post(&roles, &[("contract_manager", admin.user.as_str()), ("availability", "høy")]).await;
    refused(&r, "sla-availability", "at most two decimals");
    assert!(r.body.contains("value=\"høy\""), "kept");
    let r = b
        .post(&roles, &[("contract_manager", admin.user.as_str()), ("availability", "99,95"), ("rto_hours", "4")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&call_off).await;
    assert_eq!(page.by_id("contract-availability"), "99.95 %");
    assert_ne!(page.by_id("contract-manager"), "No one");

    // A call-off under another supplier's framework is refused.
    let other =
        b.post("/suppliers", &[("legal_name", "Atea AS"), ("country", "no"), ("org_number", "920237126")]).await;
    assert_eq!(other.status, 303, "{}", other.body);
    let other = other.location().split('?').next().unwrap().to_string();
    let pairs = [
        ("title", "Avrop"),
        ("template", "ssa_k"),
        ("kind", "call_off"),
        ("framework", framework.as_str()),
        ("start_date", "2026-02-01"),
    ];
    refused(&b.post(&format!("{other}/contracts"), &pairs).await, "contract-framework", "with the same supplier");

    let list = b.get("/contracts").await;
    assert!(
        list.element("contract-list").contains("Avtale framework")
            && list.element("contract-list").contains("Avtale call_off")
    );
    let register = b.get("/suppliers").await;
    assert!(register.element("supplier-list").contains("2 / 2"), "two contracts, both in force: {}", register.body);

    // The register as Excel, read back with calamine: two sheets, every supplier and contract.
    let (status, disposition, xlsx) = crate::procurement::documents::fetch(&t, &b, "/suppliers/register.xlsx").await;
    assert_eq!(status, 200);
    assert!(disposition.contains("supplier register 2026-10-31.xlsx"), "{disposition}");
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
    use calamine::Reader;
    assert_eq!(wb.sheet_names(), vec!["Suppliers".to_string(), "Contracts".to_string()]);
    let suppliers = wb.worksheet_range("Suppliers").unwrap();
    let rows: Vec<Vec<String>> = suppliers.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0][0], "Legal name");
    assert!(rows.iter().any(|r| r[0] == "Visma Enterprise AS" && r[2] == "974760673" && r[5] == "Active"), "{rows:?}");
    assert_eq!(rows.len(), 3, "a heading and two suppliers");
    let contracts = wb.worksheet_range("Contracts").unwrap();
    let rows: Vec<Vec<String>> = contracts.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    let call = rows.iter().find(|r| r[1] == "Avtale call_off").expect("the call-off");
    assert_eq!((call[0].as_str(), call[4].as_str(), call[5].as_str()), ("974760673", "Avtale framework", "2026-10-15"));
    assert_eq!(call[10], "99.95 %");

    let f = tillit_app::data::AuditFilter { limit: 1000, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(log.iter().any(|r| r.event.action == "export" && r.event.object_type == "supplier_register"));
    for action in ["supplier.create", "supplier.contact_add", "supplier.status", "contract.create", "contract.update"] {
        assert!(log.iter().any(|r| r.event.action == action), "{action} is in the audit chain");
    }
});

both!(the_dpa_and_the_sub_processor_chain_flag_what_needs_action, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/suppliers", &[("legal_name", "Skyfag AS"), ("country", "no"), ("org_number", "974760673")]).await;
    let supplier = r.location().split('?').next().unwrap().to_string();
    let pairs = [("title", "Fagsystem som tjeneste"), ("template", "ssa_sky"), ("start_date", "2026-01-01")];
    let r = b.post(&format!("{supplier}/contracts"), &pairs).await;
    let contract = r.location().split('?').next().unwrap().to_string();
    let list = b.get("/suppliers").await;
    assert!(list.element("supplier-list").contains("No data processing agreement"), "{}", list.body);
    assert!(b.get(&contract).await.body.contains("id=\"dpa-missing\""));

    // The service and its data: levels 1–4, special categories only with personal data,
    // countries as codes; the records of processing need what, why and about whom.
    let service = |c: &'static str, personal: &'static str, special: &'static str, support: &'static str| {
        vec![
            ("description", "Fagsystem for barnehageopptak"),
            ("confidentiality", c),
            ("integrity", "3"),
            ("availability", "2"),
            ("traceability", "3"),
            ("personal_data", personal),
            ("special_categories", special),
            ("subjects", "up_to_10000"),
            ("storage", "NO"),
            ("processing", "NO, SE"),
            ("support", support),
        ]
    };
    refused(
        &b.post(&format!("{contract}/service"), &service("5", "on", "", "SE")).await,
        "service-confidentiality",
        "from 1 to 4",
    );
    let r = b.post(&format!("{contract}/service"), &service("3", "", "on", "SE")).await;
    refused(&r, "service-special", "tick personal data first");
    let r = b.post(&format!("{contract}/service"), &service("3", "on", "", "India")).await;
    refused(&r, "service-support", "&#34;India&#34; is not a two-letter country code");
    assert!(r.body.contains("value=\"India\""), "kept");
    assert_eq!(b.post(&format!("{contract}/service"), &service("3", "on", "", "SE, IN")).await.status, 303);
    assert_eq!(b.get(&contract).await.by_id("service-levels"), "3 / 3 / 2 / 3");
    let records = format!("{contract}/records");
    let r = b.post(&records, &[("record_data", "Navn, fødselsnummer"), ("purpose", "Opptak")]).await;
    refused(&r, "record-subjects", "");
    let r = b
        .post(
            &records,
            &[
                ("record_data", "Navn, fødselsnummer"),
                ("purpose", "Opptak"),
                ("record_subjects", "Barn og foresatte"),
                ("source", "Søknaden"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(b.get(&contract).await.element("record-list").contains("Barn og foresatte"));

    // The DPA's numbers must leave time to act.
    let dpa = |hours: &'static str, notice: &'static str, objection: &'static str| {
        vec![
            ("dpa_template", "ssa_dba"),
            ("version", "2024"),
            ("signed", "2025-12-15"),
            ("breach_notice_hours", hours),
            ("subprocessor_notice_days", notice),
            ("objection_days", objection),
            ("deletion_days", "30"),
            ("audit_clause", "on"),
        ]
    };
    let r = b.post(&format!("{contract}/dpa"), &dpa("96", "30", "14")).await;
    refused(&r, "dpa-breach", "between 1 and 72 hours");
    assert!(r.body.contains("value=\"96\""), "kept");
    refused(
        &b.post(&format!("{contract}/dpa"), &dpa("24", "10", "14")).await,
        "dpa-objection",
        "cannot be longer than the notice",
    );
    assert_eq!(b.post(&format!("{contract}/dpa"), &dpa("24", "30", "14")).await.status, 303);
    let page = b.get(&contract).await;
    assert_eq!(page.by_id("dpa-breach-hours"), "24");
    assert!(!b.get("/suppliers").await.element("supplier-list").contains("No data processing agreement"));

    // A sub-processor in the US without a transfer basis is critical on the contract, the
    // supplier's page and the register.
    let sub =
        |name: &'static str, country: &'static str, locations: &'static str, basis: &'static str, parent: String| {
            vec![
                ("name".to_string(), name.to_string()),
                ("sub_country".to_string(), country.to_string()),
                ("locations".to_string(), locations.to_string()),
                ("transfer_basis".to_string(), basis.to_string()),
                ("role".to_string(), "Drift".to_string()),
                ("parent".to_string(), parent),
            ]
        };
    let add = |f: Vec<(String, String)>| {
        let url = format!("{contract}/sub-processors");
        (url, f)
    };
    let (url, f) = add(sub("Nordic Hosting AB", "SE", "Irland", "", String::new()));
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    refused(&b.post(&url, &pairs).await, "sub-locations", "&#34;Irland&#34; is not a two-letter country code");
    let (url, f) = add(sub("Nordic Hosting AB", "SE", "SE, IE", "none_needed", String::new()));
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(b.post(&url, &pairs).await.status, 303);
    let page = b.get(&contract).await;
    let first = page.body.split("name=\"sub\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let (url, f) = add(sub("Support Inc", "US", "US", "", first.clone()));
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(b.post(&url, &pairs).await.status, 303);
    let page = b.get(&contract).await;
    let chain = page.element("sub-processor-list");
    assert!(chain.contains("— Support Inc"), "a fourth party under the third: {chain}");
    assert!(chain.contains("Outside the EEA without a transfer basis: US"), "{chain}");
    let supplier_page = b.get(&supplier).await;
    assert!(supplier_page.element("supplier-critical").contains("Support Inc"), "{}", supplier_page.body);
    assert!(b.get("/suppliers").await.element("supplier-list").contains("Transfer outside the EEA without a basis"));

    // The chain has no loops: the third party cannot work for its own sub-processor.
    let fourth = chain_id(&page.body, "Support Inc");
    let r = b
        .post(&format!("{contract}/sub-processors/move"), &[("sub", first.as_str()), ("parent", fourth.as_str())])
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("work for itself through the chain"), "{}", r.body);

    // Objecting needs a reason; an objected sub-processor processes nothing, so no flag.
    let decide = format!("{contract}/sub-processors/decide");
    let r = b.post(&decide, &[("sub", fourth.as_str()), ("to", "removed")]).await;
    assert_eq!(r.status, 303, "an approved one can be removed: {}", r.body);
    let page = b.get(&contract).await;
    assert!(!page.element("sub-processor-list").contains("Outside the EEA without"), "removed: no transfer");
    assert!(!b.get(&supplier).await.body.contains("supplier-critical"));
    let r = b.post(&decide, &[("sub", first.as_str()), ("to", "objected")]).await;
    assert_eq!(r.status, 422, "an approved one is not objected to afterwards");

    // The register narrows to what needs attention.
    let shown = |r: &Resp| r.element("supplier-list").matches("<tr>").count() - 1;
    let r = b.get("/suppliers?flag=transfer").await;
    assert_eq!(shown(&r), 0, "the transfer was removed");
    assert_eq!(shown(&b.get("/suppliers?flag=no_dpa").await), 0);
    assert_eq!(shown(&b.get("/suppliers?status=active").await), 0, "Skyfag is still prospective");
    assert_eq!(shown(&b.get("/suppliers?status=prospective&tier=").await), 1);
    let ending = [
        ("title", "Gammel drift"),
        ("template", "ssa_d"),
        ("start_date", "2024-01-01"),
        ("end_date", "2026-12-31"),
        ("notice_months", "1"),
    ];
    assert_eq!(b.post(&format!("{supplier}/contracts"), &ending).await.status, 303);
    let r = b.get("/suppliers?flag=ending").await;
    assert_eq!(shown(&r), 1, "{}", r.body);
    assert!(r.element("supplier-list").contains("plan the exit"));
    assert!(r.body.contains("value=\"ending\" selected"), "the filter shows what it is set to");

    let f = tillit_app::data::AuditFilter { limit: 1000, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    for action in ["dpa.put", "sub_processor.add", "sub_processor.decide", "contract.service", "processing_record.add"]
    {
        assert!(log.iter().any(|r| r.event.action == action), "{action} is in the audit chain");
    }
});

/// The id of the sub-processor named `name` on a contract page (from its row's id).
fn chain_id(body: &str, name: &str) -> String {
    let at = body.find(&format!("{name} (")).unwrap_or_else(|| panic!("{name} on the page"));
    let row = body[..at].rfind("<tr id=\"sub-").unwrap();
    body[row + 12..].split('"').next().unwrap().to_string()
}

both!(certificates_show_their_status_at_the_clock_and_what_needs_attention, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/suppliers", &[("legal_name", "Drift AS"), ("country", "no"), ("org_number", "974760673")]).await;
    let supplier = r.location().split('?').next().unwrap().to_string();
    let certs = format!("{supplier}/certificates");
    // The clock is 2026-09-21: a 2013 certificate is relied on after the edition lapsed.
    let r = b
        .post(
            &certs,
            &[
                ("cert_kind", "iso27001"),
                ("edition", "2013"),
                ("valid_from", "2027-01-01"),
                ("valid_until", "2026-12-31"),
            ],
        )
        .await;
    refused(&r, "cert-until", "cannot end before it starts");
    assert!(r.body.contains("value=\"2013\""), "kept");
    let r = b
        .post(
            &certs,
            &[
                ("cert_kind", "iso27001"),
                ("edition", "2013"),
                ("number", "NO-1"),
                ("body", "DNV"),
                ("valid_until", "2027-06-30"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&supplier).await;
    let list = page.element("certificate-list");
    assert!(list.contains("ISO/IEC 27001:2013") && list.contains("lapsed on 31 October 2025"), "{list}");
    assert!(b.get("/suppliers").await.element("supplier-list").contains("A certificate needs attention"));

    // A SOC 2 report running out within 90 days, whose scope does not cover the service.
    let pairs = [("cert_kind", "soc2_type2"), ("coverage", "no"), ("valid_until", "2026-11-30")];
    assert_eq!(b.post(&certs, &pairs).await.status, 303);
    let list = b.get(&supplier).await.element("certificate-list");
    assert!(list.contains("Runs out soon") && list.contains("does not cover the service"), "{list}");
    t.clock.advance(80 * 86_400);
    let mut b = crate::flows::sign_in(&t, &admin.email, Some(&admin.secret)).await;
    let page = b.get(&supplier).await;
    assert!(page.element("certificate-list").contains("Expired"), "{}", page.body);

    // The body withdraws the 2013 certificate.
    let id = page.body.split("name=\"certificate\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(b.post(&format!("{certs}/withdraw"), &[("certificate", id.as_str())]).await.status, 303);
    assert!(b.get(&supplier).await.element("certificate-list").contains("Withdrawn"));
    let r = b.post(&format!("{certs}/withdraw"), &[("certificate", id.as_str())]).await;
    assert_eq!(r.status, 422, "once");
    let log = t.audit_log(&admin.org, &tillit_app::data::AuditFilter { limit: 1000, ..Default::default() }).await;
    assert!(log.iter().any(|r| r.event.action == "supplier.certificate_withdraw"));
});

both!(a_hand_entered_contract_gets_a_frozen_set_from_a_catalogue_once, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let made = tillit_app::testing::supplier_with_contract(&t.db, &admin.org, "974760673").await.unwrap();
    let c = format!("/contracts/{}", made.contract);
    let page = b.get(&c).await;
    assert!(page.body.contains("id=\"set-catalogue\""), "a catalogue to choose");
    let r = b.post(&format!("{c}/requirement-set"), &[("catalogue", "no-such-catalogue")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = b.post(&format!("{c}/requirement-set"), &[("catalogue", "builtin:sikkerhetskrav-anskaffelser")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&c).await;
    let hash = page.by_id("contract-set-hash");
    assert_eq!(hash.len(), 64, "a SHA-256: {hash}");
    assert!(!page.body.contains("id=\"set-catalogue\""), "chosen once");
    // The hash is over the requirements as frozen: recomputed from the stored items it agrees.
    let items: Vec<(String, String, String, String, String)> = t
        .db
        .fetch_all(
            "SELECT requirement_id, catalogue, reference, area, text FROM contract_set_items WHERE contract_id = $1 ORDER BY position",
            tillit_app::testing::args![made.contract.as_str()],
        )
        .await
        .unwrap();
    assert_eq!(items.len(), 46, "every requirement of the seed catalogue");
    let frozen: Vec<_> = items
        .into_iter()
        .map(|(id, cat, r, area, text)| tillit_domain::procurement::tender::FrozenItem {
            requirement_id: id,
            catalogue: cat,
            reference: r,
            area,
            original_text: text.clone(),
            text,
            kind: tillit_domain::procurement::requirement_set::Kind::Must,
            weight: 0,
        })
        .collect();
    assert_eq!(tillit_domain::procurement::tender::set_hash(&made.contract, 1, &frozen), hash);
    let r = b.post(&format!("{c}/requirement-set"), &[("catalogue", "builtin:sikkerhetskrav-anskaffelser")]).await;
    assert_eq!(r.status, 422, "a frozen set does not change");
    let f = tillit_app::data::AuditFilter { limit: 100, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert_eq!(log.iter().filter(|r| r.event.action == "contract.set_freeze").count(), 1);
});
