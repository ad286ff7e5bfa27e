//! The engine under every container command: the state machine's refusals (each names the
//! state and the way out), and the bugs found when the lifecycle code moved into it.

mod common;
use common::*;
use std::time::Duration;

fn exited(env: &TestEnv, name: &str) {
    wait_until(&format!("{name} to exit"), Duration::from_secs(10), || {
        let s = env
            .ok(&[
                "ps",
                "-a",
                "--filter",
                &format!("name={name}"),
                "--format",
                "{{.State}}",
            ])
            .stdout();
        if s.trim() == "exited" {
            Ok(())
        } else {
            Err(s)
        }
    });
}

/// podman prints a container's bytes as they are; berth printed nothing (and exited 0)
/// when one was not UTF-8.
#[test]
fn logs_print_bytes_that_are_not_utf8() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-logs-bytes");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "bytes",
        &img,
        "sh",
        "-c",
        "printf 'caf\\303\\251\\n'; printf '\\377\\n'; printf 'x\\376y\\n' >&2",
    ]);
    exited(&env, "bytes");
    let r = env.ok(&["logs", "bytes"]);
    assert_eq!(r.out.stdout, b"caf\xc3\xa9\n\xff\n", "{:?}", r.out.stdout);
    assert_eq!(r.out.stderr, b"x\xfey\n", "{:?}", r.out.stderr);
    let r = env.ok(&["logs", "--tail", "2", "bytes"]);
    assert_eq!(r.out.stdout, b"\xff\n");
    assert_eq!(r.out.stderr, b"x\xfey\n");
    env.ok(&["rm", "bytes"]);
}

/// `logs -f` across a log that `--log-opt max-size` keeps starting afresh, with multi-byte
/// characters in it: every line it prints is one the container wrote, whole.
#[test]
fn logs_follow_a_log_that_starts_afresh() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-logs-rotate");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "chatty",
        "--log-opt",
        "max-size=300",
        &img,
        "sh",
        "-c",
        "i=0; while [ $i -lt 150 ]; do echo \"é-$i-ü\"; i=$((i+1)); sleep 0.01; done",
    ]);
    let r = env.ok(&["logs", "-f", "chatty"]);
    let text = String::from_utf8(r.out.stdout.clone()).expect("whole UTF-8 lines");
    assert!(!text.is_empty());
    for l in text.lines() {
        let n = l
            .strip_prefix("é-")
            .and_then(|l| l.strip_suffix("-ü"))
            .and_then(|n| n.parse::<u32>().ok());
        assert!(
            n.is_some_and(|n| n < 150),
            "a line the container did not write: {l:?}"
        );
    }
    assert!(!r.stderr().contains("panicked"), "{}", r.stderr());
    env.ok(&["rm", "-f", "chatty"]);
}

/// podman: `unsupported pull policy "bogus"`; berth used to pull instead.
#[test]
fn an_unknown_pull_policy_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-pull-policy");
    let img = image("berth-test/busybox");
    let r = env.run(&["run", "--rm", "--pull=bogus", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("unsupported pull policy \"bogus\""),
        "{}",
        r.stderr()
    );
    assert!(
        r.stderr().contains("always, missing, never or newer"),
        "{}",
        r.stderr()
    );
    // nothing was pulled
    assert_eq!(env.ok(&["images", "-q"]).stdout().trim(), "");
    // podman's aliases work
    env.ok(&[
        "run",
        "--rm",
        "-q",
        "--pull=IfNotPresent",
        "--tls-verify=false",
        &img,
        "true",
    ]);
}

/// `exec --latest` used to be ignored (the command's first word was taken as the container).
#[test]
fn exec_latest_runs_in_the_newest_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-exec-latest");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "older",
        "--hostname",
        "older",
        &img,
        "sleep",
        "100",
    ]);
    std::thread::sleep(Duration::from_millis(1100)); // creation times are in seconds
    env.ok(&[
        "run",
        "-d",
        "--name",
        "newer",
        "--hostname",
        "newer",
        &img,
        "sleep",
        "100",
    ]);
    let r = env.ok(&["exec", "--latest", "hostname"]);
    assert_eq!(r.stdout().trim(), "newer");
    let r = env.ok(&["exec", "-l", "sh", "-c", "echo $0-$1", "a", "b"]);
    assert_eq!(r.stdout().trim(), "a-b");
    let r = env.run(&["exec", "older"]);
    r.assert_code(125);
    assert!(r.stderr().contains("non-empty command"), "{}", r.stderr());
    env.ok(&["rm", "-f", "-t", "0", "older", "newer"]);
    let r = env.run(&["exec", "-l", "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("--latest needs at least one container"),
        "{}",
        r.stderr()
    );
}

/// Every command asks the one state machine, and its refusals say the state and what to do.
#[test]
fn the_state_machine_names_the_state_and_the_way_out() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-states");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // created
    env.ok(&["create", "--name", "c1", &img, "sleep", "100"]);
    let st = |n: &str| {
        env.ok(&["inspect", "--format", "{{.State.Status}}", n])
            .stdout()
    };
    assert_eq!(st("c1").trim(), "created");
    let r = env.run(&["exec", "c1", "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("as created"), "{}", r.stderr());
    let r = env.run(&["kill", "c1"]);
    r.assert_code(125);
    assert!(r.stderr().contains("is in state created"), "{}", r.stderr());
    // stopping a container that does not run is not an error (podman)
    assert_eq!(env.ok(&["stop", "c1"]).stdout().trim(), "c1");
    // running
    assert_eq!(env.ok(&["start", "c1"]).stdout().trim(), "c1");
    assert_eq!(st("c1").trim(), "running");
    // starting it again is not an error either
    assert_eq!(env.ok(&["start", "c1"]).stdout().trim(), "c1");
    let r = env.run(&["rm", "c1"]);
    r.assert_code(2);
    assert!(
        r.stderr().contains("as it is running - running or paused containers cannot be removed without force: container state improper"),
        "{}",
        r.stderr()
    );
    assert!(
        r.stderr()
            .contains("hint: stop it first (berth stop c1), or use berth rm -f c1"),
        "{}",
        r.stderr()
    );
    // exited
    env.ok(&["stop", "-t", "0", "c1"]);
    assert_eq!(st("c1").trim(), "exited");
    let r = env.run(&["top", "c1"]);
    r.assert_code(125);
    assert!(r.stderr().contains("as exited"), "{}", r.stderr());
    let r = env.run(&["kill", "c1"]);
    r.assert_code(125);
    assert!(r.stderr().contains("is in state exited"), "{}", r.stderr());
    // restart takes an exited container back to running
    env.ok(&["restart", "c1"]);
    assert_eq!(st("c1").trim(), "running");
    assert_eq!(env.ok(&["rm", "-f", "-t", "0", "c1"]).stdout().trim(), "c1");
    let r = env.run(&["inspect", "c1"]);
    assert_ne!(r.code(), 0);
}

/// `--ipc`, `--uts` and `--pid` share another container's namespaces (as a pod's members
/// share its infra container's), or keep berth's own with `host`.
#[test]
fn namespaces_are_shared_with_another_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-share-ns");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "infra",
        "--hostname",
        "infra-host",
        &img,
        "sleep",
        "100",
    ]);
    let ns = |args: &[&str]| {
        let mut a = vec!["run", "--rm"];
        a.extend_from_slice(args);
        a.extend_from_slice(&[
            &img,
            "sh",
            "-c",
            "for n in ipc uts pid; do readlink /proc/self/ns/$n; done; hostname",
        ]);
        env.ok(&a).stdout()
    };
    let infra = env
        .ok(&[
            "exec",
            "infra",
            "sh",
            "-c",
            "for n in ipc uts pid; do readlink /proc/self/ns/$n; done; hostname",
        ])
        .stdout();
    let infra: Vec<&str> = infra.lines().collect();
    assert_eq!(infra.len(), 4, "{infra:?}");
    assert_eq!(infra[3], "infra-host");
    // private: all new
    let own = ns(&[]);
    let own: Vec<&str> = own.lines().collect();
    for i in 0..3 {
        assert_ne!(own[i], infra[i], "{own:?} vs {infra:?}");
    }
    // shared, one at a time
    let ipc = ns(&["--ipc", "container:infra"]);
    let ipc: Vec<&str> = ipc.lines().collect();
    assert_eq!(ipc[0], infra[0]);
    assert_ne!(ipc[1], infra[1]);
    let uts = ns(&["--uts", "container:infra", "--hostname", "ignored"]);
    let uts: Vec<&str> = uts.lines().collect();
    assert_eq!((uts[1], uts[3]), (infra[1], "infra-host"), "{uts:?}");
    // a shared PID namespace shows the other container's processes
    let r = env.ok(&[
        "run",
        "--rm",
        "--pid",
        "container:infra",
        &img,
        "sh",
        "-c",
        "readlink /proc/self/ns/pid; ps -o comm",
    ]);
    assert_eq!(r.stdout().lines().next(), Some(infra[2]), "{}", r.stdout());
    assert!(
        r.stdout().lines().any(|l| l.trim() == "sleep"),
        "{}",
        r.stdout()
    );
    // detached, restarted by start: it joins again
    env.ok(&[
        "create",
        "--name",
        "member",
        "--ipc",
        "container:infra",
        &img,
        "sleep",
        "100",
    ]);
    env.ok(&["start", "member"]);
    let m = env
        .ok(&["exec", "member", "readlink", "/proc/self/ns/ipc"])
        .stdout();
    assert_eq!(m.trim(), infra[0]);
    // host: berth's own (the host's, for UTS)
    let host = std::fs::read_link("/proc/self/ns/uts").unwrap();
    let h = ns(&["--uts", "host"]);
    assert_eq!(h.lines().nth(1), Some(host.to_str().unwrap()), "{h}");
    // refusals
    let r = env.run(&["run", "--rm", "--ipc", "bogus", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("use private, host or container:NAME"),
        "{}",
        r.stderr()
    );
    let r = env.run(&[
        "run",
        "--rm",
        "--ipc",
        "container:infra",
        "--uts",
        "container:member",
        &img,
        "true",
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("one container at a time"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "-f", "-t", "0", "member", "infra"]);
    let r = env.run(&["run", "--rm", "--pid", "container:infra", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("no container with name or ID \"infra\""),
        "{}",
        r.stderr()
    );
}

/// `start --all` starts what does not run and prints IDs; `--filter` narrows it (podman's
/// 045-start).
#[test]
fn start_all_and_filters() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-start-all");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let ok0 = env
        .ok(&["run", "-d", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    let ok1 = env
        .ok(&["run", "-d", &img, "false"])
        .stdout()
        .trim()
        .to_string();
    let up = env
        .ok(&["run", "-d", "--restart=always", &img, "sleep", "100"])
        .stdout()
        .trim()
        .to_string();
    env.ok(&["wait", &ok0, &ok1]);
    let r = env.ok(&["start", "--all", "--filter", "exited=0"]);
    assert_eq!(r.stdout().trim(), ok0);
    env.ok(&["wait", &ok0]);
    let r = env.ok(&["start", "--all"]);
    let out = r.stdout();
    let started: Vec<&str> = out.lines().collect();
    assert!(
        started.contains(&ok0.as_str()) && started.contains(&ok1.as_str()),
        "{started:?}"
    );
    assert!(
        !started.contains(&up.as_str()),
        "a running container is not started again"
    );
    env.ok(&["wait", &ok0, &ok1]);
    let r = env.ok(&["start", "--filter", "restart-policy=always", &ok0]);
    assert_eq!(r.stdout().trim(), "");
    let r = env.ok(&["start", "--filter", "restart-policy=none", &ok0]);
    assert_eq!(r.stdout().trim(), ok0);
    let r = env.run(&["start", "--filter", "restart-policy=fakepolicy", &ok0]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .starts_with("Error: fakepolicy invalid restart policy"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["start", "--all", "12333"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("either start all containers or the container(s) provided in the arguments"),
        "{}",
        r.stderr()
    );
    // ps shares the filters
    let r = env.ok(&[
        "ps",
        "-a",
        "--filter",
        "restart-policy=always",
        "--format",
        "{{.ID}}",
    ]);
    assert_eq!(r.stdout().trim(), &up[..12]);
    env.ok(&["rm", "-f", "-t", "0", &ok0, &ok1, &up]);
}

/// `stop -t N` says when the stop signal did not do it (podman's warning, word for word);
/// podman's messages and exit codes for kill and rm.
#[test]
fn stop_warns_when_it_resorts_to_sigkill() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-stop-warn");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "stubborn",
        &img,
        "sh",
        "-c",
        "trap '' TERM; while :; do sleep 0.1; done",
    ]);
    let r = env.ok(&["stop", "-t", "1", "stubborn"]);
    assert_eq!(r.stdout().trim(), "stubborn");
    assert!(
        r.stderr().contains(
            "StopSignal SIGTERM failed to stop container stubborn in 1 seconds, resorting to SIGKILL"
        ),
        "{}",
        r.stderr()
    );
    // a container that goes on SIGTERM gets no warning (pid 1 needs a handler for it)
    env.ok(&[
        "run",
        "-d",
        "--name",
        "meek",
        &img,
        "sh",
        "-c",
        "trap 'exit 0' TERM; while :; do sleep 0.1; done",
    ]);
    let r = env.ok(&["stop", "-t", "5", "meek"]);
    assert!(!r.stderr().contains("resorting"), "{}", r.stderr());
    env.ok(&["start", "meek"]);
    let r = env.run(&["kill", "-s", "BOGUS", "meek"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("Error: invalid signal: BOGUS"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "-f", "-t", "0", "stubborn", "meek"]);
    // podman 4.3: `rm --force` ignores a missing container; plain `rm` names it, exit 1
    assert_eq!(env.run(&["rm", "--force", "bogus"]).code(), 0);
    let r = env.run(&["rm", "bogus"]);
    r.assert_code(1);
    assert!(
        r.stderr()
            .contains("no container with name or ID \"bogus\" found: no such container"),
        "{}",
        r.stderr()
    );
}

/// A script reading stderr gets podman's one `Error:` line; the `hint:` lines are for a
/// terminal (or `BERTH_HINTS=always`, which the other tests set).
#[test]
fn hints_are_for_people_not_scripts() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-hints");
    let out = env
        .cmd(&["rm", "no-such-ctr"])
        .env_remove("BERTH_HINTS")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        err,
        "Error: no container with name or ID \"no-such-ctr\" found: no such container\n"
    );
    let out = env
        .cmd(&["run", "--rm", "--pull=bogus", "img", "true"])
        .env_remove("BERTH_HINTS")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: unsupported pull policy \"bogus\"\n"
    );
    let r = env.run(&["run", "--rm", "--pull=bogus", "img", "true"]);
    assert!(
        r.stderr()
            .contains("\nhint: use --pull always, missing, never or newer"),
        "{}",
        r.stderr()
    );
}

/// `--latest` (`-l`) on stop, kill, wait and rm acts on the newest container.
#[test]
fn latest_on_the_lifecycle_commands() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-latest");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let old = env
        .ok(&["run", "-d", &img, "sleep", "100"])
        .stdout()
        .trim()
        .to_string();
    std::thread::sleep(Duration::from_millis(1100)); // creation times are in seconds
    let new = env
        .ok(&["run", "-d", &img, "sleep", "100"])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(env.ok(&["kill", "-l"]).stdout().trim(), new);
    assert_eq!(env.ok(&["wait", "-l"]).stdout().trim(), "137");
    assert_eq!(env.ok(&["stop", "-l"]).stdout().trim(), new);
    assert_eq!(env.ok(&["rm", "-l"]).stdout().trim(), new);
    let left = env.ok(&["ps", "-aq", "--no-trunc"]).stdout();
    assert_eq!(left.trim(), old, "only the older container is left");
    assert_eq!(env.ok(&["rm", "-f", "-t", "0", "-l"]).stdout().trim(), old);
}

/// A flag given twice takes its last value, as podman's do; flags that collect keep all.
#[test]
fn a_flag_given_twice_takes_the_last_value() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-flag-twice");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.ok(&[
        "run",
        "--rm",
        "--name",
        "first",
        "--name",
        "second",
        "--hostname",
        "h1",
        "--hostname",
        "h2",
        "-e",
        "A=1",
        "-e",
        "B=2",
        &img,
        "sh",
        "-c",
        "echo $A$B $(hostname)",
    ]);
    assert_eq!(r.stdout().trim(), "12 h2");
    env.ok(&["create", "--name", "one", "--name", "two", &img, "true"]);
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Names}}"])
            .stdout()
            .trim(),
        "two"
    );
    env.ok(&["rm", "two"]);
}

/// podman's IPC modes: none (no /dev/shm), private (no one may join), shareable (the
/// default, joinable).
#[test]
fn ipc_modes_none_private_shareable() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-ipc-modes");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.run(&["run", "--rm", "--ipc=none", &img, "ls", "/dev/shm"]);
    r.assert_code(1);
    assert_eq!(r.stderr().trim(), "ls: /dev/shm: No such file or directory");
    env.ok(&["run", "--rm", &img, "ls", "/dev/shm"]);
    env.ok(&[
        "run",
        "-d",
        "--ipc=private",
        "--name",
        "priv",
        &img,
        "sleep",
        "100",
    ]);
    let r = env.run(&["run", "--rm", "--ipc=container:priv", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(
            "is not allowed: non-shareable IPC (hint: use IpcMode:shareable for the donor container)"
        ),
        "{}",
        r.stderr()
    );
    env.ok(&[
        "run",
        "-d",
        "--ipc=shareable",
        "--name",
        "shr",
        &img,
        "sleep",
        "100",
    ]);
    let theirs = env
        .ok(&["exec", "shr", "readlink", "/proc/self/ns/ipc"])
        .stdout();
    let mine = env
        .ok(&[
            "run",
            "--rm",
            "--ipc=container:shr",
            &img,
            "readlink",
            "/proc/self/ns/ipc",
        ])
        .stdout();
    assert_eq!(mine, theirs);
    env.ok(&["rm", "-f", "-t", "0", "priv", "shr"]);
}

/// `attach` shows a detached container's output as it comes, exits with its code, and passes
/// SIGINT on to it.
#[test]
fn attach_follows_output_and_proxies_signals() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-attach");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "a1",
        &img,
        "sh",
        "-c",
        "sleep 1; echo one; echo two >&2; exit 4",
    ]);
    let r = env.run(&["attach", "a1"]);
    assert_eq!(r.code(), 4, "{}", r.stderr());
    assert_eq!(r.stdout(), "one\n");
    assert_eq!(r.stderr(), "two\n");

    env.ok(&[
        "run",
        "-d",
        "--name",
        "a2",
        &img,
        "sh",
        "-c",
        "trap 'echo got-int; exit 9' INT; while true; do sleep 0.1; done",
    ]);
    let child = env
        .cmd(&["attach", "a2"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(9));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "got-int\n");
}

/// `berth attach` run in a terminal of its own (util-linux `script`), as the test user, with
/// `input` typed into it: each piece after a pause, so the container reads it as a user types.
fn attach_in_terminal(env: &TestEnv, args: &[&str], input: &[&str]) -> std::process::Output {
    use std::io::Write;
    use std::os::unix::process::CommandExt;
    let base = env.cmd(&[]);
    let mut line = format!("stty rows 33 cols 77; exec {}", berth_bin().display());
    for a in args {
        line.push_str(&format!(" '{a}'"));
    }
    let mut c = std::process::Command::new("script");
    c.args(["-qfec", &line, "/dev/null"])
        .env_clear()
        .envs(base.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .current_dir(base.get_current_dir().unwrap())
        .uid(env.user.uid)
        .gid(env.user.gid)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().expect("spawn script (util-linux)");
    let mut stdin = child.stdin.take().unwrap();
    for piece in input {
        std::thread::sleep(Duration::from_millis(800));
        stdin.write_all(piece.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    std::thread::sleep(Duration::from_millis(800));
    drop(stdin);
    child.wait_with_output().unwrap()
}

/// `attach` reaches a detached container's stdin (`-i`) and its terminal (`-t`) through its
/// monitor: input goes in, the terminal's size follows the user's, ctrl-p ctrl-q detaches
/// and leaves it running, and its exit code comes back.
#[test]
fn attach_reaches_stdin_and_terminal_and_detaches() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-attach-in");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");

    // -i: what attach reads goes to the container's stdin; its end ends `cat`
    env.ok(&[
        "run",
        "-di",
        "--name",
        "cat",
        &img,
        "sh",
        "-c",
        "cat; exit 6",
    ]);
    let mut child = env
        .cmd(&["attach", "cat"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut w = child.stdin.take().unwrap();
        w.write_all(b"hello\nworld\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello\nworld\n");

    // --no-stdin on an -i container: output only, the container keeps waiting for input
    env.ok(&[
        "run",
        "-di",
        "--name",
        "quiet",
        &img,
        "sh",
        "-c",
        "echo up; cat",
    ]);
    let r = env.run(&["attach", "--no-stdin", "--detach-keys", "bogus", "quiet"]);
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr()
            .contains("invalid detach keys: Unknown character: 'bogus'"),
        "{}",
        r.stderr()
    );

    // -t: a shell in the container's terminal, sized as the user's; ctrl-p ctrl-q detaches
    env.ok(&["run", "-dit", "--name", "sh", &img, "sh"]);
    let out = attach_in_terminal(
        &env,
        &["attach", "sh"],
        &["echo hi-$((40+2)); stty size\r", "\x10\x11"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("hi-42"), "{text}");
    assert!(text.contains("33 77"), "{text}");
    let state = env
        .ok(&["inspect", "--format", "{{.State.Status}}", "sh"])
        .stdout();
    assert_eq!(state.trim(), "running", "detaching left it running");

    // attach again (the detach keys as given), and leave with its exit code
    let out = attach_in_terminal(
        &env,
        &["attach", "--detach-keys", "ctrl-a", "sh"],
        &["echo again\r", "exit 5\r"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(5), "{text}");
    assert!(text.contains("again"), "{text}");
    let state = env
        .ok(&[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}}",
            "sh",
        ])
        .stdout();
    assert_eq!(state.trim(), "exited 5");

    // run -it at a terminal: detach with ctrl-p ctrl-q, it runs on; its exit code otherwise
    let out = attach_in_terminal(
        &env,
        &["run", "-it", "--name", "it", &img, "sh"],
        &["\x10\x11"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let state = env
        .ok(&["inspect", "--format", "{{.State.Status}}", "it"])
        .stdout();
    assert_eq!(
        state.trim(),
        "running",
        "run -it detached and left it running"
    );
    let out = attach_in_terminal(&env, &["run", "-it", "--rm", &img, "nonexist"], &[]);
    assert_eq!(out.status.code(), Some(127));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("executable file not found"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    env.ok(&["rm", "-f", "-t", "0", "cat", "quiet", "sh", "it"]);
}

/// A foreground container's output reaches the user and its log (podman's `logs` after a
/// plain `run`); boolean flags take `=false` as cobra's do; `-it` without a terminal warns
/// and runs.
#[test]
fn foreground_output_is_logged_and_bool_flags_take_values() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("engine-fg-log");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.run(&[
        "run",
        "--name",
        "fg",
        &img,
        "sh",
        "-c",
        "echo out; echo err >&2; exit 3",
    ]);
    assert_eq!(r.code(), 3);
    assert_eq!(r.stdout(), "out\n");
    assert_eq!(r.stderr(), "err\n");
    let logs = env.run(&["logs", "fg"]);
    assert_eq!(logs.stdout(), "out\n");
    assert_eq!(logs.stderr(), "err\n");

    let r = env.ok(&[
        "run",
        "--rm",
        "--tty=false",
        "-i=false",
        &img,
        "sh",
        "-c",
        "[ -t 1 ] && echo tty || echo notty",
    ]);
    assert_eq!(r.stdout(), "notty\n");
    assert!(r.stderr().is_empty(), "{}", r.stderr());
    let r = env.ok(&["run", "--rm", "-t", "-i", &img, "echo", "hello"]);
    assert_eq!(r.stdout(), "hello\r\n");
    assert!(
        r.stderr().contains("The input device is not a TTY"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["run", "--rm=maybe", &img, "true"]);
    assert_eq!(r.code(), 125, "{}", r.stderr());
    env.ok(&["rm", "fg"]);
}
