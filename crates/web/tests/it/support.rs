//! Test support: a real server on 127.0.0.1 port 0 over SQLite or PostgreSQL, a fake
//! clock, an SMTP sink on 127.0.0.1, and a small browser-like client.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use tillit_app::platform::mail::{SmtpMailer, SmtpSettings};
use tillit_app::testing::{Backend, Db};
use tillit_app::{App, AppConfig};
use tillit_domain::{Clock, Timestamp};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

pub struct FakeClock(AtomicI64);

impl Clock for FakeClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}

impl FakeClock {
    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

/// Runs a test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! both {
    ($name:ident, |$t:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $t = $crate::support::TestApp::start(tillit_app::testing::Backend::Sqlite).await;
                $body
                $t.finish().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let $t = $crate::support::TestApp::start(tillit_app::testing::Backend::Postgres).await;
                $body
                $t.finish().await;
            }
        }
    };
}

pub fn pg_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A mail as the sink received it, with its body decoded.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    /// The first link in the body that contains `part`.
    pub fn link(&self, part: &str) -> String {
        self.body
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(part))
            .unwrap_or_else(|| panic!("no link with {part} in {}", self.body))
            .to_string()
    }
}

pub struct TestApp {
    pub app: App,
    /// The database itself, for tests that look behind the use cases or break things on purpose.
    pub db: Db,
    pub addr: SocketAddr,
    pub clock: Arc<FakeClock>,
    pub mails: Arc<Mutex<Vec<Mail>>>,
    smtp_port: u16,
    cleanup: Option<(String, String)>,
    data_dir: Option<std::path::PathBuf>,
    server: tokio::task::JoinHandle<()>,
}

pub const T0: i64 = 1_790_000_000;

impl TestApp {
    pub async fn start(backend: Backend) -> TestApp {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: Backend, tweak: impl FnOnce(&mut tillit_web::WebConfig)) -> TestApp {
        let suffix = tillit_app::platform::secrets::random_token()[..10].to_lowercase().replace(['-', '_'], "x");
        let (db, cleanup, data_dir) = match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("tillit-test-{suffix}"));
                (Db::open_sqlite(&dir).await.expect("sqlite"), None, Some(dir))
            }
            Backend::Postgres => {
                let admin = pg_admin_url();
                let name = format!("tillit_t_{suffix}");
                let admin_db = Db::open_postgres(&admin).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL at {admin} is needed for this test (set TEST_DATABASE_URL): {e}")
                });
                let sql: &'static str = Box::leak(format!("CREATE DATABASE {name}").into_boxed_str());
                admin_db.execute(sql, vec![]).await.expect("create test database");
                admin_db.close().await;
                let url = replace_db_name(&admin, &name);
                (Db::open_postgres(&url).await.expect("pg"), Some((admin, name)), None)
            }
        };
        tillit_app::catalogue::prepare_database(&db, T0).await.expect("migrate");
        let (smtp_port, mails) = smtp_sink().await;
        let mailer = SmtpMailer::new(&SmtpSettings {
            host: "127.0.0.1".into(),
            port: smtp_port,
            from: "tillit <noreply@tillit.test>".into(),
        })
        .expect("mailer");
        let clock = Arc::new(FakeClock(AtomicI64::new(T0)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let config = AppConfig { base_url: format!("http://{addr}"), ..AppConfig::default() };
        let app = App::new(db.clone(), clock.clone(), Arc::new(mailer), config);
        let mut web = tillit_web::WebConfig::default();
        tweak(&mut web);
        let state = tillit_web::AppState::new(app.clone(), web);
        let server = tokio::spawn(async move {
            let _ = tillit_web::server::serve(state, listener, None, std::future::pending()).await;
        });
        TestApp { app, db, addr, clock, mails, smtp_port, cleanup, data_dir, server }
    }

    /// Another instance over the same PostgreSQL database: its own pool, server and worker
    /// identity, sharing nothing with the first but the database (and the test's clock).
    pub async fn second_instance(&self) -> (App, SocketAddr) {
        let (admin, name) = self.cleanup.as_ref().expect("a second instance needs PostgreSQL");
        let db = Db::open_postgres(&replace_db_name(admin, name)).await.expect("pg");
        let mailer = SmtpMailer::new(&SmtpSettings {
            host: "127.0.0.1".into(),
            port: self.smtp_port,
            from: "tillit <noreply@tillit.test>".into(),
        })
        .expect("mailer");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        // Instances sharing a database share the key file.
        let config = AppConfig {
            base_url: format!("http://{addr}"),
            keys: self.app.config.keys.clone(),
            ..AppConfig::default()
        };
        let app = App::new(db, self.clock.clone(), Arc::new(mailer), config);
        let state = tillit_web::AppState::new(app.clone(), tillit_web::WebConfig::default());
        tokio::spawn(async move {
            let _ = tillit_web::server::serve(state, listener, None, std::future::pending()).await;
        });
        (app, addr)
    }

    /// Ends the test: fails it if a job is left due or failed (as crates.io's test app does),
    /// then drops the database.
    pub async fn finish(self) {
        let left = self.app.leftover_jobs().await.expect("jobs");
        self.server.abort();
        self.db.close().await;
        if let Some((admin, name)) = self.cleanup
            && let Ok(db) = Db::open_postgres(&admin).await
        {
            let sql: &'static str = Box::leak(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").into_boxed_str());
            let _ = db.execute(sql, vec![]).await;
            db.close().await;
        }
        if let Some(d) = self.data_dir {
            let _ = std::fs::remove_dir_all(d);
        }
        assert!(left.is_empty(), "the test left jobs due or failed (id, kind, error): {left:?}");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn browser(&self) -> Browser {
        Browser::new(self.addr)
    }

    /// An organisation's audit log as its auditors read it (the app's own query).
    pub async fn audit_log(
        &self,
        org: &tillit_domain::OrgId,
        f: &tillit_app::data::AuditFilter,
    ) -> Vec<tillit_domain::platform::audit_log::AuditRecord> {
        self.app.audit_search(&tillit_app::Actor::command_line(org.clone()), f).await.expect("audit log")
    }

    /// Runs the due jobs (sends queued mail) as the worker would; returns how many ran.
    pub async fn send_queued_mail(&self) -> usize {
        self.app.run_due_jobs().await.expect("jobs")
    }

    /// Sends queued mail and returns everything the sink has received so far.
    pub async fn mail_to(&self, to: &str) -> Vec<Mail> {
        self.app.run_due_jobs().await.expect("jobs");
        self.mails.lock().expect("mails").iter().filter(|m| m.to.contains(to)).cloned().collect()
    }
}

fn replace_db_name(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let base = match base.rfind('/') {
        Some(i) if i > "postgres://".len() => &base[..i],
        _ => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// A minimal SMTP server on 127.0.0.1 that keeps what it receives.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<Mail>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind smtp");
    let port = listener.local_addr().expect("addr").port();
    let mails = Arc::new(Mutex::new(Vec::new()));
    let store = mails.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut r = BufReader::new(r);
                let _ = w.write_all(b"220 sink ESMTP\r\n").await;
                let mut rcpt = String::new();
                let mut line = String::new();
                loop {
                    line.clear();
                    if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    let cmd = line.trim_end().to_ascii_uppercase();
                    if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
                        let _ = w.write_all(b"250-sink\r\n250 8BITMIME\r\n").await;
                    } else if cmd.starts_with("RCPT TO") {
                        rcpt = line.trim_end()[8..].trim().trim_matches(['<', '>']).to_string();
                        let _ = w.write_all(b"250 ok\r\n").await;
                    } else if cmd == "DATA" {
                        let _ = w.write_all(b"354 go\r\n").await;
                        let mut data = String::new();
                        loop {
                            line.clear();
                            if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                                return;
                            }
                            if line == ".\r\n" {
                                break;
                            }
                            data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
                        }
                        store.lock().expect("mails").push(parse_mail(&rcpt, &data));
                        let _ = w.write_all(b"250 queued\r\n").await;
                    } else if cmd == "QUIT" {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        let _ = w.write_all(b"250 ok\r\n").await;
                    }
                }
            });
        }
    });
    (port, mails)
}

fn parse_mail(to: &str, data: &str) -> Mail {
    let (head, body) = data.split_once("\r\n\r\n").unwrap_or((data, ""));
    let header = |name: &str| {
        head.lines()
            .find(|l| l.to_ascii_lowercase().starts_with(&format!("{}:", name.to_ascii_lowercase())))
            .map(|l| l[name.len() + 1..].trim().to_string())
            .unwrap_or_default()
    };
    let cte = header("Content-Transfer-Encoding").to_ascii_lowercase();
    let body = if cte == "quoted-printable" {
        decode_qp(body)
    } else if cte == "base64" {
        use base64::Engine;
        let compact: String = body.split_whitespace().collect();
        String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(compact).unwrap_or_default())
            .into_owned()
    } else {
        body.to_string()
    };
    Mail { to: to.to_string(), subject: header("Subject"), body: body.replace("\r\n", "\n") }
}

fn decode_qp(s: &str) -> String {
    let s = s.replace("=\r\n", "");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'='
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Keeps cookies and the last CSRF token seen on a page, like a browser would.
pub struct Browser {
    addr: SocketAddr,
    client: reqwest::Client,
    pub cookies: HashMap<String, String>,
    pub csrf: Option<String>,
}

pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> String {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string()
    }
    /// The markup of the first element with this id, up to the first closing tag of its name
    /// (a table with its rows, a list with its items).
    pub fn element(&self, id: &str) -> String {
        let at = self.body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id} in {}", self.body));
        let open = self.body[..at].rfind('<').expect("tag start");
        let name: String = self.body[open + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let close = self.body[at..].find(&format!("</{name}>")).map(|c| at + c).unwrap_or(self.body.len());
        self.body[open..close].to_string()
    }
    /// The text inside the first element with this id.
    pub fn by_id(&self, id: &str) -> String {
        let start = self.body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id} in {}", self.body));
        let rest = &self.body[start..];
        let open = rest.find('>').expect("tag end") + 1;
        let close = rest[open..].find('<').expect("close");
        rest[open..open + close].to_string()
    }
}

impl Browser {
    pub fn new(addr: SocketAddr) -> Browser {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("accept-language", reqwest::header::HeaderValue::from_static("en"));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(h)
            .build()
            .expect("client");
        Browser { addr, client, cookies: HashMap::new(), csrf: None }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn finish(&mut self, r: reqwest::Response) -> Resp {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        for v in headers.get_all("set-cookie") {
            let s = v.to_str().unwrap_or("");
            let (kv, attrs) = s.split_once(';').unwrap_or((s, ""));
            if let Some((k, v)) = kv.split_once('=') {
                if v.is_empty() || attrs.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
        let body = r.text().await.unwrap_or_default();
        // Every page's <title> is plain text: markup there is a template defect.
        if let Some(t) = body.split("<title>").nth(1).and_then(|x| x.split("</title>").next()) {
            assert!(!t.contains('<') && t.len() < 300, "a page title holds markup: {t}");
        }
        if let Some(i) = body.find("name=\"_csrf\" value=\"") {
            let rest = &body[i + 20..];
            self.csrf = rest.find('"').map(|j| rest[..j].to_string());
        }
        Resp { status, headers, body }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let r = self
            .client
            .get(format!("http://{}{}", self.addr, path))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("get");
        self.finish(r).await
    }

    /// Posts a form with the current CSRF token (fetching a page first if none is known).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.csrf.is_none() {
            self.get("/login").await;
        }
        let mut form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        form.push(("_csrf".into(), self.csrf.clone().unwrap_or_default()));
        self.post_raw(path, &form).await
    }

    /// An upload form (multipart) with one file in the field `file` and the CSRF token.
    pub async fn post_file(&mut self, path: &str, name: &str, bytes: Vec<u8>) -> Resp {
        self.try_post_file(path, name, bytes).await.expect("post file")
    }

    /// As `post_file`, for an upload the server may refuse before reading it: it answers and
    /// closes, and a client still sending can see the close before the answer.
    pub async fn try_post_file(&mut self, path: &str, name: &str, bytes: Vec<u8>) -> Result<Resp, reqwest::Error> {
        let form = reqwest::multipart::Form::new()
            .text("_csrf", self.csrf.clone().unwrap_or_default())
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
        let r = self
            .client
            .post(format!("http://{}{}", self.addr, path))
            .header("cookie", self.cookie_header())
            .multipart(form)
            .send()
            .await?;
        Ok(self.finish(r).await)
    }

    /// A multipart form as a browser sends one with file inputs: text fields, then files
    /// (field, file name, bytes), and the CSRF token.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(String, String)],
        files: Vec<(&str, &str, Vec<u8>)>,
    ) -> Resp {
        let mut form = reqwest::multipart::Form::new().text("_csrf", self.csrf.clone().unwrap_or_default());
        for (k, v) in fields {
            form = form.text(k.clone(), v.clone());
        }
        for (field, name, bytes) in files {
            form = form.part(field.to_string(), reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
        }
        let r = self
            .client
            .post(format!("http://{}{}", self.addr, path))
            .header("cookie", self.cookie_header())
            .multipart(form)
            .send()
            .await
            .expect("post multipart");
        self.finish(r).await
    }

    /// A JSON request as `static/passkey.js` sends it: CSRF token in a header.
    pub async fn post_json(&mut self, path: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
        let r = self
            .client
            .post(format!("http://{}{}", self.addr, path))
            .header("cookie", self.cookie_header())
            .header("x-csrf-token", self.csrf.clone().unwrap_or_default())
            .json(body)
            .send()
            .await
            .expect("post json");
        let resp = self.finish(r).await;
        (resp.status, serde_json::from_str(&resp.body).unwrap_or(serde_json::Value::Null))
    }

    pub async fn post_raw(&mut self, path: &str, form: &[(String, String)]) -> Resp {
        let r = self
            .client
            .post(format!("http://{}{}", self.addr, path))
            .header("cookie", self.cookie_header())
            .form(form)
            .send()
            .await
            .expect("post");
        let resp = self.finish(r).await;
        // Like a browser, follow a redirect to a page of ours, which also picks up the
        // CSRF token of a session that was just created.
        if resp.status == 303 && resp.location().starts_with('/') {
            self.get(&resp.location()).await;
        }
        resp
    }
}
