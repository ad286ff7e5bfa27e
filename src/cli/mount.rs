//! `berth mount` and `berth umount`: a container's rootfs mounted on `<dir>/merged` for the
//! tools of the shell. As with rootless podman, only inside `berth unshare`, whose user and
//! mount namespaces the mount lives in (each berth command is a new process: its mounts would
//! otherwise vanish with it).

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::access;
use crate::storage::containers::{self, Container};
use crate::storage::Store;
use clap::Args;

#[derive(Args, Debug)]
pub struct MountArgs {
    /// Mount all containers
    #[arg(short, long)]
    pub all: bool,
    /// Print the mounted containers in the given format (json)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Do not truncate the output
    #[arg(long = "no-trunc", alias = "notruncate")]
    pub no_trunc: bool,
    /// Container(s) to mount (none: list the mounted ones)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UmountArgs {
    /// Unmount all mounted containers
    #[arg(short, long)]
    pub all: bool,
    /// Unmount even when busy (lazily)
    #[arg(short, long)]
    pub force: bool,
    /// Container(s) to unmount
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// Mounts must outlive this process: only inside `berth unshare` (root in berth's user
/// namespace, in the shell's mount namespace).
fn require_unshare(cmd: &str) -> Result<(), UserError> {
    let root = nix::unistd::geteuid().is_root();
    if root && crate::userns::idmap::in_user_namespace() {
        return Ok(());
    }
    if root {
        return Err(UserError::new(format!(
            "berth {cmd} as the real root user is not supported yet: it would mount in the host's mount namespace"
        )));
    }
    Err(UserError::new(format!(
        "cannot run command \"berth {cmd}\" in rootless mode, must execute `berth unshare` first"
    ))
    .with_hint(if cmd == "mount" {
        "berth unshare sh -c 'mnt=$(berth mount CONTAINER) && ls \"$mnt\"'"
    } else {
        "run it in the `berth unshare` shell that mounted the container"
    }))
}

fn targets(
    root: &std::path::Path,
    all: bool,
    names: &[String],
) -> Vec<Result<Container, (String, anyhow::Error)>> {
    if all {
        return containers::list(root).into_iter().map(Ok).collect();
    }
    names
        .iter()
        .map(|n| containers::find(root, n).map_err(|e| (n.clone(), e.into())))
        .collect()
}

fn report(errors: Vec<anyhow::Error>) -> anyhow::Result<ExitStatus> {
    let n = errors.len();
    for (i, e) in errors.into_iter().enumerate() {
        if i + 1 == n {
            return Err(e);
        }
        output::err(&crate::error::render(&e));
    }
    Ok(ExitStatus::Success)
}

#[derive(serde::Serialize)]
struct Mounted {
    id: String,
    names: Vec<String>,
    mountpoint: String,
}

pub fn run_mount(ctx: &Context, a: MountArgs) -> anyhow::Result<ExitStatus> {
    let json = match a.format.as_deref() {
        None | Some("") => false,
        Some(f) if f.eq_ignore_ascii_case("json") => true,
        Some(f) => {
            return Err(UserError::new(format!("unsupported format {f:?}: only json")).into())
        }
    };
    require_unshare("mount")?;
    let settings = ctx.settings()?;
    let root = &settings.paths.graph_root;
    if !a.all && a.containers.is_empty() {
        // list what is mounted in this mount namespace
        let list: Vec<Mounted> = containers::list(root)
            .into_iter()
            .filter(|c| access::is_mounted(&c.dir.join("merged")))
            .map(|c| Mounted {
                names: vec![c.name().to_string()],
                mountpoint: c.dir.join("merged").display().to_string(),
                id: c.id,
            })
            .collect();
        if json {
            output::out(&serde_json::to_string_pretty(&list)?);
        } else {
            for m in list {
                let id = if a.no_trunc {
                    &m.id[..]
                } else {
                    crate::output::short_id(&m.id)
                };
                output::out(&format!("{id} {}", m.mountpoint));
            }
        }
        return Ok(ExitStatus::Success);
    }
    let store = Store::open(root, false)?;
    let mut errors = Vec::new();
    for t in targets(root, a.all, &a.containers) {
        match t {
            Ok(c) => {
                let merged = c.dir.join("merged");
                if access::is_mounted(&merged) {
                    output::out(&merged.display().to_string());
                    continue;
                }
                if c.state.is_alive() {
                    output::warn(&format!(
                        "container {} is running: this mount and its own share the upper directory, write through only one of them",
                        c.name()
                    ));
                }
                match crate::runtime::mount_container(&store, &c) {
                    Ok(p) => output::out(&p.display().to_string()),
                    Err(e) => errors.push(
                        anyhow::Error::from(e).context(format!("mounting container {}", c.name())),
                    ),
                }
            }
            Err((_, e)) => errors.push(e),
        }
    }
    report(errors)
}

pub fn run_umount(ctx: &Context, a: UmountArgs) -> anyhow::Result<ExitStatus> {
    require_unshare("umount")?;
    let settings = ctx.settings()?;
    let root = &settings.paths.graph_root;
    if !a.all && a.containers.is_empty() {
        return Err(UserError::new("you must provide at least one name or id").into());
    }
    let mut errors = Vec::new();
    for t in targets(root, a.all, &a.containers) {
        match t {
            Ok(c) => {
                let merged = c.dir.join("merged");
                if access::is_mounted(&merged) {
                    let r = if a.force {
                        nix::mount::umount2(&merged, nix::mount::MntFlags::MNT_DETACH)
                    } else {
                        nix::mount::umount2(&merged, nix::mount::MntFlags::empty())
                    };
                    if let Err(e) = r {
                        let mut err = UserError::new(format!(
                            "cannot unmount container {}: {}",
                            c.name(),
                            e.desc()
                        ));
                        if e == nix::Error::EBUSY {
                            err = err.with_hint("something still uses it (a shell's directory?); --force detaches it lazily");
                        }
                        errors.push(err.into());
                        continue;
                    }
                } else if a.all {
                    continue;
                }
                output::out(&c.id);
            }
            Err((_, e)) => errors.push(e),
        }
    }
    report(errors)
}
