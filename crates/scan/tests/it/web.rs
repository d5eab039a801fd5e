//! Web checks against real HTTP and HTTPS servers on loopback addresses, one header
//! profile each.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tillit_scan::model::{AssetValue, Outcome};
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::rustls;

fn acceptor() -> tokio_rustls::TlsAcceptor {
    let cert = rcgen::generate_simple_self_signed(vec!["www.example.test".to_string()]).unwrap();
    let key = rustls::pki_types::PrivateKeyDer::try_from(cert.signing_key.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![cert.cert.der().clone()], key)
        .unwrap();
    tokio_rustls::TlsAcceptor::from(Arc::new(cfg))
}

/// What the site answers for a path, by profile.
fn answer(profile: &'static str, path: &str, origin: Option<&str>) -> String {
    let good = "Server: nginx/1.26.2\r\nStrict-Transport-Security: max-age=63072000\r\nContent-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\nX-Content-Type-Options: nosniff\r\nSet-Cookie: sid=1; Secure; HttpOnly\r\n";
    let (status, headers, body) = match (profile, path) {
        ("good", "/") => ("200 OK", good.to_string(), "<html></html>"),
        ("bad", "/") => (
            "200 OK",
            format!(
                "Server: Apache/2.2.15 (CentOS)\r\nX-Powered-By: PHP/7.4.33\r\nStrict-Transport-Security: max-age=600\r\nContent-Security-Policy: script-src 'unsafe-inline'\r\nSet-Cookie: sid=1; HttpOnly\r\n{}",
                origin
                    .map(|o| format!("Access-Control-Allow-Origin: {o}\r\nAccess-Control-Allow-Credentials: true\r\n"))
                    .unwrap_or_default()
            ),
            "<form method=post><input type=\"password\" name=pw></form>",
        ),
        ("bad", "/.git/HEAD") => ("200 OK", String::new(), "ref: refs/heads/main\n"),
        ("bad", "/.env") => ("200 OK", String::new(), "DB_PASSWORD=hemmelig\nAPP_KEY=x\n"),
        // A site that answers 200 with its front page for everything is not exposing files.
        ("catch-all", _) => ("200 OK", good.to_string(), "<html>Velkommen</html>"),
        _ => ("404 Not Found", String::new(), "not found"),
    };
    format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\n{headers}Connection: close\r\n\r\n{body}", body.len())
}

fn request_line(req: &str) -> (String, Option<String>) {
    let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
    let origin = req.lines().find_map(|l| l.strip_prefix("Origin: ").map(|o| o.trim().to_string()));
    (path, origin)
}

async fn https_site(addr: SocketAddr, profile: &'static str) {
    let l = TcpListener::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    let acc = acceptor();
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = l.accept().await else { return };
            let acc = acc.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acc.accept(s).await else { return };
                let mut buf = vec![0u8; 4096];
                let n = tls.read(&mut buf).await.unwrap_or(0);
                let (path, origin) = request_line(&String::from_utf8_lossy(&buf[..n]));
                let _ = tls.write_all(answer(profile, &path, origin.as_deref()).as_bytes()).await;
                let _ = tls.shutdown().await;
            });
        }
    });
}

async fn http_site(addr: SocketAddr, redirect: bool) {
    let l = TcpListener::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = [0u8; 2048];
                let _ = s.read(&mut buf).await;
                let r = if redirect {
                    "HTTP/1.1 301 Moved Permanently\r\nLocation: https://www.example.test/\r\nContent-Length: 0\r\n\r\n"
                } else {
                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"
                };
                let _ = s.write_all(r.as_bytes()).await;
            });
        }
    });
}

fn prober() -> Prober {
    Prober::new(
        Allowlist::TestOnly,
        Limits {
            connect_timeout: Duration::from_millis(800),
            read_timeout: Duration::from_millis(800),
            ..Limits::default()
        },
    )
}

fn ip(n: u8) -> IpAddr {
    IpAddr::from([127, 0, 1, n])
}

#[tokio::test]
async fn a_well_configured_site_passes_and_a_careless_one_fails_each_check() {
    https_site(SocketAddr::new(ip(10), 8443), "good").await;
    http_site(SocketAddr::new(ip(10), 8080), true).await;
    https_site(SocketAddr::new(ip(11), 8443), "bad").await;
    http_site(SocketAddr::new(ip(11), 8080), false).await;
    https_site(SocketAddr::new(ip(12), 8443), "catch-all").await;

    let (obs, findings) = tillit_scan::web::probe(
        &prober(),
        ip(10),
        Some("www.example.test"),
        Some(8080),
        Some(8443),
        AssetValue::High,
        "2026-12-01",
    )
    .await;
    assert!(findings.is_empty(), "{findings:?}");
    assert!(obs.iter().all(|o| o.outcome == Outcome::Pass), "{obs:?}");

    let (_, findings) = tillit_scan::web::probe(
        &prober(),
        ip(11),
        Some("www.example.test"),
        Some(8080),
        Some(8443),
        AssetValue::Normal,
        "2026-12-01",
    )
    .await;
    let mut ids: Vec<&str> = findings.iter().map(|f| f.check.as_str()).filter(|c| c.starts_with("web.")).collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![
            "web.cookie-without-secure",
            "web.cors-reflects-origin-with-credentials",
            "web.csp",
            "web.exposed-env",
            "web.exposed-git",
            "web.framing",
            "web.hsts",
            "web.no-redirect-to-https",
            "web.nosniff",
        ]
    );
    let eol: Vec<&str> =
        findings.iter().filter(|f| f.check == "software.end-of-life").map(|f| f.evidence.as_str()).collect();
    assert_eq!(eol, vec!["server: Apache/2.2.15 (CentOS)", "x-powered-by: PHP/7.4.33"]);
    assert!(
        findings.iter().filter(|f| f.check == "software.end-of-life").all(|f| f.from_banner),
        "banner evidence is marked"
    );
    for f in &findings {
        let expected = if f.asset.name.ends_with(":8443") { AssetValue::High } else { AssetValue::Normal };
        assert_eq!(f.asset.value, expected, "the login page (on 8443) weighs more: {}", f.asset.name);
    }
    let env = findings.iter().find(|f| f.check == "web.exposed-env").unwrap();
    assert_eq!(env.evidence, "DB_PASSWORD=hemmelig", "the evidence is the first line served");

    let (_, findings) = tillit_scan::web::probe(
        &prober(),
        ip(12),
        Some("www.example.test"),
        None,
        Some(8443),
        AssetValue::High,
        "2026-12-01",
    )
    .await;
    assert!(findings.is_empty(), "a catch-all front page is no exposed file: {findings:?}");
}

#[tokio::test]
async fn plain_http_without_https_is_a_finding() {
    http_site(SocketAddr::new(ip(20), 8080), false).await;
    let (_, findings) =
        tillit_scan::web::probe(&prober(), ip(20), None, Some(8080), Some(8443), AssetValue::Normal, "2026-12-01")
            .await;
    let ids: Vec<&str> = findings.iter().map(|f| f.check.as_str()).collect();
    assert_eq!(ids, vec!["web.no-https", "web.no-redirect-to-https"]);
    assert_eq!(findings[0].asset.name, "127.0.1.20:8080");
}

#[tokio::test]
async fn a_scan_scores_web_and_exposure_findings_in_their_categories() {
    https_site(SocketAddr::new(ip(30), 8443), "bad").await;
    let scope = tillit_scan::scope::parse(br#"{"addresses": ["127.0.1.30"], "ports": [8443, 6379]}"#).unwrap();
    let r = tillit_scan::report::run(
        &scope,
        &prober(),
        std::sync::Arc::new(tokio_rustls::rustls::RootCertStore::empty()),
        1_790_000_000,
        |_, _| {},
    )
    .await;
    assert!(r.findings.iter().any(|f| f.check == "web.exposed-env"));
    let web = r.score.categories.iter().find(|c| c.category == tillit_scan::model::Category::Web).unwrap();
    assert!(web.grade >= tillit_scan::score::CRITICAL_CAP, "the exposed .env is critical: {:?}", web.grade);
    assert!(r.score.lost.iter().all(|l| r.findings.iter().any(|f| f.check == l.check)));
}
