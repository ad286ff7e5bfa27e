//! `berth rename`: give a container another name.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::runtime::container as containers;
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
    let settings = ctx.settings()?;
    let root = &settings.paths.graph_root;
    let c = containers::find(root, &a.container)?;
    if c.name() == a.name {
        return Ok(ExitStatus::Success);
    }
    crate::engine::create::check_name(&a.name)?;
    if let Some(other) = containers::list(root)
        .into_iter()
        .find(|o| o.id != c.id && (o.name() == a.name || o.id == a.name))
    {
        return Err(UserError::new(format!(
            "renaming container {}: the container name \"{}\" is already in use by {}: that name is already in use",
            c.name(),
            a.name,
            other.id
        ))
        .with_hint(format!(
            "remove that container (`berth rm {}`) or choose another name",
            a.name
        ))
        .into());
    }
    let mut config = c.config.clone();
    config.spec.name = a.name.clone();
    containers::save_config(&c.dir, &config)?;
    Ok(ExitStatus::Success)
}
