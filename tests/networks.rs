//! User-defined networks, as the unprivileged user, all on loopback: records and their CLI;
//! two networks with two containers each (names, aliases and short IDs resolve within a
//! network and not across, addresses reach within and not across); `--internal` has no way
//! out; a published port reaches a container on a network from 127.0.0.1; removed containers
//! stop resolving; when the last container is gone no berth process is left.

mod common;
use common::*;
use std::io::{Read, Write};
use std::time::Duration;

fn holder_json(env: &TestEnv) -> std::path::PathBuf {
    env.runtime.join("berth/rootless-netns/holder.json")
}

fn holder_pid(env: &TestEnv) -> Option<i32> {
    let b = std::fs::read(holder_json(env)).ok()?;
    let v: serde_json::Value = serde_json::from_slice(&b).ok()?;
    v["pid"].as_i64().map(|p| p as i32)
}

fn ip_of(env: &TestEnv, c: &str, net: &str) -> String {
    env.ok(&[
        "inspect",
        "--format",
        &format!("{{{{(index .NetworkSettings.Networks \"{net}\").IPAddress}}}}"),
        c,
    ])
    .stdout()
    .trim()
    .to_string()
}

/// Run `args` in container `c` (exec), its exit code and output.
fn exec(env: &TestEnv, c: &str, args: &[&str]) -> (i32, String) {
    let mut a = vec!["exec", c];
    a.extend_from_slice(args);
    let r = env.run(&a);
    (r.code(), format!("{}{}", r.stdout(), r.stderr()))
}

#[test]
fn network_records_and_their_cli() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netrec");
    let r = env.ok(&["network", "ls"]);
    assert!(
        r.stdout().starts_with("NETWORK ID    NAME        DRIVER\n"),
        "{}",
        r.stdout()
    );
    assert!(r.stdout().contains(" podman "), "{}", r.stdout());
    assert_eq!(env.ok(&["network", "create", "alpha"]).stdout(), "alpha\n");
    env.ok(&[
        "network",
        "create",
        "--subnet",
        "10.99.7.0/24",
        "--gateway",
        "10.99.7.254",
        "--internal",
        "--label",
        "k=v",
        "beta",
    ]);
    let r = env.run(&["network", "create", "alpha"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("Error: network name alpha already used: network already exists"),
        "{}",
        r.stderr()
    );
    // overlapping subnets are refused
    env.run(&["network", "create", "--subnet", "10.99.7.128/25", "g"])
        .assert_code(125);
    let j: serde_json::Value =
        serde_json::from_str(&env.ok(&["network", "inspect", "alpha", "beta"]).stdout()).unwrap();
    assert_eq!(j[0]["subnets"][0]["subnet"], "10.89.0.0/24");
    assert_eq!(j[0]["subnets"][0]["gateway"], "10.89.0.1");
    assert_eq!(j[0]["network_interface"], "podman1");
    assert_eq!(j[0]["dns_enabled"], true);
    assert_eq!(j[1]["subnets"][0]["gateway"], "10.99.7.254");
    assert_eq!(j[1]["internal"], true);
    assert_eq!(j[1]["labels"]["k"], "v");
    assert_eq!(
        env.ok(&["network", "ls", "-q"]).stdout(),
        "alpha\nbeta\npodman\n"
    );
    assert_eq!(
        env.ok(&[
            "network",
            "ls",
            "--filter",
            "label=k",
            "--format",
            "{{.Name}} {{.Driver}}"
        ])
        .stdout(),
        "beta bridge\n"
    );
    env.ok(&["network", "exists", "beta"]);
    env.run(&["network", "exists", "nope"]).assert_code(1);
    let r = env.run(&["network", "inspect", "nope"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("unable to find network with name or ID nope: network not found"),
        "{}",
        r.stderr()
    );
    env.run(&["network", "rm", "podman"]).assert_code(125);
    assert_eq!(
        env.ok(&["network", "rm", "alpha", "beta"]).stdout(),
        "alpha\nbeta\n"
    );
    env.run(&["network", "rm", "alpha"]).assert_code(1);
    assert_eq!(env.ok(&["network", "ls", "-q"]).stdout(), "podman\n");
}

#[test]
fn two_networks_resolve_and_reach_within_and_not_across() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net2");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "front"]);
    env.ok(&["network", "create", "back"]);
    // servers first or clients first: names resolve whatever the order
    env.ok(&[
        "run",
        "-d",
        "--name",
        "a1",
        "--network",
        "front",
        &img,
        "sleep",
        "300",
    ]);
    let a2 = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "a2",
            "--network",
            "front",
            "--network-alias",
            "web",
            &img,
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/etc",
        ])
        .stdout()
        .trim()
        .to_string();
    env.ok(&[
        "run",
        "-d",
        "--name",
        "b1",
        "--network",
        "back:alias=db",
        &img,
        "httpd",
        "-f",
        "-p",
        "80",
        "-h",
        "/etc",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "b2",
        "--network",
        "back",
        &img,
        "sleep",
        "300",
    ]);
    let (ip_a2, ip_b1) = (ip_of(&env, "a2", "front"), ip_of(&env, "b1", "back"));
    assert!(ip_a2.starts_with("10.89.0."), "{ip_a2}");
    assert!(ip_b1.starts_with("10.89.1."), "{ip_b1}");

    // within a network: by name (getaddrinfo through wget), alias, short ID, and nslookup
    for name in ["a2", "web", &a2[..12]] {
        let (code, out) = exec(
            &env,
            "a1",
            &["wget", "-q", "-O", "-", &format!("http://{name}/hostname")],
        );
        assert_eq!(code, 0, "a1 -> {name}: {out}");
        assert_eq!(out.trim(), &a2[..12], "a1 -> {name}");
    }
    let (code, out) = exec(&env, "a1", &["nslookup", "a2"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&ip_a2), "{out}");
    let (code, out) = exec(&env, "b2", &["wget", "-q", "-O", "-", "http://db/hostname"]);
    assert_eq!(code, 0, "b2 -> db: {out}");

    // across networks: no name, and the address does not answer
    let (code, out) = exec(&env, "a1", &["nslookup", "b1"]);
    assert_ne!(code, 0, "{out}");
    let (code, out) = exec(&env, "b2", &["nslookup", "a2"]);
    assert_ne!(code, 0, "{out}");
    let (code, out) = exec(
        &env,
        "a1",
        &[
            "timeout",
            "5",
            "wget",
            "-q",
            "-O",
            "-",
            &format!("http://{ip_b1}/hostname"),
        ],
    );
    assert_ne!(code, 0, "a1 reached b1 across networks: {out}");
    let (code, out) = exec(
        &env,
        "b2",
        &[
            "timeout",
            "5",
            "wget",
            "-q",
            "-O",
            "-",
            &format!("http://{ip_a2}/hostname"),
        ],
    );
    assert_ne!(code, 0, "b2 reached a2 across networks: {out}");

    // a container that is gone stops resolving; its address is free again
    env.ok(&["rm", "-f", "-t", "0", "a2"]);
    let (code, out) = exec(&env, "a1", &["nslookup", "a2"]);
    assert_ne!(code, 0, "a2 still resolves: {out}");
    let again = env
        .ok(&[
            "run",
            "--rm",
            "--network",
            "front",
            &img,
            "ip",
            "-4",
            "addr",
            "show",
            "eth0",
        ])
        .stdout();
    // addresses are handed out round robin (as netavark's IPAM does): the next container gets
    // a fresh address of the same subnet, not the one just freed
    let subnet = &ip_a2[..ip_a2.rfind('.').unwrap()];
    assert!(again.contains(&format!("inet {subnet}.")), "{again}");
    assert!(!again.contains(&format!("inet {ip_a2}/24")), "{again}");

    let pid = holder_pid(&env).expect("a rootless netns holder runs");
    env.ok(&["rm", "-f", "-t", "0", "a1", "b1", "b2"]);
    // nothing of it stays: the holder (with its slirp4netns and DNS) ends with the last one
    wait_until(
        "the rootless netns holder to end",
        Duration::from_secs(10),
        || {
            let gone = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .map(|s| s.contains(") Z "))
                .unwrap_or(true);
            if gone && !holder_json(&env).exists() {
                Ok(())
            } else {
                Err(pid)
            }
        },
    );
    env.ok(&["network", "rm", "front", "back"]);
}

#[test]
fn internal_network_has_no_way_out() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netint");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "--internal", "closed"]);
    env.ok(&["network", "create", "open"]);
    let routes = env
        .ok(&["run", "--rm", "--network", "closed", &img, "ip", "route"])
        .stdout();
    assert!(!routes.contains("default"), "{routes}");
    let routes = env
        .ok(&["run", "--rm", "--network", "open", &img, "ip", "route"])
        .stdout();
    assert!(routes.contains("default via 10.89.1.1"), "{routes}");
    // slirp4netns's host address (and so the host) is unreachable from an internal network
    let r = env.run(&[
        "run",
        "--rm",
        "--network",
        "closed",
        &img,
        "timeout",
        "5",
        "nc",
        "-w",
        "2",
        "10.0.2.2",
        "80",
    ]);
    assert_ne!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    assert!(
        r.stderr().contains("unreachable"),
        "{}{}",
        r.stdout(),
        r.stderr()
    );
}

#[test]
fn published_port_reaches_a_container_on_a_network() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netport");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "pub"]);
    let port = free_port();
    let id = env
        .ok(&[
            "run",
            "-d",
            "--network",
            "pub",
            "--ip",
            "10.89.0.77",
            "--mac-address",
            "92:d0:c6:0a:29:33",
            "-p",
            &format!("127.0.0.1:{port}:80"),
            &img,
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/etc",
        ])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(ip_of(&env, &id, "pub"), "10.89.0.77");
    let link = exec(&env, &id, &["ip", "link", "show", "eth0"]).1;
    assert!(link.contains("92:d0:c6:0a:29:33"), "{link}");
    let body = wait_until(
        "the page through the published port",
        Duration::from_secs(5),
        || {
            let mut s =
                std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
            s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
            s.write_all(b"GET /hostname HTTP/1.0\r\n\r\n")
                .map_err(|e| e.to_string())?;
            let mut out = String::new();
            let _ = s.read_to_string(&mut out);
            if out.contains("200") {
                Ok(out)
            } else {
                Err(out)
            }
        },
    );
    assert!(body.contains(&id[..12]), "{body}");
    // the address is taken while the container lives
    let r = env.run(&["create", "--network", "pub", "--ip", "10.89.0.77", &img]);
    r.assert_code(125);
    assert!(r.stderr().contains("already allocated"), "{}", r.stderr());
    env.ok(&["rm", "-f", "-t", "0", &id]);
    // the port is free again once the container is gone
    wait_until("the host port to be free", Duration::from_secs(5), || {
        std::net::TcpListener::bind(("127.0.0.1", port)).map(drop)
    });
    // -f removes the containers on the network
    env.ok(&["create", "--name", "user", "--network", "pub", &img]);
    env.run(&["network", "rm", "pub"]).assert_code(125);
    env.ok(&["network", "rm", "-f", "pub"]);
    env.run(&["container", "exists", "user"]).assert_code(1);
}

#[test]
fn connect_and_disconnect_a_running_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netconn");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "c1"]);
    env.ok(&["network", "create", "c2"]);
    let x1 = env
        .ok(&[
            "run",
            "-d",
            "--name",
            "x1",
            "--network",
            "c1",
            &img,
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/etc",
        ])
        .stdout()
        .trim()
        .to_string();
    env.ok(&[
        "run",
        "-d",
        "--name",
        "x2",
        "--network",
        "c2",
        &img,
        "sleep",
        "300",
    ]);
    let (code, _) = exec(&env, "x2", &["nslookup", "srv"]);
    assert_ne!(code, 0);
    env.ok(&["network", "connect", "--alias", "srv", "c2", "x1"]);
    env.run(&["network", "connect", "c2", "x1"])
        .assert_code(125);
    let (code, out) = exec(
        &env,
        "x2",
        &["wget", "-q", "-O", "-", "http://srv/hostname"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), &x1[..12]);
    assert!(ip_of(&env, "x1", "c2").starts_with("10.89.1."));
    env.ok(&["network", "disconnect", "c2", "x1"]);
    let (code, out) = exec(&env, "x2", &["nslookup", "srv"]);
    assert_ne!(code, 0, "{out}");
    // disconnecting the network that holds the default route: the next one takes it over
    let gw = |net: &str| {
        env.ok(&[
            "network",
            "inspect",
            "--format",
            "{{range .Subnets}}{{.Gateway}}{{end}}",
            net,
        ])
        .stdout()
        .trim()
        .to_string()
    };
    let default_via = || {
        let (code, out) = exec(&env, "x1", &["cat", "/proc/net/route"]);
        assert_eq!(code, 0, "{out}");
        // Iface Destination Gateway ..., the gateway in the kernel's (little-endian) hex
        out.lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                (f.get(1) == Some(&"00000000")).then(|| f.get(2).map(|g| g.to_string()))?
            })
            .map(|g| {
                let n = u32::from_str_radix(&g, 16).unwrap();
                std::net::Ipv4Addr::from(n.to_le_bytes()).to_string()
            })
            .collect::<Vec<_>>()
    };
    env.ok(&["network", "connect", "c2", "x1"]);
    assert_eq!(default_via(), vec![gw("c1")]);
    env.ok(&["network", "disconnect", "c1", "x1"]);
    assert_eq!(default_via(), vec![gw("c2")]);
    let (code, out) = exec(&env, "x2", &["wget", "-q", "-O", "-", "http://x1/hostname"]);
    assert_eq!(code, 0, "{out}");
    env.ok(&["rm", "-f", "-t", "0", "x1", "x2"]);
    env.ok(&["network", "rm", "c1", "c2"]);
}

#[test]
fn containers_conf_dns_and_hosts_settings_and_dns_opt() {
    if !integration() {
        return;
    }
    let mut env = TestEnv::new("net-conf");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let base = env.dir.join("basehosts");
    std::fs::write(&base, "172.24.1.7 baseone\n172.24.1.8 basetwo #a comment\n").unwrap();
    let conf = env.dir.join("containers.conf");
    std::fs::write(
        &conf,
        format!(
            "[containers]\ndns_searches = [\"example.com\"]\ndns_servers = [\"1.1.1.1\", \"100.100.100.100\"]\n\
             dns_options = [\"ndots:2\"]\nbase_hosts_file = \"{}\"\nhost_containers_internal_ip = \"172.24.9.9\"\n",
            base.display()
        ),
    )
    .unwrap();
    env.extra_env
        .push(("CONTAINERS_CONF".into(), conf.display().to_string()));
    let r = env.ok(&["run", "--rm", &img, "cat", "/etc/resolv.conf"]);
    assert_eq!(
        r.stdout(),
        "search example.com\nnameserver 1.1.1.1\nnameserver 100.100.100.100\noptions ndots:2\n"
    );
    // the flags win over the file
    let r = env.ok(&[
        "run",
        "--rm",
        "--dns-opt=timeout:3",
        "--dns",
        "9.9.9.9",
        &img,
        "cat",
        "/etc/resolv.conf",
    ]);
    assert!(
        r.stdout().contains("nameserver 9.9.9.9\n"),
        "{}",
        r.stdout()
    );
    assert!(!r.stdout().contains("1.1.1.1"), "{}", r.stdout());
    assert!(r.stdout().contains("options timeout:3"), "{}", r.stdout());
    let r = env.ok(&[
        "run",
        "--rm",
        "--add-host",
        "extra:172.24.3.3",
        &img,
        "cat",
        "/etc/hosts",
    ]);
    let h = r.stdout();
    for want in [
        "172.24.1.7\tbaseone",
        "172.24.1.8\tbasetwo",
        "127.0.0.1\tlocalhost",
        "::1\tlocalhost",
        "172.24.3.3\textra",
        "172.24.9.9\thost.containers.internal",
    ] {
        assert!(h.contains(want), "{want} missing from\n{h}");
    }
    assert_eq!(h.lines().count(), 7, "{h}");
    // a name the base file has already: no entry of the container's own
    let r = env.ok(&[
        "run",
        "--rm",
        "--name",
        "baseone",
        "--hostname",
        "baseone",
        &img,
        "cat",
        "/etc/hosts",
    ]);
    assert_eq!(r.stdout().lines().count(), 5, "{}", r.stdout());
}

#[test]
fn a_container_on_a_network_has_its_short_id_as_alias() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("net-alias");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "aliasnet"]);
    let id = env
        .ok(&["create", "--network", "aliasnet", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    let r = env.ok(&[
        "inspect",
        &id,
        "--format",
        "{{(index .NetworkSettings.Networks \"aliasnet\").Aliases}}",
    ]);
    assert_eq!(r.stdout().trim(), format!("[{}]", &id[..12]));
    env.ok(&["rm", &id]);
    env.ok(&["network", "rm", "aliasnet"]);
}

/// GET /hostname through 127.0.0.1:`port`, once: the body, if the server answered.
fn get_hostname(port: u16) -> Option<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(3))).ok()?;
    s.write_all(b"GET /hostname HTTP/1.0\r\n\r\n").ok()?;
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.contains("200").then_some(out)
}

#[test]
fn published_ports_and_etc_hosts_follow_connect_and_disconnect() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netfollow");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "f1"]);
    env.ok(&["network", "create", "f2"]);
    let port = free_port();
    let id = env
        .ok(&[
            "run",
            "-d",
            "--network",
            "f1",
            "-p",
            &format!("127.0.0.1:{port}:80"),
            &img,
            "httpd",
            "-f",
            "-p",
            "80",
            "-h",
            "/etc",
        ])
        .stdout()
        .trim()
        .to_string();
    let page = wait_until("the page on f1", Duration::from_secs(10), || {
        get_hostname(port).ok_or("no answer")
    });
    assert!(page.contains(&id[..12]), "{page}");
    let ip = ip_of(&env, &id, "f1");
    let hosts = exec(&env, &id, &["cat", "/etc/hosts"]).1;
    assert!(hosts.contains(&ip), "{hosts}");

    // off its only network: the port is withdrawn and the address leaves /etc/hosts
    env.ok(&["network", "disconnect", "f1", &id]);
    let hosts = exec(&env, &id, &["cat", "/etc/hosts"]).1;
    assert!(!hosts.contains(&ip), "{ip} still in {hosts}");
    assert!(get_hostname(port).is_none(), "the port still answers");

    // back on: a new address (as netavark's round robin), in /etc/hosts, the port reaches it
    env.ok(&["network", "connect", "f1", &id]);
    let ip2 = ip_of(&env, &id, "f1");
    assert_ne!(ip2, ip);
    let hosts = exec(&env, &id, &["cat", "/etc/hosts"]).1;
    assert!(hosts.contains(&ip2), "{hosts}");
    let page = wait_until("the page after connect", Duration::from_secs(10), || {
        get_hostname(port).ok_or("no answer")
    });
    assert!(page.contains(&id[..12]), "{page}");

    // the forward ends with the container
    env.ok(&["rm", "-f", "-t", "0", &id]);
    wait_until("the port to close", Duration::from_secs(5), || {
        get_hostname(port).map_or(Ok(()), Err)
    });
    env.ok(&["network", "rm", "f1", "f2"]);
}

#[test]
fn unshare_rootless_netns_runs_where_the_bridges_are() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("netunshare");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["network", "create", "u1"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "u",
        "--network",
        "u1",
        &img,
        "sleep",
        "300",
    ]);
    let dev = env
        .ok(&["unshare", "--rootless-netns", "cat", "/proc/net/dev"])
        .stdout();
    assert!(dev.contains("podman"), "{dev}");
    assert!(dev.contains("tap0"), "{dev}");
    // the old name is accepted too; without it the host's interfaces show
    env.ok(&["unshare", "--rootless-cni", "true"]);
    let dev = env.ok(&["unshare", "cat", "/proc/net/dev"]).stdout();
    assert!(!dev.contains("tap0"), "{dev}");
    env.ok(&["rm", "-f", "-t", "0", "u"]);
    env.ok(&["network", "rm", "u1"]);
}
