//! `berth mount` and `berth umount`: a container's rootfs mounted on `<dir>/merged` for the
//! tools of the shell. As with rootless podman, only inside `berth unshare`, whose user and
//! mount namespaces the mount lives in (each berth command is a new process: its mounts would
//! otherwise vanish with it).

use super::Context;
use crate::engine::mount::{require_unshare, Mounted as MountedAt};
use crate::engine::Engine;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::container::Container;
use crate::storage::Store;
use clap::Args;

fn targets(
    engine: &Engine,
    all: bool,
    names: &[String],
) -> anyhow::Result<Vec<anyhow::Result<Container>>> {
    let found = engine.targets(all, names, false)?;
    Ok(found.into_iter().map(|t| t.map_err(|(_, e)| e)).collect())
}

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
    let engine = ctx.engine()?;
    if !a.all && a.containers.is_empty() {
        // list what is mounted in this mount namespace
        let list: Vec<Mounted> = engine
            .mounted()
            .into_iter()
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
                    crate::reference::short_id(&m.id)
                };
                output::out(&format!("{id} {}", m.mountpoint));
            }
        }
        return Ok(ExitStatus::Success);
    }
    let store = Store::open(engine.root(), false)?;
    let mut errors = Vec::new();
    for t in targets(&engine, a.all, &a.containers)? {
        match t.and_then(|c| engine.mount(&store, &c).map(|m| (c, m))) {
            Ok((_, MountedAt::At(p))) => output::out(&p.display().to_string()),
            Ok((c, MountedAt::WhileRunning(p))) => {
                output::warn(&format!(
                    "container {} is running: this mount and its own share the upper directory, write through only one of them",
                    c.name()
                ));
                output::out(&p.display().to_string());
            }
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}

pub fn run_umount(ctx: &Context, a: UmountArgs) -> anyhow::Result<ExitStatus> {
    require_unshare("umount")?;
    let engine = ctx.engine()?;
    if !a.all && a.containers.is_empty() {
        return Err(UserError::new("you must provide at least one name or id").into());
    }
    let mut errors = Vec::new();
    for t in targets(&engine, a.all, &a.containers)? {
        match t.and_then(|c| engine.unmount(&c, a.force).map(|m| (c, m))) {
            Ok((_, false)) if a.all => {}
            Ok((c, _)) => output::out(&c.id),
            Err(e) => errors.push(e),
        }
    }
    super::report::all(errors)
}
