//! TLS certificate checks against real TLS servers on loopback addresses: a fixture CA
//! with good and broken certificates (rcgen), and OpenSSL's `s_server` for what rustls will
//! not serve (an RSA-1024 key, a SHA-1 signature).

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tillit_scan::model::{AssetValue, Outcome};
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::net::TcpListener;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// The scan's time in these tests: 2026-09-21 (the certificates are valid 2025–2035).
const NOW: i64 = 1_790_000_000;

pub struct Ca {
    params: CertificateParams,
    key: KeyPair,
    pub der: CertificateDer<'static>,
}

pub fn ca(name: &str) -> Ca {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let key = KeyPair::generate().unwrap();
    let der = params.self_signed(&key).unwrap().der().clone();
    Ca { params, key, der }
}

pub fn leaf(issuer: &Ca, host: &str, from: (i32, u8, u8), to: (i32, u8, u8)) -> (CertificateDer<'static>, KeyPair) {
    let mut params = CertificateParams::new(vec![host.to_string()]).unwrap();
    params.not_before = rcgen::date_time_ymd(from.0, from.1, from.2);
    params.not_after = rcgen::date_time_ymd(to.0, to.1, to.2);
    let key = KeyPair::generate().unwrap();
    let i = Issuer::from_params(&issuer.params, &issuer.key);
    (params.signed_by(&key, &i).unwrap().der().clone(), key)
}

fn intermediate(issuer: &Ca, name: &str) -> Ca {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let key = KeyPair::generate().unwrap();
    let i = Issuer::from_params(&issuer.params, &issuer.key);
    let der = params.signed_by(&key, &i).unwrap().der().clone();
    Ca { params, key, der }
}

pub async fn serve(addr: SocketAddr, chain: Vec<CertificateDer<'static>>, key: &KeyPair) {
    let key = PrivateKeyDer::try_from(key.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    let acc = tokio_rustls::TlsAcceptor::from(Arc::new(cfg));
    let l = TcpListener::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = l.accept().await else { return };
            let acc = acc.clone();
            tokio::spawn(async move {
                let _ = acc.accept(s).await;
            });
        }
    });
}

fn prober() -> Prober {
    Prober::new(
        Allowlist::TestOnly,
        Limits { connect_timeout: Duration::from_secs(2), read_timeout: Duration::from_secs(2), ..Limits::default() },
    )
}

fn ip(n: u8) -> IpAddr {
    IpAddr::from([127, 0, 2, n])
}

async fn failed(
    roots: &Arc<rustls::RootCertStore>,
    n: u8,
    host: &str,
) -> (Vec<String>, Vec<tillit_scan::model::Observation>) {
    let (obs, findings, info) =
        tillit_scan::tls::probe(&prober(), roots.clone(), SocketAddr::new(ip(n), 443), host, AssetValue::High, NOW)
            .await;
    let mut ids: Vec<String> = findings.iter().map(|f| f.check.clone()).collect();
    ids.sort();
    // Whenever a certificate was judged, the report shows it, with the verifier's verdict.
    if obs.iter().any(|o| o.check == "tls.weak-key") {
        let info = info.expect("the certificate is in the report");
        assert_eq!(info.verification == "ok", ids.is_empty(), "{info:?} {ids:?}");
        assert!(info.not_before < info.not_after && info.not_after.ends_with('Z'), "{info:?}");
    }
    (ids, obs)
}

#[tokio::test]
async fn each_certificate_problem_is_its_own_finding() {
    let root = ca("tillit fixture CA");
    let mut store = rustls::RootCertStore::empty();
    store.add(root.der.clone()).unwrap();
    let roots = Arc::new(store);
    let now = (2025, 1, 1);
    let later = (2035, 1, 1);
    let (good, k) = leaf(&root, "www.example.test", now, later);
    serve(SocketAddr::new(ip(1), 443), vec![good], &k).await;
    let (expired, k) = leaf(&root, "www.example.test", (2020, 1, 1), (2021, 1, 1));
    serve(SocketAddr::new(ip(2), 443), vec![expired], &k).await;
    let (future, k) = leaf(&root, "www.example.test", (2034, 1, 1), later);
    serve(SocketAddr::new(ip(3), 443), vec![future], &k).await;
    let (other, k) = leaf(&root, "other.example.test", now, later);
    serve(SocketAddr::new(ip(4), 443), vec![other], &k).await;
    let stranger = ca("someone else");
    let (self_signed, k) = leaf(&stranger, "www.example.test", now, later);
    serve(SocketAddr::new(ip(5), 443), vec![self_signed], &k).await;
    let mid = intermediate(&root, "tillit fixture intermediate");
    let (via_mid, k) = leaf(&mid, "www.example.test", now, later);
    serve(SocketAddr::new(ip(6), 443), vec![via_mid.clone()], &k).await;
    serve(SocketAddr::new(ip(7), 443), vec![via_mid, mid.der.clone()], &k).await;

    let (ids, obs) = failed(&roots, 1, "www.example.test").await;
    assert!(ids.is_empty(), "{ids:?} {obs:?}");
    assert!(obs.iter().any(|o| o.check == "tls.untrusted-chain" && o.outcome == Outcome::Pass));
    // Judged at the scan's time, not the machine's: the good certificate in 2040 has expired.
    let (_, later, _) = tillit_scan::tls::probe(
        &prober(),
        roots.clone(),
        SocketAddr::new(ip(1), 443),
        "www.example.test",
        AssetValue::High,
        2_208_988_800,
    )
    .await;
    assert_eq!(later.iter().map(|f| f.check.as_str()).collect::<Vec<_>>(), vec!["tls.certificate-expired"]);
    assert_eq!(failed(&roots, 2, "www.example.test").await.0, vec!["tls.certificate-expired"]);
    assert_eq!(failed(&roots, 3, "www.example.test").await.0, vec!["tls.certificate-not-yet-valid"]);
    assert_eq!(failed(&roots, 4, "www.example.test").await.0, vec!["tls.host-name-mismatch"]);
    assert_eq!(failed(&roots, 5, "www.example.test").await.0, vec!["tls.untrusted-chain"], "self-signed");
    assert_eq!(
        failed(&roots, 6, "www.example.test").await.0,
        vec!["tls.untrusted-chain"],
        "the intermediate is missing"
    );
    assert!(failed(&roots, 7, "www.example.test").await.0.is_empty(), "with its intermediate the chain is trusted");
}

/// `openssl s_server` with a certificate made by the `openssl` command (Debian's openssl).
pub fn openssl_server(
    dir: &std::path::Path,
    addr: SocketAddr,
    key_args: &[&str],
    digest: &str,
    extra: &[&str],
) -> std::process::Child {
    let key = dir.join(format!("{}.key", addr.ip()));
    let cert = dir.join(format!("{}.pem", addr.ip()));
    let o = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey"])
        .args(key_args)
        .args([
            "-nodes",
            "-days",
            "365",
            digest,
            "-subj",
            "/CN=www.example.test",
            "-addext",
            "subjectAltName=DNS:www.example.test",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("the openssl command (Debian's openssl package)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::process::Command::new("openssl")
        .args(["s_server", "-quiet", "-accept"])
        .arg(addr.to_string())
        .arg("-cert")
        .arg(&cert)
        .arg("-key")
        .arg(&key)
        .args(if extra.is_empty() { &["-cipher", "ALL:@SECLEVEL=0"][..] } else { extra })
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("openssl s_server")
}

pub async fn wait_listening(addr: SocketAddr) {
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{addr} never listened");
}

#[tokio::test]
async fn weak_keys_and_signatures_are_found_in_certificates_rustls_would_not_serve() {
    let dir = std::env::temp_dir().join(format!("tillit-scan-openssl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let weak_key = SocketAddr::new(ip(20), 4433);
    let sha1 = SocketAddr::new(ip(21), 4433);
    let mut a = openssl_server(&dir, weak_key, &["rsa:1024"], "-sha256", &[]);
    let mut b = openssl_server(&dir, sha1, &["rsa:2048"], "-sha1", &[]);
    // TLS 1.1 only: rustls cannot handshake, the certificate comes from the first flight.
    let old = SocketAddr::new(ip(22), 4433);
    let mut c = openssl_server(&dir, old, &["rsa:2048"], "-sha256", &["-tls1_1", "-cipher", "ALL:@SECLEVEL=0"]);
    wait_listening(weak_key).await;
    wait_listening(sha1).await;
    wait_listening(old).await;
    let roots = Arc::new({
        let mut s = rustls::RootCertStore::empty();
        s.add(ca("unrelated").der).unwrap();
        s
    });
    let (f1, _, i1) =
        tillit_scan::tls::probe(&prober(), roots.clone(), weak_key, "www.example.test", AssetValue::Normal, NOW).await;
    let (f2, _, i2) =
        tillit_scan::tls::probe(&prober(), roots.clone(), sha1, "www.example.test", AssetValue::Normal, NOW).await;
    assert_eq!(i1.map(|i| i.key), Some("RSA 1024".to_string()));
    let i2 = i2.expect("the SHA-1 certificate is in the report");
    assert_eq!((i2.key.as_str(), i2.signature.as_str()), ("RSA 2048", "sha1WithRSAEncryption"));
    // Made just now by the openssl command, so not yet valid at the tests' fixed time.
    assert_eq!(i2.verification, "NotValidYet");
    let (f3, _, i3) =
        tillit_scan::tls::probe(&prober(), roots.clone(), old, "www.example.test", AssetValue::Normal, NOW).await;
    let _ = (a.kill(), b.kill(), c.kill(), a.wait(), b.wait(), c.wait());
    let i3 = i3.expect("a TLS 1.1-only server's certificate is judged too");
    assert_eq!((i3.key.as_str(), i3.signature.as_str()), ("RSA 2048", "sha256WithRSAEncryption"));
    assert!(i3.names.contains(&"www.example.test".to_string()), "{i3:?}");
    assert_eq!(f3.iter().find(|o| o.check == "tls.weak-key").map(|o| o.outcome), Some(Outcome::Pass), "{f3:?}");
    let _ = std::fs::remove_dir_all(&dir);
    let weak = f1.iter().find(|o| o.check == "tls.weak-key").expect("the key was judged");
    assert_eq!(weak.outcome, Outcome::Fail, "{f1:?}");
    assert_eq!(weak.evidence, "RSA 1024");
    let sig = f2.iter().find(|o| o.check == "tls.weak-signature").expect("the signature was judged");
    assert_eq!(sig.outcome, Outcome::Fail, "{f2:?}");
    assert_eq!(sig.evidence, "sha1WithRSAEncryption");
    assert_eq!(f2.iter().find(|o| o.check == "tls.weak-key").unwrap().outcome, Outcome::Pass, "2048 bits is enough");
}
