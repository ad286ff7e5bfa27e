//! Container records (the runtime's own types, kept in the store's `containers/` dir): `containers/<id>/config.json` (what it is) and `state.json` (how it is:
//! pids, status, exit code), each replaced atomically. Lookups by ID, ID prefix or name.

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
    crate::storage::containers::remove_dir(&c.dir)?;
    if !c.config.spec.networks.is_empty() {
        // its addresses on user-defined networks are free again
        if let Some(root) = c.dir.parent().and_then(Path::parent) {
            crate::network::records::release(root, None, &c.id);
        }
    }
    Ok(())
}

/// Every container with a readable record, newest first.
pub fn list(root: &Path) -> Vec<Container> {
    let mut out: Vec<Container> = std::fs::read_dir(root.join("containers"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.')) // half-removed
                .filter_map(|e| Container::load(&e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort_by_key(|c| std::cmp::Reverse(c.config.created));
    out
}

/// Find by full ID, unique ID prefix, or name.
pub fn find(root: &Path, name: &str) -> Result<Container, StoreError> {
    let all = list(root);
    let exact: Vec<Container> = all
        .iter()
        .filter(|c| c.name() == name || c.id == name)
        .map(clone_of)
        .collect();
    if let Some(c) = exact.into_iter().next() {
        return Ok(c);
    }
    let mut hits: Vec<Container> = all
        .into_iter()
        .filter(|c| name.len() >= 3 && c.id.starts_with(name))
        .collect();
    match hits.len() {
        0 => Err(StoreError::ContainerNotKnown(name.to_string())),
        1 => Ok(hits.remove(0)),
        n => Err(StoreError::Ambiguous {
            name: name.to_string(),
            count: n,
        }),
    }
}

fn clone_of(c: &Container) -> Container {
    Container {
        id: c.id.clone(),
        dir: c.dir.clone(),
        config: c.config.clone(),
        state: c.state.clone(),
    }
}

/// Names of the volumes that containers in the store use.
pub fn volumes_in_use(root: &Path) -> Vec<String> {
    list(root)
        .iter()
        .flat_map(|c| c.config.spec.mounts.iter().filter_map(|m| m.name.clone()))
        .collect()
}
