//! DNSSEC validation of a zone's own records (RFC 4034, 4035): an RRset is valid when one of
//! its RRSIGs is inside its validity window at the scan's time, names a DNSKEY of the zone
//! by key tag and algorithm, and verifies over the RRset in canonical form; the zone's keys
//! match the parent's DS records when the parent publishes any. Pure: the records come in,
//! a verdict goes out.

use crate::dns::wire_name;
use ring::signature;

pub const RRSIG: u16 = 46;
pub const DS: u16 = 43;

/// One resource record with its data in canonical form (names uncompressed, lower case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Lower case, without the final dot.
    pub name: String,
    pub rtype: u16,
    pub class: u16,
    pub ttl: u32,
    pub rdata: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rrsig {
    pub type_covered: u16,
    pub algorithm: u8,
    pub labels: u8,
    pub original_ttl: u32,
    pub expiration: u32,
    pub inception: u32,
    pub key_tag: u16,
    pub signer: String,
    /// The RRSIG data without the signature: the first part of what was signed.
    pub signed_header: Vec<u8>,
    pub signature: Vec<u8>,
}

/// Why an RRset is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Bogus: no signature, out of its window, or one that does not verify.
    Bogus(String),
    /// Signed with an algorithm tillit does not verify: decides nothing.
    Unsupported(u8),
}

pub fn parse_rrsig(rdata: &[u8]) -> Option<Rrsig> {
    let h = rdata.get(..18)?;
    let (signer, used) = crate::dns::name(&rdata[18..], 0)?;
    let signer = signer.to_ascii_lowercase();
    Some(Rrsig {
        type_covered: u16::from_be_bytes([h[0], h[1]]),
        algorithm: h[2],
        labels: h[3],
        original_ttl: u32::from_be_bytes([h[4], h[5], h[6], h[7]]),
        expiration: u32::from_be_bytes([h[8], h[9], h[10], h[11]]),
        inception: u32::from_be_bytes([h[12], h[13], h[14], h[15]]),
        key_tag: u16::from_be_bytes([h[16], h[17]]),
        signer,
        signed_header: rdata[..18 + used].to_vec(),
        signature: rdata[18 + used..].to_vec(),
    })
}

/// The key tag of a DNSKEY's data (RFC 4034 appendix B).
pub fn key_tag(dnskey: &[u8]) -> u16 {
    let mut ac: u32 = 0;
    for (i, b) in dnskey.iter().enumerate() {
        ac += if i & 1 == 1 { *b as u32 } else { (*b as u32) << 8 };
    }
    ac += (ac >> 16) & 0xffff;
    (ac & 0xffff) as u16
}

/// What an RRSIG signs: its own data without the signature, then each record of the set in
/// canonical order with the original TTL (RFC 4034 3.1.8.1, 6.2, 6.3).
pub fn signed_data(sig: &Rrsig, rrset: &[&Record]) -> Vec<u8> {
    let mut data = sig.signed_header.clone();
    let mut rdatas: Vec<&Vec<u8>> = rrset.iter().map(|r| &r.rdata).collect();
    rdatas.sort();
    rdatas.dedup();
    let Some(first) = rrset.first() else { return data };
    let owner = wire_name(&first.name);
    for rd in rdatas {
        data.extend_from_slice(&owner);
        data.extend_from_slice(&first.rtype.to_be_bytes());
        data.extend_from_slice(&first.class.to_be_bytes());
        data.extend_from_slice(&sig.original_ttl.to_be_bytes());
        data.extend_from_slice(&(rd.len() as u16).to_be_bytes());
        data.extend_from_slice(rd);
    }
    data
}

/// Checks `signature` over `data` with a DNSKEY's public key for `algorithm`.
pub fn verify(algorithm: u8, key: &[u8], data: &[u8], sig: &[u8]) -> Result<bool, Problem> {
    let ok = match algorithm {
        // RSA/SHA-256 and RSA/SHA-512: exponent length (1 or 3 bytes), exponent, modulus.
        8 | 10 => {
            let (e_len, rest) = match key.first() {
                Some(0) if key.len() > 3 => (u16::from_be_bytes([key[1], key[2]]) as usize, &key[3..]),
                Some(n) => (*n as usize, &key[1..]),
                None => return Ok(false),
            };
            if rest.len() <= e_len {
                return Ok(false);
            }
            let (e, n) = rest.split_at(e_len);
            let params = if algorithm == 8 {
                &signature::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY
            } else {
                &signature::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY
            };
            signature::RsaPublicKeyComponents { n, e }.verify(params, data, sig).is_ok()
        }
        // ECDSA P-256/SHA-256 and P-384/SHA-384: the key is x | y, the signature r | s.
        13 | 14 => {
            let alg =
                if algorithm == 13 { &signature::ECDSA_P256_SHA256_FIXED } else { &signature::ECDSA_P384_SHA384_FIXED };
            let mut point = vec![0x04];
            point.extend_from_slice(key);
            signature::UnparsedPublicKey::new(alg, point).verify(data, sig).is_ok()
        }
        15 => signature::UnparsedPublicKey::new(&signature::ED25519, key).verify(data, sig).is_ok(),
        other => return Err(Problem::Unsupported(other)),
    };
    Ok(ok)
}

/// Serial-number arithmetic (RFC 1982) on 32-bit times: `a` is at or before `b`.
fn not_after(a: u32, b: u32) -> bool {
    a == b || (b.wrapping_sub(a) as i32) > 0
}

/// Validates the RRset of `rtype` at `name` among `records` (which also hold the RRSIGs)
/// against the zone's `keys` (DNSKEY data) at `now` (Unix seconds).
pub fn validate(
    records: &[Record],
    name: &str,
    rtype: u16,
    zone: &str,
    keys: &[Vec<u8>],
    now: u32,
) -> Result<(), Problem> {
    let rrset: Vec<&Record> = records.iter().filter(|r| r.name == name && r.rtype == rtype).collect();
    let sigs: Vec<Rrsig> = records
        .iter()
        .filter(|r| r.name == name && r.rtype == RRSIG)
        .filter_map(|r| parse_rrsig(&r.rdata))
        .filter(|s| s.type_covered == rtype)
        .collect();
    if sigs.is_empty() {
        return Err(Problem::Bogus(format!("{name} type {rtype} has no RRSIG")));
    }
    let mut why = vec![];
    let mut unsupported = None;
    for sig in &sigs {
        if sig.signer != zone.trim_end_matches('.').to_ascii_lowercase() {
            why.push(format!("signed by {} instead of the zone", sig.signer));
            continue;
        }
        if !not_after(sig.inception, now) {
            why.push(format!("RRSIG (key {}) not valid before {}", sig.key_tag, sig.inception));
            continue;
        }
        if !not_after(now, sig.expiration) {
            why.push(format!("RRSIG (key {}) expired at {}", sig.key_tag, sig.expiration));
            continue;
        }
        let data = signed_data(sig, &rrset);
        let candidates = keys.iter().filter(|k| k.len() > 4 && k[3] == sig.algorithm && key_tag(k) == sig.key_tag);
        let mut matched = false;
        for k in candidates {
            matched = true;
            match verify(sig.algorithm, &k[4..], &data, &sig.signature) {
                Ok(true) => return Ok(()),
                Ok(false) => why.push(format!("RRSIG (key {}) does not verify", sig.key_tag)),
                Err(Problem::Unsupported(a)) => unsupported = Some(a),
                Err(p) => why.push(format!("{p:?}")),
            }
        }
        if !matched {
            why.push(format!(
                "RRSIG names key {} (algorithm {}), which the zone does not publish",
                sig.key_tag, sig.algorithm
            ));
        }
    }
    if let Some(a) = unsupported {
        return Err(Problem::Unsupported(a));
    }
    Err(Problem::Bogus(format!("{name} type {rtype}: {}", why.join("; "))))
}

/// A DS record's data matches a DNSKEY of `zone` (digest types 1 SHA-1, 2 SHA-256, 4 SHA-384).
pub fn ds_matches(zone: &str, ds: &[u8], dnskey: &[u8]) -> Option<bool> {
    let h = ds.get(..4)?;
    let (tag, algorithm, digest_type, digest) = (u16::from_be_bytes([h[0], h[1]]), h[2], h[3], &ds[4..]);
    if dnskey.len() < 4 || dnskey[3] != algorithm || key_tag(dnskey) != tag {
        return Some(false);
    }
    let alg = match digest_type {
        1 => &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
        2 => &ring::digest::SHA256,
        4 => &ring::digest::SHA384,
        _ => return None,
    };
    let mut input = wire_name(zone);
    input.extend_from_slice(dnskey);
    Some(ring::digest::digest(alg, &input).as_ref() == digest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::rand::SystemRandom;
    use ring::signature::{EcdsaKeyPair, Ed25519KeyPair, KeyPair};

    fn rr(name: &str, rtype: u16, rdata: &[u8]) -> Record {
        Record { name: name.into(), rtype, class: 1, ttl: 300, rdata: rdata.to_vec() }
    }

    // The key tag is checked against BIND's in tests/it/dnssec.rs (the DS it writes).

    fn sign(
        name: &str,
        rtype: u16,
        set: &[Record],
        tag: u16,
        alg: u8,
        window: (u32, u32),
        f: impl Fn(&[u8]) -> Vec<u8>,
    ) -> Record {
        let mut header = rtype.to_be_bytes().to_vec();
        header.extend_from_slice(&[alg, name.split('.').count() as u8]);
        header.extend_from_slice(&300u32.to_be_bytes());
        header.extend_from_slice(&window.1.to_be_bytes());
        header.extend_from_slice(&window.0.to_be_bytes());
        header.extend_from_slice(&tag.to_be_bytes());
        header.extend_from_slice(&wire_name(name));
        let stub = parse_rrsig(&header).unwrap();
        let refs: Vec<&Record> = set.iter().collect();
        let s = f(&signed_data(&stub, &refs));
        rr(name, RRSIG, &[header, s].concat())
    }

    #[test]
    fn signatures_verify_expire_and_break_when_the_data_changes() {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let key = EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
        let dnskey = [vec![0x01, 0x01, 3, 13], key.public_key().as_ref()[1..].to_vec()].concat();
        let tag = key_tag(&dnskey);
        let txt = vec![rr("good.test", 16, b"\x0fv=spf1 mx -all"), rr("good.test", 16, b"\x03two")];
        let now = 1_790_000_000;
        let signer = |d: &[u8]| key.sign(&rng, d).unwrap().as_ref().to_vec();
        let mut records = txt.clone();
        records.push(sign("good.test", 16, &txt, tag, 13, (now - 10, now + 10), signer));
        let keys = vec![dnskey.clone()];
        assert_eq!(validate(&records, "good.test", 16, "good.test", &keys, now), Ok(()));
        // The order of records in an answer does not matter: the set is sorted canonically.
        records.swap(0, 1);
        assert_eq!(validate(&records, "good.test", 16, "good.test", &keys, now), Ok(()));
        assert!(
            matches!(validate(&records, "good.test", 16, "good.test", &keys, now + 11), Err(Problem::Bogus(w)) if w.contains("expired"))
        );
        assert!(
            matches!(validate(&records, "good.test", 16, "good.test", &keys, now - 11), Err(Problem::Bogus(w)) if w.contains("not valid before"))
        );
        records[0].rdata = b"\x0fv=spf1 +all -xx".to_vec();
        assert!(
            matches!(validate(&records, "good.test", 16, "good.test", &keys, now), Err(Problem::Bogus(w)) if w.contains("does not verify"))
        );
        assert!(
            matches!(validate(&records, "good.test", 1, "good.test", &keys, now), Err(Problem::Bogus(w)) if w.contains("no RRSIG"))
        );
        // DS: SHA-256 over the owner name and the key.
        let mut input = wire_name("good.test");
        input.extend_from_slice(&dnskey);
        let digest = ring::digest::digest(&ring::digest::SHA256, &input);
        let ds = [tag.to_be_bytes().to_vec(), vec![13, 2], digest.as_ref().to_vec()].concat();
        assert_eq!(ds_matches("good.test", &ds, &dnskey), Some(true));
        assert_eq!(ds_matches("other.test", &ds, &dnskey), Some(false));
    }

    #[test]
    fn ed25519_and_unsupported_algorithms() {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
        let key = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
        let dnskey = [vec![0x01, 0x01, 3, 15], key.public_key().as_ref().to_vec()].concat();
        let set = vec![rr("ed.test", 1, &[127, 0, 0, 1])];
        let mut records = set.clone();
        records.push(sign("ed.test", 1, &set, key_tag(&dnskey), 15, (1_789_000_000, 1_791_000_000), |d| {
            key.sign(d).as_ref().to_vec()
        }));
        assert_eq!(validate(&records, "ed.test", 1, "ed.test", std::slice::from_ref(&dnskey), 1_790_000_000), Ok(()));
        let mut gost = dnskey.clone();
        gost[3] = 12;
        let mut records = set.clone();
        records.push(sign("ed.test", 1, &set, key_tag(&gost), 12, (1_789_000_000, 1_791_000_000), |_| vec![1; 64]));
        assert_eq!(validate(&records, "ed.test", 1, "ed.test", &[gost], 1_790_000_000), Err(Problem::Unsupported(12)));
    }
}
