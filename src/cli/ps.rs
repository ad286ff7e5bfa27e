//! `berth ps` / `container ls`.

use super::Context;
use crate::error::ExitStatus;
use crate::output::{self, format::Format, table::Table};
use crate::runtime::container::{self as containers, Container, Status};
use clap::Args;
use serde_json::json;

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all the containers, default is only running containers
    #[arg(short, long)]
    pub all: bool,
    /// Print only the container IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Also show containers made by other tools in the same storage (berth's store holds only
    /// its own, so the list is the same)
    #[arg(long)]
    pub external: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Print the n last created containers (all states)
    #[arg(short = 'n', long, value_name = "N")]
    pub last: Option<usize>,
    /// Display the extended information
    #[arg(long)]
    pub no_trunc: bool,
    /// Filter output based on conditions given (status=, name=, id=, ancestor=, label=)
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Pretty-print containers to JSON or using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
    /// Print the ID and name of the pod the containers are associated with
    #[arg(short, long)]
    pub pod: bool,
    /// Sort by command, created, id, image, names, runningfor, size or status
    #[arg(long, value_name = "KEY")]
    pub sort: Option<String>,
}

pub fn status_text(c: &Container) -> String {
    match c.state.status {
        Status::Created => "Created".into(),
        Status::Running if crate::engine::State::of(c) == crate::engine::State::Paused => {
            "Paused".into()
        }
        Status::Running => {
            let up = format!(
                "Up {}",
                output::time_ago(c.state.started_at).trim_end_matches(" ago")
            );
            // podman's "Up 5 seconds (healthy)"
            match c
                .config
                .healthcheck
                .as_ref()
                .and_then(|_| crate::runtime::health::read(&c.dir))
            {
                Some(h) if !h.status.is_empty() => format!("{up} ({})", h.status),
                _ => up,
            }
        }
        Status::Exited => format!(
            "Exited ({}) {}",
            c.state.exit_code.unwrap_or(0),
            output::time_ago(c.state.finished_at)
        ),
    }
}

/// The state's name (`engine::State`): created, running, stopping, exited, ...
pub fn state_name(c: &Container) -> &'static str {
    crate::engine::State::of(c).name()
}

/// The published ports as podman's `ps` shows them: `127.0.0.1:8080->80/tcp, ...`. A
/// container in another's network namespace (a pod's member: its infra's) shows that one's,
/// as podman's.
fn ports_text(root: &std::path::Path, c: &Container) -> String {
    let owner = c
        .config
        .spec
        .network
        .strip_prefix("container:")
        .and_then(|n| containers::find(root, n).ok());
    owner
        .as_ref()
        .unwrap_or(c)
        .config
        .spec
        .ports
        .iter()
        .map(|m| {
            let ip = if m.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                m.host_ip.as_str()
            };
            format!(
                "{ip}:{}->{}/{}",
                m.host_port,
                m.container_port,
                m.proto.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn id_of_pod(id: &str, no_trunc: bool) -> String {
    if no_trunc {
        id.to_string()
    } else {
        crate::reference::short_id(id).to_string()
    }
}

pub fn run(ctx: &Context, a: PsArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let filters = crate::engine::filter::Filters::parse(&a.filter)?;
    let mut list = containers::list(&settings.paths.graph_root);
    let all =
        a.all || a.latest || a.last.is_some() || filters.has("status") || filters.has("exited");
    list.retain(|c| (all || c.state.status == Status::Running) && filters.matches(c));
    if a.latest {
        list.truncate(1);
    }
    if let Some(n) = a.last {
        list.truncate(n);
    }
    if let Some(key) = &a.sort {
        crate::engine::sort::sort_containers(&mut list, key)?;
    }
    let id_of = |c: &Container| {
        if a.no_trunc {
            c.id.clone()
        } else {
            crate::reference::short_id(&c.id).to_string()
        }
    };
    if a.quiet {
        for c in &list {
            output::out(&id_of(c));
        }
        return Ok(ExitStatus::Success);
    }
    let pods = crate::storage::pods::list(&settings.paths.graph_root);
    let pod_of = |c: &Container| {
        c.config
            .pod
            .as_deref()
            .and_then(|id| pods.iter().find(|p| p.id == id))
    };
    // the documents `--format` renders (the table needs none of them)
    let items = || -> Vec<serde_json::Value> {
        list.iter()
            .map(|c| {
                json!({
                    "ID": id_of(c),
                    "Id": c.id,
                    "Image": c.config.image_name,
                    "ImageID": c.config.image_id,
                    "Command": c.config.spec.process.args.join(" "),
                    "Created": c.config.created,
                    "CreatedAt": crate::image::manifest::format_rfc3339(c.config.created),
                    "RunningFor": output::time_ago(c.config.created),
                    "Status": status_text(c),
                    "State": state_name(c),
                    "Names": c.name(),
                    "Ports": ports_text(&settings.paths.graph_root, c),
                    "Pid": c.state.pid,
                    "ExitCode": c.state.exit_code.unwrap_or(0),
                    "Exited": c.state.status == Status::Exited,
                    "AutoRemove": c.config.auto_remove,
                    "Labels": c.config.labels,
                    "Pod": pod_of(c).map(|p| id_of_pod(&p.id, a.no_trunc)).unwrap_or_default(),
                    "PodName": pod_of(c).map(|p| p.name.clone()).unwrap_or_default(),
                    "IsInfra": c.config.infra,
                })
            })
            .collect()
    };
    match Format::parse(a.format.as_deref()) {
        Format::Json => output::out(&serde_json::to_string_pretty(&items())?),
        Format::Template { body, table } => {
            let title = |f: &str| match f {
                "ID" | "Id" => "CONTAINER ID".to_string(),
                "RunningFor" | "CreatedAt" => "CREATED".to_string(),
                other => output::format::default_title(other),
            };
            output::out_raw(
                &output::format::render_items(&body, table && !a.noheading, &items(), &title)
                    .map_err(anyhow::Error::msg)?,
            );
        }
        Format::Default => {
            let mut header = vec![
                "CONTAINER ID",
                "IMAGE",
                "COMMAND",
                "CREATED",
                "STATUS",
                "PORTS",
                "NAMES",
            ];
            if a.pod {
                header.extend(["POD ID", "PODNAME"]);
            }
            let mut t = if a.noheading {
                Table::headless()
            } else {
                Table::new(&header)
            };
            for c in &list {
                let mut cmd = c.config.spec.process.args.join(" ");
                if !a.no_trunc && cmd.chars().count() > 20 {
                    cmd = cmd.chars().take(17).collect::<String>() + "...";
                }
                let mut row = vec![
                    id_of(c),
                    c.config.image_name.clone(),
                    cmd,
                    output::time_ago(c.config.created),
                    status_text(c),
                    ports_text(&settings.paths.graph_root, c),
                    c.name().to_string(),
                ];
                if a.pod {
                    let p = pod_of(c);
                    row.push(p.map(|p| id_of_pod(&p.id, a.no_trunc)).unwrap_or_default());
                    row.push(p.map(|p| p.name.clone()).unwrap_or_default());
                }
                t.push(row);
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}
