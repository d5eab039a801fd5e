//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps),
//! as every authenticator app speaks them.

use crate::Timestamp;
use hmac::{Hmac, Mac};
use sha1::Sha1;

pub const STEP_SECS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Steps either side of now that are still accepted, for clocks that drift.
pub const WINDOW: i64 = 1;

pub fn step_at(t: Timestamp) -> i64 {
    t.0.div_euclid(STEP_SECS)
}

/// HOTP (RFC 4226) for one counter value.
pub fn hotp(secret: &[u8], counter: u64) -> u32 {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = match Hmac::<Sha1>::new_from_slice(secret) {
        Ok(m) => m,
        Err(_) => return 0,
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    bin % 10u32.pow(DIGITS)
}

pub fn code_at(secret: &[u8], t: Timestamp) -> String {
    format!("{:06}", hotp(secret, step_at(t).max(0) as u64))
}

/// Checks a code typed by the user. Returns the step it matched, which the caller
/// stores so the same code cannot be used twice (`last_used_step`).
pub fn verify(secret: &[u8], code: &str, now: Timestamp, last_used_step: Option<i64>) -> Option<i64> {
    let code = code.trim().replace(' ', "");
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now_step = step_at(now);
    (now_step - WINDOW..=now_step + WINDOW)
        .filter(|s| *s >= 0 && last_used_step.is_none_or(|used| *s > used))
        .find(|s| constant_time_eq(format!("{:06}", hotp(secret, *s as u64)).as_bytes(), code.as_bytes()))
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `otpauth://` URI an authenticator app imports (as text or QR code).
pub fn provisioning_uri(secret: &[u8], account: &str, issuer: &str) -> String {
    let s = data_encoding::BASE32_NOPAD.encode(secret);
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
        percent(issuer),
        percent(account),
        s,
        percent(issuer)
    )
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", truncated to 6 digits.
    const SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc6238_vectors() {
        for (t, expect) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1111111111, "050471"),
            (1234567890, "005924"),
            (2000000000, "279037"),
        ] {
            assert_eq!(code_at(SECRET, Timestamp(t)), expect, "t={t}");
        }
    }

    #[test]
    fn accepts_neighbouring_steps_and_refuses_replay() {
        let now = Timestamp(1111111111);
        let code = code_at(SECRET, now.plus_secs(-30));
        let step = verify(SECRET, &code, now, None).expect("previous step is accepted");
        assert_eq!(verify(SECRET, &code, now, Some(step)), None, "replay refused");
        assert_eq!(verify(SECRET, &code_at(SECRET, now.plus_secs(-90)), now, None), None);
        assert_eq!(verify(SECRET, "12345", now, None), None);
        assert_eq!(verify(SECRET, "abcdef", now, None), None);
    }

    #[test]
    fn uri_names_issuer_and_account() {
        let u = provisioning_uri(SECRET, "kari@kommune.no", "tillit");
        assert!(u.starts_with("otpauth://totp/tillit:kari@kommune.no?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }
}
