//! What a copy of the database (or a backup) gives away: no live link in any mail, waiting or
//! sent, and no TOTP secret in the clear. The key that seals them is outside the database.

use crate::both;
use crate::flows::{PASSWORD, setup_admin, totp_code};
use crate::support::TestApp;

async fn job_payloads(t: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> = t.db.fetch_all("SELECT payload FROM jobs", vec![]).await.unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

async fn backup_text(t: &TestApp) -> String {
    let mut out = vec![];
    t.app.backup(&mut out).await.unwrap();
    String::from_utf8(out).unwrap()
}

/// The secret part of a one-time link: the last path segment.
fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_string()
}

both!(live_links_and_totp_secrets_are_never_stored_in_the_clear, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let r = b.post("/admin/invitations", &[("email", "ola@bergen.kommune.no"), ("role", "auditor")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut anon = t.browser();
    anon.get("/reset").await;
    let r = anon.post("/reset", &[("email", admin.email.as_str())]).await;
    assert!(r.status < 400, "{}", r.body);

    // Waiting to be sent: the payloads are sealed, no link or address body readable.
    let waiting = job_payloads(&t).await;
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    for p in &waiting {
        assert!(p.starts_with("sealed:") && !p.contains("http") && !p.contains("bergen"), "{p}");
    }

    let invitation = t.mail_to("ola@bergen.kommune.no").await[0].link("/invitation/");
    let reset = t.mail_to(&admin.email).await.last().unwrap().link("/reset/");
    // Sent: recipient and subject are kept, the body with its link is gone.
    let sent = job_payloads(&t).await;
    for p in &sent {
        let v: serde_json::Value = serde_json::from_str(p).unwrap();
        assert!(v["to"].as_str().unwrap().contains('@') && v.get("body").is_none(), "{p}");
    }
    let db_and_backup = format!("{}\n{}", sent.join("\n"), backup_text(&t).await);
    for link in [&invitation, &reset] {
        assert!(!db_and_backup.contains(&token_of(link)), "{link} is readable in the database or a backup");
    }

    // The TOTP secret is sealed: neither its bytes nor its base32 form is in the database.
    let user = tillit_app::testing::user_by_email(&t.db, &admin.email).await.unwrap().unwrap();
    let stored = user.totp_secret.clone().unwrap();
    assert!(!stored.windows(20).any(|w| w == admin.secret.as_slice()), "the raw secret is stored");
    let b32 = data_encoding::BASE32_NOPAD.encode(&admin.secret);
    let hex_secret = hex::encode(&admin.secret);
    let text = backup_text(&t).await;
    assert!(!text.contains(&b32) && !text.contains(&hex_secret), "the secret is in the backup");
    // …and still works for signing in, through the instance's key.
    let mut again = t.browser();
    again.get("/login").await;
    let r = again.post("/login", &[("email", admin.email.as_str()), ("password", PASSWORD)]).await;
    assert_eq!(r.location(), "/login/mfa");
    t.clock.advance(30);
    let r = again.post("/login/mfa", &[("code", &totp_code(&t, &admin.secret))]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), "/");
});

both!(secrets_stored_in_the_clear_by_an_earlier_version_are_sealed_at_start, |t| {
    let admin = setup_admin(&t).await;
    // As an earlier version stored them: the raw secret and a mail payload as plain JSON.
    tillit_app::testing::set_totp(&t.db, &admin.user, &admin.secret).await.unwrap();
    let mail = r#"{"to":"ola@bergen.kommune.no","subject":"Invitasjon","body":"http://x/invitation/abcdefghijklmnopqrstuvwxyz0123456789"}"#;
    tillit_app::testing::raw_job(&t.db, "legacy-job", "send_mail", mail, t.app.now().0).await.unwrap();
    assert_eq!(t.app.seal_stored_totp_secrets().await.unwrap(), 1);
    assert_eq!(t.app.seal_stored_mail().await.unwrap(), 1);
    assert_eq!(t.app.seal_stored_totp_secrets().await.unwrap(), 0, "nothing the second time");
    let user = tillit_app::testing::user_by_email(&t.db, &admin.email).await.unwrap().unwrap();
    assert!(user.totp_secret.unwrap().starts_with(b"tillit-sealed-1:"));
    assert!(!job_payloads(&t).await.iter().any(|p| p.contains("invitation/abc")));
    // The legacy mail still goes out, with its link.
    assert!(t.mail_to("ola@bergen.kommune.no").await[0].body.contains("invitation/abcdefghij"));
});
