//! Attempts to break in: CSRF, oversized bodies, cross-site posts, cookies, headers.

use crate::both;
use crate::flows::setup_admin;

both!(every_response_carries_strict_security_headers, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    for path in ["/", "/login", "/no-such-page", "/api/v1/openapi.json", "/api/v1/me", "/static/style.css"] {
        let r = b.get(path).await;
        let h = |n: &str| r.headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let csp = h("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("referrer-policy"), "same-origin", "{path}");
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        assert!(h("strict-transport-security").is_empty(), "no HSTS on plain http");
    }
});

both!(state_changing_requests_need_the_csrf_token, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let name = [("display_name".to_string(), "Mallory".to_string())];
    assert_eq!(b.post_raw("/profile", &name).await.status, 403, "missing token");
    let wrong = [("display_name".to_string(), "Mallory".to_string()), ("_csrf".to_string(), "x".repeat(43))];
    assert_eq!(b.post_raw("/profile", &wrong).await.status, 403, "wrong token");
    // A token from another visitor's pre-session does not fit this session.
    let mut other = t.browser();
    other.get("/login").await;
    let foreign =
        [("display_name".to_string(), "Mallory".to_string()), ("_csrf".to_string(), other.csrf.clone().unwrap())];
    assert_eq!(b.post_raw("/profile", &foreign).await.status, 403);
    // Sign-in itself is protected by the pre-session token.
    let mut fresh = t.browser();
    let login =
        [("email".to_string(), admin.email.clone()), ("password".to_string(), crate::flows::PASSWORD.to_string())];
    assert_eq!(fresh.post_raw("/login", &login).await.status, 403);
    let user = tillit_app::testing::user_by_email(&t.db, &admin.email).await.unwrap().unwrap();
    assert_eq!(user.display_name, "Kari Nordmann", "nothing changed");
});

both!(cross_site_posts_are_refused_even_with_a_token, |t| {
    let admin = setup_admin(&t).await;
    let b = admin.browser;
    let client = reqwest::Client::new();
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = client
        .post(t.url("/profile"))
        .header("cookie", cookie)
        .header("sec-fetch-site", "cross-site")
        .form(&[("display_name", "Mallory"), ("_csrf", b.csrf.as_deref().unwrap())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
});

both!(oversized_bodies_get_413, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    // A declared length over the limit is refused before the body is read.
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let head = format!(
        "POST /profile HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\ndisplay_name=",
        t.addr,
        2 * 1024 * 1024
    );
    assert!(raw_reply(t.addr, head.as_bytes(), &[]).await.starts_with("HTTP/1.1 413"));
    b.get("/").await;
    // A chunked body declares no length and must be cut off at the limit too.
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n",
        t.addr
    );
    let chunk = "y".repeat(64 * 1024);
    let framed: Vec<Vec<u8>> = (0..40).map(|_| format!("{:x}\r\n{chunk}\r\n", chunk.len()).into_bytes()).collect();
    let reply = raw_reply(t.addr, head.as_bytes(), &framed).await;
    // Refused before it is read whole: over the anonymous limit (413), or, with no CSRF token in
    // what was read, as a forgery (403).
    assert!(reply.starts_with("HTTP/1.1 413") || reply.starts_with("HTTP/1.1 403"), "{reply}");
});

/// Writes a request by hand (stopping when the server stops reading) and returns the reply.
async fn raw_reply(addr: std::net::SocketAddr, head: &[u8], chunks: &[Vec<u8>]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut sock = tokio::net::TcpStream::connect(addr).await.unwrap();
    sock.write_all(head).await.unwrap();
    for c in chunks {
        if sock.write_all(c).await.is_err() {
            break;
        }
    }
    let mut buf = vec![0u8; 512];
    let n = sock.read(&mut buf).await.unwrap_or(0);
    String::from_utf8_lossy(&buf[..n]).to_string()
}

both!(session_cookie_is_httponly_and_api_ignores_it, |t| {
    let token = t.app.ensure_setup_link().await.unwrap().unwrap();
    let mut b = t.browser();
    b.get("/login").await;
    let r = b
        .post(
            &format!("/setup/{token}"),
            &[("org_name", "O"), ("display_name", "A"), ("email", "a@o.no"), ("password", crate::flows::PASSWORD)],
        )
        .await;
    let set = r.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>();
    let s = set.iter().find(|c| c.starts_with("tillit-session=")).unwrap();
    assert!(s.contains("HttpOnly") && s.contains("SameSite=Lax"), "{s}");
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let r = reqwest::Client::new().get(t.url("/api/v1/me")).header("cookie", cookie).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401, "the API does not accept the session cookie");
});

#[tokio::test]
async fn secure_cookies_use_the_host_prefix() {
    let t = crate::support::TestApp::start_with(tillit_app::testing::Backend::Sqlite, |w| {
        w.cookie_secure = true;
        w.hsts = true;
    })
    .await;
    let r = reqwest::Client::new().get(t.url("/login")).send().await.unwrap();
    let c = r.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(c.starts_with("__Host-tillit-csrf=") && c.contains("; Secure") && c.contains("HttpOnly"), "{c}");
    assert!(r.headers().get("strict-transport-security").unwrap().to_str().unwrap().contains("max-age=63072000"));
    t.finish().await;
}

// A NUL byte or another control character in any text field is refused at the edge with the
// field named, on both databases (PostgreSQL cannot store NUL in text and answered 500).
both!(control_characters_are_refused_at_the_edge_naming_the_field, |t| {
    let admin = setup_admin(&t).await;
    let mut b = admin.browser;
    let nul = "Bergen\u{0}kommune";
    let mut anon = t.browser();
    anon.get("/login").await;
    let cases: Vec<(crate::support::Resp, &str)> = vec![
        (anon.post("/login", &[("email", nul), ("password", "x")]).await, "email"),
        (anon.post("/reset", &[("email", nul)]).await, "email"),
        (b.post("/profile", &[("display_name", nul)]).await, "display_name"),
        (b.post("/catalogues", &[("title", nul), ("language", "nb")]).await, "title"),
        (b.post("/cases", &[("case_number", "2026/9"), ("title", "Vel\u{1b}ferd")]).await, "title"),
        (b.post("/admin/invitations", &[("email", "a\u{7f}@b.no"), ("role", "auditor")]).await, "email"),
        (b.get("/search?q=krav%00").await, "q"),
        (b.post("/profile/api-tokens", &[("name", "x\u{0085}y"), ("days", "30")]).await, "name"),
    ];
    for (r, field) in &cases {
        assert_eq!(r.status, 422, "{field}: {}", r.body);
        assert!(
            r.body.contains(&format!("\"{field}\"")) && r.body.contains("control character"),
            "{field}: {}",
            r.body
        );
    }
    // A path segment with a control character names nothing: 404, never a 500.
    assert_eq!(b.get("/catalogues/abc%00def").await.status, 404);
    // Line breaks and tabs are text.
    let r = b.post("/profile", &[("display_name", "Kari\tNordmann")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    // An upload's file name is text; its bytes are not.
    let r = b.post_file("/catalogues/import", "krav\u{0}.csv", b"area,ref,text\n1,1.1,Krav\0\n".to_vec()).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("\"file\""), "{}", r.body);
    // The API answers in JSON, naming the field by its JSON path.
    let page = b.post("/profile/api-tokens", &[("name", "nul"), ("days", "30")]).await;
    let token = page.by_id("new-token");
    let r = reqwest::Client::new()
        .post(t.url("/api/v1/cases"))
        .bearer_auth(token.trim())
        .json(&serde_json::json!({ "case_number": "2026/10", "title": "Tittel\u{0}" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["field"], "$.title", "{v}");
    assert_eq!(v["message"], "error-control-character", "{v}");
});

// Nothing large is read before the caller is known: someone not signed in may send at most
// 64 KiB (a setting), a member may send what the route takes, and CSRF is checked on the first
// part of an upload before the rest is read.
both!(large_bodies_are_read_only_from_those_allowed_to_send_them, |t| {
    let admin = setup_admin(&t).await;
    let mut anon = t.browser();
    anon.get("/login").await;
    let big = "x".repeat(100 * 1024);
    let r = anon.post("/login", &[("email", "a@b.no"), ("password", &big)]).await;
    assert_eq!(r.status, 413, "not signed in: 64 KiB at most: {}", r.body);
    // A page in the sender's language that says what happened and how to go on.
    assert!(r.body.contains("The file was too large") && r.body.contains("at most 64 KB"), "{}", r.body);
    assert!(r.body.contains("nothing was saved") && r.body.contains("Back to the page"), "{}", r.body);
    // An anonymous upload to the import route is refused at the anonymous limit, before its
    // body is read: the answer is 413, or (when the close overtakes the answer while the
    // client is still sending) a connection the server ended. Never an accepted upload.
    match anon.try_post_file("/catalogues/import", "krav.csv", vec![b'x'; 200 * 1024]).await {
        Ok(r) => assert_eq!(r.status, 413, "{}", r.body),
        Err(e) => assert!(e.is_request() && !e.is_timeout(), "{e:?}"),
    }
    // A member may send more than 64 KiB to a form.
    let mut b = admin.browser;
    let long = "N".repeat(80 * 1024);
    let r = b.post("/profile", &[("display_name", &long)]).await;
    assert_ne!(r.status, 413, "a member's form over 64 KiB is read");
    // A member whose upload has a wrong CSRF token is refused while the body is still arriving:
    // the server answers after the first part, not after 15 MB.
    let cookie = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let head = format!(
        "POST /catalogues/import HTTP/1.1\r\nHost: {}\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: {}\r\n\r\n--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nwrong\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n",
        t.addr,
        15 * 1024 * 1024
    );
    let chunk = vec![b'y'; 64 * 1024];
    let reply = raw_reply(t.addr, head.as_bytes(), &[chunk]).await;
    assert!(reply.starts_with("HTTP/1.1 403"), "{reply}");
});

// A client that trickles its request headers is cut off (a setting, 10 s by default; 1 s here).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_request_headers_are_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let t =
        crate::support::TestApp::start_with(tillit_app::testing::Backend::Sqlite, |w| w.header_read_timeout_secs = 1)
            .await;
    let mut sock = tokio::net::TcpStream::connect(t.addr).await.unwrap();
    sock.write_all(b"GET / HTTP/1.1\r\nHost: tillit\r\nX-Slow: ").await.unwrap();
    let mut buf = vec![0u8; 256];
    let read = tokio::time::timeout(std::time::Duration::from_secs(8), sock.read(&mut buf)).await;
    let n = read.expect("the server closes the connection instead of waiting").unwrap_or(0);
    let reply = String::from_utf8_lossy(&buf[..n]);
    assert!(n == 0 || reply.starts_with("HTTP/1.1 408"), "{reply}");
    t.finish().await;
}

// A load balancer routes to an instance that answers 200 on /readyz: on both databases.
both!(readiness_is_true_on_both_databases, |t| {
    let mut b = t.browser();
    let r = b.get("/readyz").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["database"], "reachable", "{v}");
    assert_eq!(v["ready"], true);
});

// The way back after choosing a language never leads off the site, and always has a Location.
both!(the_language_switch_never_redirects_elsewhere, |t| {
    let mut b = t.browser();
    b.get("/login").await;
    for back in
        ["/\t/evil.example", "/\n/evil.example", "/profile\r\nSet-Cookie: x=y", "//evil.example", "/\\evil.example"]
    {
        let r = b.post("/language", &[("lang", "nb"), ("back", back)]).await;
        assert_eq!(r.status, 303, "{back:?}");
        assert_eq!(r.location(), "/", "{back:?}");
    }
    let r = b.post("/language", &[("lang", "sv"), ("back", "/profile")]).await;
    assert_eq!(r.location(), "/profile");
});
