//! `--cgroup-manager systemd`: each container in a transient scope of the user's systemd.
//!
//! A login shell sits in `session-N.scope`, which systemd does not delegate: only
//! `user@UID.service` is, and only systemd may move a process there (the common ancestor
//! belongs to root). So berth asks the user manager over the user bus, as podman does:
//! `StartTransientUnit` of `berth-ID.scope` under `user.slice` with `Delegate=yes` and berth's
//! own pid (a scope cannot start empty; the user manager has the system manager attach a
//! process of a session scope), then the container's leaf `<scope>/container` with the
//! limits (`start_scope`). The scope stops by itself when its last process exits;
//! `stop_scope` stops it when a container is removed.
//!
//! The calls go through `busctl --user` (systemd's own client, present wherever a user systemd
//! is): no D-Bus library to build, and no async runtime in a synchronous program.

use super::{Cgroup, Resources, MOUNT};
use crate::error::UserError;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEST: &str = "org.freedesktop.systemd1";
const OBJECT: &str = "/org/freedesktop/systemd1";
const MANAGER: &str = "org.freedesktop.systemd1.Manager";
/// The user manager's slice the scopes go in (podman's `user.slice` too).
pub const SLICE: &str = "user.slice";

/// The scope's unit name for container `id`.
pub fn unit_name(id: &str) -> String {
    format!("berth-{id}.scope")
}

/// The container's leaf in its scope.
pub const LEAF: &str = "container";

/// The unit name of a scope cgroup directory that berth made (`berth-ID.scope`).
pub fn unit_of(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    (name.starts_with("berth-") && name.ends_with(".scope")).then(|| name.to_string())
}

fn busctl(args: &[&str]) -> Result<String, String> {
    let out = Command::new("busctl")
        .arg("--user")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run busctl: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// The user manager's own cgroup directory (its `ControlGroup`), when one answers on the user
/// bus: `/sys/fs/cgroup/user.slice/user-UID.slice/user@UID.service`.
pub fn manager_cgroup() -> Option<PathBuf> {
    let out = busctl(&["get-property", DEST, OBJECT, MANAGER, "ControlGroup"]).ok()?;
    // `s "/user.slice/user-1000.slice/user@1000.service"`
    let path = out.strip_prefix("s ")?.trim_matches('"');
    if path.is_empty() {
        return None;
    }
    Some(Path::new(MOUNT).join(path.trim_start_matches('/')))
}

/// Whether a user systemd answers on the user bus (a session or lingering user).
pub fn available() -> bool {
    manager_cgroup().is_some()
}

fn scope_error(what: String) -> UserError {
    UserError::new(what).with_hint(
        "run berth in a session of the user's systemd (a login, or loginctl enable-linger USER), or use --cgroup-manager cgroupfs inside a delegated cgroup (systemd-run --user --scope berth ...)",
    )
}

/// Start the container's transient scope under the user manager's user.slice and make the
/// container's leaf in it (`leaf` = `<scope>/container`), with its limits. berth itself is the
/// scope's first process: the kernel lets a process clone into (or move to) a cgroup only when
/// it may write the `cgroup.procs` of both cgroups' common ancestor, which for a session scope
/// and the user manager is root's `user-UID.slice`. So systemd moves berth into the scope,
/// berth moves on to `<scope>/berth` (the no-internal-process rule) and pid 1 is born in
/// `<scope>/container`; berth's process (and a detached container's monitor) stays in the
/// scope, outside the container's limits, and the scope stops by itself when the last of
/// them exits.
pub fn start_scope(leaf: &Path, r: &Resources) -> Result<Cgroup, UserError> {
    let scope = leaf.parent().unwrap_or(leaf);
    let unit = unit_of(scope)
        .ok_or_else(|| scope_error(format!("{} is not a berth scope", scope.display())))?;
    let own = std::process::id().to_string();
    let description = format!("berth container {}", unit.trim_end_matches(".scope"));
    let props: Vec<Vec<String>> = vec![
        vec!["Description".into(), "s".into(), description],
        vec!["Slice".into(), "s".into(), SLICE.into()],
        vec!["Delegate".into(), "b".into(), "true".into()],
        vec!["PIDs".into(), "au".into(), "1".into(), own.clone()],
        vec![
            "CollectMode".into(),
            "s".into(),
            "inactive-or-failed".into(),
        ],
    ];
    let count = props.len().to_string();
    let mut args: Vec<&str> = vec![
        "call",
        DEST,
        OBJECT,
        MANAGER,
        "StartTransientUnit",
        "ssa(sv)a(sa(sv))",
        &unit,
        "fail",
        &count,
    ];
    for p in &props {
        args.extend(p.iter().map(String::as_str));
    }
    args.push("0");
    busctl(&args).map_err(|e| {
        scope_error(format!(
            "the user's systemd refused the scope {unit} (StartTransientUnit): {e}"
        ))
    })?;
    // the job runs at once; berth is in the scope when its cgroup says so
    let want = format!(
        "0::/{}",
        scope.strip_prefix(MOUNT).unwrap_or(scope).display()
    );
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let now = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        if now.lines().any(|l| l == want) {
            break;
        }
        if Instant::now() > until {
            let _ = stop_scope(&unit);
            return Err(scope_error(format!(
                "the scope {unit} did not appear at {} (berth is in {})",
                scope.display(),
                now.trim()
            )));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let made = (|| {
        let own_leaf = scope.join("berth");
        mkdir(&own_leaf)?;
        std::fs::write(own_leaf.join("cgroup.procs"), "0")
            .map_err(|e| super::io_error("cannot move berth into", &own_leaf, e))?;
        super::enable_controllers(scope)?;
        let (cg, _) = Cgroup::create(leaf.to_path_buf(), r)?;
        Ok(cg)
    })();
    if made.is_err() {
        let _ = stop_scope(&unit);
    }
    made
}

fn mkdir(p: &Path) -> Result<(), UserError> {
    match std::fs::create_dir(p) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            Err(super::io_error("cannot create the cgroup", p, e))
        }
        _ => Ok(()),
    }
}

/// Stop the scope (its processes are killed); a scope that is already gone is fine.
pub fn stop_scope(unit: &str) -> Result<(), String> {
    match busctl(&[
        "call", DEST, OBJECT, MANAGER, "StopUnit", "ss", unit, "replace",
    ]) {
        Ok(_) => Ok(()),
        Err(e) if e.contains("not loaded") || e.contains("NoSuchUnit") => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_names_and_properties() {
        assert_eq!(unit_name("abc"), "berth-abc.scope");
        assert_eq!(
            unit_of(Path::new("/sys/fs/cgroup/x/user.slice/berth-abc.scope")).as_deref(),
            Some("berth-abc.scope")
        );
        assert_eq!(unit_of(Path::new("/sys/fs/cgroup/x/berth/abc")), None);
    }
}
