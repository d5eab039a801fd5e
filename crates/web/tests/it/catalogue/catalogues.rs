//! The requirement catalogue: built-in content, browsing, mappings both ways, search,
//! coverage and its Excel download.

use crate::both;
use crate::flows::{member, setup_admin, sign_in};
use crate::support::TestApp;
use tillit_domain::Role;

const NB: &str = "builtin:sikkerhetskrav-anskaffelser";
const SV: &str = "builtin:villkor-trygghetslarm-2019";

async fn reader(t: &TestApp) -> crate::support::Browser {
    let admin = setup_admin(t).await;
    member(t, &admin.org, "les@bergen.kommune.no", Role::ProcurementOfficer).await.1
}

both!(the_built_in_catalogues_are_browsable_as_trees, |t| {
    let mut b = reader(&t).await;
    let list = b.get("/catalogues").await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.contains("Sikkerhetskrav i forbindelse med anskaffelser") && list.body.contains("46 requirements")
    );
    assert!(
        list.body.contains("Bilaga 05 – Villkor för informationssäkerhet") && list.body.contains("37 requirements")
    );
    let tree = b.get(&format!("/catalogues/{NB}")).await;
    assert_eq!(tree.body.matches("<details").count(), 14, "14 areas");
    assert_eq!(tree.body.matches("href=\"/requirements/").count(), 46);
    assert!(tree.body.contains("sikre at leverandøren har et eget styringssystem."));
    let sv = b.get(&format!("/catalogues/{SV}")).await;
    assert_eq!(sv.body.matches("href=\"/requirements/").count(), 37);
    assert!(sv.body.contains("Identity and access management"), "our themes, in the page's language");
});

both!(a_requirement_shows_its_citation_and_mappings_both_ways, |t| {
    let mut b = reader(&t).await;
    let r = b.get(&format!("/requirements/{NB}:8.7")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.by_id("requirement-text"), "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.");
    assert!(r.body.contains("ISO 27002 12.3 (ISO/IEC 27002:2013) → ISO/IEC 27002:2022 8.13"), "{}", r.body);
    assert!(r.body.contains("href=\"/iso/8.13\"") && r.body.contains("from source"));
    // A multi-column requirement reads in the right order.
    let r = b.get(&format!("/requirements/{NB}:5.2")).await;
    assert!(r.body.contains("Noen kan for eksempel være administratorer, mens andre vanlige brukere."));
    // 8.9 cites "??.?": its mapping is proposed.
    let r = b.get(&format!("/requirements/{NB}:8.9")).await;
    assert!(r.body.contains("proposed") && !r.body.contains("from source"));
    // Which requirements in other catalogues cover ISO 5.23?
    let c = b.get("/iso/5.23").await;
    assert_eq!(c.by_id("control-id"), "5.23");
    assert!(
        c.body.contains(&format!("/requirements/{NB}:8.4")) && c.body.contains(&format!("/requirements/{SV}:31")),
        "{}",
        c.body
    );
    assert!(c.body.contains("new in 2022") || c.body.contains("New in 2022"));
    let c = b.get("/iso/8.13").await;
    for r in ["8.7", "8.8", "8.9"] {
        assert!(c.body.contains(&format!("/requirements/{NB}:{r}\"")), "8.13 is covered by {r}");
    }
    assert!(c.body.contains(&format!("/requirements/{SV}:24\"")));
    assert!(c.body.contains("12.3.1 Information backup"), "the 2013 predecessor");
    assert_eq!(b.get("/iso/99.9").await.status, 404);
    assert_eq!(b.get("/requirements/builtin:nope:1.1").await.status, 404);
});

both!(search_finds_inflected_forms_in_bokmal_and_swedish, |t| {
    let mut b = reader(&t).await;
    let r = b.get("/search?q=sikkerhetskopi").await;
    assert_eq!(r.status, 200);
    for id in ["8.7", "8.8", "8.9"] {
        assert!(r.body.contains(&format!("/requirements/{NB}:{id}\"")), "sikkerhetskopi finds {id}: {}", r.body);
    }
    assert!(r.body.contains("<mark>sikkerhetskopiering</mark>"), "matches are highlighted");
    let r = b.get("/search?q=s%C3%A4kerhetskopior").await;
    assert!(r.body.contains(&format!("/requirements/{SV}:24\"")), "Swedish stems: {}", r.body);
    // Filters: one catalogue; an ISO theme.
    let r = b.get(&format!("/search?q=logg&catalogue={SV}")).await;
    assert!(r.body.contains(&format!("{SV}:25")) && !r.body.contains(&format!("/requirements/{NB}")));
    // Within one catalogue, one area.
    let r = b.get(&format!("/search?q=leverand%C3%B8r&catalogue={NB}&area=8")).await;
    assert!(r.body.contains("id=\"f-area\"") && r.body.contains(&format!("{NB}:8.7\"")), "{}", r.body);
    assert!(!r.body.contains(&format!("{NB}:1.1\"")), "other areas are left out");
    let r = b.get("/search?q=sikring&theme=physical").await;
    assert!(r.body.contains(&format!("{NB}:7.1\"")), "{}", r.body);
    assert!(!r.body.contains(&format!("{NB}:9.2\"")));
    let r = b.get("/search?q=tilgang&attribute=%23identity_and_access_management").await;
    assert!(r.body.contains(&format!("{NB}:5.1\"")), "{}", r.body);
    // Nothing in a query is syntax.
    for q in ["%22%29%3B%20DROP%20TABLE%20users%3B%20--", "a%20OR%20*", "NEAR(", "%27"] {
        assert_eq!(b.get(&format!("/search?q={q}")).await.status, 200, "{q}");
    }
    assert!(tillit_app::testing::user_count(&t.db).await.unwrap() > 0);
});

both!(coverage_compares_catalogues_and_downloads_as_excel, |t| {
    let mut b = reader(&t).await;
    let r = b.get(&format!("/coverage?c={NB}&c={SV}")).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("of 93 controls"));
    // 5.3 (segregation of duties) is demanded by the Swedish conditions (no. 2) and not by the Norwegian catalogue.
    let sv_only = r.body.split("covered by Bilaga 05").nth(1).unwrap().split("</details>").next().unwrap();
    assert!(sv_only.contains("/iso/5.3\""), "{sv_only}");
    let nb_only = r.body.split("covered by Sikkerhetskrav").nth(1).unwrap().split("</details>").next().unwrap();
    assert!(nb_only.contains("/iso/5.10\""), "4.2 acceptable use is only in the Norwegian catalogue: {nb_only}");
    let x = b.get(&format!("/coverage.xlsx?c={NB}&c={SV}")).await;
    assert_eq!(x.status, 200);
    assert!(x.headers.get("content-type").unwrap().to_str().unwrap().contains("spreadsheetml"));
    assert!(x.body.as_bytes().starts_with(b"PK"), "an xlsx is a zip");
    let f = tillit_app::data::AuditFilter { action: Some("export".into()), limit: 10, ..Default::default() };
    let org = tillit_domain::OrgId(t.app.admin_list_orgs().await.unwrap()[0].id.clone());
    let log = t.audit_log(&org, &f).await;
    assert!(log.iter().any(|r| r.event.object_type == "coverage"), "the download is in the audit log");
});

both!(reloading_content_never_touches_an_organisations_own_rows, |t| {
    let admin = setup_admin(&t).await;
    // An organisation's own mapping on a built-in requirement.
    t.db.execute(
        "INSERT INTO mappings (id, requirement_id, control_id, relationship, origin, rationale, owner, created_at)
             VALUES ('own-1', $1, '5.23', 'intersect', 'organisation', 'Our cloud services', $2, 0)",
        tillit_app::testing::args![format!("{NB}:8.7"), admin.org.as_str()],
    )
    .await
    .unwrap();
    // Unchanged content is not loaded again; changed content (a new hash) is, built-in rows only.
    let content = tillit_app::catalogue::builtin_content().unwrap();
    let hash = tillit_domain::catalogue::content_hash();
    assert!(!tillit_app::testing::load_builtin(&t.db, content, &hash, 1).await.unwrap());
    assert!(tillit_app::testing::load_builtin(&t.db, content, "a-newer-content-version", 2).await.unwrap());
    let (n,): (i64,) = t
        .db
        .fetch_one("SELECT COUNT(*) FROM mappings WHERE owner = $1", tillit_app::testing::args![admin.org.as_str()])
        .await
        .unwrap();
    assert_eq!(n, 1, "the organisation's own mapping survives");
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM requirements", vec![]).await.unwrap();
    assert_eq!(n, 83);
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM iso_controls", vec![]).await.unwrap();
    assert_eq!(n, 93);
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM iso2013_controls", vec![]).await.unwrap();
    assert_eq!(n, 114);
    // Another organisation does not see it.
    let other = t.app.admin_create_org("Lund", "eva@lund.se", "Eva", crate::flows::PASSWORD).await.unwrap();
    let owners = tillit_app::testing::mapping_owners(&t.db, &other, &format!("{NB}:8.7")).await.unwrap();
    assert!(!owners.is_empty() && owners.iter().all(String::is_empty), "{owners:?}");
});

both!(the_2013_to_2022_gap_view_shows_what_carries_over_and_what_is_new, |t| {
    let mut b = reader(&t).await;
    let all = b.get("/iso-2013").await;
    assert_eq!(all.status, 200);
    assert_eq!(all.body.matches("name=\"have\"").count(), 114, "every 2013 control");
    // An organisation with only the backup and logging controls of 2013.
    let r = b.get("/iso-2013?have=12.3.1&have=12.4.1&have=12.4.2").await;
    let carried_part = r.body.split("id=\"gap-carried\"").nth(1).unwrap().split("</ul>").next().unwrap();
    assert!(carried_part.contains("/iso/8.13\"") && carried_part.contains("/iso/8.15\""), "{carried_part}");
    assert_eq!(carried_part.matches("<li>").count(), 2);
    let missing_part = r.body.split("id=\"gap-missing\"").nth(1).unwrap().split("</ul>").next().unwrap();
    assert_eq!(missing_part.matches("<li>").count(), 91);
    assert_eq!(missing_part.matches("badge-new").count(), 11, "the 11 new controls are still to do");
});

/// A small, valid OSCAL catalog.
pub fn small_oscal(title: &str) -> String {
    serde_json::json!({ "catalog": {
        "uuid": "6f1b1e4c-0d4e-4b8a-9e3b-2d4c1f0a9b7e",
        "metadata": { "title": title, "last-modified": "2026-11-22T00:00:00Z", "version": "1", "oscal-version": "1.1.2" },
        "groups": [{ "id": "g1", "title": "Gruppe", "controls": [
            { "id": "c-1", "title": "Første", "parts": [{ "id": "c-1_smt", "name": "statement", "prose": "Skal gjøre noe." }],
              "controls": [{ "id": "c-1.1", "title": "Utvidelse", "parts": [{ "id": "c-1.1_smt", "name": "statement", "prose": "Og litt mer." }] }] }
        ]}]
    }})
    .to_string()
}

async fn upload(b: &mut crate::support::Browser, t: &TestApp, name: &str, bytes: Vec<u8>) -> crate::support::Resp {
    let form = reqwest::multipart::Form::new()
        .text("_csrf", b.csrf.clone().unwrap())
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(t.url("/catalogues/import"))
        .header("cookie", cookie)
        .header("accept-language", "en")
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let location = r.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if status == 303 {
        return b.get(&location).await;
    }
    crate::support::Resp { status, headers: r.headers().clone(), body: r.text().await.unwrap() }
}

fn nist_high() -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json");
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

both!(the_nist_high_baseline_imports_after_a_preview_with_its_hierarchy, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let preview = upload(&mut b, &t, "nist-high.json", nist_high()).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.by_id("import-count"), "370");
    assert!(preview.body.contains("182 of them under another requirement"), "enhancements under their controls");
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM catalogues WHERE owner <> ''", vec![]).await.unwrap();
    assert_eq!(n, 0, "nothing is imported before the confirmation");
    let id = preview.body.split("action=\"/catalogues/import/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let r = b.post(&format!("/catalogues/import/{id}/confirm"), &[]).await;
    assert_eq!(r.status, 303, "confirm {id}: {}", r.body);
    let cat = r.location().trim_start_matches("/catalogues/").split('?').next().unwrap().to_string();
    let tree = b.get(&format!("/catalogues/{cat}")).await;
    assert_eq!(tree.body.matches("<details").count(), 18);
    assert_eq!(tree.body.matches("href=\"/requirements/").count(), 370);
    assert_eq!(tree.body.matches("class=\"nested\"").count(), 182);
    let (parent,): (Option<String>,) =
        t.db.fetch_one(
            "SELECT parent_ref FROM requirements WHERE catalogue_id = $1 AND ref = 'ac-2.1'",
            tillit_app::testing::args![cat.as_str()],
        )
        .await
        .unwrap();
    assert_eq!(parent.as_deref(), Some("ac-2"));
    // Imported requirements are searchable, and the confirmation cannot be replayed.
    assert!(b.get("/search?q=account%20management").await.body.contains("ac-2"));
    assert_eq!(b.post(&format!("/catalogues/import/{id}/confirm"), &[]).await.status, 404);
    let f = tillit_app::data::AuditFilter { action: Some("catalogue.import".into()), limit: 5, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 1);
});

both!(a_bad_oscal_file_is_refused_with_its_problems_named_and_nothing_written, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let mut dup: serde_json::Value = serde_json::from_str(&small_oscal("Dup")).unwrap();
    let c = dup["catalog"]["groups"][0]["controls"][0].clone();
    dup["catalog"]["groups"][0]["controls"].as_array_mut().unwrap().push(c);
    let mut dangling: serde_json::Value = serde_json::from_str(&small_oscal("Dangling")).unwrap();
    dangling["catalog"]["groups"][0]["controls"][0]["links"] =
        serde_json::json!([{ "href": "#nowhere", "rel": "required" }]);
    let mut version: serde_json::Value = serde_json::from_str(&small_oscal("Version")).unwrap();
    version["catalog"]["metadata"]["oscal-version"] = serde_json::json!("0.9");
    for (bytes, path, what) in [
        (b"{ \"catalog\": { ".to_vec(), "$", "not valid JSON"),
        (version.to_string().into_bytes(), "$.catalog.metadata.oscal-version", "not supported"),
        (dup.to_string().into_bytes(), "$.catalog.groups[0].controls[1]", "duplicate id"),
        (dangling.to_string().into_bytes(), "$.catalog.groups[0].controls[0].links[0]", "#nowhere"),
        (b"PK\x03\x04 not really a catalog".to_vec(), "$", "not valid JSON"),
    ] {
        let r = upload(&mut b, &t, "bad.json", bytes).await;
        assert_eq!(r.status, 422, "{path}");
        let problems = r.body.split("id=\"import-problems\"").nth(1).unwrap_or("");
        assert!(problems.contains(&format!("<code>{path}</code>")) && problems.contains(what), "{path}: {problems}");
        assert!(!r.body.contains("import-confirm"));
    }
    // Absurd nesting: controls 30 deep.
    let mut c = serde_json::json!({ "id": "c30", "title": "x" });
    for i in (0..30).rev() {
        c = serde_json::json!({ "id": format!("c{i}"), "title": "x", "controls": [c] });
    }
    let mut deep: serde_json::Value = serde_json::from_str(&small_oscal("Deep")).unwrap();
    deep["catalog"]["groups"][0]["controls"] = serde_json::json!([c]);
    let r = upload(&mut b, &t, "deep.json", deep.to_string().into_bytes()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("nested deeper than 6 levels"), "{}", r.body);
    let r = upload(&mut b, &t, "empty.json", vec![]).await;
    assert_eq!(r.status, 422);
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM catalogues WHERE owner <> ''", vec![]).await.unwrap();
    assert_eq!(n, 0);
    // Over the upload limit.
    let big = vec![b' '; tillit_app::catalogue::io::MAX_IMPORT_BYTES + 10];
    let form = reqwest::multipart::Form::new()
        .text("_csrf", b.csrf.clone().unwrap())
        .part("file", reqwest::multipart::Part::bytes(big).file_name("big.json"));
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r =
        reqwest::Client::new().post(t.url("/catalogues/import")).header("cookie", cookie).multipart(form).send().await;
    assert!(r.map(|r| r.status().as_u16() == 413).unwrap_or(true), "413 or the connection cut at the limit");
});

both!(an_exported_catalogue_passes_trestle_validate, |t| {
    let mut b = reader(&t).await;
    let r = b.get(&format!("/catalogues/{NB}/oscal.json")).await;
    assert_eq!(r.status, 200);
    assert!(r.headers.get("content-disposition").unwrap().to_str().unwrap().contains("attachment"));
    let doc: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(doc["catalog"]["groups"].as_array().unwrap().len(), 14);
    fn controls(v: &serde_json::Value) -> usize {
        let own = v["controls"].as_array().map_or(0, |c| c.len() + c.iter().map(controls).sum::<usize>());
        own + v["groups"].as_array().map_or(0, |g| g.iter().map(controls).sum())
    }
    assert_eq!(controls(&doc["catalog"]), 46, "every requirement is a control");
    trestle_validate("catalog", &r.body);
});

/// Runs `trestle validate` (compliance-trestle from PyPI, installed by scripts/test) on a document.
pub fn trestle_validate(kind: &str, json: &str) {
    let trestle = std::env::var("TILLIT_TRESTLE").unwrap_or_else(|_| {
        format!("{}/.cache/tillit/trestle-venv/bin/trestle", std::env::var("HOME").unwrap_or_default())
    });
    let dir = std::env::temp_dir().join(format!("tillit-trestle-{}", tillit_app::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(&trestle)
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap_or_else(|e| panic!("trestle is needed ({trestle}): {e}; ./scripts/test installs it"))
    };
    let o = run(&["init"]);
    assert!(o.status.success(), "trestle init: {}", String::from_utf8_lossy(&o.stderr));
    let folder = dir.join(format!("{kind}s/tillit"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join(format!("{kind}.json")), json).unwrap();
    let o = run(&["validate", "-f", &format!("{kind}s/tillit/{kind}.json")]);
    let out = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(o.status.success() && out.to_lowercase().contains("valid"), "trestle validate failed: {out}");
}

both!(an_own_catalogue_is_copied_published_edited_and_diffed, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/catalogues", &[("title", "Bergens krav til skytjenester"), ("language", "nb")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let cat = r.location().trim_start_matches("/catalogues/").split('?').next().unwrap().to_string();
    for id in ["8.7", "8.8", "8.9"] {
        let r = b.post("/catalogues/copy", &[("source", &format!("{NB}:{id}")), ("target", &cat)]).await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    let page = b.get(&format!("/catalogues/{cat}")).await;
    assert_eq!(page.body.matches("href=\"/requirements/").count(), 3);
    assert!(page.by_id("catalogue-status").contains("version 1"));
    // A copy keeps the link to the original and its mappings.
    let copy_id = page.body.split("href=\"/requirements/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let copy = b.get(&format!("/requirements/{copy_id}")).await;
    assert_eq!(copy.by_id("copied-from"), format!("{NB}:8.7"));
    assert!(copy.body.contains("href=\"/iso/8.13\""));
    assert_eq!(b.post(&format!("/catalogues/{cat}/publish"), &[]).await.status, 303);
    assert!(b.get(&format!("/catalogues/{cat}")).await.body.contains("published"));
    assert_eq!(b.post(&format!("/catalogues/{cat}/publish"), &[]).await.status, 422, "nothing new to publish");

    // An edit after publishing opens version 2; version 1 stays as it was.
    let r = b
        .post(
            &format!("/requirements/{copy_id}/edit"),
            &[
                ("text", "Leverandør skal ha en dokumentert og testet prosess for sikkerhetskopiering."),
                ("guidance", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(b.get(&format!("/catalogues/{cat}")).await.by_id("catalogue-status").contains("version 2"));
    let (v1_text,): (String,) = t
        .db
        .fetch_one(
            "SELECT text FROM catalogue_version_requirements WHERE catalogue_id = $1 AND version = 1 AND requirement_id = $2",
            tillit_app::testing::args![cat.as_str(), copy_id.as_str()],
        )
        .await
        .unwrap();
    assert_eq!(
        v1_text, "Leverandør skal ha en dokumentert prosess for sikkerhetskopiering.",
        "published versions are immutable"
    );
    let diff = b.get(&format!("/catalogues/{cat}/versions?from=1&to=draft")).await;
    assert!(diff.body.contains("change-changed") && diff.body.contains("(text"), "{}", diff.body);
    assert_eq!(b.post(&format!("/catalogues/{cat}/publish"), &[]).await.status, 303);
    let diff = b.get(&format!("/catalogues/{cat}/versions?from=1&to=2")).await;
    let changes = diff.body.split("id=\"diff\"").nth(1).unwrap();
    assert_eq!(changes.matches("<li class=\"change-").count(), 1, "one requirement changed, with the same id");
    assert!(changes.contains("<ins>Leverandør skal ha en dokumentert og testet prosess"));
    let hashes: Vec<(String,)> =
        t.db.fetch_all(
            "SELECT hash FROM catalogue_versions WHERE catalogue_id = $1 ORDER BY version",
            tillit_app::testing::args![cat.as_str()],
        )
        .await
        .unwrap();
    assert_eq!(hashes.len(), 2);
    assert_ne!(hashes[0].0, hashes[1].0);
    assert!(diff.body.contains(&hashes[0].0), "the hash of each version is shown");
    // Built-in catalogues cannot be edited, and a version that does not exist is not found.
    assert_eq!(b.post(&format!("/requirements/{NB}:8.7/edit"), &[("text", "x")]).await.status, 404);
    assert_eq!(b.get(&format!("/catalogues/{cat}/versions?from=1&to=9")).await.status, 404);
    let f = tillit_app::data::AuditFilter { action: Some("catalogue.publish".into()), limit: 5, ..Default::default() };
    assert_eq!(t.audit_log(&admin.org, &f).await.len(), 2);
});

both!(an_organisation_extends_the_mappings_for_itself_only, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b
        .post(
            &format!("/requirements/{NB}:8.7/mappings"),
            &[
                ("control", "5.30"),
                ("relationship", "intersect"),
                ("rationale", "Gjenoppretting er en del av IKT-beredskapen"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(&format!("/requirements/{NB}:8.7")).await;
    assert!(
        page.body.contains("added by the organisation")
            && page.body.contains("Gjenoppretting er en del av IKT-beredskapen")
    );
    assert!(b.get("/iso/5.30").await.body.contains(&format!("/requirements/{NB}:8.7\"")), "the reverse view shows it");
    assert_eq!(
        b.post(
            &format!("/requirements/{NB}:8.7/mappings"),
            &[("control", "99.1"), ("relationship", "intersect"), ("rationale", "x")]
        )
        .await
        .status,
        422
    );
    assert_eq!(
        b.post(
            &format!("/requirements/{NB}:8.7/mappings"),
            &[("control", "5.30"), ("relationship", "related"), ("rationale", "x")]
        )
        .await
        .status,
        422
    );
    // Another organisation does not see it.
    t.app.admin_create_org("Lund", "eva@lund.se", "Eva", crate::flows::PASSWORD).await.unwrap();
    let eva = tillit_app::testing::user_by_email(&t.db, "eva@lund.se").await.unwrap().unwrap();
    let secret = crate::flows::give_totp(&t, &eva.user_id()).await;
    let mut e = sign_in(&t, "eva@lund.se", Some(&secret)).await;
    assert!(
        !e.get(&format!("/requirements/{NB}:8.7")).await.body.contains("Gjenoppretting er en del av IKT-beredskapen")
    );
    assert!(!e.get("/iso/5.30").await.body.contains(&format!("/requirements/{NB}:8.7\"")));
    // And the built-in mappings cannot be removed by anyone.
    let builtin = format!("{NB}:8.7:8.13");
    assert_eq!(b.post(&format!("/mappings/{builtin}/remove"), &[]).await.status, 404);
});

both!(a_catalogue_goes_out_and_back_in_as_csv, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let csv = b.get(&format!("/catalogues/{NB}/export.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("area,area_title,ref,parent_ref,title,text,guidance,references,iso27002_2022\r\n"));
    assert!(csv.body.contains("8.13 subset"), "mappings are written for reading");
    let preview = upload(&mut b, &t, "Bergens kopi.csv", csv.body.clone().into_bytes()).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.by_id("import-count"), "46");
    assert_eq!(preview.by_id("import-title"), "Bergens kopi");
    let id = preview.body.split("action=\"/catalogues/import/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let r = b.post(&format!("/catalogues/import/{id}/confirm"), &[]).await;
    assert_eq!(r.status, 303);
    let cat = r.location().trim_start_matches("/catalogues/").split('?').next().unwrap().to_string();
    let again = b.get(&format!("/catalogues/{cat}/export.csv")).await;
    // The same requirements come back (the mappings column is for reading only).
    let strip = |s: &str| s.lines().map(|l| l.rsplit_once(',').map_or(l, |x| x.0).to_string()).collect::<Vec<_>>();
    assert_eq!(strip(&again.body).len(), strip(&csv.body).len());
    let bad = "area;ref;text\n1;1.1;Krav\n1;1.1;Igjen\n1;;Uten nummer\n1;1.4;=HYPERLINK(\"http://x\")\n";
    let r = upload(&mut b, &t, "feil.csv", bad.as_bytes().to_vec()).await;
    assert_eq!(r.status, 422);
    for path in ["row 3, column ref", "row 4, column ref", "row 5, column text"] {
        assert!(r.body.contains(&format!("<code>{path}</code>")), "{path}: {}", r.body);
    }
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM catalogues WHERE owner <> ''", vec![]).await.unwrap();
    assert_eq!(n, 1, "the bad file wrote nothing");
});

both!(a_catalogue_goes_out_and_back_in_as_excel_and_bad_workbooks_write_nothing, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let x = reqwest::Client::new()
        .get(t.url(&format!("/catalogues/{NB}/export.xlsx")))
        .header("cookie", b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "))
        .send()
        .await
        .unwrap();
    assert_eq!(x.status().as_u16(), 200);
    let bytes = x.bytes().await.unwrap().to_vec();
    assert!(bytes.starts_with(b"PK"));
    let preview = upload(&mut b, &t, "Fra Excel.xlsx", bytes.clone()).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.by_id("import-count"), "46");
    // Bad workbooks, each refused with a message, nothing written.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0];
    ole.extend_from_slice(&[0u8; 512]);
    for (name, file, what) in [
        ("passord.xlsx", ole, "password-protected"),
        ("tekst.xlsx", b"area,ref,text\n1,1.1,Krav\n".to_vec(), "not an Excel workbook"),
        (
            "makro.xlsm",
            {
                use std::io::Write;
                let mut zw = zip::ZipWriter::new(std::io::Cursor::new(vec![]));
                let o = zip::write::SimpleFileOptions::default();
                zw.start_file("xl/vbaProject.bin", o).unwrap();
                zw.write_all(b"x").unwrap();
                zw.finish().unwrap().into_inner()
            },
            "macro-enabled",
        ),
    ] {
        let r = upload(&mut b, &t, name, file).await;
        assert_eq!(r.status, 422, "{name}");
        assert!(r.body.contains(what), "{name}: {}", r.body);
    }
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM catalogues WHERE owner <> ''", vec![]).await.unwrap();
    assert_eq!(n, 0);
});

// A parked import is parsed once: a refused file keeps only its problems (not its bytes), the
// preview reads the stored result, and imports never confirmed expire (a day by default).
both!(parked_imports_are_parsed_once_and_expire, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let bad = upload(&mut b, &t, "krav.csv", b"area,ref,text\n1,,Krav uten nummer\n".to_vec()).await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let good = upload(&mut b, &t, "krav.csv", b"area,ref,text\n1,1.1,Krav\n".to_vec()).await;
    assert_eq!(good.status, 200, "{}", good.body);
    let rows: Vec<(String, Vec<u8>, String)> =
        t.db.fetch_all("SELECT id, content, parsed FROM pending_imports ORDER BY created_at, id", vec![])
            .await
            .unwrap();
    assert_eq!(rows.len(), 2);
    let refused = rows.iter().find(|r| r.2.contains("\"Err\"")).expect("the refused one");
    assert!(refused.1.is_empty(), "a refused file's bytes are not kept");
    let kept = rows.iter().find(|r| r.2.contains("\"Ok\"")).expect("the good one");
    // The preview comes from the stored result: changing the stored bytes changes nothing.
    t.db.execute(
        "UPDATE pending_imports SET content = $1 WHERE id = $2",
        tillit_app::testing::args![b"garbage".to_vec(), kept.0.as_str()],
    )
    .await
    .unwrap();
    let again = b.get(&format!("/catalogues/import/{}", kept.0)).await;
    assert_eq!(again.status, 200);
    assert_eq!(again.by_id("import-count"), "1");
    // Not confirmed within a day: gone.
    t.clock.advance(25 * 3600);
    assert_eq!(t.app.expire_pending_imports().await.unwrap(), 2);
    let (n,): (i64,) = t.db.fetch_one("SELECT COUNT(*) FROM pending_imports", vec![]).await.unwrap();
    assert_eq!(n, 0);
});
