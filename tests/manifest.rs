//! `berth manifest`: a multi-architecture list made of local images and a registry's, pushed
//! with its images to the loopback registry and pulled back per platform.

mod common;
use common::*;

/// Build an image from the test busybox whose /marker says `text`; its ID.
fn build_marked(env: &TestEnv, tag: &str, text: &str) -> String {
    let dir = env.dir.join(format!("ctx-{tag}"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Containerfile"),
        format!(
            "FROM {}\nRUN echo {text} > /marker\n",
            image("berth-test/busybox")
        ),
    )
    .unwrap();
    give_to_user(&dir, env);
    env.ok(&[
        "build",
        "-q",
        "--tls-verify=false",
        "-t",
        tag,
        dir.to_str().unwrap(),
    ])
    .stdout()
    .trim()
    .to_string()
}

fn inspect(env: &TestEnv, list: &str) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["manifest", "inspect", list]).stdout()).unwrap()
}

#[test]
fn manifest_list_of_local_and_remote_images_pushes_and_pulls_per_platform() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("manifest");
    env.pull("berth-test/busybox");
    build_marked(&env, "amd", "for-amd64");
    build_marked(&env, "arm", "for-arm64");

    let id = env.ok(&["manifest", "create", "multi", "amd"]).stdout();
    assert_eq!(id.trim().len(), 64, "create prints the list's ID: {id}");
    assert_eq!(
        env.ok(&[
            "manifest",
            "add",
            "--arch",
            "arm64",
            "--variant",
            "v8",
            "multi",
            "arm"
        ])
        .stdout(),
        id
    );
    env.ok(&["manifest", "exists", "multi"]);
    assert_eq!(env.run(&["manifest", "exists", "nosuch"]).code(), 1);
    let r = env.run(&["manifest", "create", "multi"]);
    assert_eq!(r.code(), 125);
    assert!(r.stderr().contains("already exists"), "{}", r.stderr());
    assert!(r.stderr().contains("--amend"), "{}", r.stderr());

    let v = inspect(&env, "multi");
    assert_eq!(
        v["mediaType"],
        "application/vnd.docker.distribution.manifest.list.v2+json"
    );
    let m = v["manifests"].as_array().unwrap();
    assert_eq!(m.len(), 2, "{v}");
    assert_eq!(m[0]["platform"]["architecture"], "amd64");
    assert_eq!(m[1]["platform"]["architecture"], "arm64");
    assert_eq!(m[1]["platform"]["variant"], "v8");
    let arm_digest = m[1]["digest"].as_str().unwrap().to_string();
    env.ok(&[
        "manifest",
        "annotate",
        "--annotation",
        "org.example.note=hello",
        "multi",
        &arm_digest,
    ]);
    assert_eq!(
        inspect(&env, "multi")["manifests"][1]["annotations"]["org.example.note"],
        "hello"
    );

    // push --all: the images under their digests, then the list under the tag
    let dest = format!(
        "{}/berth-manifest-{}/multi:v1",
        registry(),
        std::process::id()
    );
    let digestfile = env.dir.join("digest");
    give_to_user(&env.dir, &env);
    env.ok(&[
        "manifest",
        "push",
        "--tls-verify=false",
        "--digestfile",
        digestfile.to_str().unwrap(),
        "multi",
        &dest,
    ]);
    let digest = std::fs::read_to_string(&digestfile).unwrap();
    assert!(digest.starts_with("sha256:"), "{digest}");
    let remote: serde_json::Value = serde_json::from_str(
        &env.ok(&["manifest", "inspect", "--tls-verify=false", &dest])
            .stdout(),
    )
    .unwrap();
    assert_eq!(remote["manifests"].as_array().unwrap().len(), 2, "{remote}");

    // a fresh store pulls the list: the host's platform by default, arm64 when asked
    let other = TestEnv::new("manifest-pull");
    other.ok(&["pull", "-q", "--tls-verify=false", &dest]);
    let out = other.ok(&["run", "--rm", &dest, "cat", "/marker"]).stdout();
    assert_eq!(out.trim(), "for-amd64");
    other.ok(&["rmi", "-f", &dest]);
    other.ok(&["pull", "-q", "--tls-verify=false", "--arch", "arm64", &dest]);
    // (the list says arm64; the image's own config, built here, says amd64, so it runs)
    let out = other.ok(&["run", "--rm", &dest, "cat", "/marker"]).stdout();
    assert_eq!(out.trim(), "for-arm64");

    // a list of a registry's image, copied to another repository of that registry
    other.ok(&["manifest", "create", "copied"]);
    other.ok(&[
        "manifest",
        "add",
        "--tls-verify=false",
        "copied",
        &format!("docker://{}", image("berth-test/busybox")),
    ]);
    let dest2 = format!(
        "{}/berth-manifest-{}/copied:v1",
        registry(),
        std::process::id()
    );
    other.ok(&[
        "manifest",
        "push",
        "--tls-verify=false",
        "--rm",
        "copied",
        &dest2,
    ]);
    assert_eq!(
        other.run(&["manifest", "exists", "copied"]).code(),
        1,
        "--rm"
    );
    let third = TestEnv::new("manifest-third");
    let out = third
        .ok(&[
            "run",
            "--rm",
            "--tls-verify=false",
            &dest2,
            "echo",
            "copied-ok",
        ])
        .stdout();
    assert_eq!(out.trim(), "copied-ok");

    // remove and rm
    env.ok(&["manifest", "remove", "multi", &arm_digest]);
    assert_eq!(
        inspect(&env, "multi")["manifests"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let r = env.ok(&["manifest", "rm", "multi"]);
    assert!(
        r.stdout().contains("Untagged: localhost/multi:latest"),
        "{}",
        r.stdout()
    );
    let r = env.run(&["manifest", "rm", "multi"]);
    assert_eq!(r.code(), 1);
    assert!(
        r.stderr().contains("no such manifest list"),
        "{}",
        r.stderr()
    );
}
