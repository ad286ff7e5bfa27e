//! Unpacking of OCI image layers into overlayfs "diff" directories.
//!
//! Each layer is unpacked once into its own empty directory, later used as a lower dir of kernel
//! overlayfs (mounted with `userxattr` inside the user namespace) or of fuse-overlayfs:
//!
//! * `dir/.wh.NAME` becomes a 0/0 character device at `dir/NAME` (an overlay whiteout);
//! * `dir/.wh..wh..opq` becomes the xattr `user.overlay.opaque="y"` on `dir`.
//!
//! Layers are untrusted. Every path is resolved component by component from a descriptor of the
//! destination with `O_NOFOLLOW|O_DIRECTORY`, and every object is created relative to the
//! descriptor of its parent ([`crate::archive::extractor`], the entry loop shared with `cp`), so no
//! symlink (planted by the layer or otherwise) is ever followed and
//! nothing can be written outside the destination. Entries that try (`..` components, writes
//! through a symlink, hardlinks leaving the layer) fail the whole unpack with
//! [`LayerError::Hostile`]; the caller deletes the half-written directory.
//!
//! The unpacker runs as root inside the user namespace, so `lchown` to in-image ids works for ids
//! mapped by the namespace. With a single-id mapping those fail with `EINVAL`; with
//! [`UnpackOptions::ignore_chown_errors`] they are skipped with one warning.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::{self, BufRead, BufReader, Read};
use std::os::fd::{AsRawFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::fcntl::AtFlags;
use nix::sys::stat::{makedev, Mode, SFlag};
use nix::unistd::{fchownat, Gid, Uid};

use crate::archive::extract::{self as ax, Dirs, Fail, Room, WalkErr, BUF_SIZE};
use crate::archive::extractor::{
    At, Extractor, Failure, LinkWhy, Meta, Options, Parent, Policy, ReadAt, Top, XattrTarget,
};
use crate::sys::xattr;

/// Warnings kept in [`UnpackStats::warnings`]; further ones are only counted.
const MAX_WARNINGS: usize = 200;
/// Whiteout prefix of a deleted name.
const WH_PREFIX: &[u8] = b".wh.";
/// Prefix of aufs metadata entries (`.wh..wh.plnk`, `.wh..wh.aufs`, ...).
const WH_META_PREFIX: &[u8] = b".wh..wh.";
/// Opaque-directory marker.
const WH_OPAQUE: &[u8] = b".wh..wh..opq";
/// The xattr overlayfs (with `userxattr`) and fuse-overlayfs read to mark a directory opaque.
pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

// ---------------------------------------------------------------------------------------------
// Compression
// ---------------------------------------------------------------------------------------------

/// Compression of a layer blob, detected from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Detect the compression from the first (up to 4) bytes of a blob.
    pub fn detect(magic: &[u8]) -> Compression {
        match magic {
            [0x1f, 0x8b, ..] => Compression::Gzip,
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
            // A zstd skippable frame (0x184D2A50..=0x184D2A5F, little endian), as used by
            // zstd:chunked; the decoder skips it.
            [b0, 0x2a, 0x4d, 0x18, ..] if b0 & 0xf0 == 0x50 => Compression::Zstd,
            _ => Compression::None,
        }
    }
}

/// An xz stream (ADD of a `.tar.xz`, as buildah extracts it): the compressed bytes are read
/// into memory and a thread decompresses them into a pipe, so the caller reads a stream.
fn xz_reader<'a>(r: &mut dyn Read) -> io::Result<Box<dyn Read + 'a>> {
    let mut compressed = Vec::new();
    r.read_to_end(&mut compressed)?;
    let (rd, mut wr) = io::pipe()?;
    let thread = std::thread::spawn(move || {
        lzma_rs::xz_decompress(&mut io::Cursor::new(compressed), &mut wr)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("xz: {e}")))
    });
    Ok(Box::new(XzReader {
        pipe: Some(rd),
        thread: Some(thread),
    }))
}

/// The reading end of [`xz_reader`]: at the end of the stream (or when dropped) it waits for
/// the thread, so that the process is single-threaded again (berth unshares namespaces later).
struct XzReader {
    pipe: Option<io::PipeReader>,
    thread: Option<std::thread::JoinHandle<io::Result<()>>>,
}

impl XzReader {
    fn join(&mut self) -> io::Result<()> {
        self.pipe = None; // a thread still writing gets EPIPE and ends
        match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(io::Error::other("xz: the decompressing thread panicked")),
            None => Ok(()),
        }
    }
}

impl Read for XzReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = match self.pipe.as_mut() {
            Some(p) => p.read(buf)?,
            None => 0,
        };
        if n == 0 && !buf.is_empty() {
            self.join()?;
        }
        Ok(n)
    }
}

impl Drop for XzReader {
    fn drop(&mut self) {
        let _ = self.join();
    }
}

/// Wrap a reader, sniffing gzip (1f 8b) / zstd (28 b5 2f fd) magic; anything else is plain tar.
pub fn decompress<'a, R: BufRead + 'a>(mut r: R) -> io::Result<Box<dyn Read + 'a>> {
    let mut magic = [0u8; 4];
    let mut n = 0;
    while n < magic.len() {
        match r.read(&mut magic[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    let head = &magic[..n];
    let mut stream = io::Cursor::new(head.to_vec()).chain(r);
    if head == [0xfd, b'7', b'z', b'X'] {
        return xz_reader(&mut stream);
    }
    Ok(match Compression::detect(head) {
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(stream)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(stream)?),
        Compression::None => Box::new(stream),
    })
}

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/// Hashes (sha256) and counts what passes through: a layer's diff id and size, read while
/// it is unpacked.
pub struct HashingReader<R> {
    pub inner: R,
    pub hasher: sha2::Sha256,
    pub count: u64,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        sha2::Digest::update(&mut self.hasher, &buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// Options of [`unpack`].
#[derive(Debug, Clone, Default)]
pub struct UnpackOptions {
    /// Skip (with one warning) ownership changes the user namespace refuses (`EINVAL`/`EPERM`,
    /// i.e. ids outside a single-id mapping) instead of failing.
    pub ignore_chown_errors: bool,
}

/// What [`unpack`] did.
#[derive(Debug, Default)]
pub struct UnpackStats {
    /// Tar entries processed (extension headers not counted).
    pub entries: u64,
    /// Bytes of regular-file content written.
    pub bytes: u64,
    /// Human-readable warnings (skipped device nodes, xattrs, ownership ...).
    pub warnings: Vec<String>,
}

/// Errors of [`unpack`]. Every variant but `Dest` names the tar entry it happened at.
#[derive(Debug, thiserror::Error)]
pub enum LayerError {
    /// The layer tried to escape the destination (or looks like it did); never retry.
    #[error("refusing hostile layer: entry {entry:?} {reason}")]
    Hostile { entry: String, reason: String },
    /// The layer is malformed in a way that is not an escape attempt.
    #[error("invalid layer: entry {entry:?}: {reason}")]
    Invalid { entry: String, reason: String },
    /// A file system operation failed.
    #[error("unpacking layer entry {entry:?}: {op} {path:?}: {source}")]
    Io {
        entry: String,
        op: String,
        path: String,
        #[source]
        source: io::Error,
    },
    /// Changing ownership to an in-image id failed (without `ignore_chown_errors`).
    #[error(
        "unpacking layer entry {entry:?}: cannot change owner of {path:?} to {uid}:{gid}: {source} \
         (the id is not mapped into the user namespace: give the user a range in /etc/subuid and \
         /etc/subgid, e.g. `usermod --add-subuids 100000-165535 --add-subgids 100000-165535 USER`, \
         or use ignore_chown_errors)"
    )]
    Chown {
        entry: String,
        path: String,
        uid: u32,
        gid: u32,
        #[source]
        source: io::Error,
    },
    /// The kernel refused to create an overlay whiteout (a 0/0 character device).
    #[error(
        "unpacking layer entry {entry:?}: cannot create overlay whiteout {path:?} \
         (mknod of a 0/0 character device): {source}; unprivileged whiteouts need Linux >= 5.8 \
         inside a user namespace (use fuse-overlayfs or the vfs driver on older kernels)"
    )]
    WhiteoutUnsupported {
        entry: String,
        path: String,
        #[source]
        source: io::Error,
    },
    /// Reading or decoding the tar stream failed (corrupt, truncated or failed decompression).
    #[error("reading layer tar stream ({context}): {source}")]
    Tar {
        context: String,
        #[source]
        source: io::Error,
    },
    /// The destination directory could not be opened.
    #[error("opening layer destination {path:?}: {source}")]
    Dest {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

fn show(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

fn io_err(entry: &[u8], op: &str, path: &[u8], e: impl Into<io::Error>) -> LayerError {
    LayerError::Io {
        entry: show(entry),
        op: op.to_owned(),
        path: show(path),
        source: e.into(),
    }
}

fn hostile(entry: &[u8], reason: impl Into<String>) -> LayerError {
    LayerError::Hostile {
        entry: show(entry),
        reason: reason.into(),
    }
}

fn invalid(entry: &[u8], reason: impl Into<String>) -> LayerError {
    LayerError::Invalid {
        entry: show(entry),
        reason: reason.into(),
    }
}

// ---------------------------------------------------------------------------------------------
// The layer's policy for the shared extractor ([`crate::archive::extractor`])
// ---------------------------------------------------------------------------------------------

/// Turn a walk failure on the directory `comps` of `entry` into an error.
fn walk_err(entry: &[u8], comps: &[&[u8]], e: WalkErr) -> LayerError {
    let prefix = |i: usize| show(&ax::join(&comps[..(i + 1).min(comps.len())]));
    match e {
        WalkErr::Symlink(i) => hostile(
            entry,
            format!(
                "writes through a symlink (parent component {:?} is a symlink)",
                prefix(i)
            ),
        ),
        WalkErr::NotDir(i) => invalid(
            entry,
            format!("parent component {:?} is not a directory", prefix(i)),
        ),
        WalkErr::Missing(i) => invalid(
            entry,
            format!("parent directory {:?} does not exist", prefix(i)),
        ),
        WalkErr::Io(i, op, e) => io_err(entry, op, prefix(i).as_bytes(), e),
        WalkErr::Chown(i, e) => io_err(entry, "chown", prefix(i).as_bytes(), e),
    }
}

/// Xattrs overlayfs or fuse-overlayfs interpret as their own metadata: never taken from an image.
fn is_overlay_control_xattr(name: &str) -> bool {
    name.starts_with("user.overlay.")
        || name.starts_with("user.fuseoverlayfs.")
        || name == "user.containers.override_stat"
}

/// The entry types a layer may hold (a non-directory one cannot replace the layer root).
fn supported(kind: tar::EntryType) -> bool {
    use tar::EntryType as T;
    matches!(
        kind,
        T::Regular
            | T::Continuous
            | T::GNUSparse
            | T::Symlink
            | T::Link
            | T::Fifo
            | T::Char
            | T::Block
    )
}

/// The layer's rules: a later entry replaces an earlier one, owners as in the tar, whiteouts,
/// hostile entries refused; plus options, warnings and counters.
struct Ctx<'o> {
    opts: &'o UnpackOptions,
    stats: UnpackStats,
    warned: HashSet<&'static str>,
    /// Warnings beyond `MAX_WARNINGS`, only counted.
    suppressed: u64,
}

impl Ctx<'_> {
    fn warn(&mut self, msg: String) {
        if self.stats.warnings.len() < MAX_WARNINGS {
            self.stats.warnings.push(msg);
        } else {
            self.suppressed += 1;
        }
    }

    fn warn_once(&mut self, key: &'static str, msg: impl FnOnce() -> String) {
        if self.warned.insert(key) {
            let m = msg();
            self.warn(m);
        }
    }

    fn chown_result(
        &mut self,
        r: nix::Result<()>,
        entry: &[u8],
        uid: u32,
        gid: u32,
    ) -> Result<(), LayerError> {
        match r {
            Ok(()) => Ok(()),
            Err(e @ (Errno::EINVAL | Errno::EPERM)) if self.opts.ignore_chown_errors => {
                self.warn_once("chown", || {
                    format!(
                        "ownership not preserved: cannot chown {:?} to {uid}:{gid} ({e}); the id is \
                         not mapped into the user namespace, ignoring this and later ownership errors",
                        show(entry)
                    )
                });
                Ok(())
            }
            Err(e) => Err(LayerError::Chown {
                entry: show(entry),
                path: show(entry),
                uid,
                gid,
                source: e.into(),
            }),
        }
    }

    fn unsupported(&mut self, entry: &[u8], kind: tar::EntryType) {
        self.warn(format!(
            "skipping entry {:?} of unsupported tar type {:?}",
            show(entry),
            kind.as_byte() as char
        ));
    }

    fn link_failed(
        &mut self,
        raw: &[u8],
        target: &[u8],
        tcomps: &[&[u8]],
        why: LinkWhy,
    ) -> Result<(), LayerError> {
        let missing = || {
            hostile(
                raw,
                format!(
                    "hardlinks to {:?}, which does not exist in this layer",
                    show(target)
                ),
            )
        };
        Err(match why {
            LinkWhy::Empty => invalid(raw, "hardlink without a target"),
            LinkWhy::Path(r) => hostile(raw, format!("hardlink target {:?} {r}", show(target))),
            LinkWhy::Root => hostile(raw, "hardlinks to the layer root"),
            LinkWhy::Skipped => {
                self.warn(format!(
                    "skipping hardlink {:?} to the skipped device node {:?}",
                    show(raw),
                    show(target)
                ));
                return Ok(());
            }
            LinkWhy::Walk(WalkErr::Symlink(i)) => hostile(
                raw,
                format!(
                    "hardlink target {:?} resolves through a symlink ({:?})",
                    show(target),
                    show(&ax::join(&tcomps[..=i.min(tcomps.len() - 1)]))
                ),
            ),
            LinkWhy::Walk(WalkErr::NotDir(_) | WalkErr::Missing(_)) | LinkWhy::Missing => missing(),
            LinkWhy::Walk(WalkErr::Io(_, op, e)) => io_err(raw, op, target, e),
            LinkWhy::Walk(WalkErr::Chown(_, e)) => io_err(raw, "chown", target, e),
            LinkWhy::Dup(e) => io_err(raw, "dup", target, e),
            LinkWhy::Dir => hostile(
                raw,
                format!("hardlinks to the directory {:?}", show(target)),
            ),
            LinkWhy::Stat(e) => io_err(raw, "stat", target, e),
            LinkWhy::Op(op, e) => io_err(raw, op, target, e),
        })
    }

    /// `dir/.wh.NAME` becomes a 0/0 character device `dir/NAME`, `dir/.wh..wh..opq` the opaque
    /// xattr on `dir`.
    fn whiteout(
        &mut self,
        raw: &[u8],
        name: &[u8],
        meta: &Meta,
        mut parent: Parent<'_>,
    ) -> Result<(), LayerError> {
        if name == WH_OPAQUE {
            let comps = parent.comps();
            let pfd = parent.open().map_err(|e| walk_err(raw, comps, e))?;
            return xattr::fsetxattr(pfd, OPAQUE_XATTR, b"y").map_err(|e| {
                io_err(
                    raw,
                    "setxattr user.overlay.opaque (needs user xattrs on the storage file system)",
                    &ax::join(comps),
                    e,
                )
            });
        }
        if name.starts_with(WH_META_PREFIX) {
            self.warn(format!("skipping aufs metadata entry {:?}", show(raw)));
            return Ok(());
        }
        let target = &name[WH_PREFIX.len()..];
        if matches!(target, b"" | b"." | b"..") {
            return Err(hostile(raw, format!("is a whiteout of {:?}", show(target))));
        }
        let mut shown = ax::join(parent.comps());
        if !shown.is_empty() {
            shown.push(b'/');
        }
        shown.extend_from_slice(target);
        let comps = parent.comps();
        let pfd = parent.open().map_err(|e| walk_err(raw, comps, e))?;
        let r = ax::node(
            pfd,
            target,
            SFlag::S_IFCHR,
            Mode::empty(),
            makedev(0, 0),
            || ax::replace(pfd, target, false),
        );
        match r {
            Ok(()) => {}
            Err(Fail::Room(e)) => return Err(io_err(raw, "remove existing", &shown, e)),
            Err(Fail::Op(_, e @ Errno::EPERM)) => {
                return Err(LayerError::WhiteoutUnsupported {
                    entry: show(raw),
                    path: show(&shown),
                    source: e.into(),
                })
            }
            Err(Fail::Op(_, e)) => return Err(io_err(raw, "mknod whiteout", &shown, e)),
        }
        let r = fchownat(
            pfd,
            target,
            Some(Uid::from_raw(meta.uid)),
            Some(Gid::from_raw(meta.gid)),
            AtFlags::AT_SYMLINK_NOFOLLOW,
        );
        self.chown_result(r, raw, meta.uid, meta.gid)
    }
}

impl Policy for Ctx<'_> {
    type Error = LayerError;

    fn room(
        &mut self,
        at: &At<'_>,
        dir: BorrowedFd<'_>,
        name: &[u8],
        is_dir: bool,
    ) -> Result<Room, LayerError> {
        ax::replace(dir, name, is_dir).map_err(|e| io_err(at.entry, "remove existing", at.entry, e))
    }

    fn failed(&mut self, f: Failure<'_>) -> Result<(), LayerError> {
        let tar_at = |entry: &[u8], source| LayerError::Tar {
            context: format!("at entry {:?}", show(entry)),
            source,
        };
        Err(match f {
            Failure::Read { at, source } => LayerError::Tar {
                context: match at {
                    ReadAt::Start => "at start".into(),
                    ReadAt::First => "at first entry".into(),
                    ReadAt::After(last) => format!("after entry {:?}", show(last)),
                },
                source,
            },
            Failure::Header { entry, source } => tar_at(entry, source),
            Failure::Owner { entry, uid, gid } => {
                invalid(entry, format!("owner {uid}:{gid} out of range"))
            }
            Failure::Path { entry, reason } => hostile(entry, format!("path {reason}")),
            Failure::Root { at } if supported(at.kind) => {
                hostile(at.entry, "would replace the layer root")
            }
            Failure::Root { at } | Failure::Unsupported { at } => {
                self.unsupported(at.entry, at.kind);
                return Ok(());
            }
            Failure::XattrName { entry } => {
                self.warn(format!(
                    "skipping xattr with an invalid name on {:?}",
                    show(entry)
                ));
                return Ok(());
            }
            Failure::Walk { at, dir, err } => walk_err(at.entry, dir, err),
            Failure::Create { at, op, errno } => io_err(at.entry, op, at.entry, errno),
            Failure::Contents { at, err } => match err {
                ax::CopyFail::Write(e) => io_err(at.entry, "write", at.entry, e),
                ax::CopyFail::Read(e) => tar_at(at.entry, e),
                short @ ax::CopyFail::Short { .. } => tar_at(
                    at.entry,
                    io::Error::new(io::ErrorKind::UnexpectedEof, short.to_string()),
                ),
            },
            Failure::Meta { at, op, errno } => io_err(at.entry, op, at.entry, errno),
            Failure::Chown {
                at,
                uid,
                gid,
                errno,
            } => return self.chown_result(Err(errno), at.entry, uid, gid),
            Failure::Times { at, errno } => io_err(at.entry, "utimensat", at.entry, errno),
            Failure::NoTarget { at } => invalid(at.entry, "symlink without a target"),
            Failure::Device { at, .. } => {
                let what = if at.kind == tar::EntryType::Char {
                    "character"
                } else {
                    "block"
                };
                self.warn(format!(
                    "skipping {what} device {:?}: device nodes cannot be created without privileges \
                     (the container gets /dev from the runtime)",
                    show(at.entry)
                ));
                return Ok(());
            }
            Failure::Link {
                at,
                target,
                tcomps,
                why,
            } => return self.link_failed(at.entry, target, tcomps, why),
        })
    }

    fn xattrs(
        &mut self,
        at: &At<'_>,
        target: XattrTarget<'_>,
        xattrs: &[(String, Vec<u8>)],
    ) -> Result<(), LayerError> {
        let entry = at.entry;
        for (name, value) in xattrs {
            if name.starts_with("trusted.") {
                self.warn_once("trusted", || {
                    format!("skipping trusted.* xattrs (first: {name:?} on {:?}): not settable in a user namespace", show(entry))
                });
                continue;
            }
            if is_overlay_control_xattr(name) {
                self.warn_once("overlay-xattr", || {
                    format!(
                        "skipping overlay control xattr {name:?} on {:?} (and any later ones)",
                        show(entry)
                    )
                });
                continue;
            }
            let r = match target {
                XattrTarget::Fd(fd) => xattr::fsetxattr(fd, name, value),
                XattrTarget::At(dir, file) => {
                    let mut p = format!("/proc/self/fd/{}/", dir.as_raw_fd()).into_bytes();
                    p.extend_from_slice(file);
                    xattr::lsetxattr(Path::new(OsStr::from_bytes(&p)), name, value)
                }
            };
            let Err(e) = r else { continue };
            if name == "security.capability" {
                self.warn_once("security.capability", || {
                    format!("cannot set file capabilities on {:?} ({e}); the file keeps no capabilities", show(entry))
                });
            } else if name.starts_with("user.") {
                match e.raw_os_error() {
                    Some(libc::ENOTSUP) | Some(libc::EPERM) => self.warn_once("user-xattr", || {
                        format!(
                            "cannot set xattr {name:?} on {:?} ({e}); skipping unsupported xattrs",
                            show(entry)
                        )
                    }),
                    _ => return Err(io_err(entry, &format!("setxattr {name}"), entry, e)),
                }
            } else {
                self.warn_once("other-xattr", || {
                    format!(
                        "cannot set xattr {name:?} on {:?} ({e}); skipping such xattrs",
                        show(entry)
                    )
                });
            }
        }
        Ok(())
    }

    fn claim(
        &mut self,
        at: &At<'_>,
        meta: &Meta,
        parent: Parent<'_>,
    ) -> Option<Result<(), LayerError>> {
        let name = at.comps.last()?;
        name.starts_with(WH_PREFIX)
            .then(|| self.whiteout(at.entry, name, meta, parent))
    }
}

/// Unpack an (uncompressed) tar stream into `dest`, an existing empty directory, in overlay diff format.
pub fn unpack(
    tar: impl Read,
    dest: &Path,
    opts: &UnpackOptions,
) -> Result<UnpackStats, LayerError> {
    // Implicit directories are 0:0 0755, whatever the umask or a setgid parent did (the owner
    // best effort: it only fails when not running as namespace root).
    let implicit = ax::Implicit {
        uid: 0,
        gid: 0,
        strict: false,
    };
    let dirs = Dirs::open(dest, false, implicit).map_err(|e| LayerError::Dest {
        path: dest.to_path_buf(),
        source: e.into(),
    })?;
    let mut ctx = Ctx {
        opts,
        stats: UnpackStats::default(),
        warned: HashSet::new(),
        suppressed: 0,
    };
    // Owners as in the tar, no device nodes (unprivileged), and nobody else writes below a
    // fresh layer directory.
    let options = Options {
        owner: None,
        devices: false,
        private: true,
        top: Top::Keep,
        root_mode: Some(0o555),
    };
    let counts =
        Extractor::new(dirs, options, &mut ctx).run(BufReader::with_capacity(BUF_SIZE, tar))?;
    let mut stats = ctx.stats;
    stats.entries = counts.entries;
    stats.bytes = counts.bytes;
    if ctx.suppressed > 0 {
        stats
            .warnings
            .push(format!("... and {} more warnings", ctx.suppressed));
    }
    Ok(stats)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::extract::MAX_CACHED_DEPTH;
    use crate::archive::extractor::parse_pax_time;
    use std::collections::BTreeSet;
    use std::io::Write;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    use std::process::Command;
    use tar::{Builder, EntryType, Header};

    const MTIME: u64 = 1_600_000_000;

    /// A temp parent holding `dest` (the unpack target), a `sentinel` file and an `outside` file;
    /// hostile layers must leave the parent exactly like that.
    struct Env {
        _tmp: tempfile::TempDir,
        parent: PathBuf,
        dest: PathBuf,
    }

    fn env() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let parent = tmp.path().to_path_buf();
        let dest = parent.join("dest");
        std::fs::create_dir(&dest).unwrap();
        std::fs::write(parent.join("sentinel"), b"original").unwrap();
        std::fs::write(parent.join("outside"), b"outside").unwrap();
        Env {
            _tmp: tmp,
            parent,
            dest,
        }
    }

    impl Env {
        fn unpack(&self, tar: &[u8]) -> Result<UnpackStats, LayerError> {
            unpack(tar, &self.dest, &UnpackOptions::default())
        }

        fn assert_outside_untouched(&self) {
            let names: BTreeSet<String> = std::fs::read_dir(&self.parent)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            let want: BTreeSet<String> = ["dest", "outside", "sentinel"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            assert_eq!(names, want, "something was created next to dest");
            assert_eq!(
                std::fs::read(self.parent.join("sentinel")).unwrap(),
                b"original"
            );
            assert_eq!(
                std::fs::read(self.parent.join("outside")).unwrap(),
                b"outside"
            );
            let sent = std::fs::symlink_metadata(self.parent.join("sentinel")).unwrap();
            assert!(sent.file_type().is_file());
            assert_eq!(sent.nlink(), 1);
            assert_eq!(
                std::fs::symlink_metadata(self.parent.join("outside"))
                    .unwrap()
                    .nlink(),
                1
            );
        }

        fn p(&self, rel: &str) -> PathBuf {
            self.dest.join(rel)
        }
    }

    /// Tar built from raw headers (so `..` and other names the builder refuses can be written).
    struct Tb(Builder<Vec<u8>>);

    impl Tb {
        fn new() -> Tb {
            Tb(Builder::new(Vec::new()))
        }

        #[allow(clippy::too_many_arguments)]
        fn raw(
            &mut self,
            kind: EntryType,
            path: &[u8],
            link: Option<&[u8]>,
            mode: u32,
            uid: u64,
            gid: u64,
            data: &[u8],
        ) -> &mut Self {
            let mut h = Header::new_gnu();
            {
                let old = h.as_old_mut();
                old.name.fill(0);
                old.name[..path.len()].copy_from_slice(path);
                if let Some(l) = link {
                    old.linkname.fill(0);
                    old.linkname[..l.len()].copy_from_slice(l);
                }
            }
            h.set_entry_type(kind);
            h.set_size(data.len() as u64);
            h.set_mode(mode);
            h.set_uid(uid);
            h.set_gid(gid);
            h.set_mtime(MTIME);
            h.set_cksum();
            self.0.append(&h, data).unwrap();
            self
        }

        fn file(&mut self, path: &str, data: &[u8]) -> &mut Self {
            self.raw(EntryType::Regular, path.as_bytes(), None, 0o644, 0, 0, data)
        }

        fn dir(&mut self, path: &str) -> &mut Self {
            self.raw(
                EntryType::Directory,
                path.as_bytes(),
                None,
                0o755,
                0,
                0,
                b"",
            )
        }

        fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
            self.raw(
                EntryType::Symlink,
                path.as_bytes(),
                Some(target.as_bytes()),
                0o777,
                0,
                0,
                b"",
            )
        }

        fn hardlink(&mut self, path: &str, target: &str) -> &mut Self {
            self.raw(
                EntryType::Link,
                path.as_bytes(),
                Some(target.as_bytes()),
                0o644,
                0,
                0,
                b"",
            )
        }

        fn pax(&mut self, recs: &[(&str, &[u8])]) -> &mut Self {
            self.0
                .append_pax_extensions(recs.iter().map(|(k, v)| (*k, *v)))
                .unwrap();
            self
        }

        fn build(&mut self) -> Vec<u8> {
            let b = std::mem::replace(&mut self.0, Builder::new(Vec::new()));
            b.into_inner().unwrap()
        }
    }

    fn assert_hostile(r: Result<UnpackStats, LayerError>, entry: &str, reason_part: &str) {
        match r {
            Err(LayerError::Hostile { entry: e, reason }) => {
                assert_eq!(e, entry);
                assert!(
                    reason.contains(reason_part),
                    "reason {reason:?} lacks {reason_part:?}"
                );
            }
            other => panic!("expected Hostile for {entry}, got {other:?}"),
        }
    }

    fn xattr_of(p: &Path, name: &str) -> Option<Vec<u8>> {
        crate::sys::xattr::lgetxattr(p, name).ok().flatten()
    }

    // ------------------------------------------------------------------ normal content

    #[test]
    fn files_dirs_symlinks_hardlinks_fifos_modes_owners() {
        let e = env();
        let tar = Tb::new()
            .raw(EntryType::Directory, b"./", None, 0o755, 0, 0, b"")
            .raw(EntryType::Directory, b"./usr/", None, 0o755, 0, 0, b"")
            .raw(
                EntryType::Regular,
                b"./usr/bin/tool",
                None,
                0o4755,
                1000,
                1001,
                b"#!/bin/sh\necho hi\n",
            )
            .hardlink("usr/bin/tool2", "./usr/bin/tool")
            .hardlink("usr/bin/tool3", "/usr/bin/tool") // absolute: relative to the layer root
            .symlink("usr/bin/sh", "/bin/busybox")
            .symlink("usr/lib64", "lib")
            .raw(EntryType::Directory, b"tmp/", None, 0o1777, 0, 0, b"")
            .raw(EntryType::Directory, b"srv/", None, 0o2750, 0, 50, b"")
            .raw(
                EntryType::Regular,
                b"srv/private",
                None,
                0o600,
                33,
                33,
                b"x",
            )
            .raw(
                EntryType::Regular,
                b"srv/ro",
                None,
                0o444,
                0,
                0,
                b"readonly",
            )
            .raw(EntryType::Fifo, b"run/fifo", None, 0o620, 5, 6, b"")
            .raw(EntryType::Regular, b"empty", None, 0o644, 0, 0, b"")
            .build();
        let st = e.unpack(&tar).unwrap();
        assert_eq!(st.entries, 13);
        assert_eq!(st.bytes, 18 + 1 + 8);
        assert!(st.warnings.is_empty(), "{:?}", st.warnings);

        let tool = std::fs::symlink_metadata(e.p("usr/bin/tool")).unwrap();
        assert_eq!(
            std::fs::read(e.p("usr/bin/tool")).unwrap(),
            b"#!/bin/sh\necho hi\n"
        );
        assert_eq!(tool.mode() & 0o7777, 0o4755, "setuid survives chown");
        assert_eq!((tool.uid(), tool.gid()), (1000, 1001));
        assert_eq!(tool.nlink(), 3);
        assert_eq!(
            std::fs::symlink_metadata(e.p("usr/bin/tool2"))
                .unwrap()
                .ino(),
            tool.ino()
        );
        assert_eq!(
            std::fs::symlink_metadata(e.p("usr/bin/tool3"))
                .unwrap()
                .ino(),
            tool.ino()
        );
        assert_eq!(tool.mtime(), MTIME as i64);
        assert_eq!(tool.atime(), MTIME as i64);

        assert_eq!(
            std::fs::read_link(e.p("usr/bin/sh")).unwrap(),
            Path::new("/bin/busybox")
        );
        assert_eq!(
            std::fs::read_link(e.p("usr/lib64")).unwrap(),
            Path::new("lib")
        );
        let sh = std::fs::symlink_metadata(e.p("usr/bin/sh")).unwrap();
        assert_eq!(
            sh.mtime(),
            MTIME as i64,
            "symlink mtime set without following"
        );

        // implicit parent directory
        let bin = std::fs::symlink_metadata(e.p("usr/bin")).unwrap();
        assert!(bin.is_dir());
        assert_eq!(bin.mode() & 0o7777, 0o755);
        assert_eq!((bin.uid(), bin.gid()), (0, 0));

        let tmp = std::fs::symlink_metadata(e.p("tmp")).unwrap();
        assert_eq!(tmp.mode() & 0o7777, 0o1777);
        let srv = std::fs::symlink_metadata(e.p("srv")).unwrap();
        assert_eq!(srv.mode() & 0o7777, 0o2750);
        assert_eq!(srv.gid(), 50);
        // directory mtimes are set after their children were created
        assert_eq!(srv.mtime(), MTIME as i64);
        assert_eq!(
            std::fs::symlink_metadata(e.p("usr")).unwrap().mtime(),
            MTIME as i64
        );
        let private = std::fs::symlink_metadata(e.p("srv/private")).unwrap();
        assert_eq!(
            (private.uid(), private.gid(), private.mode() & 0o7777),
            (33, 33, 0o600)
        );
        assert_eq!(
            std::fs::symlink_metadata(e.p("srv/ro")).unwrap().mode() & 0o7777,
            0o444
        );

        let fifo = std::fs::symlink_metadata(e.p("run/fifo")).unwrap();
        assert!(fifo.file_type().is_fifo());
        assert_eq!(
            (fifo.uid(), fifo.gid(), fifo.mode() & 0o7777),
            (5, 6, 0o620)
        );
        assert_eq!(std::fs::read(e.p("empty")).unwrap(), b"");
        e.assert_outside_untouched();
    }

    #[test]
    fn owner_and_mode_fixups_after_creation() {
        let e = env();
        let tar = Tb::new()
            .raw(EntryType::Directory, b"sg/", None, 0o2775, 0, 50, b"")
            // created with gid 50 (setgid parent): must be chowned back to 0
            .raw(
                EntryType::Regular,
                b"sg/root-group",
                None,
                0o644,
                0,
                0,
                b"x",
            )
            .raw(EntryType::Regular, b"sg/inherits", None, 0o644, 0, 50, b"x")
            .raw(EntryType::Directory, b"sg/sub/", None, 0o755, 0, 0, b"")
            .raw(
                EntryType::Regular,
                b"sg/implicit/f",
                None,
                0o644,
                0,
                0,
                b"x",
            )
            // wider than any usual umask
            .raw(EntryType::Regular, b"world", None, 0o666, 0, 0, b"x")
            .raw(EntryType::Regular, b"sgid-file", None, 0o2755, 0, 0, b"x")
            .raw(EntryType::Regular, b"nothing", None, 0o000, 0, 0, b"x")
            .build();
        e.unpack(&tar).unwrap();
        let m = |p: &str| std::fs::symlink_metadata(e.p(p)).unwrap();
        assert_eq!(
            (m("sg/root-group").gid(), m("sg/root-group").mode() & 0o7777),
            (0, 0o644)
        );
        assert_eq!(
            (m("sg/inherits").gid(), m("sg/inherits").mode() & 0o7777),
            (50, 0o644)
        );
        assert_eq!((m("sg/sub").gid(), m("sg/sub").mode() & 0o7777), (0, 0o755));
        let implicit = m("sg/implicit");
        assert_eq!(
            (implicit.uid(), implicit.gid(), implicit.mode() & 0o7777),
            (0, 0, 0o755)
        );
        assert_eq!(m("world").mode() & 0o7777, 0o666);
        assert_eq!(m("sgid-file").mode() & 0o7777, 0o2755);
        assert_eq!(m("nothing").mode() & 0o7777, 0);
        assert_eq!(std::fs::read(e.p("nothing")).unwrap(), b"x");
    }

    #[test]
    fn pax_nanosecond_mtimes_and_ids() {
        let e = env();
        let tar = Tb::new()
            .pax(&[("mtime", b"1234567890.123456789")])
            .dir("d")
            .pax(&[
                ("mtime", b"1234567891.5"),
                ("uid", b"3000000"),
                ("gid", b"3000001"),
            ])
            .file("d/f", b"data")
            .pax(&[("mtime", b"1234567892.000000042")])
            .symlink("d/l", "f")
            .build();
        e.unpack(&tar).unwrap();
        let d = std::fs::symlink_metadata(e.p("d")).unwrap();
        assert_eq!((d.mtime(), d.mtime_nsec()), (1234567890, 123456789));
        let f = std::fs::symlink_metadata(e.p("d/f")).unwrap();
        assert_eq!((f.mtime(), f.mtime_nsec()), (1234567891, 500_000_000));
        assert_eq!((f.atime(), f.atime_nsec()), (1234567891, 500_000_000));
        assert_eq!((f.uid(), f.gid()), (3_000_000, 3_000_001));
        let l = std::fs::symlink_metadata(e.p("d/l")).unwrap();
        assert_eq!((l.mtime(), l.mtime_nsec()), (1234567892, 42));
    }

    #[test]
    fn pax_time_parsing() {
        let t = |s: &str| parse_pax_time(s.as_bytes()).map(|t| (t.tv_sec(), t.tv_nsec()));
        assert_eq!(t("5"), Some((5, 0)));
        assert_eq!(t("5.25"), Some((5, 250_000_000)));
        assert_eq!(t("5.1234567891"), Some((5, 123_456_789)));
        assert_eq!(t("-1.5"), Some((-2, 500_000_000)));
        assert_eq!(t("-3"), Some((-3, 0)));
        assert_eq!(t(""), None);
        assert_eq!(t("1.x"), None);
        assert_eq!(t("+1"), None);
    }

    #[test]
    fn long_names_gnu_and_pax() {
        let e = env();
        let deep = format!("{}/{}", "d".repeat(120), "f".repeat(150));
        let long_target = format!("/{}", "t".repeat(180));
        let mut b = Builder::new(Vec::new());
        let mut h = Header::new_gnu();
        h.set_size(5);
        h.set_mode(0o644);
        h.set_entry_type(EntryType::Regular);
        b.append_data(&mut h, &deep, &b"hello"[..]).unwrap(); // GNU long name ('L')
        let mut h = Header::new_gnu();
        h.set_entry_type(EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, format!("{}/link", "d".repeat(120)), &long_target)
            .unwrap(); // 'K'
        let mut h = Header::new_gnu();
        h.set_entry_type(EntryType::Link);
        h.set_size(0);
        b.append_link(&mut h, format!("{}/hard", "d".repeat(120)), &deep)
            .unwrap();
        // PAX path record overriding a short header name
        let pax_path = format!("{}/{}", "p".repeat(200), "q".repeat(200));
        b.append_pax_extensions([("path", pax_path.as_bytes())])
            .unwrap();
        let mut h = Header::new_ustar();
        h.set_path("short").unwrap();
        h.set_size(3);
        h.set_mode(0o644);
        h.set_cksum();
        b.append(&h, &b"pax"[..]).unwrap();
        let tar = b.into_inner().unwrap();

        let st = e.unpack(&tar).unwrap();
        assert_eq!(st.entries, 4);
        assert_eq!(std::fs::read(e.p(&deep)).unwrap(), b"hello");
        assert_eq!(
            std::fs::read_link(e.p(&format!("{}/link", "d".repeat(120)))).unwrap(),
            Path::new(&long_target)
        );
        assert_eq!(
            std::fs::read(e.p(&format!("{}/hard", "d".repeat(120)))).unwrap(),
            b"hello"
        );
        assert_eq!(std::fs::read(e.p(&pax_path)).unwrap(), b"pax");
        assert!(!e.p("short").exists());
    }

    #[test]
    fn deeper_than_the_descriptor_cache() {
        let e = env();
        let deep: Vec<String> = (0..MAX_CACHED_DEPTH + 20).map(|i| format!("{i}")).collect();
        let deep = deep.join("/");
        let tar = Tb::new()
            .pax(&[("path", format!("{deep}/a").as_bytes())])
            .file("ignored", b"a")
            .pax(&[("path", format!("{deep}/sub/").as_bytes())])
            .dir("ignored/")
            .pax(&[("path", format!("{deep}/sub/b").as_bytes())])
            .file("ignored", b"b")
            .file("top", b"t")
            .pax(&[("path", format!("{deep}/c").as_bytes())])
            .file("ignored", b"c")
            .build();
        e.unpack(&tar).unwrap();
        assert_eq!(std::fs::read(e.p(&format!("{deep}/a"))).unwrap(), b"a");
        assert_eq!(std::fs::read(e.p(&format!("{deep}/sub/b"))).unwrap(), b"b");
        assert_eq!(std::fs::read(e.p(&format!("{deep}/c"))).unwrap(), b"c");
        assert_eq!(
            std::fs::symlink_metadata(e.p(&format!("{deep}/sub")))
                .unwrap()
                .mtime(),
            MTIME as i64
        );
        assert_eq!(std::fs::read(e.p("top")).unwrap(), b"t");
    }

    #[test]
    fn xattrs() {
        let e = env();
        // VFS_CAP_REVISION_2 with CAP_NET_BIND_SERVICE permitted + effective
        let cap: &[u8] = &[
            0x01, 0, 0, 0x02, 0x00, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        let tar = Tb::new()
            .pax(&[("SCHILY.xattr.user.dir", b"d")])
            .dir("d")
            .pax(&[
                ("SCHILY.xattr.user.mime_type", b"text/plain"),
                ("SCHILY.xattr.trusted.secret", b"nope"),
                ("SCHILY.xattr.user.overlay.opaque", b"y"),
            ])
            .file("d/f", b"x")
            .pax(&[("SCHILY.xattr.security.capability", cap)])
            .raw(EntryType::Regular, b"d/ping", None, 0o755, 0, 0, b"elf")
            .pax(&[("SCHILY.xattr.trusted.other", b"nope")])
            .file("d/g", b"x")
            .build();
        let st = e.unpack(&tar).unwrap();
        assert_eq!(xattr_of(&e.p("d"), "user.dir").as_deref(), Some(&b"d"[..]));
        assert_eq!(
            xattr_of(&e.p("d/f"), "user.mime_type").as_deref(),
            Some(&b"text/plain"[..])
        );
        assert_eq!(xattr_of(&e.p("d/f"), "trusted.secret"), None);
        assert_eq!(
            xattr_of(&e.p("d/f"), "user.overlay.opaque"),
            None,
            "overlay control xattrs are not taken from images"
        );
        assert_eq!(
            xattr_of(&e.p("d/ping"), "security.capability").as_deref(),
            Some(cap)
        );
        assert_eq!(xattr_of(&e.p("d/g"), "trusted.other"), None);
        let trusted: Vec<_> = st
            .warnings
            .iter()
            .filter(|w| w.contains("trusted"))
            .collect();
        assert_eq!(
            trusted.len(),
            1,
            "one warning for trusted.*: {:?}",
            st.warnings
        );
        assert!(
            st.warnings
                .iter()
                .any(|w| w.contains("user.overlay.opaque")),
            "{:?}",
            st.warnings
        );
        assert_eq!(st.warnings.len(), 2, "{:?}", st.warnings);
    }

    #[test]
    fn bad_capability_is_a_warning() {
        let e = env();
        let tar = Tb::new()
            .pax(&[("SCHILY.xattr.security.capability", b"garbage")])
            .file("a", b"x")
            .pax(&[("SCHILY.xattr.security.capability", b"garbage")])
            .file("b", b"x")
            .build();
        let st = e.unpack(&tar).unwrap();
        assert_eq!(st.warnings.len(), 1, "warned once: {:?}", st.warnings);
        assert!(st.warnings[0].contains("capabilities"));
        assert_eq!(std::fs::read(e.p("b")).unwrap(), b"x");
    }

    #[test]
    fn device_nodes_are_skipped_with_a_warning() {
        let e = env();
        let mut tb = Tb::new();
        let mut h = Header::new_gnu();
        h.set_path("dev/null").unwrap();
        h.set_entry_type(EntryType::Char);
        h.set_device_major(1).unwrap();
        h.set_device_minor(3).unwrap();
        h.set_mode(0o666);
        h.set_size(0);
        h.set_cksum();
        tb.0.append(&h, io::empty()).unwrap();
        let mut h = Header::new_gnu();
        h.set_path("dev/sda").unwrap();
        h.set_entry_type(EntryType::Block);
        h.set_device_major(8).unwrap();
        h.set_device_minor(0).unwrap();
        h.set_mode(0o660);
        h.set_size(0);
        h.set_cksum();
        tb.0.append(&h, io::empty()).unwrap();
        let tar = tb
            .hardlink("dev/null2", "dev/null")
            .file("dev/ok", b"ok")
            .build();
        let st = e.unpack(&tar).unwrap();
        assert!(
            st.warnings
                .iter()
                .any(|w| w.contains("\"dev/null\"") && w.contains("character device")),
            "{:?}",
            st.warnings
        );
        assert!(
            st.warnings
                .iter()
                .any(|w| w.contains("\"dev/sda\"") && w.contains("block device")),
            "{:?}",
            st.warnings
        );
        assert!(
            st.warnings.iter().any(|w| w.contains("dev/null2")),
            "{:?}",
            st.warnings
        );
        assert!(
            !e.p("dev/null").exists() && !e.p("dev/sda").exists() && !e.p("dev/null2").exists()
        );
        assert_eq!(std::fs::read(e.p("dev/ok")).unwrap(), b"ok");
    }

    #[test]
    fn warnings_are_capped() {
        let e = env();
        let mut tb = Tb::new();
        for i in 0..MAX_WARNINGS + 50 {
            tb.raw(
                EntryType::Char,
                format!("dev/n{i}").as_bytes(),
                None,
                0o666,
                0,
                0,
                b"",
            );
        }
        let st = e.unpack(&tb.build()).unwrap();
        assert_eq!(st.entries as usize, MAX_WARNINGS + 50);
        assert_eq!(st.warnings.len(), MAX_WARNINGS + 1);
        assert_eq!(st.warnings.last().unwrap(), "... and 50 more warnings");
    }

    // ------------------------------------------------------------------ overlay format

    #[test]
    fn whiteouts_become_0_0_char_devices() {
        let e = env();
        let tar = Tb::new()
            .file(".wh.gone", b"")
            .dir("etc")
            .raw(
                EntryType::Regular,
                b"etc/.wh.passwd",
                None,
                0o600,
                0,
                0,
                b"",
            )
            .raw(
                EntryType::Regular,
                b"./var/cache/.wh.apt",
                None,
                0o644,
                0,
                0,
                b"",
            )
            .build();
        let st = e.unpack(&tar).unwrap();
        assert!(st.warnings.is_empty(), "{:?}", st.warnings);
        for p in ["gone", "etc/passwd", "var/cache/apt"] {
            let m = std::fs::symlink_metadata(e.p(p)).unwrap();
            assert!(m.file_type().is_char_device(), "{p}");
            assert_eq!(m.rdev(), 0, "{p}");
        }
        for p in [".wh.gone", "etc/.wh.passwd", "var/cache/.wh.apt"] {
            assert!(
                std::fs::symlink_metadata(e.p(p)).is_err(),
                "{p} must not be created as a file"
            );
        }
    }

    #[test]
    fn opaque_directories() {
        let e = env();
        let tar = Tb::new()
            .dir("usr")
            .file("usr/.wh..wh..opq", b"")
            .file("usr/keep", b"k")
            .file("var/lib/.wh..wh..opq", b"") // directory not in the tar
            .file("var/.wh..wh.plnk", b"") // aufs metadata: skipped
            .build();
        let st = e.unpack(&tar).unwrap();
        assert_eq!(
            xattr_of(&e.p("usr"), OPAQUE_XATTR).as_deref(),
            Some(&b"y"[..])
        );
        assert_eq!(
            xattr_of(&e.p("var/lib"), OPAQUE_XATTR).as_deref(),
            Some(&b"y"[..])
        );
        assert!(std::fs::symlink_metadata(e.p("var/lib")).unwrap().is_dir());
        assert_eq!(xattr_of(&e.p("var"), OPAQUE_XATTR), None);
        assert!(!e.p("usr/.wh..wh..opq").exists());
        assert!(!e.p("var/.wh..wh.plnk").exists());
        assert_eq!(std::fs::read(e.p("usr/keep")).unwrap(), b"k");
        assert_eq!(st.warnings.len(), 1, "{:?}", st.warnings);
    }

    #[test]
    fn later_entries_replace_earlier_ones() {
        let e = env();
        let tar = Tb::new()
            .file("a", b"first")
            .file("a", b"second")
            .raw(EntryType::Directory, b"d/", None, 0o700, 0, 0, b"")
            .file("d/child", b"c")
            .raw(EntryType::Directory, b"d/", None, 0o750, 7, 8, b"")
            .file("x", b"file")
            .dir("x")
            .dir("y")
            .file("y/inner/deep", b"z")
            .file("y", b"now a file")
            .symlink("s", "/etc")
            .file("s", b"not a link")
            .file(".wh.w", b"")
            .file("w", b"back")
            .file("v", b"file")
            .file(".wh.v", b"")
            .file("h", b"old")
            .hardlink("h", "a")
            .build();
        e.unpack(&tar).unwrap();
        assert_eq!(std::fs::read(e.p("a")).unwrap(), b"second");
        let d = std::fs::symlink_metadata(e.p("d")).unwrap();
        assert!(d.is_dir());
        assert_eq!((d.mode() & 0o7777, d.uid(), d.gid()), (0o750, 7, 8));
        assert_eq!(
            std::fs::read(e.p("d/child")).unwrap(),
            b"c",
            "a dir replacing a dir keeps its children"
        );
        assert!(std::fs::symlink_metadata(e.p("x")).unwrap().is_dir());
        assert_eq!(std::fs::read(e.p("y")).unwrap(), b"now a file");
        let s = std::fs::symlink_metadata(e.p("s")).unwrap();
        assert!(s.is_file());
        assert_eq!(std::fs::read(e.p("s")).unwrap(), b"not a link");
        assert_eq!(std::fs::read(e.p("w")).unwrap(), b"back");
        assert!(std::fs::symlink_metadata(e.p("v"))
            .unwrap()
            .file_type()
            .is_char_device());
        assert_eq!(
            std::fs::symlink_metadata(e.p("h")).unwrap().ino(),
            std::fs::symlink_metadata(e.p("a")).unwrap().ino()
        );
    }

    // ------------------------------------------------------------------ hostile layers

    #[test]
    fn hostile_dotdot_paths() {
        for name in [
            &b"../x"[..],
            b"a/../../x",
            b"./../x",
            b"/../x",
            b"a/b/../../../x",
        ] {
            let e = env();
            let tar = Tb::new()
                .raw(EntryType::Regular, name, None, 0o644, 0, 0, b"pwned")
                .build();
            assert_hostile(e.unpack(&tar), &show(name), "`..`");
            e.assert_outside_untouched();
        }
        let e = env();
        let tar = Tb::new()
            .raw(EntryType::Directory, b"../evil/", None, 0o755, 0, 0, b"")
            .build();
        assert_hostile(e.unpack(&tar), "../evil/", "`..`");
        e.assert_outside_untouched();
    }

    #[test]
    fn absolute_paths_stay_inside() {
        let e = env();
        let abs = format!("{}/sentinel", e.parent.display());
        let tar = Tb::new()
            .file("/abs", b"inside")
            .raw(
                EntryType::Regular,
                abs.as_bytes(),
                None,
                0o644,
                0,
                0,
                b"inside too",
            )
            .file("//etc//./hosts", b"h")
            .build();
        e.unpack(&tar).unwrap();
        assert_eq!(std::fs::read(e.p("abs")).unwrap(), b"inside");
        assert_eq!(
            std::fs::read(e.dest.join(abs.trim_start_matches('/'))).unwrap(),
            b"inside too"
        );
        assert_eq!(std::fs::read(e.p("etc/hosts")).unwrap(), b"h");
        e.assert_outside_untouched();
    }

    #[test]
    fn hostile_write_through_symlink() {
        let parent_abs = |e: &Env| e.parent.display().to_string();
        // file through a symlink planted earlier
        let e = env();
        let tar = Tb::new()
            .symlink("escape", &parent_abs(&e))
            .file("escape/file", b"pwned")
            .build();
        assert_hostile(e.unpack(&tar), "escape/file", "writes through a symlink");
        e.assert_outside_untouched();
        // overwrite an existing outside file through a symlinked dir
        let e = env();
        let tar = Tb::new()
            .symlink("escape", &parent_abs(&e))
            .file("escape/sentinel", b"pwned")
            .build();
        assert_hostile(
            e.unpack(&tar),
            "escape/sentinel",
            "writes through a symlink",
        );
        e.assert_outside_untouched();
        // relative symlink climbing out, then a directory and a deeper file below it
        let e = env();
        let tar = Tb::new()
            .dir("a")
            .symlink("a/up", "../..")
            .dir("a/up/newdir")
            .file("a/up/x/y", b"p")
            .build();
        assert_hostile(e.unpack(&tar), "a/up/newdir", "\"a/up\" is a symlink");
        e.assert_outside_untouched();
        // symlink, then whiteout / opaque marker / fifo / hardlink / symlink through it
        for (kind, name, link) in [
            (EntryType::Regular, &b"escape/.wh.sentinel"[..], None),
            (EntryType::Regular, b"escape/.wh..wh..opq", None),
            (EntryType::Fifo, b"escape/fifo", None),
            (
                EntryType::Symlink,
                b"escape/link",
                Some(&b"/etc/passwd"[..]),
            ),
            (EntryType::Link, b"escape/hard", Some(&b"real"[..])),
        ] {
            let e = env();
            let tar = Tb::new()
                .file("real", b"r")
                .symlink("escape", &parent_abs(&e))
                .raw(kind, name, link, 0o644, 0, 0, b"")
                .build();
            assert_hostile(e.unpack(&tar), &show(name), "writes through a symlink");
            e.assert_outside_untouched();
            assert_eq!(xattr_of(&e.parent, OPAQUE_XATTR), None);
        }
    }

    #[test]
    fn hostile_hardlinks() {
        // to ../outside (an existing file next to dest)
        let e = env();
        let tar = Tb::new()
            .raw(
                EntryType::Link,
                b"link",
                Some(b"../outside"),
                0o644,
                0,
                0,
                b"",
            )
            .build();
        assert_hostile(e.unpack(&tar), "link", "`..`");
        e.assert_outside_untouched();
        // absolute target is layer-root-relative: host files are not reachable
        let e = env();
        let abs = format!("{}/outside", e.parent.display());
        let tar = Tb::new()
            .raw(
                EntryType::Link,
                b"link",
                Some(abs.as_bytes()),
                0o644,
                0,
                0,
                b"",
            )
            .build();
        assert_hostile(e.unpack(&tar), "link", "does not exist in this layer");
        e.assert_outside_untouched();
        // target reached through a symlinked directory
        let e = env();
        let tar = Tb::new()
            .symlink("escape", &e.parent.display().to_string())
            .hardlink("link", "escape/outside")
            .build();
        assert_hostile(e.unpack(&tar), "link", "resolves through a symlink");
        e.assert_outside_untouched();
        // to a directory
        let e = env();
        let tar = Tb::new().dir("d").hardlink("link", "d").build();
        assert_hostile(e.unpack(&tar), "link", "directory");
        e.assert_outside_untouched();
        // to something later in the tar
        let e = env();
        let tar = Tb::new()
            .hardlink("link", "later")
            .file("later", b"x")
            .build();
        assert_hostile(e.unpack(&tar), "link", "does not exist in this layer");
    }

    #[test]
    fn hardlink_to_outward_symlink_cannot_be_written_through() {
        let e = env();
        let sentinel = format!("{}/sentinel", e.parent.display());
        let parent = e.parent.display().to_string();
        let tar = Tb::new()
            .symlink("evil", &sentinel)
            .hardlink("hl", "evil")
            .symlink("evildir", &parent)
            .hardlink("hldir", "evildir")
            .file("hl", b"pwned") // replaces the link, does not write through it
            .file("evil", b"pwned")
            .build();
        e.unpack(&tar).unwrap();
        e.assert_outside_untouched();
        let hldir = std::fs::symlink_metadata(e.p("hldir")).unwrap();
        assert!(
            hldir.file_type().is_symlink(),
            "a hardlink to a symlink is the symlink itself"
        );
        assert_eq!(
            hldir.ino(),
            std::fs::symlink_metadata(e.p("evildir")).unwrap().ino()
        );
        assert_eq!(std::fs::read(e.p("hl")).unwrap(), b"pwned");
        assert!(std::fs::symlink_metadata(e.p("hl")).unwrap().is_file());

        let e = env();
        let parent = e.parent.display().to_string();
        let tar = Tb::new()
            .symlink("evildir", &parent)
            .hardlink("hldir", "evildir")
            .file("hldir/sentinel", b"pwned")
            .build();
        assert_hostile(e.unpack(&tar), "hldir/sentinel", "writes through a symlink");
        e.assert_outside_untouched();
    }

    #[test]
    fn hostile_whiteouts() {
        for name in [
            &b"../.wh.outside"[..],
            b"a/../../.wh.sentinel",
            b".wh..",
            b"a/.wh..",
            b"a/.wh.",
        ] {
            let e = env();
            let tar = Tb::new()
                .dir("a")
                .raw(EntryType::Regular, name, None, 0o644, 0, 0, b"")
                .build();
            assert_hostile(e.unpack(&tar), &show(name), "");
            e.assert_outside_untouched();
            assert!(std::fs::symlink_metadata(e.p("a")).unwrap().is_dir());
        }
        let e = env();
        let tar = Tb::new()
            .raw(
                EntryType::Regular,
                b"../.wh..wh..opq",
                None,
                0o644,
                0,
                0,
                b"",
            )
            .build();
        assert_hostile(e.unpack(&tar), "../.wh..wh..opq", "`..`");
        assert_eq!(xattr_of(&e.parent, OPAQUE_XATTR), None);
    }

    #[test]
    fn hostile_root_replacement_and_nul() {
        let e = env();
        let tar = Tb::new()
            .raw(EntryType::Symlink, b"./", Some(b"/"), 0o777, 0, 0, b"")
            .build();
        assert_hostile(e.unpack(&tar), "./", "layer root");
        let e = env();
        let tar = Tb::new()
            .raw(EntryType::Link, b"x", Some(b"/"), 0o777, 0, 0, b"")
            .build();
        assert_hostile(e.unpack(&tar), "x", "layer root");
        let e = env();
        let tar = Tb::new()
            .pax(&[("path", b"a\0/../../x")])
            .file("ignored", b"x")
            .build();
        assert_hostile(e.unpack(&tar), "a\0/../../x", "");
        e.assert_outside_untouched();
    }

    #[test]
    fn non_directory_parent_is_invalid() {
        let e = env();
        let tar = Tb::new().file("f", b"x").file("f/g", b"y").build();
        assert!(matches!(e.unpack(&tar), Err(LayerError::Invalid { .. })));
    }

    #[test]
    fn truncated_archive_is_an_error() {
        let e = env();
        let mut tar = Tb::new().file("big", &vec![7u8; 100_000]).build();
        tar.truncate(50_000);
        match e.unpack(&tar) {
            Err(LayerError::Tar { context, .. }) => assert!(context.contains("big"), "{context}"),
            other => panic!("expected Tar error, got {other:?}"),
        }
    }

    // ------------------------------------------------------------------ compression

    fn sample_tar() -> Vec<u8> {
        Tb::new().dir("d").file("d/f", &vec![42u8; 300_000]).build()
    }

    fn check_sample(e: &Env) {
        assert_eq!(std::fs::read(e.p("d/f")).unwrap(), vec![42u8; 300_000]);
    }

    #[test]
    fn decompress_reads_xz() {
        // `printf 'hello\n' | xz -c`
        let out = std::process::Command::new("sh")
            .args(["-c", "printf 'hello\\n' | xz -c"])
            .output();
        let Some(out) = out.ok().filter(|o| o.status.success()) else {
            return; // no xz here
        };
        let mut r = decompress(std::io::BufReader::new(std::io::Cursor::new(out.stdout))).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "hello\n");
    }

    #[test]
    fn gzip_roundtrip() {
        let tar = sample_tar();
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&tar).unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(Compression::detect(&gz), Compression::Gzip);
        let e = env();
        let st = unpack(
            decompress(&gz[..]).unwrap(),
            &e.dest,
            &UnpackOptions::default(),
        )
        .unwrap();
        assert_eq!(st.bytes, 300_000);
        check_sample(&e);
    }

    #[test]
    fn zstd_roundtrip() {
        let tar = sample_tar();
        let zst = zstd::encode_all(&tar[..], 3).unwrap();
        assert_eq!(Compression::detect(&zst), Compression::Zstd);
        let e = env();
        unpack(
            decompress(&zst[..]).unwrap(),
            &e.dest,
            &UnpackOptions::default(),
        )
        .unwrap();
        check_sample(&e);
    }

    #[test]
    fn plain_and_tiny_inputs() {
        let tar = sample_tar();
        assert_eq!(Compression::detect(&tar), Compression::None);
        let e = env();
        unpack(
            decompress(&tar[..]).unwrap(),
            &e.dest,
            &UnpackOptions::default(),
        )
        .unwrap();
        check_sample(&e);
        // one byte at a time: the magic sniffing must not lose bytes
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar).unwrap();
        let gz = gz.finish().unwrap();
        let e = env();
        let slow = BufReader::with_capacity(1, &gz[..]);
        unpack(
            decompress(slow).unwrap(),
            &e.dest,
            &UnpackOptions::default(),
        )
        .unwrap();
        check_sample(&e);
        // empty and short inputs
        let mut out = Vec::new();
        decompress(&b""[..]).unwrap().read_to_end(&mut out).unwrap();
        assert!(out.is_empty());
        decompress(&b"ab"[..])
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, b"ab");
        assert_eq!(
            Compression::detect(&[0x50, 0x2a, 0x4d, 0x18]),
            Compression::Zstd
        );
        assert_eq!(Compression::detect(&[0x1f]), Compression::None);
    }

    // ------------------------------------------------------------------ user namespace

    const INNER_ENV: &str = "BERTH_LAYER_TEST_IN_USERNS";

    /// Re-runs `userns_inner` under `unshare --user --map-root-user`: a single-id mapping like a
    /// rootless user without subuid ranges, where chown to other ids fails with EINVAL and mknod
    /// of anything but a 0/0 whiteout is refused.
    #[test]
    #[allow(clippy::print_stderr)] // says why the test is skipped
    fn single_id_user_namespace() {
        let exe = std::env::current_exe().unwrap();
        let module = module_path!()
            .split_once("::")
            .map(|(_, m)| m)
            .unwrap_or("");
        let name = format!("{module}::userns_inner");
        let out = match Command::new("unshare")
            .args(["--user", "--map-root-user", "--"])
            .arg(&exe)
            .args([
                name.as_str(),
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(INNER_ENV, "1")
            .output()
        {
            Ok(o) => o,
            Err(err) => {
                eprintln!("skipping: cannot run unshare: {err}");
                return;
            }
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() && stderr.contains("unshare failed") {
            eprintln!("skipping: user namespaces unavailable: {stderr}");
            return;
        }
        assert!(
            out.status.success(),
            "inner test failed:\n{stdout}\n{stderr}"
        );
        assert!(
            stdout.contains("1 passed"),
            "inner test did not run:\n{stdout}\n{stderr}"
        );
    }

    #[test]
    #[ignore = "run inside a user namespace by single_id_user_namespace"]
    fn userns_inner() {
        if std::env::var_os(INNER_ENV).is_none() {
            return;
        }
        let tar = Tb::new()
            .raw(EntryType::Directory, b"home/", None, 0o755, 1000, 1000, b"")
            .raw(
                EntryType::Regular,
                b"home/user/file",
                None,
                0o4755,
                1000,
                1000,
                b"data",
            )
            .raw(
                EntryType::Regular,
                b"home/user/other",
                None,
                0o644,
                2000,
                2000,
                b"data",
            )
            .raw(EntryType::Regular, b"home/.wh.old", None, 0o644, 0, 0, b"")
            .raw(
                EntryType::Regular,
                b"home/user/.wh..wh..opq",
                None,
                0o644,
                0,
                0,
                b"",
            )
            .symlink("home/link", "/etc/passwd")
            .raw(EntryType::Fifo, b"home/fifo", None, 0o644, 0, 0, b"")
            .build();

        let e = env();
        match e.unpack(&tar) {
            Err(LayerError::Chown {
                uid: 1000,
                gid: 1000,
                ref entry,
                ..
            }) => assert_eq!(entry, "home/"),
            other => panic!("expected a chown error, got {other:?}"),
        }

        let e = env();
        let st = unpack(
            &tar[..],
            &e.dest,
            &UnpackOptions {
                ignore_chown_errors: true,
            },
        )
        .unwrap();
        assert_eq!(st.warnings.len(), 1, "{:?}", st.warnings);
        assert!(st.warnings[0].contains("not mapped"), "{:?}", st.warnings);
        let f = std::fs::symlink_metadata(e.p("home/user/file")).unwrap();
        assert_eq!((f.uid(), f.gid()), (0, 0));
        assert_eq!(f.mode() & 0o7777, 0o4755);
        let wh = std::fs::symlink_metadata(e.p("home/old")).unwrap();
        assert!(
            wh.file_type().is_char_device() && wh.rdev() == 0,
            "whiteout inside a user namespace"
        );
        assert_eq!(
            xattr_of(&e.p("home/user"), OPAQUE_XATTR).as_deref(),
            Some(&b"y"[..])
        );
        assert!(std::fs::symlink_metadata(e.p("home/fifo"))
            .unwrap()
            .file_type()
            .is_fifo());
        e.assert_outside_untouched();
    }
}
