//! `run` behaviours of podman's 030-run and 032-sig-proxy, as the unprivileged user: `--tz`
//! (last one wins, unknown zones refused), the flags berth accepts without applying them yet
//! (a warning, never a parse error), and SIGINT passed on to the container when berth was
//! started with it ignored (a shell's background job).

mod common;
use common::*;
use std::io::BufRead;
use std::os::unix::process::CommandExt;
use std::time::Duration;

fn run(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["run", "--rm", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

#[test]
fn tz_sets_localtime_and_the_last_one_wins() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-tz");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // a fixed instant, so summer time does not matter: 2020-09-13 12:26:40 UTC
    let date = ["date", "-d", "@1600000000", "+%H:%M %Z"];
    let mut a = vec![img.as_str()];
    a.extend_from_slice(&date);
    let r = run(&env, &a);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "12:26 UTC", "{}", r.stderr());
    let mut a = vec!["--tz=US/Eastern", "--tz", "Asia/Tokyo", img.as_str()];
    a.extend_from_slice(&date);
    let r = run(&env, &a);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "21:26 JST", "{}", r.stderr());
    // local: the host's /etc/localtime, whatever $TZ says
    let host = std::fs::canonicalize("/etc/localtime").unwrap();
    let r = run(&env, &["--tz=local", &img, "md5sum", "/etc/localtime"]);
    r.assert_code(0);
    let want = std::process::Command::new("md5sum")
        .arg(&host)
        .output()
        .unwrap();
    let want = String::from_utf8_lossy(&want.stdout);
    assert_eq!(
        r.stdout().split_whitespace().next(),
        want.split_whitespace().next()
    );
    // not a zone: refused before anything is made
    for bad in ["Nowhere/Atall", "../../etc/passwd"] {
        let r = run(&env, &["--tz", bad, &img, "true"]);
        r.assert_code(125);
        assert!(r.stderr().contains("unknown time zone"), "{}", r.stderr());
    }
    assert_eq!(env.ok(&["ps", "-aq"]).stdout().trim(), "");
}

#[test]
fn unapplied_flags_are_accepted_with_a_warning() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-accept");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // defaults given explicitly change nothing and say nothing
    let r = run(
        &env,
        &[
            "--sig-proxy=true",
            "--systemd=true",
            "--image-volume=bind",
            "--seccomp-policy=default",
            "--read-only-tmpfs",
            "--preserve-fds=0",
            &img,
            "echo",
            "ok",
        ],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ok");
    assert_eq!(r.stderr(), "");
    // the others run the container and name what was left out
    let r = run(
        &env,
        &["--annotation", "a=b", "--umask", "0077", &img, "echo", "ok"],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ok");
    for flag in ["--annotation", "--umask"] {
        assert!(
            r.stderr().contains(&format!("does not apply {flag}")),
            "{}",
            r.stderr()
        );
    }
}

#[test]
fn sigint_reaches_the_container_when_berth_ignores_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-sigproxy");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let berth = env.cmd(&[
        "run",
        "-i",
        "--rm",
        &img,
        "sh",
        "-c",
        "trap 'echo BYE; exit 0' INT; echo READY; while :; do sleep 0.1; done",
    ]);
    // as a background job of a non-interactive shell: SIGINT ignored on entry
    let mut c = std::process::Command::new("/bin/sh");
    c.arg("-c")
        .arg("trap '' INT; exec \"$0\" \"$@\"")
        .arg(berth.get_program())
        .args(berth.get_args())
        .env_clear()
        .envs(berth.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .current_dir(&env.dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .uid(env.user.uid)
        .gid(env.user.gid);
    let mut child = c.spawn().unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "READY");
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).unwrap();
    let status = wait_until("berth to end after SIGINT", Duration::from_secs(10), || {
        child.try_wait().unwrap().ok_or("running")
    });
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert_eq!(rest.trim(), "BYE");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn ports_with_host_network_are_dropped_with_a_warning() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-hostports");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &["-p", "8080", "--net=host", &img, "echo", "ran"]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ran");
    assert_eq!(
        r.stderr().lines().next(),
        Some("Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use"),
        "{}",
        r.stderr()
    );
}

#[test]
fn run_d_that_cannot_start_exits_126_and_rm_removes_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-failrm");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // a host port already taken
    let l = std::net::TcpListener::bind("0.0.0.0:0").unwrap();
    let port = format!("{}:80", l.local_addr().unwrap().port());
    let r = env.run(&["run", "-p", &port, "-d", "--name", "keep", &img, "top"]);
    r.assert_code(126);
    assert!(
        r.stderr().contains("address already in use"),
        "{}",
        r.stderr()
    );
    let r = env.run(&[
        "run", "-p", &port, "--rm", "-d", "--name", "gone", &img, "top",
    ]);
    r.assert_code(126);
    let names = env.ok(&["ps", "-a", "--format", "{{.Names}}"]).stdout();
    assert_eq!(names.trim(), "keep");
    env.ok(&["rm", "-f", "-t", "0", "keep"]);
}
