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
    // the others run the container and name what was left out; --annotation is applied
    let r = run(
        &env,
        &["--annotation", "a=b", "--umask", "0077", &img, "echo", "ok"],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ok");
    assert!(
        r.stderr().contains("does not apply --umask"),
        "{}",
        r.stderr()
    );
    assert!(!r.stderr().contains("--annotation"), "{}", r.stderr());
    let r = env.ok(&[
        "create",
        "--name",
        "annotated",
        "--annotation",
        "a=b",
        &img,
        "true",
    ]);
    r.assert_code(0);
    let r = env.ok(&[
        "inspect",
        "--format",
        "{{json .Config.Annotations}}",
        "annotated",
    ]);
    assert!(r.stdout().contains("\"a\":\"b\""), "{}", r.stdout());
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

#[test]
fn root_of_an_image_without_a_dot_entry_is_0555_as_in_containers_storage() {
    if !integration() {
        return;
    }
    // a fresh store: the layers are unpacked by this berth (busybox's layer has no ./ entry)
    let env = TestEnv::new("rf-rootmode");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &[&img, "stat", "-c", "%a", "/"]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "555", "{}", r.stderr());
}

#[test]
fn a_missing_workdir_from_the_flag_exits_126_but_a_volume_provides_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-workdir");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &["--workdir", "/i/do/not/exist", &img, "pwd"]);
    r.assert_code(126);
    assert!(
        r.stderr()
            .contains("workdir \"/i/do/not/exist\" does not exist on container"),
        "{}",
        r.stderr()
    );
    let r = run(
        &env,
        &["--workdir", "/wd/sub", "-v", "wdvol:/wd/sub", &img, "pwd"],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "/wd/sub", "{}", r.stderr());
}

#[test]
fn exec_of_a_directory_is_runcs_permission_denied() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-execdir");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &[&img, "/etc"]);
    r.assert_code(126);
    assert!(
        r.stderr()
            .contains("exec: \"/etc\": permission denied: OCI permission denied"),
        "{}",
        r.stderr()
    );
}

#[test]
fn default_env_has_term_and_unsetenv_drops_defaults_and_image_env() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-unsetenv");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &[&img, "/bin/env"]);
    r.assert_code(0);
    assert!(
        r.stdout().lines().any(|l| l == "TERM=xterm"),
        "{}",
        r.stdout()
    );
    let r = run(&env, &["--unsetenv=TERM", &img, "/bin/env"]);
    r.assert_code(0);
    assert!(!r.stdout().contains("TERM"), "{}", r.stdout());
    assert!(r.stdout().contains("PATH="), "{}", r.stdout());
    let r = run(&env, &["--unsetenv-all", &img, "/bin/env"]);
    r.assert_code(0);
    for v in ["TERM", "container", "PATH"] {
        assert!(!r.stdout().contains(v), "{v} left: {}", r.stdout());
    }
    let r = run(
        &env,
        &["--unsetenv-all", "-e", "TERM=abc", &img, "/bin/env"],
    );
    r.assert_code(0);
    assert!(
        r.stdout().lines().any(|l| l == "TERM=abc"),
        "{}",
        r.stdout()
    );
}

#[test]
fn containerenv_is_empty_unless_privileged() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-cenv");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(&env, &[&img, "stat", "-c", "%s", "/run/.containerenv"]);
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "0", "{}", r.stderr());
    let r = run(
        &env,
        &[
            "--privileged",
            "--name",
            "cenvp",
            &img,
            "sh",
            "-c",
            ". /run/.containerenv; echo $name $rootless",
        ],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "cenvp 1", "{}", r.stderr());
}

#[test]
fn keep_id_home_is_the_workdir_when_the_home_is_not_mounted() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-keepid-home");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = run(
        &env,
        &[
            "--userns=keep-id",
            "--workdir",
            "/tmp",
            &img,
            "sh",
            "-c",
            "echo $HOME ~",
        ],
    );
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "/tmp /tmp", "{}", r.stderr());
}

#[test]
fn log_opt_max_size_is_shown_as_podman_shows_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("rf-logsize");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "create",
        "--name",
        "ls",
        "--log-opt",
        "max-size=1.039m",
        &img,
        "true",
    ]);
    let r = env.ok(&[
        "inspect",
        "--format",
        "{{.HostConfig.LogConfig.Size}}",
        "ls",
    ]);
    assert_eq!(r.stdout().trim(), "1.039MB");
}
