//! `exec`: a new process in a running container. berth joins the container's namespaces
//! (user first, so the others are ours to join), forks into its PID namespace, takes the
//! user's ids and execs, forwarding signals and returning the exit status.

use super::process::{self, EXIT_SETUP};
use super::spec;
use nix::sched::{setns, CloneFlags};
use nix::sys::signal::{SigSet, Signal};
use std::io::Write;
use std::path::Path;

pub struct ExecSpec<'a> {
    pub pid: i32,
    pub args: &'a [String],
    pub env: Vec<String>,
    pub cwd: String,
    pub user: String,
    pub security: &'a spec::SecurityOpts,
    pub detach: bool,
    /// `-t`: a terminal from the container's devpts (see tty.rs); `stdin` relays input.
    pub tty: bool,
    pub stdin: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("cannot open the {ns} namespace of the container (pid {pid})")]
    Open {
        ns: &'static str,
        pid: i32,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot join the {ns} namespace of the container")]
    Join {
        ns: &'static str,
        #[source]
        source: nix::Error,
    },
    #[error("cannot start the process")]
    Fork(#[source] std::io::Error),
}

/// The process whose namespaces a new process of the container joins: pid 1, or with
/// `--init` the command (pid 1's oldest child), because berth's init is not dumpable and its
/// /proc/PID/ns files are closed to everyone outside. None when it has no child (yet).
pub fn namespace_holder(pid1: i32, init: bool) -> Option<i32> {
    if !init {
        return Some(pid1);
    }
    let mut children: Vec<(u64, i32)> = std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let after = stat.rsplit_once(')')?.1;
            let f: Vec<&str> = after.split_whitespace().collect();
            let ppid: i32 = f.get(1)?.parse().ok()?;
            let start: u64 = f.get(19)?.parse().ok()?;
            (ppid == pid1).then_some((start, pid))
        })
        .collect();
    children.sort();
    children.first().map(|(_, pid)| *pid)
}

/// `cgroup.procs` of the cgroup v2 that `pid` is in, opened for writing, when there is one.
fn container_cgroup_procs(pid: i32) -> Option<std::fs::File> {
    if crate::cgroups::version() != "v2" {
        return None;
    }
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    let path = text.lines().find_map(|l| l.strip_prefix("0::"))?.trim();
    if path == "/" || path.is_empty() {
        return None;
    }
    let mine = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    if mine
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .map(str::trim)
        == Some(path)
    {
        return None; // the same cgroup already (no cgroup of its own)
    }
    std::fs::OpenOptions::new()
        .write(true)
        .open(
            std::path::Path::new(crate::cgroups::MOUNT)
                .join(path.trim_start_matches('/'))
                .join("cgroup.procs"),
        )
        .ok()
}

fn die(code: i32, msg: &str) -> ! {
    let _ = writeln!(std::io::stderr(), "Error: {msg}");
    crate::sys::exit_child(code)
}

/// Join and run; returns the exit status (or 0 at once with `detach`).
pub fn exec(e: &ExecSpec<'_>) -> Result<i32, ExecError> {
    // the fork comes after joining the container's PID and mount namespaces, where our own
    // /proc entry is out of sight: the check there reads through this descriptor
    let threads = crate::sys::ThreadCheck::open().map_err(ExecError::Fork)?;
    let order: [(&'static str, CloneFlags); 7] = [
        ("user", CloneFlags::CLONE_NEWUSER),
        ("mnt", CloneFlags::CLONE_NEWNS),
        ("uts", CloneFlags::CLONE_NEWUTS),
        ("ipc", CloneFlags::CLONE_NEWIPC),
        ("net", CloneFlags::CLONE_NEWNET),
        ("cgroup", CloneFlags::CLONE_NEWCGROUP),
        ("pid", CloneFlags::CLONE_NEWPID),
    ];
    // The container's cgroup (v2), opened now: the exec'd process joins it after the fork
    // (the kernel checks the opener's rights and cgroup namespace, which are berth's here).
    let cgroup_procs = container_cgroup_procs(e.pid);
    // Open them all before joining any: after joining the mount namespace, /proc is the
    // container's and our pid means nothing there.
    let mut fds = Vec::new();
    for (ns, flag) in order {
        let p = format!("/proc/{}/ns/{ns}", e.pid);
        let f = std::fs::File::open(&p).map_err(|source| ExecError::Open {
            ns,
            pid: e.pid,
            source,
        })?;
        fds.push((ns, flag, f));
    }
    // Namespaces we are already in are skipped: the user namespace when rootful, the
    // network namespace of a `--network host` container (the host's, which berth's user
    // namespace does not own, so joining it would fail).
    let same: Vec<bool> = fds
        .iter()
        .map(|(ns, _, _)| {
            let ours = std::fs::read_link(format!("/proc/self/ns/{ns}")).ok();
            ours.is_some() && ours == std::fs::read_link(format!("/proc/{}/ns/{ns}", e.pid)).ok()
        })
        .collect();
    for ((ns, flag, f), same) in fds.iter().zip(same) {
        if same {
            continue;
        }
        setns(f, *flag).map_err(|source| ExecError::Join { ns, source })?;
    }
    drop(fds);
    let mut set = SigSet::empty();
    for s in [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
        Signal::SIGUSR1,
        Signal::SIGUSR2,
        Signal::SIGCHLD,
    ] {
        set.add(s);
    }
    set.thread_block().map_err(|e| ExecError::Fork(e.into()))?;
    crate::sys::unignore_signals(&[Signal::SIGINT, Signal::SIGTERM]).map_err(ExecError::Fork)?;
    let console = if e.tty && !e.detach {
        Some(std::os::unix::net::UnixStream::pair().map_err(ExecError::Fork)?)
    } else {
        None
    };
    match threads.fork().map_err(ExecError::Fork)? {
        crate::sys::ForkResult::Child => {
            if let Some(f) = &cgroup_procs {
                // "0" moves the writer itself; a berth in a cgroup that may not move there
                // (another session's, not delegated) runs the command where it is, as before
                let _ = std::io::Write::write_all(&mut &*f, b"0");
            }
            if let Some((_, theirs)) = &console {
                let uid_gid = (0, 0);
                if let Err(m) = super::tty::child_setup(
                    std::os::fd::AsRawFd::as_raw_fd(theirs),
                    uid_gid.0,
                    uid_gid.1,
                ) {
                    die(EXIT_SETUP, &format!("allocating the terminal: {m}"));
                }
            }
            child(e)
        }
        crate::sys::ForkResult::Parent { child } => {
            if e.detach {
                return Ok(0);
            }
            match console {
                Some((ours, theirs)) => {
                    drop(theirs);
                    match super::tty::recv_master(&std::os::fd::OwnedFd::from(ours)) {
                        Ok(m) => {
                            super::tty::relay(m, child, set, e.stdin, None).map_err(ExecError::Fork)
                        }
                        Err(_) => process::wait_forwarding(child, set).map_err(ExecError::Fork),
                    }
                }
                None => process::wait_forwarding(child, set).map_err(ExecError::Fork),
            }
        }
    }
}

fn child(e: &ExecSpec<'_>) -> ! {
    // Until exec, this is berth's image inside the container's PID namespace: not dumpable, so
    // container processes cannot open /proc/PID/exe (the berth binary) or ptrace us
    // (CVE-2019-5736). exec of the container's program makes it dumpable again.
    if let Err(err) = nix::sys::prctl::set_dumpable(false) {
        die(EXIT_SETUP, &format!("prctl(PR_SET_DUMPABLE): {err}"));
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    let user = match spec::resolve_user(&e.user, &passwd, &group) {
        Ok(u) => u,
        Err(m) => die(EXIT_SETUP, &m.to_string()),
    };
    let mut env = e.env.clone();
    if !env.iter().any(|v| v.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    if let Err(err) = std::env::set_current_dir(Path::new(&e.cwd)) {
        die(EXIT_SETUP, &format!("workdir {}: {err}", e.cwd));
    }
    if e.detach {
        let _ = nix::unistd::setsid();
        if let Ok(null) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
        {
            for fd in 0..3 {
                let _ = crate::sys::dup_onto_stdio(std::os::fd::AsFd::as_fd(&null), fd);
            }
        }
    }
    if let Err(m) = super::security::before_setuid(e.security) {
        die(EXIT_SETUP, &m.to_string());
    }
    if let Err(m) = process::become_user(&user) {
        die(EXIT_SETUP, &m.to_string());
    }
    let exe = process::executable_or_die(&e.args[0], &env);
    let _ = SigSet::all().thread_unblock();
    crate::sys::close_fds_from(3);
    if let Err(m) = super::security::after_setuid(e.security, user.uid) {
        die(EXIT_SETUP, &m.to_string());
    }
    process::exec_or_die(&exe, e.args, &env)
}
