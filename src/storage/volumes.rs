//! Named volumes: `volumes/<name>/_data` plus `volume.json`, as podman lays them out.

use super::{atomic, io_err, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Volume {
    pub name: String,
    pub driver: String,
    pub mountpoint: PathBuf,
    pub created: i64,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub anonymous: bool,
}

fn dir(root: &Path) -> PathBuf {
    root.join("volumes")
}

pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

pub fn get(root: &Path, name: &str) -> Result<Volume, StoreError> {
    if !valid_name(name) {
        return Err(StoreError::VolumeNotKnown(name.to_string()));
    }
    let p = dir(root).join(name).join("volume.json");
    let bytes = std::fs::read(&p).map_err(|_| StoreError::VolumeNotKnown(name.to_string()))?;
    serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })
}

/// Create a volume (or return it when `existing_ok` and it exists).
pub fn create(
    root: &Path,
    name: &str,
    labels: BTreeMap<String, String>,
    anonymous: bool,
    existing_ok: bool,
) -> Result<Volume, StoreError> {
    if let Ok(v) = get(root, name) {
        if existing_ok {
            return Ok(v);
        }
        return Err(StoreError::VolumeExists(name.to_string()));
    }
    let d = dir(root).join(name);
    let data = d.join("_data");
    std::fs::create_dir_all(&data).map_err(io_err("create", &data))?;
    let v = Volume {
        name: name.to_string(),
        driver: "local".into(),
        mountpoint: data,
        created: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
        labels,
        anonymous,
    };
    let p = d.join("volume.json");
    let json = serde_json::to_vec_pretty(&v).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(&p, &json).map_err(io_err("write", &p))?;
    Ok(v)
}

pub fn list(root: &Path) -> Vec<Volume> {
    let mut v: Vec<Volume> = std::fs::read_dir(dir(root))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| get(root, &e.file_name().to_string_lossy()).ok())
                .collect()
        })
        .unwrap_or_default();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// Remove a volume's directory (the caller is in the user namespace, as files in it may
/// belong to subordinate ids).
pub fn remove(root: &Path, name: &str) -> Result<(), StoreError> {
    get(root, name)?;
    let d = dir(root).join(name);
    let gone = dir(root).join(format!(".removing-{name}"));
    std::fs::rename(&d, &gone).map_err(io_err("remove", &d))?;
    super::store::remove_tree(&gone).map_err(io_err("remove", &gone))
}
