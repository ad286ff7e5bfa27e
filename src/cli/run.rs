//! `berth run`: create a container from an image and run it in the foreground.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::ContainerConfig;
use crate::runtime::{self, spec};
use crate::storage::{driver, Store, StoreError};
use clap::Args;

#[derive(Args, Debug)]
#[command(trailing_var_arg = true, disable_help_flag = true)]
pub struct RunArgs {
    /// Print help (podman's -h is --hostname)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Keep STDIN open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short, long)]
    pub tty: bool,
    /// Run the container in the background and print its ID
    #[arg(short, long)]
    pub detach: bool,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables in the container
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<std::path::PathBuf>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short, long)]
    pub user: Option<String>,
    /// Overwrite the default ENTRYPOINT of the image
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Set the container's host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Connect the container to a network: slirp4netns[:options], pasta[:options], none, host
    #[arg(long, alias = "net", default_value = "")]
    pub network: String,
    /// Publish a container's port to the host ([ip:][hostPort:]containerPort[/protocol])
    #[arg(short, long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish all exposed ports to random ports on the host
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// Set custom DNS servers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Set custom DNS options
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Do not create /etc/hosts within the container
    #[arg(long)]
    pub no_hosts: bool,
    /// Make the container's root file system read-only
    #[arg(long)]
    pub read_only: bool,
    /// Give extended privileges to the container (still inside the user namespace)
    #[arg(long)]
    pub privileged: bool,
    /// Bind mount a volume into the container ([SOURCE:]CONTAINER-DIR[:OPTIONS])
    #[arg(short, long = "volume", value_name = "VOLUME")]
    pub volume: Vec<String>,
    /// Attach a filesystem mount to the container (type=bind|volume|tmpfs,...)
    #[arg(long, value_name = "MOUNT")]
    pub mount: Vec<String>,
    /// Mount a temporary filesystem (tmpfs) into the container (PATH[:OPTIONS])
    #[arg(long, value_name = "TMPFS")]
    pub tmpfs: Vec<String>,
    /// Add Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=PATH
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Ulimit options (name=soft[:hard], e.g. nofile=1024:2048)
    #[arg(long, value_name = "ULIMIT")]
    pub ulimit: Vec<String>,
    /// Run an init inside the container that forwards signals and reaps processes
    #[arg(long)]
    pub init: bool,
    /// User namespace to use: host (berth's own) or keep-id[:uid=UID,gid=GID]
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// UID map for the container's user namespace (CONTAINER:HOST:SIZE, HOST in berth's namespace)
    #[arg(long, value_name = "MAPPING")]
    pub uidmap: Vec<String>,
    /// GID map for the container's user namespace (CONTAINER:HOST:SIZE, HOST in berth's namespace)
    #[arg(long, value_name = "MAPPING")]
    pub gidmap: Vec<String>,
    /// Restart policy when a detached container exits: no, on-failure[:max-retries], always
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,
    /// Signal to stop the container (default: the image's, else SIGTERM)
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,
    /// Seconds to wait for the container to stop before it is killed (default 10)
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<u32>,
    /// Set metadata on the container
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Read in a line-delimited file of labels
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<std::path::PathBuf>,
    /// Add additional groups to the container's process (GID or name in the container)
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Logging driver for the container: k8s-file, json-file, none
    #[arg(long, value_name = "DRIVER", default_value = "k8s-file")]
    pub log_driver: String,
    /// Logging driver options: max-size=SIZE
    #[arg(long, value_name = "OPT")]
    pub log_opt: Vec<String>,
    /// Use the host's environment inside the container
    #[arg(long)]
    pub env_host: bool,
    /// Pull image policy: always, missing, never, newer
    #[arg(long, default_value = "missing")]
    pub pull: String,
    /// Require HTTPS and verify certificates when pulling
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Suppress output information when pulling images
    #[arg(short, long)]
    pub quiet: bool,
    /// The image to run
    pub image: String,
    /// The command and its arguments
    #[arg(allow_hyphen_values = true)]
    pub command: Vec<String>,
}

/// Labels from `--label-file`s then `--label`s (`KEY=VALUE`, or `KEY` for an empty value).
fn read_labels(a: &RunArgs) -> anyhow::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut add = |l: &str| {
        let (k, v) = l.split_once('=').unwrap_or((l, ""));
        if k.is_empty() {
            return Err(UserError::new(format!("invalid label {l:?}"))
                .with_hint("use KEY=VALUE")
                .into());
        }
        out.push((k.to_string(), v.to_string()));
        Ok::<(), anyhow::Error>(())
    };
    for f in &a.label_file {
        let text = std::fs::read_to_string(f)
            .map_err(|e| UserError::new(format!("cannot read label file {}: {e}", f.display())))?;
        for l in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            add(l)?;
        }
    }
    for l in &a.label {
        add(l)?;
    }
    Ok(out)
}

/// podman's rule for container names.
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
    a: &RunArgs,
    map: &crate::userns::IdMap,
    rootful: bool,
) -> anyhow::Result<Option<spec::UsernsSpec>> {
    let (usize_, gsize) = if rootful {
        (u32::MAX, u32::MAX)
    } else {
        (map.size(), map.gid_size())
    };
    if !a.uidmap.is_empty() || !a.gidmap.is_empty() {
        if a.userns.is_some() {
            return Err(
                UserError::new("--userns and --uidmap/--gidmap are mutually exclusive")
                    .with_hint("give either --userns or the maps")
                    .into(),
            );
        }
        let uid_map = spec::parse_idmaps(&a.uidmap, usize_, "--uidmap").map_err(UserError::new)?;
        let gid_map = if a.gidmap.is_empty() {
            spec::parse_idmaps(&a.uidmap, gsize, "--uidmap (used for gids too)")
                .map_err(UserError::new)?
        } else {
            spec::parse_idmaps(&a.gidmap, gsize, "--gidmap").map_err(UserError::new)?
        };
        let uid_map = if uid_map.is_empty() {
            spec::parse_idmaps(&a.gidmap, usize_, "--gidmap (used for uids too)")
                .map_err(UserError::new)?
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
    let mode = a.userns.as_deref().unwrap_or("");
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
            let no_range = |e: String| {
                UserError::new(e).with_hint(format!(
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
fn log_settings(a: &RunArgs) -> anyhow::Result<(String, Option<u64>)> {
    let driver = match a.log_driver.as_str() {
        "k8s-file" | "" => "k8s-file",
        // podman treats json-file as k8s-file
        "json-file" => "json-file",
        "none" => "none",
        other => {
            return Err(UserError::new(format!(
                "the {other:?} log driver is not supported by berth"
            ))
            .with_hint("use --log-driver k8s-file (the default), json-file or none")
            .into())
        }
    };
    let mut max = None;
    for o in &a.log_opt {
        match o.split_once('=') {
            Some(("max-size", v)) => max = spec::parse_size(v).map_err(UserError::new)?,
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

fn read_env_file(p: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(p)
        .map_err(|e| UserError::new(format!("cannot read env file {}: {e}", p.display())))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Pull in a child berth, so that this process stays single-threaded for the namespaces.
/// Returns false when the pull failed (the child has printed why).
fn pull_image(a: &RunArgs, ctx: &Context) -> anyhow::Result<bool> {
    let exe = std::env::current_exe()?;
    let mut c = std::process::Command::new(exe);
    if let Some(r) = &ctx.global.root {
        c.arg("--root").arg(r);
    }
    if let Some(r) = &ctx.global.runroot {
        c.arg("--runroot").arg(r);
    }
    c.args(["--log-level", &ctx.global.log_level, "pull", "-q"]);
    if let Some(v) = a.tls_verify {
        c.arg(format!("--tls-verify={v}"));
    }
    // our stdout belongs to the container; progress goes to stderr unless -q
    c.stdout(std::process::Stdio::null());
    if a.quiet {
        c.stderr(std::process::Stdio::null());
    }
    let status = c
        .arg(&a.image)
        .stdin(std::process::Stdio::null())
        .status()?;
    Ok(status.success())
}

/// Volumes, binds and tmpfs mounts with host sources resolved (named volumes created).
fn resolve_mounts(a: &RunArgs, root: &std::path::Path) -> anyhow::Result<Vec<spec::MountSpec>> {
    use crate::storage::volumes;
    let mut out = Vec::new();
    let parsed = a
        .volume
        .iter()
        .map(|v| spec::parse_volume(v))
        .chain(a.mount.iter().map(|m| spec::parse_mount(m)))
        .chain(a.tmpfs.iter().map(|t| spec::parse_tmpfs(t)));
    for m in parsed {
        let mut m = m.map_err(UserError::new)?;
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
                m.source = v.mountpoint.display().to_string();
            }
            spec::MountKind::Tmpfs => {}
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

/// Join the user namespace of a running container and take a mount namespace of our own.
pub(super) fn join_user_namespace_of(root: &std::path::Path, name: &str) -> anyhow::Result<()> {
    let c = crate::runtime::container::find(root, name)?;
    if !c.state.is_alive() {
        return Err(UserError::new(format!(
            "container {name} is not running: cannot join its network namespace"
        ))
        .with_hint(format!("berth start {name}"))
        .into());
    }
    let pid = crate::runtime::exec::namespace_holder(c.state.pid, c.config.spec.init)
        .unwrap_or(c.state.pid);
    crate::sys::assert_single_threaded()?;
    let own = std::fs::read_link("/proc/self/ns/user").ok();
    let path = format!("/proc/{pid}/ns/user");
    if own != std::fs::read_link(&path).ok() {
        let f = std::fs::File::open(&path).map_err(|e| {
            UserError::new(format!("cannot open the user namespace of {name}: {e}"))
        })?;
        nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWUSER).map_err(|e| {
            UserError::new(format!("cannot join the user namespace of {name}: {e}"))
        })?;
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
    let (g, u) = (nix::unistd::Gid::from_raw(0), nix::unistd::Uid::from_raw(0));
    nix::unistd::setresgid(g, g, g)?;
    nix::unistd::setresuid(u, u, u)?;
    Ok(())
}

/// The image's ExposedPorts (`-P` publishes them).
fn config_ports(store: &crate::storage::Store, image: &crate::storage::ImageRecord) -> Vec<String> {
    store
        .read_blob(&format!("sha256:{}", image.id))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|c| {
            c.pointer("/config/ExposedPorts")
                .and_then(|e| e.as_object().map(|o| o.keys().cloned().collect()))
        })
        .unwrap_or_default()
}

/// `-p`/`-P` with random host ports chosen now, so that `port` and `inspect` can tell them.
fn resolve_ports(
    a: &RunArgs,
    mode: &crate::network::Mode,
    exposed: &[String],
) -> anyhow::Result<Vec<crate::network::PortMapping>> {
    use crate::network::{ports, Mode};
    let mut out = Vec::new();
    for p in &a.publish {
        out.extend(ports::parse_publish(p).map_err(UserError::new)?);
    }
    if a.publish_all {
        for e in exposed {
            out.extend(ports::parse_publish(e).map_err(UserError::new)?);
        }
    }
    if !out.is_empty()
        && matches!(
            mode,
            Mode::None | Mode::Host | Mode::Container(_) | Mode::Ns(_)
        )
    {
        return Err(UserError::new(format!(
            "cannot publish ports with --network {}",
            mode.name()
        ))
        .with_hint("use the default network (slirp4netns) or pasta")
        .into());
    }
    for m in out.iter_mut() {
        if m.host_port == 0 {
            m.host_port = ports::free_port(m.proto, &m.host_ip)
                .map_err(|e| UserError::new(format!("cannot find a free host port: {e}")))?;
        }
    }
    Ok(out)
}

fn security_opts(a: &RunArgs) -> anyhow::Result<spec::SecurityOpts> {
    let mut s = spec::SecurityOpts {
        cap_add: a.cap_add.clone(),
        cap_drop: a.cap_drop.clone(),
        privileged: a.privileged,
        ulimits: a.ulimit.clone(),
        ..Default::default()
    };
    for o in &a.security_opt {
        match o.split_once(['=', ':']) {
            Some(("seccomp", v)) => s.seccomp = Some(v.to_string()),
            Some(("no-new-privileges", v)) => s.no_new_privileges = v != "false",
            Some(("label" | "apparmor" | "unmask" | "mask" | "proc-opts", _)) => {}
            None if o == "no-new-privileges" => s.no_new_privileges = true,
            _ => {
                return Err(UserError::new(format!("invalid --security-opt {o:?}"))
                    .with_hint("use seccomp=unconfined|PROFILE.json or no-new-privileges")
                    .into())
            }
        }
    }
    crate::runtime::security::prepare(&mut s).map_err(UserError::new)?;
    Ok(s)
}

pub fn run(ctx: &Context, a: RunArgs) -> anyhow::Result<ExitStatus> {
    create_or_run(ctx, a, false)
}

/// `berth create`: everything `run` does up to starting the process.
pub fn create(ctx: &Context, a: RunArgs) -> anyhow::Result<ExitStatus> {
    create_or_run(ctx, a, true)
}

fn create_or_run(ctx: &Context, a: RunArgs, create_only: bool) -> anyhow::Result<ExitStatus> {
    let net_mode = crate::network::Mode::parse(&a.network).map_err(UserError::new)?;
    if let crate::network::Mode::Container(target) = &net_mode {
        let settings = ctx.settings()?;
        crate::runtime::container::find(&settings.paths.graph_root, target)?;
    }
    let restart_policy =
        spec::RestartPolicy::parse(a.restart.as_deref().unwrap_or("no")).map_err(UserError::new)?;
    if a.rm && !restart_policy.is_none() {
        return Err(UserError::new(
            "the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\"",
        )
        .with_hint("drop --rm, or use --restart no")
        .into());
    }
    if let Some(sig) = &a.stop_signal {
        super::lifecycle::parse_signal(sig)?;
    }
    if a.group_add.iter().any(|g| g == "keep-groups") {
        return Err(UserError::new(
            "--group-add keep-groups is not supported by berth: the host's supplementary groups are not mapped in its user namespace",
        )
        .with_hint("name the groups of the container's /etc/group to add")
        .into());
    }
    let (log_driver, log_max_size) = log_settings(&a)?;
    let labels = read_labels(&a)?;
    if let Some(n) = &a.name {
        check_name(n)?;
    }
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    let image = match (store.find_image(&a.image), a.pull.as_str()) {
        (Ok(i), "missing" | "never") => i,
        (Err(StoreError::ImageNotKnown(_)), "never") => {
            return Err(UserError::new(format!("{}: image not known", a.image))
                .with_hint("pull it first, or drop --pull=never")
                .into())
        }
        (Ok(_), _) | (Err(StoreError::ImageNotKnown(_)), _) => {
            if !pull_image(&a, ctx)? {
                return Ok(ExitStatus::Error);
            }
            store.find_image(&a.image)?
        }
        (Err(e), _) => return Err(e.into()),
    };
    let mut choice = driver::choose(&settings);
    if !driver::DRIVERS.contains(&choice.name.as_str()) {
        return Err(UserError::new(format!(
            "unknown storage driver {:?} ({})",
            choice.name, choice.reason
        ))
        .with_hint("use overlay, fuse-overlayfs or vfs")
        .into());
    }
    let config: serde_json::Value =
        serde_json::from_slice(&store.read_blob(&format!("sha256:{}", image.id))?)?;
    let image_cfg: spec::ImageRunConfig =
        serde_json::from_value(config.get("config").cloned().unwrap_or_default())
            .unwrap_or_default();
    let mut env = Vec::new();
    if a.env_host {
        env.extend(std::env::vars().map(|(k, v)| format!("{k}={v}")));
    }
    for f in &a.env_file {
        env.extend(read_env_file(f)?);
    }
    env.extend(a.env.iter().cloned());
    let id = runtime::new_id();
    if let Some(n) = &a.name {
        if crate::runtime::container::find(&settings.paths.graph_root, n)
            .is_ok_and(|c| c.name() == n)
        {
            return Err(UserError::new(format!(
                "creating container storage: the container name \"{n}\" is already in use by another container"
            ))
            .with_hint(format!("remove it with `berth rm {n}`, or choose another name"))
            .into());
        }
    }
    let name = a.name.clone().unwrap_or_else(|| runtime::new_name(&id));
    let hostname = a.hostname.clone().unwrap_or_else(|| id[..12].to_string());
    let map = crate::userns::IdMap::for_current_user()?;
    let rootful = nix::unistd::geteuid().is_root();
    let userns = userns_spec(&a, &map, rootful)?;
    if userns.is_some() {
        // the layers hold the ids of berth's own namespace: only fuse-overlayfs can show them
        // mapped for another one
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
    let user = a.user.clone().or_else(|| {
        userns
            .as_ref()
            .and_then(|u| u.keep_id.as_ref())
            .map(|k| format!("{}:{}", k.uid, k.gid))
    });
    let intent = spec::ProcessIntent {
        entrypoint: a.entrypoint.clone(),
        command: a.command.clone(),
        env,
        workdir: a.workdir.clone(),
        user,
        terminal: a.tty,
        stdin: a.interactive,
        groups: a.group_add.clone(),
    };
    let process = spec::process(&image_cfg, &intent, &hostname, &|k| std::env::var(k).ok())
        .map_err(UserError::new)?;
    let (masked, readonly) = if a.privileged {
        (Vec::new(), Vec::new())
    } else {
        (
            spec::MASKED_PATHS.iter().map(|s| s.to_string()).collect(),
            spec::READONLY_PATHS.iter().map(|s| s.to_string()).collect(),
        )
    };
    let security = security_opts(&a)?;
    let mounts = resolve_mounts(&a, &settings.paths.graph_root)?;
    let conf = crate::config::containers_conf::ContainersConf::load();
    for w in &conf.warnings {
        output::warn(w);
    }
    // the flag over containers.conf's [engine] network_cmd_path
    let network_cmd_path = ctx
        .global
        .network_cmd_path
        .clone()
        .or_else(|| conf.network_cmd_path.clone());
    let cspec = spec::ContainerSpec {
        security,
        mounts,
        id,
        name,
        hostname,
        process,
        read_only: a.read_only,
        masked_paths: masked,
        readonly_paths: readonly,
        network: crate::network::default_mode(
            &a.network,
            conf.default_rootless_network_cmd.as_deref(),
            network_cmd_path.as_deref(),
        ),
        network_cmd_path,
        init: a.init,
        userns,
        ports: resolve_ports(&a, &net_mode, &config_ports(&store, &image))?,
        dns: a.dns.clone(),
        dns_search: a.dns_search.clone(),
        dns_options: a.dns_option.clone(),
        add_hosts: a.add_host.clone(),
        no_hosts: a.no_hosts,
    };
    if !a.interactive {
        // without -i the container's stdin is not attached (podman gives it /dev/null)
        let null = std::fs::File::open("/dev/null")?;
        nix::unistd::dup2_stdin(null)?;
    }
    if !map.has_ranges() {
        output::warn(&map.missing_range_warning());
    }
    if let crate::network::Mode::Container(target) = &net_mode {
        // Sharing a network namespace means sharing its owner: join the user namespace of
        // that container (each berth command otherwise makes a fresh one, with no rights
        // over another's namespaces), as podman does.
        join_user_namespace_of(&settings.paths.graph_root, target)?;
    } else if !nix::unistd::geteuid().is_root() {
        crate::userns::enter(&map, true)?;
    } else {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
    }
    let store = Store::open(&settings.paths.graph_root, true)?;
    let config = ContainerConfig {
        spec: cspec,
        image_id: image.id.clone(),
        image_name: image
            .names
            .first()
            .cloned()
            .unwrap_or_else(|| image.id.clone()),
        created: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
        auto_remove: a.rm,
        stop_signal: a
            .stop_signal
            .as_deref()
            .or(image_cfg.stop_signal.as_deref())
            .and_then(|s| super::lifecycle::parse_signal(s).ok())
            .map(|s| s.as_str().to_string()),
        stop_timeout: a.stop_timeout,
        driver: choice.name.clone(),
        restart_policy,
        labels: image_cfg
            .labels
            .clone()
            .unwrap_or_default()
            .into_iter()
            .chain(labels)
            .collect(),
        log_driver,
        log_max_size,
    };
    let prepared = runtime::prepare(&store, &image, &config)?;
    if create_only {
        output::out(&config.spec.id);
        return Ok(ExitStatus::Success);
    }
    if a.detach {
        runtime::run_detached(&store, &prepared, &config)?;
        output::out(&config.spec.id);
        return Ok(ExitStatus::Success);
    }
    let code = runtime::run_foreground(&store, &prepared, &config)?;
    Ok(if code == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::External(code)
    })
}
