//! `berth start` and `berth restart`: start created or exited containers again.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime;
use crate::runtime::container::{self as containers, Container};
use crate::storage::Store;
use clap::Args;

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Attach the container's STDOUT and STDERR (and wait for it)
    #[arg(short, long)]
    pub attach: bool,
    /// Make STDIN available to the contained process
    #[arg(short, long)]
    pub interactive: bool,
    /// Container(s) to start
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    /// Seconds to wait for stop before killing the container
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,
    /// Restart all containers
    #[arg(short, long)]
    pub all: bool,
    /// Container(s) to restart
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// Start one container (the caller is in the user and mount namespaces). With `attach`, wait.
fn start_one(
    store: &Store,
    c: &Container,
    attach: bool,
    interactive: bool,
) -> anyhow::Result<ExitStatus> {
    let image = store.find_image(&c.config.image_id)?;
    let mut config = c.config.clone();
    config.spec.process.stdin = interactive;
    let prepared = runtime::prepare(store, &image, &config)?;
    if attach {
        if !interactive {
            let null = std::fs::File::open("/dev/null")?;
            nix::unistd::dup2_stdin(null)?;
        }
        let code = runtime::run_foreground(store, &prepared, &config)?;
        return Ok(if code == 0 {
            ExitStatus::Success
        } else {
            ExitStatus::External(code)
        });
    }
    runtime::run_detached(store, &prepared, &config)?;
    Ok(ExitStatus::Success)
}

/// Enter the namespaces to start `list` in: berth's own user namespace, or, for a container
/// that shares another's network (`--network container:NAME`), that container's, as `run`
/// does (a fresh namespace has no rights over another's network namespace).
fn enter_for(root: &std::path::Path, list: &[&Container]) -> anyhow::Result<()> {
    let targets: Vec<String> = list
        .iter()
        .filter_map(
            |c| match crate::network::Mode::parse(&c.config.spec.network) {
                Ok(crate::network::Mode::Container(t)) => Some(t),
                _ => None,
            },
        )
        .collect();
    match targets.as_slice() {
        [] => enter(),
        [t] if list.len() == 1 => super::run::join_user_namespace_of(root, t),
        _ => Err(UserError::new(
            "a container that shares another container's network starts on its own",
        )
        .with_hint("start it with a berth start of its own")
        .into()),
    }
}

fn enter() -> anyhow::Result<()> {
    let map = crate::userns::IdMap::for_current_user()?;
    if nix::unistd::geteuid().is_root() {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
    } else {
        crate::userns::enter(&map, true)?;
    }
    Ok(())
}

pub fn run(ctx: &Context, a: StartArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    if a.attach && a.containers.len() > 1 {
        return Err(
            UserError::new("you cannot start and attach multiple containers at once").into(),
        );
    }
    let mut todo = Vec::new();
    for n in &a.containers {
        let c = containers::find(&settings.paths.graph_root, n)?;
        if super::lifecycle::is_active(&c) {
            output::out(n); // podman: starting a running container is not an error
            continue;
        }
        todo.push((n.clone(), c));
    }
    if todo.is_empty() {
        return Ok(ExitStatus::Success);
    }
    enter_for(
        &settings.paths.graph_root,
        &todo.iter().map(|(_, c)| c).collect::<Vec<_>>(),
    )?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    let mut status = ExitStatus::Success;
    for (n, c) in todo {
        status = start_one(&store, &c, a.attach, a.interactive)?;
        if !a.attach {
            output::out(&n);
        }
    }
    Ok(status)
}

pub fn run_restart(ctx: &Context, a: RestartArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let list: Vec<Container> = if a.all {
        containers::list(&settings.paths.graph_root)
    } else {
        if a.containers.is_empty() {
            return Err(UserError::new("you must provide at least one name or id").into());
        }
        a.containers
            .iter()
            .map(|n| containers::find(&settings.paths.graph_root, n))
            .collect::<Result<_, _>>()?
    };
    for c in &list {
        let timeout = a
            .time
            .or(c.config.stop_timeout.map(u64::from))
            .unwrap_or(10);
        super::lifecycle::stop_container(c, timeout)?;
    }
    enter_for(&settings.paths.graph_root, &list.iter().collect::<Vec<_>>())?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    for c in &list {
        // reload: stopping wrote the final state
        let fresh = Container::load(&c.dir)?;
        start_one(&store, &fresh, false, false)?;
        output::out(&c.id);
    }
    Ok(ExitStatus::Success)
}
