//! Schemathesis (PyPI, installed by scripts/test) generates requests for every operation in
//! `openapi.json` and checks every answer: no server error, and the status, content type and
//! body as the document describes them. On both databases; bounded by examples per operation.

use crate::both;
use crate::flows::setup_admin;

fn schemathesis() -> String {
    std::env::var("TILLIT_SCHEMATHESIS").unwrap_or_else(|_| {
        format!("{}/.cache/tillit/schemathesis-venv/bin/schemathesis", std::env::var("HOME").unwrap_or_default())
    })
}

both!(every_api_operation_answers_as_documented, |t| {
    let admin = setup_admin(&t).await;
    let a = crate::permissions::actor(&admin.user, &admin.email, &admin.org, tillit_domain::Role::Administrator);
    let (_, token) = t.app.create_api_token(&a, "schemathesis", 30).await.unwrap();
    // Something to find: a case with a bid, so not every generated id is unknown.
    let mut b = admin.browser;
    let case = crate::procurement::tender::new_case(&mut b, "2026/900").await;
    let _ = case;
    let examples = std::env::var("TILLIT_SCHEMATHESIS_EXAMPLES").unwrap_or_else(|_| "15".into());
    let bin = schemathesis();
    let base = t.url("/api/v1");
    let run = bin.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&run)
            .args(["run", &format!("{base}/openapi.json"), "--url", &base])
            .args(["--header", &format!("Authorization: Bearer {token}")])
            .args([
                "--checks",
                "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            ])
            .args(["--max-examples", &examples, "--seed", "20261202", "--request-timeout", "20"])
            .args(["--phases", "examples,coverage,fuzzing"])
            .env("NO_COLOR", "1")
            .output()
    })
    .await
    .unwrap()
    .unwrap_or_else(|e| panic!("schemathesis is needed ({bin}): {e}; ./scripts/test installs it"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "schemathesis found problems:\n{text}");
    assert!(text.contains("passed") || text.contains("Passed"), "{text}");
});
