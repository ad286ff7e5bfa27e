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
fn probe_kernel_overlay(dir: &Path) -> Result<(), String> {
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

fn fuse_overlayfs_usable() -> Result<(), String> {
    let found = std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .chain(["/usr/bin", "/bin"])
        .any(|d| Path::new(d).join("fuse-overlayfs").is_file());
    if !found {
        return Err("fuse-overlayfs is not installed".into());
    }
    nix::unistd::access(
        "/dev/fuse",
        nix::unistd::AccessFlags::R_OK | nix::unistd::AccessFlags::W_OK,
    )
    .map_err(|e| format!("/dev/fuse is not usable ({e})"))
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
