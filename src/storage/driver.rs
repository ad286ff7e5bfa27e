//! Choosing the storage driver: kernel overlayfs inside the user namespace where the kernel
//! allows it (probed by really mounting, answer cached in the run root), fuse-overlayfs else,
//! the copying `vfs` driver last. A flag, STORAGE_DRIVER or storage.conf can force one.

use crate::config::Settings;
use std::path::Path;

#[derive(Debug, Clone, serde::Serialize)]
pub struct DriverChoice {
    pub name: String,
    pub reason: String,
}

pub const DRIVERS: &[&str] = &["overlay", "fuse-overlayfs", "vfs"];

/// Try a kernel overlay mount with `userxattr` in a fresh user+mount namespace (in a child).
pub fn probe_kernel_overlay(dir: &Path) -> Result<(), String> {
    for d in ["lower", "upper", "work", "merged"] {
        std::fs::create_dir_all(dir.join(d))
            .map_err(|e| format!("{}: {e}", dir.join(d).display()))?;
    }
    let uid = nix::unistd::getuid().as_raw();
    let gid = nix::unistd::getgid().as_raw();
    match crate::sys::fork().map_err(|e| e.to_string())? {
        crate::sys::ForkResult::Child => {
            let ok = (|| -> Result<(), String> {
                if uid != 0 {
                    nix::sched::unshare(
                        nix::sched::CloneFlags::CLONE_NEWUSER | nix::sched::CloneFlags::CLONE_NEWNS,
                    )
                    .map_err(|e| e.to_string())?;
                    std::fs::write("/proc/self/setgroups", "deny").map_err(|e| e.to_string())?;
                    std::fs::write("/proc/self/uid_map", format!("0 {uid} 1"))
                        .map_err(|e| e.to_string())?;
                    std::fs::write("/proc/self/gid_map", format!("0 {gid} 1"))
                        .map_err(|e| e.to_string())?;
                } else {
                    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
                        .map_err(|e| e.to_string())?;
                }
                let opts = format!(
                    "lowerdir={},upperdir={},workdir={},userxattr",
                    dir.join("lower").display(),
                    dir.join("upper").display(),
                    dir.join("work").display()
                );
                crate::sys::mount_overlay(&dir.join("merged"), &opts).map_err(|e| e.to_string())
            })();
            crate::sys::exit_child(if ok.is_ok() { 0 } else { 1 });
        }
        crate::sys::ForkResult::Parent { child } => match nix::sys::wait::waitpid(child, None) {
            Ok(nix::sys::wait::WaitStatus::Exited(_, 0)) => Ok(()),
            Ok(_) => Err("the kernel refused an overlay mount in a user namespace".into()),
            Err(e) => Err(e.to_string()),
        },
    }
}

/// Why fuse-overlayfs cannot be used (see [`fuse_overlayfs_usable`]).
#[derive(Debug, thiserror::Error)]
pub enum FuseUnusable {
    #[error("fuse-overlayfs is not installed")]
    NotInstalled,
    #[error("/dev/fuse is not usable ({0})")]
    NoDevice(#[source] nix::errno::Errno),
}

/// Whether fuse-overlayfs is installed (in `PATH`, /usr/bin or /bin) and /dev/fuse is usable.
pub fn fuse_overlayfs_usable() -> Result<(), FuseUnusable> {
    let found = std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .chain(["/usr/bin", "/bin"])
        .any(|d| Path::new(d).join("fuse-overlayfs").is_file());
    if !found {
        return Err(FuseUnusable::NotInstalled);
    }
    nix::unistd::access(
        "/dev/fuse",
        nix::unistd::AccessFlags::R_OK | nix::unistd::AccessFlags::W_OK,
    )
    .map_err(FuseUnusable::NoDevice)
}

/// The driver to use and why. The probe's answer is cached in the run root.
pub fn choose(settings: &Settings) -> DriverChoice {
    if let Some((name, source)) = &settings.storage_driver {
        return DriverChoice {
            name: name.clone(),
            reason: format!("set by {source}"),
        };
    }
    let cache = settings.paths.run_root.join("overlay-probe");
    let cached = std::fs::read_to_string(&cache).ok();
    let kernel = match cached.as_deref() {
        Some("ok") => Ok(()),
        Some(other) if !other.is_empty() => Err(other.to_string()),
        _ => {
            let dir = settings
                .paths
                .run_root
                .join(format!("probe-{}", std::process::id()));
            let r = probe_kernel_overlay(&dir);
            let _ = crate::storage::store::remove_tree(&dir);
            let _ = std::fs::create_dir_all(&settings.paths.run_root);
            let _ = std::fs::write(
                &cache,
                match &r {
                    Ok(()) => "ok".to_string(),
                    Err(e) => e.clone(),
                },
            );
            r
        }
    };
    match kernel {
        Ok(()) => DriverChoice {
            name: "overlay".into(),
            reason: "kernel overlayfs mounts in a user namespace (probed)".into(),
        },
        Err(why) => match fuse_overlayfs_usable() {
            Ok(()) => DriverChoice {
                name: "fuse-overlayfs".into(),
                reason: format!("kernel overlay unavailable: {why}"),
            },
            Err(fwhy) => DriverChoice {
                name: "vfs".into(),
                reason: format!("kernel overlay unavailable: {why}; {fwhy}"),
            },
        },
    }
}

/// The `vfs` driver: copy the layers (bottom first) into `dest`, applying whiteouts (0/0
/// character devices) and opaque directories (`user.overlay.opaque=y`) as overlayfs would.
/// Runs in the user namespace, so owners are kept.
pub fn vfs_flatten(layers: &[std::path::PathBuf], dest: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dest)?;
    for l in layers {
        copy_layer(l, dest)?;
    }
    Ok(())
}

fn is_whiteout(md: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    md.file_type().is_char_device() && md.rdev() == 0
}

fn copy_meta(src_md: &std::fs::Metadata, dst: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let u = Some(nix::unistd::Uid::from_raw(src_md.uid()));
    let g = Some(nix::unistd::Gid::from_raw(src_md.gid()));
    nix::unistd::fchownat(
        nix::fcntl::AT_FDCWD,
        dst,
        u,
        g,
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .map_err(std::io::Error::from)?;
    if !src_md.file_type().is_symlink() {
        std::fs::set_permissions(dst, std::fs::Permissions::from_mode(src_md.mode() & 0o7777))?;
    }
    Ok(())
}

fn copy_layer(src: &Path, dst: &Path) -> std::io::Result<()> {
    let opaque = crate::sys::xattr::lgetxattr(src, "user.overlay.opaque")
        .ok()
        .flatten()
        .is_some_and(|v| v == b"y");
    if opaque {
        if let Ok(rd) = std::fs::read_dir(dst) {
            for e in rd.flatten() {
                let _ = crate::storage::store::remove_tree(&e.path())
                    .or_else(|_| std::fs::remove_file(e.path()));
            }
        }
    }
    for e in std::fs::read_dir(src)? {
        let e = e?;
        let s = e.path();
        let d = dst.join(e.file_name());
        let md = std::fs::symlink_metadata(&s)?;
        let existing = std::fs::symlink_metadata(&d).ok();
        if is_whiteout(&md) {
            if let Some(x) = existing {
                if x.is_dir() {
                    crate::storage::store::remove_tree(&d)?;
                } else {
                    std::fs::remove_file(&d)?;
                }
            }
            continue;
        }
        if md.is_dir() {
            match existing {
                Some(x) if x.is_dir() => {}
                Some(_) => {
                    std::fs::remove_file(&d)?;
                    std::fs::create_dir(&d)?;
                }
                None => std::fs::create_dir(&d)?,
            }
            copy_layer(&s, &d)?;
            copy_meta(&md, &d)?;
            continue;
        }
        if let Some(x) = existing {
            if x.is_dir() {
                crate::storage::store::remove_tree(&d)?;
            } else {
                std::fs::remove_file(&d)?;
            }
        }
        if md.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&s)?, &d)?;
        } else if md.is_file() {
            std::fs::copy(&s, &d)?;
        } else {
            // fifos (devices never reach a layer)
            nix::unistd::mkfifo(&d, nix::sys::stat::Mode::from_bits_truncate(0o644))
                .map_err(std::io::Error::from)?;
        }
        copy_meta(&md, &d)?;
    }
    Ok(())
}
