//! `berth tag` and `berth untag`.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::reference::{ParsedName, Reference};
use crate::storage::Store;
use clap::Args;

#[derive(Args, Debug)]
pub struct TagArgs {
    /// The image to tag
    pub image: String,
    /// The new name(s)
    #[arg(required = true, value_name = "TARGET_NAME")]
    pub targets: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UntagArgs {
    /// The image to untag
    pub image: String,
    /// The name(s) to remove (all names when none is given)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

/// A name as podman stores it: short names go under localhost/, `:latest` when untagged.
pub fn normalize_name(name: &str) -> anyhow::Result<String> {
    if name.contains('@') {
        return Err(UserError::new(format!("{name}: tag by digest not supported")).into());
    }
    normalize_any_name(name)
}

/// [`normalize_name`], and a name by digest as `registry/repository@digest` (a tag beside
/// the digest dropped, as libimage does): what `untag` and `rmi` take away.
pub fn normalize_any_name(name: &str) -> anyhow::Result<String> {
    let r = match Reference::parse(name)
        .map_err(|e| UserError::new(format!("normalizing name {name:?}: {e}")))?
    {
        ParsedName::Qualified(r) => r,
        ParsedName::Short(s) => s.qualify("localhost"),
    };
    Ok(match &r.digest {
        Some(d) => format!("{}@{d}", r.name()),
        None => r.with_default_tag().to_string(),
    })
}

pub fn run_tag(ctx: &Context, a: TagArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    let targets: Vec<String> = a
        .targets
        .iter()
        .map(|t| normalize_name(t))
        .collect::<anyhow::Result<_>>()?;
    let image = store.find_image(&a.image)?;
    crate::engine::image::tag(&store, &image, &targets, &a.targets)?;
    Ok(ExitStatus::Success)
}

pub fn run_untag(ctx: &Context, a: UntagArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    let image = store.find_image(&a.image)?;
    let names: Vec<String> = a
        .names
        .iter()
        .map(|t| normalize_any_name(t))
        .collect::<anyhow::Result<_>>()?;
    crate::engine::image::untag(&store, &image, &names)?;
    Ok(ExitStatus::Success)
}
