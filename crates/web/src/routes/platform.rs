//! Platform routes: health and readiness, static files, the home page and organisation
//! switcher, the audit log (pages and API), the OpenAPI document.

use super::{Access::*, Body::*, Route};
use crate::api;
use crate::html::platform::{audit_log, home, ops};
use tillit_domain::Permission::*;

pub const ROUTES: &[Route] = &[
    route!(GET "/healthz", Public, ops::healthz),
    route!(GET "/readyz", Public, ops::readyz),
    route!(GET "/static/{file}", Public, ops::static_file),
    route!(POST "/language", Public, home::language),
    route!(GET "/no-organisation", Public, home::no_organisation),
    route!(GET "/", Member, home::home),
    route!(POST "/org/switch", Member, home::switch_org),
    route!(GET "/audit", Needs(ViewAuditLog), audit_log::audit_page),
    route!(GET "/audit/export.csv", Needs(ExportAuditLog), audit_log::audit_csv),
    route!(GET "/api/v1/openapi.json", Public, api::platform::openapi),
    route!(GET "/api/v1/audit-events", Needs(ViewAuditLog), api::platform::audit_events),
];
