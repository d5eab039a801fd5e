//! The only way the scanner touches the network: TCP connections to allowlisted addresses,
//! with a timeout on every step, a cap on bytes read, a bound on how many probes run at
//! once and per host, and a rate: new connections to one address are spaced out.

use crate::scope::Allowlist;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbeError {
    /// The address is outside the allowlist: nothing was sent.
    NotAllowed(IpAddr),
    /// Nothing listens (connection refused).
    Closed,
    /// No answer in time: inconclusive, never a failure.
    Timeout,
    /// The connection broke (reset, unreachable).
    Io(String),
}

impl std::fmt::Display for ProbeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProbeError::NotAllowed(ip) => write!(f, "{ip} is outside the allowed targets; nothing was sent"),
            ProbeError::Closed => write!(f, "closed"),
            ProbeError::Timeout => write!(f, "no answer in time"),
            ProbeError::Io(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect_timeout: Duration,
    pub read_timeout: Duration,
    /// Most bytes read from one answer.
    pub max_read: usize,
    /// Probes at once, in all.
    pub concurrency: usize,
    /// Probes at once against one address.
    pub per_host: usize,
    /// New connections per second to one address, at most.
    pub per_host_rate: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect_timeout: Duration::from_secs(3),
            read_timeout: Duration::from_secs(3),
            max_read: 64 * 1024,
            concurrency: 64,
            per_host: 4,
            per_host_rate: 200,
        }
    }
}

#[derive(Clone)]
pub struct Prober {
    pub allowlist: Allowlist,
    pub limits: Limits,
    all: Arc<Semaphore>,
    hosts: Arc<Mutex<HashMap<IpAddr, Arc<Semaphore>>>>,
    /// When each address may next be connected to.
    next_slot: Arc<Mutex<HashMap<IpAddr, tokio::time::Instant>>>,
}

/// The wait before a new connection at `now`, given when the address's next slot is, and
/// that slot moved on by `interval`: connections to one address start `interval` apart.
pub fn take_slot(next: &mut tokio::time::Instant, now: tokio::time::Instant, interval: Duration) -> Duration {
    let start = (*next).max(now);
    *next = start + interval;
    start - now
}

/// A connection with the permits that bound it; dropping it frees them.
pub struct Conn {
    pub stream: TcpStream,
    limits: Limits,
    _permits: (OwnedSemaphorePermit, OwnedSemaphorePermit),
}

impl Prober {
    pub fn new(allowlist: Allowlist, limits: Limits) -> Prober {
        Prober {
            allowlist,
            limits,
            all: Arc::new(Semaphore::new(limits.concurrency.max(1))),
            hosts: Arc::new(Mutex::new(HashMap::new())),
            next_slot: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    fn wait_for_slot(&self, ip: IpAddr) -> Duration {
        let interval = Duration::from_secs(1) / self.limits.per_host_rate.max(1);
        let now = tokio::time::Instant::now();
        let mut m = self.next_slot.lock().unwrap_or_else(|e| e.into_inner());
        take_slot(m.entry(ip).or_insert(now), now, interval)
    }

    fn host_permits(&self, ip: IpAddr) -> Arc<Semaphore> {
        let mut m = self.hosts.lock().unwrap_or_else(|e| e.into_inner());
        m.entry(ip).or_insert_with(|| Arc::new(Semaphore::new(self.limits.per_host.max(1)))).clone()
    }

    pub async fn connect(&self, addr: SocketAddr) -> Result<Conn, ProbeError> {
        if !self.allowlist.allows(addr.ip()) {
            return Err(ProbeError::NotAllowed(addr.ip()));
        }
        let all = self.all.clone().acquire_owned().await.map_err(|e| ProbeError::Io(e.to_string()))?;
        let host = self.host_permits(addr.ip()).acquire_owned().await.map_err(|e| ProbeError::Io(e.to_string()))?;
        tokio::time::sleep(self.wait_for_slot(addr.ip())).await;
        let stream = match tokio::time::timeout(self.limits.connect_timeout, TcpStream::connect(addr)).await {
            Err(_) => return Err(ProbeError::Timeout),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => return Err(ProbeError::Closed),
            Ok(Err(e)) => return Err(ProbeError::Io(e.to_string())),
            Ok(Ok(s)) => s,
        };
        Ok(Conn { stream, limits: self.limits, _permits: (all, host) })
    }
}

impl Conn {
    pub async fn send(&mut self, bytes: &[u8]) -> Result<(), ProbeError> {
        match tokio::time::timeout(self.limits.read_timeout, self.stream.write_all(bytes)).await {
            Err(_) => Err(ProbeError::Timeout),
            Ok(Err(e)) => Err(ProbeError::Io(e.to_string())),
            Ok(Ok(())) => Ok(()),
        }
    }

    /// Reads what the peer sends until it stops, `until` says the answer is complete, the
    /// cap is reached or the time is up. Endless data is cut at the cap, silence is a timeout.
    pub async fn read(&mut self, until: impl Fn(&[u8]) -> bool) -> Result<Vec<u8>, ProbeError> {
        let mut out = vec![];
        let mut buf = [0u8; 4096];
        let deadline = tokio::time::Instant::now() + self.limits.read_timeout;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, self.stream.read(&mut buf)).await {
                Err(_) if out.is_empty() => return Err(ProbeError::Timeout),
                Err(_) => return Ok(out),
                Ok(Err(e)) if out.is_empty() => return Err(ProbeError::Io(e.to_string())),
                Ok(Err(_)) | Ok(Ok(0)) => return Ok(out),
                Ok(Ok(n)) => {
                    out.extend_from_slice(&buf[..n]);
                    if out.len() >= self.limits.max_read {
                        out.truncate(self.limits.max_read);
                        return Ok(out);
                    }
                    if until(&out) {
                        return Ok(out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_to_one_address_are_spaced_by_the_rate() {
        let t0 = tokio::time::Instant::now();
        let gap = Duration::from_millis(5);
        let mut next = t0;
        // Three at once: the first goes now, the others wait their turn.
        assert_eq!(take_slot(&mut next, t0, gap), Duration::ZERO);
        assert_eq!(take_slot(&mut next, t0, gap), gap);
        assert_eq!(take_slot(&mut next, t0, gap), gap * 2);
        // Long after, no wait: an idle address does not save up a burst.
        let later = t0 + Duration::from_secs(1);
        assert_eq!(take_slot(&mut next, later, gap), Duration::ZERO);
        assert_eq!(next, later + gap);
    }
}
