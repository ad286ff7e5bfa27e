//! The `Store` facade: opening (and repairing) the store, image records, layers, blobs and
//! garbage collection.

use super::images::{self, ImageRecord};
use super::{atomic, io_err, lock, StoreError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What is known of an unpacked layer (`layers/<hex>/layer.json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerRecord {
    pub diff_id: String,
    /// The compressed blob it came from, and its media type.
    pub compressed_digest: String,
    pub compressed_size: u64,
    pub media_type: String,
    /// Bytes of the uncompressed tar stream.
    pub size: u64,
    pub entries: u64,
}

/// A directory under tmp/ owned by this process; removed on drop unless committed.
pub struct TmpDir {
    pub path: PathBuf,
    lock_path: PathBuf,
    _lock: lock::Lock,
    keep: bool,
}

impl TmpDir {
    fn disarm(mut self) {
        self.keep = true;
    }
}

impl Drop for TmpDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = remove_tree(&self.path);
        }
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// Remove a tree that may hold read-only directories (as a layer does).
pub fn remove_tree(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            make_writable(path);
            std::fs::remove_dir_all(path)
        }
        Err(e) => Err(e),
    }
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(md) = std::fs::symlink_metadata(path) {
        if md.is_dir() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
            if let Ok(rd) = std::fs::read_dir(path) {
                for e in rd.flatten() {
                    make_writable(&e.path());
                }
            }
        }
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `sha256:<hex>` → `<hex>`, refusing anything that is not a sha256 digest (no path tricks).
pub fn digest_hex(digest: &str) -> Option<&str> {
    let hex = digest.strip_prefix("sha256:")?;
    (hex.len() == 64
        && hex
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
    .then_some(hex)
}

/// See [`Store::begin_blob`].
pub struct BlobWriter {
    out: std::io::BufWriter<std::fs::File>,
    hasher: Sha256,
    size: u64,
    path: PathBuf,
    _dir: TmpDir,
}

impl std::io::Write for BlobWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// See [`Store::finish_blob`].
pub struct TempBlob {
    pub digest: String,
    pub size: u64,
    pub path: PathBuf,
    _dir: TmpDir,
}

pub struct Store {
    root: PathBuf,
}

/// What an in-flight pull has written but not yet recorded: a `tmp/pull-*` directory (locked
/// while the pull lives, like every tmp dir) with one empty file per blob or layer hex.
///
/// Why: a pull writes its manifest and config blobs, then unpacks layers for minutes, then
/// records the image. Until the record exists no image refers to those blobs, and a
/// concurrent `rmi` (garbage collection) would delete them, leaving an image whose config is
/// gone. So GC treats pinned digests as used. Ordering makes it race-free:
///  - the pull pins a digest *before* it writes (or relies on) the blob;
///  - GC, under the store lock, lists the blobs *first* and reads the pins *afterwards*;
///    so any blob GC could see was pinned before GC reads the pins;
///  - the pull records the image (under the same store lock, so not while GC runs) *before*
///    it drops its pins; a pin that vanishes during GC belongs to a pull that failed.
///
/// Pins of a pull killed with -9 are removed by the next repair (like any dead tmp dir).
pub struct PullPins {
    dir: TmpDir,
}

impl PullPins {
    /// Keep `digest` (a blob, or a layer's diff id) from garbage collection until dropped.
    pub fn pin(&self, digest: &str) -> Result<(), StoreError> {
        let Some(hex) = digest_hex(digest) else {
            return Ok(()); // not a name GC could ever see
        };
        let p = self.dir.path.join(hex);
        std::fs::write(&p, b"").map_err(io_err("write", &p))
    }
}

const PULL_PINS: &str = "pull";

impl Store {
    /// Open the store at `root`, creating it. With `repair`, first remove what dead writers
    /// (and killed removals) left behind (which needs the user namespace, as layers hold subordinate-owned files).
    pub fn open(root: &Path, repair: bool) -> Result<Store, StoreError> {
        for d in ["blobs/sha256", "layers", "tmp", "locks"] {
            let p = root.join(d);
            std::fs::create_dir_all(&p).map_err(io_err("create", &p))?;
        }
        let store = Store {
            root: root.to_path_buf(),
        };
        if repair {
            store.repair_tmp();
            // container directories whose `rm` was killed midway
            super::containers::sweep_removed(&root.join("containers"));
        }
        Ok(store)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn images_path(&self) -> PathBuf {
        self.root.join("images.json")
    }

    /// Exclusive lock on the store's metadata.
    pub fn lock(&self) -> Result<lock::Lock, StoreError> {
        let p = self.root.join("store.lock");
        lock::exclusive(&p).map_err(io_err("lock", &p))
    }

    /// Remove temporary work whose writer is gone (a berth killed with -9, say).
    pub fn repair_tmp(&self) -> usize {
        let tmp = self.root.join("tmp");
        let Ok(rd) = std::fs::read_dir(&tmp) else {
            return 0;
        };
        let mut names: HashSet<String> = HashSet::new();
        for e in rd.flatten() {
            names.insert(e.file_name().to_string_lossy().into_owned());
        }
        let mut removed = 0;
        for name in &names {
            if name.ends_with(".lock") || name.starts_with('.') {
                continue;
            }
            let lock_name = format!("{name}.lock");
            let dir = tmp.join(name);
            if names.contains(&lock_name) {
                let lp = tmp.join(&lock_name);
                if let Ok(Some(_held)) = lock::try_exclusive(&lp) {
                    if remove_tree(&dir).is_ok() {
                        removed += 1;
                    }
                    let _ = std::fs::remove_file(&lp);
                }
            } else if remove_tree(&dir).is_ok() {
                removed += 1;
            }
        }
        // Locks without a dir whose owner is gone.
        for name in &names {
            if let Some(base) = name.strip_suffix(".lock") {
                if !names.contains(base) {
                    let lp = tmp.join(name);
                    if let Ok(Some(_held)) = lock::try_exclusive(&lp) {
                        let _ = std::fs::remove_file(&lp);
                    }
                }
            }
        }
        if removed > 0 {
            log::info!("removed {removed} incomplete item(s) left by an interrupted berth");
        }
        removed
    }

    /// A fresh private directory under tmp/ (locked while this process lives).
    pub fn tmp_dir(&self, kind: &str) -> Result<TmpDir, StoreError> {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let name = format!("{kind}-{}-{n}-{nanos:x}", std::process::id());
        let path = self.root.join("tmp").join(&name);
        let lock_path = self.root.join("tmp").join(format!("{name}.lock"));
        let held = lock::exclusive(&lock_path).map_err(io_err("lock", &lock_path))?;
        std::fs::create_dir(&path).map_err(io_err("create", &path))?;
        Ok(TmpDir {
            path,
            lock_path,
            _lock: held,
            keep: false,
        })
    }

    // ---- images ----

    /// All image records (a missing file is an empty store).
    pub fn images(&self) -> Result<Vec<ImageRecord>, StoreError> {
        let p = self.images_path();
        match std::fs::read(&p) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
                path: p.display().to_string(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(io_err("read", &p)(e)),
        }
    }

    fn save_images(&self, images: &[ImageRecord]) -> Result<(), StoreError> {
        let p = self.images_path();
        let data = serde_json::to_vec_pretty(images).map_err(|source| StoreError::Corrupt {
            path: p.display().to_string(),
            source,
        })?;
        atomic::write(&p, &data).map_err(io_err("write", &p))
    }

    /// Change the image records under the store lock.
    pub fn update_images<T>(
        &self,
        f: impl FnOnce(&mut Vec<ImageRecord>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _l = self.lock()?;
        let mut images = self.images()?;
        let before = images.clone();
        let out = f(&mut images)?;
        if images != before {
            self.save_images(&images)?;
        }
        Ok(out)
    }

    /// Find an image by ID, ID prefix, name or digest reference.
    pub fn find_image(&self, name: &str) -> Result<ImageRecord, StoreError> {
        let images = self.images()?;
        images::find(&images, name)?
            .cloned()
            .ok_or_else(|| StoreError::ImageNotKnown(name.to_string()))
    }

    /// Record a pulled image: the names move to it from any image that had them. All its layers
    /// must be present; returns the diff ids that are missing (then nothing is recorded).
    pub fn add_image(&self, mut record: ImageRecord) -> Result<Vec<String>, StoreError> {
        self.update_images(|images| {
            let missing: Vec<String> = record
                .layers
                .iter()
                .filter(|d| !self.layer_exists(d))
                .cloned()
                .collect();
            if !missing.is_empty() {
                return Ok(missing);
            }
            for other in images.iter_mut().filter(|i| i.id != record.id) {
                let before = other.names.len();
                other.names.retain(|n| !record.names.contains(n));
                if other.names.len() != before {
                    log::debug!("name(s) moved from image {}", other.id);
                }
            }
            record.stored = now();
            if let Some(existing) = images.iter_mut().find(|i| i.id == record.id) {
                for n in record.names.drain(..) {
                    if !existing.names.contains(&n) {
                        existing.names.insert(0, n);
                    }
                }
                for d in record.digests.drain(..) {
                    if !existing.digests.contains(&d) {
                        existing.digests.push(d);
                    }
                }
                for r in record.repositories.drain(..) {
                    if !existing.repositories.contains(&r) {
                        existing.repositories.push(r);
                    }
                }
                for n in record.digest_names.drain(..) {
                    if !existing.digest_names.contains(&n) {
                        existing.digest_names.push(n);
                    }
                }
                existing.digest = record.digest.clone();
                existing.update_names_history();
            } else {
                record.names_history = record.names.clone();
                images.push(record);
            }
            Ok(Vec::new())
        })
    }

    /// Remove `parent` and its own parents while each is unnamed, no other image has it as
    /// its parent, and it is not in `in_use` (what `rmi` of a built image leaves behind).
    /// Returns the IDs removed.
    pub fn remove_unused_parents(
        &self,
        parent: Option<&str>,
        in_use: &[String],
    ) -> Result<Vec<String>, StoreError> {
        let mut next = parent.map(str::to_string);
        self.update_images(|images| {
            let mut removed = Vec::new();
            while let Some(id) = next.take() {
                let Some(i) = images.iter().find(|i| i.id == id) else {
                    break;
                };
                let has_children = images
                    .iter()
                    .any(|o| o.parent.as_deref() == Some(id.as_str()));
                if !i.names.is_empty() || has_children || in_use.contains(&id) {
                    break;
                }
                next = i.parent.clone();
                images.retain(|i| i.id != id);
                removed.push(id);
            }
            Ok(removed)
        })
    }

    // ---- blobs ----

    pub fn blob_path(&self, digest: &str) -> Option<PathBuf> {
        digest_hex(digest).map(|h| self.root.join("blobs/sha256").join(h))
    }

    /// Pins for a pull: what it writes stays until it has recorded its image (see [`PullPins`]).
    pub fn begin_pull(&self) -> Result<PullPins, StoreError> {
        Ok(PullPins {
            dir: self.tmp_dir(PULL_PINS)?,
        })
    }

    /// Pin a blob for an in-flight pull, then store it (see [`PullPins`] for the order).
    pub fn put_pinned_blob(
        &self,
        pins: &PullPins,
        digest: &str,
        data: &[u8],
    ) -> Result<(), StoreError> {
        pins.pin(digest)?;
        self.put_blob(digest, data)
    }

    /// Every digest hex pinned by a pull whose pins are in tmp/ (a dead pull's too, until the
    /// next repair removes them: keeping a blob longer is harmless).
    fn pinned(&self) -> HashSet<String> {
        let tmp = self.root.join("tmp");
        let prefix = format!("{PULL_PINS}-");
        let mut out = HashSet::new();
        let Ok(rd) = std::fs::read_dir(&tmp) else {
            return out;
        };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.starts_with(&prefix) || name.ends_with(".lock") {
                continue;
            }
            if let Ok(pins) = std::fs::read_dir(e.path()) {
                out.extend(
                    pins.flatten()
                        .map(|p| p.file_name().to_string_lossy().into_owned()),
                );
            }
        }
        out
    }

    /// A streaming writer for a large blob (a layer): bytes go to a file under tmp/ while
    /// their sha256 and size are counted; [`Store::commit_blob`] moves it into `blobs/`.
    pub fn begin_blob(&self) -> Result<BlobWriter, StoreError> {
        let dir = self.tmp_dir("blob")?;
        let path = dir.path.join("data");
        let file = std::fs::File::create(&path).map_err(io_err("create", &path))?;
        Ok(BlobWriter {
            out: std::io::BufWriter::with_capacity(256 * 1024, file),
            hasher: Sha256::new(),
            size: 0,
            path,
            _dir: dir,
        })
    }

    /// Move a written blob into place under its digest (pinned first, when a pull or build
    /// has not yet recorded the image that uses it). When `expected` is given, a different
    /// digest is an error and nothing is kept. Returns the digest and the size.
    pub fn commit_blob(
        &self,
        mut w: BlobWriter,
        expected: Option<&str>,
        pins: Option<&PullPins>,
    ) -> Result<(String, u64), StoreError> {
        use std::io::Write;
        w.out.flush().map_err(io_err("write", &w.path))?;
        w.out
            .get_ref()
            .sync_all()
            .map_err(io_err("sync", &w.path))?;
        let digest = format!("sha256:{:x}", w.hasher.finalize_reset());
        if let Some(e) = expected {
            if e != digest {
                return Err(StoreError::BadBlob {
                    digest: e.to_string(),
                    actual: digest,
                });
            }
        }
        if let Some(p) = pins {
            p.pin(&digest)?;
        }
        let dest = self.blob_path(&digest).ok_or_else(|| StoreError::BadBlob {
            digest: digest.clone(),
            actual: "not a sha256 digest".into(),
        })?;
        if !dest.exists() {
            std::fs::rename(&w.path, &dest).map_err(io_err("rename into place", &dest))?;
        }
        Ok((digest, w.size))
    }

    /// Finish a written blob but leave it in tmp/ (removed when the [`TempBlob`] is dropped):
    /// what `push` makes to send once, e.g. a layer recompressed with zstd.
    pub fn finish_blob(&self, mut w: BlobWriter) -> Result<TempBlob, StoreError> {
        use std::io::Write;
        w.out.flush().map_err(io_err("write", &w.path))?;
        let digest = format!("sha256:{:x}", w.hasher.finalize_reset());
        Ok(TempBlob {
            digest,
            size: w.size,
            path: w.path,
            _dir: w._dir,
        })
    }

    /// Keep `blob` as the compressed blob of a layer that has none (a layer from a store that
    /// predates kept blobs): the blob moves into `blobs/`, then the layer's record names it.
    /// A layer whose recorded blob is present is left as it is. Returns whether it was kept.
    pub fn keep_layer_blob(
        &self,
        blob: TempBlob,
        diff_id: &str,
        media_type: &str,
    ) -> Result<bool, StoreError> {
        let _l = self.lock_layer(diff_id)?;
        let Some(mut record) = self.layer_record(diff_id) else {
            return Ok(false);
        };
        if self.has_blob(&record.compressed_digest) {
            return Ok(false);
        }
        let (Some(dest), Some(dir)) = (self.blob_path(&blob.digest), self.layer_path(diff_id))
        else {
            return Ok(false);
        };
        std::fs::File::open(&blob.path)
            .and_then(|f| f.sync_all())
            .map_err(io_err("sync", &blob.path))?;
        if !dest.exists() {
            std::fs::rename(&blob.path, &dest).map_err(io_err("rename into place", &dest))?;
        }
        record.compressed_digest = blob.digest.clone();
        record.compressed_size = blob.size;
        record.media_type = media_type.to_string();
        let meta = dir.join("layer.json");
        let data = serde_json::to_vec_pretty(&record).map_err(|source| StoreError::Corrupt {
            path: meta.display().to_string(),
            source,
        })?;
        atomic::write(&meta, &data).map_err(io_err("write", &meta))?;
        Ok(true)
    }

    /// Whether a blob is present (a layer's compressed blob may not be: stores from before
    /// berth kept them, and `import`ed layers are made on demand).
    pub fn has_blob(&self, digest: &str) -> bool {
        self.blob_path(digest).is_some_and(|p| p.exists())
    }

    /// Store a small blob (manifest, config) after checking its digest.
    pub fn put_blob(&self, digest: &str, data: &[u8]) -> Result<(), StoreError> {
        let actual = format!("sha256:{:x}", Sha256::digest(data));
        let path = self.blob_path(digest).ok_or_else(|| StoreError::BadBlob {
            digest: digest.into(),
            actual: actual.clone(),
        })?;
        if actual != digest {
            return Err(StoreError::BadBlob {
                digest: digest.into(),
                actual,
            });
        }
        if path.exists() {
            return Ok(());
        }
        atomic::write(&path, data).map_err(io_err("write", &path))
    }

    /// The image's configuration (its config blob, whose digest is the image ID), parsed into
    /// oci-spec's type; Docker configs parse the same. The one place berth parses a config blob
    /// from the store.
    pub fn image_config(
        &self,
        image: &ImageRecord,
    ) -> Result<oci_spec::image::ImageConfiguration, StoreError> {
        let digest = format!("sha256:{}", image.id);
        let bytes = self.read_blob(&digest)?;
        serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
            path: self
                .blob_path(&digest)
                .map(|p| p.display().to_string())
                .unwrap_or(digest),
            source,
        })
    }

    pub fn read_blob(&self, digest: &str) -> Result<Vec<u8>, StoreError> {
        let path = self
            .blob_path(digest)
            .ok_or_else(|| StoreError::ImageNotKnown(digest.into()))?;
        std::fs::read(&path).map_err(io_err("read", &path))
    }

    // ---- layers ----

    pub fn layer_path(&self, diff_id: &str) -> Option<PathBuf> {
        digest_hex(diff_id).map(|h| self.root.join("layers").join(h))
    }

    /// The directory with the layer's files (an overlay lower dir).
    pub fn layer_diff(&self, diff_id: &str) -> Option<PathBuf> {
        self.layer_path(diff_id).map(|p| p.join("diff"))
    }

    /// A layer exists once its directory has been renamed into place with its record.
    pub fn layer_exists(&self, diff_id: &str) -> bool {
        self.layer_path(diff_id)
            .is_some_and(|p| p.join("layer.json").exists())
    }

    pub fn layer_record(&self, diff_id: &str) -> Option<LayerRecord> {
        let p = self.layer_path(diff_id)?.join("layer.json");
        serde_json::from_slice(&std::fs::read(p).ok()?).ok()
    }

    /// Hold this lock while unpacking a layer, so that concurrent pulls unpack it once.
    pub fn lock_layer(&self, diff_id: &str) -> Result<lock::Lock, StoreError> {
        let hex = digest_hex(diff_id).unwrap_or("invalid");
        let p = self.root.join("locks").join(format!("{hex}.lock"));
        lock::exclusive(&p).map_err(io_err("lock", &p))
    }

    /// A temporary directory for unpacking a layer: the files go in `<tmp>/diff`.
    pub fn begin_layer(&self) -> Result<TmpDir, StoreError> {
        let t = self.tmp_dir("layer")?;
        let diff = t.path.join("diff");
        std::fs::create_dir(&diff).map_err(io_err("create", &diff))?;
        Ok(t)
    }

    /// Move an unpacked layer into place. If another process won the race, its copy stays.
    pub fn commit_layer(&self, tmp: TmpDir, record: &LayerRecord) -> Result<(), StoreError> {
        let Some(dest) = self.layer_path(&record.diff_id) else {
            return Err(StoreError::BadBlob {
                digest: record.diff_id.clone(),
                actual: "not a sha256 digest".into(),
            });
        };
        let meta = tmp.path.join("layer.json");
        let data = serde_json::to_vec_pretty(record).map_err(|source| StoreError::Corrupt {
            path: meta.display().to_string(),
            source,
        })?;
        atomic::write(&meta, &data).map_err(io_err("write", &meta))?;
        match std::fs::rename(&tmp.path, &dest) {
            Ok(()) => {
                tmp.disarm();
                Ok(())
            }
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOTEMPTY) | Some(libc::EEXIST)) => {
                Ok(())
            }
            Err(e) => Err(io_err("rename into place", &dest)(e)),
        }
    }

    // ---- removal ----

    /// Remove layers and blobs that no image uses. Layers being unpacked, and what an
    /// in-flight pull has pinned (see [`PullPins`]), are left alone.
    /// Returns the number of layers removed.
    pub fn collect_garbage(&self) -> Result<usize, StoreError> {
        let _l = self.lock()?;
        let images = self.images()?;
        // Listed before the pins are read (see PullPins for why this order matters).
        let bdir = self.root.join("blobs/sha256");
        let blobs: Vec<std::fs::DirEntry> = std::fs::read_dir(&bdir)
            .map(|rd| rd.flatten().collect())
            .unwrap_or_default();
        let layer_dir = self.root.join("layers");
        let layers: Vec<std::fs::DirEntry> = std::fs::read_dir(&layer_dir)
            .map_err(io_err("read", &layer_dir))?
            .flatten()
            .collect();
        let pinned = self.pinned();
        let used_layers: HashSet<String> = images
            .iter()
            .flat_map(|i| i.layers.iter())
            .filter_map(|d| digest_hex(d).map(str::to_string))
            .collect();
        let mut removed = 0;
        for e in layers {
            let name = e.file_name().to_string_lossy().into_owned();
            if used_layers.contains(&name) || pinned.contains(&name) {
                continue;
            }
            let diff_id = format!("sha256:{name}");
            let lp = self.root.join("locks").join(format!("{name}.lock"));
            let Ok(Some(_held)) = lock::try_exclusive(&lp) else {
                continue;
            };
            // Rename first: the layer vanishes at once, and a crash mid-delete leaves only tmp/.
            let t = self.tmp_dir("delete")?;
            let target = t.path.join("layer");
            if std::fs::rename(e.path(), &target).is_ok() {
                removed += 1;
                log::debug!("removed layer {diff_id}");
            }
            drop(t);
            let _ = std::fs::remove_file(&lp);
        }
        // Blobs: keep manifests and configs that an image refers to.
        let mut used_blobs: HashSet<String> = HashSet::new();
        for i in &images {
            used_blobs.insert(i.id.clone());
            for d in i.digests.iter().chain(std::iter::once(&i.digest)) {
                if let Some(h) = digest_hex(d) {
                    used_blobs.insert(h.to_string());
                }
            }
        }
        used_blobs.extend(self.list_blobs());
        for d in &used_layers {
            if let Some(r) = self.layer_record(&format!("sha256:{d}")) {
                if let Some(h) = digest_hex(&r.compressed_digest) {
                    used_blobs.insert(h.to_string());
                }
            }
        }
        for e in blobs {
            let name = e.file_name().to_string_lossy().into_owned();
            if !used_blobs.contains(&name) && !pinned.contains(&name) && !name.starts_with('.') {
                let _ = std::fs::remove_file(e.path());
            }
        }
        Ok(removed)
    }

    /// Sum of the sizes of the layers of all images (for `system df` and `info`).
    pub fn layer_count(&self) -> usize {
        std::fs::read_dir(self.root.join("layers"))
            .map(|rd| rd.count())
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_store(name: &str) -> (PathBuf, Store) {
        let root = std::env::temp_dir().join(format!("berth-store-{name}-{}", std::process::id()));
        let _ = remove_tree(&root);
        let store = Store::open(&root, false).unwrap();
        (root, store)
    }

    fn record(config_digest: &str, manifest_digest: &str) -> ImageRecord {
        ImageRecord {
            id: digest_hex(config_digest).unwrap().to_string(),
            names: vec!["localhost/gc-race:latest".into()],
            repositories: vec![],
            digest_names: vec![],
            digest: manifest_digest.into(),
            digests: vec![manifest_digest.into()],
            manifest_media_type: String::new(),
            layers: vec![],
            created: 0,
            stored: 0,
            size: 0,
            names_history: vec![],
            parent: None,
            build_key: None,
        }
    }

    fn digest_of(data: &[u8]) -> String {
        format!("sha256:{:x}", Sha256::digest(data))
    }

    /// A pull writes its config and manifest, unpacks layers (here: a `rmi` collects garbage
    /// meanwhile), then records the image: the blobs must still be there.
    #[test]
    fn gc_keeps_the_blobs_of_an_in_flight_pull() {
        let (root, store) = temp_store("gc-race");
        let config =
            br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#;
        let manifest = br#"{"schemaVersion":2}"#;
        let (cd, md) = (digest_of(config), digest_of(manifest));
        // an unrelated unreferenced blob is still garbage
        let junk = b"junk";
        store.put_blob(&digest_of(junk), junk).unwrap();

        let pins = store.begin_pull().unwrap();
        store.put_pinned_blob(&pins, &cd, config).unwrap();
        store.put_pinned_blob(&pins, &md, manifest).unwrap();
        store.collect_garbage().unwrap(); // the concurrent rmi
        assert!(store.add_image(record(&cd, &md)).unwrap().is_empty());
        drop(pins);

        assert!(
            store.blob_path(&cd).unwrap().exists(),
            "config blob collected mid-pull"
        );
        assert!(
            store.blob_path(&md).unwrap().exists(),
            "manifest blob collected mid-pull"
        );
        assert!(!store.blob_path(&digest_of(junk)).unwrap().exists());
        // recorded: GC keeps them for the image, and the pins are gone
        store.collect_garbage().unwrap();
        assert!(store.blob_path(&cd).unwrap().exists());
        assert!(store.pinned().is_empty());
        let _ = remove_tree(&root);
    }
}
