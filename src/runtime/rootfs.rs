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

/// What the container's /dev/shm is.
pub enum Shm<'a> {
    /// `--ipc none`: none at all.
    None,
    /// A tmpfs of its own.
    Tmpfs,
    /// Another container's shm directory, bound (a pod's members share it).
    Bind(&'a Path),
}

/// How the container's root is set up besides its mounts.
#[derive(Debug, Clone, Copy)]
pub struct RootOptions {
    /// `--read-only`: / is remounted read-only.
    pub read_only: bool,
    /// /etc/mtab -> /proc/mounts where the image has none, as podman makes it for its
    /// containers (not for build steps: buildah makes none).
    pub mtab: bool,
}

/// Set up /proc, /sys, /dev, the etc files and masks under `root`, then pivot into it.
pub fn setup_and_pivot(
    root: &Path,
    etc: &EtcFiles,
    masked: &[String],
    readonly: &[String],
    root_opts: RootOptions,
    mounts: &[super::spec::MountSpec],
    shm: Shm,
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
    // /sys/fs/cgroup: the container's own cgroup v2 (its cgroup namespace's root), read-only
    // as podman mounts it, where programs look for their limits (memory.max, cpu.max)
    if crate::cgroups::version() == "v2"
        && std::fs::read_to_string("/proc/self/cgroup").is_ok_and(|c| c.trim() == "0::/")
    {
        let cg = sys.join("fs/cgroup");
        if cg.is_dir() {
            let _ = mount(
                Some("cgroup2"),
                &cg,
                Some("cgroup2"),
                nosuid_nodev_noexec | MsFlags::MS_RDONLY,
                None::<&str>,
            );
        }
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
    // `--ipc none`: no /dev/shm at all (podman's)
    if let Shm::Bind(from) = shm {
        let shm = dev.join("shm");
        ensure_dir(&shm)?;
        m(
            "bind the shared shm on",
            &shm,
            mount(
                Some(from),
                &shm,
                None::<&str>,
                MsFlags::MS_BIND | nosuid_nodev_noexec,
                None::<&str>,
            ),
        )?;
    } else if let Shm::Tmpfs = shm {
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
    }
    let mq = dev.join("mqueue");
    ensure_dir(&mq)?;
    let _ = mount(
        Some("mqueue"),
        &mq,
        Some("mqueue"),
        nosuid_nodev_noexec,
        None::<&str>,
    );
    // /etc/mtab (best effort: a read-only rootfs keeps what it has)
    let mtab = in_root(root, "/etc/mtab");
    if root_opts.mtab && std::fs::symlink_metadata(&mtab).is_err() && in_root(root, "/etc").is_dir()
    {
        let _ = std::os::unix::fs::symlink("/proc/mounts", &mtab);
    }
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
    // targets are created in the rootfs, so before it turns read-only
    apply_mounts(root, mounts)?;
    if root_opts.read_only {
        // only the root mount: the mounts on it keep their own flags
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

/// Resolve `path` inside `root` as if `root` were `/`: symlinks in the rootfs are followed
/// but never out of it (what securejoin does; the runc CVE-2021-30465 lesson). Missing
/// components are kept as they are.
pub fn secure_join(root: &Path, path: &str) -> Result<PathBuf, RootfsError> {
    let mut pending: Vec<String> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .map(str::to_string)
        .rev()
        .collect();
    let mut cur: Vec<String> = Vec::new();
    let mut links = 0;
    while let Some(c) = pending.pop() {
        if c == ".." {
            cur.pop();
            continue;
        }
        let candidate = root.join(cur.iter().chain(std::iter::once(&c)).collect::<PathBuf>());
        match std::fs::symlink_metadata(&candidate) {
            Ok(md) if md.file_type().is_symlink() => {
                links += 1;
                if links > 40 {
                    return Err(RootfsError {
                        op: "resolve (too many symlinks)",
                        path: path.to_string(),
                        source: nix::Error::ELOOP,
                    });
                }
                let target = std::fs::read_link(&candidate).map_err(|_| RootfsError {
                    op: "read link",
                    path: candidate.display().to_string(),
                    source: nix::Error::EIO,
                })?;
                let t = target.to_string_lossy().into_owned();
                if t.starts_with('/') {
                    cur.clear();
                }
                for part in t.split('/').filter(|p| !p.is_empty() && *p != ".").rev() {
                    pending.push(part.to_string());
                }
            }
            _ => cur.push(c),
        }
    }
    Ok(root.join(cur.into_iter().collect::<PathBuf>()))
}

/// The mount point `target` (inside `root`) would need created: its first missing component,
/// or `None` when it exists. Paired with [`remove_mountpoint`] to leave no trace of a mount
/// made only for a while (`cp` into a stopped container mounts its volumes).
pub fn missing_mountpoint(root: &Path, target: &Path) -> Option<PathBuf> {
    let mut first = None;
    let mut p = target;
    while p.starts_with(root) && p != root {
        if std::fs::symlink_metadata(p).is_ok() {
            break;
        }
        first = Some(p.to_path_buf());
        p = p.parent()?;
    }
    first
}

/// Unmount `target` and remove what [`missing_mountpoint`] said was created for it, from
/// `target` up to `first`, each only while empty.
pub fn remove_mountpoint(target: &Path, first: &Path) {
    let _ = umount2(target, MntFlags::MNT_DETACH);
    let mut p = target;
    loop {
        let gone = std::fs::remove_dir(p).or_else(|_| match std::fs::symlink_metadata(p) {
            Ok(md) if md.is_file() && md.len() == 0 => std::fs::remove_file(p),
            _ => Err(std::io::Error::from(std::io::ErrorKind::DirectoryNotEmpty)),
        });
        if gone.is_err() || p == first {
            return;
        }
        match p.parent() {
            Some(up) => p = up,
            None => return,
        }
    }
}

/// Copy what the directory `from` holds into `to` (a fresh tmpfs mounted over `from`'s
/// place): files, directories and symlinks with their owners and modes; device nodes, fifos
/// and sockets are left out.
fn copy_up_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let (src, dst) = (e.path(), to.join(e.file_name()));
        let md = std::fs::symlink_metadata(&src)?;
        let ft = md.file_type();
        if ft.is_dir() {
            std::fs::create_dir(&dst)?;
            copy_up_tree(&src, &dst)?;
        } else if ft.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&src)?, &dst)?;
        } else if ft.is_file() {
            std::fs::copy(&src, &dst)?;
        } else {
            continue;
        }
        let _ = std::os::unix::fs::lchown(&dst, Some(md.uid()), Some(md.gid()));
        if !ft.is_symlink() {
            std::fs::set_permissions(&dst, md.permissions())?;
        }
    }
    Ok(())
}

/// podman's copy-up of an image VOLUME: while the volume directory `src` is empty, the
/// image's content at `target` (in the rootfs, not yet covered) is copied into it, owners and
/// modes kept, and the volume directory takes the owner and mode of the image's directory.
fn copy_up(target: &Path, src: &Path) -> Result<(), RootfsError> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let err = |op: &'static str, p: &Path, e: nix::Error| RootfsError {
        op,
        path: p.display().to_string(),
        source: e,
    };
    let io = |e: &std::io::Error| nix::Error::from_raw(e.raw_os_error().unwrap_or(libc::EIO));
    // podman's NeedsCopyUp: a volume (`volumes/NAME/_data`) is filled on its first use only,
    // so one emptied later stays empty
    let marker = src
        .parent()
        .filter(|_| src.file_name().is_some_and(|n| n == "_data"))
        .map(|p| p.join("copied-up"));
    if marker.as_ref().is_some_and(|m| m.exists()) {
        return Ok(());
    }
    if let Some(m) = &marker {
        if let Err(e) = std::fs::write(m, b"") {
            log::warn!("marking {} as filled: {e}", src.display());
        }
    }
    let Ok(md) = std::fs::symlink_metadata(target) else {
        return Ok(()); // nothing in the image there: the volume stays empty
    };
    if !md.is_dir() {
        return Ok(());
    }
    let empty = std::fs::read_dir(src)
        .map_err(|e| err("read the volume", src, io(&e)))?
        .next()
        .is_none();
    if !empty {
        return Ok(());
    }
    std::os::unix::fs::lchown(src, Some(md.uid()), Some(md.gid()))
        .and_then(|()| {
            std::fs::set_permissions(src, std::fs::Permissions::from_mode(md.mode() & 0o7777))
        })
        .map_err(|e| err("give the volume its image directory's owner", src, io(&e)))?;
    let copy_err = |e: super::copy::CopyError| {
        log::warn!(
            "copying the image's {} into its volume: {}",
            target.display(),
            e.0
        );
        err(
            "copy the image's content into the volume",
            src,
            nix::Error::EIO,
        )
    };
    let (tar, _) = super::copy::pack(Vec::new(), target, "", false).map_err(copy_err)?;
    let opts = super::copy::ExtractOptions {
        owner: super::copy::Owner::Keep,
        overwrite: true,
        rebase: super::copy::Rebase::None,
    };
    super::copy::extract(std::io::Cursor::new(tar), src, &opts).map_err(copy_err)?;
    Ok(())
}

/// Bind mounts, volumes and tmpfs mounts under `root` (before pivot_root).
pub fn apply_mounts(root: &Path, mounts: &[super::spec::MountSpec]) -> Result<(), RootfsError> {
    use super::spec::MountKind;
    for mnt in mounts {
        let target = secure_join(root, &mnt.destination)?;
        match mnt.kind {
            MountKind::Tmpfs => {
                ensure_dir(&target)?;
                // podman's tmpcopyup, the default: what the image has there is copied in
                let parts: Vec<&str> = mnt
                    .tmpfs_options
                    .split(',')
                    .filter(|o| !o.is_empty())
                    .collect();
                let copy_up = !parts.contains(&"notmpcopyup");
                let parts: Vec<&str> = parts
                    .into_iter()
                    .filter(|o| *o != "tmpcopyup" && *o != "notmpcopyup")
                    .collect();
                let opts = if parts.is_empty() {
                    "mode=1777".to_string()
                } else {
                    parts.join(",")
                };
                let under = match copy_up {
                    true => std::fs::File::open(&target).ok(),
                    false => None,
                };
                let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
                let first = match (mnt.read_only, &under) {
                    (true, None) => flags | MsFlags::MS_RDONLY,
                    _ => flags,
                };
                m(
                    "mount tmpfs on",
                    &target,
                    mount(
                        Some("tmpfs"),
                        &target,
                        Some("tmpfs"),
                        first,
                        Some(opts.as_str()),
                    ),
                )?;
                if let Some(dir) = under {
                    use std::os::fd::AsRawFd;
                    let from = PathBuf::from(format!("/proc/self/fd/{}", dir.as_raw_fd()));
                    if let Err(e) = copy_up_tree(&from, &target) {
                        log::warn!("cannot copy {} into its tmpfs: {e}", mnt.destination);
                    }
                    if mnt.read_only {
                        m(
                            "remount read-only",
                            &target,
                            mount(
                                None::<&str>,
                                &target,
                                None::<&str>,
                                flags | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                                Some(opts.as_str()),
                            ),
                        )?;
                    }
                }
            }
            MountKind::Bind | MountKind::Volume => {
                let src = Path::new(&mnt.source);
                if mnt.copy_up {
                    copy_up(&target, src)?;
                }
                let is_dir =
                    std::fs::metadata(src)
                        .map(|md| md.is_dir())
                        .map_err(|e| RootfsError {
                            op: "find the mount source",
                            path: mnt.source.clone(),
                            source: nix::Error::from_raw(e.raw_os_error().unwrap_or(libc::ENOENT)),
                        })?;
                if is_dir {
                    ensure_dir(&target)?;
                } else {
                    ensure_file(&target)?;
                }
                bind(src, &target, false)?;
                let mut extra = MsFlags::empty();
                for f in &mnt.mount_flags {
                    extra |= match f.as_str() {
                        "noexec" => MsFlags::MS_NOEXEC,
                        "nosuid" => MsFlags::MS_NOSUID,
                        "nodev" => MsFlags::MS_NODEV,
                        _ => MsFlags::empty(),
                    };
                }
                if mnt.read_only {
                    extra |= MsFlags::MS_RDONLY;
                }
                if !extra.is_empty() {
                    // a remount in a user namespace must keep the flags the source's mount
                    // has locked (nosuid, nodev, noexec, ro), or the kernel refuses it
                    let locked = nix::sys::statvfs::statvfs(&target)
                        .map(|v| {
                            use nix::sys::statvfs::FsFlags;
                            let f = v.flags();
                            let mut l = MsFlags::empty();
                            for (fs, ms) in [
                                (FsFlags::ST_NOSUID, MsFlags::MS_NOSUID),
                                (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
                                (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
                                (FsFlags::ST_RDONLY, MsFlags::MS_RDONLY),
                            ] {
                                if f.contains(fs) {
                                    l |= ms;
                                }
                            }
                            l
                        })
                        .unwrap_or(MsFlags::empty());
                    m(
                        "remount (ro, noexec, nosuid, nodev)",
                        &target,
                        mount(
                            None::<&str>,
                            &target,
                            None::<&str>,
                            MsFlags::MS_BIND | MsFlags::MS_REMOUNT | extra | locked,
                            None::<&str>,
                        ),
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// `:U`: give a mounted tree to the container's user (inside the container, after pivot).
/// As podman, a tree whose top already belongs to that user is left as it is (a restart
/// does not undo the owners changed inside it since).
pub fn chown_mount(path: &Path, uid: u32, gid: u32) -> Result<(), RootfsError> {
    use std::os::unix::fs::MetadataExt;
    if std::fs::symlink_metadata(path).is_ok_and(|md| md.uid() == uid && md.gid() == gid) {
        return Ok(());
    }
    chown_tree(path, uid, gid)
}

/// Give a tree to `uid`:`gid`, every entry (symlinks themselves, not what they point to).
pub fn chown_tree(path: &Path, uid: u32, gid: u32) -> Result<(), RootfsError> {
    let u = Some(nix::unistd::Uid::from_raw(uid));
    let g = Some(nix::unistd::Gid::from_raw(gid));
    let r = nix::unistd::fchownat(
        nix::fcntl::AT_FDCWD,
        path,
        u,
        g,
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    );
    m("chown", path, r)?;
    if std::fs::symlink_metadata(path).is_ok_and(|md| md.is_dir()) {
        if let Ok(rd) = std::fs::read_dir(path) {
            for e in rd.flatten() {
                chown_tree(&e.path(), uid, gid)?;
            }
        }
    }
    Ok(())
}
