//! The local transports (`dir:`, `docker-archive:PATH[:REF]`, `oci-archive:PATH[:REF]`,
//! `oci:DIR[:REF]`) on `push` and `pull`, and as the image of `run` and `create`; their
//! events; and podman pulling what berth pushes there, when podman is installed.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// The full ID of a local image.
fn id_of(env: &TestEnv, name: &str) -> String {
    env.ok(&["images", "--no-trunc", "--format", "{{.Id}}", name])
        .stdout()
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("sha256:")
        .to_string()
}

#[test]
fn push_to_each_local_transport_and_pull_it_back_in_a_fresh_store() {
    if !integration() {
        return;
    }
    let a = TestEnv::new("tp-a");
    a.pull("berth-test/layered");
    let img = image("berth-test/layered");
    let want = image_id("berth-test/layered");
    let dir = a.dir.join("d");
    let oci = a.dir.join("o");
    let da = a.dir.join("da.tar");
    let oa = a.dir.join("oa.tar");
    let cases = [
        (format!("dir:{}", s(&dir)), None),
        (
            format!("docker-archive:{}:foo/bar:v1", s(&da)),
            Some("docker.io/foo/bar:v1".to_string()),
        ),
        (
            format!("oci-archive:{}", s(&oa)),
            Some(format!("localhost{}:latest", s(&oa))),
        ),
        (
            format!("oci:{}:myref", s(&oci)),
            Some(format!("localhost{}:latest", s(&oci))),
        ),
    ];
    for (dest, name) in &cases {
        a.ok(&["push", "-q", &img, dest]);
        let b = TestEnv::new("tp-b");
        let r = b.ok(&["pull", dest]);
        assert_eq!(r.stdout().trim(), want, "pull {dest}: {}", r.stderr());
        assert!(
            r.stderr().starts_with("Getting image source signatures\n"),
            "{}",
            r.stderr()
        );
        assert!(
            r.stderr().contains("Copying blob sha256:"),
            "{}",
            r.stderr()
        );
        if let Some(n) = name {
            assert_eq!(id_of(&b, n), want, "{dest} names the image {n}");
        }
        let out = b.ok(&["run", "--rm", &want, "cat", "/etc/os-release"]);
        assert!(!out.stdout().is_empty(), "{dest}: the image runs");
    }
    // what each wrote is its format's layout
    assert!(dir.join("manifest.json").is_file() && dir.join("version").is_file());
    assert!(oci.join("index.json").is_file() && oci.join("oci-layout").is_file());
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(oci.join("index.json")).unwrap()).unwrap();
    assert_eq!(
        index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"],
        "myref"
    );
    let m = Command::new("tar")
        .arg("xOf")
        .arg(&da)
        .arg("manifest.json")
        .output()
        .unwrap();
    let m: serde_json::Value = serde_json::from_slice(&m.stdout).unwrap();
    assert_eq!(m[0]["RepoTags"][0], "docker.io/foo/bar:v1");

    // a REF the source does not have is named in the error
    let c = TestEnv::new("tp-c");
    let r = c.run(&["pull", &format!("oci:{}:nosuch", s(&oci))]);
    r.assert_code(125);
    assert!(r.stderr().contains("nosuch"), "{}", r.stderr());
    let r = c.run(&["pull", &format!("docker-archive:{}:other:v2", s(&da))]);
    r.assert_code(125);
    assert!(r.stderr().contains("other:v2"), "{}", r.stderr());
    let r = c.run(&["pull", "docker-archive:/nonexistent/x.tar"]);
    r.assert_code(125);
    assert!(r.stderr().contains("/nonexistent/x.tar"), "{}", r.stderr());
    let r = c.run(&["pull", "dir:"]);
    r.assert_code(125);
    assert_eq!(c.ok(&["images", "-q"]).stdout(), "", "nothing was stored");
}

#[test]
fn run_and_create_take_a_docker_archive() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("tp-run");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let word = format!("word{}", std::process::id());
    env.ok(&[
        "run",
        "--name",
        "myc",
        &format!("--entrypoint=[\"/bin/echo\",\"{word}\"]"),
        &img,
    ]);
    env.ok(&["commit", "-q", "myc", "myi"]);
    let archive = env.dir.join("archive.tar");
    env.ok(&["save", "-q", "myi", "-o", &s(&archive)]);
    env.ok(&["rmi", "myi"]);
    env.ok(&["rm", "myc"]);
    let src = format!("docker-archive:{}", s(&archive));
    let r = env.ok(&["run", &src]);
    assert_eq!(r.stdout().trim(), word);
    assert!(
        r.stderr().starts_with("Getting image source signatures\n"),
        "{}",
        r.stderr()
    );
    assert!(r.stderr().contains("Writing manifest"), "{}", r.stderr());
    // the archive's name came with it
    assert!(!id_of(&env, "localhost/myi:latest").is_empty());
    env.ok(&["rm", "-a"]);
    env.ok(&["rmi", "myi"]);
    let cid = env.ok(&["create", "-q", &src]).stdout().trim().to_string();
    let r = env.ok(&["start", "--attach", &cid]);
    assert_eq!(r.stdout().trim(), word);
}

#[test]
fn push_and_pull_of_a_transport_are_image_events() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("tp-ev");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    let id = image_id("berth-test/busybox");
    let dir = env.dir.join("pushed");
    let tarball = env.dir.join("ball.tar");
    let pushed = format!("dir:{}", s(&dir));
    let pulled = format!("docker-archive:{}", s(&tarball));
    env.ok(&["push", "-q", &img, &pushed]);
    env.ok(&["save", "-q", &img, "-o", &s(&tarball)]);
    env.ok(&["pull", "-q", &pulled]);
    let r = env.ok(&[
        "events",
        "--stream=false",
        "--filter",
        "type=image",
        "--format",
        "{{.Status}}--{{.Name}}--{{.ID}}",
    ]);
    let out = r.stdout();
    let lines: Vec<&str> = out.lines().collect();
    let tail = &lines[lines.len().saturating_sub(3)..];
    let want = [
        format!("push--{pushed}--{id}"),
        format!("save--{}--{id}", s(&tarball)),
        format!("pull--{pulled}--"),
    ];
    assert_eq!(
        tail,
        want.iter().map(String::as_str).collect::<Vec<_>>(),
        "{out}"
    );
}

#[test]
fn podman_pulls_what_berth_pushes_to_an_oci_layout_and_a_dir() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("tp-podman");
    let Some(podman) = common::podman::Podman::new(&env) else {
        return;
    };
    env.pull("berth-test/layered");
    let img = image("berth-test/layered");
    let want = image_id("berth-test/layered");
    let oci = env.dir.join("o");
    let dir = env.dir.join("d");
    env.ok(&["push", "-q", &img, &format!("oci:{}", s(&oci))]);
    env.ok(&["push", "-q", &img, &format!("dir:{}", s(&dir))]);
    for src in [format!("oci:{}", s(&oci)), format!("dir:{}", s(&dir))] {
        let r = podman.ok(&["pull", "-q", &src]);
        assert_eq!(
            r.stdout().trim(),
            want,
            "podman stores {src} under berth's image ID"
        );
    }
    // and berth pulls what podman pushes to an oci-archive (podman converts the Docker
    // config to OCI there: a new ID, the one podman gets pulling the archive back)
    let oa = env.dir.join("podman.oci.tar");
    let src = format!("oci-archive:{}", s(&oa));
    podman.ok(&["push", "-q", &want, &src]);
    let theirs = podman.ok(&["pull", "-q", &src]).stdout().trim().to_string();
    let b = TestEnv::new("tp-podman-b");
    let r = b.ok(&["pull", "-q", &src]);
    assert_eq!(r.stdout().trim(), theirs);
    b.ok(&["run", "--rm", &theirs, "true"]);
}
