//! `berth port`: the published ports of a container. berth publishes none yet, so there is
//! nothing to list; the command still checks its arguments and the container like podman.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::storage::containers;
use clap::Args;

#[derive(Args, Debug)]
pub struct PortArgs {
    /// Display port information for all containers
    #[arg(short, long)]
    pub all: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Only this private port (PORT[/PROTO])
    #[arg(value_name = "PORT")]
    pub port: Option<String>,
}

pub fn run(ctx: &Context, a: PortArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let root = &settings.paths.graph_root;
    if a.all || a.latest {
        if a.container.is_some() && a.all {
            return Err(UserError::new("no arguments are needed with --all").into());
        }
        if a.latest && containers::list(root).is_empty() {
            return Err(UserError::new("no containers to show the ports of")
                .with_hint("`berth ps -a` lists the containers")
                .into());
        }
        return Ok(ExitStatus::Success);
    }
    let Some(name) = &a.container else {
        return Err(
            UserError::new("you must supply a running container name or id")
                .with_hint("berth port CONTAINER, or berth port --all")
                .into(),
        );
    };
    let _c = containers::find(root, name)?;
    if let Some(p) = &a.port {
        let (num, proto) = p.split_once('/').unwrap_or((p.as_str(), "tcp"));
        if num.parse::<u16>().is_err() || !["tcp", "udp", "sctp"].contains(&proto) {
            return Err(UserError::new(format!("invalid port {p:?}"))
                .with_hint("use PORT or PORT/PROTO, e.g. 80/tcp")
                .into());
        }
        return Err(
            UserError::new(format!("failed to find published port \"{num}/{proto}\""))
                .with_hint("berth does not publish ports yet: the container has none")
                .into(),
        );
    }
    Ok(ExitStatus::Success)
}
