//! DNSSEC, SPF and DMARC against a real authoritative server: BIND's `named` serving a fake
//! `test.` zone and its children, signed by BIND's own `dnssec-signzone` (Debian's bind9 and
//! bind9-utils), so the validator is checked against a signer it shares no code with.
//! DNSSEC variants: good, expired signatures, a record changed after signing, a parent DS
//! that matches no key, unsigned. Mail variants: good, permissive, missing, two SPF records.

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use tillit_scan::dns::Resolver;
use tillit_scan::model::Outcome;

/// named listens only on addresses its interfaces have (127.0.0.1 here, not all of
/// 127/8), so it gets a port of its own instead.
fn server() -> SocketAddr {
    SocketAddr::new(IpAddr::from([127, 0, 0, 1]), 20_000 + (std::process::id() % 20_000) as u16)
}

fn run(dir: &Path, cmd: &str, args: &[&str]) -> String {
    let o = Command::new(cmd)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} (Debian's bind9-utils): {e}"));
    assert!(o.status.success(), "{cmd} {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).to_string()
}

/// A child zone with its mail records: the apex TXT records and `_dmarc`'s.
fn child_zone(name: &str) -> String {
    let (spf, dmarc): (&[&str], &[&str]) = match name {
        "permissive.test" => (&["v=spf1 +all"], &["v=DMARC1; p=none"]),
        "missing.test" => (&[], &[]),
        "twospf.test" => (&["v=spf1 mx -all", "v=spf1 a -all"], &["v=DMARC1; p=quarantine"]),
        _ => (&["v=spf1 mx -all", "site-verification=4c1d"], &["v=DMARC1; p=reject; rua=mailto:d@example.test"]),
    };
    let mut z = String::from(
        "$TTL 300\n@ IN SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n@ IN NS ns.test.\n\
         @ IN A 127.0.6.10\nwww IN A 127.0.6.11\n",
    );
    spf.iter().for_each(|t| z.push_str(&format!("@ IN TXT \"{t}\"\n")));
    dmarc.iter().for_each(|t| z.push_str(&format!("_dmarc IN TXT \"{t}\"\n")));
    z
}

const SIGNED: [&str; 7] = ["good", "expired", "tampered", "dsmismatch", "permissive", "missing", "twospf"];

/// Signs `name` in `dir` with a fresh ECDSA P-256 key; returns the DS record line.
fn sign(dir: &Path, name: &str, window: Option<(&str, &str)>) -> String {
    std::fs::write(dir.join(format!("{name}.zone")), child_zone(name)).unwrap();
    // Published and active since 2019, so that even the 2020 signatures have a key.
    let since = ["-P", "20190101000000", "-A", "20190101000000"];
    let mut keygen = vec!["-q", "-K", ".", "-a", "ECDSAP256SHA256", "-f", "KSK", "-n", "ZONE"];
    keygen.extend(since);
    keygen.push(name);
    run(dir, "dnssec-keygen", &keygen);
    let mut args = vec!["-S", "-z", "-K", ".", "-d", ".", "-o", name, "-f"];
    let out = format!("{name}.signed");
    args.push(&out);
    if let Some((start, end)) = window {
        // -P: no check afterwards that the zone validates now (it is meant not to).
        args.extend(["-P", "-s", start, "-e", end]);
    }
    let input = format!("{name}.zone");
    args.push(&input);
    run(dir, "dnssec-signzone", &args);
    let ds = std::fs::read_to_string(dir.join(format!("dsset-{name}."))).unwrap();
    ds.lines().find(|l| l.contains(" DS ")).unwrap().to_string()
}

struct Named(std::process::Child);

impl Drop for Named {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start_named(dir: &Path) -> Named {
    let d = dir.display();
    let port = server().port();
    let mut conf = format!(
        "options {{ directory \"{d}\"; pid-file \"{d}/named.pid\"; session-keyfile \"{d}/session.key\";\n\
         managed-keys-directory \"{d}\"; listen-on port {port} {{ 127.0.0.1; }}; listen-on-v6 {{ none; }};\n\
         recursion no; dnssec-validation no; allow-transfer {{ none; }}; }};\n\
         controls {{ }};\n         zone \"test\" {{ type primary; file \"test.zone\"; }};\n"
    );
    for z in SIGNED.iter().chain(&["unsigned"]) {
        let file = if *z == "unsigned" { "unsigned.test.zone".to_string() } else { format!("{z}.test.signed") };
        conf.push_str(&format!("zone \"{z}.test\" {{ type primary; file \"{file}\"; }};\n"));
    }
    std::fs::write(dir.join("named.conf"), conf).unwrap();
    let child = Command::new("named")
        .args(["-g", "-n", "1", "-c"])
        .arg(dir.join("named.conf"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("named.log")).unwrap())
        .spawn()
        .expect("named (Debian's bind9)");
    let named = Named(child);
    let resolver = Resolver { server: server(), timeout: Duration::from_millis(300) };
    for _ in 0..100 {
        if resolver.ask("good.test", 6).await.is_ok() {
            return named;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("named never answered: {}", std::fs::read_to_string(dir.join("named.log")).unwrap_or_default());
}

#[tokio::test]
async fn signed_zones_validate_and_every_kind_of_bogus_is_found() {
    let dir = std::env::temp_dir().join(format!("tillit-scan-dnssec-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let good = sign(&dir, "good.test", None);
    let expired = sign(&dir, "expired.test", Some(("20200101000000", "20200201000000")));
    let tampered = sign(&dir, "tampered.test", None);
    let signed = dir.join("tampered.test.signed");
    let text = std::fs::read_to_string(&signed).unwrap();
    assert!(text.contains("v=spf1 mx -all"), "{text}");
    std::fs::write(&signed, text.replace("v=spf1 mx -all", "v=spf1 +all")).unwrap();
    let right = sign(&dir, "dsmismatch.test", None);
    // The parent's DS names the right key but carries another digest (a botched rollover).
    let last = right.chars().last().unwrap();
    let wrong = format!("{}{}", &right[..right.len() - 1], if last == '0' { '1' } else { '0' });
    std::fs::write(dir.join("unsigned.test.zone"), child_zone("unsigned.test")).unwrap();
    let mail: Vec<String> =
        ["permissive", "missing", "twospf"].iter().map(|z| sign(&dir, &format!("{z}.test"), None)).collect();
    let mut parent = String::from(
        "$TTL 300\n@ IN SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n@ IN NS ns.test.\nns IN A 127.0.0.1\n",
    );
    for z in SIGNED.iter().chain(&["unsigned"]) {
        parent.push_str(&format!("{z} IN NS ns.test.\n"));
    }
    for ds in [&good, &expired, &tampered, &wrong].into_iter().chain(&mail) {
        parent.push_str(ds);
        parent.push('\n');
    }
    std::fs::write(dir.join("test.zone"), parent).unwrap();
    let _named = start_named(&dir).await;

    let resolver = Resolver { server: server(), timeout: Duration::from_secs(2) };
    // dnssec-signzone dated the signatures by the machine's clock, so the scan reads it too.
    #[allow(clippy::disallowed_methods)]
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let judged = |obs: &[tillit_scan::model::Observation], check: &str| {
        obs.iter().find(|o| o.check == check).map(|o| (o.outcome, o.detail.clone())).unwrap()
    };
    let (obs, findings) = tillit_scan::zone_checks::dnssec(&resolver, "good.test", now).await;
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(judged(&obs, "dns.dnssec-bogus").0, Outcome::Pass, "{obs:?}");
    assert_eq!(judged(&obs, "dns.dnssec-absent").0, Outcome::Pass);
    // The key tag tillit computes is the one BIND wrote into the DS record.
    let words: Vec<&str> = good.split_whitespace().collect();
    let tag = words[words.iter().position(|w| *w == "DS").unwrap() + 1];
    let bogus = obs.iter().find(|o| o.check == "dns.dnssec-bogus").unwrap();
    assert!(bogus.evidence.contains(&format!("tags [{tag}]")), "{} vs {good}", bogus.evidence);

    let (obs, _) = tillit_scan::zone_checks::dnssec(&resolver, "expired.test", now).await;
    let (o, d) = judged(&obs, "dns.dnssec-bogus");
    assert_eq!(o, Outcome::Fail, "{d}");
    assert!(d.contains("expired"), "{d}");
    // In February 2020 the same signatures were good: the verdict follows the scan's time.
    let (obs, _) = tillit_scan::zone_checks::dnssec(&resolver, "expired.test", 1_580_000_000).await;
    assert_eq!(judged(&obs, "dns.dnssec-bogus").0, Outcome::Pass, "{obs:?}");

    let (obs, _) = tillit_scan::zone_checks::dnssec(&resolver, "tampered.test", now).await;
    let (o, d) = judged(&obs, "dns.dnssec-bogus");
    assert_eq!(o, Outcome::Fail);
    assert!(d.contains("does not verify") && d.contains("type 16"), "{d}");

    let (obs, _) = tillit_scan::zone_checks::dnssec(&resolver, "dsmismatch.test", now).await;
    let (o, d) = judged(&obs, "dns.dnssec-bogus");
    assert_eq!(o, Outcome::Fail);
    assert!(d.contains("DS"), "{d}");

    let (obs, findings) = tillit_scan::zone_checks::dnssec(&resolver, "unsigned.test", now).await;
    assert_eq!(judged(&obs, "dns.dnssec-absent").0, Outcome::Fail);
    assert_eq!(judged(&obs, "dns.dnssec-bogus").0, Outcome::NotApplicable);
    assert_eq!(findings.len(), 1, "absent, not bogus: {findings:?}");

    // Mail records through the same server: the signed zones validate, their SPF and DMARC
    // are judged on their own.
    let mail = |domain: &'static str| async move {
        let (obs, findings) = tillit_scan::zone_checks::mail_records(&resolver, domain).await;
        let (dnssec, _) = tillit_scan::zone_checks::dnssec(&resolver, domain, now).await;
        assert_eq!(judged(&dnssec, "dns.dnssec-bogus").0, Outcome::Pass, "{domain}: {dnssec:?}");
        let mut failed: Vec<String> = findings.iter().map(|f| f.check.clone()).collect();
        failed.sort();
        (failed, obs)
    };
    let (failed, obs) = mail("good.test").await;
    assert!(failed.is_empty(), "{failed:?} {obs:?}");
    assert_eq!(mail("permissive.test").await.0, ["mail.dmarc-not-enforcing", "mail.spf-permissive"]);
    assert_eq!(mail("missing.test").await.0, ["mail.dmarc-missing", "mail.spf-missing"]);
    assert_eq!(mail("twospf.test").await.0, ["mail.spf-invalid"]);
    let _ = std::fs::remove_dir_all(&dir);
}
