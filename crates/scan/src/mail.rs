//! Mail server checks that need no DNS: a mail server on port 25 or 587 that does not offer
//! STARTTLS. The probe reads the greeting, says EHLO and QUIT; it never sends mail.

use crate::model::{Asset, AssetValue, Category, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use std::net::SocketAddr;

pub const NO_STARTTLS: (&str, Severity) = ("mail.no-starttls", Severity::High);

/// An SMTP reply is complete when a line has a space after its code (`250 ` ends `250-`).
fn reply_complete(b: &[u8]) -> bool {
    let text = String::from_utf8_lossy(b);
    text.ends_with("\r\n") && text.lines().last().is_some_and(|l| l.len() >= 4 && l.as_bytes()[3] == b' ')
}

pub async fn probe(
    prober: &Prober,
    addr: SocketAddr,
    host: &str,
    value: AssetValue,
) -> Option<(Observation, Option<Finding>)> {
    let asset = Asset { name: format!("{host}:{}", addr.port()), value };
    let obs = |outcome, detail: String, evidence: String| Observation {
        check: NO_STARTTLS.0.into(),
        asset: asset.clone(),
        outcome,
        detail,
        evidence,
        from_banner: false,
    };
    let result: Result<(String, String), ProbeError> = async {
        let mut c = prober.connect(addr).await?;
        let greeting = String::from_utf8_lossy(&c.read(reply_complete).await?).to_string();
        if !greeting.starts_with("220") {
            return Ok((greeting, String::new()));
        }
        c.send(b"EHLO tillit-scan.invalid\r\n").await?;
        let ehlo = String::from_utf8_lossy(&c.read(reply_complete).await?).to_string();
        let _ = c.send(b"QUIT\r\n").await;
        Ok((greeting, ehlo))
    }
    .await;
    match result {
        Err(ProbeError::Closed) | Err(ProbeError::NotAllowed(_)) => None,
        Err(e) => Some((obs(Outcome::Inconclusive, e.to_string(), String::new()), None)),
        // Not an SMTP server: nothing to judge.
        Ok((greeting, _)) if !greeting.starts_with("220") => None,
        Ok((_, ehlo)) if !ehlo.starts_with("250") => Some((
            obs(Outcome::Inconclusive, "EHLO was not accepted".into(), ehlo.lines().next().unwrap_or("").into()),
            None,
        )),
        Ok((_, ehlo)) => {
            let offers = ehlo.lines().any(|l| l.len() > 4 && l[4..].trim().eq_ignore_ascii_case("STARTTLS"));
            let evidence = ehlo.lines().map(str::trim).collect::<Vec<_>>().join(" | ");
            if offers {
                Some((obs(Outcome::Pass, "STARTTLS is offered".into(), String::new()), None))
            } else {
                let f = Finding {
                    check: NO_STARTTLS.0.into(),
                    category: Category::Mail,
                    severity: NO_STARTTLS.1,
                    asset: asset.clone(),
                    detail: "the mail server does not offer STARTTLS: mail to it travels unencrypted".into(),
                    evidence: evidence.clone(),
                    from_banner: false,
                };
                Some((obs(Outcome::Fail, f.detail.clone(), evidence), Some(f)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_end_at_the_line_with_a_space() {
        assert!(!reply_complete(b"250-mx.example.test\r\n250-SIZE\r\n"));
        assert!(reply_complete(b"250-mx.example.test\r\n250 STARTTLS\r\n"));
        assert!(reply_complete(b"220 mx.example.test ESMTP\r\n"));
    }
}
