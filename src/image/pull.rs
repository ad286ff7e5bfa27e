//! `pull`: resolve the manifest for this platform, fetch the config, stream every missing layer
//! from the registry straight into its unpacked directory (verifying the compressed sha256 and
//! size, and the uncompressed diff id) and record the image. Layers shared with other images
//! or other concurrent pulls are unpacked once.

use super::layer::{self, UnpackOptions};
use super::manifest::{self, Descriptor, Manifest, Platform};
use super::registry::{Registry, RegistryError, RegistryOptions};
use crate::reference::Reference;
use crate::storage::{ImageRecord, LayerRecord, Store, StoreError};
use futures_util::{StreamExt, TryStreamExt};
use sha2::{Digest, Sha256};
use std::io::Read;

/// What the caller sees of a pull while it runs (the CLI draws progress from it).
pub enum PullEvent<'a> {
    Trying(&'a Reference),
    Resolved { manifest_digest: &'a str },
    BlobStart { digest: &'a str, size: u64 },
    BlobProgress { digest: &'a str, bytes: u64 },
    BlobDone { digest: &'a str },
    BlobSkipped { digest: &'a str },
    Config { digest: &'a str },
    Writing,
    Warning(String),
}

pub trait PullObserver {
    fn event(&self, e: PullEvent<'_>);
}

pub struct PullOptions {
    pub platform: Platform,
    pub registry: RegistryOptions,
    pub unpack: UnpackOptions,
    /// How many layers are fetched at once.
    pub parallel: usize,
    /// Where the image really comes from, when registries.conf rewrites the reference's
    /// prefix (`[[registry]] prefix → location`); the image is still named `reference`.
    pub source: Option<Reference>,
}

#[derive(Debug)]
pub struct PullOutcome {
    pub image: ImageRecord,
    pub reference: Reference,
}

#[derive(Debug, thiserror::Error)]
pub enum PullError {
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Manifest(#[from] manifest::ManifestError),
    #[error("layer {digest}")]
    Layer {
        digest: String,
        #[source]
        source: layer::LayerError,
    },
    #[error("layer {digest}: uncompressed content has digest {actual}, but the image config says {expected}")]
    DiffId {
        digest: String,
        expected: String,
        actual: String,
    },
    #[error("layer {digest}: reading the blob failed: {message}")]
    Stream { digest: String, message: String },
    #[error("layer {digest}: {what}: {source}")]
    Io {
        digest: String,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("image config {0} has an invalid diff id")]
    BadDiffId(String),
}

impl PullError {
    fn is_transient(&self) -> bool {
        match self {
            PullError::Registry(e) => e.is_transient(),
            PullError::Stream { .. } => true,
            _ => false,
        }
    }
}

/// Pull one fully-qualified reference into the store.
pub async fn pull(
    store: &Store,
    reference: &Reference,
    opts: &PullOptions,
    obs: &dyn PullObserver,
) -> Result<PullOutcome, PullError> {
    obs.event(PullEvent::Trying(reference));
    let mut reg = Registry::new(opts.source.as_ref().unwrap_or(reference), &opts.registry)?;
    let (bytes, top_digest) = reg.manifest(None).await?;
    let mut digests = vec![top_digest.clone()];
    let mut blobs_to_store = vec![(top_digest.clone(), bytes.clone())];
    let (media_type, image_manifest, manifest_digest) = match Manifest::parse(&bytes, None)? {
        Manifest::Image {
            media_type,
            manifest,
        } => (media_type, manifest, top_digest.clone()),
        Manifest::Index { index, .. } => {
            let chosen = manifest::choose(index.manifests(), &opts.platform)?;
            let (b, d) = reg.manifest(Some(chosen.digest().as_ref())).await?;
            blobs_to_store.push((d.clone(), b.clone()));
            digests.insert(0, d.clone());
            match Manifest::parse(&b, Some(chosen.media_type().as_ref()))? {
                Manifest::Image {
                    media_type,
                    manifest,
                } => (media_type, manifest, d),
                Manifest::Index { media_type, .. } => {
                    return Err(manifest::ManifestError::Unsupported(format!(
                        "nested index {media_type}"
                    ))
                    .into())
                }
            }
        }
    };
    obs.event(PullEvent::Resolved {
        manifest_digest: &manifest_digest,
    });

    let config = image_manifest.config();
    let config_digest = config.digest().to_string();
    let config_bytes = reg
        .blob(
            &config_digest,
            i64::try_from(config.size()).unwrap_or(i64::MAX),
        )
        .await?;
    let image_config = manifest::parse_config(&config_bytes)?;
    let diff_ids = image_config.rootfs().diff_ids();
    let id = crate::storage::store::digest_hex(&config_digest)
        .ok_or_else(|| PullError::BadDiffId(config_digest.clone()))?
        .to_string();
    let layers: Vec<Descriptor> = image_manifest
        .layers()
        .iter()
        .filter(|l| {
            let mt = l.media_type().to_string();
            !mt.contains("nondistributable") && !mt.contains("foreign")
        })
        .cloned()
        .collect();
    if diff_ids.len() != layers.len() {
        return Err(manifest::ManifestError::LayerCount {
            diff_ids: diff_ids.len(),
            layers: layers.len(),
        }
        .into());
    }
    for d in diff_ids {
        if crate::storage::store::digest_hex(d).is_none() {
            return Err(PullError::BadDiffId(d.clone()));
        }
    }
    // Pinned until the image is recorded, so that a concurrent `rmi` (garbage collection)
    // does not delete what this pull wrote and has not yet recorded (see storage::PullPins).
    let pins = store.begin_pull()?;
    store.put_pinned_blob(&pins, &config_digest, &config_bytes)?;
    for (d, b) in &blobs_to_store {
        store.put_pinned_blob(&pins, d, b)?;
    }
    for d in diff_ids {
        pins.pin(d)?;
    }
    for l in &layers {
        pins.pin(l.digest().as_ref())?;
    }

    let pairs: Vec<(Descriptor, String)> =
        layers.into_iter().zip(diff_ids.iter().cloned()).collect();
    let mut record = ImageRecord {
        id,
        // by digest (with or without a tag): a name by digest only, as libimage strips the
        // tag of a tagged and digested name
        names: match (&reference.tag, &reference.digest) {
            (Some(_), None) => vec![reference.to_string()],
            _ => Vec::new(),
        },
        digest_names: reference
            .digest
            .as_ref()
            .map(|d| vec![format!("{}@{d}", reference.name())])
            .unwrap_or_default(),
        repositories: vec![reference.name()],
        digest: manifest_digest.clone(),
        digests,
        manifest_media_type: media_type,
        layers: diff_ids.clone(),
        created: manifest::created_unix(&image_config),
        stored: 0,
        size: 0,
        names_history: Vec::new(),
        parent: None,
        build_key: None,
    };
    if reference.digest.is_some() {
        record.names.clear();
    }
    // Twice at most: a layer removed by a concurrent `rmi` between our check and our commit
    // is fetched again.
    for round in 0..2 {
        fetch_layers(store, &reg, &pairs, opts, obs).await?;
        obs.event(PullEvent::Config {
            digest: &config_digest,
        });
        record.size = record
            .layers
            .iter()
            .filter_map(|d| store.layer_record(d))
            .map(|l| l.size)
            .sum();
        obs.event(PullEvent::Writing);
        let missing = store.add_image(record.clone())?;
        if missing.is_empty() {
            break;
        }
        if round == 1 {
            return Err(StoreError::ImageNotKnown(format!(
                "layers {} vanished while pulling",
                missing.join(", ")
            ))
            .into());
        }
    }
    drop(pins); // recorded: the image keeps its blobs and layers now
    let image = store.find_image(&record.id)?;
    // libimage's pull event: the name, no ID
    crate::storage::events::emit(
        crate::storage::events::Event::new("image", "pull").name(&reference.to_string()),
    );
    Ok(PullOutcome {
        image,
        reference: reference.clone(),
    })
}

async fn fetch_layers(
    store: &Store,
    reg: &Registry,
    pairs: &[(Descriptor, String)],
    opts: &PullOptions,
    obs: &dyn PullObserver,
) -> Result<(), PullError> {
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&(Descriptor, String)> = pairs
        .iter()
        .filter(|(_, diff)| seen.insert(diff.clone()))
        .collect();
    futures_util::stream::iter(
        unique
            .into_iter()
            .map(|(desc, diff_id)| fetch_layer_retrying(store, reg, desc, diff_id, opts, obs)),
    )
    .buffer_unordered(opts.parallel.max(1))
    .try_collect::<Vec<()>>()
    .await?;
    Ok(())
}

async fn fetch_layer_retrying(
    store: &Store,
    reg: &Registry,
    desc: &Descriptor,
    diff_id: &str,
    opts: &PullOptions,
    obs: &dyn PullObserver,
) -> Result<(), PullError> {
    let blob_digest = desc.digest().to_string();
    if store.layer_exists(diff_id) {
        obs.event(PullEvent::BlobSkipped {
            digest: &blob_digest,
        });
        return Ok(());
    }
    // One unpacker per layer across all berth processes: wait for whoever holds it.
    let lock = {
        let root = store.root().to_path_buf();
        let d = diff_id.to_string();
        tokio::task::spawn_blocking(move || {
            Store::open(&root, false).and_then(|s| s.lock_layer(&d))
        })
        .await
        .map_err(|e| PullError::Io {
            digest: blob_digest.clone(),
            what: "wait for layer lock",
            source: std::io::Error::other(e.to_string()),
        })??
    };
    if store.layer_exists(diff_id) {
        obs.event(PullEvent::BlobSkipped {
            digest: &blob_digest,
        });
        return Ok(());
    }
    let mut attempt = 0;
    let res = loop {
        match fetch_layer(store, reg, desc, diff_id, opts, obs).await {
            Err(e) if e.is_transient() && attempt < reg.retries => {
                attempt += 1;
                obs.event(PullEvent::Warning(format!(
                    "{e}; retrying ({attempt}/{})",
                    reg.retries
                )));
                tokio::time::sleep(super::registry::backoff(reg.retry_delay, attempt)).await;
            }
            other => break other,
        }
    };
    drop(lock);
    res
}

/// Reads chunks that the async side sends; an `Err` chunk fails the reader.
struct ChannelReader {
    rx: tokio::sync::mpsc::Receiver<std::io::Result<bytes::Bytes>>,
    cur: bytes::Bytes,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.cur.is_empty() {
            match self.rx.blocking_recv() {
                Some(Ok(b)) => self.cur = b,
                Some(Err(e)) => return Err(e),
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.cur.len());
        buf[..n].copy_from_slice(&self.cur[..n]);
        bytes::Buf::advance(&mut self.cur, n);
        Ok(n)
    }
}

struct Unpacked {
    diff_id: String,
    size: u64,
    stats: layer::UnpackStats,
}

async fn fetch_layer(
    store: &Store,
    reg: &Registry,
    desc: &Descriptor,
    diff_id: &str,
    opts: &PullOptions,
    obs: &dyn PullObserver,
) -> Result<(), PullError> {
    let digest = desc.digest().to_string();
    let media_type = desc.media_type().to_string();
    // The size the manifest promises (0: not said; an absurd one is never received).
    let size = i64::try_from(desc.size()).unwrap_or(i64::MAX);
    let tmp = store.begin_layer()?;
    let diff_dir = tmp.path.join("diff");
    let mut stream = reg.blob_stream(&digest, size).await?;
    obs.event(PullEvent::BlobStart {
        digest: &digest,
        size: desc.size(),
    });

    let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<bytes::Bytes>>(64);
    let unpack_opts = opts.unpack.clone();
    let unpacker = tokio::task::spawn_blocking(
        move || -> Result<Unpacked, (String, Option<layer::LayerError>)> {
            let reader = std::io::BufReader::with_capacity(
                256 * 1024,
                ChannelReader {
                    rx,
                    cur: bytes::Bytes::new(),
                },
            );
            let decompressed =
                layer::decompress(reader).map_err(|e| (format!("decompress: {e}"), None))?;
            let mut hashing = layer::HashingReader {
                inner: decompressed,
                hasher: Sha256::new(),
                count: 0,
            };
            let stats = layer::unpack(&mut hashing, &diff_dir, &unpack_opts)
                .map_err(|e| (String::new(), Some(e)))?;
            // The diff id covers the whole stream, including padding after the end-of-archive.
            std::io::copy(&mut hashing, &mut std::io::sink())
                .map_err(|e| (format!("read to the end: {e}"), None))?;
            Ok(Unpacked {
                diff_id: format!("sha256:{:x}", hashing.hasher.finalize()),
                size: hashing.count,
                stats,
            })
        },
    );

    // The compressed blob is kept as it came, so that a push elsewhere sends the same bytes
    // (registries dedupe by digest, as after `skopeo copy`).
    let mut blob = store.begin_blob()?;
    let mut blob_err: Option<std::io::Error> = None;
    let mut received: u64 = 0;
    let mut stream_err: Option<String> = None;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(b) => {
                received += b.len() as u64;
                if blob_err.is_none() {
                    if let Err(e) = std::io::Write::write_all(&mut blob, &b) {
                        blob_err = Some(e);
                    }
                }
                obs.event(PullEvent::BlobProgress {
                    digest: &digest,
                    bytes: received,
                });
                if tx.send(Ok(b)).await.is_err() {
                    break; // the unpacker failed; its error says why
                }
            }
            Err(e) => {
                let msg = e.to_string();
                let _ = tx.send(Err(std::io::Error::other(msg.clone()))).await;
                stream_err = Some(msg);
                break;
            }
        }
    }
    if stream_err.is_none() && size > 0 && received != desc.size() && received > 0 {
        let _ = tx.send(Err(std::io::Error::other("size mismatch"))).await;
    }
    drop(tx);
    let unpacked = unpacker.await.map_err(|e| PullError::Io {
        digest: digest.clone(),
        what: "unpack",
        source: std::io::Error::other(e.to_string()),
    })?;
    if let Some(msg) = stream_err {
        if msg.contains("igest") {
            return Err(RegistryError::Digest {
                what: format!("blob {digest}"),
                expected: digest.clone(),
                actual: msg,
            }
            .into());
        }
        return Err(PullError::Stream {
            digest,
            message: msg,
        });
    }
    if size > 0 && received != desc.size() {
        return Err(RegistryError::Size {
            what: format!("blob {digest}"),
            expected: size,
            actual: received,
        }
        .into());
    }
    let unpacked = match unpacked {
        Ok(u) => u,
        Err((_, Some(e))) => return Err(PullError::Layer { digest, source: e }),
        Err((msg, None)) => {
            return Err(PullError::Stream {
                digest,
                message: msg,
            })
        }
    };
    if unpacked.diff_id != diff_id {
        return Err(PullError::DiffId {
            digest,
            expected: diff_id.to_string(),
            actual: unpacked.diff_id,
        });
    }
    for w in &unpacked.stats.warnings {
        obs.event(PullEvent::Warning(w.clone()));
    }
    match blob_err {
        None => {
            store.commit_blob(blob, Some(&digest), None)?;
        }
        Some(e) => log::warn!("not keeping the compressed blob of layer {digest}: {e}"),
    }
    store.commit_layer(
        tmp,
        &LayerRecord {
            diff_id: unpacked.diff_id,
            compressed_digest: digest.clone(),
            compressed_size: received,
            media_type,
            size: unpacked.size,
            entries: unpacked.stats.entries,
        },
    )?;
    obs.event(PullEvent::BlobDone { digest: &digest });
    Ok(())
}
