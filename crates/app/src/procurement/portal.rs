//! The supplier portal: a bid's personal link opens that bid and nothing else. The
//! contact answers the frozen set, uploads evidence, records certificates, saves drafts and
//! submits once before the deadline (the server's clock decides). Failed link look-ups
//! are counted per address and locked out like failed sign-ins.

use crate::platform::i18n::{Locale, t_args};
use crate::platform::mail::OutgoingMail;
use crate::platform::secrets::token_hash;
use crate::procurement::bids::{CertificateLine, certificate_lines};
use crate::write::{Author, Unrecorded, Write};
use crate::{App, AppError, AppResult, new_id};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::{
    self as rules, Answer, AnswerStatus, BidStatus, CertificateKind, LinkState, Locked, PortalAccess,
};
use tillit_domain::procurement::tender::FrozenItem;
use tillit_office::evidence::{self, EvidenceProblem};
use tillit_store::Tx;
use tillit_store::identity::{login_failures, orgs};
use tillit_store::procurement::bids::{self as store, BidRow, EvidenceRow, NewAnswer, NewCertificate, NewEvidence};
use tillit_store::procurement::tender::{self as versions, VersionRow};
use tillit_store::procurement::{self as cases, CaseRow};

/// Largest evidence file, in bytes.
pub const MAX_EVIDENCE_BYTES: usize = 10 * 1024 * 1024;
const MAX_TEXT: usize = 5000;

pub struct PortalView {
    pub bid: BidRow,
    pub org_name: String,
    pub locale: Locale,
    pub case_number: String,
    pub case_title: String,
    pub deadline: Option<i64>,
    pub version: VersionRow,
    pub items: Vec<FrozenItem>,
    pub answers: BTreeMap<String, Answer>,
    pub evidence: Vec<EvidenceRow>,
    pub certificates: Vec<CertificateLine>,
    /// The planned contract start, if the buyer set one.
    pub contract_start: Option<i64>,
    /// Why the bid cannot change now, if it cannot.
    pub locked: Option<Locked>,
    pub unanswered: Vec<String>,
}

/// One answer as the portal form sends it; an empty status leaves the requirement unanswered.
pub struct AnswerInput {
    pub requirement_id: String,
    pub status: String,
    pub description: String,
    pub evidence_ref: String,
    /// One of the bid's uploaded files; empty for none.
    pub evidence_id: String,
}

pub struct CertificateInput<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub scope: &'a str,
    pub issuer: &'a str,
    pub valid_until: Option<i64>,
    pub evidence_id: &'a str,
}

/// A bid reached through a live link, with its case and current version.
struct Reached {
    bid: BidRow,
    case: CaseRow,
    version: VersionRow,
}

impl Reached {
    fn label(&self) -> String {
        format!("{} <{}>{}", self.bid.company, self.bid.contact_email, crate::write::BID_LINK)
    }
    fn locked(&self, now: i64) -> Option<Locked> {
        let published = self.case.status == Status::Published;
        rules::may_change(now, self.case.deadline, published, self.bid.status.is_submitted()).err()
    }
}

fn lock_key(ip: &str) -> String {
    format!("bidlink:{ip}")
}

/// Why an uploaded file is refused, as the form's field and message.
pub(crate) fn file_refused(field: &'static str, p: EvidenceProblem) -> AppError {
    AppError::invalid(
        field,
        match p {
            EvidenceProblem::Empty => "error-evidence-empty",
            EvidenceProblem::TooLarge { .. } => "error-evidence-too-large",
            EvidenceProblem::ForbiddenType | EvidenceProblem::BadName => "error-evidence-type",
            EvidenceProblem::ExtensionMismatch { .. } => "error-evidence-extension",
            EvidenceProblem::MacroEnabled => "error-evidence-macro",
            EvidenceProblem::LegacyOrEncrypted => "error-evidence-legacy",
            EvidenceProblem::ZipBomb => "error-evidence-bomb",
        },
    )
}

fn locked_error(l: Locked) -> AppError {
    match l {
        Locked::DeadlinePassed => AppError::invalid("deadline", "error-portal-deadline"),
        Locked::Submitted => AppError::invalid("bid", "error-portal-submitted"),
        Locked::TenderClosed => AppError::invalid("bid", "error-portal-closed"),
    }
}

impl App {
    /// Checks the link before any transaction opens. An unknown link is NotFound and a
    /// failure counted against the address (guessing is what that stops); a real link past
    /// its deadline or withdrawn is Gone with the reason, so its holder learns what happened.
    /// `read` accepts a submitted bid's link after the deadline, read-only.
    async fn check_link(&self, token: &str, ip: &str, read: bool) -> AppResult<()> {
        let now = self.now().0;
        if self.locked(&[(lock_key(ip), 4)]).await? {
            return Err(AppError::TooManyAttempts);
        }
        let access = store::by_link(&self.db, &token_hash(token)).await?.map(|(b, l)| {
            let days = self.config.bid_read_days;
            rules::portal_access(now, l.expires_at, l.revoked_at.is_some(), b.status.is_submitted(), days)
        });
        match access {
            Some(PortalAccess::Open) => Ok(()),
            Some(PortalAccess::ReadOnly) if read => Ok(()),
            Some(PortalAccess::ReadOnly) => Err(locked_error(Locked::DeadlinePassed)),
            Some(PortalAccess::Expired) => Err(AppError::Gone("error-portal-link-expired")),
            Some(PortalAccess::Revoked) => Err(AppError::Gone("error-portal-link-revoked")),
            None => {
                let mut w = self.write_as_at(Author::Account { user: None, label: ip }, now).await?;
                login_failures::record(&mut w.tx, &lock_key(ip), now).await?;
                w.commit_unrecorded(Unrecorded::AttemptCounted).await?;
                Err(AppError::NotFound)
            }
        }
    }

    /// Whether a portal link is live (for the request guard: only a live link's holder may
    /// send a large upload). Counts nothing: the handler checks the link again.
    pub async fn portal_link_live(&self, token: &str) -> AppResult<bool> {
        let now = self.now().0;
        Ok(store::by_link(&self.db, &token_hash(token))
            .await?
            .is_some_and(|(_, l)| rules::link_state(now, l.expires_at, l.revoked_at.is_some()) == LinkState::Live))
    }

    /// A transaction on the link's bid, refused when the bid cannot change now.
    async fn open_bid(&self, token: &str, ip: &str, now: i64) -> AppResult<(Write<'static>, Reached)> {
        self.check_link(token, ip, false).await?;
        let mut tx = self.db.begin().await?;
        let r = self.reach(&mut tx, token, false).await?;
        if let Some(l) = r.locked(now) {
            return Err(locked_error(l));
        }
        let author = Author::Portal { org: r.bid.org_id.clone(), label: r.label() };
        Ok((Write::begun(tx, now, author), r))
    }

    /// The link's bid inside the caller's transaction, checked again there.
    async fn reach(&self, tx: &mut Tx, token: &str, read: bool) -> AppResult<Reached> {
        let now = self.now().0;
        let found = store::by_link_tx(tx, &token_hash(token)).await?;
        let days = self.config.bid_read_days;
        let Some((bid, _)) = found.filter(|(b, l)| {
            match rules::portal_access(now, l.expires_at, l.revoked_at.is_some(), b.status.is_submitted(), days) {
                PortalAccess::Open => true,
                PortalAccess::ReadOnly => read,
                PortalAccess::Expired | PortalAccess::Revoked => false,
            }
        }) else {
            return Err(AppError::NotFound);
        };
        let org = bid.org_id.clone();
        let case = cases::get_tx(tx, &org, &bid.case_id).await?.ok_or(AppError::NotFound)?;
        let version = versions::latest_tx(tx, &org, &bid.case_id).await?.ok_or(AppError::NotFound)?;
        Ok(Reached { bid, case, version })
    }

    pub async fn portal(&self, token: &str, ip: &str) -> AppResult<PortalView> {
        self.check_link(token, ip, true).await?;
        let mut tx = self.db.begin().await?;
        let r = self.reach(&mut tx, token, true).await?;
        let items = versions::items_tx(&mut tx, &r.version.id).await?;
        let answers = answer_map(store::answers_tx(&mut tx, &r.bid).await?);
        tx.commit().await?;
        store::touch_link(&self.db, &token_hash(token), self.now().0).await?;
        let org = orgs::get(&self.db, &r.bid.org_id).await?.ok_or(AppError::NotFound)?;
        Ok(PortalView {
            locked: r.locked(self.now().0),
            unanswered: rules::unanswered(&items, &answers),
            evidence: store::evidence_list(&self.db, &r.bid).await?,
            certificates: certificate_lines(store::certificates(&self.db, &r.bid).await?, &r.case),
            contract_start: r.case.contract_start,
            org_name: org.name,
            locale: Locale::parse(&org.default_locale).unwrap_or(Locale::Nb),
            case_number: r.case.case_number,
            case_title: r.case.title,
            deadline: r.case.deadline,
            version: r.version,
            bid: r.bid,
            items,
            answers,
        })
    }

    /// Saves answers as a draft. `revision` is the one the page was rendered with: a save
    /// from a page that is out of date is refused instead of overwriting newer answers.
    pub async fn portal_save(&self, token: &str, ip: &str, revision: i64, input: &[AnswerInput]) -> AppResult<usize> {
        let now = self.now().0;
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        let items = versions::items_tx(&mut w.tx, &r.version.id).await?;
        let asked: std::collections::HashSet<&str> = items.iter().map(|i| i.requirement_id.as_str()).collect();
        let mut changed = 0;
        for a in input {
            if !asked.contains(a.requirement_id.as_str()) {
                return Err(AppError::invalid("requirement", "error-portal-unknown-requirement"));
            }
            let description = a.description.trim();
            let evidence_ref = a.evidence_ref.trim();
            if description.chars().count() > MAX_TEXT || evidence_ref.chars().count() > 500 {
                return Err(AppError::invalid("description", "error-too-long"));
            }
            if a.status.is_empty() {
                changed += store::remove_answer(&mut w.tx, &r.bid, &a.requirement_id).await? as usize;
                continue;
            }
            let status = AnswerStatus::parse(&a.status).ok_or(AppError::invalid("status", "error-choose"))?;
            let evidence_id = match a.evidence_id.trim() {
                "" => None,
                id => Some(
                    store::evidence_of_bid_tx(&mut w.tx, &r.bid, id)
                        .await?
                        .ok_or(AppError::invalid("evidence", "error-choose"))?,
                ),
            };
            store::put_answer(
                &mut w.tx,
                NewAnswer {
                    bid: &r.bid,
                    requirement_id: &a.requirement_id,
                    status: status.as_str(),
                    description,
                    evidence_ref,
                    evidence_id: evidence_id.as_deref(),
                    now,
                },
            )
            .await?;
            changed += 1;
        }
        if changed > 0 {
            store::standing_changed(&mut w.tx, r.bid.id.as_str()).await?;
        }
        if store::bump_revision(&mut w.tx, &r.bid, revision, BidStatus::Draft, &r.version.id).await? != 1 {
            return Err(AppError::Conflict("error-portal-stale"));
        }
        w.audit(
            AuditAction::BidAnswers,
            "bid",
            &r.bid.id,
            vec![FieldChange::new("answers", None, Some(&changed.to_string()))],
        )
        .await?;
        w.commit().await?;
        Ok(changed)
    }

    /// Stores an evidence file (by SHA-256, once per bid). Returns its id.
    pub async fn portal_upload(&self, token: &str, ip: &str, filename: &str, bytes: &[u8]) -> AppResult<String> {
        let now = self.now().0;
        let kind = evidence::check(filename, bytes, MAX_EVIDENCE_BYTES).map_err(|p| file_refused("file", p))?;
        let name = evidence::clean_name(filename).unwrap_or_else(|| "evidence".into());
        let sha = hex::encode(Sha256::digest(bytes));
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        let id = new_id();
        let (id, new) = store::add_evidence(
            &mut w.tx,
            NewEvidence {
                id: &id,
                bid: &r.bid,
                sha256: &sha,
                filename: &name,
                content_type: kind.content_type(),
                content: bytes,
                now,
            },
        )
        .await?;
        if new {
            let changes = vec![
                FieldChange::new("sha256", None, Some(&sha)),
                FieldChange::new("size", None, Some(&bytes.len().to_string())),
            ];
            w.audit(AuditAction::EvidenceUpload, "bid", &r.bid.id, changes).await?;
            w.commit().await?;
        } else {
            w.commit_unrecorded(Unrecorded::Unchanged).await?;
        }
        Ok(id)
    }

    /// One of the bid's own evidence files, for the supplier to check what was uploaded.
    pub async fn portal_evidence(&self, token: &str, ip: &str, evidence_id: &str) -> AppResult<(EvidenceRow, Vec<u8>)> {
        self.check_link(token, ip, true).await?;
        let mut tx = self.db.begin().await?;
        let r = self.reach(&mut tx, token, true).await?;
        tx.commit().await?;
        store::evidence_file(&self.db, &r.bid, evidence_id).await?.ok_or(AppError::NotFound)
    }

    /// Removes an evidence file before submission (to replace it, upload the right one);
    /// answers and certificates that pointed to it point to nothing.
    pub async fn portal_remove_evidence(&self, token: &str, ip: &str, evidence_id: &str) -> AppResult<()> {
        let now = self.now().0;
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        let sha = store::remove_evidence(&mut w.tx, &r.bid, evidence_id).await?.ok_or(AppError::NotFound)?;
        let changes = vec![FieldChange::new("sha256", Some(&sha), None)];
        w.audit(AuditAction::EvidenceRemove, "bid", &r.bid.id, changes).await?;
        w.commit().await
    }

    /// Removes a certificate before submission.
    pub async fn portal_remove_certificate(&self, token: &str, ip: &str, certificate_id: &str) -> AppResult<()> {
        let now = self.now().0;
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        if store::remove_certificate(&mut w.tx, &r.bid, certificate_id).await? != 1 {
            return Err(AppError::NotFound);
        }
        w.audit(AuditAction::CertificateRemove, "bid", &r.bid.id, vec![]).await?;
        w.commit().await
    }

    /// Records a certificate; returns what is wrong with its validity for this tender, so the
    /// supplier hears it at once.
    pub async fn portal_add_certificate(
        &self,
        token: &str,
        ip: &str,
        c: CertificateInput<'_>,
    ) -> AppResult<Option<rules::CertificateFlag>> {
        let now = self.now().0;
        let kind = CertificateKind::parse(c.kind).ok_or(AppError::invalid("kind", "error-choose"))?;
        let name = c.name.trim();
        if kind == CertificateKind::Other && name.is_empty() {
            return Err(AppError::invalid("name", "error-certificate-name"));
        }
        let scope = c.scope.trim();
        if scope.is_empty() || scope.chars().count() > 1000 {
            return Err(AppError::invalid("scope", "error-certificate-scope"));
        }
        let issuer = c.issuer.trim();
        if issuer.is_empty() || issuer.chars().count() > 200 {
            return Err(AppError::invalid("issuer", "error-certificate-issuer"));
        }
        let valid_until = c.valid_until.ok_or(AppError::invalid("valid_until", "error-certificate-valid-until"))?;
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        let evidence_id = c.evidence_id.trim();
        let evidence_id = if evidence_id.is_empty() {
            None
        } else {
            let owned = store::evidence_of_bid_tx(&mut w.tx, &r.bid, evidence_id).await?;
            Some(owned.ok_or(AppError::invalid("evidence", "error-choose"))?)
        };
        let id = new_id();
        let label = if kind == CertificateKind::Other { name.to_string() } else { kind.label().to_string() };
        store::add_certificate(
            &mut w.tx,
            NewCertificate {
                id: &id,
                bid: &r.bid,
                kind: kind.as_str(),
                name: &label,
                scope,
                issuer,
                valid_until,
                evidence_id: evidence_id.as_deref(),
                now,
            },
        )
        .await?;
        // What the certificate says is the bid's and sealed with it; the record keeps its kind
        // and date (and the hash of its evidence file is in that file's own record).
        let changes = vec![
            FieldChange::new("kind", None, Some(kind.as_str())),
            FieldChange::new("valid_until", None, Some(&valid_until.to_string())),
        ];
        w.audit(AuditAction::CertificateAdd, "bid", &r.bid.id, changes).await?;
        w.commit().await?;
        Ok(rules::certificate_flag(valid_until, r.case.deadline, r.case.contract_start))
    }

    /// Submits the bid once: every requirement answered, every gap explained, before the
    /// deadline. The contact gets a receipt with the bid's fingerprint.
    pub async fn portal_submit(&self, token: &str, ip: &str, revision: i64) -> AppResult<String> {
        let now = self.now().0;
        let (mut w, r) = self.open_bid(token, ip, now).await?;
        let items = versions::items_tx(&mut w.tx, &r.version.id).await?;
        let answers = answer_map(store::answers_tx(&mut w.tx, &r.bid).await?);
        if !rules::unanswered(&items, &answers).is_empty() {
            return Err(AppError::invalid("answers", "error-portal-unanswered"));
        }
        if answers.values().any(rules::needs_description) {
            return Err(AppError::invalid("description", "error-portal-explain-gaps"));
        }
        let evidence = store::evidence_hashes_tx(&mut w.tx, &r.bid).await?;
        let receipt = rules::receipt_hash(r.bid.id.as_str(), &r.version.hash, now, &answers, &evidence);
        if store::mark_submitted(&mut w.tx, &r.bid, revision, now, &receipt, &r.version.id).await? != 1 {
            return Err(AppError::Conflict("error-portal-stale"));
        }
        let org = orgs::get(&self.db, &r.bid.org_id).await?.ok_or(AppError::NotFound)?;
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let args = [
            ("org", org.name.clone()),
            ("company", r.bid.company.clone()),
            ("case", format!("{} {}", r.case.case_number, r.case.title)),
            ("submitted", tillit_domain::platform::local_time::format_local(now)),
            ("answers", answers.len().to_string()),
            ("evidence", evidence.len().to_string()),
            ("receipt", receipt.clone()),
            ("set_hash", r.version.hash.clone()),
        ];
        let mail = OutgoingMail {
            to: r.bid.contact_email.clone(),
            subject: t_args(loc, "mail-bid-receipt-subject", &args),
            body: t_args(loc, "mail-bid-receipt-body", &args),
        };
        self.enqueue_mail(&mut w.tx, now, &mail).await?;
        let changes = vec![
            FieldChange::new("status", Some(r.bid.status.as_str()), Some("submitted")),
            FieldChange::new("receipt", None, Some(&receipt)),
            FieldChange::new("set_hash", None, Some(&r.version.hash)),
        ];
        w.audit(AuditAction::BidSubmit, "bid", &r.bid.id, changes).await?;
        w.commit().await?;
        Ok(receipt)
    }
}

pub(crate) fn answer_map(rows: Vec<store::AnswerRow>) -> BTreeMap<String, Answer> {
    rows.into_iter()
        .filter_map(|a| {
            Some((
                a.requirement_id,
                Answer {
                    status: AnswerStatus::parse(&a.status)?,
                    description: a.description,
                    evidence_ref: a.evidence_ref,
                    evidence_id: a.evidence_id,
                },
            ))
        })
        .collect()
}
