//! The buyer's bid pages: invite a bidder from the case page, one bid with its answers,
//! evidence and certificates, new and revoked links, evidence downloads.

use crate::ctx::{Authed, Ctx};
use crate::html::{download, fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use tillit_app::data::{BidRow, CertificateRow, EvidenceRow};
use tillit_app::procurement::areas::Areas;
use tillit_app::procurement::bids::Invitation;
use tillit_domain::Permission;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::bid::Hidden;
use tillit_domain::{BidId, CaseId};

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    company: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    org_number: String,
    #[serde(default)]
    email: String,
}

pub async fn invite(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<InviteForm>,
) -> Response {
    let inv = Invitation { company: &f.company, country: &f.country, org_number: &f.org_number, email: &f.email };
    match st.app.invite_bidder(&a.actor, &id, inv).await {
        Ok(bid) => see_other(&format!("/bids/{bid}"), Some("notice-invited")),
        Err(e) => {
            let typed = [
                ("company".to_string(), f.company),
                ("country".to_string(), f.country),
                ("org_number".to_string(), f.org_number),
                ("email".to_string(), f.email),
            ];
            super::refusal::refused(&st, a, &id, "invite", &typed, e).await
        }
    }
}

pub struct AnswerView {
    pub reference: String,
    pub text: String,
    pub kind: String,
    pub status: String,
    pub gap: bool,
    pub description: String,
    pub evidence_ref: String,
    /// The attached file: (id, name).
    pub evidence_file: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "procurement/bid.html")]
pub struct BidPage {
    ctx: Ctx,
    bid: BidRow,
    case_title: String,
    status: String,
    country: String,
    source: String,
    submitted: String,
    answers: Vec<AnswerView>,
    /// A long set's answers are shown an area at a time.
    areas: Areas,
    evidence: Vec<EvidenceRow>,
    /// Each certificate, its last valid day, and what is wrong with it for this tender.
    certificates: Vec<(CertificateRow, String, Option<String>)>,
    /// (created, expires, state)
    links: Vec<(String, String, String)>,
    can_edit: bool,
    /// Why the answers, evidence and certificates are not shown (sealed, or a draft).
    hidden: Option<String>,
    /// Sealed until the deadline (no returned sheet may be read in yet either).
    sealed: bool,
}

pub async fn show(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    Query(q): Query<super::evaluation::AreaQuery>,
) -> Response {
    let v = match st.app.bid(&a.actor, &id).await {
        Ok(v) => v,
        Err(e) => return fail(a.ctx, e),
    };
    let case = match st.app.case(&a.actor, &v.bid.case_id).await {
        Ok(c) => c.case,
        Err(e) => return fail(a.ctx, e),
    };
    // Answers are shown against the version the bid answers (or the newest one).
    let set = match &v.bid.version_id {
        Some(vid) => st.app.published_set(&a.actor, vid).await.map(Some),
        None => st.app.current_set(&a.actor, &case.id).await,
    };
    let items = match set {
        Ok(s) => s.map(|s| s.items).unwrap_or_default(),
        Err(e) => return fail(a.ctx, e),
    };
    let t = |k: &str| a.ctx.t(k);
    let areas = Areas::choose(&items, q.area.as_deref());
    let by_req: std::collections::HashMap<&str, _> = v.answers.iter().map(|x| (x.requirement_id.as_str(), x)).collect();
    let files: std::collections::HashMap<&str, &str> =
        v.evidence.iter().map(|e| (e.id.as_str(), e.filename.as_str())).collect();
    let answers = items
        .iter()
        .filter(|i| areas.shows(&i.area))
        .map(|i| {
            let ans = by_req.get(i.requirement_id.as_str());
            AnswerView {
                reference: i.reference.clone(),
                text: i.text.clone(),
                kind: t(&format!("set-kind-{}", i.kind.as_str())),
                status: ans.map(|x| t(&format!("answer-{}", x.status))).unwrap_or_else(|| t("answer-none")),
                gap: ans.is_none_or(|x| x.status != "met"),
                description: ans.map(|x| x.description.clone()).unwrap_or_default(),
                evidence_ref: ans.map(|x| x.evidence_ref.clone()).unwrap_or_default(),
                evidence_file: ans
                    .and_then(|x| x.evidence_id.as_deref())
                    .and_then(|id| files.get(id).map(|name| (id.to_string(), name.to_string()))),
            }
        })
        .collect();
    let now = st.app.now().0;
    let links = v
        .links
        .iter()
        .map(|l| {
            use tillit_domain::procurement::bid::{LinkState, link_state};
            let state = match link_state(now, l.expires_at, l.revoked_at.is_some()) {
                LinkState::Revoked => t("link-revoked"),
                LinkState::Expired => t("link-expired"),
                LinkState::Live => t("link-live"),
            };
            (format_local(l.created_at), format_local(l.expires_at), state)
        })
        .collect();
    let certificates =
        v.certificates.into_iter().map(|c| (c.row, c.valid_until, c.flag.map(|f| t(f.message_key())))).collect();
    let hidden = v.hidden.map(|h| match (h, case.deadline) {
        (Hidden::Sealed, Some(d)) => a.ctx.t1("bids-sealed", "deadline", &format_local(d)),
        (Hidden::Draft, _) => t("bid-draft-hidden"),
        (h, None) => t(h.message_key()),
    });
    render(&BidPage {
        sealed: v.opened_at.is_none(),
        hidden,
        status: t(&format!("bid-status-{}", v.bid.status)),
        country: t(&format!("country-{}", v.bid.country)),
        source: t(&format!("bid-source-{}", v.bid.source)),
        submitted: v.bid.submitted_at.map(format_local).unwrap_or_default(),
        case_title: format!("{} {}", case.case_number, case.title),
        answers,
        areas,
        evidence: v.evidence,
        certificates,
        links,
        can_edit: a.actor.role.has(Permission::ProcurementEdit),
        bid: v.bid,
        ctx: a.ctx,
    })
}

pub async fn resend_link(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.resend_bid_link(&a.actor, &id).await {
        Ok(()) => see_other(&format!("/bids/{id}"), Some("notice-invited")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn revoke_links(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.revoke_bid_links(&a.actor, &id).await {
        Ok(_) => see_other(&format!("/bids/{id}"), Some("notice-revoked")),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn evidence(State(st): State<AppState>, a: Authed, Path(id): Path<BidId>) -> Response {
    match st.app.evidence_for_buyer(&a.actor, &id).await {
        Ok((row, bytes)) => download(&row.filename, &row.content_type, bytes),
        Err(e) => fail(a.ctx, e),
    }
}

/// The tender's Excel answer sheet (newest published version).
pub async fn answer_sheet(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.answer_sheet(&a.actor, &id).await {
        Ok(bytes) => download(&file_name(&st, &a, &id, "sheet-file", "xlsx").await, XLSX, bytes),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "catalogue/import_problems.html")]
pub struct ImportProblemsPage {
    ctx: Ctx,
    back: String,
    problems: Vec<tillit_app::data::Problem>,
}

/// The non-empty file in an upload form's `file` field.
pub(crate) async fn uploaded_file(st: &AppState, req: axum::extract::Request) -> Option<Vec<u8>> {
    use axum::extract::FromRequest;
    let mut form = axum::extract::Multipart::from_request(req, st).await.ok()?;
    let mut bytes = None;
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("file") {
            bytes = field.bytes().await.ok().map(|b| b.to_vec());
        }
    }
    bytes.filter(|b| !b.is_empty())
}

/// The bidder's returned answer sheet, imported as the bid's answers, all or nothing.
pub async fn import_sheet(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<BidId>,
    req: axum::extract::Request,
) -> Response {
    if let Err(e) = a.actor.require(Permission::ProcurementEdit) {
        return fail(a.ctx, e);
    }
    // Another organisation's bid is 404 before anything is read.
    if let Err(e) = st.app.bid(&a.actor, &id).await {
        return fail(a.ctx, e);
    }
    let Some(bytes) = uploaded_file(&st, req).await else {
        return fail(a.ctx, tillit_app::AppError::invalid("file", "error-no-file"));
    };
    match st.app.import_answer_sheet(&a.actor, &id, &bytes).await {
        Ok(Ok(_)) => see_other(&format!("/bids/{id}"), Some("notice-imported")),
        Ok(Err(problems)) => crate::html::render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &ImportProblemsPage { back: format!("/bids/{id}"), problems, ctx: a.ctx },
        ),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "procurement/tender_zip_done.html")]
pub struct TenderZipDone {
    ctx: Ctx,
    case_id: CaseId,
    imported: Vec<tillit_app::procurement::returned_sheets::Imported>,
    skipped: usize,
}

/// Every answer sheet in the e-tendering system's ZIP of received tenders, matched to the
/// bidders by organisation number and imported all or nothing; a receipt list after.
pub async fn import_tender_zip(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    req: axum::extract::Request,
) -> Response {
    // Another organisation's case is 404 before anything is read.
    if let Err(e) = st.app.case(&a.actor, &id).await {
        return fail(a.ctx, e);
    }
    let Some(bytes) = uploaded_file(&st, req).await else {
        return fail(a.ctx, tillit_app::AppError::invalid("file", "error-no-file"));
    };
    match st.app.import_tender_zip(&a.actor, &id, &bytes).await {
        Ok(Ok(done)) => {
            render(&TenderZipDone { skipped: done.skipped.len(), imported: done.imported, case_id: id, ctx: a.ctx })
        }
        Ok(Err(problems)) => crate::html::render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &ImportProblemsPage { back: format!("/cases/{id}"), problems, ctx: a.ctx },
        ),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn tender_package(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.tender_package(&a.actor, &id).await {
        Ok((name, zip)) => download(&name, "application/zip", zip),
        Err(e) => fail(a.ctx, e),
    }
}

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A case document's name: its case number and the document's name in the reader's language.
async fn file_name(st: &AppState, a: &Authed, id: &CaseId, key: &str, ext: &str) -> String {
    st.app.case_file_name(&a.actor, id, key, ext, a.ctx.loc).await.unwrap_or_else(|_| format!("{key}.{ext}"))
}

pub async fn annex_docx(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.annex_docx(&a.actor, &id).await {
        Ok(b) => download(&file_name(&st, &a, &id, "annex-file", "docx").await, DOCX, b),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn annex_pdf(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.annex_pdf(&a.actor, &id).await {
        Ok(b) => download(&file_name(&st, &a, &id, "annex-file", "pdf").await, "application/pdf", b),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn annex_oscal(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.annex_oscal(&a.actor, &id).await {
        Ok(v) => download(
            &file_name(&st, &a, &id, "annex-file", "oscal.json").await,
            "application/json",
            v.to_string().into_bytes(),
        ),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn report_pdf(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.report_pdf(&a.actor, &id).await {
        Ok(b) => download(&file_name(&st, &a, &id, "report-file", "pdf").await, "application/pdf", b),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn report_docx(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.report_docx(&a.actor, &id).await {
        Ok(b) => download(&file_name(&st, &a, &id, "report-file", "docx").await, DOCX, b),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn report_xlsx(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    match st.app.report_xlsx(&a.actor, &id).await {
        Ok(b) => download(&file_name(&st, &a, &id, "report-file", "xlsx").await, XLSX, b),
        Err(e) => fail(a.ctx, e),
    }
}
