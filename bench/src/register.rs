//! The supplier register's benchmark (issue 13): a register of 2,000 suppliers, 5,000
//! contracts, 20,000 sub-processors and 10,000 certificates; the register page and a
//! supplier's page through the server, the Excel export of every contract, and the Excel
//! import of 2,000 suppliers and 5,000 contracts (the export read back in, in another
//! organisation), on SQLite and PostgreSQL.
//!
//! cargo run --release -p tillit-bench -- register [sqlite|postgres|both]
//!
//! `organisation` is the benchmark organisation generator the follow-up areas grow: it
//! writes a realistic register straight through the store in one transaction.

use crate::{drop_db, fresh, median, ms, pct, signed_in_with_totp, timed_page};
use std::time::Instant;
use tillit_app::Actor;
use tillit_app::platform::i18n::Locale;
use tillit_domain::contracts::contract::{ContractDates, ContractKind, ContractTemplate};
use tillit_domain::contracts::sub_processor::SubProcessorStatus;
use tillit_domain::suppliers::certificate::{AttestationKind, Coverage};
use tillit_domain::suppliers::org_number::{Country, OrgNumber};
use tillit_domain::suppliers::supplier::{ContactRole, SupplierStatus};
use tillit_domain::{OrgId, SupplierId};
use tillit_store::{Backend, Db, contracts, suppliers};

const PASSWORD: &str = "a long bench password 2026";
const DAY: i64 = 86_400;

/// How big the generated organisation is.
pub struct Size {
    pub suppliers: usize,
    pub contracts: usize,
    pub sub_processors: usize,
    pub certificates: usize,
}

/// The register.
pub const REGISTER: Size = Size { suppliers: 2_000, contracts: 5_000, sub_processors: 20_000, certificates: 10_000 };

/// The `n`th valid Norwegian organisation number (nine digits, mod 11).
fn org_number(n: usize) -> String {
    (900_000_000u64 + n as u64 * 41..)
        .map(|x| x.to_string())
        .find(|s| OrgNumber::parse(Country::No, s).is_ok())
        .expect("a valid number within a few steps")
}

/// Writes a register of `size` into the organisation: suppliers with contacts, contracts
/// spread over them (one in ten running out within the year, one in five ended), four
/// sub-processors per contract as a chain (one in ten sending data to the US without a
/// basis), certificates (some expired, some of the lapsed 2013 edition). Returns the
/// suppliers' ids.
pub async fn organisation(db: &Db, org: &OrgId, size: &Size, now: i64) -> Vec<SupplierId> {
    let mut tx = db.begin().await.expect("tx");
    let mut ids = vec![];
    let mut rows = vec![];
    for i in 0..size.suppliers {
        let name = format!("Leverandør {i} AS");
        let number = org_number(i);
        let s = suppliers::NewSupplier {
            org_id: org,
            legal_name: &name,
            country: "no",
            org_number: &number,
            parent_group: if i % 7 == 0 { "Konsern ASA" } else { "" },
            website: "",
            status: if i % 20 == 0 { SupplierStatus::Prospective } else { SupplierStatus::Active },
            created_by: "bench",
            now,
        };
        let id = suppliers::insert(&mut tx, s).await.expect("supplier");
        let row = suppliers::get_tx(&mut tx, org, &id).await.expect("db").expect("row");
        let email = format!("sikkerhet@leverandor{i}.no");
        let c = suppliers::NewContact {
            role: ContactRole::Security,
            name: "Sikkerhetsansvarlig",
            email: &email,
            phone: "",
            now,
        };
        suppliers::add_contact(&mut tx, &row, c).await.expect("contact");
        ids.push(id);
        rows.push(row);
    }
    let per_contract = size.sub_processors / size.contracts.max(1);
    for k in 0..size.contracts {
        let s = &rows[k % rows.len()];
        // Started at least two months ago, so one that ended a month ago began before it.
        let start = now - (k as i64 % 2000 + 60) * DAY;
        let end = match k % 10 {
            0 => Some(now + 200 * DAY),
            1 | 2 => Some(now - 30 * DAY),
            3 => None,
            _ => Some(start + 4 * 365 * DAY),
        };
        let title = format!("Tjeneste {k}");
        let c = contracts::NewContract {
            supplier: s,
            title: &title,
            award: None,
            kind: ContractKind::Single,
            framework: None,
            template: if k % 3 == 0 { ContractTemplate::SsaSky } else { ContractTemplate::SsaD },
            dates: ContractDates { start, end, notice_months: 3, terminates_at: None },
            options_note: "",
            created_by: "bench",
            now,
        };
        let cid = contracts::insert(&mut tx, c).await.expect("contract");
        let crow = contracts::get_tx(&mut tx, org, &cid).await.expect("db").expect("row");
        let mut parent: Option<String> = None;
        for j in 0..per_contract {
            let outside = k % 10 == 0 && j == per_contract - 1;
            let name = format!("Underleverandør {k}-{j}");
            let sp = contracts::NewSubProcessor {
                parent_id: parent.as_deref(),
                name: &name,
                org_number: "",
                country: if outside { "US" } else { "SE" },
                role: "Drift",
                data_categories: "Kontaktopplysninger",
                locations: if outside { "US" } else { "SE,NO" },
                transfer_basis: if outside { None } else { Some("none_needed") },
                tia_date: None,
                tia_result: "",
                status: SubProcessorStatus::Approved,
                by: "bench",
                now,
                announced: None,
            };
            let sid = contracts::add_sub_processor(&mut tx, &crow, sp).await.expect("sub-processor");
            // Every other one works for the one before it: fourth parties.
            parent = if j % 2 == 0 { Some(sid) } else { None };
        }
    }
    for n in 0..size.certificates {
        let s = &rows[n % rows.len()];
        let number = format!("C-{n}");
        let cert = suppliers::NewCertificate {
            kind: if n % 4 == 0 { AttestationKind::Soc2Type2 } else { AttestationKind::Iso27001 },
            name: "",
            number: &number,
            body: "DNV",
            accreditation: "Norsk akkreditering",
            edition: if n % 9 == 0 { "2013" } else { "2022" },
            scope: "Drift og utvikling",
            coverage: if n % 5 == 0 { Coverage::Partly } else { Coverage::Yes },
            coverage_note: "",
            valid_from: Some(now - 400 * DAY),
            valid_until: now + ((n as i64 % 40) - 5) * 30 * DAY,
            last_surveillance: None,
            by: "bench",
            now,
        };
        suppliers::add_certificate(&mut tx, s, cert).await.expect("certificate");
    }
    tx.commit().await.expect("commit");
    ids
}

pub async fn run(backend: Backend) -> Vec<(String, String)> {
    let label = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let mut out = vec![];
    let (app, scratch) = fresh(backend, "register").await;
    let org = app.admin_create_org("Bench kommune", "admin@bench.test", "Bench", PASSWORD).await.expect("org");
    let actor = Actor::command_line(org.clone());
    let t = Instant::now();
    let ids = organisation(&scratch.db, &org, &REGISTER, app.now().0).await;
    out.push((format!("{label}: generating the register (one transaction)"), ms(t.elapsed())));

    // The export of every contract, and the same file read into fresh organisations.
    let mut exports = vec![];
    let mut bytes = vec![];
    for _ in 0..crate::RUNS {
        let t = Instant::now();
        bytes = app.register_workbook(&actor, Locale::Nb).await.expect("export");
        exports.push(t.elapsed());
    }
    out.push((
        format!("{label}: Excel export, 2,000 suppliers + 5,000 contracts (median of {})", crate::RUNS),
        format!("{} ({} KB)", ms(median(exports)), bytes.len() / 1024),
    ));
    let mut imports = vec![];
    for i in 0..crate::RUNS {
        let other =
            app.admin_create_org(&format!("Import {i}"), "admin@bench.test", "Bench", PASSWORD).await.expect("org");
        let t = Instant::now();
        let done = app.import_register(&Actor::command_line(other), &bytes, Locale::Nb).await.expect("import");
        imports.push(t.elapsed());
        let done = done.unwrap_or_else(|p| panic!("{} problems, first {}: {}", p.len(), p[0].place, p[0].message));
        assert_eq!((done.suppliers.len(), done.contracts.len()), (2_000, 5_000));
    }
    out.push((
        format!("{label}: Excel import, 2,000 suppliers + 5,000 contracts (median of {})", crate::RUNS),
        ms(median(imports)),
    ));

    // The pages through the server, as a signed-in administrator sees them.
    let token = signed_in_with_totp(&app, "admin@bench.test", PASSWORD).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let state = tillit_web::AppState::new(app.clone(), tillit_web::WebConfig::default());
    let server = tokio::spawn(async move {
        let _ = tillit_web::server::serve(state, listener, None, std::future::pending()).await;
    });
    let client = reqwest::Client::new();
    let cookie = format!("tillit-session={token}");
    let page = |path: String| timed_page(&client, addr, &cookie, path);
    page("/suppliers".into()).await;
    let mut list = vec![];
    for _ in 0..30 {
        list.push(page("/suppliers".into()).await);
    }
    out.push((
        format!("{label}: register page, 2,000 suppliers p50 / p99 (30 requests)"),
        format!("{} / {}", ms(pct(&list, 0.5)), ms(pct(&list, 0.99))),
    ));
    let mut one = vec![];
    for i in 0..60 {
        one.push(page(format!("/suppliers/{}", ids[(i * 37) % ids.len()])).await);
    }
    out.push((
        format!(
            "{label}: a supplier's page (2–3 contracts, 10 sub-processors, 5 certificates) p50 / p99 (60 suppliers)"
        ),
        format!("{} / {}", ms(pct(&one, 0.5)), ms(pct(&one, 0.99))),
    ));
    server.abort();
    drop_db(scratch).await;
    out
}
