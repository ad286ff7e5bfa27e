//! Writing an OCI layer tar from a directory in overlay "diff" format (a stored layer, or a
//! container's upper dir): what `commit`, `build` and `push`/`save` of a layer without its
//! compressed blob send.
//!
//! * a 0/0 character device (an overlay whiteout) becomes an empty `.wh.NAME` entry;
//! * a directory with `user.overlay.opaque=y` (or fuse-overlayfs's / the trusted one) gets a
//!   `.wh..wh..opq` entry after its own;
//! * fuse-overlayfs's own `.wh.NAME` files are already in OCI form and pass as they are.
//!
//! The stream is reproducible: entries sorted by name, numeric owners only, no access or change
//! times, no device numbers of the host, and with [`PackOptions::clamp_mtime`] no mtime later
//! than it (SOURCE_DATE_EPOCH, `--timestamp`). The same tree gives the same bytes, in any store
//! and as any user whose namespace maps the same ids.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

use tar::{EntryType, Header};

const OPAQUE_XATTRS: &[&str] = &[
    "user.overlay.opaque",
    "user.fuseoverlayfs.opaque",
    "trusted.overlay.opaque",
];

/// Extended attributes that go into a layer (as PAX `SCHILY.xattr.` records).
const KEPT_XATTRS: &[&str] = &["security.capability"];

#[derive(Debug, Clone, Default)]
pub struct PackOptions {
    /// No entry gets an mtime later than this (seconds since the epoch).
    pub clamp_mtime: Option<i64>,
    /// Paths (relative, without a leading `/`) left out when they are empty files or empty
    /// directories: the mount points a container runtime creates (`etc/hosts`, `proc` ...).
    pub skip_empty: Vec<PathBuf>,
    /// Paths (relative) left out, with everything below them.
    pub exclude: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("cannot write the layer stream: {0}")]
    Write(#[source] io::Error),
}

/// What [`pack_diff`] wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct PackStats {
    pub entries: u64,
    pub bytes: u64,
}

struct Packer<'a, W: Write> {
    out: tar::Builder<W>,
    opts: &'a PackOptions,
    stats: PackStats,
    /// (dev, ino) of regular files already written, for hard links.
    links: std::collections::HashMap<(u64, u64), Vec<u8>>,
}

fn read_err(path: &Path) -> impl FnOnce(io::Error) -> PackError + '_ {
    move |source| PackError::Read {
        path: path.display().to_string(),
        source,
    }
}

/// Write the tree at `root` (a diff directory) as an uncompressed layer tar into `w`.
pub fn pack_diff<W: Write>(root: &Path, w: W, opts: &PackOptions) -> Result<W, PackError> {
    let mut out = tar::Builder::new(w);
    out.mode(tar::HeaderMode::Deterministic);
    out.follow_symlinks(false);
    let mut p = Packer {
        out,
        opts,
        stats: PackStats::default(),
        links: std::collections::HashMap::new(),
    };
    p.dir_children(root, Path::new(""))?;
    p.out.finish().map_err(PackError::Write)?;
    p.out.into_inner().map_err(PackError::Write)
}

fn sorted(dir: &Path) -> Result<Vec<OsString>, PackError> {
    let mut v: Vec<OsString> = std::fs::read_dir(dir)
        .map_err(read_err(dir))?
        .map(|e| e.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .map_err(read_err(dir))?;
    v.sort();
    Ok(v)
}

fn is_opaque(path: &Path) -> bool {
    OPAQUE_XATTRS.iter().any(|x| {
        crate::sys::xattr::lgetxattr(path, x)
            .ok()
            .flatten()
            .is_some_and(|v| v == b"y")
    })
}

fn is_empty(path: &Path, md: &std::fs::Metadata) -> bool {
    if md.is_dir() {
        std::fs::read_dir(path).is_ok_and(|mut rd| rd.next().is_none())
    } else {
        md.is_file() && md.len() == 0
    }
}

impl<W: Write> Packer<'_, W> {
    fn dir_children(&mut self, dir: &Path, rel: &Path) -> Result<(), PackError> {
        for name in sorted(dir)? {
            let path = dir.join(&name);
            let rel = rel.join(&name);
            self.entry(&path, &rel)?;
        }
        Ok(())
    }

    fn mtime(&self, md: &std::fs::Metadata) -> u64 {
        let t = md.mtime().max(0);
        let t = match self.opts.clamp_mtime {
            Some(c) => t.min(c.max(0)),
            None => t,
        };
        t as u64
    }

    fn header(&self, md: &std::fs::Metadata, kind: EntryType) -> Header {
        let mut h = Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(md.mode() & 0o7777);
        h.set_uid(u64::from(md.uid()));
        h.set_gid(u64::from(md.gid()));
        h.set_mtime(self.mtime(md));
        h.set_size(0);
        h
    }

    fn xattrs(&mut self, path: &Path) -> Result<(), PackError> {
        let mut records: Vec<(String, Vec<u8>)> = Vec::new();
        for x in KEPT_XATTRS {
            if let Ok(Some(v)) = crate::sys::xattr::lgetxattr(path, x) {
                records.push((format!("SCHILY.xattr.{x}"), v));
            }
        }
        if records.is_empty() {
            return Ok(());
        }
        let refs: Vec<(&str, &[u8])> = records
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_slice()))
            .collect();
        self.out
            .append_pax_extensions(refs)
            .map_err(PackError::Write)
    }

    fn entry(&mut self, path: &Path, rel: &Path) -> Result<(), PackError> {
        if self.opts.exclude.iter().any(|e| e == rel) {
            return Ok(());
        }
        let md = std::fs::symlink_metadata(path).map_err(read_err(path))?;
        if self.opts.skip_empty.iter().any(|e| e == rel) && is_empty(path, &md) {
            return Ok(());
        }
        let ft = md.file_type();
        let name = rel.as_os_str().as_bytes();
        if ft.is_char_device() && md.rdev() == 0 {
            // an overlay whiteout
            let mut wh = rel.parent().map(Path::to_path_buf).unwrap_or_default();
            let mut n = b".wh.".to_vec();
            n.extend_from_slice(rel.file_name().map(|f| f.as_bytes()).unwrap_or(b""));
            wh.push(std::ffi::OsStr::from_bytes(&n));
            let mut h = self.header(&md, EntryType::Regular);
            h.set_mode(0o600);
            return self.append(&mut h, wh.as_os_str().as_bytes(), io::empty());
        }
        self.xattrs(path)?;
        if ft.is_dir() {
            let mut h = self.header(&md, EntryType::Directory);
            let mut n = name.to_vec();
            n.push(b'/');
            self.append(&mut h, &n, io::empty())?;
            if is_opaque(path) {
                let mut h = self.header(&md, EntryType::Regular);
                h.set_mode(0o600);
                let mut o = n.clone();
                o.extend_from_slice(b".wh..wh..opq");
                self.append(&mut h, &o, io::empty())?;
            }
            return self.dir_children(path, rel);
        }
        if ft.is_symlink() {
            let target = std::fs::read_link(path).map_err(read_err(path))?;
            let mut h = self.header(&md, EntryType::Symlink);
            return self
                .out
                .append_link(&mut h, std::ffi::OsStr::from_bytes(name), &target)
                .map_err(PackError::Write)
                .map(|()| self.stats.entries += 1);
        }
        if ft.is_file() {
            if md.nlink() > 1 {
                if let Some(first) = self.links.get(&(md.dev(), md.ino())).cloned() {
                    let mut h = self.header(&md, EntryType::Link);
                    return self
                        .out
                        .append_link(
                            &mut h,
                            std::ffi::OsStr::from_bytes(name),
                            std::ffi::OsStr::from_bytes(&first),
                        )
                        .map_err(PackError::Write)
                        .map(|()| self.stats.entries += 1);
                }
                self.links.insert((md.dev(), md.ino()), name.to_vec());
            }
            let f = std::fs::File::open(path).map_err(read_err(path))?;
            let mut h = self.header(&md, EntryType::Regular);
            h.set_size(md.len());
            self.stats.bytes += md.len();
            // A file that changes size while packed would corrupt the stream: read exactly len.
            return self.append(&mut h, name, ExactLen::new(f, md.len(), path));
        }
        let kind = if ft.is_fifo() {
            EntryType::Fifo
        } else if ft.is_char_device() {
            EntryType::Char
        } else if ft.is_block_device() {
            EntryType::Block
        } else {
            return Ok(()); // sockets are not archived (as tar does)
        };
        let mut h = self.header(&md, kind);
        if kind != EntryType::Fifo {
            let rdev = md.rdev();
            let major = ((rdev >> 32) & 0xffff_f000) | ((rdev >> 8) & 0xfff);
            let minor = ((rdev >> 12) & 0xffff_ff00) | (rdev & 0xff);
            h.set_device_major(major as u32).map_err(PackError::Write)?;
            h.set_device_minor(minor as u32).map_err(PackError::Write)?;
        }
        self.append(&mut h, name, io::empty())
    }

    fn append(&mut self, h: &mut Header, name: &[u8], data: impl Read) -> Result<(), PackError> {
        self.out
            .append_data(h, std::ffi::OsStr::from_bytes(name), data)
            .map_err(PackError::Write)?;
        self.stats.entries += 1;
        Ok(())
    }
}

/// Reads exactly `len` bytes: zero-fills a file that shrank, stops at `len` if it grew.
struct ExactLen<'p> {
    inner: std::fs::File,
    left: u64,
    shrank: bool,
    _path: &'p Path,
}

impl<'p> ExactLen<'p> {
    fn new(inner: std::fs::File, len: u64, path: &'p Path) -> Self {
        ExactLen {
            inner,
            left: len,
            shrank: false,
            _path: path,
        }
    }
}

impl Read for ExactLen<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = if self.shrank {
            0
        } else {
            self.inner.read(&mut buf[..want])?
        };
        let n = if n == 0 {
            self.shrank = true;
            buf[..want].fill(0);
            want
        } else {
            n
        };
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(bytes: &[u8]) -> Vec<String> {
        let mut a = tar::Archive::new(bytes);
        a.entries()
            .unwrap()
            .map(|e| String::from_utf8_lossy(&e.unwrap().path_bytes()).into_owned())
            .collect()
    }

    #[test]
    fn sorted_and_reproducible_with_clamped_mtimes() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("b")).unwrap();
        std::fs::write(d.path().join("b/z"), b"zz").unwrap();
        std::fs::write(d.path().join("a"), b"a").unwrap();
        std::os::unix::fs::symlink("a", d.path().join("c")).unwrap();
        let opts = PackOptions {
            clamp_mtime: Some(100),
            ..Default::default()
        };
        let one = pack_diff(d.path(), Vec::new(), &opts).unwrap();
        assert_eq!(names(&one), ["a", "b/", "b/z", "c"]);
        // touching a file changes nothing once mtimes are clamped
        std::fs::write(d.path().join("a"), b"a").unwrap();
        let two = pack_diff(d.path(), Vec::new(), &opts).unwrap();
        assert_eq!(one, two);
        let mut a = tar::Archive::new(&one[..]);
        for e in a.entries().unwrap() {
            assert_eq!(e.unwrap().header().mtime().unwrap(), 100);
        }
        // a content change changes the stream
        std::fs::write(d.path().join("a"), b"b").unwrap();
        assert_ne!(one, pack_diff(d.path(), Vec::new(), &opts).unwrap());
    }

    #[test]
    fn skip_empty_and_exclude() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("etc")).unwrap();
        std::fs::write(d.path().join("etc/hosts"), b"").unwrap();
        std::fs::write(d.path().join("etc/hostname"), b"kept").unwrap();
        std::fs::create_dir_all(d.path().join("proc")).unwrap();
        std::fs::create_dir_all(d.path().join("x/y")).unwrap();
        let opts = PackOptions {
            skip_empty: vec!["etc/hosts".into(), "etc/hostname".into(), "proc".into()],
            exclude: vec!["x".into()],
            ..Default::default()
        };
        let t = pack_diff(d.path(), Vec::new(), &opts).unwrap();
        assert_eq!(names(&t), ["etc/", "etc/hostname"]);
    }

    #[test]
    fn hard_links_become_link_entries() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a"), b"data").unwrap();
        std::fs::hard_link(d.path().join("a"), d.path().join("b")).unwrap();
        let t = pack_diff(d.path(), Vec::new(), &PackOptions::default()).unwrap();
        let mut a = tar::Archive::new(&t[..]);
        let kinds: Vec<EntryType> = a
            .entries()
            .unwrap()
            .map(|e| e.unwrap().header().entry_type())
            .collect();
        assert_eq!(kinds, [EntryType::Regular, EntryType::Link]);
    }
}
