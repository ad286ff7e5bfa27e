//! Copying between a container (running or not) and the host: `cp` both ways and `export`.
//! The container side runs in a forked berth whose root is the container's root
//! (`runtime::access`), the host side here; a tar stream goes between them through a pipe,
//! with podman's (docker's) rules for `/` and `/.` (`runtime::copy`).

use super::namespace::{self, Enter};
use super::state::{check, Op};
use super::Engine;
use crate::error::UserError;
use crate::runtime::access::{self, RootAccess};
use crate::runtime::container::Container;
use crate::runtime::copy::{self, CopyError, ExtractOptions, Incoming, Owner, Source};
use crate::storage::Store;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The host side of a copy: a path, or a tar stream (stdin in, stdout out).
pub enum HostEnd<'a> {
    Path(String),
    Stream(&'a mut dyn Read),
    Sink(&'a mut dyn Write),
}

/// `cp` flags as plain values.
#[derive(Debug, Clone, Copy, Default)]
pub struct CopyOptions {
    /// `--archive` (podman's default: true): files copied into a container belong to its
    /// user; false keeps the source's owners. Files copied out always belong to the caller.
    pub chown: bool,
    pub overwrite: bool,
}

/// podman's refusal of wildcards in a container's source path: no glob is expanded, a `*`
/// names nothing (not even a file called `*`).
fn no_wildcard(text: &str, name: &str) -> anyhow::Result<()> {
    if text.contains('*') {
        return Err(UserError::new(format!(
            "\"{text}\" could not be found on container {name}: no such file or directory"
        ))
        .with_hint("podman cp copies one path; copy its directory, or name each file")
        .into());
    }
    Ok(())
}

fn user_err(e: CopyError) -> anyhow::Error {
    UserError::new(e.0).into()
}

fn warnings(stats_json: &str) -> Vec<String> {
    serde_json::from_str::<copy::Stats>(stats_json)
        .map(|s| s.warnings)
        .unwrap_or_default()
}

fn is_broken_pipe(e: &CopyError) -> bool {
    e.0.contains("Broken pipe") || e.0.contains("broken pipe")
}

/// How the container side is reached, and what to undo after.
pub struct Reach {
    pub access: RootAccess,
    /// This process still has to enter the user namespace itself (for the host side's ids).
    pub enter_later: bool,
    /// The rootfs of a stopped container, mounted here for the copy.
    pub mounted: Option<PathBuf>,
    /// Mount points made for its volumes (target, first component created): removed after,
    /// as podman, which does not mount them, leaves none.
    pub made: Vec<(PathBuf, PathBuf)>,
}

/// Undo what [`reach`] did for a stopped container: the volumes' mount points it made, then
/// the rootfs mount.
fn release(c: &Container, mounted: &Option<PathBuf>, made: &[(PathBuf, PathBuf)]) {
    for (target, first) in made.iter().rev() {
        crate::runtime::rootfs::remove_mountpoint(target, first);
    }
    if mounted.is_some() {
        let _ = access::unmount_rootfs(&c.dir);
    }
}

/// How the container-side child reaches the container: joining it when it runs, else through
/// its rootfs mounted here (this process then is in the user namespace). The bool says
/// whether this process still has to enter the user namespace itself.
fn reach(root: &Path, c: &Container, bare: bool) -> anyhow::Result<Reach> {
    if c.state.is_alive() {
        // with --init, pid 1 is not dumpable: join through the command's process instead
        let pid = crate::runtime::exec::namespace_holder(c.state.pid, c.config.spec.init)
            .unwrap_or(c.state.pid);
        return Ok(Reach {
            access: if bare {
                RootAccess::JoinBare(pid)
            } else {
                RootAccess::Join(pid)
            },
            enter_later: true,
            mounted: None,
            made: Vec::new(),
        });
    }
    check(c, Op::MountStopped)?;
    namespace::enter(Enter::Mounts)?;
    let store = Store::open(root, false)?;
    let merged = crate::runtime::mount_container(&store, c)?;
    let mut made = Vec::new();
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
        for m in &mounts {
            // one at a time: a volume inside another one is made in that one
            let first = crate::runtime::rootfs::secure_join(&merged, &m.destination)
                .ok()
                .and_then(|t| {
                    crate::runtime::rootfs::missing_mountpoint(&merged, &t).map(|f| (t, f))
                });
            if let Err(e) = crate::runtime::rootfs::apply_mounts(&merged, std::slice::from_ref(m)) {
                release(c, &Some(merged.clone()), &made);
                return Err(UserError::new(format!(
                    "cannot mount the volumes of container {}: {e}",
                    c.name()
                ))
                .with_hint("check that the container's volumes and bind-mount sources exist")
                .into());
            }
            made.extend(first);
        }
    }
    Ok(Reach {
        access: RootAccess::Chroot(merged.clone()),
        enter_later: false,
        mounted: Some(merged),
        made,
    })
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

/// A tar stream given on stdin, decompressed, checked to start with a tar header.
fn stdin_tar<'a>(input: &'a mut dyn Read) -> anyhow::Result<Box<dyn Read + 'a>> {
    let mut r = crate::image::layer::decompress(BufReader::new(input))
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

/// Copy the host's `src` into `c` at `path`; the warnings (skipped device nodes, ...).
fn copy_in(
    root: &Path,
    src: HostEnd<'_>,
    c: &Container,
    path: &str,
    o: &CopyOptions,
) -> anyhow::Result<Vec<String>> {
    let name = c.name();
    let cpath = copy::container_path(path, &c.config.spec.process.cwd);
    // everything about the host side before a mount changes our directory
    let (incoming, local, stream) = match src {
        HostEnd::Path(text) => {
            let abs = std::path::absolute(&text)
                .map_err(|e| UserError::new(format!("\"{text}\": {e}")))?;
            let s = copy::source(&text, &abs, true, "the host").map_err(user_err)?;
            (Incoming::Tree(s), Some(abs), None)
        }
        HostEnd::Stream(r) => (Incoming::Stream, None, Some(stdin_tar(r)?)),
        HostEnd::Sink(_) => {
            return Err(UserError::new("internal error: a copy in needs a source").into())
        }
    };
    let Reach {
        access,
        enter_later,
        mounted,
        made,
    } = reach(root, c, false)?;
    let (data_r, data_w) = std::io::pipe()?;
    let keep = !o.chown;
    let overwrite = o.overwrite;
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
            // the host side sees ids as the container does (for --archive=false)
            namespace::enter(Enter::Store)?;
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
    release(c, &mounted, &made);
    Ok(warnings(&result?))
}

/// Copy `path` of `c` out to the host's `dest`; the warnings.
fn copy_out(
    root: &Path,
    c: &Container,
    path: &str,
    dest: HostEnd<'_>,
    o: &CopyOptions,
) -> anyhow::Result<Vec<String>> {
    let name = c.name();
    no_wildcard(path, name)?;
    let cpath = copy::container_path(path, &c.config.spec.process.cwd);
    let dest_abs = match &dest {
        HostEnd::Path(text) => Some(
            std::path::absolute(text).map_err(|e| UserError::new(format!("\"{text}\": {e}")))?,
        ),
        _ => None,
    };
    let Reach {
        access,
        enter_later,
        mounted,
        made,
    } = reach(root, c, false)?;
    let (data_r, data_w) = std::io::pipe()?;
    // as podman: a symlink SRC_PATH is followed (inside the container)
    let follow = true;
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
    let overwrite = o.overwrite;
    let mut dest = dest;
    let mut warned = Vec::new();
    let result = (|| -> anyhow::Result<String> {
        let (mut child, data_r) = spawned.map_err(user_err)?;
        if enter_later {
            namespace::enter(Enter::Store)?;
        }
        let (_, body) = child.message().map_err(user_err)?;
        let src: Source = serde_json::from_str(&body)
            .map_err(|e| UserError::new(format!("internal error: bad source report: {e}")))?;
        let got: Result<(), CopyError> = match (&mut dest, dest_abs) {
            (HostEnd::Path(text), Some(abs)) => {
                let plan = copy::plan(text, &abs, &Incoming::Tree(src), "the host", true)
                    .map_err(user_err)?;
                // podman gives what it copies out to the caller, whatever --archive says
                let owner = Owner::Fixed(
                    nix::unistd::geteuid().as_raw(),
                    nix::unistd::getegid().as_raw(),
                );
                copy::extract_shown(
                    BufReader::with_capacity(256 * 1024, data_r),
                    &plan.dir,
                    Path::new("/"),
                    &ExtractOptions {
                        owner,
                        overwrite,
                        rebase: plan.rebase,
                    },
                )
                .map(|s| warned = s.warnings)
            }
            (HostEnd::Sink(out), _) => {
                let mut r = data_r;
                std::io::copy(&mut r, out)
                    .map(|_| ())
                    .and_then(|_| out.flush())
                    .map_err(|e| CopyError(format!("cannot write to stdout: {e}")))
            }
            (_, _) => Err(CopyError(
                "internal error: a copy out needs a destination".into(),
            )),
        };
        let done = child.finish();
        match (got, done) {
            (Err(e), _) => Err(user_err(e)),
            (Ok(()), Err(e)) => Err(user_err(e)),
            (Ok(()), Ok(stats)) => Ok(stats),
        }
    })();
    release(c, &mounted, &made);
    warned.extend(warnings(&result?));
    Ok(warned)
}

/// Pipe ends a forked side does not use: moved into `access::spawn` so the child closes
/// them, and handed back to the parent.
type Spare = Vec<(usize, std::os::fd::OwnedFd)>;

fn take(
    slots: &mut [Option<std::os::fd::OwnedFd>; 4],
    i: usize,
) -> anyhow::Result<std::os::fd::OwnedFd> {
    slots[i]
        .take()
        .ok_or_else(|| UserError::new("internal error: a pipe end was used twice").into())
}

fn spare(slots: &mut [Option<std::os::fd::OwnedFd>; 4]) -> Spare {
    slots
        .iter_mut()
        .enumerate()
        .filter_map(|(i, s)| s.take().map(|fd| (i, fd)))
        .collect()
}

fn put_back(slots: &mut [Option<std::os::fd::OwnedFd>; 4], sp: Spare) {
    for (i, fd) in sp {
        slots[i] = Some(fd);
    }
}

/// Copy `spath` of `src` to `dpath` in `dst` (podman's container-to-container `cp`): one
/// forked side in each container, the tar stream between them; the destination is planned
/// from the source's report as for a copy from the host. Running containers are joined
/// before this process enters a user namespace for a stopped one's rootfs.
fn copy_between(
    root: &Path,
    src: &Container,
    spath: &str,
    dst: &Container,
    dpath: &str,
    o: &CopyOptions,
) -> anyhow::Result<Vec<String>> {
    no_wildcard(spath, src.name())?;
    const DATA_R: usize = 0;
    const DATA_W: usize = 1;
    const INFO_R: usize = 2;
    const INFO_W: usize = 3;
    let (data_r, data_w) = std::io::pipe()?;
    let (info_r, info_w) = std::io::pipe()?;
    let mut slots = [
        Some(data_r.into()),
        Some(data_w.into()),
        Some(info_r.into()),
        Some(info_w.into()),
    ];
    let scpath = copy::container_path(spath, &src.config.spec.process.cwd);
    let dcpath = copy::container_path(dpath, &dst.config.spec.process.cwd);
    let (sname, dname) = (src.name().to_string(), dst.name().to_string());
    let (stext, dtext) = (spath.to_string(), dpath.to_string());
    let follow = true;
    let (keep, overwrite) = (!o.chown, o.overwrite);
    let user = dst.config.spec.process.user.clone();
    type Made = Vec<(PathBuf, PathBuf)>;
    let mut mounted: Vec<(&Container, Option<PathBuf>, Made)> = Vec::new();
    let mut src_child = None;
    let mut dst_child = None;
    let result = (|| -> anyhow::Result<String> {
        // running containers first: a child joins them from the host's namespaces
        let mut order = [(true, src), (false, dst)];
        order.sort_by_key(|(_, c)| !c.state.is_alive());
        for (is_src, c) in order {
            let r = reach(root, c, false)?;
            if r.mounted.is_some() {
                mounted.push((c, r.mounted.clone(), r.made.clone()));
            }
            if is_src {
                let w: std::io::PipeWriter = take(&mut slots, DATA_W)?.into();
                let sp = spare(&mut slots);
                let (place, text, cpath) =
                    (format!("container {sname}"), stext.clone(), scpath.clone());
                let (child, sp) = access::spawn(&r.access, sp, move |st| {
                    let p = Path::new(&cpath);
                    let s = copy::source(&text, p, follow, &place)?;
                    st.send("SRC", &serde_json::to_string(&s).unwrap_or_default());
                    let follow_top = follow || copy::is_contents(&text) || text.ends_with('/');
                    let w = BufWriter::with_capacity(256 * 1024, w);
                    let (w, stats) = copy::pack(w, p, &s.name, follow_top)?;
                    copy::flush(w)?;
                    Ok(serde_json::to_string(&stats).unwrap_or_default())
                })
                .map_err(user_err)?;
                put_back(&mut slots, sp);
                src_child = Some(child);
            } else {
                let data: std::io::PipeReader = take(&mut slots, DATA_R)?.into();
                let mut info: std::io::PipeReader = take(&mut slots, INFO_R)?.into();
                let sp = spare(&mut slots);
                let (place, text, cpath, user) = (
                    format!("container {dname}"),
                    dtext.clone(),
                    dcpath.clone(),
                    user.clone(),
                );
                let (child, sp) = access::spawn(&r.access, sp, move |st| {
                    let mut body = String::new();
                    info.read_to_string(&mut body)
                        .map_err(|e| CopyError(format!("cannot read the source's report: {e}")))?;
                    let s: Source = serde_json::from_str(&body)
                        .map_err(|_| CopyError("the copy's source went away".into()))?;
                    let resolved = crate::runtime::rootfs::secure_join(Path::new("/"), &cpath)
                        .map_err(|e| {
                            CopyError(format!("\"{text}\" could not be found on {place}: {e}"))
                        })?;
                    let plan = copy::plan(&text, &resolved, &Incoming::Tree(s), &place, false)?;
                    let owner = if keep {
                        Owner::Keep
                    } else {
                        container_owner(&user)
                    };
                    st.send("PLAN", "");
                    let stats = copy::extract(
                        BufReader::with_capacity(256 * 1024, data),
                        &plan.dir,
                        &ExtractOptions {
                            owner,
                            overwrite,
                            rebase: plan.rebase,
                        },
                    )?;
                    Ok(serde_json::to_string(&stats).unwrap_or_default())
                })
                .map_err(user_err)?;
                put_back(&mut slots, sp);
                dst_child = Some(child);
            }
        }
        let (Some(sc), Some(dc)) = (src_child.as_mut(), dst_child.as_mut()) else {
            return Err(UserError::new("internal error: a copy side was not started").into());
        };
        // only the children hold the pipes' other ends now
        let mut info_w: std::io::PipeWriter = take(&mut slots, INFO_W)?.into();
        slots = [None, None, None, None];
        let (_, body) = sc.message().map_err(user_err)?;
        let _ = info_w.write_all(body.as_bytes());
        drop(info_w);
        dc.message().map_err(user_err)?; // PLAN, or the destination's error
        let sent = sc.finish();
        let got = dc.finish();
        match (sent, got) {
            (_, Err(e)) => Err(user_err(e)),
            (Err(e), Ok(_)) => Err(user_err(e)),
            (Ok(s1), Ok(s2)) => Ok(format!("{s1}\n{s2}")),
        }
    })();
    drop(slots);
    drop(src_child);
    drop(dst_child);
    for (c, m, made) in mounted {
        release(c, &m, &made);
    }
    let stats = result?;
    Ok(stats.lines().flat_map(warnings).collect())
}

impl Engine {
    /// `cp` into a container: the host's path or tar stream to `path` in `c`. Returns the
    /// warnings to show (unless `--quiet`).
    pub fn copy_into(
        &self,
        c: &Container,
        path: &str,
        src: HostEnd<'_>,
        o: &CopyOptions,
    ) -> anyhow::Result<Vec<String>> {
        copy_in(self.root(), src, c, path, o)
    }

    /// `cp` out of a container: `path` in `c` to the host's path or a tar stream.
    pub fn copy_out_of(
        &self,
        c: &Container,
        path: &str,
        dest: HostEnd<'_>,
        o: &CopyOptions,
    ) -> anyhow::Result<Vec<String>> {
        copy_out(self.root(), c, path, dest, o)
    }

    /// `cp` from one container to another: `spath` in `src` to `dpath` in `dst`.
    pub fn copy_between(
        &self,
        src: &Container,
        spath: &str,
        dst: &Container,
        dpath: &str,
        o: &CopyOptions,
    ) -> anyhow::Result<Vec<String>> {
        copy_between(self.root(), src, spath, dst, dpath, o)
    }

    /// `export`: the container's whole rootfs (without its mounts) as a tar stream to `out`,
    /// owners as the container sees them.
    pub fn export(&self, c: &Container, out: std::fs::File) -> anyhow::Result<()> {
        let Reach {
            access, mounted, ..
        } = reach(self.root(), c, true)?;
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
        Ok(())
    }
}
