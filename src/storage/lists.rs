//! Manifest lists (`berth manifest`): `lists.json` in the store, changed under the store lock
//! like `images.json`. A list names its instances by manifest digest; an instance is a local
//! image (its ID, so a push sends its blobs) or a manifest from a registry (its bytes kept as a
//! blob, and where it came from, so a push copies its blobs from there).

use super::{atomic, io_err, Store, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant: String,
    #[serde(
        default,
        rename = "os.version",
        skip_serializing_if = "String::is_empty"
    )]
    pub os_version: String,
    #[serde(default, rename = "os.features", skip_serializing_if = "Vec::is_empty")]
    pub os_features: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    /// The manifest's digest (`sha256:…`).
    pub digest: String,
    pub media_type: String,
    pub size: u64,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    /// The local image it is (pushed from the store).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The repository it came from (`registry/repository`), when it is a registry's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListRecord {
    pub id: String,
    /// Fully-qualified names with tags (`localhost/mylist:latest`).
    pub names: Vec<String>,
    /// Seconds since the epoch.
    pub created: i64,
    pub instances: Vec<Instance>,
    /// Annotations of the list itself.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

impl ListRecord {
    /// Add or replace (same digest) an instance.
    pub fn put(&mut self, i: Instance) {
        match self.instances.iter_mut().find(|x| x.digest == i.digest) {
            Some(x) => *x = i,
            None => self.instances.push(i),
        }
    }
}

/// The list named `name` (a full name, or an ID or its prefix) in `lists`.
pub fn find<'a>(lists: &'a [ListRecord], name: &str) -> Option<&'a ListRecord> {
    lists
        .iter()
        .find(|l| l.names.iter().any(|n| n == name))
        .or_else(|| {
            let bare = name.strip_prefix("sha256:").unwrap_or(name);
            let hits: Vec<&ListRecord> = if crate::reference::is_image_id_prefix(name) {
                lists.iter().filter(|l| l.id.starts_with(bare)).collect()
            } else {
                Vec::new()
            };
            (hits.len() == 1).then(|| hits[0])
        })
}

impl Store {
    fn lists_path(&self) -> std::path::PathBuf {
        self.root().join("lists.json")
    }

    /// All manifest lists (a missing file: none).
    pub fn lists(&self) -> Result<Vec<ListRecord>, StoreError> {
        let p = self.lists_path();
        match std::fs::read(&p) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
                path: p.display().to_string(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(io_err("read", &p)(e)),
        }
    }

    /// Change the lists under the store lock.
    pub fn update_lists<T>(
        &self,
        f: impl FnOnce(&mut Vec<ListRecord>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _l = self.lock()?;
        let mut lists = self.lists()?;
        let before = lists.clone();
        let out = f(&mut lists)?;
        if lists != before {
            let p = self.lists_path();
            let data = serde_json::to_vec_pretty(&lists).map_err(|source| StoreError::Corrupt {
                path: p.display().to_string(),
                source,
            })?;
            atomic::write(&p, &data).map_err(io_err("write", &p))?;
        }
        Ok(out)
    }

    /// The manifest blobs lists refer to (kept by garbage collection).
    pub(super) fn list_blobs(&self) -> Vec<String> {
        self.lists()
            .unwrap_or_default()
            .iter()
            .flat_map(|l| l.instances.iter())
            .filter_map(|i| super::store::digest_hex(&i.digest).map(str::to_string))
            .collect()
    }
}
