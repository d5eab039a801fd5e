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
    let rows: Vec<(String,)> = t.app.db.fetch_all("SELECT token_hash FROM api_tokens", vec![]).await.unwrap();
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
}

both!(the_openapi_document_is_served_and_every_documented_route_answers, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (_, secret) = t.app.create_api_token(&a, "x", 10).await.unwrap();
    let case_id = t.app.create_case(&a, "2026/1", "Sak", "").await.unwrap();
    let r = reqwest::Client::new().get(t.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let doc: serde_json::Value = r.json().await.unwrap();
    for (path, _) in doc["paths"].as_object().unwrap() {
        let p = path.replace("{user_id}", admin.user.as_str()).replace(
            "{id}",
            if path.starts_with("/cases") {
                case_id.as_str()
            } else if path.starts_with("/catalogues") {
                "builtin:sikkerhetskrav-anskaffelser"
            } else if path.starts_with("/requirements") {
                "builtin:sikkerhetskrav-anskaffelser:8.7"
            } else {
                "8.13"
            },
        );
        let p = if p == "/search" { "/search?q=sikkerhetskopi".to_string() } else { p };
        let (s, _) = call(&t, &format!("/api/v1{p}"), &secret).await;
        assert_eq!(s, 200, "{p}");
    }
});
