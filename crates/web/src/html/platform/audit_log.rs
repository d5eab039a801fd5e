//! The audit log page (filters, chain status) and its CSV export.

use crate::ctx::{Authed, Ctx};
use crate::html::{fail, render};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tillit_app::data::AuditFilter;
use tillit_app::platform::audit_page::AuditLine;
use tillit_domain::Permission;
use tillit_domain::platform::audit_log::BreakKind;

const PAGE: i64 = 100;

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    object: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    offset: i64,
}

/// `YYYY-MM-DD` as the first second of that day in Norwegian and Swedish time (the time the
/// log's pages show).
pub fn day_start(s: &str) -> Option<i64> {
    tillit_domain::platform::local_time::parse_local(&format!("{}T00:00", s.trim()))
}

impl AuditQuery {
    fn filter(&self, limit: i64) -> AuditFilter {
        let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        AuditFilter {
            action: opt(&self.action),
            actor: opt(&self.actor),
            object: opt(&self.object),
            from: day_start(&self.from),
            to: day_start(&self.to).map(|t| t + 86400),
            limit,
            offset: self.offset.max(0),
        }
    }

    fn query_string(&self, offset: i64) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("action", &self.action),
            ("actor", &self.actor),
            ("object", &self.object),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        if offset > 0 {
            s.append_pair("offset", &offset.to_string());
        }
        s.finish()
    }
}

fn break_key(k: BreakKind) -> &'static str {
    match k {
        BreakKind::Altered => "audit-break-altered",
        BreakKind::Deleted => "audit-break-deleted",
        BreakKind::Inserted => "audit-break-inserted",
        BreakKind::Reordered => "audit-break-reordered",
        BreakKind::Missing => "audit-break-missing",
    }
}

#[derive(Template)]
#[template(path = "platform/audit.html")]
pub struct AuditPage {
    ctx: Ctx,
    records: Vec<AuditLine>,
    chain_ok: bool,
    chain_records: String,
    chain_message: String,
    f_action: String,
    f_actor: String,
    f_object: String,
    f_from: String,
    f_to: String,
    query: String,
    next_page: Option<String>,
    can_export: bool,
}

pub async fn audit_page(State(st): State<AppState>, a: Authed, Query(q): Query<AuditQuery>) -> Response {
    let records = match st.app.audit_lines(&a.actor, &q.filter(PAGE), a.ctx.loc).await {
        Ok(r) => r,
        Err(e) => return fail(a.ctx, e),
    };
    let report = match st.app.audit_verify(Some(a.actor.org_id.as_str())).await {
        Ok(r) => r,
        Err(e) => return fail(a.ctx, e),
    };
    let (chain_ok, n, msg) = match report.first() {
        Some(r) => (
            r.error.is_none(),
            r.records,
            r.error.as_ref().map(|e| {
                tillit_app::platform::i18n::t_args(
                    a.ctx.loc,
                    "audit-chain-broken",
                    &[
                        ("seq", e.seq.to_string()),
                        ("kind", tillit_app::platform::i18n::t(a.ctx.loc, break_key(e.kind))),
                    ],
                )
            }),
        ),
        None => (true, 0, None),
    };
    let next_page = (records.len() as i64 == PAGE).then(|| q.query_string(q.offset + PAGE));
    render(&AuditPage {
        records,
        chain_ok,
        chain_records: n.to_string(),
        chain_message: msg.unwrap_or_default(),
        query: q.query_string(0),
        next_page,
        can_export: a.actor.role.has(Permission::ExportAuditLog),
        f_action: q.action,
        f_actor: q.actor,
        f_object: q.object,
        f_from: q.from,
        f_to: q.to,
        ctx: a.ctx,
    })
}

pub async fn audit_csv(State(st): State<AppState>, a: Authed, Query(q): Query<AuditQuery>) -> Response {
    match st.app.audit_export_csv(&a.actor, &q.filter(1_000_000)).await {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"tillit-audit-log.csv\""),
            ],
            csv,
        )
            .into_response(),
        Err(e) => fail(a.ctx, e),
    }
}
