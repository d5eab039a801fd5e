//! TLS certificate checks: outside its validity window, a chain the configured trust store
//! does not trust, a host name mismatch, a weak key (RSA under 2048 bits) or signature
//! (SHA-1, MD5). The handshake uses rustls with a verifier
//! that records what the standard verifier says instead of stopping at it, so one
//! connection tells every certificate problem at once.

use crate::model::{Asset, AssetValue, Finding, Observation, Outcome, Severity};
use crate::probe::Prober;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio_rustls::rustls;
use tokio_rustls::rustls::client::WebPkiServerVerifier;
use tokio_rustls::rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use tokio_rustls::rustls::{CertificateError, RootCertStore};

pub use crate::model::Check;

pub const EXPIRED: Check = Check { id: "tls.certificate-expired", severity: Severity::High };
pub const NOT_YET_VALID: Check = Check { id: "tls.certificate-not-yet-valid", severity: Severity::High };
pub const UNTRUSTED: Check = Check { id: "tls.untrusted-chain", severity: Severity::High };
pub const NAME_MISMATCH: Check = Check { id: "tls.host-name-mismatch", severity: Severity::High };
pub const WEAK_KEY: Check = Check { id: "tls.weak-key", severity: Severity::High };
pub const WEAK_SIGNATURE: Check = Check { id: "tls.weak-signature", severity: Severity::High };

/// The server's certificate as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateInfo {
    pub subject: String,
    pub issuer: String,
    /// Subject alternative names: DNS names and IP addresses.
    pub names: Vec<String>,
    /// RFC 3339, UTC.
    pub not_before: String,
    pub not_after: String,
    /// e.g. `RSA 2048`, `EC 256`, `Ed25519`.
    pub key: String,
    pub signature: String,
    /// `ok`, or why the chain was refused at the scan's time against the trust store.
    pub verification: String,
}

/// What the standard verifier said, and the certificate the server sent.
#[derive(Default)]
struct Seen {
    leaf: Option<Vec<u8>>,
    verdict: Option<Result<(), rustls::Error>>,
}

#[derive(Debug)]
struct Recording {
    inner: Arc<WebPkiServerVerifier>,
    seen: Arc<Mutex<Seen>>,
    /// The scan's clock, not the machine's: validity is judged at the scan's time.
    now: UnixTime,
}

impl std::fmt::Debug for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Seen")
    }
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        name: &ServerName<'_>,
        ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = self.inner.verify_server_cert(end_entity, intermediates, name, ocsp, self.now).map(|_| ());
        let mut s = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        s.leaf = Some(end_entity.to_vec());
        s.verdict = Some(verdict);
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The certificates a scan trusts: the system's store by default, a fixture CA in tests.
pub fn trust_store_from_pem(pem: &[u8]) -> Result<RootCertStore, String> {
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    let mut roots = RootCertStore::empty();
    for c in CertificateDer::pem_slice_iter(pem) {
        let c = c.map_err(|e| format!("trust store: {e}"))?;
        roots.add(c).map_err(|e| format!("trust store: {e}"))?;
    }
    if roots.is_empty() {
        return Err("trust store: no certificates".into());
    }
    Ok(roots)
}

/// Key and signature of a DER certificate: (RSA modulus bits if RSA, signature algorithm name).
pub fn key_and_signature(der: &[u8]) -> Option<(Option<usize>, String)> {
    use x509_parser::prelude::*;
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let rsa_bits = match cert.public_key().parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(k)) => Some(k.key_size()),
        _ => None,
    };
    let oid = cert.signature_algorithm.algorithm.to_id_string();
    let name = match oid.as_str() {
        "1.2.840.113549.1.1.4" => "md5WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.10045.4.1" => "ecdsa-with-SHA1",
        "1.2.840.10040.4.3" => "dsa-with-sha1",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.3.101.112" => "ed25519",
        other => return Some((rsa_bits, other.to_string())),
    };
    Some((rsa_bits, name.to_string()))
}

/// The report's view of a DER certificate and the verifier's verdict on it.
pub fn certificate_info(der: &[u8], verdict: &Result<(), rustls::Error>) -> Option<CertificateInfo> {
    use x509_parser::prelude::*;
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let names = match cert.subject_alternative_name() {
        Ok(Some(san)) => san
            .value
            .general_names
            .iter()
            .filter_map(|n| match n {
                GeneralName::DNSName(d) => Some(d.to_string()),
                GeneralName::IPAddress(b) if b.len() == 4 => {
                    Some(std::net::IpAddr::from(<[u8; 4]>::try_from(*b).ok()?).to_string())
                }
                GeneralName::IPAddress(b) if b.len() == 16 => {
                    Some(std::net::IpAddr::from(<[u8; 16]>::try_from(*b).ok()?).to_string())
                }
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    let key = match cert.public_key().parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(k)) => format!("RSA {}", k.key_size()),
        Ok(x509_parser::public_key::PublicKey::EC(k)) => format!("EC {}", k.key_size()),
        Ok(x509_parser::public_key::PublicKey::DSA(_)) => "DSA".into(),
        _ if cert.public_key().algorithm.algorithm.to_id_string() == "1.3.101.112" => "Ed25519".into(),
        _ => cert.public_key().algorithm.algorithm.to_id_string(),
    };
    let (_, signature) = key_and_signature(der)?;
    Some(CertificateInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        names,
        not_before: tillit_domain::platform::local_time::format_utc(cert.validity().not_before.timestamp()),
        not_after: tillit_domain::platform::local_time::format_utc(cert.validity().not_after.timestamp()),
        key,
        signature,
        verification: match verdict {
            Ok(()) => "ok".into(),
            // The variant's name (`Expired`, `UnknownIssuer`), without rustls's context fields.
            // webpki's own reason (e.g. `CaUsedAsEndEntity`) where rustls has no variant for it.
            Err(rustls::Error::InvalidCertificate(CertificateError::Other(o))) => o.to_string(),
            Err(rustls::Error::InvalidCertificate(e)) => {
                let d = format!("{e:?}");
                let name = d.split([' ', '(', '{']).next().unwrap_or(&d).trim_end_matches("Context");
                name.to_string()
            }
            Err(e) => e.to_string(),
        },
    })
}

/// The certificate chain of a server that speaks only TLS 1.1 or older (or only suites
/// rustls does not offer): a hand-built hello offering every suite, and the first flight.
async fn legacy_chain(prober: &Prober, addr: SocketAddr, host: &str) -> Option<Vec<Vec<u8>>> {
    let suites: Vec<u16> = crate::suites::TLS12_AND_EARLIER.iter().map(|(id, _, _)| *id).collect();
    let mut c = prober.connect(addr).await.ok()?;
    c.send(&crate::hello::client_hello(crate::hello::TLS12, &suites, Some(host), [0x6c; 32])).await.ok()?;
    let flight = c.read(crate::hello::flight_done).await.ok()?;
    crate::hello::certificates(&flight)
}

fn weak_signature(name: &str) -> bool {
    name.contains("md5") || name.contains("SHA1") || name.contains("sha1")
}

/// Handshakes with `addr` as `host` and judges the certificate (at `now`, Unix seconds, from
/// the caller's clock); the certificate is returned too, for the report's tls section.
pub async fn probe(
    prober: &Prober,
    roots: Arc<RootCertStore>,
    addr: SocketAddr,
    host: &str,
    value: AssetValue,
    now: i64,
) -> (Vec<Observation>, Vec<Finding>, Option<CertificateInfo>) {
    let mut info = None;
    let (o, f) = judge(prober, roots, addr, host, value, now, &mut info).await;
    (o, f, info)
}

async fn judge(
    prober: &Prober,
    roots: Arc<RootCertStore>,
    addr: SocketAddr,
    host: &str,
    value: AssetValue,
    now: i64,
    info: &mut Option<CertificateInfo>,
) -> (Vec<Observation>, Vec<Finding>) {
    // Scanned by address alone, a certificate for a name cannot be judged for its name.
    let by_address = host.parse::<std::net::IpAddr>().is_ok();
    let asset = Asset { name: format!("{host}:{}", addr.port()), value };
    let mut out = (vec![], vec![]);
    let mut record = |check: &'static Check, outcome: Outcome, detail: String, evidence: String| {
        crate::model::record(&mut out, &asset, check, outcome, detail, evidence)
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let inner = match WebPkiServerVerifier::builder_with_provider(roots, provider.clone()).build() {
        Ok(v) => v,
        Err(e) => {
            record(&UNTRUSTED, Outcome::Inconclusive, format!("trust store: {e}"), String::new());
            return out;
        }
    };
    let seen = Arc::new(Mutex::new(Seen::default()));
    let now = UnixTime::since_unix_epoch(std::time::Duration::from_secs(now.max(0) as u64));
    let verifier = Arc::new(Recording { inner, seen: seen.clone(), now });
    let cfg = match rustls::ClientConfig::builder_with_provider(provider).with_safe_default_protocol_versions() {
        Ok(b) => Arc::new(b.dangerous().with_custom_certificate_verifier(verifier.clone()).with_no_client_auth()),
        Err(e) => {
            record(&UNTRUSTED, Outcome::Inconclusive, e.to_string(), String::new());
            return out;
        }
    };
    // Nothing to judge without an answer; the protocol checks say it was inconclusive.
    let Ok(conn) = prober.connect(addr).await else { return out };
    let name = match ServerName::try_from(host.to_string()) {
        Ok(n) => n,
        Err(e) => {
            record(&NAME_MISMATCH, Outcome::Inconclusive, e.to_string(), String::new());
            return out;
        }
    };
    let connector = tokio_rustls::TlsConnector::from(cfg);
    let handshake =
        tokio::time::timeout(prober.limits.read_timeout, connector.connect(name.clone(), conn.stream)).await;
    let (mut leaf, mut verdict) = {
        let s = seen.lock().unwrap_or_else(|e| e.into_inner());
        (s.leaf.clone(), s.verdict.clone())
    };
    match &handshake {
        Err(_) if leaf.is_none() => return out,
        Ok(Err(_)) if leaf.is_none() => {
            // rustls got no certificate: the server speaks only TLS 1.1 or older, or only
            // suites rustls does not offer. It still shows its certificate, in the clear,
            // after a hand-built hello.
            let Some(chain) = legacy_chain(prober, addr, host).await else { return out };
            let certs: Vec<CertificateDer<'static>> = chain.into_iter().map(CertificateDer::from).collect();
            let Some((end_entity, intermediates)) = certs.split_first() else { return out };
            let _ = verifier.verify_server_cert(end_entity, intermediates, &name, &[], now);
            let s = seen.lock().unwrap_or_else(|e| e.into_inner());
            (leaf, verdict) = (s.leaf.clone(), s.verdict.clone());
        }
        _ => {}
    }
    let Some(leaf) = leaf else { return out };
    if let Some(v) = &verdict {
        *info = certificate_info(&leaf, v);
    }
    let mut failed = vec![];
    if let Some(Err(rustls::Error::InvalidCertificate(e))) = &verdict {
        let evidence = format!("{e:?}");
        match e {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                failed.push((&EXPIRED, "the certificate has expired", evidence))
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                failed.push((&NOT_YET_VALID, "the certificate is not valid yet", evidence))
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } if by_address => {}
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                failed.push((&NAME_MISMATCH, "the certificate is not for this host name", evidence))
            }
            _ => failed.push((&UNTRUSTED, "the chain does not lead to a trusted root", evidence)),
        }
    } else if let Some(Err(e)) = &verdict {
        failed.push((&UNTRUSTED, "the chain does not lead to a trusted root", e.to_string()));
    }
    for check in [&EXPIRED, &NOT_YET_VALID, &NAME_MISMATCH, &UNTRUSTED] {
        if by_address && check.id == NAME_MISMATCH.id {
            record(check, Outcome::NotApplicable, "scanned by address: no host name to match".into(), String::new());
            continue;
        }
        match failed.iter().find(|(c, _, _)| c.id == check.id) {
            Some((c, d, e)) => record(c, Outcome::Fail, (*d).to_string(), e.clone()),
            None if verdict.is_some() => record(check, Outcome::Pass, "ok".into(), String::new()),
            None => {}
        }
    }
    match key_and_signature(&leaf) {
        Some((bits, sig)) => {
            match bits {
                Some(b) if b < 2048 => {
                    record(&WEAK_KEY, Outcome::Fail, format!("an RSA key of {b} bits"), format!("RSA {b}"))
                }
                Some(b) => record(&WEAK_KEY, Outcome::Pass, format!("RSA {b}"), String::new()),
                None => record(&WEAK_KEY, Outcome::Pass, "not RSA".into(), String::new()),
            }
            if weak_signature(&sig) {
                record(&WEAK_SIGNATURE, Outcome::Fail, "the certificate is signed with a broken hash".into(), sig);
            } else {
                record(&WEAK_SIGNATURE, Outcome::Pass, sig, String::new());
            }
        }
        None => record(&WEAK_KEY, Outcome::Inconclusive, "the certificate cannot be parsed".into(), String::new()),
    }
    out
}
