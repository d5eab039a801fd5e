//! Security headers on every response, cookies, and the request log. What a request must
//! pass before a handler (body limits, CSRF, control characters) is in `guard`.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages hold personal and supplier data: never cached by browsers or proxies.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if st.web.hsts {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    res
}

pub fn cookie_value(req_headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    req_headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
        v.split(';').find_map(|kv| {
            let (k, val) = kv.trim().split_once('=')?;
            (k == name).then(|| val.to_string())
        })
    })
}

/// Gives a visitor without one a pre-session CSRF cookie, so the sign-in and setup forms
/// are protected too.
pub async fn ensure_pre_cookie(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let missing = cookie_value(req.headers(), st.pre_cookie()).is_none_or(|v| v.len() < 32);
    let fresh = missing.then(tillit_app::platform::secrets::random_token);
    if let Some(t) = &fresh {
        req.extensions_mut().insert(crate::ctx::FreshPreToken(t.clone()));
    }
    let mut res = next.run(req).await;
    if let Some(t) = fresh
        && let Ok(v) = HeaderValue::from_str(&st.cookie(st.pre_cookie(), &t, None))
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// One log line per request: method, the route template (never the raw path, which can
/// hold a one-time token), status and time taken. No query strings, headers or bodies.
pub async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "(unrouted)".to_string());
    let started = std::time::Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16();
    let ms = started.elapsed().as_millis() as u64;
    if status >= 500 {
        tracing::error!(%method, route, status, ms, "request");
    } else {
        tracing::info!(%method, route, status, ms, "request");
    }
    res
}
