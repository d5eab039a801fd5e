//! A supplier's certificates and attestations in the register, with their status at the clock
//! and what needs attention; and those its winning bids carried, read through its contracts.

use crate::contracts::parse_day;
use crate::write::Write;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::platform::local_time::format_local_date;
use tillit_domain::suppliers::certificate::{
    self as rules, AttestationKind, CertificateFlag, CertificateStatus, Coverage,
};
use tillit_domain::{BidId, Permission, SupplierId};
use tillit_store::contracts;
use tillit_store::procurement::bids;
use tillit_store::suppliers::{self as store, CertificateRow, NewCertificate, SupplierRow};

/// A certificate as entered on a form.
#[derive(Debug, Clone, Default)]
pub struct CertificateInput {
    pub kind: String,
    pub name: String,
    pub number: String,
    pub body: String,
    pub accreditation: String,
    pub edition: String,
    pub scope: String,
    pub coverage: String,
    pub coverage_note: String,
    pub valid_from: String,
    pub valid_until: String,
    pub last_surveillance: String,
}

pub struct CertificateLine {
    pub cert: CertificateRow,
    pub status: CertificateStatus,
    pub flags: Vec<CertificateFlag>,
}

/// A certificate a winning bid carried: the case it came from, what the bid said, its status now.
pub struct BidCertificateLine {
    pub case_number: String,
    pub kind: String,
    pub name: String,
    pub issuer: String,
    pub valid_until: i64,
    pub status: CertificateStatus,
}

fn day(field: &'static str, s: &str) -> AppResult<Option<i64>> {
    match s.trim() {
        "" => Ok(None),
        d => parse_day(d).map(Some).ok_or(AppError::invalid(field, "error-date")),
    }
}

impl App {
    pub(crate) fn certificate_lines(&self, certs: Vec<CertificateRow>, now: i64) -> Vec<CertificateLine> {
        let warn = self.config.certificate_warning_days;
        certs
            .into_iter()
            .map(|c| CertificateLine {
                status: rules::status_at(c.valid_until, c.withdrawn_at, now, warn),
                flags: rules::flags(c.kind, &c.edition, c.coverage, now),
                cert: c,
            })
            .collect()
    }

    /// The certificates the supplier's winning bids carried, by reference through its contracts.
    pub(crate) async fn bid_certificates(
        &self,
        actor: &Actor,
        s: &SupplierRow,
        now: i64,
    ) -> AppResult<Vec<BidCertificateLine>> {
        let mut out = vec![];
        for c in contracts::for_supplier(&self.db, s).await? {
            let Some(bid_id) = &c.bid_id else { continue };
            let Some(bid) = bids::get(&self.db, &actor.org_id, &BidId(bid_id.clone())).await? else { continue };
            let case_number = match &c.case_id {
                Some(id) => tillit_store::procurement::get(&self.db, &actor.org_id, &tillit_domain::CaseId(id.clone()))
                    .await?
                    .map(|k| k.case_number)
                    .unwrap_or_default(),
                None => String::new(),
            };
            for b in bids::certificates(&self.db, &bid).await? {
                out.push(BidCertificateLine {
                    status: rules::status_at(b.valid_until, None, now, self.config.certificate_warning_days),
                    case_number: case_number.clone(),
                    kind: b.kind,
                    name: b.name,
                    issuer: b.issuer,
                    valid_until: b.valid_until,
                });
            }
        }
        Ok(out)
    }

    pub async fn add_supplier_certificate(
        &self,
        actor: &Actor,
        id: &SupplierId,
        c: &CertificateInput,
    ) -> AppResult<String> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let cid = insert_certificate(&mut w, &s, c, true).await?;
        w.commit().await?;
        Ok(cid)
    }

    /// Records that the certification body withdrew a certificate, from today.
    pub async fn withdraw_supplier_certificate(&self, actor: &Actor, id: &SupplierId, cert: &str) -> AppResult<()> {
        let mut w = self.write(actor, Permission::SupplierEdit).await?;
        let s = store::get_tx(&mut w.tx, &actor.org_id, id).await?.ok_or(AppError::NotFound)?;
        let certs = store::certificates_tx(&mut w.tx, &s).await?;
        let c = certs.iter().find(|c| c.id == cert).ok_or(AppError::NotFound)?;
        if c.withdrawn_at.is_some() {
            return Err(AppError::invalid("certificate", "error-certificate-withdrawn"));
        }
        store::withdraw_certificate(&mut w.tx, &s, &c.id, w.now).await?;
        let changes = vec![
            FieldChange::new("certificate", None, Some(&c.id)),
            FieldChange::new("withdrawn", None, Some(&format_local_date(w.now))),
        ];
        w.audit(AuditAction::SupplierCertificateWithdraw, "supplier", &s.id, changes).await?;
        w.commit().await
    }
}

/// Checks a certificate as entered and records it for the supplier, in the change `w`. The
/// buyer (`buyer`) judges whether it covers the service; a supplier's own entry is unjudged.
pub(crate) async fn insert_certificate(
    w: &mut Write<'_>,
    s: &SupplierRow,
    c: &CertificateInput,
    buyer: bool,
) -> AppResult<String> {
    let kind = AttestationKind::parse(c.kind.trim()).ok_or(AppError::invalid("cert_kind", "error-choose"))?;
    // Whether the scope covers the service is the buyer's judgement, never the supplier's.
    let coverage = match c.coverage.trim() {
        _ if !buyer => Coverage::Unjudged,
        "" => Coverage::Unjudged,
        v => Coverage::parse(v).ok_or(AppError::invalid("coverage", "error-choose"))?,
    };
    let valid_until = day("valid_until", &c.valid_until)?.ok_or(AppError::invalid("valid_until", "error-date"))?;
    let valid_from = day("valid_from", &c.valid_from)?;
    if valid_from.is_some_and(|f| f > valid_until) {
        return Err(AppError::invalid("valid_until", "error-certificate-dates"));
    }
    let last_surveillance = day("last_surveillance", &c.last_surveillance)?;
    for (field, v, max) in [
        ("cert_name", c.name.trim(), 200),
        ("number", c.number.trim(), 100),
        ("body", c.body.trim(), 200),
        ("accreditation", c.accreditation.trim(), 200),
        ("edition", c.edition.trim(), 40),
        ("scope", c.scope.trim(), 4000),
        ("coverage_note", c.coverage_note.trim(), 2000),
    ] {
        if v.chars().count() > max {
            return Err(AppError::invalid(field, "error-too-long"));
        }
    }
    let by = w.member()?.user_id.as_str().to_string();
    let new = NewCertificate {
        kind,
        name: c.name.trim(),
        number: c.number.trim(),
        body: c.body.trim(),
        accreditation: c.accreditation.trim(),
        edition: c.edition.trim(),
        scope: c.scope.trim(),
        coverage,
        coverage_note: c.coverage_note.trim(),
        valid_from,
        valid_until,
        last_surveillance,
        by: &by,
        now: w.now,
    };
    let cid = store::add_certificate(&mut w.tx, s, new).await?;
    let changes = vec![
        FieldChange::new("certificate", None, Some(&cid)),
        FieldChange::new("kind", None, Some(kind.as_str())),
        FieldChange::new("number", None, Some(c.number.trim())),
        FieldChange::new("valid_until", None, Some(&format_local_date(valid_until))),
        FieldChange::new("coverage", None, Some(coverage.as_str())),
    ];
    w.audit(AuditAction::SupplierCertificateAdd, "supplier", &s.id, changes).await?;
    Ok(cid)
}
