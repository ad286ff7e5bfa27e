//! `berth unshare`: a command (default: the user's shell) in berth's user namespace, where
//! the store's files show their in-image owners, as `podman unshare` does. It gets a mount
//! namespace of its own too, so that `berth mount` run inside mounts where the shell sees it
//! (and nowhere else). `--rootless-netns` runs it in the rootless network namespace instead.

use super::Context;
use crate::error::{ExitStatus, UserError};
use clap::Args;
use std::os::unix::process::CommandExt;

#[derive(Args, Debug)]
#[command(trailing_var_arg = true)]
pub struct UnshareArgs {
    /// Join the rootless network namespace too (where user-defined networks' bridges live)
    #[arg(long = "rootless-netns", visible_alias = "rootless-cni")]
    pub rootless_netns: bool,
    /// The command and its arguments (default: $SHELL)
    pub command: Vec<String>,
}

pub fn run(ctx: &Context, a: UnshareArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    // already root (inside another `berth unshare`, or the real root): nothing to enter, the
    // mount namespace stays the caller's
    if a.rootless_netns {
        ctx.engine()?.join_rootless_netns()?;
    } else {
        crate::engine::namespace::enter(crate::engine::Enter::Shell)?;
    }
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
