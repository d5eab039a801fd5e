//! Hand-built ClientHello messages for what rustls cannot speak (SSL 2.0, SSL 3.0, TLS 1.0,
//! TLS 1.1, and insecure cipher suites), and a reading of the server's first answer. Only
//! the hello is sent: no key exchange follows, so nothing is negotiated beyond the offer.

/// Protocol versions, as the record layer writes them (SSL 2.0 has its own format).
pub const SSL3: u16 = 0x0300;
pub const TLS10: u16 = 0x0301;
pub const TLS11: u16 = 0x0302;
pub const TLS12: u16 = 0x0303;
pub const TLS13: u16 = 0x0304;

/// The x25519 base point: a valid key share. The handshake never goes past the
/// ServerHello, so no secret is ever derived from it.
const KEY_SHARE_X25519: [u8; 32] = {
    let mut k = [0u8; 32];
    k[0] = 9;
    k
};

/// Ordinary suites a server of that era accepts, offered when asking about a version.
pub const COMMON_SUITES: &[u16] =
    &[0xc02f, 0xc030, 0xc02b, 0xc02c, 0xc013, 0xc014, 0xc009, 0xc00a, 0x009c, 0x009d, 0x002f, 0x0035, 0x000a];

/// Suites nobody should accept: NULL, anonymous, EXPORT, DES, 3DES, RC4 (name, id).
pub const INSECURE_SUITES: &[(&str, u16)] = &[
    ("TLS_RSA_WITH_NULL_SHA", 0x0002),
    ("TLS_RSA_WITH_NULL_SHA256", 0x003b),
    ("TLS_RSA_EXPORT_WITH_RC4_40_MD5", 0x0003),
    ("TLS_RSA_WITH_RC4_128_SHA", 0x0005),
    ("TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", 0x0008),
    ("TLS_RSA_WITH_DES_CBC_SHA", 0x0009),
    ("TLS_RSA_WITH_3DES_EDE_CBC_SHA", 0x000a),
    ("TLS_DH_anon_WITH_AES_128_CBC_SHA", 0x0034),
    ("TLS_DH_anon_WITH_AES_256_CBC_SHA", 0x003a),
    ("TLS_DH_anon_WITH_AES_128_GCM_SHA256", 0x00a6),
    ("TLS_DH_anon_WITH_AES_256_GCM_SHA384", 0x00a7),
    ("TLS_ECDH_anon_WITH_AES_128_CBC_SHA", 0xc018),
    ("TLS_ECDH_anon_WITH_AES_256_CBC_SHA", 0xc019),
    ("TLS_ECDHE_RSA_WITH_RC4_128_SHA", 0xc011),
    ("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", 0xc012),
];

/// Suites without forward secrecy (plain RSA key exchange).
pub const NON_FS_SUITES: &[u16] = &[0x009c, 0x009d, 0x002f, 0x0035, 0x003c, 0x003d];

fn u16be(v: u16) -> [u8; 2] {
    v.to_be_bytes()
}

fn extension(kind: u16, body: &[u8]) -> Vec<u8> {
    let mut e = u16be(kind).to_vec();
    e.extend_from_slice(&u16be(body.len() as u16));
    e.extend_from_slice(body);
    e
}

/// A ClientHello for `version` offering `suites`, with the extensions servers of that era
/// expect (server name when given, groups, point formats, signature algorithms for 1.2,
/// and the renegotiation_info extension). For TLS 1.3 the hello says 1.2 in its version
/// field, as RFC 8446 requires, and 1.3 in supported_versions with an x25519 key share.
pub fn client_hello(version: u16, suites: &[u16], server_name: Option<&str>, random: [u8; 32]) -> Vec<u8> {
    let mut body = u16be(version.min(TLS12)).to_vec();
    body.extend_from_slice(&random);
    body.push(0); // no session id
    body.extend_from_slice(&u16be((suites.len() * 2) as u16));
    for s in suites {
        body.extend_from_slice(&u16be(*s));
    }
    body.extend_from_slice(&[1, 0]); // compression: null only
    let mut ext = vec![];
    if version >= TLS10 {
        if let Some(name) = server_name.filter(|n| n.parse::<std::net::IpAddr>().is_err()) {
            let mut sni = u16be((name.len() + 3) as u16).to_vec();
            sni.push(0);
            sni.extend_from_slice(&u16be(name.len() as u16));
            sni.extend_from_slice(name.as_bytes());
            ext.extend(extension(0x0000, &sni));
        }
        ext.extend(extension(0x000a, &[0x00, 0x06, 0x00, 0x1d, 0x00, 0x17, 0x00, 0x18])); // x25519, P-256, P-384
        ext.extend(extension(0x000b, &[0x01, 0x00])); // uncompressed points
        if version >= TLS12 {
            // ECDSA P-256/384/521 with SHA-256/384/512, RSA-PSS and PKCS#1 with SHA-256/384/512,
            // Ed25519, and the SHA-1 pair old servers still sign with.
            let schemes: [u16; 12] =
                [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0807, 0x0201, 0x0203];
            let mut list = u16be((schemes.len() * 2) as u16).to_vec();
            schemes.iter().for_each(|s| list.extend_from_slice(&u16be(*s)));
            ext.extend(extension(0x000d, &list));
        }
        if version >= TLS13 {
            ext.extend(extension(0x002b, &[0x02, 0x03, 0x04])); // supported_versions: 1.3
            let mut share = u16be(0x001d).to_vec();
            share.extend_from_slice(&u16be(32));
            share.extend_from_slice(&KEY_SHARE_X25519);
            let mut shares = u16be(share.len() as u16).to_vec();
            shares.extend_from_slice(&share);
            ext.extend(extension(0x0033, &shares));
        } else {
            ext.extend(extension(0xff01, &[0x00])); // renegotiation_info, empty
        }
        body.extend_from_slice(&u16be(ext.len() as u16));
        body.extend_from_slice(&ext);
    }
    let mut hs = vec![1u8];
    hs.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
    hs.extend_from_slice(&body);
    // Record layer: 3.1 for TLS (what servers expect), 3.0 for SSL 3.0.
    let record_version = if version == SSL3 { SSL3 } else { TLS10 };
    let mut rec = vec![0x16];
    rec.extend_from_slice(&u16be(record_version));
    rec.extend_from_slice(&u16be(hs.len() as u16));
    rec.extend_from_slice(&hs);
    rec
}

/// An SSL 2.0 CLIENT-HELLO offering the SSL 2.0 cipher kinds.
pub fn ssl2_client_hello(challenge: [u8; 16]) -> Vec<u8> {
    let kinds: [[u8; 3]; 4] = [[0x01, 0x00, 0x80], [0x03, 0x00, 0x80], [0x07, 0x00, 0xc0], [0x06, 0x00, 0x40]];
    let mut body = vec![0x01, 0x00, 0x02]; // CLIENT-HELLO, version 2.0
    body.extend_from_slice(&u16be((kinds.len() * 3) as u16));
    body.extend_from_slice(&u16be(0)); // session id length
    body.extend_from_slice(&u16be(challenge.len() as u16));
    for k in kinds {
        body.extend_from_slice(&k);
    }
    body.extend_from_slice(&challenge);
    let mut rec = u16be(0x8000 | body.len() as u16).to_vec();
    rec.extend_from_slice(&body);
    rec
}

/// What the server's first bytes say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A ServerHello: the version and suite it chose, and whether it sent renegotiation_info.
    ServerHello { version: u16, suite: u16, renegotiation_info: bool },
    /// An SSL 2.0 SERVER-HELLO.
    Ssl2ServerHello,
    /// A TLS alert (the offer was refused), with its description code.
    Alert(u8),
    /// Anything else: not TLS, or cut short.
    Other,
}

pub fn parse_answer(b: &[u8]) -> Answer {
    if b.len() >= 3 && b[0] & 0x80 != 0 && b[2] == 0x04 {
        return Answer::Ssl2ServerHello;
    }
    if b.len() >= 7 && b[0] == 0x15 {
        return Answer::Alert(b[6]);
    }
    if b.len() < 5 + 4 + 2 + 32 + 1 || b[0] != 0x16 || b[5] != 0x02 {
        return Answer::Other;
    }
    let hs = &b[5..];
    let mut version = u16::from_be_bytes([hs[4], hs[5]]);
    let mut i = 4 + 2 + 32;
    let sid = hs[i] as usize;
    i += 1 + sid;
    if hs.len() < i + 3 {
        return Answer::Other;
    }
    let suite = u16::from_be_bytes([hs[i], hs[i + 1]]);
    i += 3; // suite and compression method
    let mut renegotiation_info = false;
    if hs.len() >= i + 2 {
        let end = (i + 2 + u16::from_be_bytes([hs[i], hs[i + 1]]) as usize).min(hs.len());
        let mut j = i + 2;
        while j + 4 <= end {
            let kind = u16::from_be_bytes([hs[j], hs[j + 1]]);
            let len = u16::from_be_bytes([hs[j + 2], hs[j + 3]]) as usize;
            if kind == 0xff01 {
                renegotiation_info = true;
            }
            // supported_versions in a ServerHello holds the version really chosen (TLS 1.3).
            if kind == 0x002b && len == 2 && j + 6 <= end {
                version = u16::from_be_bytes([hs[j + 4], hs[j + 5]]);
            }
            j += 4 + len;
        }
    }
    Answer::ServerHello { version, suite, renegotiation_info }
}

/// The first TLS record (or SSL 2.0 message) is complete in `b`.
pub fn complete(b: &[u8]) -> bool {
    if b.len() >= 2 && b[0] & 0x80 != 0 {
        return b.len() >= 2 + (u16::from_be_bytes([b[0] & 0x7f, b[1]]) as usize);
    }
    b.len() >= 5 && b.len() >= 5 + u16::from_be_bytes([b[3], b[4]]) as usize
}

/// The handshake bytes of the complete records in `b`, and whether an alert was among them.
fn handshake_bytes(b: &[u8]) -> (Vec<u8>, bool) {
    let (mut i, mut hs, mut alert) = (0, vec![], false);
    while i + 5 <= b.len() {
        let len = u16::from_be_bytes([b[i + 3], b[i + 4]]) as usize;
        let Some(fragment) = b.get(i + 5..i + 5 + len) else { break };
        match b[i] {
            0x16 => hs.extend_from_slice(fragment),
            0x15 => alert = true,
            _ => {}
        }
        i += 5 + len;
    }
    (hs, alert)
}

/// The complete handshake messages in `hs`: (type, body).
fn messages(hs: &[u8]) -> Vec<(u8, &[u8])> {
    let (mut i, mut out) = (0, vec![]);
    while i + 4 <= hs.len() {
        let len = u32::from_be_bytes([0, hs[i + 1], hs[i + 2], hs[i + 3]]) as usize;
        let Some(body) = hs.get(i + 4..i + 4 + len) else { break };
        out.push((hs[i], body));
        i += 4 + len;
    }
    out
}

/// The server's first flight (TLS 1.2 and older send it in the clear) is complete: it
/// reached ServerHelloDone, or an alert came instead.
pub fn flight_done(b: &[u8]) -> bool {
    let (hs, alert) = handshake_bytes(b);
    alert || messages(&hs).iter().any(|(t, _)| *t == 14)
}

/// The certificate chain (leaf first, DER) of the Certificate message in a first flight.
pub fn certificates(b: &[u8]) -> Option<Vec<Vec<u8>>> {
    let (hs, _) = handshake_bytes(b);
    let msgs = messages(&hs);
    let (_, body) = msgs.iter().find(|(t, _)| *t == 11)?;
    let total = u32::from_be_bytes([0, *body.first()?, *body.get(1)?, *body.get(2)?]) as usize;
    let list = body.get(3..3 + total)?;
    let (mut i, mut chain) = (0, vec![]);
    while i + 3 <= list.len() {
        let len = u32::from_be_bytes([0, list[i], list[i + 1], list[i + 2]]) as usize;
        chain.push(list.get(i + 3..i + 3 + len)?.to_vec());
        i += 3 + len;
    }
    (!chain.is_empty()).then_some(chain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hello_is_well_formed() {
        let h = client_hello(TLS11, COMMON_SUITES, Some("www.example.test"), [7; 32]);
        assert_eq!(h[0], 0x16);
        assert_eq!(u16::from_be_bytes([h[3], h[4]]) as usize, h.len() - 5, "record length");
        assert_eq!(h[5], 1, "ClientHello");
        assert_eq!(u32::from_be_bytes([0, h[6], h[7], h[8]]) as usize, h.len() - 9, "handshake length");
        assert_eq!(u16::from_be_bytes([h[9], h[10]]), TLS11);
        assert!(complete(&h));
        let v2 = ssl2_client_hello([1; 16]);
        assert!(complete(&v2));
        assert_eq!(v2[2], 0x01);
    }

    #[test]
    fn a_tls13_hello_says_12_outside_and_13_inside() {
        let h = client_hello(TLS13, &[0x1301], Some("www.example.test"), [7; 32]);
        assert_eq!(u16::from_be_bytes([h[9], h[10]]), TLS12, "legacy_version");
        let has = |pattern: &[u8]| h.windows(pattern.len()).any(|w| w == pattern);
        assert!(has(&[0x00, 0x2b, 0x00, 0x03, 0x02, 0x03, 0x04]), "supported_versions");
        assert!(has(&[0x00, 0x33, 0x00, 0x26, 0x00, 0x24, 0x00, 0x1d, 0x00, 0x20, 9]), "key_share");
        assert!(!has(&[0xff, 0x01]), "no renegotiation_info in 1.3");
        // A ServerHello that says 1.2 outside and 1.3 in supported_versions is 1.3.
        let mut sh = vec![0x16, 0x03, 0x03, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x03];
        sh.extend_from_slice(&[0; 32]);
        sh.extend_from_slice(&[0x00, 0x13, 0x01, 0x00, 0x00, 0x06, 0x00, 0x2b, 0x00, 0x02, 0x03, 0x04]);
        assert_eq!(parse_answer(&sh), Answer::ServerHello { version: TLS13, suite: 0x1301, renegotiation_info: false });
    }

    #[test]
    fn a_certificate_is_read_from_a_flight_split_over_records() {
        // ServerHello (empty body), Certificate with two entries, ServerHelloDone.
        let mut hs = vec![2, 0, 0, 0];
        let entries = [vec![0x30, 1, 2], vec![0x30, 3]];
        let mut list = vec![];
        for e in &entries {
            list.extend_from_slice(&(e.len() as u32).to_be_bytes()[1..]);
            list.extend_from_slice(e);
        }
        let mut body = (list.len() as u32).to_be_bytes()[1..].to_vec();
        body.extend_from_slice(&list);
        hs.push(11);
        hs.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
        hs.extend_from_slice(&body);
        hs.extend_from_slice(&[14, 0, 0, 0]);
        let (a, b) = hs.split_at(7);
        let mut flight = vec![];
        for part in [a, b] {
            flight.extend_from_slice(&[0x16, 3, 1]);
            flight.extend_from_slice(&(part.len() as u16).to_be_bytes());
            flight.extend_from_slice(part);
        }
        assert!(!flight_done(&flight[..flight.len() - 1]), "cut short");
        assert!(flight_done(&flight));
        assert_eq!(certificates(&flight), Some(entries.to_vec()));
        assert_eq!(certificates(&flight[..12]), None);
        assert!(flight_done(&[0x15, 3, 1, 0, 2, 2, 40]), "an alert ends it");
    }

    #[test]
    fn answers_are_read() {
        let mut sh = vec![0x16, 0x03, 0x02, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x02];
        sh.extend_from_slice(&[0; 32]);
        sh.extend_from_slice(&[0x00, 0x00, 0x2f, 0x00, 0x00, 0x05, 0xff, 0x01, 0x00, 0x01, 0x00]);
        assert_eq!(parse_answer(&sh), Answer::ServerHello { version: TLS11, suite: 0x002f, renegotiation_info: true });
        assert_eq!(parse_answer(&[0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46]), Answer::Alert(0x46));
        assert_eq!(parse_answer(&[0x80, 0x20, 0x04, 0x00]), Answer::Ssl2ServerHello);
        assert_eq!(parse_answer(b"HTTP/1.1 400"), Answer::Other);
        assert_eq!(parse_answer(&[]), Answer::Other);
    }
}
