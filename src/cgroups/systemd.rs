//! `--cgroup-manager systemd`: each container in a transient scope of the user's systemd.
//!
//! A login shell sits in `session-N.scope`, which systemd does not delegate: only
//! `user@UID.service` is, and only systemd may move a process there (the common ancestor
//! belongs to root). So berth asks the user manager over the user bus, as podman does:
//! `StartTransientUnit` of `berth-ID.scope` under `user.slice` with `Delegate=yes`, the
//! limits as unit properties and a holder process as its first PID (a scope cannot start
//! empty; the user manager has the system manager attach it). Once the holder sits in the
//! scope, berth writes the limits into the scope's cgroup too (what systemd has no property
//! for), pid 1 is born there (`CLONE_INTO_CGROUP`) and the holder ends. The scope stops by
//! itself when its last process exits; `stop_scope` stops it with the container.
//!
//! The calls go through `busctl --user` (systemd's own client, present wherever a user systemd
//! is): no D-Bus library to build, and no async runtime in a synchronous program.

use super::{Cgroup, Resources, MOUNT};
use crate::error::UserError;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
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

/// The unit properties for the limits systemd knows (its names; the rest is written into the
/// cgroup afterwards), as `busctl` arguments: NAME SIGNATURE VALUE...
fn properties(r: &Resources) -> Vec<Vec<String>> {
    let t = |name: &str, v: u64| vec![name.to_string(), "t".into(), v.to_string()];
    let mut p = Vec::new();
    if let Some(m) = r.memory.filter(|m| *m > 0) {
        p.push(t("MemoryMax", m as u64));
    }
    if let Some(m) = r.memory_reservation.filter(|m| *m > 0) {
        p.push(t("MemoryLow", m as u64));
    }
    if let Some(n) = r.pids_limit {
        p.push(t("TasksMax", if n > 0 { n as u64 } else { u64::MAX }));
    }
    if let (Some(q), period) = (r.cpu_quota.filter(|q| *q > 0), r.cpu_period) {
        let period = period.filter(|p| *p > 0).unwrap_or(100_000);
        // quota per period, as microseconds of CPU per second
        p.push(t("CPUQuotaPerSecUSec", q as u64 * 1_000_000 / period));
    }
    p
}

/// The holder: a process that keeps the new scope alive until pid 1 is in it.
pub struct Holder(Child);

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn scope_error(what: String) -> UserError {
    UserError::new(what).with_hint(
        "run berth in a session of the user's systemd (a login, or loginctl enable-linger USER), or use --cgroup-manager cgroupfs inside a delegated cgroup (systemd-run --user --scope berth ...)",
    )
}

/// Start the container's transient scope under the user manager's user.slice (`path` is the
/// scope's cgroup directory berth expects) and write the limits into it; the returned holder
/// keeps it alive until pid 1 is born there.
pub fn start_scope(path: &Path, r: &Resources) -> Result<(Cgroup, Holder), UserError> {
    let unit = unit_of(path)
        .ok_or_else(|| scope_error(format!("{} is not a berth scope", path.display())))?;
    let child = Command::new("sleep")
        .arg("600")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            scope_error(format!(
                "cannot start the scope's holder process (sleep): {e}"
            ))
        })?;
    let holder = Holder(child);
    let pid = holder.0.id().to_string();
    let description = format!("berth container {}", unit.trim_end_matches(".scope"));
    let mut props: Vec<Vec<String>> = vec![
        vec!["Description".into(), "s".into(), description],
        vec!["Slice".into(), "s".into(), SLICE.into()],
        vec!["Delegate".into(), "b".into(), "true".into()],
        vec!["PIDs".into(), "au".into(), "1".into(), pid.clone()],
        vec![
            "CollectMode".into(),
            "s".into(),
            "inactive-or-failed".into(),
        ],
    ];
    props.extend(properties(r));
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
    // the job runs at once; the holder is in the scope when its cgroup lists it
    let want = format!("0::/{}", path.strip_prefix(MOUNT).unwrap_or(path).display());
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let now = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).unwrap_or_default();
        if now.lines().any(|l| l == want) {
            break;
        }
        if Instant::now() > until {
            let _ = stop_scope(&unit);
            return Err(scope_error(format!(
                "the scope {unit} did not appear at {} (the holder is in {})",
                path.display(),
                now.trim()
            )));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let cg = Cgroup::at(path.to_path_buf());
    if let Err(e) = cg.apply(r) {
        let _ = stop_scope(&unit);
        return Err(e);
    }
    Ok((cg, holder))
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
        let r = Resources {
            memory: Some(64 << 20),
            pids_limit: Some(50),
            cpu_quota: Some(50_000),
            cpu_period: Some(100_000),
            ..Default::default()
        };
        let p: Vec<String> = properties(&r).into_iter().map(|v| v.join(" ")).collect();
        assert_eq!(
            p,
            [
                "MemoryMax t 67108864",
                "TasksMax t 50",
                "CPUQuotaPerSecUSec t 500000"
            ]
        );
    }
}
