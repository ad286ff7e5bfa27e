//! Fidelity, with Debian's podman as the reference: the same Containerfile built by podman and
//! by berth gives the same files (path, type, mode, owner, content; not mtimes) and the same
//! config; what one pushes to the loopback registry the other pulls and runs; what one saves
//! (docker-archive and oci-archive) the other loads and runs.

mod common;
use common::podman::Podman;
use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

fn write(p: &Path, text: &str, mode: u32) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn tar_of(dir: &Path, out: &str, args: &[&str]) {
    let st = Command::new("tar")
        .current_dir(dir)
        .args(["--numeric-owner", "--owner=0", "--group=0"])
        .args(args)
        .arg("-f")
        .arg(out)
        .arg("--")
        .arg(".")
        .status()
        .unwrap();
    assert!(st.success());
}

/// A context that exercises most instructions: two stages, RUN with modes, owners, symlinks,
/// deletions (whiteouts) and a replaced directory (opaque), COPY with --from, --chown (names
/// from the image's /etc/passwd), --chmod, a 0750 directory, a symlink and a hard link, ADD of
/// a tar and a tar.gz, WORKDIR made for a USER, and every config instruction.
fn rich_context(env: &TestEnv) -> PathBuf {
    let base = image("berth-test/busybox");
    let ctx = env.dir.join("rich");
    let cf = format!(
        r#"ARG BASE={base}
FROM $BASE AS first
RUN mkdir -p /out && echo built > /out/artifact && chmod 751 /out/artifact

FROM $BASE
ARG VER=3
ENV PATH=/opt/bin:$PATH VER=$VER GREETING="hello world"
RUN rm -rf /etc/motd /tmp && mkdir -m 1777 /tmp && echo owned > /tmp/x && chown 12:34 /tmp/x && chmod 640 /tmp/x && ln -s x /tmp/l && mkdir -m 0711 /tmp/d && echo 'fid:x:1234:2345::/home/fid:/bin/sh' >> /etc/passwd && echo 'fidg:x:2345:' >> /etc/group
COPY --from=first /out/artifact /opt/bin/
COPY --chown=fid:fidg tree /srv/tree/
COPY --chown=5:6 --chmod=600 a.txt /srv/a
ADD t.tar /added/
ADD g.tar.gz /srv/
WORKDIR /srv/work
USER fid
RUN echo mine > mine && mkdir -p sub && touch sub/empty
USER root
RUN rm /srv/tree/sub/two && rm -rf /srv/gz && mkdir /srv/gz && echo new > /srv/gz/n
SHELL ["/bin/sh", "-ec"]
RUN echo "$VER" > /ver
WORKDIR /deep/a/b
COPY a.txt .
USER 1234:2345
WORKDIR /deep2/x
RUN touch y
LABEL version=$VER x=y z="a b"
EXPOSE 80 53/udp
VOLUME /v /data
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=5s --timeout=3s --retries=2 CMD test -f /ver
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["echo $GREETING from $(cat /ver)"]
"#
    );
    write(&ctx.join("Containerfile"), &cf, 0o644);
    write(&ctx.join("a.txt"), "a\n", 0o644);
    write(&ctx.join("tree/one"), "one\n", 0o755);
    write(&ctx.join("tree/sub/two"), "two\n", 0o600);
    std::fs::set_permissions(ctx.join("tree/sub"), std::fs::Permissions::from_mode(0o750)).unwrap();
    std::fs::create_dir_all(ctx.join("tree/empty")).unwrap();
    std::os::unix::fs::symlink("one", ctx.join("tree/link")).unwrap();
    std::fs::hard_link(ctx.join("tree/one"), ctx.join("tree/hard")).unwrap();
    let staging = env.dir.join("staging");
    write(&staging.join("plain/sub/y"), "y\n", 0o640);
    write(&staging.join("gz/gz/g"), "g\n", 0o644);
    tar_of(&staging.join("plain"), &s(&ctx.join("t.tar")), &["-c"]);
    tar_of(&staging.join("gz"), &s(&ctx.join("g.tar.gz")), &["-cz"]);
    give_to_user(&ctx, env);
    ctx
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    kind: char,
    mode: u32,
    uid: u64,
    gid: u64,
    /// a file's content (sha256), a symlink's target
    content: String,
}

/// The files of an image as its layers stack up, from a docker-archive (whiteouts and opaque
/// directories applied); hard links as the file they name, and the groups of names that are
/// one file.
struct Rootfs {
    files: BTreeMap<String, Entry>,
    links: BTreeSet<(String, String)>,
    config: serde_json::Value,
}

fn members(archive: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut a = tar::Archive::new(std::fs::File::open(archive).unwrap());
    let mut out = BTreeMap::new();
    for e in a.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        let mut b = Vec::new();
        e.read_to_end(&mut b).unwrap();
        out.insert(name.trim_start_matches("./").to_string(), b);
    }
    out
}

fn layer_reader(b: &[u8]) -> Box<dyn Read + '_> {
    match b {
        [0x1f, 0x8b, ..] => Box::new(flate2::read::GzDecoder::new(b)),
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Box::new(zstd::Decoder::new(b).unwrap()),
        _ => Box::new(b),
    }
}

fn rootfs(archive: &Path) -> Rootfs {
    use sha2::Digest;
    let m = members(archive);
    let manifest: serde_json::Value = serde_json::from_slice(&m["manifest.json"]).unwrap();
    let config: serde_json::Value =
        serde_json::from_slice(&m[manifest[0]["Config"].as_str().unwrap()]).unwrap();
    let mut files: BTreeMap<String, Entry> = BTreeMap::new();
    let mut links = BTreeSet::new();
    for l in manifest[0]["Layers"].as_array().unwrap() {
        let blob = &m[l.as_str().unwrap()];
        let mut t = tar::Archive::new(layer_reader(blob));
        for e in t.entries().unwrap() {
            let mut e = e.unwrap();
            let raw = e.path().unwrap().to_string_lossy().into_owned();
            let p = format!("/{}", raw.trim_start_matches("./").trim_matches('/'));
            if p == "/" {
                continue;
            }
            let (dir, base) = p.rsplit_once('/').unwrap();
            let under = |k: &str, d: &str| k.starts_with(&format!("{d}/"));
            if base == ".wh..wh..opq" {
                files.retain(|k, _| !under(k, dir));
                continue;
            }
            if let Some(gone) = base.strip_prefix(".wh.") {
                let gone = format!("{dir}/{gone}");
                files.retain(|k, _| *k != gone && !under(k, &gone));
                continue;
            }
            let h = e.header().clone();
            let (kind, content) = match h.entry_type() {
                tar::EntryType::Directory => ('d', String::new()),
                tar::EntryType::Symlink => (
                    'l',
                    e.link_name()
                        .unwrap()
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                ),
                tar::EntryType::Link => {
                    let t = e
                        .link_name()
                        .unwrap()
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    let t = format!("/{}", t.trim_start_matches("./").trim_start_matches('/'));
                    let target = files.get(&t).cloned().expect("hard link to a known file");
                    let pair = if t < p {
                        (t, p.clone())
                    } else {
                        (p.clone(), t)
                    };
                    links.insert(pair);
                    files.insert(p, target);
                    continue;
                }
                tar::EntryType::Char => ('c', String::new()),
                _ => {
                    let mut b = Vec::new();
                    e.read_to_end(&mut b).unwrap();
                    ('f', hex(&sha2::Sha256::digest(&b)))
                }
            };
            files.retain(|k, _| *k != p && !(kind != 'd' && under(k, &p)));
            files.insert(
                p,
                Entry {
                    kind,
                    mode: h.mode().unwrap() & 0o7777,
                    uid: h.uid().unwrap(),
                    gid: h.gid().unwrap(),
                    content,
                },
            );
        }
    }
    Rootfs {
        files,
        links,
        config,
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The config fields the issue names; empty lists and maps are the same as absent, and
/// buildah's own version label is podman's alone.
fn config_fields(c: &serde_json::Value) -> BTreeMap<&'static str, serde_json::Value> {
    let mut out = BTreeMap::new();
    for f in [
        "Env",
        "Cmd",
        "Entrypoint",
        "WorkingDir",
        "User",
        "Labels",
        "ExposedPorts",
        "Volumes",
        "StopSignal",
        "Healthcheck",
    ] {
        let mut v = c["config"][f].clone();
        if let Some(o) = v.as_object_mut() {
            o.remove("io.buildah.version");
        }
        let empty = v.is_null()
            || v.as_array().is_some_and(|a| a.is_empty())
            || v.as_object().is_some_and(|o| o.is_empty())
            || v.as_str().is_some_and(|s| s.is_empty());
        if !empty {
            out.insert(f, v);
        }
    }
    out
}

/// What differs between podman's and berth's file trees, one line each. The empty files
/// buildah leaves in a RUN's layer where it bound /etc/hosts, /etc/hostname and
/// /etc/resolv.conf (when the image has none) are podman's alone: berth leaves no
/// mount points behind.
fn file_differences(p: &Rootfs, b: &Rootfs) -> Vec<String> {
    let mountpoint = |k: &str, e: &Entry| {
        ["/etc/hosts", "/etc/hostname", "/etc/resolv.conf"].contains(&k)
            && e.kind == 'f'
            && e.content == hex(&<sha2::Sha256 as sha2::Digest>::digest(b""))
    };
    let keys: BTreeSet<&String> = p.files.keys().chain(b.files.keys()).collect();
    let mut out = Vec::new();
    for k in keys {
        match (p.files.get(k), b.files.get(k)) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), None) if mountpoint(k, x) => {}
            (x, y) => out.push(format!("{k}: podman {x:?}, berth {y:?}")),
        }
    }
    if p.links != b.links {
        out.push(format!(
            "hard links: podman {:?}, berth {:?}",
            p.links, b.links
        ));
    }
    out
}

#[test]
fn the_same_containerfile_gives_the_same_files_and_config() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("fid-build");
    let Some(podman) = Podman::new(&env) else {
        return;
    };
    let ctx = s(&rich_context(&env));
    let common = ["--format", "docker", "--tls-verify=false", "-t", "fid/rich"];
    let mut a = vec!["build"];
    a.extend(common);
    a.push(&ctx);
    podman.ok(&a);
    env.ok(&a);

    let pa = env.dir.join("podman.tar");
    let ba = env.dir.join("berth.tar");
    podman.ok(&[
        "save",
        "--format",
        "docker-archive",
        "-o",
        &s(&pa),
        "fid/rich",
    ]);
    env.ok(&[
        "save",
        "--format",
        "docker-archive",
        "-o",
        &s(&ba),
        "fid/rich",
    ]);
    let p = rootfs(&pa);
    let b = rootfs(&ba);
    // the listing is not trivially empty: what the steps made is there
    for (path, kind, mode, uid, gid) in [
        ("/srv/tree", 'd', 0o755, 1234, 2345),
        ("/srv/tree/sub", 'd', 0o750, 1234, 2345),
        ("/srv/work", 'd', 0o755, 1234, 2345),
        ("/srv/work/mine", 'f', 0o644, 1234, 2345),
        ("/srv/a", 'f', 0o600, 5, 6),
        ("/tmp", 'd', 0o1777, 0, 0),
        ("/tmp/x", 'f', 0o640, 12, 34),
        ("/deep2/x/y", 'f', 0o644, 1234, 2345),
    ] {
        let e = b
            .files
            .get(path)
            .unwrap_or_else(|| panic!("{path} in berth's image"));
        assert_eq!(
            (e.kind, e.mode, e.uid, e.gid),
            (kind, mode, uid, gid),
            "{path}"
        );
    }
    assert!(
        !b.files.contains_key("/srv/tree/sub/two"),
        "whiteout applied"
    );
    let diff = file_differences(&p, &b);
    assert!(diff.is_empty(), "files differ:\n{}", diff.join("\n"));
    assert_eq!(config_fields(&p.config), config_fields(&b.config));
    assert!(config_fields(&b.config).contains_key("Healthcheck"));

    // and the two images run alike, each in its own tool
    let out_p = podman.ok(&["run", "--rm", "fid/rich"]).stdout();
    let out_b = env.ok(&["run", "--rm", "fid/rich"]).stdout();
    assert_eq!(out_b, "hello world from 3\n");
    assert_eq!(out_p, out_b);
}

/// A small image each tool builds: its file and its command say who built it.
fn small_context(env: &TestEnv, who: &str) -> String {
    let base = image("berth-test/busybox");
    let ctx = env.dir.join(format!("small-{who}"));
    write(
        &ctx.join("Containerfile"),
        &format!(
            "FROM {base}\nCOPY --chmod=0640 who /who\nRUN echo run-by-{who} > /ran\nENV WHO={who}\nCMD [\"sh\", \"-c\", \"echo $WHO $(cat /who /ran)\"]\n"
        ),
        0o644,
    );
    write(&ctx.join("who"), &format!("{who}-file\n"), 0o644);
    give_to_user(&ctx, env);
    s(&ctx)
}

#[test]
fn each_runs_what_the_other_pushed() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("fid-push");
    let Some(podman) = Podman::new(&env) else {
        return;
    };
    let reg = registry();
    let run = std::process::id();
    let expected = |who: &str| format!("{who} {who}-file run-by-{who}\n");

    // berth builds and pushes; podman pulls and runs it, with berth's config
    let dest = format!("{reg}/fidelity-{run}/from-berth:v1");
    env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        &dest,
        &small_context(&env, "berth"),
    ]);
    env.ok(&["push", "--tls-verify=false", &dest]);
    podman.ok(&["pull", "-q", "--tls-verify=false", &dest]);
    assert_eq!(
        podman.ok(&["run", "--rm", &dest]).stdout(),
        expected("berth")
    );
    let id_b = env
        .ok(&["image", "inspect", "--format", "{{.Id}}", &dest])
        .stdout();
    let id_p = podman
        .ok(&["image", "inspect", "--format", "{{.Id}}", &dest])
        .stdout();
    assert_eq!(
        id_b.trim(),
        id_p.trim(),
        "the image ID survives the registry"
    );

    // podman builds and pushes; a fresh berth store pulls and runs it
    let dest = format!("{reg}/fidelity-{run}/from-podman:v1");
    podman.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        &dest,
        &small_context(&env, "podman"),
    ]);
    podman.ok(&["push", "--tls-verify=false", &dest]);
    let fresh = TestEnv::new("fid-push-b");
    fresh.ok(&["pull", "-q", "--tls-verify=false", &dest]);
    assert_eq!(
        fresh.ok(&["run", "--rm", &dest]).stdout(),
        expected("podman")
    );
    let id_p = podman
        .ok(&["image", "inspect", "--format", "{{.Id}}", &dest])
        .stdout();
    let id_b = fresh
        .ok(&["image", "inspect", "--format", "{{.Id}}", &dest])
        .stdout();
    assert_eq!(id_b.trim(), id_p.trim());
    let r = fresh.ok(&["run", "--rm", &dest, "stat", "-c", "%a %u", "/who"]);
    assert_eq!(r.stdout(), "640 0\n");
}

#[test]
fn each_loads_what_the_other_saved() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("fid-save");
    let Some(podman) = Podman::new(&env) else {
        return;
    };
    let expected = |who: &str| format!("{who} {who}-file run-by-{who}\n");
    env.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "fid/from-berth",
        &small_context(&env, "berth"),
    ]);
    podman.ok(&[
        "build",
        "--tls-verify=false",
        "-t",
        "fid/from-podman",
        &small_context(&env, "podman"),
    ]);
    for format in ["docker-archive", "oci-archive"] {
        // berth's archive into podman
        let file = env.dir.join(format!("berth-{format}.tar"));
        env.ok(&[
            "save",
            "--format",
            format,
            "-o",
            &s(&file),
            "fid/from-berth",
        ]);
        podman.ok(&["rmi", "-f", "fid/from-berth"]);
        let _ = podman.run(&["rmi", "-f", "localhost/fid/from-berth:latest"]);
        let out = podman.ok(&["load", "-i", &s(&file)]).stdout();
        assert!(out.contains("fid/from-berth"), "{format}: {out}");
        assert_eq!(
            podman
                .ok(&["run", "--rm", "localhost/fid/from-berth:latest"])
                .stdout(),
            expected("berth"),
            "{format}"
        );
        // podman's archive into a fresh berth store
        let file = env.dir.join(format!("podman-{format}.tar"));
        podman.ok(&[
            "save",
            "--format",
            format,
            "-o",
            &s(&file),
            "fid/from-podman",
        ]);
        let fresh = TestEnv::new("fid-save-b");
        let out = fresh.ok(&["load", "-i", &s(&file)]).stdout();
        assert!(out.contains("fid/from-podman"), "{format}: {out}");
        assert_eq!(
            fresh
                .ok(&["run", "--rm", "localhost/fid/from-podman:latest"])
                .stdout(),
            expected("podman"),
            "{format}"
        );
        if format == "docker-archive" {
            let id_p = podman
                .ok(&["image", "inspect", "--format", "{{.Id}}", "fid/from-podman"])
                .stdout();
            let id_b = fresh
                .ok(&[
                    "image",
                    "inspect",
                    "--format",
                    "{{.Id}}",
                    "localhost/fid/from-podman:latest",
                ])
                .stdout();
            assert_eq!(
                id_b.trim(),
                id_p.trim(),
                "a docker-archive keeps the image ID"
            );
        }
    }
}

#[test]
fn image_tree_prints_what_podman_prints() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("fid-tree");
    let Some(podman) = Podman::new(&env) else {
        return;
    };
    let busybox = image("berth-test/busybox");
    let layered = image("berth-test/layered");
    for i in [&busybox, &layered] {
        env.ok(&["pull", "-q", "--tls-verify=false", i]);
        podman.ok(&["pull", "-q", "--tls-verify=false", i]);
    }
    for args in [
        vec!["image", "tree", layered.as_str()],
        vec!["image", "tree", busybox.as_str()],
        vec!["image", "tree", "--whatrequires", busybox.as_str()],
    ] {
        let p = podman.ok(&args).stdout();
        let b = env.ok(&args).stdout();
        assert!(p.contains("Image Layers"), "{p}");
        // the image's size counts its config and manifest, whose bytes differ by tool
        let masked = |t: &str| {
            t.lines()
                .filter(|l| !l.starts_with("Size:"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(
            masked(&b),
            masked(&p),
            "{args:?}\nberth:\n{b}\npodman:\n{p}"
        );
        assert!(b.ends_with("\n\n"), "{b:?}");
    }
}
