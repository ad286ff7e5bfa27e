//! `berth run`: create a container from an image and run it in the foreground.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::{self, spec};
use crate::storage::containers::ContainerConfig;
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
    /// Connect the container to a network: none, host
    #[arg(long, alias = "net", default_value = "none")]
    pub network: String,
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
    if !["none", "host"].contains(&a.network.as_str()) {
        return Err(
            UserError::new(format!("network mode {:?} is not supported yet", a.network))
                .with_hint("use --network none or --network host")
                .into(),
        );
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
    let choice = driver::choose(&settings);
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
    for f in &a.env_file {
        env.extend(read_env_file(f)?);
    }
    env.extend(a.env.iter().cloned());
    let id = runtime::new_id();
    if let Some(n) = &a.name {
        if crate::storage::containers::find(&settings.paths.graph_root, n)
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
    let intent = spec::ProcessIntent {
        entrypoint: a.entrypoint.clone(),
        command: a.command.clone(),
        env,
        workdir: a.workdir.clone(),
        user: a.user.clone(),
        terminal: a.tty,
        stdin: a.interactive,
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
        network: a.network.clone(),
    };
    if !a.interactive {
        // without -i the container's stdin is not attached (podman gives it /dev/null)
        let null = std::fs::File::open("/dev/null")?;
        nix::unistd::dup2_stdin(null)?;
    }
    let map = crate::userns::IdMap::for_current_user()?;
    if !map.has_ranges() {
        output::warn(&map.missing_range_warning());
    }
    if !nix::unistd::geteuid().is_root() {
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
        stop_signal: None,
        stop_timeout: None,
        driver: choice.name.clone(),
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
