//! berth's own forwarder for published UDP ports (as podman's rootlessport is for its
//! default port handler). Neither helper can answer a host-loopback client here:
//! slirp4netns shows such a datagram as coming from its host alias (10.0.2.2), to which the
//! container's reply is refused while host loopback is disabled; pasta (Debian 12's) drops
//! replies on loopback. So berth binds the host port itself and, from a thread inside the
//! container's network namespace, sends each client's datagrams to the container's
//! loopback from a socket of their own, and the answers back. The thread belongs to the
//! process that holds the container (berth in the foreground, the monitor when detached),
//! so it ends with the container; dropping the relay stops it and frees the host ports.

use super::{NetError, PortMapping, Proto};
use nix::poll::{PollFd, PollFlags, PollTimeout};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant};

/// How long a client's socket in the container is kept without traffic.
const IDLE: Duration = Duration::from_secs(60);

pub struct Relay {
    stop: Option<std::io::PipeWriter>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// One published port: the host socket and where its datagrams go in the container.
struct Port {
    host: UdpSocket,
    target: SocketAddr,
}

/// A client of one port, with its own socket in the container's namespace.
struct Flow {
    port: usize,
    client: SocketAddr,
    inner: UdpSocket,
    last: Instant,
}

fn bind_host(m: &PortMapping) -> Result<UdpSocket, NetError> {
    let ip: IpAddr = if m.host_ip.is_empty() {
        IpAddr::V4(Ipv4Addr::UNSPECIFIED)
    } else {
        m.host_ip.parse().map_err(|_| NetError::Failed {
            helper: "udp forwarder",
            message: format!("invalid host address {:?}", m.host_ip),
        })?
    };
    let s = UdpSocket::bind((ip, m.host_port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            NetError::PortInUse {
                proto: "udp",
                addr: ip.to_string(),
                port: m.host_port,
            }
        } else {
            NetError::Failed {
                helper: "udp forwarder",
                message: format!("bind {ip}:{}: {e}", m.host_port),
            }
        }
    })?;
    s.set_nonblocking(true).map_err(|e| NetError::Failed {
        helper: "udp forwarder",
        message: e.to_string(),
    })?;
    Ok(s)
}

/// Start forwarding the UDP mappings among `ports` into the network namespace `netns`.
/// Returns None when there is none. The host ports are bound before this returns.
pub fn start(netns: OwnedFd, ports: &[PortMapping]) -> Result<Option<Relay>, NetError> {
    let mut list = Vec::new();
    for m in ports.iter().filter(|m| m.proto == Proto::Udp) {
        let host = bind_host(m)?;
        let ip = if host.local_addr().is_ok_and(|a| a.is_ipv6()) {
            IpAddr::V6(Ipv6Addr::LOCALHOST)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        };
        list.push(Port {
            host,
            target: SocketAddr::new(ip, m.container_port),
        });
    }
    if list.is_empty() {
        return Ok(None);
    }
    let (stop_r, stop_w) = std::io::pipe().map_err(|e| NetError::Failed {
        helper: "udp forwarder",
        message: e.to_string(),
    })?;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("udp-relay".into())
        .spawn(move || {
            // signals are for the thread that waits for the container
            let _ = nix::sys::signal::SigSet::all().thread_block();
            // only this thread moves into the container's network namespace
            let joined = nix::sched::setns(&netns, nix::sched::CloneFlags::CLONE_NEWNET);
            drop(netns);
            let _ = ready_tx.send(joined.map_err(|e| e.to_string()));
            if joined.is_ok() {
                relay(&list, &stop_r);
            }
        })
        .map_err(|e| NetError::Failed {
            helper: "udp forwarder",
            message: e.to_string(),
        })?;
    match ready_rx.recv() {
        Ok(Ok(())) => Ok(Some(Relay {
            stop: Some(stop_w),
            thread: Some(thread),
        })),
        Ok(Err(e)) => Err(NetError::Failed {
            helper: "udp forwarder",
            message: format!("cannot join the container's network namespace: {e}"),
        }),
        Err(_) => Err(NetError::Failed {
            helper: "udp forwarder",
            message: "its thread ended early".into(),
        }),
    }
}

/// The loop: host sockets first, then one socket per live flow; ends when `stop` closes.
fn relay(ports: &[Port], stop: &std::io::PipeReader) {
    let mut flows: Vec<Flow> = Vec::new();
    let mut buf = vec![0u8; 65536];
    loop {
        let ready: Vec<(bool, bool)> = {
            let mut fds = vec![PollFd::new(stop.as_fd(), PollFlags::POLLIN)];
            fds.extend(
                ports
                    .iter()
                    .map(|p| PollFd::new(p.host.as_fd(), PollFlags::POLLIN)),
            );
            fds.extend(
                flows
                    .iter()
                    .map(|f| PollFd::new(f.inner.as_fd(), PollFlags::POLLIN)),
            );
            match nix::poll::poll(&mut fds, PollTimeout::from(1000u16)) {
                Ok(_) => {}
                Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => return,
            }
            fds.iter()
                .map(|f| {
                    let r = f.revents().unwrap_or(PollFlags::empty());
                    (
                        r.contains(PollFlags::POLLIN),
                        r.intersects(PollFlags::POLLHUP | PollFlags::POLLERR),
                    )
                })
                .collect()
        };
        if ready[0].0 || ready[0].1 {
            return; // the relay was dropped
        }
        // host → container
        for (i, p) in ports.iter().enumerate() {
            if !ready[1 + i].0 {
                continue;
            }
            while let Ok((n, client)) = p.host.recv_from(&mut buf) {
                let idx = match flows.iter().position(|f| f.port == i && f.client == client) {
                    Some(x) => x,
                    None => {
                        let Some(inner) = open_flow(p.target) else {
                            continue;
                        };
                        flows.push(Flow {
                            port: i,
                            client,
                            inner,
                            last: Instant::now(),
                        });
                        flows.len() - 1
                    }
                };
                let f = &mut flows[idx];
                f.last = Instant::now();
                let _ = f.inner.send(&buf[..n]);
            }
        }
        // container → host
        let base = 1 + ports.len();
        for (j, f) in flows.iter_mut().enumerate() {
            if base + j >= ready.len() || !(ready[base + j].0 || ready[base + j].1) {
                continue;
            }
            loop {
                match f.inner.recv(&mut buf) {
                    Ok(n) => {
                        f.last = Instant::now();
                        let _ = ports[f.port].host.send_to(&buf[..n], f.client);
                    }
                    // nothing listens in the container (ICMP port unreachable): drop it
                    Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => continue,
                    Err(_) => break,
                }
            }
        }
        // forget idle flows
        flows.retain(|f| f.last.elapsed() <= IDLE);
    }
}

/// A socket in the container's namespace, connected to the published port on its loopback.
fn open_flow(target: SocketAddr) -> Option<UdpSocket> {
    let local: SocketAddr = if target.is_ipv6() {
        (Ipv6Addr::LOCALHOST, 0).into()
    } else {
        (Ipv4Addr::LOCALHOST, 0).into()
    };
    let s = UdpSocket::bind(local).ok()?;
    s.connect(target).ok()?;
    s.set_nonblocking(true).ok()?;
    Some(s)
}
