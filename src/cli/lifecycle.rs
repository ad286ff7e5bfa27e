//! `berth stop`, `kill`, `rm`, `wait` and `logs`: acting on containers recorded in the store.

use super::Context;
use crate::engine::lifecycle::stop_timeout;
use crate::engine::logs::{parse_time, parse_until, LogOptions, Stream};
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::Container;
use clap::Args;

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u64>,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Container(s) to stop
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Signal all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Signal to send to the container
    #[arg(short, long, default_value = "KILL", allow_hyphen_values = true)]
    pub signal: String,
    /// Container(s) to signal
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Force removal of a running container (stops it first)
    #[arg(short, long)]
    pub force: bool,
    /// Ignore errors when a specified container is missing
    #[arg(short, long)]
    pub ignore: bool,
    /// Seconds to wait for stop before killing the container (with -f)
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,
    /// Remove anonymous volumes associated with the container
    #[arg(short, long)]
    pub volumes: bool,
    /// Remove the containers that depend on it too (for a pod's infra container: the pod)
    #[arg(long)]
    pub depend: bool,
    /// Container(s) to remove
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Container(s) to wait for
    #[arg(required_unless_present = "latest", value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Time interval to wait before polling for completion (e.g. 250ms)
    #[arg(short = 'i', long, default_value = "250ms")]
    pub interval: String,
    /// Condition to wait on (created, running, paused, stopping, stopped, exited); several
    /// wait for the first met
    #[arg(long = "condition", value_name = "CONDITION")]
    pub condition: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Follow log output
    #[arg(short, long)]
    pub follow: bool,
    /// Output the specified number of lines at the end of the logs
    #[arg(long, value_name = "N")]
    pub tail: Option<i64>,
    /// Output the timestamps in the log
    #[arg(short, long)]
    pub timestamps: bool,
    /// Show logs since TIMESTAMP (RFC 3339, Unix seconds or a duration back from now)
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs until TIMESTAMP (RFC 3339, Unix seconds or a duration from now)
    #[arg(long)]
    pub until: Option<String>,
    /// Output the container name (not its ID) before each line of several containers' logs
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Show extra details provided to the logs (accepted, as podman's hidden flag)
    #[arg(long, hide = true)]
    pub details: bool,
    /// The container(s)
    #[arg(required_unless_present = "latest", value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// The names given, and with `--latest` the newest container's ID.
fn with_latest(
    engine: &crate::engine::Engine,
    latest: bool,
    names: &[String],
) -> anyhow::Result<Vec<String>> {
    let mut out = names.to_vec();
    if latest {
        out.push(engine.latest()?.id);
    }
    Ok(out)
}

fn report(errors: Vec<(String, anyhow::Error)>) -> anyhow::Result<ExitStatus> {
    super::report::all(errors.into_iter().map(|(_, e)| e))
}

/// The containers named (or all), the unknown names as errors unless `ignore`.
fn split_targets(
    found: Vec<crate::engine::Target>,
    ignore: bool,
    errors: &mut Vec<(String, anyhow::Error)>,
) -> Vec<Container> {
    let mut out = Vec::new();
    for t in found {
        match t {
            Ok(c) => out.push(c),
            Err(_) if ignore => {}
            Err(e) => errors.push(e),
        }
    }
    out
}

pub fn run_stop(ctx: &Context, a: StopArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    let names = with_latest(&engine, a.latest, &a.containers)?;
    let found = engine.targets(a.all, &names, true)?;
    for c in split_targets(found, a.ignore, &mut errors) {
        match engine.stop(&c, stop_timeout(&c, a.time)) {
            Ok(()) => output::out(if a.all {
                &c.id
            } else {
                super::given_name(&a.containers, &c)
            }),
            Err(e) => errors.push((c.id.clone(), e)),
        }
    }
    report(errors)
}

pub fn run_kill(ctx: &Context, a: KillArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let sig = crate::engine::parse_signal_number(&a.signal)?;
    let mut errors = Vec::new();
    let names = with_latest(&engine, a.latest, &a.containers)?;
    let found = engine.targets(a.all, &names, true)?;
    for c in split_targets(found, false, &mut errors) {
        match engine.kill_number(&c, sig) {
            Ok(()) => output::out(super::given_name(&a.containers, &c)),
            Err(e) => errors.push((c.id.clone(), e)),
        }
    }
    report(errors)
}

pub fn run_rm(ctx: &Context, a: RmArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    let names = with_latest(&engine, a.latest, &a.containers)?;
    let found = engine.targets(a.all, &names, false)?;
    let mut list = split_targets(found, a.ignore, &mut errors);
    if a.depend {
        list = engine.with_dependents(list);
    }
    // podman: exit 1 when a container is not known (2 when one runs, from the state machine)
    for (_, e) in errors.iter_mut() {
        if let Some(crate::storage::StoreError::ContainerNotKnown(_)) = e.downcast_ref() {
            let text = e.to_string();
            *e = crate::error::UserError::new(text)
                .with_status(ExitStatus::External(1))
                .into();
        }
    }
    for (c, r) in engine.remove_with_pods(list, a.force, a.time, a.volumes, a.all || a.depend)? {
        match r {
            Ok(()) if a.depend => output::out(&c.id),
            Ok(()) => output::out(super::given_name(&a.containers, &c)),
            Err(e) => errors.push((c.id.clone(), e)),
        }
    }
    report(errors)
}

pub fn run_wait(ctx: &Context, a: WaitArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let interval = super::pull::parse_duration_pub(&a.interval)?;
    let mut errors = Vec::new();
    for n in &with_latest(&engine, a.latest, &a.containers)? {
        match engine.find(n) {
            Ok(c) => match engine.wait_for(&c, &a.condition, interval) {
                Ok(code) => output::out(&code.to_string()),
                Err(e) => errors.push((n.clone(), e.into())),
            },
            Err(e) => errors.push((n.clone(), e.into())),
        }
    }
    report(errors)
}

pub fn run_logs(ctx: &Context, a: LogsArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    if a.latest && !a.containers.is_empty() {
        return Err(
            UserError::new("--latest and containers cannot be used together")
                .with_hint("name the containers, or give --latest alone")
                .into(),
        );
    }
    let mut list = Vec::new();
    for n in with_latest(&engine, a.latest, &a.containers)? {
        list.push(engine.find(&n)?);
    }
    let o = LogOptions {
        follow: a.follow,
        tail: a.tail,
        timestamps: a.timestamps,
        since: a.since.as_deref().map(parse_time).transpose()?,
        until: a.until.as_deref().map(parse_until).transpose()?,
    };
    if list.len() == 1 {
        engine.logs(&list[0], &o, &mut |stream, text| match stream {
            Stream::Stdout => output::out_bytes(text),
            Stream::Stderr => output::err_bytes(text),
        })?;
        return Ok(ExitStatus::Success);
    }
    // several: each line after its container's short ID (or name, -n), as podman prints them
    let tags: Vec<String> = list
        .iter()
        .map(|c| {
            if a.names {
                c.name().to_string()
            } else {
                crate::reference::short_id(&c.id).to_string()
            }
        })
        .collect();
    engine.logs_many(&list, &o, &mut |i, stream, text| {
        let mut line = Vec::with_capacity(text.len() + 14);
        line.extend_from_slice(tags[i].as_bytes());
        line.push(b' ');
        line.extend_from_slice(text);
        match stream {
            Stream::Stdout => output::out_bytes(&line),
            Stream::Stderr => output::err_bytes(&line),
        }
    })?;
    Ok(ExitStatus::Success)
}
