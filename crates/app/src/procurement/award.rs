//! The award decision and the standstill period. The buyer confirms the winner of a
//! signed-off evaluation on a page that shows the ranking; every bidder is sent an award
//! notice (tildelingsbrev / tilldelningsbeslut) in its language with the ranking, the
//! winner's relative advantages over it and, for a rejected bid, the requirements it failed;
//! the standstill period (`standstill_days`, default 10) runs before a contract may be
//! entered, and the lead evaluator is told by mail when it has ended.

use crate::platform::i18n::{Locale, t, t_args};
use crate::platform::jobs::{Job, JobError};
use crate::platform::mail::OutgoingMail;
use crate::{Actor, App, AppError, AppResult};
use serde::{Deserialize, Serialize};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::award::{advantages, standstill_end, winner};
use tillit_domain::procurement::evaluation::BidResult;
use tillit_domain::{BidId, CaseId, OrgId, Permission, UserId};
use tillit_store::identity::{orgs, users};
use tillit_store::procurement::bids::BidRow;
use tillit_store::procurement::{self as cases, CaseRow};

/// One line of the ranking as the award page and the notices show it.
pub struct Ranked {
    pub bid: BidRow,
    pub rank: Option<usize>,
    pub total: f64,
    /// The must requirements it failed (a rejected bid).
    pub failed: Vec<String>,
}

/// What the buyer confirms: the winner and the ranking, and when the standstill would end.
pub struct AwardProposal {
    pub case: CaseRow,
    pub winner: Option<BidRow>,
    pub ranking: Vec<Ranked>,
    pub standstill_days: i64,
    /// The reader may make the award now: signed off, not yet awarded, one winner.
    pub can_award: bool,
}

/// A number of points as people write it in the language: "84,0" in nb and sv.
pub fn points(loc: Locale, x: f64) -> String {
    let s = format!("{x:.1}");
    if loc == Locale::En { s } else { s.replace('.', ",") }
}

/// The language a bidder is written to in: its country's.
fn bidder_locale(bid: &BidRow) -> Locale {
    if bid.country == "se" { Locale::Sv } else { Locale::Nb }
}

impl App {
    /// The award proposal of a signed-off evaluation (or, once awarded, the decision made).
    pub async fn award_proposal(&self, actor: &Actor, case_id: &CaseId) -> AppResult<AwardProposal> {
        actor.require(Permission::ProcurementView)?;
        let c = self.comparison(actor, case_id).await?;
        let find = |r: &BidResult| c.bids.iter().find(|b| b.id == r.bid_id).cloned();
        let ranking = c
            .results
            .iter()
            .filter_map(|r| {
                find(r).map(|bid| Ranked { bid, rank: r.rank, total: r.total, failed: r.failed_musts.clone() })
            })
            .collect();
        let chosen = match &c.case.awarded_bid {
            Some(id) => c.bids.iter().find(|b| b.id == *id).cloned(),
            None => winner(&c.results).and_then(find),
        };
        let can_award = actor.role.has(Permission::ProcurementEdit)
            && c.case.status == Status::Evaluation
            && c.case.signed_off_at.is_some()
            && c.case.awarded_at.is_none()
            && chosen.is_some();
        Ok(AwardProposal {
            case: c.case,
            winner: chosen,
            ranking,
            standstill_days: self.config.standstill_days,
            can_award,
        })
    }

    /// Awards the contract to `confirmed`, which must be the winner the page showed: the
    /// case is awarded, the standstill period starts, every bidder gets its notice.
    pub async fn award(&self, actor: &Actor, case_id: &CaseId, confirmed: &BidId) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let c = self.comparison(actor, case_id).await?;
        if c.case.status != Status::Evaluation || c.case.signed_off_at.is_none() {
            return Err(AppError::invalid("status", "error-award-before-sign-off"));
        }
        let Some(won) = winner(&c.results) else {
            return Err(AppError::invalid("winner", "error-award-no-winner"));
        };
        if won.bid_id != confirmed.as_str() {
            return Err(AppError::Conflict("error-award-changed"));
        }
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let name = |id: &str| c.bids.iter().find(|b| b.id == *id).map(|b| b.company.clone()).unwrap_or_default();
        let winner_name = name(&won.bid_id);
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let ends = standstill_end(now, self.config.standstill_days);
        if cases::award(&mut w.tx, &c.case, &won.bid_id, now, ends).await? != 1 {
            return Err(AppError::Conflict("error-evaluation-changed"));
        }
        for b in &c.bids {
            let Some(mine) = c.results.iter().find(|r| r.bid_id == b.id) else { continue };
            let loc = bidder_locale(b);
            let ranking: Vec<String> = c
                .results
                .iter()
                .map(|r| match r.rank {
                    Some(n) => format!("{n}. {} – {}", name(&r.bid_id), points(loc, r.total)),
                    None => format!("– {}: {}", name(&r.bid_id), t(loc, "bid-rejected")),
                })
                .collect();
            let yours = if mine.bid_id == won.bid_id {
                t(loc, "award-yours-winner")
            } else if mine.rejected() {
                t_args(loc, "award-yours-rejected", &[("failed", mine.failed_musts.join(", "))])
            } else {
                let lines: Vec<String> = advantages(won, mine)
                    .iter()
                    .map(|(area, a, o)| format!("{area}: {} / {}", points(loc, *a), points(loc, *o)))
                    .collect();
                t_args(loc, "award-yours-advantages", &[("list", lines.join("\n"))])
            };
            let args = [
                ("org", org.name.clone()),
                ("case", format!("{} {}", c.case.case_number, c.case.title)),
                ("winner", winner_name.clone()),
                ("ranking", ranking.join("\n")),
                ("yours", yours),
                ("standstill", format_local(ends)),
            ];
            let mail = OutgoingMail {
                to: b.contact_email.clone(),
                subject: t_args(loc, "mail-award-subject", &args),
                body: t_args(loc, "mail-award-body", &args),
            };
            self.enqueue_mail(&mut w.tx, now, &mail).await?;
            let changes = vec![
                FieldChange::new("to", None, Some(&b.contact_email)),
                FieldChange::new("language", None, Some(loc.code())),
                FieldChange::new("rank", None, Some(&mine.rank.map_or("rejected".into(), |n| n.to_string()))),
            ];
            w.audit(AuditAction::AwardNotice, "bid", &b.id, changes).await?;
        }
        let job = StandstillEnds { org: actor.org_id.0.clone(), case: case_id.0.clone() };
        self.enqueue(&mut w.tx, &job, ends).await?;
        let changes = vec![
            FieldChange::new("status", Some(Status::Evaluation.as_str()), Some(Status::Awarded.as_str())),
            FieldChange::new("winner", None, Some(&winner_name)),
            FieldChange::new("standstill_ends_at", None, Some(&format_local(ends))),
        ];
        w.audit(AuditAction::CaseAward, "procurement_case", case_id, changes).await?;
        w.commit().await
    }
}

/// Tells the lead evaluator, when the standstill period has ended, that a contract may now
/// be entered.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StandstillEnds {
    pub org: String,
    pub case: String,
}

impl Job for StandstillEnds {
    const NAME: &'static str = "standstill_ends";

    fn dedup_key(&self) -> Option<String> {
        Some(self.case.clone())
    }

    fn kept(&self) -> serde_json::Value {
        serde_json::json!({ "case": self.case })
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        app.standstill_ended(&OrgId(self.org.clone()), &CaseId(self.case.clone())).await.map_err(JobError::from)
    }
}

impl App {
    async fn standstill_ended(&self, org: &OrgId, case_id: &CaseId) -> AppResult<()> {
        let Some(case) = cases::get(&self.db, org, case_id).await? else { return Ok(()) };
        let (Some(ends), Some(lead)) = (case.standstill_ends_at, case.lead_evaluator.as_deref()) else { return Ok(()) };
        let Some(user) = users::by_id(&self.db, &UserId(lead.to_string())).await? else { return Ok(()) };
        let o = orgs::get(&self.db, org).await?.ok_or(AppError::NotFound)?;
        let loc = Locale::parse(&user.locale).unwrap_or(Locale::Nb);
        let args =
            [("case", format!("{} {}", case.case_number, case.title)), ("ends", format_local(ends)), ("org", o.name)];
        let mail = OutgoingMail {
            to: user.email,
            subject: t_args(loc, "mail-standstill-subject", &args),
            body: t_args(loc, "mail-standstill-body", &args),
        };
        let mut tx = self.db.begin().await?;
        self.enqueue_mail_once(&mut tx, &format!("standstill:{}", case.id), self.now().0, &mail).await?;
        tx.commit().await?;
        Ok(())
    }
}
