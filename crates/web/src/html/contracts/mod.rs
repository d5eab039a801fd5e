//! Contract pages: the list, one contract, and the page that turns an awarded case's winning
//! bid into a contract.

use crate::ctx::{Authed, Ctx};
use crate::html::procurement::cases::field;
use crate::html::suppliers::refusal::{self, FormRefusal};
use crate::html::{fail, render, see_other};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use tillit_app::AppError;
use tillit_app::contracts::dpa::{DpaInput, SubProcessorInput};
use tillit_app::contracts::{AwardContract, ContractPage, ContractTerms, RolesAndLevels};
use tillit_app::data::ContractRow;
use tillit_app::suppliers::documents::Upload;
use tillit_domain::contracts::contract::{ContractKind, ContractStatus, ContractTemplate};
use tillit_domain::contracts::dpa::DpaTemplate;
use tillit_domain::contracts::service::{ProcessingRecordInput, ServiceInput, SubjectsBand};
use tillit_domain::contracts::sub_processor::{SubProcessorStatus, TransferBasis};
use tillit_domain::{CaseId, ContractId, Permission};

/// A contract's terms from a form.
pub fn terms(f: &[(String, String)]) -> ContractTerms {
    ContractTerms {
        title: field(f, "title"),
        template: field(f, "template"),
        kind: field(f, "kind"),
        framework: field(f, "framework"),
        start: field(f, "start_date"),
        end: field(f, "end_date"),
        notice_months: field(f, "notice_months"),
        options_note: field(f, "options_note"),
    }
}

/// A sub-processor from a form (the buyer's, or a supplier's announcement).
pub fn sub_processor_input(f: &[(String, String)]) -> SubProcessorInput {
    SubProcessorInput {
        parent: field(f, "parent"),
        name: field(f, "name"),
        org_number: field(f, "org_number"),
        country: field(f, "sub_country"),
        role: field(f, "role"),
        data_categories: field(f, "data_categories"),
        locations: field(f, "locations"),
        transfer_basis: field(f, "transfer_basis"),
        tia_date: field(f, "tia_date"),
        tia_result: field(f, "tia_result"),
    }
}

/// The templates with their names, for a choice.
pub fn templates(ctx: &Ctx) -> Vec<(&'static str, String)> {
    ContractTemplate::ALL.iter().map(|t| (t.as_str(), ctx.t(&format!("contract-template-{}", t.as_str())))).collect()
}

pub fn kinds(ctx: &Ctx) -> Vec<(&'static str, String)> {
    ContractKind::ALL.iter().map(|k| (k.as_str(), ctx.t(&format!("contract-kind-{}", k.as_str())))).collect()
}

pub fn status_name(ctx: &Ctx, s: &ContractStatus) -> String {
    ctx.t(&format!("contract-status-{}", s.as_str()))
}

#[derive(Template)]
#[template(path = "contracts/list.html")]
pub struct ListPage {
    ctx: Ctx,
    contracts: Vec<(ContractRow, ContractStatus)>,
}

impl ListPage {
    fn day(&self, secs: &i64) -> String {
        tillit_domain::platform::local_time::format_local_date(*secs)
    }
    fn status(&self, s: &ContractStatus) -> String {
        status_name(&self.ctx, s)
    }
}

pub async fn list(State(st): State<AppState>, a: Authed) -> Response {
    match st.app.contracts(&a.actor).await {
        Ok(contracts) => render(&ListPage { ctx: a.ctx, contracts }),
        Err(e) => fail(a.ctx, e),
    }
}

#[derive(Template)]
#[template(path = "contracts/show.html")]
pub struct ShowPage {
    ctx: Ctx,
    m: ContractPage,
    can_edit: bool,
    refusal: Option<FormRefusal>,
}

impl ShowPage {
    fn day(&self, secs: &i64) -> String {
        tillit_domain::platform::local_time::format_local_date(*secs)
    }
    fn status(&self) -> String {
        status_name(&self.ctx, &self.m.status)
    }
    fn template_name(&self) -> String {
        self.ctx.t(&format!("contract-template-{}", self.m.contract.template.as_str()))
    }
    fn kind_name(&self) -> String {
        self.ctx.t(&format!("contract-kind-{}", self.m.contract.kind.as_str()))
    }
    fn refused(&self, form: &str) -> Option<&str> {
        self.refusal.as_ref().filter(|r| r.form == form).map(|r| r.message.as_str())
    }
    /// What was typed into `form`'s field, or `shown` when that form was not refused.
    fn kept(&self, form: &str, name: &str, shown: &str) -> String {
        match &self.refusal {
            Some(r) if r.form == form => r.kept(name),
            _ => shown.to_string(),
        }
    }
    fn mark(&self, form: &str, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), form, name)
    }
    /// The DPA form's starting values: what is recorded, else the documented defaults.
    fn dpa_value(&self, name: &str) -> String {
        let d = tillit_domain::contracts::dpa::DEFAULT_TERMS;
        let shown = match (&self.m.dpa, name) {
            (Some(x), "dpa_template") => x.template.as_str().to_string(),
            (Some(x), "version") => x.version.clone(),
            (Some(x), "signed") => {
                x.signed_at.map(tillit_domain::platform::local_time::format_local_date).unwrap_or_default()
            }
            (Some(x), "breach_notice_hours") => x.breach_notice_hours.to_string(),
            (Some(x), "subprocessor_notice_days") => x.subprocessor_notice_days.to_string(),
            (Some(x), "objection_days") => x.objection_days.to_string(),
            (Some(x), "deletion_days") => x.deletion_days.to_string(),
            (Some(x), "next_review") => {
                x.next_review.map(tillit_domain::platform::local_time::format_local_date).unwrap_or_default()
            }
            (None, "breach_notice_hours") => d.breach_notice_hours.to_string(),
            (None, "subprocessor_notice_days") => d.subprocessor_notice_days.to_string(),
            (None, "objection_days") => d.objection_days.to_string(),
            (None, "deletion_days") => d.deletion_days.to_string(),
            _ => String::new(),
        };
        self.kept("dpa", name, &shown)
    }
    fn audit_clause(&self) -> bool {
        match &self.refusal {
            Some(r) if r.form == "dpa" => r.sent.iter().any(|(k, _)| k == "audit_clause"),
            _ => self.m.dpa.as_ref().is_some_and(|d| d.audit_clause),
        }
    }
    fn dpa_templates(&self) -> Vec<(&'static str, String)> {
        DpaTemplate::ALL.iter().map(|t| (t.as_str(), self.ctx.t(&format!("dpa-template-{}", t.as_str())))).collect()
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
    fn sub_status(&self, s: &SubProcessorStatus) -> String {
        self.ctx.t(&format!("sub-processor-status-{}", s.as_str()))
    }
    /// The moves the buyer can make on a sub-processor in this status.
    fn decisions(&self, s: &SubProcessorStatus) -> Vec<(&'static str, String)> {
        [SubProcessorStatus::Approved, SubProcessorStatus::Objected, SubProcessorStatus::Removed]
            .into_iter()
            .filter(|to| s.can_move_to(*to))
            .map(|to| (to.as_str(), self.ctx.t(&format!("sub-processor-to-{}", to.as_str()))))
            .collect()
    }
    /// A role's holder on the form: as sent when refused, else as recorded.
    fn role_value(&self, name: &str) -> String {
        let c = &self.m.contract;
        let shown = match name {
            "contract_owner" => c.contract_owner.clone(),
            "contract_manager" => c.contract_manager.clone(),
            "system_owner" => c.system_owner.clone(),
            "security_officer" => c.security_officer.clone(),
            "availability" => c
                .sla_availability_hundredths
                .map(|v| tillit_domain::contracts::contract::format_availability(v).trim_end_matches(" %").to_string()),
            "rpo_hours" => c.sla_rpo_hours.map(|v| v.to_string()),
            "rto_hours" => c.sla_rto_hours.map(|v| v.to_string()),
            "support_hours" => Some(c.sla_support_hours.clone()),
            _ => None,
        };
        self.kept("roles", name, &shown.unwrap_or_default())
    }
    /// The name of the member holding a role, or "no one".
    fn holder(&self, id: &Option<String>) -> String {
        id.as_ref()
            .and_then(|id| self.m.members.iter().find(|(m, _)| m == id).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| self.ctx.t("nobody"))
    }
    fn availability(&self) -> String {
        self.m
            .contract
            .sla_availability_hundredths
            .map(tillit_domain::contracts::contract::format_availability)
            .unwrap_or("—".into())
    }
    fn role_fields(&self) -> [(&'static str, &'static str, &'static str); 4] {
        [
            ("contract_owner", "holder-owner", "field-contract-owner"),
            ("contract_manager", "holder-manager", "field-contract-manager"),
            ("system_owner", "holder-system", "field-system-owner"),
            ("security_officer", "holder-security", "field-security-officer"),
        ]
    }
    /// The service form's value: as sent when refused, else as recorded.
    fn service_value(&self, name: &str) -> String {
        let shown = self.m.service.as_ref().map(|x| match name {
            "description" => x.description.clone(),
            "confidentiality" => x.confidentiality.to_string(),
            "integrity" => x.integrity.to_string(),
            "availability" => x.availability.to_string(),
            "traceability" => x.traceability.to_string(),
            "subjects" => x.subjects.clone(),
            "storage" => x.storage_countries.replace(',', ", "),
            "processing" => x.processing_countries.replace(',', ", "),
            "support" => x.support_countries.replace(',', ", "),
            _ => String::new(),
        });
        self.kept("service", name, &shown.unwrap_or_default())
    }
    fn service_ticked(&self, name: &str) -> bool {
        match &self.refusal {
            Some(r) if r.form == "service" => r.sent.iter().any(|(k, _)| k == name),
            _ => self
                .m
                .service
                .as_ref()
                .is_some_and(|x| if name == "personal_data" { x.personal_data } else { x.special_categories }),
        }
    }
    fn level_fields(&self) -> [(&'static str, &'static str); 4] {
        [
            ("confidentiality", "field-confidentiality"),
            ("integrity", "field-integrity"),
            ("availability", "field-availability"),
            ("traceability", "field-traceability"),
        ]
    }
    fn bands(&self) -> Vec<(&'static str, String)> {
        SubjectsBand::ALL.iter().map(|b| (b.as_str(), self.ctx.t(&format!("subjects-{}", b.as_str())))).collect()
    }
    fn band_name(&self, b: &str) -> String {
        self.ctx.t(&format!("subjects-{b}"))
    }
    fn dpa_key(&self, t: &str) -> String {
        format!("dpa-template-{t}")
    }
    /// A refusal of the sub-processor form itself (its fields), not of a row's decision or a move.
    fn sub_form_refused(&self) -> bool {
        self.refusal.as_ref().is_some_and(|r| r.form == "sub-processors" && r.sent.iter().any(|(k, _)| k == "name"))
    }
    fn indent(&self, depth: &usize) -> String {
        "— ".repeat(*depth)
    }
    fn document_kinds(&self) -> Vec<(&'static str, String)> {
        tillit_domain::suppliers::document::DocumentKind::OF_CONTRACT
            .iter()
            .map(|k| (k.as_str(), self.ctx.t(&format!("document-kind-{}", k.as_str()))))
            .collect()
    }
    fn document_kind(&self, k: &str) -> String {
        self.ctx.t(&format!("document-kind-{k}"))
    }
}

async fn show_page(st: &AppState, a: Authed, id: &ContractId, refusal: Option<FormRefusal>) -> Response {
    match st.app.contract_page(&a.actor, id).await {
        Ok(m) => {
            let can_edit = a.actor.role.has(Permission::SupplierEdit);
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(axum::http::StatusCode::OK);
            crate::html::render_status(status, &ShowPage { ctx: a.ctx, m, can_edit, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn show(State(st): State<AppState>, a: Authed, Path(id): Path<ContractId>) -> Response {
    show_page(&st, a, &id, None).await
}

/// After a change on the contract's page: the page at that section, or the refused form.
async fn after(
    st: &AppState,
    a: Authed,
    id: &ContractId,
    form: &'static str,
    f: &[(String, String)],
    r: Result<(), AppError>,
) -> Response {
    match r {
        Ok(()) => see_other(&format!("/contracts/{id}#{form}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, form, f, e) {
            Ok(r) => show_page(st, a, id, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}

pub async fn put_dpa(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let d = DpaInput {
        template: field(&f, "dpa_template"),
        version: field(&f, "version"),
        signed: field(&f, "signed"),
        breach_notice_hours: field(&f, "breach_notice_hours"),
        subprocessor_notice_days: field(&f, "subprocessor_notice_days"),
        objection_days: field(&f, "objection_days"),
        deletion_days: field(&f, "deletion_days"),
        audit_clause: !field(&f, "audit_clause").is_empty(),
        next_review: field(&f, "next_review"),
    };
    let r = st.app.put_dpa(&a.actor, &id, &d).await;
    after(&st, a, &id, "dpa", &f, r).await
}

pub async fn set_roles(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = RolesAndLevels {
        contract_owner: field(&f, "contract_owner"),
        contract_manager: field(&f, "contract_manager"),
        system_owner: field(&f, "system_owner"),
        security_officer: field(&f, "security_officer"),
        availability: field(&f, "availability"),
        rpo_hours: field(&f, "rpo_hours"),
        rto_hours: field(&f, "rto_hours"),
        support_hours: field(&f, "support_hours"),
    };
    let r = st.app.set_contract_roles(&a.actor, &id, &r).await;
    after(&st, a, &id, "roles", &f, r).await
}

pub async fn put_service(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let s = ServiceInput {
        description: field(&f, "description"),
        confidentiality: field(&f, "confidentiality"),
        integrity: field(&f, "integrity"),
        availability: field(&f, "availability"),
        traceability: field(&f, "traceability"),
        personal_data: !field(&f, "personal_data").is_empty(),
        special_categories: !field(&f, "special_categories").is_empty(),
        subjects: field(&f, "subjects"),
        storage: field(&f, "storage"),
        processing: field(&f, "processing"),
        support: field(&f, "support"),
    };
    let r = st.app.put_service(&a.actor, &id, &s).await;
    after(&st, a, &id, "service", &f, r).await
}

pub async fn add_record(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = ProcessingRecordInput {
        data: field(&f, "record_data"),
        purpose: field(&f, "purpose"),
        subjects: field(&f, "record_subjects"),
        source: field(&f, "source"),
    };
    let r = st.app.add_processing_record(&a.actor, &id, &r).await;
    after(&st, a, &id, "records", &f, r).await
}

pub async fn add_sub_processor(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let s = sub_processor_input(&f);
    let r = st.app.add_sub_processor(&a.actor, &id, &s).await.map(|_| ());
    after(&st, a, &id, "sub-processors", &f, r).await
}

pub async fn move_sub_processor(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.move_sub_processor(&a.actor, &id, &field(&f, "sub"), &field(&f, "parent")).await;
    after(&st, a, &id, "sub-processors", &f, r).await
}

pub async fn decide_sub_processor(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.decide_sub_processor(&a.actor, &id, &field(&f, "sub"), &field(&f, "to"), &field(&f, "reason")).await;
    after(&st, a, &id, "sub-processors", &f, r).await
}

/// A hand-entered contract's requirement set, chosen from a catalogue and frozen.
pub async fn freeze_set(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    let r = st.app.freeze_contract_set(&a.actor, &id, &field(&f, "catalogue")).await.map(|_| ());
    after(&st, a, &id, "requirement-set", &f, r).await
}

/// A file stored with the contract: its kind and the file, in one multipart form.
pub async fn add_document(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<ContractId>,
    req: axum::extract::Request,
) -> Response {
    let fields = match crate::html::form_parts::read_fields(&st, req).await {
        Ok(f) => f,
        Err(e) => return fail(a.ctx, e),
    };
    let files = fields.files("file");
    let r = match files.first() {
        Some((name, bytes)) => {
            let up = Upload { filename: name, bytes };
            st.app.add_contract_document(&a.actor, &id, &fields.text("document_kind"), &up).await.map(|_| ())
        }
        None => Err(AppError::invalid("file", "error-no-file")),
    };
    after(&st, a, &id, "documents", &fields.pairs(), r).await
}

#[derive(Template)]
#[template(path = "contracts/from_award.html")]
pub struct FromAwardPage {
    ctx: Ctx,
    m: AwardContract,
    can_edit: bool,
    refusal: Option<FormRefusal>,
}

impl FromAwardPage {
    fn kept(&self, name: &str, shown: &str) -> String {
        match &self.refusal {
            Some(r) => r.kept(name),
            None => shown.to_string(),
        }
    }
    fn mark(&self, name: &str) -> &'static str {
        refusal::mark(self.refusal.as_ref(), "contract", name)
    }
    fn templates(&self) -> Vec<(&'static str, String)> {
        templates(&self.ctx)
    }
}

async fn from_award_page(st: &AppState, a: Authed, id: &CaseId, refusal: Option<FormRefusal>) -> Response {
    match st.app.award_contract(&a.actor, id).await {
        Ok(m) => {
            if let (Some(c), None) = (&m.contract, &refusal) {
                return see_other(&format!("/contracts/{c}"), None);
            }
            let can_edit = a.actor.role.has(Permission::SupplierEdit);
            let status = refusal.as_ref().map(|r| r.status).unwrap_or(axum::http::StatusCode::OK);
            crate::html::render_status(status, &FromAwardPage { ctx: a.ctx, m, can_edit, refusal })
        }
        Err(e) => fail(a.ctx, e),
    }
}

pub async fn from_award_show(State(st): State<AppState>, a: Authed, Path(id): Path<CaseId>) -> Response {
    from_award_page(&st, a, &id, None).await
}

pub async fn from_award(
    State(st): State<AppState>,
    a: Authed,
    Path(id): Path<CaseId>,
    Form(f): Form<Vec<(String, String)>>,
) -> Response {
    match st.app.contract_from_award(&a.actor, &id, &terms(&f)).await {
        Ok(c) => see_other(&format!("/contracts/{c}"), Some("notice-saved")),
        Err(e) => match FormRefusal::of(&a.ctx, "contract", &f, e) {
            Ok(r) => from_award_page(&st, a, &id, Some(r)).await,
            Err(e) => fail(a.ctx, e),
        },
    }
}
