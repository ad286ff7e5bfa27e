//! `berth build` and `berth commit`, as the unprivileged test user, from local material on the
//! tests' loopback registry's busybox image.

mod common;
use common::*;
use std::os::unix::fs::chown;
use std::path::{Path, PathBuf};

/// A build context in the test's directory, owned by the test user.
fn context(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.dir.join(name);
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    own(&dir, env);
    dir
}

fn own(p: &Path, env: &TestEnv) {
    chown(p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    if p.is_dir() {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            own(&e.path(), env);
        }
    }
}

fn build(env: &TestEnv, args: &[&str]) -> Run {
    let mut a = vec!["build", "--tls-verify=false"];
    a.extend_from_slice(args);
    env.run(&a)
}

fn cache_hits(out: &str) -> usize {
    out.lines()
        .filter(|l| l.starts_with("--> Using cache"))
        .count()
}

#[test]
fn build_runs_copies_and_caches_by_content() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-cache");
    let base = image("berth-test/busybox");
    let cf = format!(
        "FROM {base}\nARG WHO=world\nENV GREETING=hello\nWORKDIR /app\nCOPY a.txt ./\nCOPY dir/ ./dir/\nRUN echo \"$GREETING $WHO\" > out && echo ran-step\nCMD [\"cat\", \"/app/out\"]\n"
    );
    let ctx = context(
        &env,
        "ctx",
        &[
            ("Containerfile", &cf),
            ("a.txt", "A\n"),
            ("dir/b.txt", "B\n"),
        ],
    );
    let ctx = ctx.to_str().unwrap();
    let first = build(&env, &["-t", "app", ctx]);
    first.assert_code(0);
    let out = first.stdout();
    assert!(out.contains("STEP 1/8: FROM"), "{out}");
    assert!(out.contains("STEP 7/8: RUN"), "{out}");
    assert!(
        out.lines().any(|l| l == "ran-step"),
        "the RUN's output is shown: {out}"
    );
    assert!(
        out.contains("Successfully tagged localhost/app:latest"),
        "{out}"
    );
    let id = out.lines().last().unwrap().trim().to_string();
    assert_eq!(id.len(), 64, "{out}");

    let run = env.ok(&["run", "--rm", "app"]);
    assert_eq!(run.stdout(), "hello world\n");
    let ls = env.ok(&["run", "--rm", "app", "cat", "/app/a.txt", "/app/dir/b.txt"]);
    assert_eq!(ls.stdout(), "A\nB\n");
    let cfg = env
        .ok(&[
            "image",
            "inspect",
            "app",
            "--format",
            "{{.Config.WorkingDir}} {{.Config.Cmd}}",
        ])
        .stdout();
    assert!(cfg.starts_with("/app "), "{cfg}");

    // unchanged: nothing runs, the same image
    let again = build(&env, &["-t", "app", ctx]);
    again.assert_code(0);
    assert!(
        !again.stdout().lines().any(|l| l == "ran-step"),
        "{}",
        again.stdout()
    );
    assert_eq!(again.stdout().lines().last().unwrap().trim(), id);
    assert!(cache_hits(&again.stdout()) >= 3, "{}", again.stdout());

    // a new mtime with the same content changes nothing
    let a = Path::new(ctx).join("a.txt");
    std::fs::write(&a, "A\n").unwrap();
    let touched = build(&env, &["-t", "app", ctx]);
    assert_eq!(
        touched.stdout().lines().last().unwrap().trim(),
        id,
        "{}",
        touched.stdout()
    );

    // a changed file: its COPY and what follows run again, what comes before is cached
    std::fs::write(Path::new(ctx).join("dir/b.txt"), "B2\n").unwrap();
    let changed = build(&env, &["-t", "app", ctx]);
    changed.assert_code(0);
    let out = changed.stdout();
    assert!(out.lines().any(|l| l == "ran-step"), "{out}");
    assert_eq!(cache_hits(&out), 1, "only COPY a.txt is cached: {out}");
    assert_ne!(out.lines().last().unwrap().trim(), id);
    let b = env.ok(&["run", "--rm", "app", "cat", "/app/dir/b.txt"]);
    assert_eq!(b.stdout(), "B2\n");

    // --no-cache runs everything; --build-arg reaches RUN
    let fresh = build(
        &env,
        &["--no-cache", "--build-arg", "WHO=berth", "-t", "app", ctx],
    );
    fresh.assert_code(0);
    assert_eq!(cache_hits(&fresh.stdout()), 0, "{}", fresh.stdout());
    assert_eq!(env.ok(&["run", "--rm", "app"]).stdout(), "hello berth\n");

    // intermediate images are hidden from `images` but listed with -a; rmi takes them along
    let plain = env.ok(&["images", "-q"]).stdout().lines().count();
    let all = env.ok(&["images", "-a", "-q"]).stdout().lines().count();
    assert!(all > plain, "images -a {all} vs images {plain}");
}

#[test]
fn build_is_reproducible_with_a_timestamp() {
    if !integration() {
        return;
    }
    let base = image("berth-test/busybox");
    let cf = format!("FROM {base}\nCOPY f /f\nRUN echo data > /g\nLABEL a=b\n");
    let mut ids = Vec::new();
    for n in 0..2 {
        let env = TestEnv::new(&format!("build-repro-{n}"));
        let ctx = context(&env, "ctx", &[("Containerfile", &cf), ("f", "same\n")]);
        let r = build(
            &env,
            &[
                "--timestamp",
                "1700000000",
                "-t",
                "r",
                ctx.to_str().unwrap(),
            ],
        );
        r.assert_code(0);
        let digest = env
            .ok(&["image", "inspect", "r", "--format", "{{.Id}} {{.Digest}}"])
            .stdout();
        let created = env
            .ok(&["image", "inspect", "r", "--format", "{{.Created}}"])
            .stdout();
        assert!(created.contains("2023-11-14"), "{created}");
        ids.push(digest);
    }
    assert_eq!(
        ids[0], ids[1],
        "two stores, the same image ID and manifest digest"
    );
}

#[test]
fn failing_run_exits_with_its_code_and_leaves_no_image() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-fail");
    let base = image("berth-test/busybox");
    let cf = format!("FROM {base}\nRUN echo before > /x\nRUN echo oops >&2; exit 3\n");
    let ctx = context(&env, "ctx", &[("Containerfile", &cf)]);
    let r = build(&env, &["-t", "broken", ctx.to_str().unwrap()]);
    assert_eq!(r.code(), 3, "{} {}", r.stdout(), r.stderr());
    assert!(r.stderr().contains("oops"), "{}", r.stderr());
    assert!(
        r.stderr()
            .contains("building at STEP \"RUN echo oops >&2; exit 3\""),
        "{}",
        r.stderr()
    );
    env.run(&["image", "exists", "broken"]).assert_code(1);
    // no container is left behind, and the first step's cache stays
    assert_eq!(env.ok(&["ps", "-a", "-q"]).stdout(), "");
    let again = build(&env, &["-t", "broken", ctx.to_str().unwrap()]);
    assert_eq!(cache_hits(&again.stdout()), 1, "{}", again.stdout());
}

#[test]
fn bad_containerfiles_and_sources_are_named() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-bad");
    let base = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // a source outside the context
    std::fs::write(env.dir.join("secret"), "s").unwrap();
    let ctx = context(
        &env,
        "ctx",
        &[(
            "Containerfile",
            &format!("FROM {base}\nCOPY ../secret /s\n"),
        )],
    );
    let r = build(&env, &[ctx.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(r.stderr().contains("outside"), "{}", r.stderr());
    // a missing source
    let ctx2 = context(
        &env,
        "ctx2",
        &[("Containerfile", &format!("FROM {base}\nCOPY nothere /s\n"))],
    );
    let r = build(&env, &[ctx2.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(r.stderr().contains("nothere"), "{}", r.stderr());
    // an unknown instruction names the file and the line
    let ctx3 = context(
        &env,
        "ctx3",
        &[("Dockerfile", &format!("FROM {base}\nBOGUS x\n"))],
    );
    let r = build(&env, &[ctx3.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(r.stderr().contains("Dockerfile:2"), "{}", r.stderr());
    // no Containerfile at all
    let empty = context(&env, "empty", &[("x", "")]);
    let r = build(&env, &[empty.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr().contains("Dockerfile: no such file or directory"),
        "{}",
        r.stderr()
    );
}

#[test]
fn multi_stage_copy_from_and_target() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-stages");
    let base = image("berth-test/busybox");
    let cf = format!(
        "ARG BASE={base}\nFROM $BASE AS maker\nRUN mkdir -p /out && echo made > /out/thing\nFROM scratch AS final\nCOPY --from=maker /out/thing /thing\nFROM $BASE AS other\nRUN echo other > /o\n"
    );
    let ctx = context(&env, "ctx", &[("Containerfile", &cf)]);
    let r = build(
        &env,
        &["--target", "final", "-t", "fin", ctx.to_str().unwrap()],
    );
    r.assert_code(0);
    assert!(
        !r.stdout().contains("echo other"),
        "stages after the target are not built"
    );
    // a scratch image with one file: run busybox with it mounted to read it
    let layers = env
        .ok(&[
            "image",
            "inspect",
            "fin",
            "--format",
            "{{len .RootFS.Layers}}",
        ])
        .stdout();
    assert_eq!(layers.trim(), "1");
    env.ok(&["create", "--name", "f", "fin", "/thing"]);
    let tmp = env.dir.join("export.tar");
    env.ok(&["export", "-o", tmp.to_str().unwrap(), "f"]);
    let mut a = tar::Archive::new(std::fs::File::open(&tmp).unwrap());
    let names: Vec<String> = a
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert!(
        names.iter().any(|n| n.trim_start_matches("./") == "thing"),
        "{names:?}"
    );
}

#[test]
fn commit_makes_an_image_of_a_containers_changes() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("commit");
    let base = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&[
        "run",
        "--name",
        "c",
        &base,
        "sh",
        "-c",
        "echo changed > /etc/motd; rm /bin/ls",
    ]);
    let id = env
        .ok(&[
            "commit",
            "-q",
            "-c",
            "CMD [\"cat\", \"/etc/motd\"]",
            "-c",
            "ENV X=1",
            "c",
            "committed",
        ])
        .stdout();
    assert_eq!(id.trim().len(), 64, "{id}");
    assert_eq!(env.ok(&["run", "--rm", "committed"]).stdout(), "changed\n");
    // the deletion is a whiteout in the new layer
    let r = env.run(&[
        "run",
        "--rm",
        "committed",
        "sh",
        "-c",
        "test -e /bin/ls; echo $? $X",
    ]);
    assert_eq!(r.stdout(), "1 1\n");
    // an invalid change is refused with the list of valid ones
    let bad = env.run(&["commit", "-c", "RUN true", "c", "x"]);
    assert_eq!(bad.code(), 125);
    assert!(bad.stderr().contains("CMD, ENTRYPOINT"), "{}", bad.stderr());
}

/// berth with `input` on stdin.
fn run_stdin(env: &TestEnv, args: &[&str], input: &str) -> Run {
    use std::io::Write;
    let mut c = env.cmd(args);
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().expect("spawn berth");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        out,
    }
}

#[test]
fn build_from_stdin_logfile_and_podman_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-stdin");
    let base = image("berth-test/busybox");
    // `build -`: the Containerfile on stdin, an empty context
    let r = run_stdin(
        &env,
        &["build", "--tls-verify=false", "-t", "fromstdin", "-"],
        &format!("FROM {base}\nRUN echo from-stdin\n"),
    );
    r.assert_code(0);
    let out = r.stdout();
    assert!(
        out.contains("STEP 2/2: RUN echo from-stdin\nfrom-stdin\n"),
        "{out}"
    );
    // COMMIT names the tag as given, the short ID has podman's 11 characters
    assert!(out.contains("\nCOMMIT fromstdin\n"), "{out}");
    let id = out.lines().last().unwrap().to_string();
    assert!(out.contains(&format!("\n--> {}\n", &id[..11])), "{out}");
    // --logfile takes the whole log, stdout stays empty
    let log = env.dir.join("build.log");
    let ctx = context(
        &env,
        "ctx",
        &[("Containerfile", &format!("FROM {base}\nRUN echo logged\n"))],
    );
    let r = build(
        &env,
        &[
            "--logfile",
            log.to_str().unwrap(),
            "-t",
            "logged",
            ctx.to_str().unwrap(),
        ],
    );
    r.assert_code(0);
    assert_eq!(r.stdout(), "");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("logged\nCOMMIT logged"), "{text}");
    // --authfile must exist
    let r = run_stdin(
        &env,
        &["build", "--authfile=/tmp/berth-no-such-auth", "-"],
        "from scratch\n",
    );
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr()
            .contains("checking authfile: stat /tmp/berth-no-such-auth: no such file or directory"),
        "{}",
        r.stderr()
    );
    // several -f: one Containerfile; no context: the first file's directory
    let two = context(
        &env,
        "two",
        &[
            ("a", "FROM scratch\nCOPY x /x\n"),
            ("b", &format!("FROM {base}\n")),
            ("x", "X"),
        ],
    );
    let (a, b) = (two.join("a"), two.join("b"));
    let r = build(
        &env,
        &[
            "-t",
            "two",
            "-f",
            a.to_str().unwrap(),
            "-f",
            b.to_str().unwrap(),
        ],
    );
    r.assert_code(0);
    assert!(
        r.stdout().contains(&format!("STEP 3/3: FROM {base}")),
        "{}",
        r.stdout()
    );
    let r = build(
        &env,
        &["-t", "two", "-f", "nosuchfile", two.to_str().unwrap()],
    );
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr().contains("nosuchfile: no such file or directory"),
        "{}",
        r.stderr()
    );
    // a failing step in podman's words
    let bad = context(
        &env,
        "bad",
        &[("Containerfile", &format!("FROM {base}\nCOPY nothere /\n"))],
    );
    let r = build(&env, &[bad.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr()
            .contains("Error: building at STEP \"COPY nothere /\""),
        "{}",
        r.stderr()
    );
}

#[test]
fn build_ignorefile_hardlinks_xz_and_empty_steps() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-ignorefile");
    let base = image("berth-test/busybox");
    let cf = format!(
        "FROM {base}\nCOPY ./ /c/\nADD t.tar.xz /x/\nRUN true\nRUN true\nRUN cat /x/sub/inside\n"
    );
    let ctx = context(
        &env,
        "ctx",
        &[
            ("Containerfile", &cf),
            ("keep", "k"),
            ("test1", "1"),
            ("subdir1/sub1", "a"),
            ("subdir1/sub3", "b"),
            ("subdir2/sub1", "c"),
            ("sub/inside", "from-xz\n"),
        ],
    );
    std::fs::hard_link(ctx.join("keep"), ctx.join("subdir1/keep-link")).unwrap();
    let st = std::process::Command::new("tar")
        .args([
            "-C",
            ctx.to_str().unwrap(),
            "-cJf",
            ctx.join("t.tar.xz").to_str().unwrap(),
            "sub",
        ])
        .status()
        .unwrap();
    assert!(st.success());
    own(&ctx, &env);
    // buildah's rule: `!*/sub1*` alone does not open subdir2, `!subdir1/sub3*` opens subdir1
    let ign = env.dir.join("my-ignore");
    std::fs::write(
        &ign,
        "test*\nsubdir1\nsubdir2\n!*/sub1*\n!subdir1/sub3*\n!subdir1/keep*\n",
    )
    .unwrap();
    let r = build(
        &env,
        &[
            "--ignorefile",
            ign.to_str().unwrap(),
            "-t",
            "ign",
            ctx.to_str().unwrap(),
        ],
    );
    r.assert_code(0);
    // two RUN steps that change nothing (same empty layer twice) and the xz archive extracted
    assert!(r.stdout().contains("from-xz"), "{}", r.stdout());
    let r = env.ok(&[
        "run",
        "--rm",
        "ign",
        "sh",
        "-c",
        "cd /c && find . -type f | sort; stat -c %i keep subdir1/keep-link",
    ]);
    let out = r.stdout();
    let lines: Vec<&str> = out.lines().collect();
    for f in [
        "./keep",
        "./subdir1/sub1",
        "./subdir1/sub3",
        "./subdir1/keep-link",
    ] {
        assert!(lines.contains(&f), "{f} missing: {out}");
    }
    for f in ["./test1", "./subdir2/sub1"] {
        assert!(!lines.contains(&f), "{f} copied: {out}");
    }
    // hard links stay hard links
    let n = lines.len();
    assert_eq!(lines[n - 1], lines[n - 2], "{out}");
}

#[test]
fn runtime_flags_checked_as_podman() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-runtime");
    let base = image("berth-test/busybox");
    let ctx = context(
        &env,
        "ctx",
        &[("Containerfile", &format!("FROM {base}\nRUN echo hi\n"))],
    );
    let r = env.run(&["--runtime=idonotexist", "build", ctx.to_str().unwrap()]);
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr().contains("\"idonotexist\" not found"),
        "{}",
        r.stderr()
    );
    let conf = env.dir.join("containers.conf");
    std::fs::write(&conf, "[engine]\nruntime=\"idonotexist\"\n").unwrap();
    let mut c = env.cmd(&["images"]);
    let out = c.env("CONTAINERS_CONF", &conf).output().unwrap();
    assert_eq!(out.status.code(), Some(125));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"idonotexist\" not found"));
    // a runtime flag berth's runtime does not take fails the RUN step, as runc's exit 1
    let r = env.run(&[
        "--runtime-flag",
        "invalidflag",
        "build",
        "--tls-verify=false",
        ctx.to_str().unwrap(),
    ]);
    assert_eq!(r.code(), 1, "{}", r.stderr());
    assert!(r.stderr().contains("invalidflag"), "{}", r.stderr());
    // runtime flags that change nothing for berth, and a runtime podman knows, are fine
    env.ok(&[
        "--runtime",
        "runc",
        "--runtime-flag",
        "debug",
        "build",
        "--tls-verify=false",
        ctx.to_str().unwrap(),
    ]);
}

#[test]
fn volumes_from_and_http_proxy() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("build-volfrom");
    let base = image("berth-test/busybox");
    env.pull("berth-test/busybox").assert_code(0);
    env.ok(&[
        "run",
        "--name",
        "src",
        "-v",
        "/data",
        &base,
        "sh",
        "-c",
        "echo shared > /data/f",
    ]);
    let r = env.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        &base,
        "cat",
        "/data/f",
    ]);
    assert_eq!(r.stdout(), "shared\n");
    // :ro makes them read-only; the other container's anonymous volume survives --rm
    let r = env.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "src:ro",
        &base,
        "sh",
        "-c",
        "echo x > /data/g",
    ]);
    assert_ne!(r.code(), 0);
    env.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src",
        &base,
        "cat",
        "/data/f",
    ]);
    let r = env.run(&["run", "--rm", "--volumes-from", "nosuch", &base, "true"]);
    assert_eq!(r.code(), 125);
    assert!(
        r.stderr()
            .contains("no container with name or ID \"nosuch\" found"),
        "{}",
        r.stderr()
    );
    // --http-proxy (default): the host's proxy variables, under the explicit ones
    let mut c = env.cmd(&[
        "run",
        "--rm",
        "-e",
        "https_proxy=explicit",
        &base,
        "sh",
        "-c",
        "echo $ftp_proxy $https_proxy",
    ]);
    let out = c
        .env("ftp_proxy", "from-host")
        .env("https_proxy", "host-https")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "from-host explicit\n");
    let mut c = env.cmd(&[
        "run",
        "--rm",
        "--http-proxy=false",
        &base,
        "sh",
        "-c",
        "echo x$ftp_proxy",
    ]);
    let out = c.env("ftp_proxy", "from-host").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "x\n");
}
