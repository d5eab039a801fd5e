//! Benchmarks. Catalogue (issue 3): import of the NIST HIGH baseline and of a generated
//! 5,000-requirement catalogue, the catalogue and coverage pages with 5,000 requirements,
//! and search p50/p99 with 20 catalogues loaded, on SQLite and on PostgreSQL.
//!
//! Procurement (issue 4): `procurement.rs`. Scanner against sslyze (issue 5): `scan/`.
//! The supplier register (issue 13): `register.rs`, with the organisation generator.
//!
//! cargo run --release -p tillit-bench -- [sqlite|postgres|both] (results: bench/RESULTS.md)
//! cargo run --release -p tillit-bench -- procurement [sqlite|postgres|both]
//! cargo run --release -p tillit-bench -- register [sqlite|postgres|both]
//! cargo build --release --bin tillit && cargo run --release -p tillit-bench -- scale [sqlite|postgres|both]
//! bench/scan/run [endpoints] [runs]

// A benchmark harness: a step that cannot run ends the run, which is what expect says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod procurement;
mod register;
mod scale;
mod scan;

use std::sync::Arc;
use std::time::{Duration, Instant};
use tillit_app::platform::mail::NoMailer;
use tillit_app::{App, AppConfig, SystemClock};
use tillit_domain::OrgId;
use tillit_store::{Backend, Db};

const RUNS: usize = 5;

fn generated(n: usize, title: &str) -> Vec<u8> {
    let words = [
        "tilgang",
        "logging",
        "sikkerhetskopi",
        "kryptering",
        "leverandør",
        "hendelse",
        "endring",
        "overvåking",
        "passord",
        "nettverk",
    ];
    let groups: Vec<serde_json::Value> = (0..50)
        .map(|g| {
            // n requirements in 50 areas: the first n % 50 areas take one more.
            let controls: Vec<serde_json::Value> = (0..n / 50 + usize::from(g < n % 50))
                .map(|i| {
                    let w = words[(g * 7 + i) % words.len()];
                    let v = words[(g + i * 3) % words.len()];
                    serde_json::json!({
                        "id": format!("g{g}-c{i}"),
                        "title": format!("Krav {g}.{i} om {w}"),
                        "parts": [{ "id": format!("g{g}-c{i}_smt"), "name": "statement",
                            "prose": format!("Leverandøren skal dokumentere {w} og {v} for tjenesten, og rapportere avvik til kommunen innen fristen {i}.") }]
                    })
                })
                .collect();
            serde_json::json!({ "id": format!("g{g}"), "title": format!("Område {g}"), "controls": controls })
        })
        .collect();
    serde_json::json!({ "catalog": {
        "uuid": "2b7f6a2e-6a3e-4b1a-9d7c-3f1e0a2b4c5d",
        "metadata": { "title": title, "last-modified": "2026-11-22T00:00:00Z", "version": "1", "oscal-version": "1.1.2" },
        "groups": groups
    }})
    .to_string()
    .into_bytes()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn pct(v: &[Duration], p: f64) -> Duration {
    let mut s = v.to_vec();
    s.sort();
    s[((s.len() as f64 * p).ceil() as usize).saturating_sub(1).min(s.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn fresh(backend: Backend, tag: &str) -> (App, Scratch) {
    fresh_with(backend, tag, Arc::new(SystemClock)).await
}

async fn fresh_with(backend: Backend, tag: &str, clock: Arc<dyn tillit_domain::Clock>) -> (App, Scratch) {
    fresh_config(backend, tag, clock, AppConfig::default()).await
}

async fn fresh_config(
    backend: Backend,
    tag: &str,
    clock: Arc<dyn tillit_domain::Clock>,
    config: AppConfig,
) -> (App, Scratch) {
    let (db, cleanup, dir) = match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join(format!("tillit-bench-{tag}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            (Db::open_sqlite(&dir).await.expect("sqlite"), None, Some(dir))
        }
        Backend::Postgres => {
            let admin = std::env::var("TEST_DATABASE_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
            let name = format!("tillit_bench_{tag}_{}", std::process::id());
            let a = Db::open_postgres(&admin).await.expect("pg");
            let sql: &'static str = Box::leak(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").into_boxed_str());
            a.execute(sql, vec![]).await.expect("drop");
            let sql: &'static str = Box::leak(format!("CREATE DATABASE {name}").into_boxed_str());
            a.execute(sql, vec![]).await.expect("create");
            a.close().await;
            let url = format!("{}/{name}", admin.rsplit_once('/').map_or(admin.as_str(), |x| x.0));
            (Db::open_postgres(&url).await.expect("pg"), Some((admin, name)), None)
        }
    };
    tillit_app::catalogue::prepare_database(&db, 1_790_000_000).await.expect("prepare");
    let app = App::new(db.clone(), clock, Arc::new(NoMailer), config);
    (app, Scratch { db, cleanup, dir })
}

/// A benchmark's own database: the handle (for looking behind the use cases) and what to
/// remove afterwards.
pub struct Scratch {
    pub db: Db,
    cleanup: Option<(String, String)>,
    dir: Option<std::path::PathBuf>,
}

impl Scratch {
    /// How the `tillit` binary reaches the same database: (variable, value).
    pub fn database_env(&self) -> (&'static str, String) {
        match (&self.cleanup, &self.dir) {
            (Some((admin, name)), _) => {
                ("TILLIT_DATABASE_URL", format!("{}/{name}", admin.rsplit_once('/').map_or(admin.as_str(), |x| x.0)))
            }
            (None, Some(dir)) => ("TILLIT_DATA", dir.display().to_string()),
            (None, None) => unreachable!("a scratch database is a folder or a PostgreSQL database"),
        }
    }
}

async fn drop_db(s: Scratch) {
    let Scratch { db, cleanup, dir } = s;
    db.close().await;
    if let Some((admin, name)) = cleanup
        && let Ok(a) = Db::open_postgres(&admin).await
    {
        let sql: &'static str = Box::leak(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").into_boxed_str());
        let _ = a.execute(sql, vec![]).await;
        a.close().await;
    }
    if let Some(d) = dir {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// A signed-in session cookie value for `email`, with a second factor enrolled and used: the
/// roles that read bids need one (the organisation setting is on by default).
async fn signed_in_with_totp(app: &App, email: &str, password: &str) -> String {
    let s = app.sign_in(email, password, "bench", "127.0.0.1").await.expect("db").expect("signed in");
    let cs = app.current_session(&s.token).await.expect("db").expect("a live session");
    app.begin_totp(&cs).await.expect("enrolment");
    let cs = app.current_session(&s.token).await.expect("db").expect("a live session");
    let secret = data_encoding::BASE32_NOPAD
        .decode(app.begin_totp(&cs).await.expect("enrolment").secret_base32.as_bytes())
        .expect("base32");
    let code = tillit_domain::identity::totp::code_at(&secret, app.now());
    app.confirm_totp(&cs, &code).await.expect("second factor");
    s.token
}

/// One page through the server with a session cookie, read whole: how long it took.
async fn timed_page(client: &reqwest::Client, addr: std::net::SocketAddr, cookie: &str, path: String) -> Duration {
    let t = Instant::now();
    let r = client.get(format!("http://{addr}{path}")).header("cookie", cookie).send().await.expect("get");
    assert!(r.status().is_success(), "{path}: {}", r.status());
    let _ = r.bytes().await;
    t.elapsed()
}

async fn import(app: &App, org: &OrgId, name: &str, bytes: &[u8]) -> (Duration, String) {
    let t = Instant::now();
    let r = app.import_catalogue_cli(org, name, bytes, false, &mut |_, _| {}).await.expect("import");
    let id = r.expect("no problems").1.expect("written");
    (t.elapsed(), id)
}

async fn run(backend: Backend) -> Vec<(String, String)> {
    let label = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let nist = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../testdata/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json"
    ))
    .expect("NIST fixture in testdata/");
    let big = generated(5000, "Generated 5000");
    let mut out = vec![];

    // Imports: each run into a fresh database.
    let (mut t_nist, mut t_big) = (vec![], vec![]);
    for i in 0..RUNS {
        let (app, s) = fresh(backend, &format!("imp{i}")).await;
        let org = app
            .admin_create_org("Bench", "kari@example.test", "Bench", "a long bench password 2026")
            .await
            .expect("org");
        t_nist.push(import(&app, &org, "nist.json", &nist).await.0);
        t_big.push(import(&app, &org, "big.json", &big).await.0);
        drop_db(s).await;
    }
    out.push((format!("{label}: import NIST SP 800-53 HIGH (370)"), ms(median(t_nist))));
    out.push((format!("{label}: import generated 5,000 requirements"), ms(median(t_big))));

    // Pages and search against a running server with 20 catalogues (2 built-in + 18 own).
    let (app, scratch) = fresh(backend, "pages").await;
    let org =
        app.admin_create_org("Bench", "kari@example.test", "Bench", "a long bench password 2026").await.expect("org");
    let (_, big_id) = import(&app, &org, "big.json", &big).await;
    for i in 0..17 {
        import(&app, &org, &format!("c{i}.json"), &generated(250, &format!("Generated {i}"))).await;
    }
    let actor = tillit_app::Actor::command_line(org.clone());
    assert_eq!(app.catalogues(&actor).await.expect("list").len(), 20);
    // The API as a security officer's token: an administrator's token needs a second factor.
    app.admin_add_user(
        &org,
        "so@example.test",
        "SO",
        tillit_domain::Role::SecurityOfficer,
        "a long bench password 2026",
    )
    .await
    .expect("user");
    let user =
        tillit_store::identity::users::by_email(&scratch.db, "so@example.test").await.expect("db").expect("user");
    let mut bench_actor = actor.clone();
    bench_actor.user_id = user.user_id();
    bench_actor.email = user.email.clone();
    bench_actor.role = tillit_domain::Role::SecurityOfficer;
    bench_actor.via = "api token bench".into();
    let (_, token) = app.create_api_token(&bench_actor, "bench", 1).await.expect("token");
    // Pages need a signed-in session; time the same use cases through the JSON API instead
    // plus one HTML render per page through the server with a session cookie.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let state = tillit_web::AppState::new(app.clone(), tillit_web::WebConfig::default());
    let server = tokio::spawn(async move {
        let _ = tillit_web::server::serve(state, listener, None, std::future::pending()).await;
    });
    let client = reqwest::Client::new();
    let get = |path: String| {
        let client = client.clone();
        let token = token.clone();
        async move {
            let t = Instant::now();
            let r = client.get(format!("http://{addr}{path}")).bearer_auth(&token).send().await.expect("get");
            assert!(r.status().is_success(), "{path}: {}", r.status());
            let _ = r.bytes().await;
            t.elapsed()
        }
    };
    // The HTML pages as a signed-in security officer sees them.
    let signin = app
        .sign_in("so@example.test", "a long bench password 2026", "bench", "127.0.0.1")
        .await
        .expect("db")
        .expect("signed in");
    let cookie = format!("tillit-session={}", signin.token);
    let page = |path: String| timed_page(&client, addr, &cookie, path);
    let mut html = vec![];
    for _ in 0..30 {
        html.push(page(format!("/catalogues/{big_id}")).await);
    }
    out.push((
        format!("{label}: catalogue page, 5,000 requirements p50 / p99"),
        format!("{} / {}", ms(pct(&html, 0.5)), ms(pct(&html, 0.99))),
    ));
    let mut covp = vec![];
    for _ in 0..30 {
        covp.push(
            page(format!(
                "/coverage?c={big_id}&c=builtin:sikkerhetskrav-anskaffelser&c=builtin:villkor-trygghetslarm-2019"
            ))
            .await,
        );
    }
    out.push((
        format!("{label}: coverage page, 5,000 + 83 requirements p50 / p99"),
        format!("{} / {}", ms(pct(&covp, 0.5)), ms(pct(&covp, 0.99))),
    ));
    let mut cat = vec![];
    for _ in 0..30 {
        cat.push(get(format!("/api/v1/catalogues/{big_id}")).await);
    }
    out.push((
        format!("{label}: catalogue with 5,000 requirements (API) p50 / p99"),
        format!("{} / {}", ms(pct(&cat, 0.5)), ms(pct(&cat, 0.99))),
    ));
    let mut cov = vec![];
    for _ in 0..30 {
        cov.push(get("/api/v1/coverage".into()).await);
    }
    out.push((
        format!("{label}: coverage with 20 catalogues (API) p50 / p99"),
        format!("{} / {}", ms(pct(&cov, 0.5)), ms(pct(&cov, 0.99))),
    ));
    let queries = [
        "sikkerhetskopi",
        "logging",
        "tilgang leverandør",
        "kryptering",
        "hendelse",
        "passord",
        "nettverk",
        "overvåking avvik",
        "endring",
        "rapportere",
    ];
    let mut s = vec![];
    for i in 0..300 {
        let q = queries[i % queries.len()];
        s.push(get(format!("/api/v1/search?q={}", q.replace(' ', "%20"))).await);
    }
    out.push((
        format!("{label}: search, 20 catalogues (5,000 + 17×250 + 83) p50 / p99"),
        format!("{} / {}", ms(pct(&s, 0.5)), ms(pct(&s, 0.99))),
    ));
    server.abort();
    drop_db(scratch).await;
    out
}

#[tokio::main]
async fn main() {
    let mut which = std::env::args().nth(1).unwrap_or_else(|| "both".into());
    let mut rows = vec![];
    if which == "scan" {
        let rest: Vec<String> = std::env::args().skip(2).collect();
        scan::run(&rest).await;
        return;
    }
    if which == "scale" {
        which = std::env::args().nth(2).unwrap_or_else(|| "both".into());
        if which == "sqlite" || which == "both" {
            rows.extend(scale::run(Backend::Sqlite).await);
        }
        if which == "postgres" || which == "both" {
            rows.extend(scale::run(Backend::Postgres).await);
        }
        for (k, v) in rows {
            println!("| {k} | {v} |");
        }
        return;
    }
    if which == "register" {
        which = std::env::args().nth(2).unwrap_or_else(|| "both".into());
        if which == "sqlite" || which == "both" {
            rows.extend(register::run(Backend::Sqlite).await);
        }
        if which == "postgres" || which == "both" {
            rows.extend(register::run(Backend::Postgres).await);
        }
        for (k, v) in rows {
            println!("| {k} | {v} |");
        }
        return;
    }
    if which == "procurement" {
        which = std::env::args().nth(2).unwrap_or_else(|| "both".into());
        if which == "sqlite" || which == "both" {
            rows.extend(procurement::run(Backend::Sqlite).await);
        }
        if which == "postgres" || which == "both" {
            rows.extend(procurement::run(Backend::Postgres).await);
        }
        for (k, v) in rows {
            println!("| {k} | {v} |");
        }
        return;
    }
    if which == "sqlite" || which == "both" {
        rows.extend(run(Backend::Sqlite).await);
    }
    if which == "postgres" || which == "both" {
        rows.extend(run(Backend::Postgres).await);
    }
    for (k, v) in rows {
        println!("| {k} | {v} |");
    }
}
