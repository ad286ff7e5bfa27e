//! `berth pod …`: pods as podman has them (`engine::pod` does the work).

use super::Context;
use crate::engine::pod::{PodOptions, PodView};
use crate::error::{ExitStatus, UserError};
use crate::output::{self, format::Format, table::Table};
use crate::storage::pods::PodRecord;
use crate::storage::StoreError;
use clap::{Args, Subcommand};
use serde_json::{json, Value};

#[derive(Subcommand, Debug)]
pub enum PodCommand {
    /// Create a new empty pod
    Create(Box<CreateArgs>),
    /// List pods
    #[command(alias = "ls", alias = "list")]
    Ps(PsArgs),
    /// Display a pod configuration
    Inspect(InspectArgs),
    /// Start one or more pods
    Start(StartArgs),
    /// Stop one or more pods
    Stop(StopArgs),
    /// Restart one or more pods
    Restart(StartArgs),
    /// Send the specified signal or SIGKILL to containers in pod
    Kill(KillArgs),
    /// Remove one or more pods
    Rm(RmArgs),
    /// Remove all stopped pods and their containers
    Prune(PruneArgs),
    /// Display the running processes of containers in a pod
    Top(TopArgs),
    /// Fetch logs for pod with one or more containers
    Logs(LogsArgs),
    /// Check if a pod exists in local storage
    Exists(ExistsArgs),
    /// Pause one or more pods
    Pause(PauseArgs),
    /// Unpause one or more pods
    Unpause(PauseArgs),
    /// Display a live stream of resource usage statistics for the containers in one or more pods
    Stats(PodStatsArgs),
}

#[derive(Args, Debug)]
pub struct PauseArgs {
    /// Act on all pods
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PodStatsArgs {
    /// Provide stats for all pods
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Pretty-print container statistics to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Disable resetting the screen when streaming
    #[arg(long)]
    pub no_reset: bool,
    /// Disable streaming stats and only pull the first result
    #[arg(long)]
    pub no_stream: bool,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Assign a name to the pod
    #[arg(short, long)]
    pub name: Option<String>,
    /// Publish a container's port, or a range of ports, to the host
    #[arg(short, long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// A comma delimited list of kernel namespaces the pod will share (ipc, net, pid, uts,
    /// cgroup or none; +NS adds to the default ipc,net,uts)
    #[arg(long, value_name = "NAMESPACES")]
    pub share: Option<String>,
    /// Create an infra container associated with the pod to share namespaces with
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub infra: bool,
    /// Image to use to override the builtin infra container (default: berth's own pause)
    #[arg(long, value_name = "IMAGE")]
    pub infra_image: Option<String>,
    /// Override the command (entrypoint) of the infra container
    #[arg(long, value_name = "COMMAND")]
    pub infra_command: Option<String>,
    /// Assign a name to the infra container
    #[arg(long, value_name = "NAME")]
    pub infra_name: Option<String>,
    /// Set the pod's host name (default: the pod's name)
    #[arg(long)]
    pub hostname: Option<String>,
    /// Set metadata on the pod
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Read in a line delimited file of labels
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<std::path::PathBuf>,
    /// Connect the pod to a network: slirp4netns[:options], pasta[:options], none, host, private
    #[arg(long, alias = "net", default_value = "")]
    pub network: String,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Set custom DNS servers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Set custom DNS options
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Do not create /etc/hosts within the pod
    #[arg(long)]
    pub no_hosts: bool,
    /// Write the pod ID to the file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<std::path::PathBuf>,
    /// Behaviour when the last container exits: continue or stop
    #[arg(long, value_name = "POLICY")]
    pub exit_policy: Option<String>,
    /// If a pod with the same name exists, replace it
    #[arg(long)]
    pub replace: bool,
    /// Container MAC address (not settable rootless: ignored, as podman does)
    #[arg(long, value_name = "MAC", hide = true)]
    pub mac_address: Option<String>,
    /// The pod's name (as --name)
    #[arg(value_name = "NAME")]
    pub pod_name: Option<String>,
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Display the container names
    #[arg(long)]
    pub ctr_names: bool,
    /// Display the container UUIDs. If no-trunc is not set they will be truncated
    #[arg(long)]
    pub ctr_ids: bool,
    /// Display the container status
    #[arg(long)]
    pub ctr_status: bool,
    /// Filter output based on conditions given (id, name, label, status, ctr-names,
    /// ctr-ids, ctr-status, ctr-number)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Pretty-print pods to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// Do not truncate pod and container IDs
    #[arg(long)]
    pub no_trunc: bool,
    /// Print the numeric IDs of the pods only
    #[arg(short, long)]
    pub quiet: bool,
    /// Sort output by created, id, name, number or status
    #[arg(long, default_value = "created")]
    pub sort: String,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Format the output to a Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Act on all pods
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Read the pod ID from the file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<std::path::PathBuf>,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Stop all running pods
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors when a specified pod is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Seconds to wait for pod stop before killing the container
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,
    /// Read the pod ID from the file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<std::path::PathBuf>,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Kill all pods
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Signal to send to the containers in the pod
    #[arg(short, long, default_value = "KILL", allow_hyphen_values = true)]
    pub signal: String,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove all pods
    #[arg(short, long)]
    pub all: bool,
    /// Stop running containers and delete all stopped containers
    #[arg(short, long)]
    pub force: bool,
    /// Ignore errors when a specified pod is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Seconds to wait for pod stop before killing the container
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,
    /// Read the pod ID from the file
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<std::path::PathBuf>,
    /// The pod(s)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
#[command(trailing_var_arg = true)]
pub struct TopArgs {
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The pod
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// Format descriptors, as `berth top` takes them
    #[arg(allow_hyphen_values = true, value_name = "DESCRIPTORS")]
    pub descriptors: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Filter logs by container name or id which belongs to pod
    #[arg(short = 'c', long = "container", value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Follow log output
    #[arg(short, long)]
    pub follow: bool,
    /// Output container names instead of container IDs in the log
    #[arg(short, long)]
    pub names: bool,
    /// Output the specified number of lines at the end of the logs
    #[arg(long, value_name = "N")]
    pub tail: Option<i64>,
    /// Output the timestamps in the log
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show logs since TIMESTAMP
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs until TIMESTAMP
    #[arg(long)]
    pub until: Option<String>,
    /// Act on the latest pod berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The pod
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The pod
    #[arg(value_name = "POD")]
    pub pod: String,
}

pub fn run(ctx: &Context, c: PodCommand) -> anyhow::Result<ExitStatus> {
    match c {
        PodCommand::Create(a) => create(ctx, *a),
        PodCommand::Ps(a) => ps(ctx, a),
        PodCommand::Inspect(a) => inspect(ctx, a),
        PodCommand::Start(a) => start(ctx, a, false),
        PodCommand::Restart(a) => start(ctx, a, true),
        PodCommand::Stop(a) => stop(ctx, a),
        PodCommand::Kill(a) => kill(ctx, a),
        PodCommand::Rm(a) => rm(ctx, a),
        PodCommand::Prune(a) => prune(ctx, a),
        PodCommand::Top(a) => top(ctx, a),
        PodCommand::Logs(a) => logs(ctx, a),
        PodCommand::Exists(a) => exists(ctx, a),
        PodCommand::Pause(a) => pause(ctx, a, true),
        PodCommand::Unpause(a) => pause(ctx, a, false),
        PodCommand::Stats(a) => stats(ctx, a),
    }
}

/// `--pod` of run/create, or the ID in `--pod-id-file`.
pub fn pod_of(
    pod: Option<String>,
    file: Option<&std::path::Path>,
) -> anyhow::Result<Option<String>> {
    match (pod, file) {
        (Some(_), Some(_)) => Err(
            UserError::new("cannot specify both --pod and --pod-id-file")
                .with_hint("give one of them")
                .into(),
        ),
        (p, None) => Ok(p),
        (None, Some(f)) => Ok(Some(read_id_file(f)?)),
    }
}

fn read_id_file(f: &std::path::Path) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(f).map_err(|e| {
        UserError::new(format!("reading pod ID file {}: {e}", f.display()))
            .with_hint("name the file `berth pod create --pod-id-file` wrote")
    })?;
    Ok(text.trim().to_string())
}

fn labels(a: &CreateArgs) -> anyhow::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut lines = Vec::new();
    for f in &a.label_file {
        let text = std::fs::read_to_string(f)
            .map_err(|e| UserError::new(format!("cannot read label file {}: {e}", f.display())))?;
        lines.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string),
        );
    }
    lines.extend(a.label.iter().cloned());
    for l in lines {
        let (k, v) = l.split_once('=').unwrap_or((&l, ""));
        if k.is_empty() {
            return Err(UserError::new(format!("invalid label {l:?}"))
                .with_hint("use KEY=VALUE")
                .into());
        }
        out.push((k.to_string(), v.to_string()));
    }
    Ok(out)
}

fn create(ctx: &Context, a: CreateArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let conf = &engine.settings.containers_conf;
    if a.name.is_some() && a.pod_name.is_some() {
        return Err(
            UserError::new("cannot specify both --name and a name argument")
                .with_hint("give the pod's name once")
                .into(),
        );
    }
    let o = PodOptions {
        name: a.name.clone().or_else(|| a.pod_name.clone()),
        labels: labels(&a)?,
        hostname: a.hostname.clone(),
        share: a.share.clone(),
        infra: a.infra,
        infra_image: a.infra_image.clone().or_else(|| conf.infra_image.clone()),
        infra_command: a.infra_command.clone(),
        infra_name: a.infra_name.clone(),
        network: a.network.clone(),
        publish: a.publish.clone(),
        dns: a.dns.clone(),
        dns_search: a.dns_search.clone(),
        dns_option: a.dns_option.clone(),
        add_host: a.add_host.clone(),
        no_hosts: a.no_hosts,
        exit_policy: a.exit_policy.clone(),
        replace: a.replace,
        default_network_cmd: conf.default_rootless_network_cmd.clone(),
        network_cmd_path: ctx
            .global
            .network_cmd_path
            .clone()
            .or_else(|| conf.network_cmd_path.clone()),
        create_command: std::env::args().collect(),
    };
    let pod = engine.pod_create(&o)?;
    if let Some(f) = &a.pod_id_file {
        std::fs::write(f, &pod.id)
            .map_err(|e| UserError::new(format!("writing pod ID file {}: {e}", f.display())))?;
    }
    output::out(&pod.id);
    Ok(ExitStatus::Success)
}

fn short(id: &str, no_trunc: bool) -> String {
    if no_trunc {
        id.to_string()
    } else {
        crate::reference::short_id(id).to_string()
    }
}

/// A container's state as podman's pod commands name it.
fn ctr_status(c: &crate::runtime::container::Container) -> &'static str {
    crate::engine::State::of(c).name()
}

/// `pod ps --filter`: does `v` match every filter (values of one key are alternatives)?
fn matches(v: &PodView, filters: &[(String, String)]) -> anyhow::Result<bool> {
    let mut keys: Vec<&str> = filters.iter().map(|(k, _)| k.as_str()).collect();
    keys.dedup();
    for key in keys {
        let mut any = false;
        for (_, want) in filters.iter().filter(|(k, _)| k == key) {
            let hit = match key {
                "id" => v.record.id.starts_with(want.as_str()),
                "name" => regex_like(&v.record.name, want),
                "label" => {
                    let (k, val) = want.split_once('=').unwrap_or((want, ""));
                    v.record
                        .labels
                        .get(k)
                        .is_some_and(|x| !want.contains('=') || x == val)
                }
                "status" => v.state.eq_ignore_ascii_case(want),
                "ctr-names" => v.containers.iter().any(|c| regex_like(c.name(), want)),
                "ctr-ids" => v.containers.iter().any(|c| c.id.starts_with(want.as_str())),
                "ctr-status" => v.containers.iter().any(|c| ctr_status(c) == want),
                "ctr-number" => want.parse::<usize>().ok() == Some(v.containers.len()),
                other => return Err(UserError::new(format!("{other} is an invalid filter"))
                    .with_hint(
                        "use id, name, label, status, ctr-names, ctr-ids, ctr-status or ctr-number",
                    )
                    .into()),
            };
            any |= hit;
        }
        if !any {
            return Ok(false);
        }
    }
    Ok(true)
}

/// podman matches names as regular expressions; berth takes a substring (and ^ $ anchors).
fn regex_like(name: &str, pat: &str) -> bool {
    match (pat.strip_prefix('^'), pat.strip_suffix('$')) {
        (Some(p), _) if p.ends_with('$') => name == &p[..p.len() - 1],
        (Some(p), _) => name.starts_with(p),
        (None, Some(p)) => name.ends_with(p),
        (None, None) => name.contains(pat),
    }
}

fn ps(ctx: &Context, a: PsArgs) -> anyhow::Result<ExitStatus> {
    if a.quiet && a.format.is_some() {
        return Err(UserError::new("quiet and format cannot be used together")
            .with_hint("drop -q or --format")
            .into());
    }
    let mut filters = Vec::new();
    for f in &a.filter {
        let (k, v) = f.split_once('=').ok_or_else(|| {
            UserError::new(format!(
                "filter input must be in the form of filter=value: {f} is invalid"
            ))
        })?;
        filters.push((k.to_string(), v.to_string()));
    }
    let engine = ctx.engine()?;
    let mut views = Vec::new();
    for p in engine.pods() {
        let v = engine.pod_view(p);
        if matches(&v, &filters)? {
            views.push(v);
        }
    }
    match a.sort.as_str() {
        "created" => {}
        "id" => views.sort_by(|x, y| x.record.id.cmp(&y.record.id)),
        "name" => views.sort_by(|x, y| x.record.name.cmp(&y.record.name)),
        "number" => views.sort_by_key(|v| v.containers.len()),
        "status" => views.sort_by(|x, y| x.state.cmp(y.state)),
        _ => {
            return Err(UserError::new(
                "invalid option for --sort, options are: id, names, or number",
            )
            .into())
        }
    }
    if a.latest {
        views.truncate(1);
    }
    if a.quiet {
        for v in &views {
            output::out(&short(&v.record.id, a.no_trunc));
        }
        return Ok(ExitStatus::Success);
    }
    let nt = a.no_trunc;
    let item = |v: &PodView| {
        let ids: Vec<String> = v.containers.iter().map(|c| short(&c.id, nt)).collect();
        let names: Vec<&str> = v.containers.iter().map(|c| c.name()).collect();
        let statuses: Vec<&str> = v.containers.iter().map(ctr_status).collect();
        json!({
            "Id": short(&v.record.id, nt),
            "ID": short(&v.record.id, nt),
            "Name": v.record.name,
            "Status": v.state,
            "Created": output::time_ago(v.record.created),
            "InfraId": v.record.infra_id.as_deref().map(|i| short(i, nt)).unwrap_or_default(),
            "InfraID": v.record.infra_id.as_deref().map(|i| short(i, nt)).unwrap_or_default(),
            "Labels": v.record.labels,
            "NumberOfContainers": v.containers.len(),
            "ContainerIds": ids.join(","),
            "ContainerNames": names.join(","),
            "ContainerStatuses": statuses.join(","),
            "Networks": "",
            "Cgroup": "",
            "Namespace": "",
        })
    };
    match Format::parse(a.format.as_deref()) {
        Format::Json => {
            let list: Vec<Value> = views
                .iter()
                .map(|v| {
                    json!({
                        "Cgroup": "",
                        "Containers": v.containers.iter().map(|c| json!({
                            "Id": c.id,
                            "Names": c.name(),
                            "Status": ctr_status(c),
                            "RestartCount": c.state.restart_count,
                        })).collect::<Vec<_>>(),
                        "Created": crate::image::manifest::format_rfc3339(v.record.created),
                        "Id": v.record.id,
                        "InfraId": v.record.infra_id.clone().unwrap_or_default(),
                        "Name": v.record.name,
                        "Namespace": "",
                        "Networks": [],
                        "Status": v.state,
                        "Labels": v.record.labels,
                    })
                })
                .collect();
            output::out(&serde_json::to_string_pretty(&list)?);
        }
        Format::Template { body, table } => {
            let items: Vec<Value> = views.iter().map(item).collect();
            let title = |f: &str| match f {
                "Id" | "ID" => "POD ID".to_string(),
                "NumberOfContainers" => "# OF CONTAINERS".to_string(),
                "InfraID" | "InfraId" => "INFRA ID".to_string(),
                "ContainerIds" => "IDS".to_string(),
                "ContainerNames" => "NAMES".to_string(),
                "ContainerStatuses" => "STATUS".to_string(),
                "Namespace" => "NAMESPACES".to_string(),
                other => output::format::default_title(other),
            };
            output::out_raw(
                &output::format::render_items(&body, table && !a.noheading, &items, &title)
                    .map_err(anyhow::Error::msg)?,
            );
        }
        Format::Default => {
            let mut header = vec!["POD ID", "NAME", "STATUS", "CREATED", "INFRA ID"];
            let extra: Vec<(&str, &str)> = [
                (a.ctr_ids, "IDS", "ContainerIds"),
                (a.ctr_names, "NAMES", "ContainerNames"),
                (a.ctr_status, "STATUS", "ContainerStatuses"),
            ]
            .into_iter()
            .filter(|(on, _, _)| *on)
            .map(|(_, h, f)| (h, f))
            .collect();
            header.extend(extra.iter().map(|(h, _)| *h));
            let count = extra.is_empty();
            if count {
                header.push("# OF CONTAINERS");
            }
            let mut t = if a.noheading {
                Table::headless()
            } else {
                Table::new(&header)
            };
            for v in &views {
                let it = item(v);
                let s = |k: &str| match &it[k] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let mut row = vec![s("Id"), s("Name"), s("Status"), s("Created"), s("InfraId")];
                row.extend(extra.iter().map(|(_, f)| s(f)));
                if count {
                    row.push(s("NumberOfContainers"));
                }
                t.push(row);
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}

/// `pod inspect`'s object (podman 4.3's InspectPodData).
fn inspect_value(engine: &crate::engine::Engine, v: &PodView) -> Value {
    let r = &v.record;
    let infra = v.infra();
    let ports: serde_json::Map<String, Value> = infra
        .map(|c| {
            c.config
                .spec
                .ports
                .iter()
                .map(|p| {
                    (
                        format!("{}/{}", p.container_port, p.proto.as_str()),
                        json!([{"HostIp": p.host_ip, "HostPort": p.host_port.to_string()}]),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let _ = engine;
    let mut o = json!({
        "Id": r.id,
        "Name": r.name,
        "Created": crate::image::manifest::format_rfc3339(r.created),
        "CreateCommand": r.create_command,
        "ExitPolicy": r.exit_policy,
        "State": v.state,
        "Hostname": r.hostname,
        "CreateCgroup": false,
        "CreateInfra": r.infra_id.is_some(),
        "NumContainers": v.containers.len(),
        "Containers": v.containers.iter().map(|c| json!({
            "Id": c.id,
            "ID": c.id,
            "Name": c.name(),
            "State": ctr_status(c),
        })).collect::<Vec<_>>(),
    });
    if !r.labels.is_empty() {
        o["Labels"] = json!(r.labels);
    }
    if let Some(i) = &r.infra_id {
        o["InfraContainerID"] = json!(i);
        o["InfraConfig"] = json!({
            "PortBindings": ports,
            "HostNetwork": r.infra.network == "host",
            "StaticIP": "",
            "StaticMAC": "",
            "NoManageResolvConf": false,
            "DNSServer": r.infra.dns,
            "DNSSearch": r.infra.dns_search,
            "DNSOption": r.infra.dns_option,
            "NoManageHosts": r.infra.no_hosts,
            "HostAdd": r.infra.add_host,
            "Networks": [],
            "NetworkOptions": null,
            "pid_ns": if r.shares("pid") { "pod" } else { "private" },
            "userns": "host",
            "uts_ns": if r.shares("uts") { "pod" } else { "private" },
        });
    }
    if !r.shared.is_empty() {
        o["SharedNamespaces"] = json!(r.shared);
    }
    o
}

fn inspect(ctx: &Context, a: InspectArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut names = a.pods.clone();
    if a.latest {
        let p = engine.pods().into_iter().next().ok_or_else(|| {
            UserError::new("no pods to inspect").with_hint("create one with `berth pod create`")
        })?;
        names.push(p.id);
    }
    if names.is_empty() {
        return Err(UserError::new("you must provide at least one name or id")
            .with_hint("name the pods, or use --latest")
            .into());
    }
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in &names {
        match engine.find_pod(n) {
            Ok(p) => items.push(inspect_value(&engine, &engine.pod_view(p))),
            Err(e) => errors.push(anyhow::Error::from(e)),
        }
    }
    match Format::parse(a.format.as_deref()) {
        Format::Template { body, .. } => output::out_raw(
            &output::format::render_items(&body, false, &items, &output::format::default_title)
                .map_err(anyhow::Error::msg)?,
        ),
        // podman 4.3 prints one pod as an object, several as an array
        _ if items.len() == 1 => output::out(&serde_json::to_string_pretty(&items[0])?),
        _ if !items.is_empty() => output::out(&serde_json::to_string_pretty(&items)?),
        _ => {}
    }
    super::report::all(errors)
}

/// Pods found (with the name they were given), and the errors of names that match none.
type Targets = (Vec<(String, PodRecord)>, Vec<anyhow::Error>);

/// The pods named (names, `--pod-id-file`s, `--latest`) or all of them. Unknown names are
/// errors of their own, in order (or left out with `ignore`).
fn targets(
    engine: &crate::engine::Engine,
    all: bool,
    latest: bool,
    names: &[String],
    files: &[std::path::PathBuf],
    ignore: bool,
) -> anyhow::Result<Targets> {
    if all {
        return Ok((
            engine
                .pods()
                .into_iter()
                .map(|p| (p.id.clone(), p))
                .collect(),
            Vec::new(),
        ));
    }
    let mut names = names.to_vec();
    for f in files {
        names.push(read_id_file(f)?);
    }
    if latest {
        if let Some(p) = engine.pods().into_iter().next() {
            names.push(p.id);
        }
    }
    if names.is_empty() {
        return Err(UserError::new("you must provide at least one name or id")
            .with_hint("name the pods, or use --all")
            .into());
    }
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for n in names {
        match engine.find_pod(&n) {
            Ok(p) => found.push((n, p)),
            Err(StoreError::PodNotKnown(_)) if ignore => {}
            Err(e) => errors.push(
                UserError::new(e.to_string())
                    .with_status(ExitStatus::External(1))
                    .into(),
            ),
        }
    }
    Ok((found, errors))
}

fn start(ctx: &Context, a: StartArgs, restart: bool) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let (list, mut errors) = targets(&engine, a.all, a.latest, &a.pods, &a.pod_id_file, false)?;
    for (_, p) in list {
        let r = if restart {
            engine.pod_restart(&p, None)
        } else {
            engine.pod_start(&p)
        };
        match r {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

fn stop(ctx: &Context, a: StopArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let (list, mut errors) = targets(&engine, a.all, a.latest, &a.pods, &a.pod_id_file, a.ignore)?;
    for (_, p) in list {
        match engine.pod_stop(&p, a.time) {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

fn kill(ctx: &Context, a: KillArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let sig = crate::engine::parse_signal(&a.signal)?;
    let (list, mut errors) = targets(&engine, a.all, a.latest, &a.pods, &[], false)?;
    for (_, p) in list {
        match engine.pod_kill(&p, sig) {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

fn pause(ctx: &Context, a: PauseArgs, pause: bool) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let (list, mut errors) = targets(&engine, a.all, a.latest, &a.pods, &[], false)?;
    for (_, p) in list {
        match engine.pod_pause(&p, pause) {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

/// `pod stats`: the members' rows of `stats` (where cgroups allow; podman's refusal where not).
fn stats(ctx: &Context, a: PodStatsArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let all = a.all || (a.pods.is_empty() && !a.latest);
    let (list, errors) = targets(&engine, all, a.latest, &a.pods, &[], false)?;
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    let pods: Vec<_> = list.into_iter().map(|(_, p)| p).collect();
    let members = engine.pod_stats_members(&pods)?;
    if members.is_empty() {
        return Ok(ExitStatus::Success);
    }
    super::limits::run_stats(
        ctx,
        super::limits::StatsArgs {
            all: false,
            latest: false,
            format: a.format,
            no_trunc: false,
            no_reset: a.no_reset,
            no_stream: a.no_stream,
            interval: 5,
            containers: members.into_iter().map(|c| c.id).collect(),
        },
    )
}

fn rm(ctx: &Context, a: RmArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    // podman: -f ignores pods that do not exist
    let (list, mut errors) = targets(
        &engine,
        a.all,
        a.latest,
        &a.pods,
        &a.pod_id_file,
        a.ignore || a.force,
    )?;
    for (_, p) in list {
        match engine.pod_remove(&p, a.force, a.time) {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

fn prune(ctx: &Context, a: PruneArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    if !a.force {
        if !output::stdin_is_terminal() {
            return Err(UserError::new(
                "pod prune asks for confirmation, and stdin is not a terminal",
            )
            .with_hint("berth pod prune -f")
            .into());
        }
        output::err_bytes(
            b"WARNING! This will remove all stopped/exited pods..\nAre you sure you want to continue? [y/N] ",
        );
        let mut answer = String::new();
        let _ = std::io::stdin().read_line(&mut answer);
        if !answer.trim().eq_ignore_ascii_case("y") {
            return Ok(ExitStatus::Success);
        }
    }
    let mut errors = Vec::new();
    for p in engine.prunable_pods() {
        match engine.pod_remove(&p, true, Some(0)) {
            Ok(()) => output::out(&p.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

fn one_pod(
    engine: &crate::engine::Engine,
    name: Option<&str>,
    latest: bool,
) -> anyhow::Result<PodRecord> {
    match (name, latest) {
        (Some(n), false) => Ok(engine.find_pod(n)?),
        (_, true) => engine.pods().into_iter().next().ok_or_else(|| {
            UserError::new("no pods to act on: --latest needs at least one pod")
                .with_hint("create one with `berth pod create`")
                .into()
        }),
        (None, false) => Err(UserError::new("you must provide the name or ID of a pod")
            .with_hint("or use --latest")
            .into()),
    }
}

fn top(ctx: &Context, a: TopArgs) -> anyhow::Result<ExitStatus> {
    use crate::engine::top::{processes, Top};
    let engine = ctx.engine()?;
    let mut words = a.descriptors.clone();
    if a.latest {
        if let Some(n) = &a.pod {
            words.insert(0, n.clone());
        }
    }
    let pod = one_pod(&engine, a.pod.as_deref(), a.latest)?;
    let running: Vec<_> = engine
        .pod_containers(&pod)
        .into_iter()
        .filter(|c| c.state.is_alive())
        .collect();
    if running.is_empty() {
        return Err(UserError::new(format!(
            "pod top can only be used on pods with at least one running container: pod {} is not running",
            pod.id
        ))
        .with_hint(format!("berth pod start {}", pod.name))
        .into());
    }
    let mut table: Option<Table> = None;
    for c in &running {
        match processes(c, &words)? {
            Top::Rows { headers, rows } => {
                let t = table.get_or_insert_with(|| Table::new(&headers));
                for r in rows {
                    t.push(r);
                }
            }
            Top::Ps(code) if code != 0 => return Ok(super::exit_status(code)),
            Top::Ps(_) => {}
        }
    }
    if let Some(t) = table {
        output::out_raw(&t.render());
    }
    Ok(ExitStatus::Success)
}

fn logs(ctx: &Context, a: LogsArgs) -> anyhow::Result<ExitStatus> {
    use crate::engine::logs::{parse_time, LogOptions, Stream};
    let engine = ctx.engine()?;
    let pod = one_pod(&engine, a.pod.as_deref(), a.latest)?;
    let mut list: Vec<_> = engine
        .pod_containers(&pod)
        .into_iter()
        .filter(|c| !c.config.infra)
        .collect();
    if let Some(n) = &a.container {
        list.retain(|c| c.name() == n || c.id.starts_with(n.as_str()));
        if list.is_empty() {
            return Err(UserError::new(format!(
                "container {n} is not in pod {}: no such container",
                pod.name
            ))
            .with_hint(format!(
                "berth pod inspect {} lists its containers",
                pod.name
            ))
            .into());
        }
    }
    let o = LogOptions {
        follow: a.follow && list.len() == 1,
        tail: a.tail,
        timestamps: a.timestamps,
        since: a.since.as_deref().map(parse_time).transpose()?,
        until: a.until.as_deref().map(parse_time).transpose()?,
    };
    // one container: its log as `berth logs` prints it; several: each line after its
    // container's short ID (or name, -n), as podman does
    let prefixed = a.container.is_none();
    for c in &list {
        let tag = if a.names {
            c.name().to_string()
        } else {
            crate::reference::short_id(&c.id).to_string()
        };
        engine.logs(c, &o, &mut |stream, text| {
            let mut line = Vec::new();
            if prefixed {
                line.extend_from_slice(tag.as_bytes());
                line.push(b' ');
            }
            line.extend_from_slice(text);
            match stream {
                Stream::Stdout => output::out_bytes(&line),
                Stream::Stderr => output::err_bytes(&line),
            }
        })?;
    }
    Ok(ExitStatus::Success)
}

fn exists(ctx: &Context, a: ExistsArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    match engine.find_pod(&a.pod) {
        Ok(_) => Ok(ExitStatus::Success),
        Err(StoreError::PodNotKnown(_)) => Ok(ExitStatus::External(1)),
        Err(e) => Err(e.into()),
    }
}
