//! Building the container's root file system inside its mount namespace: the overlay of the
//! image's layers, /proc, /sys, a /dev tmpfs with the usual nodes, devpts, /dev/shm, mqueue,
//! /etc/hostname, /etc/hosts, /etc/resolv.conf, /run/.containerenv, podman's masked and
//! read-only paths, then pivot_root.

use nix::mount::{mount, umount2, MntFlags, MsFlags};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[error("{op} {path}: {source}")]
pub struct RootfsError {
    pub op: &'static str,
    pub path: String,
    #[source]
    pub source: nix::Error,
}

fn m(op: &'static str, path: &Path, r: nix::Result<()>) -> Result<(), RootfsError> {
    r.map_err(|source| RootfsError {
        op,
        path: path.display().to_string(),
        source,
    })
}

fn io(op: &'static str, path: &Path, r: std::io::Result<()>) -> Result<(), RootfsError> {
    r.map_err(|e| RootfsError {
        op,
        path: path.display().to_string(),
        source: nix::Error::from_raw(e.raw_os_error().unwrap_or(libc::EIO)),
    })
}

/// Join a container path onto the rootfs without letting `..` climb out.
pub fn in_root(root: &Path, p: &str) -> PathBuf {
    let mut out = root.to_path_buf();
    for c in Path::new(p).components() {
        if let std::path::Component::Normal(n) = c {
            out.push(n);
        }
    }
    out
}

/// Make every mount private, so nothing we mount propagates back to the host.
pub fn make_private() -> Result<(), RootfsError> {
    m(
        "make / private",
        Path::new("/"),
        mount(
            None::<&str>,
            "/",
            None::<&str>,
            MsFlags::MS_REC | MsFlags::MS_PRIVATE,
            None::<&str>,
        ),
    )
}

/// Mount the kernel overlay of `lowers` (top first) with `upper`/`work` on `target`.
/// The lower paths are given relative to `layers_dir`, which becomes the cwd, so that long
/// stacks fit in a page of mount options.
pub fn mount_overlay(
    layers_dir: &Path,
    lowers: &[String],
    upper: &Path,
    work: &Path,
    target: &Path,
) -> Result<(), RootfsError> {
    io("chdir", layers_dir, std::env::set_current_dir(layers_dir))?;
    let opts = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lowers.join(":"),
        upper.display(),
        work.display()
    );
    m(
        "mount overlay on",
        target,
        mount(
            Some("overlay"),
            target,
            Some("overlay"),
            MsFlags::empty(),
            Some(opts.as_str()),
        ),
    )
}

fn ensure_dir(p: &Path) -> Result<(), RootfsError> {
    match std::fs::symlink_metadata(p) {
        Ok(md) if md.is_dir() => Ok(()),
        Ok(_) => Err(RootfsError {
            op: "use as a directory",
            path: p.display().to_string(),
            source: nix::Error::ENOTDIR,
        }),
        Err(_) => io("create", p, std::fs::create_dir_all(p)),
    }
}

fn ensure_file(p: &Path) -> Result<(), RootfsError> {
    match std::fs::symlink_metadata(p) {
        Ok(md) if md.is_file() => Ok(()),
        Ok(md) if md.file_type().is_symlink() => {
            // a symlink in the image (e.g. /etc/resolv.conf -> ../run/...): replace it by a
            // file in the container's upper layer, as podman does
            io("remove", p, std::fs::remove_file(p))?;
            io("create", p, std::fs::write(p, b""))
        }
        Ok(_) => Ok(()),
        Err(_) => {
            if let Some(parent) = p.parent() {
                ensure_dir(parent)?;
            }
            io("create", p, std::fs::write(p, b""))
        }
    }
}

fn bind(src: &Path, dst: &Path, ro: bool) -> Result<(), RootfsError> {
    m(
        "bind mount",
        dst,
        mount(
            Some(src),
            dst,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        ),
    )?;
    if ro {
        m(
            "remount read-only",
            dst,
            mount(
                None::<&str>,
                dst,
                None::<&str>,
                MsFlags::MS_BIND
                    | MsFlags::MS_REMOUNT
                    | MsFlags::MS_RDONLY
                    | MsFlags::MS_NOSUID
                    | MsFlags::MS_NODEV,
                None::<&str>,
            ),
        )?;
    }
    Ok(())
}

/// Files berth writes for the container and binds in.
pub struct EtcFiles {
    pub hostname: PathBuf,
    pub hosts: PathBuf,
    pub resolv_conf: PathBuf,
    pub containerenv: PathBuf,
}

/// Set up /proc, /sys, /dev, the etc files and masks under `root`, then pivot into it.
pub fn setup_and_pivot(
    root: &Path,
    etc: &EtcFiles,
    masked: &[String],
    readonly: &[String],
    read_only_root: bool,
) -> Result<(), RootfsError> {
    let nosuid_nodev_noexec = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    // /proc from inside the new PID namespace
    let proc_ = in_root(root, "/proc");
    ensure_dir(&proc_)?;
    m(
        "mount proc on",
        &proc_,
        mount(
            Some("proc"),
            &proc_,
            Some("proc"),
            nosuid_nodev_noexec,
            None::<&str>,
        ),
    )?;
    // /sys: a fresh sysfs needs a network namespace we own; else the host's, read-only
    let sys = in_root(root, "/sys");
    ensure_dir(&sys)?;
    if mount(
        Some("sysfs"),
        &sys,
        Some("sysfs"),
        nosuid_nodev_noexec | MsFlags::MS_RDONLY,
        None::<&str>,
    )
    .is_err()
    {
        bind(Path::new("/sys"), &sys, true)?;
    }
    // /dev: tmpfs + bind-mounted host nodes (mknod of devices is refused in a user namespace)
    let dev = in_root(root, "/dev");
    ensure_dir(&dev)?;
    m(
        "mount tmpfs on",
        &dev,
        mount(
            Some("tmpfs"),
            &dev,
            Some("tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_STRICTATIME,
            Some("mode=755,size=65536k"),
        ),
    )?;
    for node in ["null", "zero", "full", "random", "urandom", "tty"] {
        let dst = dev.join(node);
        io("create", &dst, std::fs::write(&dst, b""))?;
        bind(&Path::new("/dev").join(node), &dst, false)?;
    }
    for (name, target) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("core", "/proc/kcore"),
        ("ptmx", "pts/ptmx"),
    ] {
        let _ = std::os::unix::fs::symlink(target, dev.join(name));
    }
    let pts = dev.join("pts");
    ensure_dir(&pts)?;
    m(
        "mount devpts on",
        &pts,
        mount(
            Some("devpts"),
            &pts,
            Some("devpts"),
            MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
            Some("newinstance,ptmxmode=0666,mode=0620"),
        ),
    )?;
    let shm = dev.join("shm");
    ensure_dir(&shm)?;
    m(
        "mount tmpfs on",
        &shm,
        mount(
            Some("shm"),
            &shm,
            Some("tmpfs"),
            nosuid_nodev_noexec,
            Some("mode=1777,size=65536k"),
        ),
    )?;
    let mq = dev.join("mqueue");
    ensure_dir(&mq)?;
    let _ = mount(
        Some("mqueue"),
        &mq,
        Some("mqueue"),
        nosuid_nodev_noexec,
        None::<&str>,
    );
    // etc files and /run/.containerenv
    for (src, dst) in [
        (&etc.hostname, "/etc/hostname"),
        (&etc.hosts, "/etc/hosts"),
        (&etc.resolv_conf, "/etc/resolv.conf"),
        (&etc.containerenv, "/run/.containerenv"),
    ] {
        let d = in_root(root, dst);
        ensure_file(&d)?;
        bind(src, &d, false)?;
    }
    // masked paths: /dev/null over files, an empty read-only tmpfs over directories
    for p in masked {
        let d = in_root(root, p);
        match std::fs::symlink_metadata(&d) {
            Ok(md) if md.is_dir() => {
                m(
                    "mask",
                    &d,
                    mount(
                        Some("tmpfs"),
                        &d,
                        Some("tmpfs"),
                        MsFlags::MS_RDONLY,
                        Some("size=0"),
                    ),
                )?;
            }
            Ok(_) => {
                let _ = mount(
                    Some("/dev/null"),
                    &d,
                    None::<&str>,
                    MsFlags::MS_BIND,
                    None::<&str>,
                );
            }
            Err(_) => {}
        }
    }
    for p in readonly {
        let d = in_root(root, p);
        if d.exists() {
            let _ = bind(&d, &d, true);
        }
    }
    if read_only_root {
        m(
            "remount read-only",
            root,
            mount(
                None::<&str>,
                root,
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                None::<&str>,
            ),
        )?;
    }
    // pivot_root(".", "."), then detach the old root stacked underneath
    io("chdir", root, std::env::set_current_dir(root))?;
    m("pivot_root", root, nix::unistd::pivot_root(".", "."))?;
    m(
        "detach old root",
        Path::new("/"),
        umount2(".", MntFlags::MNT_DETACH),
    )?;
    io("chdir", Path::new("/"), std::env::set_current_dir("/"))
}
