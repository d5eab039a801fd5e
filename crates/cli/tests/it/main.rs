//! The `tillit` binary as an operator uses it: settings, migrate, admin, audit verify,
//! backup and restore, serve (plain and TLS), and what it writes to its logs.

// Test code: a step that cannot run fails the test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_tillit");
const PASSWORD: &str = "fjordlys over vidda 2026";

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tillit-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn tillit(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(BIN);
    c.args(["--data", data.to_str().unwrap()]).args(args);
    for k in ["TILLIT_DATABASE_URL", "TILLIT_LISTEN", "TILLIT_CONFIG", "TILLIT_DATA", "TILLIT_SMTP_HOST"] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

#[test]
fn a_bad_setting_stops_start_up_naming_it_with_exit_code_2() {
    let d = tmp("settings");
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (vec!["serve"], vec![("TILLIT_LISTEN", "nope")], "`listen` (from TILLIT_LISTEN)"),
        (vec!["serve", "--listen", "1.2.3.4"], vec![], "`listen` (from --listen)"),
        (vec!["serve"], vec![("TILLIT_SMTP_PORT", "abc")], "`smtp.port` (from TILLIT_SMTP_PORT)"),
        (vec!["serve"], vec![("TILLIT_BASE_URL", "ftp://x")], "`base_url`"),
        (vec!["--database-url", "mysql://x", "serve"], vec![], "`database_url`"),
        (vec!["serve"], vec![("TILLIT_TLS_CERT", "/nonexistent.pem")], "`tls.key` is missing"),
        (
            vec!["serve"],
            vec![("TILLIT_TLS_CERT", "/nonexistent.pem"), ("TILLIT_TLS_KEY", "/nonexistent.key")],
            "tls.cert /nonexistent.pem",
        ),
        (vec!["serve"], vec![("TILLIT_LOG_FORMAT", "xml")], "`log_format`"),
        (vec!["serve"], vec![("TILLIT_HOUSEKEEPING_MINUTES", "0")], "`housekeeping_minutes` must be 1–1440"),
        (vec!["serve"], vec![("TILLIT_DONE_JOBS_DAYS", "0")], "`done_jobs_days` must be 1–3650"),
        (vec!["serve"], vec![("TILLIT_STANDSTILL_DAYS", "0")], "`standstill_days` must be 1–60"),
    ];
    for (args, env, expect) in cases {
        let o = tillit(&d, &args, &env);
        assert_eq!(o.status.code(), Some(2), "{args:?} {env:?}: {}", text(&o));
        assert!(text(&o).contains(expect), "{args:?} {env:?} should name {expect}: {}", text(&o));
    }
    let cfg = d.join("tillit.toml");
    std::fs::write(&cfg, "listen = \"127.0.0.1:9\"\nlisten_port = 5\n").unwrap();
    let o = tillit(&d, &["--config", cfg.to_str().unwrap(), "serve"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("listen_port"), "{}", text(&o));
    std::fs::write(&cfg, "[session]\nidle_minutes = 0\n").unwrap();
    let o = tillit(&d, &["--config", cfg.to_str().unwrap(), "serve"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("session.idle_minutes"), "{}", text(&o));
}

#[test]
fn an_unreachable_database_gives_a_clear_message() {
    let d = tmp("unreachable");
    let o = tillit(&d, &["--database-url", "postgres://postgres@127.0.0.1:1/nothing", "migrate"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("cannot reach PostgreSQL"), "{}", text(&o));
}

#[test]
fn migrate_admin_and_audit_verify_find_tampering() {
    let d = tmp("audit");
    let o = tillit(&d, &["migrate"], &[]);
    assert!(o.status.success(), "{}", text(&o));
    let latest = format!("schema version {}", tillit_store::migrate::latest_version());
    assert!(text(&o).contains(&latest) && text(&o).contains("built-in catalogues loaded"), "{}", text(&o));
    let o = tillit(
        &d,
        &["admin", "create-org", "--name", "Bergen kommune", "--admin-email", "kari@bergen.kommune.no"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = tillit(&d, &["admin", "create-org", "--name", "X", "--admin-email", "bad"], &[]);
    assert!(!o.status.success());
    let o = tillit(&d, &["admin", "list-orgs"], &[]);
    assert!(o.status.success() && text(&o).contains("Bergen kommune"), "{}", text(&o));
    let org = String::from_utf8_lossy(&o.stdout).split_whitespace().next().unwrap().to_string();
    let o = tillit(
        &d,
        &["admin", "add-user", "--org", &org, "--email", "per@bergen.kommune.no", "--role", "auditor"],
        &[("TILLIT_USER_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = tillit(&d, &["admin", "add-user", "--org", &org, "--email", "x@y.no", "--role", "king"], &[]);
    assert!(!o.status.success() && text(&o).contains("unknown role"), "{}", text(&o));
    let o = tillit(
        &d,
        &["admin", "add-user", "--org", "no-such-org", "--email", "x@y.no", "--role", "auditor"],
        &[("TILLIT_USER_PASSWORD", PASSWORD)],
    );
    assert!(!o.status.success(), "{}", text(&o));
    let o = tillit(&d, &["audit", "verify"], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("ok      system"), "{}", text(&o));
    let o = tillit(&d, &["admin", "reset-mfa", "kari@bergen.kommune.no"], &[]);
    assert!(o.status.success(), "{}", text(&o));

    // Someone with access to the database file edits the log.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let db = tillit_store::Db::open_sqlite(&d).await.unwrap();
        db.execute("UPDATE audit_events SET actor_label = 'nobody' WHERE chain <> 'system' AND seq = 2", vec![])
            .await
            .unwrap();
        db.close().await;
    });
    let o = tillit(&d, &["audit", "verify"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("record 2 was altered"), "{}", text(&o));
}

#[test]
fn backup_and_restore_from_the_command_line() {
    let a = tmp("backup-a");
    let b = tmp("backup-b");
    let o = tillit(
        &a,
        &["admin", "create-org", "--name", "Lund", "--admin-email", "eva@lund.se"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let file = a.join("backup.jsonl");
    let o = tillit(&a, &["backup", file.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!a.join("backup.partial").exists());
    let o = tillit(&b, &["restore", file.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("audit chain ok"), "{}", text(&o));
    let o = tillit(&b, &["restore", file.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("nothing was restored") && text(&o).contains("not empty"), "{}", text(&o));
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The data folder, the database, the key file and backups are the owner's alone, also when
/// an earlier version left them readable; a backup encrypted to an age recipient is read by
/// Debian's `age` (an independent reader) and restored with the identity.
#[test]
fn files_are_private_and_backups_can_be_encrypted_with_age() {
    use std::os::unix::fs::PermissionsExt;
    let a = tmp("private-a");
    let b = tmp("private-b");
    std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o755)).unwrap();
    let o = tillit(
        &a,
        &["admin", "create-org", "--name", "Lund", "--admin-email", "eva@lund.se"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(mode(&a), 0o700, "the data folder");
    assert_eq!(mode(&a.join("tillit.sqlite3")), 0o600, "the database");
    assert_eq!(mode(&a.join("secret.key")), 0o600, "the key file");
    // An installation by an earlier version is closed at its next start.
    std::fs::set_permissions(a.join("tillit.sqlite3"), std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(tillit(&a, &["admin", "list-orgs"], &[]).status.success());
    assert_eq!(mode(&a.join("tillit.sqlite3")), 0o600);

    let plain = a.join("plain.jsonl");
    assert!(tillit(&a, &["backup", plain.to_str().unwrap()], &[]).status.success());
    assert_eq!(mode(&plain), 0o600, "a backup");

    let key = a.join("backup-key.txt");
    let o = Command::new("age-keygen").arg("-o").arg(&key).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let recipient = text(&o).lines().find_map(|l| l.strip_prefix("Public key: ")).unwrap().trim().to_string();
    let sealed = a.join("backup.age");
    let o = tillit(&a, &["backup", sealed.to_str().unwrap(), "--recipient", &recipient], &[]);
    assert!(o.status.success() && text(&o).contains("encrypted to 1 age recipient"), "{}", text(&o));
    assert_eq!(mode(&sealed), 0o600);
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&bytes).contains("eva@lund.se"), "nothing readable without the identity");
    let o = Command::new("age").arg("-d").arg("-i").arg(&key).arg(&sealed).output().unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let decrypted = String::from_utf8(o.stdout).unwrap();
    let first_table_line = |s: &str| s.lines().nth(1).map(str::to_string);
    assert_eq!(first_table_line(&decrypted), first_table_line(&std::fs::read_to_string(&plain).unwrap()));
    assert!(decrypted.contains("eva@lund.se"));

    let o = tillit(&b, &["restore", sealed.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("encrypted (age): give --identity FILE"), "{}", text(&o));
    let wrong = b.join("other-key.txt");
    assert!(Command::new("age-keygen").arg("-o").arg(&wrong).output().unwrap().status.success());
    let o = tillit(&b, &["restore", sealed.to_str().unwrap(), "--identity", wrong.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("cannot decrypt it"), "{}", text(&o));
    let o = tillit(&b, &["restore", sealed.to_str().unwrap(), "--identity", key.to_str().unwrap()], &[]);
    assert!(o.status.success() && text(&o).contains("audit chain ok"), "{}", text(&o));
}

struct Server {
    child: Child,
    stdout: BufReader<std::process::ChildStdout>,
}

impl Server {
    fn start(data: &Path, args: &[&str]) -> Server {
        let mut c = Command::new(BIN);
        c.args(["--data", data.to_str().unwrap(), "--log-format", "json", "serve"]).args(args);
        c.env_remove("TILLIT_DATABASE_URL").env("RUST_LOG", "info");
        c.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Server { child, stdout }
    }

    /// Lines of stdout up to and including the first that contains `what`.
    fn read_until(&mut self, what: &str) -> String {
        let mut all = String::new();
        for _ in 0..20 {
            let mut line = String::new();
            if self.stdout.read_line(&mut line).unwrap() == 0 {
                break;
            }
            all.push_str(&line);
            if line.contains(what) {
                return all;
            }
        }
        panic!("no {what:?} in {all}");
    }

    fn stop(self) -> String {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let out = self.child.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test]
async fn serve_prints_its_address_and_setup_link_and_logs_no_secrets() {
    let d = tmp("serve");
    let port = free_port();
    let mut s = Server::start(&d, &["--listen", &format!("127.0.0.1:{port}")]);
    let out = s.read_until("/setup/");
    assert!(out.contains(&format!("tillit listening on http://127.0.0.1:{port}")), "{out}");
    let link = out.lines().find(|l| l.contains("/setup/")).unwrap().trim().to_string();
    let token = link.rsplit('/').next().unwrap().to_string();

    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = client.get(&link).send().await.unwrap();
    let cookie = page.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
    let csrf = cookie.split('=').nth(1).unwrap().to_string();
    let r = client
        .post(&link)
        .header("cookie", &cookie)
        .form(&[
            ("org_name", "Bergen"),
            ("display_name", "Kari"),
            ("email", "kari@bergen.no"),
            ("password", PASSWORD),
            ("_csrf", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let session = r.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
    let r = client
        .post(format!("http://127.0.0.1:{port}/login"))
        .header("cookie", &cookie)
        .form(&[("email", "kari@bergen.no"), ("password", "a wrong password typed"), ("_csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(
        client.get(format!("http://127.0.0.1:{port}/healthz")).send().await.unwrap().text().await.unwrap(),
        "ok"
    );

    let logs = s.stop();
    let lines: Vec<serde_json::Value> = logs.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    assert!(lines.len() >= 4, "JSON log lines: {logs}");
    assert!(lines.iter().any(|l| l["fields"]["route"] == "/setup/{token}"), "requests are logged by route: {logs}");
    for secret in
        [token.as_str(), PASSWORD, "a wrong password typed", session.split('=').nth(1).unwrap(), csrf.as_str()]
    {
        assert!(!logs.contains(secret), "the log must not contain {secret:?}: {logs}");
    }
}

#[tokio::test]
async fn serve_with_its_own_tls_certificate() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::rustls;
    let d = tmp("tls");
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    std::fs::write(d.join("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(d.join("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let port = free_port();
    let mut s = Server::start(
        &d,
        &[
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--tls-cert",
            d.join("cert.pem").to_str().unwrap(),
            "--tls-key",
            d.join("key.pem").to_str().unwrap(),
        ],
    );
    let out = s.read_until("listening");
    assert!(out.contains(&format!("https://127.0.0.1:{port}")), "{out}");

    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.cert.der().clone()).unwrap();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(cfg));
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.unwrap();
    tls.write_all(b"GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut reply = String::new();
    tls.read_to_string(&mut reply).await.unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let lower = reply.to_lowercase();
    assert!(lower.contains("strict-transport-security: max-age=63072000"), "HSTS on TLS: {reply}");
    assert!(lower.contains("__host-tillit-csrf=") && lower.contains("; secure"), "Secure cookies on TLS: {reply}");
    s.stop();
}

#[test]
fn catalogue_list_show_import_export_and_diff() {
    let d = tmp("catalogue");
    let o = tillit(
        &d,
        &["admin", "create-org", "--name", "Bergen", "--admin-email", "kari@bergen.no"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let org = org_id(&d);
    let o = tillit(&d, &["catalogue", "list"], &[]);
    assert!(text(&o).contains("Sikkerhetskrav i forbindelse med anskaffelser  (46 requirements"), "{}", text(&o));
    assert!(text(&o).contains("(37 requirements, sv, built-in)"));
    let o = tillit(&d, &["catalogue", "show", "builtin:sikkerhetskrav-anskaffelser"], &[]);
    assert!(
        text(&o).contains("8.7      Leverandør skal ha en dokumentert prosess for sikkerhetskopiering."),
        "{}",
        text(&o)
    );
    let out = d.join("nb.json");
    let o =
        tillit(&d, &["catalogue", "export", "builtin:sikkerhetskrav-anskaffelser", "-o", out.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", text(&o));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(doc["catalog"]["groups"].as_array().unwrap().len(), 14);

    let nist = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json");
    let o = tillit(&d, &["catalogue", "import", nist.to_str().unwrap(), "--org", &org, "--dry-run"], &[]);
    assert!(
        o.status.success()
            && text(&o).contains("370 requirements (182 under another)")
            && text(&o).contains("nothing was written"),
        "{}",
        text(&o)
    );
    let o = tillit(&d, &["catalogue", "list", "--org", &org], &[]);
    assert!(!text(&o).contains("HIGH IMPACT"), "a dry run writes nothing");
    let o = tillit(&d, &["catalogue", "import", nist.to_str().unwrap(), "--org", &org], &[]);
    assert!(o.status.success() && text(&o).contains("imported as"), "{}", text(&o));
    let o = tillit(&d, &["catalogue", "list", "--org", &org], &[]);
    assert!(text(&o).contains("HIGH IMPACT BASELINE  (370 requirements, en, v1 draft)"), "{}", text(&o));
    let id =
        text(&o).lines().find(|l| l.contains("HIGH IMPACT")).unwrap().split_whitespace().next().unwrap().to_string();
    let o = tillit(&d, &["catalogue", "diff", &id, "draft", "draft", "--org", &org], &[]);
    assert!(o.status.success() && text(&o).contains("no changes"), "{}", text(&o));
    let o = tillit(&d, &["catalogue", "diff", &id, "1", "draft", "--org", &org], &[]);
    assert!(!o.status.success(), "version 1 is not published yet: {}", text(&o));

    let bad = d.join("bad.json");
    std::fs::write(&bad, "{ \"catalog\": { \"metadata\": { \"oscal-version\": \"7.0\" } } }").unwrap();
    let o = tillit(&d, &["catalogue", "import", bad.to_str().unwrap(), "--org", &org], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("$.catalog.metadata.oscal-version") && text(&o).contains("nothing was imported"),
        "{}",
        text(&o)
    );
    let o = tillit(&d, &["catalogue", "show", "builtin:nope"], &[]);
    assert!(!o.status.success());
}

/// The library on the CLI's SQLite file, for what no command does (a buyer's page work).
async fn library(d: &Path) -> tillit_app::App {
    use std::sync::Arc;
    let db = tillit_store::Db::open_sqlite(d).await.unwrap();
    tillit_app::App::new(
        db,
        Arc::new(tillit_app::SystemClock),
        Arc::new(tillit_app::platform::mail::NoMailer),
        tillit_app::AppConfig::default(),
    )
}

/// A published case with one submitted bid, prepared through the library on the CLI's
/// SQLite file (there is no CLI command for what a buyer does on the pages).
fn prepare_case(d: &Path) -> (String, String, String) {
    let o = tillit(
        d,
        &["admin", "create-org", "--name", "Bergen kommune", "--admin-email", "kari@bergen.kommune.no"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let org = text(&tillit(d, &["admin", "list-orgs"], &[])).split_whitespace().next().unwrap().to_string();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let app = library(d).await;
        let a = tillit_app::Actor::command_line(tillit_domain::OrgId(org.clone()));
        let case = app.create_case(&a, "2026/9", "Trygghetsalarmer", "").await.unwrap();
        app.adopt_proposal(&a, &case).await.unwrap();
        app.set_deadline(&a, &case, app.now().0 + 86_400, "").await.unwrap();
        app.move_case(&a, &case, tillit_domain::procurement::Status::Published).await.unwrap();
        let inv = tillit_app::procurement::bids::Invitation {
            company: "Alfa AS",
            country: "no",
            org_number: "923609016",
            email: "a@alfa.no",
        };
        let bid = app.invite_bidder(&a, &case, inv).await.unwrap();
        app.close().await;
        (org, case.0, bid.0)
    })
}

#[test]
fn cases_are_listed_shown_verified_and_exported_from_the_command_line() {
    let d = tmp("cases");
    let (org, case, bid) = prepare_case(&d);
    let o = tillit(&d, &["case", "list", "--org", &org], &[]);
    assert!(o.status.success() && text(&o).contains("2026/9") && text(&o).contains("published"), "{}", text(&o));
    let o = tillit(&d, &["case", "show", &case, "--org", &org], &[]);
    assert!(text(&o).contains("published version 1:") && text(&o).contains("Alfa AS"), "{}", text(&o));
    let o = tillit(&d, &["case", "set", &case, "--org", &org], &[]);
    assert!(o.status.success() && text(&o).contains("version 1  sha256 "), "{}", text(&o));
    let o = tillit(&d, &["case", "verify-set", &case, "--org", &org], &[]);
    assert!(o.status.success() && text(&o).contains("version 1: ok"), "{}", text(&o));
    // Another organisation's id finds nothing.
    let o = tillit(&d, &["case", "show", &case, "--org", "someone-else"], &[]);
    assert!(!o.status.success() && text(&o).contains("not found"), "{}", text(&o));
    for (fmt, magic) in [("xlsx", &b"PK"[..]), ("docx", b"PK"), ("pdf", b"%PDF"), ("oscal", b"{")] {
        let out = d.join(format!("annex.{fmt}"));
        let o = tillit(&d, &["case", "annex", &case, "--org", &org, "--format", fmt, "-o", out.to_str().unwrap()], &[]);
        assert!(o.status.success(), "{fmt}: {}", text(&o));
        assert!(std::fs::read(&out).unwrap().starts_with(magic), "{fmt}");
    }
    // Before the deadline no returned sheet is read in: the bids are sealed.
    let junk = d.join("junk.xlsx");
    std::fs::write(&junk, b"not a workbook").unwrap();
    let o = tillit(&d, &["case", "import-sheet", &bid, junk.to_str().unwrap(), "--org", &org], &[]);
    assert!(!o.status.success() && text(&o).contains("sealed"), "{}", text(&o));
    // The deadline passes (moved into the past: the command line runs on the real clock).
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let db = tillit_store::Db::open_sqlite(&d).await.unwrap();
        db.execute("UPDATE procurement_cases SET deadline = 1", vec![]).await.unwrap();
        db.close().await;
    });
    // An answer sheet that is not one is refused by cell, nothing imported.
    let o = tillit(&d, &["case", "import-sheet", &bid, junk.to_str().unwrap(), "--org", &org], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("nothing was imported"), "{}", text(&o));
    // The stored set is tampered with: the check names the version and fails.
    rt.block_on(async {
        let db = tillit_store::Db::open_sqlite(&d).await.unwrap();
        // The trigger refuses updates; an attacker with the file drops it first.
        db.execute("DROP TRIGGER set_version_items_frozen", vec![]).await.unwrap();
        db.execute("UPDATE set_version_items SET text = 'endret' WHERE position = 0", vec![]).await.unwrap();
        db.close().await;
    });
    let o = tillit(&d, &["case", "verify-set", &case, "--org", &org], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("version 1: ALTERED"), "{}", text(&o));
}

#[test]
fn a_scan_from_the_command_line_reports_scores_and_refuses_what_is_out_of_bounds() {
    use std::io::{Read, Write};
    let d = tmp("scan");
    // An open "Redis" on a loopback address of its own.
    let l = std::net::TcpListener::bind("127.0.0.91:6379").unwrap();
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            let mut s = s;
            let mut buf = [0u8; 64];
            let _ = s.read(&mut buf);
            let _ = s.write_all(b"+PONG\r\n");
        }
    });
    let scope = d.join("scope.json");
    std::fs::write(&scope, r#"{"addresses": ["127.0.0.91"], "ports": [6379]}"#).unwrap();
    let o = tillit(&d, &["scan", scope.to_str().unwrap(), "--targets", "test", "--timeout", "1"], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("exposure.redis-unauthenticated") && text(&o).contains("grade F"), "{}", text(&o));
    let o = tillit(&d, &["scan", scope.to_str().unwrap(), "--targets", "test", "--json"], &[]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["findings"][0]["evidence"], "+PONG");
    assert_eq!(report["score"]["model"], report["model"]);
    // A real scan never reaches loopback: refused before anything is sent.
    let o = tillit(&d, &["scan", scope.to_str().unwrap(), "--json"], &[]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(report["findings"].as_array().unwrap().is_empty());
    assert!(report["observations"][0]["detail"].as_str().unwrap().contains("outside the allowed targets"));
    // A TLS endpoint (OpenSSL's s_server) shows its versions, suites and certificate.
    let cert = d.join("cert.pem");
    let key = d.join("key.pem");
    let made = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=tls.example.test"])
        .args(["-addext", "subjectAltName=IP:127.0.0.92", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let mut server = std::process::Command::new("openssl")
        .args(["s_server", "-quiet", "-www", "-accept", "127.0.0.92:443", "-cert"])
        .arg(&cert)
        .arg("-key")
        .arg(&key)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect("127.0.0.92:443").is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    std::fs::write(&scope, r#"{"addresses": ["127.0.0.92"], "ports": [443]}"#).unwrap();
    let trust = ["--trust-store", cert.to_str().unwrap()];
    let o = tillit(&d, &["scan", scope.to_str().unwrap(), "--targets", "test", trust[0], trust[1]], &[]);
    let json = tillit(&d, &["scan", scope.to_str().unwrap(), "--targets", "test", "--json", trust[0], trust[1]], &[]);
    let _ = (server.kill(), server.wait());
    let out = text(&o);
    assert!(out.contains("tls 127.0.0.92:443") && out.contains("TLS 1.3 (3 suites)"), "{out}");
    assert!(out.contains("certificate CN=tls.example.test until ") && out.contains("RSA 2048"), "{out}");
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let tls = &report["tls"][0];
    // A self-signed certificate with CA:TRUE (what `openssl req -x509` makes) is no server's.
    assert_eq!(tls["certificate"]["verification"], "CaUsedAsEndEntity", "{tls}");
    let v12 = tls["protocols"].as_array().unwrap().iter().find(|p| p["version"] == "TLS 1.2").unwrap();
    assert!(v12["suites"].as_array().unwrap().iter().any(|s| s == "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"), "{v12}");
    // A bad scope names the field, exit 2.
    std::fs::write(&scope, r#"{"hosts": ["not a host"], "ports": [0]}"#).unwrap();
    let o = tillit(&d, &["scan", scope.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("hosts[0]") && text(&o).contains("ports[0]"), "{}", text(&o));
}

/// Hostile workbooks (crates/office/tests/hostile) imported by an operator with `--dry-run`,
/// under an address-space limit: each is refused with the limit named and exit code 1, never
/// an abort (134) or an allocation the limit would refuse.
#[test]
fn hostile_workbooks_are_refused_within_bounded_memory() {
    let d = tmp("hostile");
    let o = tillit(
        &d,
        &["admin", "create-org", "--name", "Bergen", "--admin-email", "kari@bergen.no"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let org = org_id(&d);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../office/tests/hostile");
    let cases = [
        ("corners.xlsx", "at most 100000 rows"),
        ("corners-small-dimension.xlsx", "has cells that span 1048576 rows"),
        ("hundred-million.xlsx", "A1:CV1000000"),
        ("shared-strings.xlsx", "at most 1000000"),
    ];
    for (file, expect) in cases {
        let path = dir.join(file);
        // 1 GiB of address space: far below what any of these files asks a naive reader for.
        let o = Command::new("prlimit")
            .arg(format!("--as={}", 1u64 << 30))
            .arg(BIN)
            .args(["--data", d.to_str().unwrap(), "catalogue", "import", path.to_str().unwrap(), "--org", &org])
            .arg("--dry-run")
            .env_remove("TILLIT_DATABASE_URL")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{file}: {}", text(&o));
        assert!(text(&o).contains(expect), "{file} should name {expect}: {}", text(&o));
    }
}

/// What the audit chain proves against someone with write access to the database but not the
/// key file: deleting an organisation's whole chain is caught by `audit verify` alone; a
/// consistent rewrite (a record changed, every later hash and the head recomputed) passes the
/// chain check but not a witness taken earlier — a saved `audit checkpoint` or a backup.
#[test]
fn witnessed_checkpoints_catch_a_rewritten_or_removed_chain() {
    use tillit_domain::platform::audit_log::{AuditRecord, append};
    let d = tmp("witness");
    let o = tillit(
        &d,
        &["admin", "create-org", "--name", "Lund", "--admin-email", "eva@lund.se"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let o = tillit(
        &d,
        &["admin", "add-user", "--org", &org_id(&d), "--email", "per@lund.se", "--role", "auditor"],
        &[("TILLIT_USER_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let org = org_id(&d);
    let o = tillit(&d, &["audit", "checkpoint"], &[]);
    assert!(o.status.success(), "{}", text(&o));
    let witness = d.join("witness.jsonl");
    std::fs::write(&witness, &o.stdout).unwrap();
    let backup = d.join("backup.jsonl");
    assert!(tillit(&d, &["backup", backup.to_str().unwrap()], &[]).status.success());
    let o = tillit(
        &d,
        &["audit", "verify", "--witness", witness.to_str().unwrap(), "--witness", backup.to_str().unwrap()],
        &[],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(text(&o).matches("holds").count(), 4, "two chains, two witnesses: {}", text(&o));

    // A consistent rewrite: record 1 of the organisation's chain changed, everything after it
    // re-hashed and the head moved, exactly as the chain's own rules would have made it.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let db = tillit_store::Db::open_sqlite(&d).await.unwrap();
        let records = tillit_store::platform::audit_log::all_records(&db, &org).await.unwrap();
        let mut rewritten: Vec<AuditRecord> = vec![];
        for (i, r) in records.iter().enumerate() {
            let mut e = r.event.clone();
            if i == 0 {
                e.actor_label = "someone else".into();
            }
            let prev = rewritten.last().map(|r| (r.seq, r.hash.clone()));
            rewritten.push(append(&org, prev.as_ref().map(|(s, h)| (*s, h.as_str())), e));
        }
        for r in &rewritten {
            let sql =
                "UPDATE audit_events SET actor_label = $1, prev_hash = $2, hash = $3 WHERE chain = $4 AND seq = $5";
            db.execute(sql, tillit_store::args![&r.event.actor_label, &r.prev_hash, &r.hash, &org, r.seq])
                .await
                .unwrap();
        }
        let last = rewritten.last().unwrap();
        db.execute("UPDATE audit_heads SET hash = $1 WHERE chain = $2", tillit_store::args![&last.hash, &org])
            .await
            .unwrap();
        db.close().await;
    });
    let o = tillit(&d, &["audit", "verify"], &[]);
    assert!(o.status.success(), "the chain alone cannot see a consistent rewrite: {}", text(&o));
    let o = tillit(&d, &["audit", "verify", "--witness", witness.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains(&format!("BROKEN  chain {org}: witnessed record")) && text(&o).contains("was rewritten"),
        "{}",
        text(&o)
    );
    let o = tillit(&d, &["audit", "verify", "--witness", backup.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(1), "a backup is a witness too: {}", text(&o));

    // A forged checkpoint (signed by no key of this instance) is refused, not trusted.
    let forged = d.join("forged.jsonl");
    let line = std::fs::read_to_string(&witness)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .replace("\"signature\":\"", "\"signature\":\"00");
    std::fs::write(&forged, line).unwrap();
    let o = tillit(&d, &["audit", "verify", "--witness", forged.to_str().unwrap()], &[]);
    assert!(text(&o).contains("is not signed by this instance's key"), "{}", text(&o));

    // The whole chain and its head removed: a failure, never "no records".
    rt.block_on(async {
        let db = tillit_store::Db::open_sqlite(&d).await.unwrap();
        db.execute("DELETE FROM audit_events WHERE chain = $1", tillit_store::args![&org]).await.unwrap();
        db.execute("DELETE FROM audit_heads WHERE chain = $1", tillit_store::args![&org]).await.unwrap();
        db.close().await;
    });
    let o = tillit(&d, &["audit", "verify"], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains(&format!("chain {org}: missing")), "{}", text(&o));
    let o = tillit(&d, &["audit", "verify", "--witness", witness.to_str().unwrap()], &[]);
    assert!(text(&o).contains("is gone"), "{}", text(&o));
}

fn org_id(d: &Path) -> String {
    String::from_utf8_lossy(&tillit(d, &["admin", "list-orgs"], &[]).stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn the_register_is_listed_exported_and_read_into_another_organisation() {
    let d = tmp("register");
    let (org, _, _) = prepare_case(&d);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let app = library(&d).await;
        let a = tillit_app::Actor::command_line(tillit_domain::OrgId(org.clone()));
        let input = tillit_domain::suppliers::supplier::SupplierInput {
            legal_name: "Visma Enterprise AS".into(),
            country: "no".into(),
            org_number: "974760673".into(),
            ..Default::default()
        };
        let s = app.create_supplier(&a, &input).await.unwrap();
        let terms = tillit_app::contracts::ContractTerms {
            title: "Økonomisystem".into(),
            template: "ssa_l".into(),
            start: "2024-01-01".into(),
            end: "2099-12-31".into(),
            notice_months: "6".into(),
            ..Default::default()
        };
        app.create_contract(&a, &s, &terms).await.unwrap();
        app.close().await;
    });
    let o = tillit(&d, &["supplier", "list", "--org", &org], &[]);
    assert!(
        o.status.success() && text(&o).contains("974760673") && text(&o).contains("Visma Enterprise AS"),
        "{}",
        text(&o)
    );
    let out = d.join("register.xlsx");
    let o = tillit(&d, &["supplier", "export", "--org", &org, "-o", out.to_str().unwrap()], &[]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    // Into the same organisation: already there, nothing read in, exit 1.
    let o = tillit(&d, &["supplier", "import", out.to_str().unwrap(), "--org", &org], &[]);
    assert!(!o.status.success() && text(&o).contains("already has a supplier"), "{}", text(&o));
    // Into another: the supplier and its contract.
    let o = tillit(
        &d,
        &["admin", "create-org", "--name", "Askøy kommune", "--admin-email", "ola@askoy.kommune.no"],
        &[("TILLIT_ADMIN_PASSWORD", PASSWORD)],
    );
    assert!(o.status.success(), "{}", text(&o));
    let other = text(&tillit(&d, &["admin", "list-orgs"], &[]))
        .lines()
        .find(|l| l.contains("Askøy"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    let o = tillit(&d, &["supplier", "import", out.to_str().unwrap(), "--org", &other], &[]);
    assert!(o.status.success() && text(&o).contains("read in 1 suppliers and 1 contracts"), "{}", text(&o));
    let o = tillit(&d, &["contract", "list", "--org", &other], &[]);
    assert!(text(&o).contains("Økonomisystem") && text(&o).contains("2024-01-01"), "{}", text(&o));
    let id = text(&o).split_whitespace().next().unwrap().to_string();
    let o = tillit(&d, &["contract", "show", &id, "--org", &other], &[]);
    assert!(text(&o).contains("no data processing agreement recorded"), "{}", text(&o));
    let o = tillit(&d, &["contract", "show", &id, "--org", &org], &[]);
    assert!(!o.status.success() && text(&o).contains("not found"), "another organisation's contract: {}", text(&o));
}
