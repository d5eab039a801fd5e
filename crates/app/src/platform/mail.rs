//! E-mail. Use cases put a mail on the job queue inside their own transaction (so an
//! invitation and its e-mail commit together); a worker on any instance sends it.

use crate::platform::jobs::{Job, JobError};
use crate::platform::keys::Purpose;
use crate::{App, AppResult};
pub use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::pin::Pin;
use tillit_store::Tx;
use tillit_store::platform::jobs as stored_jobs;

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

/// The job that sends one mail. The payload is the mail itself (sealed: the body may hold a
/// one-time link); `once` names a mail that must be queued only once (a scheduled one).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendMail {
    #[serde(flatten)]
    pub mail: OutgoingMail,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub once: Option<String>,
}

impl Job for SendMail {
    const NAME: &'static str = "send_mail";
    const SEALED: bool = true;

    fn dedup_key(&self) -> Option<String> {
        self.once.clone()
    }

    /// Recipient and subject: the body may hold a one-time link and is gone with the sending.
    fn kept(&self) -> serde_json::Value {
        serde_json::json!({ "to": self.mail.to, "subject": self.mail.subject })
    }

    async fn run(&self, app: &App) -> Result<(), JobError> {
        app.mailer.send(&self.mail).await.map_err(|message| JobError { message, pause: !app.mailer.configured() })
    }
}

impl App {
    /// Queues a mail in the caller's transaction (so an invitation and its mail commit together).
    pub async fn enqueue_mail(&self, tx: &mut Tx, now: i64, mail: &OutgoingMail) -> AppResult<()> {
        self.enqueue(tx, &SendMail { mail: mail.clone(), once: None }, now).await.map(|_| ())
    }

    /// As `enqueue_mail`, for a mail that must go once: a scheduled mail's key names its
    /// occurrence, so it is queued once however often the schedule's job runs. Returns
    /// whether it was queued now.
    pub async fn enqueue_mail_once(&self, tx: &mut Tx, key: &str, now: i64, mail: &OutgoingMail) -> AppResult<bool> {
        self.enqueue(tx, &SendMail { mail: mail.clone(), once: Some(key.to_string()) }, now).await
    }

    /// Seals the payloads of mail queued before payloads were sealed, and strips the bodies
    /// of mail already sent. Run at start-up; does nothing the second time.
    pub async fn seal_stored_mail(&self) -> AppResult<usize> {
        let mut n = 0;
        for (id, payload, done) in stored_jobs::all_payloads(&self.db).await? {
            let Ok(mail) = serde_json::from_str::<OutgoingMail>(&payload) else { continue };
            let new = if done {
                SendMail { mail, once: None }.kept().to_string()
            } else {
                self.config.keys.seal_text(Purpose::Mail, &payload)
            };
            stored_jobs::set_payload(&self.db, &id, &new).await?;
            n += 1;
        }
        Ok(n)
    }
}
