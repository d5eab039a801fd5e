//! A scan from scope to report: names resolved through the scope's resolver, every target
//! address checked against the allowlist, every port of the scope probed with bounded
//! concurrency, the domains' mail and DNS records judged, and the score over what was seen.

use crate::dns::Resolver;
use crate::exposure;
use crate::model::{Asset, AssetValue, Category, Finding, Observation, Outcome};
use crate::probe::Prober;
use crate::scope::Scope;
use crate::score::{self, Score};
use serde::Serialize;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use tokio_rustls::rustls::RootCertStore;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub model: &'static str,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
    /// Every TLS endpoint as seen: protocol versions with their accepted suites, and the certificate.
    pub tls: Vec<TlsEndpoint>,
    pub score: Score,
}

#[derive(Debug, Clone, Serialize)]
pub struct TlsEndpoint {
    /// `www.example.no:443`, as the asset is named in observations and findings.
    pub asset: String,
    pub address: SocketAddr,
    pub protocols: Vec<crate::protocols::ProtocolSupport>,
    pub certificate: Option<crate::tls::CertificateInfo>,
}

type Probed = (Vec<Observation>, Vec<Finding>, Option<TlsEndpoint>);

/// Runs the scan. `roots` is the trust store certificate chains are judged against,
/// `now` (Unix seconds, from the caller's clock) is when certificates are judged and what
/// dates the end-of-life table;
/// `progress(done, total)` is called as probes finish.
pub async fn run(
    scope: &Scope,
    prober: &Prober,
    roots: Arc<RootCertStore>,
    now: i64,
    mut progress: impl FnMut(usize, usize),
) -> Report {
    let today = tillit_domain::platform::local_time::format_local(now).chars().take(10).collect::<String>();
    let resolver = Resolver { server: scope.resolver, timeout: prober.limits.read_timeout };
    let mut observations = vec![];
    // Every target: an address with the name it is scanned under (the name for SNI and
    // certificate checks, the address itself when the scope lists an address).
    let mut hosts: Vec<(IpAddr, String, AssetValue)> =
        scope.addresses.iter().map(|ip| (*ip, ip.to_string(), AssetValue::Normal)).collect();
    let mut tasks: tokio::task::JoinSet<Probed> = tokio::task::JoinSet::new();
    for name in scope.domains.iter().chain(&scope.hosts) {
        match resolver.addresses(name).await {
            Ok(ips) if !ips.is_empty() => {
                for ip in ips {
                    if !hosts.iter().any(|(i, n, _)| *i == ip && n == name) {
                        hosts.push((ip, name.clone(), AssetValue::Normal));
                    }
                }
            }
            r => observations.push(Observation {
                check: "scope".into(),
                asset: Asset { name: name.clone(), value: AssetValue::Normal },
                outcome: if matches!(r, Err(crate::dns::DnsError::Timeout)) {
                    Outcome::Inconclusive
                } else {
                    Outcome::NotApplicable
                },
                detail: match r {
                    Ok(_) => "the name has no addresses".to_string(),
                    Err(e) => format!("not resolved: {e}"),
                },
                evidence: String::new(),
                from_banner: false,
            }),
        }
        let name = name.clone();
        tasks.spawn(async move {
            let (o, f) = crate::zone_checks::dangling_cname(&resolver, &name).await;
            (o, f, None)
        });
    }
    for domain in &scope.domains {
        let domain = domain.clone();
        let p = prober.clone();
        tasks.spawn(async move {
            let (mut o, mut f) = crate::zone_checks::mail_records(&resolver, &domain).await;
            let (o2, f2) = crate::zone_checks::zone_transfer(&resolver, &p, &domain).await;
            let (o3, f3) = crate::zone_checks::dnssec(&resolver, &domain, now).await;
            o.extend(o2.into_iter().chain(o3));
            f.extend(f2.into_iter().chain(f3));
            (o, f, None)
        });
    }
    let ports: Vec<u16> = scope.ports.iter().copied().filter(|p| exposure::ports().contains(p)).collect();
    let http_port = [80, 8080].into_iter().find(|p| scope.ports.contains(p));
    let https_port = [443, 8443].into_iter().find(|p| scope.ports.contains(p));
    for (ip, label, value) in hosts {
        for p in &ports {
            let (prober, label, addr) = (prober.clone(), label.clone(), SocketAddr::new(ip, *p));
            tasks.spawn(async move {
                let (o, f) = exposure::probe(&prober, &label, addr, value).await;
                (vec![o], f.into_iter().collect(), None)
            });
        }
        if http_port.is_some() || https_port.is_some() {
            let (prober, label, today) = (prober.clone(), label.clone(), today.to_string());
            let name = label.parse::<IpAddr>().is_err().then_some(label.clone());
            tasks.spawn(async move {
                let (o, f) =
                    crate::web::probe(&prober, ip, name.as_deref(), http_port, https_port, value, &today).await;
                (o, f, None)
            });
        }
        for p in [443, 8443].into_iter().filter(|p| scope.ports.contains(p)) {
            let (prober, label, roots) = (prober.clone(), label.clone(), roots.clone());
            tasks.spawn(async move {
                let addr = SocketAddr::new(ip, p);
                let ((mut o, mut f, certificate), (o2, f2, protocols)) = tokio::join!(
                    crate::tls::probe(&prober, roots, addr, &label, value, now),
                    crate::protocols::probe(&prober, addr, &label, value)
                );
                o.extend(o2);
                f.extend(f2);
                let seen = certificate.is_some() || !protocols.is_empty();
                let endpoint =
                    seen.then(|| TlsEndpoint { asset: format!("{label}:{p}"), address: addr, protocols, certificate });
                (o, f, endpoint)
            });
        }
        for p in [25, 587].into_iter().filter(|p| scope.ports.contains(p)) {
            let (prober, label) = (prober.clone(), label.clone());
            tasks.spawn(async move {
                match crate::mail::probe(&prober, SocketAddr::new(ip, p), &label, AssetValue::High).await {
                    Some((o, f)) => (vec![o], f.into_iter().collect(), None),
                    None => (vec![], vec![], None),
                }
            });
        }
    }
    let total = tasks.len();
    let mut findings = vec![];
    let mut tls = vec![];
    let mut done = 0;
    while let Some(r) = tasks.join_next().await {
        done += 1;
        progress(done, total);
        if let Ok((o, f, t)) = r {
            observations.extend(o);
            findings.extend(f);
            tls.extend(t);
        }
    }
    // What the scope declares an asset worth overrides what the scan assumed.
    let declared = |asset: &mut Asset| {
        let host =
            asset.name.rsplit_once(':').filter(|(_, p)| p.parse::<u16>().is_ok()).map_or(&*asset.name, |(h, _)| h);
        if let Some((_, v)) = scope.values.iter().find(|(n, _)| n == host.trim_start_matches('[').trim_end_matches(']'))
        {
            asset.value = *v;
        }
    };
    observations.iter_mut().for_each(|o| declared(&mut o.asset));
    findings.iter_mut().for_each(|f| declared(&mut f.asset));
    tls.sort_by(|a, b| a.asset.cmp(&b.asset));
    observations.sort_by(|a, b| a.asset.name.cmp(&b.asset.name).then(a.check.cmp(&b.check)));
    findings
        .sort_by(|a, b| b.severity.cmp(&a.severity).then(a.asset.name.cmp(&b.asset.name)).then(a.check.cmp(&b.check)));
    // Scored: every asset a check passed or failed on; inconclusive results never count.
    let checked: Vec<(Category, Asset)> = observations
        .iter()
        .filter(|o| matches!(o.outcome, Outcome::Pass | Outcome::Fail))
        .filter_map(|o| Category::of_check(&o.check).map(|c| (c, o.asset.clone())))
        .collect();
    let score = score::score(&checked, &findings);
    Report { model: score::MODEL_VERSION, observations, findings, tls, score }
}
