//! A minimal HTTP/1.1 client over the prober's connections, plain or TLS: one request, one
//! response (status, headers, the start of the body), nothing followed. Certificates are
//! not judged here (the TLS checks do that), so a broken certificate does not hide the
//! web findings behind it.

use crate::probe::{Conn, ProbeError, Prober};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::rustls;
use tokio_rustls::rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName, UnixTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// Header names in lower case, in the order received (repeated headers repeat).
    pub headers: Vec<(String, String)>,
    /// At most the first 16 KiB.
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    pub fn all(&self, name: &str) -> impl Iterator<Item = &str> {
        self.headers.iter().filter(move |(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Parses a response head and the start of its body; None when it is not HTTP.
pub fn parse(raw: &[u8]) -> Option<Response> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let mut parts = status_line.splitn(3, ' ');
    if !parts.next()?.starts_with("HTTP/1.") {
        return None;
    }
    let status = parts.next()?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let body = raw[end + 4..].iter().take(16 * 1024).copied().collect();
    Some(Response { status, headers, body })
}

/// Accepts any certificate: the TLS checks judge it; here only the HTTP answer matters.
#[derive(Debug)]
struct AnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &rustls::DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

fn tls_config() -> Result<Arc<rustls::ClientConfig>, ProbeError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| ProbeError::Io(format!("TLS: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}

fn request(host: &str, path: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut r = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: tillit-scan\r\nAccept: */*\r\nConnection: close\r\n"
    );
    for (k, v) in extra {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    r.push_str("\r\n");
    r.into_bytes()
}

/// One request over plain HTTP.
pub async fn get(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    path: &str,
    extra: &[(&str, &str)],
) -> Result<Option<Response>, ProbeError> {
    let mut c: Conn = prober.connect(addr).await?;
    c.send(&request(host, path, extra)).await?;
    let raw = c.read(|_| false).await?;
    Ok(parse(&raw))
}

/// One request over HTTPS (SNI is the host name, or none for an address).
pub async fn get_tls(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    path: &str,
    extra: &[(&str, &str)],
) -> Result<Option<Response>, ProbeError> {
    let c: Conn = prober.connect(addr).await?;
    let limits = prober.limits;
    let name = ServerName::try_from(host.to_string()).map_err(|e| ProbeError::Io(e.to_string()))?;
    let connector = tokio_rustls::TlsConnector::from(tls_config()?);
    let mut tls = match tokio::time::timeout(limits.read_timeout, connector.connect(name, c.stream)).await {
        Err(_) => return Err(ProbeError::Timeout),
        Ok(Err(e)) => return Err(ProbeError::Io(format!("TLS: {e}"))),
        Ok(Ok(s)) => s,
    };
    let req = request(host, path, extra);
    let send = tls.write_all(&req);
    match tokio::time::timeout(limits.read_timeout, send).await {
        Err(_) => return Err(ProbeError::Timeout),
        Ok(Err(e)) => return Err(ProbeError::Io(e.to_string())),
        Ok(Ok(())) => {}
    }
    let mut out = vec![];
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + limits.read_timeout;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match tokio::time::timeout(left, tls.read(&mut buf)).await {
            Err(_) if out.is_empty() => return Err(ProbeError::Timeout),
            Err(_) | Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => {
                out.extend_from_slice(&buf[..n]);
                if out.len() >= limits.max_read {
                    break;
                }
            }
        }
    }
    Ok(parse(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_parsed_and_non_http_refused() {
        let r = parse(b"HTTP/1.1 301 Moved\r\nLocation: https://x/\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\nbody")
            .unwrap();
        assert_eq!(r.status, 301);
        assert_eq!(r.header("location"), Some("https://x/"));
        assert_eq!(r.all("set-cookie").count(), 2);
        assert_eq!(r.body, b"body");
        assert!(parse(b"SSH-2.0-OpenSSH\r\n").is_none());
        assert!(parse(b"HTTP/1.1 200 OK\r\n").is_none(), "an unfinished head");
    }
}
