//! Id maps and entering a user namespace with them.
//!
//! The calling process unshares its user namespace; a forked peer that stays outside runs
//! newuidmap/newgidmap on it (they must run from the parent namespace), then the process
//! becomes uid/gid 0 inside. Without a subordinate range, the process maps only its own ids
//! and files owned by other ids cannot be created.

use super::subid::{self, IdRange};
use super::UsernsError;
use nix::unistd::{Gid, Pid, Uid};
use std::io::{Read, Write};
use std::path::Path;

/// One line of a uid_map/gid_map: `container_id host_id count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MapEntry {
    pub container: u32,
    pub host: u32,
    pub count: u32,
}

/// The uid and gid maps berth gives its namespaces, and where they came from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct IdMap {
    pub user: String,
    pub uid: u32,
    pub gid: u32,
    pub subuids: Vec<IdRange>,
    pub subgids: Vec<IdRange>,
    pub uid_map: Vec<MapEntry>,
    pub gid_map: Vec<MapEntry>,
}

fn build_map(own: u32, ranges: &[IdRange]) -> Vec<MapEntry> {
    let mut map = vec![MapEntry {
        container: 0,
        host: own,
        count: 1,
    }];
    let mut next = 1u32;
    for r in ranges {
        map.push(MapEntry {
            container: next,
            host: r.start,
            count: r.count,
        });
        next = next.saturating_add(r.count);
    }
    map
}

fn user_name(uid: Uid) -> String {
    match nix::unistd::User::from_uid(uid) {
        Ok(Some(u)) => u.name,
        _ => std::env::var("USER").unwrap_or_else(|_| uid.to_string()),
    }
}

impl IdMap {
    /// The maps for the calling user from /etc/subuid and /etc/subgid.
    pub fn for_current_user() -> Result<IdMap, UsernsError> {
        Self::from_files(Path::new("/etc/subuid"), Path::new("/etc/subgid"))
    }

    pub fn from_files(subuid: &Path, subgid: &Path) -> Result<IdMap, UsernsError> {
        let uid = Uid::current();
        let gid = Gid::current();
        let user = user_name(uid);
        let read = |p: &Path| {
            subid::lookup(p, &user, uid.as_raw()).map_err(|source| UsernsError::ReadSubid {
                path: p.display().to_string(),
                source,
            })
        };
        let subuids = read(subuid)?;
        let subgids = read(subgid)?;
        Ok(IdMap {
            uid_map: build_map(uid.as_raw(), &subuids),
            gid_map: build_map(gid.as_raw(), &subgids),
            user,
            uid: uid.as_raw(),
            gid: gid.as_raw(),
            subuids,
            subgids,
        })
    }

    /// True when both the uid and the gid map have a subordinate range.
    pub fn has_ranges(&self) -> bool {
        !self.subuids.is_empty() && !self.subgids.is_empty()
    }

    /// The number of container ids mapped (the highest container uid + 1).
    pub fn size(&self) -> u32 {
        self.uid_map
            .iter()
            .map(|m| m.container.saturating_add(m.count))
            .max()
            .unwrap_or(1)
    }

    /// The number of gids mapped (the highest container gid + 1).
    pub fn gid_size(&self) -> u32 {
        self.gid_map
            .iter()
            .map(|m| m.container.saturating_add(m.count))
            .max()
            .unwrap_or(1)
    }

    /// The warning printed when there is no range, naming the exact fix.
    pub fn missing_range_warning(&self) -> String {
        format!(
            "no subuid/subgid range for user {user} in /etc/subuid and /etc/subgid: only uid {uid} is mapped, \
             so image files owned by other ids keep owner root; fix as root: \
             usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {user}",
            user = self.user,
            uid = self.uid
        )
    }

    /// Map a container uid to the host uid (None when unmapped).
    pub fn host_uid(&self, container: u32) -> Option<u32> {
        map_id(&self.uid_map, container)
    }

    pub fn host_gid(&self, container: u32) -> Option<u32> {
        map_id(&self.gid_map, container)
    }
}

fn map_id(map: &[MapEntry], id: u32) -> Option<u32> {
    map.iter()
        .find(|m| id >= m.container && id - m.container < m.count)
        .map(|m| m.host + (id - m.container))
}

fn args_of(map: &[MapEntry]) -> Vec<String> {
    map.iter()
        .flat_map(|m| {
            [
                m.container.to_string(),
                m.host.to_string(),
                m.count.to_string(),
            ]
        })
        .collect()
}

/// Find a helper on PATH or in the usual places and check its setuid bit.
pub fn find_helper(name: &'static str) -> Result<std::path::PathBuf, UsernsError> {
    use std::os::unix::fs::MetadataExt;
    let path_var = std::env::var("PATH").unwrap_or_default();
    let candidates = path_var
        .split(':')
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(name))
        .chain(
            ["/usr/bin", "/usr/sbin", "/bin", "/sbin"]
                .iter()
                .map(|d| Path::new(d).join(name)),
        );
    for c in candidates {
        if let Ok(md) = std::fs::metadata(&c) {
            if md.is_file() {
                // setuid root, or file capabilities (Fedora ships them with cap_setuid).
                let setuid_root = md.mode() & 0o4000 != 0 && md.uid() == 0;
                let has_caps = crate::sys::xattr::lgetxattr(&c, "security.capability")
                    .ok()
                    .flatten()
                    .is_some();
                if !setuid_root && !has_caps {
                    return Err(UsernsError::HelperNotSetuid {
                        helper: name,
                        path: c.display().to_string(),
                    });
                }
                return Ok(c);
            }
        }
    }
    Err(UsernsError::HelperMissing { helper: name })
}

fn run_helper(helper: &'static str, pid: Pid, map: &[MapEntry]) -> Result<(), UsernsError> {
    let path = find_helper(helper)?;
    let out = std::process::Command::new(&path)
        .arg(pid.as_raw().to_string())
        .args(args_of(map))
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| UsernsError::HelperFailed {
            helper,
            pid: pid.as_raw(),
            message: e.to_string(),
        })?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(UsernsError::HelperFailed {
            helper,
            pid: pid.as_raw(),
            message: msg,
        });
    }
    Ok(())
}

/// Enter a new user namespace (and, with `mount_ns`, a new mount namespace) as root, mapped as
/// `map` says. Must be called while the process is single-threaded.
pub fn enter(map: &IdMap, mount_ns: bool) -> Result<(), UsernsError> {
    use nix::sched::CloneFlags;
    let mut flags = CloneFlags::CLONE_NEWUSER;
    if mount_ns {
        flags |= CloneFlags::CLONE_NEWNS;
    }
    if !map.has_ranges() {
        nix::sched::unshare(flags).map_err(|e| UsernsError::Unshare(e.into()))?;
        let w = |p: &str, what: &'static str, s: String| {
            std::fs::write(p, s).map_err(|source| UsernsError::WriteMap { what, source })
        };
        w("/proc/self/setgroups", "setgroups", "deny".into())?;
        w(
            "/proc/self/uid_map",
            "uid_map",
            format!("0 {} 1\n", map.uid),
        )?;
        w(
            "/proc/self/gid_map",
            "gid_map",
            format!("0 {} 1\n", map.gid),
        )?;
        return become_root();
    }

    // Resolve the helpers before forking, so their absence is reported plainly.
    find_helper("newuidmap")?;
    find_helper("newgidmap")?;
    let me = nix::unistd::getpid();
    let (go_r, go_w) = std::io::pipe().map_err(UsernsError::Fork)?;
    let (res_r, res_w) = std::io::pipe().map_err(UsernsError::Fork)?;
    match crate::sys::fork().map_err(UsernsError::Fork)? {
        crate::sys::ForkResult::Child => {
            drop(go_w);
            drop(res_r);
            let mut go_r = go_r;
            let mut res_w = res_w;
            let mut b = [0u8; 1];
            let msg = match go_r.read(&mut b) {
                Ok(1) if b[0] == b'1' => match run_helper("newuidmap", me, &map.uid_map)
                    .and_then(|_| run_helper("newgidmap", me, &map.gid_map))
                {
                    Ok(()) => "ok".to_string(),
                    Err(UsernsError::HelperFailed {
                        helper, message, ..
                    }) => format!("{helper}\n{message}"),
                    Err(e) => format!("helper\n{e}"),
                },
                _ => "abort\n".to_string(),
            };
            let _ = res_w.write_all(msg.as_bytes());
            crate::sys::exit_child(0);
        }
        crate::sys::ForkResult::Parent { child } => {
            drop(go_r);
            drop(res_w);
            let mut go_w = go_w;
            let unshared = nix::sched::unshare(flags);
            let _ = go_w.write_all(if unshared.is_ok() { b"1" } else { b"0" });
            drop(go_w);
            let mut msg = String::new();
            let mut res_r = res_r;
            let _ = res_r.read_to_string(&mut msg);
            let _ = nix::sys::wait::waitpid(child, None);
            unshared.map_err(|e| UsernsError::Unshare(e.into()))?;
            if msg != "ok" {
                let (helper, message) = msg.split_once('\n').unwrap_or(("helper", msg.as_str()));
                let helper: &'static str = match helper {
                    "newuidmap" => "newuidmap",
                    "newgidmap" => "newgidmap",
                    _ => "newuidmap",
                };
                return Err(UsernsError::HelperFailed {
                    helper,
                    pid: me.as_raw(),
                    message: message.to_string(),
                });
            }
            become_root()
        }
    }
}

fn become_root() -> Result<(), UsernsError> {
    let root_g = Gid::from_raw(0);
    let root_u = Uid::from_raw(0);
    nix::unistd::setresgid(root_g, root_g, root_g).map_err(UsernsError::SetId)?;
    nix::unistd::setresuid(root_u, root_u, root_u).map_err(UsernsError::SetId)?;
    Ok(())
}

/// True when this process already runs in a user namespace other than the initial one
/// (e.g. inside `berth unshare`), judged from its uid_map.
pub fn in_user_namespace() -> bool {
    match std::fs::read_to_string("/proc/self/uid_map") {
        Ok(s) => {
            s.trim() != "0          0 4294967295"
                && !s.split_whitespace().eq(["0", "0", "4294967295"])
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_are_contiguous() {
        let m = build_map(
            1000,
            &[
                IdRange {
                    start: 100000,
                    count: 65536,
                },
                IdRange {
                    start: 300000,
                    count: 10,
                },
            ],
        );
        assert_eq!(
            m[0],
            MapEntry {
                container: 0,
                host: 1000,
                count: 1
            }
        );
        assert_eq!(
            m[1],
            MapEntry {
                container: 1,
                host: 100000,
                count: 65536
            }
        );
        assert_eq!(
            m[2],
            MapEntry {
                container: 65537,
                host: 300000,
                count: 10
            }
        );
        assert_eq!(map_id(&m, 0), Some(1000));
        assert_eq!(map_id(&m, 1000), Some(100999));
        assert_eq!(map_id(&m, 65537), Some(300000));
        assert_eq!(map_id(&m, 65547), None);
    }
}
