//! `berth load` / `image load`: the images of a docker-archive or oci-archive.

use super::Context;
use crate::engine::archive::Source;
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::Args;
use std::io::IsTerminal;
use std::os::fd::AsFd;

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Read from specified archive file (default: stdin)
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<String>,
    /// Suppress the output
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(ctx: &Context, a: LoadArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let input = match &a.input {
        Some(u) if u.starts_with("http://") || u.starts_with("https://") => Source::Url(u.clone()),
        Some(p) => Source::Reader(Box::new(
            std::fs::File::open(p)
                .map_err(|e| UserError::new(format!("stat {p}: {}", go_words(&e))))?,
        )),
        None => {
            if std::io::stdin().is_terminal() {
                return Err(UserError::new(
                    "cannot read from terminal, use command-line redirection or the --input flag",
                )
                .into());
            }
            Source::Reader(Box::new(std::fs::File::from(
                std::io::stdin().as_fd().try_clone_to_owned()?,
            )))
        }
    };
    super::enter_userns()?;
    let loaded = engine.load(input, a.input.as_deref().unwrap_or("/dev/stdin"))?;
    let mut names = Vec::new();
    for l in &loaded {
        if l.names.is_empty() {
            names.push(format!("sha256:{}", l.id));
        }
        names.extend(l.names.iter().cloned());
    }
    for n in names {
        output::out(&format!("Loaded image: {n}"));
    }
    Ok(ExitStatus::Success)
}

/// An I/O error as Go words it (`no such file or directory`), which podman's messages carry.
pub fn go_words(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => {
            let d = nix::errno::Errno::from_raw(n).desc();
            let mut c = d.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => e.to_string(),
            }
        }
        None => e.to_string(),
    }
}
