//! What the API says, separate from how it is stored: each view names the fields a client
//! gets, so a column added to a table (or the tenancy column `org_id`, or a catalogue's
//! `owner`) never reaches a client by accident. Views borrow from the rows: an answer with
//! 5,000 requirements copies no text. `openapi.json` describes exactly these
//! shapes, and the tests hold real answers against it.

use serde::Serialize;
use tillit_app::data;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::BidStatus;

// identity

#[derive(Debug, Serialize)]
pub struct Organisation<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub require_mfa: bool,
    pub require_mfa_bid_roles: bool,
    pub default_locale: &'a str,
    pub created_at: i64,
}

impl<'a> From<&'a data::Organisation> for Organisation<'a> {
    fn from(r: &'a data::Organisation) -> Self {
        Organisation {
            id: &r.id,
            name: &r.name,
            require_mfa: r.require_mfa,
            require_mfa_bid_roles: r.require_mfa_bid_roles,
            default_locale: &r.default_locale,
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Member<'a> {
    pub user_id: &'a str,
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: &'a str,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub created_at: i64,
}

impl<'a> From<&'a data::Member> for Member<'a> {
    fn from(r: &'a data::Member) -> Self {
        Member {
            user_id: &r.user_id,
            email: &r.email,
            display_name: &r.display_name,
            role: &r.role,
            totp_enabled: r.totp_enabled,
            disabled: r.disabled,
            created_at: r.created_at,
        }
    }
}

// catalogue

#[derive(Debug, Serialize)]
pub struct Catalogue<'a> {
    pub id: &'a str,
    pub key: &'a str,
    pub title: &'a str,
    pub subtitle: &'a str,
    pub language: &'a str,
    pub source: &'a str,
    pub version: i64,
    pub status: &'a str,
    pub requirement_count: i64,
    /// Shipped with tillit (true) or the organisation's own.
    pub built_in: bool,
}

impl<'a> From<&'a data::CatalogueRow> for Catalogue<'a> {
    fn from(r: &'a data::CatalogueRow) -> Self {
        Catalogue {
            id: &r.id,
            key: &r.key,
            title: &r.title,
            subtitle: &r.subtitle,
            language: &r.language,
            source: &r.source,
            version: r.version,
            status: &r.status,
            requirement_count: r.requirement_count,
            built_in: r.owner.is_empty(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Area<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub title_nb: Option<&'a str>,
    pub title_en: Option<&'a str>,
    pub purpose: Option<&'a str>,
}

impl<'a> From<&'a data::AreaRow> for Area<'a> {
    fn from(r: &'a data::AreaRow) -> Self {
        Area {
            number: &r.number,
            title: &r.title,
            title_nb: r.title_nb.as_deref(),
            title_en: r.title_en.as_deref(),
            purpose: r.purpose.as_deref(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Requirement<'a> {
    pub id: &'a str,
    pub catalogue_id: &'a str,
    #[serde(rename = "ref")]
    pub reference: &'a str,
    pub area_number: &'a str,
    pub text: &'a str,
    pub guidance: &'a str,
    pub refs: &'a str,
    pub title: &'a str,
    pub parent_ref: Option<&'a str>,
    pub source_id: Option<&'a str>,
}

impl<'a> From<&'a data::RequirementRow> for Requirement<'a> {
    fn from(r: &'a data::RequirementRow) -> Self {
        Requirement {
            id: &r.id,
            catalogue_id: &r.catalogue_id,
            reference: &r.reference,
            area_number: &r.area_number,
            text: &r.text,
            guidance: &r.guidance,
            refs: &r.refs,
            title: &r.title,
            parent_ref: r.parent_ref.as_deref(),
            source_id: r.source_id.as_deref(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Control<'a> {
    pub id: &'a str,
    pub title_en: &'a str,
    pub title_nb: &'a str,
    pub title_sv: &'a str,
    pub theme: &'a str,
    pub control_type: &'a str,
    pub properties: &'a str,
    pub concepts: &'a str,
    pub capabilities: &'a str,
    pub domains: &'a str,
    pub new_in_2022: bool,
}

impl<'a> From<&'a data::ControlRow> for Control<'a> {
    fn from(r: &'a data::ControlRow) -> Self {
        Control {
            id: &r.id,
            title_en: &r.title_en,
            title_nb: &r.title_nb,
            title_sv: &r.title_sv,
            theme: &r.theme,
            control_type: &r.control_type,
            properties: &r.properties,
            concepts: &r.concepts,
            capabilities: &r.capabilities,
            domains: &r.domains,
            new_in_2022: r.new_in_2022,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Mapping<'a> {
    pub id: &'a str,
    pub requirement_id: &'a str,
    pub control_id: &'a str,
    pub relationship: &'a str,
    pub origin: &'a str,
    pub rationale: &'a str,
    /// Shipped with tillit (true) or the organisation's own.
    pub built_in: bool,
}

impl<'a> From<&'a data::MappingRow> for Mapping<'a> {
    fn from(r: &'a data::MappingRow) -> Self {
        Mapping {
            id: &r.id,
            requirement_id: &r.requirement_id,
            control_id: &r.control_id,
            relationship: &r.relationship,
            origin: &r.origin,
            rationale: &r.rationale,
            built_in: r.owner.is_empty(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Covering<'a> {
    pub control_id: &'a str,
    pub catalogue_id: &'a str,
    pub catalogue_title: &'a str,
    pub requirement_id: &'a str,
    #[serde(rename = "ref")]
    pub reference: &'a str,
    pub text: &'a str,
    pub relationship: &'a str,
    pub origin: &'a str,
    pub rationale: &'a str,
}

impl<'a> From<&'a data::CoveringRow> for Covering<'a> {
    fn from(r: &'a data::CoveringRow) -> Self {
        Covering {
            control_id: &r.control_id,
            catalogue_id: &r.catalogue_id,
            catalogue_title: &r.catalogue_title,
            requirement_id: &r.requirement_id,
            reference: &r.reference,
            text: &r.text,
            relationship: &r.relationship,
            origin: &r.origin,
            rationale: &r.rationale,
        }
    }
}

// procurement

#[derive(Debug, Serialize)]
pub struct Case<'a> {
    pub id: &'a str,
    pub case_number: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub kind: &'a str,
    pub confidentiality: i64,
    pub integrity: i64,
    pub availability: i64,
    pub traceability: i64,
    pub personal_data: bool,
    pub special_categories: bool,
    pub data_subjects: i64,
    pub location: &'a str,
    pub users: i64,
    pub internet_exposed: bool,
    pub tier_override: Option<&'a str>,
    pub override_reason: Option<&'a str>,
    pub status: Status,
    pub created_by: &'a str,
    pub created_at: i64,
    pub deadline: Option<i64>,
    pub correction_open: bool,
    pub lead_evaluator: Option<&'a str>,
    pub signed_off_at: Option<i64>,
    pub signed_off_by: Option<&'a str>,
}

impl<'a> From<&'a data::CaseRow> for Case<'a> {
    fn from(r: &'a data::CaseRow) -> Self {
        Case {
            id: &r.id,
            case_number: &r.case_number,
            title: &r.title,
            description: &r.description,
            kind: &r.kind,
            confidentiality: r.confidentiality,
            integrity: r.integrity,
            availability: r.availability,
            traceability: r.traceability,
            personal_data: r.personal_data,
            special_categories: r.special_categories,
            data_subjects: r.data_subjects,
            location: &r.location,
            users: r.users,
            internet_exposed: r.internet_exposed,
            tier_override: r.tier_override.as_deref(),
            override_reason: r.override_reason.as_deref(),
            status: r.status,
            created_by: &r.created_by,
            created_at: r.created_at,
            deadline: r.deadline,
            correction_open: r.correction_open,
            lead_evaluator: r.lead_evaluator.as_deref(),
            signed_off_at: r.signed_off_at,
            signed_off_by: r.signed_off_by.as_deref(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SetItem<'a> {
    pub requirement_id: &'a str,
    pub catalogue_id: &'a str,
    pub catalogue_title: &'a str,
    pub reference: &'a str,
    pub area_number: &'a str,
    pub area_title: &'a str,
    pub text: &'a str,
    pub kind: &'a str,
    pub weight: i64,
    pub wording: Option<&'a str>,
}

impl<'a> From<&'a data::SetItem> for SetItem<'a> {
    fn from(r: &'a data::SetItem) -> Self {
        SetItem {
            requirement_id: &r.requirement_id,
            catalogue_id: &r.catalogue_id,
            catalogue_title: &r.catalogue_title,
            reference: &r.reference,
            area_number: &r.area_number,
            area_title: &r.area_title,
            text: &r.text,
            kind: &r.kind,
            weight: r.weight,
            wording: r.wording.as_deref(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SetVersion<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub version: i64,
    pub hash: &'a str,
    pub note: &'a str,
    pub published_by: &'a str,
    pub published_at: i64,
}

impl<'a> From<&'a data::SetVersionRow> for SetVersion<'a> {
    fn from(r: &'a data::SetVersionRow) -> Self {
        SetVersion {
            id: &r.id,
            case_id: &r.case_id,
            version: r.version,
            hash: &r.hash,
            note: &r.note,
            published_by: &r.published_by,
            published_at: r.published_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Bid<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub company: &'a str,
    pub country: &'a str,
    pub org_number: &'a str,
    pub contact_email: &'a str,
    pub status: BidStatus,
    pub revision: i64,
    pub version_id: Option<&'a str>,
    pub submitted_at: Option<i64>,
    pub receipt_hash: Option<&'a str>,
    pub source: &'a str,
    pub created_by: &'a str,
    pub created_at: i64,
}

impl<'a> From<&'a data::BidRow> for Bid<'a> {
    fn from(r: &'a data::BidRow) -> Self {
        Bid {
            id: &r.id,
            case_id: &r.case_id,
            company: &r.company,
            country: &r.country,
            org_number: &r.org_number,
            contact_email: &r.contact_email,
            status: r.status,
            revision: r.revision,
            version_id: r.version_id.as_deref(),
            submitted_at: r.submitted_at,
            receipt_hash: r.receipt_hash.as_deref(),
            source: &r.source,
            created_by: &r.created_by,
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Answer<'a> {
    pub requirement_id: &'a str,
    pub status: &'a str,
    pub description: &'a str,
    pub evidence_ref: &'a str,
    pub updated_at: i64,
}

impl<'a> From<&'a data::AnswerRow> for Answer<'a> {
    fn from(r: &'a data::AnswerRow) -> Self {
        Answer {
            requirement_id: &r.requirement_id,
            status: &r.status,
            description: &r.description,
            evidence_ref: &r.evidence_ref,
            updated_at: r.updated_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Evidence<'a> {
    pub id: &'a str,
    pub bid_id: &'a str,
    pub sha256: &'a str,
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size: i64,
    pub uploaded_at: i64,
}

impl<'a> From<&'a data::EvidenceRow> for Evidence<'a> {
    fn from(r: &'a data::EvidenceRow) -> Self {
        Evidence {
            id: &r.id,
            bid_id: &r.bid_id,
            sha256: &r.sha256,
            filename: &r.filename,
            content_type: &r.content_type,
            size: r.size,
            uploaded_at: r.uploaded_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Certificate<'a> {
    pub id: &'a str,
    pub kind: &'a str,
    pub name: &'a str,
    pub scope: &'a str,
    pub issuer: &'a str,
    pub valid_until: i64,
    pub evidence_id: Option<&'a str>,
    pub created_at: i64,
    /// `expired_at_deadline` or `expires_before_contract_start`; null when valid throughout.
    pub flag: Option<&'static str>,
}

impl<'a> From<&'a data::CertificateLine> for Certificate<'a> {
    fn from(l: &'a data::CertificateLine) -> Self {
        let r = &l.row;
        Certificate {
            flag: l.flag.map(|f| f.as_str()),
            id: &r.id,
            kind: &r.kind,
            name: &r.name,
            scope: &r.scope,
            issuer: &r.issuer,
            valid_until: r.valid_until,
            evidence_id: r.evidence_id.as_deref(),
            created_at: r.created_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Judgement<'a> {
    pub bid_id: &'a str,
    pub requirement_id: &'a str,
    pub evaluator: &'a str,
    pub evaluator_label: &'a str,
    pub verdict: Option<&'a str>,
    pub score: Option<i64>,
    pub justification: &'a str,
    pub updated_at: i64,
}

impl<'a> From<&'a data::JudgementRow> for Judgement<'a> {
    fn from(r: &'a data::JudgementRow) -> Self {
        Judgement {
            bid_id: &r.bid_id,
            requirement_id: &r.requirement_id,
            evaluator: &r.evaluator,
            evaluator_label: &r.evaluator_label,
            verdict: r.verdict.as_deref(),
            score: r.score,
            justification: &r.justification,
            updated_at: r.updated_at,
        }
    }
}

/// Views of every row in a list, each made as it is written (no list of views in between).
pub fn all<'a, R: 'a, V: From<&'a R> + Serialize>(
    rows: impl IntoIterator<Item = &'a R, IntoIter: Clone>,
) -> impl Serialize {
    All(rows.into_iter(), std::marker::PhantomData::<V>)
}

struct All<I, V>(I, std::marker::PhantomData<V>);

impl<'a, R: 'a, I: Iterator<Item = &'a R> + Clone, V: From<&'a R> + Serialize> Serialize for All<I, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone().map(V::from))
    }
}
