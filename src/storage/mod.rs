//! The per-user store: blobs (manifests and configs), unpacked layers and image records, safe
//! for many berth processes at once and for a berth killed at any moment.
//!
//! Layout under the graph root:
//! ```text
//! store.lock            exclusive while images.json is changed or layers are collected
//! images.json           every image record; replaced atomically
//! blobs/sha256/<hex>    manifests, configs and compressed layers, verified before they are written
//! layers/<hex>/         one unpacked layer per diff id: diff/ and layer.json; appears by rename
//! tmp/<name>[.lock]     work in progress; a dir whose lock nobody holds is garbage
//! tmp/pull-*/<hex>      blobs and layers an in-flight pull wrote and has not yet recorded
//! locks/<hex>.lock      held while a layer is being unpacked
//! pods/<id>.json        one pod record each (pods.lock held while names change)
//! ```

pub mod atomic;
pub mod containers;
pub mod driver;
pub mod events;
pub mod images;
pub mod lists;
pub mod lock;
pub mod pods;
pub mod secrets;
pub mod store;
pub mod volumes;

pub use images::ImageRecord;
pub use store::{BlobWriter, LayerRecord, PullPins, Store, TempBlob, TmpDir};

use crate::error::Hint;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot {op} {path}")]
    Io {
        op: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is corrupt")]
    Corrupt {
        path: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("{0}: image not known")]
    ImageNotKnown(String),
    #[error("{0}: no such manifest list")]
    ListNotKnown(String),
    #[error("{0}: tag not known")]
    TagNotKnown(String),
    #[error("no container with name or ID \"{0}\" found: no such container")]
    ContainerNotKnown(String),
    #[error("the container name \"{name}\" is already in use by {id}. You have to remove that container to be able to reuse that name: that name is already in use")]
    NameInUse { name: String, id: String },
    #[error("no pod with name or ID {0} found: no such pod")]
    PodNotKnown(String),
    #[error("no volume with name \"{0}\" found: no such volume")]
    VolumeNotKnown(String),
    #[error("running volume create option: volume name {0:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument")]
    InvalidVolumeName(String),
    #[error("volume with name {0} already exists: volume already exists")]
    VolumeExists(String),
    #[error("{name} matches {count} images; use an image ID or a full name")]
    Ambiguous { name: String, count: usize },
    #[error("blob {digest} does not match its digest (got {actual})")]
    BadBlob { digest: String, actual: String },
}

impl Hint for StoreError {
    fn hint(&self) -> Option<String> {
        match self {
            StoreError::Corrupt { .. } => {
                Some("remove the file named above; `berth images` rebuilds what it can".into())
            }
            StoreError::ImageNotKnown(_) => {
                Some("`berth images` lists the images in the store".into())
            }
            StoreError::NameInUse { name, .. } => Some(format!(
                "remove that container (`berth rm {name}`), or choose another name"
            )),
            StoreError::ListNotKnown(_) => {
                Some("make it with `berth manifest create NAME`".into())
            }
            StoreError::InvalidVolumeName(_) => Some(
                "a volume name is letters, digits, '_', '.' and '-', starting with a letter or digit; \
                 to mount a host directory, use a bind mount (-v /host/dir:/ctr/dir or --mount type=bind)"
                    .into(),
            ),
            _ => None,
        }
    }
}

pub(crate) fn io_err<'a>(
    op: &'static str,
    path: &'a std::path::Path,
) -> impl FnOnce(std::io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        op,
        path: path.display().to_string(),
        source,
    }
}
