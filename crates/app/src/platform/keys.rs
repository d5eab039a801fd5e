//! The instance's key, kept outside the database: a file of 32 random bytes created 0600 on
//! first start (setting `secret_key_file`, default `<data>/secret.key`). From it come two keys:
//! one seals secrets the database must hold but must not reveal (TOTP secrets, e-mail bodies
//! with one-time links waiting to be sent), one signs checkpoints of the audit chains. A copy
//! of the database alone therefore opens nothing and cannot forge a checkpoint. Instances
//! sharing a PostgreSQL database share this file; a restore needs the same file.

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use std::path::Path;

/// Marks a sealed value (and its format version) so a plain legacy value is told apart.
const SEALED: &[u8] = b"tillit-sealed-1:";

/// What a sealed value is for; bound into the seal, so a value cannot be moved to another use.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    TotpSecret,
    PendingTotpSecret,
    Mail,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::TotpSecret => b"totp",
            Purpose::PendingTotpSecret => b"pending-totp",
            Purpose::Mail => b"mail",
        }
    }
}

pub struct Keys {
    seal: LessSafeKey,
    sign: Ed25519KeyPair,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key material, only which key it is.
        write!(f, "Keys {{ public: {} }}", self.public_key_hex())
    }
}

fn derive(master: &[u8; 32], label: &[u8]) -> [u8; 32] {
    let tag = ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, master), label);
    let mut out = [0u8; 32];
    out.copy_from_slice(tag.as_ref());
    out
}

impl Keys {
    pub fn from_master(master: &[u8; 32]) -> Result<Keys, String> {
        let seal = UnboundKey::new(&CHACHA20_POLY1305, &derive(master, b"tillit seal v1"))
            .map_err(|_| "the sealing key could not be made".to_string())?;
        let sign = Ed25519KeyPair::from_seed_unchecked(&derive(master, b"tillit audit checkpoint v1"))
            .map_err(|_| "the signing key could not be made".to_string())?;
        Ok(Keys { seal: LessSafeKey::new(seal), sign })
    }

    /// A key that lives only in memory (tests, and tools that seal nothing).
    pub fn ephemeral() -> Keys {
        let mut m = [0u8; 32];
        m.copy_from_slice(&crate::platform::secrets::random_bytes(32));
        // 32 bytes always make both keys.
        Keys::from_master(&m).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Reads the key file, or creates it (0600, 64 hex digits) when it does not exist.
    /// A key file others can read is refused: it is as secret as the database's contents.
    pub fn load_or_create(path: &Path) -> Result<Keys, String> {
        use std::io::Write;
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let shown = path.display();
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let mode = std::fs::metadata(path).map_err(|e| format!("{shown}: {e}"))?.permissions().mode();
                if mode & 0o077 != 0 {
                    return Err(format!(
                        "{shown}: the key file can be read by others (mode {:o}); run chmod 600 on it",
                        mode & 0o777
                    ));
                }
                let bytes = hex::decode(text.trim())
                    .ok()
                    .filter(|b| b.len() == 32)
                    .ok_or_else(|| format!("{shown}: not a tillit key (64 hexadecimal digits)"))?;
                let mut m = [0u8; 32];
                m.copy_from_slice(&bytes);
                Keys::from_master(&m)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let master = crate::platform::secrets::random_bytes(32);
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(path)
                    .map_err(|e| format!("{shown}: cannot create the key file: {e}"))?;
                f.write_all(format!("{}\n", hex::encode(&master)).as_bytes())
                    .and_then(|()| f.sync_all())
                    .map_err(|e| format!("{shown}: cannot write the key file: {e}"))?;
                let mut m = [0u8; 32];
                m.copy_from_slice(&master);
                Keys::from_master(&m)
            }
            Err(e) => Err(format!("{shown}: cannot read the key file: {e}")),
        }
    }

    pub fn seal(&self, purpose: Purpose, plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&crate::platform::secrets::random_bytes(NONCE_LEN));
        let mut data = plain.to_vec();
        // Sealing with a valid key and a fresh nonce cannot fail; an empty result would only
        // fail to open later, never reveal anything.
        if self
            .seal
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(purpose.label()), &mut data)
            .is_err()
        {
            return vec![];
        }
        let mut out = Vec::with_capacity(SEALED.len() + NONCE_LEN + data.len());
        out.extend_from_slice(SEALED);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&data);
        out
    }

    /// Opens a sealed value; None if it was not sealed by this key for this purpose.
    pub fn open(&self, purpose: Purpose, sealed: &[u8]) -> Option<Vec<u8>> {
        let rest = sealed.strip_prefix(SEALED)?;
        if rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, ct) = rest.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut data = ct.to_vec();
        let plain = self.seal.open_in_place(nonce, Aad::from(purpose.label()), &mut data).ok()?;
        Some(plain.to_vec())
    }

    pub fn is_sealed(value: &[u8]) -> bool {
        value.starts_with(SEALED)
    }

    /// Text columns hold sealed values as `sealed:` and base64.
    pub fn seal_text(&self, purpose: Purpose, plain: &str) -> String {
        use base64::Engine;
        format!("sealed:{}", base64::engine::general_purpose::STANDARD.encode(self.seal(purpose, plain.as_bytes())))
    }

    pub fn open_text(&self, purpose: Purpose, text: &str) -> Option<String> {
        use base64::Engine;
        let b = base64::engine::general_purpose::STANDARD.decode(text.strip_prefix("sealed:")?).ok()?;
        String::from_utf8(self.open(purpose, &b)?).ok()
    }

    pub fn sign(&self, message: &[u8]) -> String {
        hex::encode(self.sign.sign(message).as_ref())
    }

    pub fn public_key_hex(&self) -> String {
        hex::encode(self.sign.public_key().as_ref())
    }

    /// Whether `signature` (hex) is this instance's signature over `message`.
    pub fn verify(&self, message: &[u8], signature: &str) -> bool {
        let Ok(sig) = hex::decode(signature) else { return false };
        UnparsedPublicKey::new(&ED25519, self.sign.public_key().as_ref()).verify(message, &sig).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_key_and_purpose() {
        let k = Keys::ephemeral();
        let s = k.seal(Purpose::TotpSecret, b"12345678901234567890");
        assert!(Keys::is_sealed(&s));
        assert!(!s.windows(20).any(|w| w == b"12345678901234567890"), "the secret is not in the sealed value");
        assert_eq!(k.open(Purpose::TotpSecret, &s).as_deref(), Some(&b"12345678901234567890"[..]));
        assert_eq!(k.open(Purpose::Mail, &s), None, "bound to its purpose");
        assert_eq!(Keys::ephemeral().open(Purpose::TotpSecret, &s), None, "another key opens nothing");
        let t = k.seal_text(Purpose::Mail, "https://x/reset/abc");
        assert!(!t.contains("reset"));
        assert_eq!(k.open_text(Purpose::Mail, &t).as_deref(), Some("https://x/reset/abc"));
        let sig = k.sign(b"head");
        assert!(k.verify(b"head", &sig) && !k.verify(b"other", &sig));
    }

    #[test]
    fn the_key_file_is_created_private_and_read_back() {
        use std::os::unix::fs::PermissionsExt;
        let d = std::env::temp_dir().join(format!("tillit-keys-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        let p = d.join("secret.key");
        let a = Keys::load_or_create(&p).unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        let b = Keys::load_or_create(&p).unwrap();
        assert_eq!(a.public_key_hex(), b.public_key_hex());
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(Keys::load_or_create(&p).unwrap_err().contains("chmod 600"));
        std::fs::write(&p, "nope").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(Keys::load_or_create(&p).unwrap_err().contains("not a tillit key"));
        let _ = std::fs::remove_dir_all(&d);
    }
}
