//! podman's behaviours from its system tests (001-basic, 005-info, 035-logs, 130-kill,
//! 150-login): the logs of several containers, `wait --condition`, every signal `kill` can
//! send (real-time ones, SIGPIPE trapped), podman's signal errors, `--log-level`/`--debug`,
//! the remote flags, `--volumepath`, a command group without its command.

mod common;
use common::*;
use std::time::Duration;

fn busybox(env: &TestEnv) -> String {
    env.pull("berth-test/busybox");
    image("berth-test/busybox")
}

#[test]
fn logs_of_several_containers_prefix_each_line_in_time_order() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("logsmulti");
    let img = busybox(&env);
    let a = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "la",
            &img,
            "sh",
            "-c",
            "echo a; sleep 2; echo d",
        ])
        .stdout()
        .trim()
        .to_string();
    let b = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "lb",
            &img,
            "sh",
            "-c",
            "sleep 0.7; echo b; sleep 0.6; echo c",
        ])
        .stdout()
        .trim()
        .to_string();
    // -f follows both until both have stopped
    let out = env.ok(&["logs", "-f", "la", "lb"]).stdout();
    let (a, b) = (&a[..12], &b[..12]);
    assert_eq!(out, format!("{a} a\n{b} b\n{b} c\n{a} d\n"));
    // --names puts the names there; a single container has no prefix
    let out = env.ok(&["logs", "--names", "la", "lb"]).stdout();
    assert_eq!(out, "la a\nlb b\nlb c\nla d\n");
    assert_eq!(env.ok(&["logs", "la"]).stdout(), "a\nd\n");
    let r = env.run(&["logs", "--latest", "la"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("cannot be used together"),
        "{}",
        r.stderr()
    );
}

#[test]
fn wait_condition_and_signals_a_shell_traps() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("killsig");
    let img = busybox(&env);
    let script = "for i in 1 10 13 64; do trap \"echo got: $i\" $i; done; echo READY; \
                  while ! test -e /stop; do sleep 0.05; done; echo DONE";
    let cid = env
        .ok(&["run", "-d", &img, "sh", "-c", script])
        .stdout()
        .trim()
        .to_string();
    env.ok(&["wait", "--condition", "running", &cid]);
    wait_until("READY", Duration::from_secs(10), || {
        let out = env.ok(&["logs", &cid]).stdout();
        if out.contains("READY") {
            Ok(())
        } else {
            Err(out)
        }
    });
    // SIGPIPE (13) reaches a trap: the container's process does not inherit it ignored;
    // 64 is a real-time signal; `-SIGUSR1` and `-1` as podman takes them
    for (sig, num) in [("13", 13), ("64", 64), ("-SIGUSR1", 10), ("-1", 1)] {
        env.ok(&["kill", "-s", sig, &cid]);
        let want = format!("got: {num}");
        wait_until(&want, Duration::from_secs(10), || {
            let out = env.ok(&["logs", &cid]).stdout();
            if out.contains(&want) {
                Ok(())
            } else {
                Err(out)
            }
        });
    }
    // a signal it traps leaves it running: exec still works
    env.ok(&["exec", &cid, "touch", "/stop"]);
    assert_eq!(
        env.ok(&["wait", "--condition", "exited", &cid]).stdout(),
        "0\n"
    );
    let out = env.ok(&["logs", &cid]).stdout();
    assert!(out.ends_with("DONE\n"), "{out}");
}

#[test]
fn kill_refuses_bad_signals_in_podmans_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("killbad");
    for (s, msg) in [
        ("0", "Error: invalid signal: 0"),
        ("-0", "Error: invalid signal: 0"),
        ("SIGBADSIG", "Error: invalid signal: SIGBADSIG"),
        ("-BADSIG", "Error: invalid signal: BADSIG"),
        ("65", "Error: valid signals are 1 through 64"),
        ("-65", "Error: valid signals are 1 through 64"),
    ] {
        let r = env.run(&["kill", "-s", s, "nosuchcontainer"]);
        r.assert_code(125);
        assert_eq!(r.stderr().lines().next(), Some(msg), "{s}: {}", r.stderr());
    }
    let r = env.run(&["wait", "--condition", "sleeping", "nosuch"]);
    r.assert_code(125);
}

#[test]
fn log_levels_debug_and_remote_flags_as_podman() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("loglevel");
    let r = env.run(&["--log-level=telepathic", "info"]);
    r.assert_code(1);
    assert!(r
        .stderr()
        .starts_with("Log Level \"telepathic\" is not supported"));
    // off a terminal, logrus's text lines
    let r = env.ok(&["--log-level=trace", "info"]);
    for level in ["trace", "debug", "info"] {
        assert!(
            r.stderr().contains(&format!(" level={level} ")),
            "{level}: {}",
            r.stderr()
        );
    }
    let r = env.ok(&["--log-level=info", "info"]);
    assert!(r.stderr().contains(" level=info "), "{}", r.stderr());
    assert!(!r.stderr().contains(" level=debug "), "{}", r.stderr());
    assert!(!env.ok(&["info"]).stderr().contains(" level="));
    assert!(env.ok(&["-D", "info"]).stderr().contains(" level=debug "));
    let r = env.run(&["--debug", "--log-level=panic", "info"]);
    r.assert_code(1);
    assert_eq!(
        r.stderr(),
        "Setting --log-level and --debug is not allowed\n"
    );
    // no service to reach: refused, and --remote leaves the help when one is named
    env.run(&["--remote", "version"]).assert_code(125);
    env.run(&["--url", "unix:/x", "version"]).assert_code(125);
    assert!(env.ok(&["--help"]).stdout().contains(" --remote "));
    assert!(!env
        .ok(&["--url", "x", "--help"])
        .stdout()
        .contains(" --remote "));
    // a group without its command: help, podman's error, 125
    let r = env.run(&["volume"]);
    r.assert_code(125);
    // the program as it was called (the tests install berth as berth-PID), as podman's os.Args[0]
    assert!(
        r.stderr().contains("Error: missing command '") && r.stderr().contains(" volume COMMAND'"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["--remote"]);
    r.assert_code(125);
    assert!(r.stdout().contains("Usage:"), "{}", r.stdout());
}

#[test]
fn volumepath_moves_the_volumes() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volpath");
    let vp = env.dir.join("vols");
    let vps = vp.display().to_string();
    let r = env.ok(&[
        "--volumepath",
        &vps,
        "info",
        "--format",
        "{{ .Store.VolumePath }}",
    ]);
    assert_eq!(r.stdout().trim(), vps);
    env.ok(&["--volumepath", &vps, "volume", "create", "v1"]);
    assert!(vp.join("v1/_data").is_dir());
    let ls = env
        .ok(&["--volumepath", &vps, "volume", "ls", "-q"])
        .stdout();
    assert_eq!(ls, "v1\n");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).stdout(), "");
}
