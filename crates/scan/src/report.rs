//! A scan from scope to report: every target address checked against the allowlist, every
//! port of the scope probed with bounded concurrency, and the score over what was seen.

use crate::exposure;
use crate::model::{AssetValue, Category, Finding, Observation, Outcome};
use crate::probe::Prober;
use crate::scope::Scope;
use crate::score::{self, Score};
use serde::Serialize;
use std::net::SocketAddr;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub model: &'static str,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
    pub score: Score,
}

/// Runs the scan. `roots` is the trust store certificate chains are judged against,
/// `today` (an ISO date, from the caller's clock) dates the end-of-life table;
/// `progress(done, total)` is called as probes finish.
pub async fn run(
    scope: &Scope,
    prober: &Prober,
    roots: std::sync::Arc<tokio_rustls::rustls::RootCertStore>,
    today: &str,
    mut progress: impl FnMut(usize, usize),
) -> Report {
    let mut observations = vec![];
    // Names are resolved through the scope's resolver in a later step of the scanner; until
    // then they are reported as not scanned, never guessed.
    for name in scope.domains.iter().chain(&scope.hosts) {
        observations.push(Observation {
            check: "scope".into(),
            asset: crate::model::Asset { name: name.clone(), value: AssetValue::Normal },
            outcome: Outcome::NotApplicable,
            detail: format!("not scanned: names are not resolved yet (resolver {})", scope.resolver),
            evidence: String::new(),
            from_banner: false,
        });
    }
    let ports: Vec<u16> = scope.ports.iter().copied().filter(|p| exposure::ports().contains(p)).collect();
    let targets: Vec<SocketAddr> =
        scope.addresses.iter().flat_map(|ip| ports.iter().map(move |p| SocketAddr::new(*ip, *p))).collect();
    let total = targets.len();
    let mut tasks = tokio::task::JoinSet::new();
    for addr in targets {
        let prober = prober.clone();
        tasks.spawn(async move { exposure::probe(&prober, &addr.ip().to_string(), addr, AssetValue::Normal).await });
    }
    // Web: the first plain and the first TLS web port of the scope, on every address.
    let http_port = [80, 8080].into_iter().find(|p| scope.ports.contains(p));
    let https_port = [443, 8443].into_iter().find(|p| scope.ports.contains(p));
    let mut web = tokio::task::JoinSet::new();
    if http_port.is_some() || https_port.is_some() {
        for ip in scope.addresses.clone() {
            let prober = prober.clone();
            let today = today.to_string();
            web.spawn(async move {
                crate::web::probe(&prober, ip, None, http_port, https_port, AssetValue::Normal, &today).await
            });
        }
    }
    for p in [443, 8443].into_iter().filter(|p| scope.ports.contains(p)) {
        for ip in scope.addresses.clone() {
            let prober = prober.clone();
            let roots = roots.clone();
            web.spawn(async move {
                let addr = SocketAddr::new(ip, p);
                let (mut o, mut f) = crate::tls::probe(&prober, roots, addr, &ip.to_string(), AssetValue::Normal).await;
                let (o2, f2) = crate::protocols::probe(&prober, addr, &ip.to_string(), AssetValue::Normal).await;
                o.extend(o2);
                f.extend(f2);
                (o, f)
            });
        }
    }
    for p in [25, 587].into_iter().filter(|p| scope.ports.contains(p)) {
        for ip in scope.addresses.clone() {
            let prober = prober.clone();
            web.spawn(async move {
                match crate::mail::probe(&prober, SocketAddr::new(ip, p), &ip.to_string(), AssetValue::High).await {
                    Some((o, f)) => (vec![o], f.into_iter().collect()),
                    None => (vec![], vec![]),
                }
            });
        }
    }
    let total = total + web.len();
    let mut findings = vec![];
    let mut done = 0;
    while let Some(r) = tasks.join_next().await {
        done += 1;
        progress(done, total);
        if let Ok((o, f)) = r {
            observations.push(o);
            findings.extend(f);
        }
    }
    while let Some(r) = web.join_next().await {
        done += 1;
        progress(done, total);
        if let Ok((o, f)) = r {
            observations.extend(o);
            findings.extend(f);
        }
    }
    observations.sort_by(|a, b| a.asset.name.cmp(&b.asset.name).then(a.check.cmp(&b.check)));
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.asset.name.cmp(&b.asset.name)));
    // Scored: every asset a check passed or failed on; inconclusive results never count.
    let checked: Vec<(Category, crate::model::Asset)> = observations
        .iter()
        .filter(|o| matches!(o.outcome, Outcome::Pass | Outcome::Fail))
        .map(|o| (Category::of_check(&o.check).unwrap_or(Category::Exposure), o.asset.clone()))
        .collect();
    let score = score::score(&checked, &findings);
    Report { model: score::MODEL_VERSION, observations, findings, score }
}
