//! User-mode networking, all on loopback: a published TCP port reaches a server in the
//! container; the container reaches the host's loopback only when allowed; `none` has only
//! lo; DNS and hosts files; a taken port fails clearly; no helper outlives its container.

mod common;
use common::*;
use std::io::Write;
use std::time::Duration;

/// Live slirp4netns/pasta processes of this test's store (they run in a container's directory,
/// or name a file in it; other tests run their own at the same time). pasta runs as
/// passt.avx2 (or passt), with / as its directory.
fn slirp_processes(env: &TestEnv) -> Vec<String> {
    let out = std::process::Command::new("ps")
        .args(["-u", &env.user.uid.to_string(), "-o", "pid=,stat=,comm="])
        .output()
        .unwrap();
    let store = env.store();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| {
            (l.contains("slirp4netns") || l.contains("pasta") || l.contains("passt"))
                && !l.split_whitespace().nth(1).unwrap_or("").starts_with('Z')
        })
        .filter(|l| {
            let pid = l.split_whitespace().next().unwrap_or("0");
            std::fs::read_link(format!("/proc/{pid}/cwd")).is_ok_and(|cwd| cwd.starts_with(&store))
                || std::fs::read(format!("/proc/{pid}/cmdline"))
                    .is_ok_and(|c| String::from_utf8_lossy(&c).contains(&*store.to_string_lossy()))
        })
        .map(str::to_string)
        .collect()
}

fn wait_no_helpers(env: &TestEnv, what: &str) {
    wait_until(
        &format!("no helper to outlive {what}"),
        Duration::from_secs(5),
        || {
            let p = slirp_processes(env);
            if p.is_empty() {
                Ok(())
            } else {
                Err(p)
            }
        },
    );
}

/// Send `msg` to a UDP port on loopback until an answer comes (the first datagram may be
/// lost while the helper resolves the container's address); fails after 5 s.
fn udp_exchange(port: u16, msg: &[u8]) -> Vec<u8> {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut buf = [0u8; 2048];
    wait_until(
        &format!("a UDP answer on port {port}"),
        Duration::from_secs(5),
        || {
            s.send_to(msg, ("127.0.0.1", port)).unwrap();
            let (n, from) = match s.recv_from(&mut buf) {
                Ok(got) => got,
                Err(e) => return Err(e.to_string()),
            };
            assert_eq!(from.port(), port, "answer from an unexpected port");
            Ok(buf[..n].to_vec())
        },
    )
}

fn free_udp_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn www(env: &TestEnv) -> String {
    let d = env.dir.join("www");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("index.html"), "served-from-the-container\n").unwrap();
    format!("{}:/www:ro", d.display())
}

#[test]
fn published_tcp_port_reaches_a_server_in_the_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-publish");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let port = free_port();
    let id = env
        .ok(&[
            "run",
            "-d",
            "-p",
            &format!("127.0.0.1:{port}:80"),
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
    let body = http_get_soon(port);
    assert!(body.contains("served-from-the-container"), "{body}");
    // port shows the mapping
    let p = env.ok(&["port", &id]).stdout();
    assert!(p.contains(&format!("80/tcp -> 127.0.0.1:{port}")), "{p}");
    // a second container asking for the same host port fails clearly, with podman's 126
    let r = env.run(&[
        "run",
        "-d",
        "-p",
        &format!("127.0.0.1:{port}:80"),
        &img,
        "sleep",
        "100",
    ]);
    r.assert_code(126);
    assert!(
        r.stderr().contains("address already in use"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "-f", "-t", "0", &id]);
    let _ = env.run(&["rm", "-a", "-f"]);
    wait_no_helpers(&env, "rm");
}

#[test]
fn host_loopback_only_when_allowed() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-loopback");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        if let Ok((mut s, _)) = listener.accept() {
            let _ = s.write_all(b"hello-from-the-host\n");
        }
    });
    let denied = env.run(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        &format!("echo before-nc; nc -w 2 10.0.2.2 {port} </dev/null; echo nc-exited-$?"),
    ]);
    // the container ran its command, and nc itself failed to connect (not berth, not sh)
    denied.assert_code(0);
    let out = denied.stdout();
    assert!(
        out.starts_with("before-nc\n") && out.ends_with("nc-exited-1\n"),
        "{out} / {}",
        denied.stderr()
    );
    assert!(
        !out.contains("hello-from-the-host"),
        "host loopback reached without allow_host_loopback"
    );
    let r = env.ok(&[
        "run",
        "--rm",
        "--network",
        "slirp4netns:allow_host_loopback=true",
        &img,
        "sh",
        "-c",
        &format!("nc -w 2 host.containers.internal {port} </dev/null"),
    ]);
    assert!(
        r.stdout().contains("hello-from-the-host"),
        "{} / {}",
        r.stdout(),
        r.stderr()
    );
    server.join().unwrap();
}

#[test]
fn none_has_only_lo_and_dns_files_follow_the_flags() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-files");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let r = env.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &img,
        "ls",
        "/sys/class/net",
    ]);
    assert_eq!(r.stdout().trim(), "lo");
    let r = env.ok(&["run", "--rm", &img, "ls", "/sys/class/net"]);
    assert_eq!(
        r.stdout().split_whitespace().collect::<Vec<_>>(),
        vec!["lo", "tap0"]
    );
    let r = env.ok(&[
        "run",
        "--rm",
        "--dns",
        "192.0.2.53",
        "--dns-search",
        "example.test",
        "--dns-option",
        "ndots:3",
        "--add-host",
        "db.local:192.0.2.7",
        "--hostname",
        "web1",
        &img,
        "sh",
        "-c",
        "cat /etc/resolv.conf /etc/hosts",
    ]);
    let out = r.stdout();
    for want in [
        "nameserver 192.0.2.53",
        "search example.test",
        "options ndots:3",
        "192.0.2.7\tdb.local",
        "web1",
        "host.containers.internal",
    ] {
        assert!(out.contains(want), "{want} missing in:\n{out}");
    }
    assert!(!out.contains("nameserver 127."), "{out}");
    let r = env.ok(&["run", "--rm", &img, "cat", "/etc/resolv.conf"]);
    assert!(r.stdout().contains("nameserver 10.0.2.3"), "{}", r.stdout());
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-p",
        "8080:80",
        &img,
        "echo",
        "ran",
    ]);
    // as podman: the ports are dropped with a warning, the container runs
    r.assert_code(0);
    assert_eq!(r.stdout().trim(), "ran");
    assert!(
        r.stderr().starts_with("Port mappings have been discarded"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["run", "--rm", "--network", "bogus", &img, "true"]);
    r.assert_code(125);
}

#[test]
fn a_killed_berth_takes_its_helper_with_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-kill9");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    kill_berth_while_its_helper_runs(&env, &img, "slirp4netns");
}

/// Start a foreground container on `network`, kill berth with -9 once the helper runs, and
/// check that neither the helper nor any process of berth's (pid 1 included, even caught
/// before its command while the network was being attached) is left.
fn kill_berth_while_its_helper_runs(env: &TestEnv, img: &str, network: &str) {
    let mut child = env
        .cmd(&[
            "run",
            "--name",
            "fg",
            "--network",
            network,
            img,
            "sleep",
            "1000",
        ])
        .spawn()
        .unwrap();
    wait_until(
        &format!("{network} to start"),
        Duration::from_secs(5),
        || {
            if slirp_processes(env).is_empty() {
                Err(format!("{network} never started"))
            } else {
                Ok(())
            }
        },
    );
    child.kill().unwrap();
    child.wait().unwrap();
    wait_no_helpers(env, "berth killed with -9");
    wait_until(
        "no process of berth's after it was killed with -9",
        Duration::from_secs(5),
        || {
            let p = berth_processes(env);
            if p.is_empty() {
                Ok(())
            } else {
                Err(format!("left behind by berth killed with -9: {p:?}"))
            }
        },
    );
    env.ok(&["rm", "-f", "fg"]);
}

#[test]
fn container_mode_shares_another_containers_network() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-container");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let web = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "web",
            "-v",
            &www(&env),
            &img,
            "httpd",
            "-f",
            "-p",
            "8080",
            "-h",
            "/www",
        ])
        .stdout()
        .trim()
        .to_string();
    // the second container reaches the first on its own loopback: same network namespace
    let page = wait_until(
        "the page through web's network",
        Duration::from_secs(5),
        || {
            let r = env.run(&[
                "run",
                "--rm",
                "--network",
                "container:web",
                &img,
                "wget",
                "-q",
                "-O",
                "-",
                "http://127.0.0.1:8080/index.html",
            ]);
            if r.code() == 0 {
                Ok(r.stdout())
            } else {
                Err(r.stderr())
            }
        },
    );
    assert!(page.contains("served-from-the-container"), "{page}");
    // a created container that shares it starts later in the same namespace
    env.ok(&[
        "create",
        "--name",
        "side",
        "--network",
        "container:web",
        &img,
        "sh",
        "-c",
        "cat /sys/class/net/tap0/address",
    ]);
    let mac = env
        .ok(&["exec", "web", "cat", "/sys/class/net/tap0/address"])
        .stdout();
    let r = env.ok(&["start", "-a", "side"]);
    assert_eq!(r.stdout(), mac);
    env.ok(&["rm", "side"]);
    let r = env.run(&["run", "--rm", "--network", "container:nope", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("no such container"), "{}", r.stderr());
    env.ok(&["rm", "-f", "-t", "0", &web]);
}

#[test]
fn published_udp_port_answers_through_each_helper() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-udp");
    let img = image("berth-test/net");
    env.pull("berth-test/net");
    for helper in ["slirp4netns", "pasta"] {
        let port = free_udp_port();
        let publish = format!("127.0.0.1:{port}:7/udp");
        let id = env
            .ok(&[
                "run",
                "-d",
                "--network",
                helper,
                "-p",
                &publish,
                &img,
                "udpecho",
                "7",
                helper,
            ])
            .stdout()
            .trim()
            .to_string();
        let answer = udp_exchange(port, b"-ping");
        assert_eq!(String::from_utf8_lossy(&answer), format!("{helper}-ping"));
        // a second client gets its own answers
        assert_eq!(
            udp_exchange(port, b"-two"),
            format!("{helper}-two").as_bytes()
        );
        let p = env.ok(&["port", &id]).stdout();
        assert!(p.contains(&format!("7/udp -> 127.0.0.1:{port}")), "{p}");
        // the port is taken while the container runs
        let r = env.run(&[
            "run",
            "--rm",
            "--network",
            helper,
            "-p",
            &publish,
            &img,
            "true",
        ]);
        r.assert_code(125);
        assert!(
            r.stderr().contains("address already in use") && r.stderr().contains("udp"),
            "{}",
            r.stderr()
        );
        env.ok(&["rm", "-f", "-t", "0", &id]);
        wait_no_helpers(&env, "rm");
        // and free again once it is gone
        std::net::UdpSocket::bind(("127.0.0.1", port))
            .unwrap_or_else(|e| panic!("port {port} still taken after rm ({helper}): {e}"));
    }
}

#[test]
fn pasta_publishes_tcp_and_ends_with_its_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-pasta");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // pasta copies the host's interface into the namespace
    let r = env.ok(&[
        "run",
        "--rm",
        "--network",
        "pasta",
        &img,
        "ls",
        "/sys/class/net",
    ]);
    let ifaces: Vec<String> = r.stdout().split_whitespace().map(String::from).collect();
    assert!(
        ifaces.len() == 2 && ifaces.contains(&"lo".to_string()),
        "{ifaces:?}"
    );
    let port = free_port();
    let id = env
        .ok(&[
            "run",
            "-d",
            "--network",
            "pasta",
            "-p",
            &format!("127.0.0.1:{port}:80"),
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
    let body = http_get_soon(port);
    assert!(body.contains("served-from-the-container"), "{body}");
    assert!(
        !slirp_processes(&env).is_empty(),
        "no pasta while the container runs"
    );
    // the same host port for a second container: podman's error
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "pasta",
        "-p",
        &format!("127.0.0.1:{port}:80"),
        &img,
        "true",
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("address already in use"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "-f", "-t", "0", &id]);
    wait_no_helpers(&env, "rm");
    // kill -9 of berth in the foreground takes pasta with it
    kill_berth_while_its_helper_runs(&env, &img, "pasta");
}

#[test]
fn a_missing_or_failing_helper_names_the_fix() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-helper-errors");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let gone = env.dir.join("no-such-dir/slirp4netns");
    let r = env.run(&[
        "--network-cmd-path",
        gone.to_str().unwrap(),
        "run",
        "--rm",
        &img,
        "true",
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(&*gone.to_string_lossy()) && r.stderr().contains("does not exist"),
        "{}",
        r.stderr()
    );
    // the real helpers, given what they refuse: their own words, and the package to check
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "pasta:--no-such-option",
        &img,
        "true",
    ]);
    r.assert_code(125);
    let e = r.stderr();
    assert!(
        e.contains("pasta failed") && e.contains("--no-such-option"),
        "{e}"
    );
    assert!(e.contains("passt package"), "{e}");
    assert!(
        e.lines().count() <= 3,
        "the whole usage text came along:\n{e}"
    );
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "slirp4netns:outbound_addr=no-such-if0",
        &img,
        "true",
    ]);
    r.assert_code(125);
    let e = r.stderr();
    assert!(
        e.contains("slirp4netns failed") && e.contains("outbound"),
        "{e}"
    );
    assert!(e.contains("slirp4netns package"), "{e}");
    // a helper that is not a network helper at all
    let r = env.run(&[
        "--network-cmd-path",
        "/bin/false",
        "run",
        "--rm",
        &img,
        "true",
    ]);
    r.assert_code(125);
    assert!(r.stderr().contains("slirp4netns failed"), "{}", r.stderr());
    wait_no_helpers(&env, "a failed start");
    assert!(
        env.ok(&["ps", "-a", "-q"]).stdout().trim().is_empty(),
        "a failed --rm run left a container"
    );
}

#[test]
fn host_network_serves_on_the_hosts_loopback_and_exec_works() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-host");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let port = free_port();
    let id = env
        .ok(&[
            "run",
            "-d",
            "--network",
            "host",
            "-v",
            &www(&env),
            &img,
            "httpd",
            "-f",
            "-p",
            &format!("127.0.0.1:{port}"),
            "-h",
            "/www",
        ])
        .stdout()
        .trim()
        .to_string();
    let body = http_get_soon(port);
    assert!(body.contains("served-from-the-container"), "{body}");
    assert!(
        slirp_processes(&env).is_empty(),
        "a helper for --network host"
    );
    // exec joins the container's other namespaces and stays in the host's network
    let r = env.ok(&[
        "exec",
        &id,
        "wget",
        "-q",
        "-O",
        "-",
        &format!("http://127.0.0.1:{port}/index.html"),
    ]);
    assert!(
        r.stdout().contains("served-from-the-container"),
        "{}",
        r.stdout()
    );
    env.ok(&["rm", "-f", "-t", "0", &id]);
}

#[test]
fn containers_conf_picks_the_default_helper_and_its_path() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-conf");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // podman 4.3's default: slirp4netns (its tap0)
    let r = env.ok(&["run", "--rm", &img, "ls", "/sys/class/net"]);
    assert!(r.stdout().contains("tap0"), "{}", r.stdout());
    env.write_config(
        "containers/containers.conf",
        "[network]\ndefault_rootless_network_cmd = \"pasta\"\n",
    );
    let r = env.ok(&["run", "--rm", &img, "ls", "/sys/class/net"]);
    assert!(!r.stdout().contains("tap0"), "{}", r.stdout());
    env.ok(&["create", "--name", "c", &img, "true"]);
    let mode = env
        .ok(&["inspect", "--format", "{{.HostConfig.NetworkMode}}", "c"])
        .stdout();
    assert_eq!(mode.trim(), "pasta");
    // an explicit --network still wins
    let r = env.ok(&[
        "run",
        "--rm",
        "--network",
        "slirp4netns",
        &img,
        "ls",
        "/sys/class/net",
    ]);
    assert!(r.stdout().contains("tap0"), "{}", r.stdout());
    // [engine] network_cmd_path names the binary; one that is not there is a clear error
    env.write_config(
        "containers/containers.conf",
        "[engine]\nnetwork_cmd_path = \"/nonexistent/slirp4netns\"\n",
    );
    let r = env.run(&["run", "--rm", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("/nonexistent/slirp4netns"),
        "{}",
        r.stderr()
    );
    // a value berth does not know is named, and the default stays
    env.write_config(
        "containers/containers.conf",
        "[network]\ndefault_rootless_network_cmd = \"cni\"\n",
    );
    let r = env.ok(&["run", "--rm", &img, "ls", "/sys/class/net"]);
    assert!(r.stdout().contains("tap0"), "{}", r.stdout());
    assert!(
        r.stderr().contains("default_rootless_network_cmd"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "c"]);
}

#[test]
fn a_helper_that_dies_is_reported_in_the_log() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-helper-dies");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    for helper in ["slirp4netns", "pasta"] {
        let id = env
            .ok(&["run", "-d", "--network", helper, &img, "sleep", "1000"])
            .stdout()
            .trim()
            .to_string();
        let procs = slirp_processes(&env);
        assert_eq!(procs.len(), 1, "{procs:?}");
        let pid: i32 = procs[0].split_whitespace().next().unwrap().parse().unwrap();
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        )
        .unwrap();
        let log = wait_until(
            &format!("word of the dead {helper} in the log"),
            Duration::from_secs(5),
            || {
                let e = env.ok(&["logs", &id]).stderr();
                if e.contains(&format!("{helper} ended")) {
                    Ok(e)
                } else {
                    Err(e)
                }
            },
        );
        assert!(log.contains("no network"), "{log}");
        // the container itself goes on, and a restart brings a new helper
        let st = env
            .ok(&["inspect", "--format", "{{.State.Status}}", &id])
            .stdout();
        assert_eq!(st.trim(), "running");
        env.ok(&["restart", "-t", "0", &id]);
        assert_eq!(slirp_processes(&env).len(), 1, "no new {helper}");
        env.ok(&["rm", "-f", "-t", "0", &id]);
        wait_no_helpers(&env, "rm");
    }
}

#[test]
fn a_containers_own_network_namespace_lets_its_root_group_ping_as_with_podman() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-ping");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // containers.conf's default sysctl in every network namespace berth makes (a fresh one
    // has "1 0": nobody may open ICMP datagram sockets), as podman sets it; this busybox's
    // ping wants a raw socket first, so the range is what is checked here (the conformance
    // image's ping, a datagram one, answers in 200-pod)
    for net in ["slirp4netns", "none"] {
        let r = env.ok(&[
            "run",
            "--rm",
            "--network",
            net,
            &img,
            "cat",
            "/proc/sys/net/ipv4/ping_group_range",
        ]);
        assert_eq!(
            r.stdout().split_whitespace().collect::<Vec<_>>(),
            vec!["0", "0"],
            "{net}"
        );
    }
}
