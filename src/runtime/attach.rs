//! The attach socket of a detached container. Its monitor holds the container's stdio (the
//! output pipes or the terminal's master, and with `-i` the write end of its stdin), so it
//! serves them on `attach.sock` in the container's directory, as conmon does:
//!
//! - a `SOCK_SEQPACKET` Unix socket, one message per packet, its first byte the kind;
//! - monitor → client: [`OUT`] or [`ERR`] + bytes of output, [`EXIT`] + the exit code (i32,
//!   little-endian) when pid 1 ends; the monitor closes the connection after it;
//! - client → monitor: [`IN`] + bytes for stdin, [`IN_EOF`] (the client's stdin ended: close
//!   the container's), [`RESIZE`] + rows and columns (u16 each, little-endian).
//!
//! Every client gets the output; a client that does not read for a second is dropped, so a
//! stopped `berth attach` cannot stall the container. The socket is reached through
//! `/proc/self/fd/N/`, so the length of the store's path does not matter (a socket path has
//! at most 107 bytes).

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::socket::{
    bind, connect, listen, recv, send, setsockopt, socket, sockopt, AddressFamily, Backlog,
    MsgFlags, SockFlag, SockType, UnixAddr,
};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// The socket's name in the container's directory.
pub const SOCKET: &str = "attach.sock";

pub const IN: u8 = 0;
pub const OUT: u8 = 1;
pub const ERR: u8 = 2;
pub const EXIT: u8 = 3;
pub const IN_EOF: u8 = 4;
pub const RESIZE: u8 = 5;

/// The largest packet: a kind byte and 64 KiB of data.
const PACKET: usize = 65537;

fn seqpacket() -> std::io::Result<OwnedFd> {
    Ok(socket(
        AddressFamily::Unix,
        SockType::SeqPacket,
        SockFlag::SOCK_CLOEXEC,
        None,
    )?)
}

/// `dir/name` as a socket address of any length: `/proc/self/fd/N/name`, with `N` an open
/// descriptor of `dir` that the caller keeps until bind or connect is done.
fn address(dir: &Path) -> std::io::Result<(std::fs::File, UnixAddr)> {
    let d = std::fs::File::open(dir)?;
    let addr = UnixAddr::new(format!("/proc/self/fd/{}/{SOCKET}", d.as_raw_fd()).as_str())?;
    Ok((d, addr))
}

/// The monitor's listening socket; removed when dropped.
pub struct Listener {
    fd: OwnedFd,
    /// Removed on drop (`None` once handed to the monitor).
    path: Option<PathBuf>,
}

impl Listener {
    /// Listen on `dir/attach.sock` (a stale one, of a monitor killed with -9, is replaced).
    pub fn bind(dir: &Path) -> std::io::Result<Listener> {
        let path = dir.join(SOCKET);
        let _ = std::fs::remove_file(&path);
        let fd = seqpacket()?;
        let (_d, addr) = address(dir)?;
        bind(fd.as_raw_fd(), &addr)?;
        listen(&fd, Backlog::new(16).unwrap_or(Backlog::MAXCONN))?;
        Ok(Listener {
            fd,
            path: Some(path),
        })
    }

    pub fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    /// Close this copy without removing the socket (the forked monitor serves it).
    pub fn forget_file(mut self) {
        self.path = None;
    }

    /// A client already waiting, without blocking.
    pub fn accept_waiting(&self) -> Option<Client> {
        let mut fds = [PollFd::new(self.fd.as_fd(), PollFlags::POLLIN)];
        match poll(&mut fds, PollTimeout::ZERO) {
            Ok(1) => self.accept(),
            _ => None,
        }
    }

    /// Take a waiting client.
    pub fn accept(&self) -> Option<Client> {
        let fd = crate::sys::accept_cloexec(self.fd.as_fd()).ok()?;
        let _ = setsockopt(
            &fd,
            sockopt::SendTimeout,
            &nix::sys::time::TimeVal::new(1, 0),
        );
        Some(Client { fd })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(p) = &self.path {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// What a client sent.
pub enum FromClient {
    Stdin(Vec<u8>),
    StdinClosed,
    Resize(u16, u16),
    /// The client is gone (detached or ended); also a malformed packet.
    Gone,
}

/// One `berth attach`, as the monitor sees it.
pub struct Client {
    fd: OwnedFd,
}

impl Client {
    pub fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    pub fn recv(&self) -> FromClient {
        let mut buf = vec![0u8; PACKET];
        match recv(self.fd.as_raw_fd(), &mut buf, MsgFlags::MSG_DONTWAIT) {
            Ok(0) | Err(_) => FromClient::Gone,
            Ok(n) => match (buf[0], &buf[1..n]) {
                (IN, data) => FromClient::Stdin(data.to_vec()),
                (IN_EOF, _) => FromClient::StdinClosed,
                (RESIZE, [r0, r1, c0, c1]) => FromClient::Resize(
                    u16::from_le_bytes([*r0, *r1]),
                    u16::from_le_bytes([*c0, *c1]),
                ),
                _ => FromClient::Gone,
            },
        }
    }

    /// Send one packet; false when the client is gone or too slow.
    fn send(&self, kind: u8, data: &[u8]) -> bool {
        let mut packet = Vec::with_capacity(data.len() + 1);
        packet.push(kind);
        packet.extend_from_slice(data);
        send(self.fd.as_raw_fd(), &packet, MsgFlags::MSG_NOSIGNAL).is_ok()
    }
}

/// The clients of one monitor.
#[derive(Default)]
pub struct Clients {
    pub list: Vec<Client>,
}

impl Clients {
    /// Output to every client, in packets of at most 64 KiB; a client that fails is dropped.
    pub fn output(&mut self, kind: u8, data: &[u8]) {
        for chunk in data.chunks(PACKET - 1) {
            self.list.retain(|c| c.send(kind, chunk));
        }
    }

    /// Tell every client the exit code, and let them go.
    pub fn exited(&mut self, code: i32) {
        for c in self.list.drain(..) {
            c.send(EXIT, &code.to_le_bytes());
        }
    }
}

/// `berth attach`'s end of the socket.
pub struct Connection {
    fd: OwnedFd,
}

/// Connect to the monitor of the container in `dir`; `None` when it serves no socket (a
/// container started by an older berth, or its monitor is gone).
pub fn connect_to(dir: &Path) -> std::io::Result<Option<Connection>> {
    if !dir.join(SOCKET).exists() {
        return Ok(None);
    }
    let fd = seqpacket()?;
    let (_d, addr) = address(dir)?;
    match connect(fd.as_raw_fd(), &addr) {
        Ok(()) => Ok(Some(Connection { fd })),
        Err(nix::Error::ECONNREFUSED | nix::Error::ENOENT) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The keys that detach (podman's `--detach-keys`: `ctrl-p,ctrl-q` by default; a key is one
/// character, `ctrl-@` … `ctrl-_`, or `DEL`; an empty string turns detaching off).
pub fn parse_detach_keys(s: &str) -> Result<Vec<u8>, String> {
    const CTRL: &str = "@abcdefghijklmnopqrstuvwxyz[\\]^_";
    if s.is_empty() {
        return Ok(Vec::new());
    }
    s.split(',')
        .map(|key| {
            if key.len() == 1 {
                return Ok(key.as_bytes()[0]);
            }
            if key == "DEL" {
                return Ok(127);
            }
            key.strip_prefix("ctrl-")
                .filter(|c| c.len() == 1)
                .and_then(|c| CTRL.find(c))
                .map(|i| i as u8)
                .ok_or_else(|| format!("Unknown character: '{key}'"))
        })
        .collect()
}

/// Finds the detach sequence in what the user types; holds back a partial match.
struct DetachMatcher {
    keys: Vec<u8>,
    matched: usize,
}

impl DetachMatcher {
    /// The bytes to pass on, and whether the sequence was typed.
    fn feed(&mut self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut pass = Vec::with_capacity(input.len());
        if self.keys.is_empty() {
            return (input.to_vec(), false);
        }
        for &b in input {
            if b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    return (pass, true);
                }
                continue;
            }
            pass.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            if b == self.keys[0] {
                self.matched = 1;
                if self.keys.len() == 1 {
                    return (pass, true);
                }
            } else {
                pass.push(b);
            }
        }
        (pass, false)
    }
}

/// How `berth attach` relays.
pub struct ClientOptions {
    /// Pass the user's stdin on.
    pub stdin: bool,
    /// The container has a terminal: the user's goes raw and its size follows.
    pub tty: bool,
    pub detach_keys: Vec<u8>,
    /// Pass SIGINT, SIGTERM and SIGHUP to this pid (`--sig-proxy`, without a terminal).
    pub proxy_to: Option<nix::unistd::Pid>,
}

/// How an attach ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    Exited(i32),
    Detached,
    /// The monitor closed the socket without an exit code (it was killed).
    Closed,
}

impl Connection {
    fn send(&self, kind: u8, data: &[u8]) -> bool {
        let mut packet = Vec::with_capacity(data.len() + 1);
        packet.push(kind);
        packet.extend_from_slice(data);
        send(self.fd.as_raw_fd(), &packet, MsgFlags::MSG_NOSIGNAL).is_ok()
    }

    fn send_size(&self) {
        if let Some((rows, cols)) = super::tty::user_window_size() {
            let mut b = rows.to_le_bytes().to_vec();
            b.extend_from_slice(&cols.to_le_bytes());
            self.send(RESIZE, &b);
        }
    }

    /// Relay until the container exits or the user detaches. `sink` gets the output
    /// ([`OUT`] or [`ERR`] and the bytes).
    pub fn relay(
        &self,
        o: &ClientOptions,
        sink: &mut dyn FnMut(u8, &[u8]),
    ) -> std::io::Result<Ended> {
        let stdin = std::io::stdin();
        let user_tty = nix::unistd::isatty(stdin.as_fd()).unwrap_or(false);
        let mut set = SigSet::empty();
        if o.tty {
            set.add(Signal::SIGWINCH);
        } else if o.proxy_to.is_some() {
            for s in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
                set.add(s);
            }
        }
        set.thread_block().map_err(std::io::Error::from)?;
        if o.proxy_to.is_some() {
            crate::sys::unignore_signals(&[Signal::SIGINT, Signal::SIGTERM])?;
        }
        let sigfd = nix::sys::signalfd::SignalFd::with_flags(
            &set,
            nix::sys::signalfd::SfdFlags::SFD_CLOEXEC,
        )
        .map_err(std::io::Error::from)?;
        let _raw = (o.tty && o.stdin && user_tty).then(super::tty::RawMode::enter);
        if o.tty {
            self.send_size();
        }
        let mut detach = DetachMatcher {
            keys: o.detach_keys.clone(),
            matched: 0,
        };
        let mut stdin_open = o.stdin;
        let mut buf = vec![0u8; PACKET];
        loop {
            let mut fds = vec![
                PollFd::new(self.fd.as_fd(), PollFlags::POLLIN),
                PollFd::new(sigfd.as_fd(), PollFlags::POLLIN),
            ];
            if stdin_open {
                fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
            }
            match poll(&mut fds, PollTimeout::NONE) {
                Ok(_) => {}
                Err(nix::Error::EINTR) => continue,
                Err(e) => return Err(e.into()),
            }
            let ready: Vec<bool> = fds
                .iter()
                .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
                .collect();
            drop(fds);
            if ready[0] {
                match recv(self.fd.as_raw_fd(), &mut buf, MsgFlags::empty()) {
                    Ok(0) | Err(_) => return Ok(Ended::Closed),
                    Ok(n) => match (buf[0], &buf[1..n]) {
                        (EXIT, [a, b, c, d]) => {
                            return Ok(Ended::Exited(i32::from_le_bytes([*a, *b, *c, *d])))
                        }
                        (kind @ (OUT | ERR), data) => sink(kind, data),
                        _ => {}
                    },
                }
            }
            if ready[1] {
                if let Ok(Some(si)) = sigfd.read_signal() {
                    match Signal::try_from(si.ssi_signo as i32) {
                        Ok(Signal::SIGWINCH) => self.send_size(),
                        Ok(sig) => {
                            if let Some(pid) = o.proxy_to {
                                let _ = nix::sys::signal::kill(pid, sig);
                            }
                        }
                        Err(_) => {}
                    }
                }
            }
            if stdin_open && ready.get(2).copied().unwrap_or(false) {
                match nix::unistd::read(&stdin, &mut buf[..PACKET - 1]) {
                    Ok(0) | Err(_) => {
                        stdin_open = false;
                        if !o.tty {
                            self.send(IN_EOF, &[]);
                        }
                    }
                    Ok(n) => {
                        let (pass, detached) = detach.feed(&buf[..n]);
                        if !pass.is_empty() {
                            self.send(IN, &pass);
                        }
                        if detached {
                            return Ok(Ended::Detached);
                        }
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
    fn detach_keys_parse_as_podman() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(
            parse_detach_keys("a,ctrl-@,DEL").unwrap(),
            vec![b'a', 0, 127]
        );
        assert_eq!(parse_detach_keys("").unwrap(), Vec::<u8>::new());
        assert_eq!(
            parse_detach_keys("ctrl-pp").unwrap_err(),
            "Unknown character: 'ctrl-pp'"
        );
    }

    #[test]
    fn detach_matcher_holds_back_a_partial_sequence() {
        let mut m = DetachMatcher {
            keys: vec![16, 17],
            matched: 0,
        };
        assert_eq!(m.feed(b"ab\x10"), (b"ab".to_vec(), false));
        assert_eq!(m.feed(b"c"), (b"\x10c".to_vec(), false));
        assert_eq!(m.feed(b"\x10\x10"), (b"\x10".to_vec(), false));
        assert_eq!(m.feed(b"\x11rest"), (Vec::new(), true));
    }
}
