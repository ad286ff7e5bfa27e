//! `berth top`: the processes of a running container (`engine::top` finds them).

use super::Context;
use crate::engine::top::{self, Top};
use crate::error::{ExitStatus, UserError};
use crate::output::{self, table::Table};
use clap::Args;

#[derive(Args, Debug)]
#[command(trailing_var_arg = true)]
pub struct TopArgs {
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The container (omit with --latest)
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Format descriptors (user, pid, ppid, pcpu, etime, tty, time, args, comm, group, nice,
    /// pgid, rgroup, ruser, state, vsz, rss, huser, hgroup, hpid) or ps(1) options
    #[arg(allow_hyphen_values = true, value_name = "DESCRIPTORS")]
    pub descriptors: Vec<String>,
}

pub fn run(ctx: &Context, a: TopArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let mut words = a.descriptors.clone();
    let c = match (&a.container, a.latest) {
        (Some(n), false) => engine.find(n)?,
        (n, true) => {
            // with --latest the first word is a descriptor already
            if let Some(n) = n {
                words.insert(0, n.clone());
            }
            engine.latest()?
        }
        (None, false) => {
            return Err(
                UserError::new("you must provide the name or ID of a running container")
                    .with_hint("berth top CONTAINER [DESCRIPTORS...]")
                    .into(),
            )
        }
    };
    match top::processes(&c, &words)? {
        Top::Rows { headers, rows } => {
            let mut t = Table::new(&headers);
            for r in rows {
                t.push(r);
            }
            output::out_raw(&t.render());
            Ok(ExitStatus::Success)
        }
        Top::Ps(code) => Ok(super::exit_status(code)),
    }
}
