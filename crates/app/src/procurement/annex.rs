//! The tender annex as an Excel answer sheet, and the bidder's returned sheet imported as
//! that bid's answers: checked against the frozen set row by row, written all or nothing.

use crate::platform::i18n::{Locale, t, t_args};
use crate::procurement::portal::answer_map;
use crate::{Actor, App, AppError, AppResult};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use tillit_domain::Permission;
use tillit_domain::platform::audit_action::AuditAction;
use tillit_domain::platform::audit_log::FieldChange;
use tillit_domain::procurement::bid::{self as rules, AnswerStatus};
use tillit_domain::procurement::tender::FrozenItem;
use tillit_domain::{BidId, CaseId};
use tillit_office::answer_sheet::{self, SheetIdentity, SheetItem, SheetText};
use tillit_office::oscal::Problem;
use tillit_store::identity::orgs;
use tillit_store::procurement as cases;
use tillit_store::procurement::bids::{self, NewAnswer};
use tillit_store::procurement::tender::{self as versions, VersionRow};

/// The published set a document is made from, with the words it needs.
pub struct AnnexSource {
    pub org_name: String,
    pub locale: Locale,
    pub case: tillit_store::procurement::CaseRow,
    pub version: VersionRow,
    pub items: Vec<FrozenItem>,
}

impl App {
    /// The newest published version of a case, for the annex documents. Recorded as an export.
    pub async fn annex_source(&self, actor: &Actor, case_id: &CaseId, what: &str) -> AppResult<AnnexSource> {
        actor.require(Permission::ProcurementView)?;
        let case = cases::get(&self.db, &actor.org_id, case_id).await?.ok_or(AppError::NotFound)?;
        let Some(set) = self.current_set(actor, case_id).await? else {
            return Err(AppError::invalid("requirement_set", "error-set-not-published"));
        };
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        self.record_export(actor, what, case_id.as_str()).await?;
        Ok(AnnexSource {
            org_name: org.name,
            locale: Locale::parse(&org.default_locale).unwrap_or(Locale::Nb),
            case,
            version: set.version,
            items: set.items,
        })
    }

    /// The Excel answer sheet of the newest published version, in the organisation's language.
    pub async fn answer_sheet(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let s = self.annex_source(actor, case_id, "annex.xlsx").await?;
        let loc = s.locale;
        let kinds: Vec<String> = s.items.iter().map(|i| t(loc, &format!("set-kind-{}", i.kind.as_str()))).collect();
        let items: Vec<SheetItem> = s
            .items
            .iter()
            .zip(&kinds)
            .map(|(i, k)| SheetItem {
                requirement_id: &i.requirement_id,
                reference: &i.reference,
                area: &i.area,
                text: &i.text,
                kind: k,
                weight: i.weight,
            })
            .collect();
        let statuses: Vec<String> =
            AnswerStatus::ALL.iter().map(|a| t(loc, &format!("answer-{}", a.as_str()))).collect();
        let cols: Vec<String> = [
            "sheet-col-id",
            "sheet-col-ref",
            "sheet-col-area",
            "sheet-col-text",
            "sheet-col-kind",
            "sheet-col-weight",
            "sheet-col-status",
            "sheet-col-description",
            "sheet-col-evidence",
        ]
        .iter()
        .map(|k| t(loc, k))
        .collect();
        let case_line = format!("{} {}", s.case.case_number, s.case.title);
        let version_line = t_args(loc, "set-version", &[("version", s.version.version.to_string())]);
        let deadline = s.case.deadline.map(tillit_domain::platform::local_time::format_local).unwrap_or_default();
        let (l_buyer, l_case, l_version, l_deadline) =
            (t(loc, "sheet-buyer"), t(loc, "sheet-case"), t(loc, "portal-set"), t(loc, "field-deadline"));
        let text = SheetText {
            sheet_name: &t(loc, "sheet-name"),
            title: &t(loc, "sheet-title"),
            facts: vec![
                (&l_buyer, &s.org_name),
                (&l_case, &case_line),
                (&l_version, &version_line),
                ("SHA-256", &s.version.hash),
                (&l_deadline, &deadline),
            ],
            instructions: &t(loc, "sheet-instructions"),
            columns: std::array::from_fn(|i| cols[i].as_str()),
            statuses: statuses.iter().map(String::as_str).collect(),
        };
        let id =
            SheetIdentity { version_id: &s.version.id, set_hash: &s.version.hash, case_number: &s.case.case_number };
        answer_sheet::write(&text, &id, &items).map_err(|e| AppError::Internal(e.to_string()))
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
        let now = self.now().0;
        let org = orgs::get(&self.db, &actor.org_id).await?.ok_or(AppError::NotFound)?;
        let loc = Locale::parse(&org.default_locale).unwrap_or(Locale::Nb);
        let bid = bids::get(&self.db, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        if bid.status.is_submitted() {
            return Err(AppError::invalid("bid", "error-portal-submitted"));
        }
        // Returned sheets come from the e-tendering system, which opens tenders at the
        // deadline; read here before then, a sheet would unseal a bid.
        let case = self.opened_case(actor, &bid.case_id).await?;
        // Once the evaluation has started the bids it weighs are fixed.
        if case.status != tillit_domain::procurement::Status::Published {
            return Err(AppError::invalid("status", "error-import-closed"));
        }
        let returned = match answer_sheet::read(bytes) {
            Ok(r) => r,
            Err(p) => return Ok(Err(p)),
        };
        let p = |path: String, key: &str, args: &[(&str, String)]| Problem { path, message: t_args(loc, key, args) };
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
                Some(s) => answers.push((item.requirement_id.clone(), s, r)),
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
        let sha = hex::encode(Sha256::digest(bytes));
        let mut w = self.write_at(actor, Permission::ProcurementEdit, now).await?;
        let fresh = bids::get_tx(&mut w.tx, &actor.org_id, bid_id).await?.ok_or(AppError::NotFound)?;
        if fresh.status.is_submitted() {
            return Err(AppError::invalid("bid", "error-portal-submitted"));
        }
        for a in bids::answers_tx(&mut w.tx, &fresh).await? {
            bids::remove_answer(&mut w.tx, &fresh, &a.requirement_id).await?;
        }
        for (req, status, r) in &answers {
            bids::put_answer(
                &mut w.tx,
                NewAnswer {
                    bid: &fresh,
                    requirement_id: req,
                    status: status.as_str(),
                    description: r.description.trim(),
                    evidence_ref: r.evidence_ref.trim(),
                    now,
                },
            )
            .await?;
        }
        let stored = answer_map(bids::answers_tx(&mut w.tx, &fresh).await?);
        let evidence = bids::evidence_hashes_tx(&mut w.tx, &fresh).await?;
        let receipt = rules::receipt_hash(bid_id.as_str(), &current.hash, now, &stored, &evidence);
        if bids::mark_submitted(&mut w.tx, &fresh, fresh.revision, now, &receipt, &current.id).await? != 1 {
            return Err(AppError::Conflict("error-portal-stale"));
        }
        bids::set_source(&mut w.tx, &fresh, "excel").await?;
        w.audit(
            AuditAction::BidImportExcel,
            "bid",
            bid_id,
            vec![
                FieldChange::new("file_sha256", None, Some(&sha)),
                FieldChange::new("answers", None, Some(&answers.len().to_string())),
                FieldChange::new("receipt", None, Some(&receipt)),
                FieldChange::new("set_hash", None, Some(&current.hash)),
            ],
        )
        .await?;
        w.commit().await?;
        Ok(Ok(answers.len()))
    }
}
