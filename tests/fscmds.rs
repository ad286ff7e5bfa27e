//! The container file-system commands: `cp` (both ways, files and directories, running and
//! stopped containers, tar streams, owners, symlinks resolved inside the container's root and
//! never out of it), `diff`, `export`, and `mount`/`umount` inside `berth unshare`.

mod common;
use common::*;
use std::io::Write;
use std::os::unix::fs::{chown, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A file (or directory, when `content` is None) under the test dir, owned by the test user.
fn put(env: &TestEnv, rel: &str, content: Option<&str>, mode: u32) -> PathBuf {
    let p = env.dir.join(rel);
    let mut cur = env.dir.clone();
    for c in Path::new(rel).parent().unwrap().components() {
        cur.push(c);
        if !cur.exists() {
            std::fs::create_dir(&cur).unwrap();
            chown(&cur, Some(env.user.uid), Some(env.user.gid)).unwrap();
        }
    }
    match content {
        Some(text) => std::fs::write(&p, text).unwrap(),
        None => std::fs::create_dir_all(&p).unwrap(),
    }
    chown(&p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    p
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// berth with `input` on stdin; (exit code, stdout, stderr).
fn with_stdin(env: &TestEnv, args: &[&str], input: &[u8]) -> (i32, Vec<u8>, String) {
    let mut child = env
        .cmd(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `tar` of the system reading `data`: the listing with numeric owners.
fn tar_list(data: &[u8]) -> String {
    let mut child = Command::new("tar")
        .args(["--numeric-owner", "-tvf", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let d = data.to_vec();
    let w = std::thread::spawn(move || {
        let _ = stdin.write_all(&d);
    });
    let out = child.wait_with_output().unwrap();
    w.join().unwrap();
    assert!(out.status.success(), "tar -t failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The line of a `tar -tv` listing for `name`.
fn entry<'a>(listing: &'a str, name: &str) -> &'a str {
    listing
        .lines()
        .find(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() >= 6 && (f[5] == name || f[5].trim_end_matches('/') == name)
        })
        .unwrap_or_else(|| panic!("no {name} in\n{listing}"))
}

fn exec_out(env: &TestEnv, ctr: &str, script: &str) -> String {
    env.ok(&["exec", ctr, "sh", "-c", script]).stdout()
}

fn mode_of(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().mode() & 0o7777
}

#[test]
fn cp_both_ways_with_a_running_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-run");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&[
        "run", "-d", "--name", "web", "-w", "/etc", &img, "sleep", "1000",
    ]);
    let f = put(&env, "src/hello.txt", Some("hello\n"), 0o640);
    put(&env, "src/tree/sub", None, 0o750);
    put(&env, "src/tree/sub/a", Some("a\n"), 0o600);
    put(&env, "src/tree/top", Some("top\n"), 0o755);
    std::os::unix::fs::symlink("sub/a", env.dir.join("src/tree/link")).unwrap();
    std::os::unix::fs::lchown(
        env.dir.join("src/tree/link"),
        Some(env.user.uid),
        Some(env.user.gid),
    )
    .unwrap();
    let tree = env.dir.join("src/tree");

    // a file into a directory, under a new name, relative to the workdir; podman prints nothing
    let r = env.ok(&["cp", &s(&f), "web:/tmp"]);
    assert_eq!(r.stdout(), "");
    env.ok(&["cp", &s(&f), "web:/tmp/renamed.txt"]);
    env.ok(&["container", "cp", &s(&f), "web:."]);
    assert_eq!(
        exec_out(
            &env,
            "web",
            "stat -c '%a %u:%g' /tmp/hello.txt; cat /tmp/hello.txt /tmp/renamed.txt /etc/hello.txt"
        ),
        "640 0:0\nhello\nhello\nhello\n",
        "content and mode kept, owned by the container's root"
    );
    // directories: new name, into an existing one, contents only with /.
    env.ok(&["cp", &s(&tree), "web:/tmp/newtree"]);
    env.ok(&["cp", &s(&tree), "web:/tmp"]);
    env.ok(&["exec", "web", "mkdir", "/tmp/contents"]);
    env.ok(&["cp", &format!("{}/.", s(&tree)), "web:/tmp/contents"]);
    let out = exec_out(
        &env,
        "web",
        "for d in /tmp/newtree /tmp/tree /tmp/contents; do stat -c '%a %u' $d/sub $d/sub/a $d/top; readlink $d/link; cat $d/link; done",
    );
    let one = "750 0\n600 0\n755 0\nsub/a\na\n";
    assert_eq!(out, one.repeat(3), "{out}");

    // out of the container: a file, a directory, contents; owned by the user
    let out_dir = put(&env, "out", None, 0o755);
    env.ok(&["cp", "web:/data/file-a", &s(&out_dir)]);
    env.ok(&["cp", "web:/tmp/newtree", &s(&out_dir.join("tree-copy"))]);
    env.ok(&["cp", "web:/data/private/.", &s(&out_dir)]);
    env.ok(&["cp", "web:hello.txt", &s(&out_dir.join("from-workdir"))]);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("file-a")).unwrap(),
        "file a\n"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("secret")).unwrap(),
        "secret\n"
    );
    assert_eq!(mode_of(&out_dir.join("secret")), 0o600);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("from-workdir")).unwrap(),
        "hello\n"
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("tree-copy/sub/a")).unwrap(),
        "a\n"
    );
    assert_eq!(mode_of(&out_dir.join("tree-copy/sub")), 0o750);
    assert_eq!(
        std::fs::read_link(out_dir.join("tree-copy/link")).unwrap(),
        PathBuf::from("sub/a")
    );
    for p in [
        "file-a",
        "secret",
        "tree-copy",
        "tree-copy/sub/a",
        "tree-copy/link",
    ] {
        let md = std::fs::symlink_metadata(out_dir.join(p)).unwrap();
        assert_eq!((md.uid(), md.gid()), (env.user.uid, env.user.gid), "{p}");
    }

    // podman's errors, exit 125
    let r = env.run(&["cp", "web:/IdoNotExist", &s(&out_dir)]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(
            "\"/IdoNotExist\" could not be found on container web: no such file or directory"
        ),
        "{}",
        r.stderr()
    );
    let r = env.run(&["cp", &s(&f), "web:/IdoNotExist/"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(
            "\"/IdoNotExist/\" could not be found on container web: no such file or directory"
        ),
        "{}",
        r.stderr()
    );
    let r = env.run(&["cp", &s(&env.dir.join("nope")), "web:/tmp"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("could not be found on the host"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["cp", &s(&tree), "web:/tmp/hello.txt"]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .contains("destination must be a directory when copying a directory"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["cp", &s(&f), &s(&out_dir)]);
    r.assert_code(125);
    let r = env.run(&["cp", "nosuchctr:/etc", &s(&out_dir)]);
    r.assert_code(125);
    // a directory does not replace a file without --overwrite
    env.ok(&["exec", "web", "sh", "-c", "echo f > /tmp/clash"]);
    put(&env, "clash/clash", None, 0o755);
    let r = env.run(&["cp", &s(&env.dir.join("clash/clash")), "web:/tmp"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("error creating \"/tmp/clash\""),
        "{}",
        r.stderr()
    );
    env.ok(&[
        "cp",
        "--overwrite",
        &s(&env.dir.join("clash/clash")),
        "web:/tmp",
    ]);
    assert_eq!(
        exec_out(&env, "web", "test -d /tmp/clash && echo dir"),
        "dir\n"
    );
    env.ok(&["rm", "-f", "-t", "0", "web"]);
}

#[test]
fn cp_with_a_stopped_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-stopped");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&[
        "create",
        "--name",
        "later",
        &img,
        "sh",
        "-c",
        "stat -c '%a %u:%g %n' /in/f.txt /in/x; cat /in/f.txt /in/x",
    ]);
    let f = put(&env, "f.txt", Some("from the host\n"), 0o604);
    put(&env, "dir", None, 0o755);
    put(&env, "dir/x", Some("x\n"), 0o644);
    // the parent must exist: /in does not yet
    env.run(&["cp", &s(&f), "later:/in/"]).assert_code(125);
    // a new directory named after the destination, then a file into it, then one replaced
    env.ok(&["cp", &s(&env.dir.join("dir")), "later:/in"]);
    env.ok(&["cp", &s(&f), "later:/in/"]);
    let x2 = put(&env, "x2", Some("x2\n"), 0o644);
    env.ok(&["cp", &s(&x2), "later:/in/x"]);
    let out = env.ok(&["start", "-a", "later"]).stdout();
    assert_eq!(
        out, "604 0:0 /in/f.txt\n644 0:0 /in/x\nfrom the host\nx2\n",
        "copied before the start"
    );
    // and out of the exited container
    let out_dir = put(&env, "out", None, 0o755);
    env.ok(&["cp", "later:/in", &s(&out_dir)]);
    env.ok(&["cp", "later:/data/owned-by-1000", &s(&out_dir)]);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("in/f.txt")).unwrap(),
        "from the host\n"
    );
    assert_eq!(mode_of(&out_dir.join("in/f.txt")), 0o604);
    let md = std::fs::metadata(out_dir.join("owned-by-1000")).unwrap();
    assert_eq!((md.uid(), md.gid()), (env.user.uid, env.user.gid));
    // the volumes and bind mounts of a stopped container get what is copied there
    let bind = put(&env, "bind", None, 0o755);
    env.ok(&[
        "create",
        "--name",
        "with-vols",
        "-v",
        "cpvol:/vol",
        "-v",
        &format!("{}:/bind", s(&bind)),
        &img,
        "true",
    ]);
    env.ok(&["cp", &s(&f), "with-vols:/vol/"]);
    env.ok(&["cp", &s(&f), "with-vols:/bind/"]);
    assert_eq!(
        std::fs::read_to_string(bind.join("f.txt")).unwrap(),
        "from the host\n"
    );
    assert_eq!(
        std::fs::metadata(bind.join("f.txt")).unwrap().uid(),
        env.user.uid
    );
    let r = env.ok(&["run", "--rm", "-v", "cpvol:/vol", &img, "cat", "/vol/f.txt"]);
    assert_eq!(r.stdout(), "from the host\n");
    // nothing stays mounted or running
    let ps = Command::new("ps")
        .args(["-u", &env.user.uid.to_string(), "-o", "stat=,args="])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&ps.stdout).into_owned();
    assert!(
        !text
            .lines()
            .any(|l| l.contains(&s(&env.dir)) && !l.starts_with('Z')),
        "{text}"
    );
}

#[test]
fn cp_archive_keeps_the_mapped_owner() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-archive");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&["run", "-d", "--name", "own", &img, "sleep", "1000"]);
    let f = put(&env, "f1000", Some("mine\n"), 0o644);
    // a file of the container's uid 1000 as the namespace maps it (host uid = subuid + 999)
    env.ok(&["unshare", "chown", "1000:1000", &s(&f)]);
    assert_eq!(std::fs::metadata(&f).unwrap().uid(), subuid_start() + 999);
    // podman's --archive: true (the default) gives the files to the container's user,
    // false keeps their owners
    env.ok(&["cp", "--archive=false", &s(&f), "own:/tmp/kept"]);
    env.ok(&["cp", "-a=false", &s(&f), "own:/tmp/kept2"]);
    env.ok(&["cp", &s(&f), "own:/tmp/root"]);
    env.ok(&["cp", "-a", &s(&f), "own:/tmp/root2"]);
    assert_eq!(
        exec_out(
            &env,
            "own",
            "stat -c %u:%g /tmp/kept /tmp/kept2 /tmp/root /tmp/root2"
        ),
        "1000:1000\n1000:1000\n0:0\n0:0\n"
    );
    // out: always the user's, as in podman
    let out = put(&env, "out", None, 0o755);
    env.ok(&["cp", "own:/data/owned-by-1000", &s(&out.join("mine"))]);
    env.ok(&[
        "cp",
        "--archive=false",
        "own:/data/owned-by-1000",
        &s(&out.join("kept")),
    ]);
    assert_eq!(
        std::fs::metadata(out.join("mine")).unwrap().uid(),
        env.user.uid
    );
    assert_eq!(
        std::fs::metadata(out.join("kept")).unwrap().uid(),
        env.user.uid
    );
    env.ok(&["rm", "-f", "-t", "0", "own"]);
}

/// A container with its own user namespace (`--uidmap`), stopped: cp in and out go through
/// the container's ids as it sees them, as with a running one.
#[test]
fn cp_with_a_stopped_uidmap_container_uses_the_containers_ids() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-uidmap");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&[
        "create",
        "--name",
        "um",
        "--uidmap",
        "0:1:5000",
        "--gidmap",
        "0:1:5000",
        &img,
        "sh",
        "-c",
        "stat -c %u:%g /in /kept /data/owned-by-1000",
    ]);
    let f = put(&env, "plain", Some("plain\n"), 0o644);
    let f1000 = put(&env, "f1000", Some("mine\n"), 0o644);
    env.ok(&["unshare", "chown", "1000:1000", &s(&f1000)]);
    env.ok(&["cp", &s(&f), "um:/in"]);
    env.ok(&["cp", "--archive=false", &s(&f1000), "um:/kept"]);
    let r = env.ok(&["start", "-a", "um"]);
    assert_eq!(r.stdout(), "0:0\n1000:1000\n1000:1000\n");
    let out = put(&env, "out", None, 0o755);
    env.ok(&["cp", "um:/data/owned-by-1000", &s(&out.join("kept"))]);
    assert_eq!(
        std::fs::metadata(out.join("kept")).unwrap().uid(),
        env.user.uid
    );
    let (code, tar, err) = with_stdin(&env, &["cp", "um:/kept", "-"], b"");
    assert_eq!(code, 0, "{err}");
    let l = tar_list(&tar);
    assert!(entry(&l, "kept").contains("1000/1000"), "{l}");
    env.ok(&["rm", "um"]);
}

#[test]
fn cp_tar_streams() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-stream");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&["run", "-d", "--name", "st", &img, "sleep", "1000"]);
    put(&env, "t/d/sub", None, 0o755);
    put(&env, "t/d/sub/f", Some("in a tar\n"), 0o640);
    let tgz = Command::new("tar")
        .args([
            "-C",
            &s(&env.dir.join("t")),
            "--owner=1042",
            "--group=1043",
            "-czf",
            "-",
            "d",
        ])
        .output()
        .unwrap();
    assert!(tgz.status.success());
    // a gzip'ed tar from stdin, extracted into a directory, owned by the container's root
    let (code, _, err) = with_stdin(&env, &["cp", "-", "st:/tmp"], &tgz.stdout);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        exec_out(
            &env,
            "st",
            "stat -c '%a %u:%g' /tmp/d/sub/f; cat /tmp/d/sub/f"
        ),
        "640 0:0\nin a tar\n"
    );
    // with --archive=false the archive's ids stay (065-cp "-a=false")
    env.ok(&["exec", "st", "mkdir", "/keep"]);
    let (code, _, err) = with_stdin(&env, &["cp", "-a=false", "-", "st:/keep"], &tgz.stdout);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        exec_out(&env, "st", "stat -c '%u:%g' /keep/d/sub/f"),
        "1042:1043\n"
    );
    // podman's errors
    let (code, _, err) = with_stdin(&env, &["cp", "-", "st:/tmp/d/sub/f"], &tgz.stdout);
    assert_eq!(code, 125);
    assert!(
        err.contains("destination must be a directory when copying from stdin"),
        "{err}"
    );
    let (code, _, err) = with_stdin(&env, &["cp", "-", "st:/tmp"], b"not a tar archive\n");
    assert_eq!(code, 125);
    assert!(
        err.contains("source must be a (compressed) tar archive"),
        "{err}"
    );
    // out to stdout: a directory and a file, owners as the container sees them
    let r = env.ok(&["cp", "st:/data", "-"]);
    let list = tar_list(&r.out.stdout);
    assert!(
        entry(&list, "data/owned-by-1000").contains(" 1000/1000 "),
        "{list}"
    );
    assert!(entry(&list, "data/file-a").contains(" 0/0 "), "{list}");
    assert!(
        entry(&list, "data/abs-link").contains("-> /etc/passwd"),
        "{list}"
    );
    assert!(
        entry(&list, "data/private/secret").starts_with("-rw-------"),
        "{list}"
    );
    let r = env.ok(&["cp", "st:/tmp/d/sub/f", "-"]);
    assert_eq!(tar_list(&r.out.stdout).lines().count(), 1);
    // the stream goes back in
    let (code, _, err) = with_stdin(&env, &["cp", "-", "st:/srv"], &r.out.stdout);
    assert_eq!(code, 125, "/srv does not exist: {err}");
    env.ok(&["exec", "st", "mkdir", "/srv"]);
    let (code, _, err) = with_stdin(&env, &["cp", "-", "st:/srv"], &r.out.stdout);
    assert_eq!(code, 0, "{err}");
    assert_eq!(exec_out(&env, "st", "cat /srv/f"), "in a tar\n");
    env.ok(&["rm", "-f", "-t", "0", "st"]);
}

#[test]
fn planted_symlinks_resolve_inside_the_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-escape");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    // a host directory the test user can write: a symlink naming it must not reach it
    let host = put(&env, "hostside", None, 0o777);
    let plant = format!(
        "ln -s / /escape; ln -s /etc /tmp/link; ln -s {} /tmp/hostdir; mkdir -p /tmp/x; ln -s /tmp/x/target /tmp/dangling",
        s(&host)
    );
    env.ok(&[
        "run",
        "-d",
        "--name",
        "evil",
        &img,
        "sh",
        "-c",
        &format!("{plant}; sleep 1000"),
    ]);
    // make sure the links exist before copying
    wait_until("the planted links", Duration::from_secs(5), || {
        let out = exec_out(&env, "evil", "test -L /tmp/hostdir && echo y || true");
        if out == "y\n" {
            Ok(())
        } else {
            Err(out)
        }
    });
    env.ok(&["create", "--name", "evil-stopped", &img, "sh", "-c", &plant]);
    env.ok(&["start", "-a", "evil-stopped"]);
    let f = put(&env, "payload", Some("payload\n"), 0o644);
    let dir = put(&env, "pdir", None, 0o755);
    put(&env, "pdir/inner", Some("inner\n"), 0o644);
    let tag = format!("berth-cp-escape-{}", std::process::id());
    for ctr in ["evil", "evil-stopped"] {
        let name = format!("{tag}-{ctr}");
        // through / -> /: lands in the container's /tmp, not the host's
        env.ok(&["cp", &s(&f), &format!("{ctr}:/escape/tmp/{name}")]);
        assert!(
            !Path::new("/tmp").join(&name).exists(),
            "written on the host's /tmp"
        );
        // into /tmp/link -> /etc: the container's /etc
        env.ok(&["cp", &s(&f), &format!("{ctr}:/tmp/link/{name}")]);
        env.ok(&["cp", &s(&dir), &format!("{ctr}:/tmp/link/")]);
        assert!(!Path::new("/etc").join(&name).exists());
        assert!(!Path::new("/etc/pdir").exists());
        // a symlink to the host path: resolved in the container, where it does not exist
        for dest in [
            format!("{ctr}:/tmp/hostdir/{name}"),
            format!("{ctr}:/tmp/hostdir"),
        ] {
            let r = env.run(&["cp", &s(&f), &dest]);
            r.assert_code(125);
            assert!(
                r.stderr().contains("could not be found on container"),
                "{}",
                r.stderr()
            );
        }
        let r = env.run(&["cp", &s(&dir), &format!("{ctr}:/tmp/hostdir")]);
        r.assert_code(125);
        assert_eq!(
            std::fs::read_dir(&host).unwrap().count(),
            0,
            "nothing reached the host dir"
        );
        // `..` cannot climb out either
        env.ok(&[
            "cp",
            &s(&f),
            &format!("{ctr}:/../../../../tmp/{name}-dotdot"),
        ]);
        assert!(!Path::new("/tmp").join(format!("{name}-dotdot")).exists());
        // what was written is in the container
        let out = put(&env, &format!("back-{ctr}"), None, 0o755);
        for p in [
            format!("/tmp/{name}"),
            format!("/etc/{name}"),
            "/etc/pdir/inner".to_string(),
            format!("/tmp/{name}-dotdot"),
        ] {
            env.ok(&["cp", &format!("{ctr}:{p}"), &s(&out)]);
        }
        assert_eq!(
            std::fs::read_to_string(out.join(&name)).unwrap(),
            "payload\n"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("inner")).unwrap(),
            "inner\n"
        );
        // a dangling link as the destination: the file is created where it points, inside
        env.ok(&["cp", &s(&f), &format!("{ctr}:/tmp/dangling")]);
        env.ok(&["cp", &format!("{ctr}:/tmp/x/target"), &s(&out)]);
        assert_eq!(
            std::fs::read_to_string(out.join("target")).unwrap(),
            "payload\n"
        );
        // reading through /escape gives the container's files, not the host's
        env.ok(&[
            "cp",
            &format!("{ctr}:/escape/etc/passwd"),
            &s(&out.join("passwd")),
        ]);
        let passwd = std::fs::read_to_string(out.join("passwd")).unwrap();
        assert!(passwd.contains("app:x:1000:1000"), "{passwd}");
    }
    env.ok(&["rm", "-f", "-t", "0", "evil"]);
}

#[test]
fn an_absolute_symlink_is_followed_inside_the_container() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-abslink");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&["create", "--name", "links", &img, "true"]);
    let out = put(&env, "out", None, 0o755);
    // as podman: the link is followed, and the copy takes its target's name
    env.ok(&["cp", "links:/data/abs-link", &s(&out)]);
    assert!(
        std::fs::read_to_string(out.join("passwd"))
            .unwrap()
            .contains("app:x:1000:1000"),
        "the container's /etc/passwd under its own name"
    );
    assert!(std::fs::symlink_metadata(out.join("abs-link")).is_err());
    env.ok(&[
        "cp",
        "-L",
        "links:/data/abs-link",
        &s(&out.join("followed")),
    ]);
    let text = std::fs::read_to_string(out.join("followed")).unwrap();
    assert!(
        text.contains("app:x:1000:1000") && text != std::fs::read_to_string("/etc/passwd").unwrap(),
        "the container's /etc/passwd: {text}"
    );
    assert!(std::fs::symlink_metadata(out.join("followed"))
        .unwrap()
        .is_file());
    // the same for a running container
    env.ok(&["run", "-d", "--name", "links-run", &img, "sleep", "1000"]);
    env.ok(&[
        "cp",
        "-L",
        "links-run:/data/abs-link",
        &s(&out.join("followed-run")),
    ]);
    assert_eq!(
        std::fs::read_to_string(out.join("followed-run")).unwrap(),
        text
    );
    env.ok(&["rm", "-f", "-t", "0", "links-run"]);
}

const CHANGES: &str = "echo new > /data/added; mkdir -p /newdir/sub; touch /newdir/sub/f; \
    echo more >> /data/zstd-file; rm /data/plain-file; rm -rf /data/opaque-dir; \
    mkdir /data/opaque-dir; touch /data/opaque-dir/fresh; rm /etc/group";

const EXPECTED: &str = "C /data
A /data/added
C /data/opaque-dir
A /data/opaque-dir/fresh
D /data/opaque-dir/new-1
D /data/plain-file
C /data/zstd-file
C /etc
D /etc/group
A /newdir
A /newdir/sub
A /newdir/sub/f
";

#[test]
fn diff_lists_added_changed_and_deleted_paths() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("diff");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    for driver in ["overlay", "fuse-overlayfs", "vfs"] {
        let name = format!("d-{driver}");
        env.ok(&[
            "--storage-driver",
            driver,
            "run",
            "--name",
            &name,
            &img,
            "sh",
            "-c",
            CHANGES,
        ]);
        let out = env.ok(&["diff", &name]).stdout();
        assert_eq!(out, EXPECTED, "{driver}");
    }
    let j: serde_json::Value = serde_json::from_str(
        &env.ok(&["container", "diff", "--format", "json", "d-overlay"])
            .stdout(),
    )
    .unwrap();
    assert_eq!(
        j["changed"],
        serde_json::json!(["/data", "/data/opaque-dir", "/data/zstd-file", "/etc"])
    );
    assert_eq!(
        j["deleted"],
        serde_json::json!(["/data/opaque-dir/new-1", "/data/plain-file", "/etc/group"])
    );
    assert_eq!(j["added"].as_array().unwrap().len(), 5);
    // a fresh container changed nothing worth reporting; a running one can be asked too
    env.ok(&["create", "--name", "fresh", &img, "true"]);
    assert_eq!(env.ok(&["diff", "fresh"]).stdout(), "");
    assert_eq!(
        env.ok(&["diff", "--format", "json", "fresh"])
            .stdout()
            .trim(),
        "{}"
    );
    env.ok(&[
        "run",
        "-d",
        "--name",
        "live",
        &img,
        "sh",
        "-c",
        "touch /live-file; sleep 1000",
    ]);
    wait_until("A /live-file in diff", Duration::from_secs(5), || {
        let d = env.ok(&["diff", "live"]).stdout();
        if d.contains("A /live-file") {
            Ok(())
        } else {
            Err(d)
        }
    });
    env.ok(&["rm", "-f", "-t", "0", "live"]);
    let r = env.run(&["diff", "--format", "table", "fresh"]);
    r.assert_code(125);
    env.run(&["diff", "nosuch"]).assert_code(125);
}

#[test]
fn export_flattens_the_rootfs_with_the_containers_owners() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("export");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&["create", "--name", "never-started", &img, "true"]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "running",
        &img,
        "sh",
        "-c",
        "echo run > /ran; sleep 1000",
    ]);
    let r = env.ok(&["export", "never-started"]);
    let list = tar_list(&r.out.stdout);
    assert!(entry(&list, "bin/busybox").contains(" 0/0 "), "{list}");
    assert!(
        entry(&list, "data/owned-by-1000").contains(" 1000/1000 "),
        "{list}"
    );
    assert!(
        entry(&list, "data/owned-by-12345").contains(" 12345/12345 "),
        "{list}"
    );
    assert!(
        entry(&list, "data/private").starts_with("drwx------ 1000/1000"),
        "{list}"
    );
    assert!(
        entry(&list, "data/setuid-file").starts_with("-rwsr-xr-x"),
        "{list}"
    );
    assert!(
        entry(&list, "data/abs-link").contains("-> /etc/passwd"),
        "{list}"
    );
    assert!(entry(&list, "data/opaque-dir/new-1").contains(" 0/0 "));
    assert!(
        !list.contains("data/to-be-deleted") && !list.contains("old-1"),
        "whiteouts applied: {list}"
    );
    // -o writes a file of the user's; a running container's mounts (/proc) are not in it
    let file = env.dir.join("running.tar");
    env.ok(&["container", "export", "-o", &s(&file), "running"]);
    assert_eq!(std::fs::metadata(&file).unwrap().uid(), env.user.uid);
    let mut list = Some(tar_list(&std::fs::read(&file).unwrap()));
    let list = wait_until("/ran in the export", Duration::from_secs(5), || {
        let l = list
            .take()
            .unwrap_or_else(|| tar_list(&env.ok(&["export", "running"]).out.stdout));
        if l.contains(" ran\n") {
            Ok(l)
        } else {
            Err(l)
        }
    });
    assert!(entry(&list, "data/owned-by-1000").contains(" 1000/1000 "));
    assert!(
        !list.contains("proc/self") && !list.contains("proc/1/"),
        "no /proc content"
    );
    assert!(
        !list.lines().any(|l| l.ends_with(" dev/null")),
        "no /dev nodes"
    );
    env.ok(&["rm", "-f", "-t", "0", "running"]);
}

#[test]
fn mount_and_umount_work_inside_berth_unshare_only() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("mount");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&["create", "--name", "m", &img, "true"]);
    for cmd in ["mount", "umount"] {
        let r = env.run(&[cmd, "m"]);
        r.assert_code(125);
        assert!(
            r.stderr().contains(&format!(
                "cannot run command \"berth {cmd}\" in rootless mode, must execute `berth unshare` first"
            )),
            "{}",
            r.stderr()
        );
    }
    let bin = s(berth_bin());
    let script = format!(
        "set -e; mnt=$({bin} mount m); echo \"$mnt\"; cat \"$mnt/data/file-a\"; stat -c %u \"$mnt/data/owned-by-1000\"; \
         {bin} mount; {bin} mount m; echo written > \"$mnt/via-mount\"; {bin} umount m; \
         test -e \"$mnt/data\" && echo still-mounted || echo unmounted; {bin} container mount --format json"
    );
    let r = env.ok(&["unshare", "sh", "-c", &script]);
    let out = r.stdout();
    let lines: Vec<&str> = out.lines().collect();
    let merged = lines[0];
    assert!(merged.ends_with("/merged"), "{out}");
    assert_eq!(lines[1], "file a");
    assert_eq!(lines[2], "1000");
    let id = env
        .ok(&["ps", "-aq", "--no-trunc"])
        .stdout()
        .trim()
        .to_string();
    assert_eq!(lines[3], format!("{} {merged}", &id[..12]));
    assert_eq!(lines[4], merged, "mounting again prints the same path");
    assert_eq!(lines[5], id, "umount prints the ID");
    assert_eq!(lines[6], "unmounted");
    assert_eq!(lines[7].trim(), "[]", "{out}");
    // what was written through the mount is the container's
    let back = put(&env, "back", None, 0o755);
    env.ok(&["cp", "m:/via-mount", &s(&back)]);
    assert_eq!(
        std::fs::read_to_string(back.join("via-mount")).unwrap(),
        "written\n"
    );
    // the mount lived only in the unshare session's mount namespace
    let mi = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    assert!(!mi.contains(merged), "{mi}");
}

#[test]
fn cp_between_two_containers() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-c2c");
    let img = image("berth-test/layered");
    env.pull("berth-test/layered");
    env.ok(&[
        "run",
        "-d",
        "--name",
        "a",
        &img,
        "sh",
        "-c",
        "mkdir -p /srv/d/sub; echo one > /srv/d/f; echo two > /srv/d/sub/g; echo file > /tmp/foo; sleep 1000",
    ]);
    env.ok(&[
        "run",
        "-d",
        "--name",
        "b",
        &img,
        "sh",
        "-c",
        "mkdir /tmp/foo; sleep 1000",
    ]);
    env.ok(&["create", "--name", "later", &img, "true"]);
    // wait until a has written its files
    for _ in 0..50 {
        if env.run(&["exec", "a", "test", "-e", "/tmp/foo"]).code() == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // running to running: a file under a new name, a directory into a directory
    let r = env.ok(&["cp", "a:/srv/d/f", "b:/tmp/copied"]);
    assert_eq!(r.stdout(), "");
    env.ok(&["cp", "a:/srv/d", "b:/tmp"]);
    assert_eq!(
        exec_out(&env, "b", "cat /tmp/copied /tmp/d/f /tmp/d/sub/g"),
        "one\none\ntwo\n"
    );
    // running to stopped, then stopped to running
    env.ok(&["cp", "a:/srv/d", "later:/"]);
    env.ok(&["cp", "later:/d/sub/g", "b:/tmp/from-later"]);
    assert_eq!(exec_out(&env, "b", "cat /tmp/from-later"), "two\n");
    // a file over a directory needs --overwrite, in podman's words
    let r = env.run(&["cp", "a:/tmp/foo", "b:/tmp"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("error creating \"/tmp/foo\"") && r.stderr().contains("file exists"),
        "{}",
        r.stderr()
    );
    env.ok(&["cp", "--overwrite", "a:/tmp/foo", "b:/tmp"]);
    assert_eq!(exec_out(&env, "b", "cat /tmp/foo"), "file\n");
    // a missing source is an error, and nothing is left behind
    env.run(&["cp", "a:/nonesuch", "b:/tmp"]).assert_code(125);
}

/// podman's rules for a container's source path (065-cp): a symlink is followed inside the
/// container (a directory's link copies the directory), a dangling one and any `*` name
/// nothing, and a file that a directory is in the way of is named from the destination.
#[test]
fn cp_out_follows_links_refuses_wildcards_and_words_clashes_as_podman() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-links");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "--name",
        "l",
        &img,
        "sh",
        "-c",
        "echo zero > /tmp/f0; mkdir /tmp/sub && ln -s .. /tmp/sub/weirdlink; \
         ln -s /nonexistent /tmp/dangling; ln -s /also-missing '/tmp/*'; echo foo > /tmp/foo",
    ]);
    let out = put(&env, "out", None, 0o755);
    // the link to a directory: its content lands in the new directory
    env.ok(&["cp", "l:/tmp/sub/weirdlink", &s(&out.join("dest"))]);
    assert_eq!(
        std::fs::read_to_string(out.join("dest/f0")).unwrap(),
        "zero\n"
    );
    for (src, shown) in [
        (
            "l:/tmp/dangling",
            "\"/tmp/dangling\" could not be found on container l",
        ),
        ("l:/tmp/*", "\"/tmp/*\" could not be found on container l"),
        ("l:/tmp/f*", "\"/tmp/f*\" could not be found on container l"),
    ] {
        let r = env.run(&["cp", src, &s(&out)]);
        r.assert_code(125);
        assert!(
            r.stderr().starts_with(&format!("Error: {shown}")),
            "{src}: {}",
            r.stderr()
        );
    }
    assert!(!out.join("*").exists() && !out.join("dangling").exists());
    // a directory in the way on the host: the path as seen from the destination directory
    put(&env, "clash/foo", None, 0o755);
    let r = env.run(&["cp", "l:/tmp/foo", &s(&env.dir.join("clash"))]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("error creating \"/foo\": ") && r.stderr().contains("file exists"),
        "{}",
        r.stderr()
    );
    env.ok(&["rm", "l"]);
}

/// 065-cp: what is copied into a created container's tmpfs mount point is in the tmpfs once it
/// starts (podman's tmpcopyup, unless notmpcopyup), and a copy into a volume nested in another
/// volume of a stopped container lands in the inner one and leaves the outer one untouched.
#[test]
fn cp_into_a_created_containers_tmpfs_and_nested_volumes() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("cp-tmpfs");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let f = put(&env, "file", Some("into the tmpfs\n"), 0o644);
    for (name, mount, seen) in [
        ("up", "type=tmpfs,dst=/tmp", "into the tmpfs\n"),
        ("noup", "type=tmpfs,dst=/tmp,notmpcopyup", ""),
    ] {
        env.ok(&[
            "create", "--mount", mount, "--name", name, &img, "sleep", "1000",
        ]);
        env.ok(&["cp", &s(&f), &format!("{name}:/tmp")]);
        env.ok(&["start", name]);
        let r = env.run(&[
            "exec",
            name,
            "sh",
            "-c",
            "cat /tmp/file 2>/dev/null; mount | grep -c ' /tmp type tmpfs'",
        ]);
        assert_eq!(r.stdout(), format!("{seen}1\n"), "{name}: {}", r.stderr());
        env.ok(&["rm", "-f", "-t", "0", name]);
    }
    env.ok(&["volume", "create", "outer"]);
    env.ok(&["volume", "create", "inner"]);
    let mp = |v: &str| {
        PathBuf::from(
            env.ok(&["volume", "inspect", v, "--format", "{{.Mountpoint}}"])
                .stdout()
                .trim(),
        )
    };
    env.ok(&[
        "create",
        "--name",
        "vols",
        "-v",
        "outer:/tmp/volume",
        "-v",
        "inner:/tmp/volume/sub",
        &img,
        "true",
    ]);
    env.ok(&["cp", &s(&f), "vols:/tmp/volume/sub"]);
    assert_eq!(
        std::fs::read_to_string(mp("inner").join("file")).unwrap(),
        "into the tmpfs\n"
    );
    let outer: Vec<_> = std::fs::read_dir(mp("outer")).unwrap().collect();
    assert!(outer.is_empty(), "the outer volume: {outer:?}");
    env.ok(&["rm", "vols"]);
    env.ok(&["volume", "rm", "outer", "inner"]);
}
