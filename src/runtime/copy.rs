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
use nix::sys::stat::{fstat, fstatat, FileStat, Mode};
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use crate::archive::extract::{self as ax, dir_flags, remove_all, Dirs, Room, WalkErr};
use crate::archive::extractor::{At, Extractor, Failure, LinkWhy, Options, Policy, ReadAt, Top};

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
    // a followed symlink is copied under its target's name, as podman does
    let target = match follow && !contents && !text.ends_with('/') {
        true => std::fs::symlink_metadata(path)
            .ok()
            .filter(|m| m.file_type().is_symlink())
            .and_then(|_| std::fs::canonicalize(path).ok())
            .and_then(|t| t.file_name().map(|n| n.to_string_lossy().into_owned())),
        false => None,
    };
    let name = target
        .or_else(|| {
            Path::new(trimmed)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
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

/// An archive path that climbs out with `..` or holds a NUL byte, in podman's words.
fn refused(raw: &[u8]) -> CopyError {
    if raw.contains(&0) {
        return CopyError(format!(
            "invalid archive entry {:?}: its path contains a NUL byte",
            String::from_utf8_lossy(raw)
        ));
    }
    CopyError(format!(
        "invalid archive entry {:?}: it climbs out of the destination with \"..\"",
        String::from_utf8_lossy(raw)
    ))
}

fn display(dest: &Path, comps: &[&[u8]]) -> String {
    let mut p = dest.to_path_buf();
    for c in comps {
        p.push(OsStr::from_bytes(c));
    }
    p.display().to_string()
}

fn chown_err(dest: &Path, comps: &[&[u8]], uid: u32, gid: u32, e: Errno) -> CopyError {
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
    comps: &[&[u8]],
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

/// `cp`'s rules for the shared extractor ([`crate::archive::extractor`]): docker's overwrite
/// rules, the owner policy, errors worded as podman's, skipped objects as warnings.
struct CpPolicy<'a> {
    dest: &'a Path,
    owner: Owner,
    overwrite: bool,
    stats: Stats,
}

impl CpPolicy<'_> {
    /// The directory `comps` (up to component `i` of it) could not be had.
    fn walk_err(&self, comps: &[&[u8]], e: WalkErr) -> CopyError {
        let dest = self.dest;
        let upto = |i: usize| &comps[..(i + 1).min(comps.len())];
        match e {
            WalkErr::Symlink(i) | WalkErr::NotDir(i) => CopyError(format!(
                "cannot extract into {}: not a directory (symlinks inside the destination are not followed)",
                display(dest, upto(i))
            )),
            WalkErr::Missing(i) => cerr(display(dest, upto(i)), Errno::ENOENT.desc()),
            WalkErr::Io(i, _, e) => cerr(display(dest, upto(i)), e.desc()),
            WalkErr::Chown(i, e) => {
                let imp = implicit(&self.owner);
                chown_err(dest, upto(i), imp.uid, imp.gid, e)
            }
        }
    }
}

impl Policy for CpPolicy<'_> {
    type Error = CopyError;

    fn room(
        &mut self,
        at: &At<'_>,
        dir: BorrowedFd<'_>,
        name: &[u8],
        is_dir: bool,
    ) -> Result<Room, CopyError> {
        make_room(dir, name, self.overwrite, self.dest, at.comps, is_dir)
    }

    fn failed(&mut self, f: Failure<'_>) -> Result<(), CopyError> {
        use tar::EntryType as T;
        let dest = self.dest;
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        Err(match f {
            Failure::Read { at, source } => match at {
                ReadAt::Start | ReadAt::First => cerr("cannot read the archive", source),
                ReadAt::After(last) => cerr(
                    format!("cannot read the archive after entry {:?}", lossy(last)),
                    source,
                ),
            },
            Failure::Header { entry, source } => {
                cerr(format!("invalid archive entry {:?}", lossy(entry)), source)
            }
            Failure::Owner { entry, uid, gid } => CopyError(format!(
                "invalid archive entry {:?}: owner {uid}:{gid} out of range",
                lossy(entry)
            )),
            Failure::Path { entry, .. } => refused(entry),
            // the destination itself: left as it is
            Failure::Root { .. } | Failure::XattrName { .. } => return Ok(()),
            Failure::Unsupported { at } => {
                self.stats.warn(format!(
                    "skipped {}: unsupported archive entry type {:?}",
                    display(dest, at.comps),
                    at.kind
                ));
                return Ok(());
            }
            Failure::Walk { dir, err, .. } => self.walk_err(dir, err),
            Failure::Create { at, errno, .. } | Failure::Meta { at, errno, .. } => {
                cerr(display(dest, at.comps), errno.desc())
            }
            Failure::Contents { at, err } => {
                cerr(format!("cannot write {}", display(dest, at.comps)), err)
            }
            Failure::Chown {
                at,
                uid,
                gid,
                errno,
            } => chown_err(dest, at.comps, uid, gid, errno),
            // only a regular file's time must be set (directories may be mount points)
            Failure::Times { at, errno } => match at.kind {
                T::Regular | T::Continuous | T::GNUSparse => {
                    cerr(display(dest, at.comps), errno.desc())
                }
                _ => return Ok(()),
            },
            Failure::NoTarget { at } => CopyError(format!(
                "invalid archive entry {:?}: a symlink without a target",
                lossy(at.entry)
            )),
            Failure::Device { at, errno } => {
                let why = errno.map_or("not created", |e| e.desc());
                self.stats.warn(format!(
                    "skipped device node {}: {why} (device nodes cannot be created in a user namespace)",
                    display(dest, at.comps)
                ));
                return Ok(());
            }
            Failure::Link {
                at,
                target,
                tcomps,
                why,
            } => {
                let cannot = |e: Errno| {
                    cerr(
                        format!(
                            "cannot link {} to {}",
                            display(dest, at.comps),
                            display(dest, tcomps)
                        ),
                        e.desc(),
                    )
                };
                match why {
                    LinkWhy::Path(_) => refused(target),
                    LinkWhy::Empty | LinkWhy::Root => CopyError(format!(
                        "invalid archive entry {:?}: a hard link to nothing",
                        lossy(at.entry)
                    )),
                    LinkWhy::Skipped => {
                        self.stats.warn(format!(
                            "skipped hard link {} to the skipped device node {}",
                            display(dest, at.comps),
                            display(dest, tcomps)
                        ));
                        return Ok(());
                    }
                    LinkWhy::Walk(e) => self.walk_err(&tcomps[..tcomps.len() - 1], e),
                    LinkWhy::Dup(e) => cerr("dup", e),
                    LinkWhy::Dir => cannot(Errno::EPERM),
                    LinkWhy::Missing => cannot(Errno::ENOENT),
                    LinkWhy::Stat(e) | LinkWhy::Op(_, e) => cannot(e),
                }
            }
        })
    }
}

/// Extract a tar stream into the existing directory `dest` (opened following symlinks: the
/// caller resolved it, inside the container's root for a container), never following a symlink
/// below it.
pub fn extract<R: Read>(r: R, dest: &Path, opts: &ExtractOptions) -> Result<Stats, CopyError> {
    extract_shown(r, dest, dest, opts)
}

/// [`extract`], naming the paths in its errors from `shown` instead of `dest`: on the host
/// podman words them from the destination directory (`"/foo"`), which buildah's copier makes
/// the root; in a container from the container's root, as `dest` already is.
pub fn extract_shown<R: Read>(
    r: R,
    dest: &Path,
    shown: &Path,
    opts: &ExtractOptions,
) -> Result<Stats, CopyError> {
    let dirs = Dirs::open(dest, true, implicit(&opts.owner))
        .map_err(|e| cerr(dest.display(), e.desc()))?;
    let mut policy = CpPolicy {
        dest: shown,
        owner: opts.owner,
        overwrite: opts.overwrite,
        stats: Stats::default(),
    };
    let top = match &opts.rebase {
        Rebase::None => Top::Keep,
        Rebase::Rename { from, to } => Top::Rename {
            from: from.as_bytes(),
            to: to.as_bytes(),
        },
        Rebase::Strip { from } => Top::Strip {
            from: from.as_bytes(),
        },
    };
    let options = Options {
        owner: match opts.owner {
            Owner::Fixed(u, g) => Some((u, g)),
            Owner::Keep => None,
        },
        // tried, and skipped with a warning where the user namespace refuses them
        devices: true,
        // a container (or the user) may change the destination meanwhile
        private: false,
        top,
        root_mode: None,
    };
    let counts = Extractor::new(dirs, options, &mut policy).run(r)?;
    let mut stats = policy.stats;
    stats.entries = counts.entries;
    stats.bytes = counts.bytes;
    Ok(stats)
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
    use crate::archive::extract::split_path;

    #[test]
    fn components_refuse_dotdot_and_drop_dots() {
        assert_eq!(
            split_path(b"/a/./b//c/").unwrap(),
            vec![&b"a"[..], &b"b"[..], &b"c"[..]]
        );
        assert!(split_path(b"a/../../etc").is_err());
        assert!(refused(b"a/../../etc").0.contains("climbs out"));
        assert!(refused(b"a\0b").0.contains("NUL"));
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
