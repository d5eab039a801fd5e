//! The supplier portal: one bid, reached by its personal link. Shown in the buying
//! organisation's language unless the visitor chose another.

use crate::ctx::{Ctx, LANG_COOKIE, Page};
use crate::html::{download, message, render_status, see_other};
use crate::security::cookie_value;
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::AppError;
use tillit_app::data::{CertificateRow, EvidenceRow};
use tillit_app::procurement::areas::Areas;
use tillit_app::procurement::portal::{AnswerInput, MAX_EVIDENCE_BYTES, PortalView};
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::bid::{AnswerStatus, CertificateKind, Locked, needs_description};

pub struct ItemForm {
    pub id: String,
    pub reference: String,
    pub area: String,
    pub text: String,
    pub kind: String,
    pub weight: u32,
    pub status: String,
    pub description: String,
    /// A text reference from an imported answer sheet (kept, shown read-only).
    pub evidence_ref: String,
    /// The uploaded file the answer points to.
    pub evidence_id: String,
    pub unanswered: bool,
    /// A gap (not met, partly met) without the explanation the evaluator needs.
    pub unexplained: bool,
}

#[derive(Template)]
#[template(path = "procurement/portal.html")]
pub struct PortalPage {
    ctx: Ctx,
    token: String,
    org_name: String,
    company: String,
    case_title: String,
    deadline: String,
    version: i64,
    set_hash: String,
    revision: i64,
    items: Vec<ItemForm>,
    /// A long set is answered an area at a time (each save keeps the other areas' answers).
    areas: Areas,
    statuses: Vec<(&'static str, String)>,
    evidence: Vec<EvidenceRow>,
    /// Each certificate, its last valid day, and what is wrong with it for this tender.
    certificates: Vec<(CertificateRow, String, Option<String>)>,
    contract_start: String,
    certificate_kinds: Vec<(&'static str, &'static str)>,
    locked: Option<String>,
    submitted: Option<(String, String)>,
    unanswered: usize,
    /// What blocks submission: (reference, what is missing, where on the portal it is).
    blockers: Vec<(String, String, String)>,
    /// A refused action, named, shown on the form it came from; the typed input is kept.
    error: Option<String>,
    /// The certificate fields as typed when adding it was refused.
    cert: CertificateForm,
    accept: &'static str,
    max_mb: usize,
    max_bytes: usize,
}

/// What blocks submission, from the stored bid: (reference, what is missing, its place on
/// the portal page: `?area=N#answer-REF` when the set is shown an area at a time), in the
/// set's order.
pub(super) fn blockers(ctx: &Ctx, v: &PortalView) -> Vec<(String, String, String)> {
    let areas = Areas::choose(&v.items, None);
    let place = |i: &tillit_domain::procurement::tender::FrozenItem| {
        let area = match areas.whole_allowed {
            true => String::new(),
            false => {
                areas.tabs.iter().find(|t| t.name == i.area).map(|t| format!("?area={}", t.number)).unwrap_or_default()
            }
        };
        format!("{area}#answer-{}", i.reference)
    };
    v.items
        .iter()
        .filter_map(|i| match v.answers.get(&i.requirement_id) {
            None => Some((i.reference.clone(), ctx.t("portal-blocker-unanswered"), place(i))),
            Some(a) if needs_description(a) => {
                Some((i.reference.clone(), ctx.t("portal-blocker-unexplained"), place(i)))
            }
            Some(_) => None,
        })
        .collect()
}

pub(super) fn with_org_language(mut ctx: Ctx, headers: &HeaderMap, v: &PortalView) -> Ctx {
    if cookie_value(headers, LANG_COOKIE).is_none() {
        ctx.loc = v.locale;
        for l in ctx.locales.iter_mut() {
            l.selected = l.code == v.locale.code();
        }
    }
    ctx
}

pub async fn show(
    State(st): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
    Query(q): Query<super::evaluation::AreaQuery>,
) -> Response {
    let typed = Typed { area: q.area, ..Typed::default() };
    portal_page(&st, page.ctx, &page.ip, &headers, &token, typed, None).await
}

/// What the supplier typed, shown again when an action was refused so nothing is lost.
#[derive(Default)]
pub struct Typed {
    pub answers: Vec<AnswerInput>,
    pub cert: CertificateForm,
    /// The area the form showed.
    pub area: Option<String>,
}

/// The portal page, with what was typed laid over the stored bid and the error named.
pub async fn portal_page(
    st: &AppState,
    ctx: Ctx,
    ip: &str,
    headers: &HeaderMap,
    token: &str,
    typed: Typed,
    error: Option<AppError>,
) -> Response {
    let v = match st.app.portal(token, ip).await {
        Ok(v) => v,
        Err(e) => return fail(ctx, token, e),
    };
    let ctx = with_org_language(ctx, headers, &v);
    let t = |k: &str| ctx.t(k);
    let areas = Areas::choose(&v.items, typed.area.as_deref());
    let typed_by_req: std::collections::HashMap<&str, &AnswerInput> =
        typed.answers.iter().map(|x| (x.requirement_id.as_str(), x)).collect();
    let items: Vec<ItemForm> = v
        .items
        .iter()
        .filter(|i| areas.shows(&i.area))
        .map(|i| {
            let a = v.answers.get(&i.requirement_id);
            let mut f = ItemForm {
                id: i.requirement_id.clone(),
                reference: i.reference.clone(),
                area: i.area.clone(),
                text: i.text.clone(),
                kind: t(&format!("set-kind-{}", i.kind.as_str())),
                weight: i.weight,
                status: a.map(|a| a.status.as_str().to_string()).unwrap_or_default(),
                description: a.map(|a| a.description.clone()).unwrap_or_default(),
                evidence_ref: a.map(|a| a.evidence_ref.clone()).unwrap_or_default(),
                evidence_id: a.and_then(|a| a.evidence_id.clone()).unwrap_or_default(),
                unanswered: a.is_none(),
                unexplained: a.is_some_and(needs_description),
            };
            if let Some(x) = typed_by_req.get(i.requirement_id.as_str()) {
                f.status = x.status.clone();
                f.description = x.description.clone();
                f.evidence_id = x.evidence_id.clone();
            }
            f
        })
        .collect();
    let blockers = blockers(&ctx, &v);
    let locked = v.locked.map(|l| match l {
        Locked::Submitted => t("portal-locked-submitted"),
        Locked::DeadlinePassed => t("portal-locked-deadline"),
        Locked::TenderClosed => t("portal-locked-closed"),
    });
    let statuses = AnswerStatus::ALL.iter().map(|s| (s.as_str(), t(&format!("answer-{}", s.as_str())))).collect();
    let certificates = v
        .certificates
        .iter()
        .map(|c| (c.row.clone(), c.valid_until.clone(), c.flag.map(|f| t(f.message_key()))))
        .collect();
    let submitted = v.bid.submitted_at.map(|at| (format_local(at), v.bid.receipt_hash.clone().unwrap_or_default()));
    let status = error.as_ref().map_or(StatusCode::OK, crate::error::status_of);
    let error = error.map(|e| crate::html::error_text(&ctx, &e));
    render_status(
        status,
        &PortalPage {
            token: token.to_string(),
            org_name: v.org_name.clone(),
            company: v.bid.company.clone(),
            case_title: format!("{} {}", v.case_number, v.case_title),
            deadline: v.deadline.map(format_local).unwrap_or_default(),
            version: v.version.version,
            set_hash: v.version.hash.clone(),
            revision: v.bid.revision,
            items,
            areas,
            statuses,
            evidence: v.evidence.clone(),
            certificates,
            contract_start: v
                .contract_start
                .map(tillit_domain::platform::local_time::format_local_date)
                .unwrap_or_default(),
            certificate_kinds: CertificateKind::ALL.iter().map(|k| (k.as_str(), k.label())).collect(),
            locked,
            submitted,
            unanswered: v.unanswered.len(),
            blockers,
            error,
            cert: typed.cert,
            accept: tillit_app::data::EVIDENCE_ACCEPTED,
            max_mb: MAX_EVIDENCE_BYTES / (1024 * 1024),
            max_bytes: MAX_EVIDENCE_BYTES,
            ctx,
        },
    )
}

/// A refusal, with the way back to the bid. An unknown link offers no way on; an expired or
/// withdrawn one says which and whom to ask.
pub(super) fn fail(ctx: Ctx, token: &str, e: AppError) -> Response {
    let status = crate::error::status_of(&e);
    if status.is_server_error() {
        tracing::error!(error = %e, "portal request failed");
    }
    let back = format!("/portal/{token}");
    match e {
        AppError::NotFound => message(ctx, status, "error-invalid-title", "error-portal-link", None),
        // A real link past its deadline or withdrawn: say what happened and who to ask.
        AppError::Gone(key) => message(ctx, status, "error-gone-title", key, None),
        AppError::TooManyAttempts => message(ctx, status, "error-invalid-title", "error-too-many-attempts", None),
        AppError::Invalid { key, .. } | AppError::Conflict(key) => {
            message(ctx, status, "error-invalid-title", key, Some((&back, "action-back-to-bid")))
        }
        _ => message(ctx, status, "error-internal-title", "error-internal", Some((&back, "action-back-to-bid"))),
    }
}

/// Back to the portal after a save, at `area` (`?area=N` or empty).
pub(super) fn back(token: &str, area: &str) -> Response {
    see_other(&format!("/portal/{token}{area}"), Some("notice-saved"))
}

pub async fn evidence(State(st): State<AppState>, page: Page, Path((token, id)): Path<(String, String)>) -> Response {
    match st.app.portal_evidence(&token, &page.ip, &id).await {
        Ok((row, bytes)) => download(&row.filename, &row.content_type, bytes),
        Err(e) => fail(page.ctx, &token, e),
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct CertificateForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub issuer: String,
    #[serde(default)]
    pub valid_until: String,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Deserialize)]
pub struct SubmitForm {
    #[serde(default)]
    revision: String,
}

pub async fn submit(
    State(st): State<AppState>,
    page: Page,
    Path(token): Path<String>,
    Form(f): Form<SubmitForm>,
) -> Response {
    let revision = f.revision.parse::<i64>().unwrap_or(-1);
    match st.app.portal_submit(&token, &page.ip, revision).await {
        Ok(_) => see_other(&format!("/portal/{token}"), Some("notice-submitted")),
        Err(e) => fail(page.ctx, &token, e),
    }
}
