//! `berth run` and `berth create`: flags, env files, label files and containers.conf become
//! `engine::CreateOptions`; the engine makes the container and runs it.

use super::Context;
use crate::engine::attach::Attached;
use crate::engine::logs::Stream;
use crate::engine::{CreateOptions, PullPolicy};
use crate::error::{ExitStatus, UserError};
use crate::output;
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
    /// Key sequence that detaches from a container run with -it (default ctrl-p,ctrl-q; "" turns it off)
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
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
    /// Connect the container to a network: slirp4netns[:options], pasta[:options], none, host,
    /// or networks made with `network create` (NAME[:ip=IP,mac=MAC,alias=NAME], repeatable)
    #[arg(long, alias = "net")]
    pub network: Vec<String>,
    /// Add a network-scoped alias for the container
    #[arg(long, value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// Specify a static IPv4 address for the container
    #[arg(long, value_name = "IPV4")]
    pub ip: Option<String>,
    /// Container MAC address (e.g. 92:d0:c6:0a:29:33)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// IPC namespace to use: private (default), host, or container:NAME
    #[arg(long, value_name = "MODE", default_value = "")]
    pub ipc: String,
    /// UTS namespace (host name) to use: private (default), host, or container:NAME
    #[arg(long, value_name = "MODE", default_value = "")]
    pub uts: String,
    /// PID namespace to use: private (default), or container:NAME
    #[arg(long, value_name = "MODE", default_value = "")]
    pub pid: String,
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
    #[arg(long, value_name = "OPTION", visible_alias = "dns-opt")]
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
    /// Add secret to container: NAME[,type=mount|env][,target=...][,uid=,gid=,mode=]
    #[arg(long, value_name = "SECRET")]
    pub secret: Vec<String>,
    /// Write the container ID to the file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<std::path::PathBuf>,
    /// If a container with the same name exists, replace it
    #[arg(long)]
    pub replace: bool,
    /// Remove container image unless used by other containers (run)
    #[arg(long)]
    pub rmi: bool,
    /// Mount volumes from the specified container(s): CONTAINER[:ro|:rw]
    #[arg(long, value_name = "CONTAINER[:OPTIONS]")]
    pub volumes_from: Vec<String>,
    /// Use the host's environment inside the container
    #[arg(long)]
    pub env_host: bool,
    /// Set proxy environment variables in the container based on the host proxy vars
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub http_proxy: bool,
    /// Run the container in an existing pod, or a new one (new:NAME)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// Read the pod ID from the file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<std::path::PathBuf>,
    /// Pull image policy: always, missing, never, newer
    #[arg(long, default_value = "missing")]
    pub pull: String,
    /// Require HTTPS and verify certificates when pulling
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Suppress output information when pulling images
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub limits: super::limits::RunLimitArgs,
    #[command(flatten)]
    pub health: super::health::HealthArgs,
    #[command(flatten)]
    pub more: super::run_flags::MoreRunArgs,
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

/// The proxy variables `--http-proxy` passes from the host, as podman's list.
const PROXY_VARS: &[&str] = &[
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "ftp_proxy",
    "FTP_PROXY",
    "no_proxy",
    "NO_PROXY",
];

/// The engine's options from the flags, the files they name and containers.conf.
fn options(
    ctx: &Context,
    settings: &crate::config::Settings,
    a: RunArgs,
) -> anyhow::Result<CreateOptions> {
    let labels = read_labels(&a)?;
    super::run_flags::warn_unapplied(&a.more);
    let mut env = Vec::new();
    // --http-proxy (on by default, as podman): the host's proxy variables, over the image's
    // and under everything given explicitly
    if a.http_proxy && !a.env_host {
        for k in PROXY_VARS {
            if let Ok(v) = std::env::var(k) {
                env.push(format!("{k}={v}"));
            }
        }
    }
    if a.env_host {
        env.extend(std::env::vars().map(|(k, v)| format!("{k}={v}")));
    }
    for f in &a.env_file {
        env.extend(read_env_file(f)?);
    }
    env.extend(a.env.iter().cloned());
    let conf = &settings.containers_conf;
    for w in &conf.warnings {
        output::warn(w);
    }
    Ok(CreateOptions {
        pull: a.pull.parse::<PullPolicy>()?,
        tls_verify: a.tls_verify,
        quiet: a.quiet,
        name: a.name,
        entrypoint: a.entrypoint,
        command: a.command,
        env,
        unsetenv: a.more.unsetenv.clone(),
        unsetenv_all: a.more.unsetenv_all,
        workdir: a.workdir,
        user: a.user,
        hostname: a.hostname,
        tty: a.tty,
        interactive: a.interactive,
        network: a.network.first().cloned().unwrap_or_default(),
        networks: if a.network.len() > 1 {
            a.network
        } else {
            Vec::new()
        },
        network_alias: a.network_alias,
        ip: a.ip,
        mac_address: a.mac_address,
        default_network_cmd: conf.default_rootless_network_cmd.clone(),
        // the flag over containers.conf's [engine] network_cmd_path
        network_cmd_path: ctx
            .global
            .network_cmd_path
            .clone()
            .or_else(|| conf.network_cmd_path.clone()),
        publish: a.publish,
        publish_all: a.publish_all,
        // containers.conf's [containers] dns_* when the flags are not given
        dns: or_conf(a.dns, &conf.dns_servers),
        dns_search: or_conf(a.dns_search, &conf.dns_searches),
        dns_option: or_conf(a.dns_option, &conf.dns_options),
        base_hosts_file: conf.base_hosts_file.clone(),
        host_containers_internal_ip: conf.host_containers_internal_ip.clone(),
        add_host: a.add_host,
        no_hosts: a.no_hosts,
        read_only: a.read_only,
        privileged: a.privileged,
        volume: a.volume,
        tz: a.more.tz,
        mount: a.mount,
        tmpfs: a.tmpfs,
        cap_add: a.cap_add,
        cap_drop: a.cap_drop,
        security_opt: a.security_opt,
        ulimit: a.ulimit,
        volumes_from: a.volumes_from,
        init: a.init,
        userns: a.userns,
        uidmap: a.uidmap,
        gidmap: a.gidmap,
        restart: a.restart,
        stop_signal: a.stop_signal,
        stop_timeout: a.stop_timeout,
        labels,
        annotations: super::run_flags::annotations(&a.more.annotation)?,
        group_add: a.group_add,
        log_driver: a.log_driver,
        log_opt: a.log_opt,
        rm: a.rm,
        ipc: a.ipc,
        uts: a.uts,
        pid: a.pid,
        pod: super::pod::pod_of(a.pod, a.pod_id_file.as_deref())?,
        pod_infra_image: conf.infra_image.clone(),
        infra: false,
        pause: false,
        image: a.image,
        limits: super::limits::options(a.limits, conf),
        health: a.health.options(),
        no_events: false,
        image_volume: a.more.image_volume.clone(),
        secrets: a.secret,
        cidfile: a.cidfile,
        replace: a.replace,
        host_users: a.more.hostuser.clone(),
    })
}

pub fn run(ctx: &Context, a: RunArgs) -> anyhow::Result<ExitStatus> {
    let detach = a.detach;
    let rmi = a.rmi;
    let attach = super::run_flags::attach_streams(&a.more.attach)?;
    if a.tty && a.interactive && !detach && !output::stdin_is_terminal() {
        output::warn(
            "The input device is not a TTY. The --tty and --interactive flags might not work properly",
        );
    }
    let engine = ctx.engine()?;
    let keys = engine.detach_keys(a.detach_keys.as_deref())?;
    engine.check_runtime_flags()?;
    let created = engine.create(&options(ctx, &engine.settings, a)?)?;
    engine.record_create_command(created.id(), &std::env::args().collect::<Vec<_>>())?;
    super::limits::print_warnings(&created.warnings);
    if detach {
        engine.run_detached(&created)?;
        output::out(created.id());
        return Ok(ExitStatus::Success);
    }
    if created.attachable(&keys) {
        // -it at a terminal: under a monitor, so that the detach keys can leave it running
        return Ok(
            match engine.start_attached(&created, keys, &mut |stream, text| match stream {
                Stream::Stdout => output::out_bytes(text),
                Stream::Stderr => output::err_bytes(text),
            })? {
                Attached::Exited(code) => super::exit_status(code),
                Attached::Detached => ExitStatus::Success,
            },
        );
    }
    let echo = attach.unwrap_or(crate::runtime::Echo::ALL);
    if echo == crate::runtime::Echo::NONE {
        // attached to neither output stream: the ID, as podman prints it
        output::out(created.id());
    }
    let code = created.run_foreground_echoing(echo)?;
    if let Some(pod) = &created.config.pod {
        // --exit-policy stop: the last container of the pod to end stops its infra
        engine.pod_exit_policy(pod);
    }
    if rmi {
        engine.remove_image_if_unused(&created.config.image_id);
    }
    Ok(super::exit_status(code))
}

/// `berth create`: everything `run` does up to starting the process.
pub fn create(ctx: &Context, a: RunArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let created = engine.create(&options(ctx, &engine.settings, a)?)?;
    engine.record_create_command(created.id(), &std::env::args().collect::<Vec<_>>())?;
    super::limits::print_warnings(&created.warnings);
    output::out(created.id());
    Ok(ExitStatus::Success)
}

/// A flag's values, or containers.conf's when the flag is not given.
fn or_conf(flag: Vec<String>, conf: &[String]) -> Vec<String> {
    if flag.is_empty() {
        conf.to_vec()
    } else {
        flag
    }
}
