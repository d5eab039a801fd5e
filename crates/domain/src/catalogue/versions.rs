//! Versions of an organisation's own catalogue: the canonical hash of a version and the
//! differences between two versions. Requirement ids are stable across versions, so a
//! requirement is the same one even when its number or text changes.

use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionItem {
    pub id: String,
    pub reference: String,
    pub area: String,
    pub title: String,
    pub text: String,
    pub guidance: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Change {
    Added(VersionItem),
    Removed(VersionItem),
    /// The requirement as it was, as it is, and the names of the fields that differ.
    Changed {
        old: VersionItem,
        new: VersionItem,
        fields: Vec<&'static str>,
    },
}

/// SHA-256 over the items in order, as canonical JSON: the same content, the same hash.
pub fn hash(items: &[VersionItem]) -> String {
    let body = serde_json::to_vec(items).unwrap_or_default();
    hex::encode(Sha256::digest(&body))
}

/// What changed from `old` to `new`, in the order of `new` (removed ones last).
pub fn diff(old: &[VersionItem], new: &[VersionItem]) -> Vec<Change> {
    let before: BTreeMap<&str, &VersionItem> = old.iter().map(|i| (i.id.as_str(), i)).collect();
    let after: BTreeMap<&str, &VersionItem> = new.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut out = vec![];
    for n in new {
        match before.get(n.id.as_str()) {
            None => out.push(Change::Added(n.clone())),
            Some(o) => {
                let fields: Vec<&'static str> = [
                    ("reference", o.reference != n.reference),
                    ("area", o.area != n.area),
                    ("title", o.title != n.title),
                    ("text", o.text != n.text),
                    ("guidance", o.guidance != n.guidance),
                ]
                .into_iter()
                .filter(|(_, d)| *d)
                .map(|(f, _)| f)
                .collect();
                if !fields.is_empty() {
                    out.push(Change::Changed { old: (*o).clone(), new: n.clone(), fields });
                }
            }
        }
    }
    for o in old {
        if !after.contains_key(o.id.as_str()) {
            out.push(Change::Removed(o.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn item(id: &str, text: &str) -> VersionItem {
        VersionItem {
            id: id.into(),
            reference: format!("R{id}"),
            area: "1".into(),
            title: String::new(),
            text: text.into(),
            guidance: String::new(),
        }
    }

    #[test]
    fn added_removed_and_changed() {
        let v1 = vec![item("a", "one"), item("b", "two")];
        let v2 = vec![item("a", "one, edited"), item("c", "three")];
        let d = diff(&v1, &v2);
        assert!(matches!(&d[0], Change::Changed { fields, .. } if fields == &vec!["text"]));
        assert!(matches!(&d[1], Change::Added(i) if i.id == "c"));
        assert!(matches!(&d[2], Change::Removed(i) if i.id == "b"));
        assert!(diff(&v2, &v2).is_empty());
        assert_ne!(hash(&v1), hash(&v2));
        assert_eq!(hash(&v1), hash(&v1.clone()));
    }

    proptest! {
        #[test]
        fn a_diff_accounts_for_every_requirement(old in proptest::collection::btree_set(0u8..20, 0..15), new in proptest::collection::btree_set(0u8..20, 0..15)) {
            let o: Vec<_> = old.iter().map(|i| item(&i.to_string(), "x")).collect();
            let n: Vec<_> = new.iter().map(|i| item(&i.to_string(), if i % 2 == 0 { "x" } else { "y" })).collect();
            let d = diff(&o, &n);
            let added = d.iter().filter(|c| matches!(c, Change::Added(_))).count();
            let removed = d.iter().filter(|c| matches!(c, Change::Removed(_))).count();
            prop_assert_eq!(added, new.difference(&old).count());
            prop_assert_eq!(removed, old.difference(&new).count());
        }
    }
}
