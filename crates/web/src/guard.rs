//! What every request passes before a handler runs, in this order, so nothing large is read
//! for someone who may not send it:
//! 1. a control character in the path finds nothing (404); in the query it is refused (422,
//!    naming the parameter);
//! 2. an API call without a bearer token is 401 JSON, whatever the method;
//! 3. who is asking: a signed-in member (session or API token) or a live supplier-portal
//!    link. A member whose role lacks the route's permission gets 403 here, before any form is
//!    parsed; a supplier person gets 404 (and the attempt is audited). Anyone not known may send at most `anonymous_max_body_bytes`;
//! 4. a declared length over the limit is 413 before a byte is read;
//! 5. CSRF for state-changing requests (not bearer API calls), from the header, or from the
//!    first 64 KiB of an upload (the `_csrf` field comes first in every upload form);
//! 6. the rest of the body, up to the limit (413 past it);
//! 7. control characters in any text field of a form, multipart form or JSON body (422,
//!    naming the field). Text files are files: an uploaded file's bytes are not text fields.

use crate::routes::{self, Access, ROUTES, Route};
use crate::security::cookie_value;
use crate::state::AppState;
use axum::Json;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tillit_domain::identity::totp::constant_time_eq;

/// How much of a body is read before the CSRF token is checked.
const CSRF_PREFIX: usize = 64 * 1024;

/// The route table entry a request is for: segments match literally or as `{param}`; where
/// several match (`/catalogues/import` and `/catalogues/{id}`), the most literal wins.
pub fn spec_for(method: &Method, path: &str) -> Option<&'static Route> {
    let segs: Vec<&str> = path.split('/').collect();
    ROUTES
        .iter()
        .filter(|s| s.method == method.as_str() || (s.method == "GET" && method == Method::HEAD))
        .filter_map(|s| {
            let pat: Vec<&str> = s.path.split('/').collect();
            if pat.len() != segs.len() {
                return None;
            }
            let mut literal = 0;
            for (p, g) in pat.iter().zip(&segs) {
                if p.starts_with('{') {
                    if g.is_empty() {
                        return None;
                    }
                } else if p == g {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, s))
        })
        .max_by_key(|(l, _)| *l)
        .map(|(_, s)| s)
}

/// The largest body a route takes from someone allowed to use it: its row says.
fn route_limit(st: &AppState, spec: Option<&Route>) -> usize {
    let base = st.web.max_body_bytes;
    match spec.map(|s| s.body) {
        Some(routes::Body::Upload(n)) => base.max(n),
        Some(routes::Body::Form) | None => base,
    }
}

/// `Authorization: Bearer …`, the scheme in any case (RFC 9110 makes it case-insensitive).
pub fn bearer_token(h: &HeaderMap) -> Option<&str> {
    let v = h.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

fn is_state_changing(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// A character that has no place in text: C0 controls but tab and line breaks, DEL, C1.
fn bad_char(s: &str) -> Option<(usize, char)> {
    s.chars().enumerate().find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

fn control_char(api: bool, field: &str, pos: usize, c: char) -> Response {
    let field: String = field.chars().filter(|c| !c.is_control()).take(80).collect();
    let message = format!(
        "the field \"{field}\" holds a control character (U+{:04X} at character {}) that has no place in text",
        c as u32,
        pos + 1
    );
    if api {
        let body =
            json!({ "error": "invalid", "field": field, "message": "error-control-character", "detail": message });
        (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
    } else {
        (StatusCode::UNPROCESSABLE_ENTITY, message).into_response()
    }
}

async fn forbidden(st: &AppState, req: Request, api: bool) -> Response {
    use axum::extract::FromRequestParts;
    if api {
        return crate::api::ApiError(tillit_app::AppError::Forbidden).into_response();
    }
    let (mut parts, _) = req.into_parts();
    match crate::ctx::Authed::from_request_parts(&mut parts, st).await {
        Ok(a) => crate::html::fail(a.ctx, tillit_app::AppError::Forbidden),
        Err(r) => r,
    }
}

async fn not_found(st: &AppState, req: Request, api: bool) -> Response {
    use axum::extract::FromRequestParts;
    if api {
        return crate::api::ApiError(tillit_app::AppError::NotFound).into_response();
    }
    let (mut parts, _) = req.into_parts();
    match crate::ctx::Page::from_request_parts(&mut parts, st).await {
        Ok(page) => crate::html::platform::ops::not_found(page).await,
        Err(r) => r,
    }
}

async fn too_large(st: &AppState, parts: &Parts, api: bool, limit: usize) -> Response {
    if api {
        let message = format!("request body too large (at most {limit} bytes here)");
        return (StatusCode::PAYLOAD_TOO_LARGE, Json(json!({ "error": "too_large", "message": message })))
            .into_response();
    }
    // A page in the sender's language that says what happened and how to go on, with the way
    // back to the page the form was on (when it was one of ours).
    let ctx = crate::ctx::build_ctx(st, parts, None).await;
    let size = if limit < 1024 * 1024 {
        format!("{} KB", limit.div_ceil(1024))
    } else {
        format!("{} MB", limit / (1024 * 1024))
    };
    let text = ctx.t1("error-too-large-text", "size", &size);
    let back = parts
        .headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| url::Url::parse(r).ok())
        .filter(|u| {
            parts.headers.get(header::HOST).and_then(|h| h.to_str().ok())
                == Some(&u[url::Position::BeforeHost..url::Position::AfterPort])
        })
        .map(|u| u[url::Position::BeforePath..].to_string())
        .unwrap_or_else(|| "/".to_string());
    let link = Some((back, ctx.t("action-go-back")));
    crate::html::message_text(ctx, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large-title", text, link)
}

/// Who is asking, as far as the request's credentials say.
enum Caller {
    /// A signed-in member with an organisation (a session or an API token).
    Member(tillit_app::Actor),
    /// The holder of a live supplier-portal link.
    Portal,
    /// Anyone else: not signed in, a half-finished sign-in, a wrong token or link.
    Unknown,
}

async fn caller(st: &AppState, h: &HeaderMap, spec: Option<&Route>, path: &str) -> Caller {
    if let Some(token) = bearer_token(h) {
        return match st.app.actor_for_api_token(token).await {
            Ok(Some(a)) => Caller::Member(a),
            _ => Caller::Unknown,
        };
    }
    if spec.is_some_and(|s| s.path.starts_with("/portal/{token}")) {
        let token = path.split('/').nth(2).unwrap_or("");
        return if st.app.portal_link_live(token).await.unwrap_or(false) { Caller::Portal } else { Caller::Unknown };
    }
    let Some(tok) = cookie_value(h, st.session_cookie()) else { return Caller::Unknown };
    match st.app.current_session(&tok).await {
        Ok(Some(cs)) => cs.actor().map_or(Caller::Unknown, Caller::Member),
        _ => Caller::Unknown,
    }
}

/// A member whose role lacks the route's permission: refused before the body is read or a
/// form is parsed, so a read-only role gets 403 whatever it sends (never 422).
fn lacks_permission(who: &Caller, spec: Option<&Route>) -> bool {
    match (who, spec.map(|s| s.access)) {
        (Caller::Member(a), Some(Access::Needs(p))) => !a.role.has(p),
        _ => false,
    }
}

/// Reads frames until `buf` holds at least `want` bytes or the body ends. Err past `limit`.
async fn read_into(body: &mut Body, buf: &mut Vec<u8>, want: usize, limit: usize) -> Result<bool, ()> {
    while buf.len() < want {
        match body.frame().await {
            None => return Ok(true),
            Some(Err(_)) => return Err(()),
            Some(Ok(f)) => {
                if let Ok(d) = f.into_data() {
                    if buf.len() + d.len() > limit {
                        return Err(());
                    }
                    buf.extend_from_slice(&d);
                }
            }
        }
    }
    Ok(false)
}

pub async fn guard(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let api = path.starts_with("/api/");
    // 1. The path and the query.
    // A path segment is an id or a name: with a control character in it, nothing is there.
    for seg in path.split('/') {
        let decoded = percent_encoding::percent_decode_str(seg).decode_utf8_lossy();
        if bad_char(&decoded).is_some() {
            return if api {
                crate::api::ApiError(tillit_app::AppError::NotFound).into_response()
            } else {
                (StatusCode::NOT_FOUND, "not found").into_response()
            };
        }
    }
    if let Some(q) = req.uri().query() {
        for (k, v) in url::form_urlencoded::parse(q.as_bytes()) {
            if let Some((i, c)) = bad_char(&k).or_else(|| bad_char(&v)) {
                return control_char(api, &k, i, c);
            }
        }
    }
    // 2. The API answers a missing token as it answers a wrong one.
    let bearer = bearer_token(req.headers()).is_some();
    if api && !bearer && path != "/api/v1/openapi.json" {
        return crate::api::ApiError(tillit_app::AppError::Unauthenticated).into_response();
    }
    // 3–4. Who asks, whether their role may use the route, and the limit for them.
    let spec = spec_for(req.method(), &path);
    let route_max = route_limit(&st, spec);
    let has_body = is_state_changing(req.method());
    let needs_caller = has_body || matches!(spec.map(|s| s.access), Some(Access::Needs(_)));
    let who = if needs_caller { caller(&st, req.headers(), spec, &path).await } else { Caller::Unknown };
    if lacks_permission(&who, spec) {
        // A supplier's people learn nothing of the buyer's pages, not even that they exist;
        // the attempt is in the organisation's log.
        if let Caller::Member(a) = &who
            && a.role == tillit_domain::Role::SupplierRespondent
        {
            if let Err(e) = st.app.refuse_supplier_person(a, req.method().as_str(), &path).await {
                tracing::warn!(error = %e, "recording a supplier person's refusal failed");
            }
            return not_found(&st, req, api).await;
        }
        return forbidden(&st, req, api).await;
    }
    let limit = match who {
        _ if !has_body => 0,
        Caller::Member(_) | Caller::Portal => route_max,
        Caller::Unknown => route_max.min(st.web.anonymous_max_body_bytes),
    };
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    let (parts, mut body) = req.into_parts();
    if has_body && declared.is_some_and(|n| n > limit) {
        return too_large(&st, &parts, api, limit).await;
    }
    let mut bytes = Vec::new();
    if !has_body {
        // A GET carries no body worth reading; whatever was sent is dropped unread.
        return next.run(Request::from_parts(parts, Body::empty())).await;
    }
    // 5. CSRF, from the header or the first part of the body.
    let mut ended = false;
    if !(api && bearer) {
        if parts.headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
        let header_token = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_string);
        let boundary = multipart_boundary(&parts.headers);
        if header_token.is_none() {
            // An upload's token is in its first part; a form (at most `max_body_bytes`) is read whole.
            let want = if boundary.is_some() { CSRF_PREFIX.min(limit.max(1)) } else { usize::MAX };
            match read_into(&mut body, &mut bytes, want, limit).await {
                Ok(e) => ended = e,
                Err(()) => return too_large(&st, &parts, api, limit).await,
            }
        }
        let sent = header_token.or_else(|| match boundary {
            Some(b) => multipart_fields(&bytes, &b)
                .into_iter()
                .find(|f| f.name == "_csrf" && f.filename.is_none())
                .map(|f| f.value),
            None => form_field(&bytes, "_csrf"),
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
    // 6. The rest of the body.
    if !ended && read_into(&mut body, &mut bytes, usize::MAX, limit).await.is_err() {
        return too_large(&st, &parts, api, limit).await;
    }
    // 7. Text fields.
    if let Some(r) = check_fields(&parts.headers, &bytes, api) {
        return r;
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// A control character in any text field of the body, as a 422 naming the field.
fn check_fields(h: &HeaderMap, body: &[u8], api: bool) -> Option<Response> {
    let ct = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    if let Some(b) = multipart_boundary(h) {
        for f in multipart_fields(body, &b) {
            let text = f.filename.as_deref().unwrap_or(&f.value);
            if let Some((i, c)) = bad_char(&f.name).or_else(|| bad_char(text)) {
                return Some(control_char(api, &f.name, i, c));
            }
        }
    } else if ct.starts_with("application/json") {
        let v: Value = serde_json::from_slice(body).ok()?;
        let (field, i, c) = json_bad_char(&v, "$")?;
        return Some(control_char(api, &field, i, c));
    } else {
        for (k, v) in url::form_urlencoded::parse(body) {
            if let Some((i, c)) = bad_char(&k).or_else(|| bad_char(&v)) {
                return Some(control_char(api, &k, i, c));
            }
        }
    }
    None
}

fn json_bad_char(v: &Value, path: &str) -> Option<(String, usize, char)> {
    match v {
        Value::String(s) => bad_char(s).map(|(i, c)| (path.to_string(), i, c)),
        Value::Array(a) => a.iter().enumerate().find_map(|(n, x)| json_bad_char(x, &format!("{path}[{n}]"))),
        Value::Object(o) => o.iter().find_map(|(k, x)| {
            let p = format!("{path}.{k}");
            bad_char(k).map(|(i, c)| (p.clone(), i, c)).or_else(|| json_bad_char(x, &p))
        }),
        _ => None,
    }
}

async fn expected_csrf(st: &AppState, h: &HeaderMap) -> Option<String> {
    if let Some(tok) = cookie_value(h, st.session_cookie())
        && let Ok(Some(cs)) = st.app.current_session(&tok).await
    {
        return Some(cs.session.csrf_token);
    }
    cookie_value(h, st.pre_cookie())
}

fn multipart_boundary(h: &HeaderMap) -> Option<String> {
    let ct = h.get(header::CONTENT_TYPE)?.to_str().ok()?;
    if !ct.to_ascii_lowercase().starts_with("multipart/form-data") {
        return None;
    }
    ct.split(';').find_map(|p| p.trim().strip_prefix("boundary=")).map(|b| b.trim_matches('"').to_string())
}

struct Field {
    name: String,
    filename: Option<String>,
    /// The text of a field without a file name; empty for files (their bytes are not text).
    value: String,
}

/// The fields of a multipart body (or of its first part, while it is still arriving).
fn multipart_fields(body: &[u8], boundary: &str) -> Vec<Field> {
    let delim = format!("--{boundary}");
    let mut out = vec![];
    for part in split_bytes(body, delim.as_bytes()).into_iter().skip(1) {
        let Some(at) = find(part, b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&part[..at]);
        let Some(disposition) = head.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition")) else {
            continue;
        };
        let param = |key: &str| {
            disposition.split(';').map(str::trim).find_map(|p| {
                let (k, v) = p.split_once('=')?;
                k.trim().eq_ignore_ascii_case(key).then(|| v.trim().trim_matches('"').to_string())
            })
        };
        let Some(name) = param("name") else { continue };
        let filename = param("filename");
        let raw = &part[at + 4..];
        let raw = raw.strip_suffix(b"\r\n").unwrap_or(raw);
        let value = if filename.is_some() { String::new() } else { String::from_utf8_lossy(raw).into_owned() };
        out.push(Field { name, filename, value });
    }
    out
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

fn split_bytes<'a>(mut h: &'a [u8], d: &[u8]) -> Vec<&'a [u8]> {
    let mut out = vec![];
    while let Some(i) = find(h, d) {
        out.push(&h[..i]);
        h = &h[i + d.len()..];
    }
    out.push(h);
    out
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_literal_route_wins() {
        assert_eq!(spec_for(&Method::POST, "/catalogues/import").map(|s| s.path), Some("/catalogues/import"));
        assert_eq!(spec_for(&Method::GET, "/catalogues/abc").map(|s| s.path), Some("/catalogues/{id}"));
        assert_eq!(spec_for(&Method::POST, "/portal/t/answers").map(|s| s.path), Some("/portal/{token}/answers"));
        assert!(spec_for(&Method::POST, "/portal/t/evidence").is_none(), "the legacy upload route is gone");
        assert!(spec_for(&Method::POST, "/nowhere").is_none());
    }

    #[test]
    fn control_characters_are_found_in_every_kind_of_field() {
        assert_eq!(bad_char("ok\ttab\r\nline"), None);
        assert_eq!(bad_char("a\u{0}b"), Some((1, '\u{0}')));
        assert_eq!(bad_char("\u{85}"), Some((0, '\u{85}')));
        let v: Value = serde_json::from_str(r#"{"a":[{"b":"x\u0000"}]}"#).unwrap();
        assert_eq!(json_bad_char(&v, "$").map(|x| x.0), Some("$.a[0].b".to_string()));
        let body = b"--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n\0\0\r\n--B--\r\n";
        let f = multipart_fields(body, "B");
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].name.as_str(), f[0].value.as_str()), ("_csrf", "tok"));
        assert_eq!(f[1].filename.as_deref(), Some("a.pdf"));
        assert_eq!(f[1].value, "", "a file's bytes are not text");
    }

    #[test]
    fn bearer_in_any_case() {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, "bearer abc".parse().unwrap());
        assert_eq!(bearer_token(&h), Some("abc"));
        h.insert(header::AUTHORIZATION, "Basic abc".parse().unwrap());
        assert_eq!(bearer_token(&h), None);
    }
}
