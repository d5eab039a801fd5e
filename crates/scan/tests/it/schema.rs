//! The JSON report keeps to its published schema (docs/scan-report.schema.json): real
//! reports of a scan with TLS, exposed services and DNS are checked against it by a small
//! validator of the keywords the schema uses, which must also reject a report that is not.

use crate::tls::{ca, leaf, serve};
use serde_json::Value;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/scan-report.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The problems of `v` against `s` (type, enum, $ref, properties, required,
/// additionalProperties: false, items, oneOf), each with its JSON path.
fn check(root: &Value, s: &Value, v: &Value, path: &str, out: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.trim_start_matches("#/$defs/");
        return check(root, &root["$defs"][name], v, path, out);
    }
    if let Some(options) = s["oneOf"].as_array() {
        let fits = options.iter().filter(|o| {
            let mut e = vec![];
            check(root, o, v, path, &mut e);
            e.is_empty()
        });
        if fits.count() != 1 {
            out.push(format!("{path}: not exactly one of oneOf"));
        }
        return;
    }
    if let Some(allowed) = s["enum"].as_array()
        && !allowed.contains(v)
    {
        out.push(format!("{path}: {v} not in {allowed:?}"));
    }
    let types: Vec<&str> = match &s["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(|t| t.as_str()).collect(),
        _ => vec![],
    };
    let t = type_of(v);
    let fits = types.is_empty() || types.contains(&t) || (t == "integer" && types.contains(&"number"));
    if !fits {
        out.push(format!("{path}: {t}, not {types:?}"));
        return;
    }
    if let Value::Object(map) = v {
        for r in s["required"].as_array().into_iter().flatten().filter_map(|r| r.as_str()) {
            if !map.contains_key(r) {
                out.push(format!("{path}: missing {r}"));
            }
        }
        for (k, child) in map {
            match s["properties"].get(k) {
                Some(ps) => check(root, ps, child, &format!("{path}.{k}"), out),
                None if s["additionalProperties"] == Value::Bool(false) => out.push(format!("{path}: unknown {k}")),
                None => {}
            }
        }
    }
    if let Value::Array(items) = v {
        for (i, item) in items.iter().enumerate() {
            check(root, &s["items"], item, &format!("{path}[{i}]"), out);
        }
    }
}

fn problems(report: &Value) -> Vec<String> {
    let root = schema();
    let mut out = vec![];
    check(&root, &root, report, "$", &mut out);
    out
}

#[tokio::test]
async fn reports_keep_to_the_published_schema() {
    let root = ca("schema fixture");
    let (cert, key) = leaf(&root, "127.0.4.1", (2025, 1, 1), (2035, 1, 1));
    serve(SocketAddr::new(IpAddr::from([127, 0, 4, 1]), 443), vec![cert], &key).await;
    let redis = tokio::net::TcpListener::bind("127.0.4.2:6379").await.unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut s, _)) = redis.accept().await {
            let mut b = [0u8; 64];
            let _ = s.read(&mut b).await;
            let _ = s.write_all(b"+PONG\r\n").await;
        }
    });
    let scope = tillit_scan::scope::parse(
        br#"{"addresses": ["127.0.4.1", "127.0.4.2"], "hosts": ["nowhere.example.test"], "ports": [443, 6379], "resolver": "127.0.4.99:53"}"#,
    )
    .unwrap();
    let prober = Prober::new(
        Allowlist::TestOnly,
        Limits { connect_timeout: Duration::from_secs(1), read_timeout: Duration::from_secs(1), ..Limits::default() },
    );
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    roots.add(root.der.clone()).unwrap();
    let r = tillit_scan::report::run(&scope, &prober, Arc::new(roots), 1_790_000_000, |_, _| {}).await;
    let mut json = serde_json::to_value(&r).unwrap();
    assert!(!r.tls.is_empty() && !r.findings.is_empty() && !r.score.lost.is_empty(), "a report with every part");
    assert_eq!(problems(&json), Vec::<String>::new());
    // The validator is no rubber stamp: a field too many, a wrong enum, a missing part.
    json["tls"][0]["protocols"][0]["guess"] = Value::Bool(true);
    json["findings"][0]["severity"] = Value::String("catastrophic".into());
    json.as_object_mut().unwrap().remove("score");
    let p = problems(&json);
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p.iter().any(|e| e.contains("unknown guess")) && p.iter().any(|e| e.contains("missing score")), "{p:?}");
}
