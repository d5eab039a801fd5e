//! The JSON API: personal tokens and the OpenAPI document.

use crate::both;
use crate::flows::setup_admin;
use std::collections::BTreeSet;
use tillit_web::routes::ROUTES;

async fn call(t: &crate::support::TestApp, path: &str, token: &str) -> (u16, serde_json::Value) {
    let r = reqwest::Client::new().get(t.url(path)).bearer_auth(token).send().await.unwrap();
    let s = r.status().as_u16();
    (s, r.json().await.unwrap_or(serde_json::Value::Null))
}

both!(personal_tokens_are_shown_once_stored_hashed_and_expire, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let page = b.post("/profile/api-tokens", &[("name", "rapport"), ("days", "30")]).await;
    let token = page.by_id("new-token");
    assert!(token.starts_with("tillit_"));
    assert!(!b.get("/profile/api-tokens").await.body.contains(&token), "shown once");
    let rows: Vec<(String,)> = t.db.fetch_all("SELECT token_hash FROM api_tokens", vec![]).await.unwrap();
    assert!(rows.iter().all(|(h,)| h != &token && !h.contains("tillit_")));
    let (s, me) = call(&t, "/api/v1/me", &token).await;
    assert_eq!(s, 200);
    assert_eq!(me["role"], "administrator");
    assert_eq!(me["organisation_id"], admin.org.0);
    let (s, members) = call(&t, "/api/v1/members", &token).await;
    assert_eq!((s, members.as_array().unwrap().len()), (200, 1));
    assert_eq!(call(&t, "/api/v1/me", "tillit_not-a-token").await.0, 401);
    assert_eq!(call(&t, "/api/v1/me", "").await.0, 401);
    t.clock.advance(31 * 86400);
    assert_eq!(call(&t, "/api/v1/me", &token).await.0, 401, "expired");
});

both!(a_revoked_token_stops_working, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (tok, secret) = t.app.create_api_token(&a, "x", 10).await.unwrap();
    assert_eq!(call(&t, "/api/v1/me", &secret).await.0, 200);
    let mut b = admin.browser;
    assert_eq!(b.post(&format!("/profile/api-tokens/{}/revoke", tok.id), &[]).await.status, 303);
    assert_eq!(call(&t, "/api/v1/me", &secret).await.0, 401);
    assert_eq!(call(&t, "/api/v1/no-such-route", &secret).await.0, 404);
});

#[test]
fn every_api_route_is_in_the_openapi_document_and_nothing_else() {
    let doc: serde_json::Value = serde_json::from_str(tillit_web::api::OPENAPI).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, ops)| ops.as_object().unwrap().keys().map(move |m| (m.to_uppercase(), format!("/api/v1{p}"))))
        .collect();
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .filter(|r| r.path.starts_with("/api/"))
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    let missing: Vec<_> = routed.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&routed).collect();
    assert!(missing.is_empty(), "API routes missing from openapi.json: {missing:?}");
    assert!(extra.is_empty(), "openapi.json documents routes that do not exist: {extra:?}");
    // Every `{name}` in a path is declared as a path parameter of each of its operations.
    for (path, ops) in doc["paths"].as_object().unwrap() {
        let names: Vec<&str> = path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')).collect();
        for (method, op) in ops.as_object().unwrap() {
            for n in &names {
                let declared = op["parameters"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["in"] == "path" && p["name"] == *n && p["required"] == true));
                assert!(declared, "{method} {path} does not declare its path parameter {n}");
            }
        }
    }
}

both!(the_openapi_document_is_served_and_every_documented_route_answers, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (_, secret) = t.app.create_api_token(&a, "x", 10).await.unwrap();
    let case_id = t.app.create_case(&a, "2026/1", "Sak", "").await.unwrap();
    // Published, with one bid, so every documented read has something to show.
    t.app.adopt_proposal(&a, &case_id).await.unwrap();
    t.app.set_deadline(&a, &case_id, t.app.now().0 + 86_400, "").await.unwrap();
    t.app.move_case(&a, &case_id, tillit_domain::procurement::Status::Published).await.unwrap();
    let inv = tillit_app::procurement::bids::Invitation {
        company: "Visma",
        country: "no",
        org_number: "923609016",
        email: "a@visma.no",
    };
    let bid_id = t.app.invite_bidder(&a, &case_id, inv).await.unwrap();
    let made = tillit_app::testing::supplier_with_contract(&t.db, &admin.org, "974760673").await.unwrap();
    let r = reqwest::Client::new().get(t.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let doc: serde_json::Value = r.json().await.unwrap();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        if ops.get("get").is_none() {
            continue;
        }
        let p = path.replace("{user_id}", admin.user.as_str()).replace(
            "{id}",
            if path.starts_with("/cases") {
                case_id.as_str()
            } else if path.starts_with("/bids") {
                bid_id.as_str()
            } else if path.starts_with("/catalogues") {
                "builtin:sikkerhetskrav-anskaffelser"
            } else if path.starts_with("/requirements") {
                "builtin:sikkerhetskrav-anskaffelser:8.7"
            } else if path.starts_with("/suppliers") {
                made.supplier.as_str()
            } else if path.starts_with("/contracts") {
                made.contract.as_str()
            } else {
                "8.13"
            },
        );
        let p = if p == "/search" { "/search?q=sikkerhetskopi".to_string() } else { p };
        let (s, body) = call(&t, &format!("/api/v1{p}"), &secret).await;
        // The evaluation of a bid that is not submitted, and the comparison of sealed bids
        // (the deadline is ahead), are refused with a reason.
        let expected = if p.ends_with("/evaluation") || p.ends_with("/comparison") { 422 } else { 200 };
        assert_eq!(s, expected, "{p}: {body}");
    }
    // The invitations this test made are mailed (the harness fails a test leaving mail unsent).
    assert!(t.send_queued_mail().await > 0);
});

both!(a_case_is_run_through_the_api, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (_, token) = t.app.create_api_token(&a, "integrasjon", 10).await.unwrap();
    let c = reqwest::Client::new();
    let post = |path: &str, body: serde_json::Value| c.post(t.url(path)).bearer_auth(&token).json(&body).send();
    let r = post("/api/v1/cases", serde_json::json!({ "case_number": "2026/700", "title": "Velferdsteknologi" }))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let case: serde_json::Value = r.json().await.unwrap();
    let case = case["id"].as_str().unwrap().to_string();
    let r = post("/api/v1/cases", serde_json::json!({ "title": "uten nummer" })).await.unwrap();
    assert_eq!(r.status().as_u16(), 422, "a body without case_number");
    let r = c
        .post(t.url("/api/v1/cases"))
        .bearer_auth(&token)
        .body("{not json")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    // Before publishing there is no set to show and no bidder to invite.
    assert_eq!(call(&t, &format!("/api/v1/cases/{case}/requirement-set"), &token).await.0, 422);
    t.app.adopt_proposal(&a, &tillit_domain::CaseId(case.to_string())).await.unwrap();
    t.app.set_deadline(&a, &tillit_domain::CaseId(case.to_string()), t.app.now().0 + 86_400, "").await.unwrap();
    t.app
        .move_case(&a, &tillit_domain::CaseId(case.to_string()), tillit_domain::procurement::Status::Published)
        .await
        .unwrap();
    let (s, set) = call(&t, &format!("/api/v1/cases/{case}/requirement-set"), &token).await;
    assert_eq!(s, 200);
    assert_eq!(set["version"]["hash"].as_str().unwrap().len(), 64);
    let bad = serde_json::json!({ "company": "X", "country": "no", "org_number": "123", "email": "x@x.no" });
    let r = post(&format!("/api/v1/cases/{case}/bids"), bad).await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["field"], "org_number");
    let inv = serde_json::json!({ "company": "Alfa AS", "country": "no", "org_number": "923609016", "email": "alfa@alfa.no" });
    let r = post(&format!("/api/v1/cases/{case}/bids"), inv).await.unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let bid: serde_json::Value = r.json().await.unwrap();
    let bid = bid["id"].as_str().unwrap().to_string();
    let link = crate::procurement::bids::latest_link(&t, "alfa@alfa.no").await;
    crate::procurement::evaluation::answer_and_submit(&t, &link).await;
    t.clock.advance(2 * 86_400);
    t.app
        .move_case(&a, &tillit_domain::CaseId(case.to_string()), tillit_domain::procurement::Status::Evaluation)
        .await
        .unwrap();
    t.app.set_lead_evaluator(&a, &tillit_domain::CaseId(case.to_string()), admin.user.as_str()).await.unwrap();
    let items = set["items"].as_array().unwrap();
    let judgements: Vec<serde_json::Value> = items
        .iter()
        .map(|i| {
            let mut j = serde_json::json!({ "requirement_id": i["requirement_id"], "justification": "Dokumentert i svar og vedlegg" });
            if i["kind"] == "must" { j["verdict"] = "pass".into() } else { j["score"] = 7.into() }
            j
        })
        .collect();
    let mut wrong = judgements.clone();
    wrong[0]["justification"] = "kort".into();
    let r =
        post(&format!("/api/v1/bids/{bid}/evaluation"), serde_json::json!({ "consensus": true, "judgements": wrong }))
            .await
            .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["field"], "justification");
    let r = post(
        &format!("/api/v1/bids/{bid}/evaluation"),
        serde_json::json!({ "consensus": true, "judgements": judgements }),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let (s, cmp) = call(&t, &format!("/api/v1/cases/{case}/comparison"), &token).await;
    assert_eq!(s, 200);
    assert_eq!(cmp["complete"], true);
    assert_eq!(cmp["results"][0]["company"], "Alfa AS");
    assert_eq!(cmp["results"][0]["rank"], 1);
    let (s, v) = call(&t, &format!("/api/v1/bids/{bid}"), &token).await;
    assert_eq!(s, 200);
    assert_eq!(v["bid"]["status"], "submitted");
    // Written through the API, recorded as such.
    let f =
        tillit_app::data::AuditFilter { action: Some("evaluation.consensus".into()), limit: 5, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(log[0].event.actor_label.contains("api token integrasjon"), "{}", log[0].event.actor_label);
    // Every GET operation's answer, on this populated organisation, fits its schema.
    let doc: serde_json::Value = serde_json::from_str(include_str!("../../src/api/openapi.json")).unwrap();
    let requirement = set["items"][0]["requirement_id"].as_str().unwrap().to_string();
    let catalogue = call(&t, "/api/v1/catalogues", &token).await.1[0]["id"].as_str().unwrap().to_string();
    let made = tillit_app::testing::supplier_with_contract(&t.db, &admin.org, "974760673").await.unwrap();
    let mut checked = 0;
    for route in ROUTES.iter().filter(|r| r.method == "GET" && r.path.starts_with("/api/v1/")) {
        let path = route
            .path
            .replace("/cases/{id}", &format!("/cases/{case}"))
            .replace("/bids/{id}", &format!("/bids/{bid}"))
            .replace("/catalogues/{id}", &format!("/catalogues/{catalogue}"))
            .replace("/requirements/{id}", &format!("/requirements/{requirement}"))
            .replace("/iso-controls/{id}", "/iso-controls/5.23")
            .replace("/members/{user_id}", &format!("/members/{}", admin.user.as_str()))
            .replace("/suppliers/{id}", &format!("/suppliers/{}", made.supplier))
            .replace("/contracts/{id}", &format!("/contracts/{}", made.contract));
        let (s, body) = call(&t, &path, &token).await;
        assert_eq!(s, 200, "{path}: {body}");
        let op = &doc["paths"][route.path.trim_start_matches("/api/v1")]["get"];
        let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(!schema.is_null(), "{} has no 200 schema", route.path);
        crate::api_schema::check(&doc, schema, &body, &path).unwrap_or_else(|e| panic!("{e}"));
        checked += 1;
    }
    assert!(checked >= 18, "{checked} operations checked");
    // The invitations this test made are mailed (the harness fails a test leaving mail unsent).
    assert!(t.send_queued_mail().await > 0);
});

// A token must not outlive the credentials it was made under: a password change, a password
// reset and a reset of the second factors revoke the person's tokens (audited); and where a
// second factor is required, a token works only while its holder has one.
both!(tokens_die_with_a_credential_reset, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (_, secret) = t.app.create_api_token(&a, "rapport", 30).await.unwrap();
    assert_eq!(call(&t, "/api/v1/members", &secret).await.0, 200);
    let mut b = admin.browser;
    let r = b
        .post(
            "/profile/password",
            &[("current_password", crate::flows::PASSWORD), ("new_password", "et helt nytt og langt passord")],
        )
        .await;
    assert!(r.status < 400, "{}", r.body);
    assert_eq!(call(&t, "/api/v1/members", &secret).await.0, 401, "after a password change");
    let events = t.app.audit_verify(None).await.unwrap();
    assert!(events.iter().all(|r| r.error.is_none()));
    let rows: Vec<(String,)> =
        t.db.fetch_all("SELECT changes FROM audit_events WHERE action = 'user.password_change'", vec![]).await.unwrap();
    assert!(rows[0].0.contains("api_tokens_revoked") && rows[0].0.contains("\"1\""), "{}", rows[0].0);

    let (_, secret) = t.app.create_api_token(&a, "rapport 2", 30).await.unwrap();
    assert_eq!(call(&t, "/api/v1/audit-events", &secret).await.0, 200);
    t.app.admin_reset_mfa(&admin.email).await.unwrap();
    assert_eq!(call(&t, "/api/v1/audit-events", &secret).await.0, 401, "after reset-mfa");
    // An administrator (a role that always requires a second factor) without one: a token
    // made now does not work until a factor is enrolled again.
    let (_, secret) = t.app.create_api_token(&a, "rapport 3", 30).await.unwrap();
    assert_eq!(call(&t, "/api/v1/me", &secret).await.0, 401, "no factor, no token");
    crate::flows::give_totp(&t, &admin.user).await;
    assert_eq!(call(&t, "/api/v1/me", &secret).await.0, 200);
});
