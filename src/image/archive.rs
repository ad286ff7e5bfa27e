//! Image archives: `save` writes docker-archive (docker's `docker save` layout, as podman
//! writes it), oci-archive, oci-dir and docker-dir (containers/image's `dir:`); `load` reads
//! docker-archive and oci-archive (plain or compressed) into the store.
//!
//! Streaming both ways: a layer goes from its blob (decompressed for the docker formats'
//! uncompressed tars) straight into the output; a layer without a kept blob is packed from its
//! diff dir into a temporary file first, since a tar entry needs its size up front. `load`
//! spools the outer archive's files into a private temporary directory (a docker-archive's
//! manifest.json comes last) under names of its own, so no archive path is ever used as a
//! file system path; an entry that climbs out of the archive (`../`, `/`) is refused.

use super::layer::{self, UnpackOptions};
use super::write::{self, Format, NewImage, WriteError};
use crate::archive::pack::{self, PackError, PackOptions};
use crate::reference::{ParsedName, Reference};
use crate::storage::{ImageRecord, LayerRecord, PullPins, Store, StoreError, TmpDir};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
const REF_NAME: &str = "org.opencontainers.image.ref.name";
/// The largest manifest, config or index read into memory.
const MAX_SMALL: u64 = 16 << 20;

#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: io::Error,
    },
    /// Not an archive of a kind `load` knows (podman's words).
    #[error("payload does not match any of the supported image formats:\n * oci-archive: {0}\n * docker-archive: {0}")]
    NotAnArchive(String),
    #[error("refusing hostile archive entry {entry:?}: {reason}")]
    Hostile { entry: String, reason: String },
    #[error("invalid archive: {0}")]
    Invalid(String),
}

fn io_err(what: impl Into<String>) -> impl FnOnce(io::Error) -> ArchiveError {
    let what = what.into();
    move |source| ArchiveError::Io { what, source }
}

/// `save --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
    OciDir,
    DockerDir,
}

impl SaveFormat {
    pub fn parse(s: &str) -> Option<SaveFormat> {
        match s {
            "docker-archive" => Some(SaveFormat::DockerArchive),
            "oci-archive" => Some(SaveFormat::OciArchive),
            "oci-dir" => Some(SaveFormat::OciDir),
            "docker-dir" => Some(SaveFormat::DockerDir),
            _ => None,
        }
    }
    /// Whether the output is a directory (else a tar stream).
    pub fn is_dir(self) -> bool {
        matches!(self, SaveFormat::OciDir | SaveFormat::DockerDir)
    }
}

/// One image to save, with the names it is saved under (RepoTags, ref.name annotations).
pub struct SaveImage {
    pub record: ImageRecord,
    pub tags: Vec<String>,
}

// ---- where saved files go ----

trait Out {
    fn file(&mut self, name: &str, size: u64, data: &mut dyn Read) -> Result<(), ArchiveError>;
    fn dir(&mut self, name: &str) -> Result<(), ArchiveError>;
    fn symlink(&mut self, name: &str, target: &str) -> Result<(), ArchiveError>;
}

struct TarOut<W: Write> {
    tar: tar::Builder<W>,
    /// podman's docker-archive: read-only files, mtime 0; its oci-archive: 0644.
    file_mode: u32,
}

impl<W: Write> TarOut<W> {
    fn header(&self, kind: tar::EntryType, mode: u32, size: u64) -> tar::Header {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_size(size);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(0);
        h
    }
}

impl<W: Write> Out for TarOut<W> {
    fn file(&mut self, name: &str, size: u64, data: &mut dyn Read) -> Result<(), ArchiveError> {
        let mut h = self.header(tar::EntryType::Regular, self.file_mode, size);
        let exact = Exact {
            inner: data,
            left: size,
        };
        self.tar
            .append_data(&mut h, name, exact)
            .map_err(io_err(format!("write {name} into the archive")))
    }
    fn dir(&mut self, name: &str) -> Result<(), ArchiveError> {
        let mut h = self.header(tar::EntryType::Directory, 0o755, 0);
        self.tar
            .append_data(&mut h, name, io::empty())
            .map_err(io_err(format!("write {name} into the archive")))
    }
    fn symlink(&mut self, name: &str, target: &str) -> Result<(), ArchiveError> {
        let mut h = self.header(tar::EntryType::Symlink, 0, 0);
        self.tar
            .append_link(&mut h, name, target)
            .map_err(io_err(format!("write {name} into the archive")))
    }
}

struct DirOut {
    root: PathBuf,
}

impl Out for DirOut {
    fn file(&mut self, name: &str, _size: u64, data: &mut dyn Read) -> Result<(), ArchiveError> {
        let path = self.root.join(name);
        let mut f = fs_err::File::create(&path).map_err(io_err("create"))?;
        io::copy(data, &mut f).map_err(io_err(format!("write {}", path.display())))?;
        Ok(())
    }
    fn dir(&mut self, name: &str) -> Result<(), ArchiveError> {
        let path = self.root.join(name);
        match fs_err::create_dir(&path) {
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => Err(io_err("create")(e)),
            _ => Ok(()),
        }
    }
    fn symlink(&mut self, name: &str, target: &str) -> Result<(), ArchiveError> {
        std::os::unix::fs::symlink(target, self.root.join(name))
            .map_err(io_err(format!("create the symlink {name}")))
    }
}

/// Exactly `left` bytes from `inner`: fewer is an error, so a short source never makes a
/// tar entry whose header lies about its size.
struct Exact<'a> {
    inner: &'a mut dyn Read,
    left: u64,
}

impl Read for Exact<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("the layer ended {} bytes early", self.left),
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

struct HashWriter<W> {
    inner: W,
    hasher: Sha256,
    size: u64,
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(data)?;
        self.hasher.update(&data[..n]);
        self.size += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

// ---- layer sources ----

/// A layer ready to be copied: where its bytes are, how many, and their digest.
struct Source {
    path: PathBuf,
    size: u64,
    digest: String,
    /// The file is compressed and is to be decompressed on the way out.
    decompress: bool,
    media_type: String,
    _tmp: Option<TmpDir>,
}

impl Source {
    fn open(&self) -> Result<Box<dyn Read>, ArchiveError> {
        let f = fs_err::File::open(&self.path).map_err(io_err("open the layer"))?;
        let r = io::BufReader::with_capacity(256 * 1024, f);
        if self.decompress {
            layer::decompress(r).map_err(io_err(format!("decompress {}", self.path.display())))
        } else {
            Ok(Box::new(r))
        }
    }
}

fn hex(digest: &str) -> &str {
    digest.strip_prefix("sha256:").unwrap_or(digest)
}

/// The layer as an uncompressed tar (docker-archive, docker-dir without --compress).
fn uncompressed(store: &Store, l: &LayerRecord) -> Result<Source, ArchiveError> {
    if let Some(p) = store.blob_path(&l.compressed_digest).filter(|p| p.exists()) {
        return Ok(Source {
            path: p,
            size: l.size,
            digest: l.diff_id.clone(),
            decompress: true,
            media_type: write::MEDIA_DOCKER_LAYER_GZIP.into(),
            _tmp: None,
        });
    }
    packed(store, l, false)
}

/// The layer as its compressed blob (OCI formats, docker-dir --compress).
fn compressed(store: &Store, l: &LayerRecord) -> Result<Source, ArchiveError> {
    if let Some(p) = store.blob_path(&l.compressed_digest).filter(|p| p.exists()) {
        return Ok(Source {
            path: p,
            size: l.compressed_size,
            digest: l.compressed_digest.clone(),
            decompress: false,
            media_type: l.media_type.clone(),
            _tmp: None,
        });
    }
    packed(store, l, true)
}

/// A layer without a kept blob (older stores): packed from its diff dir into a temporary file.
fn packed(store: &Store, l: &LayerRecord, gzip: bool) -> Result<Source, ArchiveError> {
    let diff = store
        .layer_diff(&l.diff_id)
        .ok_or_else(|| StoreError::ImageNotKnown(format!("layer {} is missing", l.diff_id)))?;
    let tmp = store.tmp_dir("save")?;
    let path = tmp.path.join("layer");
    let f = fs_err::File::create(&path).map_err(io_err("create"))?;
    let hw = HashWriter {
        inner: io::BufWriter::new(f),
        hasher: Sha256::new(),
        size: 0,
    };
    let opts = PackOptions::default();
    let mut hw = if gzip {
        let gz = flate2::write::GzEncoder::new(hw, flate2::Compression::new(3));
        let gz = pack::pack_diff(&diff, gz, &opts)?;
        gz.finish().map_err(io_err("compress the layer"))?
    } else {
        pack::pack_diff(&diff, hw, &opts)?
    };
    hw.flush().map_err(io_err("write the layer"))?;
    let digest = format!("sha256:{:x}", hw.hasher.finalize_reset());
    if !gzip && digest != l.diff_id {
        log::warn!(
            "layer {} packed again from its files gives {digest}: the archive may not load elsewhere",
            l.diff_id
        );
    }
    Ok(Source {
        path,
        size: hw.size,
        digest,
        decompress: false,
        media_type: write::MEDIA_OCI_LAYER_GZIP.into(),
        _tmp: Some(tmp),
    })
}

fn layers_of(store: &Store, image: &ImageRecord) -> Result<Vec<LayerRecord>, ArchiveError> {
    image
        .layers
        .iter()
        .map(|d| {
            store.layer_record(d).ok_or_else(|| {
                ArchiveError::Store(StoreError::ImageNotKnown(format!(
                    "layer {d} of image {} is missing",
                    image.id
                )))
            })
        })
        .collect()
}

fn config_of(store: &Store, image: &ImageRecord) -> Result<Vec<u8>, ArchiveError> {
    Ok(store.read_blob(&format!("sha256:{}", image.id))?)
}

fn put_small(out: &mut dyn Out, name: &str, bytes: &[u8]) -> Result<(), ArchiveError> {
    out.file(name, bytes.len() as u64, &mut io::Cursor::new(bytes))
}

fn put_source(out: &mut dyn Out, name: &str, s: &Source) -> Result<(), ArchiveError> {
    let mut r = s.open()?;
    out.file(name, s.size, &mut r)
}

// ---- docker-archive ----

/// JSON documents with their fields in the order podman writes them.
#[derive(serde::Serialize)]
struct ManifestEntry<'a> {
    #[serde(rename = "Config")]
    config: &'a str,
    #[serde(rename = "RepoTags")]
    repo_tags: &'a [String],
    #[serde(rename = "Layers")]
    layers: &'a [String],
}

#[derive(serde::Serialize, Clone)]
struct Descriptor {
    #[serde(rename = "mediaType")]
    media_type: String,
    digest: String,
    size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<BTreeMap<String, String>>,
}

#[derive(serde::Serialize)]
struct ImageManifest<'a> {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    #[serde(rename = "mediaType")]
    media_type: &'a str,
    config: Descriptor,
    layers: Vec<Descriptor>,
}

#[derive(serde::Serialize)]
struct Index {
    #[serde(rename = "schemaVersion")]
    schema_version: u32,
    manifests: Vec<Descriptor>,
}

fn desc(media_type: &str, digest: &str, size: u64) -> Descriptor {
    Descriptor {
        media_type: media_type.into(),
        digest: digest.into(),
        size,
        annotations: None,
    }
}

fn to_json(v: &impl serde::Serialize) -> Result<Vec<u8>, ArchiveError> {
    serde_json::to_vec(v).map_err(|e| ArchiveError::Invalid(e.to_string()))
}

fn write_docker_archive(
    store: &Store,
    images: &[SaveImage],
    out: &mut dyn Out,
) -> Result<(), ArchiveError> {
    let mut written: HashSet<String> = HashSet::new();
    let mut manifest = Vec::new();
    let mut repositories: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for img in images {
        let config = config_of(store, &img.record)?;
        let layers = layers_of(store, &img.record)?;
        let mut names = Vec::new();
        for l in &layers {
            let name = format!("{}.tar", hex(&l.diff_id));
            if written.insert(name.clone()) {
                let s = uncompressed(store, l)?;
                put_source(out, &name, &s)?;
            }
            names.push(name);
        }
        let config_name = format!("{}.json", img.record.id);
        if written.insert(config_name.clone()) {
            put_small(out, &config_name, &config)?;
        }
        // docker's legacy per-layer directories (docker before 1.10 reads only these)
        let cfg: Value = serde_json::from_slice(&config).unwrap_or(Value::Null);
        let mut parent = String::new();
        for (i, l) in layers.iter().enumerate() {
            let top = i + 1 == layers.len();
            let seed = if top {
                format!("{parent} {} {}", l.diff_id, img.record.id)
            } else {
                format!("{parent} {}", l.diff_id)
            };
            let id = format!("{:x}", Sha256::digest(seed.as_bytes()));
            let mut j = serde_json::Map::new();
            j.insert("id".into(), Value::String(id.clone()));
            if !parent.is_empty() {
                j.insert("parent".into(), Value::String(parent.clone()));
            }
            if top {
                for k in [
                    "architecture",
                    "config",
                    "container",
                    "container_config",
                    "created",
                    "docker_version",
                    "os",
                ] {
                    j.insert(k.into(), cfg.get(k).cloned().unwrap_or(Value::Null));
                }
            }
            if written.insert(id.clone()) {
                out.symlink(&format!("{id}/layer.tar"), &format!("../{}", names[i]))?;
                put_small(out, &format!("{id}/VERSION"), b"1.0")?;
                let jb = serde_json::to_vec(&Value::Object(j))
                    .map_err(|e| ArchiveError::Invalid(e.to_string()))?;
                put_small(out, &format!("{id}/json"), &jb)?;
            }
            parent = id;
        }
        for t in &img.tags {
            if let Some((repo, tag)) = split_tag(t) {
                repositories
                    .entry(repo.to_string())
                    .or_default()
                    .insert(tag.to_string(), parent.clone());
            }
        }
        manifest.push((config_name, img.tags.clone(), names));
    }
    let entries: Vec<ManifestEntry<'_>> = manifest
        .iter()
        .map(|(c, t, l)| ManifestEntry {
            config: c,
            repo_tags: t,
            layers: l,
        })
        .collect();
    let mb = to_json(&entries)?;
    put_small(out, "manifest.json", &mb)?;
    if !repositories.is_empty() {
        let rb =
            serde_json::to_vec(&repositories).map_err(|e| ArchiveError::Invalid(e.to_string()))?;
        put_small(out, "repositories", &rb)?;
    }
    Ok(())
}

/// `registry/repo:tag` → (`registry/repo`, `tag`); None without a tag.
fn split_tag(name: &str) -> Option<(&str, &str)> {
    let slash = name.rfind('/').map(|i| i + 1).unwrap_or(0);
    let colon = name[slash..].rfind(':')? + slash;
    Some((&name[..colon], &name[colon + 1..]))
}

// ---- OCI layout ----

fn write_oci(
    store: &Store,
    images: &[SaveImage],
    uncompressed_layers: bool,
    out: &mut dyn Out,
) -> Result<(), ArchiveError> {
    out.dir("blobs")?;
    out.dir("blobs/sha256")?;
    let mut written: HashSet<String> = HashSet::new();
    let mut index = Vec::new();
    for img in images {
        let config = config_of(store, &img.record)?;
        let mut descs = Vec::new();
        for l in layers_of(store, &img.record)? {
            let s = if uncompressed_layers {
                let mut s = uncompressed(store, &l)?;
                s.media_type = "application/vnd.oci.image.layer.v1.tar".into();
                s
            } else {
                compressed(store, &l)?
            };
            let name = format!("blobs/sha256/{}", hex(&s.digest));
            if written.insert(name.clone()) {
                put_source(out, &name, &s)?;
            }
            let mt = match s.media_type.as_str() {
                write::MEDIA_DOCKER_LAYER_GZIP => write::MEDIA_OCI_LAYER_GZIP,
                "application/vnd.docker.image.rootfs.diff.tar" => {
                    "application/vnd.oci.image.layer.v1.tar"
                }
                other => other,
            };
            descs.push(desc(mt, &s.digest, s.size));
        }
        let config_name = format!("blobs/sha256/{}", img.record.id);
        if written.insert(config_name.clone()) {
            put_small(out, &config_name, &config)?;
        }
        let mb = to_json(&ImageManifest {
            schema_version: 2,
            media_type: write::MEDIA_OCI_MANIFEST,
            config: desc(
                write::MEDIA_OCI_CONFIG,
                &format!("sha256:{}", img.record.id),
                config.len() as u64,
            ),
            layers: descs,
        })?;
        let md = format!("{:x}", Sha256::digest(&mb));
        let mname = format!("blobs/sha256/{md}");
        if written.insert(mname.clone()) {
            put_small(out, &mname, &mb)?;
        }
        let d = desc(
            write::MEDIA_OCI_MANIFEST,
            &format!("sha256:{md}"),
            mb.len() as u64,
        );
        if img.tags.is_empty() {
            index.push(d.clone());
        }
        for t in &img.tags {
            let mut d = d.clone();
            d.annotations = Some(BTreeMap::from([(REF_NAME.to_string(), t.clone())]));
            index.push(d);
        }
    }
    let ib = to_json(&Index {
        schema_version: 2,
        manifests: index,
    })?;
    put_small(out, "index.json", &ib)?;
    put_small(out, "oci-layout", br#"{"imageLayoutVersion": "1.0.0"}"#)?;
    Ok(())
}

// ---- docker-dir (containers/image `dir:`) ----

fn write_docker_dir(
    store: &Store,
    img: &SaveImage,
    compress: bool,
    out: &mut dyn Out,
) -> Result<(), ArchiveError> {
    let config = config_of(store, &img.record)?;
    let mut descs = Vec::new();
    for l in layers_of(store, &img.record)? {
        let s = if compress {
            compressed(store, &l)?
        } else {
            uncompressed(store, &l)?
        };
        put_source(out, hex(&s.digest), &s)?;
        // containers/image keeps the gzip media type for the uncompressed copy too
        descs.push(desc(write::MEDIA_DOCKER_LAYER_GZIP, &s.digest, s.size));
    }
    put_small(out, &img.record.id, &config)?;
    let mb = to_json(&ImageManifest {
        schema_version: 2,
        media_type: write::MEDIA_DOCKER_MANIFEST,
        config: desc(
            write::MEDIA_DOCKER_CONFIG,
            &format!("sha256:{}", img.record.id),
            config.len() as u64,
        ),
        layers: descs,
    })?;
    put_small(out, "manifest.json", &mb)?;
    put_small(out, "version", b"Directory Transport Version: 1.1\n")?;
    Ok(())
}

/// How `save` writes layers.
#[derive(Debug, Clone, Copy, Default)]
pub struct LayerChoice {
    /// docker-dir: the compressed blobs (else uncompressed tars).
    pub compress: bool,
    /// OCI formats: uncompressed tars (else the compressed blobs).
    pub uncompressed: bool,
}

/// Write `images` as a tar archive (docker-archive, oci-archive) into `w`.
pub fn save_archive<W: Write>(
    store: &Store,
    images: &[SaveImage],
    format: SaveFormat,
    layers: LayerChoice,
    w: W,
) -> Result<W, ArchiveError> {
    let mut out = TarOut {
        tar: tar::Builder::new(w),
        file_mode: if format == SaveFormat::DockerArchive {
            0o444
        } else {
            0o644
        },
    };
    match format {
        SaveFormat::DockerArchive => write_docker_archive(store, images, &mut out)?,
        SaveFormat::OciArchive => write_oci(store, images, layers.uncompressed, &mut out)?,
        _ => {
            return Err(ArchiveError::Invalid(
                "a directory format is not written as an archive".into(),
            ))
        }
    }
    out.tar.into_inner().map_err(io_err("finish the archive"))
}

/// Write `images` into the directory `dir` (created; it must not exist as a non-empty one).
pub fn save_dir(
    store: &Store,
    images: &[SaveImage],
    format: SaveFormat,
    layers: LayerChoice,
    dir: &Path,
) -> Result<(), ArchiveError> {
    fs_err::create_dir_all(dir).map_err(io_err("create the output directory"))?;
    let mut out = DirOut {
        root: dir.to_path_buf(),
    };
    match format {
        SaveFormat::OciDir => write_oci(store, images, layers.uncompressed, &mut out),
        SaveFormat::DockerDir => match images {
            [one] => write_docker_dir(store, one, layers.compress, &mut out),
            _ => Err(ArchiveError::Invalid(
                "docker-dir holds one image: save several with --format oci-dir or -m with docker-archive"
                    .into(),
            )),
        },
        _ => Err(ArchiveError::Invalid(
            "an archive format is not written as a directory".into(),
        )),
    }
}

// ---- load ----

/// An image `load` recorded, with the names it got.
pub struct Loaded {
    pub id: String,
    pub names: Vec<String>,
    /// The layers' diff ids, bottom first.
    pub layers: Vec<String>,
}

/// The outer archive's files, spooled under names of their own (or a directory's files
/// where they are, with no tmp dir).
struct Spool {
    tmp: Option<TmpDir>,
    files: HashMap<String, PathBuf>,
    links: HashMap<String, String>,
}

/// An archive path made relative and plain (`./a//b` → `a/b`); None when it climbs out.
fn clean(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// A tar reading error in words fit for a terminal (a garbage header's bytes are not).
fn not_tar(e: io::Error) -> ArchiveError {
    let msg = e.to_string();
    if msg.chars().all(|c| !c.is_control() && c != '\u{fffd}') {
        ArchiveError::NotAnArchive(format!("invalid tar archive: {msg}"))
    } else {
        ArchiveError::NotAnArchive("invalid tar header".into())
    }
}

fn spool(store: &Store, input: impl Read) -> Result<Spool, ArchiveError> {
    let mut input = io::BufReader::with_capacity(256 * 1024, input);
    let head = input
        .fill_buf()
        .map_err(io_err("read the archive"))?
        .to_vec();
    if head.is_empty() {
        return Err(ArchiveError::NotAnArchive("the input is empty".into()));
    }
    let reader: Box<dyn Read> = match layer::Compression::detect(&head) {
        layer::Compression::None => Box::new(input),
        _ => layer::decompress(input).map_err(io_err("decompress the archive"))?,
    };
    let tmp = store.tmp_dir("load")?;
    let mut files = HashMap::new();
    let mut links = HashMap::new();
    let mut ar = tar::Archive::new(reader);
    let entries = ar.entries().map_err(not_tar)?;
    for (n, entry) in entries.enumerate() {
        let mut entry = entry.map_err(not_tar)?;
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if raw.starts_with('/') || raw.split('/').any(|c| c == "..") {
            return Err(ArchiveError::Hostile {
                entry: raw,
                reason: "leaves the archive".into(),
            });
        }
        let name = clean(&raw).unwrap_or_default();
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let path = tmp.path.join(format!("f{n}"));
                let mut f = fs_err::File::create(&path).map_err(io_err("spool the archive"))?;
                io::copy(&mut entry, &mut f).map_err(not_tar)?;
                files.insert(name, path);
            }
            kind @ (tar::EntryType::Symlink | tar::EntryType::Link) => {
                let target = entry
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                // a hard link names its target from the archive's top
                let target = if kind == tar::EntryType::Link {
                    format!("/{target}")
                } else {
                    target
                };
                links.insert(name, target);
            }
            _ => {}
        }
    }
    Ok(Spool {
        tmp: Some(tmp),
        files,
        links,
    })
}

/// A directory's files (`oci:`, `dir:`) in the place of a spooled archive: its regular files
/// and symlinks, by their paths under `dir`, read where they are.
fn spool_dir(dir: &Path) -> Result<Spool, ArchiveError> {
    let mut files = HashMap::new();
    let mut links = HashMap::new();
    let mut todo = vec![(dir.to_path_buf(), String::new())];
    while let Some((at, prefix)) = todo.pop() {
        let rd = fs_err::read_dir(&at).map_err(io_err("read the image directory"))?;
        for e in rd {
            let e = e.map_err(io_err("read the image directory"))?;
            let name = format!("{prefix}{}", e.file_name().to_string_lossy());
            let ft = e.file_type().map_err(io_err("read the image directory"))?;
            if ft.is_dir() {
                todo.push((e.path(), format!("{name}/")));
            } else if ft.is_symlink() {
                let t = fs_err::read_link(e.path()).map_err(io_err("read the image directory"))?;
                links.insert(name, t.to_string_lossy().into_owned());
            } else if ft.is_file() {
                files.insert(name, e.path());
            }
        }
    }
    Ok(Spool {
        tmp: None,
        files,
        links,
    })
}

impl Spool {
    /// The spooled file an archive path names, through the archive's own symlinks.
    fn resolve(&self, name: &str) -> Result<&Path, ArchiveError> {
        let mut cur = clean(name).ok_or_else(|| ArchiveError::Hostile {
            entry: name.into(),
            reason: "leaves the archive".into(),
        })?;
        for _ in 0..16 {
            if let Some(p) = self.files.get(&cur) {
                return Ok(p);
            }
            let Some(target) = self.links.get(&cur) else {
                return Err(ArchiveError::Invalid(format!(
                    "{name} is not in the archive"
                )));
            };
            let joined = if target.starts_with('/') {
                target.clone()
            } else {
                match cur.rfind('/') {
                    Some(i) => format!("{}/{target}", &cur[..i]),
                    None => target.clone(),
                }
            };
            cur = clean(&joined).ok_or_else(|| ArchiveError::Hostile {
                entry: name.into(),
                reason: format!("links to {target:?}, out of the archive"),
            })?;
        }
        Err(ArchiveError::Invalid(format!("{name}: too many links")))
    }

    fn small(&self, name: &str) -> Result<Vec<u8>, ArchiveError> {
        let p = self.resolve(name)?;
        let f = fs_err::File::open(p).map_err(io_err("read the spooled archive"))?;
        let mut v = Vec::new();
        f.take(MAX_SMALL + 1)
            .read_to_end(&mut v)
            .map_err(io_err(format!("read {name}")))?;
        if v.len() as u64 > MAX_SMALL {
            return Err(ArchiveError::Invalid(format!("{name} is too large")));
        }
        Ok(v)
    }

    fn json(&self, name: &str) -> Result<Value, ArchiveError> {
        serde_json::from_slice(&self.small(name)?)
            .map_err(|e| ArchiveError::Invalid(format!("{name}: {e}")))
    }
}

/// A name from an archive as the store keeps it (`busybox:latest` → docker.io/library/...).
pub fn normalize_name(name: &str) -> Option<String> {
    let r = match Reference::parse(name).ok()? {
        ParsedName::Qualified(r) => r,
        ParsedName::Short(s) => s.qualify("docker.io"),
    };
    r.digest.is_none().then(|| r.with_default_tag().to_string())
}

fn diff_ids(config: &[u8]) -> Result<Vec<String>, ArchiveError> {
    let v: Value = serde_json::from_slice(config)
        .map_err(|e| ArchiveError::Invalid(format!("the image config: {e}")))?;
    Ok(v.pointer("/rootfs/diff_ids")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|d| d.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

/// Store the layers (archive paths, in order) of an image and record it under `names`.
fn load_one(
    store: &Store,
    sp: &Spool,
    config: &[u8],
    layer_paths: &[String],
    names: Vec<String>,
    format: Format,
    pins: &PullPins,
) -> Result<Loaded, ArchiveError> {
    let wanted = diff_ids(config)?;
    if wanted.len() != layer_paths.len() {
        return Err(ArchiveError::Invalid(format!(
            "the image config names {} layers, the manifest {}",
            wanted.len(),
            layer_paths.len()
        )));
    }
    let mut layers = Vec::new();
    for (p, want) in layer_paths.iter().zip(&wanted) {
        let file = sp.resolve(p)?;
        let rec = if let Some(existing) = store.layer_record(want) {
            existing
        } else {
            let f = fs_err::File::open(file).map_err(io_err("read the spooled layer"))?;
            write::store_blob_layer(store, f, &UnpackOptions::default(), pins)?
        };
        if &rec.diff_id != want {
            return Err(ArchiveError::Invalid(format!(
                "layer {p} has the diff id {}, the image config says {want}",
                rec.diff_id
            )));
        }
        pins.pin(&rec.diff_id)?;
        layers.push(rec);
    }
    let rec = write::write_image_config(
        store,
        config,
        NewImage {
            config: Value::Null,
            layers: &layers,
            names: names.clone(),
            format,
            annotations: Vec::new(),
            parent: None,
            build_key: None,
        },
        pins,
    )?;
    Ok(Loaded {
        id: rec.id,
        names,
        layers: wanted,
    })
}

fn load_docker(
    store: &Store,
    sp: &Spool,
    pick: Option<&str>,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    let manifest = sp.json("manifest.json")?;
    if manifest.is_object() {
        return load_docker_dir(store, sp, &manifest, pins);
    }
    let entries = manifest
        .as_array()
        .ok_or_else(|| ArchiveError::Invalid("manifest.json is not a list".into()))?;
    let entries: Vec<&Value> = match pick {
        None => entries.iter().collect(),
        // docker-archive:PATH:@N is the Nth image, docker-archive:PATH:NAME the one tagged so
        Some(p) => {
            let chosen: Vec<&Value> = match p.strip_prefix('@').map(str::parse::<usize>) {
                Some(Ok(n)) => entries.get(n).into_iter().collect(),
                _ => {
                    let want = normalize_name(p);
                    entries
                        .iter()
                        .filter(|e| {
                            e["RepoTags"].as_array().into_iter().flatten().any(|t| {
                                t.as_str()
                                    .and_then(normalize_name)
                                    .is_some_and(|t| Some(t) == want)
                            })
                        })
                        .take(1)
                        .collect()
                }
            };
            if chosen.is_empty() {
                return Err(ArchiveError::Invalid(format!(
                    "no image {p:?} in the archive"
                )));
            }
            chosen
        }
    };
    let mut out = Vec::new();
    for e in entries {
        let config_name = e["Config"]
            .as_str()
            .ok_or_else(|| ArchiveError::Invalid("manifest.json: an entry has no Config".into()))?;
        let config = sp.small(config_name)?;
        let layers: Vec<String> = e["Layers"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|l| l.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let names: Vec<String> = e["RepoTags"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str())
                    .filter_map(normalize_name)
                    .collect()
            })
            .unwrap_or_default();
        out.push(load_one(
            store,
            sp,
            &config,
            &layers,
            names,
            Format::Docker,
            pins,
        )?);
    }
    Ok(out)
}

/// containers/image's `dir:` layout: manifest.json is the image's manifest (Docker or OCI),
/// each blob a file named by its digest's hex.
fn load_docker_dir(
    store: &Store,
    sp: &Spool,
    m: &Value,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    let hex_of = |d: &str| blob_name(d).map(|b| b["blobs/sha256/".len()..].to_string());
    let cd = m
        .pointer("/config/digest")
        .and_then(Value::as_str)
        .unwrap_or("");
    let config = sp.small(&hex_of(cd)?)?;
    let layers: Vec<String> = m["layers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| hex_of(l["digest"].as_str().unwrap_or("")))
        .collect::<Result<_, _>>()?;
    let format = if m["mediaType"].as_str() == Some(write::MEDIA_OCI_MANIFEST) {
        Format::Oci
    } else {
        Format::Docker
    };
    Ok(vec![load_one(
        store,
        sp,
        &config,
        &layers,
        Vec::new(),
        format,
        pins,
    )?])
}

fn blob_name(digest: &str) -> Result<String, ArchiveError> {
    let (alg, h) = digest
        .split_once(':')
        .ok_or_else(|| ArchiveError::Invalid(format!("bad digest {digest:?}")))?;
    if alg != "sha256" || h.len() != 64 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ArchiveError::Invalid(format!("bad digest {digest:?}")));
    }
    Ok(format!("blobs/sha256/{h}"))
}

fn load_oci(
    store: &Store,
    sp: &Spool,
    pick: Option<&str>,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    let index = sp.json("index.json")?;
    // manifest digest → names, in index order
    let mut order: Vec<String> = Vec::new();
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for d in index["manifests"].as_array().into_iter().flatten() {
        let digest = d["digest"].as_str().unwrap_or_default().to_string();
        let mt = d["mediaType"].as_str().unwrap_or_default();
        if mt == OCI_INDEX || mt == DOCKER_LIST {
            return Err(ArchiveError::Invalid(
                "nested image indexes (multi-platform archives) are not supported".into(),
            ));
        }
        let ref_name = d
            .pointer(&format!("/annotations/{}", REF_NAME.replace('/', "~1")))
            .and_then(Value::as_str);
        // oci:DIR:REF: the manifest whose ref.name is REF
        if pick.is_some() && ref_name != pick {
            continue;
        }
        if !names.contains_key(&digest) {
            order.push(digest.clone());
        }
        let entry = names.entry(digest).or_default();
        if let Some(n) = d.pointer(&format!("/annotations/{}", REF_NAME.replace('/', "~1"))) {
            if let Some(n) = n.as_str().filter(|n| n.contains('/') || n.contains(':')) {
                if let Some(n) = normalize_name(n) {
                    entry.push(n);
                }
            }
        }
    }
    if order.is_empty() {
        return Err(ArchiveError::Invalid(match pick {
            Some(p) => format!("index.json lists no image named {p:?}"),
            None => "index.json lists no image".into(),
        }));
    }
    let mut out = Vec::new();
    for digest in order {
        let m = sp.json(&blob_name(&digest)?)?;
        let cd = m
            .pointer("/config/digest")
            .and_then(Value::as_str)
            .unwrap_or("");
        let config = sp.small(&blob_name(cd)?)?;
        let layers: Vec<String> = m["layers"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| blob_name(l["digest"].as_str().unwrap_or("")))
            .collect::<Result<_, _>>()?;
        let n = names.remove(&digest).unwrap_or_default();
        out.push(load_one(store, sp, &config, &layers, n, Format::Oci, pins)?);
    }
    Ok(out)
}

/// Load a docker-archive or oci-archive (plain or compressed) from `input`.
pub fn load(store: &Store, input: impl Read, pins: &PullPins) -> Result<Vec<Loaded>, ArchiveError> {
    load_picked(store, input, None, pins)
}

/// [`load`], of only the image `pick` names when given (docker-archive: a name or `@N`;
/// oci-archive: a `ref.name`).
pub fn load_picked(
    store: &Store,
    input: impl Read,
    pick: Option<&str>,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    load_spooled(store, spool(store, input)?, pick, pins)
}

/// Load from a directory: an OCI layout (`oci:`) or containers/image's `dir:` layout.
pub fn load_dir(
    store: &Store,
    dir: &Path,
    pick: Option<&str>,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    load_spooled(store, spool_dir(dir)?, pick, pins)
}

fn load_spooled(
    store: &Store,
    sp: Spool,
    pick: Option<&str>,
    pins: &PullPins,
) -> Result<Vec<Loaded>, ArchiveError> {
    let result = if sp.files.contains_key("manifest.json") {
        load_docker(store, &sp, pick, pins)
    } else if sp.files.contains_key("index.json") {
        load_oci(store, &sp, pick, pins)
    } else {
        Err(ArchiveError::NotAnArchive(
            "it holds neither manifest.json (docker-archive) nor index.json (oci-archive)".into(),
        ))
    };
    drop(sp.tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_paths() {
        assert_eq!(clean("./a//b/./c").as_deref(), Some("a/b/c"));
        assert_eq!(clean("a/../b").as_deref(), Some("b"));
        assert_eq!(clean("../x"), None);
        assert_eq!(clean("a/../../x"), None);
    }

    #[test]
    fn splits_tags() {
        assert_eq!(
            split_tag("127.0.0.1:5000/a/b:latest"),
            Some(("127.0.0.1:5000/a/b", "latest"))
        );
        assert_eq!(split_tag("127.0.0.1:5000/a/b"), None);
    }

    #[test]
    fn normalizes_names() {
        assert_eq!(
            normalize_name("busybox:1").as_deref(),
            Some("docker.io/library/busybox:1")
        );
        assert_eq!(
            normalize_name("localhost/imp").as_deref(),
            Some("localhost/imp:latest")
        );
    }

    #[test]
    fn formats_parse() {
        assert_eq!(SaveFormat::parse("oci-dir"), Some(SaveFormat::OciDir));
        assert_eq!(SaveFormat::parse("tar"), None);
    }
}
