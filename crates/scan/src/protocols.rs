//! Protocol versions and cipher suites by hand-built ClientHello: for each version from SSL
//! 3.0 to TLS 1.3 the server is offered every suite (`suites.rs`), the one it picks is
//! noted and taken out of the next offer, until it refuses; SSL 2.0 gets its own hello.
//! From that enumeration: SSL 2.0, SSL 3.0, TLS 1.0 and 1.1 accepted, neither TLS 1.2 nor
//! 1.3, insecure cipher suites accepted, no forward secrecy, no secure renegotiation.

use crate::hello::{self, Answer};
use crate::model::{Asset, AssetValue, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use crate::suites;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;

pub use crate::model::Check;

pub const SSL2: Check = Check { id: "tls.sslv2-accepted", severity: Severity::Critical };
pub const SSL3: Check = Check { id: "tls.sslv3-accepted", severity: Severity::High };
pub const TLS10: Check = Check { id: "tls.tls10-accepted", severity: Severity::Medium };
pub const TLS11: Check = Check { id: "tls.tls11-accepted", severity: Severity::Medium };
pub const INSECURE_SUITE: Check = Check { id: "tls.insecure-cipher-suite", severity: Severity::High };
pub const NO_FS: Check = Check { id: "tls.no-forward-secrecy", severity: Severity::Medium };
pub const NO_MODERN_TLS: Check = Check { id: "tls.no-tls12-or-tls13", severity: Severity::High };
pub const NO_RENEGOTIATION: Check = Check { id: "tls.no-secure-renegotiation", severity: Severity::Medium };

const RANDOM: [u8; 32] = [0x74; 32];

/// What one protocol version looked like from outside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolSupport {
    /// `SSL 2.0`, `SSL 3.0`, `TLS 1.0`, `TLS 1.1`, `TLS 1.2` or `TLS 1.3`.
    pub version: String,
    /// `true` accepted, `false` refused, absent when the server's answers decided nothing.
    pub accepted: Option<bool>,
    /// The accepted cipher suites by IANA name, in the order the server picked them.
    pub suites: Vec<String>,
    /// For TLS 1.2 and older: whether the first ServerHello carried renegotiation_info.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renegotiation_info: Option<bool>,
}

/// A suite nobody should accept: NULL, anonymous, EXPORT, DES, 3DES or RC4.
pub fn insecure(name: &str) -> bool {
    ["_NULL_", "_anon_", "_EXPORT", "_DES_", "_DES40_", "_3DES_", "_RC4_"].iter().any(|p| name.contains(p))
}

/// Forward secret: ephemeral (EC)DH key exchange, and every TLS 1.3 suite.
pub fn forward_secret(name: &str) -> bool {
    (name.starts_with("TLS_ECDHE_") || name.starts_with("TLS_DHE_")) || !name.contains("_WITH_")
}

async fn ask(prober: &Prober, addr: SocketAddr, hello: &[u8]) -> Result<Answer, ProbeError> {
    let mut c = prober.connect(addr).await?;
    c.send(hello).await?;
    let b = c.read(hello::complete).await?;
    Ok(hello::parse_answer(&b))
}

/// Offers `candidates` for `version` until the server refuses, taking out each suite it
/// picks. `Err` only when the first answer decides nothing (timeout, no TLS answer).
async fn enumerate(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    version: u16,
    candidates: &[(u16, &'static str)],
) -> Result<(Vec<&'static str>, Option<bool>), ProbeError> {
    let mut offer: Vec<(u16, &'static str)> = candidates.to_vec();
    let mut accepted = vec![];
    let mut renegotiation = None;
    while !offer.is_empty() {
        let ids: Vec<u16> = offer.iter().map(|(id, _)| *id).collect();
        let answer = ask(prober, addr, &hello::client_hello(version, &ids, Some(host), RANDOM)).await;
        match answer {
            Ok(Answer::ServerHello { version: v, suite, renegotiation_info }) if v == version => {
                // A suite not offered is a broken server: what it said so far stands.
                let Some(i) = offer.iter().position(|(id, _)| *id == suite) else { break };
                accepted.push(offer.remove(i).1);
                renegotiation.get_or_insert(renegotiation_info);
            }
            // Another version chosen, or an alert: this version (or the rest of the offer) is refused.
            Ok(Answer::ServerHello { .. } | Answer::Alert(_) | Answer::Ssl2ServerHello) => break,
            // A server that hangs up on an old version it does not speak refuses it too.
            Ok(Answer::Other) | Err(ProbeError::Io(_)) if !accepted.is_empty() || version < hello::TLS12 => break,
            Ok(Answer::Other) => return Err(ProbeError::Io("no TLS answer".into())),
            Err(e) if accepted.is_empty() => return Err(e),
            Err(_) => break,
        }
    }
    Ok((accepted, renegotiation))
}

fn version_name(v: u16) -> &'static str {
    match v {
        hello::SSL3 => "SSL 3.0",
        hello::TLS10 => "TLS 1.0",
        hello::TLS11 => "TLS 1.1",
        hello::TLS12 => "TLS 1.2",
        _ => "TLS 1.3",
    }
}

/// Every version's accepted suites. `Err(Closed)` when nothing listens.
pub async fn support(prober: &Prober, addr: SocketAddr, host: &str) -> Result<Vec<ProtocolSupport>, ProbeError> {
    let ssl2 = match ask(prober, addr, &hello::ssl2_client_hello([0x74; 16])).await {
        Err(ProbeError::Closed) => return Err(ProbeError::Closed),
        Ok(Answer::Ssl2ServerHello) => Some(true),
        // A modern server answers an SSL 2.0 hello with nothing, an alert or garbage: refused.
        Ok(_) | Err(ProbeError::Io(_)) => Some(false),
        Err(_) => None,
    };
    let mut out =
        vec![ProtocolSupport { version: "SSL 2.0".into(), accepted: ssl2, suites: vec![], renegotiation_info: None }];
    let older = |v: u16| -> Vec<(u16, &'static str)> {
        suites::TLS12_AND_EARLIER.iter().filter(|(_, _, first)| *first <= v).map(|(id, n, _)| (*id, *n)).collect()
    };
    let (o3, o10, o11, o12) = (older(hello::SSL3), older(hello::TLS10), older(hello::TLS11), older(hello::TLS12));
    let (s3, t10, t11, t12, t13) = tokio::join!(
        enumerate(prober, addr, host, hello::SSL3, &o3),
        enumerate(prober, addr, host, hello::TLS10, &o10),
        enumerate(prober, addr, host, hello::TLS11, &o11),
        enumerate(prober, addr, host, hello::TLS12, &o12),
        enumerate(prober, addr, host, hello::TLS13, suites::TLS13),
    );
    for (v, r) in
        [(hello::SSL3, s3), (hello::TLS10, t10), (hello::TLS11, t11), (hello::TLS12, t12), (hello::TLS13, t13)]
    {
        let (accepted, suites, renegotiation_info) = match r {
            Ok((s, reneg)) => (Some(!s.is_empty()), s.into_iter().map(String::from).collect(), reneg),
            Err(_) => (None, vec![], None),
        };
        let renegotiation_info = if v == hello::TLS13 { None } else { renegotiation_info };
        out.push(ProtocolSupport { version: version_name(v).into(), accepted, suites, renegotiation_info });
    }
    Ok(out)
}

/// The protocol checks over what `support` saw.
pub fn judge(support: &[ProtocolSupport], asset: &Asset) -> (Vec<Observation>, Vec<Finding>) {
    let mut out = (vec![], vec![]);
    let mut record = |check: &'static Check, outcome: Outcome, detail: String, evidence: String| {
        crate::model::record(&mut out, asset, check, outcome, detail, evidence)
    };
    let of = |v: &str| support.iter().find(|p| p.version == v);
    for (check, v) in [(&SSL2, "SSL 2.0"), (&SSL3, "SSL 3.0"), (&TLS10, "TLS 1.0"), (&TLS11, "TLS 1.1")] {
        match of(v).and_then(|p| p.accepted.map(|a| (a, p))) {
            Some((true, p)) => record(check, Outcome::Fail, format!("{v} is accepted"), p.suites.join(", ")),
            Some((false, _)) => record(check, Outcome::Pass, format!("{v} is refused"), String::new()),
            None => record(check, Outcome::Inconclusive, format!("no answer decides {v}"), String::new()),
        }
    }
    let modern: Vec<Option<bool>> =
        support.iter().filter(|p| p.version == "TLS 1.2" || p.version == "TLS 1.3").map(|p| p.accepted).collect();
    if modern.contains(&Some(true)) {
        let v: Vec<&str> = support.iter().filter(|p| p.accepted == Some(true)).map(|p| p.version.as_str()).collect();
        record(&NO_MODERN_TLS, Outcome::Pass, format!("{} accepted", v.join(", ")), String::new());
    } else if modern.len() == 2 && modern.iter().all(|a| *a == Some(false)) {
        record(&NO_MODERN_TLS, Outcome::Fail, "neither TLS 1.2 nor TLS 1.3 is accepted".into(), String::new());
    } else {
        record(&NO_MODERN_TLS, Outcome::Inconclusive, "no answer decides TLS 1.2 and 1.3".into(), String::new());
    }
    let decided = support.iter().any(|p| p.accepted.is_some());
    let accepted: Vec<&ProtocolSupport> = support.iter().filter(|p| p.accepted == Some(true)).collect();
    let bad: Vec<String> = accepted
        .iter()
        .flat_map(|p| p.suites.iter().filter(|s| insecure(s)).map(move |s| format!("{} {s}", p.version)))
        .collect();
    match (decided, bad.is_empty()) {
        (false, _) => record(&INSECURE_SUITE, Outcome::Inconclusive, "no answer to decide by".into(), String::new()),
        (true, true) => record(&INSECURE_SUITE, Outcome::Pass, "no insecure suite accepted".into(), String::new()),
        (true, false) => record(
            &INSECURE_SUITE,
            Outcome::Fail,
            format!("{} insecure cipher suite(s) accepted", bad.len()),
            bad.join(", "),
        ),
    }
    let all: Vec<&String> = accepted.iter().flat_map(|p| &p.suites).collect();
    if all.is_empty() {
        record(&NO_FS, Outcome::Inconclusive, "no suite accepted".into(), String::new());
    } else if all.iter().any(|s| forward_secret(s)) {
        record(&NO_FS, Outcome::Pass, "a forward-secret key exchange is accepted".into(), String::new());
    } else {
        let list = all.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
        record(&NO_FS, Outcome::Fail, "only key exchange without forward secrecy".into(), list);
    }
    // Secure renegotiation (RFC 5746): judged on the newest version up to TLS 1.2 accepted.
    let newest_old = accepted.iter().rev().find(|p| p.version != "TLS 1.3" && p.renegotiation_info.is_some());
    match newest_old {
        Some(p) if p.renegotiation_info == Some(true) => {
            record(&NO_RENEGOTIATION, Outcome::Pass, "renegotiation_info present".into(), p.version.clone())
        }
        Some(p) => record(
            &NO_RENEGOTIATION,
            Outcome::Fail,
            "the ServerHello has no renegotiation_info extension".into(),
            p.version.clone(),
        ),
        None if accepted.iter().any(|p| p.version == "TLS 1.3") => {
            record(&NO_RENEGOTIATION, Outcome::Pass, "TLS 1.3 only (no renegotiation)".into(), String::new())
        }
        None => record(&NO_RENEGOTIATION, Outcome::Inconclusive, "no ServerHello to decide by".into(), String::new()),
    }
    out
}

/// Enumerates and judges. The support is returned for the report's TLS section.
pub async fn probe(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    value: AssetValue,
) -> (Vec<Observation>, Vec<Finding>, Vec<ProtocolSupport>) {
    let asset = Asset { name: format!("{host}:{}", addr.port()), value };
    match support(prober, addr, host).await {
        Err(_) => (vec![], vec![], vec![]),
        Ok(s) => {
            let (o, f) = judge(&s, &asset);
            (o, f, s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suites_are_classified_by_name() {
        for s in ["TLS_RSA_WITH_NULL_SHA", "TLS_DH_anon_WITH_AES_128_CBC_SHA", "TLS_RSA_EXPORT_WITH_RC4_40_MD5"] {
            assert!(insecure(s), "{s}");
        }
        for s in ["TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_DES_CBC_SHA", "TLS_ECDHE_RSA_WITH_RC4_128_SHA"] {
            assert!(insecure(s), "{s}");
        }
        for s in ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"] {
            assert!(!insecure(s), "{s}");
        }
        assert!(forward_secret("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"));
        assert!(forward_secret("TLS_DHE_RSA_WITH_AES_128_CBC_SHA"));
        assert!(forward_secret("TLS_CHACHA20_POLY1305_SHA256"));
        assert!(!forward_secret("TLS_RSA_WITH_AES_128_GCM_SHA256"));
        assert!(!forward_secret("TLS_DH_anon_WITH_AES_128_CBC_SHA"));
    }

    #[test]
    fn every_offered_suite_has_one_name() {
        let mut ids: Vec<u16> = suites::TLS12_AND_EARLIER.iter().map(|(id, _, _)| *id).collect();
        ids.extend(suites::TLS13.iter().map(|(id, _)| *id));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
