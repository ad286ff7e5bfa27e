//! `berth commit`: a container's changes as a new image.

use super::Context;
use crate::engine::commit::CommitOptions;
use crate::error::{ExitStatus, UserError};
use crate::image::write::Format;
use crate::output;
use clap::Args;

#[derive(Args, Debug)]
pub struct CommitArgs {
    /// The container to commit
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// The name of the new image
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
    /// Set the author for the image committed
    #[arg(short, long, value_name = "AUTHOR")]
    pub author: Option<String>,
    /// Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR
    #[arg(short, long, value_name = "CHANGE")]
    pub change: Vec<String>,
    /// Set commit message for imported image
    #[arg(short, long, value_name = "MESSAGE")]
    pub message: Option<String>,
    /// Format of the image manifest and metadata: oci or docker
    #[arg(short, long, value_name = "FORMAT", default_value = "oci")]
    pub format: String,
    /// Write the image ID to the file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<std::path::PathBuf>,
    /// Pause container during commit (accepted: berth reads the upper dir as it is)
    #[arg(short, long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, default_value = "false")]
    pub pause: bool,
    /// Suppress output
    #[arg(short, long)]
    pub quiet: bool,
    /// Squash the image's layers and the container's changes into a single layer
    #[arg(short, long)]
    pub squash: bool,
    /// Include container volumes as image volumes
    #[arg(long)]
    pub include_volumes: bool,
}

pub fn run(ctx: &Context, a: CommitArgs) -> anyhow::Result<ExitStatus> {
    let format = Format::parse(&a.format).ok_or_else(|| {
        UserError::new(format!("unrecognized image format {:?}", a.format))
            .with_hint("use --format oci or --format docker")
    })?;
    let names = match &a.image {
        Some(n) => vec![super::tag::normalize_name(n)?],
        None => Vec::new(),
    };
    let engine = ctx.engine()?;
    let o = CommitOptions {
        names,
        format,
        author: a.author.clone(),
        message: a.message.clone(),
        ..Default::default()
    };
    let image = engine.commit(&a.container, &o, &a.change, a.include_volumes, a.squash)?;
    if let Some(f) = &a.iidfile {
        std::fs::write(f, format!("sha256:{}", image.id))
            .map_err(|e| UserError::new(format!("writing --iidfile {}: {e}", f.display())))?;
    }
    output::out(&image.id);
    Ok(ExitStatus::Success)
}
