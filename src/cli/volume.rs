//! `berth volume create|ls|inspect|rm|prune|exists|export|import`.

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
    /// Mount volume (inside `berth unshare`; prints its path)
    Mount(NamesArgs),
    /// Unmount volume (inside `berth unshare`)
    #[command(alias = "umount")]
    Unmount(NamesArgs),
    /// Export volumes
    Export(ExportArgs),
    /// Import a tarball contents into a podman volume
    Import(ImportArgs),
}

#[derive(Args, Debug)]
pub struct NamesArgs {
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a specified file (default: stdout, which must be redirected)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    pub name: String,
    /// The tarball to import (`-`: standard input)
    pub source: String,
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
    /// Set driver specific options (type=bind|tmpfs, device=..., o=...)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
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
    /// Filter volume output (name, label, driver, scope, dangling)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
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
    /// Remove a volume by force: the containers using it are removed first
    #[arg(short, long)]
    pub force: bool,
    /// Seconds to wait for running containers to stop before killing them (with --force)
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u64>,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>')
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
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
        "Options": v.options,
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
            let options = crate::engine::volume::parse_options(&a.opt)?;
            let v = volumes::create_with(&root, &name, labels.collect(), options, false, a.ignore)?;
            output::out(&v.name);
        }
        VolumeCommand::Ls(a) => {
            let filters = crate::engine::volume::VolumeFilters::parse(&a.filter)?;
            let used = crate::runtime::container::volumes_in_use(&root);
            let list: Vec<volumes::Volume> = volumes::list(&root)
                .into_iter()
                .filter(|v| filters.matches(v, &used))
                .collect();
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
            let engine = ctx.engine()?;
            let mut users = Vec::new();
            // podman: a volume that is not known is exit 1, and no error at all with --force
            let names: Vec<String> = names
                .into_iter()
                .filter(|n| !(a.force && volumes::get(&root, n).is_err()))
                .collect();
            for n in &names {
                volumes::get(&root, n).map_err(|e| match e {
                    StoreError::VolumeNotKnown(_) => {
                        UserError::new(e.to_string()).with_status(ExitStatus::External(1))
                    }
                    other => UserError::new(other.to_string()),
                })?;
                let using = engine.volume_users(n);
                if !using.is_empty() && !a.force {
                    return Err(crate::engine::Engine::volume_in_use_error(n, &using).into());
                }
                users.extend(using);
            }
            // podman's --force: the containers using the volumes go first
            users.sort_by(|x, y| x.id.cmp(&y.id));
            users.dedup_by(|x, y| x.id == y.id);
            for (c, r) in engine.remove(users, true, a.time, false)? {
                r.map_err(|e| e.context(format!("cannot remove container {}", c.id)))?;
            }
            super::enter_userns()?;
            for n in &names {
                volumes::remove(&root, n)?;
                output::out(n);
            }
        }
        VolumeCommand::Prune(a) => {
            let filters = crate::engine::volume::VolumeFilters::parse(&a.filter)?;
            let used = crate::runtime::container::volumes_in_use(&root);
            let unused: Vec<String> = volumes::list(&root)
                .into_iter()
                .filter(|v| !used.contains(&v.name) && filters.matches(v, &used))
                .map(|v| v.name)
                .collect();
            if !a.force {
                output::out("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:");
                for n in &unused {
                    output::out(n);
                }
                if !output::confirm("Are you sure you want to continue? [y/N] ") {
                    return Ok(ExitStatus::Success);
                }
            }
            if !unused.is_empty() {
                super::enter_userns()?;
            }
            for n in unused {
                volumes::remove(&root, &n)?;
                output::out(&n);
            }
        }
        VolumeCommand::Mount(a) => {
            crate::engine::mount::require_unshare("volume mount")?;
            for n in &a.names {
                let v = volumes::get(&root, n)?;
                output::out(&v.mountpoint.display().to_string());
            }
        }
        VolumeCommand::Unmount(a) => {
            crate::engine::mount::require_unshare("volume unmount")?;
            for n in &a.names {
                volumes::get(&root, n)?;
                output::out(n);
            }
        }
        VolumeCommand::Export(a) => {
            let v = volumes::get(&root, &a.name)?;
            if a.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                return Err(UserError::new(
                    "cannot write to terminal, use command-line redirection or the --output flag",
                )
                .into());
            }
            super::enter_userns()?;
            match &a.output {
                Some(p) => {
                    let f = std::fs::File::create(p).map_err(|e| {
                        UserError::new(format!("cannot create {}: {e}", p.display()))
                            .with_hint("check the directory exists and is writable")
                    })?;
                    crate::engine::volume::export(&v, std::io::BufWriter::new(f))?;
                }
                None => {
                    let mut buf = Vec::new();
                    crate::engine::volume::export(&v, &mut buf)?;
                    output::out_bytes(&buf);
                }
            }
        }
        VolumeCommand::Import(a) => {
            let v = volumes::get(&root, &a.name)?;
            let input: Box<dyn std::io::Read> = if a.source == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::fs::File::open(&a.source).map_err(|e| {
                    UserError::new(format!("cannot open {}: {e}", a.source))
                        .with_hint("give the path of a tar archive, or - for standard input")
                })?)
            };
            super::enter_userns()?;
            crate::engine::volume::import(&v, input)?;
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
