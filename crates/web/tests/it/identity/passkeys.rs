//! Passkeys with a software authenticator: real WebAuthn structures, signed with P-256.

use crate::both;
use crate::flows::{PASSWORD, setup_admin};
use crate::support::{Browser, TestApp};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ciborium::Value;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_json::json;
use sha2::{Digest, Sha256};

pub struct SoftAuthenticator {
    key: SigningKey,
    cred_id: Vec<u8>,
    pub counter: u32,
    origin: String,
}

fn cbor(v: &Value) -> Vec<u8> {
    let mut out = vec![];
    ciborium::into_writer(v, &mut out).unwrap();
    out
}

impl SoftAuthenticator {
    pub fn new(t: &TestApp, seed: u8) -> Self {
        SoftAuthenticator {
            key: SigningKey::from_slice(&[seed; 32]).unwrap(),
            cred_id: vec![seed; 16],
            counter: 0,
            origin: format!("http://{}", t.addr),
        }
    }

    fn rp_hash() -> Vec<u8> {
        Sha256::digest(b"127.0.0.1").to_vec()
    }

    fn client_data(&self, kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({ "type": kind, "challenge": challenge, "origin": origin, "crossOrigin": false }))
            .unwrap()
    }

    pub fn attestation(&self, challenge: &str) -> serde_json::Value {
        let point = self.key.verifying_key().to_encoded_point(false);
        let cose = Value::Map(vec![
            (Value::Integer(1.into()), Value::Integer(2.into())),
            (Value::Integer(3.into()), Value::Integer((-7).into())),
            (Value::Integer((-1).into()), Value::Integer(1.into())),
            (Value::Integer((-2).into()), Value::Bytes(point.x().unwrap().to_vec())),
            (Value::Integer((-3).into()), Value::Bytes(point.y().unwrap().to_vec())),
        ]);
        let mut auth = Self::rp_hash();
        auth.push(0x45); // user present, user verified, attested credential data
        auth.extend_from_slice(&self.counter.to_be_bytes());
        auth.extend_from_slice(&[0u8; 16]);
        auth.extend_from_slice(&(self.cred_id.len() as u16).to_be_bytes());
        auth.extend_from_slice(&self.cred_id);
        auth.extend_from_slice(&cbor(&cose));
        let att = Value::Map(vec![
            (Value::Text("fmt".into()), Value::Text("none".into())),
            (Value::Text("attStmt".into()), Value::Map(vec![])),
            (Value::Text("authData".into()), Value::Bytes(auth)),
        ]);
        json!({
            "id": B64.encode(&self.cred_id),
            "response": {
                "clientDataJSON": B64.encode(self.client_data("webauthn.create", challenge, &self.origin)),
                "attestationObject": B64.encode(cbor(&att)),
            }
        })
    }

    pub fn assertion(&mut self, challenge: &str, origin: Option<&str>) -> serde_json::Value {
        self.counter += 1;
        let mut auth = Self::rp_hash();
        auth.push(0x05);
        auth.extend_from_slice(&self.counter.to_be_bytes());
        let cd = self.client_data("webauthn.get", challenge, origin.unwrap_or(&self.origin));
        let mut signed = auth.clone();
        signed.extend_from_slice(&Sha256::digest(&cd));
        let sig: Signature = self.key.sign(&signed);
        json!({
            "id": B64.encode(&self.cred_id),
            "response": {
                "clientDataJSON": B64.encode(&cd),
                "authenticatorData": B64.encode(&auth),
                "signature": B64.encode(sig.to_der().as_bytes()),
            }
        })
    }
}

pub async fn register(b: &mut Browser, auth: &SoftAuthenticator) -> (u16, serde_json::Value) {
    let (s, o) = b.post_json("/profile/passkeys/options", &json!({})).await;
    assert_eq!(s, 200, "{o}");
    assert_eq!(o["rp"]["id"], "127.0.0.1");
    assert_eq!(o["pubKeyCredParams"][0]["alg"], -7);
    let challenge = o["challenge"].as_str().unwrap().to_string();
    b.post_json("/profile/passkeys", &json!({ "name": "Jobb-PC", "credential": auth.attestation(&challenge) })).await
}

async fn password_step(t: &TestApp, email: &str) -> Browser {
    let mut b = t.browser();
    let r = b.post("/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.location(), "/login/mfa");
    b
}

async fn challenge(b: &mut Browser) -> String {
    let (s, o) = b.post_json("/login/passkey/options", &json!({})).await;
    assert_eq!(s, 200, "{o}");
    o["challenge"].as_str().unwrap().to_string()
}

both!(a_passkey_registers_and_signs_in_as_the_second_factor, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    let mut key = SoftAuthenticator::new(&t, 7);
    let (s, body) = register(&mut a, &key).await;
    assert_eq!(s, 200, "{body}");
    assert!(a.get("/profile").await.body.contains("Jobb-PC"));
    let mut b = password_step(&t, &admin.email).await;
    assert!(b.get("/login/mfa").await.body.contains("passkey-use"));
    let c = challenge(&mut b).await;
    let (s, body) = b.post_json("/login/passkey", &key.assertion(&c, None)).await;
    assert_eq!((s, body["next"].as_str()), (200, Some("/")), "{body}");
    assert_eq!(b.get("/").await.status, 200);
    let f = tillit_app::data::AuditFilter { action: Some("passkey".into()), limit: 10, ..Default::default() };
    let log = t.audit_log(&admin.org, &f).await;
    assert!(log.iter().any(|r| r.event.action == "user.passkey_add"));
});

both!(forged_replayed_and_cloned_passkey_assertions_are_refused, |t| {
    let admin = setup_admin(&t).await;
    let mut a = admin.browser;
    let mut key = SoftAuthenticator::new(&t, 9);
    assert_eq!(register(&mut a, &key).await.0, 200);
    let mut b = password_step(&t, &admin.email).await;

    // Another site's origin.
    let c = challenge(&mut b).await;
    let (s, _) = b.post_json("/login/passkey", &key.assertion(&c, Some("https://evil.example"))).await;
    assert_eq!(s, 422);
    // A challenge is used once, even by a correct assertion.
    let (s, _) = b.post_json("/login/passkey", &key.assertion(&c, None)).await;
    assert_eq!(s, 422, "replayed challenge");
    let failures = |t: &TestApp| {
        let db = t.db.clone();
        let key = format!("email:{}", admin.email);
        async move {
            let (n,): (i64,) = db
                .fetch_one("SELECT COUNT(*) FROM login_failures WHERE key = $1", tillit_app::testing::args![key])
                .await
                .unwrap();
            n
        }
    };
    assert_eq!(failures(&t).await, 2, "each refusal counts toward the lockout");
    // The genuine authenticator signs in; the server now knows its counter.
    key.counter = 4;
    let c = challenge(&mut b).await;
    assert_eq!(b.post_json("/login/passkey", &key.assertion(&c, None)).await.0, 200);
    assert_eq!(b.get("/").await.status, 200);

    let mut b2 = password_step(&t, &admin.email).await;
    // A clone of the authenticator presents a counter that did not move forward.
    let mut clone = SoftAuthenticator::new(&t, 9);
    clone.counter = 2;
    let c = challenge(&mut b2).await;
    let (s, _) = b2.post_json("/login/passkey", &clone.assertion(&c, None)).await;
    assert_eq!(s, 422, "counter did not move forward");
    // A different key claiming the registered credential id.
    let mut impostor = SoftAuthenticator::new(&t, 9);
    impostor.key = SigningKey::from_slice(&[42; 32]).unwrap();
    impostor.counter = 100;
    let c = challenge(&mut b2).await;
    let (s, _) = b2.post_json("/login/passkey", &impostor.assertion(&c, None)).await;
    assert_eq!(s, 422, "bad signature");
    assert_eq!(b2.get("/").await.location(), "/login/mfa", "still not signed in");
    assert_eq!(failures(&t).await, 2);
    // And the genuine authenticator still works.
    let c = challenge(&mut b2).await;
    assert_eq!(b2.post_json("/login/passkey", &key.assertion(&c, None)).await.0, 200);
});

both!(a_passkey_can_stand_in_for_totp_at_enrolment, |t| {
    let token = t.app.ensure_setup_link().await.unwrap().unwrap();
    let mut b = t.browser();
    b.post(
        &format!("/setup/{token}"),
        &[("org_name", "Lund"), ("display_name", "Eva"), ("email", "eva@lund.se"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(b.get("/").await.location(), "/profile/totp");
    let key = SoftAuthenticator::new(&t, 3);
    let (s, body) = register(&mut b, &key).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(b.get("/").await.status, 200, "the passkey satisfies the administrator's MFA requirement");
    // Someone half-way through sign-in cannot register a passkey to skip the second step.
    let mut c = password_step(&t, "eva@lund.se").await;
    assert_eq!(c.post_json("/profile/passkeys/options", &json!({})).await.0, 403);
});
