//! Procurement case pages: the list, one case with its classification, tier and status.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::data::CaseRow;
use tillit_app::procurement::case_page::{Choice, ProposalView, SetRow};
use tillit_domain::CaseId;
use tillit_domain::Permission;
use tillit_domain::procurement::{Classification, DataLocation, PurchaseKind, Status, Tier};

#[derive(Template)]
#[template(path = "procurement/cases.html")]
pub struct CasesPage {
    ctx: Ctx,
    cases: Vec<(CaseRow, String)>,
    can_edit: bool,
}

pub async fn list(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.cases(&a.actor).await {
        Ok(cases) => {
            let cases = cases
                .into_iter()
                .map(|c| {
                    let status = a.ctx.t(&format!("case-status-{}", c.status.as_str()));
                    (c, status)
                })
                .collect();
            let can_edit = a.actor.role.has(Permission::ProcurementEdit);
            render(&CasesPage { ctx: a.ctx, cases, can_edit })
        }
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct NewCaseForm {
    case_number: String,
    title: String,
    #[serde(default)]
    description: String,
}

pub async fn create(State(st): State<AppState>, a: Authed, Form(f): Form<NewCaseForm>) -> Response {
    match st.app.create_case(&a.actor, &f.case_number, &f.title, &f.description).await {
        Ok(id) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "procurement/case.html")]
pub struct CasePage {
    ctx: Ctx,
    case: CaseRow,
    status: String,
    tier: String,
    computed: String,
    overridden: bool,
    reasons: Vec<String>,
    kinds: Vec<Choice>,
    locations: Vec<Choice>,
    levels: Vec<(&'static str, String, Vec<Choice>)>,
    tiers: Vec<Choice>,
    next: Vec<(String, String)>,
    editable: bool,
    set_editable: bool,
    can_edit: bool,
    deadline: String,
    deadline_input: String,
    deadline_editable: bool,
    contract_start: String,
    published: Option<(i64, String, String)>,
    correction_open: bool,
    can_open_correction: bool,
    bids: Vec<(tillit_app::data::BidRow, String, String, Option<String>)>,
    opening: Option<String>,
    can_invite: bool,
    can_import_sheets: bool,
    evaluators: Vec<(String, String, bool)>,
    lead_name: String,
    evaluation_open: bool,
    proposals: Vec<ProposalView>,
    steps: Vec<(String, bool, bool)>,
    set_rows: Vec<SetRow>,
    set_areas: Vec<(String, String)>,
    set_catalogues: Vec<(String, String)>,
    set_counts: (usize, usize),
    set_weights: String,
    set_ok: bool,
    addable: Vec<(String, Vec<(String, String)>)>,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    let m = match st.app.case_page(&a.actor, &id, a.ctx.loc).await {
        Ok(m) => m,
        Err(e) => return fail(a.ctx, e),
    };
    render(&CasePage {
        ctx: a.ctx,
        case: m.case,
        status: m.status,
        tier: m.tier,
        computed: m.computed,
        overridden: m.overridden,
        reasons: m.reasons,
        kinds: m.kinds,
        locations: m.locations,
        levels: m.levels,
        tiers: m.tiers,
        next: m.next,
        editable: m.editable,
        set_editable: m.set_editable,
        can_edit: m.can_edit,
        deadline: m.deadline,
        deadline_input: m.deadline_input,
        deadline_editable: m.deadline_editable,
        contract_start: m.contract_start,
        published: m.published,
        correction_open: m.correction_open,
        can_open_correction: m.can_open_correction,
        bids: m.bids,
        opening: m.opening,
        can_invite: m.can_invite,
        can_import_sheets: m.can_import_sheets,
        evaluators: m.evaluators,
        lead_name: m.lead_name,
        evaluation_open: m.evaluation_open,
        proposals: m.proposals,
        steps: m.steps,
        set_rows: m.set_rows,
        set_areas: m.set_areas,
        set_catalogues: m.set_catalogues,
        set_counts: m.set_counts,
        set_weights: m.set_weights,
        set_ok: m.set_ok,
        addable: m.addable,
    })
}

#[derive(Deserialize)]
pub struct ClassificationForm {
    kind: String,
    confidentiality: u8,
    integrity: u8,
    availability: u8,
    traceability: u8,
    #[serde(default)]
    personal_data: Option<String>,
    #[serde(default)]
    special_categories: Option<String>,
    #[serde(default)]
    data_subjects: String,
    location: String,
    #[serde(default)]
    users: String,
    #[serde(default)]
    internet_exposed: Option<String>,
}

pub async fn classify(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<ClassificationForm>,
) -> Response {
    // The right to change comes before what the form says: a read-only role gets 403, never 422.
    if let Err(e) = a.actor.require(tillit_domain::Permission::ProcurementEdit) {
        return fail(a.ctx, e);
    }
    let number = |s: &str, field: &'static str| -> Result<u64, tillit_app::AppError> {
        if s.trim().is_empty() {
            Ok(0)
        } else {
            s.trim().parse().map_err(|_| tillit_app::AppError::invalid(field, "error-number"))
        }
    };
    let c = (|| {
        Ok::<_, tillit_app::AppError>(Classification {
            kind: PurchaseKind::parse(&f.kind).ok_or(tillit_app::AppError::invalid("kind", "error-choose"))?,
            confidentiality: f.confidentiality,
            integrity: f.integrity,
            availability: f.availability,
            traceability: f.traceability,
            personal_data: f.personal_data.is_some(),
            special_categories: f.special_categories.is_some(),
            data_subjects: number(&f.data_subjects, "data_subjects")?,
            location: DataLocation::parse(&f.location)
                .ok_or(tillit_app::AppError::invalid("location", "error-choose"))?,
            users: number(&f.users, "users")?,
            internet_exposed: f.internet_exposed.is_some(),
        })
    })();
    let result = match c {
        Ok(c) => st.app.classify(&a.actor, &id, &c).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct OverrideForm {
    #[serde(default)]
    tier: String,
    #[serde(default)]
    reason: String,
}

pub async fn override_tier(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<OverrideForm>,
) -> Response {
    let tier = if f.tier.is_empty() { None } else { Tier::parse(&f.tier) };
    if !f.tier.is_empty() && tier.is_none() {
        return fail(a.ctx, tillit_app::AppError::invalid("tier", "error-choose"));
    }
    match st.app.override_tier(&a.actor, &id, tier, &f.reason).await {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    to: String,
}

pub async fn move_status(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<StatusForm>,
) -> Response {
    let Some(to) = Status::parse(&f.to) else {
        return fail(a.ctx, tillit_app::AppError::invalid("status", "error-status-move"));
    };
    match st.app.move_case(&a.actor, &id, to).await {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => fail(a.ctx, e),
    }
}

/// Case pages were at `/procurements…` before pages and API agreed on "case"; old links and
/// bookmarks land on the same page (308 keeps the method). Only the path prefix changes, so
/// the target is always a page of this site.
pub async fn old_url(uri: axum::http::Uri) -> Response {
    use axum::response::IntoResponse;
    let rest = uri.path().strip_prefix("/procurements").unwrap_or("");
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let to = format!("/cases{rest}{query}");
    (axum::http::StatusCode::PERMANENT_REDIRECT, [(axum::http::header::LOCATION, to)]).into_response()
}
