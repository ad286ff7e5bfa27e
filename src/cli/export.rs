//! `berth export`: the container's whole rootfs (the image's layers flattened with its changes,
//! without its mounts) as a tar archive, owners as the container sees them.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::runtime::access;
use crate::runtime::container as containers;
use crate::runtime::copy::{self, CopyError};
use clap::Args;
use std::io::{BufWriter, IsTerminal};
use std::os::fd::AsFd;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to a specified file (default: stdout, which must be redirected)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn run(ctx: &Context, a: ExportArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let root = settings.paths.graph_root.clone();
    let c = containers::find(&root, &a.container)?;
    // the output is opened as the user, before any namespace or mount
    let out: std::fs::File = match &a.output {
        Some(p) => std::fs::File::create(p)
            .map_err(|e| UserError::new(format!("cannot create {p}: {e}")))?,
        None => {
            if std::io::stdout().is_terminal() {
                return Err(UserError::new(
                    "refusing to export to terminal. Use -o flag or redirect",
                )
                .into());
            }
            std::fs::File::from(std::io::stdout().as_fd().try_clone_to_owned()?)
        }
    };
    let (access, _, mounted) = super::cp::reach(&root, &c, true)?;
    let result: Result<(), CopyError> = match &mounted {
        // nothing runs in it: no need for a child, the walk never follows a symlink
        Some(merged) => {
            let w = BufWriter::with_capacity(256 * 1024, out);
            copy::pack(w, merged, "", false).and_then(|(w, _)| copy::flush(w))
        }
        None => access::spawn(&access, (), move |_| {
            let w = BufWriter::with_capacity(256 * 1024, out);
            let (w, _) = copy::pack(w, std::path::Path::new("/"), "", false)?;
            copy::flush(w)?;
            Ok(String::new())
        })
        .and_then(|(mut child, ())| child.finish().map(|_| ())),
    };
    if mounted.is_some() {
        let _ = access::unmount_rootfs(&c.dir);
    }
    result.map_err(|e| UserError::new(e.0))?;
    Ok(ExitStatus::Success)
}
