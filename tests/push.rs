//! `push`: a pulled image pushed to another repository of registry A and to registry B (HTTPS,
//! basic auth) keeps its layer digests and its manifest digest; a second push sends no blob;
//! `--digestfile` holds the digest the registry reports; the pushed image pulls back (by that
//! digest, in a fresh store) and runs. A layer without a kept blob is packed from its files;
//! `--format v2s2` and `--compression-format zstd` convert. podman's errors for an unknown image
//! and for a registry that wants credentials. podman pulls and runs what berth pushed.

mod common;
use common::*;
use std::os::unix::fs::chown;
use std::process::{Command, Stdio};

fn cert_dir(env: &TestEnv, host: &str) -> String {
    let d = env.dir.join("certs").join(host);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(env_var("BERTH_TEST_CA"), d.join("ca.crt")).unwrap();
    let u = test_user();
    for p in [env.dir.join("certs"), d.clone(), d.join("ca.crt")] {
        chown(&p, Some(u.uid), Some(u.gid)).unwrap();
    }
    d.to_str().unwrap().to_string()
}

/// A repository name of this test run (the registries are shared by every run).
fn repo(name: &str) -> String {
    format!("berth-push-{}/{name}", std::process::id())
}

fn busybox() -> &'static serde_json::Value {
    &images_json()["berth-test/busybox"]
}

/// `curl` against a registry's API; `auth` for registry B.
fn curl(args: &[&str], auth: bool) -> String {
    let mut c = Command::new("curl");
    c.args(["-sf", "--max-time", "30"]);
    if auth {
        let up = format!(
            "{}:{}",
            env_var("BERTH_TEST_AUTH_USER"),
            env_var("BERTH_TEST_AUTH_PASSWORD")
        );
        c.args(["--cacert", &env_var("BERTH_TEST_CA"), "-u", &up]);
    }
    let out = c.args(args).output().expect("curl");
    assert!(out.status.success(), "curl {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const ACCEPT: &str = "Accept: application/vnd.oci.image.manifest.v1+json, \
                      application/vnd.docker.distribution.manifest.v2+json";

fn scheme(auth: bool) -> &'static str {
    if auth {
        "https"
    } else {
        "http"
    }
}

/// The registry's `Docker-Content-Digest` for `reg/repo:tag`.
fn remote_digest(reg: &str, repo: &str, tag: &str, auth: bool) -> String {
    let url = format!("{}://{reg}/v2/{repo}/manifests/{tag}", scheme(auth));
    let head = curl(&["-I", "-H", ACCEPT, &url], auth);
    head.lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("docker-content-digest")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_else(|| panic!("no Docker-Content-Digest in {head}"))
}

fn remote_manifest(reg: &str, repo: &str, tag: &str, auth: bool) -> serde_json::Value {
    let url = format!("{}://{reg}/v2/{repo}/manifests/{tag}", scheme(auth));
    serde_json::from_str(&curl(&["-H", ACCEPT, &url], auth)).unwrap()
}

fn layer_digests(m: &serde_json::Value) -> Vec<String> {
    m["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["digest"].as_str().unwrap().to_string())
        .collect()
}

fn source_layers() -> Vec<String> {
    busybox()["layer_digests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect()
}

fn read_digestfile(env: &TestEnv, name: &str) -> String {
    std::fs::read_to_string(env.dir.join(name)).unwrap()
}

/// Pull `reference` into a fresh store and run it.
fn pull_and_run(reference: &str, extra: &[&str]) {
    let fresh = TestEnv::new("push-fresh");
    let mut args = vec!["pull", "-q"];
    args.extend_from_slice(extra);
    args.push(reference);
    fresh.ok(&args);
    let r = fresh.ok(&["run", "--rm", reference, "echo", "pushed-and-run"]);
    assert_eq!(r.stdout().trim(), "pushed-and-run");
}

#[test]
fn pushed_images_keep_their_digests() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("push");
    env.pull("berth-test/busybox");
    let src = image("berth-test/busybox");
    let reg_a = registry();
    let want_manifest = busybox()["manifest_digest"].as_str().unwrap().to_string();

    // registry A, another repository: the blobs are mounted or known, nothing is sent again,
    // and the manifest is the stored one byte for byte
    let repo_a = repo("bb");
    let dest_a = format!("{reg_a}/{repo_a}:v1");
    let r = env.ok(&[
        "push",
        "--tls-verify=false",
        "--digestfile",
        "digest-a",
        &src,
        &format!("docker://{dest_a}"),
    ]);
    let err = r.stderr();
    assert!(err.contains("Getting image source signatures"), "{err}");
    assert!(
        err.contains("Writing manifest to image destination"),
        "{err}"
    );
    assert!(err.contains("skipped: already exists"), "{err}");
    assert_eq!(remote_digest(&reg_a, &repo_a, "v1", false), want_manifest);
    assert_eq!(read_digestfile(&env, "digest-a"), want_manifest);
    assert_eq!(
        layer_digests(&remote_manifest(&reg_a, &repo_a, "v1", false)),
        source_layers()
    );

    // registry B (HTTPS, basic auth): refused without credentials, with podman's words
    let reg_b = env_var("BERTH_TEST_AUTH_REGISTRY");
    let certs = cert_dir(&env, &reg_b);
    let repo_b = repo("bb");
    let dest_b = format!("{reg_b}/{repo_b}:v1");
    let r = env.run(&["push", "--cert-dir", &certs, &src, &dest_b]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("authentication required"),
        "{}",
        r.stderr()
    );
    assert!(r.stderr().contains("berth login"), "{}", r.stderr());

    // after login: the layer is uploaded, and its digest stays
    env.ok(&[
        "login",
        "--cert-dir",
        &certs,
        "-u",
        &env_var("BERTH_TEST_AUTH_USER"),
        "-p",
        &env_var("BERTH_TEST_AUTH_PASSWORD"),
        &reg_b,
    ]);
    let r = env.ok(&[
        "push",
        "--cert-dir",
        &certs,
        "--digestfile",
        "digest-b",
        &src,
        &dest_b,
    ]);
    let layer = &source_layers()[0];
    assert!(
        r.stderr().contains(&format!("Copying blob {layer}")),
        "{}",
        r.stderr()
    );
    assert_eq!(remote_digest(&reg_b, &repo_b, "v1", true), want_manifest);
    assert_eq!(read_digestfile(&env, "digest-b"), want_manifest);
    assert_eq!(
        layer_digests(&remote_manifest(&reg_b, &repo_b, "v1", true)),
        source_layers()
    );

    // a second push sends no blob
    let r = env.ok(&["push", "--cert-dir", &certs, &src, &dest_b]);
    assert!(
        !r.stderr().contains("Copying blob sha256:"),
        "{}",
        r.stderr()
    );
    assert!(
        r.stderr().contains("skipped: already exists"),
        "{}",
        r.stderr()
    );

    // -q: nothing on stderr; `image push` is the same command
    let r = env.ok(&["image", "push", "-q", "--cert-dir", &certs, &src, &dest_b]);
    assert_eq!(r.stderr(), "");

    // pulled back by the pushed digest, in a fresh store, and run
    pull_and_run(
        &format!("{reg_a}/{repo_a}@{want_manifest}"),
        &["--tls-verify=false"],
    );
}

#[test]
fn push_errors_are_podmans() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("push-errors");
    let r = env.run(&[
        "push",
        "--tls-verify=false",
        "nosuch-image",
        &format!("{}/x/y", registry()),
    ]);
    r.assert_code(125);
    assert!(
        r.stderr()
            .starts_with("Error: nosuch-image: image not known"),
        "{}",
        r.stderr()
    );

    env.pull("berth-test/busybox");
    // nothing listens on port 1
    let r = env.run(&[
        "push",
        "--tls-verify=false",
        "--retry",
        "0",
        &image("berth-test/busybox"),
        "127.0.0.1:1/x/y",
    ]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("pinging container registry"),
        "{}",
        r.stderr()
    );
    // an unknown format and compression
    let r = env.run(&["push", "--format", "bogus", &image("berth-test/busybox")]);
    r.assert_code(125);
    let r = env.run(&[
        "push",
        "--compression-format",
        "lz4",
        &image("berth-test/busybox"),
    ]);
    r.assert_code(125);
}

/// A layer whose blob the store does not have (a store from before blobs were kept): packed
/// from its files; the pushed image pulls and runs, and a second push sends nothing new.
#[test]
fn layers_without_blobs_are_packed() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("push-packed");
    env.pull("berth-test/busybox");
    let layer = &source_layers()[0];
    let blob = env
        .store()
        .join("blobs/sha256")
        .join(layer.trim_start_matches("sha256:"));
    std::fs::remove_file(&blob).unwrap();
    let reg = registry();
    let repo_p = repo("packed");
    let dest = format!("{reg}/{repo_p}:v1");
    env.ok(&[
        "push",
        "--tls-verify=false",
        "--digestfile",
        "digest",
        &image("berth-test/busybox"),
        &dest,
    ]);
    let digest = remote_digest(&reg, &repo_p, "v1", false);
    assert_eq!(read_digestfile(&env, "digest"), digest);
    let r = env.ok(&[
        "push",
        "--tls-verify=false",
        &image("berth-test/busybox"),
        &dest,
    ]);
    assert!(
        !r.stderr().contains("Copying blob sha256:"),
        "{}",
        r.stderr()
    );
    pull_and_run(&format!("{reg}/{repo_p}@{digest}"), &["--tls-verify=false"]);
    // the store is as it was: no tmp leftovers
    let tmp = env.tmp_entries();
    assert!(!tmp.iter().any(|e| e.starts_with("blob")), "{tmp:?}");
}

/// `--format v2s2` changes the media types only (same config and layer digests);
/// `--compression-format zstd` recompresses, and the result pulls and runs.
#[test]
fn format_and_compression_convert() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("push-convert");
    env.pull("berth-test/busybox");
    let reg = registry();
    let src = image("berth-test/busybox");

    let repo_d = repo("docker");
    env.ok(&[
        "push",
        "--tls-verify=false",
        "--format",
        "v2s2",
        "--digestfile",
        "digest",
        &src,
        &format!("{reg}/{repo_d}:v1"),
    ]);
    let m = remote_manifest(&reg, &repo_d, "v1", false);
    assert_eq!(
        m["mediaType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.docker.container.image.v1+json"
    );
    assert_eq!(m["config"]["digest"], busybox()["config_digest"]);
    assert_eq!(
        m["layers"][0]["mediaType"],
        "application/vnd.docker.image.rootfs.diff.tar.gzip"
    );
    assert_eq!(layer_digests(&m), source_layers());
    assert_eq!(
        read_digestfile(&env, "digest"),
        remote_digest(&reg, &repo_d, "v1", false)
    );

    let repo_z = repo("zstd");
    env.ok(&[
        "push",
        "--tls-verify=false",
        "--compression-format",
        "zstd",
        &src,
        &format!("{reg}/{repo_z}:v1"),
    ]);
    let m = remote_manifest(&reg, &repo_z, "v1", false);
    assert_eq!(
        m["layers"][0]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar+zstd"
    );
    assert_eq!(m["config"]["digest"], busybox()["config_digest"]);
    assert_ne!(layer_digests(&m), source_layers());
    // zstd cannot go into a docker manifest
    let r = env.run(&[
        "push",
        "--tls-verify=false",
        "--format",
        "v2s2",
        "--compression-format",
        "zstd",
        &src,
        &format!("{reg}/{repo_z}:v2"),
    ]);
    r.assert_code(125);
    pull_and_run(&format!("{reg}/{repo_z}:v1"), &["--tls-verify=false"]);
}

/// podman (when installed) pulls and runs what berth pushed.
#[test]
fn podman_runs_what_berth_pushed() {
    if !integration() {
        return;
    }
    let Ok(which) = Command::new("which").arg("podman").output() else {
        return;
    };
    if !which.status.success() {
        eprintln!("podman is not installed: skipped");
        return;
    }
    let env = TestEnv::new("push-podman");
    env.pull("berth-test/busybox");
    let reg = registry();
    let repo_p = repo("podman");
    let dest = format!("{reg}/{repo_p}:v1");
    env.ok(&[
        "push",
        "--tls-verify=false",
        "--format",
        "v2s2",
        &image("berth-test/busybox"),
        &dest,
    ]);
    let u = test_user();
    let root = env.dir.join("podman-root");
    // podman wants a runroot of at most 50 characters
    let runroot = std::path::PathBuf::from(format!("/tmp/berth-podman-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&runroot);
    std::fs::create_dir_all(&runroot).unwrap();
    chown(&runroot, Some(u.uid), Some(u.gid)).unwrap();
    let podman = |args: &[&str]| {
        use std::os::unix::process::CommandExt;
        let out = Command::new("podman")
            .args([
                "--runtime",
                "runc",
                "--storage-driver",
                "overlay",
                "--storage-opt",
                "overlay.mount_program=/usr/bin/fuse-overlayfs",
                "--root",
                root.to_str().unwrap(),
                "--runroot",
                runroot.to_str().unwrap(),
            ])
            .args(args)
            .env_clear()
            .env("HOME", &env.home)
            .env("USER", &u.name)
            .env("LOGNAME", &u.name)
            .env("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
            .env("XDG_RUNTIME_DIR", &env.runtime)
            .env("XDG_DATA_HOME", &env.data)
            .env("XDG_CONFIG_HOME", &env.config)
            .current_dir(&env.dir)
            .stdin(Stdio::null())
            .uid(u.uid)
            .gid(u.gid)
            .output()
            .expect("podman");
        assert!(out.status.success(), "podman {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    podman(&["pull", "-q", "--tls-verify=false", &dest]);
    let out = podman(&["run", "--rm", &dest, "echo", "podman-ran-it"]);
    assert_eq!(out.trim(), "podman-ran-it");
    podman(&["rmi", "-a", "-f"]);
    // podman's pause process (rootless) is ours to end
    if let Ok(pid) = std::fs::read_to_string(env.runtime.join("libpod/tmp/pause.pid")) {
        if let Ok(pid) = pid.trim().parse::<i32>() {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    }
    let _ = std::fs::remove_dir_all(&runroot);
}

/// Registry C (token auth): refused anonymously, pushed after login, the digest kept.
#[test]
fn push_with_token_auth() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("push-token");
    env.pull("berth-test/busybox");
    let reg_c = env_var("BERTH_TEST_TOKEN_REGISTRY");
    let dest = format!("{reg_c}/{}:v1", repo("token"));
    let src = image("berth-test/busybox");
    let r = env.run(&["push", "--tls-verify=false", &src, &dest]);
    r.assert_code(125);
    assert!(
        r.stderr().contains("authentication required"),
        "{}",
        r.stderr()
    );
    env.ok(&[
        "login",
        "--tls-verify=false",
        "-u",
        &env_var("BERTH_TEST_AUTH_USER"),
        "-p",
        &env_var("BERTH_TEST_AUTH_PASSWORD"),
        &reg_c,
    ]);
    env.ok(&[
        "push",
        "--tls-verify=false",
        "--digestfile",
        "digest",
        &src,
        &dest,
    ]);
    assert_eq!(
        read_digestfile(&env, "digest"),
        busybox()["manifest_digest"].as_str().unwrap()
    );
    // a second push: every blob is known
    let r = env.ok(&["push", "--tls-verify=false", &src, &dest]);
    assert!(
        !r.stderr().contains("Copying blob sha256:"),
        "{}",
        r.stderr()
    );
}
