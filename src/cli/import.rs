//! `berth import` / `image import`: a rootfs tarball (a file, `-` for stdin, or a directory) as
//! a one-layer image.

use super::Context;
use crate::engine::archive::{ImportOptions, Source};
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::Args;
use std::io::IsTerminal;
use std::os::fd::AsFd;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Apply the following possible instructions to the created image (default []): CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR
    #[arg(short, long, value_name = "CHANGE")]
    pub change: Vec<String>,
    /// Set commit message for imported image
    #[arg(short, long, value_name = "MESSAGE")]
    pub message: Option<String>,
    /// Suppress output
    #[arg(short, long)]
    pub quiet: bool,
    /// The tarball (a file, a URL, or - for stdin) or a directory
    #[arg(value_name = "PATH")]
    pub path: String,
    /// The name of the new image
    #[arg(value_name = "REFERENCE")]
    pub reference: Option<String>,
}

pub fn run(ctx: &Context, a: ImportArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let name = a
        .reference
        .as_deref()
        .map(super::tag::normalize_name)
        .transpose()?;
    let mut dir = None;
    let input: Option<Source> = if a.path.starts_with("http://") || a.path.starts_with("https://") {
        Some(Source::Url(a.path.clone()))
    } else if a.path == "-" {
        if std::io::stdin().is_terminal() {
            return Err(
                UserError::new("cannot read from terminal, use command-line redirection").into(),
            );
        }
        Some(Source::Reader(Box::new(std::fs::File::from(
            std::io::stdin().as_fd().try_clone_to_owned()?,
        ))))
    } else {
        let p = std::path::Path::new(&a.path);
        let meta = std::fs::metadata(p).map_err(|e| {
            UserError::new(format!("stat {}: {}", a.path, super::load::go_words(&e)))
        })?;
        if meta.is_dir() {
            dir = Some(p.to_path_buf());
            None
        } else {
            Some(Source::Reader(Box::new(std::fs::File::open(p).map_err(
                |e| UserError::new(format!("open {}: {}", a.path, super::load::go_words(&e))),
            )?)))
        }
    };
    super::enter_userns()?;
    let opts = ImportOptions {
        changes: a.change,
        message: a.message,
        name,
    };
    let id = engine.import(input, dir.as_deref(), &opts)?;
    output::out(&format!("sha256:{id}"));
    Ok(ExitStatus::Success)
}
