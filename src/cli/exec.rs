//! `berth exec`: run a process in a running container.

use super::Context;
use crate::engine::exec::ExecOptions;
use crate::error::{ExitStatus, UserError};
use clap::Args;

#[derive(Args, Debug)]
#[command(trailing_var_arg = true)]
pub struct ExecArgs {
    /// Keep STDIN open even if not attached
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short, long)]
    pub tty: bool,
    /// Run the exec session in detached mode (backgrounded)
    #[arg(short, long)]
    pub detach: bool,
    /// Set environment variables
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Sets the username or UID used and optionally the groupname or GID
    #[arg(short, long)]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// Give the process extended privileges
    #[arg(long)]
    pub privileged: bool,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The container (with --latest, the first word of the command)
    pub container: String,
    /// The command and its arguments
    #[arg(allow_hyphen_values = true)]
    pub command: Vec<String>,
}

pub fn run(ctx: &Context, a: ExecArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut command = a.command;
    let c = if a.latest {
        // with --latest the first word is the command already
        command.insert(0, a.container);
        engine.latest()?
    } else {
        engine.find(&a.container)?
    };
    if command.is_empty() {
        return Err(
            UserError::new("must provide a non-empty command to start an exec session")
                .with_hint("berth exec CONTAINER COMMAND [ARG...]")
                .into(),
        );
    }
    let o = ExecOptions {
        command,
        env: a.env,
        user: a.user,
        workdir: a.workdir,
        privileged: a.privileged,
        tty: a.tty,
        interactive: a.interactive,
        detach: a.detach,
    };
    let code = engine.exec(&c, &o)?;
    if a.detach {
        crate::output::out(&c.id);
    }
    Ok(super::exit_status(code))
}
