//! `run`/`create` flags beyond the basics, as the unprivileged user: `--init`, `--userns`,
//! `--uidmap`/`--gidmap`, `--restart`, `--stop-signal`/`--stop-timeout`, labels,
//! `--group-add`, the log driver and its size limit, `--env-host`; and `rename`, `top`, `port`.

mod common;
use common::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::time::{Duration, Instant};

fn run(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["run", "--rm", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

fn inspect(env: &TestEnv, name: &str) -> serde_json::Value {
    let v: serde_json::Value =
        serde_json::from_str(&env.ok(&["inspect", "--type", "container", name]).stdout()).unwrap();
    v[0].clone()
}

/// A host directory the test user owns, with `mode`.
fn host_dir(env: &TestEnv, name: &str, mode: u32) -> std::path::PathBuf {
    let d = env.dir.join(name);
    std::fs::create_dir_all(&d).unwrap();
    std::os::unix::fs::chown(&d, Some(env.user.uid), Some(env.user.gid)).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(mode)).unwrap();
    d
}

#[test]
fn init_is_pid_1_reaps_orphans_and_forwards_signals() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-init");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // pid 1 is berth's init, the command is its child
    let r = run(&env, &["--init", &img, "ps", "-o", "pid,ppid,comm"]);
    r.assert_code(0);
    let rows: Vec<Vec<String>> = r
        .stdout()
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], ["1", "0", "berth-init"], "{}", r.stdout());
    assert_eq!(rows[1], ["2", "1", "ps"], "{}", r.stdout());
    // the command's status is the container's, 128+n for a signal
    run(&env, &["--init", &img, "sh", "-c", "exit 7"]).assert_code(7);
    run(&env, &["--init", &img, "sh", "-c", "kill -TERM $$"]).assert_code(143);
    run(&env, &["--init", &img, "no-such-command"]).assert_code(127);
    // pid 1 is the host's berth binary: not dumpable, so /proc/1/exe and friends are closed
    let r = run(
        &env,
        &[
            "--init",
            &img,
            "sh",
            "-c",
            "readlink /proc/1/exe || echo exe-closed; cat /proc/1/environ >/dev/null 2>&1 || echo environ-closed; ls /proc/1/fd >/dev/null 2>&1 || echo fds-closed",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        ["exe-closed", "environ-closed", "fds-closed"],
        "{}",
        r.stderr()
    );
    // an orphan (re-parented to pid 1) is reaped with --init; without it, `exec sleep` as
    // pid 1 leaves it a zombie
    for (init, want_zombie) in [(true, false), (false, true)] {
        let mut args = vec!["run", "-d"];
        if init {
            args.push("--init");
        }
        args.extend([&img as &str, "sh", "-c", "(sleep 0.1 &); exec sleep 30"]);
        let id = env.ok(&args).stdout().trim().to_string();
        std::thread::sleep(Duration::from_millis(700));
        let ps = env.ok(&["exec", &id, "ps", "-o", "stat,comm"]).stdout();
        let zombies = ps
            .lines()
            .filter(|l| l.trim_start().starts_with('Z'))
            .count();
        assert_eq!(zombies > 0, want_zombie, "--init {init}: {ps}");
        env.ok(&["rm", "-f", "-t", "0", &id]);
    }
    // `stop` (SIGTERM) ends a --init container at once: init forwards it to the command...
    let id = env
        .ok(&["run", "-d", "--init", &img, "sleep", "1000"])
        .stdout()
        .trim()
        .to_string();
    let t = Instant::now();
    env.ok(&["stop", "-t", "5", &id]);
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
    assert_eq!(env.ok(&["wait", &id]).stdout().trim(), "143");
    // ...while `sleep` as pid 1 ignores SIGTERM, and stop waits for the timeout, then kills
    let id2 = env
        .ok(&["run", "-d", &img, "sleep", "1000"])
        .stdout()
        .trim()
        .to_string();
    let t = Instant::now();
    env.ok(&["stop", "-t", "2", &id2]);
    assert!(t.elapsed() >= Duration::from_secs(2), "{:?}", t.elapsed());
    assert_eq!(env.ok(&["wait", &id2]).stdout().trim(), "137");
    // --init survives create + start, and exec joins the command's namespaces
    env.ok(&["create", "--init", "--name", "ini", &img, "sleep", "1000"]);
    env.ok(&["start", "ini"]);
    let r = env.ok(&["exec", "ini", "ps", "-o", "pid,comm"]);
    assert!(r.stdout().contains("1 berth-init"), "{}", r.stdout());
    assert_eq!(inspect(&env, "ini")["HostConfig"]["Init"], true);
    env.ok(&["rm", "-f", "-t", "0", "ini", &id, &id2]);
    assert!(
        berth_processes(&env).is_empty(),
        "{:?}",
        berth_processes(&env)
    );
}

#[test]
fn keep_id_runs_as_the_user_with_the_image_owners_kept() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-keepid");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    let u = env.user;
    let vol = host_dir(&env, "vol", 0o755);
    let v = format!("{}:/vol", vol.display());
    let r = run(
        &env,
        &[
            "--userns=keep-id",
            "-v",
            &v,
            &img,
            "sh",
            "-c",
            "id -u; id -g; whoami; echo $HOME; stat -c %u:%g /etc/passwd /data/owned-by-1000; touch /vol/made-by-keep-id",
        ],
    );
    r.assert_code(0);
    let out: Vec<String> = r.stdout().lines().map(str::to_string).collect();
    assert_eq!(out[0], u.uid.to_string(), "{}", r.stderr());
    assert_eq!(out[1], u.gid.to_string());
    assert_eq!(out[2], u.name, "the user is added to /etc/passwd");
    assert!(out[3].starts_with('/'), "{out:?}");
    assert_eq!(
        &out[4..6],
        ["0:0", "1000:1000"],
        "image owners kept: {out:?}"
    );
    let md = std::fs::metadata(vol.join("made-by-keep-id")).unwrap();
    assert_eq!(
        (md.uid(), md.gid()),
        (u.uid, u.gid),
        "owned by the user on the host"
    );
    // the map: the user's id is berth's 0, the ids below it are shifted up by one
    let r = run(
        &env,
        &["--userns=keep-id", &img, "cat", "/proc/self/uid_map"],
    );
    let map: Vec<Vec<u64>> = r
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().map(|x| x.parse().unwrap()).collect())
        .collect();
    assert_eq!(map[0], [0, 1, u.uid as u64], "{}", r.stdout());
    assert_eq!(map[1], [u.uid as u64, 0, 1]);
    // keep-id:uid=,gid= chooses the container ids the user becomes
    let r = run(
        &env,
        &[
            "--userns=keep-id:uid=2000,gid=2001",
            "-v",
            &v,
            &img,
            "sh",
            "-c",
            "id -u; id -g; touch /vol/made-by-2000",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        ["2000", "2001"],
        "{}",
        r.stderr()
    );
    let md = std::fs::metadata(vol.join("made-by-2000")).unwrap();
    assert_eq!((md.uid(), md.gid()), (u.uid, u.gid));
    // -u still wins; root of the image is root inside
    let r = run(
        &env,
        &[
            "--userns=keep-id",
            "-u",
            "0",
            &img,
            "sh",
            "-c",
            "id -u; stat -c %U /",
        ],
    );
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        ["0", "root"]
    );
    // a detached keep-id container with an init: exec and stop work as usual
    env.ok(&[
        "run",
        "-d",
        "--name",
        "kid",
        "--userns=keep-id",
        "--init",
        &img,
        "sleep",
        "1000",
    ]);
    assert_eq!(
        env.ok(&["exec", "kid", "id", "-u"]).stdout().trim(),
        u.uid.to_string()
    );
    assert_eq!(inspect(&env, "kid")["HostConfig"]["UsernsMode"], "keep-id");
    env.ok(&["stop", "-t", "5", "kid"]);
    env.ok(&["rm", "kid"]);
}

#[test]
fn uidmap_and_gidmap_give_the_container_another_map() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-uidmap");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    let open = host_dir(&env, "open", 0o777);
    let v = format!("{}:/open", open.display());
    // container 0..999 are berth's 1..1000: root is the first subordinate id
    let r = run(
        &env,
        &[
            "--uidmap",
            "0:1:1000",
            "-v",
            &v,
            &img,
            "sh",
            "-c",
            "id -u; cat /proc/self/uid_map /proc/self/gid_map; stat -c %u:%g /etc/passwd /data/owned-by-1000; touch /open/f",
        ],
    );
    r.assert_code(0);
    let lines: Vec<String> = r
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lines,
        ["0", "0 1 1000", "0 1 1000", "0:0", "65534:65534"],
        "--gidmap defaults to --uidmap; ids outside the map are nobody: {}",
        r.stderr()
    );
    let md = std::fs::metadata(open.join("f")).unwrap();
    assert_eq!(
        md.uid(),
        subuid_start(),
        "container root is the first subordinate id"
    );
    // several ranges and a separate gid map
    let r = run(
        &env,
        &[
            "--uidmap",
            "0:1:1000",
            "--uidmap",
            "1000:0:1",
            "--gidmap",
            "0:1:2000",
            &img,
            "sh",
            "-c",
            "stat -c %u:%g /data/owned-by-1000",
        ],
    );
    assert_eq!(r.stdout().trim(), "1000:1000", "{}", r.stderr());
    // mistakes are named
    let r = run(&env, &["--uidmap", "0:1:100000", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("subordinate"), "{}", r.stderr());
    let r = run(&env, &["--uidmap", "0:1", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("CONTAINER:HOST:SIZE"), "{}", r.stderr());
    let r = run(
        &env,
        &["--uidmap", "0:1:10", "--userns=keep-id", &img, "true"],
    );
    r.assert_code(125);
    assert!(r.stderr().contains("mutually exclusive"), "{}", r.stderr());
    let r = run(&env, &["--userns=auto", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("keep-id"), "{}", r.stderr());
    // a user without subordinate ids cannot give keep-id the ids below its own
    let nosub = TestEnv::new_as("flags-uidmap-nosub", nosub_user());
    let r = nosub.run(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-q",
        "--userns=keep-id",
        &img,
        "true",
    ]);
    r.assert_code(125);
    assert!(r.stderr().contains("subordinate"), "{}", r.stderr());
}

fn state(env: &TestEnv, name: &str) -> (String, i64, u64) {
    let i = inspect(env, name);
    (
        i["State"]["Status"].as_str().unwrap().to_string(),
        i["State"]["ExitCode"].as_i64().unwrap(),
        i["RestartCount"].as_u64().unwrap(),
    )
}

#[test]
fn restart_policies_are_kept_by_the_monitor() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-restart");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // on-failure:2: the first run and two restarts, then it stays exited
    env.ok(&[
        "run",
        "-d",
        "--name",
        "fail",
        "--restart",
        "on-failure:2",
        &img,
        "sh",
        "-c",
        "echo x; exit 3",
    ]);
    wait_until("on-failure:2 to give up", Duration::from_secs(15), || {
        let (st, procs) = (state(&env, "fail"), berth_processes(&env));
        if st == ("exited".into(), 3, 2) && procs.is_empty() {
            Ok(())
        } else {
            Err((st, procs))
        }
    });
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(state(&env, "fail"), ("exited".into(), 3, 2));
    let logs = env.ok(&["logs", "fail"]).stdout();
    assert_eq!(logs.lines().filter(|l| *l == "x").count(), 3, "{logs}");
    let i = inspect(&env, "fail");
    assert_eq!(i["HostConfig"]["RestartPolicy"]["Name"], "on-failure");
    assert_eq!(i["HostConfig"]["RestartPolicy"]["MaximumRetryCount"], 2);
    // on-failure does not restart a success
    env.ok(&[
        "run",
        "-d",
        "--name",
        "ok",
        "--restart",
        "on-failure",
        &img,
        "true",
    ]);
    wait_until("the monitor of `ok` to end", Duration::from_secs(5), || {
        let procs = berth_processes(&env);
        if procs.is_empty() {
            Ok(())
        } else {
            Err(procs)
        }
    });
    assert_eq!(state(&env, "ok"), ("exited".into(), 0, 0));
    // always: restarts (a new pid 1 each time) until `stop`, which is not undone
    env.ok(&[
        "run",
        "-d",
        "--name",
        "loop",
        "--restart",
        "always",
        &img,
        "sh",
        "-c",
        "echo y; sleep 0.2",
    ]);
    let first_pid = inspect(&env, "loop")["State"]["Pid"].as_i64().unwrap();
    wait_until("two restarts", Duration::from_secs(15), || {
        let st = state(&env, "loop");
        if st.2 >= 2 {
            Ok(())
        } else {
            Err(st)
        }
    });
    wait_until("a running pid 1", Duration::from_secs(5), || {
        let i = inspect(&env, "loop");
        if i["State"]["Running"] == true && i["State"]["Pid"].as_i64().unwrap() != first_pid {
            Ok(())
        } else {
            Err(i["State"].clone())
        }
    });
    env.ok(&["stop", "-t", "5", "loop"]);
    let (status, _, count) = state(&env, "loop");
    assert_eq!(status, "exited");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(
        state(&env, "loop"),
        ("exited".into(), state(&env, "loop").1, count)
    );
    assert!(
        berth_processes(&env).is_empty(),
        "{:?}",
        berth_processes(&env)
    );
    assert!(
        env.ok(&["logs", "loop"])
            .stdout()
            .lines()
            .filter(|l| *l == "y")
            .count()
            >= 3
    );
    // start clears the stop: the policy applies again; rm -f ends it for good
    env.ok(&["start", "loop"]);
    let before = state(&env, "loop").2;
    wait_until("a restart after start", Duration::from_secs(15), || {
        let st = state(&env, "loop");
        if st.2 > before {
            Ok(())
        } else {
            Err(st)
        }
    });
    env.ok(&["rm", "-f", "-t", "0", "loop"]);
    wait_until(
        "no process of berth's after rm -f",
        Duration::from_secs(5),
        || {
            let procs = berth_processes(&env);
            if procs.is_empty() {
                Ok(())
            } else {
                Err(procs)
            }
        },
    );
    assert!(!env
        .ok(&["ps", "-a", "--format", "{{.Names}}"])
        .stdout()
        .contains("loop"));
    // mistakes
    let r = env.run(&["run", "--rm", "--restart", "always", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("--rm option conflicts with --restart"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["run", "--restart", "sometimes", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("on-failure"), "{}", r.stderr());
    env.ok(&["rm", "fail", "ok"]);
}

/// `--restart` in the foreground: berth returns the first exit code, as podman does, and the
/// policy goes on under a monitor (the first run and the restarts log to `berth logs`).
#[test]
fn a_foreground_container_hands_its_restart_policy_to_a_monitor() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-restart-fg");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.run(&[
        "run",
        "--name",
        "fg",
        "--restart",
        "on-failure:2",
        &img,
        "sh",
        "-c",
        "echo x; exit 3",
    ]);
    r.assert_code(3);
    assert_eq!(r.stdout().trim(), "x");
    wait_until("on-failure:2 to give up", Duration::from_secs(15), || {
        let (st, procs) = (state(&env, "fg"), berth_processes(&env));
        if st == ("exited".into(), 3, 2) && procs.is_empty() {
            Ok(())
        } else {
            Err((st, procs))
        }
    });
    // the foreground run's output is in the log too (as podman's), then each restart's
    let logs = env.ok(&["logs", "fg"]).stdout();
    assert_eq!(logs.lines().filter(|l| *l == "x").count(), 3, "{logs}");
    // a success is not restarted, and nothing stays behind
    let r = env.run(&[
        "run",
        "--name",
        "fg-ok",
        "--restart",
        "on-failure",
        &img,
        "true",
    ]);
    r.assert_code(0);
    wait_until(
        "no process of berth's after a success",
        Duration::from_secs(5),
        || {
            let procs = berth_processes(&env);
            if procs.is_empty() {
                Ok(())
            } else {
                Err(procs)
            }
        },
    );
    assert_eq!(state(&env, "fg-ok"), ("exited".into(), 0, 0));
    env.ok(&["rm", "fg", "fg-ok"]);
}

#[test]
fn stop_signal_timeout_labels_groups_logs_and_env_host() {
    if !integration() {
        return;
    }
    let mut env = TestEnv::new("flags-misc");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // --stop-signal is what stop sends; --stop-timeout how long it waits
    env.ok(&[
        "run",
        "-d",
        "--name",
        "sig",
        "--stop-signal",
        "USR1",
        "--stop-timeout",
        "3",
        &img,
        "sh",
        "-c",
        "trap 'echo got-usr1; exit 5' USR1; echo ready; while true; do sleep 0.1; done",
    ]);
    wait_until("ready", Duration::from_secs(5), || {
        let l = env.ok(&["logs", "sig"]).stdout();
        if l.contains("ready") {
            Ok(())
        } else {
            Err(l)
        }
    });
    env.ok(&["stop", "sig"]);
    assert_eq!(env.ok(&["wait", "sig"]).stdout().trim(), "5");
    assert!(env.ok(&["logs", "sig"]).stdout().contains("got-usr1"));
    let i = inspect(&env, "sig");
    assert_eq!(i["Config"]["StopSignal"], "SIGUSR1");
    assert_eq!(i["Config"]["StopTimeout"], 3);
    env.ok(&[
        "create",
        "--name",
        "slow",
        "--stop-timeout",
        "1",
        &img,
        "sleep",
        "1000",
    ]);
    env.ok(&["start", "slow"]);
    let t = Instant::now();
    env.ok(&["stop", "slow"]);
    let took = t.elapsed();
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_secs(5),
        "{took:?}"
    );
    let r = env.run(&["run", "--rm", "--stop-signal", "NOPE", &img, "true"]);
    r.assert_code(125);
    // labels: files, then flags, over the image's
    let lf = env.dir.join("labels");
    std::fs::write(&lf, "# comment\nfrom.file=1\nbare\n").unwrap();
    env.ok(&[
        "create",
        "--name",
        "lab",
        "--label-file",
        lf.to_str().unwrap(),
        "-l",
        "a=b",
        "--label",
        "from.file=2",
        &img,
        "true",
    ]);
    let labels = inspect(&env, "lab")["Config"]["Labels"].clone();
    assert_eq!(labels["a"], "b");
    assert_eq!(labels["from.file"], "2");
    assert_eq!(labels["bare"], "");
    assert_eq!(
        labels["org.berth.test"], "busybox",
        "the image's label: {labels}"
    );
    let q = |f: &str| {
        env.ok(&["ps", "-a", "--filter", f, "--format", "{{.Names}}"])
            .stdout()
    };
    assert_eq!(q("label=a=b").trim(), "lab");
    assert_eq!(q("label=bare").trim(), "lab");
    assert_eq!(q("label=a=c").trim(), "");
    // --group-add: names from the container's /etc/group, or numbers
    let r = run(
        &env,
        &[
            "-u",
            "app",
            "--group-add",
            "staff",
            "--group-add",
            "4242",
            &img,
            "id",
            "-G",
        ],
    );
    let mut groups: Vec<String> = r.stdout().split_whitespace().map(str::to_string).collect();
    groups.sort();
    assert_eq!(groups, ["1000", "4242", "50"], "{}", r.stderr());
    let r = run(&env, &["--group-add", "no-such-group", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("no-such-group"), "{}", r.stderr());
    // --log-driver none keeps nothing; json-file is k8s-file
    env.ok(&[
        "run",
        "-d",
        "--name",
        "quiet",
        "--log-driver",
        "none",
        &img,
        "echo",
        "hidden",
    ]);
    let r = env.run(&["logs", "quiet"]);
    r.assert_code(125);
    assert!(r.stderr().contains("'none' log driver"), "{}", r.stderr());
    env.ok(&[
        "run",
        "-d",
        "--name",
        "jf",
        "--log-driver",
        "json-file",
        &img,
        "echo",
        "shown",
    ]);
    wait_until("json-file logs", Duration::from_secs(5), || {
        let l = env.ok(&["logs", "jf"]).stdout();
        if l == "shown\n" {
            Ok(())
        } else {
            Err(l)
        }
    });
    // journald is accepted (its lines kept in the log file); an unknown driver is podman's error
    env.ok(&["run", "--rm", "--log-driver", "journald", &img, "true"]);
    let r = env.run(&["run", "--rm", "--log-driver", "nosuchdriver", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("invalid log driver"), "{}", r.stderr());
    // --log-opt max-size: the log starts afresh before it would grow past the limit
    let id = env
        .ok(&[
            "run",
            "-d",
            "--log-opt",
            "max-size=1k",
            &img,
            "sh",
            "-c",
            "for i in $(seq 1 200); do echo line-$i; done",
        ])
        .stdout()
        .trim()
        .to_string();
    wait_until("the output", Duration::from_secs(10), || {
        let l = env.ok(&["logs", &id]).stdout();
        if l.ends_with("line-200\n") {
            Ok(())
        } else {
            Err(l)
        }
    });
    let size = std::fs::metadata(env.store().join("containers").join(&id).join("ctr.log"))
        .unwrap()
        .len();
    assert!(size <= 1000, "log of {size} bytes");
    let logs = env.ok(&["logs", &id]).stdout();
    assert!(!logs.contains("line-1\n"), "{logs}");
    // --env-host: berth's environment goes in (below -e)
    env.extra_env.push(("FROM_HOST".into(), "yes".into()));
    env.extra_env.push(("OVERRIDDEN".into(), "host".into()));
    let r = run(
        &env,
        &[
            "--env-host",
            "-e",
            "OVERRIDDEN=flag",
            &img,
            "sh",
            "-c",
            "echo $FROM_HOST $OVERRIDDEN",
        ],
    );
    assert_eq!(r.stdout().trim(), "yes flag");
    let r = run(&env, &[&img, "sh", "-c", "echo ${FROM_HOST:-unset}"]);
    assert_eq!(r.stdout().trim(), "unset");
    // -w names an existing working directory (a missing one is podman's 126, see run_flags.rs)
    assert_eq!(
        run(&env, &["-w", "/etc", &img, "pwd"]).stdout().trim(),
        "/etc"
    );
    env.ok(&["rm", "-a", "-f"]);
}

#[test]
fn rename_top_and_port() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-cmds");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "old",
        &img,
        "sh",
        "-c",
        "sleep 1000 & exec sleep 1001",
    ]);
    env.ok(&[
        "run", "-d", "--name", "other", "--init", &img, "sleep", "1000",
    ]);
    // rename
    assert_eq!(env.ok(&["rename", "old", "new"]).stdout(), "");
    let names = env.ok(&["ps", "--format", "{{.Names}}"]).stdout();
    assert!(names.contains("new") && !names.contains("old"), "{names}");
    let r = env.run(&["rename", "new", "other"]);
    r.assert_code(125);
    assert!(r.stderr().contains("already in use"), "{}", r.stderr());
    let r = env.run(&["rename", "new", "bad/name"]);
    r.assert_code(125);
    assert!(r.stderr().contains("names must match"), "{}", r.stderr());
    env.run(&["rename", "nope", "x"]).assert_code(125);
    env.ok(&["container", "rename", "new", "renamed"]);
    // top: podman's default columns, the container's own pids
    let r = env.ok(&["top", "renamed"]);
    let lines: Vec<Vec<String>> = r
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(
        lines[0],
        ["USER", "PID", "PPID", "%CPU", "ELAPSED", "TTY", "TIME", "COMMAND"],
        "{}",
        r.stdout()
    );
    assert_eq!(lines.len(), 3, "{}", r.stdout());
    assert_eq!(&lines[1][..3], ["root", "1", "0"]);
    assert_eq!(
        lines[1][5..],
        ["?", "0s", "sleep", "1001"],
        "{}",
        r.stdout()
    );
    assert_eq!(&lines[2][1..3], ["2", "1"]);
    let r = env.ok(&["top", "other", "pid", "comm", "user,huser"]);
    let rows: Vec<Vec<String>> = r
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], ["PID", "COMMAND", "USER", "HUSER"]);
    assert_eq!(rows[1], ["1", "berth-init", "root", env.user.name.as_str()]);
    assert_eq!(rows[2][..2], ["2", "sleep"]);
    // ps(1) options run ps in the container
    let r = env.ok(&["top", "renamed", "-o", "pid,comm"]);
    assert!(
        r.stdout().contains("PID") && r.stdout().contains("sleep"),
        "{}",
        r.stdout()
    );
    // port: nothing published, nothing printed
    assert_eq!(env.ok(&["port", "renamed"]).stdout(), "");
    assert_eq!(env.ok(&["port", "-a"]).stdout(), "");
    let r = env.run(&["port", "renamed", "80/tcp"]);
    r.assert_code(125);
    assert!(r.stderr().contains("80/tcp"), "{}", r.stderr());
    let r = env.run(&["port", "nope"]);
    r.assert_code(125);
    assert!(r.stderr().contains("no such container"), "{}", r.stderr());
    env.ok(&["stop", "-t", "0", "renamed"]);
    let r = env.run(&["top", "renamed"]);
    r.assert_code(125);
    assert!(r.stderr().contains("running containers"), "{}", r.stderr());
    env.ok(&["rm", "-a", "-f", "-t", "0"]);
    assert!(
        berth_processes(&env).is_empty(),
        "{:?}",
        berth_processes(&env)
    );
}

/// Run berth with a pseudo-terminal as its stdio; returns (exit, output).
fn run_on_pty(env: &TestEnv, args: &[&str]) -> (i32, String) {
    use std::io::Read;
    use std::os::fd::{FromRawFd, IntoRawFd};
    let pty = nix::pty::openpty(None, None).unwrap();
    let mut cmd = env.cmd(args);
    let dup = |fd: &std::os::fd::OwnedFd| unsafe {
        std::process::Stdio::from_raw_fd(nix::unistd::dup(fd).unwrap().into_raw_fd())
    };
    cmd.stdin(dup(&pty.slave))
        .stdout(dup(&pty.slave))
        .stderr(dup(&pty.slave));
    let mut child = cmd.spawn().unwrap();
    drop(cmd); // it holds copies of the slave: the master sees EOF only once all are closed
    drop(pty.slave);
    let mut master = std::fs::File::from(pty.master);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match master.read(&mut buf) {
            Ok(0) | Err(_) => break, // EIO when the last slave closes
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    let code = child.wait().unwrap().code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out).replace('\r', ""))
}

#[test]
fn init_gives_the_command_the_terminal() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flags-init-tty");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let (code, out) = run_on_pty(
        &env,
        &[
            "run",
            "--rm",
            "-t",
            "--init",
            &img,
            "sh",
            "-c",
            "tty; ps -o pid,pgid,comm; exit 4",
        ],
    );
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("/dev/pts/0"), "{out}");
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(rows.contains(&vec!["1", "1", "berth-init"]), "{out}");
    assert!(
        rows.contains(&vec!["2", "2", "sh"]),
        "the command leads its own group: {out}"
    );
}
