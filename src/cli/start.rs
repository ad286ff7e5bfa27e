//! `berth start` and `berth restart`: start created or exited containers again.

use super::Context;
use crate::engine::lifecycle::Started;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::Container;
use clap::Args;

#[derive(Args, Debug)]
pub struct StartArgs {
    /// Attach the container's STDOUT and STDERR (and wait for it)
    #[arg(short, long)]
    pub attach: bool,
    /// Make STDIN available to the contained process
    #[arg(short, long)]
    pub interactive: bool,
    /// Start all containers that do not run
    #[arg(long)]
    pub all: bool,
    /// Start only the containers that match (status=, name=, id=, label=, exited=,
    /// restart-policy=, ancestor=)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Container(s) to start
    #[arg(value_name = "CONTAINER")]
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

pub fn run(ctx: &Context, a: StartArgs) -> anyhow::Result<ExitStatus> {
    if a.all && !a.containers.is_empty() {
        return Err(UserError::new(
            "either start all containers or the container(s) provided in the arguments",
        )
        .with_hint("drop --all, or the names")
        .into());
    }
    if !a.all && a.containers.is_empty() {
        return Err(UserError::new("you must provide at least one name or id")
            .with_hint("name the containers, or use --all")
            .into());
    }
    let filters = crate::engine::filter::Filters::parse(&a.filter)?;
    let engine = ctx.engine()?;
    let mut list = if a.all {
        engine
            .list()
            .into_iter()
            .filter(|c| !crate::engine::State::of(c).is_active())
            .collect()
    } else {
        a.containers
            .iter()
            .map(|n| engine.find(n))
            .collect::<Result<Vec<_>, _>>()?
    };
    list.retain(|c| filters.matches(c));
    let mut status = ExitStatus::Success;
    for (c, how) in engine.start(list, a.attach, a.interactive)? {
        match how {
            Started::Exited(code) => status = super::exit_status(code),
            // podman prints the name as given (the ID with --all)
            Started::Running if a.all => output::out(&c.id),
            Started::Running => output::out(super::given_name(&a.containers, &c)),
        }
    }
    Ok(status)
}

pub fn run_restart(ctx: &Context, a: RestartArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let list: Vec<Container> = if a.all {
        engine.list()
    } else {
        if a.containers.is_empty() {
            return Err(UserError::new("you must provide at least one name or id")
                .with_hint("name the containers, or use --all")
                .into());
        }
        a.containers
            .iter()
            .map(|n| engine.find(n))
            .collect::<Result<_, _>>()?
    };
    let ids: Vec<String> = list.iter().map(|c| c.id.clone()).collect();
    engine.restart(list, a.time)?;
    for id in ids {
        output::out(&id);
    }
    Ok(ExitStatus::Success)
}
