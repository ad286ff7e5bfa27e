//! Starting the container's process: the child that becomes pid 1 of the new PID namespace
//! sets its hostname, builds the rootfs, pivots, takes the user's ids, and execs; the parent
//! forwards signals and returns the exit status (128+n for a signal, as podman does).

use super::rootfs::{self, EtcFiles};
use super::spec::{self, ContainerSpec};
use nix::sched::CloneFlags;
use nix::sys::signal::{SigSet, Signal};
use nix::sys::wait::{waitpid, WaitStatus};
use std::ffi::CString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the child reports when it cannot start the command: podman's 125/126/127.
pub const EXIT_SETUP: i32 = 125;
pub const EXIT_CANNOT_EXEC: i32 = 126;
pub const EXIT_NOT_FOUND: i32 = 127;

pub struct Launch<'a> {
    pub spec: &'a ContainerSpec,
    pub rootfs: &'a Path,
    pub etc: &'a EtcFiles,
    /// Namespaces (network, IPC, UTS, PID) pid 1 shares with the caller instead of getting
    /// new ones: the caller is in them already (its own, or another container's it joined).
    pub shared: CloneFlags,
    /// A cgroup v2 directory to start pid 1 in (`CLONE_INTO_CGROUP`), for limits.
    pub cgroup: Option<std::os::fd::RawFd>,
    /// stdin, stdout, stderr for the process; None keeps berth's own.
    pub stdio: Option<[std::os::fd::BorrowedFd<'a>; 3]>,
    /// With `-t`: the socket on which pid 1 sends its terminal's master.
    pub console: Option<std::os::fd::RawFd>,
    /// Read end of a pipe: the process waits for a byte on it (its network is being attached)
    /// before it starts the command. The second is the write end, berth's: the child closes
    /// its copy, so that the read ends (and the child with it) when berth dies meanwhile.
    /// `spawn` hands the write end back to the caller and closes the child's copy.
    pub net_wait: Option<(std::io::PipeReader, std::io::PipeWriter)>,
    /// A directory bound on /dev/shm instead of a tmpfs of its own: the shm of the container
    /// whose IPC namespace it joins (a pod's), shared as podman's userdata/shm is.
    pub shm_from: Option<std::path::PathBuf>,
}

const FORWARDED: &[Signal] = &[
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
    Signal::SIGWINCH,
];

fn die(code: i32, msg: &str) -> ! {
    let mut e = std::io::stderr();
    let _ = writeln!(e, "Error: {msg}");
    crate::sys::exit_child(code)
}

/// Look a command up in the container's PATH, as the OCI runtimes do (after pivot_root).
fn find_executable(cmd: &str, env: &[String]) -> Result<PathBuf, (i32, String)> {
    use std::os::unix::fs::PermissionsExt;
    let check = |p: &Path| -> Result<PathBuf, (i32, String)> {
        match std::fs::metadata(p) {
            Ok(md) if md.is_dir() => Err((
                EXIT_CANNOT_EXEC,
                // runc's words, as podman prints them
                format!("exec: \"{}\": permission denied", p.display()),
            )),
            Ok(md) if md.permissions().mode() & 0o111 == 0 => Err((
                EXIT_CANNOT_EXEC,
                format!("exec: \"{}\": permission denied", p.display()),
            )),
            Ok(_) => Ok(p.to_path_buf()),
            Err(_) => Err((
                EXIT_NOT_FOUND,
                format!("{}: no such file or directory", p.display()),
            )),
        }
    };
    if cmd.contains('/') {
        return check(Path::new(cmd));
    }
    let path = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or(spec::DEFAULT_PATH);
    let mut last_denied = None;
    for dir in path.split(':').filter(|d| !d.is_empty()) {
        match check(&Path::new(dir).join(cmd)) {
            Ok(p) => return Ok(p),
            Err((EXIT_CANNOT_EXEC, m)) => last_denied = Some(m),
            Err(_) => {}
        }
    }
    match last_denied {
        Some(m) => Err((EXIT_CANNOT_EXEC, m)),
        None => Err((
            EXIT_NOT_FOUND,
            format!("{cmd}: executable file not found in $PATH: No such file or directory"),
        )),
    }
}

/// Why [`become_user`] failed: the id is usually not mapped in the user namespace.
#[derive(Debug, thiserror::Error)]
pub(crate) enum BecomeUserError {
    #[error("setgid {0}: {1} (is gid {0} mapped in the user namespace?)")]
    Gid(u32, #[source] nix::errno::Errno),
    #[error("setuid {0}: {1} (is uid {0} mapped in the user namespace?)")]
    Uid(u32, #[source] nix::errno::Errno),
}

/// Take the user's ids: supplementary groups, gid, uid (for pid 1 and for `exec`).
pub(crate) fn become_user(user: &spec::ResolvedUser) -> Result<(), BecomeUserError> {
    let groups: Vec<nix::unistd::Gid> = user
        .groups
        .iter()
        .map(|g| nix::unistd::Gid::from_raw(*g))
        .collect();
    let _ = nix::unistd::setgroups(&groups);
    let gid = nix::unistd::Gid::from_raw(user.gid);
    let uid = nix::unistd::Uid::from_raw(user.uid);
    nix::unistd::setresgid(gid, gid, gid).map_err(|e| BecomeUserError::Gid(user.gid, e))?;
    nix::unistd::setresuid(uid, uid, uid).map_err(|e| BecomeUserError::Uid(user.uid, e))
}

/// The command's executable, or the end of this child with podman's 126/127 message.
pub(crate) fn executable_or_die(cmd: &str, env: &[String]) -> PathBuf {
    match find_executable(cmd, env) {
        Ok(p) => p,
        Err((EXIT_NOT_FOUND, msg)) => die(
            EXIT_NOT_FOUND,
            &format!("{msg}: OCI runtime attempted to invoke a command that was not found"),
        ),
        Err((code, msg)) => die(code, &format!("{msg}: OCI permission denied")),
    }
}

/// execve(2), or the end of this child with 127 (not found) or 126.
pub(crate) fn exec_or_die(exe: &Path, args: &[String], env: &[String]) -> ! {
    let cstr = |s: &str| CString::new(s.as_bytes()).unwrap_or_default();
    let argv: Vec<CString> = args.iter().map(|a| cstr(a)).collect();
    let envp: Vec<CString> = env.iter().map(|e| cstr(e)).collect();
    // Rust's runtime ignores SIGPIPE; an ignored signal stays ignored across exec, and a
    // shell cannot even trap it then: give the container's process the default, as runc's
    let _ = crate::sys::unignore_signals(&[nix::sys::signal::Signal::SIGPIPE]);
    let err = nix::unistd::execve(&cstr(&exe.to_string_lossy()), &argv, &envp).err();
    let code = if err == Some(nix::Error::ENOENT) {
        EXIT_NOT_FOUND
    } else {
        EXIT_CANNOT_EXEC
    };
    if err == Some(nix::Error::EACCES) {
        // e.g. a program on a noexec mount: runc's words, as podman prints them
        die(
            code,
            &format!(
                "exec {}: permission denied: OCI permission denied",
                exe.display()
            ),
        );
    }
    die(
        code,
        &format!(
            "{}: {}",
            exe.display(),
            err.map(|e| e.desc()).unwrap_or("exec failed")
        ),
    )
}

pub fn find_executable_pub(cmd: &str, env: &[String]) -> Result<PathBuf, (i32, String)> {
    find_executable(cmd, env)
}

fn child(mut l: Launch<'_>) -> ! {
    use std::os::unix::fs::OpenOptionsExt;
    let spec = l.spec;
    if let Some(fds) = l.stdio {
        for (target, fd) in fds.iter().enumerate() {
            if crate::sys::dup_onto_stdio(*fd, target as i32).is_err() {
                crate::sys::exit_child(EXIT_SETUP);
            }
        }
    }
    // A mount namespace of its own: pivot_root moves the root of every process in the
    // namespace that shares it, and berth's must stay on the host.
    if let Err(e) = nix::sched::unshare(CloneFlags::CLONE_NEWNS) {
        die(
            EXIT_SETUP,
            &format!("create the container's mount namespace: {e}"),
        );
    }
    // In a nested user namespace: the rootfs becomes "." and host files are reached through
    // descriptors (see `nested_root`); `_held` keeps those open until exec.
    let (root, etc, mounts, _held) = if spec.userns.is_some() {
        match nested_root(&l) {
            Ok((etc, mounts, held)) => (PathBuf::from("."), etc, mounts, held),
            Err(e) => die(EXIT_SETUP, &e),
        }
    } else {
        let etc = EtcFiles {
            hostname: l.etc.hostname.clone(),
            hosts: l.etc.hosts.clone(),
            resolv_conf: l.etc.resolv_conf.clone(),
            containerenv: l.etc.containerenv.clone(),
        };
        (l.rootfs.to_path_buf(), etc, spec.mounts.clone(), Vec::new())
    };
    // berth's own pause (a pod's infra container) execs berth's binary again, opened here
    // while the host's file system is still in view (close-on-exec, gone after the exec)
    let pause_exe = if spec.pause {
        match std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_PATH | libc::O_CLOEXEC)
            .open("/proc/self/exe")
        {
            Ok(f) => Some(f),
            Err(e) => die(
                EXIT_SETUP,
                &format!("open berth's binary for the pause: {e}"),
            ),
        }
    } else {
        None
    };
    // a network namespace of its own gets podman's default sysctl (containers.conf's
    // default_sysctls): `ping` works for the container's root group, as with podman
    if !l.shared.contains(CloneFlags::CLONE_NEWNET) {
        let _ = std::fs::write("/proc/sys/net/ipv4/ping_group_range", "0 0");
    }
    // a shared UTS namespace keeps its owner's host name
    if !l.shared.contains(CloneFlags::CLONE_NEWUTS) {
        if let Err(e) = nix::unistd::sethostname(&spec.hostname) {
            die(EXIT_SETUP, &format!("set hostname: {e}"));
        }
    }
    if let Err(e) = rootfs::setup_and_pivot(
        &root,
        &etc,
        &spec.masked_paths,
        &spec.readonly_paths,
        rootfs::RootOptions {
            read_only: spec.read_only,
            mtab: !spec.no_mtab,
        },
        &mounts,
        if spec.share.no_shm {
            rootfs::Shm::None
        } else if let Some(d) = &l.shm_from {
            rootfs::Shm::Bind(d)
        } else {
            rootfs::Shm::Tmpfs
        },
    ) {
        die(
            EXIT_SETUP,
            &format!("preparing the container's root file system: {e}"),
        );
    }
    let mut passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let mut group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    if let Some(k) = spec.userns.as_ref().and_then(|u| u.keep_id.as_ref()) {
        // podman adds the keep-id user when the image lacks it (skipped on a read-only rootfs)
        // its home: the host's when that (or a directory above it) is mounted, else the
        // workdir, as podman makes it
        let mut k = k.clone();
        k.home = spec::keep_id_home(
            &k.home,
            &spec.process.cwd,
            &spec
                .mounts
                .iter()
                .map(|m| m.destination.as_str())
                .collect::<Vec<_>>(),
        );
        let (p, g) = spec::add_keep_id_user(&passwd, &group, &k);
        if let Some(p) = p {
            if std::fs::write("/etc/passwd", &p).is_ok() {
                passwd = p;
            }
        }
        if let Some(g) = g {
            if std::fs::write("/etc/group", &g).is_ok() {
                group = g;
            }
        }
    }
    if !spec.host_users.is_empty() {
        // --hostuser: the home is the host's when mounted, else the workdir (podman's rule)
        let dests: Vec<&str> = spec.mounts.iter().map(|m| m.destination.as_str()).collect();
        let home = |h: &str| spec::keep_id_home(h, &spec.process.cwd, &dests);
        if let Some(p) = spec::add_host_users(&passwd, &spec.host_users, home) {
            if std::fs::write("/etc/passwd", &p).is_ok() {
                passwd = p;
            }
        }
    }
    let mut user = match spec::resolve_user(&spec.process.user, &passwd, &group) {
        Ok(u) => u,
        Err(e) => die(EXIT_SETUP, &e.to_string()),
    };
    match spec::resolve_groups(&spec.process.groups, &group) {
        Ok(extra) => {
            for g in extra {
                if !user.groups.contains(&g) {
                    user.groups.push(g);
                }
            }
        }
        Err(e) => die(EXIT_SETUP, &e.to_string()),
    }
    for m in spec.mounts.iter().filter(|m| m.chown) {
        if let Err(e) = rootfs::chown_mount(Path::new(&m.destination), user.uid, user.gid) {
            die(EXIT_SETUP, &format!("chown of {} (:U): {e}", m.destination));
        }
    }
    let mut env = spec.process.env.clone();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    let cwd = Path::new(&spec.process.cwd);
    if std::env::set_current_dir(cwd).is_err() {
        if !spec.process.create_cwd {
            // a --workdir is not created on the root file system (podman's 126 and words)
            die(
                EXIT_CANNOT_EXEC,
                &format!(
                    "workdir {:?} does not exist on container {}",
                    spec.process.cwd, spec.id
                ),
            );
        }
        let _ = std::fs::create_dir_all(cwd);
        if let Err(e) = std::env::set_current_dir(cwd) {
            die(EXIT_SETUP, &format!("workdir {}: {e}", cwd.display()));
        }
    }
    if let Some(sock) = l.console {
        if let Err(e) = super::tty::child_setup(sock, user.uid, user.gid) {
            die(EXIT_SETUP, &format!("allocating the terminal: {e}"));
        }
    }
    if let Some((reader, writer)) = l.net_wait.take() {
        drop(writer);
        // the id changes above cleared it: a berth killed while the network is attached must
        // not leave this process waiting
        let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
        // the network helper joins our network namespace through /proc/PID/ns/net, which a
        // non-dumpable process closes to it: stay dumpable until it is attached (nothing else
        // runs in this PID namespace yet)
        // (changing ids, as entering a nested user namespace does, made us non-dumpable)
        let _ = nix::sys::prctl::set_dumpable(true);
        let mut b = [0u8; 1];
        if std::io::Read::read(&mut &reader, &mut b).unwrap_or(0) != 1 {
            die(EXIT_SETUP, "the container's network could not be set up");
        }
    }
    // Until exec this is berth's binary inside the container's PID namespace: not dumpable
    // (CVE-2019-5736), see exec.rs. exec of the command makes it dumpable again.
    let _ = nix::sys::prctl::set_dumpable(false);
    if spec.init {
        // pid 1 stays here as the init; the command goes on in a child
        super::init::split(l.console.is_some());
    }
    if let Some(adj) = spec.oom_score_adj {
        // raising it is allowed to anyone; lowering it below the current value is not. A
        // process that is not dumpable finds its /proc files owned by the host's root.
        // (dumpable again only for this write: nothing else runs in the container yet but an
        // --init, berth's own)
        let _ = nix::sys::prctl::set_dumpable(true);
        let r = std::fs::write("/proc/self/oom_score_adj", adj.to_string());
        let _ = nix::sys::prctl::set_dumpable(false);
        if let Err(e) = r {
            die(
                EXIT_SETUP,
                &format!("write {adj} to /proc/self/oom_score_adj (--oom-score-adj): {e}"),
            );
        }
    }
    if let Err(e) = super::security::before_setuid(&spec.security) {
        die(EXIT_SETUP, &e.to_string());
    }
    if let Err(m) = become_user(&user) {
        die(EXIT_SETUP, &m.to_string());
    }
    let exe = if spec.pause {
        PathBuf::new()
    } else {
        executable_or_die(&spec.process.args[0], &env)
    };
    // The container dies with the berth (or monitor) that started it, even a killed one: no
    // orphaned container for the next command to find. Set after setuid, which clears it.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    // Unblock what the parent blocked, then keep only stdio open across exec.
    let _ = SigSet::all().thread_unblock();
    crate::sys::close_fds_from(3);
    if let Err(e) = super::security::after_setuid(&spec.security, user.uid) {
        die(EXIT_SETUP, &e.to_string());
    }
    if let Some(f) = pause_exe {
        // exec'ed inside the user namespace, the pause's memory belongs to that namespace, so
        // the host user may still open its /proc/PID/ns files once it is no longer dumpable
        // (`init::pause`)
        env.push(format!("{}=1", super::init::PAUSE_ENV));
        exec_pause(f, &spec.process.args, &env)
    }
    exec_or_die(&exe, &spec.process.args, &env)
}

/// fexecve(3) of berth's own binary as a pod's pause, or the end of this child with 126.
fn exec_pause(f: std::fs::File, args: &[String], env: &[String]) -> ! {
    let cstr = |s: &str| CString::new(s.as_bytes()).unwrap_or_default();
    let argv: Vec<CString> = args.iter().map(|a| cstr(a)).collect();
    let envp: Vec<CString> = env.iter().map(|e| cstr(e)).collect();
    let err = nix::unistd::fexecve(&f, &argv, &envp).err();
    die(
        EXIT_CANNOT_EXEC,
        &format!(
            "exec berth's pause: {}",
            err.map(|e| e.desc()).unwrap_or("exec failed")
        ),
    )
}

/// Write the uid and gid maps of a nested user namespace (from its parent namespace, where
/// berth is root: any id mapped there may be mapped, no helper needed).
fn write_maps(pid: nix::unistd::Pid, u: &spec::UsernsSpec) -> Result<(), std::io::Error> {
    let text = |m: &[crate::userns::MapEntry]| {
        m.iter()
            .map(|e| format!("{} {} {}\n", e.container, e.host, e.count))
            .collect::<String>()
    };
    for (file, map) in [("uid_map", &u.uid_map), ("gid_map", &u.gid_map)] {
        let path = format!("/proc/{pid}/{file}");
        std::fs::write(&path, text(map)).map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("write {path} of the container's user namespace: {e}"),
            )
        })?;
    }
    Ok(())
}

/// In the child of a nested user namespace: wait until the parent wrote the maps.
fn enter_nested(sync: std::io::PipeReader) {
    let mut b = [0u8; 1];
    let mut r = sync;
    if !matches!(std::io::Read::read(&mut r, &mut b), Ok(1) if b[0] == b'1') {
        crate::sys::exit_child(EXIT_SETUP);
    }
}

/// Prepare the rootfs of a nested user namespace (in pid 1, in its own mount namespace, still
/// with the user's own ids, which own the store's directories, e.g. a 0700 home), then become
/// root of the namespace. Container root may be an id that cannot even search those
/// directories (`--uidmap 0:1:...`), so what lies outside the rootfs is opened first: the
/// rootfs is bound onto itself (the mounts copied from berth's namespace are locked, and
/// pivot_root refuses a locked new root) and becomes the working directory ("."), and the
/// etc files and bind sources are reached as /proc/self/fd/N. Returns them and the open files.
fn nested_root(
    l: &Launch<'_>,
) -> Result<(EtcFiles, Vec<spec::MountSpec>, Vec<std::fs::File>), String> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    nix::mount::mount(
        Some(l.rootfs),
        l.rootfs,
        None::<&str>,
        nix::mount::MsFlags::MS_BIND | nix::mount::MsFlags::MS_REC,
        None::<&str>,
    )
    .map_err(|e| format!("bind mount {} onto itself: {e}", l.rootfs.display()))?;
    std::env::set_current_dir(l.rootfs)
        .map_err(|e| format!("chdir {}: {e}", l.rootfs.display()))?;
    let mut held = Vec::new();
    let mut by_fd = |p: &Path| -> Result<PathBuf, String> {
        let f = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_PATH | libc::O_CLOEXEC)
            .open(p)
            .map_err(|e| format!("open {}: {e}", p.display()))?;
        let path = PathBuf::from(format!("/proc/self/fd/{}", f.as_raw_fd()));
        held.push(f);
        Ok(path)
    };
    let etc = EtcFiles {
        hostname: by_fd(&l.etc.hostname)?,
        hosts: by_fd(&l.etc.hosts)?,
        resolv_conf: by_fd(&l.etc.resolv_conf)?,
        containerenv: by_fd(&l.etc.containerenv)?,
    };
    let mut mounts = l.spec.mounts.clone();
    for m in mounts
        .iter_mut()
        .filter(|m| m.kind != spec::MountKind::Tmpfs)
    {
        m.source = by_fd(Path::new(&m.source))?.display().to_string();
    }
    let root_g = nix::unistd::Gid::from_raw(0);
    let root_u = nix::unistd::Uid::from_raw(0);
    nix::unistd::setresgid(root_g, root_g, root_g)
        .and_then(|_| nix::unistd::setresuid(root_u, root_u, root_u))
        .map_err(|e| {
            format!(
                "become root in the container's user namespace: {e} (is container id 0 mapped?)"
            )
        })?;
    let _ = nix::unistd::setgroups(&[]);
    // the id change made us non-dumpable; the network helper still has to open our
    // namespaces (/proc/PID/ns/*): dumpable again until it is attached (see `child`)
    if l.net_wait.is_some() {
        let _ = nix::sys::prctl::set_dumpable(true);
    }
    Ok((etc, mounts, held))
}

/// Fork pid 1 into new PID, UTS, IPC, cgroup and (unless shared) network namespaces, and with
/// `--userns`/`--uidmap` a user namespace of its own that owns them. The caller's namespaces
/// stay as they are, so a monitor can start the container again. Forwarded signals and
/// SIGCHLD are left blocked in the caller, in the returned set, for `wait_forwarding` or a
/// monitor's loop.
/// With `net_wait`, the write end of its pipe comes back (the third value): one byte on it
/// lets pid 1 go on.
pub fn spawn(
    mut l: Launch<'_>,
) -> Result<(nix::unistd::Pid, SigSet, Option<std::io::PipeWriter>), std::io::Error> {
    let new = CloneFlags::CLONE_NEWPID
        | CloneFlags::CLONE_NEWUTS
        | CloneFlags::CLONE_NEWIPC
        | CloneFlags::CLONE_NEWNET;
    let mut flags = new & !l.shared;
    if !l.spec.cgroupns_host {
        flags |= CloneFlags::CLONE_NEWCGROUP;
    }
    let nested = l.spec.userns.as_ref();
    if nested.is_some() {
        flags |= CloneFlags::CLONE_NEWUSER;
    }
    // Block forwarded signals (and SIGCHLD) so they queue for the loop below.
    let mut set = SigSet::empty();
    for s in FORWARDED {
        set.add(*s);
    }
    set.add(Signal::SIGCHLD);
    set.thread_block().map_err(std::io::Error::from)?;
    // ignored ones (berth started as a background job) would be dropped, not forwarded
    crate::sys::unignore_signals(&[Signal::SIGINT, Signal::SIGTERM])?;
    let sync = match nested {
        Some(_) => Some(std::io::pipe()?),
        None => None,
    };
    let pid = match crate::sys::clone_fork(flags, l.cgroup)? {
        crate::sys::ForkResult::Child => {
            if let Some((r, w)) = sync {
                drop(w);
                enter_nested(r);
            }
            child(l)
        }
        crate::sys::ForkResult::Parent { child } => child,
    };
    // the child has its own copies; berth keeps the write end only
    let gate = l.net_wait.take().map(|(r, w)| {
        drop(r);
        w
    });
    if let (Some(u), Some((r, w))) = (nested, sync) {
        drop(r);
        let mut w = w;
        if let Err(e) = write_maps(pid, u).and_then(|_| w.write_all(b"1")) {
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
            let _ = waitpid(pid, None);
            return Err(e);
        }
    }
    Ok((pid, set, gate))
}

/// The exit status podman reports for a wait status: the code, or 128+n for signal n.
pub fn exit_code(ws: WaitStatus) -> Option<i32> {
    match ws {
        WaitStatus::Exited(_, code) => Some(code),
        WaitStatus::Signaled(_, sig, _) => Some(128 + sig as i32),
        _ => None,
    }
}

/// Wait for pid 1, forwarding signals to it. Returns its exit status.
pub fn wait_forwarding(pid: nix::unistd::Pid, set: SigSet) -> Result<i32, std::io::Error> {
    loop {
        match set.wait() {
            Ok(Signal::SIGCHLD) => loop {
                match waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG)) {
                    Ok(WaitStatus::StillAlive) => break,
                    Ok(ws) if exit_code(ws).is_some() => return Ok(exit_code(ws).unwrap_or(0)),
                    Ok(_) => continue,
                    Err(nix::Error::EINTR) => continue,
                    Err(e) => return Err(e.into()),
                }
            },
            Ok(sig) => {
                let _ = nix::sys::signal::kill(pid, sig);
            }
            Err(_) => continue,
        }
    }
}
