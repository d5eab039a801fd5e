//! What may be scanned: the supplier's declared scope (domains, host names, addresses,
//! optional ports) and the resolver to use, read from JSON with every problem named by its
//! field and position, and the allowlist that every target address must pass before a
//! single packet is sent.

use serde::Deserialize;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The ports probed when the scope names none: web, mail, remote access, databases and
/// caches, file sharing and management APIs.
pub const DEFAULT_PORTS: &[u16] = &[
    21, 22, 23, 25, 80, 110, 143, 443, 445, 587, 993, 995, 1433, 2375, 3306, 3389, 5432, 5900, 6379, 8080, 8443, 9200,
    27017,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// Mail and DNS checks run on these, and their apex is probed like a host.
    pub domains: Vec<String>,
    pub hosts: Vec<String>,
    pub addresses: Vec<IpAddr>,
    pub ports: Vec<u16>,
    pub resolver: SocketAddr,
    /// Declared asset values (a parked domain low, a citizen portal high), by host name or
    /// address; they override what the scan would assume.
    pub values: Vec<(String, crate::model::AssetValue)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeProblem {
    /// e.g. `hosts[2]`, `resolver`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for ScopeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    addresses: Vec<String>,
    #[serde(default)]
    ports: Vec<u32>,
    resolver: Option<String>,
    #[serde(default)]
    values: std::collections::BTreeMap<String, String>,
}

/// A DNS name as RFC 1123 allows it: labels of letters, digits and hyphens, 1–63 characters,
/// not starting or ending with a hyphen, at most 253 characters, at least two labels.
pub fn valid_host_name(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() || s.len() > 253 || !s.contains('.') {
        return false;
    }
    s.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

/// Reads a scope file. Every problem is listed, each with the field and position it is in.
pub fn parse(json: &[u8]) -> Result<Scope, Vec<ScopeProblem>> {
    let raw: Raw = serde_json::from_slice(json).map_err(|e| {
        vec![ScopeProblem { field: format!("line {} column {}", e.line(), e.column()), message: e.to_string() }]
    })?;
    let mut problems = vec![];
    let mut bad = |field: String, message: String| problems.push(ScopeProblem { field, message });
    let names = |list: &[String], what: &str, bad: &mut dyn FnMut(String, String)| {
        let mut out = vec![];
        for (i, n) in list.iter().enumerate() {
            let n = n.trim().to_ascii_lowercase();
            if n.parse::<IpAddr>().is_ok() {
                bad(format!("{what}[{i}]"), format!("{n:?} is an address: list it under \"addresses\""));
            } else if !valid_host_name(&n) {
                bad(format!("{what}[{i}]"), format!("{n:?} is not a host name"));
            } else {
                out.push(n.trim_end_matches('.').to_string());
            }
        }
        out
    };
    let domains = names(&raw.domains, "domains", &mut bad);
    let hosts = names(&raw.hosts, "hosts", &mut bad);
    let mut addresses = vec![];
    for (i, a) in raw.addresses.iter().enumerate() {
        match a.trim().parse::<IpAddr>() {
            Ok(ip) => addresses.push(ip),
            Err(_) => bad(format!("addresses[{i}]"), format!("{a:?} is not an IPv4 or IPv6 address")),
        }
    }
    let mut ports = vec![];
    for (i, p) in raw.ports.iter().enumerate() {
        match u16::try_from(*p) {
            Ok(p) if p > 0 => ports.push(p),
            _ => bad(format!("ports[{i}]"), format!("{p} is not a port (1–65535)")),
        }
    }
    let resolver = match raw.resolver.as_deref().map(str::trim) {
        None => None,
        Some(r) => match r.parse::<SocketAddr>().or_else(|_| r.parse::<IpAddr>().map(|ip| SocketAddr::new(ip, 53))) {
            Ok(s) => Some(s),
            Err(_) => {
                bad("resolver".into(), format!("{r:?} is not an address (such as 127.0.0.53 or [::1]:5353)"));
                None
            }
        },
    };
    let mut values = vec![];
    for (name, v) in &raw.values {
        let n = name.trim().trim_end_matches('.').to_ascii_lowercase();
        let field = format!("values.{name}");
        let listed = domains.contains(&n) || hosts.contains(&n) || addresses.iter().any(|a| a.to_string() == n);
        let value = match v.as_str() {
            "low" => Some(crate::model::AssetValue::Low),
            "normal" => Some(crate::model::AssetValue::Normal),
            "high" => Some(crate::model::AssetValue::High),
            _ => None,
        };
        match (listed, value) {
            (false, _) => bad(field, format!("{name:?} is not one of the scope's domains, hosts or addresses")),
            (_, None) => bad(field, format!("{v:?} is not a value (low, normal or high)")),
            (true, Some(value)) => values.push((n, value)),
        }
    }
    if domains.is_empty() && hosts.is_empty() && addresses.is_empty() && problems.is_empty() {
        problems.push(ScopeProblem { field: "scope".into(), message: "names nothing to scan".into() });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Scope {
        domains,
        hosts,
        addresses,
        ports: if ports.is_empty() { DEFAULT_PORTS.to_vec() } else { ports },
        resolver: resolver.unwrap_or_else(|| SocketAddr::new(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 53)), 53)),
        values,
    })
}

/// Which addresses a scan may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowlist {
    /// Tests and benchmarks: only 127.0.0.0/8, ::1 and 2001:db8::/32 (documentation).
    TestOnly,
    /// Real scans of internet-facing systems: public unicast addresses only, never the
    /// scanner's own networks (private, loopback, link-local, multicast, reserved).
    PublicOnly,
}

impl Allowlist {
    pub fn allows(self, ip: IpAddr) -> bool {
        match self {
            Allowlist::TestOnly => match ip {
                IpAddr::V4(v4) => v4.octets()[0] == 127,
                IpAddr::V6(v6) => v6 == Ipv6Addr::LOCALHOST || v6.segments()[..2] == [0x2001, 0x0db8],
            },
            Allowlist::PublicOnly => match ip {
                IpAddr::V4(v4) => {
                    let o = v4.octets();
                    !(v4.is_private()
                        || v4.is_loopback()
                        || v4.is_link_local()
                        || v4.is_multicast()
                        || v4.is_broadcast()
                        || v4.is_unspecified()
                        || v4.is_documentation()
                        || o[0] == 0
                        || (o[0] == 100 && (64..128).contains(&o[1]))
                        || o[0] >= 240)
                }
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    !(v6.is_loopback()
                        || v6.is_unspecified()
                        || v6.is_multicast()
                        || (s[0] & 0xfe00) == 0xfc00
                        || (s[0] & 0xffc0) == 0xfe80
                        || s[..2] == [0x2001, 0x0db8]
                        || v6.to_ipv4_mapped().is_some())
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_scope_and_its_defaults() {
        let s = parse(br#"{"domains": ["Example.NO."], "hosts": ["www.example.no"], "addresses": ["127.0.0.9", "::1"], "resolver": "127.0.0.1:5353"}"#).unwrap();
        assert_eq!(s.domains, vec!["example.no"]);
        assert_eq!(s.addresses.len(), 2);
        assert_eq!(s.ports, DEFAULT_PORTS);
        assert_eq!(s.resolver, "127.0.0.1:5353".parse().unwrap());
        let s = parse(br#"{"hosts": ["a.test"], "ports": [443], "resolver": "::1"}"#).unwrap();
        assert_eq!(s.ports, vec![443]);
        assert_eq!(s.resolver, "[::1]:53".parse().unwrap());
    }

    #[test]
    fn every_problem_is_named_by_field_and_position() {
        let e = parse(br#"{"hosts": ["ok.test", "not a host", "-x.test", "127.0.0.1"], "addresses": ["999.1.1.1"], "ports": [0, 70000], "resolver": "dns"}"#).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec!["hosts[1]", "hosts[2]", "hosts[3]", "addresses[0]", "ports[0]", "ports[1]", "resolver"]
        );
        assert!(e[2].message.contains("under \"addresses\""));
        let e = parse(br#"{"hostz": []}"#).unwrap_err();
        assert!(e[0].message.contains("unknown field"), "{e:?}");
        assert_eq!(parse(b"{}").unwrap_err()[0].message, "names nothing to scan");
        assert!(parse(b"{\"hosts\": [").unwrap_err()[0].field.starts_with("line 1"));
        let e = parse(br#"{"domains": ["a.test"], "values": {"a.test": "huge", "b.test": "low"}}"#).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["values.a.test", "values.b.test"]);
        assert!(e[0].message.contains("low, normal or high") && e[1].message.contains("not one of"), "{e:?}");
    }

    #[test]
    fn declared_values() {
        let s = parse(br#"{"domains": ["old-brand.test"], "hosts": ["Min.Side.test"], "values": {"old-brand.test": "low", "min.side.test.": "high"}}"#).unwrap();
        use crate::model::AssetValue;
        assert_eq!(
            s.values,
            [("min.side.test".to_string(), AssetValue::High), ("old-brand.test".to_string(), AssetValue::Low)]
        );
    }

    #[test]
    fn the_allowlists() {
        let t = Allowlist::TestOnly;
        for ok in ["127.0.0.1", "127.3.4.5", "::1", "2001:db8::7"] {
            assert!(t.allows(ok.parse().unwrap()), "{ok}");
        }
        for no in ["10.0.0.1", "192.168.1.1", "172.16.0.1", "8.8.8.8", "2001:4860::8888", "fe80::1"] {
            assert!(!t.allows(no.parse().unwrap()), "{no}");
        }
        let p = Allowlist::PublicOnly;
        assert!(p.allows("8.8.8.8".parse().unwrap()));
        assert!(p.allows("2001:4860::8888".parse().unwrap()));
        for no in [
            "10.1.2.3",
            "127.0.0.1",
            "169.254.1.1",
            "100.64.0.1",
            "192.0.2.1",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
            "224.0.0.1",
        ] {
            assert!(!p.allows(no.parse().unwrap()), "{no}");
        }
    }
}
