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

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
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
    /// The working set may change (draft, or a correction after publishing).
    set_editable: bool,
    can_edit: bool,
    /// When answers are due, in local time; the form's value.
    deadline: String,
    deadline_input: String,
    deadline_editable: bool,
    /// The version bidders answer: (number, SHA-256, published at).
    published: Option<(i64, String, String)>,
    correction_open: bool,
    can_open_correction: bool,
    /// Bidders: (bid, status label).
    bids: Vec<(tillit_app::data::BidRow, String)>,
    can_invite: bool,
    /// Members who may evaluate: (user id, name, is the lead).
    evaluators: Vec<(String, String, bool)>,
    lead_name: String,
    evaluation_open: bool,
    /// What the tier proposes from each built-in catalogue.
    proposals: Vec<ProposalView>,
    /// The stored requirement set, in catalogue and area order.
    set_rows: Vec<SetRow>,
    set_counts: (usize, usize),
    set_weights: String,
    set_ok: bool,
    /// Requirements that can be added: (catalogue title, [(id, label)]).
    addable: Vec<(String, Vec<(String, String)>)>,
}

pub struct SetRow {
    pub requirement_id: String,
    pub reference: String,
    pub catalogue: String,
    /// The wording shown: this tender's own, or the catalogue's.
    pub text: String,
    pub own_wording: bool,
    pub wording: String,
    pub award: bool,
    pub kind: String,
    pub weight: i64,
}

/// The first `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

pub struct ProposalView {
    pub catalogue_id: String,
    pub title: String,
    pub must: usize,
    pub award: usize,
    /// (requirement id, ref, kind label, weight)
    pub items: Vec<(String, String, String, u32)>,
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    let v = match st.app.case(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let c = v.case.classification();
    let t = |k: &str| a.ctx.t(k);
    let choices = |values: Vec<(&str, String)>, current: &str| {
        values
            .into_iter()
            .map(|(v, l)| Choice { selected: v == current, value: v.to_string(), label: l })
            .collect::<Vec<_>>()
    };
    let level_choices = |current: u8| {
        (1u8..=4)
            .map(|l| Choice { value: l.to_string(), label: t(&format!("level-{l}")), selected: l == current })
            .collect::<Vec<_>>()
    };
    let levels = vec![
        ("confidentiality", t("field-confidentiality"), level_choices(c.confidentiality)),
        ("integrity", t("field-integrity"), level_choices(c.integrity)),
        ("availability", t("field-availability"), level_choices(c.availability)),
        ("traceability", t("field-traceability"), level_choices(c.traceability)),
    ];
    let kinds = choices(
        PurchaseKind::ALL.iter().map(|k| (k.as_str(), t(&format!("kind-{}", k.as_str())))).collect(),
        c.kind.as_str(),
    );
    let locations = choices(
        DataLocation::ALL.iter().map(|k| (k.as_str(), t(&format!("location-{}", k.as_str())))).collect(),
        c.location.as_str(),
    );
    let tiers = choices(
        Tier::ALL.iter().map(|k| (k.as_str(), t(&format!("tier-{}", k.as_str())))).collect(),
        v.case.tier_override.as_deref().unwrap_or(""),
    );
    let status = v.case.status;
    let next =
        status.next().into_iter().map(|s| (s.as_str().to_string(), t(&format!("case-move-{}", s.as_str())))).collect();
    let reasons = v.reasons.iter().map(|r| a.ctx.t1(r.key, "tier", &t(&format!("tier-{}", r.tier.as_str())))).collect();
    let can_edit = a.actor.role.has(Permission::ProcurementEdit);
    let set = match st.app.requirement_set(&a.actor, &id).await {
        Ok(s) => s,
        Err(e) => return fail(a.ctx, e),
    };
    let mut addable = vec![];
    for cat in st.app.catalogues(&a.actor).await.unwrap_or_default() {
        let Ok(view) = st.app.catalogue(&a.actor, &cat.id).await else { continue };
        let options: Vec<(String, String)> = view
            .requirements
            .iter()
            .map(|r| (r.id.clone(), format!("{} {}", r.reference, shorten(&r.text, 80))))
            .collect();
        if !options.is_empty() {
            addable.push((cat.title.clone(), options));
        }
    }
    use tillit_domain::procurement::requirement_set::Kind;
    let mut proposals: Vec<ProposalView> = vec![];
    for p in st.app.proposal(&a.actor, v.tier).await.unwrap_or_default() {
        if proposals.last().is_none_or(|g| g.catalogue_id != p.catalogue_id) {
            proposals.push(ProposalView {
                catalogue_id: p.catalogue_id.clone(),
                title: p.catalogue_title.clone(),
                must: 0,
                award: 0,
                items: vec![],
            });
        }
        let Some(g) = proposals.last_mut() else { continue };
        if p.kind == Kind::Must {
            g.must += 1;
        } else {
            g.award += 1;
        }
        let kind = t(&format!("set-kind-{}", p.kind.as_str()));
        g.items.push((p.requirement_id, p.reference, kind, p.weight));
    }
    let set_rows = set
        .items
        .iter()
        .map(|i| SetRow {
            requirement_id: i.requirement_id.clone(),
            reference: i.reference.clone(),
            catalogue: i.catalogue_title.clone(),
            own_wording: i.wording.is_some(),
            wording: i.wording.clone().unwrap_or_default(),
            text: i.wording.clone().unwrap_or_else(|| i.text.clone()),
            award: i.kind == "award",
            kind: t(&format!("set-kind-{}", i.kind)),
            weight: i.weight,
        })
        .collect();
    use tillit_domain::procurement::requirement_set::{SetProblem, WeightProblem};
    let set_weights = match set.problem {
        None => t("set-ready"),
        Some(SetProblem::Empty) => t("error-set-empty"),
        Some(SetProblem::Weights(WeightProblem::NotHundred(sum))) => {
            a.ctx.t1("set-weights-not-hundred", "sum", &sum.to_string())
        }
        Some(SetProblem::Weights(WeightProblem::OutOfRange)) => t("set-weights-out-of-range"),
    };
    let published = match st.app.current_set(&a.actor, &id).await {
        Ok(p) => p.map(|p| {
            (
                p.version.version,
                p.version.hash,
                tillit_domain::platform::local_time::format_local(p.version.published_at),
            )
        }),
        Err(e) => return fail(a.ctx, e),
    };
    let bids = match st.app.bids(&a.actor, &id).await {
        Ok(b) => b
            .into_iter()
            .map(|b| {
                let s = t(&format!("bid-status-{}", b.status));
                (b, s)
            })
            .collect(),
        Err(e) => return fail(a.ctx, e),
    };
    let members = st.app.members(&a.actor).await.unwrap_or_default();
    let lead = v.case.lead_evaluator.clone().unwrap_or_default();
    let evaluators: Vec<(String, String, bool)> = members
        .iter()
        .filter(|m| tillit_domain::Role::parse(&m.role).is_some_and(|r| r.has(Permission::ProcurementEdit)))
        .map(|m| {
            let name =
                if m.display_name.is_empty() { m.email.clone() } else { format!("{} ({})", m.display_name, m.email) };
            (m.user_id.clone(), name, m.user_id == lead)
        })
        .collect();
    let lead_name = evaluators.iter().find(|e| e.2).map(|e| e.1.clone()).unwrap_or_default();
    render(&CasePage {
        evaluators,
        lead_name,
        evaluation_open: status.evaluation_open(),
        bids,
        can_invite: can_edit && status.can_invite(),
        deadline: v.case.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default(),
        deadline_input: v.case.deadline.map(tillit_domain::platform::local_time::input_value).unwrap_or_default(),
        deadline_editable: can_edit && status.deadline_editable(),
        published,
        correction_open: v.case.correction_open,
        can_open_correction: can_edit && status.can_open_correction(v.case.correction_open),
        set_editable: can_edit && status.set_editable(v.case.correction_open),
        proposals,
        addable,
        set_rows,
        set_counts: (set.must, set.award),
        set_weights,
        set_ok: set.problem.is_none(),
        status: t(&format!("case-status-{}", status.as_str())),
        tier: t(&format!("tier-{}", v.tier.as_str())),
        computed: t(&format!("tier-{}", v.computed.as_str())),
        overridden: v.case.tier_override.is_some(),
        reasons,
        kinds,
        locations,
        levels,
        tiers,
        next,
        editable: can_edit && status.classification_editable(),
        can_edit,
        case: v.case,
        ctx: a.ctx,
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
    Path(id): Path<String>,
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
