//! `berth network create|ls|inspect|rm|prune|exists|connect|disconnect|reload`.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::network::records::{CreateRequest, Network};
use crate::output::{self, format::Format, table::Table};
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(alias = "remove")]
    Rm(RmArgs),
    /// Remove all unused networks
    Prune(PruneArgs),
    /// Check if a network exists
    Exists(ExistsArgs),
    /// Reload the network of containers (their addresses stay)
    Reload(ReloadArgs),
    /// Add a container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
}

#[derive(Args, Debug)]
pub struct ConnectArgs {
    /// Network scoped alias for the container
    #[arg(long)]
    pub alias: Vec<String>,
    /// Static IPv4 address for the container on this network
    #[arg(long)]
    pub ip: Option<String>,
    /// Static MAC address for the container on this network
    #[arg(long)]
    pub mac_address: Option<String>,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct DisconnectArgs {
    /// Disconnect even if the container is not running
    #[arg(short, long)]
    pub force: bool,
    pub network: String,
    pub container: String,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Network name (podmanN when omitted)
    pub name: Option<String>,
    /// Driver to manage the network (bridge)
    #[arg(short, long, value_name = "DRIVER")]
    pub driver: Option<String>,
    /// Subnet in CIDR format
    #[arg(long)]
    pub subnet: Vec<String>,
    /// IPv4 or IPv6 gateway for the subnet
    #[arg(long)]
    pub gateway: Vec<String>,
    /// Allocate container IPs from a range
    #[arg(long)]
    pub ip_range: Vec<String>,
    /// Restrict external access from this network
    #[arg(long)]
    pub internal: bool,
    /// Enable IPv6 networking
    #[arg(long)]
    pub ipv6: bool,
    /// Disable DNS plugin
    #[arg(long)]
    pub disable_dns: bool,
    /// DNS servers this network will use
    #[arg(long)]
    pub dns: Vec<String>,
    /// Set metadata on a network
    #[arg(long)]
    pub label: Vec<String>,
    /// Set driver specific options
    #[arg(short, long)]
    pub opt: Vec<String>,
    /// IP address management driver
    #[arg(long)]
    pub ipam_driver: Option<String>,
    /// Do not fail if the network already exists
    #[arg(long)]
    pub ignore: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Pretty-print networks to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Provide filter values (e.g. 'name=podman')
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Display only network IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// Display the full network ID
    #[arg(long)]
    pub no_trunc: bool,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Pretty-print network to JSON or using a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove any containers using the network
    #[arg(short, long)]
    pub force: bool,
    /// Seconds to wait for running containers to stop before killing them
    #[arg(short, long)]
    pub time: Option<u64>,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>')
    #[arg(long)]
    pub filter: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ReloadArgs {
    /// Reload the network of all running containers
    #[arg(short, long)]
    pub all: bool,
    pub containers: Vec<String>,
}

fn parse_kv(list: &[String]) -> std::collections::BTreeMap<String, String> {
    list.iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// The network as Go templates name its fields (podman's types.Network).
fn template_doc(n: &Network) -> serde_json::Value {
    json!({
        "Name": n.name,
        "ID": n.id,
        "Id": n.id,
        "Driver": n.driver,
        "NetworkInterface": n.network_interface,
        "Created": n.created,
        "Subnets": n.subnets.iter().map(|s| json!({"Subnet": s.subnet, "Gateway": s.gateway})).collect::<Vec<_>>(),
        "IPv6Enabled": n.ipv6_enabled,
        "Internal": n.internal,
        "DNSEnabled": n.dns_enabled,
        "Labels": n.labels,
        "Options": n.options,
        "IPAMOptions": n.ipam_options,
    })
}

fn matches(n: &Network, filters: &[String]) -> anyhow::Result<bool> {
    for f in filters {
        let (k, v) = f.split_once('=').ok_or_else(|| {
            UserError::new(format!("invalid filter {f:?}")).with_hint("write filters as KEY=VALUE")
        })?;
        let ok = match k {
            "name" => n.name.contains(v),
            "id" => n.id.starts_with(v),
            "driver" => n.driver == v,
            "label" => {
                let (lk, lv) = v.split_once('=').unwrap_or((v, ""));
                n.labels.get(lk).is_some_and(|x| lv.is_empty() || x == lv)
            }
            "label!" => {
                let (lk, lv) = v.split_once('=').unwrap_or((v, ""));
                !n.labels.get(lk).is_some_and(|x| lv.is_empty() || x == lv)
            }
            _ => {
                return Err(UserError::new(format!("invalid filter {k:?}"))
                    .with_hint("filter by name, id, driver or label")
                    .into())
            }
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn run(ctx: &Context, cmd: NetworkCommand) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    match cmd {
        NetworkCommand::Create(a) => {
            if a.subnet.len() > 1 || a.gateway.len() > 1 || a.ip_range.len() > 1 {
                return Err(UserError::new(
                    "berth networks take one --subnet, --gateway and --ip-range",
                )
                .with_hint("create one network per subnet")
                .into());
            }
            if !a.gateway.is_empty() && a.subnet.is_empty() {
                return Err(UserError::new("cannot set gateway or range without subnet")
                    .with_hint("give --subnet too")
                    .into());
            }
            if let Some(d) = a.ipam_driver.as_deref().filter(|d| *d != "host-local") {
                return Err(UserError::new(format!("unsupported ipam driver {d:?}"))
                    .with_hint("use host-local (the default)")
                    .into());
            }
            let n = engine.network_create(&CreateRequest {
                name: a.name,
                driver: a.driver,
                subnet: a.subnet.first().cloned(),
                gateway: a.gateway.first().cloned(),
                ip_range: a.ip_range.first().cloned(),
                internal: a.internal,
                ipv6: a.ipv6,
                disable_dns: a.disable_dns,
                dns: a.dns,
                labels: parse_kv(&a.label),
                options: parse_kv(&a.opt),
                ignore: a.ignore,
            })?;
            output::out(&n.name);
        }
        NetworkCommand::Ls(a) => {
            let mut list = Vec::new();
            for n in engine.networks() {
                if matches(&n, &a.filter)? {
                    list.push(n);
                }
            }
            let short = |id: &str| {
                if a.no_trunc {
                    id.to_string()
                } else {
                    id[..12.min(id.len())].to_string()
                }
            };
            if a.quiet {
                for n in &list {
                    output::out(&n.name);
                }
                return Ok(ExitStatus::Success);
            }
            match Format::parse(a.format.as_deref()) {
                Format::Json => output::out(&serde_json::to_string_pretty(&list)?),
                Format::Template { body, table } => {
                    let items: Vec<serde_json::Value> = list
                        .iter()
                        .map(|n| {
                            let mut d = template_doc(n);
                            d["ID"] = json!(short(&n.id));
                            d
                        })
                        .collect();
                    output::out_raw(
                        &output::format::render_items(
                            &body,
                            table && !a.noheading,
                            &items,
                            &|f: &str| match f {
                                "ID" => "NETWORK ID".to_string(),
                                other => output::format::default_title(other),
                            },
                        )
                        .map_err(anyhow::Error::msg)?,
                    )
                }
                Format::Default => {
                    let mut t = if a.noheading {
                        Table::headless()
                    } else {
                        Table::new(&["NETWORK ID", "NAME", "DRIVER"])
                    };
                    for n in &list {
                        t.push(vec![short(&n.id), n.name.clone(), n.driver.clone()]);
                    }
                    output::out_raw(&t.render());
                }
            }
        }
        NetworkCommand::Inspect(a) => {
            let mut list = Vec::new();
            let mut failed = None;
            for n in &a.names {
                match engine.network(n) {
                    Ok(net) => list.push(net),
                    Err(e) => failed = Some(e),
                }
            }
            match Format::parse(a.format.as_deref()) {
                Format::Template { body, .. } => {
                    let items: Vec<serde_json::Value> = list.iter().map(template_doc).collect();
                    output::out_raw(
                        &output::format::render_items(
                            &body,
                            false,
                            &items,
                            &output::format::default_title,
                        )
                        .map_err(anyhow::Error::msg)?,
                    )
                }
                _ => output::out(&serde_json::to_string_pretty(&list)?),
            }
            if let Some(e) = failed {
                return Err(e);
            }
        }
        NetworkCommand::Rm(a) => {
            let mut status = ExitStatus::Success;
            for n in &a.names {
                match engine.network_remove(n, a.force, a.time) {
                    Ok(name) => output::out(&name),
                    Err(e) => {
                        let not_found = e
                            .downcast_ref::<crate::network::records::RecordError>()
                            .is_some_and(|r| {
                                matches!(r, crate::network::records::RecordError::NotFound(_))
                            });
                        if not_found && a.force {
                            continue; // podman: -f is silent about networks that are not there
                        }
                        status = if not_found {
                            ExitStatus::External(1)
                        } else {
                            ExitStatus::Error
                        };
                        output::err(&super::report::render(&e));
                    }
                }
            }
            return Ok(status);
        }
        NetworkCommand::Prune(a) => {
            for n in engine.networks() {
                if n.name == crate::network::records::DEFAULT_NETWORK
                    || !matches(&n, &a.filter)?
                    || !engine.network_users(&n.name).is_empty()
                {
                    continue;
                }
                engine.network_remove(&n.name, false, None)?;
                output::out(&n.name);
            }
        }
        NetworkCommand::Exists(a) => {
            return Ok(match engine.network(&a.name) {
                Ok(_) => ExitStatus::Success,
                Err(_) => ExitStatus::External(1),
            })
        }
        NetworkCommand::Connect(a) => engine.network_connect(
            &a.network,
            &a.container,
            &a.alias,
            a.ip.as_deref(),
            a.mac_address.as_deref(),
        )?,
        NetworkCommand::Disconnect(a) => engine.network_disconnect(&a.network, &a.container)?,
        NetworkCommand::Reload(a) => {
            // veths live as long as the container's network namespace; nothing is lost that a
            // reload would make again: name the containers, as podman does
            let list: Vec<_> = if a.all {
                engine
                    .list()
                    .into_iter()
                    .filter(|c| crate::engine::State::of(c).is_active())
                    .collect()
            } else {
                let mut v = Vec::new();
                for n in &a.containers {
                    v.push(engine.find(n)?);
                }
                v
            };
            for c in list {
                output::out(&c.id);
            }
        }
    }
    Ok(ExitStatus::Success)
}
