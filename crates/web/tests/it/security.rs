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
    let user = tillit_store::repo::users::by_email(&t.app.db, &admin.email).await.unwrap().unwrap();
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
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
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
    let t = crate::support::TestApp::start_with(tillit_store::Backend::Sqlite, |w| {
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
