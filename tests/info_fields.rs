//! `info` as podman's scripts read it: podman's JSON names, and `--format` templates by
//! podman's Go field names beside the JSON ones.

mod common;
use common::*;

#[test]
fn info_has_podmans_fields_and_go_names() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("infof");
    let info: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--format=json"]).stdout()).unwrap();
    let exe = berth_bin().canonicalize().unwrap().display().to_string();
    assert_eq!(info["host"]["ociRuntime"]["path"], exe.as_str());
    assert!(info["host"]["conmon"]["package"]
        .as_str()
        .unwrap()
        .contains("conmon"));
    assert!(info["host"]["buildahVersion"]
        .as_str()
        .unwrap()
        .starts_with("1."));
    assert_eq!(
        info["host"]["slirp4netns"]["executable"],
        "/usr/bin/slirp4netns"
    );
    assert_eq!(info["host"]["distribution"]["distribution"], "debian");
    assert_eq!(info["store"]["imageStore"]["number"], 0);
    assert!(info["store"]["graphOptions"].is_object());
    let t = env
        .ok(&[
            "info",
            "--format",
            "{{.Host.OCIRuntime.Name}} {{.Host.CgroupsVersion}} {{.Host.Security.Rootless}} {{.Store.GraphDriverName}} {{.host.os}}",
        ])
        .stdout();
    let want = format!(
        "berth {} true {} linux\n",
        info["host"]["cgroupVersion"].as_str().unwrap(),
        info["store"]["graphDriverName"].as_str().unwrap()
    );
    assert_eq!(t, want);
    assert_eq!(
        env.ok(&["info", "--format", "{{.Store.VolumePath}}"])
            .stdout()
            .trim(),
        env.store().join("volumes").display().to_string()
    );
    // --root and --storage-driver drop storage.conf's driver options (podman)
    env.write_config(
        "containers/storage.conf",
        "[storage]\ndriver = \"overlay\"\n[storage.options.overlay]\nmount_program = \"/usr/bin/fuse-overlayfs\"\n",
    );
    let with = env
        .ok(&["info", "--format", "{{.Store.GraphOptions}}"])
        .stdout();
    assert!(with.contains("mount_program"), "{with}");
    let root = env.dir.join("other-root");
    let without = env
        .ok(&[
            "--storage-driver=vfs",
            "--root",
            root.to_str().unwrap(),
            "info",
            "--format",
            "{{ .Store.GraphOptions }}",
        ])
        .stdout();
    assert_eq!(without, "map[]\n");
}
