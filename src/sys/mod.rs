//! The one place that makes raw system calls berth's other modules cannot make safely
//! through nix: fork, `_exit`, xattrs. Everything here documents its man page and its rules.
#![allow(unsafe_code)]

pub mod security;
pub mod xattr;

use std::io;

/// Number of threads of this process, from /proc/self/status.
pub fn thread_count() -> io::Result<usize> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    for line in status.lines() {
        if let Some(v) = line.strip_prefix("Threads:") {
            return v.trim().parse().map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("/proc/self/status Threads: {e}"),
                )
            });
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidData,
        "no Threads: line in /proc/self/status",
    ))
}

/// `unshare(CLONE_NEWUSER)` and `setns` into a user namespace fail with EINVAL in a
/// multi-threaded process (user_namespaces(7)); fail early with a clear message instead.
pub fn assert_single_threaded() -> io::Result<()> {
    let n = thread_count()?;
    if n != 1 {
        return Err(io::Error::other(format!(
            "internal error: {n} threads running where a user namespace must be created (must be 1)"
        )));
    }
    Ok(())
}

pub use nix::unistd::ForkResult;

/// fork(2). Safe to call only while the process is single-threaded (checked), because the
/// child may allocate.
pub fn fork() -> io::Result<ForkResult> {
    assert_single_threaded()?;
    // SAFETY: the process has exactly one thread (checked above), so the child inherits no
    // locks held by other threads and may allocate freely.
    unsafe { nix::unistd::fork() }.map_err(io::Error::from)
}

/// fork(2) that also creates new namespaces for the child, as clone(2) with `flags`
/// (`CLONE_NEW*`) and no new stack: the child continues on a copy of the caller's stack, like
/// fork. With `CLONE_NEWUSER` among the flags the user namespace is made first and owns the
/// others. The caller's own namespaces are untouched. With `cgroup` (an open cgroup v2
/// directory), the child starts in that cgroup (`CLONE_INTO_CGROUP`, clone3 only), so its
/// limits hold from its first instruction. Single-threaded only (checked).
pub fn clone_fork(
    flags: nix::sched::CloneFlags,
    cgroup: Option<std::os::fd::RawFd>,
) -> io::Result<ForkResult> {
    assert_single_threaded()?;
    const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;
    let bits = flags.bits() as u64;
    #[repr(C)]
    struct CloneArgs {
        flags: u64,
        pidfd: u64,
        child_tid: u64,
        parent_tid: u64,
        exit_signal: u64,
        stack: u64,
        stack_size: u64,
        tls: u64,
        set_tid: u64,
        set_tid_size: u64,
        cgroup: u64,
    }
    let args = CloneArgs {
        flags: bits | cgroup.map_or(0, |_| CLONE_INTO_CGROUP),
        set_tid: 0,
        set_tid_size: 0,
        cgroup: cgroup.map_or(0, |fd| fd as u64),
        pidfd: 0,
        child_tid: 0,
        parent_tid: 0,
        exit_signal: libc::SIGCHLD as u64,
        stack: 0,
        stack_size: 0,
        tls: 0,
    };
    // SAFETY: clone3 with no stack duplicates the calling thread like fork(2); the process has
    // exactly one thread (checked above), so the child inherits no lock held by another
    // thread. `args` is a valid clone_args (CLONE_ARGS_SIZE_VER2) read by the kernel only.
    let mut r = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &args as *const CloneArgs,
            std::mem::size_of::<CloneArgs>(),
        )
    };
    if r < 0 && io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS) {
        if cgroup.is_some() {
            return Err(io::Error::other(
                "clone3 is not available (a seccomp filter or a kernel older than 5.7), and only clone3 can start a process in a cgroup",
            ));
        }
        // clone3 filtered (older seccomp profiles answer ENOSYS): the classic clone, whose
        // pointer arguments are all null here, so their per-architecture order does not matter
        // (except s390's, which swaps the first two).
        #[cfg(not(target_arch = "s390x"))]
        // SAFETY: as above; a null stack makes clone behave like fork.
        {
            r = unsafe {
                libc::syscall(
                    libc::SYS_clone,
                    bits | libc::SIGCHLD as u64,
                    0usize,
                    0usize,
                    0usize,
                    0usize,
                )
            };
        }
        #[cfg(target_arch = "s390x")]
        // SAFETY: as above; a null stack makes clone behave like fork.
        {
            r = unsafe {
                libc::syscall(
                    libc::SYS_clone,
                    0usize,
                    bits | libc::SIGCHLD as u64,
                    0usize,
                    0usize,
                    0usize,
                )
            };
        }
    }
    match r {
        r if r < 0 => Err(io::Error::last_os_error()),
        0 => Ok(ForkResult::Child),
        pid => Ok(ForkResult::Parent {
            child: nix::unistd::Pid::from_raw(pid as i32),
        }),
    }
}

/// close_range(2) from `first` up, closing now (for a process that will not exec, such as the
/// container's init).
///
/// # Safety
///
/// Every descriptor from `first` up is closed behind its owner's back: no owner of one of them
/// (an `OwnedFd`, `File`, socket, pipe, ... anywhere in the process, statics included) may be
/// used or dropped afterwards, since its number may by then name another object.
/// [`close_fds_and_then`] is a safe way to call it.
pub unsafe fn close_fds_now(first: u32) {
    // SAFETY: closes descriptors of this process only; the caller promises not to use them.
    let r = unsafe { libc::syscall(libc::SYS_close_range, first, u32::MAX, 0u32) };
    if r != 0 {
        if let Ok(rd) = std::fs::read_dir("/proc/self/fd") {
            let fds: Vec<i32> = rd
                .flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|s| s.parse().ok()))
                .collect();
            for fd in fds.into_iter().filter(|fd| *fd >= first as i32) {
                // SAFETY: as above.
                unsafe { libc::close(fd) };
            }
        }
    }
}

/// Data that holds no descriptor, so it stays valid after [`close_fds_and_then`] closed them
/// (sealed: implemented here for plain ids and signal sets only).
pub trait NoFds: Copy + private::Sealed {}

mod private {
    pub trait Sealed {}
}

impl private::Sealed for nix::unistd::Pid {}
impl NoFds for nix::unistd::Pid {}
impl private::Sealed for nix::sys::signal::SigSet {}
impl NoFds for nix::sys::signal::SigSet {}
impl private::Sealed for i32 {}
impl NoFds for i32 {}
impl private::Sealed for bool {}
impl NoFds for bool {}
impl<A: NoFds, B: NoFds> private::Sealed for (A, B) {}
impl<A: NoFds, B: NoFds> NoFds for (A, B) {}

/// Close every descriptor from `first` up ([`close_fds_now`]) and go on in `then(arg)`, never
/// to come back: the way a process that will not exec (the container's init) drops berth's
/// descriptors.
///
/// Safe, because it upholds `close_fds_now`'s contract: `then` is a plain function (it captures
/// nothing) whose argument holds no descriptor ([`NoFds`]); this never returns, and a panic in
/// `then` ends the process with `_exit(code)` instead of unwinding, so no owner in the callers'
/// frames is ever used or dropped again; and berth keeps no descriptor in a static. What `then`
/// opens itself is new and its own.
pub fn close_fds_and_then<T: NoFds>(first: u32, arg: T, then: fn(T) -> !, code: i32) -> ! {
    // SAFETY: see above: after this call only `then(arg)` runs, and it cannot reach any owner
    // of a closed descriptor.
    unsafe { close_fds_now(first) };
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || then(arg)));
    exit_child(code)
}

/// _exit(2): leave a forked child without running the parent's atexit handlers or destructors.
pub fn exit_child(code: i32) -> ! {
    // SAFETY: _exit never returns and touches no Rust state.
    unsafe { libc::_exit(code) }
}

/// mount(2) an overlay filesystem at `target` with the given option string.
pub fn mount_overlay(target: &std::path::Path, options: &str) -> io::Result<()> {
    nix::mount::mount(
        Some("overlay"),
        target,
        Some("overlay"),
        nix::mount::MsFlags::empty(),
        Some(options),
    )
    .map_err(io::Error::from)
}

/// close_range(2) with CLOSE_RANGE_CLOEXEC from `first` up: no descriptor of berth's leaks
/// into an exec'd process (those below `first` stay).
pub fn close_fds_from(first: u32) {
    // SAFETY: close_range only changes flags of this process's descriptors.
    let r = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
    if r != 0 {
        // kernels before 5.11: mark them one by one
        if let Ok(rd) = std::fs::read_dir("/proc/self/fd") {
            let fds: Vec<i32> = rd
                .flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|s| s.parse().ok()))
                .collect();
            for fd in fds.into_iter().filter(|fd| *fd >= first as i32) {
                // SAFETY: setting FD_CLOEXEC on a descriptor number is harmless even if closed.
                unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
            }
        }
    }
}

/// dup2(2) `fd` onto `target`.
///
/// # Safety
///
/// `target` is closed first when it is open: nothing may own it (an `OwnedFd`, `File`, ...)
/// or use it afterwards expecting what it was. [`dup_onto_stdio`] is a safe way to call it.
pub unsafe fn dup_onto(
    fd: std::os::fd::BorrowedFd<'_>,
    target: std::os::fd::RawFd,
) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = fd.as_raw_fd();
    if fd == target {
        return Ok(());
    }
    // SAFETY: dup2 only manipulates this process's descriptor table; the caller promises that
    // nothing owns `target`.
    let r = unsafe { libc::dup2(fd, target) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// dup2(2) `fd` onto standard input, output or error (`target` 0, 1 or 2; anything else is
/// refused with `EBADF`), as a child does before exec or when it lets go of a terminal.
///
/// Safe, because it upholds `dup_onto`'s contract: Rust's runtime opens 0, 1 and 2 before
/// `main` (on /dev/null when they are closed) and berth never closes them, so no `OwnedFd`
/// owns them; std's stdio handles use them by number, and they stay open (now on `fd`'s file).
pub fn dup_onto_stdio(
    fd: std::os::fd::BorrowedFd<'_>,
    target: std::os::fd::RawFd,
) -> io::Result<()> {
    if !(0..=2).contains(&target) {
        return Err(io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: see above: 0, 1 and 2 have no owner.
    unsafe { dup_onto(fd, target) }
}

/// This process's /proc/self/status, opened while /proc shows it, so that its thread count
/// can still be read after the process joined another PID or mount namespace (where its own
/// /proc entry is out of sight).
pub struct ThreadCheck(std::fs::File);

impl ThreadCheck {
    /// Open it, and check that this process has one thread now (as
    /// `assert_single_threaded`).
    pub fn open() -> io::Result<ThreadCheck> {
        let t = std::fs::File::open("/proc/self/status").map(ThreadCheck)?;
        t.single()?;
        Ok(t)
    }

    fn single(&self) -> io::Result<()> {
        match self.threads()? {
            1 => Ok(()),
            n => Err(io::Error::other(format!(
                "internal error: {n} threads running where berth must fork or join namespaces (must be 1)"
            ))),
        }
    }

    fn threads(&self) -> io::Result<usize> {
        use std::io::{Read, Seek};
        let mut f = &self.0;
        f.seek(io::SeekFrom::Start(0))?;
        let mut text = String::new();
        f.read_to_string(&mut text)?;
        text.lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no Threads: in status"))
    }

    /// fork(2), after checking (through the descriptor, now) that this process has one
    /// thread.
    pub fn fork(&self) -> io::Result<ForkResult> {
        self.single()?;
        // SAFETY: the process has exactly one thread (checked just above, through its own
        // status file), so the child inherits no lock held by another thread.
        unsafe { nix::unistd::fork() }.map_err(io::Error::from)
    }
}

/// ioctl(TIOCSCTTY): make `fd` (a terminal) the controlling terminal of this session.
pub fn set_controlling_tty(fd: impl std::os::fd::AsFd) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = fd.as_fd().as_raw_fd();
    // SAFETY: TIOCSCTTY takes an int argument and touches no memory of ours.
    if unsafe { libc::ioctl(fd, libc::TIOCSCTTY, 0) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// ioctl(TIOCGWINSZ): the window size of a terminal, if `fd` is one.
pub fn window_size(fd: impl std::os::fd::AsFd) -> Option<(u16, u16)> {
    use std::os::fd::AsRawFd;
    let fd = fd.as_fd().as_raw_fd();
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: ws is a valid winsize for the kernel to fill.
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    (r == 0).then_some((ws.ws_row, ws.ws_col))
}

/// ioctl(TIOCSWINSZ): set a terminal's window size (the kernel sends SIGWINCH to its group).
pub fn set_window_size(fd: impl std::os::fd::AsFd, rows: u16, cols: u16) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = fd.as_fd().as_raw_fd();
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: ws is a valid winsize read by the kernel.
    if unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Let `fds` survive the exec of `cmd` (clear FD_CLOEXEC in the child, between fork and exec).
pub fn keep_fds_across_exec(cmd: &mut std::process::Command, fds: Vec<std::os::fd::RawFd>) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure only calls fcntl(2), which is async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            for fd in &fds {
                if libc::fcntl(*fd, libc::F_SETFD, 0) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
}

/// Receive one message of at most `buf.len()` bytes on the socket `sock` and the descriptors
/// sent with it (SCM_RIGHTS, recvmsg(2), received close-on-exec). Returns the number of bytes
/// and the first descriptor, if any; any further ones are closed.
pub fn recv_fd(
    sock: std::os::fd::BorrowedFd<'_>,
    buf: &mut [u8],
) -> io::Result<(usize, Option<std::os::fd::OwnedFd>)> {
    use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
    let mut iov = [io::IoSliceMut::new(buf)];
    let mut space = nix::cmsg_space!([RawFd; 1]);
    let msg = recvmsg::<()>(
        sock.as_raw_fd(),
        &mut iov,
        Some(&mut space),
        MsgFlags::MSG_CMSG_CLOEXEC,
    )
    .map_err(io::Error::from)?;
    let mut fds: Vec<OwnedFd> = Vec::new();
    for c in msg.cmsgs().map_err(io::Error::from)? {
        if let ControlMessageOwned::ScmRights(received) = c {
            for fd in received {
                // SAFETY: the kernel just installed `fd` in this process's table for this
                // message (SCM_RIGHTS): nothing else in the process knows or owns it.
                fds.push(unsafe { OwnedFd::from_raw_fd(fd) });
            }
        }
    }
    let bytes = msg.bytes;
    Ok((bytes, fds.into_iter().next()))
}

/// Set an environment variable of this process, for libraries that read it later (the TLS
/// stack's SSL_CERT_FILE). Only before other threads might read the environment.
pub fn set_env(key: &str, value: &std::path::Path) {
    std::env::set_var(key, value);
}

/// accept4(2) with SOCK_CLOEXEC: the next connection on the listening socket `sock`.
pub fn accept_cloexec(sock: std::os::fd::BorrowedFd<'_>) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    let fd = nix::sys::socket::accept4(sock.as_raw_fd(), nix::sys::socket::SockFlag::SOCK_CLOEXEC)
        .map_err(io::Error::from)?;
    // SAFETY: accept4 just returned a new descriptor that nothing else in the process owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Have the child `cmd` starts receive `sig` when the thread that spawns it ends (also when
/// berth is killed), and not start at all when that already happened.
pub fn die_with_parent(cmd: &mut std::process::Command, sig: nix::sys::signal::Signal) {
    use std::os::unix::process::CommandExt;
    let parent = std::process::id() as libc::pid_t;
    // SAFETY: the closure only calls prctl(2) and getppid(2), which are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, sig as libc::c_ulong) < 0 {
                return Err(io::Error::last_os_error());
            }
            if libc::getppid() != parent {
                return Err(io::Error::other("the parent already exited"));
            }
            Ok(())
        });
    }
}

/// Give back the default action to those of `signals` that this process ignores (a shell
/// starts a background job with SIGINT and SIGQUIT ignored). Call it with the signals blocked:
/// a blocked signal then stays pending for sigwait or a signalfd, where an ignored one is
/// dropped when it is sent; and the container's process, which would inherit the ignoring
/// across exec, can trap them again. See sigaction(2).
pub fn unignore_signals(signals: &[nix::sys::signal::Signal]) -> io::Result<()> {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet};
    let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    for &s in signals {
        // SAFETY: SIG_DFL installs no handler, so no code of ours runs in signal context.
        let old = unsafe { sigaction(s, &default) }.map_err(io::Error::from)?;
        if !matches!(old.handler(), SigHandler::SigIgn) {
            // it had a handler or the default: put it back as it was
            // SAFETY: reinstalls the disposition the process had a moment ago.
            unsafe { sigaction(s, &old) }.map_err(io::Error::from)?;
        }
    }
    Ok(())
}

/// kill(2) with a signal number, real-time ones too (nix's `Signal` has only the standard
/// ones). See kill(2).
pub fn kill_raw(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    let r = unsafe { libc::kill(pid, sig) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
