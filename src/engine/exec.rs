//! `exec`: a new process in a running container's namespaces.

use super::state::{check, Op};
use super::Engine;
use crate::error::UserError;
use crate::runtime::container::Container;
use crate::runtime::{exec, spec};

/// What `exec` runs, as plain values.
#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub privileged: bool,
    pub tty: bool,
    pub interactive: bool,
    pub detach: bool,
}

impl Engine {
    /// Run `o.command` in `c`; its exit code (0 at once with `detach`).
    pub fn exec(&self, c: &Container, o: &ExecOptions) -> anyhow::Result<i32> {
        check(c, Op::Exec)?;
        let cs = &c.config.spec;
        let env = spec::merge_env(&cs.process.env, &o.env, &|k| std::env::var(k).ok());
        let mut security = cs.security.clone();
        if o.privileged {
            security.privileged = true;
        }
        if !o.interactive && !o.detach {
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
            args: &o.command,
            env,
            cwd: o.workdir.clone().unwrap_or_else(|| cs.process.cwd.clone()),
            user: o.user.clone().unwrap_or_else(|| cs.process.user.clone()),
            security: &security,
            detach: o.detach,
            tty: o.tty,
            stdin: o.interactive,
        };
        c.config.emit("exec");
        // exec joins the container's mount namespace: the log is opened before
        let held = crate::storage::events::hold();
        let code = exec::exec(&e)?;
        if !o.detach {
            let mut died = c.config.event("exec_died");
            died.exit_code = code;
            if let Some(h) = held {
                h.emit(died);
            }
        }
        Ok(code)
    }
}
