//! What a file of the register is: the signed contract or an annex, the signed data
//! processing agreement, a transfer impact assessment, or a certificate.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    SignedContract,
    Annex,
    Dpa,
    TransferAssessment,
    Certificate,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = [
        DocumentKind::SignedContract,
        DocumentKind::Annex,
        DocumentKind::Dpa,
        DocumentKind::TransferAssessment,
        DocumentKind::Certificate,
    ];
    /// The kinds stored with a contract (a certificate belongs to the supplier).
    pub const OF_CONTRACT: [DocumentKind; 4] =
        [DocumentKind::SignedContract, DocumentKind::Annex, DocumentKind::Dpa, DocumentKind::TransferAssessment];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::SignedContract => "signed_contract",
            DocumentKind::Annex => "annex",
            DocumentKind::Dpa => "dpa",
            DocumentKind::TransferAssessment => "transfer_assessment",
            DocumentKind::Certificate => "certificate",
        }
    }

    pub fn parse(s: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(DocumentKind::parse("invoice"), None);
    }
}
