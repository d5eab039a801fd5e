//! The decision basis (beslutningsgrunnlag) for a procurement: the case, its classification
//! and tier with the reasoning, the frozen set and its hash, every bidder's answers, every
//! judgement with its justification, the ranking and the evaluation log. The same data as a
//! tagged PDF, a Word document and an Excel workbook, in the organisation's language.

use crate::platform::i18n::{Locale, decimal, t, t_args};
use crate::procurement::annex_docs::{code, set_facts};
use crate::procurement::evaluation::Comparison;
use crate::{Actor, App, AppError, AppResult};
use tillit_domain::CaseId;
use tillit_domain::platform::audit_log::AuditRecord;
use tillit_domain::platform::local_time::format_local;
use tillit_domain::procurement;
use tillit_office::doc::{Block, Doc};
use tillit_office::xlsx::Sheet;
use tillit_store::platform::audit_log::{self, AuditFilter};
use tillit_store::procurement::evaluation as judgements;

/// Rows of table cells.
pub type Rows = Vec<Vec<String>>;

/// Everything the report says, as tables; the documents and the workbook are made from it.
pub struct ReportData {
    pub loc: Locale,
    pub title: String,
    pub footer: String,
    pub facts: Block,
    pub classification: Vec<Vec<String>>,
    pub reasoning: Vec<String>,
    pub set: Vec<Vec<String>>,
    pub ranking: Vec<Vec<String>>,
    /// The summary's first words: whom the evaluation recommends, or why it does not yet.
    pub recommendation: String,
    /// Points per area: headers (bidder, then each area) and a row per bidder.
    pub area_headers: Vec<String>,
    pub areas: Vec<Vec<String>>,
    pub bidders: Vec<BidderSection>,
    pub log: Vec<Vec<String>>,
    /// The organisation's audit chain head, signed, as JSON: a witness for `audit verify --witness`.
    pub checkpoint: Option<String>,
}

/// One bidder's part of the report.
pub struct BidderSection {
    pub company: String,
    pub facts: Rows,
    /// Name, scope, issuer, last valid day, and what is wrong with it for this tender.
    pub certificates: Rows,
    /// Every uploaded file: name, size, SHA-256, and the requirements whose answers point to it.
    pub evidence: Rows,
    pub answers: Rows,
    pub judgements: Rows,
}

fn yes_no(loc: Locale, b: bool) -> String {
    t(loc, if b { "doc-yes" } else { "doc-no" })
}

/// A record's changes in plain words of the report's language (field names and values as
/// people say them, no stored codes).
fn changes_text(loc: Locale, r: &AuditRecord) -> String {
    r.event
        .changes
        .iter()
        .map(|c| {
            let l = crate::platform::audit_page::change_line(loc, c);
            match (l.old, l.new) {
                (Some(o), Some(n)) => format!("{}: {o} → {n}", l.field),
                (None, Some(n)) => format!("{}: {n}", l.field),
                (Some(o), None) => format!("{}: {o} →", l.field),
                (None, None) => l.field,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl App {
    pub async fn report_data(&self, actor: &Actor, case_id: &CaseId) -> AppResult<ReportData> {
        let s = self.annex_source(actor, case_id, "decision_report").await?;
        let loc = s.locale;
        let view = self.case(actor, case_id).await?;
        let c: Comparison = self.comparison(actor, case_id).await?;
        let cl = view.case.classification();
        let level = |v: u8| t(loc, &format!("level-{v}"));
        let classification = vec![
            vec![t(loc, "field-kind"), t(loc, &format!("kind-{}", cl.kind.as_str()))],
            vec![t(loc, "field-confidentiality"), level(cl.confidentiality)],
            vec![t(loc, "field-integrity"), level(cl.integrity)],
            vec![t(loc, "field-availability"), level(cl.availability)],
            vec![t(loc, "field-traceability"), level(cl.traceability)],
            vec![t(loc, "field-personal-data"), yes_no(loc, cl.personal_data)],
            vec![t(loc, "field-special-categories"), yes_no(loc, cl.special_categories)],
            vec![t(loc, "field-data-subjects"), cl.data_subjects.to_string()],
            vec![t(loc, "field-location"), t(loc, &format!("location-{}", cl.location.as_str()))],
            vec![t(loc, "field-users"), cl.users.to_string()],
            vec![t(loc, "field-internet-exposed"), yes_no(loc, cl.internet_exposed)],
            vec![t(loc, "tier-label"), t(loc, &format!("tier-{}", view.tier.as_str()))],
        ];
        let (_, reasons) = procurement::tier(&cl);
        let mut reasoning: Vec<String> = reasons
            .iter()
            .map(|r| t_args(loc, r.key, &[("tier", t(loc, &format!("tier-{}", r.tier.as_str())))]))
            .collect();
        if let (Some(_), Some(why)) = (&view.case.tier_override, &view.case.override_reason) {
            reasoning.push(format!(
                "{} {}. {}: {why}",
                t(loc, "tier-rule-says"),
                t(loc, &format!("tier-{}", view.computed.as_str())),
                t(loc, "tier-override-reason")
            ));
        }
        let set = s
            .items
            .iter()
            .map(|i| {
                let w = if i.weight > 0 { format!("{} %", i.weight) } else { String::new() };
                vec![i.reference.clone(), i.area.clone(), i.text.clone(), code(loc, i.kind), w]
            })
            .collect();
        let name_of = |id: &str| c.bids.iter().find(|b| b.id == *id).map(|b| b.company.clone()).unwrap_or_default();
        let ranking = c
            .results
            .iter()
            .map(|r| {
                vec![
                    r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
                    name_of(&r.bid_id),
                    if r.rejected() { t(loc, "bid-rejected") } else { decimal(loc, r.total, 1) },
                    r.failed_musts.join(", "),
                    c.gaps.get(&r.bid_id).map(|g| g.join(", ")).unwrap_or_default(),
                ]
            })
            .collect();
        let recommendation = match c.results.iter().find(|r| r.rank == Some(1)) {
            Some(w) if c.complete => t_args(
                loc,
                "report-recommendation",
                &[("company", name_of(&w.bid_id)), ("total", decimal(loc, w.total, 1))],
            ),
            _ => t(loc, "report-no-recommendation"),
        };
        // An area per row, a bidder per column: areas are many, bidders few.
        let mut area_headers = vec![t(loc, "sheet-col-area")];
        area_headers.extend(c.results.iter().map(|r| name_of(&r.bid_id)));
        let areas = c
            .results
            .first()
            .map(|first| {
                first
                    .by_area
                    .iter()
                    .enumerate()
                    // Only areas with award criteria carry points.
                    .filter(|(_, (area, _))| {
                        s.items.iter().any(|i| {
                            i.area == *area && i.kind == tillit_domain::procurement::requirement_set::Kind::Award
                        })
                    })
                    .map(|(n, (area, _))| {
                        let mut row = vec![area.clone()];
                        row.extend(
                            c.results
                                .iter()
                                .map(|r| r.by_area.get(n).map(|(_, p)| decimal(loc, *p, 1)).unwrap_or_default()),
                        );
                        row
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut certificates = crate::procurement::bids::certificates_by_bid(&self.db, &view.case).await?;
        let mut bidders = vec![];
        let mut object_ids = vec![case_id.to_string()];
        for b in &c.bids {
            object_ids.push(b.id.0.clone());
            let facts = vec![
                vec![t(loc, "field-org-number"), b.org_number.clone()],
                vec![t(loc, "field-submitted"), b.submitted_at.map(format_local).unwrap_or_default()],
                vec![t(loc, "field-receipt"), b.receipt_hash.clone().unwrap_or_default()],
                vec![t(loc, "field-bid-source"), t(loc, &format!("bid-source-{}", b.source))],
            ];
            let answers =
                crate::procurement::portal::answer_map(tillit_store::procurement::bids::answers(&self.db, b).await?);
            let files = tillit_store::procurement::bids::evidence_list(&self.db, b).await?;
            let file_name = |id: &str| files.iter().find(|f| f.id == id).map(|f| f.filename.clone());
            let evidence = files
                .iter()
                .map(|f| {
                    let supports: Vec<String> = s
                        .items
                        .iter()
                        .filter(|i| {
                            answers.get(&i.requirement_id).and_then(|a| a.evidence_id.as_deref()) == Some(f.id.as_str())
                        })
                        .map(|i| i.reference.clone())
                        .collect();
                    vec![f.filename.clone(), file_size(loc, f.size), f.sha256.clone(), supports.join(", ")]
                })
                .collect();
            let consensus: std::collections::BTreeMap<String, tillit_store::procurement::evaluation::JudgementRow> =
                tillit_store::procurement::evaluation::for_bid(&self.db, b)
                    .await?
                    .into_iter()
                    .filter(|r| r.evaluator == tillit_store::procurement::evaluation::CONSENSUS)
                    .map(|r| (r.requirement_id.clone(), r))
                    .collect();
            let judged = |v: &Option<String>, s: Option<i64>| {
                v.as_ref().map(|v| t(loc, &format!("verdict-{v}"))).or(s.map(|s| format!("{s}/10"))).unwrap_or_default()
            };
            let rows = s
                .items
                .iter()
                .map(|i| {
                    let a = answers.get(&i.requirement_id);
                    let j = consensus.get(&i.requirement_id);
                    vec![
                        i.reference.clone(),
                        a.map(|a| t(loc, &format!("answer-{}", a.status.as_str())))
                            .unwrap_or_else(|| t(loc, "answer-none")),
                        a.map(|a| a.description.clone()).unwrap_or_default(),
                        a.map(|a| {
                            // The attached file by name (its hash is in the bidder's file list),
                            // then any reference the bidder wrote.
                            let file = a.evidence_id.as_deref().and_then(file_name);
                            [file.unwrap_or_default(), a.evidence_ref.clone()]
                                .into_iter()
                                .filter(|x| !x.is_empty())
                                .collect::<Vec<_>>()
                                .join(" · ")
                        })
                        .unwrap_or_default(),
                        j.map(|j| judged(&j.verdict, j.score)).unwrap_or_default(),
                        j.map(|j| j.justification.clone()).unwrap_or_default(),
                    ]
                })
                .collect();
            let every = judgements::for_bid(&self.db, b)
                .await?
                .into_iter()
                .map(|j| {
                    let reference = s
                        .items
                        .iter()
                        .find(|i| i.requirement_id == j.requirement_id)
                        .map(|i| i.reference.clone())
                        .unwrap_or_default();
                    vec![
                        reference,
                        j.evaluator_label.clone(),
                        judged(&j.verdict, j.score),
                        j.justification.clone(),
                        format_local(j.updated_at),
                    ]
                })
                .collect();
            let certificates = certificates
                .remove(b.id.as_str())
                .unwrap_or_default()
                .into_iter()
                .map(|c| {
                    let flag = c.flag.map(|f| t(loc, f.message_key())).unwrap_or_else(|| t(loc, "certificate-valid"));
                    vec![c.row.name, c.row.scope, c.row.issuer, c.valid_until, flag]
                })
                .collect();
            bidders.push(BidderSection {
                company: b.company.clone(),
                facts,
                certificates,
                evidence,
                answers: rows,
                judgements: every,
            });
        }
        let mut log: Vec<AuditRecord> = vec![];
        for id in &object_ids {
            let f = AuditFilter { object: Some(id.clone()), limit: 10_000, ..Default::default() };
            log.extend(
                audit_log::search(&self.db, actor.org_id.as_str(), &f)
                    .await?
                    .into_iter()
                    .filter(|r| r.event.object_id == *id),
            );
        }
        log.sort_by_key(|r| (r.event.at, r.seq));
        let log = log
            .iter()
            .map(|r| {
                vec![
                    format_local(r.event.at),
                    crate::platform::audit_page::actor_words(loc, &r.event.actor_label),
                    crate::platform::i18n::audit_action_label(loc, &r.event.action),
                    changes_text(loc, r),
                ]
            })
            .collect();
        let version = t_args(loc, "set-version", &[("version", s.version.version.to_string())]);
        Ok(ReportData {
            title: t_args(loc, "report-title", &[("case", format!("{} {}", s.case.case_number, s.case.title))]),
            footer: format!("{} · {} {} · SHA-256 {}", s.org_name, s.case.case_number, version, s.version.hash),
            facts: set_facts(loc, &s),
            classification,
            reasoning,
            set,
            ranking,
            recommendation,
            area_headers,
            areas,
            bidders,
            log,
            checkpoint: self
                .audit_checkpoint(actor.org_id.as_str())
                .await?
                .map(|c| serde_json::to_string(&c).unwrap_or_default()),
            loc,
        })
    }

    /// The decision basis rendered now (`report_pdf` returns the stored one once signed).
    pub(crate) async fn render_report_pdf(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let d = self.report_data(actor, case_id).await?;
        tillit_office::pdf::render(&report_doc(&d)).map_err(AppError::Internal)
    }

    pub async fn report_docx(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let d = self.report_data(actor, case_id).await?;
        tillit_office::docx::render(&report_doc(&d)).map_err(AppError::Internal)
    }

    pub async fn report_xlsx(&self, actor: &Actor, case_id: &CaseId) -> AppResult<Vec<u8>> {
        let d = self.report_data(actor, case_id).await?;
        let loc = d.loc;
        let facts = match &d.facts {
            Block::Table { rows, .. } => rows.clone(),
            _ => vec![],
        };
        let mut case_rows = facts;
        case_rows.extend(d.classification.iter().cloned());
        case_rows.extend(d.reasoning.iter().map(|r| vec![t(loc, "tier-reasoning"), r.clone()]));
        case_rows.extend(d.checkpoint.iter().map(|c| vec![t(loc, "report-checkpoint"), c.clone()]));
        let per_bidder = |rows: fn(&BidderSection) -> &Rows| -> Rows {
            d.bidders
                .iter()
                .flat_map(|b| rows(b).iter().map(move |r| [vec![b.company.clone()], r.clone()].concat()))
                .collect()
        };
        let answers = per_bidder(|b| &b.answers);
        let every = per_bidder(|b| &b.judgements);
        let certificates = per_bidder(|b| &b.certificates);
        let evidence = per_bidder(|b| &b.evidence);
        let sheets = [
            Sheet {
                name: &t(loc, "report-sheet-case"),
                headers: vec![t(loc, "doc-col-what"), t(loc, "doc-col-value")],
                rows: case_rows,
            },
            Sheet { name: &t(loc, "report-sheet-set"), headers: set_headers(loc), rows: d.set.clone() },
            Sheet { name: &t(loc, "comparison-ranking"), headers: ranking_headers(loc), rows: d.ranking.clone() },
            Sheet {
                name: &t(loc, "bid-answers-heading"),
                headers: [vec![t(loc, "field-company")], answer_headers(loc)].concat(),
                rows: answers,
            },
            Sheet {
                name: &t(loc, "certificates-heading"),
                headers: [vec![t(loc, "field-company")], certificate_headers(loc)].concat(),
                rows: certificates,
            },
            Sheet {
                name: &t(loc, "evidence-heading"),
                headers: [vec![t(loc, "field-company")], evidence_headers(loc)].concat(),
                rows: evidence,
            },
            Sheet {
                name: &t(loc, "report-sheet-judgements"),
                headers: [vec![t(loc, "field-company")], judgement_headers(loc)].concat(),
                rows: every,
            },
            Sheet { name: &t(loc, "report-sheet-log"), headers: log_headers(loc), rows: d.log.clone() },
        ];
        tillit_office::xlsx::export_sheets(&sheets).map_err(|e| AppError::Internal(e.to_string()))
    }
}

fn set_headers(loc: Locale) -> Vec<String> {
    ["sheet-col-ref", "sheet-col-area", "sheet-col-text", "annex-col-code", "sheet-col-weight"]
        .iter()
        .map(|k| t(loc, k))
        .collect()
}
fn ranking_headers(loc: Locale) -> Vec<String> {
    ["col-rank", "field-company", "col-total", "report-col-failed", "col-gaps"].iter().map(|k| t(loc, k)).collect()
}
fn answer_headers(loc: Locale) -> Vec<String> {
    [
        "sheet-col-ref",
        "field-answer",
        "field-description",
        "field-evidence-ref",
        "consensus-heading",
        "field-justification",
    ]
    .iter()
    .map(|k| t(loc, k))
    .collect()
}
fn certificate_headers(loc: Locale) -> Vec<String> {
    ["field-certificate", "field-scope", "field-issuer", "field-valid-until", "report-col-certificate-check"]
        .iter()
        .map(|k| t(loc, k))
        .collect()
}
fn evidence_headers(loc: Locale) -> Vec<String> {
    ["field-evidence-file", "report-col-size", "report-col-sha256", "report-col-supports"]
        .iter()
        .map(|k| t(loc, k))
        .collect()
}
/// A file's size as people read it, in the report's number format ("1,5 MB" in nb and sv).
fn file_size(loc: Locale, bytes: i64) -> String {
    let b = bytes as f64;
    if b >= 1024.0 * 1024.0 {
        format!("{} MB", decimal(loc, b / (1024.0 * 1024.0), 1))
    } else if b >= 1024.0 {
        format!("{} kB", decimal(loc, b / 1024.0, 0))
    } else {
        format!("{bytes} B")
    }
}
fn judgement_headers(loc: Locale) -> Vec<String> {
    ["sheet-col-ref", "report-col-evaluator", "field-verdict", "field-justification", "report-col-time"]
        .iter()
        .map(|k| t(loc, k))
        .collect()
}
fn log_headers(loc: Locale) -> Vec<String> {
    ["report-col-time", "report-col-who", "report-col-action", "report-col-changes"].iter().map(|k| t(loc, k)).collect()
}

fn table(headers: Vec<String>, widths: Vec<f32>, rows: Vec<Vec<String>>) -> Block {
    Block::Table { headers, widths, rows }
}

fn report_doc(d: &ReportData) -> Doc {
    let loc = d.loc;
    // A summary first, for management and a complaints board: the recommendation, the
    // ranking with rejections and their failed requirements, points per area, the tier and why.
    let mut blocks = vec![Block::Heading(1, d.title.clone()), d.facts.clone()];
    blocks.push(Block::Heading(2, t(loc, "report-summary")));
    blocks.push(Block::Paragraph(d.recommendation.clone()));
    blocks.push(Block::Heading(3, t(loc, "comparison-ranking")));
    blocks.push(table(ranking_headers(loc), vec![0.6, 2.0, 1.0, 1.6, 2.4], d.ranking.clone()));
    if d.area_headers.len() > 1 {
        blocks.push(Block::Heading(3, t(loc, "report-areas")));
        let widths = std::iter::once(3.0).chain(std::iter::repeat_n(1.0, d.area_headers.len() - 1)).collect();
        blocks.push(table(d.area_headers.clone(), widths, d.areas.clone()));
    }
    blocks.push(Block::Heading(3, t(loc, "report-classification")));
    blocks.push(table(vec![t(loc, "doc-col-what"), t(loc, "doc-col-value")], vec![2.0, 3.0], d.classification.clone()));
    blocks.push(Block::Heading(3, t(loc, "tier-reasoning")));
    for (n, r) in d.reasoning.iter().enumerate() {
        blocks.push(Block::Paragraph(format!("{}. {r}", n + 1)));
    }
    blocks.push(Block::Heading(2, t(loc, "report-set")));
    blocks.push(table(set_headers(loc), vec![0.7, 1.6, 5.0, 0.7, 0.8], d.set.clone()));
    for b in &d.bidders {
        blocks.push(Block::Heading(2, t_args(loc, "report-bidder", &[("company", b.company.clone())])));
        blocks.push(table(vec![t(loc, "doc-col-what"), t(loc, "doc-col-value")], vec![1.5, 4.0], b.facts.clone()));
        blocks.push(Block::Heading(3, t(loc, "certificates-heading")));
        if b.certificates.is_empty() {
            blocks.push(Block::Paragraph(t(loc, "certificates-none")));
        } else {
            blocks.push(table(certificate_headers(loc), vec![1.4, 2.0, 1.2, 1.0, 2.0], b.certificates.clone()));
        }
        blocks.push(Block::Heading(3, t(loc, "evidence-heading")));
        if b.evidence.is_empty() {
            blocks.push(Block::Paragraph(t(loc, "evidence-none")));
        } else {
            blocks.push(table(evidence_headers(loc), vec![1.8, 0.7, 3.4, 1.2], b.evidence.clone()));
        }
        blocks.push(Block::Heading(3, t(loc, "bid-answers-heading")));
        blocks.push(table(answer_headers(loc), vec![0.6, 1.0, 2.4, 1.2, 1.0, 2.4], b.answers.clone()));
        blocks.push(Block::Heading(3, t(loc, "report-sheet-judgements")));
        blocks.push(table(judgement_headers(loc), vec![0.6, 1.8, 1.0, 3.0, 1.2], b.judgements.clone()));
    }
    blocks.push(Block::Heading(2, t(loc, "report-appendix-log")));
    blocks.push(table(log_headers(loc), vec![1.1, 1.9, 2.0, 3.4], d.log.clone()));
    if let Some(c) = &d.checkpoint {
        blocks.push(Block::Heading(3, t(loc, "report-checkpoint")));
        blocks.push(Block::Paragraph(t(loc, "report-checkpoint-text")));
        blocks.push(Block::Paragraph(c.clone()));
    }
    Doc {
        title: d.title.clone(),
        subject: t(loc, "report-subject"),
        lang: loc.code().into(),
        footer: d.footer.clone(),
        blocks,
    }
}
