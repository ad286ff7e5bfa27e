//! `berth export`: the container's whole rootfs (the image's layers flattened with its changes,
//! without its mounts) as a tar archive, owners as the container sees them.

use super::Context;
use crate::error::{ExitStatus, UserError};
use clap::Args;
use std::io::IsTerminal;
use std::os::fd::AsFd;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a specified file (default: stdout, which must be redirected)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn run(ctx: &Context, a: ExportArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let c = engine.find(&a.container)?;
    // the output is opened as the user, before any namespace or mount
    let out: std::fs::File = match &a.output {
        Some(p) => std::fs::File::create(p)
            .map_err(|e| UserError::new(format!("cannot create {p}: {e}")))?,
        None => {
            if std::io::stdout().is_terminal() {
                return Err(UserError::new(
                    "refusing to export to terminal. Use -o flag or redirect",
                )
                .into());
            }
            std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?)
        }
    };
    engine.export(&c, out)?;
    Ok(ExitStatus::Success)
}
