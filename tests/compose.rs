//! podman-compose (Debian's 1.0.3, unchanged) with `podman` on PATH being berth, as the
//! unprivileged user on loopback: a two-service stack (a busybox httpd with a published port,
//! a named and a bind volume, environment and env_file, a healthcheck; a client that reaches
//! it by service name over the project network), ps/logs/exec/run/stop/start/restart, a
//! service with `build:`, and `down -v` leaving no container, pod, volume or process behind.

mod common;
use common::*;
use std::os::unix::fs::chown;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const COMPOSE: &str = "/usr/bin/podman-compose";

/// A project dir owned by the test user, and a bin dir whose `podman` is berth.
fn project(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let u = env.user;
    let bin = env.dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let _ = std::fs::remove_file(bin.join("podman"));
    std::os::unix::fs::symlink(berth_bin(), bin.join("podman")).unwrap();
    let dir = env.dir.join(name);
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    chown_tree(&dir, u.uid, u.gid);
    chown(&bin, Some(u.uid), Some(u.gid)).unwrap();
    dir
}

fn chown_tree(p: &Path, uid: u32, gid: u32) {
    chown(p, Some(uid), Some(gid)).unwrap();
    if p.is_dir() {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            chown_tree(&e.path(), uid, gid);
        }
    }
}

/// podman-compose in `dir`, as the test user, with berth as `podman`.
fn compose(env: &TestEnv, dir: &Path, args: &[&str]) -> Run {
    let c: Command = env.cmd(&[]);
    let path = format!(
        "{}:/usr/local/bin:/usr/bin:/bin",
        env.dir.join("bin").display()
    );
    let mut cmd = Command::new(COMPOSE);
    // env.cmd carries the user, the environment and the dirs; only the program changes
    cmd.args(args).env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    use std::os::unix::process::CommandExt;
    cmd.env("PATH", path)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .uid(env.user.uid)
        .gid(env.user.gid);
    let out = cmd.output().expect("spawn podman-compose");
    Run {
        args: std::iter::once("podman-compose".to_string())
            .chain(args.iter().map(|s| s.to_string()))
            .collect(),
        out,
    }
}

fn stack(port: u16) -> String {
    let img = image("berth-test/busybox");
    format!(
        r#"version: "3"
services:
  web:
    image: {img}
    command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
    ports:
      - "127.0.0.1:{port}:8080"
    volumes:
      - data:/data
      - ./www:/www:ro
    environment:
      FOO: from-environment
    env_file: [web.env]
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://localhost:8080/"]
      interval: 30s
      timeout: 5s
      retries: 3
    networks: [front]
  client:
    image: {img}
    entrypoint: ["/bin/sh", "-c"]
    command: ["while true; do sleep 1; done"]
    depends_on: [web]
    working_dir: /tmp
    user: "1000"
    networks: [front]
volumes:
  data:
networks:
  front:
"#
    )
}

fn names(r: &Run) -> Vec<String> {
    let mut v: Vec<String> = r.stdout().lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn a_two_service_stack_up_exec_run_stop_start_down() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("compose-stack");
    env.pull("berth-test/busybox");
    let port = free_port();
    let dir = project(
        &env,
        "shop",
        &[
            ("docker-compose.yml", &stack(port)),
            ("web.env", "FROMFILE=from-env-file\n"),
            ("www/index.html", "served-by-compose\n"),
        ],
    );
    let up = compose(&env, &dir, &["up", "-d"]);
    up.assert_code(0);
    assert!(
        !up.stdout().contains("exit code: 125") && !up.stdout().contains("Error"),
        "every podman call of `up -d` succeeds:\n{}\n{}",
        up.stdout(),
        up.stderr()
    );
    // what podman-compose made: containers with its labels, a project network and volume
    let ps = env.ok(&[
        "ps",
        "--filter",
        "label=io.podman.compose.project=shop",
        "--format",
        "{{.Names}} {{.State}}",
    ]);
    assert_eq!(
        names(&ps),
        ["shop_client_1 running", "shop_web_1 running"],
        "{}",
        up.stdout()
    );
    env.ok(&["network", "exists", "shop_front"]);
    let vol = env.ok(&["volume", "inspect", "shop_data", "--format", "{{.Labels}}"]);
    assert!(
        vol.stdout().contains("io.podman.compose.project:shop"),
        "{}",
        vol.stdout()
    );
    let ports = env.ok(&["ps", "--format", "{{.Names}} {{.Ports}}"]);
    assert!(
        ports
            .stdout()
            .contains(&format!("shop_web_1 127.0.0.1:{port}->8080/tcp")),
        "{}",
        ports.stdout()
    );

    // the published port from the host's loopback
    let body = wait_until("the web service's port", Duration::from_secs(10), || {
        http_get(port).ok_or("no answer")
    });
    assert!(body.contains("served-by-compose"), "{body}");

    // the client reaches the web service by its service name on the project network
    let get = compose(
        &env,
        &dir,
        &[
            "exec",
            "client",
            "wget",
            "-q",
            "-O-",
            "http://web:8080/index.html",
        ],
    );
    assert!(
        get.stdout().contains("served-by-compose"),
        "{}\n{}",
        get.stdout(),
        get.stderr()
    );
    // user and working_dir; environment and env_file
    let who = compose(
        &env,
        &dir,
        &["exec", "client", "sh", "-c", "echo $(id -u):$(pwd)"],
    );
    assert!(who.stdout().contains("1000:/tmp"), "{}", who.stdout());
    let vars = compose(
        &env,
        &dir,
        &["exec", "web", "sh", "-c", "echo $FOO/$FROMFILE"],
    );
    assert!(
        vars.stdout().contains("from-environment/from-env-file"),
        "{}",
        vars.stdout()
    );
    // the named volume is writable and is the project's volume
    compose(
        &env,
        &dir,
        &["exec", "web", "sh", "-c", "echo kept > /data/f"],
    );
    let inspect = env.ok(&["inspect", "shop_web_1", "--format", "{{json .Mounts}}"]);
    assert!(
        inspect.stdout().contains("shop_data"),
        "{}",
        inspect.stdout()
    );

    // logs, and a one-off run of a service (entrypoint + command given)
    env.ok(&["exec", "shop_web_1", "true"]);
    let logs = compose(&env, &dir, &["logs", "web"]);
    logs.assert_code(0);
    let once = compose(
        &env,
        &dir,
        &["run", "--rm", "client", "echo ran-once-$(id -u)"],
    );
    assert!(
        once.stdout().contains("ran-once-1000"),
        "{}\n{}",
        once.stdout(),
        once.stderr()
    );

    // stop, start, restart
    compose(&env, &dir, &["stop", "-t", "1"]).assert_code(0);
    let ps = env.ok(&[
        "ps",
        "-a",
        "--filter",
        "label=io.podman.compose.project=shop",
        "--format",
        "{{.Names}} {{.State}}",
    ]);
    assert_eq!(names(&ps), ["shop_client_1 exited", "shop_web_1 exited"]);
    compose(&env, &dir, &["start"]).assert_code(0);
    compose(&env, &dir, &["restart", "-t", "1"]).assert_code(0);
    let ps = env.ok(&[
        "ps",
        "--filter",
        "label=io.podman.compose.project=shop",
        "--format",
        "{{.Names}} {{.State}}",
    ]);
    assert_eq!(names(&ps), ["shop_client_1 running", "shop_web_1 running"]);
    wait_until(
        "the web service's port after restart",
        Duration::from_secs(10),
        || http_get(port).ok_or("no answer"),
    );
    let again = compose(
        &env,
        &dir,
        &[
            "exec",
            "client",
            "wget",
            "-q",
            "-O-",
            "http://web:8080/index.html",
        ],
    );
    assert!(
        again.stdout().contains("served-by-compose"),
        "{}",
        again.stdout()
    );
    let kept = env.ok(&["exec", "shop_web_1", "cat", "/data/f"]);
    assert_eq!(kept.stdout(), "kept\n");

    // down -v: no container, pod, volume or process is left
    compose(&env, &dir, &["down", "-v", "-t", "1"]).assert_code(0);
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
    assert_eq!(env.ok(&["pod", "ps", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).stdout(), "");
    // podman-compose 1.0.3's down leaves the project network's record, with podman as with
    // berth; it is only a record: nothing of it runs
    env.ok(&["network", "rm", "shop_front"]);
    wait_until("no berth process left", Duration::from_secs(10), || {
        let p = berth_processes(&env);
        if p.is_empty() {
            Ok(())
        } else {
            Err(p)
        }
    });
    assert!(http_get(port).is_none(), "the port is closed after down");
}

#[test]
fn a_service_with_build_is_built_and_run() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("compose-build");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let dir = project(
        &env,
        "bld",
        &[
            (
                "docker-compose.yml",
                "version: \"3\"\nservices:\n  app:\n    build: ./app\n    image: localhost/bld-app:v1\n    command: [\"sh\", \"-c\", \"cat /greeting; sleep 1000\"]\n",
            ),
            (
                "app/Containerfile",
                &format!("FROM {img}\nRUN echo built-by-compose > /greeting\n"),
            ),
        ],
    );
    // the base image comes from the loopback registry without TLS
    env.write_config(
        "containers/registries.conf",
        &format!(
            "[[registry]]\nlocation = \"{}\"\ninsecure = true\n",
            registry()
        ),
    );
    compose(&env, &dir, &["build"]).assert_code(0);
    let images = env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(
        images.stdout().contains("localhost/bld-app:v1"),
        "{}",
        images.stdout()
    );
    let up = compose(&env, &dir, &["up", "-d"]);
    up.assert_code(0);
    let logs = wait_until(
        "the built service's output",
        Duration::from_secs(10),
        || {
            let l = env.ok(&["logs", "bld_app_1"]).stdout();
            if l.contains("built-by-compose") {
                Ok(l)
            } else {
                Err(l)
            }
        },
    );
    assert_eq!(logs, "built-by-compose\n");
    compose(&env, &dir, &["down", "-v", "-t", "1"]).assert_code(0);
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
    let _ = env.run(&["network", "rm", "bld_default"]);
    wait_until("no berth process left", Duration::from_secs(10), || {
        let p = berth_processes(&env);
        if p.is_empty() {
            Ok(())
        } else {
            Err(p)
        }
    });
}
