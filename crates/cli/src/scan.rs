//! `tillit scan SCOPE.json`: the external scan of a supplier's declared scope, as JSON or a
//! table, with a progress bar on standard error.

use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;

#[derive(Args)]
pub struct ScanArgs {
    /// The scope: {"domains": [...], "hosts": [...], "addresses": [...], "ports": [...], "resolver": "..."}.
    scope: PathBuf,
    /// Write the report as JSON (documented in docs/scoring.md) instead of a table.
    #[arg(long)]
    json: bool,
    /// Which addresses may be reached: public (real scans) or test (127.0.0.0/8, ::1, 2001:db8::/32).
    #[arg(long, value_enum, default_value = "public")]
    targets: Targets,
    /// Probes at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// New connections per second to one address, at most.
    #[arg(long, default_value_t = 200)]
    rate: u32,
    /// The CA certificates (PEM) chains are judged against. Default: the system's store.
    #[arg(long, default_value = "/etc/ssl/certs/ca-certificates.crt")]
    trust_store: PathBuf,
    /// Seconds to wait for a connection or an answer.
    #[arg(long, default_value_t = 3)]
    timeout: u64,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Targets {
    Public,
    Test,
}

pub async fn run(a: ScanArgs, progress: impl FnMut(usize, usize)) -> Result<ExitCode, String> {
    let bytes = std::fs::read(&a.scope).map_err(|e| format!("cannot read {}: {e}", a.scope.display()))?;
    let scope = match tillit_scan::scope::parse(&bytes) {
        Ok(s) => s,
        Err(problems) => {
            for p in problems {
                eprintln!("{}: {p}", a.scope.display());
            }
            return Ok(ExitCode::from(2));
        }
    };
    let allowlist = match a.targets {
        Targets::Public => Allowlist::PublicOnly,
        Targets::Test => Allowlist::TestOnly,
    };
    let t = std::time::Duration::from_secs(a.timeout.clamp(1, 60));
    let limits = Limits {
        connect_timeout: t,
        read_timeout: t,
        concurrency: a.concurrency.clamp(1, 512),
        per_host_rate: a.rate.clamp(1, 10_000),
        ..Limits::default()
    };
    let pem = std::fs::read(&a.trust_store)
        .map_err(|e| format!("cannot read the trust store {}: {e}", a.trust_store.display()))?;
    let roots = std::sync::Arc::new(
        tillit_scan::tls::trust_store_from_pem(&pem).map_err(|e| format!("{}: {e}", a.trust_store.display()))?,
    );
    let report = tillit_scan::report::run(&scope, &Prober::new(allowlist, limits), roots, now(), progress).await;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    let s = &report.score;
    println!(
        "score {:.1} grade {}{}  (model {})",
        s.overall,
        s.grade.as_str(),
        if s.capped { ", capped by a critical finding" } else { "" },
        s.model
    );
    for c in &s.categories {
        println!("  {:<10} {:>5.1} {}  ({} assets)", c.category.as_str(), c.score, c.grade.as_str(), c.assets);
    }
    for t in &report.tls {
        let versions: Vec<String> = t
            .protocols
            .iter()
            .filter(|p| p.accepted == Some(true))
            .map(|p| {
                if p.suites.is_empty() {
                    p.version.clone()
                } else {
                    format!("{} ({} suites)", p.version, p.suites.len())
                }
            })
            .collect();
        println!("tls {:<32} {}", t.asset, versions.join(", "));
        if let Some(c) = &t.certificate {
            println!(
                "    certificate {} until {}, {}, {}: {}",
                c.subject, c.not_after, c.key, c.signature, c.verification
            );
        }
    }
    if report.findings.is_empty() {
        println!("no findings");
    }
    for f in &report.findings {
        println!("{:<8} {:<38} {:<24} {}", format!("{:?}", f.severity).to_lowercase(), f.check, f.asset.name, f.detail);
        println!("         evidence: {}", f.evidence);
    }
    for l in &s.lost {
        println!("  -{:.2} points: {} on {}", l.of_overall, l.check, l.asset);
    }
    let skipped = report.observations.iter().filter(|o| o.outcome == tillit_scan::model::Outcome::Inconclusive).count();
    if skipped > 0 {
        println!("{skipped} probes were inconclusive (no answer in time) and count for nothing");
    }
    Ok(ExitCode::SUCCESS)
}

/// The scan's time: the command line is where the clock is read.
fn now() -> i64 {
    use tillit_domain::Clock;
    tillit_app::SystemClock.now().0
}
