//! `berth attach`: a running container's stdio until it exits or the user detaches (see
//! `engine::attach`).

use super::Context;
use crate::engine::attach::{AttachOptions, Attached};
use crate::engine::logs::Stream;
use crate::error::ExitStatus;
use crate::output;
use clap::Args;

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// The container to attach to
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// Do not attach STDIN
    #[arg(long)]
    pub no_stdin: bool,
    /// Proxy received signals to the container
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Key sequence for detaching a container (default ctrl-p,ctrl-q; "" turns it off)
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
}

pub fn run(ctx: &Context, a: AttachArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let c = match (&a.container, a.latest) {
        (_, true) => engine.latest()?,
        (Some(n), false) => engine.find(n)?,
        (None, false) => engine.latest()?,
    };
    let o = AttachOptions {
        no_stdin: a.no_stdin,
        sig_proxy: a.sig_proxy,
        detach_keys: a.detach_keys,
    };
    let ended = engine.attach(&c, &o, &mut |stream, text| match stream {
        Stream::Stdout => output::out_bytes(text),
        Stream::Stderr => output::err_bytes(text),
    })?;
    Ok(match ended {
        Attached::Exited(code) => super::exit_status(code),
        Attached::Detached => ExitStatus::Success,
    })
}
