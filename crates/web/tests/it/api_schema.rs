//! Real API answers held against the schemas in `openapi.json`: every GET operation on an
//! organisation with a published case, a submitted bid and a consensus evaluation. The
//! schemas are strict (every field required, no others allowed), so a field that leaks from
//! storage, or one the document promises and the answer lacks, fails here.

use serde_json::Value;

/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that `openapi.json` uses.
/// Returns the first mismatch as "path: what".
pub fn check(doc: &Value, schema: &Value, v: &Value, path: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        assert!(!target.is_null(), "no schema {name}");
        return check(doc, target, v, path);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        return if any.iter().any(|s| check(doc, s, v, path).is_ok()) {
            Ok(())
        } else {
            Err(format!("{path}: {v} fits none of anyOf"))
        };
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let fits = types.iter().any(|t| match *t {
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            "null" => v.is_null(),
            _ => false,
        });
        if !fits {
            return Err(format!("{path}: {v} is not {types:?}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        return Err(format!("{path}: {v} is not one of {e:?}"));
    }
    if let (Some(items), Some(a)) = (schema.get("items"), v.as_array()) {
        for (i, x) in a.iter().enumerate() {
            check(doc, items, x, &format!("{path}[{i}]"))?;
        }
    }
    if let Some(o) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let k = req.as_str().unwrap_or_default();
            if !o.contains_key(k) {
                return Err(format!("{path}: lacks {k}"));
            }
        }
        for (k, x) in o {
            match props.and_then(|p| p.get(k)) {
                Some(s) => check(doc, s, x, &format!("{path}.{k}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{path}: {k} is not in the schema"));
                }
                None => {}
            }
        }
    }
    Ok(())
}

#[test]
fn the_checker_catches_a_leak_and_a_gap() {
    let doc: Value = serde_json::from_str(include_str!("../../src/api/openapi.json")).unwrap();
    let bid = doc["components"]["schemas"]["Bid"].clone();
    let mut v = serde_json::json!({
        "id": "b", "case_id": "c", "company": "Alfa AS", "country": "no", "org_number": "923609016",
        "contact_email": "a@alfa.no", "status": "draft", "revision": 1, "version_id": null,
        "submitted_at": null, "receipt_hash": null, "source": "portal", "created_by": "x", "created_at": 1
    });
    check(&doc, &bid, &v, "bid").unwrap();
    v["org_id"] = "another organisation's id".into();
    assert!(check(&doc, &bid, &v, "bid").unwrap_err().contains("org_id is not in the schema"));
    v.as_object_mut().unwrap().remove("org_id");
    v.as_object_mut().unwrap().remove("company");
    assert!(check(&doc, &bid, &v, "bid").unwrap_err().contains("lacks company"));
}
