//! Detached containers, their monitor, and the commands that act on recorded containers:
//! ps, logs, stop, kill, wait, rm. State lives on disk, so each command is a new berth process.

mod common;
use common::*;
use std::time::Duration;

#[test]
fn detached_container_logs_stop_wait_rm() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-detach");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        &img,
        "sh",
        "-c",
        "trap 'echo bye; exit 3' TERM; echo started; echo oops >&2; while true; do sleep 0.1; done",
    ]);
    let id = r.stdout().trim().to_string();
    assert_eq!(id.len(), 64, "run -d prints the ID: {id}");
    let ps = env.ok(&["ps"]).stdout();
    assert!(
        ps.lines().next().unwrap().starts_with("CONTAINER ID")
            && ps.contains(&id[..12])
            && ps.contains("Up "),
        "{ps}"
    );
    // logs, with stdout and stderr kept apart
    wait_until("the logs", Duration::from_secs(5), || {
        let l = env.ok(&["logs", "web"]);
        if l.stdout().contains("started") && l.stderr().contains("oops") {
            Ok(())
        } else {
            Err(format!("no logs: {} / {}", l.stdout(), l.stderr()))
        }
    });
    // logs -f follows until the container ends; stop ends it
    let follower = env
        .cmd(&["logs", "-f", "web"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(env.ok(&["stop", "web"]).stdout().trim(), "web");
    let out = follower.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("started") && text.contains("bye"), "{text}");
    assert_eq!(env.ok(&["wait", "web"]).stdout().trim(), "3");
    let ps = env
        .ok(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"])
        .stdout();
    assert!(ps.starts_with("web Exited (3)"), "{ps}");
    assert!(
        env.ok(&["ps", "-q"]).stdout().is_empty(),
        "ps without -a hides exited containers"
    );
    // the name is taken until rm
    let r = env.run(&["run", "--name", "web", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("already in use"), "{}", r.stderr());
    assert_eq!(env.ok(&["rm", "web"]).stdout().trim(), "web");
    assert!(env.ok(&["ps", "-aq"]).stdout().is_empty());
    // podman's exit code for a container that is not known (055-rm.bats)
    let r = env.run(&["rm", "web"]);
    r.assert_code(1);
    assert!(r.stderr().contains("no such container"), "{}", r.stderr());
    assert!(
        berth_processes(&env).is_empty(),
        "nothing of berth keeps running: {:?}",
        berth_processes(&env)
    );
}

/// 130-kill: a signal the container traps leaves it running (podman keeps its state;
/// only `stop` makes it "stopping"), so `exec` still works.
#[test]
fn a_trapped_kill_leaves_the_container_running() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-kill-trap");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let script = "trap 'echo got TERM' TERM; echo READY; while ! test -e /stop; do sleep 0.05; done; echo DONE";
    let id = env
        .ok(&["run", "-d", &img, "sh", "-c", script])
        .stdout()
        .trim()
        .to_string();
    let ten = std::time::Duration::from_secs(10);
    wait_until("READY", ten, || {
        let out = env.ok(&["logs", &id]).stdout();
        if out.contains("READY") {
            Ok(())
        } else {
            Err(out)
        }
    });
    env.ok(&["kill", "-s", "TERM", &id]);
    wait_until("the trap's echo", ten, || {
        let out = env.ok(&["logs", &id]).stdout();
        if out.contains("got TERM") {
            Ok(())
        } else {
            Err(out)
        }
    });
    let state = env
        .ok(&["inspect", "--format", "{{.State.Status}}", &id])
        .stdout();
    assert_eq!(state.trim(), "running");
    env.ok(&["exec", &id, "touch", "/stop"]);
    assert_eq!(env.ok(&["wait", &id]).stdout().trim(), "0");
    assert!(env.ok(&["logs", &id]).stdout().contains("DONE"));
    env.ok(&["rm", &id]);
}

/// 055-rm "rm --depend": a container may share the network of one that does not run yet;
/// `rm` of that one is refused while the other stays, `rm --depend` takes both.
#[test]
fn rm_depend_takes_the_containers_sharing_its_namespaces() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-depend");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let a = env
        .ok(&["create", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    let net = format!("--net=container:{a}");
    let b = env
        .ok(&["create", &net, &img, "true"])
        .stdout()
        .trim()
        .to_string();
    let r = env.run(&["rm", &a]);
    r.assert_code(125);
    assert!(
        r.stderr().starts_with(&format!(
            "Error: container {a} has dependent containers which must be removed before it: {b}"
        )),
        "{}",
        r.stderr()
    );
    env.ok(&["container", "exists", &a]);
    let out = env.ok(&["rm", "--depend", &a]).stdout();
    assert!(out.contains(&a) && out.contains(&b), "{out}");
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
}

#[test]
fn kill_rm_force_and_rm_of_a_detached_rm_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-kill");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let id = env
        .ok(&["run", "-d", &img, "sleep", "1000"])
        .stdout()
        .trim()
        .to_string();
    // podman's exit code for a container in the wrong state (055-rm.bats)
    let r = env.run(&["rm", &id[..12]]);
    r.assert_code(2);
    assert!(
        r.stderr().contains("cannot remove container") && r.stderr().contains("rm -f"),
        "{}",
        r.stderr()
    );
    env.ok(&["kill", "-s", "KILL", &id[..12]]);
    assert_eq!(env.ok(&["wait", &id]).stdout().trim(), "137");
    let id2 = env
        .ok(&["run", "-d", &img, "sleep", "1000"])
        .stdout()
        .trim()
        .to_string();
    env.ok(&["rm", "-f", "-t", "0", &id2]);
    env.ok(&["rm", &id]);
    // --rm -d: the monitor removes it at the end
    let id3 = env
        .ok(&["run", "-d", "--rm", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    wait_until(
        "the --rm container's removal",
        Duration::from_secs(5),
        || {
            let ps = env.ok(&["ps", "-aq", "--no-trunc"]).stdout();
            if ps.contains(&id3) {
                Err(format!("--rm container not removed: {ps}"))
            } else {
                Ok(())
            }
        },
    );
}

#[test]
fn a_berth_killed_during_run_is_seen_as_exited() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-kill9");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let mut child = env
        .cmd(&["run", "--name", "fg", &img, "sleep", "1000"])
        .spawn()
        .unwrap();
    wait_until("fg in ps", Duration::from_secs(5), || {
        let ps = env.ok(&["ps", "--format", "{{.Names}}"]).stdout();
        if ps.contains("fg") {
            Ok(())
        } else {
            Err(ps)
        }
    });
    let pid: i32 = env
        .ok(&["ps", "--format", "{{.Pid}}"])
        .stdout()
        .trim()
        .parse()
        .unwrap();
    child.kill().unwrap(); // SIGKILL to berth
    child.wait().unwrap();
    wait_until("fg exited, its pid 1 gone", Duration::from_secs(5), || {
        let ps = env
            .ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"])
            .stdout();
        if ps.trim() == "fg exited" && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            Ok(())
        } else {
            Err(ps)
        }
    });
    env.ok(&["rm", "fg"]);
}

/// `rm` killed with -9 at several moments: the container is either whole (it can be
/// inspected and removed) or gone from every listing, and the next command that works on
/// containers finishes the removal that was begun.
#[test]
fn a_berth_killed_during_rm_leaves_nothing_half_there() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-kill9-rm");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let leftovers = || -> Vec<String> {
        std::fs::read_dir(env.store().join("containers"))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    // .names is the store's name index, not a leftover
                    .filter(|n| n.starts_with('.') && n != ".names")
                    .collect()
            })
            .unwrap_or_default()
    };
    // first these kill moments, then (bounded) ones between the latest too early and the
    // earliest too late, until one kill is seen to interrupt a removal
    let fixed = [0u64, 4, 8, 15, 30, 60];
    let (mut too_early, mut too_late) = (0u64, 300u64);
    let mut interrupted = 0;
    let mut tries = 0;
    while tries < fixed.len() || (interrupted == 0 && tries < 24) {
        let delay = match fixed.get(tries) {
            Some(d) => *d,
            None => (too_early + too_late) / 2 + (tries as u64 % 3),
        };
        let name = format!("victim{tries}");
        tries += 1;
        // many files in its upper directory, so that removing it takes a while
        env.ok(&[
            "run",
            "--name",
            &name,
            &img,
            "sh",
            "-c",
            "mkdir /many && cd /many && i=0; while [ $i -lt 4000 ]; do : > f$i; i=$((i+1)); done",
        ]);
        let id = env
            .ok(&["inspect", "--format", "{{.Id}}", &name])
            .stdout()
            .trim()
            .to_string();
        let mut child = env.cmd(&["rm", &name]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let running_at_kill = child.try_wait().unwrap().is_none();
        child.kill().unwrap();
        child.wait().unwrap();
        // before any other berth command (each one sweeps): the removal begun and not ended
        let mid = running_at_kill && leftovers().contains(&format!(".removing-{id}"));
        let names = env.ok(&["ps", "-a", "--format", "{{.Names}}"]).stdout();
        if names.lines().any(|n| n == name) {
            // not begun: whole
            assert!(!mid, "{name} is listed while its removal was under way");
            let i = env.ok(&["inspect", &name]).stdout();
            assert!(i.contains(&name), "{i}");
            too_early = too_early.max(delay);
        } else {
            let r = env.run(&["inspect", &name]);
            assert_ne!(r.code(), 0, "a removed container still inspects");
            if mid {
                interrupted += 1;
            } else {
                too_late = too_late.min(delay.max(1));
            }
        }
        if too_early >= too_late {
            (too_early, too_late) = (0, 300);
        }
    }
    eprintln!("rm interrupted mid-removal {interrupted} times out of {tries}");
    assert!(
        interrupted > 0,
        "no kill in {tries} tries came while rm was removing (too early up to {too_early} ms, too late from {too_late} ms)"
    );
    // the next command that makes a container sweeps what killed removals left
    env.ok(&["run", "--rm", &img, "true"]);
    assert!(leftovers().is_empty(), "{:?}", leftovers());
    env.ok(&["rm", "-a", "-f"]);
    assert!(env.ok(&["ps", "-a", "-q"]).stdout().trim().is_empty());
    assert!(leftovers().is_empty(), "{:?}", leftovers());
}

#[test]
fn exec_joins_the_running_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-exec");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "box",
        "--hostname",
        "boxhost",
        "-e",
        "FROM_RUN=1",
        &img,
        "sleep",
        "1000",
    ]);
    // same PID namespace: the container's sleep is pid 1
    let r = env.ok(&["exec", "box", "ps", "-o", "pid,comm"]);
    assert!(
        r.stdout()
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["1", "sleep"]),
        "{}",
        r.stdout()
    );
    let r = env.ok(&[
        "exec",
        "-e",
        "X=y",
        "-u",
        "app",
        "-w",
        "/tmp",
        "box",
        "sh",
        "-c",
        "echo $(hostname) $FROM_RUN $X $(id -u) $(pwd)",
    ]);
    assert_eq!(r.stdout().trim(), "boxhost 1 y 1000 /tmp");
    env.run(&["exec", "box", "sh", "-c", "exit 9"])
        .assert_code(9);
    env.run(&["exec", "box", "no-such-cmd"]).assert_code(127);
    // a file written by exec is seen by the container's own processes
    env.ok(&["exec", "box", "sh", "-c", "echo shared > /tmp/f"]);
    assert_eq!(
        env.ok(&["exec", "box", "cat", "/tmp/f"]).stdout().trim(),
        "shared"
    );
    env.ok(&["stop", "-t", "0", "box"]);
    let r = env.run(&["exec", "box", "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("running containers"), "{}", r.stderr());
    env.ok(&["rm", "box"]);
}

#[test]
fn create_start_restart_inspect_prune() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-create");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let id = env
        .ok(&[
            "create",
            "--name",
            "c1",
            &img,
            "sh",
            "-c",
            "echo run; sleep 1000",
        ])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    let ps = env
        .ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"])
        .stdout();
    assert_eq!(ps.trim(), "c1 created");
    env.ok(&["container", "exists", "c1"]);
    env.run(&["container", "exists", "nope"]).assert_code(1);
    assert_eq!(env.ok(&["start", "c1"]).stdout().trim(), "c1");
    let inspect: serde_json::Value =
        serde_json::from_str(&env.ok(&["inspect", "c1"]).stdout()).unwrap();
    assert_eq!(inspect[0]["Id"], id);
    assert_eq!(inspect[0]["State"]["Running"], true);
    assert_eq!(inspect[0]["Name"], "c1");
    assert_eq!(inspect[0]["Config"]["Cmd"][0], "sh");
    let pid1 = inspect[0]["State"]["Pid"].as_i64().unwrap();
    assert!(pid1 > 0);
    assert_eq!(
        env.ok(&[
            "container",
            "inspect",
            "--format",
            "{{.State.Status}}",
            "c1"
        ])
        .stdout()
        .trim(),
        "running"
    );
    // restart gives a new pid 1
    env.ok(&["restart", "-t", "0", "c1"]);
    let pid2: i64 = env
        .ok(&["inspect", "--format", "{{.State.Pid}}", "c1"])
        .stdout()
        .trim()
        .parse()
        .unwrap();
    assert!(pid2 > 0 && pid2 != pid1, "{pid1} {pid2}");
    // image inspect still works through `inspect`
    let r = env.ok(&["inspect", "--format", "{{.Id}}", &img]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    env.ok(&["stop", "-t", "0", "c1"]);
    // start -a waits and returns the exit status
    env.ok(&[
        "create",
        "--name",
        "c2",
        &img,
        "sh",
        "-c",
        "echo attached; exit 3",
    ]);
    let r = env.run(&["start", "-a", "c2"]);
    r.assert_code(3);
    assert_eq!(r.stdout().trim(), "attached");
    let r = env.ok(&["container", "prune", "-f"]);
    assert_eq!(r.stdout().lines().count(), 2, "{}", r.stdout());
    assert!(env.ok(&["ps", "-aq"]).stdout().is_empty());
}

#[test]
fn unshare_shows_in_image_owners() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-unshare");
    env.pull("berth-test/layered");
    let d = images_json()["berth-test/layered"]["diff_ids"][1]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    let path = env
        .store()
        .join("layers")
        .join(d)
        .join("diff/data/owned-by-1000");
    let r = env.ok(&["unshare", "stat", "-c", "%u", path.to_str().unwrap()]);
    assert_eq!(r.stdout().trim(), "1000");
    let r = env.ok(&["unshare", "cat", "/proc/self/uid_map"]);
    assert!(r.stdout().contains(&subuid_start().to_string()));
}

#[test]
fn rmi_refuses_an_image_a_container_uses_unless_forced() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-rmi");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["run", "-d", "--name", "user", &img, "sleep", "1000"]);
    let r = env.run(&["rmi", &img]);
    r.assert_code(2);
    assert!(
        r.stderr().contains("in use by a container"),
        "{}",
        r.stderr()
    );
    let r = env.ok(&["rmi", "-f", &img]);
    assert!(
        r.stdout()
            .contains(&format!("Deleted: {}", image_id("berth-test/busybox"))),
        "{}",
        r.stdout()
    );
    assert!(
        env.ok(&["ps", "-aq"]).stdout().is_empty(),
        "the container went with the image"
    );
    assert!(env.layer_dirs().is_empty());
}

#[test]
fn ps_sort_and_stop_timeout() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-sort");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    for name in ["zeta", "alpha", "mid"] {
        env.ok(&["create", "--name", name, &img, "true"]);
        std::thread::sleep(Duration::from_millis(1100)); // created is kept in seconds
    }
    let names = |key: &str| {
        env.ok(&["ps", "-a", "--sort", key, "--format", "{{.Names}}"])
            .stdout()
    };
    assert_eq!(names("names"), "alpha\nmid\nzeta\n");
    assert_eq!(
        names("created"),
        "zeta\nalpha\nmid\n",
        "oldest first, as podman"
    );
    let r = env.run(&["ps", "--sort", "bogus"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("invalid option for --sort, options are: command, created"),
        "{}",
        r.stderr()
    );
    // stop takes --timeout as well as --time, as podman does
    env.ok(&["run", "-d", "--name", "sleeper", &img, "sleep", "1000"]);
    let t = std::time::Instant::now();
    env.ok(&["stop", "--timeout", "1", "sleeper"]);
    assert!(t.elapsed() < Duration::from_secs(8), "{:?}", t.elapsed());
    assert_eq!(
        env.ok(&["inspect", "--format", "{{.State.Status}}", "sleeper"])
            .stdout()
            .trim(),
        "exited"
    );
}

#[test]
fn kill_signal_words_and_rm_force_of_a_missing_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-killsig");
    // podman strips one leading dash; numbers outside 1..64 have their own words
    for (sig, words) in [
        ("-0", "Error: invalid signal: 0"),
        ("-SIGBADSIG", "Error: invalid signal: SIGBADSIG"),
        ("BADSIG", "Error: invalid signal: BADSIG"),
        ("65", "Error: valid signals are 1 through 64"),
        ("-65", "Error: valid signals are 1 through 64"),
        ("99999999", "Error: valid signals are 1 through 64"),
    ] {
        let r = env.run(&["kill", "-s", sig, "nosuchcontainer"]);
        r.assert_code(125);
        assert!(
            r.stderr().starts_with(words),
            "kill -s {sig}: {}",
            r.stderr()
        );
    }
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    // pid 1 ignores a signal it has no handler for (sleep's TERM): a trap ends it
    let script = "trap 'exit 3' TERM; echo READY; while :; do sleep 0.05; done";
    env.ok(&["run", "-d", "--name", "k", &img, "sh", "-c", script]);
    wait_until("READY", std::time::Duration::from_secs(10), || {
        let out = env.ok(&["logs", "k"]).stdout();
        if out.contains("READY") {
            Ok(())
        } else {
            Err(out)
        }
    });
    env.ok(&["kill", "-s", "-TERM", "k"]);
    assert_eq!(env.ok(&["wait", "k"]).stdout().trim(), "3");
    // rm --force of a container that is not there is no error, and prints nothing
    let r = env.run(&["rm", "bogus"]);
    r.assert_code(1);
    let r = env.ok(&["rm", "--force", "bogus"]);
    assert_eq!(r.stdout(), "");
    assert_eq!(r.stderr(), "");
}

#[test]
fn containers_made_in_one_second_keep_their_order() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("life-order");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // created one after another, most likely within one second (the record's resolution)
    for n in ["first", "second", "third"] {
        env.ok(&["create", "--name", n, &img, "true"]);
    }
    let names = |args: &[&str]| {
        let mut a = vec!["ps", "-a", "--format", "{{.Names}}"];
        a.extend_from_slice(args);
        env.ok(&a).stdout()
    };
    assert_eq!(names(&[]), "third\nsecond\nfirst\n");
    assert_eq!(names(&["--sort", "created"]), "first\nsecond\nthird\n");
}
