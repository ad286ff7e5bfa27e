//! Writing tar entries below a destination directory without ever following a symlink.
//!
//! Every path is resolved component by component from a descriptor of the destination with
//! `O_NOFOLLOW|O_DIRECTORY` ([`Dirs`]), and every object is created relative to the descriptor
//! of its parent with calls that do not follow a symlink in the last component ([`file`],
//! [`dir`], [`symlink`], [`hardlink`], [`node`]). Neither a hostile entry (`..` is refused by
//! [`split_path`], absolute names stay inside) nor a symlink planted by an earlier entry or by a
//! container can make a write land outside the destination (CVE-2018-15664, CVE-2021-30465
//! class: resolve by descriptor inside the root).
//!
//! Creation is tried first; only when something is in the way (`EEXIST`) the caller's policy
//! says what to do ([`Room`]): it removed it, an existing directory stays, write in place (a
//! mount point), or fail. So the common case (an empty destination, as in `pull`) costs no extra
//! syscall per entry.
//!
//! What entries mean (overlay whiteouts, owners, modes, times, xattrs, docker's `cp` rules) is
//! the callers' business: [`crate::image::layer`] and [`crate::runtime::copy`].

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::Path;

use nix::dir::Dir;
use nix::errno::Errno;
use nix::fcntl::{open, openat, AtFlags, OFlag};
use nix::sys::stat::{fchmod, fstat, fstatat, mkdirat, mknodat, FileStat, Mode, SFlag};
use nix::unistd::{fchown, linkat, symlinkat, unlinkat, Gid, Uid, UnlinkatFlags};

/// Size of the copy buffer for file contents (and of a read buffer in front of a tar stream).
pub const BUF_SIZE: usize = 128 * 1024;
/// Number of directory levels whose descriptors [`Dirs`] keeps open between entries.
pub const MAX_CACHED_DEPTH: usize = 64;

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/// Split an entry path into components: leading `/`, empty and `.` components are dropped (so
/// absolute names are relative to the destination); `..` and NUL bytes are refused (the error
/// is the reason, worded to follow "path" or "target").
pub fn split_path(p: &[u8]) -> Result<Vec<&[u8]>, &'static str> {
    let mut out = Vec::with_capacity(8);
    for c in p.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => return Err("has a `..` component"),
            _ if c.contains(&0) => return Err("contains a NUL byte"),
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// The components joined with `/`.
pub fn join<C: AsRef<[u8]>>(comps: &[C]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, c) in comps.iter().enumerate() {
        if i > 0 {
            out.push(b'/');
        }
        out.extend_from_slice(c.as_ref());
    }
    out
}

/// Flags to open a directory, never through a symlink.
pub fn dir_flags() -> OFlag {
    OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC
}

pub fn is_dir(st: &FileStat) -> bool {
    st.st_mode & libc::S_IFMT == libc::S_IFDIR
}

// ---------------------------------------------------------------------------------------------
// Directory descriptor walking
// ---------------------------------------------------------------------------------------------

/// Why a parent directory could not be had; `i` is the index of the failing component.
#[derive(Debug)]
pub enum WalkErr {
    /// Component `i` is a symlink.
    Symlink(usize),
    /// Component `i` exists but is not a directory.
    NotDir(usize),
    /// Component `i` does not exist (only when not creating).
    Missing(usize),
    /// A syscall on component `i` failed.
    Io(usize, &'static str, Errno),
    /// The directory `i` was created but could not be given its owner ([`Implicit::strict`]).
    Chown(usize, Errno),
}

/// How [`Dirs`] makes missing parent directories: 0755, owned by `uid:gid`.
#[derive(Debug, Clone, Copy)]
pub struct Implicit {
    pub uid: u32,
    pub gid: u32,
    /// Failing to give the owner is an error (else best effort).
    pub strict: bool,
}

/// Open the directory `name` under `dir` without following symlinks, creating it when missing
/// if `create` is given.
fn open_child(
    dir: BorrowedFd<'_>,
    name: &[u8],
    create: Option<&Implicit>,
    i: usize,
) -> Result<OwnedFd, WalkErr> {
    let e = match openat(dir, name, dir_flags(), Mode::empty()) {
        Ok(fd) => return Ok(fd),
        Err(e) => e,
    };
    match (e, create) {
        (Errno::ENOENT, Some(imp)) => {
            match mkdirat(dir, name, Mode::from_bits_truncate(0o755)) {
                Ok(()) | Err(Errno::EEXIST) => {}
                Err(e) => return Err(WalkErr::Io(i, "mkdir", e)),
            }
            let fd = openat(dir, name, dir_flags(), Mode::empty())
                .map_err(|e| classify(dir, name, i, e))?;
            // The owner and 0755 whatever the umask or a setgid parent did; one fstat saves
            // both calls in the common case.
            let st = fstat(fd.as_fd()).map_err(|e| WalkErr::Io(i, "stat", e))?;
            if (st.st_uid, st.st_gid) != (imp.uid, imp.gid) {
                let r = fchown(
                    fd.as_fd(),
                    Some(Uid::from_raw(imp.uid)),
                    Some(Gid::from_raw(imp.gid)),
                );
                match r {
                    Err(e) if imp.strict => return Err(WalkErr::Chown(i, e)),
                    _ => {}
                }
            }
            if st.st_mode & 0o7777 != 0o755 {
                fchmod(fd.as_fd(), Mode::from_bits_truncate(0o755))
                    .map_err(|e| WalkErr::Io(i, "chmod", e))?;
            }
            Ok(fd)
        }
        (e, _) => Err(classify(dir, name, i, e)),
    }
}

fn classify(dir: BorrowedFd<'_>, name: &[u8], i: usize, e: Errno) -> WalkErr {
    match e {
        Errno::ENOENT => WalkErr::Missing(i),
        Errno::ELOOP | Errno::ENOTDIR => match fstatat(dir, name, AtFlags::AT_SYMLINK_NOFOLLOW) {
            Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFLNK => WalkErr::Symlink(i),
            Ok(_) => WalkErr::NotDir(i),
            Err(e) => WalkErr::Io(i, "stat", e),
        },
        e => WalkErr::Io(i, "open", e),
    }
}

/// Descriptors of the destination root and of the directory chain of the last parent used, so
/// that consecutive entries in one directory cost no walk at all.
pub struct Dirs {
    root: OwnedFd,
    implicit: Implicit,
    /// `stack[i]` is the directory `comps[0..=i]` of the last resolved parent.
    stack: Vec<(Vec<u8>, OwnedFd)>,
    /// Descriptor of a parent deeper than `MAX_CACHED_DEPTH` levels.
    deep: Option<OwnedFd>,
}

impl Dirs {
    /// Open the destination `dest`, an existing directory; `follow` lets `dest` itself be (or
    /// go through) a symlink, resolved by the caller (e.g. inside a container's root).
    pub fn open(dest: &Path, follow: bool, implicit: Implicit) -> nix::Result<Dirs> {
        let mut flags = dir_flags();
        if follow {
            flags.remove(OFlag::O_NOFOLLOW);
        }
        let root = open(dest, flags, Mode::empty())?;
        Ok(Dirs {
            root,
            implicit,
            stack: Vec::new(),
            deep: None,
        })
    }

    /// The destination's descriptor.
    pub fn root(&self) -> BorrowedFd<'_> {
        self.root.as_fd()
    }

    fn top(&self) -> BorrowedFd<'_> {
        match self.stack.last() {
            Some((_, fd)) => fd.as_fd(),
            None => self.root.as_fd(),
        }
    }

    /// Descriptor of the directory `comps` (relative to the root), never following symlinks;
    /// missing directories are created (see [`Implicit`]) when `create`.
    pub fn get<C: AsRef<[u8]>>(
        &mut self,
        comps: &[C],
        create: bool,
    ) -> Result<BorrowedFd<'_>, WalkErr> {
        let keep = self
            .stack
            .iter()
            .zip(comps)
            .take_while(|((name, _), c)| name.as_slice() == c.as_ref())
            .count();
        self.stack.truncate(keep);
        self.deep = None;
        let imp = self.implicit;
        let create = create.then_some(&imp);
        let cached = comps.len().min(MAX_CACHED_DEPTH);
        while self.stack.len() < cached {
            let i = self.stack.len();
            let c = comps[i].as_ref();
            let fd = open_child(self.top(), c, create, i)?;
            self.stack.push((c.to_vec(), fd));
        }
        if comps.len() > cached {
            let mut cur = open_child(self.top(), comps[cached].as_ref(), create, cached)?;
            for (i, c) in comps.iter().enumerate().skip(cached + 1) {
                cur = open_child(cur.as_fd(), c.as_ref(), create, i)?;
            }
            let fd: &OwnedFd = self.deep.insert(cur);
            return Ok(fd.as_fd());
        }
        Ok(self.top())
    }

    /// Keep the descriptor of the just-created directory `parent/name` (`parent` being the last
    /// directory [`Dirs::get`] returned) for the next entries.
    pub fn adopt<C: AsRef<[u8]>>(&mut self, parent: &[C], name: &[u8], fd: OwnedFd) {
        if self.deep.is_none()
            && self.stack.len() == parent.len()
            && parent.len() < MAX_CACHED_DEPTH
        {
            self.stack.push((name.to_vec(), fd));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Making room
// ---------------------------------------------------------------------------------------------

/// What the caller's policy did about an object in the way of a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    /// It is gone: create again.
    Cleared,
    /// It is a directory and stays (the new object is a directory too).
    KeptDir,
    /// It cannot go (a mount point): a regular file is written into it in place.
    InPlace,
}

/// A failure of one of the writers: the caller's policy refused, or a syscall failed.
#[derive(Debug)]
pub enum Fail<E> {
    Room(E),
    Op(&'static str, Errno),
}

/// Remove whatever is at `dir/name`, recursively for directories, never following symlinks.
pub fn remove_all(dir: BorrowedFd<'_>, name: &[u8]) -> nix::Result<()> {
    match unlinkat(dir, name, UnlinkatFlags::NoRemoveDir) {
        Ok(()) | Err(Errno::ENOENT) => return Ok(()),
        Err(Errno::EISDIR) => {}
        Err(e) => return Err(e),
    }
    let fd = openat(dir, name, dir_flags(), Mode::empty())?;
    let mut d = Dir::from_fd(fd)?;
    let mut children = Vec::new();
    for ent in d.iter() {
        let ent = ent?;
        let n = ent.file_name().to_bytes();
        if n != b"." && n != b".." {
            children.push(n.to_vec());
        }
    }
    for c in &children {
        remove_all(d.as_fd(), c)?;
    }
    drop(d);
    unlinkat(dir, name, UnlinkatFlags::RemoveDir)
}

/// The plain policy "a later entry replaces an earlier one": remove what is at `dir/name`,
/// except that a directory stays for a directory (`keep_dir`).
pub fn replace(dir: BorrowedFd<'_>, name: &[u8], keep_dir: bool) -> nix::Result<Room> {
    if keep_dir {
        if let Ok(st) = fstatat(dir, name, AtFlags::AT_SYMLINK_NOFOLLOW) {
            if is_dir(&st) {
                return Ok(Room::KeptDir);
            }
        }
    }
    remove_all(dir, name)?;
    Ok(Room::Cleared)
}

// ---------------------------------------------------------------------------------------------
// Writers
// ---------------------------------------------------------------------------------------------

/// Create the regular file `dir/name` (permissions `perm & 0o777` less the umask), never
/// through a symlink; `room` is asked when something is in the way.
pub fn file<E>(
    dir: BorrowedFd<'_>,
    name: &[u8],
    perm: u32,
    room: impl FnOnce() -> Result<Room, E>,
) -> Result<File, Fail<E>> {
    let flags =
        OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    let mode = Mode::from_bits_truncate(perm & 0o777);
    match openat(dir, name, flags, mode) {
        Ok(fd) => return Ok(File::from(fd)),
        Err(Errno::EEXIST) => {}
        Err(e) => return Err(Fail::Op("create", e)),
    }
    let fd = match room().map_err(Fail::Room)? {
        Room::InPlace => openat(
            dir,
            name,
            OFlag::O_WRONLY
                | OFlag::O_TRUNC
                | OFlag::O_NOFOLLOW
                | OFlag::O_NONBLOCK
                | OFlag::O_CLOEXEC,
            Mode::empty(),
        ),
        Room::Cleared | Room::KeptDir => openat(dir, name, flags, mode),
    };
    fd.map(File::from).map_err(|e| Fail::Op("create", e))
}

/// A failure of [`contents`].
#[derive(Debug)]
pub enum CopyFail {
    /// Reading the archive failed.
    Read(io::Error),
    /// Writing the file failed.
    Write(io::Error),
    /// The archive ended inside the entry.
    Short { got: u64, expected: u64 },
}

impl std::fmt::Display for CopyFail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CopyFail::Read(e) => write!(f, "reading the archive: {e}"),
            CopyFail::Write(e) => write!(f, "writing: {e}"),
            CopyFail::Short { got, expected } => {
                write!(f, "archive truncated: got {got} of {expected} bytes")
            }
        }
    }
}

/// Copy an entry's content into `file` through `buf`; with `expected`, a shorter content is
/// an error. Returns the bytes written.
pub fn contents(
    entry: &mut impl Read,
    file: &mut File,
    buf: &mut [u8],
    expected: Option<u64>,
) -> Result<u64, CopyFail> {
    let mut copied: u64 = 0;
    loop {
        let n = match entry.read(buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyFail::Read(e)),
        };
        file.write_all(&buf[..n]).map_err(CopyFail::Write)?;
        copied += n as u64;
    }
    match expected {
        Some(expected) if copied != expected => Err(CopyFail::Short {
            got: copied,
            expected,
        }),
        _ => Ok(copied),
    }
}

/// Create the directory `dir/name` (0700, for the caller to fix) or keep an existing one, and
/// open it without following a symlink.
pub fn dir<E>(
    dir: BorrowedFd<'_>,
    name: &[u8],
    room: impl FnOnce() -> Result<Room, E>,
) -> Result<OwnedFd, Fail<E>> {
    let mode = Mode::from_bits_truncate(0o700);
    match mkdirat(dir, name, mode) {
        Ok(()) => {}
        Err(Errno::EEXIST) => match room().map_err(Fail::Room)? {
            Room::KeptDir => {}
            Room::Cleared | Room::InPlace => {
                mkdirat(dir, name, mode).map_err(|e| Fail::Op("mkdir", e))?
            }
        },
        Err(e) => return Err(Fail::Op("mkdir", e)),
    }
    openat(dir, name, dir_flags(), Mode::empty()).map_err(|e| Fail::Op("open", e))
}

/// Create the symlink `dir/name` to `target`, stored verbatim and never followed here
/// (absolute targets resolve inside the container's root when it uses them).
pub fn symlink<E>(
    dir: BorrowedFd<'_>,
    name: &[u8],
    target: &[u8],
    room: impl FnOnce() -> Result<Room, E>,
) -> Result<(), Fail<E>> {
    match symlinkat(target, dir, name) {
        Ok(()) => Ok(()),
        Err(Errno::EEXIST) => {
            room().map_err(Fail::Room)?;
            symlinkat(target, dir, name).map_err(|e| Fail::Op("symlink", e))
        }
        Err(e) => Err(Fail::Op("symlink", e)),
    }
}

/// Create the hard link `dir/name` to `tdir/tname` (the caller checked what that is); a symlink
/// is linked as the symlink itself (no `AT_SYMLINK_FOLLOW`).
pub fn hardlink<E>(
    tdir: BorrowedFd<'_>,
    tname: &[u8],
    dir: BorrowedFd<'_>,
    name: &[u8],
    room: impl FnOnce() -> Result<Room, E>,
) -> Result<(), Fail<E>> {
    match linkat(tdir, tname, dir, name, AtFlags::empty()) {
        Ok(()) => Ok(()),
        Err(Errno::EEXIST) => {
            room().map_err(Fail::Room)?;
            linkat(tdir, tname, dir, name, AtFlags::empty()).map_err(|e| Fail::Op("link", e))
        }
        Err(e) => Err(Fail::Op("link", e)),
    }
}

/// Create the fifo or device node `dir/name` (mknodat does not follow a symlink).
pub fn node<E>(
    dir: BorrowedFd<'_>,
    name: &[u8],
    kind: SFlag,
    perm: Mode,
    dev: libc::dev_t,
    room: impl FnOnce() -> Result<Room, E>,
) -> Result<(), Fail<E>> {
    match mknodat(dir, name, kind, perm, dev) {
        Ok(()) => Ok(()),
        Err(Errno::EEXIST) => {
            room().map_err(Fail::Room)?;
            mknodat(dir, name, kind, perm, dev).map_err(|e| Fail::Op("mknod", e))
        }
        Err(e) => Err(Fail::Op("mknod", e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink as mklink;

    #[test]
    fn split_path_drops_dots_and_refuses_dotdot() {
        assert_eq!(
            split_path(b"/a/./b//c/").unwrap(),
            vec![&b"a"[..], &b"b"[..], &b"c"[..]]
        );
        assert!(split_path(b"a/../../etc").is_err());
        assert!(split_path(b"a/b\0c").is_err());
        assert_eq!(join(&[&b"a"[..], &b"b"[..]]), b"a/b".to_vec());
        assert!(join::<&[u8]>(&[]).is_empty());
    }

    #[test]
    fn walks_never_follow_symlinks_and_writers_replace() {
        let t = tempfile::tempdir().unwrap();
        let outside = t.path().join("outside");
        std::fs::create_dir(&outside).unwrap();
        let root = t.path().join("root");
        std::fs::create_dir(&root).unwrap();
        mklink(&outside, root.join("ln")).unwrap();
        let imp = Implicit {
            uid: nix::unistd::geteuid().as_raw(),
            gid: nix::unistd::getegid().as_raw(),
            strict: true,
        };
        let mut dirs = Dirs::open(&root, false, imp).unwrap();
        assert!(matches!(
            dirs.get(&[&b"ln"[..]], true),
            Err(WalkErr::Symlink(0))
        ));
        assert!(matches!(
            dirs.get(&[&b"ln"[..], &b"x"[..]], true),
            Err(WalkErr::Symlink(0))
        ));
        assert!(matches!(
            dirs.get(&[&b"nope"[..]], false),
            Err(WalkErr::Missing(0))
        ));
        let pfd = dirs.get(&[&b"a"[..], &b"b"[..]], true).unwrap();
        let never = || -> Result<Room, ()> { Err(()) };
        let mut f = file(pfd, b"f", 0o644, never).unwrap();
        let n = contents(&mut &b"hello"[..], &mut f, &mut [0u8; 2], Some(5)).unwrap();
        assert_eq!(n, 5);
        // in the way: the policy decides
        assert!(matches!(file(pfd, b"f", 0o644, never), Err(Fail::Room(()))));
        symlink(pfd, b"f", b"/etc/passwd", || replace(pfd, b"f", false)).unwrap();
        // a file over the planted symlink does not write through it
        let mut f = file(pfd, b"f", 0o644, || replace(pfd, b"f", false)).unwrap();
        f.write_all(b"x").unwrap();
        let d = dir(pfd, b"f", || replace(pfd, b"f", true)).unwrap();
        drop(d);
        let d = dir(pfd, b"f", || replace(pfd, b"f", true)).unwrap();
        drop(d);
        assert!(root.join("a/b/f").is_dir());
        let short = contents(
            &mut &b"abc"[..],
            &mut file(pfd, b"g", 0o600, never).unwrap(),
            &mut [0u8; 8],
            Some(4),
        );
        assert!(matches!(
            short,
            Err(CopyFail::Short {
                got: 3,
                expected: 4
            })
        ));
        hardlink(pfd, b"g", pfd, b"h", never).unwrap();
        node(
            pfd,
            b"p",
            SFlag::S_IFIFO,
            Mode::from_bits_truncate(0o600),
            0,
            never,
        )
        .unwrap();
        remove_all(dirs.root(), b"a").unwrap();
        assert!(!root.join("a").exists());
        assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    }
}
