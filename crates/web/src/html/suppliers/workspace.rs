//! The supplier's workspace pages: its contracts with the organisation, the sub-processor
//! changes it announced and what the buyer decided, its contacts and certificates; one
//! contract with its DPA's numbers, the chain and the form that announces a change.

use crate::ctx::{Authed, Ctx};
use crate::html::form_parts::read_fields;
use crate::html::procurement::cases::field;
use crate::html::suppliers::refusal::{self, FormRefusal};
use crate::html::{download, fail, render_status, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use tillit_app::AppError;
use tillit_app::suppliers::certificates::CertificateInput;
use tillit_app::suppliers::documents::Upload;
use tillit_app::suppliers::workspace::{Workspace, WorkspaceContract};
use tillit_domain::ContractId;
use tillit_domain::contracts::contract::ContractStatus;
use tillit_domain::contracts::sub_processor::{SubProcessorStatus, TransferBasis};
use tillit_domain::suppliers::certificate::{AttestationKind, CertificateFlag, CertificateStatus};
use tillit_domain::suppliers::supplier::ContactRole;

fn day(secs: &i64) -> String {
    tillit_domain::platform::local_time::format_local_date(*secs)
}

#[derive(Template)]
#[template(path = "suppliers/workspace.html")]
pub struct WorkspacePage {
    ctx: Ctx,
    m: Workspace,
    refusal: Option<FormRefusal>,
}

impl WorkspacePage {
    fn day(&self, secs: &i64) -> String {
        day(secs)
    }
    fn contract_status(&self, s: &ContractStatus) -> String {
        crate::html::contracts::status_name(&self.ctx, s)
    }
    fn sub_status(&self, s: &SubProcessorStatus) -> String {
        self.ctx.t(&format!("sub-processor-status-{}", s.as_str()))
    }
    fn role_name(&self, r: &ContactRole) -> String {
        self.ctx.t(&format!("contact-role-{}", r.as_str()))
    }
    fn roles(&self) -> Vec<(&'static str, String)> {
        crate::html::suppliers::contact_roles(&self.ctx)
    }
    fn cert_kinds(&self) -> Vec<(&'static str, String)> {
        AttestationKind::ALL
            .iter()
            .map(|k| {
                let label =
                    if *k == AttestationKind::Other { self.ctx.t("cert-kind-other") } else { k.label().to_string() };
                (k.as_str(), label)
            })
            .collect()
    }
    fn kind_label(&self, k: &AttestationKind) -> String {
        k.label().to_string()
    }
    fn cert_status(&self, s: &CertificateStatus) -> String {
        self.ctx.t(&format!("certificate-status-{}", s.as_str()))
    }
    fn cert_flag(&self, f: &CertificateFlag) -> String {
        self.ctx.t(&format!("certificate-flag-{}", f.as_str()))
    }
    fn refused(&self, form: &str) -> Option<&str> {
        self.refusal.as_ref().filter(|r| r.form == form).map(|r| r.message.as_str())
    }
    fn kept(&self, form: &str, name: &str) -> String {
        match &self.refusal {
            Some(r) if r.form == form => r.kept(name),
            _ => String::new(),
        }
    }
    fn mark(&self, form: &str, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), form, name)
    }
}

async fn workspace_page(st: &AppState, a: Authed, refusal: Option<FormRefusal>) -> Response {
    match st.app.workspace(&a.actor).await {
        Ok(m) => {
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(StatusCode::OK);
            render_status(status, &WorkspacePage { ctx: a.ctx, m, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn show(State(st): State<AppState>, a: Authed) -> Response {
    workspace_page(&st, a, None).await
}

async fn after(
    st: &AppState,
    a: Authed,
    form: &'static str,
    f: &[(String, String)],
    r: Result<(), AppError>,
) -> Response {
    match r {
        Ok(()) => see_other(&format!("/workspace#{form}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, form, f, e) {
            Ok(r) => workspace_page(st, a, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}

pub async fn add_contact(State(st): State<AppState>, a: Authed, Form(f): Form<Vec<(String, String)>>) -> Response {
    let r = st
        .app
        .workspace_add_contact(
            &a.actor,
            &field(&f, "role"),
            &field(&f, "name"),
            &field(&f, "email"),
            &field(&f, "phone"),
        )
        .await;
    after(&st, a, "contacts", &f, r).await
}

pub async fn remove_contact(State(st): State<AppState>, a: Authed, Form(f): Form<Vec<(String, String)>>) -> Response {
    let r = st.app.workspace_remove_contact(&a.actor, &field(&f, "contact")).await;
    after(&st, a, "contacts", &f, r).await
}

/// A renewed certificate, with its file (multipart) when one is attached.
pub async fn add_certificate(State(st): State<AppState>, a: Authed, req: axum::extract::Request) -> Response {
    let fields = match read_fields(&st, req).await {
        Ok(f) => f,
        Err(e) => return fail(a.ctx, e),
    };
    let c = CertificateInput {
        kind: fields.text("cert_kind"),
        name: fields.text("cert_name"),
        number: fields.text("number"),
        body: fields.text("body"),
        accreditation: fields.text("accreditation"),
        edition: fields.text("edition"),
        scope: fields.text("scope"),
        coverage: String::new(),
        coverage_note: String::new(),
        valid_from: fields.text("valid_from"),
        valid_until: fields.text("valid_until"),
        last_surveillance: fields.text("last_surveillance"),
    };
    let files = fields.files("file");
    let up = files.first().map(|(name, bytes)| Upload { filename: name, bytes });
    let r = st.app.workspace_add_certificate(&a.actor, &c, up.as_ref()).await.map(|_| ());
    after(&st, a, "certificates", &fields.pairs(), r).await
}

pub async fn document(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.supplier_document(&a.actor, &id).await {
        Ok((row, bytes)) => download(&row.filename, &row.content_type, bytes),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "suppliers/workspace_contract.html")]
pub struct ContractPage {
    ctx: Ctx,
    m: WorkspaceContract,
    refusal: Option<FormRefusal>,
}

impl ContractPage {
    fn day(&self, secs: &i64) -> String {
        day(secs)
    }
    fn status(&self) -> String {
        crate::html::contracts::status_name(&self.ctx, &self.m.status)
    }
    fn sub_status(&self, s: &SubProcessorStatus) -> String {
        self.ctx.t(&format!("sub-processor-status-{}", s.as_str()))
    }
    fn bases(&self) -> Vec<(&'static str, String)> {
        TransferBasis::ALL.iter().map(|b| (b.as_str(), self.ctx.t(&format!("transfer-basis-{}", b.as_str())))).collect()
    }
    fn basis_name(&self, b: &Option<String>) -> String {
        match b {
            Some(b) => self.ctx.t(&format!("transfer-basis-{b}")),
            None => "—".into(),
        }
    }
    fn indent(&self, depth: &usize) -> String {
        "— ".repeat(*depth)
    }
    fn refused(&self) -> Option<&str> {
        self.refusal.as_ref().map(|r| r.message.as_str())
    }
    fn kept(&self, name: &str) -> String {
        self.refusal.as_ref().map(|r| r.kept(name)).unwrap_or_default()
    }
    fn mark(&self, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), "announce", name)
    }
}

async fn contract_page(st: &AppState, a: Authed, id: &ContractId, refusal: Option<FormRefusal>) -> Response {
    match st.app.workspace_contract(&a.actor, id).await {
        Ok(m) => {
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(StatusCode::OK);
            render_status(status, &ContractPage { ctx: a.ctx, m, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn contract(State(st): State<AppState>, a: Authed, Path(id): Path<ContractId>) -> Response {
    contract_page(&st, a, &id, None).await
}

pub async fn announce(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let s = crate::html::contracts::sub_processor_input(&f);
    match st.app.announce_sub_processor(&a.actor, &id, &s, &field(&f, "effective")).await {
        Ok(_) => see_other(&format!("/workspace/contracts/{id}#chain"), Some("notice-announced")),
        Err(e) => match FormRefusal::of(&a.ctx, "announce", &f, e) {
            Ok(r) => contract_page(&st, a, &id, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}
