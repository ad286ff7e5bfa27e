//! `volume ls --filter`, `volume rm` of a volume in use (podman's exit code 2, and --force
//! removing the containers), `volume export`/`import` round trips keeping owners.

mod common;
use common::*;

#[test]
fn ls_filters_by_name_regex_and_label() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volf");
    env.ok(&["volume", "create", "--label", "app=web", "data_1_x"]);
    env.ok(&["volume", "create", "data_2_x"]);
    let names = |f: &str| {
        env.ok(&["volume", "ls", "--filter", f, "--format", "{{.Name}}"])
            .stdout()
    };
    assert_eq!(names("name=data_1.+"), "data_1_x\n");
    // a regular expression, not a glob: `_1*` matches both
    assert_eq!(names("name=data_1*"), "data_1_x\ndata_2_x\n");
    assert_eq!(names("label=app=web"), "data_1_x\n");
    assert_eq!(names("label=app=db"), "");
    let r = env.run(&["volume", "ls", "--filter", "bogus=1"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("invalid volume filter"),
        "{}",
        r.stderr()
    );
}

#[test]
fn rm_of_a_volume_in_use_exits_2_and_force_removes_the_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volrm");
    let img = image("berth-test/busybox");
    let cid = env
        .ok(&[
            "run",
            "-d",
            "--tls-verify=false",
            "-v",
            "myvol:/myvol",
            &img,
            "sleep",
            "100",
        ])
        .stdout()
        .trim()
        .to_string();
    let r = env.run(&["volume", "rm", "myvol"]);
    r.assert_code(2);
    assert!(
        r.stderr().contains(&format!(
            "volume myvol is being used by the following container(s): {cid}: volume is being used"
        )),
        "{}",
        r.stderr()
    );
    env.ok(&["volume", "rm", "-t", "0", "--force", "myvol"]);
    env.run(&["container", "exists", &cid]).assert_code(1);
    env.run(&["volume", "exists", "myvol"]).assert_code(1);
}

#[test]
fn export_then_import_copies_the_data_with_its_owners() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volexp");
    let img = image("berth-test/busybox");
    env.ok(&["volume", "create", "src"]);
    env.ok(&["volume", "create", "dst"]);
    env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-v",
        "src:/data",
        &img,
        "sh",
        "-c",
        "echo hello > /data/test && mkdir /data/d && touch /data/d/f && chown 1000:2000 /data/d/f",
    ]);
    let tar = env.dir.join("vol.tar");
    env.ok(&["volume", "export", "src", "--output", tar.to_str().unwrap()]);
    assert!(std::fs::metadata(&tar).unwrap().len() > 0);
    env.ok(&["volume", "import", "dst", tar.to_str().unwrap()]);
    let r = env.ok(&[
        "run",
        "--rm",
        "-v",
        "dst:/data",
        &img,
        "sh",
        "-c",
        "cat /data/test; stat -c %u:%g /data/d/f",
    ]);
    assert_eq!(r.stdout(), "hello\n1000:2000\n");
    // to stdout when it is not a terminal
    let out = env.ok(&["volume", "export", "src"]);
    assert!(out.stdout().contains("test"));
    let r = env.run(&["volume", "import", "dst", "/no/such.tar"]);
    r.assert_code(125);
    assert!(r.stderr().contains("/no/such.tar"), "{}", r.stderr());
}

#[test]
fn create_options_bind_and_tmpfs_and_rm_of_unknown() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volopt");
    let img = image("berth-test/busybox");
    let r = env.run(&[
        "volume",
        "create",
        "-o",
        "type=bind",
        "-o",
        "device=/bogus",
        "b",
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(
            "invalid volume option device for driver 'local': stat /bogus: no such file or directory"
        ),
        "{}",
        r.stderr()
    );
    let d = env.dir.join("hostdir");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("myfile"), "x").unwrap();
    std::os::unix::fs::chown(&d, Some(env.user.uid), Some(env.user.gid)).unwrap();
    let dev = format!("device={}", d.display());
    env.ok(&["volume", "create", "-o", "type=bind", "-o", &dev, "b"]);
    let r = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-v",
        "b:/vol",
        &img,
        "sh",
        "-c",
        "ls /vol; touch /vol/new",
    ]);
    assert_eq!(r.stdout(), "myfile\n");
    assert!(
        d.join("new").exists(),
        "the container wrote into the bound directory"
    );
    env.ok(&[
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "-o",
        "device=tmpfs",
        "t",
    ]);
    let r = env.ok(&[
        "run", "--rm", "-v", "t:/vol", &img, "stat", "-f", "-c", "%T", "/vol",
    ]);
    assert_eq!(r.stdout().trim(), "tmpfs");
    env.run(&["volume", "create", "-o", "bogus=1", "x"])
        .assert_code(125);
    // the same bind twice is one mount
    let spec = format!("{}:/v", d.display());
    env.ok(&["run", "--rm", "-v", &spec, "-v", &spec, &img, "true"]);
    let r = env.run(&["volume", "rm", "bogus"]);
    r.assert_code(1);
    assert!(
        r.stderr().contains("no volume with name \"bogus\" found"),
        "{}",
        r.stderr()
    );
    let r = env.ok(&["volume", "rm", "--force", "bogus"]);
    assert_eq!(r.stdout(), "");
}

#[test]
fn prune_asks_first_and_filters() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volprune");
    env.ok(&["volume", "create", "plain"]);
    env.ok(&["volume", "create", "--label", "mylabel", "labelled"]);
    // no answer (stdin is /dev/null): listed, nothing removed
    let r = env.ok(&["volume", "prune"]);
    let out = r.stdout();
    assert!(
        out.starts_with(
            "WARNING! This will remove all volumes not used by at least one container."
        ),
        "{out}"
    );
    assert!(
        out.contains("\nlabelled\nplain\n") && out.contains("[y/N]"),
        "{out}"
    );
    assert_eq!(
        env.ok(&["volume", "ls", "-q"]).stdout(),
        "labelled\nplain\n"
    );
    let r = env.ok(&["volume", "prune", "-f", "--filter", "label=mylabel"]);
    assert_eq!(r.stdout(), "labelled\n");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).stdout(), "plain\n");
    // mount only inside unshare, as rootless podman
    let r = env.run(&["volume", "mount", "plain"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("must execute `berth unshare` first"),
        "{}",
        r.stderr()
    );
}

#[test]
fn chown_flag_leaves_a_tree_whose_top_is_already_the_users() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volU2");
    let img = image("berth-test/busybox");
    let d = env.dir.join("owned");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("test1"), "x").unwrap();
    for p in [&d, &d.join("test1")] {
        std::os::unix::fs::chown(p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    }
    let spec = format!("{}:/data:U", d.display());
    let r = env.ok(&[
        "run",
        "--name",
        "user",
        "--tls-verify=false",
        "--user",
        "1000:2000",
        "-v",
        &spec,
        &img,
        "stat",
        "-c",
        "%u:%g",
        "/data",
    ]);
    assert_eq!(r.stdout().trim(), "1000:2000");
    // a file given to another owner since: a restart does not chown it back (podman)
    env.ok(&[
        "unshare",
        "chown",
        "100:200",
        d.join("test1").to_str().unwrap(),
    ]);
    assert_eq!(
        env.ok(&["start", "--attach", "user"]).stdout().trim(),
        "1000:2000"
    );
    let r = env.ok(&[
        "unshare",
        "stat",
        "-c",
        "%u:%g",
        d.join("test1").to_str().unwrap(),
    ]);
    assert_eq!(r.stdout().trim(), "100:200");
    // the top given away: the whole tree is chowned again
    env.ok(&["unshare", "chown", "-R", "100:200", d.to_str().unwrap()]);
    env.ok(&["start", "--attach", "user"]);
    let r = env.ok(&[
        "unshare",
        "stat",
        "-c",
        "%u:%g",
        d.join("test1").to_str().unwrap(),
    ]);
    assert_eq!(r.stdout().trim(), "1000:2000");
}

#[test]
fn noexec_volume_refuses_to_run_its_programs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("volnoexec");
    let img = image("berth-test/busybox");
    env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-v",
        "v:/vol",
        &img,
        "sh",
        "-c",
        "printf '#!/bin/sh\\necho got here\\n' > /vol/s && chmod 755 /vol/s",
    ]);
    assert_eq!(
        env.ok(&["run", "--rm", "-v", "v:/vol:exec", &img, "/vol/s"])
            .stdout(),
        "got here\n"
    );
    let r = env.run(&["run", "--rm", "-v", "v:/vol:noexec", &img, "/vol/s"]);
    r.assert_code(126);
    assert!(
        r.stderr().contains("exec /vol/s: permission denied"),
        "{}",
        r.stderr()
    );
    // the later of a pair wins; ro and noexec together
    assert_eq!(
        env.ok(&["run", "--rm", "-v", "v:/vol:noexec,exec,ro", &img, "/vol/s"])
            .stdout(),
        "got here\n"
    );
    let r = env.run(&[
        "run",
        "--rm",
        "-v",
        "v:/vol:ro,noexec",
        &img,
        "sh",
        "-c",
        "/vol/s; touch /vol/x",
    ]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("Permission denied"), "{}", r.stderr());
    assert!(r.stderr().contains("Read-only"), "{}", r.stderr());
}
