//! Procurement benchmarks (issue 4): the comparison page for 10 bidders × 150 requirements,
//! the decision basis PDF for that case, and 50 suppliers saving answers at once through
//! the portal use case, checked for errors and lost updates.

use crate::{fresh_with, ms, pct};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};
use tillit_app::procurement::portal::AnswerInput;
use tillit_app::{Actor, App};
use tillit_domain::procurement::Status;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::{Clock, Timestamp};
use tillit_store::Backend;

/// A clock the benchmark moves past the deadline.
pub struct BenchClock(pub AtomicI64);

impl Clock for BenchClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}

pub(crate) const T0: i64 = 1_790_000_000;
pub(crate) const PASSWORD: &str = "a long bench password 2026";

/// The portal token sent by e-mail to each address, in the order given.
pub(crate) async fn tokens(app: &App, db: &tillit_store::Db, emails: &[String]) -> Vec<String> {
    let rows: Vec<(String,)> =
        db.fetch_all("SELECT payload FROM jobs WHERE payload LIKE 'sealed:%'", vec![]).await.expect("jobs");
    // Waiting mail is sealed with the instance key (a copy of the database reveals no link).
    let open =
        |p: &str| app.config.keys.open_text(tillit_app::platform::keys::Purpose::Mail, p).expect("a sealed mail");
    let mails: Vec<serde_json::Value> =
        rows.iter().map(|(p,)| serde_json::from_str(&open(p)).expect("payload")).collect();
    emails
        .iter()
        .map(|e| {
            let m = mails.iter().rev().find(|m| m["to"] == e.as_str()).expect("an invitation");
            let body = m["body"].as_str().expect("body");
            body.split("/portal/").nth(1).and_then(|t| t.split_whitespace().next()).expect("a link").to_string()
        })
        .collect()
}

/// A published case asking `n` requirements (a third award with equal weights, at most 50;
/// the rest must) and `bids` invited bidders; returns (case id, tokens).
pub(crate) async fn published_case(
    app: &App,
    db: &tillit_store::Db,
    actor: &Actor,
    n: usize,
    bids: usize,
) -> (tillit_domain::CaseId, Vec<String>) {
    let org = actor.org_id.clone();
    let catalogue = crate::generated(n, "Bench requirements");
    let r = app.import_catalogue_cli(&org, "bench.json", &catalogue, false, &mut |_, _| {}).await.expect("import");
    let cat = r.expect("no problems").1.expect("written");
    let reqs = app.catalogue(actor, &cat).await.expect("catalogue").requirements;
    let case = app.create_case(actor, &format!("B-{n}-{bids}"), "Benchmark", "").await.expect("case");
    // A third award requirements, at most 50 (weights are whole percent of the award total).
    let awards = (reqs.len() / 3).min(50);
    let weights = tillit_domain::procurement::requirement_set::split_weights(awards);
    for (i, r) in reqs.iter().enumerate() {
        let (kind, w) = if i < awards { (Kind::Award, weights[i]) } else { (Kind::Must, 0) };
        app.put_set_item(actor, &case, &r.id, kind, w, "").await.expect("set item");
    }
    app.set_deadline(actor, &case, app.now().0 + 7 * 86_400, "").await.expect("deadline");
    app.move_case(actor, &case, Status::Published).await.expect("publish");
    let mut emails = vec![];
    for i in 0..bids {
        // Valid Norwegian organisation numbers: 9 digits, mod-11.
        let orgnr = (100_000_000u64 + i as u64 * 7919..)
            .map(|x| x.to_string())
            .find(|s| {
                tillit_domain::suppliers::org_number::OrgNumber::parse(
                    tillit_domain::suppliers::org_number::Country::No,
                    s,
                )
                .is_ok()
            })
            .expect("orgnr");
        let inv = tillit_app::procurement::bids::Invitation {
            company: &format!("Leverandør {i:02} AS"),
            country: "no",
            org_number: &orgnr,
            email: &format!("anbud{i}.{n}-{bids}@leverandor.test"),
        };
        app.invite_bidder(actor, &case, inv).await.expect("invite");
        emails.push(format!("anbud{i}.{n}-{bids}@leverandor.test"));
    }
    (case, tokens(app, db, &emails).await)
}

fn answers(app_items: &[tillit_domain::procurement::tender::FrozenItem], round: usize) -> Vec<AnswerInput> {
    app_items
        .iter()
        .map(|i| AnswerInput {
            requirement_id: i.requirement_id.clone(),
            status: if round.is_multiple_of(2) { "met".into() } else { "partly_met".into() },
            description: format!("Svar runde {round}: beskrevet i vedlagt dokumentasjon."),
            evidence_ref: format!("Vedlegg {round}"),
            evidence_id: String::new(),
        })
        .collect()
}

pub async fn run(backend: Backend) -> Vec<(String, String)> {
    let label = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let clock = Arc::new(BenchClock(AtomicI64::new(T0)));
    let (app, s) = fresh_with(backend, "proc", clock.clone()).await;
    let org = app.admin_create_org("Bench", "kari@example.test", "Bench", PASSWORD).await.expect("org");
    let user = tillit_store::identity::users::by_email(&s.db, "kari@example.test").await.expect("db").expect("user");
    let mut actor = Actor::command_line(org.clone());
    actor.user_id = user.user_id();
    actor.email = user.email.clone();
    let mut out = vec![];

    // 10 bidders × 150 requirements, all answered, submitted and judged by consensus.
    let (case, toks) = published_case(&app, &s.db, &actor, 150, 10).await;
    let set = app.current_set(&actor, &case).await.expect("set").expect("published");
    for t in &toks {
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        app.portal_save(t, "127.0.0.1", v.bid.revision, &answers(&set.items, 0)).await.expect("save");
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        app.portal_submit(t, "127.0.0.1", v.bid.revision).await.expect("submit");
    }
    clock.0.fetch_add(8 * 86_400, Ordering::SeqCst);
    app.move_case(&actor, &case, Status::Evaluation).await.expect("evaluation");
    app.set_lead_evaluator(&actor, &case, actor.user_id.as_str()).await.expect("lead");
    for (n, b) in app.bids(&actor, &case).await.expect("bids").iter().enumerate() {
        let input: Vec<tillit_app::procurement::evaluation::JudgementInput> = set
            .items
            .iter()
            .map(|i| tillit_app::procurement::evaluation::JudgementInput {
                requirement_id: i.requirement_id.clone(),
                verdict: if i.kind == Kind::Must { "pass".into() } else { String::new() },
                score: if i.kind == Kind::Award { ((n + i.reference.len()) % 11).to_string() } else { String::new() },
                justification: "Vurdert mot svar og dokumentasjon.".into(),
            })
            .collect();
        app.save_judgements(&actor, &b.id, &input, true).await.expect("consensus");
    }
    assert!(app.comparison(&actor, &case).await.expect("comparison").complete);

    // The comparison page over HTTP, as the signed-in lead evaluator sees it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let state = tillit_web::AppState::new(app.clone(), tillit_web::WebConfig::default());
    let server = tokio::spawn(async move {
        let _ = tillit_web::server::serve(state, listener, None, std::future::pending()).await;
    });
    app.admin_add_user(&org, "so@example.test", "SO", tillit_domain::Role::SecurityOfficer, PASSWORD)
        .await
        .expect("user");
    let cookie = format!("tillit-session={}", crate::signed_in_with_totp(&app, "so@example.test", PASSWORD).await);
    let client = reqwest::Client::new();
    let mut page = vec![];
    for _ in 0..30 {
        let t = Instant::now();
        let r = client
            .get(format!("http://{addr}/cases/{case}/comparison"))
            .header("cookie", &cookie)
            .send()
            .await
            .expect("get");
        assert!(r.status().is_success(), "comparison: {}", r.status());
        let body = r.text().await.expect("body");
        page.push(t.elapsed());
        assert!(body.contains("Leverandør 09 AS"));
    }
    out.push((
        format!("{label}: comparison page, 10 bidders × 150 requirements p50 / p99"),
        format!("{} / {}", ms(pct(&page, 0.5)), ms(pct(&page, 0.99))),
    ));
    let mut pdf = vec![];
    let mut size = 0;
    for _ in 0..5 {
        let t = Instant::now();
        size = app.report_pdf(&actor, &case).await.expect("report").len();
        pdf.push(t.elapsed());
    }
    out.push((
        format!("{label}: decision basis PDF for that case ({} kB), median of 5", size / 1024),
        ms(pct(&pdf, 0.5)),
    ));
    // Beside it: LibreOffice turning the same report, as Word, into PDF (when installed).
    let docx = app.report_docx(&actor, &case).await.expect("docx");
    let dir = std::env::temp_dir().join(format!("tillit-bench-lo-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("report.docx");
    std::fs::write(&file, &docx).expect("write docx");
    let mut lo = vec![];
    for _ in 0..3 {
        let _ = std::fs::remove_file(dir.join("report.pdf"));
        let t = Instant::now();
        match std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&file)
            .output()
        {
            Ok(o) if o.status.success() && dir.join("report.pdf").exists() => lo.push(t.elapsed()),
            Ok(o) => {
                eprintln!("soffice: {}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
                break;
            }
            Err(e) => {
                eprintln!("soffice is not installed ({e}): no comparison run");
                break;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    if !lo.is_empty() {
        out.push((
            format!("{label}: beside it, LibreOffice converting the same report (Word) to PDF, median of 3"),
            ms(pct(&lo, 0.5)),
        ));
    }
    server.abort();

    // 50 suppliers saving at once, 5 rounds each; every save must land, none lost.
    clock.0.store(T0, Ordering::SeqCst);
    let (case50, toks50) = published_case(&app, &s.db, &actor, 50, 50).await;
    let set50 = Arc::new(app.current_set(&actor, &case50).await.expect("set").expect("published").items);
    let started = Instant::now();
    let mut tasks = vec![];
    for t in toks50.clone() {
        let app = app.clone();
        let items = set50.clone();
        tasks.push(tokio::spawn(async move {
            let mut errors = 0;
            let mut times: Vec<Duration> = vec![];
            for round in 0..5 {
                let v = app.portal(&t, "127.0.0.1").await.expect("portal");
                let s = Instant::now();
                if let Err(e) = app.portal_save(&t, "127.0.0.1", v.bid.revision, &answers(&items, round)).await {
                    if errors == 0 {
                        eprintln!("save failed: {e}");
                    }
                    errors += 1;
                }
                times.push(s.elapsed());
            }
            (errors, times)
        }));
    }
    let mut errors = 0;
    let mut saves = vec![];
    for t in tasks {
        let (e, times) = t.await.expect("task");
        errors += e;
        saves.extend(times);
    }
    let wall = started.elapsed();
    // No lost update: each bid is at revision 5 with the last round's answers.
    let mut lost = 0;
    for t in &toks50 {
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        let last_round = v.answers.values().all(|a| a.evidence_ref == "Vedlegg 4") && v.answers.len() == set50.len();
        if v.bid.revision != 5 || !last_round {
            lost += 1;
        }
    }
    out.push((
        format!("{label}: 50 suppliers × 5 saves of 50 answers at once: errors / lost updates"),
        format!("{errors} / {lost}"),
    ));
    out.push((
        format!("{label}: that run: wall time, save p50 / p99"),
        format!("{} ({} / {})", ms(wall), ms(pct(&saves, 0.5)), ms(pct(&saves, 0.99))),
    ));
    // Two saves of one bid from the same page at once: one lands, the other is refused
    // (never both, never silently lost).
    let mut both_landed = 0;
    let mut none_landed = 0;
    for t in toks50.iter().take(10) {
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        let (a1, a2) = (app.clone(), app.clone());
        let (t1, t2) = (t.clone(), t.clone());
        let (i1, i2) = (set50.clone(), set50.clone());
        let rev = v.bid.revision;
        let x = tokio::spawn(async move { a1.portal_save(&t1, "127.0.0.1", rev, &answers(&i1, 10)).await.is_ok() });
        let y = tokio::spawn(async move { a2.portal_save(&t2, "127.0.0.1", rev, &answers(&i2, 11)).await.is_ok() });
        match (x.await.expect("task"), y.await.expect("task")) {
            (true, true) => both_landed += 1,
            (false, false) => none_landed += 1,
            _ => {}
        }
    }
    out.push((
        format!("{label}: 10 pairs of saves from the same stale page: both landed / neither"),
        format!("{both_landed} / {none_landed}"),
    ));
    crate::drop_db(s).await;
    out
}
