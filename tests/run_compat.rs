//! `run`/`create` behaviours of podman's 030-run, as the unprivileged user: what inspect
//! records of the image and the runtime, `--runtime-flag`s the built-in runtime refuses,
//! /etc/mtab, `--hostuser`, the journald log driver, a run's pull progress, and `--attach`.

mod common;
use common::*;

fn inspect(env: &TestEnv, what: &str, format: &str) -> String {
    env.ok(&["inspect", "--format", format, what])
        .stdout()
        .trim()
        .to_string()
}

#[test]
fn inspect_shows_the_image_name_given_its_digest_and_the_runtime() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-inspect");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // a second name: ImageName is the one the container was made from, not the first
    env.ok(&["tag", &img, "localhost/second/name"]);
    env.ok(&["create", "--name", "c1", "localhost/second/name", "true"]);
    assert_eq!(
        inspect(&env, "c1", "{{.ImageName}}"),
        "localhost/second/name:latest"
    );
    env.ok(&["create", "--name", "c2", "second/name", "true"]);
    assert_eq!(
        inspect(&env, "c2", "{{.ImageName}}"),
        "localhost/second/name:latest"
    );
    env.ok(&["create", "--name", "c3", &img, "true"]);
    let digest = inspect(&env, &img, "{{.Digest}}");
    assert!(digest.starts_with("sha256:"), "{digest}");
    assert_eq!(
        inspect(&env, "c3", "{{.ImageName}} {{.ImageDigest}}"),
        format!("{img} {digest}")
    );
    // OCIRuntime: berth's own unless one is named, which is kept as given
    assert_eq!(inspect(&env, "c3", "{{.OCIRuntime}}"), "berth");
    env.ok(&[
        "--runtime",
        "/bin/true",
        "create",
        "--name",
        "c4",
        &img,
        "true",
    ]);
    assert_eq!(inspect(&env, "c4", "{{.OCIRuntime}}"), "/bin/true");
}

#[test]
fn an_unknown_runtime_flag_fails_the_start_with_126() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-rtflag");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.run(&[
        "--runtime-flag",
        "invalidflag",
        "run",
        "--rm",
        &img,
        "echo",
        "hi",
    ]);
    r.assert_code(126);
    assert!(r.stderr().contains("invalidflag"), "{}", r.stderr());
    assert_eq!(r.stdout(), "");
    // start of a created container fails the same way; flags runc takes that change
    // nothing for berth are accepted
    env.ok(&["create", "--name", "made", &img, "echo", "started"]);
    env.run(&["--runtime-flag", "bogus=1", "start", "-a", "made"])
        .assert_code(126);
    let r = env.ok(&["--runtime-flag", "debug", "start", "-a", "made"]);
    assert_eq!(r.stdout().trim(), "started");
}

#[test]
fn etc_mtab_links_to_proc_mounts_and_hostuser_adds_the_host_account() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-passwd");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // an image without /etc/mtab gets the link, as podman makes it
    let r = env.ok(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        "readlink /etc/mtab; head -1 /etc/mtab",
    ]);
    let out = r.stdout();
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("/proc/mounts"), "{out}");
    assert!(lines.next().is_some_and(|l| !l.is_empty()), "{out}");

    let me = &env.user.name;
    let uid = env.user.uid.to_string();
    env.run(&["run", "--rm", &img, "grep", me, "/etc/passwd"])
        .assert_code(1);
    for who in [me.as_str(), uid.as_str()] {
        let r = env.ok(&[
            "run",
            "--rm",
            &format!("--hostuser={who}"),
            &img,
            "grep",
            me,
            "/etc/passwd",
        ]);
        let line = r.stdout();
        assert!(
            line.starts_with(&format!("{me}:*:{uid}:{}:", env.user.gid)),
            "{line}"
        );
        assert!(line.trim_end().ends_with(":/:/bin/sh"), "{line}");
    }
    // the user can then be the container's user by its UID
    let r = env.ok(&[
        "run",
        "--rm",
        "--hostuser",
        &uid,
        "--user",
        &uid,
        &img,
        "id",
        "-un",
    ]);
    assert_eq!(r.stdout().trim(), me.as_str());
    let r = env.run(&["run", "--rm", "--hostuser=no-such-user-x", &img, "true"]);
    r.assert_code(126);
    assert!(r.stderr().contains("no-such-user-x"), "{}", r.stderr());
}

#[test]
fn journald_log_driver_keeps_logs_and_a_bad_driver_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-logs");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.ok(&[
        "run",
        "--name",
        "j",
        "--log-driver",
        "journald",
        &img,
        "echo",
        "kept",
    ]);
    assert_eq!(r.stdout().trim(), "kept");
    assert_eq!(
        inspect(
            &env,
            "j",
            "{{.HostConfig.LogConfig.Type}}:{{.HostConfig.LogConfig.Path}}"
        ),
        "journald:"
    );
    assert_eq!(env.ok(&["logs", "j"]).stdout().trim(), "kept");
    env.ok(&[
        "run",
        "--name",
        "n",
        "--log-driver",
        "none",
        &img,
        "echo",
        "gone",
    ]);
    let r = env.run(&["logs", "n"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .starts_with("Error: this container is using the 'none' log driver, cannot read logs"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["run", "--log-driver=InvalidDriver", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().starts_with(
            "Error: running container create option: invalid log driver: invalid argument"
        ),
        "{}",
        r.stderr()
    );
}

#[test]
fn a_run_that_pulls_says_so_unless_quiet() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-pull");
    let img = image("berth-test/busybox");
    let r = env.ok(&["run", "--rm", "--tls-verify=false", &img, "echo", "ran"]);
    assert_eq!(r.stdout().trim(), "ran");
    assert!(r.stderr().starts_with("Trying to pull "), "{}", r.stderr());
    // present: nothing pulled, nothing said
    let r = env.ok(&["run", "--rm", "--pull=missing", &img, "true"]);
    assert_eq!(r.stderr(), "");
    let r = env.ok(&[
        "run",
        "--rm",
        "-q",
        "--pull=always",
        "--tls-verify=false",
        &img,
        "true",
    ]);
    assert_eq!(r.stderr(), "");
    let r = env.ok(&[
        "run",
        "--rm",
        "--pull=always",
        "--tls-verify=false",
        &img,
        "true",
    ]);
    assert!(r.stderr().contains("Trying to pull "), "{}", r.stderr());
}

#[test]
fn attach_passes_on_only_the_streams_named_and_the_log_keeps_all() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rc-attach");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let script = "echo to-out; echo to-err >&2; echo $container";
    let r = env.ok(&[
        "run", "--name", "a1", "--attach", "stderr", &img, "sh", "-c", script,
    ]);
    assert_eq!(r.stdout(), "");
    assert_eq!(r.stderr().trim(), "to-err");
    // the log has both, with conmon's time stamps (a numeric offset); logs -t shows Go's
    let path = inspect(&env, "a1", "{{.HostConfig.LogConfig.Path}}");
    let log = std::fs::read_to_string(&path).unwrap();
    let first = log.lines().next().unwrap();
    assert!(first.ends_with("+00:00 stdout F to-out"), "{log}");
    let r = env.ok(&["logs", "-t", "a1"]);
    assert!(
        r.stdout().lines().next().unwrap().ends_with("Z to-out"),
        "{}",
        r.stdout()
    );
    // the container variable is podman's, as systemd knows it
    assert!(log.contains("stdout F podman"), "{log}");
    // neither output stream: the ID is printed, as podman prints it
    let r = env.ok(&["run", "--name", "a2", "-a", "stdin", &img, "echo", "hidden"]);
    assert_eq!(r.stdout().trim(), inspect(&env, "a2", "{{.Id}}"));
    let r = env.ok(&["run", "--rm", "-a", "stdout", &img, "sh", "-c", script]);
    assert_eq!(r.stdout(), "to-out\npodman\n");
    assert_eq!(r.stderr(), "");
    let r = env.run(&["run", "--rm", "--attach", "bogus", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("invalid stream \"bogus\" for --attach"),
        "{}",
        r.stderr()
    );
}
