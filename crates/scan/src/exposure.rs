//! Exposed services: remote access (RDP, VNC, Telnet), databases and caches, file sharing
//! (FTP, SMB) and management APIs reachable from the internet. Each probe is read-only: it
//! asks what any client's first message asks (Redis PING, an RDP connection request, an SMB
//! negotiate, a Docker `GET /version`) and classifies the answer; it never logs in and never
//! changes anything.

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

/// An SMB2 NEGOTIATE request over NetBIOS session framing (dialects 2.0.2 to 3.0.2): what
/// every SMB client sends first.
fn smb_negotiate() -> Vec<u8> {
    let mut smb = b"\xfeSMB".to_vec();
    smb.extend_from_slice(&[64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]); // size, credit charge, status, NEGOTIATE, credits
    smb.extend_from_slice(&[0; 48]); // flags, next command, message id, process, tree, session, signature
    smb.extend_from_slice(&[36, 0, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0]); // size, 4 dialects, signing enabled
    smb.extend_from_slice(b"tillit-scan-0001"); // client GUID
    smb.extend_from_slice(&[0; 8]);
    smb.extend_from_slice(&[0x02, 0x02, 0x10, 0x02, 0x00, 0x03, 0x02, 0x03]);
    let mut out = vec![0, 0, 0, smb.len() as u8];
    out.extend_from_slice(&smb);
    out
}

/// A MongoDB `hello` (OP_MSG): answered before any authentication, as drivers rely on.
const MONGO_HELLO: &[u8] = &[
    52, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0xdd, 0x07, 0, 0, // length, request id, response to, OP_MSG
    0, 0, 0, 0, 0, // flags, section kind 0
    31, 0, 0, 0, 0x10, b'h', b'e', b'l', b'l', b'o', 0, 1, 0, 0, 0, // { hello: 1,
    0x02, b'$', b'd', b'b', 0, 6, 0, 0, 0, b'a', b'd', b'm', b'i', b'n', 0, 0, // $db: "admin" }
];

/// A TDS PRELOGIN (version and encryption options): what every SQL Server client sends first.
const MSSQL_PRELOGIN: &[u8] = &[
    0x12, 0x01, 0x00, 0x1a, 0x00, 0x00, 0x01, 0x00, // PRELOGIN, last packet, length 26
    0x00, 0x00, 0x0b, 0x00, 0x06, 0x01, 0x00, 0x11, 0x00, 0x01, 0xff, // VERSION, ENCRYPTION, end
    0x0f, 0x00, 0x07, 0xd0, 0x00, 0x00, 0x02, // version 15.0.2000, encryption not supported
];
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
        445 if answer.len() >= 8 && (&answer[4..8] == b"\xfeSMB" || &answer[4..8] == b"\xffSMB") => {
            Some((&FILE_SHARING, "an SMB server answered a negotiate request".into()))
        }
        27017 if answer.len() >= 16 && (answer[12..16] == [0xdd, 0x07, 0, 0] || answer[12..16] == [1, 0, 0, 0]) => {
            Some((&DATABASE, "a MongoDB server answered hello".into()))
        }
        1433 if answer.len() >= 8 && answer[0] == 0x04 => Some((&DATABASE, "an SQL Server answered PRELOGIN".into())),
        _ => None,
    }
}

/// What to send first on a port, if anything (some services speak first).
fn first_message(port: u16) -> Option<Vec<u8>> {
    let m: &[u8] = match port {
        6379 => b"PING\r\n",
        2375 | 2376 => b"GET /version HTTP/1.0\r\nHost: scan\r\n\r\n",
        9200 => b"GET / HTTP/1.0\r\nHost: scan\r\n\r\n",
        3389 => RDP_REQUEST,
        5432 => PG_SSL_REQUEST,
        445 => return Some(smb_negotiate()),
        27017 => MONGO_HELLO,
        1433 => MSSQL_PRELOGIN,
        _ => return None,
    };
    Some(m.to_vec())
}

/// The answer is complete: binary protocols by their length fields, text at a line end
/// or when an HTTP header block ends.
fn complete(port: u16, b: &[u8]) -> bool {
    match port {
        445 => b.len() >= 4 && b.len() >= 4 + u32::from_be_bytes([0, b[1], b[2], b[3]]) as usize,
        27017 => b.len() >= 4 && b.len() >= u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize,
        1433 => b.len() >= 4 && b.len() >= u16::from_be_bytes([b[2], b[3]]) as usize,
        _ => {
            b.windows(4).any(|w| w == b"\r\n\r\n")
                || (b.ends_with(b"\r\n") && !b.starts_with(b"HTTP/"))
                || b.len() >= 11 && b[0] == 0x03
                || b == b"S"
                || b == b"N"
        }
    }
}

/// The ports this module looks at.
pub fn ports() -> &'static [u16] {
    &[21, 23, 445, 1433, 2375, 2376, 3306, 3389, 5432, 5900, 6379, 9200, 27017]
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
            c.send(&m).await?;
        }
        c.read(|b| complete(addr.port(), b)).await
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
        let n = smb_negotiate();
        assert_eq!((n.len(), n[3] as usize), (112, 108), "NetBIOS length = SMB2 header 64 + body 44");
        assert_eq!(MONGO_HELLO.len(), 52);
        assert_eq!(u32::from_le_bytes([MONGO_HELLO[21], MONGO_HELLO[22], MONGO_HELLO[23], MONGO_HELLO[24]]), 31);
        assert_eq!(MSSQL_PRELOGIN.len(), 26);
        assert!(complete(445, &[0, 0, 0, 2, 0xfe, b'S']) && !complete(445, &[0, 0, 0, 3, 0xfe, b'S']));
    }
}
