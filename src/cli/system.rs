//! `berth system df|prune|reset|migrate|renumber|check|info|events`.

use super::Context;
use crate::engine::system::{DfReport, PruneOptions};
use crate::error::{ExitStatus, UserError};
use crate::output::{self, format::Format, table::Table};
use clap::{Args, Subcommand};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum SystemCommand {
    /// Show berth disk usage
    Df(DfArgs),
    /// Remove unused data
    Prune(PruneArgs),
    /// Reset berth storage
    Reset(ResetArgs),
    /// Migrate containers (berth keeps no pause process: nothing to migrate)
    Migrate(MigrateArgs),
    /// Migrate lock numbers (berth has no lock numbers: nothing to renumber)
    Renumber,
    /// Check storage consistency
    Check(CheckArgs),
    /// Display berth system information
    Info(super::info::InfoArgs),
    /// Show berth events
    Events(super::events::EventsArgs),
}

#[derive(Args, Debug)]
pub struct DfArgs {
    /// Pretty-print images using a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Show detailed information on disk usage
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove all unused data
    #[arg(short, long)]
    pub all: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>')
    #[arg(long)]
    pub filter: Vec<String>,
    /// Do not prompt for confirmation.  The default is false
    #[arg(short, long)]
    pub force: bool,
    /// Prune volumes
    #[arg(long)]
    pub volumes: bool,
}

#[derive(Args, Debug)]
pub struct ResetArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// Specify a new runtime for all containers
    #[arg(long)]
    pub new_runtime: Option<String>,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Remove containers whose image is damaged or gone when repairing
    #[arg(short, long)]
    pub force: bool,
    /// Maximum allowed age of unreferenced layers (berth checks every layer)
    #[arg(short, long)]
    pub max: Option<String>,
    /// Skip time-consuming checks (berth's checks are all quick)
    #[arg(short, long)]
    pub quick: bool,
    /// Remove inconsistent images (and what the store's repair removes)
    #[arg(short, long)]
    pub repair: bool,
}

pub fn run(ctx: &Context, cmd: SystemCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        SystemCommand::Df(a) => df(ctx, a),
        SystemCommand::Prune(a) => prune(ctx, a),
        SystemCommand::Reset(a) => reset(ctx, a),
        SystemCommand::Migrate(_) => {
            ctx.engine()?.migrate();
            Ok(ExitStatus::Success)
        }
        SystemCommand::Renumber => {
            ctx.engine()?.renumber();
            Ok(ExitStatus::Success)
        }
        SystemCommand::Check(a) => check(ctx, a),
        SystemCommand::Info(a) => super::info::run(ctx, a),
        SystemCommand::Events(a) => super::events::run(ctx, a),
    }
}

fn id12(s: &str) -> String {
    s.chars().take(12).collect()
}

fn ago(t: i64) -> String {
    output::time_ago(t).trim_end_matches(" ago").to_string()
}

fn summary(r: &DfReport) -> Vec<serde_json::Value> {
    let row = |kind: &str, total: usize, active: usize, size: u64, reclaimable: u64| {
        let percent = if size > 0 {
            (reclaimable as f64 / size as f64 * 100.0).round() as u64
        } else {
            0
        };
        json!({
            "Type": kind,
            "Total": total,
            "Active": active,
            "RawSize": size,
            "RawReclaimable": reclaimable,
            "Size": output::human_size_go(size),
            "Reclaimable": format!("{} ({percent}%)", output::human_size_go(reclaimable)),
        })
    };
    let isize: u64 = r.images.iter().map(|i| i.size).sum();
    let ireclaim: u64 = r
        .images
        .iter()
        .filter(|i| i.containers == 0)
        .map(|i| i.size)
        .sum();
    let csize: u64 = r.containers.iter().map(|c| c.rw_size).sum();
    let creclaim: u64 = r
        .containers
        .iter()
        .filter(|c| c.state.name() != "running")
        .map(|c| c.rw_size)
        .sum();
    let vsize: u64 = r.volumes.iter().map(|v| v.size).sum();
    let vreclaim: u64 = r
        .volumes
        .iter()
        .filter(|v| v.links == 0)
        .map(|v| v.size)
        .sum();
    vec![
        row(
            "Images",
            r.images.len(),
            r.images.iter().filter(|i| i.containers > 0).count(),
            isize,
            ireclaim,
        ),
        row(
            "Containers",
            r.containers.len(),
            r.containers
                .iter()
                .filter(|c| c.state.name() == "running")
                .count(),
            csize,
            creclaim,
        ),
        row(
            "Local Volumes",
            r.volumes.len(),
            r.volumes.iter().map(|v| v.links).sum(),
            vsize,
            vreclaim,
        ),
    ]
}

fn df(ctx: &Context, a: DfArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let r = engine.df()?;
    if a.verbose {
        return df_verbose(&r);
    }
    let rows = summary(&r);
    match Format::parse(a.format.as_deref()) {
        Format::Json => {
            let plain: Vec<serde_json::Value> = rows
                .iter()
                .map(|x| {
                    json!({"Type": x["Type"], "Total": x["Total"], "Active": x["Active"],
                           "Size": x["RawSize"], "Reclaimable": x["RawReclaimable"]})
                })
                .collect();
            output::out(&serde_json::to_string_pretty(&plain)?);
        }
        Format::Template { body, table } => output::out_raw(
            &output::format::render_items(&body, table, &rows, &output::format::default_title)
                .map_err(anyhow::Error::msg)?,
        ),
        Format::Default => {
            let mut t = Table::new(&["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]);
            for x in &rows {
                t.push(
                    ["Type", "Total", "Active", "Size", "Reclaimable"]
                        .iter()
                        .map(|k| match &x[*k] {
                            serde_json::Value::String(s) => s.clone(),
                            v => v.to_string(),
                        })
                        .collect(),
                );
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}

fn df_verbose(r: &DfReport) -> anyhow::Result<ExitStatus> {
    output::out("Images space usage:\n");
    let mut t = Table::new(&[
        "REPOSITORY",
        "TAG",
        "IMAGE ID",
        "CREATED",
        "SIZE",
        "SHARED SIZE",
        "UNIQUE SIZE",
        "CONTAINERS",
    ]);
    for i in &r.images {
        let names: Vec<(String, String)> = if i.record.names.is_empty() {
            vec![("<none>".into(), "<none>".into())]
        } else {
            i.record
                .names
                .iter()
                .map(|n| {
                    let repo = crate::storage::images::repo_of(n).to_string();
                    let tag = crate::storage::images::tag_of(n)
                        .unwrap_or("<none>")
                        .to_string();
                    (repo, tag)
                })
                .collect()
        };
        for (repo, tag) in names {
            t.push(vec![
                repo,
                tag,
                id12(&i.record.id),
                ago(i.record.created),
                output::human_size_go(i.size),
                output::human_size_go(i.shared),
                output::human_size_go(i.size.saturating_sub(i.shared)),
                i.containers.to_string(),
            ]);
        }
    }
    output::out_raw(&t.render());
    output::out("\nContainers space usage:\n");
    let mut t = Table::new(&[
        "CONTAINER ID",
        "IMAGE",
        "COMMAND",
        "LOCAL VOLUMES",
        "SIZE",
        "CREATED",
        "STATUS",
        "NAMES",
    ]);
    for c in &r.containers {
        let cfg = &c.container.config;
        t.push(vec![
            id12(&c.container.id),
            id12(&cfg.image_id),
            cfg.spec.process.args.join(" "),
            c.volumes.to_string(),
            output::human_size_go(c.rw_size),
            ago(cfg.created),
            c.state.name().to_string(),
            c.container.name().to_string(),
        ]);
    }
    output::out_raw(&t.render());
    output::out("\nLocal Volumes space usage:\n");
    let mut t = Table::new(&["VOLUME NAME", "LINKS", "SIZE"]);
    for v in &r.volumes {
        t.push(vec![
            v.name.clone(),
            v.links.to_string(),
            output::human_size_go(v.size),
        ]);
    }
    output::out_raw(&t.render());
    Ok(ExitStatus::Success)
}

fn prune(ctx: &Context, a: PruneArgs) -> anyhow::Result<ExitStatus> {
    if !a.force {
        let volumes = if a.volumes {
            "\n\t- all volumes not used by at least one container"
        } else {
            ""
        };
        let images = if a.all {
            "\t- all images without at least one container associated with them\n\t- all build cache"
        } else {
            "\t- all dangling images\n\t- all dangling build cache"
        };
        let msg = format!(
            "WARNING! This command removes:\n\t- all stopped containers\n\t- all networks not used by at least one container{volumes}\n{images}\n\nAre you sure you want to continue? [y/N] "
        );
        if !output::confirm(&msg) {
            return Ok(ExitStatus::Success);
        }
    }
    let engine = ctx.engine()?;
    let r = engine.system_prune(&PruneOptions {
        all: a.all,
        volumes: a.volumes,
        filters: a.filter,
    })?;
    for (title, list) in [
        ("Deleted Containers", &r.containers),
        ("Deleted Volumes", &r.volumes),
        ("Deleted Images", &r.images),
    ] {
        if !list.is_empty() {
            output::out(title);
            for x in list {
                output::out(x);
            }
        }
    }
    output::out(&format!(
        "Total reclaimed space: {}",
        output::human_size_go(r.reclaimed)
    ));
    Ok(ExitStatus::Success)
}

fn reset(ctx: &Context, a: ResetArgs) -> anyhow::Result<ExitStatus> {
    if !a.force {
        let msg = "WARNING! This will remove:\n        - all containers\n        - all pods\n        - all images\n        - all networks\n        - all build cache\n        - all machines\n        - all volumes\nAre you sure you want to continue? [y/N] ";
        if !output::confirm(msg) {
            return Ok(ExitStatus::Success);
        }
    }
    ctx.engine()?.reset()?;
    Ok(ExitStatus::Success)
}

fn check(ctx: &Context, a: CheckArgs) -> anyhow::Result<ExitStatus> {
    if a.force && !a.repair {
        return Err(UserError::new("--force only applies with --repair")
            .with_hint("use berth system check --repair --force")
            .into());
    }
    let found = ctx.engine()?.check(a.repair, a.force)?;
    if found.is_empty() {
        output::out("No problems found");
        return Ok(ExitStatus::Success);
    }
    let mut t = Table::new(&["KIND", "OBJECT", "PROBLEM", "REPAIRED"]);
    for f in &found {
        t.push(vec![
            f.kind.to_string(),
            f.what.clone(),
            f.detail.clone(),
            if f.repaired { "yes" } else { "no" }.to_string(),
        ]);
    }
    output::out_raw(&t.render());
    if found.iter().all(|f| f.repaired) {
        Ok(ExitStatus::Success)
    } else {
        if !a.repair {
            output::err("hint: berth system check --repair fixes what it can (--force also removes the containers of damaged images)");
        }
        Ok(ExitStatus::External(1))
    }
}
