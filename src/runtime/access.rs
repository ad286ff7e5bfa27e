//! Reaching a container's files from a forked berth whose root directory is the container's
//! root, so that every path it resolves (absolute symlinks included) stays inside it:
//!
//! * a running container: join its user and mount namespaces (as `exec` does, the user one
//!   first so the mount one is ours to join); `setns` makes the namespace's root, the
//!   container's pivoted rootfs, our root. Its volumes and mounts are seen as it sees them.
//! * a running container without its mounts (`export`): the same, then a private copy of its
//!   mount namespace where a non-recursive bind of `/` becomes the root.
//! * a stopped one: its rootfs mounted by the caller (in a mount namespace of its own), then
//!   `chroot` into it.
//!
//! The child reports on a status pipe, one line per message (`runtime::access::Status`).

use nix::sched::{setns, CloneFlags};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use super::copy::CopyError;

/// How the child reaches the container's root.
#[derive(Debug, Clone)]
pub enum RootAccess {
    /// Join the namespaces of the running container whose pid 1 is this host pid.
    Join(i32),
    /// Join, then see only the rootfs (no /proc, /sys, volumes ...).
    JoinBare(i32),
    /// chroot into this mounted rootfs.
    Chroot(PathBuf),
}

/// The child's end of the status pipe.
pub struct Status(std::io::PipeWriter);

impl Status {
    /// Send one message (newlines are flattened).
    pub fn send(&mut self, tag: &str, body: &str) {
        let line = format!("{tag} {}\n", body.replace('\n', " "));
        let _ = self.0.write_all(line.as_bytes());
        let _ = self.0.flush();
    }
}

/// A child working in the container's root.
pub struct Child {
    pub pid: nix::unistd::Pid,
    status: BufReader<std::io::PipeReader>,
    reaped: bool,
}

impl Child {
    /// The next message: `(tag, body)`. The child's end closing early is an error.
    pub fn message(&mut self) -> Result<(String, String), CopyError> {
        let mut line = String::new();
        match self.status.read_line(&mut line) {
            Ok(0) | Err(_) => {
                let code = self.wait();
                Err(CopyError(format!(
                    "the copy process in the container ended unexpectedly (status {code})"
                )))
            }
            Ok(_) => {
                let line = line.trim_end_matches('\n');
                let (tag, body) = line.split_once(' ').unwrap_or((line, ""));
                if tag == "ERR" {
                    self.wait();
                    return Err(CopyError(body.to_string()));
                }
                Ok((tag.to_string(), body.to_string()))
            }
        }
    }

    /// Wait for the final `OK` and return its body.
    pub fn finish(&mut self) -> Result<String, CopyError> {
        loop {
            let (tag, body) = self.message()?;
            if tag == "OK" {
                self.wait();
                return Ok(body);
            }
        }
    }

    /// Reap the child; its exit status (-1 when unknown).
    pub fn wait(&mut self) -> i32 {
        if self.reaped {
            return 0;
        }
        self.reaped = true;
        match nix::sys::wait::waitpid(self.pid, None) {
            Ok(nix::sys::wait::WaitStatus::Exited(_, c)) => c,
            Ok(nix::sys::wait::WaitStatus::Signaled(_, s, _)) => 128 + s as i32,
            _ => -1,
        }
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        if !self.reaped {
            let _ = nix::sys::signal::kill(self.pid, nix::sys::signal::Signal::SIGKILL);
            self.wait();
        }
    }
}

fn join(pid: i32) -> Result<(), String> {
    let open = |ns: &str| {
        std::fs::File::open(format!("/proc/{pid}/ns/{ns}")).map_err(|e| {
            format!("cannot open the {ns} namespace of the container (pid {pid}): {e}")
        })
    };
    // both before joining either: after the mount namespace, /proc is the container's
    let user = open("user")?;
    let mnt = open("mnt")?;
    let own = std::fs::read_link("/proc/self/ns/user").ok();
    let theirs = std::fs::read_link(format!("/proc/{pid}/ns/user")).ok();
    if own.is_none() || own != theirs {
        setns(&user, CloneFlags::CLONE_NEWUSER).map_err(|e| {
            let mut m = format!("cannot join the user namespace of the container: {e}");
            if crate::userns::idmap::in_user_namespace() {
                m.push_str(" (run this outside `berth unshare`)");
            }
            m
        })?;
    }
    setns(&mnt, CloneFlags::CLONE_NEWNS)
        .map_err(|e| format!("cannot join the mount namespace of the container: {e}"))?;
    std::env::set_current_dir("/").map_err(|e| format!("chdir /: {e}"))
}

/// In a private copy of the container's mount namespace, make a non-recursive bind of its root
/// our root: the rootfs alone, without the mounts on it.
fn bare_root() -> Result<(), String> {
    use nix::mount::{mount, MsFlags};
    nix::sched::unshare(CloneFlags::CLONE_NEWNS)
        .map_err(|e| format!("cannot copy the container's mount namespace: {e}"))?;
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(|e| format!("make / private: {e}"))?;
    let mut last = String::new();
    for target in ["/proc", "/sys", "/dev", "/tmp"] {
        let t = Path::new(target);
        if !std::fs::symlink_metadata(t).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        match mount(Some("/"), t, None::<&str>, MsFlags::MS_BIND, None::<&str>) {
            Ok(()) => {
                nix::unistd::chroot(t).map_err(|e| format!("chroot: {e}"))?;
                return std::env::set_current_dir("/").map_err(|e| format!("chdir /: {e}"));
            }
            Err(e) => last = format!("bind mount the container's root: {e}"),
        }
    }
    Err(if last.is_empty() {
        "the container's root has no directory to bind it on".into()
    } else {
        last
    })
}

fn enter(access: &RootAccess) -> Result<(), String> {
    match access {
        RootAccess::Join(pid) => join(*pid),
        RootAccess::JoinBare(pid) => {
            join(*pid)?;
            bare_root()
        }
        RootAccess::Chroot(root) => {
            nix::unistd::chroot(root.as_path())
                .map_err(|e| format!("chroot {}: {e}", root.display()))?;
            std::env::set_current_dir("/").map_err(|e| format!("chdir /: {e}"))
        }
    }
}

/// Fork a child whose root is the container's root and run `f` there. `parent_side` are the
/// parent's ends of any pipes: the child closes them first (so it sees EOF), the parent gets
/// them back. `f`'s captures (the child's ends) are closed in the parent. `f` reports with
/// `Status::send`; its error, or `OK`, ends the report.
pub fn spawn<P, F>(access: &RootAccess, parent_side: P, f: F) -> Result<(Child, P), CopyError>
where
    F: FnOnce(&mut Status) -> Result<String, CopyError>,
{
    let (status_r, status_w) =
        std::io::pipe().map_err(|e| CopyError(format!("cannot create a pipe: {e}")))?;
    match crate::sys::fork().map_err(|e| CopyError(format!("cannot fork: {e}")))? {
        crate::sys::ForkResult::Child => {
            drop(parent_side);
            drop(status_r);
            let mut st = Status(status_w);
            // container processes must not reach berth's image through /proc or ptrace
            let _ = nix::sys::prctl::set_dumpable(false);
            if let Err(m) = enter(access) {
                st.send("ERR", &m);
                crate::sys::exit_child(1);
            }
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut st)));
            let code = match r {
                Ok(Ok(body)) => {
                    st.send("OK", &body);
                    0
                }
                Ok(Err(e)) => {
                    st.send("ERR", &e.0);
                    1
                }
                Err(_) => {
                    st.send("ERR", "internal error in the copy process");
                    1
                }
            };
            crate::sys::exit_child(code);
        }
        crate::sys::ForkResult::Parent { child } => {
            drop(f);
            drop(status_w);
            Ok((
                Child {
                    pid: child,
                    status: BufReader::new(status_r),
                    reaped: false,
                },
                parent_side,
            ))
        }
    }
}

/// Unmount what `mount_container` mounted on `<dir>/merged` (lazily if busy). With
/// fuse-overlayfs this also ends its daemon.
pub fn unmount_rootfs(dir: &Path) -> Result<(), nix::Error> {
    let merged = dir.join("merged");
    match nix::mount::umount2(&merged, nix::mount::MntFlags::empty()) {
        Ok(()) => Ok(()),
        Err(nix::Error::EBUSY) => nix::mount::umount2(&merged, nix::mount::MntFlags::MNT_DETACH),
        Err(e) => Err(e),
    }
}

/// True when `path` is a mount point in this process's mount namespace.
pub fn is_mounted(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string("/proc/self/mountinfo") else {
        return false;
    };
    let want = path.to_string_lossy();
    text.lines().any(|l| {
        l.split(' ')
            .nth(4)
            .is_some_and(|mp| unescape_mountinfo(mp) == want)
    })
}

fn unescape_mountinfo(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\'
            && i + 3 < b.len()
            && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c))
        {
            let v = (b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0');
            out.push(v);
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn mountinfo_escapes() {
        assert_eq!(super::unescape_mountinfo("/a\\040b"), "/a b");
        assert_eq!(super::unescape_mountinfo("/plain"), "/plain");
    }
}
