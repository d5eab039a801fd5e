//! The supplier register and contracts in the API: read-only, the same use cases and
//! permissions as the pages. Times are Unix seconds, as elsewhere in the API.

use super::{ApiActor, ApiError};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tillit_app::data::{ContractRow, SupplierRow};
use tillit_app::suppliers::SupplierLine;
use tillit_domain::contracts::contract::ContractStatus;
use tillit_domain::{ContractId, SupplierId};

fn supplier(s: &SupplierRow) -> Value {
    json!({
        "id": s.id,
        "legal_name": s.legal_name,
        "country": s.country,
        "org_number": s.org_number,
        "parent_group": s.parent_group,
        "website": s.website,
        "status": s.status.as_str(),
        "created_at": s.created_at,
    })
}

fn line(l: &SupplierLine) -> Value {
    let mut flags = vec![];
    for (on, f) in [
        (l.unlawful_transfer, "transfer_outside_eea_without_basis"),
        (l.missing_dpa, "no_dpa"),
        (l.certificate_attention, "certificate"),
        (l.ending, "contract_ending"),
    ] {
        if on {
            flags.push(f);
        }
    }
    json!({
        "supplier": supplier(&l.supplier),
        "tier": l.tier.map(|t| t.as_str()),
        "contracts": l.contracts,
        "contracts_in_force": l.in_force,
        "flags": flags,
    })
}

fn contract(c: &ContractRow, status: ContractStatus) -> Value {
    json!({
        "id": c.id,
        "supplier_id": c.supplier_id,
        "title": c.title,
        "case_id": c.case_id,
        "bid_id": c.bid_id,
        "set_hash": c.set_hash,
        "kind": c.kind.as_str(),
        "framework_id": c.framework_id,
        "template": c.template.as_str(),
        "start_date": c.start_date,
        "end_date": c.end_date,
        "notice_months": c.notice_months,
        "status": status.as_str(),
        "sla_availability_hundredths": c.sla_availability_hundredths,
        "sla_rpo_hours": c.sla_rpo_hours,
        "sla_rto_hours": c.sla_rto_hours,
    })
}

pub async fn suppliers(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    let lines = st.app.suppliers(&a).await?;
    Ok(Json(lines.iter().map(line).collect::<Vec<_>>()).into_response())
}

pub async fn supplier_one(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<SupplierId>,
) -> Result<Response, ApiError> {
    let m = st.app.supplier_page(&a, &id).await?;
    let contacts: Vec<Value> = m
        .contacts
        .iter()
        .map(|c| json!({ "id": c.id, "role": c.role.as_str(), "name": c.name, "email": c.email, "phone": c.phone }))
        .collect();
    let certificates: Vec<Value> = m
        .certificates
        .iter()
        .map(|c| {
            json!({
                "id": c.cert.id,
                "kind": c.cert.kind.as_str(),
                "number": c.cert.number,
                "body": c.cert.body,
                "edition": c.cert.edition,
                "coverage": c.cert.coverage.as_str(),
                "valid_until": c.cert.valid_until,
                "status": c.status.as_str(),
                "flags": c.flags.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let unlawful: Vec<Value> =
        m.unlawful.iter().map(|(name, countries)| json!({ "sub_processor": name, "countries": countries })).collect();
    Ok(Json(json!({
        "supplier": supplier(&m.supplier),
        "tier": m.tier.map(|t| t.as_str()),
        "contacts": contacts,
        "contracts": m.contracts.iter().map(|(c, s)| contract(c, *s)).collect::<Vec<_>>(),
        "certificates": certificates,
        "transfers_without_basis": unlawful,
    }))
    .into_response())
}

pub async fn contracts(State(st): State<AppState>, ApiActor(a): ApiActor) -> Result<Response, ApiError> {
    let list = st.app.contracts(&a).await?;
    Ok(Json(list.iter().map(|(c, s)| contract(c, *s)).collect::<Vec<_>>()).into_response())
}

pub async fn contract_one(
    State(st): State<AppState>,
    ApiActor(a): ApiActor,
    Path(id): Path<ContractId>,
) -> Result<Response, ApiError> {
    let m = st.app.contract_page(&a, &id).await?;
    let dpa = m.dpa.as_ref().map(|d| {
        json!({
            "template": d.template.as_str(),
            "version": d.version,
            "signed_at": d.signed_at,
            "breach_notice_hours": d.breach_notice_hours,
            "subprocessor_notice_days": d.subprocessor_notice_days,
            "objection_days": d.objection_days,
            "deletion_days": d.deletion_days,
            "audit_clause": d.audit_clause,
            "next_review": d.next_review,
        })
    });
    let chain: Vec<Value> = m
        .chain
        .iter()
        .map(|l| {
            json!({
                "id": l.sub.id,
                "parent_id": l.sub.parent_id,
                "depth": l.depth,
                "name": l.sub.name,
                "country": l.sub.country,
                "locations": l.sub.location_list(),
                "transfer_basis": l.sub.transfer_basis,
                "status": l.sub.status.as_str(),
                "outside_eea_without_basis": l.unlawful,
            })
        })
        .collect();
    let service = m.service.as_ref().map(|x| {
        json!({
            "description": x.description,
            "confidentiality": x.confidentiality,
            "integrity": x.integrity,
            "availability": x.availability,
            "traceability": x.traceability,
            "personal_data": x.personal_data,
            "special_categories": x.special_categories,
            "subjects": x.subjects,
            "storage_countries": x.storage_countries,
            "processing_countries": x.processing_countries,
            "support_countries": x.support_countries,
        })
    });
    Ok(Json(json!({
        "contract": contract(&m.contract, m.status),
        "supplier_id": m.supplier.id,
        "dpa": dpa,
        "sub_processors": chain,
        "service": service,
    }))
    .into_response())
}
