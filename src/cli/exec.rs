//! `berth exec`: run a process in a running container.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::runtime::container as containers;
use crate::runtime::{exec, spec};
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
    /// The container
    pub container: String,
    /// The command and its arguments
    #[arg(required = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

pub fn run(ctx: &Context, a: ExecArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let c = containers::find(&settings.paths.graph_root, &a.container)?;
    if !c.state.is_alive() {
        return Err(UserError::new(format!(
            "can only create exec sessions on running containers: container state improper"
        ))
        .with_hint(format!(
            "start it first (`berth ps -a` shows {} as {})",
            c.name(),
            super::ps::state_name(&c)
        ))
        .into());
    }
    let cs = &c.config.spec;
    let env = spec::merge_env(&cs.process.env, &a.env, &|k| std::env::var(k).ok());
    let mut security = cs.security.clone();
    if a.privileged {
        security.privileged = true;
    }
    if !a.interactive && !a.detach {
        let null = std::fs::File::open("/dev/null")?;
        nix::unistd::dup2_stdin(null)?;
    }
    let pid = exec::namespace_holder(c.state.pid, cs.init).ok_or_else(|| {
        UserError::new(format!(
            "the init of container {} runs no command right now",
            c.name()
        ))
        .with_hint("try again once it has started, or check `berth ps -a`")
    })?;
    let e = exec::ExecSpec {
        pid,
        args: &a.command,
        env,
        cwd: a.workdir.clone().unwrap_or_else(|| cs.process.cwd.clone()),
        user: a.user.clone().unwrap_or_else(|| cs.process.user.clone()),
        security: &security,
        detach: a.detach,
        tty: a.tty,
        stdin: a.interactive,
    };
    let code = exec::exec(&e)?;
    if a.detach {
        crate::output::out(&c.id);
    }
    Ok(if code == 0 {
        ExitStatus::Success
    } else {
        ExitStatus::External(code)
    })
}
