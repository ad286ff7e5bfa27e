//! Resource limits on a host without a delegated cgroup v2 tree (this machine: cgroup v1), as
//! the unprivileged user: a container with limits runs without them and podman's warning
//! says so, its hint why and how to fix it; without limits there is no warning; bad values are refused with
//! podman's words and 125; pause, update and stats say the container has no cgroup.
//! The limits themselves are tested under a real cgroup v2 in the VM lane
//! (tests/cgroups_vm.rs).

mod common;
use common::*;

/// This host has no cgroup v2 hierarchy (the lane in tests/cgroups_vm.rs has one).
fn host_is_v1() -> bool {
    nix::sys::statfs::statfs("/sys/fs/cgroup")
        .map(|s| s.filesystem_type() != nix::sys::statfs::CGROUP2_SUPER_MAGIC)
        .unwrap_or(true)
}

fn warnings(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("WARN") || l.contains("ignored"))
        .collect()
}

#[test]
fn limits_without_cgroup_v2_run_without_them_and_warn_once() {
    if !integration() || !host_is_v1() {
        return;
    }
    let env = TestEnv::new("cg-v1");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.run(&[
        "run",
        "--rm",
        "--memory",
        "1g",
        "--cpus",
        "0.5",
        "--pids-limit",
        "100",
        &img,
        "echo",
        "ran",
    ]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ran");
    // podman's line, word for word, then (hints are on in the tests, as on a terminal) why
    // and the fix
    let stderr = r.stderr();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[0], "Resource limits are not supported and ignored on cgroups V1 rootless systems",
        "{stderr}"
    );
    assert_eq!(lines.len(), 2, "one warning and its hint: {stderr}");
    for word in ["hint: ", "cgroup v2", "Delegate=", "enable-linger"] {
        assert!(
            lines[1].contains(word),
            "the hint names {word:?}: {}",
            lines[1]
        );
    }
    // a script (no hints) gets podman's one line
    let out = env
        .cmd(&["run", "--rm", "--memory=0", &img, "echo", "hello"])
        .env("BERTH_HINTS", "never")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Resource limits are not supported and ignored on cgroups V1 rootless systems\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello\n");
    // --kernel-memory: podman's warning, a noop
    let r = env.run(&["run", "--rm", "--kernel-memory", "100", &img, "true"]);
    r.assert_code(0);
    assert!(
        r.stderr()
            .contains("The --kernel-memory flag is no longer supported. This flag is a noop."),
        "{}",
        r.stderr()
    );
    // no limit asked: not a word
    let r = env.run(&["run", "--rm", &img, "true"]);
    r.assert_code(0);
    assert!(warnings(&r.stderr()).is_empty(), "{}", r.stderr());
    // --cgroups disabled and --cgroupns are accepted without a warning
    let r = env.run(&[
        "run",
        "--rm",
        "--cgroups",
        "disabled",
        "--cgroupns",
        "host",
        "--oom-score-adj",
        "100",
        &img,
        "cat",
        "/proc/self/oom_score_adj",
    ]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "100");
    assert!(warnings(&r.stderr()).is_empty(), "{}", r.stderr());
    // detached: pause and update need a cgroup, and say which
    env.ok(&[
        "run", "-d", "--name", "nocg", "--memory", "64m", &img, "sleep", "60",
    ]);
    let r = env.run(&["pause", "nocg"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("container nocg has no cgroup") && r.stderr().contains("cgroup v2"),
        "{}",
        r.stderr()
    );
    // nothing to update: podman's update without flags succeeds and prints the ID
    let id = env.ok(&["inspect", "--format", "{{.Id}}", "nocg"]).stdout();
    assert_eq!(env.ok(&["update", "nocg"]).stdout(), id);
    let r = env.run(&["update", "--memory", "128m", "nocg"]);
    r.assert_code(125);
    assert!(r.stderr().contains("has no cgroup"), "{}", r.stderr());
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["inspect", "nocg"]).stdout()).unwrap();
    assert_eq!(v[0]["State"]["OOMKilled"], false);
    assert_eq!(v[0]["State"]["Paused"], false);
    assert_eq!(v[0]["HostConfig"]["Cgroups"], "disabled");
    // stats -a lists nothing (no cgroup to read), a named container is an error
    let r = env.ok(&["stats", "--no-stream", "-a"]);
    assert!(r.stdout().starts_with("ID "), "{}", r.stdout());
    assert_eq!(r.stdout().lines().count(), 1, "{}", r.stdout());
    env.run(&["stats", "--no-stream", "nocg"]).assert_code(125);
    env.ok(&["rm", "-f", "-t", "0", "nocg"]);
    env.run(&["pause", "nocg"]).assert_code(125);
    env.run(&["unpause", "nocg"]).assert_code(125);
}

#[test]
fn bad_limit_values_are_refused_with_podmans_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cg-flags");
    let img = image("berth-test/busybox");
    for (args, words) in [
        (
            vec!["--memory", "abc"],
            "Error: invalid value for memory: invalid size: 'abc'",
        ),
        (
            vec!["--memory-reservation", "1x"],
            "Error: invalid value for memory: invalid size: '1x'",
        ),
        (
            vec!["--cpus", "abc"],
            "Error: invalid argument \"abc\" for \"--cpus\" flag: strconv.ParseFloat: parsing \"abc\": invalid syntax",
        ),
        (
            vec!["--cgroups", "foo"],
            "Error: invalid cgroup mode \"foo\": invalid argument",
        ),
        (
            vec!["--memory", "1g", "--memory-swap", "512m"],
            "Error: minimum memoryswap limit should be larger than memory limit, see usage",
        ),
        (
            vec!["--memory", "1g", "--memory-reservation", "2g"],
            "Error: minimum memory limit cannot be less than memory reservation limit, see usage",
        ),
        (
            vec!["--memory-swappiness", "200"],
            "Error: invalid value: 200, valid memory swappiness range is 0-100",
        ),
        (
            vec!["--blkio-weight", "5"],
            "Error: range of blkio weight is from 10 to 1000",
        ),
        (
            vec!["--cpu-period", "10"],
            "Error: CPU cfs period cannot be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)",
        ),
        (
            vec!["--pids-limit", "x"],
            "Error: invalid argument \"x\" for \"--pids-limit\" flag",
        ),
        (
            vec!["--device-read-bps", "/dev/null"],
            "Error: bad format: /dev/null",
        ),
        (
            vec!["--cgroupns", "foo"],
            "Error: unrecognized namespace mode foo passed",
        ),
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend(args.iter().copied());
        a.extend([img.as_str(), "true"]);
        let r = env.run(&a);
        r.assert_code(125);
        assert!(
            r.stderr().lines().any(|l| l.starts_with(words)),
            "{args:?}: want {words:?}, got {}",
            r.stderr()
        );
    }
    // create checks them too, before any image is looked at
    env.run(&["create", "--memory", "abc", "no-such-image"])
        .assert_code(125);
}

#[test]
fn cgroup_manager_systemd_without_a_user_systemd_falls_back_as_podman_does() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cg-systemd");
    let r = env.ok(&["--cgroup-manager", "systemd", "info", "--format", "json"]);
    let info: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(info["host"]["cgroupManager"], "cgroupfs", "{info}");
    assert!(
        r.stderr()
            .contains("Falling back to --cgroup-manager=cgroupfs")
            && r.stderr().contains("loginctl enable-linger"),
        "{}",
        r.stderr()
    );
    // with cgroupfs asked for, nothing is said
    let r = env.ok(&["--cgroup-manager", "cgroupfs", "info", "--format", "json"]);
    assert!(!r.stderr().contains("Falling back"), "{}", r.stderr());
}
