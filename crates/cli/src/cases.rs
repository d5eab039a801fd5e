//! `tillit case …`: procurement cases from the command line: list, show, the published set
//! and a check of its hashes, bids, the comparison, the annex and the decision basis as
//! files, and importing a bidder's returned answer sheet.

use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use tillit_app::{Actor, App};
use tillit_domain::OrgId;
use tillit_domain::{BidId, CaseId};

#[derive(Subcommand)]
pub enum CaseCommand {
    /// The organisation's cases.
    List {
        #[arg(long)]
        org: String,
    },
    /// One case: classification, tier and reasoning, status, published versions, bids.
    Show {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// The newest published requirement set with its SHA-256.
    Set {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// Recompute the SHA-256 of every published version of the set; exit 1 if any differs.
    VerifySet {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// The case's bids.
    Bids {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// The ranking from the consensus: weighted totals, rejections, gaps.
    Compare {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// The tender annex of the newest published version, as a file.
    Annex {
        id: String,
        #[arg(long)]
        org: String,
        #[arg(long, value_enum)]
        format: AnnexFormat,
        #[arg(long, short)]
        output: PathBuf,
    },
    /// The decision basis, as a file.
    Report {
        id: String,
        #[arg(long)]
        org: String,
        #[arg(long, value_enum)]
        format: ReportFormat,
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Import a bidder's returned answer sheet as that bid's submitted answers (all or
    /// nothing; every problem is listed by cell, exit 1).
    ImportSheet {
        bid: String,
        file: PathBuf,
        #[arg(long)]
        org: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum AnnexFormat {
    Xlsx,
    Docx,
    Pdf,
    Oscal,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Docx,
    Xlsx,
}

fn write(path: &PathBuf, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}

pub async fn run(app: &App, command: CaseCommand) -> Result<ExitCode, String> {
    let who = |org: &str| Actor::command_line(OrgId(org.to_string()));
    fn err(id: &str) -> impl Fn(tillit_app::AppError) -> String + '_ {
        move |e| format!("{id}: {e}")
    }
    match command {
        CaseCommand::List { org } => {
            for c in app.cases(&who(&org)).await.map_err(|e| e.to_string())? {
                println!("{}  {:<12} {:<10} {}", c.id, c.case_number, c.status, c.title);
            }
        }
        CaseCommand::Show { id, org } => {
            let id = CaseId(id);
            let a = who(&org);
            let v = app.case(&a, &id).await.map_err(err(&id))?;
            println!("{} {} ({})", v.case.case_number, v.case.title, v.case.status);
            println!("tier: {} (the rule gives {})", v.tier.as_str(), v.computed.as_str());
            for r in &v.reasons {
                println!("  - {} ({})", r.key, r.tier.as_str());
            }
            if let Some(why) = &v.case.override_reason {
                println!("  override: {why}");
            }
            if let Some(d) = v.case.deadline {
                println!("deadline: {} (Norwegian/Swedish time)", tillit_domain::platform::local_time::format_local(d));
            }
            for s in app.set_versions(&a, &id).await.map_err(err(&id))? {
                println!("published version {}: {} ({})", s.version, s.hash, s.published_by);
            }
            for b in app.bids(&a, &id).await.map_err(err(&id))? {
                println!("bid {}  {} {}  {}", b.id, b.company, b.org_number, b.status);
            }
        }
        CaseCommand::Set { id, org } => {
            let id = CaseId(id);
            let Some(s) = app.current_set(&who(&org), &id).await.map_err(err(&id))? else {
                return Err(format!("{id}: the requirement set is not published"));
            };
            println!("version {}  sha256 {}", s.version.version, s.version.hash);
            for i in &s.items {
                let w = if i.weight > 0 { format!(" {} %", i.weight) } else { String::new() };
                println!("  {:<8} {:<5}{w}  {}", i.reference, i.kind.as_str(), i.text.lines().next().unwrap_or(""));
            }
        }
        CaseCommand::VerifySet { id, org } => {
            let id = CaseId(id);
            let a = who(&org);
            let mut bad = 0;
            for v in app.set_versions(&a, &id).await.map_err(err(&id))? {
                let s = app.published_set(&a, &v.id).await.map_err(err(&id))?;
                let again = tillit_domain::procurement::tender::set_hash(&id, v.version as u32, &s.items);
                if again == v.hash {
                    println!("version {}: ok {}", v.version, v.hash);
                } else {
                    println!("version {}: ALTERED: stored {} but the content hashes to {again}", v.version, v.hash);
                    bad += 1;
                }
            }
            if bad > 0 {
                return Ok(ExitCode::FAILURE);
            }
        }
        CaseCommand::Bids { id, org } => {
            let id = CaseId(id);
            for b in app.bids(&who(&org), &id).await.map_err(err(&id))? {
                let receipt = b.receipt_hash.as_deref().unwrap_or("");
                println!("{}  {:<30} {:<12} {:<10} {receipt}", b.id, b.company, b.org_number, b.status);
            }
        }
        CaseCommand::Compare { id, org } => {
            let id = CaseId(id);
            let c = app.comparison(&who(&org), &id).await.map_err(err(&id))?;
            println!("set sha256 {}{}", c.set_hash, if c.complete { "" } else { " (consensus not complete)" });
            for r in c.results.iter() {
                let name = c.bids.iter().find(|b| b.id == r.bid_id).map(|b| b.company.as_str()).unwrap_or("");
                match r.rank {
                    Some(n) => println!("{n:>3}. {name:<30} {:>6.1}", r.total),
                    None => println!("  –  {name:<30} rejected: {}", r.failed_musts.join(", ")),
                }
            }
        }
        CaseCommand::Annex { id, org, format, output } => {
            let id = CaseId(id);
            let a = who(&org);
            let bytes = match format {
                AnnexFormat::Xlsx => app.answer_sheet(&a, &id).await,
                AnnexFormat::Docx => app.annex_docx(&a, &id).await,
                AnnexFormat::Pdf => app.annex_pdf(&a, &id).await,
                AnnexFormat::Oscal => app.annex_oscal(&a, &id).await.map(|v| v.to_string().into_bytes()),
            }
            .map_err(err(&id))?;
            write(&output, &bytes)?;
        }
        CaseCommand::Report { id, org, format, output } => {
            let id = CaseId(id);
            let a = who(&org);
            let bytes = match format {
                ReportFormat::Pdf => app.report_pdf(&a, &id).await,
                ReportFormat::Docx => app.report_docx(&a, &id).await,
                ReportFormat::Xlsx => app.report_xlsx(&a, &id).await,
            }
            .map_err(err(&id))?;
            write(&output, &bytes)?;
        }
        CaseCommand::ImportSheet { bid, file, org } => {
            let bid = BidId(bid);
            let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            match app.import_answer_sheet(&who(&org), &bid, &bytes).await.map_err(err(&bid))? {
                Ok(n) => println!("imported {n} answers; the bid is submitted"),
                Err(problems) => {
                    for p in problems {
                        eprintln!("{}: {}", p.path, p.message);
                    }
                    eprintln!("nothing was imported");
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
