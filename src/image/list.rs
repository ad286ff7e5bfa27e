//! Manifest lists (`berth manifest`), as podman's (containers/common's libimage) are: a list
//! in the store (`storage::lists`) names instances by manifest digest, each a local image or a
//! registry's manifest; `inspect` renders it as a Docker manifest list (podman's default) or
//! an OCI index; `push --all` sends every instance under its digest (a local image through
//! `push`, a registry's by copying its blobs: mounted when both are repositories of one
//! registry, else streamed through a file in the store's tmp/), then the list under the tag.

use super::manifest::{self, Manifest, ManifestError, DOCKER_LIST, OCI_INDEX};
use super::push::{self, PushError, PushObserver, PushOptions};
use super::registry::{Registry, RegistryError, RegistryOptions};
use crate::reference::Reference;
use crate::storage::lists::{Instance, ListRecord, Platform};
use crate::storage::{ImageRecord, Store, StoreError};
use futures_util::StreamExt;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, thiserror::Error)]
pub enum ListError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error(transparent)]
    Push(#[from] PushError),
    #[error("{what}: {source}")]
    Manifest {
        what: String,
        #[source]
        source: ManifestError,
    },
    #[error("image {image} of the list is no longer in the store (instance {digest})")]
    ImageGone { image: String, digest: String },
    #[error("the stored manifest of image {0} is missing")]
    NoManifest(String),
    #[error("{0} is a manifest list; add it with --all, or name one of its instances by digest")]
    IsList(String),
    #[error("no instance {0} in the list")]
    NoInstance(String),
    #[error("copying blob {digest}: {source}")]
    Copy {
        digest: String,
        #[source]
        source: std::io::Error,
    },
}

impl crate::error::Hint for ListError {
    fn hint(&self) -> Option<String> {
        match self {
            ListError::Store(e) => e.hint(),
            ListError::Registry(e) => e.hint(),
            ListError::Push(e) => e.hint(),
            ListError::ImageGone { .. } => Some(
                "pull or build it again, or drop it with `berth manifest remove LIST DIGEST`"
                    .into(),
            ),
            ListError::NoInstance(_) => {
                Some("`berth manifest inspect LIST` shows the instances' digests".into())
            }
            _ => None,
        }
    }
}

/// The type of list a push or inspect renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListFormat {
    /// `application/vnd.docker.distribution.manifest.list.v2+json` (podman's default).
    #[default]
    Docker,
    Oci,
}

impl ListFormat {
    pub fn media_type(self) -> &'static str {
        match self {
            ListFormat::Docker => DOCKER_LIST,
            ListFormat::Oci => OCI_INDEX,
        }
    }
}

/// The platform of a local image, from its config.
fn platform_of(store: &Store, image: &ImageRecord) -> Result<Platform, StoreError> {
    let c = store.image_config(image)?;
    Ok(Platform {
        architecture: c.architecture().to_string(),
        os: c.os().to_string(),
        variant: c.variant().clone().unwrap_or_default(),
        os_version: c.os_version().clone().unwrap_or_default(),
        os_features: c.os_features().clone().unwrap_or_default(),
        features: Vec::new(),
    })
}

/// A local image as an instance: its stored manifest's digest, size and type.
pub fn local_instance(store: &Store, image: &ImageRecord) -> Result<Instance, ListError> {
    let path = store
        .blob_path(&image.digest)
        .ok_or_else(|| ListError::NoManifest(image.id.clone()))?;
    let size = std::fs::metadata(&path)
        .map_err(|_| ListError::NoManifest(image.id.clone()))?
        .len();
    Ok(Instance {
        digest: image.digest.clone(),
        media_type: image.manifest_media_type.clone(),
        size,
        platform: platform_of(store, image)?,
        annotations: BTreeMap::new(),
        image: Some(image.id.clone()),
        source: None,
    })
}

/// The instances a registry's manifest adds: itself (an image), or (a list, with `all`) every
/// image in it; the manifests are kept in the store as blobs.
pub async fn remote_instances(
    store: &Store,
    reference: &Reference,
    opts: &RegistryOptions,
    all: bool,
) -> Result<Vec<Instance>, ListError> {
    let mut reg = Registry::new(reference, opts)?;
    let (bytes, digest) = reg.manifest(None).await?;
    let what = reference.to_string();
    let parsed = Manifest::parse(&bytes, None).map_err(|source| ListError::Manifest {
        what: what.clone(),
        source,
    })?;
    let source = Some(reference.name());
    match parsed {
        Manifest::Image {
            media_type,
            manifest: m,
        } => {
            store.put_blob(&digest, &bytes)?;
            let config = reg
                .blob(m.config().digest().as_ref(), m.config().size() as i64)
                .await?;
            let c = manifest::parse_config(&config).map_err(|source| ListError::Manifest {
                what: what.clone(),
                source,
            })?;
            Ok(vec![Instance {
                digest,
                media_type,
                size: bytes.len() as u64,
                platform: Platform {
                    architecture: c.architecture().to_string(),
                    os: c.os().to_string(),
                    variant: c.variant().clone().unwrap_or_default(),
                    ..Default::default()
                },
                annotations: BTreeMap::new(),
                image: None,
                source,
            }])
        }
        Manifest::Index { index, .. } => {
            let chosen: Vec<oci_spec::image::Descriptor> = if all {
                index.manifests().clone()
            } else {
                vec![
                    manifest::choose(index.manifests(), &manifest::Platform::host()).map_err(
                        |source| ListError::Manifest {
                            what: what.clone(),
                            source,
                        },
                    )?,
                ]
            };
            let mut out = Vec::new();
            for d in chosen {
                let (b, dg) = reg.manifest(Some(d.digest().as_ref())).await?;
                store.put_blob(&dg, &b)?;
                let p = d.platform().clone();
                out.push(Instance {
                    digest: dg,
                    media_type: d.media_type().to_string(),
                    size: b.len() as u64,
                    platform: Platform {
                        architecture: p
                            .as_ref()
                            .map(|p| p.architecture().to_string())
                            .unwrap_or_default(),
                        os: p.as_ref().map(|p| p.os().to_string()).unwrap_or_default(),
                        variant: p
                            .as_ref()
                            .and_then(|p| p.variant().clone())
                            .unwrap_or_default(),
                        os_version: p
                            .as_ref()
                            .and_then(|p| p.os_version().clone())
                            .unwrap_or_default(),
                        os_features: p
                            .as_ref()
                            .and_then(|p| p.os_features().clone())
                            .unwrap_or_default(),
                        features: Vec::new(),
                    },
                    annotations: d
                        .annotations()
                        .clone()
                        .unwrap_or_default()
                        .into_iter()
                        .collect(),
                    image: None,
                    source: source.clone(),
                });
            }
            Ok(out)
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct IndexOut<'a> {
    schema_version: u32,
    media_type: &'a str,
    manifests: Vec<EntryOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<&'a BTreeMap<String, String>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EntryOut<'a> {
    media_type: &'a str,
    size: u64,
    digest: &'a str,
    platform: &'a Platform,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    annotations: &'a BTreeMap<String, String>,
}

/// The list as JSON: podman's `manifest inspect` output with `pretty` (4-space indents),
/// else the bytes a push sends. List annotations exist only in an OCI index.
pub fn render(
    list: &ListRecord,
    instances: &[Instance],
    format: ListFormat,
    pretty: bool,
) -> Vec<u8> {
    let out = IndexOut {
        schema_version: 2,
        media_type: format.media_type(),
        manifests: instances
            .iter()
            .map(|i| EntryOut {
                media_type: &i.media_type,
                size: i.size,
                digest: &i.digest,
                platform: &i.platform,
                annotations: &i.annotations,
            })
            .collect(),
        annotations: (format == ListFormat::Oci && !list.annotations.is_empty())
            .then_some(&list.annotations),
    };
    if pretty {
        indented(&out)
    } else {
        serde_json::to_vec(&out).unwrap_or_default()
    }
}

/// A registry's manifest as `manifest inspect REF` shows it: parsed, and written with
/// 4-space indents in the order of its fields (as podman's Go structs print).
pub async fn inspect_remote(
    reference: &Reference,
    opts: &RegistryOptions,
) -> Result<Vec<u8>, ListError> {
    let mut reg = Registry::new(reference, opts)?;
    let (bytes, _) = reg.manifest(None).await?;
    let parsed = Manifest::parse(&bytes, None).map_err(|source| ListError::Manifest {
        what: reference.to_string(),
        source,
    })?;
    Ok(match parsed {
        Manifest::Image { manifest, .. } => indented(&manifest),
        Manifest::Index { index, .. } => indented(&index),
    })
}

/// JSON with 4-space indents, as podman's MarshalIndent writes it.
fn indented(v: &impl Serialize) -> Vec<u8> {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    let _ = v.serialize(&mut ser);
    buf
}

/// What `push_list` did.
pub struct ListPushed {
    pub digest: String,
}

/// Push `list` to `dest` (with its tag): with `all`, each instance first, under its digest.
pub async fn push_list(
    store: &Store,
    list: &ListRecord,
    dest: &Reference,
    opts: &PushOptions,
    all: bool,
    format: ListFormat,
    obs: &dyn PushObserver,
) -> Result<ListPushed, ListError> {
    let mut sent = Vec::new();
    for inst in &list.instances {
        if !all {
            sent.push(inst.clone());
            continue;
        }
        match (&inst.image, &inst.source) {
            (Some(id), _) => {
                let images = store.images()?;
                let image =
                    images
                        .iter()
                        .find(|i| &i.id == id)
                        .ok_or_else(|| ListError::ImageGone {
                            image: crate::reference::short_id(id).to_string(),
                            digest: inst.digest.clone(),
                        })?;
                let o = PushOptions {
                    registry: opts.registry.clone(),
                    format: opts.format,
                    compression: opts.compression,
                    parallel: opts.parallel,
                    by_digest: true,
                };
                let out = push::push(store, image, dest, &o, obs).await?;
                let mut i = inst.clone();
                i.digest = out.manifest_digest;
                i.size = out.manifest_size;
                i.media_type = out.manifest_media_type;
                sent.push(i);
            }
            (None, Some(source)) => {
                copy_instance(store, inst, source, dest, &opts.registry).await?;
                sent.push(inst.clone());
            }
            (None, None) => sent.push(inst.clone()),
        }
    }
    let bytes = render(list, &sent, format, false);
    let digest = format!("sha256:{:x}", Sha256::digest(&bytes));
    let mut reg = Registry::new(dest, &opts.registry)?;
    reg.prepare_push().await.map_err(|source| PushError::Ping {
        registry: dest.registry.clone(),
        source,
    })?;
    reg.push_manifest(&bytes, format.media_type())
        .await
        .map_err(PushError::WriteManifest)?;
    Ok(ListPushed { digest })
}

/// Copy a registry's image (its blobs, then its manifest under its digest) to `dest`.
async fn copy_instance(
    store: &Store,
    inst: &Instance,
    source: &str,
    dest: &Reference,
    opts: &RegistryOptions,
) -> Result<(), ListError> {
    let bytes = store.read_blob(&inst.digest)?;
    let m = match Manifest::parse(&bytes, Some(&inst.media_type)) {
        Ok(Manifest::Image { manifest, .. }) => manifest,
        Ok(Manifest::Index { .. }) => return Err(ListError::IsList(inst.digest.clone())),
        Err(source) => {
            return Err(ListError::Manifest {
                what: inst.digest.clone(),
                source,
            })
        }
    };
    let from = Reference::parse_qualified(&format!("{source}@{}", inst.digest)).map_err(|e| {
        ListError::Copy {
            digest: inst.digest.clone(),
            source: std::io::Error::other(e.to_string()),
        }
    })?;
    let src = Registry::new(&from, opts)?;
    let mut dst = Registry::new(dest, opts)?;
    dst.prepare_push().await.map_err(|source| PushError::Ping {
        registry: dest.registry.clone(),
        source,
    })?;
    let same_registry = from.registry == dest.registry;
    let blobs = std::iter::once(m.config()).chain(m.layers().iter());
    for d in blobs {
        let digest = d.digest().to_string();
        if dst.has_blob(&digest).await? {
            continue;
        }
        if same_registry && dst.mount_blob(&digest, &from.repository).await {
            continue;
        }
        let io = |source| ListError::Copy {
            digest: digest.clone(),
            source,
        };
        let tmp = store.tmp_dir("copy")?;
        let path = tmp.path.join("blob");
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(io)?;
        let mut stream = src.blob_stream(&digest, d.size() as i64).await?.stream;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| ListError::Copy {
                digest: digest.clone(),
                source: std::io::Error::other(e.to_string()),
            })?;
            file.write_all(&chunk).map_err(io)?;
        }
        let size = file.metadata().map_err(io)?.len();
        dst.push_blob_file(
            &file,
            &digest,
            size,
            std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0)),
        )
        .await?;
    }
    dst.push_manifest_at(Some(&inst.digest), &bytes, &inst.media_type)
        .await
        .map_err(PushError::WriteManifest)?;
    Ok(())
}
