//! Making images in the store: layers from tar streams (`commit`, `build`, `load`, `import`)
//! and image records from a config and its layers.
//!
//! A layer arrives as an uncompressed tar stream ([`LayerSink`], written to) or as a blob in
//! any compression ([`store_blob_layer`], read from). Either way it is unpacked through the one
//! hardened unpacker ([`super::layer::unpack`]) and its compressed blob is kept in `blobs/`
//! (a gzip made here at a fixed level and with a zero header time, so the same tar gives the
//! same blob), which is what `push` and `save` send. Three threads share the work: the caller
//! (producing the tar), the unpacker and the compressor.

use super::layer::{self, UnpackOptions};
use crate::storage::{ImageRecord, LayerRecord, PullPins, Store, StoreError};
use sha2::{Digest, Sha256};
use std::io::{self, Read, Write};
use std::sync::mpsc;
use std::thread::JoinHandle;

pub const MEDIA_OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const MEDIA_OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const MEDIA_OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const MEDIA_DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const MEDIA_DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
pub const MEDIA_DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";

/// gzip level of the layers berth makes: fast, and fixed so that blobs are reproducible.
pub(crate) const GZIP_LEVEL: u32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("layer: {0}")]
    Layer(#[from] layer::LayerError),
    #[error("{what}: {source}")]
    Io {
        what: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("the image config is not valid: {0}")]
    Config(String),
}

fn io_err(what: &'static str) -> impl FnOnce(io::Error) -> WriteError {
    move |source| WriteError::Io { what, source }
}

/// The manifest format of an image berth writes (`--format oci|docker`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Oci,
    Docker,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "oci" => Some(Format::Oci),
            "docker" | "v2s2" => Some(Format::Docker),
            _ => None,
        }
    }
    pub fn manifest_type(self) -> &'static str {
        match self {
            Format::Oci => MEDIA_OCI_MANIFEST,
            Format::Docker => MEDIA_DOCKER_MANIFEST,
        }
    }
    pub fn config_type(self) -> &'static str {
        match self {
            Format::Oci => MEDIA_OCI_CONFIG,
            Format::Docker => MEDIA_DOCKER_CONFIG,
        }
    }
    pub fn layer_type(self) -> &'static str {
        match self {
            Format::Oci => MEDIA_OCI_LAYER_GZIP,
            Format::Docker => MEDIA_DOCKER_LAYER_GZIP,
        }
    }
}

type Chunk = Vec<u8>;
const CHUNK: usize = 256 * 1024;

/// Reads chunks from a channel (the end of the channel is the end of the stream).
struct ChanReader {
    rx: mpsc::Receiver<Chunk>,
    cur: Chunk,
    pos: usize,
}

impl Read for ChanReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos >= self.cur.len() {
            match self.rx.recv() {
                Ok(c) => {
                    self.cur = c;
                    self.pos = 0;
                }
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.cur.len() - self.pos);
        buf[..n].copy_from_slice(&self.cur[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

struct Unpacked {
    stats: layer::UnpackStats,
}

/// An uncompressed layer tar is written into it; [`LayerSink::finish`] stores the layer.
pub struct LayerSink<'s> {
    store: &'s Store,
    buf: Vec<u8>,
    hasher: Sha256,
    size: u64,
    unpack_tx: Option<mpsc::SyncSender<Chunk>>,
    gzip_tx: Option<mpsc::SyncSender<Chunk>>,
    unpacker: Option<JoinHandle<Result<Unpacked, layer::LayerError>>>,
    compressor: Option<JoinHandle<io::Result<crate::storage::BlobWriter>>>,
    tmp: Option<crate::storage::TmpDir>,
    failed: bool,
}

impl<'s> LayerSink<'s> {
    pub fn new(store: &'s Store, opts: &UnpackOptions) -> Result<LayerSink<'s>, WriteError> {
        let tmp = store.begin_layer()?;
        let diff = tmp.path.join("diff");
        let blob = store.begin_blob()?;
        let (utx, urx) = mpsc::sync_channel::<Chunk>(16);
        let (gtx, grx) = mpsc::sync_channel::<Chunk>(16);
        let uopts = opts.clone();
        let unpacker = std::thread::Builder::new()
            .name("unpack".into())
            .spawn(move || {
                let mut r = ChanReader {
                    rx: urx,
                    cur: Vec::new(),
                    pos: 0,
                };
                let stats = layer::unpack(&mut r, &diff, &uopts)?;
                // drain, so the writer never blocks on a full channel
                let _ = io::copy(&mut r, &mut io::sink());
                Ok(Unpacked { stats })
            })
            .map_err(io_err("start the unpacker thread"))?;
        let compressor = std::thread::Builder::new()
            .name("gzip".into())
            .spawn(move || {
                let mut gz =
                    flate2::write::GzEncoder::new(blob, flate2::Compression::new(GZIP_LEVEL));
                for c in grx {
                    gz.write_all(&c)?;
                }
                gz.finish()
            })
            .map_err(io_err("start the compressor thread"))?;
        Ok(LayerSink {
            store,
            buf: Vec::with_capacity(CHUNK),
            hasher: Sha256::new(),
            size: 0,
            unpack_tx: Some(utx),
            gzip_tx: Some(gtx),
            unpacker: Some(unpacker),
            compressor: Some(compressor),
            tmp: Some(tmp),
            failed: false,
        })
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        self.hasher.update(&chunk);
        self.size += chunk.len() as u64;
        let broken = || io::Error::new(io::ErrorKind::BrokenPipe, "the layer writer stopped");
        let g = self.gzip_tx.as_ref().ok_or_else(broken)?;
        if g.send(chunk.clone()).is_err() {
            self.failed = true;
            return Err(broken());
        }
        let u = self.unpack_tx.as_ref().ok_or_else(broken)?;
        if u.send(chunk).is_err() {
            self.failed = true;
            return Err(broken());
        }
        Ok(())
    }

    /// Wait for the unpacker and the compressor, then move the layer and its blob into place
    /// (a layer already present stays as it is). `pins` keep both from garbage collection
    /// until the caller records its image.
    pub fn finish(mut self, pins: &PullPins) -> Result<LayerRecord, WriteError> {
        let flushed = self.send();
        self.unpack_tx.take();
        self.gzip_tx.take();
        let unpacked = self
            .unpacker
            .take()
            .map(|h| h.join())
            .transpose()
            .map_err(|_| WriteError::Io {
                what: "unpack",
                source: io::Error::other("the unpacker thread panicked"),
            })?;
        let compressed = self
            .compressor
            .take()
            .map(|h| h.join())
            .transpose()
            .map_err(|_| WriteError::Io {
                what: "compress",
                source: io::Error::other("the compressor thread panicked"),
            })?;
        // The unpacker's error says most (a hostile entry), so it comes first.
        let unpacked = match unpacked {
            Some(u) => u?,
            None => return Err(io_err("unpack")(io::Error::other("no unpacker"))),
        };
        flushed.map_err(io_err("write the layer"))?;
        let blob = match compressed {
            Some(c) => c.map_err(io_err("compress the layer"))?,
            None => return Err(io_err("compress")(io::Error::other("no compressor"))),
        };
        let diff_id = format!("sha256:{:x}", self.hasher.clone().finalize());
        pins.pin(&diff_id)?;
        let (digest, csize) = self.store.commit_blob(blob, None, Some(pins))?;
        if let Some(existing) = self.store.layer_record(&diff_id) {
            if self.store.has_blob(&existing.compressed_digest) {
                return Ok(existing);
            }
        }
        let record = LayerRecord {
            diff_id,
            compressed_digest: digest,
            compressed_size: csize,
            media_type: MEDIA_OCI_LAYER_GZIP.into(),
            size: self.size,
            entries: unpacked.stats.entries,
        };
        let tmp = self
            .tmp
            .take()
            .ok_or_else(|| io_err("commit")(io::Error::other("no layer directory")))?;
        self.store.commit_layer(tmp, &record)?;
        // Another process may have won the race with a different blob: use what is there.
        Ok(self.store.layer_record(&record.diff_id).unwrap_or(record))
    }
}

impl Write for LayerSink<'_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.failed {
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the layer writer stopped",
            ));
        }
        let room = CHUNK - self.buf.len();
        let n = data.len().min(room);
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for LayerSink<'_> {
    fn drop(&mut self) {
        self.unpack_tx.take();
        self.gzip_tx.take();
        if let Some(h) = self.unpacker.take() {
            let _ = h.join();
        }
        if let Some(h) = self.compressor.take() {
            let _ = h.join();
        }
    }
}

/// Store a layer that comes as a blob (gzip, zstd or plain tar, as in `load` of an archive):
/// the blob is kept as it is when it is compressed; a plain tar is compressed here.
pub fn store_blob_layer(
    store: &Store,
    mut blob: impl Read,
    opts: &UnpackOptions,
    pins: &PullPins,
) -> Result<LayerRecord, WriteError> {
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match blob
            .read(&mut head[n..])
            .map_err(io_err("read the layer"))?
        {
            0 => break,
            k => n += k,
        }
    }
    let whole = io::Cursor::new(head[..n].to_vec()).chain(blob);
    if layer::Compression::detect(&head[..n]) == layer::Compression::None {
        let mut sink = LayerSink::new(store, opts)?;
        let mut r = whole;
        io::copy(&mut r, &mut sink).map_err(io_err("read the layer"))?;
        return sink.finish(pins);
    }
    let media_type = match layer::Compression::detect(&head[..n]) {
        layer::Compression::Zstd => "application/vnd.oci.image.layer.v1.tar+zstd",
        _ => MEDIA_OCI_LAYER_GZIP,
    };
    // Keep the compressed bytes while unpacking what they decompress to.
    let tmp = store.begin_layer()?;
    let diff = tmp.path.join("diff");
    let kept = std::rc::Rc::new(std::cell::RefCell::new(store.begin_blob()?));
    let tee = Tee {
        inner: whole,
        out: kept.clone(),
    };
    let mut hashing = layer::HashingReader {
        inner: layer::decompress(io::BufReader::with_capacity(CHUNK, tee))
            .map_err(io_err("decompress the layer"))?,
        hasher: Sha256::new(),
        count: 0,
    };
    let stats = layer::unpack(&mut hashing, &diff, opts)?;
    io::copy(&mut hashing, &mut io::sink()).map_err(io_err("read the layer"))?;
    let layer::HashingReader {
        inner,
        hasher,
        count: size,
    } = hashing;
    drop(inner);
    let diff_id = format!("sha256:{:x}", hasher.finalize());
    pins.pin(&diff_id)?;
    let kept = std::rc::Rc::try_unwrap(kept)
        .map_err(|_| io_err("keep the blob")(io::Error::other("still in use")))?
        .into_inner();
    let (digest, csize) = store.commit_blob(kept, None, Some(pins))?;
    let record = LayerRecord {
        diff_id,
        compressed_digest: digest,
        compressed_size: csize,
        media_type: media_type.into(),
        size,
        entries: stats.entries,
    };
    if !store.layer_exists(&record.diff_id) {
        store.commit_layer(tmp, &record)?;
    }
    Ok(store.layer_record(&record.diff_id).unwrap_or(record))
}

struct Tee<R, W> {
    inner: R,
    out: std::rc::Rc<std::cell::RefCell<W>>,
}

impl<R: Read, W: Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.borrow_mut().write_all(&buf[..n])?;
        Ok(n)
    }
}

/// What [`write_image`] records.
pub struct NewImage<'a> {
    /// The image config as JSON (Docker's or OCI's shape; fields berth does not know are kept).
    /// Its `rootfs` is set from `layers`.
    pub config: serde_json::Value,
    pub layers: &'a [LayerRecord],
    pub names: Vec<String>,
    pub format: Format,
    /// Manifest annotations (`--annotation`).
    pub annotations: Vec<(String, String)>,
    /// The image this one was made from (build's parent, for its cache and `images -a`).
    pub parent: Option<String>,
    /// The build cache key of the step that made it.
    pub build_key: Option<String>,
}

/// Write the config and manifest blobs of a new image and record it (names move to it from any
/// image that had them). Its layers must be in the store.
pub fn write_image(
    store: &Store,
    mut new: NewImage<'_>,
    pins: &PullPins,
) -> Result<ImageRecord, WriteError> {
    let mut config = std::mem::take(&mut new.config);
    let obj = config
        .as_object_mut()
        .ok_or_else(|| WriteError::Config("not a JSON object".into()))?;
    let diff_ids: Vec<serde_json::Value> = new
        .layers
        .iter()
        .map(|l| serde_json::Value::String(l.diff_id.clone()))
        .collect();
    obj.insert(
        "rootfs".into(),
        serde_json::json!({"type": "layers", "diff_ids": diff_ids}),
    );
    let config_bytes = serde_json::to_vec(&config)
        .map_err(|e| WriteError::Config(format!("cannot serialise: {e}")))?;
    write_image_config(store, &config_bytes, new, pins)
}

/// [`write_image`] with the config given as its exact bytes (`load`: the image keeps its ID,
/// the digest of those bytes); `new.config` is not used, and the config's `rootfs` must
/// already name `new.layers`.
pub fn write_image_config(
    store: &Store,
    config_bytes: &[u8],
    new: NewImage<'_>,
    pins: &PullPins,
) -> Result<ImageRecord, WriteError> {
    let created = serde_json::from_slice::<serde_json::Value>(config_bytes)
        .ok()
        .as_ref()
        .and_then(|c| c.get("created"))
        .and_then(|v| v.as_str())
        .and_then(super::manifest::parse_rfc3339)
        .unwrap_or(0);
    let config_digest = format!("sha256:{:x}", Sha256::digest(config_bytes));
    pins.pin(&config_digest)?;
    store.put_blob(&config_digest, config_bytes)?;
    let layers: Vec<serde_json::Value> = new
        .layers
        .iter()
        .map(|l| {
            let mt = match (new.format, l.media_type.as_str()) {
                (Format::Docker, MEDIA_OCI_LAYER_GZIP) => MEDIA_DOCKER_LAYER_GZIP,
                (Format::Oci, MEDIA_DOCKER_LAYER_GZIP) => MEDIA_OCI_LAYER_GZIP,
                (_, other) => other,
            };
            serde_json::json!({
                "mediaType": mt,
                "digest": l.compressed_digest,
                "size": l.compressed_size,
            })
        })
        .collect();
    let mut manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": new.format.manifest_type(),
        "config": {
            "mediaType": new.format.config_type(),
            "digest": config_digest,
            "size": config_bytes.len(),
        },
        "layers": layers,
    });
    if !new.annotations.is_empty() && new.format == Format::Oci {
        let a: serde_json::Map<String, serde_json::Value> = new
            .annotations
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect();
        if let Some(m) = manifest.as_object_mut() {
            m.insert("annotations".into(), serde_json::Value::Object(a));
        }
    }
    let manifest_bytes = serde_json::to_vec(&manifest)
        .map_err(|e| WriteError::Config(format!("cannot serialise the manifest: {e}")))?;
    let manifest_digest = format!("sha256:{:x}", Sha256::digest(&manifest_bytes));
    pins.pin(&manifest_digest)?;
    store.put_blob(&manifest_digest, &manifest_bytes)?;
    let id = config_digest
        .strip_prefix("sha256:")
        .unwrap_or(&config_digest)
        .to_string();
    let record = ImageRecord {
        id: id.clone(),
        names: new.names,
        repositories: Vec::new(),
        digest_names: Vec::new(),
        digest: manifest_digest.clone(),
        digests: vec![manifest_digest],
        manifest_media_type: new.format.manifest_type().into(),
        layers: new.layers.iter().map(|l| l.diff_id.clone()).collect(),
        created,
        stored: 0,
        size: new.layers.iter().map(|l| l.size).sum(),
        names_history: Vec::new(),
        parent: new.parent,
        build_key: new.build_key,
    };
    let missing = store.add_image(record)?;
    if !missing.is_empty() {
        return Err(StoreError::ImageNotKnown(format!(
            "layers {} vanished while writing the image",
            missing.join(", ")
        ))
        .into());
    }
    Ok(store.find_image(&id)?)
}
