//! A small DNS client over UDP to the scope's resolver: A, AAAA, CNAME, MX and TXT
//! queries, answers parsed with name compression, a timeout on every query. The resolver is
//! infrastructure the scan is told to use, not a target; it is asked questions only.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;
use tokio::net::UdpSocket;

pub const A: u16 = 1;
pub const NS: u16 = 2;
pub const AXFR: u16 = 252;
pub const CNAME: u16 = 5;
pub const MX: u16 = 15;
pub const TXT: u16 = 16;
pub const AAAA: u16 = 28;
pub const DNSKEY: u16 = 48;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    A(Ipv4Addr),
    Aaaa(Ipv6Addr),
    Cname(String),
    Ns(String),
    Mx(u16, String),
    Txt(String),
    Other(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN).
    NoSuchName,
    /// The resolver did not answer in time.
    Timeout,
    /// A refusal or failure code from the resolver, or an answer that cannot be read.
    Failed(String),
}

impl std::fmt::Display for DnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DnsError::NoSuchName => write!(f, "no such name (NXDOMAIN)"),
            DnsError::Timeout => write!(f, "the resolver did not answer in time"),
            DnsError::Failed(e) => write!(f, "{e}"),
        }
    }
}

pub fn query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut q = id.to_be_bytes().to_vec();
    q.extend_from_slice(&[0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]); // RD, one question
    q.extend_from_slice(&wire_name(name));
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&[0x00, 0x01]); // IN
    q
}

/// A query that asks for DNSSEC records (EDNS0 with DO) and, with CD, for them unchecked:
/// a validating resolver would otherwise hide a bogus zone behind SERVFAIL.
pub fn dnssec_query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut q = query(id, name, qtype);
    q[3] |= 0x10; // CD
    q[11] = 1; // one additional record: OPT
    q.extend_from_slice(&[0, 0, 41, 0x10, 0x00, 0, 0, 0x80, 0x00, 0, 0]); // root, OPT, 4096, DO
    q
}

/// The wire form of a name: labels, lower case, ending in the root label.
pub fn wire_name(name: &str) -> Vec<u8> {
    let mut out = vec![];
    for l in name.trim_end_matches('.').split('.').filter(|l| !l.is_empty()) {
        out.push(l.len().min(63) as u8);
        out.extend(l.as_bytes()[..l.len().min(63)].iter().map(u8::to_ascii_lowercase));
    }
    out.push(0);
    out
}

/// Reads a (possibly compressed) name at `at`; returns it and the offset after it.
pub(crate) fn name(msg: &[u8], mut at: usize) -> Option<(String, usize)> {
    let mut labels = vec![];
    let mut end = None;
    for _ in 0..128 {
        let len = *msg.get(at)? as usize;
        if len == 0 {
            return Some((labels.join("."), end.unwrap_or(at + 1)));
        }
        if len & 0xc0 == 0xc0 {
            let ptr = ((len & 0x3f) << 8) | *msg.get(at + 1)? as usize;
            end.get_or_insert(at + 2);
            at = ptr;
            continue;
        }
        labels.push(String::from_utf8_lossy(msg.get(at + 1..at + 1 + len)?).to_string());
        at += 1 + len;
    }
    None
}

/// Types whose data hold names, which the canonical form writes uncompressed in lower case.
fn canonical_rdata(msg: &[u8], rtype: u16, start: usize, len: usize) -> Option<Vec<u8>> {
    let rdata = msg.get(start..start + len)?;
    let name_at = |at: usize| -> Option<(Vec<u8>, usize)> {
        let (n, next) = name(msg, at)?;
        Some((wire_name(&n), next))
    };
    Some(match rtype {
        NS | CNAME | 12 => name_at(start)?.0,
        MX if len > 2 => [rdata[..2].to_vec(), name_at(start + 2)?.0].concat(),
        6 => {
            let (mname, next) = name_at(start)?;
            let (rname, next) = name_at(next)?;
            [mname, rname, msg.get(next..start + len)?.to_vec()].concat()
        }
        _ => rdata.to_vec(),
    })
}

/// Every record of the answer section, with its data in canonical form.
pub fn records(msg: &[u8], id: u16) -> Result<Vec<crate::dnssec::Record>, DnsError> {
    let bad = || DnsError::Failed("an answer that cannot be read".into());
    if msg.len() < 12 || u16::from_be_bytes([msg[0], msg[1]]) != id {
        return Err(bad());
    }
    if msg[2] & 0x02 != 0 {
        return Err(DnsError::Failed("the answer was truncated".into()));
    }
    match msg[3] & 0x0f {
        0 => {}
        3 => return Err(DnsError::NoSuchName),
        code => return Err(DnsError::Failed(format!("the resolver answered with code {code}"))),
    }
    let qd = u16::from_be_bytes([msg[4], msg[5]]) as usize;
    let an = u16::from_be_bytes([msg[6], msg[7]]) as usize;
    let mut at = 12;
    for _ in 0..qd {
        at = name(msg, at).ok_or_else(bad)?.1 + 4;
    }
    let mut out = vec![];
    for _ in 0..an {
        let (owner, next) = name(msg, at).ok_or_else(bad)?;
        let h = msg.get(next..next + 10).ok_or_else(bad)?;
        let rtype = u16::from_be_bytes([h[0], h[1]]);
        let len = u16::from_be_bytes([h[8], h[9]]) as usize;
        let start = next + 10;
        out.push(crate::dnssec::Record {
            name: owner.to_ascii_lowercase(),
            rtype,
            class: u16::from_be_bytes([h[2], h[3]]),
            ttl: u32::from_be_bytes([h[4], h[5], h[6], h[7]]),
            rdata: canonical_rdata(msg, rtype, start, len).ok_or_else(bad)?,
        });
        at = start + len;
    }
    Ok(out)
}

pub fn parse(msg: &[u8], id: u16) -> Result<Vec<Data>, DnsError> {
    let bad = || DnsError::Failed("an answer that cannot be read".into());
    let mut out = vec![];
    for r in records(msg, id)? {
        let (rdata, len) = (&r.rdata, r.rdata.len());
        // Canonical data holds names uncompressed: read at offset 0 of the data itself.
        let name_in = |b: &[u8]| name(b, 0).map(|(n, _)| n).ok_or_else(bad);
        out.push(match r.rtype {
            A if len == 4 => Data::A(Ipv4Addr::new(rdata[0], rdata[1], rdata[2], rdata[3])),
            AAAA if len == 16 => {
                let mut b = [0u8; 16];
                b.copy_from_slice(rdata);
                Data::Aaaa(Ipv6Addr::from(b))
            }
            CNAME => Data::Cname(name_in(rdata)?),
            NS => Data::Ns(name_in(rdata)?),
            MX if len > 2 => Data::Mx(u16::from_be_bytes([rdata[0], rdata[1]]), name_in(&rdata[2..])?),
            TXT => {
                // One or more character-strings, joined (SPF records may be split).
                let mut s = String::new();
                let mut i = 0;
                while i < rdata.len() {
                    let l = rdata[i] as usize;
                    s.push_str(&String::from_utf8_lossy(rdata.get(i + 1..i + 1 + l).ok_or_else(bad)?));
                    i += 1 + l;
                }
                Data::Txt(s)
            }
            other => Data::Other(other),
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy)]
pub struct Resolver {
    pub server: SocketAddr,
    pub timeout: Duration,
}

impl Resolver {
    pub async fn ask(&self, name: &str, qtype: u16) -> Result<Vec<Data>, DnsError> {
        let id = (name.len() as u16).wrapping_mul(31).wrapping_add(qtype).wrapping_add(0x5a17);
        let msg = self.exchange(id, &query(id, name, qtype)).await?;
        parse(&msg, id)
    }

    /// The records of `name` and `qtype` with their RRSIGs, unchecked by the resolver.
    pub async fn ask_signed(&self, name: &str, qtype: u16) -> Result<Vec<crate::dnssec::Record>, DnsError> {
        let id = (name.len() as u16).wrapping_mul(37).wrapping_add(qtype).wrapping_add(0x3c5d);
        let msg = self.exchange(id, &dnssec_query(id, name, qtype)).await?;
        records(&msg, id)
    }

    async fn exchange(&self, id: u16, question: &[u8]) -> Result<Vec<u8>, DnsError> {
        let local: SocketAddr =
            if self.server.is_ipv4() { "0.0.0.0:0" } else { "[::]:0" }.parse().map_err(|_| DnsError::Timeout)?;
        let sock = UdpSocket::bind(local).await.map_err(|e| DnsError::Failed(e.to_string()))?;
        sock.send_to(question, self.server).await.map_err(|e| DnsError::Failed(e.to_string()))?;
        let mut buf = vec![0u8; 4096];
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, sock.recv_from(&mut buf)).await {
                Err(_) => return Err(DnsError::Timeout),
                Ok(Err(e)) => return Err(DnsError::Failed(e.to_string())),
                // Only the resolver's answer to this question counts.
                Ok(Ok((n, from))) if from == self.server && n >= 2 && u16::from_be_bytes([buf[0], buf[1]]) == id => {
                    buf.truncate(n);
                    return Ok(buf);
                }
                Ok(Ok(_)) => continue,
            }
        }
    }

    /// The addresses of a name (A and AAAA).
    pub async fn addresses(&self, name: &str) -> Result<Vec<IpAddr>, DnsError> {
        let mut out = vec![];
        let mut first_error = None;
        for t in [A, AAAA] {
            match self.ask(name, t).await {
                Ok(rs) => out.extend(rs.into_iter().filter_map(|d| match d {
                    Data::A(a) => Some(IpAddr::V4(a)),
                    Data::Aaaa(a) => Some(IpAddr::V6(a)),
                    _ => None,
                })),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        match (out.is_empty(), first_error) {
            (true, Some(e)) => Err(e),
            _ => Ok(out),
        }
    }

    pub async fn txt(&self, name: &str) -> Result<Vec<String>, DnsError> {
        Ok(self
            .ask(name, TXT)
            .await?
            .into_iter()
            .filter_map(|d| if let Data::Txt(t) = d { Some(t) } else { None })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_and_a_compressed_answer() {
        let q = query(7, "www.example.test", A);
        assert_eq!(&q[12..], b"\x03www\x07example\x04test\x00\x00\x01\x00\x01");
        // The answer repeats the question and points back at its name.
        let mut r = q.clone();
        r[2] = 0x81;
        r[3] = 0x80;
        r[7] = 2;
        r.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 0, 0, 9]);
        r.extend_from_slice(&[
            0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 60, 0, 9, 4, b'v', b'=', b's', b'p', 3, b'f', b'1', b' ',
        ]);
        let d = parse(&r, 7).unwrap();
        assert_eq!(d[0], Data::A(Ipv4Addr::new(127, 0, 0, 9)));
        assert_eq!(d[1], Data::Txt("v=spf1 ".into()));
        let mut nx = q.clone();
        nx[3] = 0x83;
        assert_eq!(parse(&nx, 7), Err(DnsError::NoSuchName));
        assert!(parse(&r, 8).is_err(), "another question's answer");
        assert!(parse(&r[..20], 7).is_err(), "cut short");
    }
}
