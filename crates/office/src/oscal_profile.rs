//! A published requirement set as an OSCAL 1.1 profile: which requirements of which
//! catalogues the tender asks, as must or award criterion with its weight, the tender's own
//! wording where it differs, and the set's SHA-256 in the metadata.

use crate::oscal::{NS, OSCAL_VERSION, token};
use serde_json::{Value, json};

pub struct ProfileItem<'a> {
    /// The catalogue the requirement comes from (its stable id) and title.
    pub catalogue_id: &'a str,
    pub catalogue_title: &'a str,
    pub reference: &'a str,
    /// "must" or "award".
    pub kind: &'a str,
    pub weight: u32,
    /// The tender's wording, when it differs from the catalogue's.
    pub wording: Option<&'a str>,
}

pub struct Profile<'a> {
    /// The published version's id: the profile's uuid derives from it.
    pub version_id: &'a str,
    pub title: &'a str,
    pub version: i64,
    pub set_hash: &'a str,
    /// RFC 3339, UTC.
    pub published: &'a str,
    pub language: &'a str,
    pub items: Vec<ProfileItem<'a>>,
}

fn uuid_of(what: &str) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("{NS}/{what}").as_bytes()).to_string()
}

pub fn export_profile(p: &Profile<'_>) -> Value {
    // One import per catalogue, in the order the set first names it.
    let mut catalogues: Vec<(&str, &str)> = vec![];
    for i in &p.items {
        if !catalogues.iter().any(|(id, _)| *id == i.catalogue_id) {
            catalogues.push((i.catalogue_id, i.catalogue_title));
        }
    }
    let imports: Vec<Value> = catalogues
        .iter()
        .map(|(cid, _)| {
            let ids: Vec<String> =
                p.items.iter().filter(|i| i.catalogue_id == *cid).map(|i| token("req-", i.reference)).collect();
            json!({ "href": format!("#{}", uuid_of(&format!("catalogue/{cid}"))), "include-controls": [{ "with-ids": ids }] })
        })
        .collect();
    let alters: Vec<Value> = p
        .items
        .iter()
        .map(|i| {
            let id = token("req-", i.reference);
            let mut props = vec![json!({ "name": "requirement-kind", "ns": NS, "value": i.kind })];
            if i.weight > 0 {
                props.push(json!({ "name": "award-weight", "ns": NS, "value": i.weight.to_string() }));
            }
            let mut add = json!({ "position": "ending", "props": props });
            if let Some(w) = i.wording {
                add["parts"] =
                    json!([{ "id": format!("{id}_tender"), "name": "tender-statement", "ns": NS, "prose": w }]);
            }
            json!({ "control-id": id, "adds": [add] })
        })
        .collect();
    let resources: Vec<Value> = catalogues
        .iter()
        .map(|(cid, title)| {
            json!({
                "uuid": uuid_of(&format!("catalogue/{cid}")),
                "title": title,
                "rlinks": [{ "href": format!("{}.oscal.json", token("", cid)), "media-type": "application/oscal.catalog+json" }],
            })
        })
        .collect();
    json!({
        "profile": {
            "uuid": uuid_of(&format!("requirement-set/{}", p.version_id)),
            "metadata": {
                "title": p.title,
                "last-modified": p.published,
                "version": p.version.to_string(),
                "oscal-version": OSCAL_VERSION,
                "props": [
                    { "name": "requirement-set-sha256", "ns": NS, "value": p.set_hash },
                    { "name": "language", "ns": NS, "value": p.language },
                ],
            },
            "imports": imports,
            "merge": { "as-is": true },
            "modify": { "alters": alters },
            "back-matter": { "resources": resources },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_per_catalogue_with_kinds_weights_and_wording() {
        let p = Profile {
            version_id: "v1",
            title: "2026/1 Fagsystem",
            version: 2,
            set_hash: "abc",
            published: "2026-12-01T12:00:00Z",
            language: "nb",
            items: vec![
                ProfileItem {
                    catalogue_id: "builtin:a",
                    catalogue_title: "A",
                    reference: "8.7",
                    kind: "must",
                    weight: 0,
                    wording: Some("Egen tekst"),
                },
                ProfileItem {
                    catalogue_id: "builtin:b",
                    catalogue_title: "B",
                    reference: "3",
                    kind: "award",
                    weight: 100,
                    wording: None,
                },
            ],
        };
        let v = export_profile(&p);
        let prof = &v["profile"];
        assert_eq!(prof["imports"].as_array().unwrap().len(), 2);
        assert_eq!(prof["imports"][0]["include-controls"][0]["with-ids"][0], "req-8.7");
        assert_eq!(prof["modify"]["alters"][0]["adds"][0]["parts"][0]["prose"], "Egen tekst");
        assert_eq!(prof["modify"]["alters"][1]["adds"][0]["props"][1]["value"], "100");
        assert_eq!(prof["metadata"]["props"][0]["value"], "abc");
        assert_eq!(prof["back-matter"]["resources"][0]["rlinks"][0]["href"], "builtin_a.oscal.json");
    }
}
