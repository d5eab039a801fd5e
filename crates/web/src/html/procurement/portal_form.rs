//! The portal's one form: answers, files attached to answers, new files, certificates and
//! removals all travel together, so whichever button the supplier presses, every typed
//! answer is saved first. A refused step shows the page again with the field named and what
//! was typed kept. Submitting goes through a confirmation page.

use super::portal::{CertificateForm, Typed, back, fail, portal_page, with_org_language};
use crate::ctx::Page;
use crate::html::form_parts::{Fields, Part, read_fields};
use crate::html::{download, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use tillit_app::AppError;
use tillit_app::procurement::portal::{AnswerInput, CertificateInput};

fn answers_of(f: &Fields) -> Vec<AnswerInput> {
    // One pass over the fields: a long area's form has thousands of them.
    let mut texts: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for (k, p) in &f.0 {
        if let Part::Text(v) = p {
            texts.entry(k.as_str()).or_insert(v.as_str());
        }
    }
    let text = |name: String| texts.get(name.as_str()).map(|v| v.to_string()).unwrap_or_default();
    f.texts("req")
        .into_iter()
        .map(|id| AnswerInput {
            status: text(format!("status-{id}")),
            description: text(format!("description-{id}")),
            evidence_ref: text(format!("evidence-{id}")),
            evidence_id: text(format!("evidence_id-{id}")),
            requirement_id: id,
        })
        .collect()
}

fn certificate_of(f: &Fields) -> CertificateForm {
    CertificateForm {
        kind: f.text("kind"),
        name: f.text("name"),
        scope: f.text("scope"),
        issuer: f.text("issuer"),
        valid_until: f.text("valid_until"),
        evidence: f.text("evidence"),
    }
}

/// Files first (so answers can point to them), then the answers, then the button's own step.
async fn apply(
    st: &AppState,
    token: &str,
    ip: &str,
    f: &Fields,
    answers: &mut [AnswerInput],
) -> Result<Step, AppError> {
    for a in answers.iter_mut() {
        if let Some((name, bytes)) = f.files(&format!("file-{}", a.requirement_id)).into_iter().next() {
            a.evidence_id = st.app.portal_upload(token, ip, &name, &bytes).await?;
        }
    }
    for (name, bytes) in f.files("files") {
        st.app.portal_upload(token, ip, &name, &bytes).await?;
    }
    if !answers.is_empty() {
        let revision = f.text("revision").parse::<i64>().unwrap_or(-1);
        st.app.portal_save(token, ip, revision, answers).await?;
    }
    let action = f.text("action");
    if let Some(id) = action.strip_prefix("remove-evidence:") {
        st.app.portal_remove_evidence(token, ip, id).await?;
    } else if let Some(id) = action.strip_prefix("remove-certificate:") {
        st.app.portal_remove_certificate(token, ip, id).await?;
    } else if action == "add-certificate" {
        let c = certificate_of(f);
        let valid_until = tillit_domain::platform::local_time::parse_local(&format!("{}T23:59", c.valid_until.trim()));
        let input = CertificateInput {
            kind: &c.kind,
            name: &c.name,
            scope: &c.scope,
            issuer: &c.issuer,
            valid_until,
            evidence_id: &c.evidence,
        };
        if let Some(flag) = st.app.portal_add_certificate(token, ip, input).await? {
            return Ok(Step::Notice(flag.notice_key()));
        }
    } else if action == "review" {
        return Ok(Step::Review);
    }
    Ok(Step::Saved)
}

enum Step {
    Saved,
    Notice(&'static str),
    Review,
}

pub async fn save(
    State(st): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
    req: axum::extract::Request,
) -> Response {
    let f = match read_fields(&st, req).await {
        Ok(f) => f,
        Err(e) => return portal_page(&st, page.ctx, &page.ip, &headers, &token, Typed::default(), Some(e)).await,
    };
    let mut answers = answers_of(&f);
    let area = super::evaluation::area_query(&f.text("go"), &f.text("area"));
    match apply(&st, &token, &page.ip, &f, &mut answers).await {
        Ok(Step::Saved) => back(&token, &area),
        Ok(Step::Notice(key)) => see_other(&format!("/portal/{token}{area}"), Some(key)),
        Ok(Step::Review) => see_other(&format!("/portal/{token}/submit"), None),
        // The link itself failed: no form to show again.
        Err(e @ (AppError::NotFound | AppError::Gone(_) | AppError::TooManyAttempts)) => fail(page.ctx, &token, e),
        Err(e) => {
            let typed = Typed { answers, cert: certificate_of(&f), area: Some(f.text("area")) };
            portal_page(&st, page.ctx, &page.ip, &headers, &token, typed, Some(e)).await
        }
    }
}

#[derive(Template)]
#[template(path = "procurement/portal_confirm.html")]
pub struct ConfirmPage {
    ctx: crate::ctx::Ctx,
    token: String,
    company: String,
    case_title: String,
    deadline: String,
    revision: i64,
    answered: usize,
    total: usize,
    files: usize,
    certificates: usize,
    /// What still blocks submission: (reference, what is missing, its place on the portal).
    blockers: Vec<(String, String, String)>,
}

/// The last step before the irreversible submission: what will be sent, and what blocks it.
pub async fn confirm(
    State(st): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let v = match st.app.portal(&token, &page.ip).await {
        Ok(v) => v,
        Err(e) => return fail(page.ctx, &token, e),
    };
    if v.locked.is_some() {
        return see_other(&format!("/portal/{token}"), None);
    }
    let ctx = with_org_language(page.ctx, &headers, &v);
    let blockers = super::portal::blockers(&ctx, &v);
    render(&ConfirmPage {
        token: token.clone(),
        company: v.bid.company.clone(),
        case_title: format!("{} {}", v.case_number, v.case_title),
        deadline: v.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default(),
        revision: v.bid.revision,
        answered: v.answers.len(),
        total: v.items.len(),
        files: v.evidence.len(),
        certificates: v.certificates.len(),
        blockers,
        ctx,
    })
}

/// The supplier's copy of its bid with the receipt, also after the deadline.
pub async fn bid_pdf(
    State(st): State<AppState>,
    page: Page,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let v = match st.app.portal(&token, &page.ip).await {
        Ok(v) => v,
        Err(e) => return fail(page.ctx, &token, e),
    };
    let ctx = with_org_language(page.ctx, &headers, &v);
    match st.app.portal_bid_pdf(&token, &page.ip, ctx.loc).await {
        Ok((name, pdf)) => download(&name, "application/pdf", pdf),
        Err(e) => fail(ctx, &token, e),
    }
}
