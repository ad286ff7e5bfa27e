//! `berth quadlet [--dryrun] [OUTDIR...]`: podman's quadlet generator (`engine::quadlet` does
//! the conversion). As a systemd user generator it is called with three directories and
//! writes into the first.

use super::Context;
use crate::engine::quadlet::{self, Paths};
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct QuadletArgs {
    /// Print the units instead of writing them
    #[arg(long, visible_alias = "dry-run")]
    pub dryrun: bool,
    /// Generate user units (the default: berth is rootless)
    #[arg(long)]
    pub user: bool,
    /// Print what is done
    #[arg(short, long)]
    pub verbose: bool,
    /// Don't log to kmsg (accepted for podman's quadlet; berth logs to stderr)
    #[arg(long)]
    pub no_kmsg_log: bool,
    /// The directory to write the units into (systemd passes three: the first is used)
    #[arg(value_name = "OUTDIR")]
    pub outdirs: Vec<PathBuf>,
}

pub fn run(ctx: &Context, a: QuadletArgs) -> anyhow::Result<ExitStatus> {
    let out = a.outdirs.first();
    if !a.dryrun && out.is_none() {
        return Err(UserError::new("missing output directory argument")
            .with_hint("pass the directory for the units, or --dryrun to print them")
            .into());
    }
    let settings = ctx.settings()?;
    let paths = Paths {
        bin: std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| "/usr/bin/berth".into()),
        run_root: quadlet::run_root_spec(&settings.paths.run_root),
    };
    let dirs = quadlet::unit_dirs();
    let (units, errors) = quadlet::generate(&dirs, &paths);
    for e in &errors {
        output::warn(e);
    }
    if units.is_empty() && errors.is_empty() {
        if a.verbose || a.dryrun {
            output::warn(&format!(
                "no quadlet files in {}",
                dirs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        return Ok(ExitStatus::External(1));
    }
    match out {
        Some(out) if !a.dryrun => {
            quadlet::write(out, &units)?;
            if a.verbose {
                for u in &units {
                    output::warn(&format!("wrote {}", out.join(&u.name).display()));
                }
            }
        }
        _ => {
            let dir = out.cloned().unwrap_or_default();
            for u in &units {
                output::out_raw(&format!(
                    "---{}---\n{}\n",
                    dir.join(&u.name).display(),
                    u.text
                ));
            }
        }
    }
    Ok(if errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::External(1)
    })
}
