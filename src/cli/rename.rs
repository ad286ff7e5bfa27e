//! `berth rename`: give a container another name.

use super::Context;
use crate::error::ExitStatus;
use clap::Args;

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// The container to rename
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Its new name
    #[arg(value_name = "NAME")]
    pub name: String,
}

pub fn run(ctx: &Context, a: RenameArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let c = engine.find(&a.container)?;
    engine.rename(&c, &a.name)?;
    Ok(ExitStatus::Success)
}
