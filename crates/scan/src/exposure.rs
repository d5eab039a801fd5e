//! Exposed services: remote access (RDP, VNC, Telnet), databases and caches, file sharing
//! and management APIs reachable from the internet. Each probe is read-only: it asks what
//! any client's first message asks (Redis PING, an RDP connection request, a Docker
//! `GET /version`) and classifies the answer; it never logs in and never changes anything.

use crate::model::{Asset, AssetValue, Category, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use std::net::SocketAddr;

pub use crate::model::Check;

pub const REDIS_OPEN: Check = Check { id: "exposure.redis-unauthenticated", severity: Severity::Critical };
pub const DOCKER_OPEN: Check = Check { id: "exposure.docker-api-unauthenticated", severity: Severity::Critical };
pub const ELASTIC_OPEN: Check = Check { id: "exposure.elasticsearch-unauthenticated", severity: Severity::Critical };
pub const DATABASE: Check = Check { id: "exposure.database-reachable", severity: Severity::High };
pub const RDP: Check = Check { id: "exposure.rdp", severity: Severity::High };
pub const VNC: Check = Check { id: "exposure.vnc", severity: Severity::High };
pub const TELNET: Check = Check { id: "exposure.telnet", severity: Severity::High };
pub const FILE_SHARING: Check = Check { id: "exposure.file-sharing", severity: Severity::Medium };

pub const CHECKS: &[&Check] =
    &[&REDIS_OPEN, &DOCKER_OPEN, &ELASTIC_OPEN, &DATABASE, &RDP, &VNC, &TELNET, &FILE_SHARING];

/// An RDP connection request (TPKT + X.224 CR, requesting standard security): what every
/// RDP client sends first.
const RDP_REQUEST: &[u8] =
    &[0x03, 0x00, 0x00, 0x13, 0x0e, 0xe0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00];

/// A PostgreSQL SSLRequest: the server answers one byte, S or N, before any password.
const PG_SSL_REQUEST: &[u8] = &[0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f];

fn printable(bytes: &[u8]) -> String {
    let s: String = bytes
        .iter()
        .take(200)
        .map(|b| match *b {
            b'\r' | b'\n' | b'\t' => ' ',
            b if b.is_ascii_graphic() || b == b' ' => b as char,
            _ => '.',
        })
        .collect();
    s.trim().to_string()
}

/// What a service said, classified. None: nothing to report for this port.
fn classify(port: u16, answer: &[u8]) -> Option<(&'static Check, String)> {
    let text = String::from_utf8_lossy(answer);
    match port {
        6379 if text.starts_with("+PONG") => Some((&REDIS_OPEN, "Redis answered PING without authentication".into())),
        6379 if text.starts_with("-NOAUTH") || text.starts_with("-ERR") => {
            Some((&DATABASE, "Redis is reachable (it asks for authentication)".into()))
        }
        2375 | 2376 if text.starts_with("HTTP/1.") && text.contains("\"ApiVersion\"") => {
            Some((&DOCKER_OPEN, "the Docker Engine API answered GET /version without authentication".into()))
        }
        9200 if text.starts_with("HTTP/1.1 200") && text.contains("\"cluster_name\"") => {
            Some((&ELASTIC_OPEN, "Elasticsearch answered without authentication".into()))
        }
        3389 if answer.len() >= 11 && answer[0] == 0x03 && answer[1] == 0x00 && answer[5] == 0xd0 => {
            Some((&RDP, "Remote Desktop (RDP) answered a connection request".into()))
        }
        5900..=5909 if text.starts_with("RFB ") => {
            Some((&VNC, format!("VNC answered ({})", printable(&answer[..answer.len().min(12)]))))
        }
        23 if answer.first() == Some(&0xff) || text.to_lowercase().contains("login") => {
            Some((&TELNET, "Telnet answered with option negotiation or a login prompt".into()))
        }
        3306 if answer.len() > 5 && answer[4] == 0x0a => Some((&DATABASE, "a MySQL/MariaDB server greeting".into())),
        5432 if answer == b"S" || answer == b"N" => Some((&DATABASE, "a PostgreSQL server answered SSLRequest".into())),
        21 if text.starts_with("220") => Some((&FILE_SHARING, "an FTP server greeting".into())),
        _ => None,
    }
}

/// What to send first on a port, if anything (some services speak first).
fn first_message(port: u16) -> Option<&'static [u8]> {
    match port {
        6379 => Some(b"PING\r\n"),
        2375 | 2376 => Some(b"GET /version HTTP/1.0\r\nHost: scan\r\n\r\n"),
        9200 => Some(b"GET / HTTP/1.0\r\nHost: scan\r\n\r\n"),
        3389 => Some(RDP_REQUEST),
        5432 => Some(PG_SSL_REQUEST),
        _ => None,
    }
}

/// The ports this module looks at.
pub fn ports() -> &'static [u16] {
    &[21, 23, 2375, 2376, 3306, 3389, 5432, 5900, 6379, 9200]
}

/// Probes one port: an observation always, a finding when a service is exposed.
pub async fn probe(prober: &Prober, host: &str, addr: SocketAddr, value: AssetValue) -> (Observation, Option<Finding>) {
    let asset = Asset { name: format!("{host}:{}", addr.port()), value };
    let obs = |outcome, check: &str, detail: String, evidence: String| Observation {
        check: check.to_string(),
        asset: asset.clone(),
        outcome,
        detail,
        evidence,
        from_banner: false,
    };
    let result = async {
        let mut c = prober.connect(addr).await?;
        if let Some(m) = first_message(addr.port()) {
            c.send(m).await?;
        }
        // An answer is complete at a line end, or when an HTTP header block ends.
        c.read(|b| {
            b.windows(4).any(|w| w == b"\r\n\r\n")
                || (b.ends_with(b"\r\n") && !b.starts_with(b"HTTP/"))
                || b.len() >= 11 && b[0] == 0x03
                || b == b"S"
                || b == b"N"
        })
        .await
    }
    .await;
    match result {
        Err(ProbeError::Closed) => (obs(Outcome::NotApplicable, "exposure", "closed".into(), String::new()), None),
        Err(e @ ProbeError::NotAllowed(_)) => {
            (obs(Outcome::NotApplicable, "exposure", e.to_string(), String::new()), None)
        }
        Err(e) => (obs(Outcome::Inconclusive, "exposure", e.to_string(), String::new()), None),
        Ok(answer) => match classify(addr.port(), &answer) {
            Some((check, detail)) => {
                let evidence = printable(&answer);
                let f = Finding {
                    check: check.id.into(),
                    category: Category::Exposure,
                    severity: check.severity,
                    asset: asset.clone(),
                    detail: detail.clone(),
                    evidence: evidence.clone(),
                    from_banner: false,
                };
                (obs(Outcome::Fail, check.id, detail, evidence), Some(f))
            }
            None => (obs(Outcome::Pass, "exposure", "no exposed service recognised".into(), printable(&answer)), None),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_classified() {
        assert_eq!(classify(6379, b"+PONG\r\n").unwrap().0.id, REDIS_OPEN.id);
        assert_eq!(classify(6379, b"-NOAUTH Authentication required.\r\n").unwrap().0.id, DATABASE.id);
        assert_eq!(classify(2375, b"HTTP/1.0 200 OK\r\n\r\n{\"ApiVersion\":\"1.43\"}").unwrap().0.id, DOCKER_OPEN.id);
        assert!(classify(2375, b"HTTP/1.0 401 Unauthorized\r\n\r\n").is_none());
        assert_eq!(classify(3389, &[3, 0, 0, 19, 14, 0xd0, 0, 0, 0, 0, 0, 2]).unwrap().0.id, RDP.id);
        assert_eq!(classify(5900, b"RFB 003.008\n").unwrap().0.id, VNC.id);
        assert_eq!(classify(23, &[0xff, 0xfd, 0x18]).unwrap().0.id, TELNET.id);
        assert_eq!(classify(5432, b"N").unwrap().0.id, DATABASE.id);
        assert!(classify(6379, b"garbage").is_none(), "garbage is no finding");
    }
}
