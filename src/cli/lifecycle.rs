//! `berth stop`, `kill`, `rm`, `wait` and `logs`: acting on containers recorded in the store.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::{self as containers, Container, Status};
use crate::storage::Store;
use clap::Args;
use nix::sys::signal::Signal;
use std::time::{Duration, Instant};

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
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
    /// Signal all running containers
    #[arg(short, long)]
    pub all: bool,
    /// Signal to send to the container
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
    /// Container(s) to signal
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
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
    /// Container(s) to remove
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    /// Container(s) to wait for
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Time interval to wait before polling for completion (e.g. 250ms)
    #[arg(short = 'i', long, default_value = "250ms")]
    pub interval: String,
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
    /// Show logs since TIMESTAMP (RFC 3339 or Unix seconds)
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs until TIMESTAMP (RFC 3339 or Unix seconds)
    #[arg(long)]
    pub until: Option<String>,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn parse_signal(s: &str) -> Result<Signal, UserError> {
    let up = s.to_uppercase();
    let name = if up.starts_with("SIG") {
        up.clone()
    } else {
        format!("SIG{up}")
    };
    if let Ok(n) = s.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| UserError::new(format!("invalid signal {s}")));
    }
    name.parse::<Signal>().map_err(|_| {
        UserError::new(format!("invalid signal {s}"))
            .with_hint("use a name like TERM, KILL, HUP or a number")
    })
}

fn targets(
    root: &std::path::Path,
    all: bool,
    names: &[String],
    running_only: bool,
) -> Result<Vec<Result<Container, (String, anyhow::Error)>>, UserError> {
    if all {
        return Ok(containers::list(root)
            .into_iter()
            .filter(|c| !running_only || is_active(c))
            .map(Ok)
            .collect());
    }
    if names.is_empty() {
        return Err(UserError::new("you must provide at least one name or id"));
    }
    Ok(names
        .iter()
        .map(|n| containers::find(root, n).map_err(|e| (n.clone(), e.into())))
        .collect())
}

/// Running, or between two runs of its `--restart` policy (its monitor will start it again).
pub fn is_active(c: &Container) -> bool {
    c.state.is_alive() || (c.state.monitor_alive() && !c.config.restart_policy.is_none())
}

/// The signal `stop` sends: `--stop-signal`, the image's, else SIGTERM.
fn stop_signal(c: &Container) -> Result<Signal, UserError> {
    Ok(c.config
        .stop_signal
        .as_deref()
        .map(parse_signal)
        .transpose()?
        .unwrap_or(Signal::SIGTERM))
}

/// Stop: the stop signal, then SIGKILL after the timeout. First records that a user stopped
/// it, so that its monitor does not restart it; a pid 1 the monitor started meanwhile gets
/// the same treatment. Waits until the container is dead and its monitor has recorded it.
fn stop_one(c: &Container, timeout: u64) -> anyhow::Result<()> {
    if !is_active(c) {
        return Ok(());
    }
    // `-t 0`: no grace period, SIGKILL at once (as podman)
    let sig = if timeout == 0 {
        Signal::SIGKILL
    } else {
        stop_signal(c)?
    };
    let _ = containers::update_state(&c.dir, |s| s.stopped_by_user = true);
    let timeout = Duration::from_secs(timeout);
    // poll often at first (a killed container ends within a millisecond or two), then less
    let mut interval = Duration::from_millis(1);
    let mut signaled: Option<((i32, u64), Instant)> = None;
    let mut dead_since: Option<Instant> = None;
    // ends when the record is gone (--rm) too
    while let Ok(now) = Container::load(&c.dir) {
        if now.state.is_alive() {
            dead_since = None;
            let key = (now.state.pid, now.state.pid_start);
            let pid = nix::unistd::Pid::from_raw(key.0);
            match signaled {
                Some((k, at)) if k == key => {
                    if at.elapsed() >= timeout {
                        let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
                    }
                }
                _ => {
                    let _ = nix::sys::signal::kill(pid, sig);
                    signaled = Some((key, Instant::now()));
                }
            }
        } else {
            // the monitor records the exit right after; wait for it so `ps` agrees
            if !now.state.monitor_alive() && now.state.status != Status::Running {
                break;
            }
            if dead_since.get_or_insert_with(Instant::now).elapsed() > Duration::from_secs(5) {
                break;
            }
        }
        std::thread::sleep(interval);
        interval = (interval * 2).min(Duration::from_millis(10));
    }
    Ok(())
}

/// Stop a container (for `restart`).
pub fn stop_container(c: &Container, timeout: u64) -> anyhow::Result<()> {
    stop_one(c, timeout)
}

fn report(errors: Vec<(String, anyhow::Error)>) -> anyhow::Result<ExitStatus> {
    let n = errors.len();
    for (i, (_, e)) in errors.into_iter().enumerate() {
        if i + 1 == n {
            return Err(e);
        }
        output::err(&crate::error::render(&e));
    }
    Ok(ExitStatus::Success)
}

pub fn run_stop(ctx: &Context, a: StopArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let mut errors = Vec::new();
    for t in targets(&settings.paths.graph_root, a.all, &a.containers, true)? {
        match t {
            Ok(c) => {
                let timeout = a
                    .time
                    .or(c.config.stop_timeout.map(u64::from))
                    .unwrap_or(10);
                match stop_one(&c, timeout) {
                    Ok(()) => output::out(if a.all {
                        &c.id
                    } else {
                        a.containers
                            .iter()
                            .find(|n| c.id.starts_with(n.as_str()) || *n == c.name())
                            .map(String::as_str)
                            .unwrap_or(&c.id)
                    }),
                    Err(e) => errors.push((c.id.clone(), e)),
                }
            }
            Err((_, e)) if a.ignore => drop(e),
            Err(e) => errors.push(e),
        }
    }
    report(errors)
}

pub fn run_kill(ctx: &Context, a: KillArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let sig = parse_signal(&a.signal)?;
    let mut errors = Vec::new();
    for t in targets(&settings.paths.graph_root, a.all, &a.containers, true)? {
        match t {
            Ok(c) if c.state.is_alive() => {
                // as podman: a killed container is not restarted by its policy
                let _ = containers::update_state(&c.dir, |s| s.stopped_by_user = true);
                nix::sys::signal::kill(nix::unistd::Pid::from_raw(c.state.pid), sig)?;
                output::out(
                    a.containers
                        .iter()
                        .find(|n| c.id.starts_with(n.as_str()) || *n == c.name())
                        .map(String::as_str)
                        .unwrap_or(&c.id),
                );
            }
            Ok(c) => errors.push((
                c.id.clone(),
                UserError::new(format!(
                    "can only kill running containers. {} is in state {}",
                    c.id,
                    super::ps::state_name(&c)
                ))
                .into(),
            )),
            Err(e) => errors.push(e),
        }
    }
    report(errors)
}

pub fn run_rm(ctx: &Context, a: RmArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let list = targets(&settings.paths.graph_root, a.all, &a.containers, false)?;
    // stop what must be stopped while still outside the user namespace (signals work either way)
    let mut errors = Vec::new();
    let mut removable = Vec::new();
    for t in list {
        match t {
            Ok(c) if is_active(&c) && !a.force => errors.push((
                c.id.clone(),
                UserError::new(format!("cannot remove container {} as it is running - running or paused containers cannot be removed without force", c.id))
                    .with_hint(format!("berth rm -f {}", c.name()))
                    .into(),
            )),
            Ok(c) => {
                if is_active(&c) {
                    let timeout = a
                        .time
                        .or(c.config.stop_timeout.map(u64::from))
                        .unwrap_or(10);
                    if let Err(e) = stop_one(&c, timeout) {
                        errors.push((c.id.clone(), e));
                        continue;
                    }
                }
                removable.push(c);
            }
            Err((_, e)) if a.ignore => drop(e),
            Err(e) => errors.push(e),
        }
    }
    if !removable.is_empty() {
        super::enter_userns()?;
        let store = Store::open(&settings.paths.graph_root, true)?;
        for c in removable {
            if a.volumes {
                crate::runtime::remove_anonymous_volumes(&store, &c.config);
            }
            match crate::runtime::container::remove(&c) {
                Ok(()) => output::out(
                    a.containers
                        .iter()
                        .find(|n| c.id.starts_with(n.as_str()) || *n == c.name())
                        .map(String::as_str)
                        .unwrap_or(&c.id),
                ),
                Err(e) => errors.push((
                    c.id.clone(),
                    UserError::new(format!("removing container {}: {e}", c.id)).into(),
                )),
            }
        }
    }
    report(errors)
}

pub fn run_wait(ctx: &Context, a: WaitArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let interval = super::pull::parse_duration_pub(&a.interval)?;
    let mut errors = Vec::new();
    for n in &a.containers {
        match containers::find(&settings.paths.graph_root, n) {
            Ok(c) => loop {
                match Container::load(&c.dir) {
                    Ok(now) if now.state.status == Status::Running => std::thread::sleep(interval),
                    Ok(now) => {
                        output::out(&now.state.exit_code.unwrap_or(0).to_string());
                        break;
                    }
                    Err(_) => {
                        // removed (--rm) while we waited
                        output::out("0");
                        break;
                    }
                }
            },
            Err(e) => errors.push((n.clone(), e.into())),
        }
    }
    report(errors)
}

fn parse_time(s: &str) -> Result<i64, UserError> {
    if let Ok(n) = s.parse::<i64>() {
        return Ok(n);
    }
    crate::image::manifest::parse_rfc3339(s).ok_or_else(|| {
        UserError::new(format!("invalid time {s:?}"))
            .with_hint("use RFC 3339 (2024-01-02T15:04:05Z) or Unix seconds")
    })
}

pub fn run_logs(ctx: &Context, a: LogsArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let c = containers::find(&settings.paths.graph_root, &a.container)?;
    if c.config.log_driver == "none" {
        return Err(UserError::new(format!(
            "this container ({}) is using the 'none' log driver, cannot read logs: this container is not logging output",
            c.name()
        ))
        .with_hint("run it with --log-driver k8s-file (the default) to keep its output")
        .into());
    }
    let since = a.since.as_deref().map(parse_time).transpose()?;
    let until = a.until.as_deref().map(parse_time).transpose()?;
    let path = c.dir.join("ctr.log");
    let emit = |line: &str| {
        let mut parts = line.splitn(4, ' ');
        let (Some(ts), Some(stream), Some(kind), Some(text)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return;
        };
        let t = crate::image::manifest::parse_rfc3339(ts).unwrap_or(0);
        if since.is_some_and(|s| t < s) || until.is_some_and(|u| t > u) {
            return;
        }
        let text = if a.timestamps {
            format!("{ts} {text}")
        } else {
            text.to_string()
        };
        let text = if kind == "P" {
            text
        } else {
            format!("{text}\n")
        };
        if stream == "stderr" {
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
        } else {
            output::out_raw(&text);
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let skip = match a.tail {
        Some(n) if n >= 0 => lines.len().saturating_sub(n as usize),
        _ => 0,
    };
    for l in &lines[skip..] {
        emit(l);
    }
    if a.follow {
        let mut offset = text.len();
        loop {
            let alive = Container::load(&c.dir)
                .map(|x| x.state.status == Status::Running)
                .unwrap_or(false);
            let now = std::fs::read_to_string(&path).unwrap_or_default();
            if now.len() < offset {
                offset = 0; // --log-opt max-size started the log afresh
            }
            if now.len() > offset {
                let new = &now[offset..];
                let complete = new.rfind('\n').map(|i| i + 1).unwrap_or(0);
                for l in new[..complete].lines() {
                    emit(l);
                }
                offset += complete;
            }
            if !alive {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    Ok(ExitStatus::Success)
}
