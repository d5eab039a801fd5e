//! The scanner against real listeners on loopback addresses: services that are exposed,
//! ones that are not, and peers that misbehave (silent, garbage, endless data, resets).
//! Nothing leaves 127.0.0.0/8.

// Test code: a fixture that cannot bind or write fails the test, which is what unwrap says.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod dns;
mod dnssec;
mod mail;
mod protocols;
mod schema;
mod tls;
mod web;

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tillit_scan::model::{AssetValue, Outcome};
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A loopback address of its own for each test, so well-known ports are free.
fn host(n: u8) -> IpAddr {
    IpAddr::from([127, 0, 0, n])
}

/// Serves `answer` to every connection after reading what the client sends first.
async fn listener(addr: SocketAddr, behaviour: &'static str) {
    let l = TcpListener::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = [0u8; 512];
                match behaviour {
                    "redis-open" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"+PONG\r\n").await;
                    }
                    "redis-auth" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"-NOAUTH Authentication required.\r\n").await;
                    }
                    "docker" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"Version\":\"24.0.7\",\"ApiVersion\":\"1.43\"}").await;
                    }
                    "docker-tls-only" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s
                            .write_all(
                                b"HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.",
                            )
                            .await;
                    }
                    "rdp" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s
                            .write_all(&[
                                0x03, 0x00, 0x00, 0x13, 0x0e, 0xd0, 0x00, 0x00, 0x12, 0x34, 0x00, 0x02, 0x00, 0x08,
                                0x00, 0x00, 0x00, 0x00, 0x00,
                            ])
                            .await;
                    }
                    "telnet" => {
                        let _ = s.write_all(&[0xff, 0xfd, 0x18, 0xff, 0xfd, 0x20]).await;
                    }
                    "vnc" => {
                        let _ = s.write_all(b"RFB 003.008\n").await;
                    }
                    "silent" => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                    }
                    "ssh" => {
                        let _ = s.write_all(b"SSH-2.0-OpenSSH_9.6\r\n").await;
                    }
                    "http-401" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\n\r\n").await;
                    }
                    "elastic" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"name\":\"n1\",\"cluster_name\":\"prod\"}").await;
                    }
                    "mysql" => {
                        let _ = s.write_all(&[0x4a, 0, 0, 0, 0x0a, b'8', b'.', b'0', 0]).await;
                    }
                    "pg" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"N").await;
                    }
                    "ftp" => {
                        let _ = s.write_all(b"220 ProFTPD Server ready.\r\n").await;
                    }
                    // Each answers only the request its protocol's clients send first.
                    "smb" => {
                        let n = s.read(&mut buf).await.unwrap_or(0);
                        if n >= 70 && &buf[4..8] == b"\xfeSMB" && buf[16] == 0 {
                            let mut r = b"\xfeSMB".to_vec();
                            r.extend_from_slice(&[64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
                            r.extend_from_slice(&[0; 48]);
                            r.extend_from_slice(&[65, 0, 1, 0, 0x02, 0x03, 0, 0]);
                            let mut framed = vec![0, 0, 0, r.len() as u8];
                            framed.extend_from_slice(&r);
                            let _ = s.write_all(&framed).await;
                        }
                    }
                    "mongo" => {
                        let n = s.read(&mut buf).await.unwrap_or(0);
                        if n >= 16 && buf[12..16] == [0xdd, 0x07, 0, 0] && buf[..n].windows(5).any(|w| w == b"hello") {
                            let mut r = vec![0u8; 16];
                            r[12] = 0xdd;
                            r[13] = 0x07;
                            r.extend_from_slice(&[0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
                            let len = r.len() as u32;
                            r[..4].copy_from_slice(&len.to_le_bytes());
                            let _ = s.write_all(&r).await;
                        }
                    }
                    "mssql" => {
                        let n = s.read(&mut buf).await.unwrap_or(0);
                        if n >= 8 && buf[0] == 0x12 {
                            let r = [0x04, 0x01, 0x00, 0x0b, 0x00, 0x00, 0x01, 0x00, 0xff, 0x00, 0x00];
                            let _ = s.write_all(&r).await;
                        }
                    }
                    "garbage" => {
                        let _ = s.read(&mut buf).await;
                        let _ = s.write_all(b"\x00\x01garbage\xff\xfe\r\n").await;
                    }
                    "endless" => {
                        let chunk = [b'x'; 4096];
                        while s.write_all(&chunk).await.is_ok() {}
                    }
                    "reset" => {
                        let _ = s.read(&mut buf).await;
                        // Linger 0 makes the close a reset (RST), as a crashing server's would.
                        #[allow(deprecated)]
                        let _ = s.set_linger(Some(Duration::ZERO));
                        drop(s);
                    }
                    _ => {}
                }
            });
        }
    });
}

fn prober(allow: Allowlist) -> Prober {
    Prober::new(
        allow,
        Limits {
            connect_timeout: Duration::from_millis(500),
            read_timeout: Duration::from_millis(500),
            ..Limits::default()
        },
    )
}

async fn probe(ip: IpAddr, port: u16) -> (tillit_scan::model::Observation, Option<tillit_scan::model::Finding>) {
    tillit_scan::exposure::probe(
        &prober(Allowlist::TestOnly),
        &ip.to_string(),
        SocketAddr::new(ip, port),
        AssetValue::Normal,
    )
    .await
}

#[tokio::test]
async fn exposed_services_fail_their_check_and_protected_ones_pass() {
    // Each service: a listener that fails its check, and one on the same port that passes.
    let cases: [(u8, u16, &str, Option<&str>); 26] = [
        (61, 6379, "redis-open", Some("exposure.redis-unauthenticated")),
        (62, 6379, "redis-auth", Some("exposure.database-reachable")),
        (63, 2375, "docker", Some("exposure.docker-api-unauthenticated")),
        (64, 2375, "docker-tls-only", None),
        (65, 3389, "rdp", Some("exposure.rdp")),
        (66, 23, "telnet", Some("exposure.telnet")),
        (67, 5900, "vnc", Some("exposure.vnc")),
        (68, 6379, "garbage", None),
        (69, 9200, "elastic", Some("exposure.elasticsearch-unauthenticated")),
        (70, 9200, "http-401", None),
        (75, 3306, "mysql", Some("exposure.database-reachable")),
        (76, 3306, "ssh", None),
        (77, 5432, "pg", Some("exposure.database-reachable")),
        (78, 5432, "garbage", None),
        (79, 21, "ftp", Some("exposure.file-sharing")),
        (80, 21, "ssh", None),
        (84, 3389, "http-401", None),
        (85, 23, "ssh", None),
        (86, 5900, "ssh", None),
        (87, 6379, "http-401", None),
        (88, 445, "smb", Some("exposure.file-sharing")),
        (89, 445, "http-401", None),
        (90, 27017, "mongo", Some("exposure.database-reachable")),
        (91, 27017, "garbage", None),
        (92, 1433, "mssql", Some("exposure.database-reachable")),
        (93, 1433, "ssh", None),
    ];
    for (n, port, behaviour, _) in &cases {
        listener(SocketAddr::new(host(*n), *port), behaviour).await;
    }
    for (n, port, behaviour, expected) in cases {
        let (o, f) = probe(host(n), port).await;
        match expected {
            Some(id) => {
                let f = f.unwrap_or_else(|| panic!("{behaviour}: no finding ({o:?})"));
                assert_eq!(f.check, id, "{behaviour}");
                assert_eq!(o.outcome, Outcome::Fail);
                assert!(!f.evidence.is_empty(), "{behaviour}: the evidence is kept");
            }
            None => {
                assert!(f.is_none(), "{behaviour}: {f:?}");
                assert_eq!(o.outcome, Outcome::Pass, "{behaviour}");
            }
        }
    }
}

#[tokio::test]
async fn misbehaving_peers_give_clear_results_without_hanging() {
    listener(SocketAddr::new(host(71), 6379), "silent").await;
    listener(SocketAddr::new(host(72), 2375), "endless").await;
    listener(SocketAddr::new(host(73), 6379), "reset").await;
    let started = std::time::Instant::now();
    let (silent, f) = probe(host(71), 6379).await;
    assert_eq!(silent.outcome, Outcome::Inconclusive, "a timeout is never a failure");
    assert!(f.is_none());
    let (endless, _) = probe(host(72), 2375).await;
    assert_eq!(endless.outcome, Outcome::Pass, "cut at the cap, nothing recognised");
    let (reset, f) = probe(host(73), 6379).await;
    assert!(matches!(reset.outcome, Outcome::Inconclusive | Outcome::Pass), "{reset:?}");
    assert!(f.is_none());
    let (closed, _) = probe(host(74), 6379).await;
    assert_eq!(closed.outcome, Outcome::NotApplicable, "nothing listens");
    assert!(started.elapsed() < Duration::from_secs(10), "bounded by the timeouts");
}

#[tokio::test]
async fn targets_outside_the_allowlist_are_refused_before_anything_is_sent() {
    for ip in ["10.0.0.1", "192.168.1.1", "8.8.8.8"] {
        let addr: SocketAddr = format!("{ip}:6379").parse().unwrap();
        let e = prober(Allowlist::TestOnly).connect(addr).await.err().unwrap();
        assert_eq!(e, tillit_scan::probe::ProbeError::NotAllowed(addr.ip()));
    }
    let e = prober(Allowlist::PublicOnly).connect("127.0.0.1:6379".parse().unwrap()).await.err().unwrap();
    assert!(matches!(e, tillit_scan::probe::ProbeError::NotAllowed(_)), "a real scan never reaches loopback");
}

#[tokio::test]
async fn a_scan_report_scores_what_it_saw() {
    listener(SocketAddr::new(host(81), 6379), "redis-open").await;
    listener(SocketAddr::new(host(82), 3389), "rdp").await;
    let scope = tillit_scan::scope::parse(br#"{"addresses": ["127.0.0.81", "127.0.0.82", "127.0.0.83"], "hosts": ["www.example.test"], "ports": [6379, 3389], "resolver": "127.0.0.98:53"}"#).unwrap();
    let mut calls = 0;
    let r = tillit_scan::report::run(
        &scope,
        &prober(Allowlist::TestOnly),
        std::sync::Arc::new(tokio_rustls::rustls::RootCertStore::empty()),
        1_790_000_000,
        |_, _| calls += 1,
    )
    .await;
    assert_eq!(calls, 7, "six port probes and the host's CNAME check");
    assert_eq!(r.findings.len(), 2);
    assert_eq!(r.findings[0].check, "exposure.redis-unauthenticated", "worst first");
    assert!(r.score.grade >= tillit_scan::score::CRITICAL_CAP, "no better than the cap: {:?}", r.score.grade);
    let lost: f64 = r.score.lost.iter().map(|l| l.of_overall).sum();
    assert!((100.0 - r.score.overall - lost).abs() < 1e-6);
    assert!(
        r.observations
            .iter()
            .any(|o| o.asset.name == "www.example.test" && o.check == "scope" && o.outcome != Outcome::Pass),
        "an unresolved name is not scanned"
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["model"], tillit_scan::score::MODEL_VERSION);
    // The buyer declares the RDP host a low-value asset (say, a decommissioned test box):
    // its finding weighs less, so the Redis one counts for more of the category.
    let declared = tillit_scan::scope::parse(br#"{"addresses": ["127.0.0.81", "127.0.0.82"], "ports": [6379, 3389], "resolver": "127.0.0.98:53", "values": {"127.0.0.82": "low"}}"#).unwrap();
    let d = tillit_scan::report::run(
        &declared,
        &prober(Allowlist::TestOnly),
        std::sync::Arc::new(tokio_rustls::rustls::RootCertStore::empty()),
        1_790_000_000,
        |_, _| {},
    )
    .await;
    let rdp = d.findings.iter().find(|f| f.check == "exposure.rdp").unwrap();
    assert_eq!(rdp.asset.value, AssetValue::Low);
    let exposure = |r: &tillit_scan::report::Report| {
        r.score.categories.iter().find(|c| c.category == tillit_scan::model::Category::Exposure).unwrap().score
    };
    assert!(exposure(&d) < exposure(&r), "{} < {}", exposure(&d), exposure(&r));
}
