//! `tillit`: one binary for the server and its operations.

mod backup;
mod cases;
mod memory;
mod scan;
mod settings;
mod suppliers;

use tillit_web::server::rustls_config as tokio_rustls_config;

use clap::{Parser, Subcommand};
use settings::{LogFormat, Overrides, Settings};
use std::process::ExitCode;
use std::sync::Arc;
use tillit_app::platform::mail::{Mailer, NoMailer, SmtpMailer};
use tillit_app::{App, AppConfig, SystemClock};
use tillit_domain::Clock;
use tillit_domain::identity::lockout::LockoutPolicy;
use tillit_domain::identity::session::SessionPolicy;
use tillit_store::Db;

#[derive(Parser)]
#[command(name = "tillit", version, about = "Information security in public procurement and supplier follow-up")]
struct Cli {
    /// Settings file (TOML). Also TILLIT_CONFIG.
    #[arg(long, global = true)]
    config: Option<std::path::PathBuf>,
    /// Data folder for the embedded SQLite database. Also TILLIT_DATA. Default ./tillit-data.
    #[arg(long = "data", global = true)]
    data_dir: Option<String>,
    /// postgres://… to run on PostgreSQL instead of SQLite. Also TILLIT_DATABASE_URL.
    #[arg(long, global = true)]
    database_url: Option<String>,
    /// text or json. Also TILLIT_LOG_FORMAT.
    #[arg(long, global = true)]
    log_format: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrates the database first).
    Serve {
        /// Address and port to listen on. Also TILLIT_LISTEN. Default 127.0.0.1:8080.
        #[arg(long)]
        listen: Option<String>,
        /// PEM certificate chain, to serve TLS directly.
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<String>,
        /// PEM private key for --tls-cert.
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Write a consistent backup of the whole database to FILE (0600; safe while the server runs).
    Backup {
        file: std::path::PathBuf,
        /// Encrypt the backup with age to this public key (age1…); may be given several times.
        #[arg(long = "recipient")]
        recipients: Vec<String>,
    },
    /// Restore a backup into an empty database (all or nothing), then verify the audit chains.
    Restore {
        file: std::path::PathBuf,
        /// An age identity file (AGE-SECRET-KEY-…), for a backup made with --recipient.
        #[arg(long)]
        identity: Option<std::path::PathBuf>,
    },
    /// Requirement catalogues: list, show, import, export, diff.
    Catalogue {
        #[command(subcommand)]
        command: CatalogueCommand,
    },
    /// Procurement cases: list, show, the published set and its hashes, bids, the comparison,
    /// the annex and the decision basis as files, importing a returned answer sheet.
    Case {
        #[command(subcommand)]
        command: cases::CaseCommand,
    },
    /// The supplier register: list, show, export to Excel, read in from Excel.
    Supplier {
        #[command(subcommand)]
        command: suppliers::SupplierCommand,
    },
    /// Contracts with suppliers: list, show.
    Contract {
        #[command(subcommand)]
        command: suppliers::ContractCommand,
    },
    /// Scan a supplier's internet-facing systems (a scope file) and score what is found.
    Scan(scan::ScanArgs),
    /// Administration from the command line.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute every hash chain and name the first broken record. Exit 1 when any is broken.
    Verify {
        /// Only this chain (an organisation id, or "system").
        #[arg(long)]
        chain: Option<String>,
        /// Also check every checkpoint in FILE (a saved checkpoint mail, a backup, the output
        /// of `audit checkpoint`): each witnessed record must still be in its chain unchanged.
        #[arg(long)]
        witness: Vec<std::path::PathBuf>,
    },
    /// Print the signed head of every chain, one JSON line each: keep it outside tillit.
    Checkpoint,
}

#[derive(Subcommand)]
enum CatalogueCommand {
    /// The built-in catalogues, and an organisation's own with --org.
    List {
        #[arg(long)]
        org: Option<String>,
    },
    /// A catalogue's areas and requirements.
    Show {
        id: String,
        #[arg(long)]
        org: Option<String>,
    },
    /// Import an OSCAL catalog (JSON) as a new catalogue of the organisation. The whole file
    /// is checked first; with problems nothing is written (exit 1).
    Import {
        file: std::path::PathBuf,
        #[arg(long)]
        org: String,
        /// Only check the file.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export a catalogue as OSCAL catalog JSON.
    Export {
        id: String,
        #[arg(long)]
        org: Option<String>,
        /// Write here instead of to standard output.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// What changed between two versions (numbers, or "draft") of an own catalogue.
    Diff {
        id: String,
        from: String,
        to: String,
        #[arg(long)]
        org: String,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an organisation with an administrator. The password is read from
    /// TILLIT_ADMIN_PASSWORD (not needed when the e-mail already has an account).
    CreateOrg {
        #[arg(long)]
        name: String,
        #[arg(long)]
        admin_email: String,
        #[arg(long, default_value = "Administrator")]
        admin_name: String,
    },
    /// Add a person to an organisation with a role. A new account's password is read from
    /// TILLIT_USER_PASSWORD.
    AddUser {
        /// The organisation's id (see list-orgs).
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "")]
        name: String,
        /// administrator, security_officer, procurement_officer, risk_owner or auditor.
        #[arg(long)]
        role: String,
    },
    /// List the organisations with their ids.
    ListOrgs,
    /// Remove a user's TOTP, recovery codes and passkeys and sign them out everywhere.
    ResetMfa { email: String },
    /// Print a new one-time setup link (only while the database has no users).
    SetupLink,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (listen, tls_cert, tls_key) = match &cli.command {
        Command::Serve { listen, tls_cert, tls_key } => (listen.clone(), tls_cert.clone(), tls_key.clone()),
        _ => (None, None, None),
    };
    let overrides = Overrides {
        config: cli.config.clone(),
        listen,
        data_dir: cli.data_dir.clone(),
        database_url: cli.database_url.clone(),
        tls_cert,
        tls_key,
        log_format: cli.log_format.clone(),
    };
    let settings = match settings::load(&overrides) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tillit: {e}");
            return ExitCode::from(2);
        }
    };
    // A certificate or key that cannot be used is a bad setting, like any other.
    let tls = match (&cli.command, &settings.tls) {
        (Command::Serve { .. }, Some((c, k))) => match tillit_web::server::load_tls(c, k) {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("tillit: {e}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    init_logging(settings.log_format);
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tillit: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli.command, settings, tls)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("tillit: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// The key outside the database. The data folder is made (0700) for it even on PostgreSQL.
fn keys(settings: &Settings) -> Result<tillit_app::platform::keys::Keys, String> {
    if let Some(dir) = settings.secret_key_file.parent().filter(|d| !d.as_os_str().is_empty()) {
        tillit_store::private_dir(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    tillit_app::platform::keys::Keys::load_or_create(&settings.secret_key_file)
        .map_err(|e| format!("secret_key_file {e}"))
}

async fn open(settings: &Settings) -> Result<App, String> {
    let keys = Arc::new(keys(settings)?);
    let db = Db::open(settings.database_url.as_deref(), &settings.data_dir).await.map_err(|e| e.to_string())?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    tillit_app::catalogue::prepare_database(&db, clock.now().0).await.map_err(|e| format!("migration failed: {e}"))?;
    let mailer: Arc<dyn Mailer> = match &settings.smtp {
        Some(s) => Arc::new(SmtpMailer::new(s)?),
        None => Arc::new(NoMailer),
    };
    let config = AppConfig {
        base_url: settings.base_url.clone(),
        session: SessionPolicy {
            idle_timeout_secs: settings.session_idle_secs,
            absolute_lifetime_secs: settings.session_absolute_secs,
        },
        lockout: LockoutPolicy {
            max_failures: settings.lockout_max_failures,
            window_secs: settings.lockout_window_secs,
            lock_secs: settings.lockout_lock_secs,
        },
        pending_import_secs: settings.pending_import_secs,
        housekeeping_secs: settings.housekeeping_secs,
        done_jobs_kept_secs: settings.done_jobs_kept_secs,
        standstill_days: settings.standstill_days,
        bid_read_days: settings.bid_read_days,
        certificate_warning_days: settings.certificate_warning_days,
        supplier_link_minutes: settings.supplier_link_minutes,
        objection_reminder_days: settings.objection_reminder_days,
        audit_checkpoint_secs: settings.audit_checkpoint_secs,
        keys,
        ..AppConfig::default()
    };
    let app = App::new(db, clock, mailer, config);
    // Secrets an earlier version stored in the clear are sealed before anything else runs.
    let sealed = app.seal_stored_totp_secrets().await.map_err(|e| e.to_string())?
        + app.seal_stored_mail().await.map_err(|e| e.to_string())?;
    if sealed > 0 {
        tracing::info!(sealed, "secrets stored in the clear by an earlier version are now sealed");
    }
    Ok(app)
}

async fn run(
    command: Command,
    settings: Settings,
    tls: Option<std::sync::Arc<tokio_rustls_config::ServerConfig>>,
) -> Result<ExitCode, String> {
    match command {
        Command::Serve { .. } => serve(settings, tls).await,
        Command::Migrate => {
            let db = Db::open(settings.database_url.as_deref(), &settings.data_dir).await.map_err(|e| e.to_string())?;
            let before = tillit_store::migrate::current_version(&db).await.map_err(|e| e.to_string())?;
            tillit_app::catalogue::prepare_database(&db, SystemClock.now().0).await.map_err(|e| e.to_string())?;
            let v = tillit_store::migrate::current_version(&db).await.map_err(|e| e.to_string())?;
            println!("schema version {v} ({} migrations applied now); built-in catalogues loaded", v - before);
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit { command: AuditCommand::Verify { chain, witness } } => {
            audit_verify(&open(&settings).await?, chain.as_deref(), &witness).await
        }
        Command::Audit { command: AuditCommand::Checkpoint } => {
            let app = open(&settings).await?;
            for c in app.audit_checkpoints().await.map_err(|e| e.to_string())? {
                println!("{}", serde_json::to_string(&c).map_err(|e| e.to_string())?);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin { command } => admin(command, settings).await,
        Command::Catalogue { command } => catalogue(command, settings).await,
        Command::Case { command } => cases::run(&open(&settings).await?, command).await,
        Command::Supplier { command } => suppliers::run_supplier(&open(&settings).await?, command).await,
        Command::Contract { command } => suppliers::run_contract(&open(&settings).await?, command).await,
        Command::Scan(a) => scan::run(a, progress_bar()).await,
        Command::Backup { file, recipients } => backup::backup(&open(&settings).await?, &file, &recipients).await,
        Command::Restore { file, identity } => backup::restore(&open(&settings).await?, &file, identity.as_ref()).await,
    }
}

async fn audit_verify(app: &App, chain: Option<&str>, witness: &[std::path::PathBuf]) -> Result<ExitCode, String> {
    use tillit_domain::platform::audit_log::WitnessVerdict;
    let reports = app.audit_verify(chain).await.map_err(|e| e.to_string())?;
    let mut broken = false;
    for r in &reports {
        match &r.error {
            None => println!("ok      {} ({} records)", r.chain, r.records),
            Some(e) => {
                broken = true;
                println!("BROKEN  {e}");
            }
        }
    }
    if reports.is_empty() {
        println!("no audit records yet");
    }
    for file in witness {
        let text = std::fs::read(file).map_err(|e| format!("--witness {}: {e}", file.display()))?;
        let found = tillit_app::platform::audit_witness::read_witness(&String::from_utf8_lossy(&text));
        if found.is_empty() {
            return Err(format!("--witness {}: no audit checkpoint in the file", file.display()));
        }
        let found: Vec<_> = found.into_iter().filter(|c| chain.is_none_or(|ch| ch == c.chain)).collect();
        for r in app.verify_witness(&found).await.map_err(|e| e.to_string())? {
            let c = &r.checkpoint;
            let what = match r.verdict {
                WitnessVerdict::Holds => "holds",
                WitnessVerdict::BadSignature => "is not signed by this instance's key (secret_key_file)",
                WitnessVerdict::RecordGone => "is gone: the chain no longer has that record",
                WitnessVerdict::Rewritten => "was rewritten: that record now has another hash",
            };
            let ok = r.verdict == WitnessVerdict::Holds;
            broken |= !ok;
            println!(
                "{}  chain {}: witnessed record {} ({}) {what}",
                if ok { "ok    " } else { "BROKEN" },
                c.chain,
                c.seq,
                file.display()
            );
        }
    }
    Ok(if broken { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

async fn admin(command: AdminCommand, settings: Settings) -> Result<ExitCode, String> {
    let app = open(&settings).await?;
    match command {
        AdminCommand::CreateOrg { name, admin_email, admin_name } => {
            let password = std::env::var("TILLIT_ADMIN_PASSWORD").unwrap_or_default();
            let org = app
                .admin_create_org(&name, &admin_email, &admin_name, &password)
                .await
                .map_err(|e| format!("cannot create the organisation: {e}"))?;
            println!("created organisation {org} with administrator {admin_email}");
        }
        AdminCommand::AddUser { org, email, name, role } => {
            let role = tillit_domain::Role::parse(&role)
                .filter(|r| *r != tillit_domain::Role::SupplierRespondent)
                .ok_or_else(|| format!("unknown role {role:?}: use administrator, security_officer, procurement_officer, risk_owner or auditor"))?;
            let password = std::env::var("TILLIT_USER_PASSWORD").unwrap_or_default();
            app.admin_add_user(&tillit_domain::OrgId(org.clone()), &email, &name, role, &password)
                .await
                .map_err(|e| format!("cannot add {email} to {org}: {e}"))?;
            println!("added {email} to {org} as {}", role.as_str());
        }
        AdminCommand::ListOrgs => {
            for o in app.admin_list_orgs().await.map_err(|e| e.to_string())? {
                println!("{}  {}", o.id, o.name);
            }
        }
        AdminCommand::ResetMfa { email } => {
            app.admin_reset_mfa(&email).await.map_err(|e| format!("cannot reset MFA for {email}: {e}"))?;
            println!("two-step verification reset for {email}; they enrol again at next sign-in");
        }
        AdminCommand::SetupLink => match app.ensure_setup_link().await.map_err(|e| e.to_string())? {
            Some(t) => println!("{}/setup/{t}", app.config.base_url),
            None => {
                println!("setup is done: the database has users");
                return Ok(ExitCode::FAILURE);
            }
        },
    }
    Ok(ExitCode::SUCCESS)
}

async fn serve(
    settings: Settings,
    tls: Option<std::sync::Arc<tokio_rustls_config::ServerConfig>>,
) -> Result<ExitCode, String> {
    let app = open(&settings).await?;
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", settings.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let backend = match app.backend() {
        tillit_store::Backend::Sqlite => format!("SQLite in {}", settings.data_dir.display()),
        tillit_store::Backend::Postgres => "PostgreSQL".to_string(),
    };
    println!("tillit listening on {scheme}://{addr} ({backend})");
    if !memory::returns_memory() {
        tracing::warn!("the allocator's background thread is not running: freed memory stays with the process");
    }
    if let Some(token) = app.ensure_setup_link().await.map_err(|e| e.to_string())? {
        println!();
        println!("No users yet. Open this one-time link to create the first organisation and administrator:");
        println!("  {}/setup/{token}", app.config.base_url);
        println!();
    }
    let web = tillit_web::WebConfig {
        cookie_secure: settings.cookie_secure,
        hsts: tls.is_some() || settings.base_url.starts_with("https://"),
        max_body_bytes: settings.max_body_bytes,
        anonymous_max_body_bytes: settings.anonymous_max_body_bytes,
        ..tillit_web::WebConfig::default()
    };
    let state = tillit_web::AppState::new(app, web);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = tillit_web::server::spawn_worker(state.clone(), stop_rx);
    let shutdown = async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let term = std::future::pending::<()>();
        tokio::select! { _ = ctrl_c => {}, _ = term => {} }
        tracing::info!("shutting down");
    };
    tillit_web::server::serve(state.clone(), listener, tls, shutdown).await.map_err(|e| e.to_string())?;
    let _ = stop_tx.send(true);
    let _ = worker.await;
    state.app.close().await;
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on standard error, drawn only on a terminal.
fn progress_bar() -> impl FnMut(usize, usize) + Send {
    use std::io::{IsTerminal, Write};
    let tty = std::io::stderr().is_terminal();
    move |done: usize, total: usize| {
        if !tty || total == 0 {
            return;
        }
        let width = 30;
        let filled = done * width / total;
        let mut e = std::io::stderr();
        let _ = write!(e, "\r[{}{}] {done}/{total}", "#".repeat(filled), ".".repeat(width - filled));
        if done == total {
            let _ = writeln!(e);
        }
    }
}

async fn catalogue(command: CatalogueCommand, settings: Settings) -> Result<ExitCode, String> {
    use tillit_app::Actor;
    use tillit_domain::OrgId;
    let app = open(&settings).await?;
    let actor = |org: Option<String>| Actor::command_line(OrgId(org.unwrap_or_default()));
    match command {
        CatalogueCommand::List { org } => {
            for c in app.catalogues(&actor(org)).await.map_err(|e| e.to_string())? {
                let whose =
                    if c.owner.is_empty() { "built-in".to_string() } else { format!("v{} {}", c.version, c.status) };
                println!("{}  {}  ({} requirements, {}, {whose})", c.id, c.title, c.requirement_count, c.language);
            }
        }
        CatalogueCommand::Show { id, org } => {
            let v = app.catalogue(&actor(org), &id).await.map_err(|e| format!("{id}: {e}"))?;
            println!("{}", v.catalogue.title);
            for a in &v.areas {
                println!("\n{} {}", a.number, a.title);
                for r in v.requirements.iter().filter(|r| r.area_number == a.number) {
                    let text = if r.title.is_empty() { &r.text } else { &r.title };
                    println!("  {:<8} {}", r.reference, text.lines().next().unwrap_or(""));
                }
            }
        }
        CatalogueCommand::Import { file, org, dry_run } => {
            let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            if bytes.len() > tillit_app::catalogue::io::MAX_IMPORT_BYTES {
                return Err(format!(
                    "{} is larger than {} bytes",
                    file.display(),
                    tillit_app::catalogue::io::MAX_IMPORT_BYTES
                ));
            }
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut bar = progress_bar();
            match app
                .import_catalogue_cli(&OrgId(org.clone()), &name, &bytes, dry_run, &mut bar)
                .await
                .map_err(|e| e.to_string())?
            {
                Ok((c, id)) => {
                    let nested = c.requirements.iter().filter(|r| r.parent.is_some()).count();
                    println!(
                        "{}: {} areas, {} requirements ({nested} under another)",
                        c.title,
                        c.areas.len(),
                        c.requirements.len()
                    );
                    for w in c.warnings.iter().take(5) {
                        println!("note: {} {}", w.path, w.message);
                    }
                    match id {
                        Some(id) => println!("imported as {id} (a draft: review it, then publish)"),
                        None => println!("checked only (--dry-run): nothing was written"),
                    }
                }
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{}: {}", p.path, p.message);
                    }
                    eprintln!("{} problems; nothing was imported", problems.len());
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
        CatalogueCommand::Export { id, org, output } => {
            let doc = app.export_oscal(&actor(org), &id).await.map_err(|e| format!("{id}: {e}"))?;
            let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
            match output {
                Some(p) => std::fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))?,
                None => println!("{text}"),
            }
        }
        CatalogueCommand::Diff { id, from, to, org } => {
            use tillit_app::catalogue::edit::Side;
            use tillit_domain::catalogue::versions::Change;
            let side = |s: &str| Side::parse(s).ok_or_else(|| format!("{s:?} is not a version number or \"draft\""));
            let changes = app
                .diff_versions(&actor(Some(org)), &id, side(&from)?, side(&to)?)
                .await
                .map_err(|e| format!("{id}: {e}"))?;
            if changes.is_empty() {
                println!("no changes");
            }
            for c in changes {
                match c {
                    Change::Added(n) => println!("+ {}  {}", n.reference, n.text),
                    Change::Removed(o) => println!("- {}  {}", o.reference, o.text),
                    Change::Changed { old, new, fields } => {
                        println!("~ {}  ({})", new.reference, fields.join(", "));
                        println!("    was: {}", old.text);
                        println!("    now: {}", new.text);
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
