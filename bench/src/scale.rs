//! Procurement at scale (issue 12): 10 bidders × 1,209 requirements (the size of a NIST
//! SP 800-53 audit), every answer 700 characters, judged by two evaluators and a lead. The
//! pages are served by the `tillit` binary itself, started on the benchmark's database, so
//! the resident memory measured is the serving process's alone.
//!
//! Measured: the comparison, evaluation grid, bid and evaluation pages and the supplier's
//! portal (p50 / p99 and the largest page), a supplier saving 700-character answers for the
//! whole set page by page, and the server's resident memory at start, under 8 concurrent
//! readers and after 10 idle seconds.

use crate::procurement::{BenchClock, PASSWORD, published_case};
use crate::{ms, pct};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tillit_app::procurement::evaluation::JudgementInput;
use tillit_app::procurement::portal::AnswerInput;
use tillit_app::{Actor, AppConfig};
use tillit_domain::procurement::Status;
use tillit_domain::procurement::requirement_set::Kind;
use tillit_domain::procurement::tender::FrozenItem;
use tillit_store::Backend;
use tokio::io::AsyncBufReadExt;

const REQUIREMENTS: usize = 1209;
const BIDDERS: usize = 10;
const ANSWER_CHARS: usize = 700;

/// A supplier's answer of exactly `ANSWER_CHARS` characters.
fn long_text(seed: usize) -> String {
    let base = format!(
        "Svar {seed}: Leverandøren har etablert rutiner for tilgangsstyring, logging og sikkerhetskopi, \
         dokumentert i vedlagt styringssystem og revidert årlig av uavhengig tredjepart. "
    );
    base.chars().cycle().take(ANSWER_CHARS).collect()
}

fn answers(items: &[FrozenItem], seed: usize) -> Vec<AnswerInput> {
    items
        .iter()
        .enumerate()
        .map(|(n, i)| AnswerInput {
            requirement_id: i.requirement_id.clone(),
            status: if (n + seed).is_multiple_of(7) { "partly_met".into() } else { "met".into() },
            description: long_text(seed + n),
            evidence_ref: String::new(),
            evidence_id: String::new(),
        })
        .collect()
}

fn judgements(items: &[FrozenItem], bidder: usize, evaluator: usize) -> Vec<JudgementInput> {
    items
        .iter()
        .map(|i| JudgementInput {
            requirement_id: i.requirement_id.clone(),
            verdict: if i.kind == Kind::Must { "pass".into() } else { String::new() },
            score: if i.kind == Kind::Award {
                ((bidder + evaluator + i.reference.len()) % 11).to_string()
            } else {
                String::new()
            },
            justification: "Vurdert mot svar og dokumentasjon; svaret dekker kravet.".into(),
        })
        .collect()
}

fn actor_for(
    app_org: &tillit_domain::OrgId,
    user: &tillit_store::identity::users::User,
    role: tillit_domain::Role,
) -> Actor {
    let mut a = Actor::command_line(app_org.clone());
    a.user_id = user.user_id();
    a.email = user.email.clone();
    a.role = role;
    a
}

/// Resident memory of a process in kB (from /proc).
fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// The resident memory's parts (heap and stacks, mapped files such as the binary itself,
/// shared memory such as SQLite's -shm file), to see what an idle server still holds.
fn rss_parts(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    ["RssAnon:", "RssFile:", "RssShmem:", "Threads:"]
        .iter()
        .filter_map(|k| {
            status.lines().find(|l| l.starts_with(k)).map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn mb(kb: u64) -> String {
    format!("{:.0} MB", kb as f64 / 1024.0)
}

/// Every value of `attr="…"` that follows `marker` in a page.
fn values_after(html: &str, marker: &str) -> Vec<String> {
    html.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            rest.split('"').next().map(|v| v.replace("&amp;", "&"))
        })
        .collect()
}

/// The `tillit` binary built beside this benchmark (cargo build --release --bin tillit).
fn tillit_binary() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("own path");
    let bin = exe.with_file_name("tillit");
    assert!(bin.exists(), "{} is missing: run cargo build --release --bin tillit first", bin.display());
    bin
}

pub async fn run(backend: Backend) -> Vec<(String, String)> {
    let label = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let bin = tillit_binary();
    // The server reads the same instance key, so sessions and sealed values carry over.
    let key_dir = std::env::temp_dir().join(format!("tillit-bench-scale-key-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&key_dir);
    let key_file = key_dir.join("secret.key");
    let keys = tillit_app::platform::keys::Keys::load_or_create(&key_file).expect("key file");
    let config = AppConfig { keys: Arc::new(keys), ..AppConfig::default() };
    // The bids are written three weeks back; the served pages read them now (the server
    // runs on the real clock): the deadline of the judged case has passed, the open case's
    // has not.
    let real_now = tillit_domain::Clock::now(&tillit_app::SystemClock).0;
    let clock = Arc::new(BenchClock(AtomicI64::new(real_now - 21 * 86_400)));
    let (app, s) = crate::fresh_config(backend, "scale", clock.clone(), config).await;
    let org = app.admin_create_org("Bench", "kari@example.test", "Bench", PASSWORD).await.expect("org");
    app.admin_add_user(&org, "per@example.test", "Per", tillit_domain::Role::ProcurementOfficer, PASSWORD)
        .await
        .expect("user");
    let by_email = |e: &'static str| {
        let db = s.db.clone();
        async move { tillit_store::identity::users::by_email(&db, e).await.expect("db").expect("user") }
    };
    let kari = actor_for(&org, &by_email("kari@example.test").await, tillit_domain::Role::Administrator);
    let per = actor_for(&org, &by_email("per@example.test").await, tillit_domain::Role::ProcurementOfficer);

    let setup = Instant::now();
    let (case, toks) = published_case(&app, &s.db, &kari, REQUIREMENTS, BIDDERS).await;
    let set = app.current_set(&kari, &case).await.expect("set").expect("published");
    for (n, t) in toks.iter().enumerate() {
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        app.portal_save(t, "127.0.0.1", v.bid.revision, &answers(&set.items, n)).await.expect("save");
        let v = app.portal(t, "127.0.0.1").await.expect("portal");
        app.portal_submit(t, "127.0.0.1", v.bid.revision).await.expect("submit");
    }
    clock.0.fetch_add(8 * 86_400, Ordering::SeqCst);
    app.move_case(&kari, &case, Status::Evaluation).await.expect("evaluation");
    app.set_lead_evaluator(&kari, &case, per.user_id.as_str()).await.expect("lead");
    let bids = app.bids(&kari, &case).await.expect("bids");
    for (n, b) in bids.iter().enumerate() {
        app.save_judgements(&kari, &b.id, &judgements(&set.items, n, 0), false).await.expect("judgements");
        app.save_judgements(&per, &b.id, &judgements(&set.items, n, 1), false).await.expect("judgements");
        app.save_judgements(&per, &b.id, &judgements(&set.items, n, 1), true).await.expect("consensus");
    }
    // A second case, open for bids, for the supplier's side.
    clock.0.store(real_now, Ordering::SeqCst);
    let (_open, open_toks) = published_case(&app, &s.db, &kari, REQUIREMENTS, 1).await;
    let cookie = format!("tillit-session={}", crate::signed_in_with_totp(&app, "per@example.test", PASSWORD).await);
    // PostgreSQL's autovacuum analyses freshly loaded tables within its naptime (a minute);
    // the pages are measured seconds after loading, so the statistics are brought up to date
    // here as a running server's would be.
    if matches!(backend, Backend::Postgres) {
        s.db.execute("ANALYZE", vec![]).await.expect("analyze");
    }
    eprintln!("{label}: set up in {:.0} s", setup.elapsed().as_secs_f64());
    app.close().await;

    // The server, on the same database and key.
    let (var, value) = s.database_env();
    let mut child = tokio::process::Command::new(&bin)
        .arg("serve")
        .env(var, value)
        .env("TILLIT_SECRET_KEY_FILE", &key_file)
        .env("TILLIT_LISTEN", "127.0.0.1:0")
        .env("TILLIT_COOKIE_SECURE", "false")
        .env("RUST_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("tillit serve");
    let pid = child.id().expect("pid");
    let mut lines = tokio::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
    let addr = loop {
        let line = lines.next_line().await.expect("stdout").expect("the server says where it listens");
        if let Some(rest) = line.strip_prefix("tillit listening on http://") {
            break rest.split_whitespace().next().expect("address").to_string();
        }
    };
    tokio::time::sleep(Duration::from_millis(500)).await;
    let rss_start = rss_kb(pid);
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let get = {
        let (client, cookie, addr) = (client.clone(), cookie.clone(), addr.clone());
        move |path: String| {
            let client = client.clone();
            let cookie = cookie.clone();
            let addr = addr.clone();
            async move {
                let t = Instant::now();
                let r = client.get(format!("http://{addr}{path}")).header("cookie", cookie).send().await.expect("get");
                let ok = r.status().is_success();
                if !ok {
                    eprintln!("{path}: {}", r.status());
                }
                let body = r.text().await.expect("body");
                (t.elapsed(), if ok { body } else { String::new() })
            }
        }
    };
    let mut out = vec![];
    let bid0 = &bids[0].id;
    let pages = [
        ("comparison page", format!("/cases/{case}/comparison")),
        ("evaluation grid, one area across bidders", format!("/cases/{case}/grid")),
        ("bid page", format!("/bids/{bid0}")),
        ("evaluation page (lead)", format!("/bids/{bid0}/evaluation")),
        ("portal page (open bid, all answered)", format!("/portal/{}", open_toks[0])),
    ];
    for (name, path) in &pages {
        let mut times = vec![];
        let mut size = 0;
        for _ in 0..30 {
            let (t, body) = get(path.clone()).await;
            times.push(t);
            size = size.max(body.len());
        }
        out.push((
            format!("{label}: {name}, {BIDDERS} bidders × {REQUIREMENTS} requirements: p50 / p99 (size)"),
            format!("{} / {} ({} kB)", ms(pct(&times, 0.5)), ms(pct(&times, 0.99)), size / 1024),
        ));
    }

    // The supplier writes 700 characters to every requirement, saving each page of the form.
    let portal = format!("/portal/{}", open_toks[0]);
    let (_, first) = get(portal.clone()).await;
    // The area links (the blockers' links carry an anchor and are left out).
    let mut numbers: Vec<usize> =
        values_after(&first, "href=\"?area=").into_iter().filter_map(|a| a.parse().ok()).collect();
    numbers.sort();
    numbers.dedup();
    let mut parts: Vec<String> = numbers.into_iter().map(|n| format!("?area={n}")).collect();
    if parts.is_empty() {
        parts.push(String::new());
    }
    let (mut saved, mut refused, mut largest) = (0usize, Vec::new(), 0usize);
    let mut save_times = vec![];
    for part in &parts {
        let r = client.get(format!("http://{addr}{portal}{part}")).send().await.expect("portal");
        let pre = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_string))
            .collect::<Vec<_>>()
            .join("; ");
        let page = r.text().await.expect("page");
        let csrf = values_after(&page, "name=\"_csrf\" value=\"").into_iter().next().expect("csrf");
        let revision = values_after(&page, "name=\"revision\" value=\"").into_iter().next().expect("revision");
        let ids = values_after(&page, "name=\"req\" value=\"");
        let mut form =
            vec![("_csrf".to_string(), csrf), ("revision".into(), revision), ("action".into(), "save".into())];
        for (n, id) in ids.iter().enumerate() {
            form.push(("req".into(), id.clone()));
            form.push((format!("status-{id}"), "met".into()));
            form.push((format!("description-{id}"), long_text(1000 + n)));
        }
        let body = serde_urlencoded(&form);
        largest = largest.max(body.len());
        let t = Instant::now();
        let r = client
            .post(format!("http://{addr}{portal}/answers"))
            .header("cookie", pre)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("save");
        save_times.push(t.elapsed());
        if r.status() == reqwest::StatusCode::SEE_OTHER {
            saved += ids.len();
        } else {
            let status = r.status().as_u16();
            if refused.is_empty() {
                let body = r.text().await.unwrap_or_default();
                let why = body.split("role=\"alert\"").nth(1).unwrap_or(&body).chars().take(300).collect::<String>();
                eprintln!("save refused ({status}): {why}");
            }
            refused.push(status);
        }
    }
    out.push((
        format!("{label}: a supplier saves {REQUIREMENTS} answers of {ANSWER_CHARS} characters: saved / pages refused"),
        format!(
            "{saved} in {} saves (largest {} kB, save p50 {}) / {}",
            parts.len(),
            largest / 1024,
            ms(pct(&save_times, 0.5)),
            if refused.is_empty() { "none".to_string() } else { format!("{refused:?}") }
        ),
    ));

    // 8 readers at once, each walking the pages of every bidder; memory sampled meanwhile.
    let peak = Arc::new(AtomicU64::new(0));
    let sampling = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let sampler = {
        let (peak, sampling) = (peak.clone(), sampling.clone());
        tokio::spawn(async move {
            while sampling.load(Ordering::SeqCst) {
                peak.fetch_max(rss_kb(pid), Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
    };
    let started = Instant::now();
    let mut readers = vec![];
    for r in 0..8 {
        let paths: Vec<String> = bids
            .iter()
            .flat_map(|b| {
                [format!("/bids/{}", b.id), format!("/bids/{}/evaluation", b.id), format!("/cases/{case}/comparison")]
            })
            .chain([format!("/cases/{case}/grid")])
            .collect();
        let get = get.clone();
        readers.push(tokio::spawn(async move {
            let mut times = vec![];
            for i in 0..paths.len() * 2 {
                let (t, _) = get(paths[(i + r * 3) % paths.len()].clone()).await;
                times.push(t);
            }
            times
        }));
    }
    let mut times = vec![];
    for r in readers {
        times.extend(r.await.expect("reader"));
    }
    let wall = started.elapsed();
    sampling.store(false, Ordering::SeqCst);
    let _ = sampler.await;
    out.push((
        format!("{label}: 8 concurrent readers, {} pages: p50 / p99, wall", times.len()),
        format!("{} / {}, {:.1} s", ms(pct(&times, 0.5)), ms(pct(&times, 0.99)), wall.as_secs_f64()),
    ));
    tokio::time::sleep(Duration::from_secs(10)).await;
    let idle = rss_kb(pid);
    eprintln!("{label}: idle resident memory: {}", rss_parts(pid));
    out.push((
        format!("{label}: server resident memory: at start / peak under 8 readers / 10 s idle after"),
        format!("{} / {} / {}", mb(rss_start), mb(peak.load(Ordering::SeqCst)), mb(idle)),
    ));
    // TILLIT_BENCH_HOLD=seconds keeps the idle server running that long, to look inside it
    // (gdb's malloc_stats, /proc/PID/smaps).
    if let Some(hold) = std::env::var("TILLIT_BENCH_HOLD").ok().and_then(|s| s.parse().ok()) {
        eprintln!("{label}: holding the idle server (pid {pid}) for {hold} s");
        tokio::time::sleep(Duration::from_secs(hold)).await;
    }
    let _ = child.kill().await;
    if std::env::var_os("TILLIT_BENCH_KEEP").is_some() {
        eprintln!("kept: {:?}", s.database_env());
        return out;
    }
    crate::drop_db(s).await;
    let _ = std::fs::remove_dir_all(key_dir);
    out
}

/// An URL-encoded form body.
fn serde_urlencoded(fields: &[(String, String)]) -> String {
    fields.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
