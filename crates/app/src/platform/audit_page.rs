//! The audit log as people read it: what was done, to what (named, not an id), which fields
//! changed (in the reader's language), when in local time with UTC beside it. The stored
//! records are untouched: this only reads them.

use crate::platform::i18n::{Locale, audit_action_label, t, t_args};
use crate::{Actor, App, AppResult};
use std::collections::HashMap;
use tillit_domain::platform::audit_log::{AuditRecord, FieldChange};
use tillit_domain::platform::local_time::{format_local, format_utc};
use tillit_domain::{BidId, CaseId, Permission, Role, UserId};
use tillit_store::catalogue as catalogues;
use tillit_store::identity::users;
use tillit_store::platform::audit_log::{self, AuditFilter};
use tillit_store::procurement::{self as cases, bids};

pub struct AuditLine {
    pub seq: i64,
    /// Local wall-clock time, and the same moment in UTC for the hover text.
    pub at_local: String,
    pub at_utc: String,
    pub actor: String,
    pub action: String,
    /// The stored form, for filtering.
    pub action_code: String,
    pub object: String,
    pub changes: Vec<ChangeLine>,
}

pub struct ChangeLine {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Fields that hold a moment (seconds since 1970).
const MOMENTS: [&str; 4] = ["deadline", "standstill_ends_at", "valid_until", "opened_at"];

/// Who made a record, in the reader's language: the stored names of the operator and of a
/// supplier's bid link are fixed English (they are part of the hashed chain).
pub fn actor_words(loc: Locale, label: &str) -> String {
    if label == crate::write::OPERATOR {
        return t(loc, "audit-actor-operator");
    }
    match label.strip_suffix(crate::write::BID_LINK) {
        Some(who) => t_args(loc, "audit-actor-bid-link", &[("who", who.to_string())]),
        None => label.to_string(),
    }
}

fn label_or(loc: Locale, key: String, fallback: &str) -> String {
    let s = t(loc, &key);
    if s == key { fallback.replace('_', " ") } else { s }
}

fn value(loc: Locale, field: &str, v: &str) -> String {
    match v {
        "true" => return t(loc, "status-yes"),
        "false" => return t(loc, "status-no"),
        _ => {}
    }
    if field == "judgement" && matches!(v, "pass" | "fail") {
        return t(loc, &format!("verdict-{v}"));
    }
    if field == "role"
        && let Some(r) = Role::parse(v)
    {
        return t(loc, &format!("role-{}", r.as_str()));
    }
    if MOMENTS.contains(&field)
        && let Ok(n) = v.parse::<i64>()
    {
        return format_local(n);
    }
    v.to_string()
}

/// One recorded change in the reader's words (the decision basis's log uses it too).
pub(crate) fn change_line(loc: Locale, c: &FieldChange) -> ChangeLine {
    ChangeLine {
        field: label_or(loc, format!("audit-field-{}", c.field.replace('_', "-")), &c.field),
        old: c.old.as_deref().map(|v| value(loc, &c.field, v)),
        new: c.new.as_deref().map(|v| value(loc, &c.field, v)),
    }
}

impl App {
    /// One page of the organisation's log in `loc`.
    pub async fn audit_lines(&self, actor: &Actor, f: &AuditFilter, loc: Locale) -> AppResult<Vec<AuditLine>> {
        actor.require(Permission::ViewAuditLog)?;
        let records = audit_log::search(&self.db, actor.org_id.as_str(), f).await?;
        let mut names: HashMap<(String, String), Option<String>> = HashMap::new();
        let mut out = Vec::with_capacity(records.len());
        for r in records {
            let key = (r.event.object_type.clone(), r.event.object_id.clone());
            let name = match names.get(&key) {
                Some(n) => n.clone(),
                None => {
                    let n = self.object_name(actor, &r).await?;
                    names.insert(key, n.clone());
                    n
                }
            };
            let kind =
                label_or(loc, format!("audit-object-{}", r.event.object_type.replace('_', "-")), &r.event.object_type);
            let object = match name {
                Some(n) => format!("{kind}: {n}"),
                None if r.event.object_id.is_empty() => kind,
                // What no longer exists (or has no name) keeps a short id to search by.
                None => format!("{kind} {}", r.event.object_id.chars().take(8).collect::<String>()),
            };
            out.push(AuditLine {
                seq: r.seq,
                at_local: format_local(r.event.at),
                at_utc: t_args(loc, "audit-time-utc", &[("utc", format_utc(r.event.at))]),
                actor: actor_words(loc, &r.event.actor_label),
                action: audit_action_label(loc, &r.event.action),
                action_code: r.event.action.clone(),
                object,
                changes: r.event.changes.iter().map(|c| change_line(loc, c)).collect(),
            });
        }
        Ok(out)
    }

    /// The object's name as its pages show it, looked up in the reader's organisation only.
    async fn object_name(&self, actor: &Actor, r: &AuditRecord) -> AppResult<Option<String>> {
        let id = r.event.object_id.as_str();
        let org = &actor.org_id;
        Ok(match r.event.object_type.as_str() {
            "procurement_case" => cases::get(&self.db, org, &CaseId::from(id.to_string()))
                .await?
                .map(|c| format!("{} {}", c.case_number, c.title)),
            "bid" => bids::get(&self.db, org, &BidId::from(id.to_string())).await?.map(|b| b.company),
            "user" => users::by_id(&self.db, &UserId(id.to_string()))
                .await?
                .map(|u| if u.display_name == u.email { u.email } else { format!("{} <{}>", u.display_name, u.email) }),
            "catalogue" => catalogues::get(&self.db, org, id).await?.map(|c| c.title),
            "organisation" if id == org.as_str() => {
                tillit_store::identity::orgs::get(&self.db, org).await?.map(|o| o.name)
            }
            _ => None,
        })
    }
}
