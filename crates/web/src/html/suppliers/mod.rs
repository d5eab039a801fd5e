//! Supplier register pages: the list with the form to register one, and one supplier's page
//! with its contacts, contracts, bids and status. A refused form comes back on its page with
//! the error on that form, the field marked and everything typed kept.

pub mod refusal;
pub mod sign_in;
pub mod workspace;

use crate::ctx::{Authed, Ctx};
use crate::html::procurement::cases::field;
use crate::html::{fail, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use refusal::FormRefusal;
use tillit_app::AppError;
use tillit_app::suppliers::certificates::CertificateInput;
use tillit_app::suppliers::{SupplierFilter, SupplierLine, SupplierPage};
use tillit_domain::suppliers::certificate::{AttestationKind, CertificateFlag, CertificateStatus, Coverage};
use tillit_domain::suppliers::org_number::Country;
use tillit_domain::suppliers::supplier::{ContactRole, SupplierInput, SupplierStatus};
use tillit_domain::{Permission, SupplierId};

#[derive(Template)]
#[template(path = "suppliers/list.html")]
pub struct SuppliersPage {
    ctx: Ctx,
    lines: Vec<SupplierLine>,
    /// How many suppliers the register holds before the filter.
    total: usize,
    filter: RegisterQuery,
    can_edit: bool,
    refusal: Option<FormRefusal>,
}

/// `?tier=&status=&flag=`: what the register is narrowed to (each empty for all).
#[derive(serde::Deserialize, Default, Clone)]
pub struct RegisterQuery {
    #[serde(default)]
    pub tier: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub flag: String,
}

impl RegisterQuery {
    fn filter(&self) -> SupplierFilter {
        SupplierFilter {
            tier: tillit_domain::procurement::Tier::parse(&self.tier),
            status: SupplierStatus::parse(&self.status),
            flag: ["transfer", "no_dpa", "certificate", "ending"]
                .contains(&self.flag.as_str())
                .then(|| self.flag.clone()),
        }
    }
}

impl SuppliersPage {
    fn kept(&self, name: &str) -> String {
        self.refusal.as_ref().map(|r| r.kept(name)).unwrap_or_default()
    }
    fn mark(&self, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), "supplier", name)
    }
    fn countries(&self) -> Vec<(&'static str, String)> {
        countries(&self.ctx)
    }
    fn tiers(&self) -> Vec<(&'static str, String)> {
        ["low", "medium", "high", "critical"].iter().map(|t| (*t, self.ctx.t(&format!("tier-{t}")))).collect()
    }
    fn statuses(&self) -> Vec<(&'static str, String)> {
        SupplierStatus::ALL
            .iter()
            .map(|s| (s.as_str(), self.ctx.t(&format!("supplier-status-{}", s.as_str()))))
            .collect()
    }
    fn flags(&self) -> Vec<(&'static str, String)> {
        [
            ("transfer", "supplier-flag-transfer"),
            ("no_dpa", "supplier-flag-no-dpa"),
            ("certificate", "supplier-flag-certificate"),
            ("ending", "supplier-flag-ending"),
        ]
        .iter()
        .map(|(v, k)| (*v, self.ctx.t(k)))
        .collect()
    }
}

async fn list_page(st: &AppState, a: Authed, filter: RegisterQuery, refusal: Option<FormRefusal>) -> Response {
    match st.app.suppliers(&a.actor).await {
        Ok(all) => {
            let total = all.len();
            let f = filter.filter();
            let lines = all.into_iter().filter(|l| f.admits(l)).collect();
            let can_edit = a.actor.role.has(Permission::SupplierEdit);
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(axum::http::StatusCode::OK);
            crate::html::render_status(status, &SuppliersPage { ctx: a.ctx, lines, total, filter, can_edit, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn list(State(st): State<AppState>, a: Authed, Query(q): Query<RegisterQuery>) -> Response {
    list_page(&st, a, q, None).await
}

pub async fn create(State(st): State<AppState>, a: Authed, Form(f): Form<Vec<(String, String)>>) -> Response {
    let input = SupplierInput {
        legal_name: field(&f, "legal_name"),
        country: field(&f, "country"),
        org_number: field(&f, "org_number"),
        parent_group: field(&f, "parent_group"),
        website: field(&f, "website"),
    };
    match st.app.create_supplier(&a.actor, &input).await {
        Ok(id) => see_other(&format!("/suppliers/{id}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, "supplier", &f, e) {
            Ok(r) => list_page(&st, a, RegisterQuery::default(), Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}

#[derive(Template)]
#[template(path = "suppliers/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    m: SupplierPage,
    can_edit: bool,
    refusal: Option<FormRefusal>,
}

impl ShowPage {
    fn refused(&self, form: &str) -> Option<&str> {
        self.refusal.as_ref().filter(|r| r.form == form).map(|r| r.message.as_str())
    }
    fn kept(&self, form: &str, name: &str) -> String {
        self.refusal.as_ref().filter(|r| r.form == form).map(|r| r.kept(name)).unwrap_or_default()
    }
    fn mark(&self, form: &str, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), form, name)
    }
    fn country_name(&self) -> String {
        self.ctx.t(&format!("country-{}", self.m.supplier.country))
    }
    fn tier_name(&self) -> String {
        match self.m.tier {
            Some(t) => self.ctx.t(&format!("tier-{}", t.as_str())),
            None => "—".into(),
        }
    }
    fn status_name(&self) -> String {
        self.ctx.t(&format!("supplier-status-{}", self.m.supplier.status.as_str()))
    }
    fn move_name(&self, to: &SupplierStatus) -> String {
        self.ctx.t(&format!("supplier-to-{}", to.as_str()))
    }
    /// A refusal of the certificate form itself, not of a withdrawal.
    fn cert_form_refused(&self) -> bool {
        self.refusal.as_ref().is_some_and(|r| r.form == "certificates" && r.sent.iter().any(|(k, _)| k == "cert_kind"))
    }
    fn cert_kinds(&self) -> Vec<(&'static str, String)> {
        AttestationKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str(),
                    if *k == AttestationKind::Other { self.ctx.t("cert-kind-other") } else { k.label().to_string() },
                )
            })
            .collect()
    }
    fn coverages(&self) -> Vec<(&'static str, String)> {
        Coverage::ALL.iter().map(|c| (c.as_str(), self.ctx.t(&format!("coverage-{}", c.as_str())))).collect()
    }
    fn cert_status(&self, s: &CertificateStatus) -> String {
        self.ctx.t(&format!("certificate-status-{}", s.as_str()))
    }
    fn cert_flag(&self, f: &CertificateFlag) -> String {
        self.ctx.t(&format!("certificate-flag-{}", f.as_str()))
    }
    fn kind_label(&self, k: &str) -> String {
        AttestationKind::parse(k)
            .map(|k| k.label().to_string())
            .or_else(|| tillit_domain::procurement::bid::CertificateKind::parse(k).map(|k| k.label().to_string()))
            .unwrap_or_else(|| k.to_string())
    }
    fn roles(&self) -> Vec<(&'static str, String)> {
        contact_roles(&self.ctx)
    }
    fn role_name(&self, r: &ContactRole) -> String {
        self.ctx.t(&format!("contact-role-{}", r.as_str()))
    }
    fn templates(&self) -> Vec<(&'static str, String)> {
        crate::html::contracts::templates(&self.ctx)
    }
    fn kinds(&self) -> Vec<(&'static str, String)> {
        crate::html::contracts::kinds(&self.ctx)
    }
    fn contract_status(&self, s: &tillit_domain::contracts::contract::ContractStatus) -> String {
        crate::html::contracts::status_name(&self.ctx, s)
    }
    fn day(&self, secs: &i64) -> String {
        tillit_domain::platform::local_time::format_local_date(*secs)
    }
    /// The framework agreements a call-off can be made under: this supplier's.
    fn frameworks(&self) -> Vec<(String, String)> {
        self.m
            .contracts
            .iter()
            .filter(|(c, _)| c.kind == tillit_domain::contracts::contract::ContractKind::Framework)
            .map(|(c, _)| (c.id.to_string(), c.title.clone()))
            .collect()
    }
}

async fn show_page(st: &AppState, a: Authed, id: &SupplierId, refusal: Option<FormRefusal>) -> Response {
    match st.app.supplier_page(&a.actor, id).await {
        Ok(m) => {
            let can_edit = a.actor.role.has(Permission::SupplierEdit);
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(axum::http::StatusCode::OK);
            crate::html::render_status(status, &ShowPage { ctx: a.ctx, m, can_edit, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<SupplierId>) -> Response {
    show_page(&st, a, &id, None).await
}

/// After a change on the supplier's page: the page again, or the refused form on it.
async fn after(
    st: &AppState,
    a: Authed,
    id: &SupplierId,
    form: &'static str,
    f: &[(String, String)],
    r: Result<(), AppError>,
) -> Response {
    match r {
        Ok(()) => see_other(&format!("/suppliers/{id}#{form}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, form, f, e) {
            Ok(r) => show_page(st, a, id, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}

pub async fn set_status(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.set_supplier_status(&a.actor, &id, &field(&f, "to")).await;
    after(&st, a, &id, "status", &f, r).await
}

pub async fn add_contact(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st
        .app
        .add_supplier_contact(
            &a.actor,
            &id,
            &field(&f, "role"),
            &field(&f, "name"),
            &field(&f, "email"),
            &field(&f, "phone"),
        )
        .await;
    after(&st, a, &id, "contacts", &f, r).await
}

pub async fn remove_contact(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.remove_supplier_contact(&a.actor, &id, &field(&f, "contact")).await;
    after(&st, a, &id, "contacts", &f, r).await
}

/// Gives one of the supplier's contacts the workspace and mails a sign-in link.
pub async fn grant_person(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.grant_workspace(&a.actor, &id, &field(&f, "contact")).await;
    after(&st, a, &id, "people", &f, r).await
}

pub async fn revoke_person(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.revoke_workspace(&a.actor, &id, &field(&f, "person")).await;
    after(&st, a, &id, "people", &f, r).await
}

/// A file of the register (a signed contract, a certificate), recorded as read.
pub async fn document(State(st): State<AppState>, a: Authed, Path(id): Path<String>) -> Response {
    match st.app.supplier_document(&a.actor, &id).await {
        Ok((row, bytes)) => crate::html::download(&row.filename, &row.content_type, bytes),
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn add_contract(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let terms = crate::html::contracts::terms(&f);
    match st.app.create_contract(&a.actor, &id, &terms).await {
        Ok(c) => see_other(&format!("/contracts/{c}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, "contract", &f, e) {
            Ok(r) => show_page(&st, a, &id, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}

pub async fn add_certificate(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let c = CertificateInput {
        kind: field(&f, "cert_kind"),
        name: field(&f, "cert_name"),
        number: field(&f, "number"),
        body: field(&f, "body"),
        accreditation: field(&f, "accreditation"),
        edition: field(&f, "edition"),
        scope: field(&f, "scope"),
        coverage: field(&f, "coverage"),
        coverage_note: field(&f, "coverage_note"),
        valid_from: field(&f, "valid_from"),
        valid_until: field(&f, "valid_until"),
        last_surveillance: field(&f, "last_surveillance"),
    };
    let r = st.app.add_supplier_certificate(&a.actor, &id, &c).await.map(|_| ());
    after(&st, a, &id, "certificates", &f, r).await
}

pub async fn withdraw_certificate(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<SupplierId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.withdraw_supplier_certificate(&a.actor, &id, &field(&f, "certificate")).await;
    after(&st, a, &id, "certificates", &f, r).await
}

/// The register as an Excel workbook, named in the reader's language with today's date.
pub async fn register_xlsx(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.register_workbook(&a.actor, a.ctx.loc).await {
        Ok(bytes) => {
            let today = tillit_domain::platform::local_time::format_local_date(st.app.now().0);
            let name = format!("{} {today}.xlsx", a.ctx.t("register-file"));
            crate::html::download(&name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes)
        }
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "suppliers/import_problems.html")]
pub struct ImportProblemsPage {
    ctx: Ctx,
    problems: Vec<tillit_app::suppliers::register_import::ImportProblem>,
}

#[derive(Template)]
#[template(path = "suppliers/import_done.html")]
pub struct ImportDonePage {
    ctx: Ctx,
    suppliers: Vec<(String, String)>,
    contracts: Vec<(String, String)>,
}

/// Suppliers and contracts from a workbook: every problem listed and nothing written, or all
/// of it written and listed.
pub async fn import(State(st): State<AppState>, a: Authed, req: axum::extract::Request) -> Response {
    let Some(bytes) = crate::html::procurement::bids::uploaded_file(&st, req).await else {
        return fail(a.ctx, AppError::invalid("file", "error-no-file"));
    };
    match st.app.import_register(&a.actor, &bytes, a.ctx.loc).await {
        Ok(Ok(done)) => {
            crate::html::render(&ImportDonePage { suppliers: done.suppliers, contracts: done.contracts, ctx: a.ctx })
        }
        Ok(Err(problems)) => crate::html::render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &ImportProblemsPage { problems, ctx: a.ctx },
        ),
        Err(e) => fail(a.ctx, e),
    }
}

/// The choices of the forms: countries and contact roles with their names.
pub fn countries(ctx: &Ctx) -> Vec<(&'static str, String)> {
    Country::ALL.iter().map(|c| (c.as_str(), ctx.t(&format!("country-{}", c.as_str())))).collect()
}

pub fn contact_roles(ctx: &Ctx) -> Vec<(&'static str, String)> {
    ContactRole::ALL.iter().map(|r| (r.as_str(), ctx.t(&format!("contact-role-{}", r.as_str())))).collect()
}
