//! Names, SPF, DMARC and dangling CNAMEs against a small authoritative responder for a fake
//! `test.` zone on a loopback address, and a resolver that never answers.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tillit_scan::model::Outcome;
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::net::UdpSocket;

enum Rr {
    Dnskey,
    A([u8; 4]),
    Ns(&'static str),
    Txt(&'static str),
    Cname(&'static str),
}

fn encode_name(name: &str) -> Vec<u8> {
    let mut out = vec![];
    for l in name.split('.').filter(|l| !l.is_empty()) {
        out.push(l.len() as u8);
        out.extend_from_slice(l.as_bytes());
    }
    out.push(0);
    out
}

/// Answers from `zone` (name, type → records); unknown names are NXDOMAIN.
async fn responder(addr: SocketAddr, zone: Arc<HashMap<(&'static str, u16), Vec<Rr>>>) {
    let sock = UdpSocket::bind(addr).await.unwrap();
    tokio::spawn(async move {
        let mut buf = [0u8; 512];
        loop {
            let Ok((n, from)) = sock.recv_from(&mut buf).await else { return };
            let q = &buf[..n];
            let mut at = 12;
            let mut labels = vec![];
            while q[at] != 0 {
                let l = q[at] as usize;
                labels.push(String::from_utf8_lossy(&q[at + 1..at + 1 + l]).to_string());
                at += 1 + l;
            }
            let qtype = u16::from_be_bytes([q[at + 1], q[at + 2]]);
            let name = labels.join(".");
            let question_end = at + 5;
            let known = zone.keys().any(|(k, _)| *k == name);
            let answers: Vec<&Rr> =
                zone.iter().filter(|((k, t), _)| *k == name && *t == qtype).flat_map(|(_, v)| v.iter()).collect();
            let mut r = q[..question_end].to_vec();
            r[2] = 0x85; // response, authoritative, RD
            r[3] = if known { 0x80 } else { 0x83 };
            r[6..8].copy_from_slice(&(answers.len() as u16).to_be_bytes());
            r[10..12].copy_from_slice(&[0, 0]); // the question's OPT record is not echoed
            for a in answers {
                r.extend_from_slice(&[0xc0, 12]);
                let (t, data) = match a {
                    Rr::A(ip) => (1u16, ip.to_vec()),
                    Rr::Txt(s) => (16, [vec![s.len() as u8], s.as_bytes().to_vec()].concat()),
                    Rr::Cname(c) => (5, encode_name(c)),
                    Rr::Ns(c) => (2, encode_name(c)),
                    // A DNSKEY: flags 257 (KSK), protocol 3, algorithm 13, and a key.
                    Rr::Dnskey => (48, [vec![0x01, 0x01, 3, 13], vec![0x42; 64]].concat()),
                };
                r.extend_from_slice(&t.to_be_bytes());
                r.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
                r.extend_from_slice(&(data.len() as u16).to_be_bytes());
                r.extend_from_slice(&data);
            }
            let _ = sock.send_to(&r, from).await;
        }
    });
}

fn prober() -> Prober {
    Prober::new(
        Allowlist::TestOnly,
        Limits {
            read_timeout: Duration::from_millis(500),
            connect_timeout: Duration::from_millis(500),
            ..Limits::default()
        },
    )
}

#[tokio::test]
async fn spf_dmarc_and_dangling_cnames_are_judged_from_the_zone() {
    let dns = SocketAddr::new(IpAddr::from([127, 0, 5, 1]), 53);
    let mut z: HashMap<(&'static str, u16), Vec<Rr>> = HashMap::new();
    z.insert(("good.test", 1), vec![Rr::A([127, 0, 5, 10])]);
    z.insert(("good.test", 16), vec![Rr::Txt("v=spf1 mx -all")]);
    z.insert(("good.test", 48), vec![Rr::Dnskey]);
    z.insert(("_dmarc.good.test", 16), vec![Rr::Txt("v=DMARC1; p=reject")]);
    z.insert(("bad.test", 1), vec![Rr::A([127, 0, 5, 11])]);
    z.insert(("bad.test", 16), vec![Rr::Txt("v=spf1 +all")]);
    z.insert(("_dmarc.bad.test", 16), vec![Rr::Txt("v=DMARC1; p=none")]);
    z.insert(("old.bad.test", 5), vec![Rr::Cname("gone.cloudapp.test")]);
    z.insert(("www.good.test", 5), vec![Rr::Cname("good.test")]);
    responder(dns, Arc::new(z)).await;
    let scope = format!(
        r#"{{"domains": ["good.test", "bad.test"], "hosts": ["old.bad.test", "www.good.test"], "ports": [6379], "resolver": "{dns}"}}"#
    );
    let scope = tillit_scan::scope::parse(scope.as_bytes()).unwrap();
    let roots = Arc::new(tokio_rustls::rustls::RootCertStore::empty());
    let r = tillit_scan::report::run(&scope, &prober(), roots, 1_790_000_000, |_, _| {}).await;
    let failed = |asset: &str| {
        let mut v: Vec<&str> = r.findings.iter().filter(|f| f.asset.name == asset).map(|f| f.check.as_str()).collect();
        v.sort();
        v
    };
    // A DNSKEY without signatures: DNSSEC is present, and bogus.
    assert_eq!(failed("good.test"), vec!["dns.dnssec-bogus"], "{:?}", r.findings);
    let bogus = r.findings.iter().find(|f| f.check == "dns.dnssec-bogus").unwrap();
    assert!(bogus.detail.contains("no RRSIG"), "{}", bogus.detail);
    assert_eq!(failed("bad.test"), vec!["dns.dnssec-absent", "mail.dmarc-not-enforcing", "mail.spf-permissive"]);
    assert_eq!(failed("old.bad.test"), vec!["dns.dangling-cname"]);
    assert!(failed("www.good.test").is_empty());
    let spf = r.findings.iter().find(|f| f.check == "mail.spf-permissive").unwrap();
    assert_eq!(spf.evidence, "v=spf1 +all");
    // The domains' addresses were scanned under their names.
    assert!(r.observations.iter().any(|o| o.asset.name == "good.test:6379"));
}

#[tokio::test]
async fn a_resolver_that_never_answers_leaves_names_inconclusive_and_the_scan_goes_on() {
    let scope = tillit_scan::scope::parse(br#"{"hosts": ["www.example.test"], "addresses": ["127.0.5.20"], "ports": [6379], "resolver": "127.0.5.99:53"}"#).unwrap();
    let started = std::time::Instant::now();
    let r = tillit_scan::report::run(
        &scope,
        &prober(),
        Arc::new(tokio_rustls::rustls::RootCertStore::empty()),
        1_790_000_000,
        |_, _| {},
    )
    .await;
    assert!(started.elapsed() < Duration::from_secs(10));
    let name = r.observations.iter().find(|o| o.asset.name == "www.example.test" && o.check == "scope").unwrap();
    assert_eq!(name.outcome, Outcome::Inconclusive);
    assert!(name.detail.contains("did not answer"), "{}", name.detail);
    assert!(r.observations.iter().any(|o| o.asset.name == "127.0.5.20:6379"), "the address was still probed");
    assert!(r.findings.is_empty(), "silence is never a finding");
}

/// A name server on TCP that answers AXFR with the zone's SOA (open) or REFUSED.
async fn axfr_server(addr: SocketAddr, open: bool) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let l = tokio::net::TcpListener::bind(addr).await.unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let mut len = [0u8; 2];
                if s.read_exact(&mut len).await.is_err() {
                    return;
                }
                let mut q = vec![0u8; u16::from_be_bytes(len) as usize];
                if s.read_exact(&mut q).await.is_err() {
                    return;
                }
                let mut r = q.clone();
                r[2] = 0x84;
                r[3] = if open { 0x00 } else { 0x05 };
                if open {
                    r[6..8].copy_from_slice(&1u16.to_be_bytes());
                    r.extend_from_slice(&[0xc0, 12, 0, 6, 0, 1, 0, 0, 0, 60, 0, 22]);
                    r.extend_from_slice(&[2, b'n', b's', 0xc0, 12, 4, b'h', b'o', b's', b't', 0xc0, 12]);
                    r.extend_from_slice(&[0; 10]);
                }
                let mut framed = (r.len() as u16).to_be_bytes().to_vec();
                framed.extend_from_slice(&r);
                let _ = s.write_all(&framed).await;
            });
        }
    });
}

#[tokio::test]
async fn an_open_zone_transfer_is_a_finding_and_a_refused_one_passes() {
    let dns = SocketAddr::new(IpAddr::from([127, 0, 5, 30]), 53);
    let mut z: HashMap<(&'static str, u16), Vec<Rr>> = HashMap::new();
    z.insert(("open.test", 2), vec![Rr::Ns("ns1.open.test")]);
    z.insert(("ns1.open.test", 1), vec![Rr::A([127, 0, 5, 31])]);
    z.insert(("closed.test", 2), vec![Rr::Ns("ns1.closed.test")]);
    z.insert(("ns1.closed.test", 1), vec![Rr::A([127, 0, 5, 32])]);
    responder(dns, Arc::new(z)).await;
    axfr_server(SocketAddr::new(IpAddr::from([127, 0, 5, 31]), 53), true).await;
    axfr_server(SocketAddr::new(IpAddr::from([127, 0, 5, 32]), 53), false).await;
    let resolver = tillit_scan::dns::Resolver { server: dns, timeout: Duration::from_millis(500) };
    let (_, open) = tillit_scan::zone_checks::zone_transfer(&resolver, &prober(), "open.test").await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].check, "dns.open-zone-transfer");
    assert_eq!(open[0].asset.name, "ns1.open.test:53");
    let (obs, closed) = tillit_scan::zone_checks::zone_transfer(&resolver, &prober(), "closed.test").await;
    assert!(closed.is_empty());
    assert_eq!(obs[0].outcome, Outcome::Pass);
}
