//! Returned answer sheets read in as submitted bids: one sheet for one bid, or every sheet
//! at once from the ZIP an e-tendering system exports of the received tenders, each matched
//! to its bidder by the organisation number in its path. Every sheet is checked against the
//! frozen set row by row; on any problem in any sheet nothing is written.

use crate::platform::i18n::{Locale, t, t_args};
use crate::procurement::portal::answer_map;
use crate::write::Write;
use crate::{Actor, App, AppError, AppResult};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::Status;
use tillit_domain::procurement::bid::{self as rules, AnswerStatus};
use tillit_domain::{BidId, CaseId, Permission};
use tillit_office::answer_sheet;
use tillit_office::oscal::Problem;
use tillit_store::identity::orgs;
use tillit_store::procurement::bids::{self, BidRow, NewAnswer};
use tillit_store::procurement::tender::{self as versions, VersionRow};

/// A sheet that passed every check, ready to be written.
struct Checked {
    bid: BidRow,
    version: VersionRow,
    /// (requirement, status, description, evidence reference)
    answers: Vec<(String, AnswerStatus, String, String)>,
    sha: String,
}

/// What an archive import read in, and what it left (other documents).
pub struct ZipImport {
    pub imported: Vec<Imported>,
    pub skipped: Vec<String>,
}

/// One bid read in from the archive.
pub struct Imported {
    /// The entry's path in the archive.
    pub path: String,
    pub company: String,
    pub org_number: String,
    pub answers: usize,
    pub receipt: String,
}

impl App {
    fn sheet_locale(org: &orgs::Organisation) -> Locale {
        Locale::parse(&org.default_locale).unwrap_or(Locale::Nb)
    }

    /// Checks one returned sheet for one bid against the case's current version. Problems are
    /// named by cell, prefixed with `prefix` (the entry's path in an archive).
    async fn check_sheet(
        &self,
        actor: &Actor,
        loc: Locale,
        bid: &BidRow,
        bytes: &[u8],
        prefix: &str,
    ) -> AppResult<Result<Checked, Vec<Problem>>> {
        let at = |path: String| if prefix.is_empty() { path } else { format!("{prefix}: {path}") };
        let returned = match answer_sheet::read(bytes) {
            Ok(r) => r,
            Err(p) => return Ok(Err(p.into_iter().map(|p| Problem { path: at(p.path), ..p }).collect())),
        };
        let p = |path: String, key: &str, args: &[(&str, String)]| Problem {
            path: at(path),
            message: t_args(loc, key, args),
        };
        let case_versions = versions::versions(&self.db, &actor.org_id, &bid.case_id).await?;
        let Some(current) = case_versions.first().cloned() else {
            return Err(AppError::invalid("requirement_set", "error-set-not-published"));
        };
        let meta = |row: u32| format!("{}!B{row}", answer_sheet::META_SHEET);
        let Some(answered) = case_versions.iter().find(|v| v.id == returned.version_id) else {
            return Ok(Err(vec![p(meta(2), "import-other-set", &[])]));
        };
        if answered.hash != returned.set_hash {
            return Ok(Err(vec![p(meta(3), "import-wrong-hash", &[])]));
        }
        if answered.id != current.id {
            let args = [("old", answered.version.to_string()), ("new", current.version.to_string())];
            return Ok(Err(vec![p(meta(2), "import-old-version", &args)]));
        }
        let items = versions::items(&self.db, &current.id).await?;
        let labels: Vec<(AnswerStatus, String)> = AnswerStatus::ALL
            .iter()
            .flat_map(|a| {
                Locale::ALL.iter().map(move |l| (*a, t(*l, &format!("answer-{}", a.as_str())).to_lowercase()))
            })
            .collect();
        let mut problems = vec![];
        let mut seen = BTreeSet::new();
        let mut answers = vec![];
        let sheet = returned.sheet.clone();
        let cell = |col: char, row: u32| format!("{sheet}!{col}{row}");
        for r in &returned.rows {
            let row = [("row", r.row.to_string())];
            if r.requirement_id.is_empty() {
                problems.push(p(cell('A', r.row), "import-no-id", &row));
                continue;
            }
            let Some(item) = items.iter().find(|i| i.requirement_id == r.requirement_id) else {
                problems.push(p(
                    cell('A', r.row),
                    "import-unknown-requirement",
                    &[("row", r.row.to_string()), ("id", r.requirement_id.clone())],
                ));
                continue;
            };
            if !seen.insert(item.requirement_id.clone()) {
                problems.push(p(cell('A', r.row), "import-duplicate", &row));
                continue;
            }
            if r.text.trim() != item.text.trim() {
                problems.push(p(
                    cell('D', r.row),
                    "import-altered-text",
                    &[("row", r.row.to_string()), ("ref", item.reference.clone())],
                ));
            }
            let wanted = r.status.trim().to_lowercase();
            let status = labels.iter().find(|(_, l)| *l == wanted).map(|(a, _)| *a);
            match status {
                None if wanted.is_empty() => problems.push(p(cell('G', r.row), "import-no-answer", &row)),
                None => problems.push(p(
                    cell('G', r.row),
                    "import-bad-status",
                    &[("row", r.row.to_string()), ("value", r.status.clone())],
                )),
                Some(s) if s.is_gap() && r.description.trim().is_empty() => {
                    problems.push(p(cell('H', r.row), "import-explain", &row))
                }
                Some(s) => answers.push((
                    item.requirement_id.clone(),
                    s,
                    r.description.trim().to_string(),
                    r.evidence_ref.trim().to_string(),
                )),
            }
            if r.description.chars().count() > 5000 || r.evidence_ref.chars().count() > 500 {
                problems.push(p(cell('H', r.row), "error-too-long", &[]));
            }
        }
        for i in items.iter().filter(|i| !seen.contains(&i.requirement_id)) {
            problems.push(p(sheet.clone(), "import-missing", &[("ref", i.reference.clone())]));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        Ok(Ok(Checked { bid: bid.clone(), version: current, answers, sha: hex::encode(Sha256::digest(bytes)) }))
    }

    /// Writes a checked sheet as the bid's submitted answers; returns the receipt.
    async fn write_sheet(&self, w: &mut Write<'_>, actor: &Actor, c: &Checked) -> AppResult<String> {
        let now = w.now;
        let fresh = bids::get_tx(&mut w.tx, &actor.org_id, &c.bid.id).await?.ok_or(AppError::NotFound)?;
        if fresh.status.is_submitted() {
            return Err(AppError::invalid("bid", "error-portal-submitted"));
        }
        for a in bids::answers_tx(&mut w.tx, &fresh).await? {
            bids::remove_answer(&mut w.tx, &fresh, &a.requirement_id).await?;
        }
        for (req, status, description, evidence_ref) in &c.answers {
            let a = NewAnswer {
                bid: &fresh,
                requirement_id: req,
                status: status.as_str(),
                description,
                evidence_ref,
                evidence_id: None,
                now,
            };
            bids::put_answer(&mut w.tx, a).await?;
        }
        bids::standing_changed(&mut w.tx, fresh.id.as_str()).await?;
        let stored = answer_map(bids::answers_tx(&mut w.tx, &fresh).await?);
        let evidence = bids::evidence_hashes_tx(&mut w.tx, &fresh).await?;
        let receipt = rules::receipt_hash(fresh.id.as_str(), &c.version.hash, now, &stored, &evidence);
        if bids::mark_submitted(&mut w.tx, &fresh, fresh.revision, now, &receipt, &c.version.id).await? != 1 {
            return Err(AppError::Conflict("error-portal-stale"));
        }
        bids::set_source(&mut w.tx, &fresh, "excel").await?;
        let changes = vec![
            FieldChange::new("file_sha256", None, Some(&c.sha)),
            FieldChange::new("answers", None, Some(&c.answers.len().to_string())),
            FieldChange::new("receipt", None, Some(&receipt)),
            FieldChange::new("set_hash", None, Some(&c.version.hash)),
        ];
        w.audit(AuditAction::BidImportExcel, "bid", &fresh.id, changes).await?;
        Ok(receipt)
    }

    /// The case, opened, still before its evaluation: returned sheets come from the
    /// e-tendering system, which opens tenders at the deadline (read before then, a sheet
    /// would unseal a bid), and once the evaluation starts the bids it weighs are fixed.
    async fn case_taking_sheets(&self, actor: &Actor, case_id: &CaseId) -> AppResult<()> {
        let case = self.opened_case(actor, case_id).await?;
        if case.status != Status::Published {
            return Err(AppError::invalid("status", "error-import-closed"));
        }
        Ok(())
    }

    /// Imports a bidder's returned answer sheet as the bid's submitted answers. On any
    /// problem nothing is written and every problem is returned, by row and column.
    pub async fn import_answer_sheet(
        &self,
        actor: &Actor,
        bid_id: &BidId,
        bytes: &[u8],
    ) -> AppResult<Result<usize, Vec<Problem>>> {
        actor.require(Permission::ProcurementEdit)?;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let bid = bids::get(&self.db, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        if bid.status.is_submitted() {
            return Err(AppError::invalid("bid", "error-portal-submitted"));
        }
        self.case_taking_sheets(actor, &bid.case_id).await?;
        let checked = match self.check_sheet(actor, Self::sheet_locale(&org), &bid, bytes, "").await? {
            Ok(c) => c,
            Err(p) => return Ok(Err(p)),
        };
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        self.write_sheet(&mut w, actor, &checked).await?;
        w.commit().await?;
        Ok(Ok(checked.answers.len()))
    }

    /// Imports every answer sheet in the ZIP of received tenders: each workbook is matched
    /// to the invited bidder whose organisation number its path holds, checked as one sheet
    /// is, and all are written in one transaction, or none. Returns the receipt list.
    pub async fn import_tender_zip(
        &self,
        actor: &Actor,
        case_id: &CaseId,
        bytes: &[u8],
    ) -> AppResult<Result<ZipImport, Vec<Problem>>> {
        actor.require(Permission::ProcurementEdit)?;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let loc = Self::sheet_locale(&org);
        self.case_taking_sheets(actor, case_id).await?;
        let zip = match tillit_office::tender_zip::read(bytes) {
            Ok(z) => z,
            Err(p) => return Ok(Err(p)),
        };
        let case_bids = bids::for_case(&self.db, &actor.org_id, case_id).await?;
        let mut problems = vec![];
        let mut checked: Vec<(String, Checked)> = vec![];
        let mut taken: BTreeSet<String> = BTreeSet::new();
        for wb in &zip.workbooks {
            let found = rules::org_numbers_in(&wb.path);
            let matches: Vec<&BidRow> = case_bids
                .iter()
                .filter(|b| found.iter().any(|(c, n)| c.as_str() == b.country && *n == b.org_number))
                .collect();
            let problem =
                |key: &str, args: &[(&str, String)]| Problem { path: wb.path.clone(), message: t_args(loc, key, args) };
            let bid = match matches.as_slice() {
                [one] => *one,
                [] => {
                    problems.push(problem("import-zip-no-bidder", &[]));
                    continue;
                }
                _ => {
                    problems.push(problem("import-zip-two-bidders", &[]));
                    continue;
                }
            };
            if !taken.insert(bid.id.to_string()) {
                problems.push(problem("import-zip-twice", &[("company", bid.company.clone())]));
                continue;
            }
            if bid.status.is_submitted() {
                problems.push(problem("import-zip-submitted", &[("company", bid.company.clone())]));
                continue;
            }
            match self.check_sheet(actor, loc, bid, &wb.bytes, &wb.path).await? {
                Ok(c) => checked.push((wb.path.clone(), c)),
                Err(p) => problems.extend(p),
            }
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let mut w = self.write(actor, Permission::ProcurementEdit).await?;
        let mut out = vec![];
        for (path, c) in &checked {
            let receipt = self.write_sheet(&mut w, actor, c).await?;
            out.push(Imported {
                path: path.clone(),
                company: c.bid.company.clone(),
                org_number: c.bid.org_number.clone(),
                answers: c.answers.len(),
                receipt,
            });
        }
        let changes = vec![
            FieldChange::new("file_sha256", None, Some(&hex::encode(Sha256::digest(bytes)))),
            FieldChange::new("bids", None, Some(&out.len().to_string())),
            FieldChange::new("skipped", None, Some(&zip.skipped.len().to_string())),
        ];
        w.audit(AuditAction::BidImportZip, "procurement_case", case_id, changes).await?;
        w.commit().await?;
        Ok(Ok(ZipImport { imported: out, skipped: zip.skipped }))
    }
}
