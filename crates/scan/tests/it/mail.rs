//! STARTTLS on mail servers: SMTP responders on loopback addresses with and without it.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use tillit_scan::model::{AssetValue, Outcome};
use tillit_scan::probe::{Limits, Prober};
use tillit_scan::scope::Allowlist;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

async fn smtp(addr: SocketAddr, starttls: bool) {
    let l = TcpListener::bind(addr).await.unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((s, _)) = l.accept().await else { return };
            tokio::spawn(async move {
                let (r, mut w) = s.into_split();
                let mut lines = BufReader::new(r).lines();
                let _ = w.write_all(b"220 mx.example.test ESMTP\r\n").await;
                while let Ok(Some(line)) = lines.next_line().await {
                    let reply: &[u8] = if line.starts_with("EHLO") {
                        if starttls {
                            b"250-mx.example.test\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n"
                        } else {
                            b"250-mx.example.test\r\n250 SIZE 10240000\r\n"
                        }
                    } else if line.starts_with("QUIT") {
                        b"221 bye\r\n"
                    } else {
                        b"500 what\r\n"
                    };
                    let _ = w.write_all(reply).await;
                }
            });
        }
    });
}

#[tokio::test]
async fn a_mail_server_without_starttls_is_a_finding() {
    let ip = |n: u8| IpAddr::from([127, 0, 4, n]);
    smtp(SocketAddr::new(ip(1), 25), true).await;
    smtp(SocketAddr::new(ip(2), 25), false).await;
    let prober = Prober::new(Allowlist::TestOnly, Limits { read_timeout: Duration::from_secs(1), ..Limits::default() });
    let (good, f) = tillit_scan::mail::probe(&prober, SocketAddr::new(ip(1), 25), "mx.example.test", AssetValue::High)
        .await
        .unwrap();
    assert_eq!(good.outcome, Outcome::Pass);
    assert!(f.is_none());
    let (bad, f) = tillit_scan::mail::probe(&prober, SocketAddr::new(ip(2), 25), "mx.example.test", AssetValue::High)
        .await
        .unwrap();
    assert_eq!(bad.outcome, Outcome::Fail);
    assert!(f.unwrap().evidence.contains("250 SIZE 10240000"));
    assert!(
        tillit_scan::mail::probe(&prober, SocketAddr::new(ip(3), 25), "x", AssetValue::High).await.is_none(),
        "closed: nothing to judge"
    );
}
