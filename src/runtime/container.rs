//! Container records (the runtime's own types, kept in the store's `containers/` dir): `containers/<id>/config.json` (what it is) and `state.json` (how it is:
//! pids, status, exit code), each replaced atomically. Lookups by ID, ID prefix or name.

use crate::storage::containers as names;
use crate::storage::{atomic, io_err, StoreError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Created,
    Running,
    Exited,
}

/// What a container is: its spec plus where it came from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerConfig {
    pub spec: super::spec::ContainerSpec,
    pub image_id: String,
    pub image_name: String,
    /// The manifest digest of the image (inspect's ImageDigest).
    #[serde(default)]
    pub image_digest: String,
    /// The OCI runtime named at create (inspect's OCIRuntime; berth runs it itself).
    #[serde(default)]
    pub oci_runtime: String,
    pub created: i64,
    #[serde(default)]
    pub auto_remove: bool,
    #[serde(default)]
    pub stop_signal: Option<String>,
    #[serde(default)]
    pub stop_timeout: Option<u32>,
    /// The storage driver the rootfs is built with (overlay, fuse-overlayfs, vfs).
    #[serde(default = "default_driver")]
    pub driver: String,
    /// `--restart`, kept by the monitor of a detached container.
    #[serde(default)]
    pub restart_policy: super::spec::RestartPolicy,
    /// `--label`/`--label-file` merged over the image's labels.
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, String>,
    /// `--annotation`s (inspect's Config.Annotations).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub annotations: std::collections::BTreeMap<String, String>,
    /// `--log-driver`: k8s-file (json-file is the same, as in podman) or none.
    #[serde(default = "default_log_driver")]
    pub log_driver: String,
    /// `--log-opt max-size=`: the monitor starts the log afresh when it would grow past this.
    #[serde(default)]
    pub log_max_size: Option<u64>,
    /// The ID of the pod the container belongs to (`--pod`; `storage::pods`).
    #[serde(default)]
    pub pod: Option<String>,
    /// This is the infra container of its pod (it goes only with the pod).
    #[serde(default)]
    pub infra: bool,
    /// A build step's container: it writes no events.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_events: bool,
    /// `--health-cmd` and the rest, or the image's HEALTHCHECK (`runtime::health`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<super::health::HealthConfig>,
}

impl ContainerConfig {
    /// A container event as podman writes it: the ID, name, image name and labels.
    pub fn event(&self, status: &str) -> crate::storage::events::Event {
        let mut e = crate::storage::events::Event::new("container", status)
            .id(&self.spec.id)
            .name(&self.spec.name);
        e.image = self.image_name.clone();
        e.attributes = Some(self.labels.clone());
        e
    }

    /// Write a container event to the event log.
    pub fn emit(&self, status: &str) {
        if !self.no_events {
            crate::storage::events::emit(self.event(status));
        }
    }

    /// The `died` event, with the exit code.
    pub fn emit_died(&self, code: i32) {
        if self.no_events {
            return;
        }
        let mut e = self.event("died");
        e.exit_code = code;
        crate::storage::events::emit(e);
    }
}

fn default_driver() -> String {
    "overlay".into()
}

fn default_log_driver() -> String {
    "k8s-file".into()
}

/// How a container is now.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ContainerState {
    pub status: Status,
    /// The container's pid 1 as seen from the host, and its start time (to detect pid reuse).
    #[serde(default)]
    pub pid: i32,
    #[serde(default)]
    pub pid_start: u64,
    /// The monitor of a detached container.
    #[serde(default)]
    pub monitor_pid: i32,
    #[serde(default)]
    pub exit_code: Option<i32>,
    #[serde(default)]
    pub started_at: i64,
    #[serde(default)]
    pub finished_at: i64,
    /// The monitor's start time (to detect pid reuse; 0 in old records).
    #[serde(default)]
    pub monitor_start: u64,
    /// How often the monitor restarted the container (`--restart`).
    #[serde(default)]
    pub restart_count: u32,
    /// Set by stop, kill and rm -f: the monitor must not restart the container.
    #[serde(default)]
    pub stopped_by_user: bool,
    /// Set by stop (not by kill, as in podman): the container is "stopping" until it ends.
    #[serde(default)]
    pub stopping: bool,
    /// Frozen by `pause` (cgroup.freeze) until `unpause`.
    #[serde(default)]
    pub paused: bool,
    /// The kernel's OOM killer killed a process of its last run (memory.events oom_kill).
    #[serde(default)]
    pub oom_killed: bool,
}

/// True when `pid` names a live process (not a zombie) that started at `start` (when known).
pub fn process_alive(pid: i32, start: u64) -> bool {
    if pid <= 0 {
        return false;
    }
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    let Some((_, after)) = stat.rsplit_once(')') else {
        return false;
    };
    let mut f = after.split_whitespace();
    if matches!(f.next(), Some("Z" | "X" | "x")) {
        return false;
    }
    start == 0 || f.nth(18).and_then(|t| t.parse::<u64>().ok()) == Some(start)
}

/// Start time of a process in clock ticks since boot (/proc/PID/stat field 22), or None.
pub fn process_start_time(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    after.split_whitespace().nth(19)?.parse().ok()
}

impl ContainerState {
    /// Running according to the record *and* the process table (a dead or reused pid is not).
    pub fn is_alive(&self) -> bool {
        self.status == Status::Running
            && self.pid > 0
            && process_start_time(self.pid) == Some(self.pid_start)
    }

    /// The monitor (or foreground berth) that owns the container still runs.
    pub fn monitor_alive(&self) -> bool {
        self.monitor_pid > 0
            && process_alive(self.monitor_pid, self.monitor_start)
            && self.monitor_pid != std::process::id() as i32
    }
}

pub struct Container {
    pub id: String,
    pub dir: PathBuf,
    pub config: ContainerConfig,
    pub state: ContainerState,
}

fn read_json<T: for<'de> Deserialize<'de>>(p: &Path) -> Result<T, StoreError> {
    let bytes = std::fs::read(p).map_err(io_err("read", p))?;
    serde_json::from_slice(&bytes).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })
}

impl Container {
    pub fn load(dir: &Path) -> Result<Container, StoreError> {
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let config: ContainerConfig = read_json(&dir.join("config.json"))?;
        let mut state: ContainerState = read_json(&dir.join("state.json")).unwrap_or_default();
        // A berth killed with -9 never wrote "exited": the process table is the truth. While
        // the monitor (or the foreground berth) lives, it is about to record the exit itself.
        if state.status == Status::Running && !state.is_alive() && !state.monitor_alive() {
            state.status = Status::Exited;
            if state.exit_code.is_none() {
                state.exit_code = Some(137);
            }
            if state.finished_at == 0 {
                state.finished_at = std::fs::metadata(dir.join("state.json"))
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0);
            }
        }
        Ok(Container {
            id,
            dir: dir.to_path_buf(),
            config,
            state,
        })
    }

    pub fn save_state(&self) -> Result<(), StoreError> {
        save_state(&self.dir, &self.state)
    }

    pub fn name(&self) -> &str {
        &self.config.spec.name
    }
}

pub fn save_state(dir: &Path, state: &ContainerState) -> Result<(), StoreError> {
    let p = dir.join("state.json");
    let data = serde_json::to_vec(state).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(&p, &data).map_err(io_err("write", &p))
}

/// Read, change and write state.json under `<dir>/state.lock`, so that a monitor and a
/// `berth stop` that write at the same time keep each other's changes.
pub fn update_state(
    dir: &Path,
    f: impl FnOnce(&mut ContainerState),
) -> Result<ContainerState, StoreError> {
    let lock_path = dir.join("state.lock");
    let _lock = crate::storage::lock::exclusive(&lock_path).map_err(io_err("lock", &lock_path))?;
    let mut state: ContainerState = read_json(&dir.join("state.json")).unwrap_or_default();
    f(&mut state);
    save_state(dir, &state)?;
    Ok(state)
}

/// state.json as written (without the liveness checks of `Container::load`).
pub fn read_state(dir: &Path) -> Option<ContainerState> {
    read_json(&dir.join("state.json")).ok()
}

pub fn save_config(dir: &Path, config: &ContainerConfig) -> Result<(), StoreError> {
    let p = dir.join("config.json");
    let data = serde_json::to_vec_pretty(config).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(&p, &data).map_err(io_err("write", &p))
}

/// Remove a container's directory (renamed first, so it disappears at once; see
/// `storage::containers::remove_dir`). The caller is in the user namespace.
pub fn remove(c: &Container) -> std::io::Result<()> {
    names::remove_dir(&c.dir)?;
    if let Some(containers) = c.dir.parent() {
        names::release_name(containers, c.name(), &c.id);
    }
    if !c.config.spec.networks.is_empty() {
        // its addresses on user-defined networks are free again
        if let Some(root) = c.dir.parent().and_then(Path::parent) {
            crate::network::records::release(root, None, &c.id);
        }
    }
    Ok(())
}

/// Every container with a readable record, newest first. Containers made in the same second
/// are ordered by their directories' birth times, so the order never depends on readdir's.
pub fn list(root: &Path) -> Vec<Container> {
    let mut out: Vec<(Container, Option<std::time::SystemTime>)> =
        std::fs::read_dir(root.join("containers"))
            .map(|rd| {
                rd.flatten()
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.')) // half-removed
                    .filter_map(|e| {
                        let born = e.metadata().ok().and_then(|m| m.created().ok());
                        Container::load(&e.path()).ok().map(|c| (c, born))
                    })
                    .collect()
            })
            .unwrap_or_default();
    out.sort_by_key(|(c, born)| std::cmp::Reverse((c.config.created, *born)));
    out.into_iter().map(|(c, _)| c).collect()
}

/// Find by full ID, name, or unique ID prefix, reading only the records that may match: the
/// name through the store's name index (`storage::containers`), verified by the record it leads
/// to, and the records the index lacks.
pub fn find(root: &Path, name: &str) -> Result<Container, StoreError> {
    let dir = root.join("containers");
    if is_full_id(name) {
        if let Ok(c) = Container::load(&dir.join(name)) {
            return Ok(c);
        }
    }
    if let Some(c) = by_name(&dir, name) {
        return Ok(c);
    }
    let mut hits: Vec<Container> = if name.len() >= 3 {
        names::ids(&dir)
            .into_iter()
            .filter(|id| id.starts_with(name))
            .filter_map(|id| Container::load(&dir.join(id)).ok())
            .collect()
    } else {
        Vec::new()
    };
    match hits.len() {
        0 => Err(StoreError::ContainerNotKnown(name.to_string())),
        1 => Ok(hits.remove(0)),
        n => Err(StoreError::Ambiguous {
            name: name.to_string(),
            count: n,
        }),
    }
}

fn is_full_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The container named `name`: the index's entry when its record agrees, else among the
/// records no entry leads to (which get their entries on the way).
fn by_name(dir: &Path, name: &str) -> Option<Container> {
    if let Some(id) = names::indexed_id(dir, name) {
        match Container::load(&dir.join(&id)) {
            Ok(c) if c.name() == name => return Some(c),
            // the entry of a killed rm or rename: it leads nowhere, or to another name
            Ok(_) => names::release_name(dir, name, &id),
            Err(_) if !dir.join(&id).exists() => names::release_name(dir, name, &id),
            Err(_) => {}
        }
    }
    let indexed = names::indexed_ids(dir);
    let mut found = None;
    for id in names::ids(dir) {
        if indexed.contains(&id) {
            continue;
        }
        let Ok(c) = Container::load(&dir.join(&id)) else {
            continue; // a create still writing its directory
        };
        index_name(dir.parent().unwrap_or(dir), &c.id, c.name()).ok();
        if c.name() == name && found.is_none() {
            found = Some(c);
        }
    }
    found
}

/// The name a record carries, reading nothing else of it.
fn record_name(dir: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct Spec {
        name: String,
    }
    #[derive(Deserialize)]
    struct NameOnly {
        spec: Spec,
    }
    let bytes = std::fs::read(dir.join("config.json")).ok()?;
    serde_json::from_slice::<NameOnly>(&bytes)
        .ok()
        .map(|n| n.spec.name)
}

/// Give container `id` (whose record is written) its entry in the name index, unless another
/// container's record holds the name: `StoreError::NameInUse`. An index that cannot be written
/// is no error: the record is found without it.
pub fn index_name(root: &Path, id: &str, name: &str) -> Result<(), StoreError> {
    let dir = root.join("containers");
    let holds = |other: &str| record_name(&dir.join(other)).as_deref() == Some(name);
    match names::claim_name(&dir, name, id, holds) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(other)) => Err(StoreError::NameInUse {
            name: name.to_string(),
            id: other,
        }),
        Err(e) => {
            log::debug!("cannot index the container name {name}: {e}");
            Ok(())
        }
    }
}

/// A generated name for container `id` that no indexed container has (`new_name`, then with
/// a digit added, as podman's generator retries).
pub fn unused_name(root: &Path, id: &str) -> String {
    let dir = root.join("containers");
    let base = super::new_name(id);
    let taken = |n: &str| {
        names::indexed_id(&dir, n)
            .is_some_and(|other| record_name(&dir.join(other)).as_deref() == Some(n))
    };
    std::iter::once(base.clone())
        .chain((0..100).map(|i| format!("{base}{i}")))
        .find(|n| !taken(n))
        .unwrap_or(base)
}

/// What `system check` finds wrong in the name index: entries that lead nowhere or to a
/// container of another name (a killed rm or rename; harmless, as every lookup verifies), and
/// containers whose name has no entry (found by reading the records the index lacks). Each as
/// (the name, what is wrong, repaired): with `repair` the index is made right.
pub fn check_index(root: &Path, repair: bool) -> Vec<(String, &'static str, bool)> {
    let dir = root.join("containers");
    let mut out = Vec::new();
    let mut held = std::collections::HashSet::new();
    for (name, id) in names::index_entries(&dir) {
        if record_name(&dir.join(&id)).as_deref() == Some(name.as_str()) {
            held.insert(id);
            continue;
        }
        if repair {
            names::release_name(&dir, &name, &id);
        }
        out.push((
            name,
            "its name index entry leads to no container of that name",
            repair,
        ));
    }
    for id in names::ids(&dir) {
        if held.contains(&id) {
            continue;
        }
        let Some(name) = record_name(&dir.join(&id)) else {
            continue; // no record (yet): not a container
        };
        // a second container of the same name (two creates at once, before the index) stays
        let fixed = repair
            && index_name(root, &id, &name).is_ok()
            && names::indexed_id(&dir, &name).as_deref() == Some(id.as_str());
        out.push((name, "its name is not in the name index", fixed));
    }
    out
}

/// Rename container `c` in its record and the index: the new entry first, so that whenever
/// berth is killed the record's name has an entry (or none of its names has).
pub fn rename(c: &Container, name: &str) -> Result<ContainerConfig, StoreError> {
    let root = c.dir.parent().and_then(Path::parent).unwrap_or(&c.dir);
    // the lookup also indexes the records the index lacks, so the claim sees them
    if let Some(other) = by_name(&root.join("containers"), name).filter(|o| o.id != c.id) {
        return Err(StoreError::NameInUse {
            name: name.to_string(),
            id: other.id,
        });
    }
    index_name(root, &c.id, name)?;
    let mut config = c.config.clone();
    config.spec.name = name.to_string();
    save_config(&c.dir, &config)?;
    names::release_name(&root.join("containers"), c.name(), &c.id);
    Ok(config)
}

/// Names of the volumes that containers in the store use.
pub fn volumes_in_use(root: &Path) -> Vec<String> {
    list(root)
        .iter()
        .flat_map(|c| c.config.spec.mounts.iter().filter_map(|m| m.name.clone()))
        .collect()
}
