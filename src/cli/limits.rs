//! Resource limits: the flags of `run`/`create` (and `update`), `pause`, `unpause`, `update`
//! and `stats`, and the limits `inspect` shows. The engine does the work (`engine::limits`).

use super::Context;
use crate::cgroups::parse::{bytes_size, go_duration, human_size};
use crate::engine::limits::LimitOptions;
use crate::error::{ExitStatus, UserError};
use crate::output::{self, format::Format, table::Table};
use clap::Args;
use serde_json::{json, Map, Value};

/// The limit flags (`run`, `create`, `update`).
#[derive(Args, Debug, Default, Clone)]
pub struct ResourceArgs {
    /// Memory limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))
    #[arg(short = 'm', long, value_name = "MEMORY")]
    pub memory: Option<String>,
    /// Memory soft limit (format: <number>[<unit>], where unit = b (bytes), k (kibibytes), m (mebibytes), or g (gibibytes))
    #[arg(long, value_name = "MEMORY")]
    pub memory_reservation: Option<String>,
    /// Swap limit equal to memory plus swap: '-1' to enable unlimited swap
    #[arg(long, value_name = "MEMORY", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Tune container memory swappiness (0 to 100, or -1 for system default)
    #[arg(long, value_name = "INT", allow_hyphen_values = true)]
    pub memory_swappiness: Option<i64>,
    /// Number of CPUs. The default is 0.000 which means no limit
    #[arg(long, value_name = "NUMBER")]
    pub cpus: Option<String>,
    /// CPU shares (relative weight)
    #[arg(short = 'c', long, value_name = "SHARES")]
    pub cpu_shares: Option<String>,
    /// Limit the CPU CFS (Completely Fair Scheduler) quota
    #[arg(long, value_name = "MICROSECONDS", allow_hyphen_values = true)]
    pub cpu_quota: Option<String>,
    /// Limit the CPU CFS (Completely Fair Scheduler) period
    #[arg(long, value_name = "MICROSECONDS")]
    pub cpu_period: Option<String>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long, value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only effective on NUMA systems.
    #[arg(long, value_name = "NODES")]
    pub cpuset_mems: Option<String>,
    /// Tune container pids limit (set -1 for unlimited)
    #[arg(long, value_name = "LIMIT", allow_hyphen_values = true)]
    pub pids_limit: Option<String>,
    /// Block IO weight (relative weight) accepts a weight value between 10 and 1000.
    #[arg(long, value_name = "WEIGHT")]
    pub blkio_weight: Option<String>,
    /// Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_iops: Vec<String>,
    /// Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_iops: Vec<String>,
    /// Configure cgroup v2 (key=value)
    #[arg(long, alias = "unified", value_name = "KEY=VALUE")]
    pub cgroup_conf: Vec<String>,
}

/// The cgroup flags of `run` and `create`, with the limits.
#[derive(Args, Debug, Default, Clone)]
pub struct RunLimitArgs {
    #[command(flatten)]
    pub resources: ResourceArgs,
    /// Tune the host's OOM preferences (-1000 to 1000)
    #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
    pub oom_score_adj: Option<String>,
    /// Control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split")
    #[arg(long, value_name = "MODE")]
    pub cgroups: Option<String>,
    /// Optional parent cgroup for the container
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// cgroup namespace to use (private or host)
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Kernel memory limit (no longer supported: a noop, as in podman)
    #[arg(long, value_name = "MEMORY", hide = true)]
    pub kernel_memory: Option<String>,
}

fn resource_options(r: ResourceArgs) -> LimitOptions {
    LimitOptions {
        memory: r.memory,
        memory_reservation: r.memory_reservation,
        memory_swap: r.memory_swap,
        memory_swappiness: r.memory_swappiness,
        cpus: r.cpus,
        cpu_shares: r.cpu_shares,
        cpu_quota: r.cpu_quota,
        cpu_period: r.cpu_period,
        cpuset_cpus: r.cpuset_cpus,
        cpuset_mems: r.cpuset_mems,
        pids_limit: r.pids_limit,
        blkio_weight: r.blkio_weight,
        device_read_bps: r.device_read_bps,
        device_write_bps: r.device_write_bps,
        device_read_iops: r.device_read_iops,
        device_write_iops: r.device_write_iops,
        cgroup_conf: r.cgroup_conf,
        ..Default::default()
    }
}

/// The engine's options from the flags and containers.conf (`[containers] pids_limit`,
/// `cgroups`, `cgroupns`).
pub fn options(
    a: RunLimitArgs,
    conf: &crate::config::containers_conf::ContainersConf,
) -> LimitOptions {
    if a.kernel_memory.is_some() {
        output::warn("The --kernel-memory flag is no longer supported. This flag is a noop.");
    }
    LimitOptions {
        oom_score_adj: a.oom_score_adj,
        cgroups: a.cgroups.or_else(|| conf.cgroups.clone()),
        cgroup_parent: a.cgroup_parent,
        cgroupns: a.cgroupns.or_else(|| conf.cgroupns.clone()),
        default_pids_limit: conf.pids_limit,
        ..resource_options(a.resources)
    }
}

/// podman's create warnings, as it prints them (the bare line on stderr), with the hint
/// where hints are shown (a terminal, or BERTH_HINTS=always).
pub fn print_warnings(warnings: &[UserError]) {
    for w in warnings {
        output::err(&w.message);
        if let Some(h) = w.hint.as_deref().filter(|_| crate::error::show_hints()) {
            output::err(&format!("hint: {h}"));
        }
    }
}

/// The limits in podman's `HostConfig` keys.
pub fn host_config(spec: &crate::runtime::spec::ContainerSpec) -> Map<String, Value> {
    let r = spec
        .cgroup
        .as_ref()
        .map(|c| c.resources.clone())
        .unwrap_or_default();
    let devices = |l: &[crate::cgroups::Throttle]| {
        l.iter()
            .map(|t| json!({ "Path": t.path, "Rate": t.rate }))
            .collect::<Vec<_>>()
    };
    let v = json!({
        "Memory": r.memory.unwrap_or(0),
        "MemoryReservation": r.memory_reservation.unwrap_or(0),
        "MemorySwap": r.memory_swap.unwrap_or(0),
        "MemorySwappiness": r.memory_swappiness.map_or(-1, |s| s as i64),
        "NanoCpus": r.nano_cpus.unwrap_or(0),
        "CpuShares": r.cpu_shares.unwrap_or(0),
        "CpuPeriod": r.cpu_period.unwrap_or(0),
        "CpuQuota": r.cpu_quota.unwrap_or(0),
        "CpusetCpus": r.cpuset_cpus.clone().unwrap_or_default(),
        "CpusetMems": r.cpuset_mems.clone().unwrap_or_default(),
        "PidsLimit": r.pids_limit.filter(|p| *p > 0).unwrap_or(0),
        "BlkioWeight": r.blkio_weight.unwrap_or(0),
        "BlkioDeviceReadBps": devices(&r.device_read_bps),
        "BlkioDeviceWriteBps": devices(&r.device_write_bps),
        "BlkioDeviceReadIOps": devices(&r.device_read_iops),
        "BlkioDeviceWriteIOps": devices(&r.device_write_iops),
        "OomScoreAdj": spec.oom_score_adj.unwrap_or(0),
        "CgroupManager": if spec.cgroup.as_ref().is_some_and(|c| c.systemd) { "systemd" } else { "cgroupfs" },
        "CgroupParent": spec.cgroup.as_ref().map(|c| c.parent.display().to_string()).unwrap_or_default(),
        "CgroupMode": if spec.cgroupns_host { "host" } else { "private" },
        "Cgroups": if spec.cgroup.is_some() { "default" } else { "disabled" },
    });
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

#[derive(Args, Debug)]
pub struct PauseArgs {
    /// Pause (or unpause) all running (or paused) containers
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Container(s)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

fn pause_or_unpause(ctx: &Context, a: PauseArgs, pause: bool) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut names = a.containers.clone();
    if a.latest {
        names.push(engine.latest()?.id);
    }
    let list: Vec<_> = if a.all {
        engine
            .list()
            .into_iter()
            .filter(|c| {
                let s = crate::engine::State::of(c);
                if pause {
                    s == crate::engine::State::Running
                } else {
                    s == crate::engine::State::Paused
                }
            })
            .map(Ok)
            .collect()
    } else {
        if names.is_empty() {
            return Err(UserError::new("you must provide at least one name or id")
                .with_hint("name the containers, or use --all")
                .into());
        }
        names
            .iter()
            .map(|n| engine.find(n).map_err(anyhow::Error::from))
            .collect()
    };
    let mut errors = Vec::new();
    for c in list {
        let c = match c {
            Ok(c) => c,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let r = if pause {
            engine.pause(&c)
        } else {
            engine.unpause(&c)
        };
        match r {
            Ok(()) if a.all => output::out(&c.id),
            Ok(()) => output::out(super::given_name(&a.containers, &c)),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

pub fn run_pause(ctx: &Context, a: PauseArgs) -> anyhow::Result<ExitStatus> {
    pause_or_unpause(ctx, a, true)
}

pub fn run_unpause(ctx: &Context, a: PauseArgs) -> anyhow::Result<ExitStatus> {
    pause_or_unpause(ctx, a, false)
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub resources: ResourceArgs,
    /// The container to update
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn run_update(ctx: &Context, a: UpdateArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let c = engine.find(&a.container)?;
    let u = engine.update(&c, &resource_options(a.resources))?;
    output::out(&u.id);
    Ok(ExitStatus::Success)
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Show all containers. Only running containers are shown by default
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Pretty-print container statistics to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Disable resetting the screen between intervals
    #[arg(long)]
    pub no_reset: bool,
    /// Disable streaming stats and only pull the first result
    #[arg(long)]
    pub no_stream: bool,
    /// Time in seconds between stats reports
    #[arg(short, long, default_value_t = 5)]
    pub interval: u64,
    /// Container(s)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// A percentage as podman prints it (`12.34%`).
fn percent(f: f64) -> String {
    if f.is_finite() {
        format!("{f:.2}%")
    } else {
        "--".into()
    }
}

/// One container's row, as podman's `containerStats` shows its fields.
fn stats_item(
    c: &crate::runtime::container::Container,
    s: &crate::cgroups::stats::Sample,
    cpu_perc: f64,
    no_trunc: bool,
) -> Value {
    let up_ns = {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as f64)
            .unwrap_or(0.0);
        (now - c.state.started_at as f64 * 1e9).max(1.0)
    };
    let avg = s.cpu_ns as f64 / up_ns * 100.0;
    let mem_perc = if s.mem_limit > 0 {
        s.mem_usage as f64 / s.mem_limit as f64 * 100.0
    } else {
        0.0
    };
    let id = if no_trunc {
        c.id.clone()
    } else {
        crate::reference::short_id(&c.id).to_string()
    };
    json!({
        "ID": id,
        "ContainerID": c.id,
        "Name": c.name(),
        "CPUPerc": percent(cpu_perc),
        "AVGCPU": percent(avg),
        "MemUsage": format!("{} / {}", human_size(s.mem_usage), human_size(s.mem_limit)),
        "MemUsageBytes": format!("{} / {}", bytes_size(s.mem_usage), bytes_size(s.mem_limit)),
        "MemPerc": percent(mem_perc),
        "NetIO": format!("{} / {}", human_size(s.net_input), human_size(s.net_output)),
        "BlockIO": format!("{} / {}", human_size(s.block_input), human_size(s.block_output)),
        "PIDS": s.pids.to_string(),
        "UpTime": go_duration(s.cpu_ns),
        "CPU": cpu_perc,
        "MemLimit": s.mem_limit,
        "CPUNano": s.cpu_ns,
        "PIDs": s.pids,
    })
}

pub fn run_stats(ctx: &Context, a: StatsArgs) -> anyhow::Result<ExitStatus> {
    if (a.all as u8) + (a.latest as u8) + (!a.containers.is_empty() as u8) > 1 {
        return Err(
            UserError::new("--all, --latest and containers cannot be used together")
                .with_hint("give one of them")
                .into(),
        );
    }
    let engine = ctx.engine()?;
    let named = !a.containers.is_empty() || a.latest;
    let load = || -> anyhow::Result<Vec<crate::runtime::container::Container>> {
        if a.latest {
            return Ok(vec![engine.latest()?]);
        }
        if named {
            return a
                .containers
                .iter()
                .map(|n| engine.find(n).map_err(anyhow::Error::from))
                .collect();
        }
        Ok(engine
            .list()
            .into_iter()
            .filter(|c| a.all || crate::engine::State::of(c).is_active())
            .collect())
    };
    let mut previous: std::collections::HashMap<String, (u64, std::time::Instant)> =
        Default::default();
    loop {
        let list = load()?;
        if named {
            for c in &list {
                if !crate::engine::State::of(c).is_active() {
                    return Err(UserError::new(format!(
                        "container {} is not running: can only get stats of running containers",
                        c.name()
                    ))
                    .with_hint(format!("berth start {}", c.name()))
                    .into());
                }
            }
        }
        let now = std::time::Instant::now();
        let samples = engine.stats(&list);
        if named && samples.len() < list.len() {
            let missing = list
                .iter()
                .enumerate()
                .find(|(i, _)| !samples.iter().any(|(j, _)| j == i))
                .map(|(_, c)| c);
            if let Some(c) = missing {
                return Err(UserError::new(format!(
                    "container {} has no cgroup to read statistics from",
                    c.name()
                ))
                .with_hint("stats need cgroup v2 delegated to this user (see berth info: cgroupControllers)")
                .into());
            }
        }
        let items: Vec<Value> = samples
            .iter()
            .map(|(i, s)| {
                let c = &list[*i];
                let cpu = match previous.get(&c.id) {
                    Some((ns, at)) => {
                        let dt = now.duration_since(*at).as_nanos().max(1) as f64;
                        s.cpu_ns.saturating_sub(*ns) as f64 / dt * 100.0
                    }
                    None => f64::NAN,
                };
                let item = stats_item(c, s, cpu, a.no_trunc);
                if cpu.is_nan() {
                    // the first sample: the average since the start, as podman's first
                    let mut item = item;
                    item["CPUPerc"] = item["AVGCPU"].clone();
                    item
                } else {
                    item
                }
            })
            .collect();
        for (i, s) in &samples {
            previous.insert(list[*i].id.clone(), (s.cpu_ns, now));
        }
        print_stats(&items, a.format.as_deref(), !a.no_stream && !a.no_reset)?;
        if a.no_stream {
            return Ok(ExitStatus::Success);
        }
        std::thread::sleep(std::time::Duration::from_secs(a.interval.max(1)));
    }
}

fn print_stats(items: &[Value], format: Option<&str>, clear: bool) -> anyhow::Result<()> {
    if clear && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        output::out_raw("\x1b[2J\x1b[H");
    }
    let field = |v: &Value, k: &str| v[k].as_str().unwrap_or("").to_string();
    match Format::parse(format) {
        Format::Json => {
            let j: Vec<Value> = items
                .iter()
                .map(|v| {
                    json!({
                        "id": field(v, "ID"),
                        "name": field(v, "Name"),
                        "cpu_time": field(v, "UpTime"),
                        "cpu_percent": field(v, "CPUPerc"),
                        "avg_cpu": field(v, "AVGCPU"),
                        "mem_usage": field(v, "MemUsage"),
                        "mem_percent": field(v, "MemPerc"),
                        "net_io": field(v, "NetIO"),
                        "block_io": field(v, "BlockIO"),
                        "pids": field(v, "PIDS"),
                    })
                })
                .collect();
            output::out(&serde_json::to_string_pretty(&j)?);
        }
        Format::Template { body, table } => {
            let title = |f: &str| {
                match f {
                    "ID" => "ID",
                    "UpTime" => "CPU TIME",
                    "CPUPerc" => "CPU %",
                    "AVGCPU" => "Avg CPU %",
                    "MemUsage" | "MemUsageBytes" => "MEM USAGE / LIMIT",
                    "MemPerc" => "MEM %",
                    "NetIO" => "NET IO",
                    "BlockIO" => "BLOCK IO",
                    "PIDS" => "PIDS",
                    other => return output::format::default_title(other),
                }
                .to_string()
            };
            output::out_raw(
                &output::format::render_items(&body, table, items, &title)
                    .map_err(anyhow::Error::msg)?,
            );
        }
        Format::Default => {
            let cols = [
                ("ID", "ID"),
                ("NAME", "Name"),
                ("CPU %", "CPUPerc"),
                ("MEM USAGE / LIMIT", "MemUsage"),
                ("MEM %", "MemPerc"),
                ("NET IO", "NetIO"),
                ("BLOCK IO", "BlockIO"),
                ("PIDS", "PIDS"),
                ("CPU TIME", "UpTime"),
                ("AVG CPU %", "AVGCPU"),
            ];
            let mut t = Table::new(&cols.map(|(h, _)| h));
            for v in items {
                t.push(cols.iter().map(|(_, k)| field(v, k)).collect());
            }
            output::out_raw(&t.render());
        }
    }
    Ok(())
}
