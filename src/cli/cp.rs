//! `berth cp`: copy files and directories between a container (running or not) and the host,
//! or a tar stream on stdin/stdout (`engine::copy` does the copying).

use super::Context;
use crate::engine::copy::{CopyOptions, HostEnd};
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::Args;

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Give files copied into a container to its user (the default, true); false keeps the
    /// source's uid/gid. Files copied out always belong to you, as in podman
    #[arg(
        short = 'a',
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub archive: Option<bool>,
    /// Accepted: a symbolic link SRC_PATH is always followed (inside the container for a
    /// container), as podman does
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Allow a directory to replace a non-directory and the reverse
    #[arg(long)]
    pub overwrite: bool,
    /// Do not print warnings (e.g. skipped device nodes)
    #[arg(short, long)]
    pub quiet: bool,
    /// Accepted for podman compatibility (berth does not pause the container)
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        hide = true
    )]
    pub pause: Option<bool>,
    /// [CONTAINER:]SRC_PATH, or - for a tar archive on stdin
    #[arg(value_name = "SRC_PATH")]
    pub src: String,
    /// [CONTAINER:]DEST_PATH, or - for a tar archive on stdout
    #[arg(value_name = "DEST_PATH")]
    pub dest: String,
}

/// One side of a copy.
#[derive(Debug, Clone, PartialEq)]
enum End {
    Host(String),
    Stream,
    Container(String, String),
}

/// podman's rule: `-` is a stream, a path starting with `.` or `/` is local, else `NAME:PATH`
/// names a container.
fn parse_end(s: &str) -> End {
    if s == "-" {
        return End::Stream;
    }
    if s.starts_with('.') || s.starts_with('/') {
        return End::Host(s.to_string());
    }
    match s.split_once(':') {
        Some((c, p)) if !c.is_empty() => End::Container(c.to_string(), p.to_string()),
        _ => End::Host(s.to_string()),
    }
}

pub fn run(ctx: &Context, a: CpArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let o = CopyOptions {
        chown: a.archive.unwrap_or(true),
        overwrite: a.overwrite,
    };
    let _ = a.follow_link; // always so, as in podman
    let (mut stdin, mut stdout) = (std::io::stdin(), std::io::stdout());
    let warnings = match (parse_end(&a.src), parse_end(&a.dest)) {
        (End::Container(sname, spath), End::Container(dname, dpath)) => {
            let (src, dst) = (engine.find(&sname)?, engine.find(&dname)?);
            engine.copy_between(&src, &spath, &dst, &dpath, &o)?
        }
        (End::Container(name, path), dest) => {
            let c = engine.find(&name)?;
            let dest = match dest {
                End::Host(p) => HostEnd::Path(p),
                _ => HostEnd::Sink(&mut stdout),
            };
            engine.copy_out_of(&c, &path, dest, &o)?
        }
        (src, End::Container(name, path)) => {
            let c = engine.find(&name)?;
            let src = match src {
                End::Host(p) => HostEnd::Path(p),
                _ => HostEnd::Stream(&mut stdin),
            };
            engine.copy_into(&c, &path, src, &o)?
        }
        _ => {
            return Err(UserError::new(format!(
                "invalid arguments \"{}\", \"{}\": one of them must be CONTAINER:PATH",
                a.src, a.dest
            ))
            .into())
        }
    };
    if !a.quiet {
        for w in warnings {
            output::warn(&w);
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_are_parsed_as_podman_does() {
        assert_eq!(parse_end("-"), End::Stream);
        assert_eq!(parse_end("./a:b"), End::Host("./a:b".into()));
        assert_eq!(parse_end("/x:y"), End::Host("/x:y".into()));
        assert_eq!(parse_end("file"), End::Host("file".into()));
        assert_eq!(
            parse_end("ctr:/etc/"),
            End::Container("ctr".into(), "/etc/".into())
        );
        assert_eq!(parse_end("ctr:"), End::Container("ctr".into(), "".into()));
        assert_eq!(parse_end(":x"), End::Host(":x".into()));
    }
}
