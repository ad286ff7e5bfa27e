//! `berth save` / `image save`: images to a docker-archive, oci-archive, oci-dir or docker-dir.

use super::Context;
use crate::engine::archive::{SaveOptions, SaveTarget};
use crate::error::{ExitStatus, UserError};
use crate::image::archive::SaveFormat;
use clap::Args;
use std::io::IsTerminal;
use std::os::fd::AsFd;

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// Write to a specified file (default: stdout, which must be redirected)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    /// Save image to docker-archive, oci-archive (see containers-transports(5)), oci-dir (oci transport), or docker-dir (dir transport with v2s2 manifest type)
    #[arg(long, default_value = "docker-archive", value_name = "FORMAT")]
    pub format: String,
    /// Interpret additional arguments as images not tags and create a multi-image-archive (only for docker-archive)
    #[arg(short = 'm', long)]
    pub multi_image_archive: bool,
    /// Compress tarball image layers when saving to a directory using the 'dir' transport
    #[arg(long)]
    pub compress: bool,
    /// Accept uncompressed layers when copying OCI images
    #[arg(long)]
    pub uncompressed: bool,
    /// Suppress the output
    #[arg(short, long)]
    pub quiet: bool,
    /// The images to save
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

pub fn run(ctx: &Context, a: SaveArgs) -> anyhow::Result<ExitStatus> {
    let format = SaveFormat::parse(&a.format).ok_or_else(|| {
        UserError::new(format!("unknown format option {:?}", a.format))
            .with_hint("use docker-archive, oci-archive, oci-dir or docker-dir")
    })?;
    if a.compress && format != SaveFormat::DockerDir {
        return Err(
            UserError::new("--compress can only be set when --format is 'docker-dir'").into(),
        );
    }
    if a.multi_image_archive && format != SaveFormat::DockerArchive {
        return Err(UserError::new(
            "--multi-image-archive can only be set when --format is 'docker-archive'",
        )
        .into());
    }
    let engine = ctx.engine()?;
    let opts = SaveOptions {
        format,
        multi_image: a.multi_image_archive,
        layers: crate::image::archive::LayerChoice {
            compress: a.compress,
            uncompressed: a.uncompressed,
        },
        destination: a.output.clone().unwrap_or_else(|| "/dev/stdout".into()),
        event: "save",
        tags: None,
    };
    // the output is opened as the user, before entering the namespace
    let target = if format.is_dir() {
        let Some(dir) = &a.output else {
            return Err(UserError::new(format!(
                "--format {} needs a directory: use -o DIR",
                a.format
            ))
            .into());
        };
        SaveTarget::Dir(dir.into())
    } else {
        let out: std::fs::File = match &a.output {
            Some(p) => std::fs::File::create(p)
                .map_err(|e| UserError::new(format!("cannot create {p}: {e}")))?,
            None => {
                if std::io::stdout().is_terminal() {
                    return Err(UserError::new(
                        "refusing to save to terminal. Use -o flag or redirect",
                    )
                    .into());
                }
                std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?)
            }
        };
        SaveTarget::Stream(std::io::BufWriter::with_capacity(256 * 1024, out))
    };
    super::enter_userns()?;
    engine.save(&a.images, &opts, target)?;
    Ok(ExitStatus::Success)
}
