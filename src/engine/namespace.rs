//! The one way into the namespaces berth works in. Every command that touches subordinate-
//! owned files (the store's layers, a container's upper dir), mounts a rootfs or starts a
//! container calls `enter` once, before any thread starts.
//!
//! - berth as an unprivileged user: a fresh user namespace from the user's subuid/subgid
//!   ranges (newuidmap/newgidmap), where berth is root; no pause process to go stale.
//! - inside `berth unshare` (already root of such a namespace): nothing to enter.
//! - real root (rootful): nothing to enter; a private mount namespace when one is asked for.
//! - a container that shares another's namespaces (`--network container:NAME`): that
//!   container's user namespace, since a fresh one has no rights over another's.

use crate::error::UserError;
use crate::runtime::container::Container;
use crate::userns::IdMap;

/// Where a command needs to be.
pub enum Enter<'a> {
    /// berth's user namespace, for work on the store (pull, rm, rmi, volumes, diff).
    Store,
    /// berth's user namespace and a mount namespace of this process's own, to mount a rootfs
    /// and start containers.
    Mounts,
    /// Like `Mounts`, but already being root (inside `berth unshare`, or rootful) keeps the
    /// caller's mount namespace: `berth unshare` gives its shell the mounts it makes.
    Shell,
    /// The user namespace of a running container, and a mount namespace of our own.
    UserOf(&'a Container),
    /// The user namespace of the rootless netns (user-defined networks), and a mount
    /// namespace of our own: containers started there own network namespaces berth can
    /// connect to the networks' bridges.
    RootlessNetns(i32),
}

/// True when this process is root of a user namespace berth made (inside `berth unshare`),
/// or real root.
fn already_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Enter the namespaces `how` names. Must run while the process is single-threaded. Returns
/// the user's id map (one id and a warning when the user has no subordinate range).
pub fn enter(how: Enter<'_>) -> anyhow::Result<IdMap> {
    enter_with(how, IdMap::for_current_user()?)
}

/// `enter`, with the user's id map already read (`create` needs it before it enters).
pub fn enter_with(how: Enter<'_>, map: IdMap) -> anyhow::Result<IdMap> {
    match how {
        Enter::UserOf(c) => {
            join_user_namespace_of(c)?;
            return Ok(map);
        }
        Enter::RootlessNetns(_) if already_root() => {
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
            return Ok(map);
        }
        Enter::RootlessNetns(pid) => {
            join_user_namespace(pid, "the rootless network namespace")?;
            return Ok(map);
        }
        _ if already_root() => {
            if matches!(how, Enter::Mounts) {
                nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
            }
            return Ok(map);
        }
        _ => {}
    }
    if !map.has_ranges() {
        log::warn!("{}", map.missing_range_warning());
    }
    crate::userns::enter(&map, !matches!(how, Enter::Store))?;
    Ok(map)
}

/// Join the user namespace of a running container and take a mount namespace of our own.
fn join_user_namespace_of(c: &Container) -> anyhow::Result<()> {
    let name = c.name();
    if !c.state.is_alive() {
        return Err(UserError::new(format!(
            "container {name} is not running: cannot join its network namespace"
        ))
        .with_hint(format!("berth start {name}"))
        .into());
    }
    let pid = crate::runtime::exec::namespace_holder(c.state.pid, c.config.spec.init)
        .unwrap_or(c.state.pid);
    join_user_namespace(pid, name)
}

/// Join the user namespace of process `pid`, take a mount namespace of our own, be root.
fn join_user_namespace(pid: i32, name: &str) -> anyhow::Result<()> {
    crate::sys::assert_single_threaded()?;
    let own = std::fs::read_link("/proc/self/ns/user").ok();
    let path = format!("/proc/{pid}/ns/user");
    if own != std::fs::read_link(&path).ok() {
        let f = std::fs::File::open(&path).map_err(|e| {
            UserError::new(format!("cannot open the user namespace of {name}: {e}"))
        })?;
        nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWUSER).map_err(|e| {
            UserError::new(format!("cannot join the user namespace of {name}: {e}"))
        })?;
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
    let (g, u) = (nix::unistd::Gid::from_raw(0), nix::unistd::Uid::from_raw(0));
    nix::unistd::setresgid(g, g, g)?;
    nix::unistd::setresuid(u, u, u)?;
    Ok(())
}
