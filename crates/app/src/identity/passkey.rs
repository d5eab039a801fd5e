//! Passkeys (WebAuthn) as a second factor: registration from the profile and use at
//! sign-in. ES256 (P-256) keys, attestation "none": we trust the key the user's own
//! authenticator made, not a vendor certificate.

use crate::identity::accounts::CurrentSession;
use crate::platform::secrets;
use crate::write::Unrecorded;
use crate::{App, AppError, AppResult, new_id};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ciborium::Value;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_store::identity::passkeys::{self, Passkey};
use tillit_store::identity::sessions;

const TIMEOUT_MS: u64 = 120_000;
const FLAG_USER_PRESENT: u8 = 0x01;
const FLAG_ATTESTED: u8 = 0x40;

#[derive(Debug, Deserialize)]
pub struct RegistrationResponse {
    pub id: String,
    pub response: AttestationPart,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttestationPart {
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    pub attestation_object: String,
}

#[derive(Debug, Deserialize)]
pub struct AssertionResponse {
    pub id: String,
    pub response: AssertionPart,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssertionPart {
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    pub authenticator_data: String,
    pub signature: String,
}

fn bad(key: &'static str) -> AppError {
    AppError::invalid("passkey", key)
}

fn b64(s: &str) -> AppResult<Vec<u8>> {
    B64.decode(s.trim_end_matches('=')).map_err(|_| bad("error-passkey"))
}

impl App {
    /// The relying party: the host people reach tillit at, and its origin.
    fn rp(&self) -> AppResult<(String, String)> {
        let u = url::Url::parse(&self.config.base_url).map_err(|e| AppError::Internal(e.to_string()))?;
        let host = u.host_str().ok_or_else(|| AppError::Internal("base_url has no host".into()))?.to_string();
        Ok((host, u.origin().ascii_serialization()))
    }

    /// Checks clientDataJSON: type, the challenge this session was given, our origin.
    fn check_client_data(&self, raw: &[u8], kind: &str, challenge: &str) -> AppResult<()> {
        let cd: Json = serde_json::from_slice(raw).map_err(|_| bad("error-passkey"))?;
        let (_, origin) = self.rp()?;
        let ok = cd["type"] == kind
            && cd["challenge"]
                .as_str()
                .is_some_and(|c| tillit_domain::identity::totp::constant_time_eq(c.as_bytes(), challenge.as_bytes()))
            && cd["origin"] == origin.as_str();
        if ok { Ok(()) } else { Err(bad("error-passkey")) }
    }

    fn check_rp_hash(&self, auth_data: &[u8]) -> AppResult<()> {
        let (rp_id, _) = self.rp()?;
        if auth_data.len() < 37 || auth_data[..32] != Sha256::digest(rp_id.as_bytes())[..] {
            return Err(bad("error-passkey"));
        }
        if auth_data[32] & FLAG_USER_PRESENT == 0 {
            return Err(bad("error-passkey"));
        }
        Ok(())
    }

    /// Takes the session's challenge and commits its removal before anything is checked,
    /// so a failed attempt cannot leave it usable for a second try.
    async fn use_challenge(&self, cs: &CurrentSession) -> AppResult<String> {
        let mut w = self.write_own_account(cs).await?;
        let c = sessions::take_challenge(&mut w.tx, &cs.session.id_hash).await?;
        w.commit_unrecorded(Unrecorded::ChallengeTaken).await?;
        c.ok_or(bad("error-passkey"))
    }

    /// Options for `navigator.credentials.create`; the challenge is kept on the session.
    pub async fn passkey_registration_options(&self, cs: &CurrentSession) -> AppResult<Json> {
        let challenge = secrets::random_token();
        sessions::set_challenge(&self.db, &cs.session.id_hash, Some(&challenge)).await?;
        let (rp_id, _) = self.rp()?;
        let existing = passkeys::list_for_user(&self.db, &cs.user.user_id()).await?;
        Ok(json!({
            "challenge": challenge,
            "rp": { "id": rp_id, "name": "tillit" },
            "user": { "id": B64.encode(cs.user.id.as_bytes()), "name": cs.user.email, "displayName": cs.user.display_name },
            "pubKeyCredParams": [{ "type": "public-key", "alg": -7 }],
            "timeout": TIMEOUT_MS,
            "attestation": "none",
            "authenticatorSelection": { "residentKey": "preferred", "userVerification": "preferred" },
            "excludeCredentials": existing.iter().map(|p| json!({ "type": "public-key", "id": p.credential_id })).collect::<Vec<_>>(),
        }))
    }

    /// Verifies a new credential and stores its public key.
    pub async fn register_passkey(
        &self,
        cs: &CurrentSession,
        name: &str,
        r: &RegistrationResponse,
    ) -> AppResult<Passkey> {
        let name = name.trim();
        let name = if name.is_empty() { "Passkey" } else { name };
        if name.len() > 100 {
            return Err(AppError::invalid("name", "error-required"));
        }
        let challenge = self.use_challenge(cs).await?;
        let mut w = self.write_own_account(cs).await?;
        self.check_client_data(&b64(&r.response.client_data_json)?, "webauthn.create", &challenge)?;
        let att: Value =
            ciborium::from_reader(&b64(&r.response.attestation_object)?[..]).map_err(|_| bad("error-passkey"))?;
        let auth_data = map_get(&att, "authData").and_then(Value::as_bytes).ok_or(bad("error-passkey"))?.clone();
        self.check_rp_hash(&auth_data)?;
        if auth_data[32] & FLAG_ATTESTED == 0 || auth_data.len() < 55 {
            return Err(bad("error-passkey"));
        }
        let counter = u32::from_be_bytes([auth_data[33], auth_data[34], auth_data[35], auth_data[36]]) as i64;
        let id_len = u16::from_be_bytes([auth_data[53], auth_data[54]]) as usize;
        let cred_end = 55 + id_len;
        if auth_data.len() <= cred_end {
            return Err(bad("error-passkey"));
        }
        let cred_id = &auth_data[55..cred_end];
        if B64.encode(cred_id) != r.id.trim_end_matches('=') {
            return Err(bad("error-passkey"));
        }
        let cose: Value = ciborium::from_reader(&auth_data[cred_end..]).map_err(|_| bad("error-passkey"))?;
        let public_key = cose_es256_to_sec1(&cose).ok_or(bad("error-passkey-algorithm"))?;
        let pk = Passkey {
            id: new_id(),
            credential_id: B64.encode(cred_id),
            user_id: cs.user.id.clone(),
            name: name.to_string(),
            public_key,
            sign_count: counter,
            created_at: w.now,
            last_used_at: None,
        };
        passkeys::create(&mut w.tx, &pk)
            .await
            .map_err(|e| if e.is_unique_violation() { bad("error-passkey") } else { e.into() })?;
        // Registering a factor counts as verifying it for this session (like confirming TOTP).
        sessions::set_mfa_done(&mut w.tx, &cs.session.id_hash).await?;
        w.audit(AuditAction::UserPasskeyAdd, "user", &cs.user.id, vec![FieldChange::new("passkey", None, Some(name))])
            .await?;
        w.commit().await?;
        Ok(pk)
    }

    /// Options for `navigator.credentials.get` at the second sign-in step.
    pub async fn passkey_login_options(&self, cs: &CurrentSession) -> AppResult<Json> {
        let challenge = secrets::random_token();
        sessions::set_challenge(&self.db, &cs.session.id_hash, Some(&challenge)).await?;
        let (rp_id, _) = self.rp()?;
        let keys = passkeys::list_for_user(&self.db, &cs.user.user_id()).await?;
        Ok(json!({
            "challenge": challenge,
            "rpId": rp_id,
            "timeout": TIMEOUT_MS,
            "userVerification": "preferred",
            "allowCredentials": keys.iter().map(|p| json!({ "type": "public-key", "id": p.credential_id })).collect::<Vec<_>>(),
        }))
    }

    /// Verifies an assertion by one of the session user's own passkeys. Returns the
    /// session's new token.
    pub async fn verify_passkey(&self, cs: &CurrentSession, r: &AssertionResponse, ip: &str) -> AppResult<String> {
        let result = self.verify_passkey_inner(cs, r).await;
        if let Err(AppError::Invalid { .. }) = &result {
            self.record_failure(Some(&cs.user), &cs.user.email, ip, AuditAction::LoginMfaFailed).await?;
        }
        result
    }

    async fn verify_passkey_inner(&self, cs: &CurrentSession, r: &AssertionResponse) -> AppResult<String> {
        let challenge = self.use_challenge(cs).await?;
        let mut w = self.write_own_account(cs).await?;
        let pk = passkeys::by_credential(&self.db, r.id.trim_end_matches('='))
            .await?
            .filter(|p| p.user_id == cs.user.id)
            .ok_or(bad("error-passkey"))?;
        let client_data = b64(&r.response.client_data_json)?;
        self.check_client_data(&client_data, "webauthn.get", &challenge)?;
        let auth_data = b64(&r.response.authenticator_data)?;
        self.check_rp_hash(&auth_data)?;
        let key = VerifyingKey::from_sec1_bytes(&pk.public_key).map_err(|_| bad("error-passkey"))?;
        let sig = Signature::from_der(&b64(&r.response.signature)?).map_err(|_| bad("error-passkey"))?;
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(&client_data));
        key.verify(&signed, &sig).map_err(|_| bad("error-passkey"))?;
        let counter = u32::from_be_bytes([auth_data[33], auth_data[34], auth_data[35], auth_data[36]]) as i64;
        // A counter that does not move forward means a cloned authenticator.
        if passkeys::update_counter(&mut w.tx, &pk.id, counter, w.now).await? == 0 {
            return Err(bad("error-passkey"));
        }
        let token = self.second_factor_passed(&mut w, cs, "passkey").await?;
        w.commit().await?;
        Ok(token)
    }

    pub async fn passkeys_of(&self, cs: &CurrentSession) -> AppResult<Vec<Passkey>> {
        Ok(passkeys::list_for_user(&self.db, &cs.user.user_id()).await?)
    }

    pub async fn remove_passkey(&self, cs: &CurrentSession, id: &str) -> AppResult<()> {
        let mut w = self.write_own_account(cs).await?;
        if passkeys::delete_own(&mut w.tx, &cs.user.user_id(), id).await? == 0 {
            return Err(AppError::NotFound);
        }
        w.audit(AuditAction::UserPasskeyRemove, "user", &cs.user.id, vec![FieldChange::new("passkey", Some(id), None)])
            .await?;
        w.commit().await?;
        Ok(())
    }
}

fn map_get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_map()?.iter().find(|(k, _)| k.as_text() == Some(key)).map(|(_, v)| v)
}

fn map_int(v: &Value, key: i64) -> Option<&Value> {
    v.as_map()?.iter().find(|(k, _)| k.as_integer().is_some_and(|i| i128::from(i) == key as i128)).map(|(_, v)| v)
}

/// A COSE EC2 P-256 key with alg ES256, as the SEC1 uncompressed point the verifier takes.
pub fn cose_es256_to_sec1(cose: &Value) -> Option<Vec<u8>> {
    let int = |k| map_int(cose, k).and_then(Value::as_integer).map(i128::from);
    if int(1) != Some(2) || int(3) != Some(-7) || int(-1) != Some(1) {
        return None;
    }
    let x = map_int(cose, -2)?.as_bytes()?;
    let y = map_int(cose, -3)?.as_bytes()?;
    if x.len() != 32 || y.len() != 32 {
        return None;
    }
    let mut sec1 = vec![0x04];
    sec1.extend_from_slice(x);
    sec1.extend_from_slice(y);
    VerifyingKey::from_sec1_bytes(&sec1).ok()?;
    Some(sec1)
}
