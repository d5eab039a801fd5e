//! Web checks: HTTPS at all, a redirect from HTTP to HTTPS, HSTS, framing and nosniff
//! protection, a CSP without unsafe inline script, Secure cookies, CORS that reflects any
//! origin with credentials, and a reachable `/.git/HEAD` or `/.env`. Each decided by the
//! answer to an ordinary GET; nothing is crawled and nothing is logged in to.

use crate::http::{self, Response};
use crate::model::{Asset, AssetValue, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use std::net::{IpAddr, SocketAddr};

/// HSTS shorter than this (six months) fails.
pub const HSTS_MIN_SECS: u64 = 15_552_000;
/// The origin sent to see whether CORS reflects it; it can never be a real site.
pub const PROBE_ORIGIN: &str = "https://tillit-cors-probe.invalid";

pub use crate::model::Check;

pub const NO_HTTPS: Check = Check { id: "web.no-https", severity: Severity::High };
pub const NO_REDIRECT: Check = Check { id: "web.no-redirect-to-https", severity: Severity::Medium };
pub const HSTS: Check = Check { id: "web.hsts", severity: Severity::Medium };
pub const FRAMING: Check = Check { id: "web.framing", severity: Severity::Low };
pub const NOSNIFF: Check = Check { id: "web.nosniff", severity: Severity::Low };
pub const CSP: Check = Check { id: "web.csp", severity: Severity::Medium };
pub const COOKIE_SECURE: Check = Check { id: "web.cookie-without-secure", severity: Severity::Medium };
pub const CORS: Check = Check { id: "web.cors-reflects-origin-with-credentials", severity: Severity::High };
pub const GIT: Check = Check { id: "web.exposed-git", severity: Severity::High };
pub const ENV: Check = Check { id: "web.exposed-env", severity: Severity::Critical };

fn hsts_max_age(v: &str) -> Option<u64> {
    v.split(';').find_map(|p| p.trim().strip_prefix("max-age=").map(|n| n.trim_matches('"').parse().unwrap_or(0)))
}

/// The failures in one HTTPS response to `GET /`, each with the header that shows it.
pub fn judge_headers(r: &Response) -> Vec<(&'static Check, String, String)> {
    let mut out = vec![];
    match r.header("strict-transport-security") {
        None => out.push((&HSTS, "no Strict-Transport-Security header".into(), String::new())),
        Some(v) if hsts_max_age(v).unwrap_or(0) < HSTS_MIN_SECS => out.push((
            &HSTS,
            "HSTS max-age is shorter than six months".into(),
            format!("Strict-Transport-Security: {v}"),
        )),
        _ => {}
    }
    let csp = r.all("content-security-policy").collect::<Vec<_>>().join("; ");
    let xfo = r.header("x-frame-options").map(|v| v.to_ascii_lowercase());
    let framed = csp.to_ascii_lowercase().contains("frame-ancestors")
        || matches!(xfo.as_deref(), Some("deny") | Some("sameorigin"));
    if !framed {
        out.push((&FRAMING, "neither X-Frame-Options nor CSP frame-ancestors".into(), String::new()));
    }
    if r.header("x-content-type-options").map(|v| v.trim().eq_ignore_ascii_case("nosniff")) != Some(true) {
        out.push((&NOSNIFF, "no X-Content-Type-Options: nosniff".into(), String::new()));
    }
    if csp.is_empty() {
        out.push((&CSP, "no Content-Security-Policy".into(), String::new()));
    } else {
        // script-src decides; without it, default-src does.
        let directive = |name: &str| {
            csp.split(';')
                .map(str::trim)
                .find(|d| d.to_ascii_lowercase().starts_with(&format!("{name} ")))
                .map(str::to_string)
        };
        if let Some(d) = directive("script-src").or_else(|| directive("default-src"))
            && d.contains("'unsafe-inline'")
            && !d.contains("'nonce-")
            && !d.contains("'sha256-")
        {
            out.push((
                &CSP,
                "the CSP allows inline script ('unsafe-inline')".into(),
                format!("Content-Security-Policy: {csp}"),
            ));
        }
    }
    for c in r.all("set-cookie") {
        let secure = c.split(';').skip(1).any(|a| a.trim().eq_ignore_ascii_case("secure"));
        if !secure {
            let name = c.split('=').next().unwrap_or("").trim();
            out.push((&COOKIE_SECURE, format!("the cookie {name} is set without Secure"), format!("Set-Cookie: {c}")));
        }
    }
    out
}

fn host_for(addr: SocketAddr, name: Option<&str>) -> String {
    match (name, addr.ip()) {
        (Some(n), _) => n.to_string(),
        (None, IpAddr::V6(v6)) => format!("[{v6}]"),
        (None, ip) => ip.to_string(),
    }
}

/// Probes one host's web ports (`http` plain, `https` TLS): observations and findings.
pub async fn probe(
    prober: &Prober,
    ip: IpAddr,
    name: Option<&str>,
    http_port: Option<u16>,
    https_port: Option<u16>,
    value: AssetValue,
    today: &str,
) -> (Vec<Observation>, Vec<Finding>) {
    // Banners seen, judged against the end-of-life table once the probes are done.
    let mut banners: Vec<(u16, String, String)> = vec![];
    // Ports whose front page asks for a password: a login page weighs more.
    let mut login: Vec<u16> = vec![];
    let label = name.map(str::to_string).unwrap_or_else(|| ip.to_string());
    let asset = |port: u16| Asset { name: format!("{label}:{port}"), value };
    let mut out = (vec![], vec![]);
    let mut record = |asset: Asset, check: &'static Check, outcome: Outcome, detail: String, evidence: String| {
        crate::model::record(&mut out, &asset, check, outcome, detail, evidence)
    };
    let mut https_ok = false;
    if let Some(p) = https_port {
        let addr = SocketAddr::new(ip, p);
        let host = host_for(addr, name);
        match http::get_tls(prober, addr, &host, "/", &[("Origin", PROBE_ORIGIN)]).await {
            Ok(Some(r)) => {
                https_ok = true;
                for h in ["server", "x-powered-by"] {
                    if let Some(v) = r.header(h) {
                        banners.push((p, h.to_string(), v.to_string()));
                    }
                }
                if is_login_page(&r.body) {
                    login.push(p);
                }
                let fails = judge_headers(&r);
                for check in [&HSTS, &FRAMING, &NOSNIFF, &CSP, &COOKIE_SECURE] {
                    let mine: Vec<_> = fails.iter().filter(|(c, _, _)| c.id == check.id).collect();
                    if mine.is_empty() {
                        record(asset(p), check, Outcome::Pass, "present".into(), String::new());
                    }
                    for (_, d, e) in mine {
                        record(asset(p), check, Outcome::Fail, d.clone(), e.clone());
                    }
                }
                let reflected = r.header("access-control-allow-origin") == Some(PROBE_ORIGIN);
                let credentials =
                    r.header("access-control-allow-credentials").is_some_and(|v| v.eq_ignore_ascii_case("true"));
                if reflected && credentials {
                    let e =
                        format!("Access-Control-Allow-Origin: {PROBE_ORIGIN}; Access-Control-Allow-Credentials: true");
                    record(
                        asset(p),
                        &CORS,
                        Outcome::Fail,
                        "CORS allows any origin to read with the visitor's cookies".into(),
                        e,
                    );
                } else {
                    record(
                        asset(p),
                        &CORS,
                        Outcome::Pass,
                        "no reflected origin with credentials".into(),
                        String::new(),
                    );
                }
                for (check, path, looks) in [
                    (&GIT, "/.git/HEAD", (|b: &[u8]| b.starts_with(b"ref: ")) as fn(&[u8]) -> bool),
                    (&ENV, "/.env", |b: &[u8]| {
                        String::from_utf8_lossy(b).lines().any(|l| {
                            let (k, _) = l.split_once('=').unwrap_or(("", ""));
                            !k.is_empty() && k.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                        })
                    }),
                ] {
                    match http::get_tls(prober, addr, &host, path, &[]).await {
                        Ok(Some(x)) if x.status == 200 && looks(&x.body) => {
                            let first = String::from_utf8_lossy(&x.body)
                                .lines()
                                .next()
                                .unwrap_or("")
                                .chars()
                                .take(80)
                                .collect();
                            record(asset(p), check, Outcome::Fail, format!("{path} is served"), first);
                        }
                        Ok(_) => record(asset(p), check, Outcome::Pass, format!("{path} is not served"), String::new()),
                        Err(e) => record(asset(p), check, Outcome::Inconclusive, e.to_string(), String::new()),
                    }
                }
            }
            Ok(None) => {
                record(asset(p), &NO_HTTPS, Outcome::Inconclusive, "TLS, but no HTTP answer".into(), String::new())
            }
            Err(ProbeError::Closed) => {}
            Err(e) => record(asset(p), &NO_HTTPS, Outcome::Inconclusive, e.to_string(), String::new()),
        }
    }
    if let Some(p) = http_port {
        let addr = SocketAddr::new(ip, p);
        match http::get(prober, addr, &host_for(addr, name), "/", &[]).await {
            Ok(Some(r)) => {
                for h in ["server", "x-powered-by"] {
                    if let Some(v) = r.header(h) {
                        banners.push((p, h.to_string(), v.to_string()));
                    }
                }
                if !https_ok && https_port.is_some() {
                    record(
                        asset(p),
                        &NO_HTTPS,
                        Outcome::Fail,
                        "served over HTTP, with no HTTPS beside it".into(),
                        format!("HTTP/1.1 {}", r.status),
                    );
                }
                let to_https = matches!(r.status, 301 | 302 | 307 | 308)
                    && r.header("location").is_some_and(|l| l.to_ascii_lowercase().starts_with("https://"));
                if to_https {
                    record(asset(p), &NO_REDIRECT, Outcome::Pass, "redirects to HTTPS".into(), String::new());
                } else {
                    let e = format!(
                        "HTTP/1.1 {}{}",
                        r.status,
                        r.header("location").map(|l| format!(", Location: {l}")).unwrap_or_default()
                    );
                    record(asset(p), &NO_REDIRECT, Outcome::Fail, "plain HTTP does not redirect to HTTPS".into(), e);
                }
            }
            Ok(None) | Err(ProbeError::Closed) => {}
            Err(e) => record(asset(p), &NO_REDIRECT, Outcome::Inconclusive, e.to_string(), String::new()),
        }
    }
    if let Ok(table) = crate::software::table() {
        for (port, header, value) in &banners {
            let a = asset(*port);
            let found = crate::software::findings(&table, &[(header.as_str(), value.as_str())], &a, today);
            let outcome = if found.is_empty() { Outcome::Pass } else { Outcome::Fail };
            let detail =
                found.first().map_or_else(|| "no product line past its end of life".to_string(), |f| f.detail.clone());
            out.0.push(Observation {
                check: crate::software::CHECK.into(),
                asset: a,
                outcome,
                detail,
                evidence: format!("{header}: {value}"),
                from_banner: true,
            });
            out.1.extend(found);
        }
    }
    for p in login {
        let name = format!("{label}:{p}");
        for a in out.0.iter_mut().map(|o| &mut o.asset).chain(out.1.iter_mut().map(|f| &mut f.asset)) {
            if a.name == name {
                a.value = AssetValue::High;
            }
        }
    }
    out
}

/// A page with a password field: where people sign in.
pub fn is_login_page(body: &[u8]) -> bool {
    let text = String::from_utf8_lossy(body).to_ascii_lowercase();
    text.contains("type=\"password\"") || text.contains("type='password'") || text.contains("type=password")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(headers: &[(&str, &str)]) -> Response {
        Response {
            status: 200,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: vec![],
        }
    }

    fn ids(r: &Response) -> Vec<&'static str> {
        judge_headers(r).into_iter().map(|(c, _, _)| c.id).collect()
    }

    #[test]
    fn login_pages_are_recognised() {
        assert!(is_login_page(b"<form><input TYPE=\"password\" name=pw></form>"));
        assert!(!is_login_page(b"<p>Velkommen</p>"));
    }

    #[test]
    fn a_well_configured_site_passes_every_header_check() {
        let good = resp(&[
            ("strict-transport-security", "max-age=63072000; includeSubDomains"),
            ("content-security-policy", "default-src 'self'; frame-ancestors 'none'"),
            ("x-content-type-options", "nosniff"),
            ("set-cookie", "sid=abc; Secure; HttpOnly; SameSite=Lax"),
        ]);
        assert!(ids(&good).is_empty(), "{:?}", ids(&good));
    }

    #[test]
    fn each_header_failure_is_named() {
        let bad = resp(&[
            ("strict-transport-security", "max-age=86400"),
            ("content-security-policy", "default-src 'self'; script-src 'self' 'unsafe-inline'"),
            ("set-cookie", "sid=abc; HttpOnly"),
        ]);
        assert_eq!(ids(&bad), vec![HSTS.id, FRAMING.id, NOSNIFF.id, CSP.id, COOKIE_SECURE.id]);
        assert_eq!(ids(&resp(&[])), vec![HSTS.id, FRAMING.id, NOSNIFF.id, CSP.id]);
        let xfo = resp(&[("x-frame-options", "SAMEORIGIN")]);
        assert!(!ids(&xfo).contains(&FRAMING.id));
        let nonce = resp(&[("content-security-policy", "script-src 'nonce-abc' 'unsafe-inline'")]);
        assert!(!ids(&nonce).contains(&CSP.id), "a nonce makes browsers ignore unsafe-inline");
    }
}
