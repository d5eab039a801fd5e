//! Procurement case pages: the list, one case with its classification, tier and status.

use super::refusal::{Refusal, refused};
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
    refusal: Option<Refusal>,
}

impl CasePage {
    /// The refusal's message when it belongs to `form`.
    fn refused(&self, form: &str) -> Option<&str> {
        self.refusal.as_ref().filter(|r| r.on(form)).map(|r| r.message.as_str())
    }
    /// The refusal's message when it belongs to this requirement's row form.
    fn row_refused(&self, requirement: &str) -> Option<&str> {
        self.refusal
            .as_ref()
            .filter(|r| r.on("set-row") && r.row.as_deref() == Some(requirement))
            .map(|r| r.message.as_str())
    }
    /// What was typed into `form`'s field `name`, or `shown` when that form was not refused.
    fn kept(&self, form: &str, name: &str, shown: &str) -> String {
        match &self.refusal {
            Some(r) if r.on(form) => r.kept(name).unwrap_or_default().to_string(),
            _ => shown.to_string(),
        }
    }
    /// Whether the row's form shows an award criterion: as typed when it was refused.
    fn row_award(&self, r: &SetRow) -> bool {
        match self.row_refused(&r.requirement_id) {
            Some(_) => self.kept("set-row", "kind", "") == "award",
            None => r.award,
        }
    }
    /// Whether the refused bulk change had this requirement ticked.
    fn picked(&self, requirement: &str) -> bool {
        self.refusal
            .as_ref()
            .is_some_and(|r| r.on("bulk") && r.sent.iter().any(|(k, v)| k == "requirement" && v == requirement))
    }
    /// Whether the lead-evaluator choice shows this user: as sent when it was refused.
    fn lead_chosen(&self, user: &str, current: bool) -> bool {
        match &self.refusal {
            Some(r) if r.on("lead") => r.kept("user") == Some(user),
            _ => current,
        }
    }
    /// Marks the field the refusal names: invalid, described by the error, focused (so the
    /// browser scrolls to it). Fixed text only, so it is written unescaped.
    fn mark(&self, form: &str, field: &str) -> &'static str {
        match &self.refusal {
            Some(r) if r.on(form) && r.field == field => {
                " aria-invalid=\"true\" aria-describedby=\"form-error\" autofocus"
            }
            _ => "",
        }
    }
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    case_response(&st, a, &id, None, axum::http::StatusCode::OK).await
}

/// The case page, with a refused form's error and input when there is one.
pub async fn case_response(
    st: &AppState,
    a: Authed,
    id: &CaseId,
    mut refusal: Option<Refusal>,
    status: axum::http::StatusCode,
) -> Response {
    let mut m = match st.app.case_page(&a.actor, id, a.ctx.loc).await {
        Ok(m) => m,
        Err(e) => return fail(a.ctx, e),
    };
    if let Some(r) = refusal.as_mut() {
        if r.form == "set-item" {
            let in_set = m.set_rows.iter().any(|x| Some(&x.requirement_id) == r.row.as_ref());
            r.form = if in_set { "set-row" } else { "set-add" };
        }
        if r.form == "classification" {
            keep_classification(&mut m, r);
        }
    }
    crate::html::render_status(
        status,
        &CasePage {
            refusal,
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
        },
    )
}

/// The classification as it was typed: the choices and ticks as sent (the numbers are kept
/// through `kept`).
fn keep_classification(m: &mut tillit_app::procurement::case_page::CasePage, kept: &Refusal) {
    let choose = |list: &mut Vec<Choice>, name: &str| {
        if let Some(v) = kept.kept(name) {
            for c in list.iter_mut() {
                c.selected = c.value == v;
            }
        }
    };
    choose(&mut m.kinds, "kind");
    choose(&mut m.locations, "location");
    for (name, _, opts) in m.levels.iter_mut() {
        choose(opts, name);
    }
    m.case.personal_data = kept.kept("personal_data").is_some();
    m.case.special_categories = kept.kept("special_categories").is_some();
    m.case.internet_exposed = kept.kept("internet_exposed").is_some();
}

/// A form's field by name ("" when absent: an unticked box, an empty input).
pub fn field(f: &[(String, String)], name: &str) -> String {
    f.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn classification_of(f: &[(String, String)]) -> Result<Classification, tillit_app::AppError> {
    use tillit_app::AppError;
    let number = |field_name: &'static str| -> Result<u64, AppError> {
        let s = field(f, field_name);
        if s.trim().is_empty() {
            Ok(0)
        } else {
            s.trim().parse().map_err(|_| AppError::invalid(field_name, "error-number"))
        }
    };
    let level = |field_name: &'static str| -> Result<u8, AppError> {
        field(f, field_name).trim().parse().map_err(|_| AppError::invalid(field_name, "error-choose"))
    };
    let ticked = |name: &str| f.iter().any(|(k, _)| k == name);
    Ok(Classification {
        kind: PurchaseKind::parse(&field(f, "kind")).ok_or(AppError::invalid("kind", "error-choose"))?,
        confidentiality: level("confidentiality")?,
        integrity: level("integrity")?,
        availability: level("availability")?,
        traceability: level("traceability")?,
        personal_data: ticked("personal_data"),
        special_categories: ticked("special_categories"),
        data_subjects: number("data_subjects")?,
        location: DataLocation::parse(&field(f, "location")).ok_or(AppError::invalid("location", "error-choose"))?,
        users: number("users")?,
        internet_exposed: ticked("internet_exposed"),
    })
}

pub async fn classify(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    // The right to change comes before what the form says: a read-only role gets 403, never 422.
    if let Err(e) = a.actor.require(tillit_domain::Permission::ProcurementEdit) {
        return fail(a.ctx, e);
    }
    let result = match classification_of(&f) {
        Ok(c) => st.app.classify(&a.actor, &id, &c).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => refused(&st, a, &id, "classification", &f, e).await,
    }
}

pub async fn override_tier(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let raw = field(&f, "tier");
    let tier = if raw.is_empty() { None } else { Tier::parse(&raw) };
    let result = if !raw.is_empty() && tier.is_none() {
        Err(tillit_app::AppError::invalid("tier", "error-choose"))
    } else {
        st.app.override_tier(&a.actor, &id, tier, &field(&f, "reason")).await
    };
    match result {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => refused(&st, a, &id, "override", &f, e).await,
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
    let result = match Status::parse(&f.to) {
        Some(to) => st.app.move_case(&a.actor, &id, to).await,
        None => Err(tillit_app::AppError::invalid("status", "error-status-move")),
    };
    match result {
        Ok(()) => see_other(&format!("/cases/{id}"), Some("notice-saved")),
        Err(e) => refused(&st, a, &id, "status", &[("to".into(), f.to)], e).await,
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
