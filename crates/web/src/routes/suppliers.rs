//! Supplier register and contract routes.

use super::{Access::*, Body::*, Route};
use crate::api;
use crate::html::suppliers::{sign_in, workspace};
use crate::html::{contracts, suppliers};
use tillit_app::catalogue::io::MAX_IMPORT_BYTES;
use tillit_app::procurement::portal::MAX_EVIDENCE_BYTES;

/// A file and the form around it.
const DOCUMENT_UPLOAD: usize = MAX_EVIDENCE_BYTES + 1024 * 1024;
use tillit_domain::Permission::*;

pub const ROUTES: &[Route] = &[
    route!(GET "/suppliers", Needs(SupplierView), suppliers::list),
    route!(POST "/suppliers", Needs(SupplierEdit), suppliers::create),
    route!(GET "/suppliers/register.xlsx", Needs(SupplierView), suppliers::register_xlsx),
    route!(POST "/suppliers/import", Needs(SupplierEdit), suppliers::import, Upload(MAX_IMPORT_BYTES)),
    route!(GET "/suppliers/{id}", Needs(SupplierView), suppliers::show),
    route!(POST "/suppliers/{id}/status", Needs(SupplierEdit), suppliers::set_status),
    route!(POST "/suppliers/{id}/contacts", Needs(SupplierEdit), suppliers::add_contact),
    route!(POST "/suppliers/{id}/contacts/remove", Needs(SupplierEdit), suppliers::remove_contact),
    route!(POST "/suppliers/{id}/contracts", Needs(SupplierEdit), suppliers::add_contract),
    route!(POST "/suppliers/{id}/certificates", Needs(SupplierEdit), suppliers::add_certificate),
    route!(POST "/suppliers/{id}/certificates/withdraw", Needs(SupplierEdit), suppliers::withdraw_certificate),
    route!(POST "/suppliers/{id}/people", Needs(SupplierEdit), suppliers::grant_person),
    route!(POST "/suppliers/{id}/people/remove", Needs(SupplierEdit), suppliers::revoke_person),
    route!(GET "/documents/{id}", Needs(SupplierView), suppliers::document),
    route!(GET "/contracts", Needs(SupplierView), contracts::list),
    route!(GET "/contracts/{id}", Needs(SupplierView), contracts::show),
    route!(POST "/contracts/{id}/roles", Needs(SupplierEdit), contracts::set_roles),
    route!(POST "/contracts/{id}/service", Needs(SupplierEdit), contracts::put_service),
    route!(POST "/contracts/{id}/records", Needs(SupplierEdit), contracts::add_record),
    route!(POST "/contracts/{id}/dpa", Needs(SupplierEdit), contracts::put_dpa),
    route!(POST "/contracts/{id}/sub-processors", Needs(SupplierEdit), contracts::add_sub_processor),
    route!(POST "/contracts/{id}/sub-processors/move", Needs(SupplierEdit), contracts::move_sub_processor),
    route!(POST "/contracts/{id}/sub-processors/decide", Needs(SupplierEdit), contracts::decide_sub_processor),
    route!(POST "/contracts/{id}/requirement-set", Needs(SupplierEdit), contracts::freeze_set),
    route!(POST "/contracts/{id}/documents", Needs(SupplierEdit), contracts::add_document, Upload(DOCUMENT_UPLOAD)),
    route!(GET "/cases/{id}/contract", Needs(SupplierView), contracts::from_award_show),
    route!(POST "/cases/{id}/contract", Needs(SupplierEdit), contracts::from_award),
    // The supplier's workspace, and how its people sign in.
    route!(GET "/supplier/sign-in", Public, sign_in::form),
    route!(POST "/supplier/sign-in", Public, sign_in::request),
    route!(GET "/supplier/sign-in/{token}", Public, sign_in::link),
    route!(POST "/supplier/sign-in/{token}", Public, sign_in::use_link),
    route!(GET "/workspace", Needs(SupplierWorkspace), workspace::show),
    route!(POST "/workspace/contacts", Needs(SupplierWorkspace), workspace::add_contact),
    route!(POST "/workspace/contacts/remove", Needs(SupplierWorkspace), workspace::remove_contact),
    route!(POST "/workspace/certificates", Needs(SupplierWorkspace), workspace::add_certificate, Upload(DOCUMENT_UPLOAD)),
    route!(GET "/workspace/documents/{id}", Needs(SupplierWorkspace), workspace::document),
    route!(GET "/workspace/contracts/{id}", Needs(SupplierWorkspace), workspace::contract),
    route!(POST "/workspace/contracts/{id}/sub-processors", Needs(SupplierWorkspace), workspace::announce),
    route!(GET "/api/v1/suppliers", Needs(SupplierView), api::suppliers::suppliers),
    route!(GET "/api/v1/suppliers/{id}", Needs(SupplierView), api::suppliers::supplier_one),
    route!(GET "/api/v1/contracts", Needs(SupplierView), api::suppliers::contracts),
    route!(GET "/api/v1/contracts/{id}", Needs(SupplierView), api::suppliers::contract_one),
];
