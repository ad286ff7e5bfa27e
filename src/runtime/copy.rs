//! Copying files between a container and the host (`berth cp`, `berth export`): one side
//! writes a tar stream with [`pack`], the other reads it with [`extract`], docker's rules for
//! trailing `/` and `/.` decide where it lands ([`plan`]).
//!
//! The container side runs in a forked process whose root directory *is* the container's root
//! (see [`super::access`]), so every path it resolves, absolute symlinks included, stays inside
//! the container (the CVE-2018-15664 lesson: resolve in-root, do not reject). Neither side ever
//! follows a symlink inside the copied tree: [`pack`] walks by descriptor with `O_NOFOLLOW`, and
//! [`extract`] opens every parent directory of every entry with `O_NOFOLLOW` from the
//! destination's descriptor, so a tar entry (or a symlink planted by an earlier entry) cannot
//! write outside the destination directory.

use nix::dir::Dir;
use nix::errno::Errno;
use nix::fcntl::{open, openat, readlinkat, AtFlags, OFlag};
use nix::sys::stat::{
    fchmod, fstat, fstatat, futimens, makedev, utimensat, FileStat, Mode, SFlag, UtimensatFlags,
};
use nix::sys::time::TimeSpec;
use nix::unistd::{fchown, fchownat, Gid, Uid};
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use crate::archive::extract::{
    self as ax, dir_flags, remove_all, split_path, Dirs, Fail, Room, WalkErr,
};

/// An error of a copy, already worded for the user (it may cross a process boundary).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct CopyError(pub String);

impl CopyError {
    pub fn new(msg: impl Into<String>) -> Self {
        CopyError(msg.into())
    }
}

fn cerr(what: impl std::fmt::Display, e: impl std::fmt::Display) -> CopyError {
    CopyError(format!("{what}: {e}"))
}

/// What is copied: the kind of the source's top object and its name in the tar stream.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// "dir", "file", "symlink" or "other".
    pub kind: String,
    /// The name of the top entry of the stream.
    pub name: String,
    /// `SRC/.`: the directory's content, not the directory itself.
    pub contents: bool,
}

impl Source {
    pub fn is_dir(&self) -> bool {
        self.kind == "dir"
    }
}

/// Where a source comes from, as the destination side sees it.
#[derive(Debug, Clone)]
pub enum Incoming {
    /// A tree packed by berth with [`pack`].
    Tree(Source),
    /// A tar archive from stdin (any names; extracted into a directory).
    Stream,
}

/// How extracted files get their owners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The ids in the archive.
    Keep,
    /// These ids for everything.
    Fixed(u32, u32),
}

/// Renaming of the top entry of a stream while extracting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebase {
    None,
    /// `from/...` lands as `to/...`.
    Rename {
        from: String,
        to: String,
    },
    /// `from` itself is skipped, `from/x` lands as `x`.
    Strip {
        from: String,
    },
}

/// Where and how a stream is extracted.
#[derive(Debug, Clone)]
pub struct Plan {
    pub dir: PathBuf,
    pub rebase: Rebase,
}

/// The podman/docker wording for a path that is missing, on `place` ("the host",
/// "container NAME").
pub fn not_found(text: &str, place: &str, e: &io::Error) -> CopyError {
    if e.kind() == io::ErrorKind::NotFound && place == "the host" {
        return CopyError(format!("\"{text}\" could not be found on {place}"));
    }
    let reason = match e.raw_os_error() {
        Some(n) => Errno::from_raw(n).desc().to_lowercase(),
        None => e.to_string(),
    };
    CopyError(format!(
        "\"{text}\" could not be found on {place}: {reason}"
    ))
}

/// `SRC/.` (or `.`): copy what the directory holds.
pub fn is_contents(text: &str) -> bool {
    text == "." || text.ends_with("/.")
}

/// Look at the source `path` (written `text` by the user) and describe it. The top symlink is
/// followed with `follow`, and always when the text ends with `/` or `/.`.
pub fn source(text: &str, path: &Path, follow: bool, place: &str) -> Result<Source, CopyError> {
    let contents = is_contents(text);
    let follow = follow || contents || text.ends_with('/');
    let md = if follow {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    }
    .map_err(|e| not_found(text, place, &e))?;
    let ft = md.file_type();
    let kind = if ft.is_dir() {
        "dir"
    } else if ft.is_file() {
        "file"
    } else if ft.is_symlink() {
        "symlink"
    } else {
        "other"
    };
    if contents && kind != "dir" {
        return Err(CopyError(format!(
            "\"{text}\" could not be found on {place}: not a directory"
        )));
    }
    let trimmed = text.trim_end_matches("/.").trim_end_matches('/');
    let name = Path::new(trimmed)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n != "." && n != "..")
        .or_else(|| {
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| n != "." && n != "..")
        });
    // the root itself has no name: copy its content
    let (name, contents) = match name {
        Some(n) => (n, contents),
        None => ("rootfs".to_string(), true),
    };
    Ok(Source {
        kind: kind.into(),
        name,
        contents,
    })
}

/// Decide where a stream lands, with docker's rules (podman-cp(1)): `resolved` is the
/// destination with its symlinks already resolved (inside the container for a container),
/// `text` what the user wrote (its trailing `/` matters). `host` adds podman's check that an
/// existing destination is a directory or a regular file.
pub fn plan(
    text: &str,
    resolved: &Path,
    incoming: &Incoming,
    place: &str,
    host: bool,
) -> Result<Plan, CopyError> {
    let wants_dir = text.ends_with('/') || is_contents(text);
    match std::fs::metadata(resolved) {
        Ok(md) if md.is_dir() => Ok(Plan {
            dir: resolved.to_path_buf(),
            rebase: match incoming {
                Incoming::Tree(s) if s.is_dir() && s.contents => Rebase::Strip {
                    from: s.name.clone(),
                },
                _ => Rebase::None,
            },
        }),
        Ok(md) => {
            let src = match incoming {
                Incoming::Stream => {
                    return Err(CopyError::new(
                        "destination must be a directory when copying from stdin",
                    ))
                }
                Incoming::Tree(s) => s,
            };
            if src.is_dir() {
                return Err(CopyError::new(
                    "destination must be a directory when copying a directory",
                ));
            }
            if wants_dir {
                return Err(CopyError(format!(
                    "\"{text}\" could not be found on {place}: not a directory"
                )));
            }
            if host && !md.is_file() {
                return Err(CopyError(format!(
                    "invalid destination: \"{text}\" must be a directory or a regular file"
                )));
            }
            rename_into_parent(text, resolved, src, place)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let src = match incoming {
                Incoming::Stream => {
                    return Err(CopyError::new(
                        "destination must be a directory when copying from stdin",
                    ))
                }
                Incoming::Tree(s) => s,
            };
            if wants_dir {
                return Err(not_found(text, place, &e));
            }
            rename_into_parent(text, resolved, src, place)
        }
        Err(e) => Err(not_found(text, place, &e)),
    }
}

fn rename_into_parent(
    text: &str,
    resolved: &Path,
    src: &Source,
    place: &str,
) -> Result<Plan, CopyError> {
    let (parent, name) = match (resolved.parent(), resolved.file_name()) {
        (Some(p), Some(n)) => (p, n),
        _ => {
            return Err(CopyError(format!(
                "\"{text}\" could not be found on {place}: invalid path"
            )))
        }
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    match std::fs::metadata(parent) {
        Ok(md) if md.is_dir() => {}
        Ok(_) => {
            return Err(CopyError(format!(
                "\"{text}\" could not be found on {place}: not a directory"
            )))
        }
        Err(e) => return Err(not_found(text, place, &e)),
    }
    Ok(Plan {
        dir: parent.to_path_buf(),
        rebase: Rebase::Rename {
            from: src.name.clone(),
            to: name.to_string_lossy().into_owned(),
        },
    })
}

// ---------------------------------------------------------------------------------------------
// pack
// ---------------------------------------------------------------------------------------------

/// What a pack or an extract did.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Stats {
    pub entries: u64,
    pub bytes: u64,
    pub warnings: Vec<String>,
}

impl Stats {
    fn warn(&mut self, w: String) {
        if self.warnings.len() < 20 {
            self.warnings.push(w);
        } else if self.warnings.len() == 20 {
            self.warnings.push("(more warnings not shown)".into());
        }
    }
}

fn ifmt(st: &FileStat) -> u32 {
    st.st_mode & libc::S_IFMT
}

/// Reads exactly `left` bytes: the file's, then zeros if it shrank while being read (a tar
/// header already promised the size).
struct Exact {
    file: File,
    left: u64,
    eof: bool,
}

impl Read for Exact {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = if self.eof {
            buf[..want].fill(0);
            want
        } else {
            match self.file.read(&mut buf[..want])? {
                0 => {
                    self.eof = true;
                    buf[..want].fill(0);
                    want
                }
                n => n,
            }
        };
        self.left -= n as u64;
        Ok(n)
    }
}

struct Packer<W: Write> {
    b: tar::Builder<W>,
    /// First name of each multiply-linked regular file, by (dev, ino).
    links: HashMap<(u64, u64), PathBuf>,
    stats: Stats,
}

fn header(st: &FileStat, kind: tar::EntryType) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(st.st_mode & 0o7777);
    h.set_uid(u64::from(st.st_uid));
    h.set_gid(u64::from(st.st_gid));
    h.set_mtime(st.st_mtime.max(0) as u64);
    h.set_size(0);
    h
}

impl<W: Write> Packer<W> {
    fn io(&self, what: &Path, e: impl std::fmt::Display) -> CopyError {
        CopyError(format!("cannot archive {}: {e}", what.display()))
    }

    /// One object `dir/leaf`, named `name` in the archive (`st` from a no-follow stat).
    fn entry(
        &mut self,
        dir: BorrowedFd<'_>,
        leaf: &OsStr,
        name: &Path,
        st: &FileStat,
    ) -> Result<(), CopyError> {
        match ifmt(st) {
            libc::S_IFDIR => {
                let fd = match openat(dir, leaf, dir_flags(), Mode::empty()) {
                    Ok(fd) => fd,
                    // vanished or swapped for a symlink since the stat: skip it
                    Err(Errno::ENOENT) | Err(Errno::ELOOP) | Err(Errno::ENOTDIR) => return Ok(()),
                    Err(e) => return Err(self.io(name, e)),
                };
                self.dir(fd, name, st)
            }
            libc::S_IFREG => {
                if self.hardlink(name, st)? {
                    return Ok(());
                }
                let fd = match openat(
                    dir,
                    leaf,
                    OFlag::O_RDONLY | OFlag::O_NOFOLLOW | OFlag::O_NONBLOCK | OFlag::O_CLOEXEC,
                    Mode::empty(),
                ) {
                    Ok(fd) => fd,
                    Err(Errno::ENOENT) | Err(Errno::ELOOP) => return Ok(()),
                    Err(e) => return Err(self.io(name, e)),
                };
                self.file(fd, name)
            }
            libc::S_IFLNK => {
                let target = match readlinkat(dir, leaf) {
                    Ok(t) => t,
                    Err(Errno::ENOENT) | Err(Errno::EINVAL) => return Ok(()),
                    Err(e) => return Err(self.io(name, e)),
                };
                self.symlink(name, st, Path::new(&target))
            }
            _ => self.special(name, st),
        }
    }

    /// A regular file seen before under another name becomes a hard link entry.
    fn hardlink(&mut self, name: &Path, st: &FileStat) -> Result<bool, CopyError> {
        if st.st_nlink <= 1 {
            return Ok(false);
        }
        let key = (st.st_dev, st.st_ino);
        if let Some(first) = self.links.get(&key).cloned() {
            let mut h = header(st, tar::EntryType::Link);
            self.b
                .append_link(&mut h, name, &first)
                .map_err(|e| self.io(name, e))?;
            self.stats.entries += 1;
            return Ok(true);
        }
        self.links.insert(key, name.to_path_buf());
        Ok(false)
    }

    /// A regular file's entry from its open descriptor.
    fn file(&mut self, fd: OwnedFd, name: &Path) -> Result<(), CopyError> {
        let st = fstat(fd.as_fd()).map_err(|e| self.io(name, e))?;
        if ifmt(&st) != libc::S_IFREG {
            return Ok(()); // swapped since the stat
        }
        let size = st.st_size.max(0) as u64;
        let mut h = header(&st, tar::EntryType::Regular);
        h.set_size(size);
        let data = Exact {
            file: File::from(fd),
            left: size,
            eof: false,
        };
        self.b
            .append_data(&mut h, name, data)
            .map_err(|e| self.io(name, e))?;
        self.stats.entries += 1;
        self.stats.bytes += size;
        Ok(())
    }

    fn symlink(&mut self, name: &Path, st: &FileStat, target: &Path) -> Result<(), CopyError> {
        let mut h = header(st, tar::EntryType::Symlink);
        self.b
            .append_link(&mut h, name, target)
            .map_err(|e| self.io(name, e))?;
        self.stats.entries += 1;
        Ok(())
    }

    /// Fifos and device nodes (header only); sockets are skipped.
    fn special(&mut self, name: &Path, st: &FileStat) -> Result<(), CopyError> {
        let t = match ifmt(st) {
            libc::S_IFIFO => tar::EntryType::Fifo,
            libc::S_IFCHR => tar::EntryType::Char,
            libc::S_IFBLK => tar::EntryType::Block,
            _ => {
                self.stats
                    .warn(format!("skipped {} (a socket)", name.display()));
                return Ok(());
            }
        };
        let mut h = header(st, t);
        if t != tar::EntryType::Fifo {
            let rdev = st.st_rdev;
            h.set_device_major(libc::major(rdev))
                .and_then(|_| h.set_device_minor(libc::minor(rdev)))
                .map_err(|e| self.io(name, e))?;
        }
        self.b
            .append_data(&mut h, name, io::empty())
            .map_err(|e| self.io(name, e))?;
        self.stats.entries += 1;
        Ok(())
    }

    /// A directory (its entry unless `name` is empty, then its children).
    fn dir(&mut self, fd: OwnedFd, name: &Path, st: &FileStat) -> Result<(), CopyError> {
        if !name.as_os_str().is_empty() {
            let mut h = header(st, tar::EntryType::Directory);
            self.b
                .append_data(&mut h, name, io::empty())
                .map_err(|e| self.io(name, e))?;
            self.stats.entries += 1;
        }
        let mut names: Vec<OsString> = Vec::new();
        {
            let mut d = Dir::openat(fd.as_fd(), ".", dir_flags(), Mode::empty())
                .map_err(|e| self.io(name, e))?;
            for ent in d.iter() {
                let ent = ent.map_err(|e| self.io(name, e))?;
                let n = ent.file_name().to_bytes();
                if n != b"." && n != b".." {
                    names.push(OsString::from_vec(n.to_vec()));
                }
            }
        }
        names.sort();
        for n in names {
            let child = name.join(&n);
            let st = match fstatat(fd.as_fd(), n.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW) {
                Ok(st) => st,
                Err(Errno::ENOENT) => continue,
                Err(e) => return Err(self.io(&child, e)),
            };
            self.entry(fd.as_fd(), &n, &child, &st)?;
        }
        Ok(())
    }
}

/// Write `path` as a tar stream to `out`: its top entry named `name` (an empty name writes only
/// a directory's children, as `export` does), symlinks inside never followed; the top one only
/// with `follow_top` (then resolved by the kernel: inside the container's root there).
/// Owners are the ids as this process sees them.
pub fn pack<W: Write>(
    out: W,
    path: &Path,
    name: &str,
    follow_top: bool,
) -> Result<(W, Stats), CopyError> {
    let mut p = Packer {
        b: tar::Builder::new(out),
        links: HashMap::new(),
        stats: Stats::default(),
    };
    let nofollow = if follow_top {
        OFlag::empty()
    } else {
        OFlag::O_NOFOLLOW
    };
    let top = open(
        path,
        OFlag::O_PATH | OFlag::O_CLOEXEC | nofollow,
        Mode::empty(),
    )
    .map_err(|e| cerr(path.display(), e.desc()))?;
    let st = fstat(top.as_fd()).map_err(|e| cerr(path.display(), e.desc()))?;
    let name = Path::new(name);
    match ifmt(&st) {
        libc::S_IFDIR => {
            // an O_PATH descriptor cannot be listed: reopen the very same directory
            let fd = openat(top.as_fd(), ".", dir_flags(), Mode::empty())
                .map_err(|e| cerr(path.display(), e.desc()))?;
            p.dir(fd, name, &st)?;
        }
        libc::S_IFLNK => {
            let target = std::fs::read_link(path).map_err(|e| cerr(path.display(), e))?;
            p.symlink(name, &st, &target)?;
        }
        libc::S_IFREG => {
            let fd = open(
                path,
                OFlag::O_RDONLY | OFlag::O_NONBLOCK | OFlag::O_CLOEXEC | nofollow,
                Mode::empty(),
            )
            .map_err(|e| cerr(path.display(), e.desc()))?;
            p.file(fd, name)?;
        }
        _ => p.special(name, &st)?,
    }
    let out = p.b.into_inner().map_err(|e| cerr("write the archive", e))?;
    Ok((out, p.stats))
}

// ---------------------------------------------------------------------------------------------
// extract
// ---------------------------------------------------------------------------------------------

/// Options of [`extract`].
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub owner: Owner,
    /// Let a directory replace a non-directory and the reverse.
    pub overwrite: bool,
    pub rebase: Rebase,
}

/// The components of an archive path: no `..`, no empty or `.` parts, leading `/` dropped.
fn components(raw: &[u8]) -> Result<Vec<Vec<u8>>, CopyError> {
    match split_path(raw) {
        Ok(c) => Ok(c.into_iter().map(<[u8]>::to_vec).collect()),
        Err(_) if raw.contains(&0) => Err(CopyError(format!(
            "invalid archive entry {:?}: its path contains a NUL byte",
            String::from_utf8_lossy(raw)
        ))),
        Err(_) => Err(CopyError(format!(
            "invalid archive entry {:?}: it climbs out of the destination with \"..\"",
            String::from_utf8_lossy(raw)
        ))),
    }
}

fn rebase(mut comps: Vec<Vec<u8>>, r: &Rebase) -> Option<Vec<Vec<u8>>> {
    match r {
        Rebase::None => Some(comps),
        Rebase::Rename { from, to } => {
            if comps.first().map(Vec::as_slice) == Some(from.as_bytes()) {
                comps[0] = to.as_bytes().to_vec();
            }
            Some(comps)
        }
        Rebase::Strip { from } => {
            if comps.first().map(Vec::as_slice) == Some(from.as_bytes()) {
                comps.remove(0);
                if comps.is_empty() {
                    return None;
                }
            }
            Some(comps)
        }
    }
}

struct Extractor {
    /// The destination and the descriptors of the last parent's chain (shared walker).
    dirs: Dirs,
    dest: PathBuf,
    opts: ExtractOptions,
    /// Directories whose mode and times are set at the end (their children change them).
    dir_meta: Vec<(Vec<Vec<u8>>, u32, i64)>,
    stats: Stats,
    buf: Vec<u8>,
}

fn display(dest: &Path, comps: &[Vec<u8>]) -> String {
    let mut p = dest.to_path_buf();
    for c in comps {
        p.push(OsStr::from_bytes(c));
    }
    p.display().to_string()
}

fn chown_err(dest: &Path, comps: &[Vec<u8>], uid: u32, gid: u32, e: Errno) -> CopyError {
    let mut m = format!(
        "cannot give {} to {uid}:{gid}: {}",
        display(dest, comps),
        e.desc()
    );
    if e == Errno::EINVAL || e == Errno::EPERM {
        m.push_str(" (the id is not mapped in the user namespace; copy without --archive)");
    }
    CopyError(m)
}

/// docker's rules for an object in the way of a new one at `dir/name` (`comps`): a directory
/// stays for a directory, anything else is removed, except that a directory and a
/// non-directory do not replace each other without `--overwrite`; a mount point that cannot go
/// (e.g. /etc/hosts of a running container) is written in place.
fn make_room(
    dir: BorrowedFd<'_>,
    name: &[u8],
    overwrite: bool,
    dest: &Path,
    comps: &[Vec<u8>],
    is_dir: bool,
) -> Result<Room, CopyError> {
    let st = match fstatat(dir, name, AtFlags::AT_SYMLINK_NOFOLLOW) {
        Ok(st) => st,
        Err(Errno::ENOENT) => return Ok(Room::Cleared),
        Err(e) => return Err(cerr(display(dest, comps), e.desc())),
    };
    let exists_dir = ifmt(&st) == libc::S_IFDIR;
    if exists_dir && is_dir {
        return Ok(Room::KeptDir);
    }
    if exists_dir != is_dir && !overwrite {
        return Err(CopyError(format!(
            "error creating \"{}\": {}: file exists (use --overwrite)",
            display(dest, comps),
            if exists_dir {
                "a directory is in the way of a non-directory"
            } else {
                "a non-directory is in the way of a directory"
            }
        )));
    }
    match remove_all(dir, name) {
        Ok(()) => Ok(Room::Cleared),
        Err(Errno::EBUSY) if !is_dir && !exists_dir => Ok(Room::InPlace),
        Err(e) => Err(CopyError(format!(
            "error creating \"{}\": cannot remove what is there: {}",
            display(dest, comps),
            e.desc()
        ))),
    }
}

/// A writer's failure for `comps`: the rules refused, or the call failed.
fn failed(dest: &Path, comps: &[Vec<u8>], f: Fail<CopyError>) -> CopyError {
    match f {
        Fail::Room(e) => e,
        Fail::Op(_, e) => cerr(display(dest, comps), e.desc()),
    }
}

/// The directory `comps` of `dest`, walked from its descriptor without following symlinks;
/// missing ones are created (0755, owned like the copied files) when `create`.
fn walk<'d>(
    dirs: &'d mut Dirs,
    dest: &Path,
    owner: &Owner,
    comps: &[Vec<u8>],
    create: bool,
) -> Result<BorrowedFd<'d>, CopyError> {
    dirs.get(comps, create).map_err(|e| {
        let upto = |i: usize| &comps[..(i + 1).min(comps.len())];
        match e {
            WalkErr::Symlink(i) | WalkErr::NotDir(i) => CopyError(format!(
                "cannot extract into {}: not a directory (symlinks inside the destination are not followed)",
                display(dest, upto(i))
            )),
            WalkErr::Missing(i) => cerr(display(dest, upto(i)), Errno::ENOENT.desc()),
            WalkErr::Io(i, _, e) => cerr(display(dest, upto(i)), e.desc()),
            WalkErr::Chown(i, e) => {
                let imp = implicit(owner);
                chown_err(dest, upto(i), imp.uid, imp.gid, e)
            }
        }
    })
}

impl Extractor {
    fn ids(&self, h: &tar::Header) -> (u32, u32) {
        match self.opts.owner {
            Owner::Fixed(u, g) => (u, g),
            Owner::Keep => (
                h.uid().unwrap_or(0).min(u64::from(u32::MAX)) as u32,
                h.gid().unwrap_or(0).min(u64::from(u32::MAX)) as u32,
            ),
        }
    }

    fn entry<R: Read>(&mut self, mut e: tar::Entry<'_, R>) -> Result<(), CopyError> {
        use tar::EntryType as T;
        let kind = e.header().entry_type();
        if kind.is_pax_global_extensions() {
            return Ok(());
        }
        let raw = e.path_bytes().into_owned();
        let comps = match rebase(components(&raw)?, &self.opts.rebase) {
            Some(c) if !c.is_empty() => c,
            _ => return Ok(()), // the destination itself: left as it is
        };
        let (parent, name) = comps.split_at(comps.len() - 1);
        let name = name[0].as_slice();
        let h = e.header().clone();
        let mode = h.mode().unwrap_or(0o644) & 0o7777;
        let mtime = h.mtime().unwrap_or(0).min(i64::MAX as u64) as i64;
        let (uid, gid) = self.ids(&h);
        let ts = TimeSpec::new(mtime, 0);
        let overwrite = self.opts.overwrite;
        self.stats.entries += 1;
        let shown = || display(&self.dest, &comps);
        let (u, g) = (Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)));
        match kind {
            T::Directory => {
                let pfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, parent, true)?;
                let room = || make_room(pfd, name, overwrite, &self.dest, &comps, true);
                let dfd = ax::dir(pfd, name, room).map_err(|f| failed(&self.dest, &comps, f))?;
                fchown(dfd.as_fd(), u, g)
                    .map_err(|e| chown_err(&self.dest, &comps, uid, gid, e))?;
                // writable for the rest of the extraction; the real mode comes at the end
                fchmod(dfd.as_fd(), Mode::from_bits_truncate(0o700 | mode))
                    .map_err(|e| cerr(shown(), e.desc()))?;
                self.dirs.adopt(parent, name, dfd);
                self.dir_meta.push((comps.clone(), mode, mtime));
            }
            T::Regular | T::Continuous | T::GNUSparse => {
                let pfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, parent, true)?;
                let room = || make_room(pfd, name, overwrite, &self.dest, &comps, false);
                let mut f =
                    ax::file(pfd, name, 0o600, room).map_err(|f| failed(&self.dest, &comps, f))?;
                let size = e.size();
                let n = ax::contents(&mut e, &mut f, &mut self.buf, Some(size))
                    .map_err(|err| cerr(format!("cannot write {}", shown()), err))?;
                self.stats.bytes += n;
                fchown(f.as_fd(), u, g).map_err(|e| chown_err(&self.dest, &comps, uid, gid, e))?;
                // after chown, which clears setuid/setgid
                fchmod(f.as_fd(), Mode::from_bits_truncate(mode))
                    .map_err(|e| cerr(shown(), e.desc()))?;
                futimens(f.as_fd(), &ts, &ts).map_err(|e| cerr(shown(), e.desc()))?;
            }
            T::Symlink => {
                let target = e
                    .link_name_bytes()
                    .map(|t| t.into_owned())
                    .unwrap_or_default();
                if target.is_empty() {
                    return Err(CopyError(format!(
                        "invalid archive entry {:?}: a symlink without a target",
                        String::from_utf8_lossy(&raw)
                    )));
                }
                let pfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, parent, true)?;
                let room = || make_room(pfd, name, overwrite, &self.dest, &comps, false);
                // stored as it is, never followed here: absolute targets resolve inside the
                // container's root when the container uses them
                ax::symlink(pfd, name, &target, room).map_err(|f| failed(&self.dest, &comps, f))?;
                fchownat(pfd, name, u, g, AtFlags::AT_SYMLINK_NOFOLLOW)
                    .map_err(|e| chown_err(&self.dest, &comps, uid, gid, e))?;
                let _ = utimensat(pfd, name, &ts, &ts, UtimensatFlags::NoFollowSymlink);
            }
            T::Link => {
                let target_raw = e
                    .link_name_bytes()
                    .map(|t| t.into_owned())
                    .unwrap_or_default();
                let tcomps = match rebase(components(&target_raw)?, &self.opts.rebase) {
                    Some(c) if !c.is_empty() => c,
                    _ => {
                        return Err(CopyError(format!(
                            "invalid archive entry {:?}: a hard link to nothing",
                            String::from_utf8_lossy(&raw)
                        )))
                    }
                };
                let (tparent, tname) = tcomps.split_at(tcomps.len() - 1);
                let tfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, tparent, false)?;
                let tfd: OwnedFd = tfd.try_clone_to_owned().map_err(|e| cerr("dup", e))?;
                let pfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, parent, true)?;
                let room = || make_room(pfd, name, overwrite, &self.dest, &comps, false);
                ax::hardlink(tfd.as_fd(), &tname[0], pfd, name, room).map_err(|f| match f {
                    Fail::Room(e) => e,
                    Fail::Op(_, e) => cerr(
                        format!(
                            "cannot link {} to {}",
                            display(&self.dest, &comps),
                            display(&self.dest, &tcomps)
                        ),
                        e.desc(),
                    ),
                })?;
            }
            T::Fifo | T::Char | T::Block => {
                let dev = || {
                    makedev(
                        u64::from(h.device_major().ok().flatten().unwrap_or(0)),
                        u64::from(h.device_minor().ok().flatten().unwrap_or(0)),
                    )
                };
                let (sflag, dev) = match kind {
                    T::Fifo => (SFlag::S_IFIFO, 0),
                    T::Char => (SFlag::S_IFCHR, dev()),
                    _ => (SFlag::S_IFBLK, dev()),
                };
                let pfd = walk(&mut self.dirs, &self.dest, &self.opts.owner, parent, true)?;
                let room = || make_room(pfd, name, overwrite, &self.dest, &comps, false);
                let perm = Mode::from_bits_truncate(mode & 0o777);
                match ax::node(pfd, name, sflag, perm, dev, room) {
                    Ok(()) => {
                        fchownat(pfd, name, u, g, AtFlags::AT_SYMLINK_NOFOLLOW)
                            .map_err(|e| chown_err(&self.dest, &comps, uid, gid, e))?;
                        let _ = utimensat(pfd, name, &ts, &ts, UtimensatFlags::NoFollowSymlink);
                    }
                    Err(Fail::Op(_, err)) if kind != T::Fifo => {
                        let d = shown();
                        self.stats.warn(format!(
                            "skipped device node {d}: {} (device nodes cannot be created in a user namespace)",
                            err.desc()
                        ));
                    }
                    Err(f) => return Err(failed(&self.dest, &comps, f)),
                }
            }
            other => {
                let d = shown();
                self.stats.warn(format!(
                    "skipped {d}: unsupported archive entry type {other:?}"
                ));
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), CopyError> {
        let dirs = std::mem::take(&mut self.dir_meta);
        for (comps, mode, mtime) in dirs.iter().rev() {
            let Ok(fd) = self.dirs.get(comps, false) else {
                continue; // replaced or removed by a later entry
            };
            fchmod(fd, Mode::from_bits_truncate(*mode))
                .map_err(|e| cerr(display(&self.dest, comps), e.desc()))?;
            let ts = TimeSpec::new(*mtime, 0);
            let _ = futimens(fd, &ts, &ts);
        }
        Ok(())
    }
}

/// How missing parent directories are made: 0755, owned like the copied files (the caller's
/// ids when the archive's owners are kept).
fn implicit(owner: &Owner) -> ax::Implicit {
    let (uid, gid) = match *owner {
        Owner::Fixed(u, g) => (u, g),
        Owner::Keep => (
            nix::unistd::geteuid().as_raw(),
            nix::unistd::getegid().as_raw(),
        ),
    };
    ax::Implicit {
        uid,
        gid,
        strict: true,
    }
}

/// Extract a tar stream into the existing directory `dest` (opened following symlinks: the
/// caller resolved it, inside the container's root for a container), never following a symlink
/// below it.
pub fn extract<R: Read>(r: R, dest: &Path, opts: &ExtractOptions) -> Result<Stats, CopyError> {
    let dirs = Dirs::open(dest, true, implicit(&opts.owner))
        .map_err(|e| cerr(dest.display(), e.desc()))?;
    let mut x = Extractor {
        dirs,
        dest: dest.to_path_buf(),
        opts: opts.clone(),
        dir_meta: Vec::new(),
        stats: Stats::default(),
        buf: vec![0u8; ax::BUF_SIZE],
    };
    let mut ar = tar::Archive::new(r);
    let entries = ar
        .entries()
        .map_err(|e| cerr("cannot read the archive", e))?;
    let mut result = Ok(());
    let mut last: Vec<u8> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) if last.is_empty() => {
                result = Err(cerr("cannot read the archive", e));
                break;
            }
            Err(e) => {
                let after = format!(
                    "cannot read the archive after entry {:?}",
                    String::from_utf8_lossy(&last)
                );
                result = Err(cerr(after, e));
                break;
            }
        };
        last.clear();
        last.extend_from_slice(&entry.path_bytes());
        if let Err(e) = x.entry(entry) {
            result = Err(e);
            break;
        }
    }
    let fin = x.finish();
    result?;
    fin?;
    Ok(x.stats)
}

/// Check that `block` (the first 512 bytes of a stream) is a tar header: podman refuses
/// anything else when copying from stdin.
pub fn looks_like_tar(block: &[u8]) -> bool {
    if block.len() < 512 {
        return false;
    }
    let stored = &block[148..156];
    let text: String = stored
        .iter()
        .take_while(|b| **b != 0)
        .map(|b| *b as char)
        .collect();
    let Ok(want) = u32::from_str_radix(text.trim(), 8) else {
        return false;
    };
    let sum: u32 = block[..512]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if (148..156).contains(&i) {
                u32::from(b' ')
            } else {
                u32::from(*b)
            }
        })
        .sum();
    sum == want
}

/// A path inside the container as berth means it: relative paths are relative to `workdir`
/// (as podman does); the trailing `/` or `/.` is kept.
pub fn container_path(text: &str, workdir: &str) -> String {
    if text.starts_with('/') {
        return text.to_string();
    }
    let base = if workdir.is_empty() { "/" } else { workdir };
    let base = base.trim_end_matches('/');
    if text.is_empty() {
        return format!("{base}/");
    }
    format!("{base}/{text}")
}

/// Write `out` into any writer, then flush (for pipes and stdout).
pub fn flush<W: Write>(mut w: W) -> Result<(), CopyError> {
    w.flush().map_err(|e| cerr("write", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_refuse_dotdot_and_drop_dots() {
        assert_eq!(
            components(b"/a/./b//c/").unwrap(),
            vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
        assert!(components(b"a/../../etc").is_err());
    }

    #[test]
    fn rebase_renames_and_strips_the_top() {
        let c = vec![b"src".to_vec(), b"x".to_vec()];
        assert_eq!(
            rebase(
                c.clone(),
                &Rebase::Rename {
                    from: "src".into(),
                    to: "dst".into()
                }
            ),
            Some(vec![b"dst".to_vec(), b"x".to_vec()])
        );
        assert_eq!(
            rebase(c, &Rebase::Strip { from: "src".into() }),
            Some(vec![b"x".to_vec()])
        );
        assert_eq!(
            rebase(vec![b"src".to_vec()], &Rebase::Strip { from: "src".into() }),
            None
        );
    }

    #[test]
    fn container_paths_are_relative_to_the_workdir() {
        assert_eq!(container_path("/etc", "/srv"), "/etc");
        assert_eq!(container_path("x/", "/srv"), "/srv/x/");
        assert_eq!(container_path(".", "/srv/"), "/srv/.");
        assert_eq!(container_path("", "/"), "/");
    }

    #[test]
    fn a_tar_header_is_recognised() {
        let mut h = tar::Header::new_gnu();
        h.set_path("a").unwrap();
        h.set_size(0);
        h.set_cksum();
        assert!(looks_like_tar(h.as_bytes()));
        assert!(!looks_like_tar(&[b'x'; 512]));
    }

    fn tar_of(f: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        f(&mut b);
        b.into_inner().unwrap()
    }

    fn header(kind: tar::EntryType, size: u64, mode: u32) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_size(size);
        h.set_mode(mode);
        h.set_mtime(1_600_000_000);
        h
    }

    fn add(b: &mut tar::Builder<Vec<u8>>, path: &str, data: &[u8]) {
        let mut h = header(tar::EntryType::Regular, data.len() as u64, 0o640);
        b.append_data(&mut h, path, data).unwrap();
    }

    fn mine() -> ExtractOptions {
        ExtractOptions {
            owner: Owner::Fixed(
                nix::unistd::geteuid().as_raw(),
                nix::unistd::getegid().as_raw(),
            ),
            overwrite: false,
            rebase: Rebase::None,
        }
    }

    #[test]
    fn extract_writes_files_dirs_links_with_modes_and_times() {
        use std::os::unix::fs::MetadataExt;
        let t = tempfile::tempdir().unwrap();
        let tar = tar_of(|b| {
            let mut h = header(tar::EntryType::Directory, 0, 0o555);
            b.append_data(&mut h, "d/", &b""[..]).unwrap();
            add(b, "d/f", b"hello");
            add(b, "x/y/z", b"deep");
            let mut h = header(tar::EntryType::Symlink, 0, 0o777);
            b.append_link(&mut h, "d/ln", "/etc/passwd").unwrap();
            let mut h = header(tar::EntryType::Link, 0, 0o640);
            b.append_link(&mut h, "d/hard", "d/f").unwrap();
        });
        let st = extract(&tar[..], t.path(), &mine()).unwrap();
        assert_eq!((st.entries, st.bytes), (5, 9));
        let d = t.path().join("d");
        assert_eq!(std::fs::read(d.join("f")).unwrap(), b"hello");
        assert_eq!(std::fs::read(t.path().join("x/y/z")).unwrap(), b"deep");
        let md = std::fs::symlink_metadata(&d).unwrap();
        assert_eq!(md.mode() & 0o7777, 0o555);
        assert_eq!(md.mtime(), 1_600_000_000);
        let f = std::fs::symlink_metadata(d.join("f")).unwrap();
        assert_eq!((f.mode() & 0o7777, f.nlink()), (0o640, 2));
        assert_eq!(
            std::fs::read_link(d.join("ln")).unwrap(),
            Path::new("/etc/passwd")
        );
        let implicit = std::fs::symlink_metadata(t.path().join("x")).unwrap();
        assert_eq!(implicit.mode() & 0o7777, 0o755);
        // make it removable
        std::fs::set_permissions(&d, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    }

    #[test]
    fn extract_never_writes_through_symlinks() {
        let t = tempfile::tempdir().unwrap();
        let outside = t.path().join("outside");
        let dest = t.path().join("dest");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::create_dir_all(&dest).unwrap();
        // a symlink planted in the destination (by the container) and one planted by the tar
        std::os::unix::fs::symlink(&outside, dest.join("planted")).unwrap();
        let tar = tar_of(|b| add(b, "planted/evil", b"x"));
        let e = extract(&tar[..], &dest, &mine()).unwrap_err();
        assert!(e.0.contains("not a directory"), "{e}");
        assert!(e.0.contains("planted"), "{e}");
        let tar = tar_of(|b| {
            let mut h = header(tar::EntryType::Symlink, 0, 0o777);
            b.append_link(&mut h, "ln", outside.to_str().unwrap())
                .unwrap();
            add(b, "ln/evil", b"x");
        });
        assert!(extract(&tar[..], &dest, &mine()).is_err());
        // a file over a symlink to a file replaces the link, never writes its target
        std::fs::write(outside.join("target"), b"keep").unwrap();
        std::os::unix::fs::symlink(outside.join("target"), dest.join("f")).unwrap();
        let tar = tar_of(|b| add(b, "f", b"new"));
        extract(&tar[..], &dest, &mine()).unwrap();
        assert_eq!(std::fs::read(dest.join("f")).unwrap(), b"new");
        assert_eq!(std::fs::read(outside.join("target")).unwrap(), b"keep");
        // `..` is refused, naming the entry
        let mut raw = tar_of(|b| add(b, "aaaaaaaaaa", b"x"));
        raw[..10].copy_from_slice(b"../escaped");
        let mut h = tar::Header::from_byte_slice(&raw[..512]).clone();
        h.set_cksum();
        raw[..512].copy_from_slice(h.as_bytes());
        let e = extract(&raw[..], &dest, &mine()).unwrap_err();
        assert!(e.0.contains("../escaped") && e.0.contains(".."), "{e}");
        assert!(!t.path().join("escaped").exists());
        assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
    }

    #[test]
    fn extract_keeps_dockers_overwrite_rules() {
        let t = tempfile::tempdir().unwrap();
        std::fs::create_dir(t.path().join("d")).unwrap();
        std::fs::write(t.path().join("f"), b"old").unwrap();
        let file_over_dir = tar_of(|b| add(b, "d", b"x"));
        let e = extract(&file_over_dir[..], t.path(), &mine()).unwrap_err();
        assert!(e.0.contains("use --overwrite"), "{e}");
        let dir_over_file = tar_of(|b| {
            let mut h = header(tar::EntryType::Directory, 0, 0o755);
            b.append_data(&mut h, "f/", &b""[..]).unwrap();
        });
        let e = extract(&dir_over_file[..], t.path(), &mine()).unwrap_err();
        assert!(e.0.contains("use --overwrite"), "{e}");
        let opts = ExtractOptions {
            overwrite: true,
            ..mine()
        };
        extract(&file_over_dir[..], t.path(), &opts).unwrap();
        extract(&dir_over_file[..], t.path(), &opts).unwrap();
        assert!(t.path().join("d").is_file() && t.path().join("f").is_dir());
        // a file replaces a file without --overwrite
        let again = tar_of(|b| add(b, "d", b"y"));
        extract(&again[..], t.path(), &mine()).unwrap();
        assert_eq!(std::fs::read(t.path().join("d")).unwrap(), b"y");
    }

    #[test]
    fn extract_names_a_truncated_entry() {
        let t = tempfile::tempdir().unwrap();
        let tar = tar_of(|b| add(b, "big", &[7u8; 4096]));
        let e = extract(&tar[..1024], t.path(), &mine()).unwrap_err();
        assert!(e.0.contains("big"), "{e}");
    }
}
