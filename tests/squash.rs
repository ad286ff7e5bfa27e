//! `build --squash`, `build --squash-all` and `commit --squash`, as podman has them: the new
//! layers as one on top of the base image's, or every layer as one; the files the same as
//! without squashing (deletions of the base's files kept as whiteouts over it).

mod common;
use common::*;
use std::os::unix::fs::chown;

fn context(env: &TestEnv, name: &str, containerfile: &str) -> String {
    let dir = env.dir.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Containerfile"), containerfile).unwrap();
    std::fs::write(dir.join("f"), "copied\n").unwrap();
    for p in [dir.clone(), dir.join("Containerfile"), dir.join("f")] {
        chown(&p, Some(env.user.uid), Some(env.user.gid)).unwrap();
    }
    dir.to_str().unwrap().to_string()
}

fn layers(env: &TestEnv, image: &str) -> Vec<String> {
    let out = env.ok(&["image", "inspect", image]).stdout();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v[0]["RootFS"]["Layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

/// What the test images hold after the steps: listed from inside a container.
fn files(env: &TestEnv, image: &str) -> String {
    env.ok(&[
        "run",
        "--rm",
        image,
        "sh",
        "-c",
        "ls /d; for f in /a /b /f /basefile; do [ -e $f ] && echo \"$f: $(cat $f)\"; done; true",
    ])
    .stdout()
}

fn base(env: &TestEnv) -> Vec<String> {
    let cf = format!(
        "FROM {}\nRUN echo base > /basefile\n",
        image("berth-test/busybox")
    );
    let ctx = context(env, "base", &cf);
    env.ok(&["build", "--tls-verify=false", "-q", "-t", "base", &ctx]);
    layers(env, "base")
}

const STEPS: &str = "RUN echo a > /a && mkdir /d && touch /d/old\nRUN rm /a /basefile && echo b > /b\nCOPY f /f\nRUN rm -rf /d && mkdir /d && touch /d/new\nCMD [\"cat\", \"/b\"]\n";

#[test]
fn squash_keeps_the_base_and_squash_all_makes_one_layer() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("squash");
    let base_layers = base(&env);
    let ctx = context(&env, "app", &format!("FROM localhost/base\n{STEPS}"));

    env.ok(&["build", "-q", "-t", "plain", &ctx]);
    let want = files(&env, "plain");
    assert_eq!(want, "new\n/b: b\n/f: copied\n");
    assert_eq!(layers(&env, "plain").len(), base_layers.len() + 4);

    env.ok(&["build", "-q", "--squash", "-t", "squashed", &ctx]);
    let l = layers(&env, "squashed");
    assert_eq!(l.len(), base_layers.len() + 1, "{l:?}");
    assert_eq!(
        &l[..base_layers.len()],
        &base_layers[..],
        "the base's layers stay"
    );
    assert_eq!(files(&env, "squashed"), want);
    assert_eq!(env.ok(&["run", "--rm", "squashed"]).stdout(), "b\n");

    env.ok(&["build", "-q", "--squash-all", "-t", "flat", &ctx]);
    let l = layers(&env, "flat");
    assert_eq!(l.len(), 1, "{l:?}");
    assert_eq!(files(&env, "flat"), want);
    // one layer with nothing below it has no whiteouts
    let tar = env.dir.join("flat.tar");
    env.ok(&["save", "-o", tar.to_str().unwrap(), "flat"]);
    let listing = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "cd {d} && mkdir x && tar xf flat.tar -C x && for l in $(find x -name '*.tar' -o -name 'layer.tar'); do tar tf $l; done; for l in x/*/*.tar.gz x/blobs/sha256/*; do [ -f $l ] && tar tzf $l 2>/dev/null; done; true",
            d = env.dir.display()
        ))
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.contains("bin/"), "{listing}");
    assert!(!listing.contains(".wh."), "{listing}");

    // the squashed images are the ones `images` shows, and rmi takes them with their cache
    let shown = env.ok(&["images", "--format", "{{.Repository}}"]).stdout();
    for n in ["localhost/squashed", "localhost/flat", "localhost/plain"] {
        assert!(shown.lines().any(|l| l == n), "{shown}");
    }
    env.ok(&["rmi", "squashed", "flat"]);
    assert_eq!(files(&env, "plain"), want);
}

#[test]
fn commit_squash_is_one_layer() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("commit-squash");
    base(&env);
    env.ok(&[
        "run",
        "--name",
        "c",
        "localhost/base",
        "sh",
        "-c",
        "rm /basefile && echo c > /c",
    ]);
    let r = env.ok(&["commit", "-q", "--squash", "c", "squashed"]);
    let id = r.stdout().trim().to_string();
    assert_eq!(layers(&env, "squashed").len(), 1);
    let out = env
        .ok(&[
            "run",
            "--rm",
            "squashed",
            "sh",
            "-c",
            "cat /c; [ -e /basefile ] || echo gone",
        ])
        .stdout();
    assert_eq!(out, "c\ngone\n");
    // only the squashed image is new: no unsquashed one left behind
    let all = env.ok(&["images", "-a", "-q", "--no-trunc"]).stdout();
    assert!(all.contains(&id), "{all}");
    assert_eq!(
        all.lines().count(),
        3,
        "busybox, base and the squashed one: {all}"
    );
}

/// `image diff`: an image's top layer against the layers below it, or an image against one it
/// is built on; podman's letters and its `--format json`.
#[test]
fn image_diff_shows_what_the_layers_changed() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("image-diff");
    base(&env);
    let ctx = context(&env, "app", &format!("FROM localhost/base\n{STEPS}"));
    env.ok(&["build", "-q", "-t", "app", &ctx]);
    // the top layer: /d replaced (opaque) with /d/new in it (and /etc, where the RUN's
    // container had its hosts file bound, as podman's RUN layers have it)
    let top = env.ok(&["image", "diff", "app"]).stdout();
    assert_eq!(top, "C /d\nA /d/new\nD /d/old\nC /etc\n", "{top}");
    // against the base: everything the four steps did
    let all = env.ok(&["image", "diff", "app", "localhost/base"]).stdout();
    for line in ["D /basefile", "A /b", "A /f", "A /d", "A /d/new"] {
        assert!(all.lines().any(|l| l == line), "{line} in:\n{all}");
    }
    assert!(!all.contains("/a\n"), "/a came and went: {all}");
    assert!(!all.contains("old"), "{all}");
    let j = env
        .ok(&["image", "diff", "--format", "json", "app", "localhost/base"])
        .stdout();
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    assert!(v["added"].as_array().unwrap().contains(&"/f".into()), "{j}");
    assert_eq!(v["deleted"], serde_json::json!(["/basefile"]), "{j}");
    // a file one layer adds in a new directory and a later one deletes is no change
    let ctx = context(
        &env,
        "gone",
        "FROM localhost/base\nRUN mkdir /n && touch /n/x /n/y\nRUN rm /n/x\n",
    );
    env.ok(&["build", "-q", "-t", "gone", &ctx]);
    let d = env
        .ok(&["image", "diff", "gone", "localhost/base"])
        .stdout();
    let d: Vec<&str> = d.lines().filter(|l| !l.starts_with("C /etc")).collect();
    assert_eq!(d, ["A /n", "A /n/y"]);
    // an image not built on the other is refused, naming both
    let r = env.run(&["image", "diff", "localhost/base", "app"]);
    r.assert_code(125);
    assert!(r.stderr().contains("is not built on"), "{}", r.stderr());
}
