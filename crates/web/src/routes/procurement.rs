//! Procurement routes: cases, their requirement set and tender versions, bidders and the
//! supplier portal, documents, evaluation and comparison.

use super::{Access::*, Body::*, Route};
use crate::api;
use crate::html::procurement::{award, bids, cases, evaluation, grid, portal, portal_form, requirement_set, tender};
use tillit_app::catalogue::io::MAX_IMPORT_BYTES;
use tillit_app::procurement::portal::MAX_EVIDENCE_BYTES;

/// The ZIP of received tenders an e-tendering system exports (answer sheets and the bidders'
/// other documents).
const MAX_TENDER_ZIP_BYTES: usize = 100 * 1024 * 1024;
use tillit_domain::Permission::*;

pub const ROUTES: &[Route] = &[
    // The case pages' old addresses (before pages and API both said "case").
    route!(GET "/procurements", Public, cases::old_url),
    route!(GET "/procurements/{*rest}", Public, cases::old_url),
    route!(GET "/cases", Needs(ProcurementView), cases::list),
    route!(POST "/cases", Needs(ProcurementEdit), cases::create),
    route!(GET "/cases/{id}", Needs(ProcurementView), cases::show),
    route!(POST "/cases/{id}/classification", Needs(ProcurementEdit), cases::classify),
    route!(POST "/cases/{id}/override", Needs(ProcurementEdit), cases::override_tier),
    route!(POST "/cases/{id}/status", Needs(ProcurementEdit), cases::move_status),
    route!(POST "/cases/{id}/set/adopt", Needs(ProcurementEdit), requirement_set::adopt),
    route!(POST "/cases/{id}/set/item", Needs(ProcurementEdit), requirement_set::put),
    route!(POST "/cases/{id}/set/remove", Needs(ProcurementEdit), requirement_set::remove),
    route!(POST "/cases/{id}/set/bulk", Needs(ProcurementEdit), requirement_set::bulk),
    route!(POST "/cases/{id}/deadline", Needs(ProcurementEdit), tender::deadline),
    route!(POST "/cases/{id}/contract-start", Needs(ProcurementEdit), tender::contract_start),
    route!(POST "/cases/{id}/set/correction", Needs(ProcurementEdit), tender::open_correction),
    route!(POST "/cases/{id}/set/publish", Needs(ProcurementEdit), tender::publish_correction),
    route!(GET "/cases/{id}/versions", Needs(ProcurementView), tender::versions),
    route!(POST "/cases/{id}/bids", Needs(ProcurementEdit), bids::invite),
    route!(GET "/bids/{id}", Needs(ProcurementView), bids::show),
    route!(POST "/bids/{id}/link", Needs(ProcurementEdit), bids::resend_link),
    route!(POST "/bids/{id}/revoke", Needs(ProcurementEdit), bids::revoke_links),
    route!(GET "/evidence/{id}", Needs(ProcurementView), bids::evidence),
    route!(GET "/cases/{id}/annex.xlsx", Needs(ProcurementView), bids::answer_sheet),
    route!(GET "/cases/{id}/tender-package.zip", Needs(ProcurementView), bids::tender_package),
    route!(POST "/cases/{id}/tender-zip", Needs(ProcurementEdit), bids::import_tender_zip, Upload(MAX_TENDER_ZIP_BYTES)),
    route!(GET "/cases/{id}/annex.docx", Needs(ProcurementView), bids::annex_docx),
    route!(GET "/cases/{id}/annex.pdf", Needs(ProcurementView), bids::annex_pdf),
    route!(GET "/cases/{id}/annex.oscal.json", Needs(ProcurementView), bids::annex_oscal),
    route!(GET "/cases/{id}/report.pdf", Needs(ProcurementView), bids::report_pdf),
    route!(GET "/cases/{id}/report.docx", Needs(ProcurementView), bids::report_docx),
    route!(GET "/cases/{id}/report.xlsx", Needs(ProcurementView), bids::report_xlsx),
    route!(POST "/bids/{id}/import", Needs(ProcurementEdit), bids::import_sheet, Upload(MAX_IMPORT_BYTES)),
    route!(POST "/cases/{id}/lead", Needs(ProcurementEdit), evaluation::set_lead),
    route!(GET "/bids/{id}/evaluation", Needs(ProcurementView), evaluation::show),
    route!(POST "/bids/{id}/evaluation", Needs(ProcurementEdit), evaluation::save_mine),
    route!(POST "/bids/{id}/consensus", Needs(ProcurementEdit), evaluation::save_consensus),
    route!(POST "/bids/{id}/evaluation/pass-met", Needs(ProcurementEdit), evaluation::pass_met),
    route!(POST "/bids/{id}/consensus/confirm", Needs(ProcurementEdit), evaluation::confirm_consensus),
    route!(POST "/cases/{id}/signoff", Needs(ProcurementEdit), evaluation::sign_off),
    route!(POST "/cases/{id}/reopen", Needs(ProcurementEdit), evaluation::reopen),
    route!(GET "/cases/{id}/award", Needs(ProcurementView), award::show),
    route!(POST "/cases/{id}/award", Needs(ProcurementEdit), award::confirm),
    route!(GET "/cases/{id}/comparison", Needs(ProcurementView), evaluation::comparison),
    route!(GET "/cases/{id}/grid", Needs(ProcurementView), grid::show),
    route!(POST "/cases/{id}/grid", Needs(ProcurementEdit), grid::save),
    route!(GET "/portal/{token}", Public, portal::show),
    // Answers, files attached to them, certificates and removals in one form (see portal_form).
    route!(POST "/portal/{token}/answers", Public, portal_form::save, Upload(2 * MAX_EVIDENCE_BYTES + 1024 * 1024)),
    route!(GET "/portal/{token}/evidence/{id}", Public, portal::evidence),
    route!(GET "/portal/{token}/submit", Public, portal_form::confirm),
    route!(POST "/portal/{token}/submit", Public, portal::submit),
    route!(GET "/portal/{token}/bid.pdf", Public, portal_form::bid_pdf),
    route!(GET "/api/v1/cases", Needs(ProcurementView), api::procurement::cases),
    route!(GET "/api/v1/cases/{id}", Needs(ProcurementView), api::procurement::case),
    route!(POST "/api/v1/cases", Needs(ProcurementEdit), api::procurement::create_case),
    route!(GET "/api/v1/cases/{id}/requirement-set", Needs(ProcurementView), api::procurement::published_set),
    route!(GET "/api/v1/cases/{id}/bids", Needs(ProcurementView), api::procurement::bids),
    route!(POST "/api/v1/cases/{id}/bids", Needs(ProcurementEdit), api::procurement::invite),
    route!(GET "/api/v1/cases/{id}/comparison", Needs(ProcurementView), api::procurement::comparison),
    route!(GET "/api/v1/bids/{id}", Needs(ProcurementView), api::procurement::bid),
    route!(GET "/api/v1/bids/{id}/evaluation", Needs(ProcurementView), api::procurement::evaluation),
    route!(POST "/api/v1/bids/{id}/evaluation", Needs(ProcurementEdit), api::procurement::judge),
];
