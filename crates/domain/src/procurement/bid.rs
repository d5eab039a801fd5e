//! A bidder's answers to a published requirement set: answer statuses, certificates,
//! organisation numbers, when a bid may still change, what is left unanswered, and the
//! receipt fingerprint of a submitted bid.

use crate::procurement::tender::FrozenItem;
pub use crate::suppliers::org_number::Country;
use crate::suppliers::org_number::OrgNumber;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStatus {
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
}

impl AnswerStatus {
    pub const ALL: [AnswerStatus; 4] =
        [AnswerStatus::Met, AnswerStatus::PartlyMet, AnswerStatus::NotMet, AnswerStatus::NotApplicable];
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerStatus::Met => "met",
            AnswerStatus::PartlyMet => "partly_met",
            AnswerStatus::NotMet => "not_met",
            AnswerStatus::NotApplicable => "not_applicable",
        }
    }
    pub fn parse(s: &str) -> Option<AnswerStatus> {
        AnswerStatus::ALL.into_iter().find(|a| a.as_str() == s)
    }
    /// Everything but "met" goes on the bidder's gap list.
    pub fn is_gap(self) -> bool {
        self != AnswerStatus::Met
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    Iso27001,
    Iso27017,
    Iso27018,
    Iso27701,
    Soc2Type1,
    Soc2Type2,
    C5,
    CsaStar,
    Other,
}

impl CertificateKind {
    pub const ALL: [CertificateKind; 9] = [
        CertificateKind::Iso27001,
        CertificateKind::Iso27017,
        CertificateKind::Iso27018,
        CertificateKind::Iso27701,
        CertificateKind::Soc2Type1,
        CertificateKind::Soc2Type2,
        CertificateKind::C5,
        CertificateKind::CsaStar,
        CertificateKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateKind::Iso27001 => "iso27001",
            CertificateKind::Iso27017 => "iso27017",
            CertificateKind::Iso27018 => "iso27018",
            CertificateKind::Iso27701 => "iso27701",
            CertificateKind::Soc2Type1 => "soc2_type1",
            CertificateKind::Soc2Type2 => "soc2_type2",
            CertificateKind::C5 => "c5",
            CertificateKind::CsaStar => "csa_star",
            CertificateKind::Other => "other",
        }
    }
    /// The name everyone uses, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            CertificateKind::Iso27001 => "ISO/IEC 27001",
            CertificateKind::Iso27017 => "ISO/IEC 27017",
            CertificateKind::Iso27018 => "ISO/IEC 27018",
            CertificateKind::Iso27701 => "ISO/IEC 27701",
            CertificateKind::Soc2Type1 => "SOC 2 Type I",
            CertificateKind::Soc2Type2 => "SOC 2 Type II",
            CertificateKind::C5 => "BSI C5",
            CertificateKind::CsaStar => "CSA STAR",
            CertificateKind::Other => "—",
        }
    }
    pub fn parse(s: &str) -> Option<CertificateKind> {
        CertificateKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The organisation number in its usual written form (Norwegian `123456785`, Swedish
/// `556016-0680`), or None when it has the wrong length or check digit.
pub fn org_number(country: Country, raw: &str) -> Option<String> {
    OrgNumber::parse(country, raw).ok().map(|n| n.to_string())
}

/// The organisation numbers written in a text (a folder or file name an e-tendering system
/// gave a received tender): runs of digits, with the hyphen or spaces people write, that are
/// a valid Norwegian (nine digits) or Swedish (ten) number.
pub fn org_numbers_in(text: &str) -> Vec<(Country, String)> {
    let mut out: Vec<(Country, String)> = vec![];
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // A run of digits with single separators (`556016-0680`, `923 609 016`).
        let mut j = i;
        let mut digits = String::new();
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                digits.push(chars[j]);
                j += 1;
            } else if matches!(chars[j], '-' | ' ') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                j += 1;
            } else {
                break;
            }
        }
        for c in [Country::No, Country::Se] {
            if let Some(n) = org_number(c, &digits)
                && !out.contains(&(c, n.clone()))
            {
                out.push((c, n));
            }
        }
        i = j;
    }
    out
}

/// Where a bid stands: invited (nothing saved), draft (answers saved), submitted (with a receipt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BidStatus {
    Invited,
    Draft,
    Submitted,
}

impl BidStatus {
    pub const ALL: [BidStatus; 3] = [BidStatus::Invited, BidStatus::Draft, BidStatus::Submitted];
    pub fn as_str(self) -> &'static str {
        match self {
            BidStatus::Invited => "invited",
            BidStatus::Draft => "draft",
            BidStatus::Submitted => "submitted",
        }
    }
    pub fn is_submitted(self) -> bool {
        self == BidStatus::Submitted
    }
}

impl std::fmt::Display for BidStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Called by the store when it reads a row: an unknown status is an error naming it.
impl TryFrom<String> for BidStatus {
    type Error = String;
    fn try_from(s: String) -> Result<BidStatus, String> {
        BidStatus::ALL.into_iter().find(|b| b.as_str() == s).ok_or_else(|| format!("unknown bid status {s:?}"))
    }
}

/// Whether a bid's personal link works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Live,
    Revoked,
    /// It ran out at the deadline.
    Expired,
}

pub fn link_state(now: i64, expires_at: i64, revoked: bool) -> LinkState {
    if revoked {
        LinkState::Revoked
    } else if now >= expires_at {
        LinkState::Expired
    } else {
        LinkState::Live
    }
}

/// What a bid's link opens now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalAccess {
    /// The bid, to answer (the deadline and submission decide whether it may still change).
    Open,
    /// A submitted bid after the deadline: read-only, with its PDF and receipt, for
    /// `read_days` after the deadline.
    ReadOnly,
    /// The deadline passed without a submission (or the reading period ended).
    Expired,
    /// The buyer withdrew the link.
    Revoked,
}

pub fn portal_access(now: i64, expires_at: i64, revoked: bool, submitted: bool, read_days: i64) -> PortalAccess {
    match link_state(now, expires_at, revoked) {
        LinkState::Live => PortalAccess::Open,
        LinkState::Revoked => PortalAccess::Revoked,
        LinkState::Expired if submitted && now < expires_at + read_days * 86_400 => PortalAccess::ReadOnly,
        LinkState::Expired => PortalAccess::Expired,
    }
}

/// Why a bid cannot change now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locked {
    /// The deadline has passed (judged on the server's clock).
    DeadlinePassed,
    /// Submitted answers are locked.
    Submitted,
    /// The tender is not (or no longer) open for answers.
    TenderClosed,
}

/// A bid may change while the tender is published, before the deadline, until it is submitted.
pub fn may_change(now: i64, deadline: Option<i64>, tender_published: bool, submitted: bool) -> Result<(), Locked> {
    if submitted {
        return Err(Locked::Submitted);
    }
    if !tender_published {
        return Err(Locked::TenderClosed);
    }
    match deadline {
        Some(d) if now < d => Ok(()),
        _ => Err(Locked::DeadlinePassed),
    }
}

/// One stored answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub status: AnswerStatus,
    pub description: String,
    pub evidence_ref: String,
    /// The uploaded file the answer points to. Left out of the receipt's JSON when none, so
    /// receipts from before files could be pointed to still verify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_id: Option<String>,
}

/// The references of requirements without an answer, in the set's order. A must
/// requirement answered "not met" is an answer (it will fail evaluation), not a gap here.
pub fn unanswered(items: &[FrozenItem], answers: &BTreeMap<String, Answer>) -> Vec<String> {
    items.iter().filter(|i| !answers.contains_key(&i.requirement_id)).map(|i| i.reference.clone()).collect()
}

/// Description of an answer that is not "met" must say why: the evaluator needs it.
pub fn needs_description(a: &Answer) -> bool {
    a.status.is_gap() && a.description.trim().is_empty()
}

#[derive(Serialize)]
struct ReceiptBody<'a> {
    format: &'static str,
    bid_id: &'a str,
    set_hash: &'a str,
    submitted_at: i64,
    answers: &'a BTreeMap<String, Answer>,
    evidence: &'a [String],
}

/// SHA-256 over what was submitted: the set version answered, every answer and the hash of
/// every evidence file. The bidder's receipt carries it; the evaluation shows the same.
pub fn receipt_hash(
    bid_id: &str,
    set_hash: &str,
    submitted_at: i64,
    answers: &BTreeMap<String, Answer>,
    evidence_hashes: &[String],
) -> String {
    let mut evidence = evidence_hashes.to_vec();
    evidence.sort();
    let body =
        ReceiptBody { format: "tillit-bid-receipt/1", bid_id, set_hash, submitted_at, answers, evidence: &evidence };
    hex::encode(Sha256::digest(serde_json::to_vec(&body).unwrap_or_default()))
}

/// What is wrong with a certificate's validity for this tender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertificateFlag {
    /// Not valid at the deadline: it does not count for the bid.
    ExpiredAtDeadline,
    /// Valid at the deadline but runs out before the planned contract start.
    ExpiresBeforeContractStart,
}

impl CertificateFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            CertificateFlag::ExpiredAtDeadline => "expired_at_deadline",
            CertificateFlag::ExpiresBeforeContractStart => "expires_before_contract_start",
        }
    }
    pub fn message_key(self) -> &'static str {
        match self {
            CertificateFlag::ExpiredAtDeadline => "certificate-flag-expired",
            CertificateFlag::ExpiresBeforeContractStart => "certificate-flag-before-start",
        }
    }
    /// The notice the supplier sees right after entering such a certificate.
    pub fn notice_key(self) -> &'static str {
        match self {
            CertificateFlag::ExpiredAtDeadline => "notice-certificate-expired",
            CertificateFlag::ExpiresBeforeContractStart => "notice-certificate-before-start",
        }
    }
}

/// `valid_until` is the last moment a certificate is valid (the end of the day the supplier
/// gives); the contract start is the first moment of its day.
pub fn certificate_flag(
    valid_until: i64,
    deadline: Option<i64>,
    contract_start: Option<i64>,
) -> Option<CertificateFlag> {
    if deadline.is_some_and(|d| valid_until < d) {
        Some(CertificateFlag::ExpiredAtDeadline)
    } else if contract_start.is_some_and(|s| valid_until < s) {
        Some(CertificateFlag::ExpiresBeforeContractStart)
    } else {
        None
    }
}

/// Why the buyer is not shown what a bid says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// The bids are sealed until they are opened at the deadline.
    Sealed,
    /// Not submitted: a draft is never a bid, before or after the deadline.
    Draft,
}

impl Hidden {
    /// The form the API sends.
    pub fn as_str(self) -> &'static str {
        match self {
            Hidden::Sealed => "sealed",
            Hidden::Draft => "draft",
        }
    }
    pub fn message_key(self) -> &'static str {
        match self {
            Hidden::Sealed => "error-bids-sealed",
            Hidden::Draft => "error-bid-draft",
        }
    }
}

/// Whether the buyer may see a bid's answers, evidence and certificates: only once the bids
/// are opened, and only a submitted bid.
pub fn contents_hidden(opened_at: Option<i64>, status: BidStatus) -> Option<Hidden> {
    if opened_at.is_none() {
        Some(Hidden::Sealed)
    } else if !status.is_submitted() {
        Some(Hidden::Draft)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_are_flagged_when_they_lapse_before_the_deadline_or_the_contract_start() {
        let day = 86_400;
        let end_of = |d: i64| d * day + day - 60;
        let deadline = 100 * day + 12 * 3600;
        let start = 200 * day;
        assert_eq!(certificate_flag(end_of(99), Some(deadline), Some(start)), Some(CertificateFlag::ExpiredAtDeadline));
        assert_eq!(
            certificate_flag(end_of(100), Some(deadline), Some(start)),
            Some(CertificateFlag::ExpiresBeforeContractStart),
            "valid on the deadline's day"
        );
        assert_eq!(
            certificate_flag(end_of(199), Some(deadline), Some(start)),
            Some(CertificateFlag::ExpiresBeforeContractStart)
        );
        assert_eq!(
            certificate_flag(end_of(200), Some(deadline), Some(start)),
            None,
            "valid on the first day of the contract"
        );
        assert_eq!(
            certificate_flag(150 * day, Some(deadline), None),
            None,
            "no start planned: only the deadline counts"
        );
        assert_eq!(certificate_flag(1, None, None), None);
    }

    #[test]
    fn a_bid_is_shown_once_opened_and_only_if_submitted() {
        assert_eq!(contents_hidden(None, BidStatus::Submitted), Some(Hidden::Sealed));
        assert_eq!(contents_hidden(Some(1), BidStatus::Draft), Some(Hidden::Draft));
        assert_eq!(contents_hidden(Some(1), BidStatus::Invited), Some(Hidden::Draft));
        assert_eq!(contents_hidden(Some(1), BidStatus::Submitted), None);
    }
    use crate::procurement::requirement_set::Kind;

    fn item(id: &str) -> FrozenItem {
        FrozenItem {
            requirement_id: id.into(),
            catalogue: "K".into(),
            reference: format!("R{id}"),
            area: "1".into(),
            text: "t".into(),
            original_text: "t".into(),
            kind: Kind::Must,
            weight: 0,
        }
    }

    fn answer(s: AnswerStatus, d: &str) -> Answer {
        Answer { status: s, description: d.into(), evidence_ref: String::new(), evidence_id: None }
    }

    #[test]
    fn organisation_numbers_are_found_in_the_names_e_tendering_systems_give() {
        assert_eq!(
            org_numbers_in("Omsorgsdata AS (923609016)/Svarskjema.xlsx"),
            vec![(Country::No, "923609016".to_string())]
        );
        assert_eq!(
            org_numbers_in("Tilbud_Vårdsystem AB_556016-0680.xlsx"),
            vec![(Country::Se, "556016-0680".to_string())]
        );
        assert_eq!(org_numbers_in("923 609 016 Omsorgsdata/svar.xlsx"), vec![(Country::No, "923609016".to_string())]);
        assert!(org_numbers_in("Svar 2026-12-15 versjon 2.xlsx").is_empty(), "dates and versions are not numbers");
        assert!(org_numbers_in("923609017.xlsx").is_empty(), "a wrong check digit");
    }

    #[test]
    fn organisation_numbers_in_their_written_form() {
        assert_eq!(org_number(Country::No, "923 609 016").as_deref(), Some("923609016"));
        assert_eq!(org_number(Country::No, "923609017"), None, "wrong check digit");
        assert_eq!(org_number(Country::Se, "5560160680").as_deref(), Some("556016-0680"));
        assert_eq!(org_number(Country::Se, "556016-0681"), None);
        assert_eq!(org_number(Country::Se, "923609016"), None, "a Norwegian number is not Swedish");
    }

    #[test]
    fn a_bid_changes_only_before_the_deadline_and_until_submitted() {
        assert_eq!(may_change(99, Some(100), true, false), Ok(()));
        assert_eq!(may_change(100, Some(100), true, false), Err(Locked::DeadlinePassed));
        assert_eq!(may_change(99, None, true, false), Err(Locked::DeadlinePassed));
        assert_eq!(may_change(99, Some(100), true, true), Err(Locked::Submitted));
        assert_eq!(may_change(99, Some(100), false, false), Err(Locked::TenderClosed));
    }

    #[test]
    fn a_submitted_bid_stays_readable_after_the_deadline() {
        let day = 86_400;
        assert_eq!(portal_access(99, 100, false, false, 365), PortalAccess::Open);
        assert_eq!(portal_access(100, 100, false, true, 365), PortalAccess::ReadOnly);
        assert_eq!(portal_access(100 + 365 * day, 100, false, true, 365), PortalAccess::Expired);
        assert_eq!(portal_access(100, 100, false, false, 365), PortalAccess::Expired, "a draft is not a bid");
        assert_eq!(portal_access(100, 100, true, true, 365), PortalAccess::Revoked);
    }

    #[test]
    fn links_work_until_the_deadline_unless_revoked() {
        assert_eq!(link_state(99, 100, false), LinkState::Live);
        assert_eq!(link_state(100, 100, false), LinkState::Expired);
        assert_eq!(link_state(99, 100, true), LinkState::Revoked);
    }

    #[test]
    fn unanswered_and_unexplained() {
        let items = vec![item("a"), item("b")];
        let mut answers = BTreeMap::new();
        answers.insert("a".to_string(), answer(AnswerStatus::NotMet, ""));
        assert_eq!(unanswered(&items, &answers), vec!["Rb".to_string()]);
        assert!(needs_description(&answers["a"]));
        assert!(!needs_description(&answer(AnswerStatus::Met, "")));
    }

    #[test]
    fn the_receipt_covers_answers_and_evidence() {
        let mut answers = BTreeMap::new();
        answers.insert("a".to_string(), answer(AnswerStatus::Met, "Vi har ISO 27001"));
        let h = receipt_hash("bid", "set", 5, &answers, &["e1".into(), "e2".into()]);
        assert_eq!(
            h,
            receipt_hash("bid", "set", 5, &answers, &["e2".into(), "e1".into()]),
            "evidence order is not content"
        );
        assert_ne!(h, receipt_hash("bid", "set", 5, &answers, &["e1".into()]));
        answers.insert("a".to_string(), answer(AnswerStatus::PartlyMet, "Vi har ISO 27001"));
        assert_ne!(h, receipt_hash("bid", "set", 5, &answers, &["e1".into(), "e2".into()]));
    }
}
