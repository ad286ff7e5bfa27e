//! `generate systemd`: units for a container (existing and `--new`) and for a pod, as podman
//! 4.3 lays them out with berth's path; the `--new` unit's Exec lines, with systemd's `%t`
//! and `%n` filled in, really create, stop and remove the container.

mod common;
use common::*;

fn exec_lines(unit: &str, key: &str) -> Vec<String> {
    // join systemd's continuation lines, then take `KEY=...`
    let joined = unit.replace(" \\\n\t", " ").replace("\\\n\t", " ");
    joined
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{key}=")))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn a_containers_units_existing_and_new() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("gen-systemd");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["create", "--name", "svc", &img, "sleep", "1000"]);
    let bin = berth_bin().display().to_string();

    let u = env.ok(&["generate", "systemd", "--name", "svc"]).stdout();
    assert!(u.starts_with("# container-svc.service\n"), "{u}");
    for line in [
        "[Unit]",
        "Description=Podman container-svc.service",
        "Documentation=man:podman-generate-systemd(1)",
        "Wants=network-online.target",
        "After=network-online.target",
        "[Service]",
        "Environment=PODMAN_SYSTEMD_UNIT=%n",
        "Restart=on-failure",
        "TimeoutStopSec=70",
        &format!("ExecStart={bin} start svc"),
        "Type=forking",
        "[Install]",
        "WantedBy=default.target",
    ] {
        assert!(u.lines().any(|l| l == line), "{line:?} in\n{u}");
    }
    assert_eq!(
        exec_lines(&u, "ExecStop"),
        [format!("{bin} stop -t 10 svc")]
    );
    // the ExecStart line starts the container
    env.ok(&["start", "svc"]);
    let st = env.ok(&["inspect", "svc", "--format", "{{.State.Status}}"]);
    assert_eq!(st.stdout().trim(), "running");
    env.ok(&["rm", "-f", "-t", "0", "svc"]);

    // --new with a restart policy and --files
    env.ok(&[
        "create", "--name", "fresh", "-e", "A=b c", &img, "sleep", "1000",
    ]);
    let files = env
        .ok(&[
            "generate",
            "systemd",
            "--new",
            "--name",
            "--files",
            "--restart-policy=always",
            "fresh",
        ])
        .stdout();
    let path = env.dir.join("container-fresh.service");
    assert_eq!(files.trim(), path.display().to_string());
    let u = std::fs::read_to_string(&path).unwrap();
    assert!(u.lines().any(|l| l == "Restart=always"), "{u}");
    assert!(u.lines().any(|l| l == "RequiresMountsFor=%t/berth"), "{u}");
    let start = exec_lines(&u, "ExecStart");
    assert_eq!(
        start,
        [format!(
            "{bin} run --cidfile=%t/%n.ctr-id --rm -d --replace --name fresh -e \"A=b c\" {img} sleep 1000"
        )]
    );
    // replay the Exec lines as systemd would (%t = the runtime dir, %n = the unit)
    let fill = |l: &str| {
        l.replace("%t", &env.runtime.display().to_string())
            .replace("%n", "container-fresh.service")
    };
    let argv = |l: &str| -> Vec<String> {
        let mut v = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        for ch in fill(l).chars() {
            match ch {
                '"' => quoted = !quoted,
                ' ' if !quoted => {
                    if !cur.is_empty() {
                        v.push(std::mem::take(&mut cur));
                    }
                }
                c => cur.push(c),
            }
        }
        if !cur.is_empty() {
            v.push(cur);
        }
        v
    };
    let a = argv(&start[0]);
    assert_eq!(a[0], bin);
    let args: Vec<&str> = a[1..].iter().map(String::as_str).collect();
    env.ok(&args); // --replace takes the place of the created one
    let env_in = env.ok(&["exec", "fresh", "sh", "-c", "echo $A"]);
    assert_eq!(env_in.stdout(), "b c\n");
    let cid = std::fs::read_to_string(env.runtime.join("container-fresh.service.ctr-id")).unwrap();
    let id = env
        .ok(&["inspect", "fresh", "--format", "{{.Id}}"])
        .stdout();
    assert_eq!(cid.trim(), id.trim());
    for key in ["ExecStop", "ExecStopPost"] {
        let l = &exec_lines(&u, key)[0];
        let a = argv(l);
        let args: Vec<&str> = a[1..].iter().map(String::as_str).collect();
        env.ok(&args);
    }
    assert_eq!(
        env.ok(&["ps", "-aq"]).stdout(),
        "",
        "--rm and ExecStopPost removed it"
    );

    // a bad policy is refused as podman refuses it
    env.ok(&["create", "--name", "x", &img, "true"]);
    let bad = env.run(&["generate", "systemd", "--restart-policy=sometimes", "x"]);
    bad.assert_code(125);
    assert!(
        bad.stderr()
            .contains("sometimes is not a valid restart policy"),
        "{}",
        bad.stderr()
    );
    env.ok(&["rm", "x"]);
}

#[test]
fn a_pods_units() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("gen-systemd-pod");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["pod", "create", "--name", "pd"]);
    env.ok(&[
        "create", "--pod", "pd", "--name", "member", &img, "sleep", "1000",
    ]);
    let out = env.ok(&["generate", "systemd", "--name", "pd"]).stdout();
    let pod = out.split("# container-member.service").next().unwrap();
    assert!(pod.starts_with("# pod-pd.service\n"), "{out}");
    assert!(
        pod.lines().any(|l| l == "Wants=container-member.service"),
        "{pod}"
    );
    assert!(
        pod.lines().any(|l| l == "Before=container-member.service"),
        "{pod}"
    );
    let member = &out[out.find("# container-member.service").expect("member unit")..];
    assert!(
        member.lines().any(|l| l == "BindsTo=pod-pd.service"),
        "{member}"
    );
    assert!(
        member.lines().any(|l| l == "After=pod-pd.service"),
        "{member}"
    );
    // the pod unit's ExecStart starts the infra: its infra runs (the member does not yet: Degraded)
    let start = exec_lines(pod, "ExecStart")[0].clone();
    let a: Vec<&str> = start.split(' ').skip(1).collect();
    env.ok(&a);
    let ps = env.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]);
    assert_eq!(ps.stdout().trim(), "pd Degraded");
    env.ok(&["pod", "rm", "-f", "pd"]);
}
