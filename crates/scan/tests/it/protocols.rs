//! Old protocols and weak cipher suites, by hand-built ClientHello, against OpenSSL's
//! `s_server` at security level 0, a rustls server, and small canned responders for what
//! Debian's OpenSSL no longer speaks (SSL 2.0, SSL 3.0) or never omits (renegotiation_info).

use crate::tls::{ca, leaf, openssl_server, serve, wait_listening};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tillit_scan::model::{AssetValue, Outcome};
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn ip(n: u8) -> IpAddr {
    IpAddr::from([127, 0, 3, n])
}

fn prober() -> Prober {
    Prober::new(
        Allowlist::TestOnly,
        Limits { connect_timeout: Duration::from_secs(2), read_timeout: Duration::from_secs(2), ..Limits::default() },
    )
}

/// Answers every hello with `reply`.
async fn canned(addr: SocketAddr, reply: Vec<u8>) {
    let l = TcpListener::bind(addr).await.unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = l.accept().await else { return };
            let reply = reply.clone();
            tokio::spawn(async move {
                let mut buf = [0u8; 2048];
                let _ = s.read(&mut buf).await;
                let _ = s.write_all(&reply).await;
            });
        }
    });
}

/// A TLS ServerHello record with `version` and `suite`, and renegotiation_info if asked.
fn server_hello(version: u16, suite: u16, reneg: bool) -> Vec<u8> {
    let mut body = version.to_be_bytes().to_vec();
    body.extend_from_slice(&[0x11; 32]);
    body.push(0);
    body.extend_from_slice(&suite.to_be_bytes());
    body.push(0);
    if reneg {
        body.extend_from_slice(&[0x00, 0x05, 0xff, 0x01, 0x00, 0x01, 0x00]);
    }
    let mut hs = vec![2u8];
    hs.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
    hs.extend_from_slice(&body);
    let mut rec = vec![0x16, 0x03, (version & 0xff).min(1) as u8];
    rec[2] = if version == 0x0300 { 0 } else { 1 };
    rec.extend_from_slice(&(hs.len() as u16).to_be_bytes());
    rec.extend_from_slice(&hs);
    rec
}

fn outcome(obs: &[tillit_scan::model::Observation], check: &str) -> Outcome {
    obs.iter().find(|o| o.check == check).unwrap_or_else(|| panic!("{check} not judged: {obs:?}")).outcome
}

async fn judge(addr: SocketAddr) -> Vec<tillit_scan::model::Observation> {
    tillit_scan::protocols::probe(&prober(), addr, "www.example.test", AssetValue::Normal).await.0
}

#[tokio::test]
async fn a_modern_server_passes_every_protocol_check() {
    let root = ca("fixture");
    let (cert, key) = leaf(&root, "www.example.test", (2025, 1, 1), (2035, 1, 1));
    let addr = SocketAddr::new(ip(1), 443);
    serve(addr, vec![cert], &key).await;
    let obs = judge(addr).await;
    for check in [
        "tls.sslv2-accepted",
        "tls.sslv3-accepted",
        "tls.tls10-accepted",
        "tls.tls11-accepted",
        "tls.no-tls12-or-tls13",
        "tls.insecure-cipher-suite",
        "tls.no-forward-secrecy",
        "tls.no-secure-renegotiation",
    ] {
        assert_eq!(outcome(&obs, check), Outcome::Pass, "{check}: {obs:?}");
    }
    // The enumeration finds exactly what rustls offers for an ECDSA certificate.
    let support = tillit_scan::protocols::support(&prober(), addr, "www.example.test").await.unwrap();
    let of = |v: &str| support.iter().find(|p| p.version == v).unwrap().clone();
    for v in ["SSL 2.0", "SSL 3.0", "TLS 1.0", "TLS 1.1"] {
        assert_eq!(of(v).accepted, Some(false), "{v}: {support:?}");
    }
    let mut t12 = of("TLS 1.2").suites;
    t12.sort();
    assert_eq!(
        t12,
        [
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
    );
    assert_eq!(of("TLS 1.2").renegotiation_info, Some(true));
    let mut t13 = of("TLS 1.3").suites;
    t13.sort();
    assert_eq!(t13, ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]);
}

#[tokio::test]
async fn old_protocols_weak_suites_and_missing_renegotiation_are_found() {
    let dir = std::env::temp_dir().join(format!("tillit-scan-proto-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tls10 = SocketAddr::new(ip(10), 4433);
    let tls11 = SocketAddr::new(ip(11), 4433);
    let anon = SocketAddr::new(ip(12), 4433);
    let rsa_kx = SocketAddr::new(ip(13), 4433);
    let mut servers = [
        openssl_server(&dir, tls10, &["rsa:2048"], "-sha256", &["-tls1", "-cipher", "ALL:@SECLEVEL=0"]),
        openssl_server(&dir, tls11, &["rsa:2048"], "-sha256", &["-tls1_1", "-cipher", "ALL:@SECLEVEL=0"]),
        openssl_server(&dir, anon, &["rsa:2048"], "-sha256", &["-tls1_2", "-cipher", "AECDH-AES128-SHA:@SECLEVEL=0"]),
        openssl_server(
            &dir,
            rsa_kx,
            &["rsa:2048"],
            "-sha256",
            &["-tls1_2", "-cipher", "AES128-SHA256:AES128-GCM-SHA256"],
        ),
    ];
    for a in [tls10, tls11, anon, rsa_kx] {
        wait_listening(a).await;
    }
    let ssl3 = SocketAddr::new(ip(20), 443);
    canned(ssl3, server_hello(0x0300, 0x002f, false)).await;
    let ssl2 = SocketAddr::new(ip(21), 443);
    canned(ssl2, vec![0x80, 0x2e, 0x04, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x10]).await;
    let no_reneg = SocketAddr::new(ip(22), 443);
    canned(no_reneg, server_hello(0x0303, 0xc02f, false)).await;

    let s10 = tillit_scan::protocols::support(&prober(), tls10, "www.example.test").await.unwrap();
    let r10 = judge(tls10).await;
    let r11 = judge(tls11).await;
    let ra = judge(anon).await;
    let rk = judge(rsa_kx).await;
    for s in servers.iter_mut() {
        let _ = s.kill();
        let _ = s.wait();
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(outcome(&r10, "tls.tls10-accepted"), Outcome::Fail, "{r10:?}");
    assert_eq!(outcome(&r10, "tls.tls11-accepted"), Outcome::Pass);
    assert_eq!(outcome(&r10, "tls.no-tls12-or-tls13"), Outcome::Fail, "TLS 1.0 only");
    assert_eq!(outcome(&rk, "tls.no-tls12-or-tls13"), Outcome::Pass, "TLS 1.2 with RSA key exchange only");
    assert_eq!(outcome(&r11, "tls.tls11-accepted"), Outcome::Fail, "{r11:?}");
    assert_eq!(outcome(&r11, "tls.tls10-accepted"), Outcome::Pass);
    let anon_suite = ra.iter().find(|o| o.check == "tls.insecure-cipher-suite").unwrap();
    assert_eq!(anon_suite.outcome, Outcome::Fail, "{ra:?}");
    assert_eq!(anon_suite.evidence, "TLS 1.2 TLS_ECDH_anon_WITH_AES_128_CBC_SHA");
    // OpenSSL at security level 0 with TLS 1.0 only: many suites, every one seen, none twice.
    let t10 = &s10.iter().find(|p| p.version == "TLS 1.0").unwrap().suites;
    assert!(t10.len() > 10 && t10.contains(&"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA".to_string()), "{t10:?}");
    assert!(t10.contains(&"TLS_RSA_WITH_AES_256_CBC_SHA".to_string()), "{t10:?}");
    let mut unique = t10.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), t10.len());
    assert!(s10.iter().filter(|p| p.version != "TLS 1.0").all(|p| p.accepted == Some(false)), "{s10:?}");
    assert_eq!(outcome(&rk, "tls.no-forward-secrecy"), Outcome::Fail, "{rk:?}");
    assert_eq!(outcome(&judge(ssl3).await, "tls.sslv3-accepted"), Outcome::Fail);
    assert_eq!(outcome(&judge(ssl2).await, "tls.sslv2-accepted"), Outcome::Fail);
    assert_eq!(outcome(&judge(no_reneg).await, "tls.no-secure-renegotiation"), Outcome::Fail);
}
