//! `berth diff`: what a container changed in its rootfs, as podman reports it (`A`dded,
//! `C`hanged, `D`eleted paths, sorted).
//!
//! * overlay and fuse-overlayfs: everything in the container's upper dir is a change. A
//!   whiteout (a 0/0 character device, or fuse-overlayfs's `.wh.NAME` file) is a deletion; an
//!   entry the image's layers also have is a change (directories too: overlayfs copies a
//!   directory up when something below it changes, as podman reports `C /etc`), any other an
//!   addition (with everything below it). An opaque directory (`user.overlay.opaque=y`, or a
//!   `.wh..wh..opq` file) hides the layers' content: what they had there and the upper dir does
//!   not is a deletion.
//! * vfs: the container's flattened `rootfs/` is compared with the image's layers (type, mode,
//!   owner, symlink target, size and content; not mtimes, which the copy does not keep); a
//!   directory is changed when its metadata or anything below it changed.
//!
//! Like podman, the files berth itself puts in every container (`/etc/hostname`, `/etc/hosts`,
//! `/etc/resolv.conf`, `/run/.containerenv`, the `/dev`, `/proc`, `/sys`, `/run` mount points)
//! are left out. Runs in the user namespace, where the layers' files are readable.

use crate::runtime::container::Container;
use crate::storage::Store;
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Added,
    Changed,
    Deleted,
}

impl Kind {
    pub fn letter(self) -> char {
        match self {
            Kind::Added => 'A',
            Kind::Changed => 'C',
            Kind::Deleted => 'D',
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: Kind,
    pub path: String,
}

/// Paths podman never reports (libpod's initInodes).
const INIT_PATHS: &[&str] = &[
    "/dev",
    "/etc/hostname",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/proc",
    "/run",
    "/run/notify",
    "/run/.containerenv",
    "/run/secrets",
    "/sys",
    "/etc/mtab",
];

#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("image {0} of the container is no longer in the store")]
    Image(String),
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> DiffError + '_ {
    move |source| DiffError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn is_whiteout(md: &std::fs::Metadata) -> bool {
    md.file_type().is_char_device() && md.rdev() == 0
}

fn is_opaque(dir: &Path) -> bool {
    [
        "user.overlay.opaque",
        "user.fuseoverlayfs.opaque",
        "trusted.overlay.opaque",
    ]
    .iter()
    .any(|x| {
        crate::sys::xattr::lgetxattr(dir, x)
            .ok()
            .flatten()
            .is_some_and(|v| v == b"y")
    }) || dir.join(".wh..wh..opq").symlink_metadata().is_ok()
}

/// The image's layers seen merged, as overlayfs would show them.
struct Lower {
    /// Top layer first.
    layers: Vec<PathBuf>,
}

impl Lower {
    /// The top-most layer's copy of `rel` (relative, no leading `/`), if the merged view has it.
    fn lookup(&self, rel: &Path) -> Option<PathBuf> {
        let comps: Vec<&std::ffi::OsStr> = rel.iter().collect();
        if comps.is_empty() {
            return self.layers.first().cloned();
        }
        'layers: for l in &self.layers {
            let mut p = l.clone();
            // an opaque directory of this layer hides what the layers below have under it
            let mut opaque = false;
            for (i, c) in comps.iter().enumerate() {
                opaque = opaque || (i > 0 && is_opaque(&p));
                p.push(c);
                match std::fs::symlink_metadata(&p) {
                    Err(_) => {
                        let fuse_wh = p
                            .parent()
                            .map(|d| d.join(format!(".wh.{}", c.to_string_lossy())))
                            .is_some_and(|w| w.symlink_metadata().is_ok());
                        if opaque || fuse_wh {
                            return None;
                        }
                        continue 'layers;
                    }
                    Ok(md) if is_whiteout(&md) => return None,
                    Ok(md) if i + 1 < comps.len() && !md.is_dir() => return None,
                    Ok(_) if i + 1 == comps.len() => return Some(p),
                    Ok(_) => {}
                }
            }
        }
        None
    }

    /// Names in the merged view's directory `rel`.
    fn children(&self, rel: &Path) -> BTreeSet<OsString> {
        let mut names = BTreeSet::new();
        for l in &self.layers {
            if let Ok(rd) = std::fs::read_dir(l.join(rel)) {
                for e in rd.flatten() {
                    let n = e.file_name();
                    if !n.to_string_lossy().starts_with(".wh.") {
                        names.insert(n);
                    }
                }
            }
        }
        names
            .into_iter()
            .filter(|n| self.lookup(&rel.join(n)).is_some())
            .collect()
    }
}

fn abs(rel: &Path) -> String {
    format!("/{}", rel.display())
}

struct Walk<'a> {
    lower: &'a Lower,
    out: Vec<Change>,
}

impl Walk<'_> {
    fn push(&mut self, kind: Kind, rel: &Path) {
        self.out.push(Change {
            kind,
            path: abs(rel),
        });
    }

    fn all_added(&mut self, dir: &Path, rel: &Path) -> Result<(), DiffError> {
        for name in sorted_names(dir)? {
            if name.to_string_lossy().starts_with(".wh.") {
                continue;
            }
            let p = dir.join(&name);
            let r = rel.join(&name);
            // a whiteout below an added directory hides nothing (image diff over several
            // merged layers: a file added by one and deleted by a later one)
            if p.symlink_metadata().is_ok_and(|m| is_whiteout(&m)) {
                continue;
            }
            self.push(Kind::Added, &r);
            if p.symlink_metadata().is_ok_and(|m| m.is_dir()) {
                self.all_added(&p, &r)?;
            }
        }
        Ok(())
    }

    /// overlay: the upper dir `dir` holds the changes of the container's `rel`.
    fn upper(&mut self, dir: &Path, rel: &Path) -> Result<(), DiffError> {
        let names = sorted_names(dir)?;
        if !rel.as_os_str().is_empty() && is_opaque(dir) {
            for gone in self.lower.children(rel) {
                if dir.join(&gone).symlink_metadata().is_err() {
                    self.push(Kind::Deleted, &rel.join(&gone));
                }
            }
        }
        for name in names {
            let s = name.to_string_lossy().into_owned();
            let p = dir.join(&name);
            if s == ".wh..wh..opq" {
                continue;
            }
            if let Some(hidden) = s.strip_prefix(".wh.") {
                let r = rel.join(hidden);
                if self.lower.lookup(&r).is_some() {
                    self.push(Kind::Deleted, &r);
                }
                continue;
            }
            let r = rel.join(&name);
            let md = p.symlink_metadata().map_err(io(&p))?;
            if is_whiteout(&md) {
                if self.lower.lookup(&r).is_some() {
                    self.push(Kind::Deleted, &r);
                }
                continue;
            }
            match self.lower.lookup(&r) {
                None => {
                    self.push(Kind::Added, &r);
                    if md.is_dir() {
                        self.all_added(&p, &r)?;
                    }
                }
                Some(lp) => {
                    self.push(Kind::Changed, &r);
                    let lower_dir = lp.symlink_metadata().is_ok_and(|m| m.is_dir());
                    if md.is_dir() {
                        if lower_dir {
                            self.upper(&p, &r)?;
                        } else {
                            self.all_added(&p, &r)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// vfs: compare the flattened `dir` with the layers at `rel`; true when anything differs.
    fn flat(&mut self, dir: &Path, rel: &Path) -> Result<bool, DiffError> {
        let mut names: BTreeSet<OsString> = sorted_names(dir)?.into_iter().collect();
        names.extend(self.lower.children(rel));
        let mut any = false;
        for name in names {
            let p = dir.join(&name);
            let r = rel.join(&name);
            let here = p.symlink_metadata().ok();
            let there = self.lower.lookup(&r);
            match (here, there) {
                (Some(md), None) => {
                    any = true;
                    self.push(Kind::Added, &r);
                    if md.is_dir() {
                        self.all_added(&p, &r)?;
                    }
                }
                (None, Some(_)) => {
                    any = true;
                    self.push(Kind::Deleted, &r);
                }
                (Some(md), Some(lp)) => {
                    let lmd = lp.symlink_metadata().map_err(io(&lp))?;
                    let both_dirs = md.is_dir() && lmd.is_dir();
                    let mut changed =
                        !same_meta(&md, &lmd) || (!both_dirs && !same_content(&p, &md, &lp, &lmd));
                    let at = self.out.len();
                    if both_dirs && self.flat(&p, &r)? {
                        changed = true;
                    }
                    if !both_dirs && md.is_dir() {
                        self.all_added(&p, &r)?;
                    }
                    if changed {
                        any = true;
                        self.out.insert(
                            at,
                            Change {
                                kind: Kind::Changed,
                                path: abs(&r),
                            },
                        );
                    }
                }
                (None, None) => {}
            }
        }
        Ok(any)
    }
}

fn same_meta(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.mode() == b.mode() && a.uid() == b.uid() && a.gid() == b.gid()
}

fn same_content(pa: &Path, a: &std::fs::Metadata, pb: &Path, b: &std::fs::Metadata) -> bool {
    if a.file_type().is_symlink() {
        return std::fs::read_link(pa).ok() == std::fs::read_link(pb).ok();
    }
    if !a.is_file() {
        return a.rdev() == b.rdev();
    }
    if a.len() != b.len() {
        return false;
    }
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(pa), std::fs::File::open(pb)) else {
        return false;
    };
    let (mut fa, mut fb) = (
        std::io::BufReader::with_capacity(64 * 1024, fa),
        std::io::BufReader::with_capacity(64 * 1024, fb),
    );
    let (mut ba, mut bb) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let na = read_full(&mut fa, &mut ba);
        let nb = read_full(&mut fb, &mut bb);
        match (na, nb) {
            (Ok(x), Ok(y)) if x == y => {
                if x == 0 {
                    return true;
                }
                if ba[..x] != bb[..y] {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn sorted_names(dir: &Path) -> Result<Vec<OsString>, DiffError> {
    let mut v: Vec<OsString> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    v.sort();
    Ok(v)
}

/// The container's changes, sorted by path, without berth's own files.
pub fn changes(store: &Store, c: &Container) -> Result<Vec<Change>, DiffError> {
    let image = store
        .find_image(&c.config.image_id)
        .map_err(|_| DiffError::Image(c.config.image_id.clone()))?;
    let mut layers = Vec::new();
    for d in image.layers.iter().rev() {
        match store.layer_diff(d) {
            Some(p) => layers.push(p),
            None => return Err(DiffError::Image(image.id.clone())),
        }
    }
    let lower = Lower { layers };
    let mut w = Walk {
        lower: &lower,
        out: Vec::new(),
    };
    if c.config.driver == "vfs" {
        let rootfs = c.dir.join("rootfs");
        if rootfs.is_dir() {
            w.flat(&rootfs, Path::new(""))?;
        }
    } else {
        let upper = c.dir.join("upper");
        if upper.is_dir() {
            w.upper(&upper, Path::new(""))?;
        }
    }
    let mut out: Vec<Change> = w
        .out
        .into_iter()
        .filter(|ch| !INIT_PATHS.contains(&ch.path.as_str()))
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup();
    Ok(out)
}

/// The changes of the diff directory `upper` over `lowers` (diff directories, top first):
/// `image diff` of an image's top layer, or of an image over one it is built on.
pub fn layer_changes(lowers: Vec<PathBuf>, upper: &Path) -> Result<Vec<Change>, DiffError> {
    let lower = Lower { layers: lowers };
    let mut w = Walk {
        lower: &lower,
        out: Vec::new(),
    };
    w.upper(upper, Path::new(""))?;
    let mut out: Vec<Change> = w
        .out
        .into_iter()
        .filter(|ch| !INIT_PATHS.contains(&ch.path.as_str()))
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup();
    Ok(out)
}
