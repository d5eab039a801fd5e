use std::sync::Arc;
use tillit_app::App;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Set the `Secure` flag (and the `__Host-` prefix) on cookies. On when tillit serves
    /// TLS itself or its public address is https; off only for plain local use.
    pub cookie_secure: bool,
    /// Send HSTS: only when people reach tillit over https.
    pub hsts: bool,
    /// Largest request body accepted, in bytes (413 beyond).
    pub max_body_bytes: usize,
    /// Largest body read from someone not signed in, or not allowed to use the route.
    pub anonymous_max_body_bytes: usize,
    /// A connection's request headers must arrive within this time (default 10 s).
    pub header_read_timeout_secs: u64,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            cookie_secure: false,
            hsts: false,
            max_body_bytes: 1024 * 1024,
            anonymous_max_body_bytes: 64 * 1024,
            header_read_timeout_secs: 10,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub web: Arc<WebConfig>,
}

impl AppState {
    pub fn new(app: App, web: WebConfig) -> AppState {
        AppState { app, web: Arc::new(web) }
    }

    pub fn session_cookie(&self) -> &'static str {
        if self.web.cookie_secure { "__Host-tillit-session" } else { "tillit-session" }
    }

    pub fn pre_cookie(&self) -> &'static str {
        if self.web.cookie_secure { "__Host-tillit-csrf" } else { "tillit-csrf" }
    }

    /// A `Set-Cookie` value: HttpOnly and SameSite=Lax always, Secure when configured.
    /// Lax (not Strict) so a link from an e-mail opens the signed-in page; every
    /// state-changing request also needs the CSRF token.
    pub fn cookie(&self, name: &str, value: &str, max_age: Option<i64>) -> String {
        let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
        if self.web.cookie_secure {
            c.push_str("; Secure");
        }
        if let Some(a) = max_age {
            c.push_str(&format!("; Max-Age={a}"));
        }
        c
    }
}
