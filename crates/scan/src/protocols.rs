//! TLS protocol and cipher checks by hand-built ClientHello: SSL 2.0, SSL 3.0, TLS 1.0 and
//! 1.1 accepted, insecure cipher suites accepted, no forward secrecy, no secure
//! renegotiation. One hello per question; the server's first record decides.

use crate::hello::{self, Answer};
use crate::model::{Asset, AssetValue, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use std::net::SocketAddr;

pub use crate::model::Check;

pub const SSL2: Check = Check { id: "tls.sslv2-accepted", severity: Severity::Critical };
pub const SSL3: Check = Check { id: "tls.sslv3-accepted", severity: Severity::High };
pub const TLS10: Check = Check { id: "tls.tls10-accepted", severity: Severity::Medium };
pub const TLS11: Check = Check { id: "tls.tls11-accepted", severity: Severity::Medium };
pub const INSECURE_SUITE: Check = Check { id: "tls.insecure-cipher-suite", severity: Severity::High };
pub const NO_FS: Check = Check { id: "tls.no-forward-secrecy", severity: Severity::Medium };
pub const NO_RENEGOTIATION: Check = Check { id: "tls.no-secure-renegotiation", severity: Severity::Medium };

/// protocol_version: the server speaks only newer versions.
const ALERT_PROTOCOL_VERSION: u8 = 70;

const RANDOM: [u8; 32] = [0x74; 32];

async fn ask(prober: &Prober, addr: SocketAddr, hello: &[u8]) -> Result<Answer, ProbeError> {
    let mut c = prober.connect(addr).await?;
    c.send(hello).await?;
    let b = c.read(hello::complete).await?;
    Ok(hello::parse_answer(&b))
}

fn suite_name(id: u16) -> String {
    hello::INSECURE_SUITES.iter().find(|(_, s)| *s == id).map_or_else(|| format!("0x{id:04x}"), |(n, _)| n.to_string())
}

pub async fn probe(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    value: AssetValue,
) -> (Vec<Observation>, Vec<Finding>) {
    let asset = Asset { name: format!("{host}:{}", addr.port()), value };
    let mut out = (vec![], vec![]);
    let mut record = |check: &'static Check, outcome: Outcome, detail: String, evidence: String| {
        crate::model::record(&mut out, &asset, check, outcome, detail, evidence)
    };
    let judge = |r: Result<Answer, ProbeError>, accepted: &dyn Fn(&Answer) -> bool| match r {
        Err(ProbeError::Closed) => None,
        Err(e) => Some((Outcome::Inconclusive, e.to_string())),
        Ok(a) if accepted(&a) => Some((Outcome::Fail, format!("{a:?}"))),
        Ok(a @ (Answer::Alert(_) | Answer::ServerHello { .. })) => Some((Outcome::Pass, format!("{a:?}"))),
        Ok(a) => Some((Outcome::Inconclusive, format!("{a:?}"))),
    };
    // Old protocol versions: accepted when the ServerHello answers with that very version.
    let v2 = ask(prober, addr, &hello::ssl2_client_hello([0x74; 16])).await;
    let v2 = match v2 {
        // A modern server answers an SSL 2.0 hello with nothing, an alert or garbage: refused.
        Ok(Answer::Other) | Err(ProbeError::Io(_)) => Ok(Answer::Alert(0)),
        r => r,
    };
    if let Some((o, e)) = judge(v2, &|a| *a == Answer::Ssl2ServerHello) {
        record(&SSL2, o, "SSL 2.0".into(), if o == Outcome::Fail { "SSL 2.0 SERVER-HELLO".into() } else { e });
    } else {
        return out;
    }
    for (version, check, name) in
        [(hello::SSL3, &SSL3, "SSL 3.0"), (hello::TLS10, &TLS10, "TLS 1.0"), (hello::TLS11, &TLS11, "TLS 1.1")]
    {
        let r = ask(prober, addr, &hello::client_hello(version, hello::COMMON_SUITES, Some(host), RANDOM)).await;
        if let Some((o, e)) = judge(r, &|a| matches!(a, Answer::ServerHello { version: v, .. } if *v == version)) {
            record(check, o, name.into(), e);
        }
    }
    // Insecure suites: offered alone; choosing one of them is the failure.
    let insecure: Vec<u16> = hello::INSECURE_SUITES.iter().map(|(_, s)| *s).collect();
    let r = ask(prober, addr, &hello::client_hello(hello::TLS12, &insecure, Some(host), RANDOM)).await;
    match r {
        Ok(Answer::ServerHello { suite, .. }) if insecure.contains(&suite) => {
            record(&INSECURE_SUITE, Outcome::Fail, "an insecure cipher suite is accepted".into(), suite_name(suite))
        }
        r => {
            if let Some((o, e)) = judge(r, &|_| false) {
                record(&INSECURE_SUITE, o, "only insecure suites offered".into(), e);
            }
        }
    }
    // Forward secrecy: ECDHE offered alone is refused, but plain RSA key exchange accepted.
    let fs: Vec<u16> = hello::COMMON_SUITES.iter().copied().filter(|s| *s >= 0xc000).collect();
    let with_fs = ask(prober, addr, &hello::client_hello(hello::TLS12, &fs, Some(host), RANDOM)).await;
    match with_fs {
        Ok(Answer::ServerHello { .. }) => record(&NO_FS, Outcome::Pass, "ECDHE accepted".into(), String::new()),
        Ok(Answer::Alert(ALERT_PROTOCOL_VERSION)) => {
            record(&NO_FS, Outcome::Pass, "TLS 1.3 only (always forward secret)".into(), String::new())
        }
        Ok(Answer::Alert(_)) => {
            let plain =
                ask(prober, addr, &hello::client_hello(hello::TLS12, hello::NON_FS_SUITES, Some(host), RANDOM)).await;
            match plain {
                Ok(Answer::ServerHello { suite, .. }) => record(
                    &NO_FS,
                    Outcome::Fail,
                    "only key exchange without forward secrecy".into(),
                    format!("suite 0x{suite:04x}"),
                ),
                r => {
                    if let Some((_, e)) = judge(r, &|_| false) {
                        record(&NO_FS, Outcome::Inconclusive, "neither ECDHE nor RSA key exchange accepted".into(), e);
                    }
                }
            }
        }
        r => {
            if let Some((_, e)) = judge(r, &|_| false) {
                record(&NO_FS, Outcome::Inconclusive, "no answer to decide by".into(), e);
            }
        }
    }
    // Secure renegotiation (RFC 5746): a TLS 1.2 ServerHello carries renegotiation_info.
    let r = ask(prober, addr, &hello::client_hello(hello::TLS12, hello::COMMON_SUITES, Some(host), RANDOM)).await;
    match r {
        Ok(Answer::ServerHello { renegotiation_info: true, .. }) => {
            record(&NO_RENEGOTIATION, Outcome::Pass, "renegotiation_info present".into(), String::new())
        }
        Ok(Answer::ServerHello { renegotiation_info: false, version, .. }) => record(
            &NO_RENEGOTIATION,
            Outcome::Fail,
            "the ServerHello has no renegotiation_info extension".into(),
            format!("version 0x{version:04x}"),
        ),
        Ok(Answer::Alert(ALERT_PROTOCOL_VERSION)) => {
            record(&NO_RENEGOTIATION, Outcome::Pass, "TLS 1.3 only (no renegotiation)".into(), String::new())
        }
        r => {
            if let Some((_, e)) = judge(r, &|_| false) {
                record(&NO_RENEGOTIATION, Outcome::Inconclusive, "no TLS 1.2 ServerHello".into(), e);
            }
        }
    }
    out
}
