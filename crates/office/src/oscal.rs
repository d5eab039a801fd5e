//! OSCAL 1.1 catalog JSON, both ways. Export writes a catalogue as groups (areas) of controls
//! (requirements) with their statement, guidance, references and ISO/IEC 27002:2022 mappings
//! as namespaced props. Import reads any OSCAL catalog (e.g. NIST SP 800-53) into areas and
//! requirements with their hierarchy, listing every problem by its JSON path.

use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// Our namespace for props OSCAL has no name for.
pub const NS: &str = "https://tillit.no/ns/oscal";
pub const OSCAL_VERSION: &str = "1.1.2";
/// Deeper control nesting than this is refused (NIST goes two deep).
pub const MAX_DEPTH: usize = 6;
/// More controls than this in one file is refused.
pub const MAX_CONTROLS: usize = 50_000;

pub struct ExportMapping {
    pub control: String,
    pub relationship: String,
    pub origin: String,
    pub rationale: String,
}

pub struct ExportRequirement {
    pub reference: String,
    pub title: String,
    pub text: String,
    pub guidance: String,
    pub references: Vec<String>,
    pub mappings: Vec<ExportMapping>,
    pub children: Vec<ExportRequirement>,
}

pub struct ExportArea {
    pub number: String,
    pub title: String,
    pub purpose: Option<String>,
    pub requirements: Vec<ExportRequirement>,
}

pub struct ExportCatalogue {
    /// Stable identity of the catalogue (its id); the OSCAL uuid is derived from it.
    pub id: String,
    pub title: String,
    pub version: String,
    /// RFC 3339, UTC.
    pub last_modified: String,
    pub language: String,
    pub areas: Vec<ExportArea>,
}

/// An OSCAL token: letters, digits, `.`, `-`, `_`, starting with a letter or `_`.
pub fn token(prefix: &str, raw: &str) -> String {
    let cleaned: String =
        raw.chars().map(|c| if c.is_alphanumeric() || c == '.' || c == '-' || c == '_' { c } else { '_' }).collect();
    format!("{prefix}{cleaned}")
}

fn export_control(r: &ExportRequirement) -> Value {
    let id = token("req-", &r.reference);
    let mut props = vec![json!({ "name": "label", "value": r.reference })];
    for m in &r.mappings {
        props.push(json!({
            "name": "iso27002-2022",
            "ns": NS,
            "value": m.control,
            "class": m.relationship,
            "remarks": format!("{} — {}", m.origin, m.rationale),
        }));
    }
    for x in &r.references {
        props.push(json!({ "name": "source-reference", "ns": NS, "value": x }));
    }
    let mut parts = vec![json!({ "id": format!("{id}_smt"), "name": "statement", "prose": r.text })];
    if !r.guidance.trim().is_empty() {
        parts.push(json!({ "id": format!("{id}_gdn"), "name": "guidance", "prose": r.guidance }));
    }
    let title = if r.title.trim().is_empty() { r.reference.clone() } else { r.title.clone() };
    let mut c = json!({ "id": id, "class": "requirement", "title": title, "props": props, "parts": parts });
    if !r.children.is_empty() {
        c["controls"] = Value::Array(r.children.iter().map(export_control).collect());
    }
    c
}

/// The catalogue as an OSCAL catalog document.
pub fn export_catalog(c: &ExportCatalogue) -> Value {
    let uuid =
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("{NS}/catalogue/{}/{}", c.id, c.version).as_bytes());
    let groups: Vec<Value> = c
        .areas
        .iter()
        .map(|a| {
            let id = token("area-", &a.number);
            let mut g = json!({
                "id": id,
                "class": "area",
                "title": a.title,
                "props": [{ "name": "label", "value": a.number }],
                "controls": a.requirements.iter().map(export_control).collect::<Vec<_>>(),
            });
            if let Some(p) = a.purpose.as_ref().filter(|p| !p.trim().is_empty()) {
                g["parts"] = json!([{ "id": format!("{id}_obj"), "name": "objective", "prose": p }]);
            }
            g
        })
        .collect();
    json!({
        "catalog": {
            "uuid": uuid.to_string(),
            "metadata": {
                "title": c.title,
                "last-modified": c.last_modified,
                "version": c.version,
                "oscal-version": OSCAL_VERSION,
                "props": [{ "name": "language", "ns": NS, "value": c.language }],
            },
            "groups": groups,
        }
    })
}

/// Something wrong in an imported file, where it is and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportedRequirement {
    /// The control id (e.g. "ac-2.1").
    pub reference: String,
    pub parent: Option<String>,
    pub title: String,
    pub text: String,
    pub guidance: String,
    pub area: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportedArea {
    pub number: String,
    pub title: String,
    pub purpose: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportedCatalogue {
    pub title: String,
    pub version: String,
    pub oscal_version: String,
    pub areas: Vec<ImportedArea>,
    pub requirements: Vec<ImportedRequirement>,
    /// Things worth knowing that do not stop the import (e.g. "related" links to controls a
    /// baseline left out).
    pub warnings: Vec<Problem>,
}

/// Flattens a part's prose and its sub-parts (with their labels) into readable text.
fn part_text(part: &Value) -> String {
    let mut out = String::new();
    let label = part["props"]
        .as_array()
        .and_then(|ps| ps.iter().find(|p| p["name"] == "label"))
        .and_then(|p| p["value"].as_str());
    if let Some(l) = label {
        out.push_str(l);
        out.push(' ');
    }
    if let Some(p) = part["prose"].as_str() {
        out.push_str(p.trim());
    }
    for sub in part["parts"].as_array().into_iter().flatten() {
        let t = part_text(sub);
        if !t.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&t);
        }
    }
    out
}

struct Reader {
    problems: Vec<Problem>,
    ids: BTreeMap<String, String>,
    /// (path, target, rel)
    links: Vec<(String, String, String)>,
    requirements: Vec<ImportedRequirement>,
}

impl Reader {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        if self.problems.len() < 200 {
            self.problems.push(Problem { path: path.to_string(), message: message.into() });
        }
    }

    fn note_id(&mut self, path: &str, v: &Value) {
        if let Some(id) = v["id"].as_str()
            && let Some(first) = self.ids.insert(id.to_string(), path.to_string())
        {
            self.problem(path, format!("duplicate id {id:?} (first at {first})"));
        }
    }

    fn note_links(&mut self, path: &str, v: &Value) {
        for (i, l) in v["links"].as_array().into_iter().flatten().enumerate() {
            if let Some(h) = l["href"].as_str().and_then(|h| h.strip_prefix('#')) {
                let rel = l["rel"].as_str().unwrap_or("").to_string();
                self.links.push((format!("{path}.links[{i}]"), h.to_string(), rel));
            }
        }
    }

    /// Every id in a subtree (params, parts), so references to them resolve.
    fn note_inner_ids(&mut self, path: &str, v: &Value) {
        for key in ["params", "parts"] {
            for (i, x) in v[key].as_array().into_iter().flatten().enumerate() {
                let p = format!("{path}.{key}[{i}]");
                self.note_id(&p, x);
                self.note_inner_ids(&p, x);
            }
        }
    }

    fn control(&mut self, path: &str, v: &Value, area: &str, parent: Option<&str>, depth: usize) {
        if depth > MAX_DEPTH {
            self.problem(path, format!("controls nested deeper than {MAX_DEPTH} levels"));
            return;
        }
        if self.requirements.len() >= MAX_CONTROLS {
            self.problem(path, format!("more than {MAX_CONTROLS} controls"));
            return;
        }
        let Some(id) = v["id"].as_str().filter(|s| !s.trim().is_empty()) else {
            self.problem(path, "a control without an id");
            return;
        };
        self.note_id(path, v);
        self.note_links(path, v);
        self.note_inner_ids(path, v);
        let title = v["title"].as_str().unwrap_or("").to_string();
        if title.trim().is_empty() {
            self.problem(&format!("{path}.title"), "a control without a title");
        }
        let parts = v["parts"].as_array().cloned().unwrap_or_default();
        let statement = parts.iter().find(|p| p["name"] == "statement").map(part_text).unwrap_or_default();
        let guidance = parts.iter().find(|p| p["name"] == "guidance").map(part_text).unwrap_or_default();
        let text = if statement.trim().is_empty() { title.clone() } else { statement };
        self.requirements.push(ImportedRequirement {
            reference: id.to_string(),
            parent: parent.map(str::to_string),
            title,
            text,
            guidance,
            area: area.to_string(),
        });
        for (i, c) in v["controls"].as_array().into_iter().flatten().enumerate() {
            self.control(&format!("{path}.controls[{i}]"), c, area, Some(id), depth + 1);
        }
    }
}

/// Reads an OSCAL catalog. Either the whole catalogue, or every problem found.
pub fn parse_catalog(bytes: &[u8]) -> Result<ImportedCatalogue, Vec<Problem>> {
    let one = |path: &str, m: String| Err(vec![Problem { path: path.into(), message: m }]);
    let doc: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return one("$", format!("not valid JSON at line {}, column {}: {e}", e.line(), e.column())),
    };
    let Some(cat) = doc.get("catalog").filter(|c| c.is_object()) else {
        let what =
            if doc.get("profile").is_some() { "an OSCAL profile, not a catalog" } else { "no \"catalog\" object" };
        return one("$", what.to_string());
    };
    let version = cat["metadata"]["oscal-version"].as_str().unwrap_or("");
    let supported = ["1.0.", "1.1.", "1.2."].iter().any(|p| version.starts_with(p));
    if !supported {
        return one(
            "$.catalog.metadata.oscal-version",
            format!("OSCAL version {version:?} is not supported (1.0–1.2 are)"),
        );
    }
    let mut r = Reader { problems: vec![], ids: BTreeMap::new(), links: vec![], requirements: vec![] };
    if cat["uuid"].as_str().is_none_or(|u| uuid::Uuid::parse_str(u).is_err()) {
        r.problem("$.catalog.uuid", "missing or not a UUID");
    }
    let title = cat["metadata"]["title"].as_str().unwrap_or("").trim().to_string();
    if title.is_empty() {
        r.problem("$.catalog.metadata.title", "missing");
    }
    let mut areas = vec![];
    // Controls outside any group go into one area of their own.
    let loose = cat["controls"].as_array().cloned().unwrap_or_default();
    if !loose.is_empty() {
        areas.push(ImportedArea { number: "controls".into(), title: title.clone(), purpose: None });
        for (i, c) in loose.iter().enumerate() {
            r.control(&format!("$.catalog.controls[{i}]"), c, "controls", None, 1);
        }
    }
    fn group(r: &mut Reader, areas: &mut Vec<ImportedArea>, path: &str, g: &Value, depth: usize) {
        if depth > MAX_DEPTH {
            r.problem(path, format!("groups nested deeper than {MAX_DEPTH} levels"));
            return;
        }
        let Some(id) = g["id"].as_str().filter(|s| !s.trim().is_empty()) else {
            r.problem(path, "a group without an id");
            return;
        };
        r.note_id(path, g);
        r.note_links(path, g);
        r.note_inner_ids(path, g);
        let purpose = g["parts"].as_array().and_then(|ps| ps.first()).map(part_text).filter(|s| !s.is_empty());
        areas.push(ImportedArea {
            number: id.to_string(),
            title: g["title"].as_str().unwrap_or(id).to_string(),
            purpose,
        });
        for (i, c) in g["controls"].as_array().into_iter().flatten().enumerate() {
            r.control(&format!("{path}.controls[{i}]"), c, id, None, 1);
        }
        for (i, sub) in g["groups"].as_array().into_iter().flatten().enumerate() {
            group(r, areas, &format!("{path}.groups[{i}]"), sub, depth + 1);
        }
    }
    for (i, g) in cat["groups"].as_array().into_iter().flatten().enumerate() {
        group(&mut r, &mut areas, &format!("$.catalog.groups[{i}]"), g, 1);
    }
    if r.requirements.is_empty() && r.problems.is_empty() {
        r.problem("$.catalog", "the catalog has no controls");
    }
    let known: BTreeSet<String> = r.ids.keys().cloned().collect();
    let back: BTreeSet<String> = cat["back-matter"]["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x["uuid"].as_str().map(str::to_string))
        .collect();
    let mut warnings = vec![];
    for (path, target, rel) in std::mem::take(&mut r.links) {
        if known.contains(&target) || back.contains(&target) {
            continue;
        }
        let message = format!("link to #{target}, which is not in the file");
        if rel == "related" {
            // A baseline keeps "related" links to controls it does not select.
            if warnings.len() < 200 {
                warnings.push(Problem { path, message });
            }
        } else {
            r.problem(&path, message);
        }
    }
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    Ok(ImportedCatalogue {
        title,
        version: cat["metadata"]["version"].as_str().unwrap_or("").to_string(),
        oscal_version: version.to_string(),
        areas,
        requirements: r.requirements,
        warnings,
    })
}

/// Keeps `Map` in the public vocabulary for callers building documents by hand.
pub type Object = Map<String, Value>;

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ExportCatalogue {
        ExportCatalogue {
            id: "builtin:x".into(),
            title: "Krav".into(),
            version: "1".into(),
            last_modified: "2026-11-22T00:00:00Z".into(),
            language: "nb".into(),
            areas: vec![ExportArea {
                number: "8".into(),
                title: "Driftssikkerhet".into(),
                purpose: Some("sikre drift".into()),
                requirements: vec![ExportRequirement {
                    reference: "8.7".into(),
                    title: String::new(),
                    text: "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.".into(),
                    guidance: "Veiledning.".into(),
                    references: vec!["ISO 27002 12.3".into()],
                    mappings: vec![ExportMapping {
                        control: "8.13".into(),
                        relationship: "subset".into(),
                        origin: "source".into(),
                        rationale: "Backups.".into(),
                    }],
                    children: vec![],
                }],
            }],
        }
    }

    #[test]
    fn export_then_import_keeps_the_content() {
        let doc = export_catalog(&sample());
        assert_eq!(doc["catalog"]["metadata"]["oscal-version"], OSCAL_VERSION);
        assert_eq!(doc["catalog"]["groups"][0]["controls"][0]["id"], "req-8.7");
        let back = parse_catalog(doc.to_string().as_bytes()).unwrap();
        assert_eq!(back.requirements.len(), 1);
        assert_eq!(back.requirements[0].text, "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.");
        assert_eq!(back.areas[0].purpose.as_deref(), Some("sikre drift"));
        // The same catalogue and version always get the same uuid.
        assert_eq!(export_catalog(&sample())["catalog"]["uuid"], doc["catalog"]["uuid"]);
    }

    #[test]
    fn bad_files_are_named_precisely() {
        let e = parse_catalog(b"{\"catalog\": [").unwrap_err();
        assert!(e[0].message.contains("line 1"), "{e:?}");
        let mut doc = export_catalog(&sample());
        doc["catalog"]["metadata"]["oscal-version"] = json!("9.9.9");
        let e = parse_catalog(doc.to_string().as_bytes()).unwrap_err();
        assert_eq!(e[0].path, "$.catalog.metadata.oscal-version");
        let mut doc = export_catalog(&sample());
        let c = doc["catalog"]["groups"][0]["controls"][0].clone();
        doc["catalog"]["groups"][0]["controls"].as_array_mut().unwrap().push(c);
        let e = parse_catalog(doc.to_string().as_bytes()).unwrap_err();
        assert!(
            e.iter()
                .any(|p| p.path == "$.catalog.groups[0].controls[1]" && p.message.contains("duplicate id \"req-8.7\"")),
            "{e:?}"
        );
        let mut doc = export_catalog(&sample());
        doc["catalog"]["groups"][0]["controls"][0]["links"] = json!([{ "href": "#nowhere", "rel": "reference" }]);
        let e = parse_catalog(doc.to_string().as_bytes()).unwrap_err();
        assert_eq!(e[0].path, "$.catalog.groups[0].controls[0].links[0]");
        assert!(e[0].message.contains("#nowhere"));
        // Absurd nesting: controls 20 deep.
        let mut c = json!({ "id": "c20", "title": "x" });
        for i in (0..20).rev() {
            c = json!({ "id": format!("c{i}"), "title": "x", "controls": [c] });
        }
        let mut doc = export_catalog(&sample());
        doc["catalog"]["groups"][0]["controls"] = json!([c]);
        let e = parse_catalog(doc.to_string().as_bytes()).unwrap_err();
        assert!(e[0].message.contains("nested deeper"), "{e:?}");
        // A profile is not a catalog.
        let e = parse_catalog(b"{\"profile\": {}}").unwrap_err();
        assert!(e[0].message.contains("profile"));
    }

    #[test]
    fn the_nist_high_baseline_imports_with_its_hierarchy() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json");
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let c = parse_catalog(&bytes).unwrap();
        assert_eq!(c.requirements.len(), 370);
        assert_eq!(c.areas.len(), 18);
        assert_eq!(c.requirements.iter().filter(|r| r.parent.is_none()).count(), 188);
        let ac2_1 = c.requirements.iter().find(|r| r.reference == "ac-2.1").unwrap();
        assert_eq!(ac2_1.parent.as_deref(), Some("ac-2"));
        assert_eq!(ac2_1.area, "ac");
        let ac1 = c.requirements.iter().find(|r| r.reference == "ac-1").unwrap();
        assert_eq!(ac1.title, "Policy and Procedures");
        assert!(ac1.text.starts_with("a."), "{}", ac1.text);
        assert!(!ac1.guidance.is_empty());
        assert!(c.warnings.iter().any(|w| w.message.contains("#pm-9")), "related links outside the baseline are noted");
    }
}
