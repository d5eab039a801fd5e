//! Checks of a domain's DNS records: SPF missing, invalid or permissive; DMARC missing or
//! not enforcing; a CNAME that points at a name that does not exist (dangling, so anyone
//! who registers the target serves content under the supplier's name).

use crate::dns::{self, AXFR, CNAME, DNSKEY, Data, DnsError, NS, Resolver};
use crate::model::{Asset, AssetValue, Category, Finding, Observation, Outcome, Severity};
use crate::probe::{ProbeError, Prober};
use std::net::SocketAddr;

pub const SPF_MISSING: (&str, Severity) = ("mail.spf-missing", Severity::Medium);
pub const SPF_INVALID: (&str, Severity) = ("mail.spf-invalid", Severity::Medium);
pub const SPF_PERMISSIVE: (&str, Severity) = ("mail.spf-permissive", Severity::High);
pub const DMARC_MISSING: (&str, Severity) = ("mail.dmarc-missing", Severity::Medium);
pub const DMARC_NOT_ENFORCING: (&str, Severity) = ("mail.dmarc-not-enforcing", Severity::Medium);
pub const DANGLING_CNAME: (&str, Severity) = ("dns.dangling-cname", Severity::High);
pub const OPEN_AXFR: (&str, Severity) = ("dns.open-zone-transfer", Severity::High);
pub const DNSSEC_ABSENT: (&str, Severity) = ("dns.dnssec-absent", Severity::Low);
pub const DNSSEC_BOGUS: (&str, Severity) = ("dns.dnssec-bogus", Severity::High);

const SOA: u16 = 6;

/// Judges a domain's TXT records for SPF: None passes, Some((check, why)) fails.
pub fn judge_spf(txt: &[String]) -> Option<((&'static str, Severity), String)> {
    let spf: Vec<&String> = txt.iter().filter(|t| t.to_ascii_lowercase().starts_with("v=spf1")).collect();
    match spf.as_slice() {
        [] => Some((SPF_MISSING, "no SPF record".into())),
        [one] => {
            let terms: Vec<String> = one.split_whitespace().skip(1).map(str::to_ascii_lowercase).collect();
            if terms.iter().any(|t| t == "+all" || t == "all" || t == "?all") {
                Some((SPF_PERMISSIVE, "SPF lets any server send mail for the domain".into()))
            } else if !terms.iter().any(|t| t.ends_with("all") || t.starts_with("redirect=")) {
                Some((SPF_PERMISSIVE, "SPF ends without an `all` term, so any other server is neutral".into()))
            } else {
                None
            }
        }
        _ => Some((SPF_INVALID, "more than one SPF record (receivers must treat this as an error)".into())),
    }
}

/// Judges `_dmarc.<domain>` TXT records.
pub fn judge_dmarc(txt: &[String]) -> Option<((&'static str, Severity), String)> {
    let Some(d) = txt.iter().find(|t| t.to_ascii_lowercase().starts_with("v=dmarc1")) else {
        return Some((DMARC_MISSING, "no DMARC record".into()));
    };
    let policy = d
        .split(';')
        .map(str::trim)
        .find_map(|t| t.to_ascii_lowercase().strip_prefix("p=").map(str::to_string))
        .unwrap_or_default();
    match policy.as_str() {
        "quarantine" | "reject" => None,
        _ => Some((DMARC_NOT_ENFORCING, format!("DMARC policy p={policy} does not stop forged mail"))),
    }
}

fn observe(
    check: (&'static str, Severity),
    category: Category,
    asset: &Asset,
    result: Result<Option<String>, DnsError>,
    evidence: String,
    out: &mut (Vec<Observation>, Vec<Finding>),
) {
    let (outcome, detail) = match result {
        Ok(None) => (Outcome::Pass, "ok".to_string()),
        Ok(Some(why)) => (Outcome::Fail, why),
        Err(e) => (Outcome::Inconclusive, e.to_string()),
    };
    if outcome == Outcome::Fail {
        out.1.push(Finding {
            check: check.0.into(),
            category,
            severity: check.1,
            asset: asset.clone(),
            detail: detail.clone(),
            evidence: evidence.clone(),
            from_banner: false,
        });
    }
    out.0.push(Observation {
        check: check.0.into(),
        asset: asset.clone(),
        outcome,
        detail,
        evidence,
        from_banner: false,
    });
}

/// SPF and DMARC of a domain.
pub async fn mail_records(resolver: &Resolver, domain: &str) -> (Vec<Observation>, Vec<Finding>) {
    let asset = Asset { name: domain.to_string(), value: AssetValue::High };
    let mut out = (vec![], vec![]);
    // A missing TXT set is an answer (no records), not an error.
    let txt = |r: Result<Vec<String>, DnsError>| match r {
        Err(DnsError::NoSuchName) => Ok(vec![]),
        r => r,
    };
    let spf = txt(resolver.txt(domain).await);
    let evidence = spf
        .as_ref()
        .map(|t| {
            t.iter().filter(|x| x.to_ascii_lowercase().starts_with("v=spf1")).cloned().collect::<Vec<_>>().join(" | ")
        })
        .unwrap_or_default();
    let verdict = spf.map(|t| judge_spf(&t));
    let check = verdict.as_ref().ok().and_then(|v| v.as_ref().map(|(c, _)| *c)).unwrap_or(SPF_MISSING);
    observe(check, Category::Mail, &asset, verdict.map(|v| v.map(|(_, w)| w)), evidence, &mut out);
    let dmarc = txt(resolver.txt(&format!("_dmarc.{domain}")).await);
    let evidence = dmarc.as_ref().map(|t| t.join(" | ")).unwrap_or_default();
    let verdict = dmarc.map(|t| judge_dmarc(&t));
    let check = verdict.as_ref().ok().and_then(|v| v.as_ref().map(|(c, _)| *c)).unwrap_or(DMARC_MISSING);
    observe(check, Category::Mail, &asset, verdict.map(|v| v.map(|(_, w)| w)), evidence, &mut out);
    (out.0, out.1)
}

/// A host name whose CNAME points at a name that does not exist.
pub async fn dangling_cname(resolver: &Resolver, host: &str) -> (Vec<Observation>, Vec<Finding>) {
    let asset = Asset { name: host.to_string(), value: AssetValue::Normal };
    let mut out = (vec![], vec![]);
    let target = match resolver.ask(host, CNAME).await {
        Ok(rs) => rs.into_iter().find_map(|d| if let Data::Cname(t) = d { Some(t) } else { None }),
        Err(DnsError::NoSuchName) => None,
        Err(e) => {
            observe(DANGLING_CNAME, Category::Dns, &asset, Err(e), String::new(), &mut out);
            return out;
        }
    };
    let Some(target) = target else { return out };
    let result = match resolver.addresses(&target).await {
        Err(DnsError::NoSuchName) => Ok(Some(format!("the CNAME points at {target}, which does not exist"))),
        Ok(_) => Ok(None),
        Err(e) => Err(e),
    };
    observe(DANGLING_CNAME, Category::Dns, &asset, result, format!("{host} CNAME {target}"), &mut out);
    out
}

/// DNSSEC absent: the zone publishes no DNSKEY record, so answers about it cannot be
/// validated. (Whether published signatures validate, "bogus", is not judged yet.)
pub async fn dnssec(resolver: &Resolver, domain: &str, now: i64) -> (Vec<Observation>, Vec<Finding>) {
    let asset = Asset { name: domain.to_string(), value: AssetValue::Normal };
    let mut out = (vec![], vec![]);
    let zone = domain.trim_end_matches('.').to_ascii_lowercase();
    let dnskeys = resolver.ask_signed(domain, DNSKEY).await;
    let keys: Vec<Vec<u8>> = match &dnskeys {
        Ok(rs) => rs.iter().filter(|r| r.rtype == DNSKEY && r.name == zone).map(|r| r.rdata.clone()).collect(),
        Err(_) => vec![],
    };
    let absent = match &dnskeys {
        Ok(_) if !keys.is_empty() => Ok(None),
        Ok(_) | Err(DnsError::NoSuchName) => Ok(Some("the zone publishes no DNSKEY: DNSSEC is not in use".to_string())),
        Err(e) => Err(e.clone()),
    };
    observe(DNSSEC_ABSENT, Category::Dns, &asset, absent, format!("{domain} DNSKEY"), &mut out);
    let Ok(dnskeys) = dnskeys else { return out };
    if keys.is_empty() {
        out.0.push(Observation {
            check: DNSSEC_BOGUS.0.into(),
            asset,
            outcome: Outcome::NotApplicable,
            detail: "not signed".into(),
            evidence: String::new(),
            from_banner: false,
        });
        return out;
    }
    let (verdict, evidence) = bogus(resolver, &zone, &dnskeys, &keys, now).await;
    observe(DNSSEC_BOGUS, Category::Dns, &asset, verdict, evidence, &mut out);
    out
}

/// The zone's keys, its SOA and its apex TXT records must validate, and the parent's DS
/// records, when it has any, must match a key. Ok(Some(why)) is bogus.
async fn bogus(
    resolver: &Resolver,
    zone: &str,
    dnskeys: &[crate::dnssec::Record],
    keys: &[Vec<u8>],
    now: i64,
) -> (Result<Option<String>, DnsError>, String) {
    use crate::dnssec::{DS, Problem, ds_matches, validate};
    let now = now.clamp(0, u32::MAX as i64) as u32;
    let evidence = format!(
        "{zone}: {} DNSKEY, tags {:?}",
        keys.len(),
        keys.iter().map(|k| crate::dnssec::key_tag(k)).collect::<Vec<_>>()
    );
    let mut sets = vec![(DNSKEY, dnskeys.to_vec())];
    for t in [SOA, dns::TXT] {
        match resolver.ask_signed(zone, t).await {
            Ok(rs) => sets.push((t, rs)),
            Err(e) => return (Err(e), evidence),
        }
    }
    for (t, records) in &sets {
        if *t == dns::TXT && !records.iter().any(|r| r.rtype == dns::TXT) {
            continue;
        }
        match validate(records, zone, *t, zone, keys, now) {
            Ok(()) => {}
            Err(Problem::Bogus(why)) => return (Ok(Some(why)), evidence),
            Err(Problem::Unsupported(a)) => {
                return (
                    Err(DnsError::Failed(format!("signed with algorithm {a}, which tillit does not verify"))),
                    evidence,
                );
            }
        }
    }
    let ds = match resolver.ask_signed(zone, DS).await {
        Ok(rs) => rs.into_iter().filter(|r| r.rtype == DS && r.name == zone).collect::<Vec<_>>(),
        Err(DnsError::NoSuchName) => vec![],
        Err(e) => return (Err(e), evidence),
    };
    let matched = ds.iter().any(|d| keys.iter().any(|k| ds_matches(zone, &d.rdata, k) == Some(true)));
    if !ds.is_empty() && !matched {
        return (
            Ok(Some(format!("none of the parent's {} DS records matches a DNSKEY of the zone", ds.len()))),
            evidence,
        );
    }
    (Ok(None), evidence)
}

/// Asks each of the domain's name servers for the whole zone (AXFR over TCP, the question
/// any secondary server asks). Answered with records: anyone can list every name in it.
pub async fn zone_transfer(resolver: &Resolver, prober: &Prober, domain: &str) -> (Vec<Observation>, Vec<Finding>) {
    let mut out = (vec![], vec![]);
    let servers = match resolver.ask(domain, NS).await {
        Ok(rs) => rs.into_iter().filter_map(|d| if let Data::Ns(n) = d { Some(n) } else { None }).collect::<Vec<_>>(),
        Err(_) => return out,
    };
    for ns in servers {
        let Ok(ips) = resolver.addresses(&ns).await else { continue };
        for ip in ips {
            let asset = Asset { name: format!("{ns}:53"), value: AssetValue::Normal };
            let result = async {
                let mut c = prober.connect(SocketAddr::new(ip, 53)).await?;
                let q = dns::query(0x7a11, domain, AXFR);
                let mut framed = (q.len() as u16).to_be_bytes().to_vec();
                framed.extend_from_slice(&q);
                c.send(&framed).await?;
                let b = c.read(|b| b.len() >= 2 && b.len() >= 2 + u16::from_be_bytes([b[0], b[1]]) as usize).await?;
                Ok::<_, ProbeError>(b)
            }
            .await;
            let verdict = match result {
                Err(ProbeError::Closed) | Err(ProbeError::NotAllowed(_)) => continue,
                Err(e) => Err(DnsError::Failed(e.to_string())),
                Ok(b) if b.len() > 2 => match dns::parse(&b[2..], 0x7a11) {
                    Ok(records) if !records.is_empty() => Ok(Some(format!(
                        "{ns} hands out the whole zone {domain} ({} records in the first message)",
                        records.len()
                    ))),
                    _ => Ok(None),
                },
                Ok(_) => Ok(None),
            };
            observe(OPEN_AXFR, Category::Dns, &asset, verdict, format!("AXFR {domain} @{ip}"), &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn spf_and_dmarc_verdicts() {
        assert_eq!(judge_spf(&v(&["v=spf1 include:_spf.example.test -all"])), None);
        assert_eq!(judge_spf(&v(&["v=spf1 mx ~all"])), None, "soft fail is enforcing enough");
        assert_eq!(judge_spf(&v(&["v=spf1 redirect=_spf.example.test"])), None);
        assert_eq!(judge_spf(&v(&["google-site-verification=x"])).unwrap().0, SPF_MISSING);
        assert_eq!(judge_spf(&v(&["v=spf1 +all"])).unwrap().0, SPF_PERMISSIVE);
        assert_eq!(judge_spf(&v(&["v=spf1 ?all"])).unwrap().0, SPF_PERMISSIVE);
        assert_eq!(judge_spf(&v(&["v=spf1 mx"])).unwrap().0, SPF_PERMISSIVE);
        assert_eq!(judge_spf(&v(&["v=spf1 -all", "v=spf1 mx -all"])).unwrap().0, SPF_INVALID);
        assert_eq!(judge_dmarc(&v(&["v=DMARC1; p=reject; rua=mailto:d@example.test"])), None);
        assert_eq!(judge_dmarc(&v(&["v=DMARC1; p=none"])).unwrap().0, DMARC_NOT_ENFORCING);
        assert_eq!(judge_dmarc(&v(&[])).unwrap().0, DMARC_MISSING);
    }
}
