//! What a container should be, as data: the process (argv, env, cwd, user), the hostname and
//! the mounts. Built from the image config and the user's flags; pure, so it is unit-tested.

use serde::{Deserialize, Serialize};

/// The process to start inside the container.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ProcessSpec {
    pub args: Vec<String>,
    pub env: Vec<String>,
    pub cwd: String,
    /// `user[:group]` as given (name or number), resolved inside the container's /etc/passwd.
    pub user: String,
    pub terminal: bool,
    pub stdin: bool,
    /// `--group-add`: supplementary groups (names or numbers), resolved in the container's
    /// /etc/group.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The leading part of `args` that is the entrypoint (inspect's `.Config.Entrypoint`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entrypoint: Vec<String>,
    /// The workdir is the image's (created when missing); a `--workdir` must exist.
    #[serde(default = "yes")]
    pub create_cwd: bool,
}

fn yes() -> bool {
    true
}

/// A container's flags or image config that cannot be made into a spec (the message names
/// the flag and the value, as podman's do).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SpecError(String);

impl From<String> for SpecError {
    fn from(s: String) -> SpecError {
        SpecError(s)
    }
}

impl From<&str> for SpecError {
    fn from(s: &str) -> SpecError {
        SpecError(s.to_string())
    }
}

/// Everything the runtime needs to start one container.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ContainerSpec {
    pub id: String,
    pub name: String,
    pub hostname: String,
    pub process: ProcessSpec,
    pub read_only: bool,
    /// Paths podman masks, and those it makes read-only (skipped with --privileged).
    pub masked_paths: Vec<String>,
    pub readonly_paths: Vec<String>,
    pub network: String,
    /// `--network-cmd-path`: the helper binary to use instead of the one found on PATH.
    #[serde(default)]
    pub network_cmd_path: Option<std::path::PathBuf>,
    #[serde(default)]
    pub security: SecurityOpts,
    /// Volumes, bind mounts and tmpfs mounts, in the order given.
    #[serde(default)]
    pub mounts: Vec<MountSpec>,
    /// `--init`: pid 1 is berth's own init, which runs the command as its child, reaps
    /// orphans and forwards signals.
    #[serde(default)]
    pub init: bool,
    /// `--userns`/`--uidmap`/`--gidmap`: the container's own user namespace, nested in berth's.
    /// None: the container shares berth's namespace (container id = id in berth's map).
    #[serde(default)]
    pub userns: Option<UsernsSpec>,
    /// Published ports (`-p`, `-P`), resolved to host ports when the container is created.
    #[serde(default)]
    pub ports: Vec<crate::network::PortMapping>,
    /// `--dns`, `--dns-search`, `--dns-option`, `--add-host`, `--no-hosts`.
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub dns_search: Vec<String>,
    #[serde(default)]
    pub dns_options: Vec<String>,
    #[serde(default)]
    pub add_hosts: Vec<String>,
    #[serde(default)]
    pub no_hosts: bool,
    /// containers.conf's `base_hosts_file` entries ("IP NAMES"), read at create.
    #[serde(default)]
    pub base_hosts: Vec<String>,
    /// containers.conf's `host_containers_internal_ip`.
    #[serde(default)]
    pub host_containers_internal_ip: Option<String>,
    /// `--ipc`, `--uts`, `--pid`: namespaces shared instead of made anew.
    #[serde(default)]
    pub share: SharedNamespaces,
    /// The container's cgroup and limits (None: no cgroup of its own, `--cgroups disabled`
    /// or no delegated cgroup v2 here).
    #[serde(default)]
    pub cgroup: Option<crate::cgroups::CgroupSpec>,
    /// `--cgroupns host`: pid 1 stays in berth's cgroup namespace (default: a new one).
    #[serde(default)]
    pub cgroupns_host: bool,
    /// `--oom-score-adj`, written for pid 1 before it runs the command.
    #[serde(default)]
    pub oom_score_adj: Option<i32>,
    /// User-defined networks (`--network NAME`, `network connect`), with the address each
    /// gave it; `network` is then `network::NETWORKS_MODE`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<crate::network::bridge::Attachment>,
    /// A pod's infra container made by berth: no image binary runs; pid 1 becomes berth's own
    /// pause (`init::pause`), which only holds the namespaces and reaps.
    #[serde(default)]
    pub pause: bool,
    /// A build step's container: no /etc/mtab link is made (buildah makes none, and it would
    /// end up in the step's layer).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_mtab: bool,
    /// `--hostuser`: host accounts added to /etc/passwd when the image lacks them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub host_users: Vec<HostUser>,
}

/// A host account as its passwd entry gives it (`--hostuser`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct HostUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub gecos: String,
    pub home: String,
}

/// Namespaces a container shares rather than making its own: each `None` (a new one),
/// `Some("host")` (berth's own, which is the host's for these), or `Some("container:NAME")`
/// (another container's; a pod's infra container is shared the same way).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SharedNamespaces {
    #[serde(default)]
    pub ipc: Option<String>,
    #[serde(default)]
    pub uts: Option<String>,
    #[serde(default)]
    pub pid: Option<String>,
    /// `--ipc private`: an IPC namespace no other container may join.
    #[serde(default)]
    pub ipc_private: bool,
    /// `--ipc none`: a new IPC namespace and no /dev/shm.
    #[serde(default)]
    pub no_shm: bool,
}

impl SharedNamespaces {
    /// The kinds shared, with their clone flag and /proc/PID/ns file name.
    pub fn each(&self) -> impl Iterator<Item = (nix::sched::CloneFlags, &'static str, &str)> {
        use nix::sched::CloneFlags;
        [
            (CloneFlags::CLONE_NEWIPC, "ipc", &self.ipc),
            (CloneFlags::CLONE_NEWUTS, "uts", &self.uts),
            (CloneFlags::CLONE_NEWPID, "pid", &self.pid),
        ]
        .into_iter()
        .filter_map(|(f, n, v)| v.as_deref().map(|v| (f, n, v)))
    }

    /// The container whose namespaces are shared, if any (one at most).
    pub fn container(&self) -> Option<&str> {
        self.each()
            .find_map(|(_, _, v)| v.strip_prefix("container:"))
    }
}

/// `--ipc`/`--uts`/`--pid` as given: "" or "private" (a new namespace), "host", or
/// "container:NAME".
pub fn parse_share(flag: &str, v: &str) -> Result<Option<String>, SpecError> {
    match v {
        "" | "private" => Ok(None),
        "host" => Ok(Some("host".into())),
        c if c.strip_prefix("container:").is_some_and(|n| !n.is_empty()) => Ok(Some(c.into())),
        other => Err(format!(
            "invalid --{flag} {other:?}: use private, host or container:NAME{}",
            if flag == "ipc" {
                " (or shareable, none)"
            } else {
                ""
            }
        )
        .into()),
    }
}

/// A user namespace of the container's own, nested in the one berth enters. The maps say which
/// id of berth's namespace (0 = the user, 1.. = the subordinate ids) each container id is.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UsernsSpec {
    /// As given: `keep-id[:...]` or `uidmap`.
    pub mode: String,
    pub uid_map: Vec<crate::userns::MapEntry>,
    pub gid_map: Vec<crate::userns::MapEntry>,
    /// With keep-id: the user the container runs as, added to /etc/passwd when missing.
    #[serde(default)]
    pub keep_id: Option<KeepIdUser>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct KeepIdUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: String,
}

fn entry(container: u32, host: u32, count: u32) -> crate::userns::MapEntry {
    crate::userns::MapEntry {
        container,
        host,
        count,
    }
}

/// podman's keep-id map: container `id` is berth's 0 (the user), container 0..id are berth's
/// 1..=id, and the ids above `id` keep their number. `size` is the number of ids berth's
/// namespace maps (1 + the subordinate ids).
pub fn keep_id_map(
    id: u32,
    size: u32,
    what: &str,
) -> Result<Vec<crate::userns::MapEntry>, SpecError> {
    if id >= size {
        return Err(format!(
            "keep-id maps {what} {id} to you and container {what}s 0..{id} to subordinate ids, but only {} subordinate {what}s are available",
            size.saturating_sub(1)
        ).into());
    }
    let mut m = Vec::new();
    if id > 0 {
        m.push(entry(0, 1, id));
    }
    m.push(entry(id, 0, 1));
    if size - 1 > id {
        m.push(entry(id + 1, id + 1, size - 1 - id));
    }
    Ok(m)
}

/// Parse `--uidmap`/`--gidmap` values `CONTAINER:HOST:SIZE` (HOST in berth's namespace: 0 is
/// the user, 1.. the subordinate ids) and check them against the `size` ids berth maps.
pub fn parse_idmaps(
    args: &[String],
    size: u32,
    flag: &str,
) -> Result<Vec<crate::userns::MapEntry>, SpecError> {
    let mut out: Vec<crate::userns::MapEntry> = Vec::new();
    for a in args {
        for part in a.split(',').filter(|p| !p.is_empty()) {
            let f: Vec<&str> = part.split(':').collect();
            let nums: Option<Vec<u32>> = (f.len() == 3)
                .then(|| f.iter().map(|x| x.trim().parse::<u32>().ok()).collect())
                .flatten();
            let Some(n) = nums else {
                return Err(format!(
                    "invalid {flag} {part:?}: use CONTAINER:HOST:SIZE, e.g. 0:1:65536"
                )
                .into());
            };
            let e = entry(n[0], n[1], n[2]);
            if e.count == 0 {
                return Err(format!("invalid {flag} {part:?}: the size must not be 0").into());
            }
            let end = e.host as u64 + e.count as u64;
            if end > size as u64 {
                return Err(format!(
                    "{flag} {part:?} maps ids {}..{} of berth's user namespace, which has only 0..{} (0 is you, 1..{} your subordinate ids)",
                    e.host,
                    end - 1,
                    size.saturating_sub(1),
                    size.saturating_sub(1)
                ).into());
            }
            let overlaps = |a0: u32, a1: u32, b0: u32, b1: u32| {
                (a0 as u64) < b0 as u64 + b1 as u64 && (b0 as u64) < a0 as u64 + a1 as u64
            };
            if out.iter().any(|o| {
                overlaps(o.container, o.count, e.container, e.count)
                    || overlaps(o.host, o.count, e.host, e.count)
            }) {
                return Err(format!("{flag} {part:?} overlaps an earlier range").into());
            }
            out.push(e);
        }
    }
    Ok(out)
}

/// /etc/passwd and /etc/group texts with the keep-id user added when its ids are missing
/// (podman does the same). None when nothing changes.
pub fn add_keep_id_user(
    passwd: &str,
    group: &str,
    k: &KeepIdUser,
) -> (Option<String>, Option<String>) {
    let has = |text: &str, field: usize, min: usize, id: u32| {
        text.lines().any(|l| {
            let f: Vec<&str> = l.split(':').collect();
            f.len() >= min && f[field].parse::<u32>().ok() == Some(id)
        })
    };
    let append = |text: &str, line: String| {
        let mut t = text.to_string();
        if !t.is_empty() && !t.ends_with('\n') {
            t.push('\n');
        }
        t.push_str(&line);
        t.push('\n');
        t
    };
    let p = (!has(passwd, 2, 7, k.uid)).then(|| {
        append(
            passwd,
            format!(
                "{n}:*:{}:{}:{n}:{}:/bin/sh",
                k.uid,
                k.gid,
                k.home,
                n = k.name
            ),
        )
    });
    let g = (!has(group, 2, 4, k.gid)).then(|| append(group, format!("{}:x:{}:", k.name, k.gid)));
    (p, g)
}

/// /etc/passwd with a line for each `--hostuser` whose name and UID the image lacks, in
/// podman's form (`name:*:uid:gid:gecos:home:/bin/sh`, the home chosen by `home`). None when
/// nothing changes.
pub fn add_host_users(
    passwd: &str,
    users: &[HostUser],
    home: impl Fn(&str) -> String,
) -> Option<String> {
    let known = |u: &HostUser| {
        passwd.lines().any(|l| {
            let f: Vec<&str> = l.split(':').collect();
            f.first() == Some(&u.name.as_str())
                || f.get(2).and_then(|v| v.parse::<u32>().ok()) == Some(u.uid)
        })
    };
    let mut out = passwd.to_string();
    let mut changed = false;
    for u in users.iter().filter(|u| !known(u)) {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!(
            "{}:*:{}:{}:{}:{}:/bin/sh\n",
            u.name,
            u.uid,
            u.gid,
            u.gecos,
            home(&u.home)
        ));
        changed = true;
    }
    changed.then_some(out)
}

/// The home of the `--userns=keep-id` user's passwd entry: the host user's home when it, or a
/// directory above it (not `/`), is a mount destination; else the container's workdir (podman's
/// rule, so that $HOME is a directory that exists).
pub fn keep_id_home(host_home: &str, workdir: &str, mounts: &[&str]) -> String {
    let mut dir = std::path::Path::new(host_home);
    while dir != std::path::Path::new("/") && !dir.as_os_str().is_empty() {
        if mounts.iter().any(|m| std::path::Path::new(m) == dir) {
            return host_home.to_string();
        }
        match dir.parent() {
            Some(p) => dir = p,
            None => break,
        }
    }
    workdir.to_string()
}

/// `--restart`: podman's policies.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RestartPolicy {
    /// "" or "no", "on-failure", "always", "unless-stopped".
    pub name: String,
    /// on-failure:N (0: no limit).
    #[serde(default)]
    pub max_retries: u32,
}

impl RestartPolicy {
    pub fn parse(s: &str) -> Result<RestartPolicy, SpecError> {
        let (name, n) = match s.split_once(':') {
            Some((name, n)) => (name, Some(n)),
            None => (s, None),
        };
        let bad = || {
            format!("invalid restart policy {s:?}: use no, on-failure[:max-retries], always or unless-stopped")
        };
        match (name, n) {
            ("" | "no" | "always" | "unless-stopped", None) => Ok(RestartPolicy {
                name: if name.is_empty() {
                    "no".into()
                } else {
                    name.into()
                },
                max_retries: 0,
            }),
            ("on-failure", None) => Ok(RestartPolicy {
                name: name.into(),
                max_retries: 0,
            }),
            ("on-failure", Some(n)) => Ok(RestartPolicy {
                name: name.into(),
                max_retries: n.parse().map_err(|_| bad())?,
            }),
            ("always" | "unless-stopped" | "no", Some(_)) => Err(format!(
                "invalid restart policy {s:?}: only on-failure takes a retry count"
            )
            .into()),
            _ => Err(bad().into()),
        }
    }

    pub fn is_none(&self) -> bool {
        self.name.is_empty() || self.name == "no"
    }

    /// Whether a container that exited with `code` after `restarts` restarts goes again.
    pub fn should_restart(&self, code: i32, restarts: u32) -> bool {
        match self.name.as_str() {
            "always" | "unless-stopped" => true,
            "on-failure" => code != 0 && (self.max_retries == 0 || restarts < self.max_retries),
            _ => false,
        }
    }
}

/// A size like podman's `--log-opt max-size` (decimal units, as docker's FromHumanSize): 1024,
/// 10k, 10kb, 2m, 2MB, 1g. None for "-1" (no limit).
pub fn parse_size(s: &str) -> Result<Option<u64>, SpecError> {
    let t = s.trim();
    if t == "-1" {
        return Ok(None);
    }
    let lower = t.to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (num, unit) = lower.split_at(digits_end);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("invalid size {s:?}: use a number with an optional unit (k, m, g)"))?;
    let mult: f64 = match unit.trim() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        _ => {
            return Err(format!("invalid size {s:?}: unknown unit {unit:?} (use k, m or g)").into())
        }
    };
    Ok(Some((n * mult) as u64))
}

/// Resolve `--group-add` values (names or numbers) against the container's /etc/group text.
pub fn resolve_groups(names: &[String], group: &str) -> Result<Vec<u32>, SpecError> {
    let mut out = Vec::new();
    for g in names {
        let gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => group
                .lines()
                .map(|l| l.split(':').collect::<Vec<_>>())
                .find(|f| f.len() >= 3 && f[0] == g)
                .and_then(|f| f[2].parse().ok())
                .ok_or_else(|| {
                    format!("unable to find group {g}: no matching entries in group file")
                })?,
        };
        if !out.contains(&gid) {
            out.push(gid);
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum MountKind {
    Bind,
    Volume,
    Tmpfs,
}

/// One mount into the container. For binds and volumes, `source` is a host path.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MountSpec {
    pub kind: MountKind,
    pub source: String,
    pub destination: String,
    pub read_only: bool,
    /// `:U`: chown the source to the container process's user.
    #[serde(default)]
    pub chown: bool,
    /// Volume name (named volumes only).
    #[serde(default)]
    pub name: Option<String>,
    /// tmpfs options (size=, mode=).
    #[serde(default)]
    pub tmpfs_options: String,
    /// `noexec`, `nosuid`, `nodev` asked for a bind or volume (the last of exec/noexec... wins).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mount_flags: Vec<String>,
    /// An image VOLUME's anonymous volume: while it is empty, the image's content at the
    /// destination is copied into it before it is mounted (podman's copy-up).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub copy_up: bool,
}

/// Record one of `exec|noexec|suid|nosuid|dev|nodev` (the later one of a pair wins).
fn set_mount_flag(flags: &mut Vec<String>, o: &str) {
    let base = o.strip_prefix("no").unwrap_or(o);
    flags.retain(|f| f != base && f.strip_prefix("no") != Some(base));
    if o.starts_with("no") {
        flags.push(o.to_string());
    }
}

/// Parse `-v SRC:DST[:OPTS]` / `-v DST`. A SRC that is not a path names a volume.
pub fn parse_volume(arg: &str) -> Result<MountSpec, SpecError> {
    let parts: Vec<&str> = arg.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [d] => ("", *d, ""),
        [s, d] => (*s, *d, ""),
        [s, d, o] => (*s, *d, *o),
        _ => {
            return Err(format!(
                "incorrect volume format {arg:?}, should be [host-dir:]ctr-dir[:option]"
            )
            .into())
        }
    };
    if !dst.starts_with('/') {
        return Err(format!("invalid container path {dst:?}, must be an absolute path").into());
    }
    let mut m = MountSpec {
        kind: if src.is_empty() {
            MountKind::Volume
        } else if src.starts_with('/') || src.starts_with('.') {
            MountKind::Bind
        } else {
            MountKind::Volume
        },
        source: src.to_string(),
        destination: dst.to_string(),
        read_only: false,
        chown: false,
        name: None,
        tmpfs_options: String::new(),
        mount_flags: Vec::new(),
        copy_up: false,
    };
    m.copy_up = m.kind == MountKind::Volume;
    if m.kind == MountKind::Volume && !src.is_empty() {
        check_volume_name(src)?;
        m.name = Some(src.to_string());
    }
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" => m.read_only = true,
            "rw" => m.read_only = false,
            "U" => m.chown = true,
            "exec" | "noexec" | "suid" | "nosuid" | "dev" | "nodev" => {
                set_mount_flag(&mut m.mount_flags, o)
            }
            // podman copies the image's content into a volume while it is empty, unless nocopy
            "copy" => m.copy_up = m.kind == MountKind::Volume,
            "nocopy" => m.copy_up = false,
            "z" | "Z" | "O" | "rbind" | "bind" | "rprivate" | "private" | "rshared" | "shared"
            | "rslave" | "slave" => {}
            other => return Err(format!("invalid volume option {other:?} in {arg:?}").into()),
        }
    }
    Ok(m)
}

/// A named volume's name must follow podman's rule (the store refuses it too).
fn check_volume_name(name: &str) -> Result<(), String> {
    if crate::storage::volumes::valid_name(name) {
        return Ok(());
    }
    Err(crate::storage::StoreError::InvalidVolumeName(name.to_string()).to_string())
}

/// Parse `--mount type=bind|volume|tmpfs,source=,target=,ro`.
pub fn parse_mount(arg: &str) -> Result<MountSpec, SpecError> {
    let mut m = MountSpec {
        kind: MountKind::Volume,
        source: String::new(),
        destination: String::new(),
        read_only: false,
        chown: false,
        name: None,
        tmpfs_options: String::new(),
        mount_flags: Vec::new(),
        copy_up: false,
    };
    let mut tmpfs = Vec::new();
    let mut nocopy = false;
    for kv in arg.split(',') {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        match k {
            "type" => {
                m.kind = match v {
                    "bind" => MountKind::Bind,
                    "volume" => MountKind::Volume,
                    "tmpfs" => MountKind::Tmpfs,
                    other => {
                        return Err(format!(
                            "unsupported mount type {other:?}: use bind, volume or tmpfs"
                        )
                        .into())
                    }
                }
            }
            "source" | "src" => m.source = v.to_string(),
            "target" | "destination" | "dst" => m.destination = v.to_string(),
            "ro" | "readonly" => m.read_only = v != "false",
            "rw" => m.read_only = v == "false",
            "U" | "chown" => m.chown = v != "false",
            "tmpfs-size" => tmpfs.push(format!("size={v}")),
            "tmpfs-mode" => tmpfs.push(format!("mode={v}")),
            // podman's default is to copy the image's content in (see rootfs::apply_mounts)
            "tmpcopyup" => {}
            "volume-nocopy" => nocopy = v != "false",
            "notmpcopyup" => tmpfs.push("notmpcopyup".into()),
            "bind-propagation" | "relabel" | "z" | "Z" | "consistency" | "bind-nonrecursive" => {}
            other => return Err(format!("unknown mount option {other:?} in {arg:?}").into()),
        }
    }
    if !m.destination.starts_with('/') {
        return Err(format!("--mount {arg:?} needs target=/absolute/path").into());
    }
    if m.kind == MountKind::Bind && m.source.is_empty() {
        return Err(format!("--mount {arg:?}: a bind mount needs source=").into());
    }
    if m.kind == MountKind::Volume && !m.source.is_empty() {
        // The source of a volume mount is a volume's name, never a path (it is joined onto the
        // volumes directory): `source=/tmp/x` would make a volume in /tmp/x.
        check_volume_name(&m.source)?;
        m.name = Some(m.source.clone());
    }
    m.tmpfs_options = tmpfs.join(",");
    m.copy_up = m.kind == MountKind::Volume && !nocopy;
    Ok(m)
}

/// Parse `--tmpfs /path[:opts]`.
pub fn parse_tmpfs(arg: &str) -> Result<MountSpec, SpecError> {
    let (dst, opts) = arg.split_once(':').unwrap_or((arg, ""));
    if !dst.starts_with('/') {
        return Err(format!("invalid --tmpfs {arg:?}: the path must be absolute").into());
    }
    let ro = opts.split(',').any(|o| o == "ro");
    let rest: Vec<&str> = opts
        .split(',')
        .filter(|o| !o.is_empty() && *o != "ro" && *o != "rw")
        .collect();
    Ok(MountSpec {
        kind: MountKind::Tmpfs,
        source: "tmpfs".into(),
        destination: dst.into(),
        read_only: ro,
        chown: false,
        name: None,
        tmpfs_options: rest.join(","),
        mount_flags: Vec::new(),
        copy_up: false,
    })
}

/// Capabilities, seccomp, no_new_privs and rlimits of the container's process.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SecurityOpts {
    /// `--cap-add` (names like `NET_ADMIN` or `CAP_NET_ADMIN`, or `ALL`).
    pub cap_add: Vec<String>,
    /// `--cap-drop` (names or `ALL`).
    pub cap_drop: Vec<String>,
    /// `--privileged`: all capabilities, no seccomp filter (still inside the user namespace).
    pub privileged: bool,
    /// `--security-opt no-new-privileges`.
    pub no_new_privileges: bool,
    /// `--security-opt seccomp=unconfined|FILE.json`; None is berth's default profile.
    pub seccomp: Option<String>,
    /// `--ulimit name=soft[:hard]`.
    pub ulimits: Vec<String>,
}

/// podman's masked paths (containers/common `DefaultMaskedPaths` plus Docker's additions).
pub const MASKED_PATHS: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/proc/interrupts",
    "/sys/firmware",
    "/sys/fs/selinux",
    "/sys/dev/block",
    "/sys/devices/virtual/powercap",
];

pub const READONLY_PATHS: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// The image config's `config` section (the parts used to start a process), from oci-spec's
/// `ImageConfiguration` (`from_image`).
#[derive(Debug, Clone, Default)]
pub struct ImageRunConfig {
    pub env: Option<Vec<String>>,
    pub cmd: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    pub stop_signal: Option<String>,
}

impl ImageRunConfig {
    /// The run config of an image's (oci-spec) configuration; what `run` should use instead
    /// of parsing the config blob itself (`Store::image_config` reads it).
    pub fn from_image(config: &oci_spec::image::ImageConfiguration) -> ImageRunConfig {
        let Some(c) = config.config() else {
            return ImageRunConfig::default();
        };
        ImageRunConfig {
            env: c.env().clone(),
            cmd: c.cmd().clone(),
            entrypoint: c.entrypoint().clone(),
            working_dir: c.working_dir().clone(),
            user: c.user().clone(),
            labels: c
                .labels()
                .as_ref()
                .map(|l| l.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
            stop_signal: c.stop_signal().clone(),
        }
    }
}

/// The user's intent for the process.
#[derive(Debug, Clone, Default)]
pub struct ProcessIntent {
    /// `--entrypoint`: Some("") clears the image's entrypoint.
    pub entrypoint: Option<String>,
    pub command: Vec<String>,
    pub env: Vec<String>,
    /// `--unsetenv`: dropped from the image's and the default env (`-e` still sets them).
    pub unsetenv: Vec<String>,
    /// `--unsetenv-all`: neither the image's nor the default env, PATH included.
    pub unsetenv_all: bool,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub terminal: bool,
    pub stdin: bool,
    pub groups: Vec<String>,
}

pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// Merge `KEY=VALUE` lists: later entries replace earlier ones with the same key; a bare `KEY`
/// takes the value from `host_env` (podman's `-e KEY`), or is dropped when the host has none.
pub fn merge_env(
    base: &[String],
    overrides: &[String],
    host_env: &dyn Fn(&str) -> Option<String>,
) -> Vec<String> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut set = |k: &str, v: String| {
        if let Some(e) = out.iter_mut().find(|(key, _)| key == k) {
            e.1 = v;
        } else {
            out.push((k.to_string(), v));
        }
    };
    for e in base {
        if let Some((k, v)) = e.split_once('=') {
            set(k, v.to_string());
        }
    }
    for e in overrides {
        match e.split_once('=') {
            Some((k, v)) => set(k, v.to_string()),
            None => {
                if let Some(v) = host_env(e) {
                    set(e, v);
                }
            }
        }
    }
    if !out.iter().any(|(k, _)| k == "PATH") {
        out.insert(0, ("PATH".into(), DEFAULT_PATH.into()));
    }
    out.into_iter().map(|(k, v)| format!("{k}={v}")).collect()
}

/// The process from the image config and the flags, as podman builds it.
pub fn process(
    image: &ImageRunConfig,
    intent: &ProcessIntent,
    hostname: &str,
    host_env: &dyn Fn(&str) -> Option<String>,
) -> Result<ProcessSpec, SpecError> {
    let entrypoint: Vec<String> = match &intent.entrypoint {
        Some(e) if e.is_empty() => Vec::new(),
        Some(e) => {
            // podman accepts a JSON array or a single string (not split)
            if e.trim_start().starts_with('[') {
                serde_json::from_str(e)
                    .map_err(|err| format!("invalid --entrypoint JSON {e:?}: {err}"))?
            } else {
                vec![e.clone()]
            }
        }
        None => image.entrypoint.clone().unwrap_or_default(),
    };
    let cmd: Vec<String> = if !intent.command.is_empty() {
        intent.command.clone()
    } else if intent.entrypoint.is_some() {
        Vec::new() // an explicit --entrypoint drops the image's Cmd, as podman does
    } else {
        image.cmd.clone().unwrap_or_default()
    };
    let args: Vec<String> = entrypoint.iter().cloned().chain(cmd).collect();
    if args.is_empty() {
        return Err("no command or entrypoint specified for the container".into());
    }
    let mut base_env = image.env.clone().unwrap_or_default();
    base_env.push(format!("HOSTNAME={hostname}"));
    // podman's value: systemd (detect-virt, ConditionVirtualization) and other programs know
    // "podman" and would take an unknown name for some other container manager
    base_env.push("container=podman".into());
    // containers.conf's default env, under the image's
    if !image.env.iter().flatten().any(|e| e.starts_with("TERM=")) {
        base_env.insert(0, "TERM=xterm".into());
    }
    if intent.unsetenv_all {
        base_env.retain(|e| e.starts_with("HOSTNAME="));
    }
    base_env.retain(|e| {
        let k = e.split_once('=').map_or(e.as_str(), |(k, _)| k);
        !intent.unsetenv.iter().any(|u| u == k)
    });
    let mut env = merge_env(&base_env, &intent.env, host_env);
    if intent.unsetenv_all || intent.unsetenv.iter().any(|u| u == "PATH") {
        // merge_env's PATH default goes too, unless -e gave one
        if !intent.env.iter().any(|e| e.starts_with("PATH=")) {
            env.retain(|e| !e.starts_with("PATH="));
        }
    }
    let create_cwd = intent.workdir.is_none();
    let cwd = intent
        .workdir
        .clone()
        .or_else(|| image.working_dir.clone().filter(|w| !w.is_empty()))
        .unwrap_or_else(|| "/".into());
    if !cwd.starts_with('/') {
        return Err(format!("workdir {cwd:?} must be an absolute path").into());
    }
    let user = intent
        .user
        .clone()
        .or_else(|| image.user.clone().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "0".into());
    Ok(ProcessSpec {
        args,
        env,
        cwd,
        user,
        terminal: intent.terminal,
        stdin: intent.stdin,
        groups: intent.groups.clone(),
        entrypoint,
        create_cwd,
    })
}

/// A resolved user: ids and supplementary groups, and the home for $HOME.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedUser {
    pub uid: u32,
    pub gid: u32,
    pub groups: Vec<u32>,
    pub home: String,
}

/// Resolve `user[:group]` against the container's /etc/passwd and /etc/group texts.
pub fn resolve_user(spec: &str, passwd: &str, group: &str) -> Result<ResolvedUser, SpecError> {
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let pw: Vec<Vec<&str>> = passwd
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .filter(|f| f.len() >= 7)
        .collect();
    let gr: Vec<Vec<&str>> = group
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .filter(|f| f.len() >= 4)
        .collect();
    let entry = if let Ok(n) = u.parse::<u32>() {
        pw.iter().find(|f| f[2].parse::<u32>().ok() == Some(n))
    } else {
        pw.iter().find(|f| f[0] == u)
    };
    let (uid, mut gid, home, name) = match (u.parse::<u32>(), entry) {
        (_, Some(f)) => (
            f[2].parse()
                .map_err(|_| format!("bad uid in /etc/passwd for {u}"))?,
            f[3].parse().unwrap_or(0),
            f[5].to_string(),
            f[0].to_string(),
        ),
        (Ok(n), None) => (n, 0, "/".to_string(), String::new()),
        (Err(_), None) => {
            return Err(
                format!("unable to find user {u}: no matching entries in passwd file").into(),
            )
        }
    };
    if let Some(g) = g {
        gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => gr
                .iter()
                .find(|f| f[0] == g)
                .and_then(|f| f[2].parse().ok())
                .ok_or_else(|| {
                    format!("unable to find group {g}: no matching entries in group file")
                })?,
        };
    }
    let mut groups = vec![gid];
    if !name.is_empty() && g.is_none() {
        for f in &gr {
            if f[3].split(',').any(|m| m == name) {
                if let Ok(n) = f[2].parse::<u32>() {
                    if !groups.contains(&n) {
                        groups.push(n);
                    }
                }
            }
        }
    }
    Ok(ResolvedUser {
        uid,
        gid,
        groups,
        home,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn run_config_comes_from_the_oci_config() {
        let c = crate::image::manifest::parse_config(
            br#"{"architecture":"amd64","os":"linux","config":{"Env":["A=1"],"Cmd":["sh"],"WorkingDir":"/w","StopSignal":"SIGINT","Labels":{"k":"v"}},"rootfs":{"type":"layers","diff_ids":[]}}"#,
        )
        .unwrap();
        let run = ImageRunConfig::from_image(&c);
        assert_eq!(run.stop_signal.as_deref(), Some("SIGINT"));
        assert_eq!(run.env.as_deref(), Some(&["A=1".to_string()][..]));
        assert_eq!(run.cmd.as_deref(), Some(&["sh".to_string()][..]));
        assert_eq!(run.working_dir.as_deref(), Some("/w"));
        assert_eq!(run.labels.unwrap().get("k").map(String::as_str), Some("v"));
    }

    use super::*;

    #[test]
    fn volumes_parse_like_podman() {
        let v = parse_volume("/srv/data:/data:ro,Z").unwrap();
        assert_eq!(
            (
                v.kind,
                v.source.as_str(),
                v.destination.as_str(),
                v.read_only
            ),
            (MountKind::Bind, "/srv/data", "/data", true)
        );
        let v = parse_volume("cache:/cache:U").unwrap();
        assert_eq!(
            (v.kind, v.name.as_deref(), v.chown),
            (MountKind::Volume, Some("cache"), true)
        );
        assert!(
            v.copy_up,
            "a named volume is filled from the image while empty"
        );
        assert!(!parse_volume("cache:/cache:nocopy").unwrap().copy_up);
        assert!(!parse_volume("/srv:/srv").unwrap().copy_up);
        assert!(parse_mount("type=volume,src=v,dst=/v").unwrap().copy_up);
        assert!(
            !parse_mount("type=volume,src=v,dst=/v,volume-nocopy")
                .unwrap()
                .copy_up
        );
        let v = parse_volume("/anon").unwrap();
        assert_eq!((v.kind, v.name), (MountKind::Volume, None));
        assert!(parse_volume("/a:rel").is_err());
        assert!(parse_volume("/a:/b:bogus").is_err());
        let m = parse_mount("type=tmpfs,target=/t,tmpfs-size=1m").unwrap();
        assert_eq!(
            (m.kind, m.tmpfs_options.as_str()),
            (MountKind::Tmpfs, "size=1m")
        );
        let m = parse_mount("type=bind,src=/x,dst=/y,ro").unwrap();
        assert!(m.read_only && m.kind == MountKind::Bind);
        assert!(parse_mount("type=nfs,target=/x").is_err());
        // a volume's source is a name, never a path
        let err = parse_mount("type=volume,source=/tmp/x,target=/x")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("\"/tmp/x\"") && err.contains("[a-zA-Z0-9][a-zA-Z0-9_.-]*"),
            "{err}"
        );
        assert!(parse_mount("type=volume,source=../x,target=/x").is_err());
        assert!(parse_volume("-x:/x").is_err());
        let t = parse_tmpfs("/run:rw,size=10m,mode=700").unwrap();
        assert_eq!(t.tmpfs_options, "size=10m,mode=700");
    }

    fn no_host(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn entrypoint_and_cmd_combine_like_podman() {
        let img = ImageRunConfig {
            entrypoint: Some(vec!["/ep".into()]),
            cmd: Some(vec!["a".into()]),
            ..Default::default()
        };
        let p = process(&img, &ProcessIntent::default(), "h", &no_host).unwrap();
        assert_eq!(p.args, vec!["/ep", "a"]);
        let p = process(
            &img,
            &ProcessIntent {
                command: vec!["b".into()],
                ..Default::default()
            },
            "h",
            &no_host,
        )
        .unwrap();
        assert_eq!(p.args, vec!["/ep", "b"]);
        let p = process(
            &img,
            &ProcessIntent {
                entrypoint: Some("/x".into()),
                ..Default::default()
            },
            "h",
            &no_host,
        )
        .unwrap();
        assert_eq!(p.args, vec!["/x"]);
        let p = process(
            &img,
            &ProcessIntent {
                entrypoint: Some(String::new()),
                command: vec!["ls".into()],
                ..Default::default()
            },
            "h",
            &no_host,
        )
        .unwrap();
        assert_eq!(p.args, vec!["ls"]);
        assert!(process(
            &ImageRunConfig::default(),
            &ProcessIntent::default(),
            "h",
            &no_host
        )
        .is_err());
    }

    #[test]
    fn env_merges_and_takes_host_values() {
        let host = |k: &str| (k == "FROM_HOST").then(|| "yes".to_string());
        let e = merge_env(
            &["A=1".into(), "PATH=/bin".into()],
            &["A=2".into(), "FROM_HOST".into(), "MISSING".into()],
            &host,
        );
        assert_eq!(e, vec!["A=2", "PATH=/bin", "FROM_HOST=yes"]);
        assert!(merge_env(&[], &[], &no_host)[0].starts_with("PATH=/usr/local/sbin"));
    }

    #[test]
    fn users_resolve_through_passwd_and_group() {
        let passwd = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n";
        let group = "root:x:0:\napp:x:1000:\nstaff:x:50:app\n";
        assert_eq!(
            resolve_user("app", passwd, group).unwrap(),
            ResolvedUser {
                uid: 1000,
                gid: 1000,
                groups: vec![1000, 50],
                home: "/home/app".into()
            }
        );
        assert_eq!(resolve_user("1000:50", passwd, group).unwrap().gid, 50);
        assert_eq!(resolve_user("app:staff", passwd, group).unwrap().gid, 50);
        assert_eq!(
            resolve_user("4242", passwd, group).unwrap(),
            ResolvedUser {
                uid: 4242,
                gid: 0,
                groups: vec![0],
                home: "/".into()
            }
        );
        assert!(resolve_user("nobody-here", passwd, group)
            .unwrap_err()
            .to_string()
            .contains("unable to find user"));
    }

    #[test]
    fn keep_id_maps_the_user_to_itself() {
        let m = keep_id_map(1001, 65537, "uid").unwrap();
        let t: Vec<(u32, u32, u32)> = m.iter().map(|e| (e.container, e.host, e.count)).collect();
        assert_eq!(t, vec![(0, 1, 1001), (1001, 0, 1), (1002, 1002, 64535)]);
        let m = keep_id_map(0, 65537, "uid").unwrap();
        assert_eq!((m[0].container, m[0].host, m[0].count), (0, 0, 1));
        assert!(keep_id_map(1001, 1, "uid")
            .unwrap_err()
            .to_string()
            .contains("subordinate"));
    }

    #[test]
    fn idmaps_parse_and_check_their_range() {
        let m = parse_idmaps(&["0:1:1000".into(), "1000:0:1".into()], 65537, "--uidmap").unwrap();
        assert_eq!(m.len(), 2);
        assert!(parse_idmaps(&["0:1:65537".into()], 65537, "--uidmap").is_err());
        assert!(parse_idmaps(&["0:1".into()], 65537, "--uidmap").is_err());
        assert!(parse_idmaps(&["0:1:0".into()], 65537, "--uidmap").is_err());
        assert!(parse_idmaps(&["0:1:10".into(), "5:100:10".into()], 65537, "--uidmap").is_err());
    }

    #[test]
    fn restart_policies_follow_podman() {
        let p = RestartPolicy::parse("on-failure:2").unwrap();
        assert!(p.should_restart(3, 0) && p.should_restart(3, 1) && !p.should_restart(3, 2));
        assert!(!p.should_restart(0, 0));
        let p = RestartPolicy::parse("always").unwrap();
        assert!(p.should_restart(0, 100));
        assert!(RestartPolicy::parse("no").unwrap().is_none());
        assert!(RestartPolicy::parse("").unwrap().is_none());
        assert!(RestartPolicy::parse("sometimes").is_err());
        assert!(RestartPolicy::parse("always:3").is_err());
        assert!(RestartPolicy::parse("on-failure:x").is_err());
    }

    #[test]
    fn host_users_are_added_unless_the_name_or_uid_is_there() {
        let u = HostUser {
            name: "me".into(),
            uid: 1001,
            gid: 1002,
            gecos: "Me Myself".into(),
            home: "/home/me".into(),
        };
        let p = add_host_users(
            "root:x:0:0:root:/root:/bin/sh",
            std::slice::from_ref(&u),
            |_| "/".into(),
        );
        assert_eq!(
            p.unwrap(),
            "root:x:0:0:root:/root:/bin/sh\nme:*:1001:1002:Me Myself:/:/bin/sh\n"
        );
        assert!(
            add_host_users("me:x:5:5::/:/bin/sh\n", std::slice::from_ref(&u), |h| h
                .into())
            .is_none()
        );
        assert!(add_host_users("x:x:1001:5::/:/bin/sh\n", &[u], |h| h.into()).is_none());
    }

    #[test]
    fn sizes_groups_and_keep_id_users() {
        assert_eq!(parse_size("1024").unwrap(), Some(1024));
        assert_eq!(parse_size("10k").unwrap(), Some(10_000));
        assert_eq!(parse_size("2MB").unwrap(), Some(2_000_000));
        assert_eq!(parse_size("-1").unwrap(), None);
        assert!(parse_size("10q").is_err());
        let group = "root:x:0:\nstaff:x:50:app\n";
        assert_eq!(
            resolve_groups(&["staff".into(), "7".into(), "50".into()], group).unwrap(),
            vec![50, 7]
        );
        assert!(resolve_groups(&["nope".into()], group).is_err());
        let k = KeepIdUser {
            name: "me".into(),
            uid: 1001,
            gid: 1001,
            home: "/home/me".into(),
        };
        let (p, g) = add_keep_id_user("root:x:0:0:root:/root:/bin/sh\n", group, &k);
        assert_eq!(
            p.unwrap(),
            "root:x:0:0:root:/root:/bin/sh\nme:*:1001:1001:me:/home/me:/bin/sh\n"
        );
        assert!(g.unwrap().ends_with("me:x:1001:\n"));
        let (p, _) = add_keep_id_user("x:x:1001:1:x:/:/bin/sh", "", &k);
        assert!(p.is_none(), "an image user with the uid is kept");
    }
}
