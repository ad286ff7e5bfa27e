//! `mount`/`umount` of a container's rootfs for the shell's tools, and `diff`. As with
//! rootless podman, mounts live only inside `berth unshare` (each berth command is a new
//! process: its mounts would otherwise vanish with it).

use super::namespace::{self, Enter};
use super::Engine;
use crate::error::UserError;
use crate::runtime::access;
use crate::runtime::container::Container;
use crate::runtime::diff::{self, Change};
use crate::storage::Store;
use std::path::PathBuf;

/// Mounts must outlive this process: only inside `berth unshare` (root in berth's user
/// namespace, in the shell's mount namespace).
pub fn require_unshare(cmd: &str) -> Result<(), UserError> {
    let root = nix::unistd::geteuid().is_root();
    if root && crate::userns::idmap::in_user_namespace() {
        return Ok(());
    }
    if root {
        return Err(UserError::new(format!(
            "berth {cmd} as the real root user is not supported yet: it would mount in the host's mount namespace"
        )));
    }
    Err(UserError::new(format!(
        "cannot run command \"berth {cmd}\" in rootless mode, must execute `berth unshare` first"
    ))
    .with_hint(if cmd == "mount" {
        "berth unshare sh -c 'mnt=$(berth mount CONTAINER) && ls \"$mnt\"'"
    } else {
        "run it in the `berth unshare` shell that mounted the container"
    }))
}

/// How a mount went.
pub enum Mounted {
    /// Mounted now (or before) at this path.
    At(PathBuf),
    /// Mounted, while the container runs: both write to the same upper directory.
    WhileRunning(PathBuf),
}

impl Engine {
    /// The containers whose rootfs is mounted in this mount namespace.
    pub fn mounted(&self) -> Vec<Container> {
        self.list()
            .into_iter()
            .filter(|c| access::is_mounted(&c.dir.join("merged")))
            .collect()
    }

    /// Mount `c`'s rootfs on `<dir>/merged` (inside `berth unshare`).
    pub fn mount(&self, store: &Store, c: &Container) -> anyhow::Result<Mounted> {
        require_unshare("mount")?;
        let merged = c.dir.join("merged");
        if access::is_mounted(&merged) {
            return Ok(Mounted::At(merged));
        }
        let p = crate::runtime::mount_container(store, c).map_err(|e| {
            anyhow::Error::from(e).context(format!("mounting container {}", c.name()))
        })?;
        Ok(if c.state.is_alive() {
            Mounted::WhileRunning(p)
        } else {
            Mounted::At(p)
        })
    }

    /// Unmount `c`'s rootfs; false when it was not mounted. `force` detaches a busy mount.
    pub fn unmount(&self, c: &Container, force: bool) -> anyhow::Result<bool> {
        require_unshare("umount")?;
        let merged = c.dir.join("merged");
        if !access::is_mounted(&merged) {
            return Ok(false);
        }
        let flags = if force {
            nix::mount::MntFlags::MNT_DETACH
        } else {
            nix::mount::MntFlags::empty()
        };
        if let Err(e) = nix::mount::umount2(&merged, flags) {
            let mut err = UserError::new(format!(
                "cannot unmount container {}: {}",
                c.name(),
                e.desc()
            ));
            if e == nix::Error::EBUSY {
                err = err.with_hint(
                    "something still uses it (a shell's directory?); --force detaches it lazily",
                );
            }
            return Err(err.into());
        }
        Ok(true)
    }

    /// The files `c` added, changed and deleted against its image.
    pub fn changes(&self, c: &Container) -> anyhow::Result<Vec<Change>> {
        // the layers' and the upper dir's files belong to the subordinate ids
        namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), false)?;
        Ok(diff::changes(&store, c)?)
    }
}
