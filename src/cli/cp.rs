//! `berth cp`: copy files and directories between a container (running or not) and the host,
//! or a tar stream on stdin/stdout, with podman's (docker's) rules for `/` and `/.`.
//!
//! One side runs in a forked berth whose root is the container's root
//! (`runtime::access`), the other here; a tar stream goes between them through a pipe.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::access::{self, RootAccess};
use crate::runtime::container::{self as containers, Container};
use crate::runtime::copy::{self, CopyError, ExtractOptions, Incoming, Owner, Source};
use crate::storage::Store;
use clap::Args;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Keep the source's uid/gid (default: files copied into a container belong to its user,
    /// files copied out to you)
    #[arg(
        short = 'a',
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub archive: Option<bool>,
    /// Follow a symbolic link SRC_PATH in the container (resolved inside it); a local one is
    /// always followed, as podman does
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

fn user_err(e: CopyError) -> anyhow::Error {
    UserError::new(e.0).into()
}

/// Enter berth's user namespace with a mount namespace of our own, where a stopped container's
/// rootfs can be mounted (inside `berth unshare`, only the mount namespace is new).
pub(super) fn enter_private_mounts() -> anyhow::Result<()> {
    crate::engine::namespace::enter(crate::engine::Enter::Mounts).map(drop)
}

/// How the container-side child reaches the container: joining it when it runs, else through
/// its rootfs mounted here (this process then is in the user namespace). The bool says
/// whether this process still has to enter the user namespace itself.
pub(super) fn reach(
    root: &Path,
    c: &Container,
    bare: bool,
) -> anyhow::Result<(RootAccess, bool, Option<PathBuf>)> {
    if c.state.is_alive() {
        // with --init, pid 1 is not dumpable: join through the command's process instead
        let pid = crate::runtime::exec::namespace_holder(c.state.pid, c.config.spec.init)
            .unwrap_or(c.state.pid);
        return Ok((
            if bare {
                RootAccess::JoinBare(pid)
            } else {
                RootAccess::Join(pid)
            },
            true,
            None,
        ));
    }
    enter_private_mounts()?;
    let store = Store::open(root, false)?;
    let merged = crate::runtime::mount_container(&store, c)?;
    if !bare {
        // its volumes and bind mounts, as it will see them (not its tmpfs mounts: what is
        // copied there would be hidden when it starts)
        let mounts: Vec<_> = c
            .config
            .spec
            .mounts
            .iter()
            .filter(|m| m.kind != crate::runtime::spec::MountKind::Tmpfs)
            .cloned()
            .collect();
        if let Err(e) = crate::runtime::rootfs::apply_mounts(&merged, &mounts) {
            let _ = access::unmount_rootfs(&c.dir);
            return Err(UserError::new(format!(
                "cannot mount the volumes of container {}: {e}",
                c.name()
            ))
            .into());
        }
    }
    Ok((RootAccess::Chroot(merged.clone()), false, Some(merged)))
}

/// The owner of files copied into the container: its process user, as podman does (root for
/// most images). Runs inside the container's root.
fn container_owner(user: &str) -> Owner {
    if user.is_empty() {
        return Owner::Fixed(0, 0);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    match crate::runtime::spec::resolve_user(user, &passwd, &group) {
        Ok(u) => Owner::Fixed(u.uid, u.gid),
        Err(_) => Owner::Fixed(0, 0),
    }
}

fn warn_all(stats_json: &str, quiet: bool) {
    if quiet {
        return;
    }
    if let Ok(s) = serde_json::from_str::<copy::Stats>(stats_json) {
        for w in s.warnings {
            output::warn(&w);
        }
    }
}

fn is_broken_pipe(e: &CopyError) -> bool {
    e.0.contains("Broken pipe") || e.0.contains("broken pipe")
}

pub fn run(ctx: &Context, a: CpArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let root = settings.paths.graph_root.clone();
    match (parse_end(&a.src), parse_end(&a.dest)) {
        (End::Container(..), End::Container(..)) => Err(UserError::new(
            "copying between two containers is not supported yet",
        )
        .with_hint("copy to a host directory first, then from there")
        .into()),
        (End::Container(name, path), dest) => copy_out(&root, &name, &path, dest, &a),
        (src, End::Container(name, path)) => copy_in(&root, src, &name, &path, &a),
        _ => Err(UserError::new(format!(
            "invalid arguments \"{}\", \"{}\": one of them must be CONTAINER:PATH",
            a.src, a.dest
        ))
        .into()),
    }
}

/// stdin, decompressed, checked to start with a tar header.
fn stdin_tar() -> anyhow::Result<Box<dyn Read>> {
    let mut r = crate::image::layer::decompress(BufReader::new(std::io::stdin()))
        .map_err(|e| UserError::new(format!("cannot read stdin: {e}")))?;
    let mut block = vec![0u8; 512];
    let mut n = 0;
    while n < block.len() {
        match r.read(&mut block[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) => return Err(UserError::new(format!("cannot read stdin: {e}")).into()),
        }
    }
    if !copy::looks_like_tar(&block[..n]) {
        return Err(UserError::new(
            "source must be a (compressed) tar archive when copying from stdin",
        )
        .into());
    }
    Ok(Box::new(std::io::Cursor::new(block).chain(r)))
}

fn copy_in(
    root: &Path,
    src: End,
    name: &str,
    path: &str,
    a: &CpArgs,
) -> anyhow::Result<ExitStatus> {
    let c = containers::find(root, name)?;
    let cpath = copy::container_path(path, &c.config.spec.process.cwd);
    // everything about the host side before a mount changes our directory
    let (incoming, local, stream) = match &src {
        End::Host(text) => {
            let abs = std::path::absolute(text)
                .map_err(|e| UserError::new(format!("\"{text}\": {e}")))?;
            let s = copy::source(text, &abs, true, "the host").map_err(user_err)?;
            (Incoming::Tree(s), Some(abs), None)
        }
        _ => (Incoming::Stream, None, Some(stdin_tar()?)),
    };
    let (access, enter_later, mounted) = reach(root, &c, false)?;
    let (data_r, data_w) = std::io::pipe()?;
    let keep = a.archive.unwrap_or(false);
    let overwrite = a.overwrite;
    let user = c.config.spec.process.user.clone();
    let place = format!("container {name}");
    let text = path.to_string();
    let inc = incoming.clone();
    let spawned = access::spawn(&access, data_w, move |st| {
        let resolved = crate::runtime::rootfs::secure_join(Path::new("/"), &cpath)
            .map_err(|e| CopyError(format!("\"{text}\" could not be found on {place}: {e}")))?;
        let plan = copy::plan(&text, &resolved, &inc, &place, false)?;
        let owner = if keep {
            Owner::Keep
        } else {
            container_owner(&user)
        };
        st.send("PLAN", "");
        let stats = copy::extract(
            BufReader::with_capacity(256 * 1024, data_r),
            &plan.dir,
            &ExtractOptions {
                owner,
                overwrite,
                rebase: plan.rebase,
            },
        )?;
        Ok(serde_json::to_string(&stats).unwrap_or_default())
    });
    let result = (|| -> anyhow::Result<String> {
        let (mut child, data_w) = spawned.map_err(user_err)?;
        if enter_later {
            // the host side sees ids as the container does (for --archive)
            super::enter_userns()?;
        }
        child.message().map_err(user_err)?; // PLAN, or the error of the destination
        let w = BufWriter::with_capacity(256 * 1024, data_w);
        let sent: Result<(), CopyError> = match (&incoming, stream) {
            (Incoming::Tree(s), _) => {
                let path = local.as_deref().unwrap_or(Path::new("."));
                copy::pack(w, path, &s.name, true).and_then(|(w, _)| copy::flush(w))
            }
            (Incoming::Stream, Some(mut r)) => {
                let mut w = w;
                std::io::copy(&mut r, &mut w)
                    .map_err(|e| CopyError(format!("cannot copy stdin: {e}")))
                    .and_then(|_| copy::flush(w))
            }
            (Incoming::Stream, None) => Ok(()),
        };
        let done = child.finish();
        match (sent, done) {
            (Err(e), _) if !is_broken_pipe(&e) => Err(user_err(e)),
            (_, Err(e)) => Err(user_err(e)),
            (Err(e), Ok(_)) => Err(user_err(e)),
            (Ok(()), Ok(stats)) => Ok(stats),
        }
    })();
    if mounted.is_some() {
        let _ = access::unmount_rootfs(&c.dir);
    }
    warn_all(&result?, a.quiet);
    Ok(ExitStatus::Success)
}

fn copy_out(
    root: &Path,
    name: &str,
    path: &str,
    dest: End,
    a: &CpArgs,
) -> anyhow::Result<ExitStatus> {
    let c = containers::find(root, name)?;
    let cpath = copy::container_path(path, &c.config.spec.process.cwd);
    let dest_abs = match &dest {
        End::Host(text) => Some(
            std::path::absolute(text).map_err(|e| UserError::new(format!("\"{text}\": {e}")))?,
        ),
        _ => None,
    };
    let (access, enter_later, mounted) = reach(root, &c, false)?;
    let (data_r, data_w) = std::io::pipe()?;
    let follow = a.follow_link;
    let place = format!("container {name}");
    let text = path.to_string();
    let spawned = access::spawn(&access, data_r, move |st| {
        let p = Path::new(&cpath);
        let src = copy::source(&text, p, follow, &place)?;
        st.send("SRC", &serde_json::to_string(&src).unwrap_or_default());
        let follow_top = follow || copy::is_contents(&text) || text.ends_with('/');
        let w = BufWriter::with_capacity(256 * 1024, data_w);
        let (w, stats) = copy::pack(w, p, &src.name, follow_top)?;
        copy::flush(w)?;
        Ok(serde_json::to_string(&stats).unwrap_or_default())
    });
    let keep = a.archive.unwrap_or(false);
    let overwrite = a.overwrite;
    let result = (|| -> anyhow::Result<String> {
        let (mut child, data_r) = spawned.map_err(user_err)?;
        if enter_later {
            super::enter_userns()?;
        }
        let (_, body) = child.message().map_err(user_err)?;
        let src: Source = serde_json::from_str(&body)
            .map_err(|e| UserError::new(format!("internal error: bad source report: {e}")))?;
        let got: Result<(), CopyError> = match (&dest, dest_abs) {
            (End::Host(text), Some(abs)) => {
                let plan = copy::plan(text, &abs, &Incoming::Tree(src), "the host", true)
                    .map_err(user_err)?;
                let owner = if keep {
                    Owner::Keep
                } else {
                    Owner::Fixed(
                        nix::unistd::geteuid().as_raw(),
                        nix::unistd::getegid().as_raw(),
                    )
                };
                copy::extract(
                    BufReader::with_capacity(256 * 1024, data_r),
                    &plan.dir,
                    &ExtractOptions {
                        owner,
                        overwrite,
                        rebase: plan.rebase,
                    },
                )
                .map(|s| {
                    if !a.quiet {
                        for w in s.warnings {
                            output::warn(&w);
                        }
                    }
                })
            }
            _ => {
                let mut r = data_r;
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                std::io::copy(&mut r, &mut out)
                    .map(|_| ())
                    .and_then(|_| out.flush())
                    .map_err(|e| CopyError(format!("cannot write to stdout: {e}")))
            }
        };
        let done = child.finish();
        match (got, done) {
            (Err(e), _) => Err(user_err(e)),
            (Ok(()), Err(e)) => Err(user_err(e)),
            (Ok(()), Ok(stats)) => Ok(stats),
        }
    })();
    if mounted.is_some() {
        let _ = access::unmount_rootfs(&c.dir);
    }
    warn_all(&result?, a.quiet);
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
