//! What the API says, separate from how it is stored: each view names the fields a client
//! gets, so a column added to a table (or the tenancy column `org_id`, or a catalogue's
//! `owner`) never reaches a client by accident. `openapi.json` describes exactly these
//! shapes, and the tests hold real answers against it.

use serde::Serialize;
use tillit_app::data;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::BidStatus;

// identity

#[derive(Debug, Serialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub require_mfa: bool,
    pub default_locale: String,
    pub created_at: i64,
}

impl From<&data::Organisation> for Organisation {
    fn from(r: &data::Organisation) -> Self {
        Organisation {
            id: r.id.clone(),
            name: r.name.clone(),
            require_mfa: r.require_mfa,
            default_locale: r.default_locale.clone(),
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Member {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub created_at: i64,
}

impl From<&data::Member> for Member {
    fn from(r: &data::Member) -> Self {
        Member {
            user_id: r.user_id.clone(),
            email: r.email.clone(),
            display_name: r.display_name.clone(),
            role: r.role.clone(),
            totp_enabled: r.totp_enabled,
            disabled: r.disabled,
            created_at: r.created_at,
        }
    }
}

// catalogue

#[derive(Debug, Serialize)]
pub struct Catalogue {
    pub id: String,
    pub key: String,
    pub title: String,
    pub subtitle: String,
    pub language: String,
    pub source: String,
    pub version: i64,
    pub status: String,
    pub requirement_count: i64,
    /// Shipped with tillit (true) or the organisation's own.
    pub built_in: bool,
}

impl From<&data::CatalogueRow> for Catalogue {
    fn from(r: &data::CatalogueRow) -> Self {
        Catalogue {
            id: r.id.clone(),
            key: r.key.clone(),
            title: r.title.clone(),
            subtitle: r.subtitle.clone(),
            language: r.language.clone(),
            source: r.source.clone(),
            version: r.version,
            status: r.status.clone(),
            requirement_count: r.requirement_count,
            built_in: r.owner.is_empty(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Area {
    pub number: String,
    pub title: String,
    pub title_nb: Option<String>,
    pub title_en: Option<String>,
    pub purpose: Option<String>,
}

impl From<&data::AreaRow> for Area {
    fn from(r: &data::AreaRow) -> Self {
        Area {
            number: r.number.clone(),
            title: r.title.clone(),
            title_nb: r.title_nb.clone(),
            title_en: r.title_en.clone(),
            purpose: r.purpose.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Requirement {
    pub id: String,
    pub catalogue_id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub area_number: String,
    pub text: String,
    pub guidance: String,
    pub refs: String,
    pub title: String,
    pub parent_ref: Option<String>,
    pub source_id: Option<String>,
}

impl From<&data::RequirementRow> for Requirement {
    fn from(r: &data::RequirementRow) -> Self {
        Requirement {
            id: r.id.clone(),
            catalogue_id: r.catalogue_id.clone(),
            reference: r.reference.clone(),
            area_number: r.area_number.clone(),
            text: r.text.clone(),
            guidance: r.guidance.clone(),
            refs: r.refs.clone(),
            title: r.title.clone(),
            parent_ref: r.parent_ref.clone(),
            source_id: r.source_id.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Control {
    pub id: String,
    pub title_en: String,
    pub title_nb: String,
    pub title_sv: String,
    pub theme: String,
    pub control_type: String,
    pub properties: String,
    pub concepts: String,
    pub capabilities: String,
    pub domains: String,
    pub new_in_2022: bool,
}

impl From<&data::ControlRow> for Control {
    fn from(r: &data::ControlRow) -> Self {
        Control {
            id: r.id.clone(),
            title_en: r.title_en.clone(),
            title_nb: r.title_nb.clone(),
            title_sv: r.title_sv.clone(),
            theme: r.theme.clone(),
            control_type: r.control_type.clone(),
            properties: r.properties.clone(),
            concepts: r.concepts.clone(),
            capabilities: r.capabilities.clone(),
            domains: r.domains.clone(),
            new_in_2022: r.new_in_2022,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Mapping {
    pub id: String,
    pub requirement_id: String,
    pub control_id: String,
    pub relationship: String,
    pub origin: String,
    pub rationale: String,
    /// Shipped with tillit (true) or the organisation's own.
    pub built_in: bool,
}

impl From<&data::MappingRow> for Mapping {
    fn from(r: &data::MappingRow) -> Self {
        Mapping {
            id: r.id.clone(),
            requirement_id: r.requirement_id.clone(),
            control_id: r.control_id.clone(),
            relationship: r.relationship.clone(),
            origin: r.origin.clone(),
            rationale: r.rationale.clone(),
            built_in: r.owner.is_empty(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Covering {
    pub control_id: String,
    pub catalogue_id: String,
    pub catalogue_title: String,
    pub requirement_id: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub text: String,
    pub relationship: String,
    pub origin: String,
    pub rationale: String,
}

impl From<&data::CoveringRow> for Covering {
    fn from(r: &data::CoveringRow) -> Self {
        Covering {
            control_id: r.control_id.clone(),
            catalogue_id: r.catalogue_id.clone(),
            catalogue_title: r.catalogue_title.clone(),
            requirement_id: r.requirement_id.clone(),
            reference: r.reference.clone(),
            text: r.text.clone(),
            relationship: r.relationship.clone(),
            origin: r.origin.clone(),
            rationale: r.rationale.clone(),
        }
    }
}

// procurement

#[derive(Debug, Serialize)]
pub struct Case {
    pub id: String,
    pub case_number: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub confidentiality: i64,
    pub integrity: i64,
    pub availability: i64,
    pub traceability: i64,
    pub personal_data: bool,
    pub special_categories: bool,
    pub data_subjects: i64,
    pub location: String,
    pub users: i64,
    pub internet_exposed: bool,
    pub tier_override: Option<String>,
    pub override_reason: Option<String>,
    pub status: Status,
    pub created_by: String,
    pub created_at: i64,
    pub deadline: Option<i64>,
    pub correction_open: bool,
    pub lead_evaluator: Option<String>,
    pub signed_off_at: Option<i64>,
    pub signed_off_by: Option<String>,
}

impl From<&data::CaseRow> for Case {
    fn from(r: &data::CaseRow) -> Self {
        Case {
            id: r.id.clone(),
            case_number: r.case_number.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            kind: r.kind.clone(),
            confidentiality: r.confidentiality,
            integrity: r.integrity,
            availability: r.availability,
            traceability: r.traceability,
            personal_data: r.personal_data,
            special_categories: r.special_categories,
            data_subjects: r.data_subjects,
            location: r.location.clone(),
            users: r.users,
            internet_exposed: r.internet_exposed,
            tier_override: r.tier_override.clone(),
            override_reason: r.override_reason.clone(),
            status: r.status,
            created_by: r.created_by.clone(),
            created_at: r.created_at,
            deadline: r.deadline,
            correction_open: r.correction_open,
            lead_evaluator: r.lead_evaluator.clone(),
            signed_off_at: r.signed_off_at,
            signed_off_by: r.signed_off_by.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SetItem {
    pub requirement_id: String,
    pub catalogue_id: String,
    pub catalogue_title: String,
    pub reference: String,
    pub area_number: String,
    pub area_title: String,
    pub text: String,
    pub kind: String,
    pub weight: i64,
    pub wording: Option<String>,
}

impl From<&data::SetItem> for SetItem {
    fn from(r: &data::SetItem) -> Self {
        SetItem {
            requirement_id: r.requirement_id.clone(),
            catalogue_id: r.catalogue_id.clone(),
            catalogue_title: r.catalogue_title.clone(),
            reference: r.reference.clone(),
            area_number: r.area_number.clone(),
            area_title: r.area_title.clone(),
            text: r.text.clone(),
            kind: r.kind.clone(),
            weight: r.weight,
            wording: r.wording.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SetVersion {
    pub id: String,
    pub case_id: String,
    pub version: i64,
    pub hash: String,
    pub note: String,
    pub published_by: String,
    pub published_at: i64,
}

impl From<&data::SetVersionRow> for SetVersion {
    fn from(r: &data::SetVersionRow) -> Self {
        SetVersion {
            id: r.id.clone(),
            case_id: r.case_id.clone(),
            version: r.version,
            hash: r.hash.clone(),
            note: r.note.clone(),
            published_by: r.published_by.clone(),
            published_at: r.published_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Bid {
    pub id: String,
    pub case_id: String,
    pub company: String,
    pub country: String,
    pub org_number: String,
    pub contact_email: String,
    pub status: BidStatus,
    pub revision: i64,
    pub version_id: Option<String>,
    pub submitted_at: Option<i64>,
    pub receipt_hash: Option<String>,
    pub source: String,
    pub created_by: String,
    pub created_at: i64,
}

impl From<&data::BidRow> for Bid {
    fn from(r: &data::BidRow) -> Self {
        Bid {
            id: r.id.clone(),
            case_id: r.case_id.clone(),
            company: r.company.clone(),
            country: r.country.clone(),
            org_number: r.org_number.clone(),
            contact_email: r.contact_email.clone(),
            status: r.status,
            revision: r.revision,
            version_id: r.version_id.clone(),
            submitted_at: r.submitted_at,
            receipt_hash: r.receipt_hash.clone(),
            source: r.source.clone(),
            created_by: r.created_by.clone(),
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Answer {
    pub requirement_id: String,
    pub status: String,
    pub description: String,
    pub evidence_ref: String,
    pub updated_at: i64,
}

impl From<&data::AnswerRow> for Answer {
    fn from(r: &data::AnswerRow) -> Self {
        Answer {
            requirement_id: r.requirement_id.clone(),
            status: r.status.clone(),
            description: r.description.clone(),
            evidence_ref: r.evidence_ref.clone(),
            updated_at: r.updated_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Evidence {
    pub id: String,
    pub bid_id: String,
    pub sha256: String,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: i64,
}

impl From<&data::EvidenceRow> for Evidence {
    fn from(r: &data::EvidenceRow) -> Self {
        Evidence {
            id: r.id.clone(),
            bid_id: r.bid_id.clone(),
            sha256: r.sha256.clone(),
            filename: r.filename.clone(),
            content_type: r.content_type.clone(),
            size: r.size,
            uploaded_at: r.uploaded_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Certificate {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub scope: String,
    pub issuer: String,
    pub valid_until: i64,
    pub evidence_id: Option<String>,
    pub created_at: i64,
}

impl From<&data::CertificateRow> for Certificate {
    fn from(r: &data::CertificateRow) -> Self {
        Certificate {
            id: r.id.clone(),
            kind: r.kind.clone(),
            name: r.name.clone(),
            scope: r.scope.clone(),
            issuer: r.issuer.clone(),
            valid_until: r.valid_until,
            evidence_id: r.evidence_id.clone(),
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Judgement {
    pub bid_id: String,
    pub requirement_id: String,
    pub evaluator: String,
    pub evaluator_label: String,
    pub verdict: Option<String>,
    pub score: Option<i64>,
    pub justification: String,
    pub updated_at: i64,
}

impl From<&data::JudgementRow> for Judgement {
    fn from(r: &data::JudgementRow) -> Self {
        Judgement {
            bid_id: r.bid_id.clone(),
            requirement_id: r.requirement_id.clone(),
            evaluator: r.evaluator.clone(),
            evaluator_label: r.evaluator_label.clone(),
            verdict: r.verdict.clone(),
            score: r.score,
            justification: r.justification.clone(),
            updated_at: r.updated_at,
        }
    }
}

/// Views of every row in a list.
pub fn all<'a, R: 'a, V: From<&'a R>>(rows: impl IntoIterator<Item = &'a R>) -> Vec<V> {
    rows.into_iter().map(V::from).collect()
}
