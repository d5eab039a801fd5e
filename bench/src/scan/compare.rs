//! The correctness gate: per endpoint, tillit's report and sslyze's JSON must say the same
//! about protocol versions, accepted cipher suites and the certificate. Every difference is
//! listed with the endpoint's set-up, so it can be explained in bench/RESULTS.md.

use super::fixtures::Endpoint;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What one tool saw of one endpoint, in comparable form.
#[derive(Debug, Default, PartialEq, Eq)]
struct Seen {
    /// version → accepted suites (IANA names); absent when the version was refused.
    versions: BTreeMap<String, BTreeSet<String>>,
    chain_ok: Option<bool>,
    not_after: String,
    key: String,
    signature_hash: String,
}

const SSLYZE_VERSIONS: [(&str, &str); 6] = [
    ("ssl_2_0_cipher_suites", "SSL 2.0"),
    ("ssl_3_0_cipher_suites", "SSL 3.0"),
    ("tls_1_0_cipher_suites", "TLS 1.0"),
    ("tls_1_1_cipher_suites", "TLS 1.1"),
    ("tls_1_2_cipher_suites", "TLS 1.2"),
    ("tls_1_3_cipher_suites", "TLS 1.3"),
];

fn sslyze_seen(r: &Value) -> Seen {
    let mut s = Seen::default();
    let sr = &r["scan_result"];
    for (key, version) in SSLYZE_VERSIONS {
        let res = &sr[key]["result"];
        if res["is_tls_version_supported"] == Value::Bool(true) {
            let suites = res["accepted_cipher_suites"]
                .as_array()
                .map(|a| a.iter().filter_map(|c| c["cipher_suite"]["name"].as_str().map(String::from)).collect())
                .unwrap_or_default();
            s.versions.insert(version.into(), suites);
        }
    }
    let dep = &sr["certificate_info"]["result"]["certificate_deployments"][0];
    let leaf = &dep["received_certificate_chain"][0];
    s.chain_ok = dep["path_validation_results"].as_array().and_then(|a| {
        a.iter()
            .find(|p| p["trust_store"]["name"].as_str().is_some_and(|n| n.contains("Supplied")))
            .and_then(|p| p["was_validation_successful"].as_bool())
    });
    s.not_after = leaf["not_valid_after"].as_str().unwrap_or("").chars().take(19).collect();
    let bits = leaf["public_key"]["key_size"].as_u64().unwrap_or(0);
    s.key = match leaf["public_key"]["algorithm"].as_str().unwrap_or("") {
        a if a.contains("RSA") => format!("RSA {bits}"),
        a if a.contains("EC") || a.contains("EllipticCurve") => format!("EC {bits}"),
        a => a.to_string(),
    };
    s.signature_hash = leaf["signature_hash_algorithm"]["name"].as_str().unwrap_or("").to_string();
    s
}

fn tillit_seen(t: &Value) -> Seen {
    let mut s = Seen::default();
    for p in t["protocols"].as_array().into_iter().flatten() {
        if p["accepted"] == Value::Bool(true) {
            let suites = p["suites"].as_array().into_iter().flatten().filter_map(|x| x.as_str().map(String::from));
            s.versions.insert(p["version"].as_str().unwrap_or("").to_string(), suites.collect());
        }
    }
    let c = &t["certificate"];
    s.chain_ok = c["verification"].as_str().map(|v| v == "ok");
    s.not_after = c["not_after"].as_str().unwrap_or("").chars().take(19).collect();
    s.key = c["key"].as_str().unwrap_or("").to_string();
    let sig = c["signature"].as_str().unwrap_or("").to_ascii_lowercase();
    s.signature_hash = ["md5", "sha1", "sha256", "sha384", "sha512"]
        .into_iter()
        .find(|h| sig.contains(h))
        .unwrap_or(if sig == "ed25519" { "ed25519" } else { "" })
        .to_string();
    s
}

/// sslyze writes RSA moduli and serial numbers as bare integers of hundreds of digits,
/// beyond what serde_json reads as a number: such integers become strings first.
fn quote_long_numbers(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped, mut i) = (false, false, 0);
    while i < json.len() {
        let c = json[i];
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            i += 1;
        } else if c == b'"' {
            in_string = true;
            out.push(c);
            i += 1;
        } else if c.is_ascii_digit() || c == b'-' {
            let end = json[i..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || b"-+.eE".contains(b)))
                .map_or(json.len(), |p| i + p);
            let token = &json[i..end];
            if token.len() > 18 {
                out.push(b'"');
                out.extend_from_slice(token);
                out.push(b'"');
            } else {
                out.extend_from_slice(token);
            }
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The gate's verdict: agreed endpoints, and each difference by endpoint and field.
pub fn gate(endpoints: &[Endpoint], tillit: &[u8], sslyze: &[u8]) -> String {
    let t: Value = match serde_json::from_slice(tillit) {
        Ok(v) => v,
        Err(e) => return format!("correctness gate: tillit's JSON cannot be read: {e}"),
    };
    let s: Value = match serde_json::from_slice(&quote_long_numbers(sslyze)) {
        Ok(v) => v,
        Err(e) => return format!("correctness gate: sslyze's JSON cannot be read: {e}"),
    };
    let mut agreed = 0;
    let mut diffs: Vec<String> = vec![];
    for e in endpoints {
        let asset = format!("{}:443", e.name);
        let ours = t["tls"].as_array().and_then(|a| a.iter().find(|x| x["asset"] == asset.as_str()));
        let theirs = s["server_scan_results"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["server_location"]["hostname"] == e.name.as_str()));
        let (Some(ours), Some(theirs)) = (ours, theirs) else {
            diffs.push(format!(
                "{} {:?}: missing from {}",
                e.name,
                e.profile,
                if ours.is_none() { "tillit" } else { "sslyze" }
            ));
            continue;
        };
        let (a, b) = (tillit_seen(ours), sslyze_seen(theirs));
        if a == b {
            agreed += 1;
            continue;
        }
        let mut what = vec![];
        let versions: BTreeSet<&String> = a.versions.keys().chain(b.versions.keys()).collect();
        for v in versions {
            match (a.versions.get(v), b.versions.get(v)) {
                (Some(x), Some(y)) if x != y => what.push(format!(
                    "{v} suites only tillit {:?}, only sslyze {:?}",
                    x.difference(y).collect::<Vec<_>>(),
                    y.difference(x).collect::<Vec<_>>()
                )),
                (Some(_), None) => what.push(format!("{v} accepted per tillit only")),
                (None, Some(_)) => what.push(format!("{v} accepted per sslyze only")),
                _ => {}
            }
        }
        for (field, x, y) in [
            ("chain", format!("{:?}", a.chain_ok), format!("{:?}", b.chain_ok)),
            ("not_after", a.not_after.clone(), b.not_after.clone()),
            ("key", a.key.clone(), b.key.clone()),
            ("signature hash", a.signature_hash.clone(), b.signature_hash.clone()),
        ] {
            if x != y {
                what.push(format!("{field}: tillit {x}, sslyze {y}"));
            }
        }
        diffs.push(format!("{} {:?}: {}", e.name, e.profile, what.join("; ")));
    }
    let mut out = format!("correctness gate: {agreed} of {} endpoints agree in every field\n", endpoints.len());
    for d in &diffs {
        out.push_str(&format!("  differs: {d}\n"));
    }
    out
}
