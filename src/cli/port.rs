//! `berth port`: the published ports of a container, as podman prints them
//! (`80/tcp -> 0.0.0.0:8080`).

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::{self as containers, Container};
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

fn lines(c: &Container, only: Option<(u16, &str)>) -> Vec<String> {
    c.config
        .spec
        .ports
        .iter()
        .filter(|m| {
            only.is_none_or(|(p, proto)| m.container_port == p && m.proto.as_str() == proto)
        })
        .map(|m| {
            let ip = if m.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                m.host_ip.as_str()
            };
            if only.is_some() {
                format!("{ip}:{}", m.host_port)
            } else {
                format!(
                    "{}/{} -> {ip}:{}",
                    m.container_port,
                    m.proto.as_str(),
                    m.host_port
                )
            }
        })
        .collect()
}

pub fn run(ctx: &Context, a: PortArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let root = &settings.paths.graph_root;
    if a.all || a.latest {
        if a.container.is_some() && a.all {
            return Err(UserError::new("no arguments are needed with --all").into());
        }
        let list = containers::list(root);
        if a.latest && list.is_empty() {
            return Err(UserError::new("no containers to show the ports of")
                .with_hint("`berth ps -a` lists the containers")
                .into());
        }
        for c in list.iter().take(if a.latest { 1 } else { usize::MAX }) {
            for l in lines(c, None) {
                output::out(&if a.all {
                    format!("{}\t{l}", crate::reference::short_id(&c.id))
                } else {
                    l
                });
            }
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
    let c = containers::find(root, name)?;
    if let Some(p) = &a.port {
        let (num, proto) = p.split_once('/').unwrap_or((p.as_str(), "tcp"));
        let Ok(n) = num.parse::<u16>() else {
            return Err(UserError::new(format!("invalid port {p:?}"))
                .with_hint("use PORT or PORT/PROTO, e.g. 80/tcp")
                .into());
        };
        if !["tcp", "udp", "sctp"].contains(&proto) {
            return Err(UserError::new(format!("invalid port {p:?}"))
                .with_hint("use PORT or PORT/PROTO, e.g. 80/tcp")
                .into());
        }
        let found = lines(&c, Some((n, proto)));
        if found.is_empty() {
            return Err(
                UserError::new(format!("failed to find published port \"{num}/{proto}\"")).into(),
            );
        }
        for l in found {
            output::out(&l);
        }
        return Ok(ExitStatus::Success);
    }
    for l in lines(&c, None) {
        output::out(&l);
    }
    Ok(ExitStatus::Success)
}
