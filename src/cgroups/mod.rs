//! Resource limits through a delegated cgroup v2 subtree (`--cgroup-manager cgroupfs`).
//!
//! systemd's `user@UID.service` delegates a subtree to the user: its `cgroup.procs` and
//! `cgroup.subtree_control` are the user's, and the controllers its parent enabled are listed
//! in `cgroup.controllers`. berth finds that subtree from its own cgroup (the highest ancestor
//! of /proc/self/cgroup's `0::` path it may write), makes a `berth` child there with the
//! controllers enabled for its children, and gives each container a leaf `berth/<id>`, into
//! which pid 1 is born (`CLONE_INTO_CGROUP`: `runtime::process::Launch::cgroup`). The
//! no-internal-process rule: a cgroup that enables controllers for its children holds no
//! process; when berth's own cgroup is the delegated root, its processes move to a leaf
//! (`init`) first, as podman does. The leaf goes when the container stops or is removed;
//! leaves of a berth killed with -9 are swept by the next command (`sweep`).
//!
//! `--cgroup-manager systemd` (`systemd`): the leaf is a transient scope `berth-ID.scope`
//! the user's systemd makes under its `user.slice`, delegated to the user; berth writes the
//! limits into it as into a cgroupfs leaf.
//!
//! `parse` reads the flags' values as podman does; `stats` reads the counters.

pub mod parse;
pub mod stats;
pub mod systemd;

use crate::error::UserError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where cgroup v2 is mounted.
pub const MOUNT: &str = "/sys/fs/cgroup";
/// The child of the delegated subtree that holds the containers' leaves.
pub const BERTH_DIR: &str = "berth";
/// podman's default `pids_limit` (containers.conf) where the pids controller is delegated.
pub const DEFAULT_PIDS_LIMIT: i64 = 2048;
/// The controllers berth enables for its containers (those delegated among them).
const WANTED: &[&str] = &["cpuset", "cpu", "io", "memory", "pids"];

/// A device rate limit (`--device-read-bps /dev/sda:1mb`), its numbers resolved at create.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Throttle {
    pub path: String,
    pub major: u64,
    pub minor: u64,
    pub rate: u64,
}

/// A container's limits, in OCI's terms (what `inspect` shows), written to cgroup v2 files.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Resources {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i64>,
    /// Memory plus swap (OCI); -1 is unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swap: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_swappiness: Option<u64>,
    /// `--cpus` as podman records it (HostConfig.NanoCpus); also in cpu_quota/cpu_period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nano_cpus: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_shares: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_quota: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_period: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_cpus: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpuset_mems: Option<String>,
    /// pids.max; 0 or -1: unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pids_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blkio_weight: Option<u16>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_read_bps: Vec<Throttle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_write_bps: Vec<Throttle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_read_iops: Vec<Throttle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub device_write_iops: Vec<Throttle>,
    /// `--cgroup-conf KEY=VALUE`: cgroup v2 files written as given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unified: Vec<(String, String)>,
}

/// One write into the container's cgroup: the file, the value, the controller it needs and
/// the flag that asked for it (for the error).
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub file: String,
    pub value: String,
    pub controller: &'static str,
    pub flag: &'static str,
}

impl Resources {
    /// The writes that apply these limits, in an order the kernel accepts (cpuset first).
    pub fn writes(&self) -> Vec<Write> {
        let mut w = Vec::new();
        let mut add = |file: &str, value: String, controller: &'static str, flag: &'static str| {
            w.push(Write {
                file: file.into(),
                value,
                controller,
                flag,
            })
        };
        if let Some(c) = &self.cpuset_cpus {
            add("cpuset.cpus", c.clone(), "cpuset", "--cpuset-cpus");
        }
        if let Some(m) = &self.cpuset_mems {
            add("cpuset.mems", m.clone(), "cpuset", "--cpuset-mems");
        }
        if let Some(m) = self.memory {
            add("memory.max", limit(m), "memory", "--memory");
        }
        if let Some(r) = self.memory_reservation {
            add("memory.low", limit(r), "memory", "--memory-reservation");
        }
        match (self.memory_swap, self.memory) {
            (Some(-1), _) => add("memory.swap.max", "max".into(), "memory", "--memory-swap"),
            (Some(s), Some(m)) if s > 0 => add(
                "memory.swap.max",
                (s - m).max(0).to_string(),
                "memory",
                "--memory-swap",
            ),
            _ => {}
        }
        if let Some(s) = self.cpu_shares {
            add(
                "cpu.weight",
                parse::shares_to_weight(s).to_string(),
                "cpu",
                "--cpu-shares",
            );
        }
        if self.cpu_quota.is_some() || self.cpu_period.is_some() {
            let q = match self.cpu_quota {
                Some(q) if q > 0 => q.to_string(),
                _ => "max".into(),
            };
            let p = self.cpu_period.unwrap_or(100_000);
            let flag = if self.nano_cpus.is_some() {
                "--cpus"
            } else {
                "--cpu-quota"
            };
            add("cpu.max", format!("{q} {p}"), "cpu", flag);
        }
        if let Some(p) = self.pids_limit {
            add("pids.max", limit(p), "pids", "--pids-limit");
        }
        if let Some(b) = self.blkio_weight {
            add(
                "io.weight",
                format!("default {}", parse::blkio_to_io_weight(b)),
                "io",
                "--blkio-weight",
            );
        }
        let mut io: std::collections::BTreeMap<(u64, u64), Vec<String>> = Default::default();
        for (list, key) in [
            (&self.device_read_bps, "rbps"),
            (&self.device_write_bps, "wbps"),
            (&self.device_read_iops, "riops"),
            (&self.device_write_iops, "wiops"),
        ] {
            for t in list {
                io.entry((t.major, t.minor))
                    .or_default()
                    .push(format!("{key}={}", t.rate));
            }
        }
        for ((maj, min), v) in io {
            add(
                "io.max",
                format!("{maj}:{min} {}", v.join(" ")),
                "io",
                "--device-read-bps/--device-write-bps/--device-read-iops/--device-write-iops",
            );
        }
        for (k, v) in &self.unified {
            let controller = match k.split('.').next().unwrap_or("") {
                "memory" => "memory",
                "cpu" => "cpu",
                "cpuset" => "cpuset",
                "io" => "io",
                "pids" => "pids",
                _ => "",
            };
            add(k, v.clone(), controller, "--cgroup-conf");
        }
        w
    }

    /// `self` with every limit `other` sets replaced (`update`).
    pub fn merged(&self, other: &Resources) -> Resources {
        let mut r = self.clone();
        macro_rules! take {
            ($($f:ident),*) => { $( if other.$f.is_some() { r.$f = other.$f.clone(); } )* };
        }
        take!(
            memory,
            memory_reservation,
            memory_swap,
            memory_swappiness,
            nano_cpus,
            cpu_shares,
            cpu_quota,
            cpu_period,
            cpuset_cpus,
            cpuset_mems,
            pids_limit,
            blkio_weight
        );
        for (mine, theirs) in [
            (&mut r.device_read_bps, &other.device_read_bps),
            (&mut r.device_write_bps, &other.device_write_bps),
            (&mut r.device_read_iops, &other.device_read_iops),
            (&mut r.device_write_iops, &other.device_write_iops),
        ] {
            for t in theirs {
                mine.retain(|m| (m.major, m.minor) != (t.major, t.minor));
                mine.push(t.clone());
            }
        }
        for (k, v) in &other.unified {
            r.unified.retain(|(mk, _)| mk != k);
            r.unified.push((k.clone(), v.clone()));
        }
        if other.memory.is_some() && other.memory_swap.is_none() {
            // as at create: a new memory limit without a swap limit allows as much swap
            r.memory_swap = other.memory.map(|m| 2 * m);
        }
        r
    }
}

fn limit(v: i64) -> String {
    if v <= 0 {
        "max".into()
    } else {
        v.to_string()
    }
}

/// Where a container's cgroup is made, as recorded in its config.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CgroupSpec {
    /// The parent directory (absolute, under /sys/fs/cgroup); the leaf is `<parent>/<id>`.
    pub parent: PathBuf,
    #[serde(default)]
    pub resources: Resources,
    /// Made by the user's systemd (`--cgroup-manager systemd`): the leaf is the scope
    /// `<parent>/berth-<id>.scope`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub systemd: bool,
}

impl CgroupSpec {
    pub fn path(&self, id: &str) -> PathBuf {
        if self.systemd {
            self.parent.join(systemd::unit_name(id)).join(systemd::LEAF)
        } else {
            self.parent.join(id)
        }
    }

    /// Make the container's cgroup (a leaf, or one in its systemd scope), with its limits,
    /// opened for `CLONE_INTO_CGROUP`.
    pub fn create(&self, id: &str) -> Result<Created, UserError> {
        if self.systemd {
            let cg = systemd::start_scope(&self.path(id), &self.resources)?;
            let dir = std::fs::File::open(&cg.path)
                .map_err(|e| io_error("cannot open the container's cgroup", &cg.path, e))?;
            return Ok(Created { dir });
        }
        let (_, dir) = Cgroup::create(self.path(id), &self.resources)?;
        Ok(Created { dir })
    }
}

/// A container's cgroup made and opened (`CgroupSpec::create`).
pub struct Created {
    pub dir: std::fs::File,
}

/// Why limits cannot be applied here; `fix` says what makes them work.
#[derive(Debug, Clone, PartialEq)]
pub enum Unavailable {
    /// /sys/fs/cgroup is not a cgroup2 file system (v1 or hybrid).
    NotV2,
    /// berth's own cgroup (the path) is not one the user may write.
    NotDelegated(String),
}

impl Unavailable {
    pub fn why(&self) -> String {
        match self {
            Unavailable::NotV2 => "this host has no cgroup v2 hierarchy (/sys/fs/cgroup is cgroup v1 or hybrid), and rootless limits need cgroup v2".into(),
            Unavailable::NotDelegated(own) => format!("berth's cgroup {own} is not delegated to this user (its cgroup.procs is not writable)"),
        }
    }

    pub fn fix(&self) -> String {
        match self {
            Unavailable::NotV2 => "boot with cgroup v2 (kernel command line systemd.unified_cgroup_hierarchy=1), have systemd delegate the controllers (a drop-in /etc/systemd/system/user@.service.d/delegate.conf with [Service] Delegate=cpu cpuset io memory pids) and run berth in the user's session (loginctl enable-linger USER)".into(),
            Unavailable::NotDelegated(_) => "let systemd delegate the controllers to the user (a drop-in /etc/systemd/system/user@.service.d/delegate.conf with [Service] Delegate=cpu cpuset io memory pids, then systemctl daemon-reload) and run berth inside user@UID.service (loginctl enable-linger USER, or systemd-run --user --scope berth ...)".into(),
        }
    }
}

/// With `--cgroup-manager systemd`: the user manager's delegated subtree (`user@UID.service`),
/// when cgroup v2 is mounted and a user systemd answers on the user bus.
pub fn detect_systemd() -> Option<Delegation> {
    if !is_v2() || nix::unistd::geteuid().is_root() {
        return None;
    }
    let root = systemd::manager_cgroup()?;
    let controllers = read_words(&root.join("cgroup.controllers"));
    Some(Delegation {
        own: root.clone(),
        root,
        controllers,
    })
}

/// The subtree delegated to this user.
#[derive(Debug, Clone, PartialEq)]
pub struct Delegation {
    /// berth's own cgroup (absolute directory).
    pub own: PathBuf,
    /// The highest ancestor of `own` (or `own`) the user may write: the delegated root.
    pub root: PathBuf,
    /// The controllers available to the delegated root's children.
    pub controllers: Vec<String>,
}

/// "v2" when /sys/fs/cgroup is a cgroup2 file system, else "v1".
pub fn version() -> &'static str {
    if is_v2() {
        "v2"
    } else {
        "v1"
    }
}

fn is_v2() -> bool {
    nix::sys::statfs::statfs(MOUNT)
        .is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC)
}

/// berth's own cgroup v2 path (the `0::` line of /proc/self/cgroup).
fn own_cgroup() -> Option<String> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("0::"))
        .map(|p| p.trim().to_string())
}

fn writable(p: &Path) -> bool {
    nix::unistd::access(p, nix::unistd::AccessFlags::W_OK).is_ok()
}

/// May this user make children of `dir` and move processes into them?
fn delegated(dir: &Path) -> bool {
    writable(dir) && writable(&dir.join("cgroup.procs"))
}

/// Find the delegated subtree (reads /proc/self/cgroup and a few files; nothing changes).
pub fn detect() -> Result<Delegation, Unavailable> {
    if !is_v2() {
        return Err(Unavailable::NotV2);
    }
    let own_rel = own_cgroup().ok_or(Unavailable::NotV2)?;
    let mount = Path::new(MOUNT);
    let own = mount.join(own_rel.trim_start_matches('/'));
    if !delegated(&own) {
        return Err(Unavailable::NotDelegated(own_rel));
    }
    let mut root = own.clone();
    // root (rootful berth) may write everywhere: the containers go below the top
    if nix::unistd::geteuid().is_root() {
        root = mount.to_path_buf();
    }
    while let Some(parent) = root.parent() {
        if parent == mount || !parent.starts_with(mount) || !delegated(parent) {
            break;
        }
        root = parent.to_path_buf();
    }
    let controllers = read_words(&root.join("cgroup.controllers"));
    Ok(Delegation {
        own,
        root,
        controllers,
    })
}

fn read_words(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> UserError {
    UserError::new(format!("{what} {}: {e}", path.display()))
}

fn write_file(path: &Path, value: &str) -> std::io::Result<()> {
    std::fs::write(path, value)
}

/// Enable the wanted controllers that `dir` offers in its cgroup.subtree_control.
fn enable_controllers(dir: &Path) -> Result<(), UserError> {
    let have = read_words(&dir.join("cgroup.controllers"));
    let on = read_words(&dir.join("cgroup.subtree_control"));
    let want: Vec<String> = WANTED
        .iter()
        .filter(|c| have.iter().any(|h| h == *c) && !on.iter().any(|o| o == *c))
        .map(|c| format!("+{c}"))
        .collect();
    if want.is_empty() {
        return Ok(());
    }
    let ctl = dir.join("cgroup.subtree_control");
    if write_file(&ctl, &want.join(" ")).is_ok() {
        return Ok(());
    }
    // one at a time: a controller the parent offers but that cannot be enabled (cpuset
    // without cpus, a threaded subtree) must not keep the others off
    for w in &want {
        let _ = write_file(&ctl, w);
    }
    Ok(())
}

impl Delegation {
    /// The directory that holds the containers' leaves (`<root>/berth`, or `--cgroup-parent`:
    /// absolute from the cgroup mount, or relative to the delegated root), made with its
    /// controllers enabled for its children.
    pub fn parent_dir(&self, cgroup_parent: Option<&str>) -> Result<PathBuf, UserError> {
        let dir = match cgroup_parent {
            Some(p) if p.starts_with('/') => Path::new(MOUNT).join(p.trim_start_matches('/')),
            Some(p) => self.root.join(p),
            None => self.root.join(BERTH_DIR),
        };
        if !dir.starts_with(&self.root) {
            return Err(UserError::new(format!(
                "--cgroup-parent {}: {} is outside the cgroup subtree delegated to this user ({})",
                cgroup_parent.unwrap_or(""),
                dir.display(),
                self.root.display()
            ))
            .with_hint(format!(
                "name a cgroup below {} (or a path relative to it)",
                self.root.display()
            )));
        }
        // every directory from the delegated root down to the parent enables the controllers
        // for its children; a process sitting in one of them (berth's own cgroup may be the
        // root) moves to a leaf first
        let rel = dir.strip_prefix(&self.root).unwrap_or(Path::new(""));
        let mut at = self.root.clone();
        self.make_room(&at)?;
        enable_controllers(&at)?;
        for part in rel.components() {
            at = at.join(part);
            if let Err(e) = std::fs::create_dir(&at) {
                if e.kind() != std::io::ErrorKind::AlreadyExists {
                    return Err(io_error("cannot create the cgroup", &at, e)
                        .with_hint(Unavailable::NotDelegated(String::new()).fix()));
                }
            }
            self.make_room(&at)?;
            enable_controllers(&at)?;
        }
        Ok(dir)
    }

    /// The no-internal-process rule: when `dir` holds processes (berth's own cgroup is the
    /// delegated root), they move to `dir/init` so that `dir` may enable controllers.
    fn make_room(&self, dir: &Path) -> Result<(), UserError> {
        // the host's root cgroup is exempt from the rule (and has no cgroup.type); the root of
        // a cgroup namespace is not
        if !dir.join("cgroup.type").exists() {
            return Ok(());
        }
        let procs = read_words(&dir.join("cgroup.procs"));
        if procs.is_empty() {
            return Ok(());
        }
        let leaf = dir.join("init");
        if let Err(e) = std::fs::create_dir(&leaf) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(io_error("cannot create the cgroup", &leaf, e));
            }
        }
        for p in procs {
            // a process that ended meanwhile is fine
            let _ = write_file(&leaf.join("cgroup.procs"), &p);
        }
        Ok(())
    }
}

/// A container's cgroup (a leaf).
#[derive(Debug, Clone)]
pub struct Cgroup {
    pub path: PathBuf,
}

impl Cgroup {
    pub fn at(path: PathBuf) -> Cgroup {
        Cgroup { path }
    }

    pub fn exists(&self) -> bool {
        self.path.join("cgroup.procs").exists()
    }

    /// Make the leaf (or take the one left by an earlier run when it is empty), write the
    /// limits, and open it for `CLONE_INTO_CGROUP`.
    pub fn create(path: PathBuf, r: &Resources) -> Result<(Cgroup, std::fs::File), UserError> {
        if let Err(e) = std::fs::create_dir(&path) {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                return Err(io_error("cannot create the container's cgroup", &path, e)
                    .with_hint(Unavailable::NotDelegated(String::new()).fix()));
            }
        }
        let cg = Cgroup { path };
        cg.apply(r)?;
        let f = std::fs::File::open(&cg.path)
            .map_err(|e| io_error("cannot open the container's cgroup", &cg.path, e))?;
        Ok((cg, f))
    }

    /// Write the limits; a controller that is not delegated is named with the flag.
    pub fn apply(&self, r: &Resources) -> Result<(), UserError> {
        let parent = self.path.parent().unwrap_or(Path::new(MOUNT));
        let enabled = read_words(&parent.join("cgroup.subtree_control"));
        for w in r.writes() {
            if !w.controller.is_empty() && !enabled.iter().any(|c| c == w.controller) {
                return Err(UserError::new(format!(
                    "{} needs the {} controller, which is not delegated to this user (cgroup.controllers of {}: {})",
                    w.flag,
                    w.controller,
                    parent.display(),
                    read_words(&parent.join("cgroup.controllers")).join(" ")
                ))
                .with_hint(format!(
                    "add {} to the delegated controllers: a drop-in /etc/systemd/system/user@.service.d/delegate.conf with [Service] Delegate=cpu cpuset io memory pids, then systemctl daemon-reload and log in again; or drop {}",
                    w.controller, w.flag
                )));
            }
            let mut file = self.path.join(&w.file);
            let mut value = w.value.clone();
            if w.file == "io.weight" {
                // as crun: BFQ's weight takes the block I/O weight as it is
                let bfq = self.path.join("io.bfq.weight");
                if bfq.exists() {
                    if let Some(b) = r.blkio_weight {
                        file = bfq;
                        value = format!("default {b}");
                    }
                }
            }
            if w.file == "memory.swap.max" && !file.exists() {
                continue; // a kernel without swap accounting: memory limited without swap
            }
            if let Err(e) = write_file(&file, &value) {
                return Err(UserError::new(format!(
                    "{}: cannot write {:?} to {}: {e}",
                    w.flag,
                    value,
                    file.display()
                ))
                .with_hint(format!(
                    "check the value of {} (the kernel refused it), or that the {} controller is delegated",
                    w.flag, w.controller
                )));
            }
        }
        Ok(())
    }

    /// The pids in the cgroup.
    pub fn procs(&self) -> Vec<i32> {
        read_words(&self.path.join("cgroup.procs"))
            .iter()
            .filter_map(|p| p.parse().ok())
            .collect()
    }

    fn events(&self, key: &str) -> Option<u64> {
        keyed(&self.path.join("cgroup.events"), key)
    }

    pub fn populated(&self) -> bool {
        self.events("populated").unwrap_or(0) == 1
    }

    /// How often the kernel's OOM killer killed a process in it (memory.events).
    pub fn oom_kills(&self) -> u64 {
        keyed(&self.path.join("memory.events"), "oom_kill").unwrap_or(0)
    }

    pub fn frozen(&self) -> bool {
        self.events("frozen").unwrap_or(0) == 1
    }

    /// Freeze (pause) or thaw (unpause) every process in it; waits until the kernel says it is
    /// done (a process in the middle of a system call is frozen when it returns).
    pub fn freeze(&self, on: bool) -> Result<(), UserError> {
        let f = self.path.join("cgroup.freeze");
        write_file(&f, if on { "1" } else { "0" }).map_err(|e| {
            io_error("cannot write", &f, e)
                .with_hint("pause needs cgroup v2 (the freezer is cgroup.freeze)")
        })?;
        let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while self.frozen() != on && std::time::Instant::now() < until {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        Ok(())
    }

    /// Kill what is left in it and remove it (retries while the kernel lets the processes go);
    /// a systemd scope is stopped too.
    pub fn remove(&self) {
        if !self.exists() {
            return;
        }
        let scope = self.path.parent().and_then(systemd::unit_of);
        if self.populated() {
            let _ = write_file(&self.path.join("cgroup.kill"), "1");
        }
        for _ in 0..200 {
            match std::fs::remove_dir(&self.path) {
                Ok(()) | Err(_) if !self.path.exists() => break,
                _ => std::thread::sleep(std::time::Duration::from_millis(5)),
            }
        }
        if let Some(unit) = scope {
            // the scope stops by itself when berth's last process in it (the monitor) exits;
            // one whose berth is in another process (rm) is stopped here
            let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
            if !own.contains(&unit) {
                if let Err(e) = systemd::stop_scope(&unit) {
                    log::debug!("cannot stop the scope {unit}: {e}");
                }
            }
        }
        if self.path.exists() {
            log::debug!("cannot remove the cgroup {}", self.path.display());
        }
    }
}

/// The value of `key` in a flat keyed file (`key value` lines).
fn keyed(p: &Path, key: &str) -> Option<u64> {
    std::fs::read_to_string(p).ok()?.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok()).flatten()
    })
}

/// Remove the empty leaves under `<delegated root>/berth` whose container does not run (a
/// berth or monitor killed with -9 never removed them): `live(id)` says whether one does.
/// A leaf younger than a few seconds may be one a starting container is about to use.
pub fn sweep(live: impl Fn(&str) -> bool) {
    let Ok(d) = detect() else {
        return;
    };
    let dir = d.root.join(BERTH_DIR);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.len() != 64 || !e.path().is_dir() || live(&name) {
            continue;
        }
        let cg = Cgroup::at(e.path());
        if cg.populated() {
            continue;
        }
        let young = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age < std::time::Duration::from_secs(10));
        if !young {
            let _ = std::fs::remove_dir(cg.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_become_cgroup_v2_files() {
        let t = |major, minor, rate| Throttle {
            path: "/dev/x".into(),
            major,
            minor,
            rate,
        };
        let r = Resources {
            memory: Some(64 << 20),
            memory_swap: Some(-1),
            cpu_quota: Some(20_000),
            cpu_period: Some(50_000),
            cpuset_cpus: Some("0".into()),
            pids_limit: Some(-1),
            blkio_weight: Some(1000),
            device_read_bps: vec![t(8, 0, 1024)],
            device_write_iops: vec![t(8, 0, 10)],
            unified: vec![("memory.high".into(), "32M".into())],
            ..Default::default()
        };
        let w: Vec<(String, String)> = r.writes().into_iter().map(|w| (w.file, w.value)).collect();
        let s = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            w,
            vec![
                s("cpuset.cpus", "0"),
                s("memory.max", "67108864"),
                s("memory.swap.max", "max"),
                s("cpu.max", "20000 50000"),
                s("pids.max", "max"),
                s("io.weight", "default 10000"),
                s("io.max", "8:0 rbps=1024 wiops=10"),
                s("memory.high", "32M"),
            ]
        );
        assert!(Resources::default().writes().is_empty());
    }

    #[test]
    fn unavailable_says_why_and_the_fix() {
        for u in [
            Unavailable::NotV2,
            Unavailable::NotDelegated("/user.slice/user-1000.slice/session-1.scope".into()),
        ] {
            assert!(u.why().contains("cgroup"), "{}", u.why());
            assert!(u.fix().contains("Delegate="), "{}", u.fix());
            assert!(u.fix().contains("loginctl enable-linger"), "{}", u.fix());
        }
    }
}
