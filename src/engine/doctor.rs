//! `berth doctor`: what a rootless user trips on, each finding with the command that fixes it.
//! Reads the host (and probes a kernel overlay mount in a throw-away user namespace); prints
//! nothing: the cli hands the findings to output::doctor.

use crate::userns::{idmap, IdMap};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// How much a finding matters: `Block` means containers cannot run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Ok,
    Warn,
    Block,
}

/// One check's outcome.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding {
    #[serde(rename = "Check")]
    pub check: &'static str,
    #[serde(rename = "Level")]
    pub level: Level,
    #[serde(rename = "Detail")]
    pub detail: String,
    /// The exact command (or step) that fixes it; empty when nothing is to fix.
    #[serde(rename = "Fix")]
    pub fix: String,
}

/// What the checks need from berth's settings.
pub struct Inputs<'a> {
    /// The runtime directory berth resolved (XDG_RUNTIME_DIR or its fallback).
    pub runtime_dir: &'a Path,
    /// Where the overlay probe may make its scratch directories.
    pub run_root: &'a Path,
    /// The cgroup manager in effect (flag, containers.conf or the default).
    pub cgroup_manager: &'a str,
}

fn f(
    check: &'static str,
    level: Level,
    detail: impl Into<String>,
    fix: impl Into<String>,
) -> Finding {
    Finding {
        check,
        level,
        detail: detail.into(),
        fix: fix.into(),
    }
}

fn ok(check: &'static str, detail: impl Into<String>) -> Finding {
    f(check, Level::Ok, detail, "")
}

fn sysctl(path: &str) -> Option<String> {
    std::fs::read_to_string(path)
        .ok()
        .map(|s| s.trim().to_string())
}

/// A program in PATH (or the usual system directories).
fn find_program(name: &str) -> Option<PathBuf> {
    std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .filter(|d| !d.is_empty())
        .chain(["/usr/bin", "/usr/sbin", "/bin", "/sbin"])
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// The first line of `PROGRAM --version` that names a version.
fn version_of(path: &Path) -> String {
    let out = std::process::Command::new(path)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output();
    let Ok(out) = out else {
        return "version unknown".into();
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .find(|l| l.contains("version") && !l.contains("FUSE library") && !l.contains("fusermount"))
        .or_else(|| text.lines().next())
        .unwrap_or("version unknown")
        .trim()
        .to_string()
}

fn sum(r: &[crate::userns::subid::IdRange]) -> u64 {
    r.iter().map(|x| x.count as u64).sum()
}

fn id_ranges(user: &str, map: Option<&IdMap>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (name, file, flag, r) in [
        (
            "subuid",
            "/etc/subuid",
            "--add-subuids",
            map.map(|m| &m.subuids),
        ),
        (
            "subgid",
            "/etc/subgid",
            "--add-subgids",
            map.map(|m| &m.subgids),
        ),
    ] {
        out.push(match r {
            Some(r) if sum(r) >= 65536 => ok(name, format!("{} ids in {file}", sum(r))),
            Some(r) if !r.is_empty() => f(name, Level::Warn,
                format!("only {} ids for {user} in {file}: images whose files belong to higher ids fail to unpack", sum(r)),
                format!("sudo usermod {flag} 100000-165535 {user}")),
            _ => f(name, Level::Warn,
                format!("no range for {user} in {file}: containers get only your own id (files of other owners in images become yours)"),
                format!("sudo usermod {flag} 100000-165535 {user}")),
        });
    }
    out
}

fn helpers(has_ranges: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for h in ["newuidmap", "newgidmap"] {
        out.push(match idmap::find_helper(h) {
            Ok(p) => {
                let how = match std::fs::metadata(&p) {
                    Ok(md) if md.mode() & 0o4000 != 0 && md.uid() == 0 => "setuid root",
                    _ => "file capabilities",
                };
                ok(h, format!("{} ({how})", p.display()))
            }
            Err(e) => {
                let fix = match &e {
                    crate::userns::UsernsError::HelperNotSetuid { path, .. } => {
                        format!("sudo chown root:root {path} && sudo chmod u+s {path}")
                    }
                    _ => "sudo apt-get install uidmap".to_string(),
                };
                let (level, tail) = if has_ranges {
                    (Level::Block, "the subordinate ranges cannot be mapped")
                } else {
                    (Level::Warn, "only your own id can be mapped")
                };
                f(h, level, format!("{e}: {tail}"), fix)
            }
        });
    }
    out
}

fn runtime_dir(berth_uses: &Path, uid: u32, user: &str) -> Finding {
    let fix_env = format!(
        "log in through a session (ssh, or sudo machinectl shell {user}@), or: sudo loginctl enable-linger {user} && export XDG_RUNTIME_DIR=/run/user/{uid}"
    );
    let Some(v) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) else {
        return f(
            "XDG_RUNTIME_DIR",
            Level::Warn,
            format!(
                "not set: berth uses {}, which is lost at reboot and not shared with a login session",
                berth_uses.display()
            ),
            fix_env,
        );
    };
    let p = PathBuf::from(v);
    let d = p.display().to_string();
    match std::fs::symlink_metadata(&p) {
        Err(e) => f(
            "XDG_RUNTIME_DIR",
            Level::Warn,
            format!("{d}: {e}: berth uses {}", berth_uses.display()),
            fix_env,
        ),
        Ok(md) if !md.is_dir() => f(
            "XDG_RUNTIME_DIR",
            Level::Warn,
            format!(
                "{d} is not a directory: berth uses {}",
                berth_uses.display()
            ),
            fix_env,
        ),
        Ok(md) if md.uid() != uid => f(
            "XDG_RUNTIME_DIR",
            Level::Warn,
            format!(
                "{d} is owned by uid {}, not by you (uid {uid}): berth uses {}",
                md.uid(),
                berth_uses.display()
            ),
            format!("sudo chown {user} {d} && sudo chmod 0700 {d}  (or: {fix_env})"),
        ),
        Ok(md) if md.mode() & 0o077 != 0 => f(
            "XDG_RUNTIME_DIR",
            Level::Warn,
            format!(
                "{d} has mode {:04o}: other users may read berth's sockets and state",
                md.mode() & 0o7777
            ),
            format!("chmod 0700 {d}"),
        ),
        Ok(_) => ok("XDG_RUNTIME_DIR", format!("{d} (yours, 0700)")),
    }
}

fn linger(user: &str) -> Finding {
    if Path::new("/var/lib/systemd/linger").join(user).exists() {
        ok(
            "linger",
            "enabled: detached containers outlive your session",
        )
    } else {
        f(
            "linger",
            Level::Warn,
            format!(
                "not enabled for {user}: systemd may stop detached containers when you log out"
            ),
            format!("sudo loginctl enable-linger {user}"),
        )
    }
}

fn cgroups(manager: &str) -> Finding {
    let version = crate::cgroups::version();
    match crate::cgroups::detect() {
        Ok(d) => ok(
            "cgroups",
            format!(
                "{version}, manager {manager}, delegated controllers: {}",
                if d.controllers.is_empty() {
                    "none".to_string()
                } else {
                    d.controllers.join(" ")
                }
            ),
        ),
        Err(e) => f(
            "cgroups",
            Level::Warn,
            format!(
                "{version}, manager {manager}, delegated controllers: none: {} (containers run without resource limits)",
                e.why()
            ),
            e.fix(),
        ),
    }
}

fn user_namespaces() -> Vec<Finding> {
    let mut out = Vec::new();
    out.push(
        match sysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns").as_deref() {
            Some("1") => f(
                "apparmor-userns",
                Level::Block,
                "kernel.apparmor_restrict_unprivileged_userns=1: AppArmor forbids unprivileged user namespaces",
                "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 (and keep it: echo kernel.apparmor_restrict_unprivileged_userns=0 | sudo tee /etc/sysctl.d/60-berth-userns.conf)",
            ),
            Some(v) => ok("apparmor-userns", format!("kernel.apparmor_restrict_unprivileged_userns={v}")),
            None => ok("apparmor-userns", "no AppArmor user-namespace restriction in this kernel"),
        },
    );
    let max = sysctl("/proc/sys/user/max_user_namespaces");
    out.push(match max.as_deref() {
        Some("0") => f(
            "max-user-namespaces",
            Level::Block,
            "user.max_user_namespaces=0: no user namespace can be made",
            "sudo sysctl -w user.max_user_namespaces=28633",
        ),
        Some(v) => ok(
            "max-user-namespaces",
            format!("user.max_user_namespaces={v}"),
        ),
        None => f(
            "max-user-namespaces",
            Level::Block,
            "/proc/sys/user/max_user_namespaces is missing: the kernel has no user namespaces",
            "boot a kernel built with CONFIG_USER_NS=y",
        ),
    });
    if sysctl("/proc/sys/kernel/unprivileged_userns_clone").as_deref() == Some("0") {
        out.push(f(
            "unprivileged-userns-clone",
            Level::Block,
            "kernel.unprivileged_userns_clone=0: unprivileged user namespaces are off",
            "sudo sysctl -w kernel.unprivileged_userns_clone=1",
        ));
    }
    out
}

fn device(name: &'static str, path: &str, why: &str, fix: &str) -> Finding {
    match nix::unistd::access(
        path,
        nix::unistd::AccessFlags::R_OK | nix::unistd::AccessFlags::W_OK,
    ) {
        Ok(()) => ok(name, format!("{path} usable")),
        Err(e) => f(
            name,
            Level::Warn,
            format!("{path}: {}: {why}", e.desc()),
            fix,
        ),
    }
}

fn ports() -> Finding {
    let v = sysctl("/proc/sys/net/ipv4/ip_unprivileged_port_start");
    match v.as_deref().and_then(|s| s.parse::<u32>().ok()) {
        Some(p) if p <= 80 => ok(
            "unprivileged-ports",
            format!("net.ipv4.ip_unprivileged_port_start={p}: ports from {p} can be published"),
        ),
        Some(p) => f(
            "unprivileged-ports",
            Level::Warn,
            format!("net.ipv4.ip_unprivileged_port_start={p}: ports below {p} cannot be published (-p 80:80 fails)"),
            "sudo sysctl -w net.ipv4.ip_unprivileged_port_start=80",
        ),
        None => ok("unprivileged-ports", "no ip_unprivileged_port_start in this kernel"),
    }
}

fn ping(gid: u32) -> Finding {
    let range = sysctl("/proc/sys/net/ipv4/ping_group_range").unwrap_or_default();
    let mut it = range
        .split_whitespace()
        .filter_map(|s| s.parse::<u64>().ok());
    let shown = range.split_whitespace().collect::<Vec<_>>().join(" ");
    match (it.next(), it.next()) {
        (Some(lo), Some(hi)) if lo <= gid as u64 && gid as u64 <= hi => ok(
            "ping",
            format!("net.ipv4.ping_group_range={shown} includes your gid {gid}"),
        ),
        _ => f(
            "ping",
            Level::Warn,
            format!("net.ipv4.ping_group_range={shown} excludes your gid {gid}: ping fails in containers"),
            "sudo sysctl -w net.ipv4.ping_group_range=\"0 2147483647\"",
        ),
    }
}

fn storage(run_root: &Path) -> Vec<Finding> {
    let dir = run_root.join(format!("doctor-probe-{}", std::process::id()));
    let r = crate::storage::driver::probe_kernel_overlay(&dir);
    let _ = crate::storage::store::remove_tree(&dir);
    let fuse = find_program("fuse-overlayfs");
    let mut out = vec![match (&r, &fuse) {
        (Ok(()), _) => ok("overlay", "kernel overlayfs mounts in a user namespace"),
        (Err(why), Some(p)) => ok(
            "overlay",
            format!("kernel overlay in a user namespace: {why}; fuse-overlayfs ({}) takes its place", p.display()),
        ),
        (Err(why), None) => f(
            "overlay",
            Level::Warn,
            format!("kernel overlay in a user namespace: {why}, and fuse-overlayfs is not installed: berth copies every layer (vfs), slow and large"),
            "sudo apt-get install fuse-overlayfs (or boot a kernel >= 5.11, which mounts overlay in a user namespace)",
        ),
    }];
    for (h, pkg, why) in [
        (
            "fuse-overlayfs",
            "fuse-overlayfs",
            "the overlay driver where the kernel's cannot be used",
        ),
        ("slirp4netns", "slirp4netns", "--network slirp4netns"),
        ("pasta", "passt", "--network pasta"),
    ] {
        out.push(match find_program(h) {
            Some(p) => ok(h, format!("{}: {}", p.display(), version_of(&p))),
            None => f(
                h,
                Level::Warn,
                format!("not installed (needed for {why})"),
                format!("sudo apt-get install {pkg}"),
            ),
        });
    }
    out
}

/// Every check, in a stable order.
pub fn run(inputs: &Inputs) -> Vec<Finding> {
    let uid = nix::unistd::getuid().as_raw();
    let gid = nix::unistd::getgid().as_raw();
    let map = IdMap::for_current_user().ok();
    let user = map
        .as_ref()
        .map(|m| m.user.clone())
        .unwrap_or_else(|| uid.to_string());
    let mut out = id_ranges(&user, map.as_ref());
    out.extend(helpers(map.as_ref().is_some_and(|m| m.has_ranges())));
    out.push(runtime_dir(inputs.runtime_dir, uid, &user));
    out.push(linger(&user));
    out.push(cgroups(inputs.cgroup_manager));
    out.extend(user_namespaces());
    out.push(device(
        "fuse",
        "/dev/fuse",
        "fuse-overlayfs cannot run",
        "sudo modprobe fuse && sudo chmod 0666 /dev/fuse",
    ));
    out.push(device(
        "tun",
        "/dev/net/tun",
        "slirp4netns and pasta cannot give containers a network",
        "sudo modprobe tun && sudo chmod 0666 /dev/net/tun",
    ));
    out.push(ports());
    out.push(ping(gid));
    out.extend(storage(inputs.run_root));
    out
}

/// Whether any finding keeps containers from running.
pub fn blocked(findings: &[Finding]) -> bool {
    findings.iter().any(|x| x.level == Level::Block)
}
