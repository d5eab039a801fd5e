//! Scanner benchmark (issue 5): `tillit scan` against sslyze on the same real TLS endpoints
//! (`fixtures.rs`), doing the same work: protocol versions, accepted cipher suites per
//! version, and the certificate against the fixture CA. First the correctness gate
//! (`compare.rs`), then wall time, CPU time and peak memory of each, measured by GNU time
//! around the whole process, alternating which runs first.
//!
//! cargo run --release -p tillit-bench -- scan [endpoints] [runs]   (see bench/scan/run)

mod compare;
mod fixtures;

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Clone, Copy)]
struct Usage {
    wall: f64,
    cpu: f64,
    peak_mib: f64,
}

/// Runs `cmd` under GNU time and reads wall, user+system and peak resident memory.
fn measured(dir: &Path, label: &str, cmd: &mut Command) -> Usage {
    let out = dir.join(format!("{label}.time"));
    let prog = cmd.get_program().to_owned();
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %U %S %M")
        .arg("-o")
        .arg(&out)
        .arg(prog)
        .args(args)
        .current_dir(dir)
        .stdout(std::fs::File::create(dir.join(format!("{label}.stdout"))).expect("stdout file"))
        .stderr(std::fs::File::create(dir.join(format!("{label}.stderr"))).expect("stderr file"))
        .status()
        .expect("GNU time (Debian package time)");
    assert!(status.success(), "{label} failed: see {}", dir.join(format!("{label}.stderr")).display());
    let t = std::fs::read_to_string(&out).expect("time output");
    let f: Vec<f64> = t.lines().last().unwrap_or("").split_whitespace().filter_map(|x| x.parse().ok()).collect();
    assert_eq!(f.len(), 4, "time output: {t}");
    Usage { wall: f[0], cpu: f[1] + f[2], peak_mib: f[3] / 1024.0 }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

pub async fn run(args: &[String]) {
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(200);
    let runs: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let exe = std::env::current_exe().expect("own path");
    let tillit = std::env::var_os("TILLIT_BIN").map(PathBuf::from).unwrap_or_else(|| exe.with_file_name("tillit"));
    let sslyze = std::env::var_os("SSLYZE_BIN").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("sslyze"));
    let dir = std::env::temp_dir().join(format!("tillit-bench-scan-{}", std::process::id()));
    let fx = fixtures::start(&dir, n).await;
    let scope = serde_json::json!({
        "hosts": fx.endpoints.iter().map(|e| e.name.clone()).collect::<Vec<_>>(),
        "ports": [443],
        "resolver": fx.resolver.to_string(),
    });
    std::fs::write(dir.join("scope.json"), scope.to_string()).expect("scope");
    let targets: Vec<String> = fx.endpoints.iter().map(|e| format!("{}:443{{{}}}", e.name, e.addr.ip())).collect();
    std::fs::write(dir.join("targets.txt"), targets.join("\n") + "\n").expect("targets");
    println!("{n} endpoints up in {}; {runs} runs each, alternating which goes first", dir.display());

    let tillit_cmd = || {
        let mut c = Command::new(&tillit);
        c.args(["scan", "scope.json", "--json", "--targets", "test", "--trust-store", "ca.pem"]);
        c
    };
    let sslyze_cmd = || {
        let mut c = Command::new(&sslyze);
        c.args(["--targets_in", "targets.txt", "--sslv2", "--sslv3", "--tlsv1", "--tlsv1_1", "--tlsv1_2", "--tlsv1_3"]);
        c.args(["--certinfo", "--certinfo_ca_file", "ca.pem", "--json_out", "sslyze.json", "--quiet"]);
        c
    };
    let (mut t_runs, mut s_runs) = (vec![], vec![]);
    for r in 0..runs {
        let tillit_first = r % 2 == 0;
        for which in if tillit_first { ["tillit", "sslyze"] } else { ["sslyze", "tillit"] } {
            let dir = fx.dir.clone();
            let mut cmd = if which == "tillit" { tillit_cmd() } else { sslyze_cmd() };
            // The endpoints are served by this process's runtime: the tool runs on another thread.
            let u = tokio::task::spawn_blocking(move || measured(&dir, which, &mut cmd));
            let u = u.await.expect("measured run");
            // Kept per run: a slow run is explained by what its report says.
            let report = if which == "tillit" { "tillit.stdout" } else { "sslyze.json" };
            let _ = std::fs::copy(fx.dir.join(report), fx.dir.join(format!("run{r}-{report}")));
            let note = if which == "tillit" {
                let t = std::fs::read_to_string(fx.dir.join(report)).unwrap_or_default();
                format!("  ({} inconclusive observations)", t.matches("\"inconclusive\"").count())
            } else {
                String::new()
            };
            println!(
                "run {r} {which:<6} wall {:>7.2} s  cpu {:>7.2} s  peak {:>7.1} MiB{note}",
                u.wall, u.cpu, u.peak_mib
            );
            if which == "tillit" { t_runs.push(u) } else { s_runs.push(u) }
        }
        if r == 0 {
            let tillit_json = std::fs::read(fx.dir.join("tillit.stdout")).expect("tillit report");
            let sslyze_json = std::fs::read(fx.dir.join("sslyze.json")).expect("sslyze report");
            let gate = compare::gate(&fx.endpoints, &tillit_json, &sslyze_json);
            println!("{gate}");
        }
    }
    let m = |v: &[Usage], f: fn(&Usage) -> f64| median(v.iter().map(f).collect());
    let (tw, sw) = (m(&t_runs, |u| u.wall), m(&s_runs, |u| u.wall));
    let (tc, sc) = (m(&t_runs, |u| u.cpu), m(&s_runs, |u| u.cpu));
    let (tm, sm) = (m(&t_runs, |u| u.peak_mib), m(&s_runs, |u| u.peak_mib));
    println!("\n| tool | wall (median) | endpoints/s | CPU (median) | peak memory (median) |");
    println!("|---|---|---|---|---|");
    println!("| tillit scan | {tw:.2} s | {:.1} | {tc:.2} s | {tm:.1} MiB |", n as f64 / tw);
    println!("| sslyze | {sw:.2} s | {:.1} | {sc:.2} s | {sm:.1} MiB |", n as f64 / sw);
    println!(
        "\nthroughput {:.1}× sslyze's, CPU {:.1}× less, memory {:.2} of sslyze's",
        sw / tw,
        sc / tc.max(0.001),
        tm / sm.max(0.001)
    );
    drop(fx);
    if std::env::var_os("KEEP_FIXTURES").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
