//! Settings: built-in defaults, then a TOML file, then `TILLIT_*` environment variables,
//! then command-line flags. A bad value stops start-up with a message naming the
//! setting and where it came from (exit code 2).

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub listen: Option<String>,
    pub data_dir: Option<String>,
    pub database_url: Option<String>,
    pub base_url: Option<String>,
    pub log_format: Option<String>,
    pub max_body_bytes: Option<u64>,
    pub anonymous_max_body_bytes: Option<u64>,
    pub secret_key_file: Option<String>,
    pub pending_import_hours: Option<i64>,
    pub audit_checkpoint_hours: Option<i64>,
    pub housekeeping_minutes: Option<i64>,
    pub done_jobs_days: Option<i64>,
    pub standstill_days: Option<i64>,
    pub bid_read_days: Option<i64>,
    pub certificate_warning_days: Option<i64>,
    pub supplier_link_minutes: Option<i64>,
    pub objection_reminder_days: Option<i64>,
    pub cookie_secure: Option<bool>,
    pub smtp: Option<SmtpFile>,
    pub tls: Option<TlsFile>,
    pub session: Option<SessionFile>,
    pub lockout: Option<LockoutFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpFile {
    pub host: Option<String>,
    pub port: Option<u16>,
    pub from: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsFile {
    pub cert: Option<String>,
    pub key: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionFile {
    pub idle_minutes: Option<i64>,
    pub absolute_hours: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockoutFile {
    pub max_failures: Option<u32>,
    pub window_minutes: Option<i64>,
    pub lock_minutes: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: Option<String>,
    pub base_url: String,
    pub log_format: LogFormat,
    pub max_body_bytes: usize,
    /// The largest body read from someone not signed in (default 64 KiB).
    pub anonymous_max_body_bytes: usize,
    /// The key outside the database (default `<data>/secret.key`).
    pub secret_key_file: PathBuf,
    pub pending_import_secs: i64,
    /// How often auditors get the audit checkpoint by e-mail (default 24 hours).
    pub audit_checkpoint_secs: i64,
    /// How often housekeeping runs (default 5 minutes).
    pub housekeeping_secs: i64,
    pub done_jobs_kept_secs: i64,
    pub standstill_days: i64,
    pub bid_read_days: i64,
    pub certificate_warning_days: i64,
    pub supplier_link_minutes: i64,
    pub objection_reminder_days: i64,
    pub cookie_secure: bool,
    pub smtp: Option<tillit_app::platform::mail::SmtpSettings>,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub session_idle_secs: i64,
    pub session_absolute_secs: i64,
    pub lockout_max_failures: u32,
    pub lockout_window_secs: i64,
    pub lockout_lock_secs: i64,
}

#[derive(Debug)]
pub struct SettingError(pub String);

impl std::fmt::Display for SettingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Flags given on the command line; they win over everything else.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub listen: Option<String>,
    pub data_dir: Option<String>,
    pub database_url: Option<String>,
    pub tls_cert: Option<String>,
    pub tls_key: Option<String>,
    pub log_format: Option<String>,
}

/// A value with the name of where it came from, for error messages.
struct Src<T> {
    value: T,
    from: String,
}

fn pick<T>(
    flag: Option<T>,
    flag_name: &str,
    env: Option<T>,
    env_name: &str,
    file: Option<T>,
    key: &str,
) -> Option<Src<T>> {
    flag.map(|v| Src { value: v, from: format!("--{flag_name}") })
        .or_else(|| env.map(|v| Src { value: v, from: env_name.to_string() }))
        .or_else(|| file.map(|v| Src { value: v, from: format!("`{key}` in the settings file") }))
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn env_parsed<T: std::str::FromStr>(name: &str, setting: &str) -> Result<Option<T>, SettingError> {
    match env(name) {
        None => Ok(None),
        Some(v) => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| SettingError(format!("setting `{setting}` (from {name}) is not valid: {v:?}"))),
    }
}

pub fn load(o: &Overrides) -> Result<Settings, SettingError> {
    let config_path = o.config.clone().or_else(|| env("TILLIT_CONFIG").map(PathBuf::from));
    let file: FileSettings = match &config_path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| SettingError(format!("settings file {}: cannot read it: {e}", p.display())))?;
            toml::from_str(&text).map_err(|e| SettingError(format!("settings file {}: {e}", p.display())))?
        }
        None => FileSettings::default(),
    };

    let listen_src =
        pick(o.listen.clone(), "listen", env("TILLIT_LISTEN"), "TILLIT_LISTEN", file.listen.clone(), "listen");
    let listen = match listen_src {
        Some(s) => s.value.trim().parse::<SocketAddr>().map_err(|_| {
            SettingError(format!(
                "setting `listen` (from {}) is not an address and port like 127.0.0.1:8080: {:?}",
                s.from, s.value
            ))
        })?,
        None => SocketAddr::from(([127, 0, 0, 1], 8080)),
    };

    let data_dir =
        pick(o.data_dir.clone(), "data", env("TILLIT_DATA"), "TILLIT_DATA", file.data_dir.clone(), "data_dir")
            .map_or_else(|| PathBuf::from("./tillit-data"), |s| PathBuf::from(s.value));

    let database_url = pick(
        o.database_url.clone(),
        "database-url",
        env("TILLIT_DATABASE_URL"),
        "TILLIT_DATABASE_URL",
        file.database_url.clone(),
        "database_url",
    );
    if let Some(s) = &database_url
        && !["postgres://", "postgresql://", "sqlite://"].iter().any(|p| s.value.starts_with(p))
    {
        return Err(SettingError(format!(
            "setting `database_url` (from {}) must start with postgres:// or sqlite://",
            s.from
        )));
    }

    let tls_cert = pick(
        o.tls_cert.clone(),
        "tls-cert",
        env("TILLIT_TLS_CERT"),
        "TILLIT_TLS_CERT",
        file.tls.as_ref().and_then(|t| t.cert.clone()),
        "tls.cert",
    );
    let tls_key = pick(
        o.tls_key.clone(),
        "tls-key",
        env("TILLIT_TLS_KEY"),
        "TILLIT_TLS_KEY",
        file.tls.as_ref().and_then(|t| t.key.clone()),
        "tls.key",
    );
    let tls = match (tls_cert, tls_key) {
        (Some(c), Some(k)) => Some((PathBuf::from(c.value), PathBuf::from(k.value))),
        (None, None) => None,
        (Some(c), None) => {
            return Err(SettingError(format!("setting `tls.key` is missing: `tls.cert` is set (from {})", c.from)));
        }
        (None, Some(k)) => {
            return Err(SettingError(format!("setting `tls.cert` is missing: `tls.key` is set (from {})", k.from)));
        }
    };

    let default_base = format!("{}://{}", if tls.is_some() { "https" } else { "http" }, listen);
    let base = pick(None, "", env("TILLIT_BASE_URL"), "TILLIT_BASE_URL", file.base_url.clone(), "base_url");
    let base_url = match base {
        Some(s) => {
            let u = url::Url::parse(&s.value)
                .map_err(|e| SettingError(format!("setting `base_url` (from {}) is not a URL: {e}", s.from)))?;
            if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
                return Err(SettingError(format!("setting `base_url` (from {}) must be an http(s) address", s.from)));
            }
            s.value.trim_end_matches('/').to_string()
        }
        None => default_base,
    };

    let log_format = match pick(
        o.log_format.clone(),
        "log-format",
        env("TILLIT_LOG_FORMAT"),
        "TILLIT_LOG_FORMAT",
        file.log_format.clone(),
        "log_format",
    ) {
        None => LogFormat::Text,
        Some(s) => match s.value.as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => {
                return Err(SettingError(format!(
                    "setting `log_format` (from {}) must be text or json, not {other:?}",
                    s.from
                )));
            }
        },
    };

    let max_body =
        env_parsed::<u64>("TILLIT_MAX_BODY_BYTES", "max_body_bytes")?.or(file.max_body_bytes).unwrap_or(1024 * 1024);
    if !(1024..=1024 * 1024 * 1024).contains(&max_body) {
        return Err(SettingError(format!(
            "setting `max_body_bytes` must be between 1024 and 1073741824, not {max_body}"
        )));
    }
    let anonymous_max = env_parsed::<u64>("TILLIT_ANONYMOUS_MAX_BODY_BYTES", "anonymous_max_body_bytes")?
        .or(file.anonymous_max_body_bytes)
        .unwrap_or(64 * 1024);
    if !(1024..=max_body).contains(&anonymous_max) {
        return Err(SettingError(format!(
            "setting `anonymous_max_body_bytes` must be between 1024 and max_body_bytes ({max_body}), not {anonymous_max}"
        )));
    }
    let secret_key_file = env("TILLIT_SECRET_KEY_FILE")
        .or(file.secret_key_file.clone())
        .map_or_else(|| data_dir.join("secret.key"), PathBuf::from);
    let pending_import_hours = env_parsed::<i64>("TILLIT_PENDING_IMPORT_HOURS", "pending_import_hours")?
        .or(file.pending_import_hours)
        .unwrap_or(24);
    if !(1..=24 * 30).contains(&pending_import_hours) {
        return Err(SettingError(format!("setting `pending_import_hours` must be 1–720, not {pending_import_hours}")));
    }
    let checkpoint_hours = env_parsed::<i64>("TILLIT_AUDIT_CHECKPOINT_HOURS", "audit_checkpoint_hours")?
        .or(file.audit_checkpoint_hours)
        .unwrap_or(24);
    if !(1..=24 * 31).contains(&checkpoint_hours) {
        return Err(SettingError(format!("setting `audit_checkpoint_hours` must be 1–744, not {checkpoint_hours}")));
    }
    let housekeeping_minutes = env_parsed::<i64>("TILLIT_HOUSEKEEPING_MINUTES", "housekeeping_minutes")?
        .or(file.housekeeping_minutes)
        .unwrap_or(5);
    if !(1..=24 * 60).contains(&housekeeping_minutes) {
        return Err(SettingError(format!("setting `housekeeping_minutes` must be 1–1440, not {housekeeping_minutes}")));
    }
    let done_jobs_days =
        env_parsed::<i64>("TILLIT_DONE_JOBS_DAYS", "done_jobs_days")?.or(file.done_jobs_days).unwrap_or(90);
    if !(1..=3650).contains(&done_jobs_days) {
        return Err(SettingError(format!("setting `done_jobs_days` must be 1–3650, not {done_jobs_days}")));
    }
    let standstill_days =
        env_parsed::<i64>("TILLIT_STANDSTILL_DAYS", "standstill_days")?.or(file.standstill_days).unwrap_or(10);
    if !(1..=60).contains(&standstill_days) {
        return Err(SettingError(format!("setting `standstill_days` must be 1–60, not {standstill_days}")));
    }
    let bid_read_days =
        env_parsed::<i64>("TILLIT_BID_READ_DAYS", "bid_read_days")?.or(file.bid_read_days).unwrap_or(365);
    if !(1..=3650).contains(&bid_read_days) {
        return Err(SettingError(format!("setting `bid_read_days` must be 1–3650, not {bid_read_days}")));
    }
    let certificate_warning_days = env_parsed::<i64>("TILLIT_CERTIFICATE_WARNING_DAYS", "certificate_warning_days")?
        .or(file.certificate_warning_days)
        .unwrap_or(90);
    if !(1..=365).contains(&certificate_warning_days) {
        return Err(SettingError(format!(
            "setting `certificate_warning_days` must be 1–365, not {certificate_warning_days}"
        )));
    }
    let supplier_link_minutes = env_parsed::<i64>("TILLIT_SUPPLIER_LINK_MINUTES", "supplier_link_minutes")?
        .or(file.supplier_link_minutes)
        .unwrap_or(30);
    if !(5..=1440).contains(&supplier_link_minutes) {
        return Err(SettingError(format!(
            "setting `supplier_link_minutes` must be 5–1440, not {supplier_link_minutes}"
        )));
    }
    let objection_reminder_days = env_parsed::<i64>("TILLIT_OBJECTION_REMINDER_DAYS", "objection_reminder_days")?
        .or(file.objection_reminder_days)
        .unwrap_or(3);
    if !(1..=60).contains(&objection_reminder_days) {
        return Err(SettingError(format!(
            "setting `objection_reminder_days` must be 1–60, not {objection_reminder_days}"
        )));
    }
    let https = base_url.starts_with("https://");
    let cookie_secure = env_parsed::<bool>("TILLIT_COOKIE_SECURE", "cookie_secure")?
        .or(file.cookie_secure)
        .unwrap_or(https || tls.is_some());

    let smtp_file = file.smtp.unwrap_or_default();
    let smtp_host = env("TILLIT_SMTP_HOST").or(smtp_file.host);
    let smtp_port = env_parsed::<u16>("TILLIT_SMTP_PORT", "smtp.port")?.or(smtp_file.port).unwrap_or(25);
    let smtp_from = env("TILLIT_SMTP_FROM").or(smtp_file.from).unwrap_or_else(|| "tillit <noreply@localhost>".into());
    let smtp =
        smtp_host.map(|host| tillit_app::platform::mail::SmtpSettings { host, port: smtp_port, from: smtp_from });
    if let Some(s) = &smtp
        && s.from.parse::<lettre_check::Mailbox>().is_err()
    {
        return Err(SettingError(format!("setting `smtp.from` is not an e-mail address: {:?}", s.from)));
    }

    let sess = file.session.unwrap_or_default();
    let idle =
        env_parsed::<i64>("TILLIT_SESSION_IDLE_MINUTES", "session.idle_minutes")?.or(sess.idle_minutes).unwrap_or(30);
    let absolute = env_parsed::<i64>("TILLIT_SESSION_ABSOLUTE_HOURS", "session.absolute_hours")?
        .or(sess.absolute_hours)
        .unwrap_or(12);
    if !(1..=24 * 60).contains(&idle) {
        return Err(SettingError(format!("setting `session.idle_minutes` must be 1–1440, not {idle}")));
    }
    if !(1..=24 * 30).contains(&absolute) {
        return Err(SettingError(format!("setting `session.absolute_hours` must be 1–720, not {absolute}")));
    }
    let lk = file.lockout.unwrap_or_default();
    let max_failures = lk.max_failures.unwrap_or(5);
    let window = lk.window_minutes.unwrap_or(15);
    let lock = lk.lock_minutes.unwrap_or(15);
    if !(3..=100).contains(&max_failures) || !(1..=1440).contains(&window) || !(1..=1440).contains(&lock) {
        return Err(SettingError(
            "setting `lockout`: max_failures must be 3–100, window_minutes and lock_minutes 1–1440".into(),
        ));
    }

    Ok(Settings {
        listen,
        data_dir,
        database_url: database_url.map(|s| s.value),
        base_url,
        log_format,
        max_body_bytes: max_body as usize,
        anonymous_max_body_bytes: anonymous_max as usize,
        secret_key_file,
        pending_import_secs: pending_import_hours * 3600,
        audit_checkpoint_secs: checkpoint_hours * 3600,
        housekeeping_secs: housekeeping_minutes * 60,
        done_jobs_kept_secs: done_jobs_days * 86_400,
        standstill_days,
        bid_read_days,
        certificate_warning_days,
        supplier_link_minutes,
        objection_reminder_days,
        cookie_secure,
        smtp,
        tls,
        session_idle_secs: idle * 60,
        session_absolute_secs: absolute * 3600,
        lockout_max_failures: max_failures,
        lockout_window_secs: window * 60,
        lockout_lock_secs: lock * 60,
    })
}

/// Only the address parser of lettre, to check `smtp.from` before start.
mod lettre_check {
    pub use tillit_app::platform::mail::Mailbox;
}
