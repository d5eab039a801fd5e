//! A supplier's certificates and attestations (ISO/IEC 27001, SOC 2 Type II, ISAE 3402 …):
//! their status at the clock, and what a security officer must act on: an expired or
//! withdrawn certificate, one running out, an ISO/IEC 27001:2013 certificate still relied on
//! after the 2013 edition lapsed, a scope that does not cover the contracted service.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttestationKind {
    Iso27001,
    Iso27017,
    Iso27018,
    Iso27701,
    Soc2Type2,
    Isae3402,
    Isae3000,
    C5,
    CsaStar,
    /// Approval by the Norwegian National Security Authority.
    Nsm,
    Other,
}

impl AttestationKind {
    pub const ALL: [AttestationKind; 11] = [
        AttestationKind::Iso27001,
        AttestationKind::Iso27017,
        AttestationKind::Iso27018,
        AttestationKind::Iso27701,
        AttestationKind::Soc2Type2,
        AttestationKind::Isae3402,
        AttestationKind::Isae3000,
        AttestationKind::C5,
        AttestationKind::CsaStar,
        AttestationKind::Nsm,
        AttestationKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            AttestationKind::Iso27001 => "iso27001",
            AttestationKind::Iso27017 => "iso27017",
            AttestationKind::Iso27018 => "iso27018",
            AttestationKind::Iso27701 => "iso27701",
            AttestationKind::Soc2Type2 => "soc2_type2",
            AttestationKind::Isae3402 => "isae3402",
            AttestationKind::Isae3000 => "isae3000",
            AttestationKind::C5 => "c5",
            AttestationKind::CsaStar => "csa_star",
            AttestationKind::Nsm => "nsm",
            AttestationKind::Other => "other",
        }
    }
    /// The name everyone uses, the same in every language (NSM's has its words).
    pub fn label(self) -> &'static str {
        match self {
            AttestationKind::Iso27001 => "ISO/IEC 27001",
            AttestationKind::Iso27017 => "ISO/IEC 27017",
            AttestationKind::Iso27018 => "ISO/IEC 27018",
            AttestationKind::Iso27701 => "ISO/IEC 27701",
            AttestationKind::Soc2Type2 => "SOC 2 Type II",
            AttestationKind::Isae3402 => "ISAE 3402",
            AttestationKind::Isae3000 => "ISAE 3000",
            AttestationKind::C5 => "BSI C5",
            AttestationKind::CsaStar => "CSA STAR",
            AttestationKind::Nsm => "NSM",
            AttestationKind::Other => "—",
        }
    }
    pub fn parse(s: &str) -> Option<AttestationKind> {
        AttestationKind::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for AttestationKind {
    type Error = String;
    fn try_from(s: String) -> Result<AttestationKind, String> {
        AttestationKind::parse(&s).ok_or_else(|| format!("unknown attestation kind {s:?}"))
    }
}

/// Whether the certificate's scope covers the contracted service: the buyer's judgement
/// (anskaffelser.no: the certificate covers the organisation, not the product).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Unjudged,
    Yes,
    Partly,
    No,
}

impl Coverage {
    pub const ALL: [Coverage; 4] = [Coverage::Unjudged, Coverage::Yes, Coverage::Partly, Coverage::No];
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Unjudged => "unjudged",
            Coverage::Yes => "yes",
            Coverage::Partly => "partly",
            Coverage::No => "no",
        }
    }
    pub fn parse(s: &str) -> Option<Coverage> {
        Coverage::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl TryFrom<String> for Coverage {
    type Error = String;
    fn try_from(s: String) -> Result<Coverage, String> {
        Coverage::parse(&s).ok_or_else(|| format!("unknown coverage {s:?}"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateStatus {
    Valid,
    /// Runs out within the warning window (`certificate_warning_days`, default 90).
    Expiring,
    Expired,
    Withdrawn,
}

impl CertificateStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateStatus::Valid => "valid",
            CertificateStatus::Expiring => "expiring",
            CertificateStatus::Expired => "expired",
            CertificateStatus::Withdrawn => "withdrawn",
        }
    }
}

/// The default warning window for a certificate that runs out, in days.
pub const DEFAULT_WARNING_DAYS: i64 = 90;

/// 2025-10-31 24:00 in Norway and Sweden: ISO/IEC 27001:2013 certificates lapsed then (the
/// transition to the 2022 edition under IAF MD 26).
pub const ISO27001_2013_LAPSED_AT: i64 = 1_761_951_600;

pub fn status_at(valid_until: i64, withdrawn_at: Option<i64>, now: i64, warning_days: i64) -> CertificateStatus {
    if withdrawn_at.is_some_and(|w| w <= now) {
        CertificateStatus::Withdrawn
    } else if valid_until < now {
        CertificateStatus::Expired
    } else if valid_until < now + warning_days * 86_400 {
        CertificateStatus::Expiring
    } else {
        CertificateStatus::Valid
    }
}

/// What needs the buyer's attention on a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CertificateFlag {
    /// An ISO/IEC 27001:2013 certificate after the 2013 edition lapsed.
    LapsedEdition,
    /// Its scope does not cover the contracted service.
    ScopeNotCovering,
    ScopePartly,
}

impl CertificateFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateFlag::LapsedEdition => "lapsed_edition",
            CertificateFlag::ScopeNotCovering => "scope_not_covering",
            CertificateFlag::ScopePartly => "scope_partly",
        }
    }
}

pub fn flags(kind: AttestationKind, edition: &str, coverage: Coverage, now: i64) -> Vec<CertificateFlag> {
    let mut out = vec![];
    if kind == AttestationKind::Iso27001 && edition.trim().contains("2013") && now >= ISO27001_2013_LAPSED_AT {
        out.push(CertificateFlag::LapsedEdition);
    }
    match coverage {
        Coverage::No => out.push(CertificateFlag::ScopeNotCovering),
        Coverage::Partly => out.push(CertificateFlag::ScopePartly),
        _ => {}
    }
    out
}

/// Whether the register flags the certificate: not valid now, or of a lapsed edition. (A scope
/// the buyer judged not to cover the service shows on the supplier's page.)
pub fn needs_attention(status: CertificateStatus, flags: &[CertificateFlag]) -> bool {
    status != CertificateStatus::Valid || flags.contains(&CertificateFlag::LapsedEdition)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn the_status_follows_the_clock() {
        let now = 1_000 * DAY;
        assert_eq!(status_at(now + 200 * DAY, None, now, 90), CertificateStatus::Valid);
        assert_eq!(status_at(now + 89 * DAY, None, now, 90), CertificateStatus::Expiring);
        assert_eq!(status_at(now - 1, None, now, 90), CertificateStatus::Expired);
        assert_eq!(status_at(now + 200 * DAY, Some(now), now, 90), CertificateStatus::Withdrawn);
        assert_eq!(status_at(now + 200 * DAY, Some(now + DAY), now, 90), CertificateStatus::Valid, "withdrawn later");
    }

    #[test]
    fn a_2013_certificate_lapsed_at_the_end_of_october_2025() {
        let before = ISO27001_2013_LAPSED_AT - 1;
        assert!(flags(AttestationKind::Iso27001, "2013", Coverage::Yes, before).is_empty());
        assert_eq!(
            flags(AttestationKind::Iso27001, "ISO/IEC 27001:2013", Coverage::Yes, ISO27001_2013_LAPSED_AT),
            vec![CertificateFlag::LapsedEdition]
        );
        assert!(flags(AttestationKind::Iso27001, "2022", Coverage::Yes, ISO27001_2013_LAPSED_AT).is_empty());
        assert!(flags(AttestationKind::Iso27017, "2013", Coverage::Yes, ISO27001_2013_LAPSED_AT).is_empty());
        assert_eq!(flags(AttestationKind::Soc2Type2, "", Coverage::No, 0), vec![CertificateFlag::ScopeNotCovering]);
        assert!(needs_attention(CertificateStatus::Expiring, &[]));
        assert!(needs_attention(CertificateStatus::Valid, &[CertificateFlag::LapsedEdition]));
        assert!(!needs_attention(CertificateStatus::Valid, &[CertificateFlag::ScopePartly]));
        for k in AttestationKind::ALL {
            assert_eq!(AttestationKind::parse(k.as_str()), Some(k));
        }
    }
}
