//! Pod records: `pods/<id>.json` beside `containers/` in the store, one file per pod, each
//! replaced atomically (`atomic::write`). Creating, renaming and removing a pod happen under
//! `pods/pods.lock`, so two `pod create --name web` at once cannot both win. A pod's members
//! are not listed here: each container's record names its pod (`ContainerConfig::pod`), so a
//! container removed by any path leaves no stale member list behind.

use super::{atomic, io_err, lock, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What the infra container of a pod was asked to be (`pod create`'s network flags live on it,
/// as in podman; `pod inspect` shows them as `InfraConfig`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct InfraSpec {
    /// `--infra-image`, or None for berth's own pause (no image to pull).
    #[serde(default)]
    pub image: Option<String>,
    /// `--infra-command`.
    #[serde(default)]
    pub command: Vec<String>,
    /// `--infra-name`.
    #[serde(default)]
    pub name: Option<String>,
    /// `--network` as given ("" for the default).
    #[serde(default)]
    pub network: String,
    #[serde(default)]
    pub publish: Vec<String>,
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub dns_search: Vec<String>,
    #[serde(default)]
    pub dns_option: Vec<String>,
    #[serde(default)]
    pub add_host: Vec<String>,
    #[serde(default)]
    pub no_hosts: bool,
}

/// A pod: its identity, what its containers share, and its infra container.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    /// Seconds since the epoch.
    pub created: i64,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The host name of the pod's UTS namespace (the pod's name unless `--hostname`).
    #[serde(default)]
    pub hostname: String,
    /// Namespaces the members share with the infra container (podman's names: ipc, net, pid,
    /// uts, cgroup), in podman's order.
    #[serde(default)]
    pub shared: Vec<String>,
    /// The infra container's ID, when the pod has one.
    #[serde(default)]
    pub infra_id: Option<String>,
    #[serde(default)]
    pub infra: InfraSpec,
    /// `--exit-policy`: continue, or stop (the infra stops once the last member exits).
    #[serde(default = "default_exit_policy")]
    pub exit_policy: String,
    /// The command line that created it (`pod inspect .CreateCommand`).
    #[serde(default)]
    pub create_command: Vec<String>,
}

fn default_exit_policy() -> String {
    "continue".into()
}

impl PodRecord {
    /// Whether the members share namespace `kind` (net, ipc, uts, pid) with the infra.
    pub fn shares(&self, kind: &str) -> bool {
        self.infra_id.is_some() && self.shared.iter().any(|s| s == kind)
    }
}

fn dir(root: &Path) -> PathBuf {
    root.join("pods")
}

fn file(root: &Path, id: &str) -> PathBuf {
    dir(root).join(format!("{id}.json"))
}

/// Hold the pods lock for a change of names or membership.
pub fn lock(root: &Path) -> Result<lock::Lock, StoreError> {
    let d = dir(root);
    std::fs::create_dir_all(&d).map_err(io_err("create", &d))?;
    let p = d.join("pods.lock");
    lock::exclusive(&p).map_err(io_err("lock", &p))
}

/// Write (or replace) a pod's record.
pub fn save(root: &Path, pod: &PodRecord) -> Result<(), StoreError> {
    let d = dir(root);
    std::fs::create_dir_all(&d).map_err(io_err("create", &d))?;
    let p = file(root, &pod.id);
    let data = serde_json::to_vec_pretty(pod).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(&p, &data).map_err(io_err("write", &p))
}

/// Remove a pod's record (its containers are the caller's to remove first).
pub fn remove(root: &Path, id: &str) -> Result<(), StoreError> {
    let p = file(root, id);
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_err("remove", &p)(e)),
    }
}

/// Every readable pod record, newest first.
pub fn list(root: &Path) -> Vec<PodRecord> {
    let mut out: Vec<PodRecord> = std::fs::read_dir(dir(root))
        .map(|rd| {
            rd.flatten()
                .filter(|e| {
                    let n = e.file_name();
                    let n = n.to_string_lossy();
                    !n.starts_with('.') && n.ends_with(".json")
                })
                .filter_map(|e| std::fs::read(e.path()).ok())
                .filter_map(|b| serde_json::from_slice(&b).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a: &PodRecord, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
    out
}

/// A pod by full ID, name, or unique ID prefix.
pub fn find(root: &Path, name: &str) -> Result<PodRecord, StoreError> {
    let all = list(root);
    if let Some(p) = all.iter().find(|p| p.id == name || p.name == name) {
        return Ok(p.clone());
    }
    let mut hits: Vec<PodRecord> = all
        .into_iter()
        .filter(|p| !name.is_empty() && p.id.starts_with(name))
        .collect();
    match hits.len() {
        0 => Err(StoreError::PodNotKnown(name.to_string())),
        1 => Ok(hits.remove(0)),
        n => Err(StoreError::Ambiguous {
            name: name.to_string(),
            count: n,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(id: &str, name: &str, created: i64) -> PodRecord {
        PodRecord {
            id: id.into(),
            name: name.into(),
            created,
            labels: BTreeMap::new(),
            hostname: name.into(),
            shared: vec!["ipc".into(), "net".into(), "uts".into()],
            infra_id: Some("i".repeat(64)),
            infra: InfraSpec::default(),
            exit_policy: default_exit_policy(),
            create_command: Vec::new(),
        }
    }

    #[test]
    fn records_round_trip_and_are_found_by_name_id_and_prefix() {
        let tmp = std::env::temp_dir().join(format!("berth-pods-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        save(&tmp, &pod(&"a".repeat(64), "web", 1)).unwrap();
        save(&tmp, &pod(&format!("ab{}", "c".repeat(62)), "db", 2)).unwrap();
        assert_eq!(list(&tmp).len(), 2);
        assert_eq!(list(&tmp)[0].name, "db", "newest first");
        assert_eq!(find(&tmp, "web").unwrap().id, "a".repeat(64));
        assert_eq!(find(&tmp, "abc").unwrap().name, "db");
        assert!(matches!(
            find(&tmp, "a"),
            Err(StoreError::Ambiguous { count: 2, .. })
        ));
        assert!(matches!(find(&tmp, "zz"), Err(StoreError::PodNotKnown(_))));
        assert!(find(&tmp, "web").unwrap().shares("net"));
        remove(&tmp, &"a".repeat(64)).unwrap();
        remove(&tmp, &"a".repeat(64)).unwrap();
        assert_eq!(list(&tmp).len(), 1);
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
