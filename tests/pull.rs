//! `pull` into per-user storage, run as the unprivileged test user against the loopback
//! registry, and the store's contents checked from the host.

mod common;

use common::*;
use std::os::unix::fs::{FileTypeExt, MetadataExt};

#[test]
fn pull_prints_the_image_id_and_lists_it() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-basic");
    let r = env.pull("berth-test/busybox");
    let id = image_id("berth-test/busybox");
    assert_eq!(r.stdout().trim(), id);

    let images = env.ok(&["images"]).stdout();
    let first = images.lines().next().unwrap();
    assert!(
        first.starts_with("REPOSITORY") && first.contains("IMAGE ID") && first.ends_with("SIZE"),
        "{images}"
    );
    let row = images
        .lines()
        .find(|l| l.contains("berth-test/busybox"))
        .expect("row for busybox");
    assert!(row.contains("latest") && row.contains(&id[..12]), "{row}");

    assert_eq!(env.ok(&["images", "-q"]).stdout().trim(), &id[..12]);
    assert_eq!(
        env.ok(&["images", "-q", "--no-trunc"]).stdout().trim(),
        format!("sha256:{id}")
    );
    env.ok(&["image", "exists", &image("berth-test/busybox")]);
    env.ok(&["image", "exists", &id[..12]]);
    env.ok(&["image", "exists", "busybox"]);
    env.run(&["image", "exists", "nonexistent"]).assert_code(1);

    let inspect: serde_json::Value =
        serde_json::from_str(&env.ok(&["image", "inspect", "busybox"]).stdout()).unwrap();
    assert_eq!(inspect[0]["Id"], id);
    let manifest = images_json()["berth-test/busybox"]["manifest_digest"]
        .as_str()
        .unwrap();
    assert_eq!(inspect[0]["Digest"], manifest);
    let repo_digests = inspect[0]["RepoDigests"].as_array().unwrap();
    assert!(
        repo_digests
            .iter()
            .any(|d| d.as_str().unwrap().ends_with(manifest)),
        "{repo_digests:?}"
    );
    assert_eq!(inspect[0]["Config"]["Labels"]["org.berth.test"], "busybox");
    let diff_ids = &images_json()["berth-test/busybox"]["diff_ids"];
    assert_eq!(&inspect[0]["RootFS"]["Layers"], diff_ids);

    let fmt = env
        .ok(&["images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}"])
        .stdout();
    assert_eq!(
        fmt.trim(),
        format!("{}/berth-test/busybox:latest {}", registry(), &id[..12])
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["images", "--format", "json"]).stdout()).unwrap();
    assert_eq!(json[0]["Id"], id);
    let digests = env.ok(&["images", "--digests"]).stdout();
    assert!(
        digests.lines().next().unwrap().contains("DIGEST") && digests.contains(manifest),
        "{digests}"
    );
}

#[test]
fn layers_keep_owners_modes_links_whiteouts_and_xattrs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-layered");
    let r = env.pull("berth-test/layered");
    assert!(
        r.stderr().contains("dev-node"),
        "a device node is skipped with a warning naming it: {}",
        r.stderr()
    );
    let info = &images_json()["berth-test/layered"];
    let diff = |i: usize| {
        let d = info["diff_ids"][i]
            .as_str()
            .unwrap()
            .trim_start_matches("sha256:");
        env.store().join("layers").join(d).join("diff")
    };
    let sub = subuid_start();
    // uid 1000 in the image is subuid start + 999 on the host
    let md = std::fs::symlink_metadata(diff(1).join("data/owned-by-1000")).unwrap();
    assert_eq!((md.uid(), md.gid()), (sub + 999, sub + 999));
    let md = std::fs::symlink_metadata(diff(1).join("data/owned-by-12345")).unwrap();
    assert_eq!(md.uid(), sub + 12344);
    // root in the image is the user
    let md = std::fs::symlink_metadata(diff(0).join("bin/busybox")).unwrap();
    assert_eq!(md.uid(), test_user().uid);
    let md = std::fs::symlink_metadata(diff(1).join("data/private")).unwrap();
    assert_eq!(md.mode() & 0o7777, 0o700);
    let md = std::fs::symlink_metadata(diff(1).join("data/setuid-file")).unwrap();
    assert_eq!(md.mode() & 0o7777, 0o4755);
    let a = std::fs::symlink_metadata(diff(1).join("data/file-a")).unwrap();
    let h = std::fs::symlink_metadata(diff(1).join("data/hardlink")).unwrap();
    assert_eq!(a.ino(), h.ino(), "hardlink shares the inode");
    assert_eq!(
        std::fs::read_link(diff(1).join("data/rel-link"))
            .unwrap()
            .to_str(),
        Some("file-a")
    );
    assert_eq!(
        std::fs::read_link(diff(1).join("data/abs-link"))
            .unwrap()
            .to_str(),
        Some("/etc/passwd")
    );
    assert_eq!(
        std::fs::symlink_metadata(diff(1).join("data/old-mtime"))
            .unwrap()
            .mtime(),
        1234567890
    );
    assert!(std::fs::symlink_metadata(diff(1).join("data/fifo"))
        .unwrap()
        .file_type()
        .is_fifo());
    assert!(!diff(1).join("dev-node").exists());
    let x = berth::sys::xattr::lgetxattr(&diff(1).join("data/xattr-file"), "user.berth").unwrap();
    assert_eq!(x.as_deref(), Some(&b"hello"[..]));
    // whiteout: a 0/0 character device; opaque dir: user.overlay.opaque=y
    let wh = std::fs::symlink_metadata(diff(2).join("data/to-be-deleted")).unwrap();
    assert!(
        wh.file_type().is_char_device() && wh.rdev() == 0,
        "whiteout is a 0/0 char device"
    );
    assert!(!diff(2).join("data/.wh.to-be-deleted").exists());
    let opq = berth::sys::xattr::lgetxattr(&diff(2).join("data/opaque-dir"), "user.overlay.opaque")
        .unwrap();
    assert_eq!(opq.as_deref(), Some(&b"y"[..]));
    assert_eq!(
        std::fs::read_to_string(diff(3).join("data/zstd-file")).unwrap(),
        "zstd layer"
    );
    assert_eq!(
        std::fs::read_to_string(diff(4).join("data/plain-file")).unwrap(),
        "plain layer"
    );
    assert!(
        env.tmp_entries().iter().all(|e| !e.starts_with("layer")),
        "{:?}",
        env.tmp_entries()
    );
}

#[test]
fn docker_schema2_and_manifest_lists() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-kinds");
    assert_eq!(
        env.pull("berth-test/docker").stdout().trim(),
        image_id("berth-test/docker")
    );
    let mj = &images_json()["berth-test/multiarch"]["platforms"];
    let want = |p: &str| {
        mj[p]["config_digest"]
            .as_str()
            .unwrap()
            .trim_start_matches("sha256:")
            .to_string()
    };
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        &image("berth-test/multiarch"),
    ]);
    assert_eq!(r.stdout().trim(), want("linux/amd64"));
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        "--arch",
        "arm64",
        &image("berth-test/multiarch"),
    ]);
    assert_eq!(r.stdout().trim(), want("linux/arm64"));
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        "--platform",
        "linux/arm/v7",
        &image("berth-test/multiarch"),
    ]);
    assert_eq!(r.stdout().trim(), want("linux/arm/v7"));
    // the name now points at the last one pulled, as in podman
    let inspect: serde_json::Value = serde_json::from_str(
        &env.ok(&["image", "inspect", &image("berth-test/multiarch")])
            .stdout(),
    )
    .unwrap();
    assert_eq!(inspect[0]["Id"], want("linux/arm/v7"));
    assert_eq!(inspect[0]["Architecture"], "arm");
    let bad = env.run(&[
        "pull",
        "--tls-verify=false",
        "--arch",
        "s390x",
        &image("berth-test/multiarch"),
    ]);
    bad.assert_code(125);
    assert!(
        bad.stderr().contains("linux/s390x") && bad.stderr().contains("linux/arm64"),
        "{}",
        bad.stderr()
    );
    let dl = &images_json()["berth-test/dockerlist"]["platforms"]["linux/arm64"]["config_digest"];
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        "--arch",
        "arm64",
        &image("berth-test/dockerlist"),
    ]);
    assert_eq!(
        format!("sha256:{}", r.stdout().trim()),
        dl.as_str().unwrap()
    );
}

#[test]
fn shared_layers_are_stored_once_and_freed_with_the_last_image() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-shared");
    env.pull("berth-test/shared-a");
    env.pull("berth-test/shared-b");
    assert_eq!(
        env.layer_dirs().len(),
        3,
        "base + one each: {:?}",
        env.layer_dirs()
    );
    let r = env.ok(&["rmi", &image("berth-test/shared-a")]);
    assert!(
        r.stdout()
            .contains(&format!("Deleted: {}", image_id("berth-test/shared-a"))),
        "{}",
        r.stdout()
    );
    assert_eq!(
        env.layer_dirs().len(),
        2,
        "the base layer stays for shared-b"
    );
    env.ok(&["rmi", "shared-b"]);
    assert!(env.layer_dirs().is_empty(), "{:?}", env.layer_dirs());
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
    let r = env.run(&["rmi", "shared-b"]);
    r.assert_code(1);
    assert!(r.stderr().contains("image not known"), "{}", r.stderr());
}

#[test]
fn hostile_layers_fail_and_leave_nothing() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-hostile");
    for repo in [
        "evil-dotdot",
        "evil-abs",
        "evil-symlink",
        "evil-hardlink",
        "evil-abs-hardlink",
        "evil-whiteout",
    ] {
        let before = env.layer_dirs();
        let r = env.run(&[
            "pull",
            "--tls-verify=false",
            &image(&format!("berth-test/{repo}")),
        ]);
        if repo == "evil-abs" && r.code() == 0 {
            // an absolute name is kept inside the layer (tar semantics), never written to /tmp
            let d = images_json()[format!("berth-test/{repo}")]["diff_ids"][0]
                .as_str()
                .unwrap()
                .trim_start_matches("sha256:")
                .to_string();
            assert!(env
                .store()
                .join("layers")
                .join(d)
                .join("diff/tmp/berth-evil-abs")
                .exists());
        } else {
            r.assert_code(125);
            let err = r.stderr();
            assert!(
                err.contains("Error:")
                    && (err.contains("..")
                        || err.contains("symlink")
                        || err.contains("outside")
                        || err.contains("escape")),
                "{repo}: {err}"
            );
            assert_eq!(env.layer_dirs(), before, "{repo} left a layer");
        }
        assert!(!std::path::Path::new("/tmp/berth-evil-dotdot").exists());
        assert!(!std::path::Path::new("/tmp/berth-evil-symlink").exists());
        assert!(!std::path::Path::new("/tmp/berth-evil-abs").exists());
        assert!(
            env.tmp_entries().is_empty(),
            "{repo}: {:?}",
            env.tmp_entries()
        );
    }
    assert_eq!(
        env.ok(&["images", "-q"]).stdout().lines().count(),
        env.layer_dirs().len()
    );
}

#[test]
fn corrupt_blob_is_refused() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-corrupt");
    let r = env.run(&["pull", "--tls-verify=false", &image("berth-test/corrupt")]);
    r.assert_code(125);
    assert!(r.stderr().contains("digest"), "{}", r.stderr());
    assert!(env.layer_dirs().is_empty());
    assert!(env.tmp_entries().is_empty(), "{:?}", env.tmp_entries());
    assert_eq!(env.ok(&["images", "-q"]).stdout(), "");
}

#[test]
fn twenty_concurrent_pulls_share_one_copy() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-concurrent");
    let img = image("berth-test/layered");
    let children: Vec<_> = (0..20)
        .map(|_| {
            env.cmd(&["pull", "-q", "--tls-verify=false", &img])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            image_id("berth-test/layered")
        );
    }
    assert_eq!(env.layer_dirs().len(), 5);
    assert!(env.tmp_entries().is_empty(), "{:?}", env.tmp_entries());
    assert_eq!(env.ok(&["images", "-q"]).stdout().lines().count(), 1);
}

#[test]
fn kill_9_mid_pull_leaves_a_store_the_next_command_repairs() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-kill");
    let img = image("berth-test/layered");
    for delay_ms in [2u64, 8, 15, 30, 60, 120] {
        let mut child = env
            .cmd(&["pull", "-q", "--tls-verify=false", &img])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // whatever state it left, images.json is valid and lists only complete images
        let ids = env.ok(&["images", "-q", "--no-trunc"]).stdout();
        for line in ids.lines() {
            assert_eq!(line, format!("sha256:{}", image_id("berth-test/layered")));
        }
        for l in env.layer_dirs() {
            assert!(
                env.store()
                    .join("layers")
                    .join(&l)
                    .join("layer.json")
                    .exists(),
                "a half-written layer is visible: {l}"
            );
        }
        // the next pull repairs and completes
        env.pull("berth-test/layered");
        assert!(
            env.tmp_entries().is_empty(),
            "tmp after repair: {:?}",
            env.tmp_entries()
        );
        env.ok(&["rmi", "-a"]);
    }
}

#[test]
fn short_names_resolve_through_registries_conf() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-short");
    let r = env.run(&["pull", "berth-test/busybox"]);
    r.assert_code(125);
    assert!(r.stderr().contains("unqualified-search"), "{}", r.stderr());
    env.write_config(
        "containers/registries.conf",
        &format!("unqualified-search-registries = [\"{reg}\"]\n[[registry]]\nlocation = \"{reg}\"\ninsecure = true\n[aliases]\n\"tiny\" = \"{reg}/berth-test/shared-a\"\n", reg = registry()),
    );
    let r = env.ok(&["pull", "-q", "berth-test/busybox"]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    let r = env.ok(&["pull", "-q", "tiny"]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/shared-a"));
}

#[test]
fn tag_untag_and_prune() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("tag");
    env.pull("berth-test/busybox");
    env.ok(&["tag", "busybox", "mine", "quay.io/x/y:v1"]);
    let images = env
        .ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .stdout();
    assert!(
        images.contains("localhost/mine:latest") && images.contains("quay.io/x/y:v1"),
        "{images}"
    );
    env.ok(&["untag", "mine", "localhost/mine"]);
    assert!(!env.ok(&["images"]).stdout().contains("localhost/mine"));
    // rmi by one of several names only untags
    let r = env.ok(&["rmi", "quay.io/x/y:v1"]);
    assert!(
        r.stdout().contains("Untagged: quay.io/x/y:v1") && !r.stdout().contains("Deleted"),
        "{}",
        r.stdout()
    );
    env.ok(&["untag", "busybox"]);
    let dangling = env
        .ok(&["images", "--format", "{{.Repository}} {{.Tag}}"])
        .stdout();
    assert_eq!(dangling.trim(), "<none> <none>");
    let r = env.ok(&["image", "prune", "-f"]);
    assert_eq!(r.stdout().trim(), image_id("berth-test/busybox"));
    assert!(env.layer_dirs().is_empty());
}

#[test]
fn runtime_dir_falls_back_when_unset() {
    if !integration() {
        return;
    }
    let mut env = TestEnv::new("xdg");
    env.unset_runtime_dir = true;
    let info: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--format", "json"]).stdout()).unwrap();
    let src = info["host"]["runtimeDirSource"].as_str().unwrap();
    assert!(src.contains("fallback"), "{src}");
    let dir = info["host"]["runtimeDir"].as_str().unwrap();
    let md = std::fs::metadata(dir).unwrap();
    assert_eq!((md.uid(), md.mode() & 0o777), (test_user().uid, 0o700));
    env.pull("berth-test/busybox");
}

#[test]
fn info_reports_host_store_and_helpers() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("info");
    let info: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--format", "json"]).stdout()).unwrap();
    let sub = subuid_start();
    assert_eq!(info["host"]["idMappings"]["uidmap"][1]["host_id"], sub);
    assert_eq!(
        info["host"]["idMappings"]["uidmap"][0]["host_id"],
        test_user().uid
    );
    assert!(info["host"]["helpers"]["newuidmap"]["path"]
        .as_str()
        .unwrap()
        .ends_with("newuidmap"));
    assert!(["overlay", "fuse-overlayfs", "vfs"]
        .contains(&info["store"]["graphDriverName"].as_str().unwrap()));
    assert!(!info["store"]["graphDriverReason"]
        .as_str()
        .unwrap()
        .is_empty());
    assert_eq!(
        info["store"]["graphRoot"],
        env.store().display().to_string()
    );
    let kernel = env.ok(&["info", "--format", "{{.host.kernel}}"]).stdout();
    assert_eq!(kernel.trim(), nix_release());
    let yaml = env.ok(&["info"]).stdout();
    assert!(
        yaml.contains("graphDriverName:") && yaml.contains("idMappings:"),
        "{yaml}"
    );
    let forced = env
        .ok(&[
            "--storage-driver",
            "vfs",
            "info",
            "--format",
            "{{.store.graphDriverName}} {{.store.graphDriverReason}}",
        ])
        .stdout();
    assert_eq!(forced.trim(), "vfs set by --storage-driver");
}

fn nix_release() -> String {
    String::from_utf8(
        std::process::Command::new("uname")
            .arg("-r")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_string()
}

#[test]
fn a_user_without_subordinate_ids_gets_the_fix_and_a_working_pull() {
    if !integration() {
        return;
    }
    let env = TestEnv::new_as("nosub", nosub_user());
    let r = env.ok(&[
        "pull",
        "-q",
        "--tls-verify=false",
        &image("berth-test/layered"),
    ]);
    let err = r.stderr();
    assert!(
        err.contains("usermod --add-subuids") && err.contains(&nosub_user().name),
        "{err}"
    );
    assert_eq!(r.stdout().trim(), image_id("berth-test/layered"));
    // every file is the user's own: there is no other id to give it
    let d = images_json()["berth-test/layered"]["diff_ids"][1]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    let md = std::fs::symlink_metadata(
        env.store()
            .join("layers")
            .join(d)
            .join("diff/data/owned-by-1000"),
    )
    .unwrap();
    assert_eq!(md.uid(), nosub_user().uid);
    let info: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--format", "json"]).stdout()).unwrap();
    assert_eq!(
        info["host"]["idMappings"]["uidmap"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn concurrent_pulls_of_images_sharing_a_layer() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("pull-concurrent-shared");
    let children: Vec<_> = (0..10)
        .map(|i| {
            let img = image(if i % 2 == 0 {
                "berth-test/shared-a"
            } else {
                "berth-test/shared-b"
            });
            env.cmd(&["pull", "-q", "--tls-verify=false", &img])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        env.layer_dirs().len(),
        3,
        "the shared base layer once: {:?}",
        env.layer_dirs()
    );
    assert_eq!(env.ok(&["images", "-q"]).stdout().lines().count(), 2);
    assert!(env.tmp_entries().is_empty(), "{:?}", env.tmp_entries());
}
