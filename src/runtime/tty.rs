//! `-t`: a pseudo-terminal from the container's own devpts. The container's pid 1 opens it
//! after pivot_root, makes the slave its controlling terminal and stdio, and passes the master
//! to berth over a socket (SCM_RIGHTS), as OCI runtimes do with a console socket. berth then
//! relays between the user's terminal (in raw mode) and the master, and passes window resizes.

use nix::sys::signal::{SigSet, Signal};
use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
use std::io::{IoSlice, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};

/// Why [`child_setup`] failed; each names the step.
#[derive(Debug, thiserror::Error)]
pub enum TtyError {
    /// A call on the pty master or the session (`open /dev/ptmx`, `grantpt`, `setsid`, ...).
    #[error("{op}: {source}")]
    Pty {
        op: &'static str,
        #[source]
        source: nix::errno::Errno,
    },
    /// Opening the slave.
    #[error("open {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Taking the slave as controlling terminal and stdio (`TIOCSCTTY`, `dup2`).
    #[error("{op}: {source}")]
    Terminal {
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
}

fn pty(op: &'static str) -> impl FnOnce(nix::errno::Errno) -> TtyError {
    move |source| TtyError::Pty { op, source }
}

/// In the container (after pivot_root, before exec): open the pty, take the slave as the
/// controlling terminal and stdio, send the master through `sock`.
pub fn child_setup(sock: RawFd, uid: u32, gid: u32) -> Result<(), TtyError> {
    use nix::fcntl::OFlag;
    let master = nix::pty::posix_openpt(OFlag::O_RDWR | OFlag::O_NOCTTY | OFlag::O_CLOEXEC)
        .map_err(pty("open /dev/ptmx"))?;
    nix::pty::grantpt(&master).map_err(pty("grantpt"))?;
    nix::pty::unlockpt(&master).map_err(pty("unlockpt"))?;
    let name = nix::pty::ptsname_r(&master).map_err(pty("ptsname"))?;
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags_noctty()
        .open(&name)
        .map_err(|source| TtyError::Open {
            path: name.clone(),
            source,
        })?;
    let _ = std::os::unix::fs::chown(&name, Some(uid), Some(gid));
    // the size of the user's terminal (still our stdio) from the start: the command may ask
    // before berth's relay has copied it
    if let Some((rows, cols)) = user_window_size() {
        let _ = crate::sys::set_window_size(&slave, rows, cols);
    }
    nix::unistd::setsid().map_err(pty("setsid"))?;
    crate::sys::set_controlling_tty(&slave).map_err(|source| TtyError::Terminal {
        op: "TIOCSCTTY",
        source,
    })?;
    for fd in 0..3 {
        crate::sys::dup_onto_stdio(slave.as_fd(), fd)
            .map_err(|source| TtyError::Terminal { op: "dup2", source })?;
    }
    let fds = [master.as_raw_fd()];
    let cmsg = [ControlMessage::ScmRights(&fds)];
    sendmsg::<()>(sock, &[IoSlice::new(b"m")], &cmsg, MsgFlags::empty(), None)
        .map_err(pty("send the terminal"))?;
    Ok(())
}

/// The window size of the user's terminal: berth's stdin's, or its stdout's.
pub(crate) fn user_window_size() -> Option<(u16, u16)> {
    crate::sys::window_size(std::io::stdin()).or_else(|| crate::sys::window_size(std::io::stdout()))
}

trait NoCtty {
    fn custom_flags_noctty(&mut self) -> &mut Self;
}

impl NoCtty for std::fs::OpenOptions {
    fn custom_flags_noctty(&mut self) -> &mut Self {
        std::os::unix::fs::OpenOptionsExt::custom_flags(self, libc::O_NOCTTY | libc::O_CLOEXEC)
    }
}

/// In berth: receive the master sent by `child_setup`.
pub fn recv_master(sock: &OwnedFd) -> std::io::Result<OwnedFd> {
    let mut buf = [0u8; 1];
    match crate::sys::recv_fd(sock.as_fd(), &mut buf)? {
        (_, Some(master)) => Ok(master),
        (_, None) => Err(std::io::Error::other(
            "the container did not send its terminal",
        )),
    }
}

/// Puts the user's terminal in raw mode while alive; restores it on drop.
pub(crate) struct RawMode {
    saved: Option<nix::sys::termios::Termios>,
}

impl RawMode {
    pub(crate) fn enter() -> RawMode {
        let stdin = std::io::stdin();
        let saved = nix::sys::termios::tcgetattr(&stdin).ok();
        if let Some(t) = &saved {
            let mut raw = t.clone();
            nix::sys::termios::cfmakeraw(&mut raw);
            let _ = nix::sys::termios::tcsetattr(&stdin, nix::sys::termios::SetArg::TCSANOW, &raw);
        }
        RawMode { saved }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(t) = &self.saved {
            let _ = nix::sys::termios::tcsetattr(
                std::io::stdin(),
                nix::sys::termios::SetArg::TCSANOW,
                t,
            );
        }
    }
}

fn copy_size(master: BorrowedFd<'_>) {
    if let Some((rows, cols)) = user_window_size() {
        let _ = crate::sys::set_window_size(master, rows, cols);
    }
}

/// Where the relay writes the container's output instead of stdout.
pub type Sink<'a> = &'a mut dyn FnMut(&[u8]);

/// Relay between the user's terminal and the container's until pid 1 exits. `sink`, when
/// given, receives the container's output instead of stdout (the monitor's log).
pub fn relay(
    master: OwnedFd,
    pid: nix::unistd::Pid,
    mut set: SigSet,
    stdin: bool,
    mut sink: Option<Sink<'_>>,
) -> std::io::Result<i32> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    set.add(Signal::SIGWINCH);
    set.thread_block().map_err(std::io::Error::from)?;
    let sigfd =
        nix::sys::signalfd::SignalFd::with_flags(&set, nix::sys::signalfd::SfdFlags::SFD_CLOEXEC)
            .map_err(std::io::Error::from)?;
    let _raw = (sink.is_none() && stdin).then(RawMode::enter);
    copy_size(master.as_fd());
    let mut stdin_open = stdin;
    let mut master_open = true;
    let mut code: Option<i32> = None;
    let mut buf = vec![0u8; 65536];
    while code.is_none() || master_open {
        let stdin_fd = std::io::stdin();
        let mut fds = vec![PollFd::new(sigfd.as_fd(), PollFlags::POLLIN)];
        if master_open {
            fds.push(PollFd::new(master.as_fd(), PollFlags::POLLIN));
        }
        if stdin_open {
            fds.push(PollFd::new(stdin_fd.as_fd(), PollFlags::POLLIN));
        }
        let timeout = if code.is_some() {
            PollTimeout::from(100u16)
        } else {
            PollTimeout::NONE
        };
        match poll(&mut fds, timeout) {
            Ok(0) => break,
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
            if let Ok(Some(si)) = sigfd.read_signal() {
                let sig = Signal::try_from(si.ssi_signo as i32).unwrap_or(Signal::SIGCHLD);
                match sig {
                    Signal::SIGCHLD => {
                        if let Ok(ws) =
                            nix::sys::wait::waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG))
                        {
                            if let Some(c) = super::process::exit_code(ws) {
                                code = Some(c);
                            }
                        }
                    }
                    Signal::SIGWINCH => copy_size(master.as_fd()),
                    other => {
                        let _ = nix::sys::signal::kill(pid, other);
                    }
                }
            }
        }
        let mut i = 1;
        if master_open {
            if ready[i] {
                match nix::unistd::read(&master, &mut buf) {
                    Ok(0) | Err(_) => master_open = false, // EIO once the last slave closes
                    Ok(n) => match sink.as_mut() {
                        Some(s) => s(&buf[..n]),
                        None => {
                            let mut out = std::io::stdout().lock();
                            let _ = out.write_all(&buf[..n]);
                            let _ = out.flush();
                        }
                    },
                }
            }
            i += 1;
        }
        if stdin_open && ready.get(i).copied().unwrap_or(false) {
            match nix::unistd::read(std::io::stdin(), &mut buf) {
                Ok(0) | Err(_) => stdin_open = false,
                Ok(n) => {
                    let _ = nix::unistd::write(&master, &buf[..n]);
                }
            }
        }
    }
    Ok(code.unwrap_or(137))
}
