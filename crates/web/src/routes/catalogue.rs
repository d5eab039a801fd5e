//! Catalogue routes: catalogues and requirements, editing and publishing, import and
//! export, requirement levels, ISO/IEC 27002 controls, search and coverage.

use super::{Access::*, Body::*, Route};
use crate::api;
use crate::html::catalogue::{self, levels};
use tillit_app::catalogue::io::MAX_IMPORT_BYTES;
use tillit_domain::Permission::*;

pub const ROUTES: &[Route] = &[
    route!(GET "/catalogues", Needs(CatalogueView), catalogue::list),
    route!(GET "/catalogues/{id}", Needs(CatalogueView), catalogue::show),
    route!(GET "/catalogues/{id}/oscal.json", Needs(CatalogueView), catalogue::export_oscal),
    route!(GET "/catalogues/{id}/export.csv", Needs(CatalogueView), catalogue::export_csv),
    route!(GET "/catalogues/{id}/export.xlsx", Needs(CatalogueView), catalogue::export_xlsx),
    route!(POST "/catalogues", Needs(CatalogueEdit), catalogue::create),
    route!(POST "/catalogues/copy", Needs(CatalogueEdit), catalogue::copy),
    route!(POST "/catalogues/{id}/requirements", Needs(CatalogueEdit), catalogue::add_requirement),
    route!(POST "/catalogues/{id}/publish", Needs(CatalogueEdit), catalogue::publish),
    route!(GET "/catalogues/{id}/versions", Needs(CatalogueView), catalogue::versions),
    route!(GET "/catalogues/{id}/levels", Needs(CatalogueView), levels::show),
    route!(POST "/catalogues/{id}/levels", Needs(CatalogueEdit), levels::save),
    route!(POST "/requirements/{id}/edit", Needs(CatalogueEdit), catalogue::edit_requirement),
    route!(POST "/requirements/{id}/remove", Needs(CatalogueEdit), catalogue::remove_requirement),
    route!(POST "/requirements/{id}/mappings", Needs(CatalogueEdit), catalogue::add_mapping),
    route!(POST "/mappings/{id}/remove", Needs(CatalogueEdit), catalogue::remove_mapping),
    route!(GET "/catalogues/import", Needs(CatalogueEdit), catalogue::import_form),
    route!(POST "/catalogues/import", Needs(CatalogueEdit), catalogue::import_upload, Upload(MAX_IMPORT_BYTES)),
    route!(GET "/catalogues/import/{id}", Needs(CatalogueEdit), catalogue::import_preview),
    route!(POST "/catalogues/import/{id}/confirm", Needs(CatalogueEdit), catalogue::import_confirm),
    route!(GET "/requirements/{id}", Needs(CatalogueView), catalogue::requirement),
    route!(GET "/iso", Needs(CatalogueView), catalogue::controls),
    route!(GET "/iso/{id}", Needs(CatalogueView), catalogue::control),
    route!(GET "/iso-2013", Needs(CatalogueView), catalogue::gap_2013),
    route!(GET "/search", Needs(CatalogueView), catalogue::search),
    route!(GET "/coverage", Needs(CatalogueView), catalogue::coverage),
    route!(GET "/coverage.xlsx", Needs(CatalogueView), catalogue::coverage_xlsx),
    route!(GET "/api/v1/catalogues", Needs(CatalogueView), api::catalogue::catalogues),
    route!(GET "/api/v1/catalogues/{id}", Needs(CatalogueView), api::catalogue::catalogue),
    route!(GET "/api/v1/requirements/{id}", Needs(CatalogueView), api::catalogue::requirement),
    route!(GET "/api/v1/iso-controls", Needs(CatalogueView), api::catalogue::iso_controls),
    route!(GET "/api/v1/iso-controls/{id}", Needs(CatalogueView), api::catalogue::iso_control),
    route!(GET "/api/v1/search", Needs(CatalogueView), api::catalogue::search),
    route!(GET "/api/v1/coverage", Needs(CatalogueView), api::catalogue::coverage),
];
