//! Images to and from files: `save` (docker-archive, oci-archive, -m), `load` (either kind,
//! several images, garbage, hostile entries), `import` (a rootfs tarball with -c) and
//! `history`; with podman, when it is installed, loading what berth saves and the other way.

mod common;
use common::*;
use std::io::Write;
use std::os::unix::fs::chown;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn s(p: &Path) -> String {
    p.display().to_string()
}

fn own(env: &TestEnv, p: &Path) {
    chown(p, Some(env.user.uid), Some(env.user.gid)).unwrap();
}

/// The full ID of a local image.
fn id_of(env: &TestEnv, name: &str) -> String {
    env.ok(&["images", "--no-trunc", "--format", "{{.Id}}", name])
        .stdout()
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

/// berth reading `stdin` from a file.
fn run_with_stdin(env: &TestEnv, args: &[&str], stdin: &Path) -> Run {
    let out = env
        .cmd(args)
        .stdin(std::fs::File::open(stdin).unwrap())
        .output()
        .unwrap();
    Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        out,
    }
}

#[test]
fn save_and_load_in_a_fresh_store_keep_the_id_and_run() {
    if !integration() {
        return;
    }
    let a = TestEnv::new("save-a");
    let b = TestEnv::new("save-b");
    a.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let file = a.dir.join("busybox.tar");
    a.ok(&["save", "-o", &s(&file), &img]);
    // podman's docker-archive layout: manifest.json, repositories, <diffid>.tar, <id>.json
    let listing = Command::new("tar").arg("tf").arg(&file).output().unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
    let id = image_id("berth-test/busybox");
    for want in [
        "manifest.json".to_string(),
        "repositories".to_string(),
        format!("{id}.json"),
    ] {
        assert!(listing.lines().any(|l| l == want), "{want} in\n{listing}");
    }
    let diff = images_json()["berth-test/busybox"]["diff_ids"][0]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    assert!(
        listing.lines().any(|l| l == format!("{diff}.tar")),
        "{listing}"
    );

    let r = b.ok(&["load", "-i", &s(&file)]);
    assert_eq!(r.stdout(), format!("Loaded image: {img}\n"));
    assert_eq!(id_of(&b, &img), id);
    let r = b.ok(&["run", "--rm", &img, "echo", "loaded-ok"]);
    assert_eq!(r.stdout().trim(), "loaded-ok");

    // stdin, and `image load -q`
    let c = TestEnv::new("save-c");
    run_with_stdin(&c, &["image", "load", "-q"], &file).assert_code(0);
    assert_eq!(id_of(&c, &img), id);
}

#[test]
fn save_to_a_terminal_or_with_a_bad_format_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("save-bad");
    env.pull("berth-test/busybox");
    let r = env.run(&[
        "save",
        "--format",
        "zip",
        "-o",
        "x",
        &image("berth-test/busybox"),
    ]);
    r.assert_code(125);
    assert!(r.stderr().contains("unknown format"), "{}", r.stderr());
    let r = env.run(&["save", "-o", "x", "nosuchimage"]);
    r.assert_code(125);
}

#[test]
fn multi_image_archive_loads_both() {
    if !integration() {
        return;
    }
    let a = TestEnv::new("multi-a");
    let b = TestEnv::new("multi-b");
    a.pull("berth-test/busybox");
    a.pull("berth-test/layered");
    let file = a.dir.join("two.tar");
    let one = image("berth-test/busybox");
    let two = image("berth-test/layered");
    a.ok(&["save", "-m", "-o", &s(&file), &one, &two]);
    let r = b.ok(&["load", "-i", &s(&file)]);
    assert_eq!(
        r.stdout(),
        format!("Loaded image: {one}\nLoaded image: {two}\n")
    );
    assert_eq!(id_of(&b, &one), image_id("berth-test/busybox"));
    assert_eq!(id_of(&b, &two), image_id("berth-test/layered"));
    // the layered image's files came through (a whiteout, an opaque dir, owners)
    let r = b.ok(&[
        "run",
        "--rm",
        &two,
        "sh",
        "-c",
        "ls /data | sort | tr '\\n' ' '",
    ]);
    assert!(!r.stdout().contains("to-be-deleted"), "{}", r.stdout());
}

#[test]
fn oci_archive_round_trip() {
    if !integration() {
        return;
    }
    let a = TestEnv::new("oci-a");
    let b = TestEnv::new("oci-b");
    a.pull("berth-test/layered");
    let img = image("berth-test/layered");
    let file = a.dir.join("l.oci.tar");
    a.ok(&[
        "image",
        "save",
        "--format",
        "oci-archive",
        "-o",
        &s(&file),
        &img,
    ]);
    let listing = Command::new("tar").arg("tf").arg(&file).output().unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
    assert!(listing.lines().any(|l| l == "oci-layout"), "{listing}");
    assert!(listing.lines().any(|l| l == "index.json"), "{listing}");
    let index = Command::new("tar")
        .arg("xOf")
        .arg(&file)
        .arg("index.json")
        .output()
        .unwrap();
    let index: serde_json::Value = serde_json::from_slice(&index.stdout).unwrap();
    assert_eq!(
        index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"],
        img.as_str()
    );
    let r = b.ok(&["load", "-i", &s(&file)]);
    assert_eq!(r.stdout(), format!("Loaded image: {img}\n"));
    assert_eq!(id_of(&b, &img), image_id("berth-test/layered"));
    b.ok(&["run", "--rm", &img, "true"]);

    // --uncompressed: the layer blobs are plain tars
    let plain = a.dir.join("plain.oci.tar");
    a.ok(&[
        "save",
        "--format",
        "oci-archive",
        "--uncompressed",
        "-o",
        &s(&plain),
        &img,
    ]);
    let d = TestEnv::new("oci-d");
    d.ok(&["load", "-i", &s(&plain)]);
    assert_eq!(id_of(&d, &img), image_id("berth-test/layered"));

    // saved by ID: no name, the same ID back
    let byid = a.dir.join("byid.tar");
    let id = image_id("berth-test/layered");
    a.ok(&["save", "-o", &s(&byid), &id[..12]]);
    let e = TestEnv::new("oci-e");
    let r = e.ok(&["load", "-i", &s(&byid)]);
    assert_eq!(r.stdout(), format!("Loaded image: sha256:{id}\n"));
    e.ok(&["run", "--rm", &id, "true"]);

    // a gzip-compressed archive loads too
    let gz = a.dir.join("l.oci.tar.gz");
    let st = Command::new("sh")
        .arg("-c")
        .arg(format!("gzip -c {} > {}", s(&file), s(&gz)))
        .status()
        .unwrap();
    assert!(st.success());
    own(&a, &gz);
    let c = TestEnv::new("oci-c");
    c.ok(&["load", "-i", &s(&gz)]);
    assert_eq!(id_of(&c, &img), image_id("berth-test/layered"));
}

#[test]
fn garbage_to_load_fails_with_podmans_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("load-garbage");
    let junk = env.dir.join("junk");
    let mut bytes = Vec::new();
    for i in 0..4096u32 {
        bytes.push((i.wrapping_mul(2654435761) >> 13) as u8);
    }
    std::fs::write(&junk, &bytes).unwrap();
    let r = run_with_stdin(&env, &["load"], &junk);
    r.assert_code(125);
    assert!(
        r.stderr().starts_with(
            "Error: payload does not match any of the supported image formats:\n * oci-archive: "
        ),
        "{}",
        r.stderr()
    );
    let text = env.dir.join("text");
    std::fs::write(&text, "hello\n").unwrap();
    env.run(&["load", "-i", &s(&text)]).assert_code(125);
    env.run(&["load", "-i", "/nonexistent/file"])
        .assert_code(125);
    // nothing half-made stays behind
    assert!(
        env.tmp_entries().iter().all(|e| !e.starts_with("load")),
        "{:?}",
        env.tmp_entries()
    );
}

/// A tar with one raw entry name (the tar crate refuses to write `..` itself).
fn raw_tar(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in entries {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        let raw = &mut h.as_old_mut().name;
        raw.fill(0);
        raw[..name.len()].copy_from_slice(name.as_bytes());
        h.set_cksum();
        out.extend_from_slice(h.as_bytes());
        out.extend_from_slice(data);
        let pad = (512 - data.len() % 512) % 512;
        out.extend(std::iter::repeat_n(0u8, pad));
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

#[test]
fn hostile_archive_entry_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("load-hostile");
    let file = env.dir.join("evil.tar");
    let bytes = raw_tar(&[
        ("../../../evil-from-archive", b"pwned"),
        ("manifest.json", b"[]"),
    ]);
    std::fs::write(&file, bytes).unwrap();
    let r = env.run(&["load", "-i", &s(&file)]);
    r.assert_code(125);
    assert!(r.stderr().contains("hostile"), "{}", r.stderr());
    // a layer that is a symlink out of the archive
    let link = env.dir.join("evil-link.tar");
    let mut bytes = {
        let mut h = tar::Header::new_ustar();
        h.set_size(0);
        h.set_mode(0o777);
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_path("x/layer.tar").unwrap();
        let raw = &mut h.as_old_mut().linkname;
        let target = b"../../../../etc/passwd";
        raw.fill(0);
        raw[..target.len()].copy_from_slice(target);
        h.set_cksum();
        h.as_bytes().to_vec()
    };
    let cfg = br#"{"rootfs":{"type":"layers","diff_ids":["sha256:0000000000000000000000000000000000000000000000000000000000000000"]}}"#;
    let rest = raw_tar(&[
        ("c.json", cfg),
        (
            "manifest.json",
            br#"[{"Config":"c.json","RepoTags":[],"Layers":["x/layer.tar"]}]"#,
        ),
    ]);
    bytes.extend_from_slice(&rest);
    std::fs::write(&link, bytes).unwrap();
    let r = env.run(&["load", "-i", &s(&link)]);
    r.assert_code(125);
    assert!(r.stderr().contains("hostile"), "{}", r.stderr());

    for dir in [
        env.store().join("tmp"),
        env.store(),
        env.data.clone(),
        env.dir.clone(),
    ] {
        let mut p = dir.clone();
        for _ in 0..3 {
            assert!(!p.join("evil-from-archive").exists(), "{}", s(&p));
            p.pop();
        }
    }
}

/// A busybox rootfs tarball: the busybox image's layer, exported from a container.
fn busybox_rootfs(env: &TestEnv) -> PathBuf {
    env.pull("berth-test/busybox");
    env.ok(&["create", "--name", "src", &image("berth-test/busybox")]);
    let file = env.dir.join("rootfs.tar");
    env.ok(&["export", "-o", &s(&file), "src"]);
    file
}

#[test]
fn import_a_rootfs_with_changes_runs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("import");
    let rootfs = busybox_rootfs(&env);
    let r = env.ok(&[
        "import",
        "-c",
        r#"CMD ["echo","imported-ok"]"#,
        "-c",
        "ENV GREETING=hi",
        "-c",
        "WORKDIR /tmp",
        "-m",
        "from a test",
        &s(&rootfs),
        "imported:1",
    ]);
    let out = r.stdout();
    let id = out.trim().strip_prefix("sha256:").unwrap_or("");
    assert_eq!(id.len(), 64, "{out}");
    assert_eq!(id_of(&env, "localhost/imported:1"), id);
    let r = env.ok(&["run", "--rm", "imported:1"]);
    assert_eq!(r.stdout().trim(), "imported-ok");
    let r = env.ok(&[
        "run",
        "--rm",
        "imported:1",
        "sh",
        "-c",
        "echo $GREETING $(pwd)",
    ]);
    assert_eq!(r.stdout().trim(), "hi /tmp");
    let r = env.ok(&[
        "history",
        "--format",
        "{{.Comment}}|{{.CreatedBy}}",
        "imported:1",
    ]);
    assert!(
        r.stdout()
            .starts_with("from a test|/bin/sh -c #(nop) ADD file:"),
        "{}",
        r.stdout()
    );

    // compressed, from stdin, no name
    let gz = env.dir.join("rootfs.tar.gz");
    let st = Command::new("sh")
        .arg("-c")
        .arg(format!("gzip -c {} > {}", s(&rootfs), s(&gz)))
        .status()
        .unwrap();
    assert!(st.success());
    let r = run_with_stdin(&env, &["image", "import", "-"], &gz);
    r.assert_code(0);
    let id2 = r.stdout().trim().trim_start_matches("sha256:").to_string();
    let r = env.ok(&["run", "--rm", &id2, "echo", "gz-ok"]);
    assert_eq!(r.stdout().trim(), "gz-ok");

    let r = env.run(&["import", "-c", "RUN ls", &s(&rootfs)]);
    r.assert_code(125);
    assert!(r.stderr().contains("invalid instruction"), "{}", r.stderr());
}

#[test]
fn history_shows_the_layers() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("history");
    env.pull("berth-test/layered");
    let img = image("berth-test/layered");
    let r = env.ok(&["history", &img]);
    let text = r.stdout();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("ID ")
            && lines[0].contains("CREATED BY")
            && lines[0].contains("COMMENT"),
        "{}",
        r.stdout()
    );
    let n = images_json()["berth-test/layered"]["diff_ids"]
        .as_array()
        .unwrap()
        .len();
    assert!(lines.len() > n, "{}", r.stdout());
    let id = image_id("berth-test/layered");
    assert!(lines[1].starts_with(&id[..12]), "{}", r.stdout());
    assert!(
        lines[2..].iter().all(|l| l.starts_with("<missing>")),
        "{}",
        r.stdout()
    );
    assert!(lines.last().unwrap().contains("2.05 MB"), "{}", r.stdout());

    let q = env.ok(&["image", "history", "-q", "--no-trunc", &img]);
    assert_eq!(q.stdout().lines().next().unwrap(), id);

    let j = env.ok(&["history", "--format", "json", &img]);
    let v: serde_json::Value = serde_json::from_str(&j.stdout()).unwrap();
    let total: u64 = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["size"].as_u64().unwrap())
        .sum();
    assert!(total >= 2_048_000, "{}", j.stdout());
    let r = env.ok(&["history", "-H=false", "--format", "{{.Created}}", &img]);
    assert!(
        r.stdout().lines().all(|l| l.ends_with('Z')),
        "{}",
        r.stdout()
    );
}

// ---- with podman ----

fn podman_present() -> bool {
    Command::new("podman")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// podman wants a runroot of at most 50 characters: one in /tmp per test env.
fn podman_runroot(env: &TestEnv) -> PathBuf {
    let name = env.dir.file_name().unwrap().to_string_lossy().into_owned();
    let tail: Vec<&str> = name.rsplit('-').take(2).collect();
    PathBuf::from(format!("/tmp/bpm-{}", tail.join("-")))
}

/// podman as the test user, with a store of its own in the test dir.
fn podman(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let u = env.user;
    let root = env.dir.join("podman-root");
    let runroot = podman_runroot(env);
    if !runroot.exists() {
        std::fs::create_dir(&runroot).unwrap();
        own(env, &runroot);
    }
    Command::new("podman")
        .arg("--root")
        .arg(&root)
        .arg("--runroot")
        .arg(&runroot)
        .arg("--runtime")
        .arg("runc")
        .args(args)
        .env_clear()
        .env("HOME", &env.home)
        .env("USER", &u.name)
        .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
        .env("XDG_RUNTIME_DIR", &env.runtime)
        .env("XDG_CONFIG_HOME", &env.config)
        .env("XDG_DATA_HOME", &env.data)
        .current_dir(&env.dir)
        .stdin(Stdio::null())
        .uid(u.uid)
        .gid(u.gid)
        .output()
        .unwrap()
}

fn podman_ok(env: &TestEnv, args: &[&str]) -> String {
    let out = podman(env, args);
    assert!(
        out.status.success(),
        "podman {args:?}: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn podman_loads_what_berth_saves_and_the_other_way() {
    if !integration() || !podman_present() {
        return;
    }
    let env = TestEnv::new("podman-interop");
    env.pull("berth-test/layered");
    let img = image("berth-test/layered");
    let file = env.dir.join("from-berth.tar");
    env.ok(&["save", "-o", &s(&file), &img]);
    let out = podman_ok(&env, &["load", "-i", &s(&file)]);
    assert!(out.contains(&format!("Loaded image: {img}")), "{out}");
    let ids = podman_ok(&env, &["images", "--no-trunc", "--format", "{{.ID}}", &img]);
    assert!(ids.contains(&image_id("berth-test/layered")), "{ids}");
    let out = podman_ok(&env, &["run", "--rm", &img, "echo", "podman-runs-berths"]);
    assert_eq!(out.trim(), "podman-runs-berths");

    // podman's save of an image of its own loads in berth
    podman_ok(&env, &["tag", &img, "localhost/from-podman:1"]);
    let back = env.dir.join("from-podman.tar");
    podman_ok(&env, &["save", "-o", &s(&back), "localhost/from-podman:1"]);
    let fresh = TestEnv::new("podman-interop-b");
    let r = fresh.ok(&["load", "-i", &s(&back)]);
    assert_eq!(r.stdout(), "Loaded image: localhost/from-podman:1\n");
    assert_eq!(
        id_of(&fresh, "localhost/from-podman:1"),
        image_id("berth-test/layered")
    );
    let r = fresh.ok(&[
        "run",
        "--rm",
        "localhost/from-podman:1",
        "echo",
        "berth-runs-podmans",
    ]);
    assert_eq!(r.stdout().trim(), "berth-runs-podmans");

    // and podman's oci-archive
    let oci = env.dir.join("from-podman.oci.tar");
    podman_ok(
        &env,
        &[
            "save",
            "--format",
            "oci-archive",
            "-o",
            &s(&oci),
            "localhost/from-podman:1",
        ],
    );
    let third = TestEnv::new("podman-interop-c");
    third.ok(&["load", "-i", &s(&oci)]);
    // podman writes the config anew for OCI: the ID is that config's digest
    let member = |name: &str| -> serde_json::Value {
        let out = Command::new("tar")
            .arg("xOf")
            .arg(&oci)
            .arg(name)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let index = member("index.json");
    let m = index["manifests"][0]["digest"]
        .as_str()
        .unwrap()
        .replace(':', "/");
    let manifest = member(&format!("blobs/{m}"));
    let config = manifest["config"]["digest"].as_str().unwrap();
    assert_eq!(
        format!("sha256:{}", id_of(&third, "localhost/from-podman:1")),
        config
    );
    third.ok(&["run", "--rm", "localhost/from-podman:1", "true"]);
    for e in [&env, &fresh, &third] {
        let _ = podman(e, &["system", "reset", "-f"]);
        let _ = std::fs::remove_dir_all(podman_runroot(e));
    }
    let _ = std::io::stderr().flush();
}

/// A one-file HTTP server on the loopback (any path gets the file); its URL.
fn serve(file: &Path) -> String {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let data = std::fs::read(file).unwrap();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match c.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                data.len()
            );
            let _ = c.write_all(head.as_bytes());
            let _ = c.write_all(&data);
        }
    });
    format!("http://127.0.0.1:{port}/image.tar")
}

#[test]
fn load_and_import_from_a_url() {
    if !integration() {
        return;
    }
    let a = TestEnv::new("url-a");
    a.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let file = a.dir.join("busybox.tar");
    a.ok(&["save", "-o", &s(&file), &img]);
    let b = TestEnv::new("url-b");
    let r = b.ok(&["load", "-i", &serve(&file)]);
    assert_eq!(r.stdout(), format!("Loaded image: {img}\n"));
    assert_eq!(id_of(&b, &img), image_id("berth-test/busybox"));

    let rootfs = busybox_rootfs(&a);
    let r = b.ok(&[
        "import",
        "-c",
        "CMD echo from-url",
        &serve(&rootfs),
        "fromurl",
    ]);
    assert!(r.stdout().starts_with("sha256:"), "{}", r.stdout());
    let r = b.ok(&["run", "--rm", "fromurl"]);
    assert_eq!(r.stdout().trim(), "from-url");
}
