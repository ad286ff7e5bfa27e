//! `berth doctor`: each check broken for real, the finding, its fix and the exit code (0 unless
//! something blocks containers). Host-wide files (/dev/fuse, /proc/sys/..., newuidmap) are
//! replaced only inside a private mount namespace the test makes as root, so the tests running
//! beside it see nothing.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `berth ARGS` as the env's user, inside a fresh mount namespace in which each
/// (stand-in, target) pair is bind-mounted first.
fn doctor_with(env: &TestEnv, binds: &[(&Path, &str)], args: &[&str]) -> Run {
    let base = env.cmd(args);
    let mut script = String::from("set -e\n");
    for (from, to) in binds {
        script.push_str(&format!("mount --bind '{}' '{to}'\n", from.display()));
    }
    script.push_str(&format!(
        "exec setpriv --reuid={} --regid={} --clear-groups -- \"$@\"\n",
        env.user.uid, env.user.gid
    ));
    let mut c = Command::new("unshare");
    c.args([
        "-m",
        "--propagation",
        "private",
        "--",
        "sh",
        "-c",
        &script,
        "sh",
    ])
    .arg(base.get_program())
    .args(base.get_args())
    .env_clear()
    .current_dir(&env.dir);
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    let out = c.output().expect("spawn unshare");
    Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        out,
    }
}

/// A root-owned file with `text` and `mode`, in the env's directory.
fn stand_in(env: &TestEnv, name: &str, text: &str, mode: u32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = env.dir.join(name);
    std::fs::write(&p, text).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    p
}

#[test]
fn doctor_passes_for_the_test_user() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("doctor");
    let r = env.ok(&["doctor"]);
    let out = r.stdout();
    assert!(
        out.contains("ok   subuid: 65536 ids in /etc/subuid"),
        "{out}"
    );
    assert!(out.contains("ok   subgid: "), "{out}");
    assert!(
        out.contains("ok   newuidmap: /usr/bin/newuidmap (setuid root)"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "ok   XDG_RUNTIME_DIR: {} (yours, 0700)",
            env.runtime.display()
        )),
        "{out}"
    );
    assert!(
        out.contains("ok   slirp4netns: /usr/bin/slirp4netns: slirp4netns version"),
        "{out}"
    );
    assert!(
        out.contains("ok   fuse-overlayfs: /usr/bin/fuse-overlayfs: fuse-overlayfs: version"),
        "{out}"
    );
    // this host is cgroup v1: reported, with its fix, and not a blocker
    assert!(
        out.contains("cgroups: v1, manager cgroupfs, delegated controllers: none"),
        "{out}"
    );
    assert!(!out.contains("FAIL"), "{out}");
    assert!(out.contains("rootless containers can run"), "{out}");
    // --format json: the same findings, machine-readable
    let j: serde_json::Value =
        serde_json::from_str(&env.ok(&["doctor", "--format", "json"]).stdout()).unwrap();
    let sub = j
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["Check"] == "subuid")
        .unwrap();
    assert_eq!(sub["Level"], "ok", "{j}");
    let r = env.ok(&["doctor", "--format", "{{.Check}}={{.Level}}"]);
    assert!(r.stdout().contains("newgidmap=ok\n"), "{}", r.stdout());
}

#[test]
fn a_user_without_ranges_gets_the_usermod_command() {
    if !integration() {
        return;
    }
    let u = nosub_user();
    let env = TestEnv::new_as("doctor-nosub", u);
    let out = env.ok(&["doctor"]).stdout();
    assert!(
        out.contains(&format!(
            "warn subuid: no range for {} in /etc/subuid",
            u.name
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "     fix: sudo usermod --add-subuids 100000-165535 {}\n",
            u.name
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "     fix: sudo usermod --add-subgids 100000-165535 {}\n",
            u.name
        )),
        "{out}"
    );
}

#[test]
fn runtime_dir_unset_or_not_owned_is_a_warning_with_the_fix() {
    if !integration() {
        return;
    }
    let mut env = TestEnv::new("doctor-xdg");
    env.unset_runtime_dir = true;
    let out = env.ok(&["doctor"]).stdout();
    assert!(
        out.contains(&format!(
            "warn XDG_RUNTIME_DIR: not set: berth uses /tmp/berth-run-{}",
            env.user.uid
        )),
        "{out}"
    );
    assert!(out.contains("sudo loginctl enable-linger"), "{out}");
    // a runtime dir that belongs to root
    let mut env = TestEnv::new("doctor-xdg-owner");
    let rootdir = env.dir.join("root-run");
    std::fs::create_dir(&rootdir).unwrap();
    env.unset_runtime_dir = true;
    env.extra_env
        .push(("XDG_RUNTIME_DIR".into(), rootdir.display().to_string()));
    let r = env.ok(&["doctor"]);
    let out = r.stdout();
    let d = rootdir.display();
    assert!(
        out.contains(&format!(
            "warn XDG_RUNTIME_DIR: {d} is owned by uid 0, not by you (uid {})",
            env.user.uid
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "fix: sudo chown {} {d} && sudo chmod 0700 {d}",
            env.user.name
        )),
        "{out}"
    );
}

#[test]
fn newuidmap_without_setuid_blocks_and_exits_1() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("doctor-newuidmap");
    // a copy without the setuid bit, over the real one, in a private mount namespace
    let copy = env.dir.join("newuidmap");
    std::fs::copy("/usr/bin/newuidmap", &copy).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
    let r = doctor_with(&env, &[(&copy, "/usr/bin/newuidmap")], &["doctor"]);
    r.assert_code(1);
    let out = r.stdout();
    assert!(out.contains("FAIL newuidmap: "), "{out}");
    assert!(
        out.contains(
            "fix: sudo chown root:root /usr/bin/newuidmap && sudo chmod u+s /usr/bin/newuidmap"
        ),
        "{out}"
    );
    assert!(out.contains("ok   newgidmap: "), "{out}");
    assert!(
        out.contains("1 problem(s) keep rootless containers from running"),
        "{out}"
    );
    // the host's own newuidmap is untouched
    assert!(env.ok(&["doctor"]).stdout().contains("ok   newuidmap: "));
}

#[test]
fn no_user_namespaces_blocks_and_exits_1() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("doctor-userns");
    let zero = stand_in(&env, "max_user_namespaces", "0\n", 0o644);
    let r = doctor_with(
        &env,
        &[(&zero, "/proc/sys/user/max_user_namespaces")],
        &["doctor"],
    );
    r.assert_code(1);
    let out = r.stdout();
    assert!(
        out.contains("FAIL max-user-namespaces: user.max_user_namespaces=0"),
        "{out}"
    );
    assert!(
        out.contains("fix: sudo sysctl -w user.max_user_namespaces=28633"),
        "{out}"
    );
}

#[test]
fn fuse_ports_and_ping_are_warnings_with_their_sysctl() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("doctor-host");
    let fuse = stand_in(&env, "fuse", "", 0o600);
    let port = stand_in(&env, "port", "1024\n", 0o644);
    let ping = stand_in(&env, "ping", "1\t0\n", 0o644);
    let r = doctor_with(
        &env,
        &[
            (&fuse, "/dev/fuse"),
            (&port, "/proc/sys/net/ipv4/ip_unprivileged_port_start"),
            (&ping, "/proc/sys/net/ipv4/ping_group_range"),
        ],
        &["doctor"],
    );
    r.assert_code(0);
    let out = r.stdout();
    assert!(
        out.contains("warn fuse: /dev/fuse: Permission denied"),
        "{out}"
    );
    assert!(
        out.contains("fix: sudo modprobe fuse && sudo chmod 0666 /dev/fuse"),
        "{out}"
    );
    assert!(
        out.contains("warn unprivileged-ports: net.ipv4.ip_unprivileged_port_start=1024"),
        "{out}"
    );
    assert!(
        out.contains("fix: sudo sysctl -w net.ipv4.ip_unprivileged_port_start=80"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "warn ping: net.ipv4.ping_group_range=1 0 excludes your gid {}",
            env.user.gid
        )),
        "{out}"
    );
    assert!(
        out.contains("fix: sudo sysctl -w net.ipv4.ping_group_range=\"0 2147483647\""),
        "{out}"
    );
    // the same checks pass with the values a fixed host has
    let port = stand_in(&env, "port0", "0\n", 0o644);
    let ping = stand_in(&env, "ping-all", "0\t2147483647\n", 0o644);
    let r = doctor_with(
        &env,
        &[
            (&port, "/proc/sys/net/ipv4/ip_unprivileged_port_start"),
            (&ping, "/proc/sys/net/ipv4/ping_group_range"),
        ],
        &["doctor"],
    );
    let out = r.stdout();
    assert!(
        out.contains("ok   unprivileged-ports: net.ipv4.ip_unprivileged_port_start=0"),
        "{out}"
    );
    assert!(
        out.contains("ok   ping: net.ipv4.ping_group_range=0 2147483647 includes your gid"),
        "{out}"
    );
    assert!(out.contains("ok   fuse: /dev/fuse usable"), "{out}");
}
