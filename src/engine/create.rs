//! Creating a container: plain options (what `run` and `create` were given, with env files,
//! label files and containers.conf already read by `cli/`) become a `ContainerConfig` on disk,
//! with the image found or pulled, the user namespace, mounts, ports and security resolved,
//! and the container's directory prepared. Then it runs in the foreground, detached under a
//! monitor, or stays created. `build`'s RUN and a pod's infra container come through here.

use super::namespace::{self, Enter};
use super::{parse_signal, Engine};
use crate::error::UserError;
use crate::runtime::container::ContainerConfig;
use crate::runtime::{self, spec};
use crate::storage::{driver, ImageRecord, Store, StoreError};
use std::path::PathBuf;

/// `--pull`: when to pull the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PullPolicy {
    Always,
    #[default]
    Missing,
    Never,
    Newer,
}

impl std::str::FromStr for PullPolicy {
    type Err = UserError;
    /// podman's names (containers/common `ParsePullPolicy`), its aliases included.
    fn from_str(s: &str) -> Result<Self, UserError> {
        Ok(match s {
            "always" | "Always" => PullPolicy::Always,
            "missing" | "Missing" | "ifnotpresent" | "IfNotPresent" | "" => PullPolicy::Missing,
            "never" | "Never" => PullPolicy::Never,
            "newer" | "Newer" | "ifnewer" | "IfNewer" => PullPolicy::Newer,
            other => {
                return Err(UserError::new(format!("unsupported pull policy {other:?}"))
                    .with_hint("use --pull always, missing, never or newer"))
            }
        })
    }
}

/// Everything a new container is made from, as plain values (no clap types).
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub image: String,
    pub pull: PullPolicy,
    pub tls_verify: Option<bool>,
    /// Say nothing while pulling.
    pub quiet: bool,
    pub name: Option<String>,
    pub entrypoint: Option<String>,
    pub command: Vec<String>,
    /// `--env-host`, `--env-file`s and `-e`s, in that order.
    pub env: Vec<String>,
    /// `--unsetenv`: variables dropped from the image's and the default env.
    pub unsetenv: Vec<String>,
    /// `--unsetenv-all`: only what `-e` and the files give.
    pub unsetenv_all: bool,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    /// `--network` as given ("" for the default); the first one when several are given.
    pub network: String,
    /// Every `--network` value (user-defined networks: several).
    pub networks: Vec<String>,
    /// `--network-alias`, `--ip`, `--mac-address`.
    pub network_alias: Vec<String>,
    pub ip: Option<String>,
    pub mac_address: Option<String>,
    /// containers.conf's `default_rootless_network_cmd`.
    pub default_network_cmd: Option<String>,
    /// `--network-cmd-path` (or containers.conf's `network_cmd_path`).
    pub network_cmd_path: Option<PathBuf>,
    pub publish: Vec<String>,
    pub publish_all: bool,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    pub add_host: Vec<String>,
    pub no_hosts: bool,
    /// containers.conf's `base_hosts_file` and `host_containers_internal_ip`.
    pub base_hosts_file: Option<std::path::PathBuf>,
    pub host_containers_internal_ip: Option<String>,
    pub read_only: bool,
    pub privileged: bool,
    pub volume: Vec<String>,
    /// `--tz`: a zone name or `local`, bind-mounted at /etc/localtime.
    pub tz: Option<String>,
    pub mount: Vec<String>,
    pub tmpfs: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    pub ulimit: Vec<String>,
    /// `--volumes-from CTR[:ro|:rw]`: that container's volumes and bind mounts.
    pub volumes_from: Vec<String>,
    pub init: bool,
    pub userns: Option<String>,
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    pub restart: Option<String>,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    /// `--label-file`s then `--label`s.
    pub labels: Vec<(String, String)>,
    /// `--annotation KEY=VALUE`s (`kube play` passes the YAML's and its own).
    pub annotations: Vec<(String, String)>,
    pub group_add: Vec<String>,
    pub log_driver: String,
    pub log_opt: Vec<String>,
    /// `--rm`.
    pub rm: bool,
    /// `--ipc`, `--uts`, `--pid` as given: "", private, host or container:NAME.
    pub ipc: String,
    pub uts: String,
    pub pid: String,
    /// `--memory`, `--cpus`, `--pids-limit`, `--cgroups`, ... (engine::limits).
    pub limits: super::limits::LimitOptions,
    /// Write no events for it (a build step's container).
    pub no_events: bool,
    /// `--image-volume`: bind (the default: anonymous volumes), tmpfs or ignore.
    pub image_volume: String,
    /// `--secret NAME[,type=mount|env,target=...]`.
    pub secrets: Vec<String>,
    /// `--cidfile`: the new container's ID is written there (a file that must not exist).
    pub cidfile: Option<std::path::PathBuf>,
    /// `--replace`: a container of the same name is removed first.
    pub replace: bool,
    /// `--hostuser`: host accounts to add to the container's /etc/passwd.
    pub host_users: Vec<String>,
    /// `--pod NAME|ID|new:NAME`: the pod to join (`engine::pod`); its infra container's
    /// namespaces are shared as `--network/--ipc/--uts/--pid container:` would.
    pub pod: Option<String>,
    /// containers.conf's `infra_image`, for a pod made by `--pod new:NAME`.
    pub pod_infra_image: Option<String>,
    /// Make the infra container of pod `pod` (set by `engine::pod` only).
    pub infra: bool,
    /// pid 1 is berth's own pause (an infra container without `--infra-image`).
    pub pause: bool,
    /// `--health-cmd` and the other `--health-*` flags, `--no-healthcheck`.
    pub health: super::health::HealthOptions,
}

/// A container on disk, ready to start; this process is in its namespaces.
pub struct Created {
    pub store: Store,
    pub prepared: runtime::Prepared,
    pub config: ContainerConfig,
    /// What the user should know (limits that cannot be applied here), printed by the cli
    /// as podman prints its create warnings: the line, and the hint where hints are shown.
    pub warnings: Vec<UserError>,
}

impl Created {
    pub fn id(&self) -> &str {
        &self.config.spec.id
    }

    /// Run it in the foreground to its end; its exit code.
    pub fn run_foreground(&self) -> Result<i32, runtime::RuntimeError> {
        self.run_foreground_echoing(runtime::Echo::ALL)
    }

    /// `run_foreground`, passing on only the output streams `echo` names (`--attach`).
    pub fn run_foreground_echoing(
        &self,
        echo: runtime::Echo,
    ) -> Result<i32, runtime::RuntimeError> {
        for e in ["init", "start", "attach"] {
            self.config.emit(e);
        }
        runtime::run_foreground(&self.store, &self.prepared, &self.config, echo)
    }

    /// True when `run` should start it under its monitor and attach (`-it`, detach keys
    /// set, berth's stdin and stdout terminals): only then can the user detach from it.
    pub fn attachable(&self, detach_keys: &[u8]) -> bool {
        let p = &self.config.spec.process;
        p.terminal
            && p.stdin
            && !detach_keys.is_empty()
            && nix::unistd::isatty(std::io::stdin()).unwrap_or(false)
            && nix::unistd::isatty(std::io::stdout()).unwrap_or(false)
    }

    /// `start_detached`, with a connection to its attach socket made before pid 1 starts.
    pub fn start_attached(&self) -> Result<runtime::attach::Connection, runtime::RuntimeError> {
        runtime::run_detached_attached(&self.store, &self.prepared, &self.config)
    }

    /// Start it under its own monitor and return once it runs.
    pub fn start_detached(&self) -> Result<(), runtime::RuntimeError> {
        // the monitor writes init and start
        runtime::run_detached(&self.store, &self.prepared, &self.config)
    }
}

impl Engine {
    /// `run -d`: the container under its monitor. One that cannot start (a port already taken,
    /// say) fails with 126, as podman's `run`, and with `--rm` it is removed, not left created.
    pub fn run_detached(&self, created: &Created) -> anyhow::Result<()> {
        let Err(e) = created.start_detached() else {
            return Ok(());
        };
        if created.config.auto_remove {
            if let Ok(c) = runtime::container::find(self.root(), created.id()) {
                let _ = self.remove(vec![c], true, Some(0), true);
            }
        }
        let err = anyhow::Error::from(e);
        let hint = crate::error::hints(&err).into_iter().next();
        let msg = err
            .chain()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(": ");
        let mut u = UserError::new(msg).with_status(crate::error::ExitStatus::CannotExecute);
        if let Some(h) = hint {
            u = u.with_hint(h);
        }
        Err(u.into())
    }
}

/// `--cidfile`, as podman writes it: a new file (an existing one is an error) with the ID.
fn write_cidfile(path: &std::path::Path, id: &str) -> Result<(), UserError> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                UserError::new(format!(
                    "container id file exists. Ensure another container is not using it or delete {}",
                    path.display()
                ))
                .with_hint("remove the file, or give --cidfile another path")
            } else {
                UserError::new(format!("opening cidfile {}: {e}", path.display()))
            }
        })?;
    f.write_all(id.as_bytes())
        .map_err(|e| UserError::new(format!("writing cidfile {}: {e}", path.display())))
}

/// podman's rule for container names.
/// podman's words for a name another container has.
fn name_in_use(n: &str, id: &str) -> UserError {
    UserError::new(format!(
        "creating container storage: the container name \"{n}\" is already in use by {id}. You have to remove that container to be able to reuse that name: that name is already in use"
    ))
    .with_hint(format!("remove it with `berth rm {n}`, or choose another name"))
}

pub fn check_name(n: &str) -> Result<(), UserError> {
    let mut chars = n.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(UserError::new(format!(
            "invalid name {n:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"
        ))
        .with_hint("use letters, digits, '_', '.' and '-', starting with a letter or digit"))
    }
}

/// The container's own user namespace from `--userns`/`--uidmap`/`--gidmap`, or None for
/// berth's (podman's rootless default, `--userns=host`).
fn userns_spec(
    o: &CreateOptions,
    map: &crate::userns::IdMap,
    rootful: bool,
) -> anyhow::Result<Option<spec::UsernsSpec>> {
    let (usize_, gsize) = if rootful {
        (u32::MAX, u32::MAX)
    } else {
        (map.size(), map.gid_size())
    };
    if !o.uidmap.is_empty() || !o.gidmap.is_empty() {
        if o.userns.is_some() {
            return Err(
                UserError::new("--userns and --uidmap/--gidmap are mutually exclusive")
                    .with_hint("give either --userns or the maps")
                    .into(),
            );
        }
        let uid_map = spec::parse_idmaps(&o.uidmap, usize_, "--uidmap")?;
        let gid_map = if o.gidmap.is_empty() {
            spec::parse_idmaps(&o.uidmap, gsize, "--uidmap (used for gids too)")?
        } else {
            spec::parse_idmaps(&o.gidmap, gsize, "--gidmap")?
        };
        let uid_map = if uid_map.is_empty() {
            spec::parse_idmaps(&o.gidmap, usize_, "--gidmap (used for uids too)")?
        } else {
            uid_map
        };
        return Ok(Some(spec::UsernsSpec {
            mode: "uidmap".into(),
            uid_map,
            gid_map,
            keep_id: None,
        }));
    }
    let mode = o.userns.as_deref().unwrap_or("");
    let (name, opts) = mode.split_once(':').unwrap_or((mode, ""));
    match name {
        "" | "host" => Ok(None),
        "keep-id" => {
            if rootful {
                return Err(UserError::new("keep-id is only supported in rootless mode")
                    .with_hint("run berth as an unprivileged user, or use --uidmap")
                    .into());
            }
            let (mut uid, mut gid) = (map.uid, map.gid);
            for o in opts.split(',').filter(|o| !o.is_empty()) {
                match o.split_once('=') {
                    Some(("uid", v)) => {
                        uid = v.parse().map_err(|_| {
                            UserError::new(format!(
                                "invalid keep-id option {o:?}: uid must be a number"
                            ))
                        })?
                    }
                    Some(("gid", v)) => {
                        gid = v.parse().map_err(|_| {
                            UserError::new(format!(
                                "invalid keep-id option {o:?}: gid must be a number"
                            ))
                        })?
                    }
                    _ => {
                        return Err(UserError::new(format!("unknown keep-id option {o:?}"))
                            .with_hint("use keep-id:uid=UID,gid=GID")
                            .into())
                    }
                }
            }
            let no_range = |e: spec::SpecError| {
                UserError::new(e.to_string()).with_hint(format!(
                    "give {} a larger range in /etc/subuid and /etc/subgid (usermod --add-subuids/--add-subgids)",
                    map.user
                ))
            };
            let uid_map = spec::keep_id_map(uid, usize_, "uid").map_err(no_range)?;
            let gid_map = spec::keep_id_map(gid, gsize, "gid").map_err(no_range)?;
            let home = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(map.uid))
                .ok()
                .flatten()
                .map(|u| u.dir.display().to_string())
                .unwrap_or_else(|| format!("/home/{}", map.user));
            Ok(Some(spec::UsernsSpec {
                mode: mode.to_string(),
                uid_map,
                gid_map,
                keep_id: Some(spec::KeepIdUser {
                    name: map.user.clone(),
                    uid,
                    gid,
                    home,
                }),
            }))
        }
        other => Err(
            UserError::new(format!("--userns={other} is not supported by berth"))
                .with_hint(
                    "use --userns=host (the default), --userns=keep-id, or --uidmap/--gidmap",
                )
                .into(),
        ),
    }
}

/// `--log-driver` and `--log-opt`: the driver as recorded, and the size limit.
fn log_settings(o: &CreateOptions) -> anyhow::Result<(String, Option<u64>)> {
    let driver = match o.log_driver.as_str() {
        "k8s-file" | "" => "k8s-file",
        // podman treats json-file as k8s-file
        "json-file" => "json-file",
        "none" => "none",
        // recorded as given; its entries are kept in the container's k8s-file log, as
        // berth keeps journald events in its file (no journal is written), so `logs` reads them
        "journald" => "journald",
        other => {
            return Err(UserError::new(
                "running container create option: invalid log driver: invalid argument",
            )
            .with_hint(format!(
                "{other:?} is not a log driver: use k8s-file (the default), json-file, journald or none"
            ))
            .into())
        }
    };
    let mut max = None;
    for o in &o.log_opt {
        match o.split_once('=') {
            Some(("max-size", v)) => max = spec::parse_size(v)?,
            Some(("tag" | "max-file", _)) => {}
            _ => {
                return Err(UserError::new(format!("invalid --log-opt {o:?}"))
                    .with_hint("berth supports max-size=SIZE (e.g. max-size=10m)")
                    .into())
            }
        }
    }
    Ok((driver.to_string(), max))
}

/// Volumes, binds and tmpfs mounts with host sources resolved (named volumes created).
fn resolve_mounts(
    o: &CreateOptions,
    root: &std::path::Path,
) -> anyhow::Result<Vec<spec::MountSpec>> {
    use crate::storage::volumes;
    let mut out = Vec::new();
    let parsed = o
        .volume
        .iter()
        .map(|v| spec::parse_volume(v))
        .chain(o.mount.iter().map(|m| spec::parse_mount(m)))
        .chain(o.tmpfs.iter().map(|t| spec::parse_tmpfs(t)));
    for m in parsed {
        let mut m = m?;
        match m.kind {
            spec::MountKind::Bind => {
                let p = std::path::Path::new(&m.source);
                let abs = std::fs::canonicalize(p).map_err(|e| {
                    UserError::new(format!("statfs {}: {e}", m.source))
                        .with_hint("the host path of a bind mount must exist")
                })?;
                m.source = abs.display().to_string();
            }
            spec::MountKind::Volume => {
                let (name, anonymous) = match &m.name {
                    Some(n) => (n.clone(), false),
                    None => (crate::runtime::new_id(), true),
                };
                let v = volumes::create(root, &name, Default::default(), anonymous, true)?;
                m.name = Some(name);
                crate::engine::volume::mount_source(&v, &mut m)?;
            }
            spec::MountKind::Tmpfs => {}
        }
        // the same mount twice is one mount (podman); two different ones on a path clash
        if out.iter().any(|o: &spec::MountSpec| {
            o.destination == m.destination
                && o.source == m.source
                && o.kind == m.kind
                && o.read_only == m.read_only
                && o.chown == m.chown
                && o.tmpfs_options == m.tmpfs_options
        }) {
            continue;
        }
        if out
            .iter()
            .any(|o: &spec::MountSpec| o.destination == m.destination)
        {
            return Err(
                UserError::new(format!("{}: duplicate mount destination", m.destination)).into(),
            );
        }
        out.push(m);
    }
    Ok(out)
}

/// The mounts.conf files' `host:container` lines (podman's "subscriptions", e.g. secrets for
/// /run/secrets): each host path that exists is bound read-only where the container has no
/// mount of its own. podman copies the content; a read-only bind keeps the host's side safe.
fn default_mounts(files: &[std::path::PathBuf], mounts: &mut Vec<spec::MountSpec>) {
    for f in files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        for l in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let Some((src, dst)) = l.split_once(':') else {
                log::warn!("{}: {l:?} is not host:container; ignoring it", f.display());
                continue;
            };
            let dst = dst.split(':').next().unwrap_or(dst);
            let Ok(abs) = std::fs::canonicalize(src) else {
                continue; // podman skips what the host does not have
            };
            if mounts.iter().any(|m| m.destination == dst) {
                continue;
            }
            mounts.push(spec::MountSpec {
                kind: spec::MountKind::Bind,
                source: abs.display().to_string(),
                destination: dst.to_string(),
                read_only: true,
                chown: false,
                name: None,
                tmpfs_options: String::new(),
                mount_flags: Vec::new(),
                copy_up: false,
            });
        }
    }
}

/// `-p`/`-P` with random host ports chosen now, so that `port` and `inspect` can tell them.
fn resolve_ports(
    o: &CreateOptions,
    mode: &crate::network::Mode,
    exposed: &[String],
    warnings: &mut Vec<UserError>,
) -> anyhow::Result<Vec<crate::network::PortMapping>> {
    use crate::network::{ports, Mode};
    let mut out = Vec::new();
    for p in &o.publish {
        out.extend(ports::parse_publish(p)?);
    }
    if o.publish_all {
        for e in exposed {
            out.extend(ports::parse_publish(e)?);
        }
    }
    if !out.is_empty()
        && matches!(
            mode,
            Mode::None | Mode::Host | Mode::Container(_) | Mode::Ns(_)
        )
    {
        // podman discards them with a warning, and runs the container
        warnings.push(
            UserError::new("Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use")
                .with_hint(format!("--network {} shares or has no network to publish on; use the default network (slirp4netns) or pasta", mode.name())),
        );
        return Ok(Vec::new());
    }
    for m in out.iter_mut() {
        if m.host_port == 0 {
            m.host_port = ports::free_port(m.proto, &m.host_ip)
                .map_err(|e| UserError::new(format!("cannot find a free host port: {e}")))?;
        }
    }
    Ok(out)
}

fn security_opts(o: &CreateOptions) -> anyhow::Result<spec::SecurityOpts> {
    let mut s = spec::SecurityOpts {
        cap_add: o.cap_add.clone(),
        cap_drop: o.cap_drop.clone(),
        privileged: o.privileged,
        ulimits: o.ulimit.clone(),
        ..Default::default()
    };
    for opt in &o.security_opt {
        match opt.split_once(['=', ':']) {
            Some(("seccomp", v)) => s.seccomp = Some(v.to_string()),
            Some(("no-new-privileges", v)) => s.no_new_privileges = v != "false",
            Some(("label" | "apparmor" | "unmask" | "mask" | "proc-opts", _)) => {}
            None if opt == "no-new-privileges" => s.no_new_privileges = true,
            _ => {
                return Err(UserError::new(format!("invalid --security-opt {opt:?}"))
                    .with_hint("use seccomp=unconfined|PROFILE.json or no-new-privileges")
                    .into())
            }
        }
    }
    crate::runtime::security::prepare(&mut s)?;
    Ok(s)
}

impl Engine {
    /// `--volumes-from`: the other container's volumes and binds where this one has no mount
    /// of its own, bound from the same host directories (so removing this container, even
    /// with `--rm`, leaves the other's anonymous volumes alone). `:ro` makes them read-only,
    /// `:rw` writable; by default each keeps its own mode.
    fn volumes_from(
        &self,
        from: &[String],
        mounts: &mut Vec<spec::MountSpec>,
    ) -> anyhow::Result<()> {
        for f in from {
            let (name, mode) = match f.rsplit_once(':') {
                Some((n, m)) if m == "ro" || m == "rw" || m == "z" || m == "Z" => (n, Some(m)),
                _ => (f.as_str(), None),
            };
            let c = self.find(name).map_err(|_| {
                UserError::new(format!(
                    "no container with name or ID \"{name}\" found: no such container"
                ))
                .with_hint("name an existing container in --volumes-from")
            })?;
            for m in &c.config.spec.mounts {
                if m.kind == spec::MountKind::Tmpfs
                    || mounts.iter().any(|o| o.destination == m.destination)
                {
                    continue;
                }
                mounts.push(spec::MountSpec {
                    kind: spec::MountKind::Bind,
                    source: m.source.clone(),
                    destination: m.destination.clone(),
                    read_only: match mode {
                        Some("ro") => true,
                        Some("rw") => false,
                        _ => m.read_only,
                    },
                    chown: false,
                    name: None,
                    tmpfs_options: String::new(),
                    mount_flags: Vec::new(),
                    copy_up: false,
                });
            }
        }
        Ok(())
    }

    /// Make a container from `o`: find (or pull) its image, resolve everything the options
    /// name, enter its namespaces and prepare its directory. Ready to run.
    pub fn create(&self, o: &CreateOptions) -> anyhow::Result<Created> {
        // a member of a pod: the pod's namespaces, its infra running (engine::pod)
        let joined;
        let o = if o.pod.is_some() && !o.infra {
            joined = self.join_pod(o)?;
            &joined
        } else {
            o
        };
        let user_networks = self.network_requests(o)?;
        let net_mode = if user_networks.is_empty() {
            crate::network::Mode::parse(&o.network)?
        } else {
            crate::network::Mode::Networks
        };
        // podman's IPC modes: shareable (the default), private (no one may join), none (no
        // /dev/shm), host, container:NAME
        let (ipc, ipc_private, no_shm) = match o.ipc.as_str() {
            "shareable" => (None, false, false),
            "private" => (None, true, false),
            "none" => (None, false, true),
            other => (spec::parse_share("ipc", other)?, false, false),
        };
        let share = spec::SharedNamespaces {
            ipc,
            uts: spec::parse_share("uts", &o.uts)?,
            pid: spec::parse_share("pid", &o.pid)?,
            ipc_private,
            no_shm,
        };
        let shared_with = self.shared_container(&net_mode, &share)?;
        let restart_policy = spec::RestartPolicy::parse(o.restart.as_deref().unwrap_or("no"))?;
        if o.rm && !restart_policy.is_none() {
            return Err(UserError::new(
                "the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\"",
            )
            .with_hint("drop --rm, or use --restart no")
            .into());
        }
        if let Some(sig) = &o.stop_signal {
            parse_signal(sig)?;
        }
        if o.group_add.iter().any(|g| g == "keep-groups") {
            return Err(UserError::new(
                "--group-add keep-groups is not supported by berth: the host's supplementary groups are not mapped in its user namespace",
            )
            .with_hint("name the groups of the container's /etc/group to add")
            .into());
        }
        let (log_driver, log_max_size) = log_settings(o)?;
        if let Some(n) = &o.name {
            check_name(n)?;
        }
        // the cgroup is planned (and its parent made) as the user, outside the namespace
        self.sweep_cgroups();
        let mut limits = super::limits::plan(&o.limits, &self.settings.cgroup_manager)?;
        if o.replace {
            self.replace(o.name.as_deref())?;
        }
        let store = Store::open(self.root(), false)?;
        let image = self.image_for(&store, o)?;
        let mut choice = driver::choose(&self.settings);
        if !driver::DRIVERS.contains(&choice.name.as_str()) {
            return Err(UserError::new(format!(
                "unknown storage driver {:?} ({})",
                choice.name, choice.reason
            ))
            .with_hint("use overlay, fuse-overlayfs or vfs")
            .into());
        }
        let oci_config = store.image_config(&image)?;
        let image_cfg = spec::ImageRunConfig::from_image(&oci_config);
        // HEALTHCHECK is docker's, not in the OCI type: read from the config blob itself
        let image_blob = store
            .read_blob(&format!("sha256:{}", image.id))
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok());
        let image_health = image_blob
            .as_ref()
            .and_then(|v| v.pointer("/config/Healthcheck").cloned());
        let healthcheck = o.health.resolve(image_health.as_ref())?;
        let id = runtime::new_id();
        if let Some(n) = &o.name {
            if let Some(c) = self.find(n).ok().filter(|c| c.name() == n) {
                return Err(name_in_use(n, &c.id).into());
            }
        }
        let name = o
            .name
            .clone()
            .unwrap_or_else(|| runtime::container::unused_name(self.root(), &id));
        let hostname = o
            .hostname
            .clone()
            .unwrap_or_else(|| crate::reference::short_id(&id).to_string());
        let map = crate::userns::IdMap::for_current_user()?;
        let rootful = nix::unistd::geteuid().is_root();
        let userns = userns_spec(o, &map, rootful)?;
        if userns.is_some() {
            // the layers hold the ids of berth's own namespace: only fuse-overlayfs can show
            // them mapped for another one
            if let Err(why) = driver::fuse_overlayfs_usable() {
                return Err(UserError::new(format!(
                    "a container with its own user namespace (--userns, --uidmap, --gidmap) needs fuse-overlayfs to show the image's files with their owners, but {why}"
                ))
                .with_hint("install fuse-overlayfs (apt-get install fuse-overlayfs) and make /dev/fuse usable, or drop --userns/--uidmap/--gidmap")
                .into());
            }
            choice.name = "fuse-overlayfs".into();
        }
        // keep-id runs as the user's own ids unless --user says otherwise (as podman)
        let user = o.user.clone().or_else(|| {
            userns
                .as_ref()
                .and_then(|u| u.keep_id.as_ref())
                .map(|k| format!("{}:{}", k.uid, k.gid))
        });
        let secrets = self.secret_uses(&o.secrets, &id)?;
        let intent = spec::ProcessIntent {
            entrypoint: o.entrypoint.clone(),
            command: o.command.clone(),
            env: o.env.iter().chain(&secrets.env).cloned().collect(),
            unsetenv: o.unsetenv.clone(),
            unsetenv_all: o.unsetenv_all,
            workdir: o.workdir.clone(),
            user,
            terminal: o.tty,
            stdin: o.interactive,
            groups: o.group_add.clone(),
        };
        let process = spec::process(&image_cfg, &intent, &hostname, &|k| std::env::var(k).ok())?;
        let (masked, readonly) = if o.privileged {
            (Vec::new(), Vec::new())
        } else {
            (
                spec::MASKED_PATHS.iter().map(|s| s.to_string()).collect(),
                spec::READONLY_PATHS.iter().map(|s| s.to_string()).collect(),
            )
        };
        let security = security_opts(o)?;
        let mut mounts = resolve_mounts(o, self.root())?;
        self.volumes_from(&o.volumes_from, &mut mounts)?;
        if !o.no_events {
            // a build step's container gets no image volumes, as buildah's
            let paths = super::image_volumes::paths(image_blob.as_ref());
            super::image_volumes::add(&paths, &o.image_volume, self.root(), &mut mounts)?;
        }
        super::timezone::add_mount(o.tz.as_deref(), &mut mounts)?;
        default_mounts(&self.settings.default_mounts_files, &mut mounts);
        mounts.extend(secrets.mounts.iter().cloned());
        let cspec = spec::ContainerSpec {
            no_mtab: o.no_events,
            host_users: super::host_users::resolve(&o.host_users)?,
            security,
            mounts,
            id,
            name,
            hostname,
            process,
            read_only: o.read_only,
            masked_paths: masked,
            readonly_paths: readonly,
            network: if user_networks.is_empty() {
                crate::network::default_mode(
                    &o.network,
                    o.default_network_cmd.as_deref(),
                    o.network_cmd_path.as_deref(),
                )
            } else {
                crate::network::NETWORKS_MODE.to_string()
            },
            network_cmd_path: o.network_cmd_path.clone(),
            init: o.init,
            userns,
            ports: resolve_ports(
                o,
                &net_mode,
                &crate::image::manifest::exposed_ports(&oci_config),
                &mut limits.warnings,
            )?,
            dns: o.dns.clone(),
            dns_search: o.dns_search.clone(),
            dns_options: o.dns_option.clone(),
            add_hosts: o.add_host.clone(),
            no_hosts: o.no_hosts,
            base_hosts: crate::network::base_hosts(o.base_hosts_file.as_deref()),
            host_containers_internal_ip: o.host_containers_internal_ip.clone(),
            share,
            cgroup: limits.cgroup,
            cgroupns_host: limits.cgroupns_host,
            oom_score_adj: limits.oom_score_adj,
            networks: Vec::new(),
            pause: o.pause,
        };
        let mut cspec = cspec;
        cspec.networks = self.resolve_networks(
            &cspec.id,
            &user_networks,
            o.ip.as_deref(),
            o.mac_address.as_deref(),
            &o.network_alias,
        )?;
        if !o.interactive {
            // without -i the container's stdin is not attached (podman gives it /dev/null)
            let null = std::fs::File::open("/dev/null")?;
            nix::unistd::dup2_stdin(null)?;
        }
        match &shared_with {
            // Sharing a network namespace means sharing its owner: join the user namespace
            // of that container (each berth command otherwise makes a fresh one, with no
            // rights over another's namespaces), as podman does.
            Some(c) if c.state.is_alive() => namespace::enter_with(Enter::UserOf(c), map)?,
            // not running (yet): podman creates the container all the same; `start` joins
            // the other's namespaces, and refuses while it does not run
            Some(_) => namespace::enter_with(Enter::Mounts, map)?,
            None if !cspec.networks.is_empty() => self.enter_rootless_netns()?,
            None => namespace::enter_with(Enter::Mounts, map)?,
        };
        let store = Store::open(self.root(), true)?;
        let config = ContainerConfig {
            spec: cspec,
            image_id: image.id.clone(),
            image_name: image.name_for(&o.image),
            image_digest: image.digest.clone(),
            oci_runtime: self.settings.runtime.clone(),
            created: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0),
            auto_remove: o.rm,
            stop_signal: o
                .stop_signal
                .as_deref()
                .or(image_cfg.stop_signal.as_deref())
                .and_then(|s| parse_signal(s).ok())
                .map(|s| s.as_str().to_string()),
            stop_timeout: o.stop_timeout,
            driver: choice.name.clone(),
            restart_policy,
            labels: image_cfg
                .labels
                .clone()
                .unwrap_or_default()
                .into_iter()
                .chain(o.labels.iter().cloned())
                .collect(),
            annotations: o.annotations.iter().cloned().collect(),
            log_driver,
            log_max_size,
            no_events: o.no_events,
            pod: o.pod.clone(),
            infra: o.infra,
            healthcheck,
        };
        let prepared = runtime::prepare(&store, &image, &config)?;
        // the name's entry in the store's index: a create that raced this one to it keeps it
        let (id, name) = (&config.spec.id, &config.spec.name);
        if let Err(crate::storage::StoreError::NameInUse { id: other, .. }) =
            runtime::container::index_name(self.root(), id, name)
        {
            let _ = crate::storage::store::remove_tree(&prepared.dir);
            return Err(name_in_use(name, &other).into());
        }
        super::secret::write_files(&secrets.files)?;
        if let Some(f) = &o.cidfile {
            if let Err(e) = write_cidfile(f, &config.spec.id) {
                let _ = crate::storage::store::remove_tree(&prepared.dir);
                return Err(e.into());
            }
        }
        config.emit("create");
        Ok(Created {
            store,
            prepared,
            config,
            warnings: limits.warnings,
        })
    }

    /// The user-defined networks `--network` names (none when it names a mode).
    fn network_requests(
        &self,
        o: &CreateOptions,
    ) -> anyhow::Result<Vec<super::network::NetworkRequest>> {
        let values: Vec<&str> = if o.networks.is_empty() {
            vec![o.network.as_str()]
        } else {
            o.networks.iter().map(String::as_str).collect()
        };
        if values.iter().all(|v| crate::network::is_mode(v)) {
            if values.len() > 1 {
                return Err(UserError::new("only one network mode can be given with --network")
                    .with_hint("give several --network values only for networks made with berth network create")
                    .into());
            }
            if o.ip.is_some() || o.mac_address.is_some() || !o.network_alias.is_empty() {
                return Err(UserError::new(
                    "--ip, --mac-address and --network-alias need a user-defined network",
                )
                .with_hint("create one with berth network create NAME and use --network NAME")
                .into());
            }
            return Ok(Vec::new());
        }
        if let Some(m) = values.iter().find(|v| crate::network::is_mode(v)) {
            return Err(UserError::new(format!(
                "network mode {m:?} cannot be combined with user-defined networks"
            ))
            .with_hint("give only network names with several --network")
            .into());
        }
        values
            .iter()
            .map(|v| super::network::NetworkRequest::parse(v).map_err(Into::into))
            .collect()
    }

    /// The one container whose namespaces `--network`, `--ipc`, `--uts` and `--pid` share
    /// (berth joins its user namespace, which owns them all).
    fn shared_container(
        &self,
        net: &crate::network::Mode,
        share: &spec::SharedNamespaces,
    ) -> anyhow::Result<Option<crate::runtime::container::Container>> {
        if share.pid.as_deref() == Some("host") {
            return Err(UserError::new("--pid host is not supported rootless by berth: the host's PID namespace is not berth's to mount /proc for")
                .with_hint("drop --pid host, or share another container's with --pid container:NAME")
                .into());
        }
        let mut names: Vec<&str> = share
            .each()
            .filter_map(|(_, _, v)| v.strip_prefix("container:"))
            .collect();
        if let crate::network::Mode::Container(n) = net {
            names.push(n);
        }
        let Some(first) = names.first() else {
            return Ok(None);
        };
        let c = self.find(first)?;
        if share
            .ipc
            .as_deref()
            .and_then(|v| v.strip_prefix("container:"))
            .is_some()
            && c.config.spec.share.ipc_private
        {
            return Err(UserError::new(format!(
                "joining the IPC namespace of container {} is not allowed: non-shareable IPC (hint: use IpcMode:shareable for the donor container)",
                c.name()
            ))
            .with_hint(format!("run {} with --ipc shareable (the default)", c.name()))
            .into());
        }
        for n in &names[1..] {
            if self.find(n)?.id != c.id {
                return Err(UserError::new(format!(
                    "berth shares namespaces with one container at a time, not with both {first} and {n}"
                ))
                .with_hint("name the same container in --network, --ipc, --uts and --pid")
                .into());
            }
        }
        Ok(Some(c))
    }

    /// The image to create from, pulled as `--pull` says.
    fn image_for(&self, store: &Store, o: &CreateOptions) -> anyhow::Result<ImageRecord> {
        // `run docker-archive:PATH`: loaded every time, as podman does (engine::transport)
        if crate::image::transport::is_local(&o.image) {
            let id = self.pull_local_in_child(o)?;
            return Ok(store.find_image(&id)?);
        }
        let found = store.find_image(&o.image);
        match (found, o.pull) {
            (Ok(i), PullPolicy::Missing | PullPolicy::Never) => return Ok(i),
            (Err(StoreError::ImageNotKnown(_)), PullPolicy::Never) => {
                return Err(UserError::new(format!("{}: image not known", o.image))
                    .with_hint("pull it first, or drop --pull=never")
                    .into())
            }
            (Ok(_), _) | (Err(StoreError::ImageNotKnown(_)), _) => {}
            (Err(e), _) => return Err(e.into()),
        }
        self.pull_in_child(o)?;
        Ok(store.find_image(&o.image)?)
    }

    /// Pull in a child berth, so that this process stays single-threaded for the
    /// namespaces. The child has said why when it fails.
    pub(super) fn pull_in_child(&self, o: &CreateOptions) -> anyhow::Result<()> {
        let exe = std::env::current_exe()?;
        let mut c = std::process::Command::new(exe);
        // its progress ("Trying to pull ...") on stderr, as podman's run shows it, unless -q
        c.args(&self.child_args).arg("pull");
        if o.quiet {
            c.arg("-q");
        }
        if let Some(v) = o.tls_verify {
            c.arg(format!("--tls-verify={v}"));
        }
        // our stdout belongs to the container; progress goes to stderr unless -q (the child's
        // -q), its errors always
        c.stdout(std::process::Stdio::null());
        let status = c
            .arg(&o.image)
            .stdin(std::process::Stdio::null())
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(crate::error::Reported(crate::error::ExitStatus::Error).into())
        }
    }
}
