//! `tillit supplier …` and `tillit contract …`: the supplier register and contracts from the
//! command line: list and show, the register as an Excel file, and reading one in (all or
//! nothing; every problem by sheet, row and column, exit 1).

use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;
use tillit_app::platform::i18n::Locale;
use tillit_app::{Actor, App};
use tillit_domain::platform::local_time::format_local_date;
use tillit_domain::{ContractId, OrgId, SupplierId};

#[derive(Subcommand)]
pub enum SupplierCommand {
    /// The register: each supplier with its status, tier, contracts and what needs attention.
    List {
        #[arg(long)]
        org: String,
    },
    /// One supplier: contacts, contracts, certificates, transfers outside the EEA without a basis.
    Show {
        id: String,
        #[arg(long)]
        org: String,
    },
    /// The register as an Excel workbook (suppliers and contracts).
    Export {
        #[arg(long)]
        org: String,
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Read in suppliers and contracts from a workbook with the export's columns.
    Import {
        file: PathBuf,
        #[arg(long)]
        org: String,
    },
}

#[derive(Subcommand)]
pub enum ContractCommand {
    /// Every contract with the status its dates give today.
    List {
        #[arg(long)]
        org: String,
    },
    /// One contract: terms, dates, DPA, sub-processors.
    Show {
        id: String,
        #[arg(long)]
        org: String,
    },
}

fn who(org: &str) -> Actor {
    Actor::command_line(OrgId(org.to_string()))
}

pub async fn run_supplier(app: &App, command: SupplierCommand) -> Result<ExitCode, String> {
    match command {
        SupplierCommand::List { org } => {
            for l in app.suppliers(&who(&org)).await.map_err(|e| e.to_string())? {
                let mut flags = vec![];
                for (on, f) in [
                    (l.unlawful_transfer, "TRANSFER-OUTSIDE-EEA-WITHOUT-BASIS"),
                    (l.missing_dpa, "no-dpa"),
                    (l.certificate_attention, "certificate"),
                    (l.ending, "contract-ending"),
                ] {
                    if on {
                        flags.push(f);
                    }
                }
                let s = &l.supplier;
                let tier = l.tier.map(|t| t.as_str()).unwrap_or("-");
                println!(
                    "{}  {:<12} {:<30} {:<11} {:<8} {}/{} {}",
                    s.id,
                    s.org_number,
                    s.legal_name,
                    s.status.as_str(),
                    tier,
                    l.in_force,
                    l.contracts,
                    flags.join(",")
                );
            }
        }
        SupplierCommand::Show { id, org } => {
            let m = app.supplier_page(&who(&org), &SupplierId(id.clone())).await.map_err(|e| format!("{id}: {e}"))?;
            let s = &m.supplier;
            println!("{} {} ({}) {}", s.legal_name, s.org_number, s.country, s.status.as_str());
            for c in &m.contacts {
                println!("contact {}: {} <{}> {}", c.role.as_str(), c.name, c.email, c.phone);
            }
            for (c, st) in &m.contracts {
                let end = c.end_date.map(format_local_date).unwrap_or_else(|| "-".into());
                println!(
                    "contract {}  {}  {} – {}  {}",
                    c.id,
                    c.title,
                    format_local_date(c.start_date),
                    end,
                    st.as_str()
                );
            }
            for c in &m.certificates {
                let flags: Vec<&str> = c.flags.iter().map(|f| f.as_str()).collect();
                println!(
                    "certificate {} {} {} until {}  {} {}",
                    c.cert.kind.as_str(),
                    c.cert.edition,
                    c.cert.number,
                    format_local_date(c.cert.valid_until),
                    c.status.as_str(),
                    flags.join(",")
                );
            }
            for (name, countries) in &m.unlawful {
                println!(
                    "CRITICAL: {name} sends personal data outside the EEA without a basis: {}",
                    countries.join(", ")
                );
            }
        }
        SupplierCommand::Export { org, output } => {
            let bytes = app.register_workbook(&who(&org), Locale::En).await.map_err(|e| e.to_string())?;
            std::fs::write(&output, &bytes).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
            println!("wrote {} ({} bytes)", output.display(), bytes.len());
        }
        SupplierCommand::Import { file, org } => {
            let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            match app.import_register(&who(&org), &bytes, Locale::En).await.map_err(|e| e.to_string())? {
                Ok(done) => {
                    println!("read in {} suppliers and {} contracts", done.suppliers.len(), done.contracts.len());
                }
                Err(problems) => {
                    eprintln!("{}: nothing was read in:", file.display());
                    for p in problems {
                        eprintln!("  {}: {}", p.place, p.message);
                    }
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn run_contract(app: &App, command: ContractCommand) -> Result<ExitCode, String> {
    match command {
        ContractCommand::List { org } => {
            for (c, st) in app.contracts(&who(&org)).await.map_err(|e| e.to_string())? {
                let end = c.end_date.map(format_local_date).unwrap_or_else(|| "-".into());
                println!("{}  {:<40} {} – {}  {}", c.id, c.title, format_local_date(c.start_date), end, st.as_str());
            }
        }
        ContractCommand::Show { id, org } => {
            let m = app.contract_page(&who(&org), &ContractId(id.clone())).await.map_err(|e| format!("{id}: {e}"))?;
            let c = &m.contract;
            println!(
                "{} ({}, {}) with {} {}",
                c.title,
                c.template.as_str(),
                c.kind.as_str(),
                m.supplier.legal_name,
                m.supplier.org_number
            );
            let end = c.end_date.map(format_local_date).unwrap_or_else(|| "until notice".into());
            println!(
                "{} – {}, notice {} months: {}",
                format_local_date(c.start_date),
                end,
                c.notice_months,
                m.status.as_str()
            );
            if let Some(h) = &c.set_hash {
                println!("requirement set sha256 {h} ({} requirements)", m.requirements);
            }
            match &m.dpa {
                Some(d) => println!(
                    "dpa {}: breach notice {} h, sub-processor notice {} days, objection {} days, deletion {} days",
                    d.template.as_str(),
                    d.breach_notice_hours,
                    d.subprocessor_notice_days,
                    d.objection_days,
                    d.deletion_days
                ),
                None => println!("no data processing agreement recorded"),
            }
            for l in &m.chain {
                let flag = match &l.unlawful {
                    Some(c) => format!("  CRITICAL: outside the EEA without a basis: {}", c.join(", ")),
                    None => String::new(),
                };
                println!(
                    "{}{} ({}) {} {}{flag}",
                    "  ".repeat(l.depth + 1),
                    l.sub.name,
                    l.sub.country,
                    l.sub.locations,
                    l.sub.status.as_str()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
