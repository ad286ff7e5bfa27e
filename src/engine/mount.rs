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
    /// `image diff IMAGE [BASE]`: what IMAGE changed over BASE, an image it is built on (its
    /// layers are the first of IMAGE's), or without BASE what its top layer changed.
    pub fn image_changes(&self, image: &str, base: Option<&str>) -> anyhow::Result<Vec<Change>> {
        namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), false)?;
        let img = store.find_image(image)?;
        let below: Vec<String> = match base {
            Some(b) => {
                let b = store.find_image(b)?;
                if !img.layers.starts_with(&b.layers) {
                    return Err(UserError::new(format!(
                        "{} is not built on {}: berth compares an image with one whose layers it has",
                        image,
                        base.unwrap_or_default()
                    ))
                    .with_hint(format!("berth image diff {image} compares it with its own parent layer"))
                    .into());
                }
                b.layers.clone()
            }
            None => img.layers[..img.layers.len().saturating_sub(1)].to_vec(),
        };
        let diff = |d: &String| {
            store.layer_diff(d).ok_or_else(|| {
                anyhow::Error::from(
                    UserError::new(format!("layer {d} of image {image} is missing"))
                        .with_hint("pull or build the image again"),
                )
            })
        };
        let lowers = below
            .iter()
            .rev()
            .map(diff)
            .collect::<anyhow::Result<Vec<_>>>()?;
        let extra = &img.layers[below.len()..];
        match extra {
            [] => Ok(Vec::new()),
            [one] => Ok(diff::layer_changes(lowers, &diff(one)?)?),
            many => {
                // several layers: merged into one diff dir first, as --squash merges them
                let tmp = store.tmp_dir("image-diff")?;
                let root = tmp.path.join("diff");
                std::fs::create_dir_all(&root)?;
                for d in many {
                    super::squash::merge(&diff(d)?, &root, true)?;
                }
                Ok(diff::layer_changes(lowers, &root)?)
            }
        }
    }

    pub fn changes(&self, c: &Container) -> anyhow::Result<Vec<Change>> {
        // the layers' and the upper dir's files belong to the subordinate ids
        namespace::enter(Enter::Store)?;
        let store = Store::open(self.root(), false)?;
        Ok(diff::changes(&store, c)?)
    }
}
