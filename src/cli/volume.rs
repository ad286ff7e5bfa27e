//! `berth volume create|ls|inspect|rm|prune|exists`.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output::{self, format::Format, table::Table};
use crate::storage::{volumes, StoreError};
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum VolumeCommand {
    /// Create a new volume
    Create(CreateArgs),
    /// List volumes
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more volumes
    Inspect(InspectArgs),
    /// Remove one or more volumes
    #[command(alias = "remove")]
    Rm(RmArgs),
    /// Remove all unused volumes
    Prune(PruneArgs),
    /// Check if a volume exists
    Exists(ExistsArgs),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Volume name (a random one when omitted)
    pub name: Option<String>,
    /// Set metadata for a volume (e.g. --label mykey=value)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Volume driver (only local)
    #[arg(short, long, default_value = "local")]
    pub driver: String,
    /// Do not fail if the volume already exists
    #[arg(long)]
    pub ignore: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Format volume output using a Go template or json
    #[arg(long)]
    pub format: Option<String>,
    /// Print volume output in quiet mode
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not print headers
    #[arg(long)]
    pub noheading: bool,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Format volume output using a Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Inspect all volumes
    #[arg(short, long)]
    pub all: bool,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove all volumes
    #[arg(short, long)]
    pub all: bool,
    /// Remove a volume even if containers use it (they are not removed)
    #[arg(short, long)]
    pub force: bool,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub name: String,
}

fn doc(v: &volumes::Volume) -> serde_json::Value {
    json!({
        "Name": v.name,
        "Driver": v.driver,
        "Mountpoint": v.mountpoint.display().to_string(),
        "CreatedAt": crate::image::manifest::format_rfc3339(v.created),
        "Labels": v.labels,
        "Scope": "local",
        "Options": {},
        "Anonymous": v.anonymous,
    })
}

pub fn run(ctx: &Context, cmd: VolumeCommand) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let root = settings.paths.graph_root.clone();
    match cmd {
        VolumeCommand::Create(a) => {
            if a.driver != "local" {
                return Err(UserError::new(format!(
                    "volume driver {:?} is not supported",
                    a.driver
                ))
                .with_hint("use the local driver")
                .into());
            }
            let name = a.name.clone().unwrap_or_else(crate::runtime::new_id);
            // volumes::create refuses a name that breaks podman's rule (it is joined onto a path)
            let labels = a.label.iter().map(|l| {
                let (k, v) = l.split_once('=').unwrap_or((l, ""));
                (k.to_string(), v.to_string())
            });
            let v = volumes::create(&root, &name, labels.collect(), false, a.ignore)?;
            output::out(&v.name);
        }
        VolumeCommand::Ls(a) => {
            let list = volumes::list(&root);
            if a.quiet {
                for v in &list {
                    output::out(&v.name);
                }
                return Ok(ExitStatus::Success);
            }
            let items: Vec<serde_json::Value> = list.iter().map(doc).collect();
            match Format::parse(a.format.as_deref()) {
                Format::Json => output::out(&serde_json::to_string_pretty(&items)?),
                Format::Template { body, table } => output::out_raw(
                    &output::format::render_items(
                        &body,
                        table && !a.noheading,
                        &items,
                        &output::format::default_title,
                    )
                    .map_err(anyhow::Error::msg)?,
                ),
                Format::Default => {
                    let mut t = if a.noheading {
                        Table::headless()
                    } else {
                        Table::new(&["DRIVER", "VOLUME NAME"])
                    };
                    for v in &list {
                        t.push(vec![v.driver.clone(), v.name.clone()]);
                    }
                    output::out_raw(&t.render());
                }
            }
        }
        VolumeCommand::Inspect(a) => {
            let names: Vec<String> = if a.all {
                volumes::list(&root).into_iter().map(|v| v.name).collect()
            } else {
                a.names.clone()
            };
            // podman: `--all` of no volumes prints `[]` (podman-compose's `down -v` asks so)
            if names.is_empty() && !a.all {
                return Err(UserError::new("provide one or more volume names or use --all").into());
            }
            let mut items = Vec::new();
            for n in &names {
                items.push(doc(&volumes::get(&root, n)?));
            }
            match Format::parse(a.format.as_deref()) {
                Format::Template { body, .. } => output::out_raw(
                    &output::format::render_items(
                        &body,
                        false,
                        &items,
                        &output::format::default_title,
                    )
                    .map_err(anyhow::Error::msg)?,
                ),
                _ => output::out(&serde_json::to_string_pretty(&items)?),
            }
        }
        VolumeCommand::Rm(a) => {
            // podman: names or --all, not both nor neither; --all of no volumes is fine
            if a.all != a.names.is_empty() {
                return Err(UserError::new("choose either one or more volumes or all").into());
            }
            let names: Vec<String> = if a.all {
                volumes::list(&root).into_iter().map(|v| v.name).collect()
            } else {
                a.names.clone()
            };
            if names.is_empty() {
                return Ok(ExitStatus::Success);
            }
            let used = crate::runtime::container::volumes_in_use(&root);
            for n in &names {
                volumes::get(&root, n)?;
                if used.contains(n) && !a.force {
                    return Err(
                        UserError::new(format!("volume {n} is being used by a container"))
                            .with_hint(format!(
                                "remove the container first, or berth volume rm -f {n}"
                            ))
                            .into(),
                    );
                }
            }
            super::enter_userns()?;
            for n in &names {
                volumes::remove(&root, n)?;
                output::out(n);
            }
        }
        VolumeCommand::Prune(_) => {
            let used = crate::runtime::container::volumes_in_use(&root);
            let unused: Vec<String> = volumes::list(&root)
                .into_iter()
                .map(|v| v.name)
                .filter(|n| !used.contains(n))
                .collect();
            if !unused.is_empty() {
                super::enter_userns()?;
            }
            for n in unused {
                volumes::remove(&root, &n)?;
                output::out(&n);
            }
        }
        VolumeCommand::Exists(a) => {
            return match volumes::get(&root, &a.name) {
                Ok(_) => Ok(ExitStatus::Success),
                Err(StoreError::VolumeNotKnown(_)) => Ok(ExitStatus::External(1)),
                Err(e) => Err(e.into()),
            };
        }
    }
    Ok(ExitStatus::Success)
}
