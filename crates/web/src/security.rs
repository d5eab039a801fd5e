//! Security headers on every response, the body limit, and CSRF on every
//! state-changing request that is not a bearer-token API call.

use crate::state::AppState;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tillit_domain::totp::constant_time_eq;

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

fn is_state_changing(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Enforces the body limit (413) and, for state-changing requests, CSRF (403): the form
/// field `_csrf` or the `X-CSRF-Token` header must equal the session's token, or before
/// sign-in the pre-session cookie's. Cross-site requests are refused outright.
pub async fn csrf_and_limit(State(st): State<AppState>, req: Request, next: Next) -> Response {
    // Catalogue files are larger than forms; that one route takes up to the import limit.
    let path = req.uri().path();
    let limit = if path == "/catalogues/import" || (path.starts_with("/bids/") && path.ends_with("/import")) {
        st.web.max_body_bytes.max(tillit_app::catalogue_io::MAX_IMPORT_BYTES)
    } else if path.starts_with("/portal/") && path.ends_with("/evidence") {
        // The file plus the form around it.
        st.web.max_body_bytes.max(tillit_app::portal::MAX_EVIDENCE_BYTES + 64 * 1024)
    } else {
        st.web.max_body_bytes
    };
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response();
    }
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response(),
    };
    let path = parts.uri.path();
    let bearer = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    // The API authenticates by bearer token only and never by cookie, so a browser
    // cannot be tricked into calling it.
    let api = path.starts_with("/api/");
    if is_state_changing(&parts.method) && !(api && bearer) {
        if parts.headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
        let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_string).or_else(|| {
            match multipart_boundary(&parts.headers) {
                Some(b) => multipart_field(&bytes, &b, "_csrf"),
                None => form_field(&bytes, "_csrf"),
            }
        });
        let expected = expected_csrf(&st, &parts.headers).await;
        let ok = match (sent, expected) {
            (Some(s), Some(e)) => !e.is_empty() && constant_time_eq(s.as_bytes(), e.as_bytes()),
            _ => false,
        };
        if !ok {
            return (StatusCode::FORBIDDEN, "missing or wrong CSRF token: reload the page and try again")
                .into_response();
        }
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

async fn expected_csrf(st: &AppState, h: &axum::http::HeaderMap) -> Option<String> {
    if let Some(tok) = cookie_value(h, st.session_cookie())
        && let Ok(Some(cs)) = st.app.current_session(&tok).await
    {
        return Some(cs.session.csrf_token);
    }
    cookie_value(h, st.pre_cookie())
}

fn multipart_boundary(h: &axum::http::HeaderMap) -> Option<String> {
    let ct = h.get(header::CONTENT_TYPE)?.to_str().ok()?;
    if !ct.starts_with("multipart/form-data") {
        return None;
    }
    ct.split(';').find_map(|p| p.trim().strip_prefix("boundary=")).map(|b| b.trim_matches('"').to_string())
}

/// The value of a small text field in a multipart body (the CSRF token of an upload form).
fn multipart_field(body: &[u8], boundary: &str, name: &str) -> Option<String> {
    let delim = format!("--{boundary}");
    let text = String::from_utf8_lossy(body);
    let wanted = format!("name=\"{name}\"");
    text.split(delim.as_str()).find_map(|part| {
        let (head, value) = part.split_once("\r\n\r\n")?;
        let header_line = head.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        (header_line.contains(&wanted) && !header_line.contains("filename="))
            .then(|| value.trim_end_matches("\r\n").to_string())
    })
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

/// Gives a visitor without one a pre-session CSRF cookie, so the sign-in and setup forms
/// are protected too.
pub async fn ensure_pre_cookie(State(st): State<AppState>, mut req: Request, next: Next) -> Response {
    let missing = cookie_value(req.headers(), st.pre_cookie()).is_none_or(|v| v.len() < 32);
    let fresh = missing.then(tillit_app::secrets::random_token);
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
