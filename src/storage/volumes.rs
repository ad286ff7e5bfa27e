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
    /// `volume create -o`: the local driver's options (type, device, o, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// `--volumepath`: where volumes live when not under the store (set once, at startup).
static VOLUME_PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Keep volumes in `path` rather than `<store>/volumes` (podman's `--volumepath`).
pub fn set_path(path: PathBuf) {
    let _ = VOLUME_PATH.set(path);
}

/// The directory that holds the store's volumes.
pub fn dir(root: &Path) -> PathBuf {
    VOLUME_PATH
        .get()
        .cloned()
        .unwrap_or_else(|| root.join("volumes"))
}

/// Podman's rule for volume (and container) names (libpod's `define.NameRegex`).
pub const NAME_RULE: &str = "[a-zA-Z0-9][a-zA-Z0-9_.-]*";

/// Whether `name` follows [`NAME_RULE`]: such a name is one path component that is neither
/// `.` nor `..`, so it is safe to join onto the volumes directory.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

/// The directory of the volume `name`; the only place a name is joined onto a path, and
/// only once it is known to be valid.
fn volume_dir(root: &Path, name: &str) -> Result<PathBuf, StoreError> {
    if !valid_name(name) {
        return Err(StoreError::InvalidVolumeName(name.to_string()));
    }
    Ok(dir(root).join(name))
}

pub fn get(root: &Path, name: &str) -> Result<Volume, StoreError> {
    // An invalid name cannot name a volume (podman: "no such volume").
    let d = volume_dir(root, name).map_err(|_| StoreError::VolumeNotKnown(name.to_string()))?;
    let p = d.join("volume.json");
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
    create_with(root, name, labels, BTreeMap::new(), anonymous, existing_ok)
}

/// `create`, with the local driver's options (checked by the caller).
pub fn create_with(
    root: &Path,
    name: &str,
    labels: BTreeMap<String, String>,
    options: BTreeMap<String, String>,
    anonymous: bool,
    existing_ok: bool,
) -> Result<Volume, StoreError> {
    let d = volume_dir(root, name)?;
    if let Ok(v) = get(root, name) {
        if existing_ok {
            return Ok(v);
        }
        return Err(StoreError::VolumeExists(name.to_string()));
    }
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
        options,
    };
    let p = d.join("volume.json");
    let json = serde_json::to_vec_pretty(&v).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(&p, &json).map_err(io_err("write", &p))?;
    super::events::emit(super::events::Event::new("volume", "create").name(&v.name));
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
    let d = volume_dir(root, name)?;
    let gone = dir(root).join(format!(".removing-{name}"));
    std::fs::rename(&d, &gone).map_err(io_err("remove", &d))?;
    super::events::emit(super::events::Event::new("volume", "remove").name(name));
    super::store::remove_tree(&gone).map_err(io_err("remove", &gone))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_podmans_rule() {
        for ok in ["a", "data", "my_vol.1-x", "0abc"] {
            assert!(valid_name(ok), "{ok}");
        }
        for bad in [
            "", ".", "..", ".hidden", "-x", "_x", "/tmp/x", "a/b", "../x", "é", "a b",
        ] {
            assert!(!valid_name(bad), "{bad}");
        }
    }

    #[test]
    fn a_path_is_never_a_volume() {
        let root = std::env::temp_dir().join(format!("berth-vol-test-{}", std::process::id()));
        let outside = root.join("outside");
        let target = outside.display().to_string();
        let err = create(&root, &target, Default::default(), false, true).unwrap_err();
        assert!(matches!(err, StoreError::InvalidVolumeName(_)), "{err}");
        assert!(err.to_string().contains(NAME_RULE), "{err}");
        assert!(!outside.exists());
        assert!(matches!(
            get(&root, &target),
            Err(StoreError::VolumeNotKnown(_))
        ));
        assert!(remove(&root, "../outside").is_err());
        let _ = std::fs::remove_dir_all(&root);
    }
}
