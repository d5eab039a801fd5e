//! Supplier register and contract routes.

use super::{Access::*, Body::*, Route};
use crate::api;
use crate::html::{contracts, suppliers};
use tillit_app::catalogue::io::MAX_IMPORT_BYTES;
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
    route!(GET "/contracts", Needs(SupplierView), contracts::list),
    route!(GET "/contracts/{id}", Needs(SupplierView), contracts::show),
    route!(POST "/contracts/{id}/roles", Needs(SupplierEdit), contracts::set_roles),
    route!(POST "/contracts/{id}/service", Needs(SupplierEdit), contracts::put_service),
    route!(POST "/contracts/{id}/records", Needs(SupplierEdit), contracts::add_record),
    route!(POST "/contracts/{id}/dpa", Needs(SupplierEdit), contracts::put_dpa),
    route!(POST "/contracts/{id}/sub-processors", Needs(SupplierEdit), contracts::add_sub_processor),
    route!(POST "/contracts/{id}/sub-processors/move", Needs(SupplierEdit), contracts::move_sub_processor),
    route!(POST "/contracts/{id}/sub-processors/decide", Needs(SupplierEdit), contracts::decide_sub_processor),
    route!(GET "/cases/{id}/contract", Needs(SupplierView), contracts::from_award_show),
    route!(POST "/cases/{id}/contract", Needs(SupplierEdit), contracts::from_award),
    route!(GET "/api/v1/suppliers", Needs(SupplierView), api::suppliers::suppliers),
    route!(GET "/api/v1/suppliers/{id}", Needs(SupplierView), api::suppliers::supplier_one),
    route!(GET "/api/v1/contracts", Needs(SupplierView), api::suppliers::contracts),
    route!(GET "/api/v1/contracts/{id}", Needs(SupplierView), api::suppliers::contract_one),
];
