//! The build context: resolving COPY/ADD sources inside it, listing what they select (ignored
//! files left out), and hashing that selection for the build cache.
//!
//! The context directory is treated as a chroot: a source's `..` may not climb out of it
//! (refused), an absolute source is relative to it, and symlinks met while resolving a source
//! are followed inside it (an absolute target, or `..` past the top, stays in the context).
//! Inside a selected directory symlinks are not followed: they are entries of their own.

use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use super::ignore::{self, Ignore, IgnoreError};

/// Symlinks followed while resolving one source, as the kernel's limit.
const MAX_SYMLINKS: usize = 40;

/// A COPY/ADD source that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    #[error("forbidden path outside the build context: {path}")]
    OutsideContext { path: String },
    /// podman's wording (buildah's copier).
    #[error("checking on sources under \"{}\": copier: stat: \"/{path}\": no such file or directory", .context.display())]
    NotFound { context: PathBuf, path: String },
    #[error("checking source under \"{}\": no glob matches for \"{pattern}\": no such file or directory", .context.display())]
    NoGlobMatch { context: PathBuf, pattern: String },
    #[error("invalid source pattern \"{pattern}\": {reason}")]
    BadPattern {
        pattern: String,
        reason: &'static str,
    },
    #[error("resolving \"{path}\" in the build context: too many levels of symbolic links")]
    SymlinkLoop { path: String },
    #[error("opening the build context {}: {source}", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(transparent)]
    Ignore(#[from] IgnoreError),
    /// An I/O error (fs-err's message names the operation and the path).
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// The type of a context entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    File,
    Dir,
    Symlink,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
}

impl FileKind {
    fn of(ft: std::fs::FileType) -> FileKind {
        if ft.is_symlink() {
            FileKind::Symlink
        } else if ft.is_dir() {
            FileKind::Dir
        } else if ft.is_fifo() {
            FileKind::Fifo
        } else if ft.is_socket() {
            FileKind::Socket
        } else if ft.is_char_device() {
            FileKind::CharDevice
        } else if ft.is_block_device() {
            FileKind::BlockDevice
        } else {
            FileKind::File
        }
    }

    fn tag(self) -> u8 {
        match self {
            FileKind::File => b'f',
            FileKind::Dir => b'd',
            FileKind::Symlink => b'l',
            FileKind::Fifo => b'p',
            FileKind::Socket => b's',
            FileKind::CharDevice => b'c',
            FileKind::BlockDevice => b'b',
        }
    }
}

/// One thing a source selects (a glob may select several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selected {
    /// The source as written in the instruction.
    pub source: String,
    /// The matched path relative to the context, cleaned, symlinks not resolved (`.` for the
    /// context itself). Its last component names the copy of a file source.
    pub rel: PathBuf,
    /// `rel` with every symlink resolved inside the context (what is actually read).
    pub resolved: PathBuf,
    /// The host path of `resolved`.
    pub path: PathBuf,
    /// The type of what `resolved` is (never a symlink).
    pub kind: FileKind,
}

/// One entry to copy, as [`Context::walk`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its path relative to the context (symlinks of the source's own path resolved).
    pub rel: PathBuf,
    /// Where it goes relative to the destination: a file source's own name, or the path
    /// inside a directory source (empty for the directory itself, whose contents are copied).
    pub dest: PathBuf,
    /// The host path to read (never followed if it is a symlink).
    pub path: PathBuf,
    pub kind: FileKind,
    /// Permission bits (`0o7777`).
    pub mode: u32,
    /// Size in bytes of a file.
    pub size: u64,
    /// The target of a symlink, as stored.
    pub link_target: Option<PathBuf>,
    /// The device number of a device node.
    pub rdev: u64,
}

/// A build context directory with its ignore rules.
#[derive(Debug, Clone)]
pub struct Context {
    root: PathBuf,
    ignore: Ignore,
}

enum Resolve {
    Found(PathBuf),
    Missing,
    Loop,
}

impl Context {
    /// A context rooted at `root` (made absolute and canonical) with the given rules.
    pub fn new(root: &Path, ignore: Ignore) -> Result<Context, ContextError> {
        let root = std::fs::canonicalize(root).map_err(|source| ContextError::Open {
            path: root.to_path_buf(),
            source,
        })?;
        if !root.is_dir() {
            return Err(ContextError::Open {
                path: root,
                source: io::Error::from_raw_os_error(libc::ENOTDIR),
            });
        }
        Ok(Context { root, ignore })
    }

    /// A context with its ignore file found by [`Ignore::load`].
    pub fn open(root: &Path, containerfile: Option<&Path>) -> Result<Context, ContextError> {
        let ignore = Ignore::load(root, containerfile)?;
        Context::new(root, ignore)
    }

    /// The canonical context directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn ignore(&self) -> &Ignore {
        &self.ignore
    }

    /// Resolves the sources of one COPY/ADD, in order (see [`Context::resolve`]).
    pub fn resolve_all<S: AsRef<str>>(&self, sources: &[S]) -> Result<Vec<Selected>, ContextError> {
        let mut out = Vec::new();
        for s in sources {
            out.extend(self.resolve(s.as_ref())?);
        }
        Ok(out)
    }

    /// Resolves one source (a path or a `filepath.Match` glob, e.g. `src/*.rs`) to what it
    /// selects, sorted by name for a glob. Ignored paths are treated as absent. Errors: a `..`
    /// leaving the context, nothing there (podman's "checking on sources under …" message), a
    /// glob matching nothing, a bad glob, a symlink loop.
    pub fn resolve(&self, source: &str) -> Result<Vec<Selected>, ContextError> {
        let mut comps: Vec<&str> = Vec::new();
        for part in source.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    if comps.pop().is_none() {
                        return Err(ContextError::OutsideContext {
                            path: source.to_string(),
                        });
                    }
                }
                p => comps.push(p),
            }
        }
        let cleaned = comps.join("/");
        let globbed = comps.iter().any(|c| has_meta(c));
        let mut candidates: Vec<PathBuf> = vec![PathBuf::new()];
        for comp in &comps {
            if !has_meta(comp) {
                candidates.iter_mut().for_each(|c| c.push(comp));
                continue;
            }
            let tokens = ignore::glob_tokens(comp).map_err(|reason| ContextError::BadPattern {
                pattern: source.to_string(),
                reason,
            })?;
            let mut next = Vec::new();
            for cand in &candidates {
                let dir = match self.resolve_path(cand, true)? {
                    Resolve::Found(d) => d,
                    Resolve::Missing => continue,
                    Resolve::Loop => return Err(loop_error(cand)),
                };
                let host = self.root.join(&dir);
                if !fs_err::symlink_metadata(&host)?.is_dir() {
                    continue;
                }
                let mut names: Vec<OsString> = fs_err::read_dir(&host)?
                    .map(|e| e.map(|e| e.file_name()))
                    .collect::<Result<_, _>>()?;
                names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
                for name in names {
                    let text: Vec<char> = name.to_string_lossy().chars().collect();
                    if ignore::run(&tokens, &text).contains(&tokens.len()) {
                        next.push(cand.join(&name));
                    }
                }
            }
            candidates = next;
        }
        let mut selected = Vec::new();
        for cand in candidates {
            let resolved = match self.resolve_path(&cand, true)? {
                Resolve::Found(r) => r,
                Resolve::Missing => continue,
                Resolve::Loop => return Err(loop_error(&cand)),
            };
            let path = self.root.join(&resolved);
            let kind = FileKind::of(fs_err::symlink_metadata(&path)?.file_type());
            if self.left_out(&cand, kind) || self.left_out(&resolved, kind) {
                continue;
            }
            // an excluded directory kept only because an exception might re-include something
            // below it: when nothing below is, it is as absent as any excluded path (buildah)
            let excluded_dir = kind == FileKind::Dir
                && !resolved.as_os_str().is_empty()
                && self.ignore.excluded(&resolved.to_string_lossy());
            let rel = if cand.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                cand
            };
            let sel = Selected {
                source: source.to_string(),
                rel,
                resolved,
                path,
                kind,
            };
            if excluded_dir
                && self
                    .walk(&sel)?
                    .iter()
                    .all(|e| e.dest.as_os_str().is_empty())
            {
                continue;
            }
            selected.push(sel);
        }
        if selected.is_empty() {
            return Err(if globbed {
                ContextError::NoGlobMatch {
                    context: self.root.clone(),
                    pattern: source.to_string(),
                }
            } else {
                ContextError::NotFound {
                    context: self.root.clone(),
                    path: cleaned,
                }
            });
        }
        Ok(selected)
    }

    /// Whether the ignore rules leave out a context path of this kind entirely.
    fn left_out(&self, rel: &Path, kind: FileKind) -> bool {
        let text = rel.to_string_lossy();
        !text.is_empty() && self.ignore.matches(&text, kind == FileKind::Dir)
    }

    /// Resolves `rel` inside the context as a chroot: the result has no symlink components
    /// (the last one is followed when `follow_last`).
    fn resolve_path(&self, rel: &Path, follow_last: bool) -> Result<Resolve, ContextError> {
        let mut pending: VecDeque<OsString> = components(rel).into();
        let mut out = PathBuf::new();
        let mut hops = 0;
        while let Some(comp) = pending.pop_front() {
            if comp == ".." {
                out.pop();
                continue;
            }
            let candidate = out.join(&comp);
            let host = self.root.join(&candidate);
            let md = match std::fs::symlink_metadata(&host) {
                Ok(md) => md,
                Err(e)
                    if e.kind() == io::ErrorKind::NotFound
                        || e.raw_os_error() == Some(libc::ENOTDIR) =>
                {
                    return Ok(Resolve::Missing)
                }
                Err(e) => return Err(fs_error(e, "reading metadata of", &host)),
            };
            if md.file_type().is_symlink() && (follow_last || !pending.is_empty()) {
                hops += 1;
                if hops > MAX_SYMLINKS {
                    return Ok(Resolve::Loop);
                }
                let target = fs_err::read_link(&host)?;
                if target.is_absolute() {
                    out = PathBuf::new();
                }
                for c in components(&target).into_iter().rev() {
                    pending.push_front(c);
                }
            } else {
                out = candidate;
            }
        }
        Ok(Resolve::Found(out))
    }

    /// Everything a selected source copies, in a canonical order (depth first, names sorted
    /// bytewise, each directory before its contents), ignored entries left out: an excluded
    /// directory is walked only when a `!` exception may re-include something below it, and
    /// listed only when something below it is.
    pub fn walk(&self, selected: &Selected) -> Result<Vec<Entry>, ContextError> {
        self.walk_excluding(selected, &Ignore::none())
    }

    /// [`Context::walk`] with `COPY --exclude` patterns too ([`Ignore::from_patterns`]),
    /// matched against the entry's [`Entry::dest`] (its path relative to what the source
    /// copies; a file source's own name).
    pub fn walk_excluding(
        &self,
        selected: &Selected,
        exclude: &Ignore,
    ) -> Result<Vec<Entry>, ContextError> {
        let md = fs_err::symlink_metadata(&selected.path)?;
        let kind = FileKind::of(md.file_type());
        if kind != FileKind::Dir {
            let dest = selected
                .rel
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_default();
            if exclude.excluded(&dest.to_string_lossy()) {
                return Ok(Vec::new());
            }
            return Ok(vec![entry(
                &selected.resolved,
                dest,
                &selected.path,
                &md,
                None,
            )?]);
        }
        let mut out = vec![entry(
            &selected.resolved,
            PathBuf::new(),
            &selected.path,
            &md,
            None,
        )?];
        self.walk_dir(&selected.resolved, &PathBuf::new(), exclude, &mut out)?;
        Ok(out)
    }

    /// Walks below a directory without recursion (any depth), children sorted bytewise.
    fn walk_dir(
        &self,
        rel: &Path,
        dest: &Path,
        exclude: &Ignore,
        out: &mut Vec<Entry>,
    ) -> Result<(), ContextError> {
        struct Frame {
            rel: PathBuf,
            dest: PathBuf,
            host: PathBuf,
            names: std::vec::IntoIter<OsString>,
            /// Set for an excluded directory walked for its exceptions: the index of its entry.
            excluded_at: Option<usize>,
        }
        let read = |host: &Path| -> Result<std::vec::IntoIter<OsString>, ContextError> {
            let mut names: Vec<OsString> = fs_err::read_dir(host)?
                .map(|e| e.map(|e| e.file_name()))
                .collect::<Result<_, _>>()?;
            names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
            Ok(names.into_iter())
        };
        let host = self.root.join(rel);
        let mut stack = vec![Frame {
            rel: rel.to_path_buf(),
            dest: dest.to_path_buf(),
            names: read(&host)?,
            host,
            excluded_at: None,
        }];
        while let Some(frame) = stack.last_mut() {
            let Some(name) = frame.names.next() else {
                if let Some(at) = frame.excluded_at {
                    if out.len() == at + 1 {
                        // nothing below was re-included: the directory itself stays out
                        out.truncate(at);
                    }
                }
                stack.pop();
                continue;
            };
            let child_rel = frame.rel.join(&name);
            let child_dest = frame.dest.join(&name);
            let child_host = frame.host.join(&name);
            let md = fs_err::symlink_metadata(&child_host)?;
            let kind = FileKind::of(md.file_type());
            let text = child_rel.to_string_lossy();
            let dest_text = child_dest.to_string_lossy();
            let ignored = self.ignore.excluded(&text);
            let dropped = exclude.excluded(&dest_text);
            let excluded = ignored || dropped;
            let walk_anyway = kind == FileKind::Dir
                && (!ignored || self.ignore.descends_into(&text))
                && (!dropped || exclude.may_reinclude_below(&dest_text));
            if excluded && !walk_anyway {
                continue;
            }
            let link = if kind == FileKind::Symlink {
                Some(fs_err::read_link(&child_host)?)
            } else {
                None
            };
            let at = out.len();
            out.push(entry(
                &child_rel,
                child_dest.clone(),
                &child_host,
                &md,
                link,
            )?);
            if kind == FileKind::Dir {
                let names = read(&child_host)?;
                stack.push(Frame {
                    rel: child_rel,
                    dest: child_dest,
                    host: child_host,
                    names,
                    excluded_at: excluded.then_some(at),
                });
            }
        }
        Ok(())
    }

    /// The cache key of what the sources select: `sha256:<hex>` over, for each selected source
    /// in order, its matched path and then every entry of [`Context::walk`]: the path relative
    /// to the destination, the type, the permission bits, a symlink's target, a device's
    /// number and the sha256 of a file's content (read in a stream). Timestamps, inode
    /// numbers and owners do not count.
    pub fn hash(&self, selected: &[Selected]) -> Result<String, ContextError> {
        self.hash_excluding(selected, &Ignore::none())
    }

    /// [`Context::hash`] of what [`Context::walk_excluding`] lists.
    pub fn hash_excluding(
        &self,
        selected: &[Selected],
        exclude: &Ignore,
    ) -> Result<String, ContextError> {
        let mut h = Sha256::new();
        h.update(b"berth-context-v1\0");
        for sel in selected {
            h.update(b"S");
            put_bytes(&mut h, sel.rel.as_os_str().as_bytes());
            for e in self.walk_excluding(sel, exclude)? {
                h.update(b"E");
                put_bytes(&mut h, e.dest.as_os_str().as_bytes());
                h.update([e.kind.tag()]);
                h.update(e.mode.to_le_bytes());
                match e.kind {
                    FileKind::Symlink => {
                        let target = e
                            .link_target
                            .as_deref()
                            .map(Path::as_os_str)
                            .unwrap_or_default();
                        put_bytes(&mut h, target.as_bytes());
                    }
                    FileKind::File => h.update(file_digest(&e.path)?),
                    FileKind::CharDevice | FileKind::BlockDevice => h.update(e.rdev.to_le_bytes()),
                    _ => {}
                }
            }
        }
        Ok(format!("sha256:{}", hex::encode(h.finalize())))
    }
}

/// Length-prefixed bytes, so that no two sequences of fields hash alike.
fn put_bytes(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

/// The sha256 of a file's content, streamed; the file is opened without following a symlink.
fn file_digest(path: &Path) -> Result<[u8; 32], ContextError> {
    use fs_err::os::unix::fs::OpenOptionsExt;
    let mut file = fs_err::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)?;
    let mut h = Sha256::new();
    let n = io::copy(&mut file, &mut h).map_err(|e| fs_error(e, "reading", path))?;
    h.update(n.to_le_bytes());
    Ok(h.finalize().into())
}

fn entry(
    rel: &Path,
    dest: PathBuf,
    host: &Path,
    md: &std::fs::Metadata,
    link_target: Option<PathBuf>,
) -> Result<Entry, ContextError> {
    let kind = FileKind::of(md.file_type());
    Ok(Entry {
        rel: rel.to_path_buf(),
        dest,
        path: host.to_path_buf(),
        kind,
        mode: md.permissions().mode() & 0o7777,
        size: if kind == FileKind::File { md.len() } else { 0 },
        link_target,
        rdev: md.rdev(),
    })
}

fn fs_error(e: io::Error, op: &str, path: &Path) -> ContextError {
    ContextError::Io(io::Error::new(
        e.kind(),
        format!("{op} {}: {e}", path.display()),
    ))
}

fn loop_error(path: &Path) -> ContextError {
    ContextError::SymlinkLoop {
        path: path.display().to_string(),
    }
}

/// The normal and `..` components of a path (a root, `.` and prefixes dropped).
fn components(path: &Path) -> Vec<OsString> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            Component::ParentDir => Some(OsStr::new("..").to_os_string()),
            _ => None,
        })
        .collect()
}

/// Go's `hasMeta`: `*`, `?`, `[` or `\`.
fn has_meta(component: &str) -> bool {
    component.contains(['*', '?', '[', '\\'])
}

#[cfg(test)]
#[path = "context_tests.rs"]
mod tests;
