//! `berth unshare`: a command (default: the user's shell) in berth's user namespace, where
//! the store's files show their in-image owners, as `podman unshare` does.

use super::Context;
use crate::error::{ExitStatus, UserError};
use clap::Args;
use std::os::unix::process::CommandExt;

#[derive(Args, Debug)]
#[command(trailing_var_arg = true)]
pub struct UnshareArgs {
    /// The command and its arguments (default: $SHELL)
    pub command: Vec<String>,
}

pub fn run(ctx: &Context, a: UnshareArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    super::enter_userns()?;
    let mut argv = a.command.clone();
    if argv.is_empty() {
        argv.push(std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into()));
    }
    let err = std::process::Command::new(&argv[0])
        .args(&argv[1..])
        .env("CONTAINERS_GRAPHROOT", &settings.paths.graph_root)
        .env("CONTAINERS_RUNROOT", &settings.paths.run_root)
        .exec();
    let code = if err.kind() == std::io::ErrorKind::NotFound {
        ExitStatus::NotFound
    } else {
        ExitStatus::CannotExecute
    };
    Err(UserError::new(format!("{}: {err}", argv[0]))
        .with_status(code)
        .into())
}
