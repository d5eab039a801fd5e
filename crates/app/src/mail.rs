//! E-mail. Use cases put a mail on the job queue inside their own transaction (so an
//! invitation and its e-mail commit together); a worker on any instance sends it.

use crate::keys::Purpose;
use crate::{App, AppResult};
pub use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::pin::Pin;
use tillit_store::Tx;
use tillit_store::platform::jobs;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub type MailFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

pub trait Mailer: Send + Sync + 'static {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> MailFuture<'a>;
    /// Whether mail can go anywhere at all (the admin pages warn when not).
    fn configured(&self) -> bool {
        true
    }
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub from: String,
}

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    pub fn new(s: &SmtpSettings) -> Result<SmtpMailer, String> {
        let from: Mailbox = s.from.parse().map_err(|e| format!("smtp.from is not an e-mail address: {e}"))?;
        // Plain SMTP to a relay on the local network (postfix, a sink in tests). A relay
        // across the internet would be reached through the local MTA.
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host)
            .port(s.port)
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(SmtpMailer { transport, from })
    }
}

impl Mailer for SmtpMailer {
    fn send<'a>(&'a self, mail: &'a OutgoingMail) -> MailFuture<'a> {
        Box::pin(async move {
            let to: Mailbox = mail.to.parse().map_err(|e| format!("recipient: {e}"))?;
            let msg = Message::builder()
                .from(self.from.clone())
                .to(to)
                .subject(mail.subject.clone())
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.clone())
                .map_err(|e| e.to_string())?;
            self.transport.send(msg).await.map(|_| ()).map_err(|e| e.to_string())
        })
    }
}

/// Used when no SMTP server is configured: mail stays queued and the admin pages say so.
pub struct NoMailer;

impl Mailer for NoMailer {
    fn send<'a>(&'a self, _mail: &'a OutgoingMail) -> MailFuture<'a> {
        Box::pin(async { Err("no SMTP server is configured (smtp.host)".to_string()) })
    }
    fn configured(&self) -> bool {
        false
    }
}

pub const JOB_SEND_MAIL: &str = "send_mail";
const MAX_ATTEMPTS: i64 = 8;

/// What is kept of a mail once it is sent or given up: recipient and subject. The body may
/// hold a one-time link (portal, invitation, reset) and is gone with the sending.
fn kept(mail: &OutgoingMail) -> String {
    serde_json::json!({ "to": mail.to, "subject": mail.subject }).to_string()
}

impl App {
    /// Queues a mail in the caller's transaction. The payload is sealed with the instance's
    /// key: a copy of the database does not reveal the links in waiting mail.
    pub async fn enqueue_mail(&self, tx: &mut Tx, now: i64, mail: &OutgoingMail) -> AppResult<()> {
        self.enqueue_mail_once(tx, &crate::new_id(), now, mail).await.map(|_| ())
    }

    /// As `enqueue_mail`, with the job's id given: a scheduled mail's id names its period, so
    /// it is queued once however many instances try. Returns whether it was queued now.
    pub async fn enqueue_mail_once(&self, tx: &mut Tx, id: &str, now: i64, mail: &OutgoingMail) -> AppResult<bool> {
        let json = serde_json::to_string(mail).map_err(|e| crate::AppError::Internal(e.to_string()))?;
        let payload = self.config.keys.seal_text(Purpose::Mail, &json);
        Ok(jobs::enqueue_once(tx, id, JOB_SEND_MAIL, &payload, now).await?)
    }

    fn open_mail(&self, payload: &str) -> Result<OutgoingMail, String> {
        let json = if payload.starts_with("sealed:") {
            self.config.keys.open_text(Purpose::Mail, payload).ok_or("sealed with another key (secret_key_file)")?
        } else {
            payload.to_string()
        };
        serde_json::from_str::<OutgoingMail>(&json).map_err(|e| format!("bad payload: {e}"))
    }

    /// Seals the payloads of mail queued before payloads were sealed, and strips the bodies
    /// of mail already sent. Run at start-up; does nothing the second time.
    pub async fn seal_stored_mail(&self) -> AppResult<usize> {
        let mut n = 0;
        for (id, payload, done) in jobs::all_payloads(&self.db).await? {
            let Ok(mail) = serde_json::from_str::<OutgoingMail>(&payload) else { continue };
            let new = if done { kept(&mail) } else { self.config.keys.seal_text(Purpose::Mail, &payload) };
            jobs::set_payload(&self.db, &id, &new).await?;
            n += 1;
        }
        Ok(n)
    }

    /// Runs every due job once. Returns how many ran. The server calls this every few
    /// seconds; tests call it directly.
    pub async fn run_due_jobs(&self) -> AppResult<usize> {
        let mut n = 0;
        loop {
            let now = self.now().0;
            let Some(job) = jobs::claim(&self.db, &self.config.instance_id, now, now + 120).await? else {
                return Ok(n);
            };
            n += 1;
            let mail = self.open_mail(&job.payload);
            let keep = mail.as_ref().map(kept).unwrap_or_else(|_| "{}".into());
            let result = match (job.kind.as_str(), mail) {
                (JOB_SEND_MAIL, Ok(mail)) => self.mailer.send(&mail).await,
                (JOB_SEND_MAIL, Err(e)) => Err(e),
                (other, _) => Err(format!("unknown job kind {other}")),
            };
            match result {
                Ok(()) => jobs::finish(&self.db, &job.id, &self.config.instance_id, now, &keep).await?,
                Err(e) => {
                    // Never log the body: it may hold a one-time link.
                    tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts, error = %e, "job failed");
                    let backoff = 30 * (1 << job.attempts.min(8));
                    let give_up = job.attempts >= MAX_ATTEMPTS;
                    jobs::fail(&self.db, &job.id, &self.config.instance_id, &e, now + backoff, give_up, now, &keep)
                        .await?;
                    if !self.mailer.configured() {
                        return Ok(n);
                    }
                }
            }
        }
    }
}
