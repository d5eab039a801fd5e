//! The benchmark's TLS endpoints: real servers on 127.0.x.y:443, rustls in this process and
//! `openssl s_server` processes for what rustls will not serve (TLS 1.0/1.1, weak suites at
//! security level 0, RSA-1024, SHA-1), each with a certificate from one fixture CA (or
//! deliberately not), and a small DNS server that names them `epNNN.bench.test`.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// How an endpoint is set up, and so what both scanners should see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    GoodRsa,
    GoodEcdsa,
    Expired,
    WrongHost,
    SelfSigned,
    MissingIntermediate,
    Tls13Only,
    Tls12Only,
    /// OpenSSL, TLS 1.0–1.2, every suite at security level 0.
    Legacy,
    /// OpenSSL, TLS 1.1 only, every suite at security level 0.
    Tls11Only,
    /// OpenSSL, an RSA-1024 key signed with SHA-1.
    WeakKeySha1,
    /// OpenSSL, TLS 1.2 with plain RSA key exchange only.
    NoForwardSecrecy,
}

impl Profile {
    /// The mix of 200: mostly modern servers, as a municipality's suppliers have them.
    pub fn mix(n: usize) -> Vec<Profile> {
        use Profile::*;
        let plan = [
            (GoodRsa, 40),
            (GoodEcdsa, 30),
            (Expired, 15),
            (WrongHost, 15),
            (SelfSigned, 15),
            (MissingIntermediate, 15),
            (Tls13Only, 15),
            (Tls12Only, 15),
            (Legacy, 15),
            (Tls11Only, 10),
            (WeakKeySha1, 10),
            (NoForwardSecrecy, 5),
        ];
        let all: Vec<Profile> = plan.iter().flat_map(|(p, k)| std::iter::repeat_n(*p, *k)).collect();
        (0..n).map(|i| all[i * all.len() / n.max(1)]).collect()
    }
    fn openssl(self) -> bool {
        matches!(self, Profile::Legacy | Profile::Tls11Only | Profile::WeakKeySha1 | Profile::NoForwardSecrecy)
    }
}

pub struct Endpoint {
    pub name: String,
    pub addr: SocketAddr,
    pub profile: Profile,
}

pub struct Fixtures {
    pub dir: PathBuf,
    pub endpoints: Vec<Endpoint>,
    pub resolver: SocketAddr,
    children: Vec<Child>,
}

impl Drop for Fixtures {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

struct Ca {
    params: CertificateParams,
    key: KeyPair,
    der: CertificateDer<'static>,
}

fn ca(name: &str, parent: Option<&Ca>) -> Ca {
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    // What RFC 5280 asks of a CA, and what sslyze's verifier (Python cryptography) insists on.
    params.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign, rcgen::KeyUsagePurpose::CrlSign];
    params.use_authority_key_identifier_extension = true;
    params.not_before = rcgen::date_time_ymd(2025, 1, 1);
    params.not_after = rcgen::date_time_ymd(2035, 1, 1);
    let key = KeyPair::generate().expect("key");
    let der = match parent {
        None => params.self_signed(&key).expect("self-signed").der().clone(),
        Some(p) => params.signed_by(&key, &Issuer::from_params(&p.params, &p.key)).expect("signed").der().clone(),
    };
    Ca { params, key, der }
}

fn openssl(dir: &Path, args: &[&str]) {
    let o = Command::new("openssl").current_dir(dir).args(args).output().expect("the openssl command");
    assert!(o.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

fn leaf(issuer: &Ca, host: &str, key: &KeyPair, from: i32, to: i32) -> CertificateDer<'static> {
    let mut params = CertificateParams::new(vec![host.to_string()]).expect("params");
    params.distinguished_name.push(DnType::CommonName, host);
    params.use_authority_key_identifier_extension = true;
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    params.not_before = rcgen::date_time_ymd(from, 1, 1);
    params.not_after = rcgen::date_time_ymd(to, 1, 1);
    params.signed_by(key, &Issuer::from_params(&issuer.params, &issuer.key)).expect("leaf").der().clone()
}

fn pem(der: &[u8]) -> String {
    use base64::Engine;
    let b = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = b.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or("")).collect();
    format!("-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n", lines.join("\n"))
}

fn address(i: usize) -> IpAddr {
    IpAddr::from([127, 0, 100 + (i / 250) as u8, 1 + (i % 250) as u8])
}

fn rustls_config(
    chain: Vec<CertificateDer<'static>>,
    key: &KeyPair,
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> Arc<rustls::ServerConfig> {
    let key = PrivateKeyDer::try_from(key.serialize_der()).expect("key der");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("certificate");
    Arc::new(cfg)
}

/// A rustls endpoint that answers any request with a small page.
async fn serve(addr: SocketAddr, cfg: Arc<rustls::ServerConfig>) {
    let l = TcpListener::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    let acc = tokio_rustls::TlsAcceptor::from(cfg);
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = l.accept().await else { return };
            let acc = acc.clone();
            tokio::spawn(async move {
                if let Ok(mut t) = acc.accept(s).await {
                    let mut buf = [0u8; 2048];
                    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), t.read(&mut buf)).await;
                    let _ = t.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok").await;
                    let _ = t.shutdown().await;
                }
            });
        }
    });
}

/// Answers A queries for the endpoints' names; every other question gets an empty answer.
async fn dns(addr: SocketAddr, names: Vec<(String, IpAddr)>) {
    let sock = UdpSocket::bind(addr).await.unwrap_or_else(|e| panic!("bind {addr}: {e}"));
    tokio::spawn(async move {
        let mut buf = [0u8; 512];
        loop {
            let Ok((n, from)) = sock.recv_from(&mut buf).await else { return };
            let q = &buf[..n];
            if n < 17 {
                continue;
            }
            let (mut i, mut labels) = (12, vec![]);
            while i < n && q[i] != 0 {
                let len = q[i] as usize;
                labels.push(String::from_utf8_lossy(q.get(i + 1..i + 1 + len).unwrap_or(&[])).to_ascii_lowercase());
                i += 1 + len;
            }
            let end = i + 5;
            if end > n {
                continue;
            }
            let qtype = u16::from_be_bytes([q[i + 1], q[i + 2]]);
            let name = labels.join(".");
            let hit = names.iter().find(|(h, _)| *h == name).map(|(_, ip)| *ip);
            let mut r = q[..end].to_vec();
            r[2] = 0x84 | (q[2] & 0x01); // response, authoritative, RD copied
            r[3] = if hit.is_some() { 0 } else { 3 };
            r[6..12].copy_from_slice(&[0, 0, 0, 0, 0, 0]);
            if let (Some(IpAddr::V4(ip)), 1) = (hit, qtype) {
                r[7] = 1;
                r.extend_from_slice(&[0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
                r.extend_from_slice(&ip.octets());
            }
            let _ = sock.send_to(&r, from).await;
        }
    });
}

/// Starts `n` endpoints (see `Profile::mix`) and the DNS server; writes `ca.pem` into `dir`.
pub async fn start(dir: &Path, n: usize) -> Fixtures {
    std::fs::create_dir_all(dir).expect("fixture dir");
    let root = ca("tillit bench root", None);
    let inter = ca("tillit bench intermediate", Some(&root));
    let rogue = ca("somebody else", None);
    std::fs::write(dir.join("ca.pem"), pem(&root.der)).expect("ca.pem");
    std::fs::write(dir.join("inter.pem"), pem(&inter.der)).expect("inter.pem");
    std::fs::write(dir.join("inter.key"), inter.key.serialize_pem()).expect("inter.key");
    openssl(dir, &["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa2048.key"]);
    openssl(dir, &["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", "rsa1024.key"]);
    let rsa_pem = std::fs::read_to_string(dir.join("rsa2048.key")).expect("rsa key");
    let rsa = KeyPair::from_pem_and_sign_algo(&rsa_pem, &rcgen::PKCS_RSA_SHA256).expect("rsa key pair");
    let ecdsa = KeyPair::generate().expect("ecdsa key");
    let mut fx = Fixtures {
        dir: dir.to_path_buf(),
        endpoints: vec![],
        resolver: "127.0.99.53:53".parse().expect("addr"),
        children: vec![],
    };
    let (v12, v13) = (&rustls::version::TLS12, &rustls::version::TLS13);
    for (i, profile) in Profile::mix(n).into_iter().enumerate() {
        let name = format!("ep{i:03}.bench.test");
        let addr = SocketAddr::new(address(i), 443);
        let with_inter = |c: CertificateDer<'static>| vec![c, inter.der.clone()];
        if profile.openssl() {
            let (key_file, cipher, versions): (&str, &str, &[&str]) = match profile {
                Profile::Legacy => ("rsa2048.key", "ALL:@SECLEVEL=0", &["-tls1", "-tls1_1", "-tls1_2"]),
                Profile::Tls11Only => ("rsa2048.key", "ALL:@SECLEVEL=0", &["-tls1_1"]),
                Profile::WeakKeySha1 => ("rsa1024.key", "DEFAULT:@SECLEVEL=0", &["-tls1_2"]),
                _ => ("rsa2048.key", "AES128-SHA256:AES128-GCM-SHA256:AES256-SHA", &["-tls1_2"]),
            };
            let stem = format!("ep{i:03}");
            openssl(
                dir,
                &["req", "-new", "-key", key_file, "-subj", &format!("/CN={name}"), "-out", &format!("{stem}.csr")],
            );
            let digest = if profile == Profile::WeakKeySha1 { "-sha1" } else { "-sha256" };
            std::fs::write(dir.join(format!("{stem}.ext")), format!("subjectAltName=DNS:{name}\n")).expect("ext");
            openssl(
                dir,
                &[
                    "x509",
                    "-req",
                    "-in",
                    &format!("{stem}.csr"),
                    "-CA",
                    "inter.pem",
                    "-CAkey",
                    "inter.key",
                    "-CAcreateserial",
                    "-days",
                    "3000",
                    digest,
                    "-extfile",
                    &format!("{stem}.ext"),
                    "-out",
                    &format!("{stem}.pem"),
                ],
            );
            // s_server takes one of -tls1… to mean "only this"; several versions are a range.
            let mut cmd = Command::new("openssl");
            cmd.current_dir(dir).args(["s_server", "-quiet", "-www", "-accept", &addr.to_string()]);
            cmd.args(["-cert", &format!("{stem}.pem"), "-key", key_file, "-cert_chain", "inter.pem"]);
            cmd.args(["-cipher", cipher]);
            match versions {
                [one] => {
                    cmd.arg(one);
                }
                _ => {
                    cmd.args(["-min_protocol", "TLSv1", "-max_protocol", "TLSv1.2"]);
                }
            }
            let child = cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("s_server");
            fx.children.push(child);
        } else {
            let (chain, key, versions): (
                Vec<CertificateDer<'static>>,
                &KeyPair,
                &[&'static rustls::SupportedProtocolVersion],
            ) = match profile {
                Profile::GoodRsa => (with_inter(leaf(&inter, &name, &rsa, 2025, 2035)), &rsa, &[v13, v12]),
                Profile::GoodEcdsa => (with_inter(leaf(&inter, &name, &ecdsa, 2025, 2035)), &ecdsa, &[v13, v12]),
                Profile::Expired => (with_inter(leaf(&inter, &name, &ecdsa, 2020, 2024)), &ecdsa, &[v13, v12]),
                Profile::WrongHost => {
                    (with_inter(leaf(&inter, "other.bench.test", &ecdsa, 2025, 2035)), &ecdsa, &[v13, v12])
                }
                Profile::SelfSigned => (vec![leaf(&rogue, &name, &ecdsa, 2025, 2035)], &ecdsa, &[v13, v12]),
                Profile::MissingIntermediate => (vec![leaf(&inter, &name, &ecdsa, 2025, 2035)], &ecdsa, &[v13, v12]),
                Profile::Tls13Only => (with_inter(leaf(&inter, &name, &ecdsa, 2025, 2035)), &ecdsa, &[v13]),
                _ => (with_inter(leaf(&inter, &name, &rsa, 2025, 2035)), &rsa, &[v12]),
            };
            serve(addr, rustls_config(chain, key, versions)).await;
        }
        fx.endpoints.push(Endpoint { name, addr, profile });
    }
    dns(fx.resolver, fx.endpoints.iter().map(|e| (e.name.clone(), e.addr.ip())).collect()).await;
    for e in &fx.endpoints {
        let mut up = false;
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(e.addr).await.is_ok() {
                up = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert!(up, "{} ({:?}) never listened", e.addr, e.profile);
    }
    fx
}
