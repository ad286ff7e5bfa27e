//! The system commands and the event log (issue 11): `events` (podman's file backend:
//! filters, --since, --format, follow, rotation, the none backend), `system df|prune|reset|
//! check|migrate|renumber`, and secrets (`secret ...`, `--secret` on run). The real binary,
//! as the test user.

mod common;
use common::*;
use std::io::BufRead;
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::Duration;

fn events(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let mut a = vec!["events", "--stream=false"];
    a.extend_from_slice(args);
    env.ok(&a).stdout().lines().map(str::to_string).collect()
}

fn events_file(env: &TestEnv) -> std::path::PathBuf {
    env.runtime.join("berth/events/events.log")
}

#[test]
fn events_of_a_run_are_podmans_and_filter_as_podmans() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ev-run");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "--rm",
        "--label",
        "team=blue",
        "--name",
        "fg",
        &img,
        "true",
    ]);
    let id = env
        .ok(&[
            "run", "-d", "--rm", "--name", "bg", &img, "sh", "-c", "exit 3",
        ])
        .stdout()
        .trim()
        .to_string();
    // the detached container's monitor writes died, cleanup and remove
    wait_until("bg's remove event", Duration::from_secs(10), || {
        let l = events(
            &env,
            &["--filter", "container=bg", "--filter", "event=remove"],
        );
        if l.len() == 1 {
            Ok(())
        } else {
            Err(l)
        }
    });
    let fg = events(
        &env,
        &["--filter", "container=fg", "--format", "{{.Status}}"],
    );
    assert_eq!(
        fg,
        ["create", "init", "start", "attach", "died", "cleanup", "remove"],
        "podman's order for run --rm"
    );
    let bg = events(
        &env,
        &["--filter", "container=bg", "--format", "{{.Status}}"],
    );
    assert_eq!(bg, ["create", "init", "start", "died", "cleanup", "remove"]);
    // the human line: time, type, status, ID, then image, name and labels
    let start = events(
        &env,
        &["--filter", "label=team=blue", "--filter", "event=start"],
    );
    assert_eq!(start.len(), 1, "{start:?}");
    assert!(
        start[0].contains(" container start ")
            && start[0].contains(&format!("(image={img}, name=fg, "))
            && start[0].contains("team=blue")
            && start[0].contains(" +0000 UTC "),
        "{}",
        start[0]
    );
    // --no-trunc=false shortens the ID; --format always has it whole
    let short = events(
        &env,
        &[
            "--filter",
            "container=bg",
            "--filter",
            "event=start",
            "--no-trunc=false",
        ],
    );
    assert!(
        short[0].contains(&format!(" {} (", &id[..12])),
        "{}",
        short[0]
    );
    let died = events(
        &env,
        &[
            "--filter",
            "container=bg",
            "--filter",
            "status=died",
            "--format",
            "{{.ID}}--{{.Image}}--{{.ContainerExitCode}}",
        ],
    );
    assert_eq!(died, [format!("{id}--{img}--3")]);
    // values of one key are or-ed, keys and-ed
    let both = events(
        &env,
        &[
            "--filter",
            "container=fg",
            "--filter",
            "container=bg",
            "--filter",
            "event=start",
            "--format",
            "{{.Name}}",
        ],
    );
    assert_eq!(both, ["fg", "bg"]);
    // JSON lines, podman's fields
    let json = events(
        &env,
        &[
            "--filter",
            "container=fg",
            "--filter",
            "event=create",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json[0]).unwrap();
    assert_eq!(v["Type"], "container");
    assert_eq!(v["Name"], "fg");
    assert_eq!(v["Attributes"]["team"], "blue");
    assert!(v["Time"].as_str().unwrap().ends_with('Z'));
    // --since and --until
    assert!(events(&env, &["--since", "2099-01-01T00:00:00Z"]).is_empty());
    assert!(events(&env, &["--until", "2000-01-01"]).is_empty());
    assert!(!events(&env, &["--since", "10m", "--filter", "container=fg"]).is_empty());
    // a bad filter is podman's error
    let r = env.run(&["events", "--stream=false", "--filter", "bogus=1"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("bogus is an invalid filter"),
        "{}",
        r.stderr()
    );
    // the file itself is podman's: one JSON object a line
    let text = std::fs::read_to_string(events_file(&env)).unwrap();
    for l in text.lines() {
        serde_json::from_str::<serde_json::Value>(l).expect(l);
    }
}

#[test]
fn events_follow_prints_what_happens_next() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ev-follow");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["create", "--name", "before", &img, "true"]);
    let mut child = env
        .cmd(&[
            "events",
            "--filter",
            "event=create",
            "--format",
            "{{.Name}}",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in std::io::BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(l);
        }
    });
    std::thread::sleep(Duration::from_millis(500));
    env.ok(&["create", "--name", "after", &img, "true"]);
    let got = rx.recv_timeout(Duration::from_secs(10));
    let _ = child.kill();
    let _ = child.wait();
    // streaming starts at the end of the log: the earlier create is not shown
    assert_eq!(got.as_deref(), Ok("after"));
}

#[test]
fn events_conf_path_rotation_and_none_backend() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ev-rotate");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let log = env.dir.join("events.txt");
    let mut lines = String::new();
    for i in 0..100 {
        lines.push_str(&format!("{{\"Name\":\"busybox\",\"Status\":\"pull\",\"Time\":\"2022-04-06T11:26:42.7236679{i:02}+02:00\",\"Type\":\"image\",\"Attributes\":null}}\n"));
    }
    assert_eq!(lines.len(), 11300);
    std::fs::write(&log, &lines).unwrap();
    std::os::unix::fs::chown(&log, Some(env.user.uid), Some(env.user.gid)).unwrap();
    let id = env
        .ok(&["create", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    let conf = env.write_config(
        "containers/containers.conf",
        &format!(
            "[engine]\nevents_logger=\"file\"\nevents_logfile_path=\"{}\"\nevents_logfile_max_size=4750\n",
            log.display()
        ),
    );
    let mut env = env;
    env.extra_env
        .push(("CONTAINERS_CONF".into(), conf.display().to_string()));
    env.ok(&["rm", &id]);
    // the older half went; the rotation and then the remove were written
    let text = std::fs::read_to_string(&log).unwrap();
    let got: Vec<&str> = text.lines().collect();
    assert_eq!(got.len(), 51, "{text}");
    assert!(got[48].contains("723667999+02:00"), "{}", got[48]);
    assert!(got[49].contains("\"log-rotation\""), "{}", got[49]);
    assert!(
        got[50].contains("\"remove\"") && got[50].contains(&id),
        "{}",
        got[50]
    );
    let read = events(&env, &["--since", "2022-03-06T11:26:42.723667984+02:00"]);
    assert_eq!(read.len(), 51);
    assert!(
        read[49].ends_with(&format!("system log-rotation {}", log.display())),
        "{}",
        read[49]
    );
    assert!(
        read[0].contains("+0200 +0200 image pull  busybox"),
        "{}",
        read[0]
    );
    // --events-backend=none writes nothing and cannot be read
    let before = std::fs::read_to_string(&log).unwrap();
    env.ok(&["--events-backend=none", "create", &img, "true"]);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), before);
    let r = env.run(&["--events-backend", "none", "events", "--stream=false"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("cannot read events with the \"none\" backend"),
        "{}",
        r.stderr()
    );
}

#[test]
fn image_and_volume_events() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ev-image");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let iid = image_id("berth-test/busybox");
    env.ok(&["tag", &img, "example.com/x"]);
    env.ok(&["untag", &img, "example.com/x"]);
    env.ok(&["tag", &img, "example.com/y"]);
    let tar = env.dir.join("i.tar");
    let tar_s = tar.display().to_string();
    env.ok(&["save", "-o", &tar_s, &img]);
    env.ok(&["rmi", "-f", &iid]);
    env.ok(&["load", "-i", &tar_s]);
    env.ok(&["volume", "create", "v1"]);
    env.ok(&["volume", "rm", "v1"]);
    let got = events(
        &env,
        &[
            "--filter",
            "type=image",
            "--format",
            "{{.Status}}--{{.Name}}",
        ],
    );
    assert_eq!(
        got,
        [
            format!("pull--{img}"),
            "tag--example.com/x".into(),
            "untag--example.com/x:latest".into(),
            "tag--example.com/y".into(),
            format!("save--{tar_s}"),
            format!("untag--{img}"),
            "untag--example.com/y:latest".into(),
            format!("remove--{iid}"),
            format!("loadfromarchive--{tar_s}"),
        ]
    );
    let ids = events(&env, &["--filter", "event=tag", "--format", "{{.ID}}"]);
    assert_eq!(ids, [iid.clone(), iid]);
    let vol = events(&env, &["--filter", "type=volume"]);
    assert!(
        vol[0].ends_with(" volume create v1") && vol[1].ends_with(" volume remove v1"),
        "{vol:?}"
    );
}

#[test]
fn system_df_prune_and_reset() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sys-df");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let df = env.ok(&["system", "df"]).stdout();
    assert!(df.starts_with("TYPE"), "{df}");
    let row = |t: &str| -> Vec<String> {
        df.lines()
            .find(|l| l.starts_with(t))
            .unwrap()
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(&row("Images")[1..3], ["1", "0"]);
    assert_eq!(&row("Containers")[1..3], ["0", "0"]);
    env.ok(&[
        "run",
        "-v",
        "/myvol1",
        "--name",
        "c1",
        &img,
        "sh",
        "-c",
        "head -c 5000 /dev/zero > /big",
    ]);
    env.ok(&[
        "run", "-d", "-v", "/myvol2", "--name", "c2", &img, "sleep", "60",
    ]);
    let f = env
        .ok(&[
            "system",
            "df",
            "--format",
            "{{ .Type }}:{{ .Total }}:{{ .Active }}",
        ])
        .stdout();
    assert_eq!(f, "Images:1:1\nContainers:2:1\nLocal Volumes:2:2\n");
    let v = env.ok(&["system", "df", "-v"]).stdout();
    let c1 = v
        .lines()
        .find(|l| l.ends_with(" c1"))
        .unwrap_or_else(|| panic!("{v}"));
    // 5000 bytes of /big and the /etc/mtab link (12 bytes), as podman counts them
    assert!(c1.contains(" 5.012kB ") && c1.contains(" exited "), "{c1}");
    assert!(
        v.contains("Images space usage:") && v.contains("Local Volumes space usage:"),
        "{v}"
    );
    // prune: the stopped container and (with --volumes) its volume; not the running one's
    let p = env.ok(&["system", "prune", "-f", "--volumes"]).stdout();
    assert!(p.starts_with("Deleted Containers\n"), "{p}");
    assert!(
        p.contains("Deleted Volumes\n") && p.contains("Total reclaimed space: "),
        "{p}"
    );
    let ps = env.ok(&["ps", "-a", "--format", "{{.Names}}"]).stdout();
    assert_eq!(ps.trim(), "c2");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).stdout().lines().count(), 1);
    // without -f it asks; no answer keeps everything
    let r = env.ok(&["system", "prune", "-a"]);
    assert!(
        r.stdout()
            .contains("Are you sure you want to continue? [y/N]"),
        "{}",
        r.stdout()
    );
    assert_eq!(env.ok(&["images", "-q"]).stdout().lines().count(), 1);
    // reset: everything goes, running containers too
    env.ok(&["system", "reset", "-f"]);
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).stdout(), "");
    // `volume rm -a` of no volumes is fine (podman's teardown does it); names and -a are not
    env.ok(&["volume", "rm", "-a"]);
    env.run(&["volume", "rm", "-a", "x"]).assert_code(125);
    // accepted, nothing to do
    env.ok(&["system", "migrate"]);
    env.ok(&["system", "renumber"]);
    assert_eq!(
        events(
            &env,
            &["--filter", "type=system", "--format", "{{.Status}}"]
        ),
        ["renumber"]
    );
}

#[test]
fn system_check_finds_and_repairs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sys-check");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["create", "--name", "user", &img, "true"]);
    let r = env.ok(&["system", "check"]);
    assert_eq!(r.stdout(), "No problems found\n");
    // a layer deleted by hand and a dead writer's tmp dir
    let layer = env.layer_dirs()[0].clone();
    let store = env.store();
    env.ok(&[
        "unshare",
        "rm",
        "-rf",
        &store.join("layers").join(&layer).display().to_string(),
    ]);
    env.ok(&[
        "unshare",
        "mkdir",
        &store.join("tmp/pull-dead").display().to_string(),
    ]);
    let r = env.run(&["system", "check"]);
    r.assert_code(1);
    let out = r.stdout();
    assert!(
        out.contains("missing layer sha256:") && out.contains(&layer),
        "{out}"
    );
    assert!(out.contains("tmp/pull-dead"), "{out}");
    assert!(out.contains("user") && out.contains("damaged"), "{out}");
    // repair without --force keeps the image its container needs; with it, both go
    env.run(&["system", "check", "-r"]);
    assert!(!store.join("tmp/pull-dead").exists());
    env.ok(&["system", "check", "-r", "-f"]);
    assert_eq!(env.ok(&["ps", "-aq"]).stdout(), "");
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["system", "check"]).stdout(), "No problems found\n");
    // and the store works again
    env.pull("berth-test/busybox");
    env.ok(&["run", "--rm", &img, "true"]);
}

#[test]
fn secrets_as_files_and_env() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("secrets");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let f = env.dir.join("s.txt");
    std::fs::write(&f, "s3cr3t").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).unwrap();
    let id = env
        .ok(&[
            "secret",
            "create",
            "--label",
            "k=v",
            "tok",
            &f.display().to_string(),
        ])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(id.len(), 25);
    let r = env.run(&["secret", "create", "tok", &f.display().to_string()]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("tok: secret name in use"),
        "{}",
        r.stderr()
    );
    let ls = env
        .ok(&["secret", "ls", "--format", "{{.ID}} {{.Name}} {{.Driver}}"])
        .stdout();
    assert_eq!(ls, format!("{id} tok file\n"));
    let insp: serde_json::Value =
        serde_json::from_str(&env.ok(&["secret", "inspect", "tok"]).stdout()).unwrap();
    assert_eq!(insp[0]["ID"], id.as_str());
    assert_eq!(insp[0]["Spec"]["Name"], "tok");
    assert_eq!(insp[0]["Spec"]["Driver"]["Name"], "file");
    assert_eq!(insp[0]["Spec"]["Labels"]["k"], "v");
    env.ok(&["secret", "exists", "tok"]);
    env.run(&["secret", "exists", "nope"]).assert_code(1);
    // the data is kept private, in podman's layout
    let data = env.store().join("secrets/filedriver/secretsdata.json");
    assert_eq!(
        std::fs::metadata(&data).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(
        !std::fs::read_to_string(&data).unwrap().contains("s3cr3t"),
        "stored as base64"
    );
    // a file in /run/secrets, read-only; an environment variable; a target and mode
    let out = env.ok(&["run", "--rm", "--secret", "tok", &img, "sh", "-c", "cat /run/secrets/tok; echo; stat -c %a /run/secrets/tok; echo x > /run/secrets/tok || echo refused"]).stdout();
    assert_eq!(out, "s3cr3t\n444\nrefused\n");
    let out = env
        .ok(&[
            "run",
            "--rm",
            "--secret",
            "tok,type=env,target=TOKEN",
            "--secret",
            "tok,target=/etc/t,mode=0400,uid=1000",
            &img,
            "sh",
            "-c",
            "echo $TOKEN; stat -c '%a %u' /etc/t",
        ])
        .stdout();
    assert_eq!(out, "s3cr3t\n400 1000\n");
    let r = env.run(&["run", "--rm", "--secret", "nope", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("nope: no such secret"),
        "{}",
        r.stderr()
    );
    assert_eq!(env.ok(&["secret", "rm", "tok"]).stdout().trim(), id);
    assert_eq!(env.ok(&["secret", "ls", "-q"]).stdout(), "");
}

#[test]
fn run_cidfile_replace_and_rmi() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("run-cid");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let cid = env.dir.join("cid");
    let cid_s = cid.display().to_string();
    let id = env
        .ok(&["create", "--cidfile", &cid_s, "--name", "one", &img, "true"])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(std::fs::read_to_string(&cid).unwrap(), id);
    // an existing cidfile is podman's error, and no container is left behind
    let r = env.run(&["create", "--cidfile", &cid_s, "--name", "two", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("container id file exists"),
        "{}",
        r.stderr()
    );
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Names}}"]).stdout(),
        "one\n"
    );
    // --replace: the running container of that name goes first
    env.ok(&[
        "run",
        "-d",
        "--name",
        "one",
        "--replace",
        &img,
        "sleep",
        "60",
    ]);
    let ps = env
        .ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"])
        .stdout();
    assert_eq!(ps, "one running\n");
    let r = env.run(&["run", "--replace", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("cannot replace container without --name being set"),
        "{}",
        r.stderr()
    );
    // --rmi: kept while `one` uses the image, removed once nothing does
    env.ok(&["run", "--rm", "--rmi", &img, "true"]);
    assert_eq!(env.ok(&["images", "-q"]).stdout().lines().count(), 1);
    env.ok(&["rm", "-f", "-t", "0", "one"]);
    env.ok(&["run", "--rm", "--rmi", &img, "true"]);
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
}

#[test]
fn rename_import_pod_and_network_events_are_written() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ev-more");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["create", "--name", "old", &img, "true"]);
    env.ok(&["rename", "old", "new"]);
    let tar = env.dir.join("root.tar");
    env.ok(&["export", "-o", tar.to_str().unwrap(), "new"]);
    let id = env.ok(&["import", "-q", tar.to_str().unwrap()]).stdout();
    let id = id.trim().trim_start_matches("sha256:").to_string();
    env.ok(&["pod", "create", "--name", "p1"]);
    env.ok(&["pod", "rm", "-f", "p1"]);
    env.ok(&["network", "create", "n1"]);
    env.ok(&["network", "connect", "n1", "new"]);
    env.ok(&["network", "disconnect", "n1", "new"]);
    let lines = events(
        &env,
        &["--format", "{{.Type}} {{.Status}} {{.Name}} {{.ID}}"],
    );
    let has = |t: &str| lines.iter().any(|l| l.starts_with(t));
    assert!(has("container rename new "), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("image import") && l.contains(&id[..12])),
        "{lines:?}"
    );
    assert!(has("pod create p1 "), "{lines:?}");
    assert!(has("pod remove p1 "), "{lines:?}");
    assert!(has("network connect n1 "), "{lines:?}");
    assert!(has("network disconnect n1 "), "{lines:?}");
}

#[test]
fn system_check_finds_a_corrupt_blob_and_repair_removes_its_image() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("sys-check-blob");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let id = image_id("berth-test/busybox");
    let store = env.store();
    // the image's config blob, changed on disk
    let blob = store.join("blobs/sha256").join(&id);
    env.ok(&[
        "unshare",
        "sh",
        "-c",
        &format!("printf x >> {}", blob.display()),
    ]);
    let r = env.run(&["system", "check"]);
    r.assert_code(1);
    let out = r.stdout();
    assert!(
        out.contains(&format!("sha256:{}", &id[..12])) && out.contains("does not match its digest"),
        "{out}"
    );
    assert!(out.contains("missing or corrupt"), "{out}");
    env.ok(&["system", "check", "-r"]);
    assert!(!blob.exists());
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
    assert_eq!(env.ok(&["system", "check"]).stdout(), "No problems found\n");
    env.pull("berth-test/busybox");
    env.ok(&["run", "--rm", &img, "true"]);
}
