//! Pods, as the unprivileged user: an httpd and a client in one pod reach each other on
//! localhost, the pod's published port reaches the httpd from the host's loopback, the pod's
//! host name is theirs; pod ps/inspect/stop/start/rm -f, and nothing is left behind (no
//! container, no pod, no berth process, no pause, no network helper). The infra container is
//! berth's own pause: no image is pulled for it.

mod common;
use common::*;
use std::time::Duration;

fn www(env: &TestEnv) -> String {
    let d = env.dir.join("www");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("index.html"), "served-from-the-pod\n").unwrap();
    format!("{}:/www:ro", d.display())
}

fn pid_alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        !s.rsplit_once(')')
            .is_some_and(|(_, a)| a.trim_start().starts_with('Z'))
    })
}

/// Processes of the test user whose command line is berth's pause.
fn pauses(pids: &[i32]) -> Vec<i32> {
    pids.iter().copied().filter(|p| pid_alive(*p)).collect()
}

#[test]
fn an_httpd_and_a_client_share_the_pods_localhost_port_and_host_name() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-httpd");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let port = free_port();
    let pod = env
        .ok(&[
            "pod",
            "create",
            "--name",
            "web",
            "-p",
            &format!("127.0.0.1:{port}:80"),
            "--label",
            "tier=front",
        ])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(pod.len(), 64, "pod create prints the pod's ID: {pod}");
    // no image was pulled for the infra container: berth's own pause image, no layers
    let images = env
        .ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .stdout();
    assert!(images.contains("localhost/podman-pause:"), "{images}");
    let ps = env.ok(&["pod", "ps"]).stdout();
    let lines: Vec<&str> = ps.lines().collect();
    assert!(
        lines[0].starts_with("POD ID")
            && lines[0].contains("NAME")
            && lines[0].contains("INFRA ID")
            && lines[0].contains("# OF CONTAINERS"),
        "{ps}"
    );
    assert!(
        lines[1].starts_with(&pod[..12]) && lines[1].contains("Created"),
        "{ps}"
    );

    let web = env
        .ok(&[
            "run",
            "-d",
            "--pod",
            "web",
            "-v",
            &www(&env),
            &img,
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/www",
        ])
        .stdout()
        .trim()
        .to_string();
    // the host reaches the httpd through the pod's published port
    assert!(http_get_soon(port).contains("served-from-the-pod"));
    // which `ps` shows on the member too (the ports of the namespace it is in, as podman)
    let ports = env
        .ok(&[
            "ps",
            "--filter",
            &format!("id={web}"),
            "--format",
            "{{.Ports}}",
        ])
        .stdout();
    assert_eq!(ports.trim(), format!("127.0.0.1:{port}->80/tcp"));
    // another container of the pod reaches it on localhost, and has the pod's host name
    let client = env
        .ok(&[
            "run",
            "--rm",
            "--pod",
            "web",
            &img,
            "sh",
            "-c",
            "wget -q -O - http://127.0.0.1:80/index.html; hostname",
        ])
        .stdout();
    assert_eq!(client, "served-from-the-pod\nweb\n");

    let status = env
        .ok(&[
            "pod",
            "ps",
            "--format",
            "{{.Name}} {{.Status}} {{.NumberOfContainers}} {{.Labels}}",
        ])
        .stdout();
    assert_eq!(status, "web Running 2 map[tier:front]\n");
    let inspect: serde_json::Value =
        serde_json::from_str(&env.ok(&["pod", "inspect", "web"]).stdout()).unwrap();
    assert_eq!(inspect["Id"], pod.as_str());
    assert_eq!(inspect["State"], "Running");
    assert_eq!(inspect["NumContainers"], 2);
    assert_eq!(
        inspect["SharedNamespaces"],
        serde_json::json!(["ipc", "net", "uts"])
    );
    assert_eq!(
        inspect["InfraConfig"]["PortBindings"]["80/tcp"][0]["HostPort"],
        port.to_string()
    );
    let infra = inspect["InfraContainerID"].as_str().unwrap().to_string();
    let ids: Vec<&str> = inspect["Containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["Id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&infra.as_str()) && ids.contains(&web.as_str()),
        "{ids:?}"
    );
    let ps = env
        .ok(&["ps", "--format", "{{.Names}} {{.Pod}} {{.PodName}}"])
        .stdout();
    assert!(ps.contains(&format!(" {} web", &pod[..12])), "{ps}");
    let pause_pid: i32 = env
        .ok(&["inspect", "--format", "{{.State.Pid}}", &infra])
        .stdout()
        .trim()
        .parse()
        .unwrap();
    let cmdline = std::fs::read(format!("/proc/{pause_pid}/cmdline")).unwrap();
    assert_eq!(
        cmdline, b"/catatonit\0-P\0",
        "the infra's pid 1 is berth's pause"
    );

    // stop: every container, the pod Exited, the port closed
    env.ok(&["pod", "stop", "-t", "1", "web"]);
    assert_eq!(
        env.ok(&["pod", "ps", "--format", "{{.Status}}"]).stdout(),
        "Exited\n"
    );
    assert!(!pid_alive(pause_pid), "the pause ended with its pod");
    assert!(
        http_get(port).is_none(),
        "nothing answers on a stopped pod's port"
    );
    // start: the infra first, then the httpd, serving again
    env.ok(&["pod", "start", "web"]);
    assert!(http_get_soon(port).contains("served-from-the-pod"));
    assert_eq!(
        env.ok(&["pod", "ps", "--format", "{{.Status}}"]).stdout(),
        "Running\n"
    );
    let pause_pid: i32 = env
        .ok(&["inspect", "--format", "{{.State.Pid}}", &infra])
        .stdout()
        .trim()
        .parse()
        .unwrap();

    // rm -f: nothing is left behind
    env.ok(&["pod", "rm", "-f", "-t", "0", "web"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["pod", "ps", "-q"]).stdout(), "");
    env.run(&["pod", "exists", "web"]).assert_code(1);
    wait_until("no process of the pod", Duration::from_secs(5), || {
        let left = berth_processes(&env);
        let p = pauses(&[pause_pid]);
        if left.is_empty() && p.is_empty() {
            Ok(())
        } else {
            Err((left, p))
        }
    });
    assert!(http_get(port).is_none());
}

#[test]
fn the_pods_state_follows_its_containers_and_its_infra_goes_only_with_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-state");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // --pod new:NAME makes the pod; its host name is the pod's name
    let out = env
        .ok(&["run", "--rm", "--pod", "new:p1", &img, "hostname"])
        .stdout();
    assert_eq!(out, "p1\n");
    let infra = env
        .ok(&["pod", "inspect", "--format", "{{.InfraContainerID}}", "p1"])
        .stdout()
        .trim()
        .to_string();
    // a member's hostname and ports belong to the pod
    let e = env.run(&[
        "run",
        "--rm",
        "--pod",
        "p1",
        "--hostname",
        "x",
        &img,
        "true",
    ]);
    e.assert_code(125);
    assert!(e
        .stderr()
        .contains("cannot set hostname when joining the pod UTS namespace: invalid configuration"));
    let e = env.run(&["run", "--rm", "--pod", "p1", "-p", "8080:80", &img, "true"]);
    e.assert_code(125);
    assert!(e
        .stderr()
        .contains("published or exposed ports must be defined when the pod is created"));
    // the infra container alone cannot be removed, even with -f
    for args in [vec!["rm", infra.as_str()], vec!["rm", "-f", infra.as_str()]] {
        let e = env.run(&args);
        e.assert_code(125);
        assert!(
            e.stderr()
                .contains("and cannot be removed without removing the pod"),
            "{}",
            e.stderr()
        );
    }
    // a member that exited: the infra runs on, the pod is Degraded
    env.ok(&["run", "--pod", "p1", "--name", "done", &img, "true"]);
    assert_eq!(
        env.ok(&["pod", "inspect", "--format", "{{.State}}", "p1"])
            .stdout(),
        "Degraded\n"
    );
    // rm --depend of the infra: the pod and all its containers
    let out = env.ok(&["rm", "--depend", &infra]).stdout();
    assert!(out.contains(&infra), "{out}");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
    env.run(&["pod", "exists", "p1"]).assert_code(1);

    // --exit-policy stop: the last member to exit stops the infra, the pod is Exited
    env.ok(&["pod", "create", "--exit-policy", "stop", "--name", "p2"]);
    env.ok(&["run", "--pod", "p2", &img, "true"]);
    assert_eq!(
        env.ok(&[
            "pod",
            "inspect",
            "--format",
            "{{.State}} {{.ExitPolicy}}",
            "p2"
        ])
        .stdout(),
        "Exited stop\n"
    );
    // ... however the member ends: a detached one that exits by itself, too (its monitor
    // applies the policy)
    env.ok(&["pod", "create", "--exit-policy", "stop", "--name", "p4"]);
    env.ok(&["run", "-d", "--pod", "p4", &img, "sleep", "1"]);
    assert_eq!(
        env.ok(&["pod", "inspect", "--format", "{{.State}}", "p4"])
            .stdout(),
        "Running\n"
    );
    wait_until("pod p4 Exited", Duration::from_secs(15), || {
        let s = env
            .ok(&["pod", "inspect", "--format", "{{.State}}", "p4"])
            .stdout();
        if s == "Exited\n" {
            Ok(())
        } else {
            Err(s)
        }
    });
    // a pod without infra shares nothing: each container its own host name
    env.ok(&["pod", "create", "--infra=false", "--name", "p3"]);
    let h = env
        .ok(&["run", "--rm", "--pod", "p3", &img, "hostname"])
        .stdout();
    assert_ne!(h, "p3\n");
    env.ok(&["pod", "rm", "-a", "-f"]);
    assert_eq!(env.ok(&["pod", "ps", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
}

#[test]
fn pod_errors_say_what_podman_says() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-errors");
    let e = env.run(&["pod", "create", "--share", "bogus"]);
    e.assert_code(125);
    assert!(e.stderr().contains(
        "invalid kernel namespace to share: bogus. Options are: cgroup, ipc, net, pid, uts or none"
    ));
    let e = env.run(&["pod", "create", "--exit-policy", "invalid"]);
    e.assert_code(125);
    assert!(e
        .stderr()
        .contains("running pod create option: invalid pod exit policy: \"invalid\""));
    let e = env.run(&["pod", "rm", "bogus"]);
    e.assert_code(1);
    assert!(
        e.stderr().contains("bogus found: no such pod"),
        "{}",
        e.stderr()
    );
    let r = env.ok(&["pod", "rm", "--force", "bogus"]);
    assert_eq!(r.stdout() + &r.stderr(), "");
    env.ok(&[
        "pod",
        "create",
        "--name",
        "dup",
        "--infra-name",
        "dup-infra",
    ]);
    let e = env.run(&["pod", "create", "--name", "dup"]);
    e.assert_code(125);
    assert!(e
        .stderr()
        .contains("name \"dup\" is in use: pod already exists"));
    let e = env.run(&["pod", "create", "--infra-name", "dup-infra"]);
    e.assert_code(125);
    assert!(e
        .stderr()
        .contains("the container name \"dup-infra\" is already in use by"));
    // a failed pod create leaves no pod behind
    assert_eq!(env.ok(&["pod", "ps", "-q"]).stdout().lines().count(), 1);
    env.ok(&["pod", "exists", "dup"]);
    env.ok(&["pod", "rm", "dup"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
}

#[test]
fn members_that_share_the_pods_pid_namespace_see_the_pause_but_cannot_reach_its_binary() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-pid");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["pod", "create", "--share", "+pid", "--name", "pp"]);
    assert_eq!(
        env.ok(&["pod", "inspect", "--format", "{{.SharedNamespaces}}", "pp"])
            .stdout(),
        "[ipc net uts pid]\n"
    );
    let out = env
        .ok(&[
            "run",
            "--rm",
            "--pod",
            "pp",
            &img,
            "sh",
            "-c",
            "cat /proc/1/cmdline | tr '\\0' ' '; echo; readlink /proc/1/exe || echo unreachable",
        ])
        .stdout();
    assert!(out.starts_with("/catatonit -P \n"), "{out}");
    assert!(
        out.contains("unreachable"),
        "the pause is not dumpable: {out}"
    );
    env.ok(&["pod", "rm", "-f", "-t", "0", "pp"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
}

#[test]
fn members_share_the_pods_dev_shm_and_find_their_own_name_in_etc_hosts() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-shm");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "pod",
        "create",
        "--name",
        "shmpod",
        "--infra-name",
        "shm-infra",
    ]);
    // one member writes, another (started after the first is gone) sees it
    env.ok(&[
        "run",
        "--rm",
        "--pod",
        "shmpod",
        &img,
        "touch",
        "/dev/shm/left",
    ]);
    let r = env.ok(&["run", "--rm", "--pod", "shmpod", &img, "ls", "/dev/shm"]);
    assert_eq!(r.stdout().trim(), "left");
    // a container outside the pod has a /dev/shm of its own
    let r = env.ok(&["run", "--rm", &img, "ls", "/dev/shm"]);
    assert_eq!(r.stdout().trim(), "");
    // each member finds its own name on loopback, and the pod's host name
    let r = env.ok(&[
        "run",
        "--rm",
        "--pod",
        "shmpod",
        "--name",
        "m1",
        &img,
        "cat",
        "/etc/hosts",
    ]);
    let hosts = r.stdout();
    assert!(hosts.lines().any(|l| l == "127.0.0.1\tm1"), "{hosts}");
    assert!(hosts.contains("\tshmpod shm-infra\n"), "{hosts}");
    let r = env.ok(&[
        "run",
        "--rm",
        "--pod",
        "shmpod",
        "--name",
        "m2",
        &img,
        "cat",
        "/etc/hosts",
    ]);
    let hosts2 = r.stdout();
    assert!(hosts2.lines().any(|l| l == "127.0.0.1\tm2"), "{hosts2}");
    assert!(!hosts2.contains("\tm1\n"), "{hosts2}");
    assert_eq!(hosts.lines().count(), hosts2.lines().count());
    env.ok(&["pod", "rm", "-f", "-t", "0", "shmpod"]);
}

#[test]
fn infra_command_is_the_infra_containers_entrypoint_in_inspect() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-infracmd");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&[
        "pod",
        "create",
        "--name",
        "ip",
        "--infra-image",
        &img,
        "--infra-command",
        "/bin/sleep",
        "--infra-name",
        "ip-infra",
    ]);
    let r = env.ok(&[
        "container",
        "inspect",
        "--format",
        "{{.Config.Entrypoint}}",
        "ip-infra",
    ]);
    assert_eq!(r.stdout().trim(), "/bin/sleep");
    // a container without an entrypoint has an empty one
    env.ok(&["create", "--name", "plain", &img, "true"]);
    let r = env.ok(&[
        "container",
        "inspect",
        "--format",
        "{{.Config.Entrypoint}}",
        "plain",
    ]);
    assert_eq!(r.stdout().trim(), "");
    env.ok(&["rm", "plain"]);
    env.ok(&["pod", "rm", "-f", "ip"]);
}

#[test]
fn pod_pause_unpause_and_stats_where_cgroups_allow_and_podmans_words_where_not() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pod-pause");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["pod", "create", "--name", "pp"]);
    env.ok(&["run", "-d", "--pod", "pp", &img, "sleep", "300"]);
    let state = || {
        env.ok(&["pod", "inspect", "--format", "{{.State}}", "pp"])
            .stdout()
            .trim()
            .to_string()
    };
    assert_eq!(state(), "Running");
    // a rootless container has a cgroup to freeze only under cgroup v2
    let v2 = std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
    let r = env.run(&["pod", "pause", "pp"]);
    if v2 && r.code() == 0 {
        assert_eq!(state(), "Paused");
        env.ok(&["pod", "unpause", "pp"]);
        assert_eq!(state(), "Running");
    } else if !v2 {
        r.assert_code(125);
        assert!(
            r.stderr().contains(
                "can not pause pods containing rootless containers with cgroup V1: this container does not have a cgroup"
            ),
            "{}",
            r.stderr()
        );
        assert_eq!(state(), "Running");
        let r = env.run(&["pod", "stats", "--no-stream", "pp"]);
        r.assert_code(125);
        assert!(
            r.stderr()
                .contains("pod stats is not supported in rootless mode without cgroups v2"),
            "{}",
            r.stderr()
        );
    }
    // nothing paused: unpause has nothing to do, as with podman
    env.ok(&["pod", "unpause", "pp"]);
    let r = env.run(&["pod", "pause", "bogus"]);
    assert_ne!(r.code(), 0);
    assert!(
        r.stderr()
            .contains("no pod with name or ID bogus found: no such pod"),
        "{}",
        r.stderr()
    );
    env.ok(&["pod", "rm", "-f", "-t", "0", "pp"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
}
