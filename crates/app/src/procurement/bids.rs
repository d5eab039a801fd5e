//! The buyer's side of bids: invite a bidder (a personal link by e-mail), send a new link,
//! revoke links, read a bid with its answers, evidence and certificates. Reads of evidence
//! are in the audit log like every change.

use crate::platform::i18n::{Locale, t_args};
use crate::platform::mail::OutgoingMail;
use crate::platform::secrets::{self, token_hash};
use crate::{Actor, App, AppError, AppResult, new_id};
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::{
    self as rules, CertificateFlag, Country, Hidden, certificate_flag, contents_hidden,
};
use tillit_domain::{BidId, CaseId};
use tillit_store::Tx;
use tillit_store::identity::orgs;
use tillit_store::procurement::bids::{self as store, AnswerRow, BidRow, CertificateRow, EvidenceRow, LinkRow, NewBid};
use tillit_store::procurement::{self as cases, CaseRow};

/// A certificate as a bid shows it, flagged when it lapses before the deadline or the planned
/// contract start.
#[derive(Debug, Clone)]
pub struct CertificateLine {
    pub row: CertificateRow,
    /// `YYYY-MM-DD`, local.
    pub valid_until: String,
    pub flag: Option<CertificateFlag>,
}

pub fn certificate_lines(rows: Vec<CertificateRow>, case: &CaseRow) -> Vec<CertificateLine> {
    rows.into_iter()
        .map(|row| CertificateLine {
            valid_until: tillit_domain::platform::local_time::format_local_date(row.valid_until),
            flag: certificate_flag(row.valid_until, case.deadline, case.contract_start),
            row,
        })
        .collect()
}

/// Each opened, submitted bid's certificates as lines (none while the bids are sealed).
pub(crate) async fn certificates_by_bid(
    db: &tillit_store::Db,
    case: &CaseRow,
) -> AppResult<std::collections::BTreeMap<String, Vec<CertificateLine>>> {
    let mut out: std::collections::BTreeMap<String, Vec<CertificateLine>> = Default::default();
    if case.opened_at.is_none() {
        return Ok(out);
    }
    for (bid, row) in store::certificates_of_submitted(db, case).await? {
        out.entry(bid).or_default().extend(certificate_lines(vec![row], case));
    }
    Ok(out)
}

pub struct BidView {
    pub bid: BidRow,
    /// Why the contents are not shown (a Fluent key): sealed until the deadline, or a draft,
    /// which is never shown. None once opened and submitted.
    pub hidden: Option<Hidden>,
    /// When the bids were opened (the case's opening record).
    pub opened_at: Option<i64>,
    pub answers: Vec<AnswerRow>,
    pub evidence: Vec<EvidenceRow>,
    pub certificates: Vec<CertificateLine>,
    pub links: Vec<LinkRow>,
}

pub struct Invitation<'a> {
    pub company: &'a str,
    pub country: &'a str,
    pub org_number: &'a str,
    pub email: &'a str,
}

impl App {
    pub async fn bids(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<BidRow>> {
        actor.require(Permission::ProcurementView)?;
        cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        Ok(store::for_case(&self.db, &actor.org_id, case_id).await?)
    }

    pub async fn bid(&self, actor: &Actor, bid_id: &BidId) -> AppResult<BidView> {
        actor.require(Permission::ProcurementView)?;
        let bid = store::get(&self.db, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        let case = self.case_as_of_now(actor, &bid.case_id).await?;
        let hidden = contents_hidden(case.opened_at, bid.status);
        let links = store::links(&self.db, &bid).await?;
        if hidden.is_some() {
            return Ok(BidView {
                bid,
                hidden,
                opened_at: case.opened_at,
                answers: vec![],
                evidence: vec![],
                certificates: vec![],
                links,
            });
        }
        Ok(BidView {
            answers: store::answers(&self.db, &bid).await?,
            evidence: store::evidence_list(&self.db, &bid).await?,
            certificates: certificate_lines(store::certificates(&self.db, &bid).await?, &case),
            links,
            hidden,
            opened_at: case.opened_at,
            bid,
        })
    }

    /// Invites a bidder to a published tender: the contact gets a personal link valid for
    /// this one bid until the deadline.
    pub async fn invite_bidder(&self, actor: &Actor, case_id: &CaseId, inv: Invitation<'_>) -> AppResult<BidId> {
        actor.require(Permission::ProcurementEdit)?;
        let company = inv.company.trim();
        if company.is_empty() || company.chars().count() > 200 {
            return Err(AppError::invalid("company", "error-company"));
        }
        let country = Country::parse(inv.country).ok_or(AppError::invalid("country", "error-choose"))?;
        let number = rules::org_number(country, inv.org_number).ok_or(AppError::invalid(
            "org_number",
            if country == Country::No { "error-orgnr-no" } else { "error-orgnr-se" },
        ))?;
        let email = secrets::normalise_email(inv.email);
        if !secrets::email_looks_valid(&email) {
            return Err(AppError::invalid("email", "error-email"));
        }
        let now = self.now().0;
        let id = BidId(new_id());
        let mut w = self.write_at(actor, Permission::ProcurementEdit, now).await?;
        let case = open_case(&mut w.tx, actor, case_id, now).await?;
        store::create(
            &mut w.tx,
            NewBid {
                id: &id,
                org: &actor.org_id,
                case: &case,
                company,
                country: country.as_str(),
                org_number: &number,
                contact_email: &email,
                created_by: &actor.label(),
                now,
            },
        )
        .await
        .map_err(|e| {
            if e.is_unique_violation() { AppError::invalid("org_number", "error-bidder-exists") } else { e.into() }
        })?;
        let bid = store::get_tx(&mut w.tx, &actor.org_id, &id).await?.ok_or(AppError::NotFound)?;
        self.send_link(&mut w.tx, actor, &case, &bid, company, &email, now).await?;
        w.audit(
            AuditAction::BidInvite,
            "bid",
            &id,
            vec![
                FieldChange::new("case", None, Some(case_id.as_str())),
                FieldChange::new("company", None, Some(company)),
                FieldChange::new("org_number", None, Some(&number)),
                FieldChange::new("contact_email", None, Some(&email)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Sends the contact a new link; every earlier link of the bid stops working.
    pub async fn resend_bid_link(&self, actor: &Actor, bid_id: &BidId) -> AppResult<()> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let bid = store::get_tx(&mut w.tx, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        let case = open_case(&mut w.tx, actor, &bid.case_id, now).await?;
        let revoked = store::revoke_links(&mut w.tx, &bid, now).await?;
        self.send_link(&mut w.tx, actor, &case, &bid, &bid.company, &bid.contact_email, now).await?;
        w.audit(
            AuditAction::BidLink,
            "bid",
            &bid.id,
            vec![FieldChange::new("links_revoked", None, Some(&revoked.to_string()))],
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Revokes every link of the bid at once (a lost or forwarded link).
    pub async fn revoke_bid_links(&self, actor: &Actor, bid_id: &BidId) -> AppResult<u64> {
        actor.require(Permission::ProcurementEdit)?;
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let now = w.now;
        let bid = store::get_tx(&mut w.tx, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        let n = store::revoke_links(&mut w.tx, &bid, now).await?;
        w.audit(
            AuditAction::BidRevokeLinks,
            "bid",
            &bid.id,
            vec![FieldChange::new("links_revoked", None, Some(&n.to_string()))],
        )
        .await?;
        w.commit().await?;
        Ok(n)
    }

    /// An evidence file of one of the organisation's bids, recorded as read.
    pub async fn evidence_for_buyer(&self, actor: &Actor, evidence_id: &str) -> AppResult<(EvidenceRow, Vec<u8>)> {
        actor.require(Permission::ProcurementView)?;
        let bid_id = store::evidence_bid(&self.db, &actor.org_id, evidence_id).await?.ok_or(AppError::NotFound)?;
        let bid = store::get(&self.db, &actor.org_id, &bid_id).await?.ok_or(AppError::NotFound)?;
        let case = self.case_as_of_now(actor, &bid.case_id).await?;
        if let Some(why) = contents_hidden(case.opened_at, bid.status) {
            return Err(AppError::invalid("bid", why.message_key()));
        }
        let file = store::evidence_file(&self.db, &bid, evidence_id).await?.ok_or(AppError::NotFound)?;
        let mut w = self.write(actor, Permission::ProcurementView).await?;
        w.audit(
            AuditAction::EvidenceRead,
            "evidence",
            evidence_id,
            vec![FieldChange::new("sha256", None, Some(&file.0.sha256))],
        )
        .await?;
        w.commit().await?;
        Ok(file)
    }

    #[allow(clippy::too_many_arguments)]
    async fn send_link(
        &self,
        tx: &mut Tx,
        actor: &Actor,
        case: &CaseRow,
        bid: &BidRow,
        company: &str,
        email: &str,
        now: i64,
    ) -> AppResult<()> {
        let token = secrets::random_token();
        let expires = case.deadline.unwrap_or(now);
        store::add_link(tx, &token_hash(&token), bid, now, expires).await?;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let link = format!("{}/portal/{}", self.config.base_url.trim_end_matches('/'), token);
        let deadline = tillit_domain::platform::local_time::format_local(expires);
        let args = [
            ("org", org.name.clone()),
            ("company", company.to_string()),
            ("case", format!("{} {}", case.case_number, case.title)),
            ("link", link),
            ("deadline", deadline),
        ];
        let mail = OutgoingMail {
            to: email.to_string(),
            subject: t_args(loc, "mail-bid-invite-subject", &args),
            body: t_args(loc, "mail-bid-invite-body", &args),
        };
        self.enqueue_mail(tx, now, &mail).await
    }
}

/// A case of the actor's organisation that is out for answers: published, deadline ahead.
async fn open_case(tx: &mut Tx, actor: &Actor, case_id: &CaseId, now: i64) -> AppResult<CaseRow> {
    let case = cases::get_tx(tx, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
    if case.status != Status::Published {
        return Err(AppError::invalid("status", "error-bid-not-published"));
    }
    if !tillit_domain::procurement::tender::deadline_ok(now, case.deadline) {
        return Err(AppError::invalid("deadline", "error-deadline-passed"));
    }
    Ok(case)
}
