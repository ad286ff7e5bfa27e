//! Healthchecks without systemd (issue 11): the monitor runs `--health-cmd` (or the image's
//! HEALTHCHECK) every interval; `healthcheck run`, inspect's State.Health, ps's status,
//! the health_status events and `--health-on-failure`. The real binary, as the test user.

mod common;
use common::*;
use std::time::Duration;

fn health(env: &TestEnv, name: &str) -> serde_json::Value {
    let out = env
        .ok(&["inspect", name, "--format", "{{json .State.Health}}"])
        .stdout();
    serde_json::from_str(out.trim()).unwrap_or(serde_json::Value::Null)
}

fn status_of(env: &TestEnv, name: &str) -> String {
    health(env, name)["Status"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_monitor_checks_and_status_follows_the_command() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("health-mon");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "web",
        "--health-cmd",
        "test -e /tmp/ok && echo fine",
        "--health-interval",
        "1s",
        "--health-retries",
        "2",
        &img,
        "sleep",
        "300",
    ]);
    // before any check: starting, in inspect and in ps
    assert_eq!(status_of(&env, "web"), "starting");
    let ps = env
        .ok(&["ps", "--format", "{{.Names}} {{.Status}}"])
        .stdout();
    assert!(ps.contains("(starting)"), "ps: {ps}");
    // two failing checks by the monitor: unhealthy
    wait_until("unhealthy", Duration::from_secs(15), || {
        let h = health(&env, "web");
        if h["Status"] == "unhealthy" {
            Ok(h)
        } else {
            Err(h)
        }
    });
    let h = health(&env, "web");
    assert!(h["FailingStreak"].as_u64().unwrap() >= 2, "{h}");
    assert_eq!(h["Log"][0]["ExitCode"], 1, "{h}");
    // `healthcheck run` of a failing check: "unhealthy" on stdout, exit 1
    let r = env.run(&["healthcheck", "run", "web"]);
    r.assert_code(1);
    assert_eq!(r.stdout().trim(), "unhealthy");
    // fixed: the monitor's next check makes it healthy, with the output kept
    env.ok(&["exec", "web", "touch", "/tmp/ok"]);
    wait_until("healthy", Duration::from_secs(15), || {
        let s = status_of(&env, "web");
        if s == "healthy" {
            Ok(())
        } else {
            Err(s)
        }
    });
    let h = health(&env, "web");
    let last = h["Log"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["ExitCode"], 0, "{h}");
    assert_eq!(last["Output"], "fine", "{h}");
    assert!(
        h["Log"].as_array().unwrap().len() <= 5,
        "podman keeps five: {h}"
    );
    let ps = env
        .ok(&["ps", "--format", "{{.Names}} {{.Status}}"])
        .stdout();
    assert!(ps.contains("(healthy)"), "ps: {ps}");
    env.ok(&["healthcheck", "run", "web"]).assert_code(0);
    // each check is an event, with the status after it
    let ev = env
        .ok(&[
            "events",
            "--stream=false",
            "--filter",
            "event=health_status",
            "--format",
            "{{.HealthStatus}}",
        ])
        .stdout();
    assert!(ev.lines().any(|l| l == "unhealthy"), "events: {ev}");
    assert!(ev.lines().any(|l| l == "healthy"), "events: {ev}");
    env.ok(&["rm", "-f", "-t", "0", "web"]);
}

#[test]
fn healthcheck_run_errors_and_flag_checks_are_podmans() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("health-err");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["run", "-d", "--name", "plain", &img, "sleep", "300"]);
    let r = env.run(&["healthcheck", "run", "plain"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("has no defined healthcheck"),
        "{}",
        r.stderr()
    );
    env.ok(&["create", "--name", "made", "--health-cmd", "true", &img]);
    let r = env.run(&["healthcheck", "run", "made"]);
    r.assert_code(125);
    assert!(r.stderr().contains("is not running"), "{}", r.stderr());
    let r = env.run(&[
        "run",
        "--rm",
        "--health-cmd",
        "true",
        "--health-retries",
        "0",
        &img,
    ]);
    r.assert_code(125);
    assert!(r
        .stderr()
        .contains("healthcheck-retries must be greater than 0"));
    let r = env.run(&[
        "run",
        "--rm",
        "--health-cmd",
        "true",
        "--health-on-failure",
        "bogus",
        &img,
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("invalid on-failure action"),
        "{}",
        r.stderr()
    );
    // a check that takes longer than --health-timeout fails with podman's -1 and message
    env.ok(&[
        "run",
        "-d",
        "--name",
        "slow",
        "--health-cmd",
        "sleep 20",
        "--health-timeout",
        "1s",
        "--health-interval",
        "disable",
        &img,
        "sleep",
        "300",
    ]);
    let t = std::time::Instant::now();
    env.run(&["healthcheck", "run", "slow"]).assert_code(1);
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    let h = health(&env, "slow");
    assert_eq!(h["Log"][0]["ExitCode"], -1, "{h}");
    assert!(
        h["Log"][0]["Output"]
            .as_str()
            .unwrap()
            .contains("exceeded timeout of 1s"),
        "{h}"
    );
    env.ok(&["rm", "-fa", "-t", "0"]);
}

#[test]
fn on_failure_kill_and_restart_and_the_images_healthcheck() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("health-act");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "k",
        "--health-cmd",
        "false",
        "--health-interval",
        "1s",
        "--health-retries",
        "1",
        "--health-on-failure",
        "kill",
        &img,
        "sleep",
        "300",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "r",
        "--stop-timeout",
        "1",
        "--health-cmd",
        "false",
        "--health-interval",
        "1s",
        "--health-retries",
        "1",
        "--health-on-failure",
        "restart",
        &img,
        "sleep",
        "300",
    ]);
    wait_until("k killed", Duration::from_secs(15), || {
        let s = env
            .ok(&[
                "inspect",
                "k",
                "--format",
                "{{.State.Status}} {{.State.ExitCode}}",
            ])
            .stdout();
        if s.trim() == "exited 137" {
            Ok(())
        } else {
            Err(s)
        }
    });
    wait_until("r restarted", Duration::from_secs(20), || {
        let n = env
            .ok(&["inspect", "r", "--format", "{{.RestartCount}}"])
            .stdout();
        if n.trim().parse::<u32>().unwrap_or(0) >= 1 {
            Ok(())
        } else {
            Err(n)
        }
    });
    // a HEALTHCHECK from the image, and --no-healthcheck turning it off
    let ctx = env.dir.join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(
        ctx.join("Containerfile"),
        format!("FROM {img}\nHEALTHCHECK --interval=1s --retries=4 CMD echo from-image\n"),
    )
    .unwrap();
    give_to_user(&ctx, &env);
    env.ok(&[
        "build",
        "-q",
        "--format",
        "docker",
        "-t",
        "hc",
        ctx.to_str().unwrap(),
    ]);
    env.ok(&["run", "-d", "--name", "i", "hc", "sleep", "300"]);
    let cfg = env
        .ok(&["inspect", "i", "--format", "{{json .Config.Healthcheck}}"])
        .stdout();
    let cfg: serde_json::Value = serde_json::from_str(cfg.trim()).unwrap();
    assert_eq!(cfg["Test"][1], "echo from-image", "{cfg}");
    assert_eq!(cfg["Interval"], 1_000_000_000u64, "{cfg}");
    assert_eq!(cfg["Retries"], 4, "{cfg}");
    wait_until("image check healthy", Duration::from_secs(15), || {
        let s = status_of(&env, "i");
        if s == "healthy" {
            Ok(())
        } else {
            Err(s)
        }
    });
    env.ok(&[
        "run",
        "-d",
        "--name",
        "off",
        "--no-healthcheck",
        "hc",
        "sleep",
        "300",
    ]);
    env.run(&["healthcheck", "run", "off"]).assert_code(125);
    env.ok(&["rm", "-fa", "-t", "0"]);
}
