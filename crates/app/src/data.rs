//! What the web layer may see of stored data and file formats: the row and filter types the
//! use cases return or take, re-exported so `tillit-web` depends on `tillit-app` alone (the
//! compiler enforces that pages and the API reach data only through use cases). Issue 11's
//! API views will replace the store rows the API still returns as they are.

pub use crate::procurement::bids::CertificateLine;
pub use tillit_office::evidence::ACCEPTED as EVIDENCE_ACCEPTED;
pub use tillit_office::oscal::Problem;
pub use tillit_store::StoreError;
pub use tillit_store::catalogue::{
    AreaRow, CatalogueRow, ControlRow, CoveringRow, MappingRow, RequirementRow, SearchFilter, VersionRow,
};
pub use tillit_store::contracts::ContractRow;
pub use tillit_store::identity::api_tokens::ApiToken;
pub use tillit_store::identity::orgs::{Member, MembershipOf, Organisation};
pub use tillit_store::identity::passkeys::Passkey;
pub use tillit_store::platform::audit_log::AuditFilter;
pub use tillit_store::procurement::CaseRow;
pub use tillit_store::procurement::bids::{AnswerRow, BidRow, CertificateRow, EvidenceRow};
pub use tillit_store::procurement::evaluation::JudgementRow;
pub use tillit_store::procurement::requirement_set::SetItem;
pub use tillit_store::procurement::tender::VersionRow as SetVersionRow;
pub use tillit_store::suppliers::{ContactRow, SupplierBid, SupplierRow};

/// What `/readyz` reports.
pub struct Readiness {
    pub database_reachable: bool,
    pub schema_version: Option<i64>,
    pub expected_schema_version: i64,
}

impl Readiness {
    pub fn ready(&self) -> bool {
        self.database_reachable && self.schema_version == Some(self.expected_schema_version)
    }
}
