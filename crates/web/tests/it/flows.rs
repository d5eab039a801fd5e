//! Steps many tests share: first setup with TOTP enrolment, members, signing in.

use crate::support::{Browser, TestApp};
use tillit_domain::identity::totp;
use tillit_domain::{OrgId, Role, UserId};

pub const PASSWORD: &str = "fjordlys over vidda 2026";

pub struct Admin {
    pub browser: Browser,
    pub email: String,
    pub secret: Vec<u8>,
    pub org: OrgId,
    pub user: UserId,
}

pub fn totp_code(t: &TestApp, secret: &[u8]) -> String {
    totp::code_at(secret, t.app.now())
}

/// Runs the real first-start flow: setup link, organisation and administrator, TOTP enrolment.
pub async fn setup_admin(t: &TestApp) -> Admin {
    let token = t.app.ensure_setup_link().await.expect("link").expect("no users yet");
    let mut b = t.browser();
    assert_eq!(b.get(&format!("/setup/{token}")).await.status, 200);
    let email = "kari.nordmann@bergen.kommune.no";
    let r = b
        .post(
            &format!("/setup/{token}"),
            &[
                ("org_name", "Bergen kommune"),
                ("display_name", "Kari Nordmann"),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), "/profile/totp", "an administrator must enrol a second factor first");
    let page = b.get("/profile/totp").await;
    assert_eq!(page.status, 200);
    let secret_b32 = page.by_id("totp-secret");
    let secret = data_encoding::BASE32_NOPAD.decode(secret_b32.as_bytes()).expect("base32");
    let r = b.post("/profile/totp", &[("code", &totp_code(t, &secret))]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("recovery-codes"));
    let user = tillit_app::testing::user_by_email(&t.db, email).await.expect("db").expect("user");
    let org = tillit_app::testing::first_org_of(&t.db, &user.user_id()).await.expect("db").expect("org");
    Admin { browser: b, email: email.into(), secret, org, user: user.user_id() }
}

/// Adds a member directly (no invitation e-mail), for tests about what roles may do.
pub async fn add_member(t: &TestApp, org: &OrgId, email: &str, role: Role) -> UserId {
    let hash = tillit_app::platform::secrets::hash_password(PASSWORD).expect("hash");
    tillit_app::testing::add_member(&t.db, org, email, role, &hash, t.app.now().0).await.expect("member")
}

/// Adds a member with a second factor and signs them in: every role that handles bids needs
/// one by default.
pub async fn member(t: &TestApp, org: &OrgId, email: &str, role: Role) -> (UserId, Browser) {
    let user = add_member(t, org, email, role).await;
    let secret = give_totp(t, &user).await;
    (user.clone(), sign_in(t, email, Some(&secret)).await)
}

/// Gives a user a known TOTP secret.
pub async fn give_totp(t: &TestApp, user: &UserId) -> Vec<u8> {
    let secret = tillit_app::platform::secrets::random_bytes(20);
    let sealed = t.app.config.keys.seal(tillit_app::platform::keys::Purpose::TotpSecret, &secret);
    tillit_app::testing::set_totp(&t.db, user, &sealed).await.expect("totp");
    secret
}

/// Signs in through the login form (and the TOTP step when a secret is given).
/// Moves the clock one TOTP step first so a code is never a replay.
pub async fn sign_in(t: &TestApp, email: &str, secret: Option<&[u8]>) -> Browser {
    let mut b = t.browser();
    let r = b.post("/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303, "sign-in of {email} failed: {}", r.body);
    if let Some(s) = secret {
        assert_eq!(r.location(), "/login/mfa");
        t.clock.advance(30);
        let r = b.post("/login/mfa", &[("code", &totp_code(t, s))]).await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    let home = b.get("/").await;
    // A supplier person's start page is its workspace.
    let ok = home.status == 200 || (home.status == 303 && home.location() == "/workspace");
    assert!(ok, "{email} should reach the start page: {} {}", home.status, home.location());
    b
}
