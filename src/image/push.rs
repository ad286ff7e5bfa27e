//! `push`: send an image of the store to a registry, as `podman push` (containers/image's
//! copy) does: each layer's compressed blob, then the config, then the manifest.
//!
//! * A layer's blob is the one the store kept (the bytes a pull received, or the gzip berth
//!   made), sent as it is, so a pulled image keeps its layer digests and registries dedupe it;
//!   and when nothing else changes, the manifest sent is the stored manifest blob itself, byte
//!   for byte, so its digest is the one it was pulled with.
//! * A layer without a kept blob (stores from before berth kept them) is packed from its diff
//!   directory (`archive::pack`), gzipped, and that blob is kept for next time when its tar
//!   reproduces the layer's diff id. One that does not gets a new diff id in a new config.
//! * `--compression-format` recompresses the layers whose blob is in another compression;
//!   `--format` converts the manifest's and config's media types (the bytes stay).
//! * Blobs the registry has are not sent (`HEAD`); a blob of an image pulled from another
//!   repository of the same registry is mounted from there.
//!
//! Nothing is held whole in memory: blobs stream from their files in 256 KiB chunks, and a
//! blob that must be made is written to the store's tmp/ first (its digest must be known
//! before the upload ends).

use super::layer::{self, Compression};
use super::registry::{Registry, RegistryError, RegistryOptions};
use super::write::{self, Format};
use crate::archive::pack::{self, PackOptions};
use crate::reference::Reference;
use crate::storage::{images, ImageRecord, Store, StoreError, TempBlob};
use futures_util::{StreamExt, TryStreamExt};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub const MEDIA_OCI_LAYER: &str = "application/vnd.oci.image.layer.v1.tar";
pub const MEDIA_OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
pub const MEDIA_DOCKER_LAYER: &str = "application/vnd.docker.image.rootfs.diff.tar";

/// zstd level of the layers push recompresses (zstd's default).
const ZSTD_LEVEL: i32 = 3;

/// What the caller sees of a push while it runs (the CLI draws progress from it).
pub enum PushEvent<'a> {
    /// Before the first blob (podman: "Getting image source signatures").
    Start,
    BlobStart {
        digest: &'a str,
        size: u64,
    },
    BlobProgress {
        digest: &'a str,
        bytes: u64,
    },
    BlobDone {
        digest: &'a str,
    },
    /// The registry has it already (or mounted it from another repository).
    BlobSkipped {
        digest: &'a str,
    },
    Config {
        digest: &'a str,
    },
    Writing,
    Signatures,
    Warning(String),
}

pub trait PushObserver {
    fn event(&self, e: PushEvent<'_>);
}

pub struct PushOptions {
    pub registry: RegistryOptions,
    /// `--format`; None: the image's own.
    pub format: Option<Format>,
    /// `--compression-format` (gzip or zstd); None: each blob as it is.
    pub compression: Option<Compression>,
    /// How many layers are made and sent at once.
    pub parallel: usize,
    /// Put the manifest under its digest instead of the destination's tag (an instance of a
    /// manifest list).
    pub by_digest: bool,
}

#[derive(Debug)]
pub struct PushOutcome {
    /// The digest of the manifest pushed (the registry's `Docker-Content-Digest`).
    pub manifest_digest: String,
    /// The layer blob digests, bottom first.
    pub layers: Vec<String>,
    /// The config digest (differs from the image ID only when a layer had to be re-made).
    pub config_digest: String,
    pub manifest_size: u64,
    pub manifest_media_type: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error("pinging container registry")]
    Ping {
        registry: String,
        #[source]
        source: RegistryError,
    },
    #[error("trying to reuse blob {digest} at destination")]
    Reuse {
        digest: String,
        #[source]
        source: RegistryError,
    },
    #[error("writing blob {digest}")]
    WriteBlob {
        digest: String,
        #[source]
        source: RegistryError,
    },
    #[error("writing manifest")]
    WriteManifest(#[source] RegistryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the stored manifest of image {image} is not valid: {message}")]
    BadManifest { image: String, message: String },
    #[error("layer {diff_id}: zstd-compressed layers cannot be pushed in the docker v2s2 format")]
    ZstdInDocker { diff_id: String },
    #[error("layer {diff_id}: {what}: {source}")]
    Layer {
        diff_id: String,
        what: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("layer {diff_id}: {source}")]
    Pack {
        diff_id: String,
        #[source]
        source: pack::PackError,
    },
    #[error("layer {diff_id} is not in the store")]
    MissingLayer { diff_id: String },
    #[error("the image config is not valid: {0}")]
    Config(String),
}

impl crate::error::Hint for PushError {
    fn hint(&self) -> Option<String> {
        match self {
            PushError::Registry(e) => e.hint(),
            PushError::Store(e) => e.hint(),
            PushError::ZstdInDocker { .. } => {
                Some("push with --format oci, or with --compression-format gzip".into())
            }
            PushError::MissingLayer { .. } => {
                Some("the store is damaged; pull or build the image again".into())
            }
            _ => None,
        }
    }
}

/// Where a layer's blob comes from.
enum Source {
    /// A kept blob, sent as it is.
    Kept {
        path: PathBuf,
        digest: String,
        size: u64,
        /// Its media type in the stored manifest (or layer record).
        media_type: String,
        compression: Compression,
    },
    /// A kept blob in another compression than the one asked for.
    Recompress { path: PathBuf },
    /// No kept blob: the diff directory is packed.
    Pack { diff: PathBuf },
}

struct LayerPlan {
    diff_id: String,
    source: Source,
}

/// A layer as sent.
#[derive(Clone)]
struct Sent {
    digest: String,
    size: u64,
    compression: Compression,
    /// The media type the kept blob had (for the stored manifest's format).
    media_type: Option<String>,
    /// The digest of its uncompressed tar (differs from the diff id only when re-made).
    diff_id: String,
}

fn compression_of(media_type: &str) -> Option<Compression> {
    if media_type.ends_with("zstd") {
        Some(Compression::Zstd)
    } else if media_type.ends_with("gzip") {
        Some(Compression::Gzip)
    } else if media_type.ends_with(".tar") || media_type.ends_with(".tar\"") {
        Some(Compression::None)
    } else {
        None
    }
}

/// The compression of a blob file, from its first bytes (its media type may say nothing).
fn sniff(path: &std::path::Path) -> io::Result<Compression> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let mut magic = [0u8; 4];
    let mut n = 0;
    while n < magic.len() {
        match f.read(&mut magic[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(Compression::detect(&magic[..n]))
}

/// The layer media type for a format and a compression.
pub fn layer_media_type(
    format: Format,
    compression: Compression,
) -> Result<&'static str, Compression> {
    match (format, compression) {
        (Format::Oci, Compression::None) => Ok(MEDIA_OCI_LAYER),
        (Format::Oci, Compression::Gzip) => Ok(write::MEDIA_OCI_LAYER_GZIP),
        (Format::Oci, Compression::Zstd) => Ok(MEDIA_OCI_LAYER_ZSTD),
        (Format::Docker, Compression::None) => Ok(MEDIA_DOCKER_LAYER),
        (Format::Docker, Compression::Gzip) => Ok(write::MEDIA_DOCKER_LAYER_GZIP),
        (Format::Docker, Compression::Zstd) => Err(Compression::Zstd),
    }
}

fn format_of(media_type: &str) -> Option<Format> {
    match media_type {
        write::MEDIA_OCI_MANIFEST => Some(Format::Oci),
        write::MEDIA_DOCKER_MANIFEST => Some(Format::Docker),
        _ => None,
    }
}

/// The parts of a stored manifest push needs.
struct StoredManifest {
    bytes: Vec<u8>,
    format: Option<Format>,
    config_digest: String,
    /// (digest, size, media type) of each layer, bottom first.
    layers: Vec<(String, u64, String)>,
    annotations: Option<serde_json::Value>,
}

fn stored_manifest(store: &Store, image: &ImageRecord) -> Result<StoredManifest, PushError> {
    let bytes = store.read_blob(&image.digest)?;
    let bad = |message: String| PushError::BadManifest {
        image: image.id.clone(),
        message,
    };
    let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    let media_type = v
        .get("mediaType")
        .and_then(|m| m.as_str())
        .unwrap_or(&image.manifest_media_type)
        .to_string();
    let config_digest = v
        .pointer("/config/digest")
        .and_then(|d| d.as_str())
        .ok_or_else(|| bad("no config digest".into()))?
        .to_string();
    let mut layers = Vec::new();
    for l in v
        .get("layers")
        .and_then(|l| l.as_array())
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let digest = l.get("digest").and_then(|d| d.as_str()).unwrap_or_default();
        let mt = l
            .get("mediaType")
            .and_then(|d| d.as_str())
            .unwrap_or_default();
        if mt.contains("nondistributable") || mt.contains("foreign") {
            continue;
        }
        layers.push((
            digest.to_string(),
            l.get("size").and_then(|s| s.as_u64()).unwrap_or(0),
            mt.to_string(),
        ));
    }
    Ok(StoredManifest {
        format: format_of(&media_type),
        config_digest,
        layers,
        annotations: v.get("annotations").cloned(),
        bytes,
    })
}

/// Decide where each layer's blob comes from.
fn plan_layers(
    store: &Store,
    image: &ImageRecord,
    stored: &StoredManifest,
    opts: &PushOptions,
) -> Result<Vec<LayerPlan>, PushError> {
    let from_manifest = stored.layers.len() == image.layers.len();
    let mut plans = Vec::new();
    for (i, diff_id) in image.layers.iter().enumerate() {
        let record = store.layer_record(diff_id);
        let mut kept = None;
        if from_manifest {
            let (d, size, mt) = &stored.layers[i];
            if let Some(p) = store.blob_path(d).filter(|p| p.exists()) {
                kept = Some((p, d.clone(), *size, mt.clone()));
            }
        }
        if kept.is_none() {
            if let Some(r) = &record {
                if let Some(p) = store.blob_path(&r.compressed_digest).filter(|p| p.exists()) {
                    kept = Some((
                        p,
                        r.compressed_digest.clone(),
                        r.compressed_size,
                        r.media_type.clone(),
                    ));
                }
            }
        }
        let source = match kept {
            Some((path, digest, size, media_type)) => {
                let compression = match compression_of(&media_type) {
                    Some(c) => c,
                    None => sniff(&path).map_err(|source| PushError::Layer {
                        diff_id: diff_id.clone(),
                        what: "read its blob",
                        source,
                    })?,
                };
                let size = match std::fs::metadata(&path) {
                    Ok(m) => m.len(),
                    Err(_) => size,
                };
                match opts.compression {
                    Some(want) if want != compression => Source::Recompress { path },
                    _ => Source::Kept {
                        path,
                        digest,
                        size,
                        media_type,
                        compression,
                    },
                }
            }
            None => {
                if record.is_none() {
                    return Err(PushError::MissingLayer {
                        diff_id: diff_id.clone(),
                    });
                }
                let diff = store
                    .layer_diff(diff_id)
                    .filter(|d| d.is_dir())
                    .ok_or_else(|| PushError::MissingLayer {
                        diff_id: diff_id.clone(),
                    })?;
                Source::Pack { diff }
            }
        };
        plans.push(LayerPlan {
            diff_id: diff_id.clone(),
            source,
        });
    }
    Ok(plans)
}

/// Counts and hashes the uncompressed bytes on their way to the compressor.
struct HashWriter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for HashWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

enum Encoder {
    Gzip(flate2::write::GzEncoder<crate::storage::BlobWriter>),
    Zstd(zstd::stream::write::Encoder<'static, crate::storage::BlobWriter>),
}

impl Write for Encoder {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Gzip(e) => e.write(buf),
            Encoder::Zstd(e) => e.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Gzip(e) => e.flush(),
            Encoder::Zstd(e) => e.flush(),
        }
    }
}

impl Encoder {
    fn new(blob: crate::storage::BlobWriter, c: Compression) -> io::Result<Encoder> {
        Ok(match c {
            Compression::Zstd => {
                Encoder::Zstd(zstd::stream::write::Encoder::new(blob, ZSTD_LEVEL)?)
            }
            // the same settings as the layers berth makes (write.rs), so blobs reproduce
            _ => Encoder::Gzip(flate2::write::GzEncoder::new(
                blob,
                flate2::Compression::new(write::GZIP_LEVEL),
            )),
        })
    }
    fn finish(self) -> io::Result<crate::storage::BlobWriter> {
        match self {
            Encoder::Gzip(e) => e.finish(),
            Encoder::Zstd(e) => e.finish(),
        }
    }
}

const CHUNK: usize = 256 * 1024;

/// The packer's side of the channel: a `Write` that sends full chunks.
struct ChunkSender {
    tx: std::sync::mpsc::SyncSender<Vec<u8>>,
    buf: Vec<u8>,
}

impl ChunkSender {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        self.tx
            .send(chunk)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the compressor stopped"))
    }
}

impl Write for ChunkSender {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = buf.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&buf[..n]);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Made {
    blob: TempBlob,
    diff_id: String,
}

/// Make a layer's blob in tmp/ (blocking: run it off the async thread).
fn make_blob(
    store: &Store,
    diff_id: &str,
    source: &Source,
    compression: Compression,
) -> Result<Made, PushError> {
    let lerr = |what: &'static str| {
        let diff_id = diff_id.to_string();
        move |source: io::Error| PushError::Layer {
            diff_id,
            what,
            source,
        }
    };
    let blob = store.begin_blob()?;
    let mut w = HashWriter {
        inner: Encoder::new(blob, compression).map_err(lerr("start the compressor"))?,
        hasher: Sha256::new(),
    };
    match source {
        Source::Recompress { path } => {
            let f = std::fs::File::open(path).map_err(lerr("open its blob"))?;
            let mut r = layer::decompress(io::BufReader::with_capacity(256 * 1024, f))
                .map_err(lerr("decompress its blob"))?;
            io::copy(&mut r, &mut w).map_err(lerr("recompress its blob"))?;
        }
        Source::Pack { diff } => {
            // packing (file reads) and compressing (CPU) overlap: a packer thread sends the
            // tar in chunks through a short channel (at most 8 x 256 KiB in flight)
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(8);
            let dir = diff.clone();
            let packer = std::thread::Builder::new()
                .name("pack".into())
                .spawn(move || {
                    let out = ChunkSender {
                        tx,
                        buf: Vec::with_capacity(CHUNK),
                    };
                    let mut out = pack::pack_diff(&dir, out, &PackOptions::default())?;
                    out.send().map_err(pack::PackError::Write)?;
                    Ok::<(), pack::PackError>(())
                })
                .map_err(lerr("start the packer thread"))?;
            let mut copied = Ok(());
            for chunk in rx {
                if let Err(e) = w.write_all(&chunk) {
                    copied = Err(e);
                    break; // the packer sees the closed channel and stops
                }
            }
            let packed = packer
                .join()
                .map_err(|_| lerr("pack")(io::Error::other("the packer thread panicked")))?;
            copied.map_err(lerr("compress"))?;
            packed.map_err(|source| PushError::Pack {
                diff_id: diff_id.to_string(),
                source,
            })?;
        }
        Source::Kept { .. } => {}
    }
    let made_diff = format!("sha256:{:x}", w.hasher.finalize_reset());
    let blob = w.inner.finish().map_err(lerr("compress"))?;
    Ok(Made {
        blob: store.finish_blob(blob)?,
        diff_id: made_diff,
    })
}

/// Send one blob unless the registry has it; a blob of an image pulled from another
/// repository of the same registry is mounted first.
async fn send_blob(
    reg: &Registry,
    file: &std::fs::File,
    digest: &str,
    size: u64,
    mount_from: &[String],
    obs: &dyn PushObserver,
) -> Result<(), PushError> {
    let reuse = |source| PushError::Reuse {
        digest: digest.to_string(),
        source,
    };
    if reg.has_blob(digest).await.map_err(reuse)? {
        obs.event(PushEvent::BlobSkipped { digest });
        return Ok(());
    }
    for repo in mount_from {
        if reg.mount_blob(digest, repo).await {
            obs.event(PushEvent::BlobSkipped { digest });
            return Ok(());
        }
    }
    obs.event(PushEvent::BlobStart { digest, size });
    let sent = Arc::new(AtomicU64::new(0));
    let upload = reg.push_blob_file(file, digest, size, sent.clone());
    tokio::pin!(upload);
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(200));
    loop {
        tokio::select! {
            r = &mut upload => {
                r.map_err(|source| PushError::WriteBlob { digest: digest.to_string(), source })?;
                break;
            }
            _ = tick.tick() => obs.event(PushEvent::BlobProgress {
                digest,
                bytes: sent.load(Ordering::Relaxed),
            }),
        }
    }
    obs.event(PushEvent::BlobProgress {
        digest,
        bytes: size,
    });
    obs.event(PushEvent::BlobDone { digest });
    Ok(())
}

async fn push_layer(
    store: &Store,
    reg: &Registry,
    plan: &LayerPlan,
    opts: &PushOptions,
    mount_from: &[String],
    obs: &dyn PushObserver,
) -> Result<Sent, PushError> {
    let lerr = |what: &'static str| {
        let diff_id = plan.diff_id.clone();
        move |source: io::Error| PushError::Layer {
            diff_id,
            what,
            source,
        }
    };
    if let Source::Kept {
        path,
        digest,
        size,
        media_type,
        compression,
    } = &plan.source
    {
        let file = std::fs::File::open(path).map_err(lerr("open its blob"))?;
        send_blob(reg, &file, digest, *size, mount_from, obs).await?;
        return Ok(Sent {
            digest: digest.clone(),
            size: *size,
            compression: *compression,
            media_type: Some(media_type.clone()),
            diff_id: plan.diff_id.clone(),
        });
    }
    let compression = opts.compression.unwrap_or(Compression::Gzip);
    let root = store.root().to_path_buf();
    let diff_id = plan.diff_id.clone();
    let source = match &plan.source {
        Source::Recompress { path } => Source::Recompress { path: path.clone() },
        Source::Pack { diff } => Source::Pack { diff: diff.clone() },
        Source::Kept { .. } => Source::Pack {
            diff: PathBuf::new(),
        },
    };
    let packed = matches!(source, Source::Pack { .. });
    let made = tokio::task::spawn_blocking(move || {
        let store = Store::open(&root, false)?;
        make_blob(&store, &diff_id, &source, compression)
    })
    .await
    .map_err(|e| lerr("make its blob")(io::Error::other(e.to_string())))??;
    let file = std::fs::File::open(&made.blob.path).map_err(lerr("open its blob"))?;
    let digest = made.blob.digest.clone();
    let size = made.blob.size;
    send_blob(reg, &file, &digest, size, &[], obs).await?;
    if made.diff_id != plan.diff_id {
        obs.event(PushEvent::Warning(format!(
            "layer {} predates kept blobs and its files do not pack to the same tar: it is pushed \
             with diff id {}, in a new image config",
            plan.diff_id, made.diff_id
        )));
    } else if packed && compression == Compression::Gzip {
        // reproduces the layer: kept, so that the next push sends these bytes as they are
        if let Err(e) = store.keep_layer_blob(made.blob, &plan.diff_id, write::MEDIA_OCI_LAYER_GZIP)
        {
            log::warn!("not keeping the blob made for layer {}: {e}", plan.diff_id);
        }
    }
    Ok(Sent {
        digest,
        size,
        compression,
        media_type: None,
        diff_id: made.diff_id,
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DescriptorOut<'a> {
    media_type: &'a str,
    digest: &'a str,
    size: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ManifestOut<'a> {
    schema_version: u32,
    media_type: &'a str,
    config: DescriptorOut<'a>,
    layers: Vec<DescriptorOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<&'a serde_json::Value>,
}

/// Repositories of the destination's registry, other than its own, that the image was pulled
/// from or is named in: where its blobs may be mounted from.
fn mount_sources(image: &ImageRecord, dest: &Reference) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in image.repositories.iter().chain(image.names.iter()) {
        let repo = images::repo_of(name);
        if let Some(path) = repo
            .strip_prefix(dest.registry.as_str())
            .and_then(|r| r.strip_prefix('/'))
        {
            if path != dest.repository && !out.iter().any(|o| o == path) {
                out.push(path.to_string());
            }
        }
    }
    out.truncate(3);
    out
}

/// Push `image` to `dest` (fully qualified, with a tag or digest).
pub async fn push(
    store: &Store,
    image: &ImageRecord,
    dest: &Reference,
    opts: &PushOptions,
    obs: &dyn PushObserver,
) -> Result<PushOutcome, PushError> {
    let stored = stored_manifest(store, image)?;
    let format = opts.format.or(stored.format).unwrap_or(Format::Oci);
    if format == Format::Docker && opts.compression == Some(Compression::Zstd) {
        return Err(PushError::ZstdInDocker {
            diff_id: image.layers.first().cloned().unwrap_or_default(),
        });
    }
    let plans = plan_layers(store, image, &stored, opts)?;
    if format == Format::Docker {
        for p in &plans {
            if let Source::Kept {
                compression: Compression::Zstd,
                ..
            } = p.source
            {
                return Err(PushError::ZstdInDocker {
                    diff_id: p.diff_id.clone(),
                });
            }
        }
    }
    let mut reg = Registry::new(dest, &opts.registry)?;
    reg.prepare_push().await.map_err(|source| PushError::Ping {
        registry: dest.registry.clone(),
        source,
    })?;
    let mount_from = mount_sources(image, dest);
    obs.event(PushEvent::Start);

    let sent: Vec<Sent> = futures_util::stream::iter(
        plans
            .iter()
            .map(|p| push_layer(store, &reg, p, opts, &mount_from, obs)),
    )
    .buffered(opts.parallel.max(1))
    .try_collect()
    .await?;

    // The config: as stored, unless a re-made layer has a new diff id.
    let config_stored = format!("sha256:{}", image.id);
    let diff_changed = sent.iter().zip(&image.layers).any(|(s, d)| &s.diff_id != d);
    let mut config_tmp: Option<TempBlob> = None;
    let (config_path, config_digest, config_size) = if diff_changed {
        let bytes = store.read_blob(&config_stored)?;
        let mut v: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| PushError::Config(e.to_string()))?;
        let ids: Vec<serde_json::Value> = sent
            .iter()
            .map(|s| serde_json::Value::String(s.diff_id.clone()))
            .collect();
        match v.pointer_mut("/rootfs/diff_ids") {
            Some(d) => *d = serde_json::Value::Array(ids),
            None => return Err(PushError::Config("no rootfs.diff_ids".into())),
        }
        let out = serde_json::to_vec(&v).map_err(|e| PushError::Config(e.to_string()))?;
        let mut w = store.begin_blob()?;
        w.write_all(&out).map_err(|source| PushError::Layer {
            diff_id: "config".into(),
            what: "write the new config",
            source,
        })?;
        let t = store.finish_blob(w)?;
        let r = (t.path.clone(), t.digest.clone(), t.size);
        config_tmp = Some(t);
        r
    } else {
        let path = store
            .blob_path(&config_stored)
            .ok_or_else(|| StoreError::ImageNotKnown(image.id.clone()))?;
        let size = std::fs::metadata(&path)
            .map_err(|source| PushError::Layer {
                diff_id: "config".into(),
                what: "read the config",
                source,
            })?
            .len();
        (path, config_stored.clone(), size)
    };
    let cfile = std::fs::File::open(&config_path).map_err(|source| PushError::Layer {
        diff_id: "config".into(),
        what: "open the config",
        source,
    })?;
    let reuse = |source| PushError::Reuse {
        digest: config_digest.clone(),
        source,
    };
    if !reg.has_blob(&config_digest).await.map_err(reuse)? {
        let counter = Arc::new(AtomicU64::new(0));
        reg.push_blob_file(&cfile, &config_digest, config_size, counter)
            .await
            .map_err(|source| PushError::WriteBlob {
                digest: config_digest.clone(),
                source,
            })?;
    }
    drop(config_tmp);
    obs.event(PushEvent::Config {
        digest: &config_digest,
    });

    // The manifest: the stored one when it describes exactly what was sent.
    let same = stored.format == Some(format)
        && !diff_changed
        && stored.config_digest == config_digest
        && stored.layers.len() == sent.len()
        && stored
            .layers
            .iter()
            .zip(&sent)
            .all(|((d, _, _), s)| *d == s.digest);
    let (bytes, media_type) = if same {
        (stored.bytes.clone(), format.manifest_type())
    } else {
        let mut layers = Vec::new();
        for (s, diff_id) in sent.iter().zip(&image.layers) {
            let mt = match (&s.media_type, stored.format == Some(format)) {
                (Some(mt), true) => mt.as_str(),
                _ => layer_media_type(format, s.compression).map_err(|_| {
                    PushError::ZstdInDocker {
                        diff_id: diff_id.clone(),
                    }
                })?,
            };
            layers.push(DescriptorOut {
                media_type: mt,
                digest: &s.digest,
                size: s.size,
            });
        }
        let annotations = match (format, stored.format) {
            (Format::Oci, Some(Format::Oci)) => stored.annotations.as_ref(),
            _ => None,
        };
        let m = ManifestOut {
            schema_version: 2,
            media_type: format.manifest_type(),
            config: DescriptorOut {
                media_type: format.config_type(),
                digest: &config_digest,
                size: config_size,
            },
            layers,
            annotations,
        };
        let bytes = serde_json::to_vec(&m).map_err(|e| PushError::Config(e.to_string()))?;
        (bytes, format.manifest_type())
    };
    obs.event(PushEvent::Writing);
    let manifest_digest = format!("sha256:{:x}", Sha256::digest(&bytes));
    reg.push_manifest_at(
        opts.by_digest.then_some(manifest_digest.as_str()),
        &bytes,
        media_type,
    )
    .await
    .map_err(PushError::WriteManifest)?;
    obs.event(PushEvent::Signatures);
    crate::storage::events::emit(
        crate::storage::events::Event::new("image", "push")
            .id(&image.id)
            .name(&dest.to_string()),
    );
    Ok(PushOutcome {
        manifest_size: bytes.len() as u64,
        manifest_media_type: media_type.to_string(),
        manifest_digest,
        layers: sent.into_iter().map(|s| s.digest).collect(),
        config_digest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_follow_format_and_compression() {
        assert_eq!(
            layer_media_type(Format::Docker, Compression::Gzip),
            Ok(write::MEDIA_DOCKER_LAYER_GZIP)
        );
        assert_eq!(
            layer_media_type(Format::Oci, Compression::Zstd),
            Ok(MEDIA_OCI_LAYER_ZSTD)
        );
        assert!(layer_media_type(Format::Docker, Compression::Zstd).is_err());
        assert_eq!(
            compression_of(write::MEDIA_DOCKER_LAYER_GZIP),
            Some(Compression::Gzip)
        );
        assert_eq!(
            compression_of(MEDIA_OCI_LAYER_ZSTD),
            Some(Compression::Zstd)
        );
        assert_eq!(compression_of(MEDIA_DOCKER_LAYER), Some(Compression::None));
        assert_eq!(compression_of("application/octet-stream"), None);
    }

    #[test]
    fn mounts_come_from_other_repositories_of_the_same_registry() {
        let image = ImageRecord {
            id: "0".repeat(64),
            names: vec![
                "r.example:5000/a/b:latest".into(),
                "other.example/x:1".into(),
            ],
            repositories: vec!["r.example:5000/c".into(), "r.example:5000/dest".into()],
            digest_names: vec![],
            digest: String::new(),
            digests: vec![],
            manifest_media_type: String::new(),
            layers: vec![],
            created: 0,
            stored: 0,
            size: 0,
            names_history: vec![],
            parent: None,
            build_key: None,
        };
        let dest = Reference::parse_qualified("r.example:5000/dest:v1").unwrap();
        assert_eq!(mount_sources(&image, &dest), vec!["c", "a/b"]);
    }
}
