//! The one tar entry loop of `pull` (image layers, [`crate::image::layer`]) and `cp`
//! ([`crate::runtime::copy`]): read each entry, resolve where it lands, create it through the
//! hardened writers of [`super::extract`], give it its owner, mode, times and xattrs, and set
//! directory modes and times last, deepest first (their children change them).
//!
//! What differs between the two is the caller's [`Policy`] (what is in the way of a new
//! object, what each failure means and how it is worded, overlay whiteouts) and a few
//! [`Options`] (fixed owners, device nodes, renaming the top entry).
//!
//! Hardening, whatever the policy: `..` in a name or a link target is refused ([`split_path`]),
//! absolute names and hard link targets are relative to the destination, every parent is opened
//! `O_NOFOLLOW` from the destination's descriptor ([`Dirs`]), a hard link's target must already
//! be in the tree and may not be a directory or be reached through a symlink, and symlink
//! targets are stored verbatim and never followed.

use std::collections::{HashMap, HashSet};
use std::io::{self, Read};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use nix::errno::Errno;
use nix::fcntl::AtFlags;
use nix::sys::stat::{
    fchmod, fchmodat, fstat, fstatat, futimens, makedev, utimensat, FchmodatFlags, Mode, SFlag,
    UtimensatFlags,
};
use nix::sys::time::TimeSpec;
use nix::unistd::{fchown, fchownat, Gid, Uid};

use super::extract::{self as ax, split_path, CopyFail, Dirs, Fail, Room, WalkErr, BUF_SIZE};

/// Where an entry is: its name in the archive, the components it lands at below the
/// destination (after [`Top`]), and its type.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    pub entry: &'a [u8],
    pub comps: &'a [&'a [u8]],
    pub kind: tar::EntryType,
}

/// Where reading the archive failed.
#[derive(Debug, Clone, Copy)]
pub enum ReadAt<'a> {
    /// Before the first entry.
    Start,
    /// At the first entry (or after one with an empty name).
    First,
    /// After the entry of this name.
    After(&'a [u8]),
}

/// Why a hard link entry failed.
#[derive(Debug)]
pub enum LinkWhy {
    /// No target.
    Empty,
    /// The target's name is refused (the reason, see [`split_path`]).
    Path(&'static str),
    /// The target is the destination itself.
    Root,
    /// The target is a device node that was skipped (tolerating this skips the link too).
    Skipped,
    /// The target's parent directory could not be had.
    Walk(WalkErr),
    Dup(io::Error),
    /// The target is a directory.
    Dir,
    /// The target does not exist (yet).
    Missing,
    Stat(Errno),
    /// linkat(2) failed.
    Op(&'static str, Errno),
}

/// Something that went wrong, or was left out, handed to [`Policy::failed`]. Tolerating it
/// (`Ok`) leaves out what failed: the rest of the entry, except for `Chown`, `Times` and
/// `XattrName`, after which the entry goes on (and `Read`, which ends the archive).
#[derive(Debug)]
pub enum Failure<'a> {
    Read {
        at: ReadAt<'a>,
        source: io::Error,
    },
    /// A header field or the PAX records of `entry` do not parse.
    Header {
        entry: &'a [u8],
        source: io::Error,
    },
    /// The entry's owner does not fit in 32 bits.
    Owner {
        entry: &'a [u8],
        uid: u64,
        gid: u64,
    },
    /// The entry's name is refused (the reason, see [`split_path`]).
    Path {
        entry: &'a [u8],
        reason: &'static str,
    },
    /// A non-directory entry would replace the destination itself.
    Root {
        at: At<'a>,
    },
    /// An entry type that is not extracted.
    Unsupported {
        at: At<'a>,
    },
    /// A `SCHILY.xattr.` record with an empty or non-UTF-8 name (skipped when tolerated).
    XattrName {
        entry: &'a [u8],
    },
    /// The directory `dir` (the entry's parent, or a directory at the end) could not be had.
    Walk {
        at: At<'a>,
        dir: &'a [&'a [u8]],
        err: WalkErr,
    },
    /// Creating the object failed (`op`: create, mkdir, symlink, mknod, open).
    Create {
        at: At<'a>,
        op: &'static str,
        errno: Errno,
    },
    /// Writing a file's content failed.
    Contents {
        at: At<'a>,
        err: CopyFail,
    },
    /// A metadata call failed (`op`: stat, chmod).
    Meta {
        at: At<'a>,
        op: &'static str,
        errno: Errno,
    },
    /// Giving the object its owner failed.
    Chown {
        at: At<'a>,
        uid: u32,
        gid: u32,
        errno: Errno,
    },
    /// Setting the object's times failed.
    Times {
        at: At<'a>,
        errno: Errno,
    },
    /// A symlink without a target.
    NoTarget {
        at: At<'a>,
    },
    /// A device node was not created: device nodes are off (`None`), or mknod failed.
    Device {
        at: At<'a>,
        errno: Option<Errno>,
    },
    /// A hard link to `target` (`tcomps`, when it has components) failed.
    Link {
        at: At<'a>,
        target: &'a [u8],
        tcomps: &'a [&'a [u8]],
        why: LinkWhy,
    },
}

/// Where xattrs go: an open descriptor, or (symlinks, fifos, device nodes) a name in a directory.
#[derive(Debug, Clone, Copy)]
pub enum XattrTarget<'a> {
    Fd(BorrowedFd<'a>),
    At(BorrowedFd<'a>, &'a [u8]),
}

/// An entry's metadata: ids (after [`Options::owner`]), permission bits, modification time and
/// its `SCHILY.xattr.` records.
#[derive(Debug)]
pub struct Meta {
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
    pub mtime: TimeSpec,
    pub xattrs: Vec<(String, Vec<u8>)>,
}

/// The parent directory of an entry a policy claims ([`Policy::claim`]), opened on demand.
pub struct Parent<'d> {
    dirs: &'d mut Dirs,
    comps: &'d [&'d [u8]],
}

impl<'d> Parent<'d> {
    /// The parent's components.
    pub fn comps(&self) -> &'d [&'d [u8]] {
        self.comps
    }

    /// Its descriptor, missing directories created, never through a symlink.
    pub fn open(&mut self) -> Result<BorrowedFd<'_>, WalkErr> {
        self.dirs.get(self.comps, true)
    }
}

/// What a caller decides while its archive is extracted.
pub trait Policy {
    type Error;

    /// Something is in the way of the new object `dir/name` of `at` (a directory when
    /// `is_dir`): remove it, keep it, or refuse.
    fn room(
        &mut self,
        at: &At<'_>,
        dir: BorrowedFd<'_>,
        name: &[u8],
        is_dir: bool,
    ) -> Result<Room, Self::Error>;

    /// A failure, or something left out: `Ok` tolerates it (see [`Failure`]), `Err` ends the
    /// extraction with that error.
    fn failed(&mut self, f: Failure<'_>) -> Result<(), Self::Error>;

    /// Set the entry's xattrs on `target`; by default none are set.
    fn xattrs(
        &mut self,
        _at: &At<'_>,
        _target: XattrTarget<'_>,
        _xattrs: &[(String, Vec<u8>)],
    ) -> Result<(), Self::Error> {
        Ok(())
    }

    /// Take over the entry `at` (not the destination itself) before it is created, as layers do
    /// with overlay whiteouts: `None` leaves it to the extractor.
    fn claim(
        &mut self,
        _at: &At<'_>,
        _meta: &Meta,
        _parent: Parent<'_>,
    ) -> Option<Result<(), Self::Error>> {
        None
    }
}

/// Renaming of the top entry while extracting (docker's `cp` rules).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Top<'a> {
    #[default]
    Keep,
    /// `from/...` lands as `to/...`.
    Rename { from: &'a [u8], to: &'a [u8] },
    /// `from` itself is the destination, `from/x` lands as `x`.
    Strip { from: &'a [u8] },
}

impl<'a> Top<'a> {
    /// Apply it to an entry's (or a hard link target's) components.
    pub fn apply<'x>(self, comps: &mut Vec<&'x [u8]>)
    where
        'a: 'x,
    {
        match self {
            Top::Keep => {}
            Top::Rename { from, to } => {
                if comps.first() == Some(&from) {
                    comps[0] = to;
                }
            }
            Top::Strip { from } => {
                if comps.first() == Some(&from) {
                    comps.remove(0);
                }
            }
        }
    }
}

/// How entries are extracted, beyond the policy.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// These ids for everything (else the archive's).
    pub owner: Option<(u32, u32)>,
    /// Try to create character and block devices (else they are skipped, [`Failure::Device`]).
    pub devices: bool,
    /// Nobody else writes below the destination (a fresh layer directory): a fifo is chmod'ed
    /// by name after mknod to get its exact mode (fchmodat(2) cannot refuse a symlink, so this
    /// is only done where no symlink can have replaced it). Else fifos and device nodes get
    /// the archive's permission bits less the umask.
    pub private: bool,
    pub top: Top<'a>,
    /// The destination's mode at the end: the archive's entry for the destination itself
    /// (`./`), else this one (containers/storage makes a layer's directory 0555 and applies the
    /// layer's `./` to it). None leaves the destination as it is.
    pub root_mode: Option<u32>,
}

/// What an extraction did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Entries read (PAX global headers not counted).
    pub entries: u64,
    /// Bytes of regular-file content written.
    pub bytes: u64,
}

/// The end of one entry: the policy's error, or a failure it tolerated (the entry is left out).
enum Stop<E> {
    Fail(E),
    Skip,
}

fn fail<P: Policy>(policy: &mut P, f: Failure<'_>) -> Stop<P::Error> {
    match policy.failed(f) {
        Ok(()) => Stop::Skip,
        Err(e) => Stop::Fail(e),
    }
}

/// A tolerable failure: the entry goes on when the policy tolerates it.
fn tolerate<P: Policy>(policy: &mut P, f: Failure<'_>) -> Result<(), Stop<P::Error>> {
    policy.failed(f).map_err(Stop::Fail)
}

/// A writer's failure: the policy refused to make room, or the call failed.
fn made<P: Policy>(policy: &mut P, at: &At<'_>, f: Fail<P::Error>) -> Stop<P::Error> {
    match f {
        Fail::Room(e) => Stop::Fail(e),
        Fail::Op(op, errno) => fail(policy, Failure::Create { at: *at, op, errno }),
    }
}

/// The directory `dir` of the entry `at`, missing ones created.
fn walk<'d, P: Policy>(
    dirs: &'d mut Dirs,
    policy: &mut P,
    at: &At<'_>,
    dir: &[&[u8]],
) -> Result<BorrowedFd<'d>, Stop<P::Error>> {
    match dirs.get(dir, true) {
        Ok(fd) => Ok(fd),
        Err(err) => Err(fail(policy, Failure::Walk { at: *at, dir, err })),
    }
}

/// A numeric header field; an empty field (only NULs/spaces) reads as 0, as in Go's archive/tar.
fn numeric(parsed: io::Result<u64>, raw: &[u8]) -> io::Result<u64> {
    match parsed {
        Err(_) if raw.iter().all(|&b| b == 0 || b == b' ') => Ok(0),
        r => r,
    }
}

/// Parse a PAX time value (`[-]SECONDS[.FRACTION]`).
pub fn parse_pax_time(v: &[u8]) -> Option<TimeSpec> {
    let s = std::str::from_utf8(v).ok()?;
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (secs, frac) = s.split_once('.').unwrap_or((s, ""));
    if secs.is_empty()
        || !secs.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let secs: i64 = secs.parse().ok()?;
    let mut nanos: i64 = 0;
    for (i, b) in frac.bytes().take(9).enumerate() {
        nanos += i64::from(b - b'0') * 10i64.pow(8 - i as u32);
    }
    let (secs, nanos) = match (neg, nanos) {
        (false, n) => (secs, n),
        (true, 0) => (-secs, 0),
        (true, n) => (-secs - 1, 1_000_000_000 - n),
    };
    Some(TimeSpec::new(secs, nanos))
}

/// chown (when the owner differs), chmod to `mode` (after chown, which clears setuid/setgid;
/// when something differs), xattrs, then times (with `times`), on an open descriptor. One
/// fstat saves the fchown and fchmod in the common case where creation got them right.
fn apply_fd<P: Policy>(
    policy: &mut P,
    fd: BorrowedFd<'_>,
    at: &At<'_>,
    meta: &Meta,
    mode: u32,
    times: bool,
) -> Result<(), Stop<P::Error>> {
    let st = fstat(fd).map_err(|errno| {
        fail(
            policy,
            Failure::Meta {
                at: *at,
                op: "stat",
                errno,
            },
        )
    })?;
    let chown = (st.st_uid, st.st_gid) != (meta.uid, meta.gid);
    if chown {
        let r = fchown(
            fd,
            Some(Uid::from_raw(meta.uid)),
            Some(Gid::from_raw(meta.gid)),
        );
        if let Err(errno) = r {
            let (uid, gid) = (meta.uid, meta.gid);
            tolerate(
                policy,
                Failure::Chown {
                    at: *at,
                    uid,
                    gid,
                    errno,
                },
            )?;
        }
    }
    if chown || st.st_mode & 0o7777 != mode {
        fchmod(fd, Mode::from_bits_truncate(mode)).map_err(|errno| {
            fail(
                policy,
                Failure::Meta {
                    at: *at,
                    op: "chmod",
                    errno,
                },
            )
        })?;
    }
    if !meta.xattrs.is_empty() {
        policy
            .xattrs(at, XattrTarget::Fd(fd), &meta.xattrs)
            .map_err(Stop::Fail)?;
    }
    if times {
        if let Err(errno) = futimens(fd, &meta.mtime, &meta.mtime) {
            tolerate(policy, Failure::Times { at: *at, errno })?;
        }
    }
    Ok(())
}

/// lchown, chmod (with `chmod`: fifos in a private destination), xattrs, then times, by name
/// in `dir`.
fn apply_at<P: Policy>(
    policy: &mut P,
    dir: BorrowedFd<'_>,
    at: &At<'_>,
    name: &[u8],
    meta: &Meta,
    chmod: bool,
) -> Result<(), Stop<P::Error>> {
    let r = fchownat(
        dir,
        name,
        Some(Uid::from_raw(meta.uid)),
        Some(Gid::from_raw(meta.gid)),
        AtFlags::AT_SYMLINK_NOFOLLOW,
    );
    if let Err(errno) = r {
        let (uid, gid) = (meta.uid, meta.gid);
        tolerate(
            policy,
            Failure::Chown {
                at: *at,
                uid,
                gid,
                errno,
            },
        )?;
    }
    if chmod {
        fchmodat(
            dir,
            name,
            Mode::from_bits_truncate(meta.mode),
            FchmodatFlags::FollowSymlink,
        )
        .map_err(|errno| {
            fail(
                policy,
                Failure::Meta {
                    at: *at,
                    op: "chmod",
                    errno,
                },
            )
        })?;
    }
    if !meta.xattrs.is_empty() {
        policy
            .xattrs(at, XattrTarget::At(dir, name), &meta.xattrs)
            .map_err(Stop::Fail)?;
    }
    let r = utimensat(
        dir,
        name,
        &meta.mtime,
        &meta.mtime,
        UtimensatFlags::NoFollowSymlink,
    );
    if let Err(errno) = r {
        tolerate(policy, Failure::Times { at: *at, errno })?;
    }
    Ok(())
}

/// The entry loop: extract a tar stream into the destination `dirs` under `policy`.
pub struct Extractor<'o, P: Policy> {
    dirs: Dirs,
    opts: Options<'o>,
    policy: &'o mut P,
    buf: Vec<u8>,
    /// Directories whose mode and times are set at the end: path → (mode, mtime).
    dir_meta: HashMap<Vec<u8>, (u32, TimeSpec)>,
    /// The mode of the archive's `./` entry, applied at the end (with [`Options::root_mode`]).
    root_mode: Option<u32>,
    /// Device nodes that were skipped (hard links to them are skipped too).
    skipped: HashSet<Vec<u8>>,
    counts: Counts,
}

impl<'o, P: Policy> Extractor<'o, P> {
    pub fn new(dirs: Dirs, opts: Options<'o>, policy: &'o mut P) -> Self {
        Extractor {
            dirs,
            opts,
            policy,
            buf: vec![0u8; BUF_SIZE],
            dir_meta: HashMap::new(),
            root_mode: None,
            skipped: HashSet::new(),
            counts: Counts::default(),
        }
    }

    /// Extract every entry of `tar` (uncompressed; buffer it if it is a pipe or a file), then
    /// set the directories' modes and times, also after a failure (the first error is
    /// returned).
    pub fn run<R: Read>(mut self, tar: R) -> Result<Counts, P::Error> {
        let mut archive = tar::Archive::new(tar);
        let r = self.entries(&mut archive);
        let fin = self.finish();
        r?;
        fin?;
        Ok(self.counts)
    }

    fn entries<R: Read>(&mut self, archive: &mut tar::Archive<R>) -> Result<(), P::Error> {
        let entries = match archive.entries() {
            Ok(e) => e,
            Err(source) => {
                let at = ReadAt::Start;
                return self.policy.failed(Failure::Read { at, source });
            }
        };
        let mut last: Vec<u8> = Vec::new();
        for entry in entries {
            let mut entry = match entry {
                Ok(e) => e,
                Err(source) => {
                    let at = if last.is_empty() {
                        ReadAt::First
                    } else {
                        ReadAt::After(&last)
                    };
                    return self.policy.failed(Failure::Read { at, source });
                }
            };
            last.clear();
            last.extend_from_slice(&entry.path_bytes());
            match self.entry(&mut entry, &last) {
                Ok(()) | Err(Stop::Skip) => {}
                Err(Stop::Fail(e)) => return Err(e),
            }
        }
        Ok(())
    }

    fn entry<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        raw: &[u8],
    ) -> Result<(), Stop<P::Error>> {
        use tar::EntryType as T;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            return Ok(());
        }
        self.counts.entries += 1;
        let policy = &mut *self.policy;
        let header_err =
            |policy: &mut P, source| fail(policy, Failure::Header { entry: raw, source });

        // PAX records: nanosecond mtime and SCHILY xattrs (path, linkpath, size, uid and gid are
        // applied by the tar crate).
        let mut pax_mtime = None;
        let mut xattrs = Vec::new();
        match entry.pax_extensions() {
            Err(e) => return Err(header_err(policy, e)),
            Ok(None) => {}
            Ok(Some(exts)) => {
                for ext in exts {
                    let ext = ext.map_err(|e| header_err(policy, e))?;
                    let key = ext.key_bytes();
                    if key == b"mtime" {
                        pax_mtime = parse_pax_time(ext.value_bytes());
                    } else if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                        match std::str::from_utf8(name) {
                            Ok(n) if !n.is_empty() => {
                                xattrs.push((n.to_owned(), ext.value_bytes().to_vec()))
                            }
                            _ => tolerate(policy, Failure::XattrName { entry: raw })?,
                        }
                    }
                }
            }
        }

        let mut comps =
            split_path(raw).map_err(|reason| fail(policy, Failure::Path { entry: raw, reason }))?;
        self.opts.top.apply(&mut comps);
        let header = entry.header();
        let old = header.as_old();
        let (uid, gid) = match self.opts.owner {
            Some(ids) => ids,
            None => {
                let uid = numeric(header.uid(), &old.uid).map_err(|e| header_err(policy, e))?;
                let gid = numeric(header.gid(), &old.gid).map_err(|e| header_err(policy, e))?;
                match (u32::try_from(uid), u32::try_from(gid)) {
                    (Ok(u), Ok(g)) => (u, g),
                    _ => {
                        return Err(fail(
                            policy,
                            Failure::Owner {
                                entry: raw,
                                uid,
                                gid,
                            },
                        ))
                    }
                }
            }
        };
        let mtime = match pax_mtime {
            Some(t) => t,
            None => {
                let s = numeric(header.mtime(), &old.mtime).map_err(|e| header_err(policy, e))?;
                TimeSpec::new(i64::try_from(s).unwrap_or(i64::MAX), 0)
            }
        };
        let mode = numeric(header.mode().map(u64::from), &old.mode)
            .map_err(|e| header_err(policy, e))? as u32
            & 0o7777;
        let meta = Meta {
            uid,
            gid,
            mode,
            mtime,
            xattrs,
        };
        // Old (V7) tars mark directories with a regular type '\0' and a trailing slash.
        let is_dir = kind == T::Directory || (header.as_bytes()[156] == 0 && raw.ends_with(b"/"));
        let at = At {
            entry: raw,
            comps: &comps,
            kind,
        };
        let Some((name, parent)) = comps.split_last() else {
            // The destination itself: its metadata stays as it is, but for a layer's mode.
            if is_dir {
                if self.opts.root_mode.is_some() {
                    self.root_mode = Some(meta.mode);
                }
                return Ok(());
            }
            return Err(fail(policy, Failure::Root { at }));
        };
        let parent_dirs = Parent {
            dirs: &mut self.dirs,
            comps: parent,
        };
        if let Some(r) = policy.claim(&at, &meta, parent_dirs) {
            return r.map_err(Stop::Fail);
        }
        match kind {
            _ if is_dir => self.dir(&at, parent, name, &meta),
            T::Regular | T::Continuous | T::GNUSparse => self.file(entry, &at, parent, name, &meta),
            T::Symlink => {
                let target = entry.link_name_bytes().unwrap_or_default();
                self.symlink(&at, parent, name, &target, &meta)
            }
            T::Link => {
                let target = entry.link_name_bytes().unwrap_or_default();
                self.hardlink(&at, parent, name, &target)
            }
            T::Fifo | T::Char | T::Block => self.node(entry, &at, parent, name, &meta),
            _ => Err(fail(policy, Failure::Unsupported { at })),
        }
    }

    fn dir(
        &mut self,
        at: &At<'_>,
        parent: &[&[u8]],
        name: &[u8],
        meta: &Meta,
    ) -> Result<(), Stop<P::Error>> {
        let policy = &mut *self.policy;
        let pfd = walk(&mut self.dirs, policy, at, parent)?;
        let dfd = ax::dir(pfd, name, || policy.room(at, pfd, name, true))
            .map_err(|f| made(policy, at, f))?;
        // Writable for the rest of the extraction; the real mode comes at the end.
        apply_fd(policy, dfd.as_fd(), at, meta, 0o700 | meta.mode, false)?;
        self.dir_meta
            .insert(ax::join(at.comps), (meta.mode, meta.mtime));
        self.dirs.adopt(parent, name, dfd);
        Ok(())
    }

    fn file<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        at: &At<'_>,
        parent: &[&[u8]],
        name: &[u8],
        meta: &Meta,
    ) -> Result<(), Stop<P::Error>> {
        let policy = &mut *self.policy;
        let pfd = walk(&mut self.dirs, policy, at, parent)?;
        // Usually the final mode already (special bits are applied after chown).
        let mut file = ax::file(pfd, name, meta.mode, || policy.room(at, pfd, name, false))
            .map_err(|f| made(policy, at, f))?;
        let expected = entry.size();
        let copied = ax::contents(entry, &mut file, &mut self.buf, Some(expected))
            .map_err(|err| fail(policy, Failure::Contents { at: *at, err }))?;
        self.counts.bytes += copied;
        apply_fd(policy, file.as_fd(), at, meta, meta.mode, true)
    }

    fn symlink(
        &mut self,
        at: &At<'_>,
        parent: &[&[u8]],
        name: &[u8],
        target: &[u8],
        meta: &Meta,
    ) -> Result<(), Stop<P::Error>> {
        let policy = &mut *self.policy;
        if target.is_empty() {
            return Err(fail(policy, Failure::NoTarget { at: *at }));
        }
        let pfd = walk(&mut self.dirs, policy, at, parent)?;
        // The target is stored verbatim and never followed here: absolute targets resolve
        // inside the container's root when it uses them.
        ax::symlink(pfd, name, target, || policy.room(at, pfd, name, false))
            .map_err(|f| made(policy, at, f))?;
        apply_at(policy, pfd, at, name, meta, false)
    }

    /// Fifos, and character and block devices ([`Options::devices`]).
    fn node<R: Read>(
        &mut self,
        entry: &tar::Entry<'_, R>,
        at: &At<'_>,
        parent: &[&[u8]],
        name: &[u8],
        meta: &Meta,
    ) -> Result<(), Stop<P::Error>> {
        let policy = &mut *self.policy;
        let fifo = at.kind == tar::EntryType::Fifo;
        let failed = if fifo || self.opts.devices {
            let (kind, dev) = if fifo {
                (SFlag::S_IFIFO, 0)
            } else {
                let h = entry.header();
                let dev = makedev(
                    u64::from(h.device_major().ok().flatten().unwrap_or(0)),
                    u64::from(h.device_minor().ok().flatten().unwrap_or(0)),
                );
                let kind = match at.kind {
                    tar::EntryType::Char => SFlag::S_IFCHR,
                    _ => SFlag::S_IFBLK,
                };
                (kind, dev)
            };
            let pfd = walk(&mut self.dirs, policy, at, parent)?;
            let perm = Mode::from_bits_truncate(meta.mode & 0o777);
            match ax::node(pfd, name, kind, perm, dev, || {
                policy.room(at, pfd, name, false)
            }) {
                Ok(()) => {
                    let chmod = fifo && self.opts.private;
                    return apply_at(policy, pfd, at, name, meta, chmod);
                }
                Err(Fail::Op(_, errno)) if !fifo => Some(errno),
                Err(f) => return Err(made(policy, at, f)),
            }
        } else {
            None
        };
        tolerate(
            policy,
            Failure::Device {
                at: *at,
                errno: failed,
            },
        )?;
        self.skipped.insert(ax::join(at.comps));
        Ok(())
    }

    fn hardlink(
        &mut self,
        at: &At<'_>,
        parent: &[&[u8]],
        name: &[u8],
        target: &[u8],
    ) -> Result<(), Stop<P::Error>> {
        let policy = &mut *self.policy;
        let link = |policy: &mut P, tcomps: &[&[u8]], why| {
            fail(
                policy,
                Failure::Link {
                    at: *at,
                    target,
                    tcomps,
                    why,
                },
            )
        };
        if target.is_empty() {
            return Err(link(policy, &[], LinkWhy::Empty));
        }
        // Absolute targets are relative to the destination, as containers/storage does.
        let mut tcomps = split_path(target).map_err(|r| link(policy, &[], LinkWhy::Path(r)))?;
        self.opts.top.apply(&mut tcomps);
        let Some((tname, tparent)) = tcomps.split_last() else {
            return Err(link(policy, &tcomps, LinkWhy::Root));
        };
        if !self.skipped.is_empty() && self.skipped.contains(&ax::join(&tcomps)) {
            tolerate(
                policy,
                Failure::Link {
                    at: *at,
                    target,
                    tcomps: &tcomps,
                    why: LinkWhy::Skipped,
                },
            )?;
            self.skipped.insert(ax::join(at.comps));
            return Ok(());
        }
        let tdir: OwnedFd = match self.dirs.get(tparent, false) {
            Ok(fd) => fd
                .try_clone_to_owned()
                .map_err(|e| link(policy, &tcomps, LinkWhy::Dup(e)))?,
            Err(e) => return Err(link(policy, &tcomps, LinkWhy::Walk(e))),
        };
        match fstatat(&tdir, *tname, AtFlags::AT_SYMLINK_NOFOLLOW) {
            Ok(st) if ax::is_dir(&st) => return Err(link(policy, &tcomps, LinkWhy::Dir)),
            Ok(_) => {}
            Err(Errno::ENOENT) => return Err(link(policy, &tcomps, LinkWhy::Missing)),
            Err(e) => return Err(link(policy, &tcomps, LinkWhy::Stat(e))),
        }
        if tcomps.as_slice() == at.comps {
            return Ok(()); // a link to itself: it exists, nothing to do
        }
        let pfd = walk(&mut self.dirs, policy, at, parent)?;
        // No AT_SYMLINK_FOLLOW: a symlink target is linked as the symlink itself.
        ax::hardlink(tdir.as_fd(), tname, pfd, name, || {
            policy.room(at, pfd, name, false)
        })
        .map_err(|f| match f {
            Fail::Room(e) => Stop::Fail(e),
            Fail::Op(op, e) => link(policy, &tcomps, LinkWhy::Op(op, e)),
        })
    }

    /// Set directory modes and times, deepest first, now that no more children will be
    /// created.
    fn finish(&mut self) -> Result<(), P::Error> {
        let mut dirs: Vec<(Vec<u8>, (u32, TimeSpec))> = self.dir_meta.drain().collect();
        let depth = |p: &[u8]| p.iter().filter(|&&b| b == b'/').count();
        dirs.sort_unstable_by(|a, b| depth(&b.0).cmp(&depth(&a.0)).then_with(|| a.0.cmp(&b.0)));
        for (path, (mode, t)) in &dirs {
            let comps: Vec<&[u8]> = path.split(|&b| b == b'/').collect();
            let at = At {
                entry: path,
                comps: &comps,
                kind: tar::EntryType::Directory,
            };
            let policy = &mut *self.policy;
            let r = (|| {
                let fd = match self.dirs.get(&comps, false) {
                    Ok(fd) => fd,
                    Err(err @ WalkErr::Io(..)) => {
                        return Err(fail(
                            policy,
                            Failure::Walk {
                                at,
                                dir: &comps,
                                err,
                            },
                        ))
                    }
                    Err(_) => return Ok(()), // replaced or removed by a later entry
                };
                if 0o700 | mode != *mode {
                    fchmod(fd, Mode::from_bits_truncate(*mode)).map_err(|errno| {
                        fail(
                            policy,
                            Failure::Meta {
                                at,
                                op: "chmod",
                                errno,
                            },
                        )
                    })?;
                }
                if let Err(errno) = futimens(fd, t, t) {
                    tolerate(policy, Failure::Times { at, errno })?;
                }
                Ok(())
            })();
            match r {
                Ok(()) | Err(Stop::Skip) => {}
                Err(Stop::Fail(e)) => return Err(e),
            }
        }
        if let Some(mode) = self.root_mode.take().or(self.opts.root_mode) {
            let top: [&[u8]; 0] = [];
            if let Ok(fd) = self.dirs.get(&top, false) {
                let at = At {
                    entry: b".",
                    comps: &top,
                    kind: tar::EntryType::Directory,
                };
                if let Err(errno) = fchmod(fd, Mode::from_bits_truncate(mode)) {
                    let policy = &mut *self.policy;
                    match fail(
                        policy,
                        Failure::Meta {
                            at,
                            op: "chmod",
                            errno,
                        },
                    ) {
                        Stop::Skip => {}
                        Stop::Fail(e) => return Err(e),
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_renames_and_strips_the_top() {
        let mut c: Vec<&[u8]> = vec![b"src", b"x"];
        Top::Rename {
            from: b"src",
            to: b"dst",
        }
        .apply(&mut c);
        assert_eq!(c, vec![&b"dst"[..], &b"x"[..]]);
        let mut c: Vec<&[u8]> = vec![b"src", b"x"];
        Top::Strip { from: b"src" }.apply(&mut c);
        assert_eq!(c, vec![&b"x"[..]]);
        let mut c: Vec<&[u8]> = vec![b"src"];
        Top::Strip { from: b"src" }.apply(&mut c);
        assert!(c.is_empty(), "the top itself is the destination");
        let mut c: Vec<&[u8]> = vec![b"other", b"x"];
        Top::Strip { from: b"src" }.apply(&mut c);
        assert_eq!(c, vec![&b"other"[..], &b"x"[..]]);
    }
}
