//! `images` and `rmi` as podman's 010-images has them: `table` templates aligned on their
//! spaces, the before/since/after filters, a name of an image with other names only untagged
//! (also with -f), and the in-use errors in podman's words, joined when there are several;
//! `ps --filter status=stopped` (040-ps).

mod common;
use common::*;

#[test]
fn images_table_template_filters_and_rmi_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("img-cmds");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let iid = env
        .ok(&["inspect", "--format", "{{.Id}}", &img])
        .stdout()
        .trim()
        .to_string();
    env.ok(&["tag", &img, "a.b/c:d"]);
    env.ok(&["tag", &img, "zzzzzzzzzz.yyyyyyyyy/xxxxxxxxx:long-tag-here"]);
    // a space in a table template separates columns, as a tab does
    let r = env.ok(&[
        "images",
        "--sort",
        "repository",
        "--format",
        "table {{.Repository}} {{.Tag}} {{.ID}}",
    ]);
    let text = r.stdout();
    let lines: Vec<&str> = text.lines().collect();
    // the widest repository (the test registry's address may be the longest name)
    let width = lines[1..]
        .iter()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::len)
        .max()
        .unwrap_or(0)
        .max("zzzzzzzzzz.yyyyyyyyy/xxxxxxxxx".len());
    let tagw = "long-tag-here".len();
    assert_eq!(
        lines[0],
        format!("{:<width$}  {:<tagw$}  IMAGE ID", "REPOSITORY", "TAG"),
        "{}",
        r.stdout()
    );
    // sorted by repository: a.b/c comes before the z-name, wherever the registry's name sorts
    let want = format!("{:<width$}  {:<tagw$}  {}", "a.b/c", "d", &iid[..12]);
    let at = lines.iter().position(|l| *l == want);
    let z = lines.iter().position(|l| l.starts_with("zzzzzzzzzz."));
    assert!(at.is_some() && at < z, "{}", r.stdout());
    // rmi -f of one name of several only untags it
    let r = env.ok(&["rmi", "-f", "a.b/c:d"]);
    assert_eq!(r.stdout(), "Untagged: a.b/c:d\n");
    env.ok(&["inspect", "--format", "{{.Id}}", &img]);
    env.ok(&["rmi", "zzzzzzzzzz.yyyyyyyyy/xxxxxxxxx:long-tag-here"]);

    // before/since/after compare creation times with the image named
    let noh = ["images", "--noheading", "--no-trunc", "--format", "{{.ID}}"];
    for f in ["after", "since", "before"] {
        let r = env.ok(&[&noh[..], &["--filter", &format!("{f}={iid}")]].concat());
        assert_eq!(r.stdout(), "", "{f} with one image");
    }
    env.ok(&["run", "--name", "tiny", &img, "true"]);
    let new = env
        .ok(&["commit", "-q", "tiny", "mynewimage"])
        .stdout()
        .trim()
        .to_string();
    for f in ["after", "since"] {
        let r = env.ok(&[&noh[..], &["--filter", &format!("{f}={iid}")]].concat());
        assert_eq!(r.stdout(), format!("sha256:{new}\n"), "{f}");
    }
    let r = env.ok(&[&noh[..], &["--filter", "before=mynewimage"]].concat());
    assert_eq!(r.stdout(), format!("sha256:{iid}\n"));
    let r = env.run(&["images", "--filter", "before=nosuchimage"]);
    r.assert_code(125);

    // in use: podman's words, each error once, joined when there are several
    env.ok(&["create", "--name", "user", "mynewimage", "true"]);
    let r = env.run(&["rmi", &new]);
    r.assert_code(2);
    assert!(
        r.stderr().starts_with(&format!(
            "Error: image used by {new}: image is in use by a container: consider listing external containers and force-removing image"
        )),
        "{}",
        r.stderr()
    );
    let r = env.run(&["rmi", "-a"]);
    r.assert_code(2);
    let err = r.stderr();
    assert!(
        err.starts_with("Error: 2 errors occurred:\n\t* image used by "),
        "{err}"
    );
    assert_eq!(err.matches("\t* image used by ").count(), 2, "{err}");
    assert_eq!(err.matches("Error:").count(), 1, "{err}");
    env.ok(&["rm", "-a", "-f"]);
    env.ok(&["rmi", "mynewimage"]);
}

#[test]
fn ps_status_stopped_means_exited() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("ps-stopped");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    env.ok(&["run", "--name", "stopped", &img, "true"]);
    env.run(&["run", "--name", "failed", &img, "false"]);
    env.ok(&["create", "--name", "created", &img, "true"]);
    let r = env.ok(&[
        "ps",
        "--filter",
        "status=stopped",
        "--format",
        "{{.Names}}",
        "--sort",
        "names",
    ]);
    assert_eq!(r.stdout(), "failed\nstopped\n");
    env.ok(&["rm", "-a"]);
}

/// 010-images "after pulling by sha" and 001-basic "can pull an image": a pull by digest
/// gives the image a name by digest, which `rmi` and `untag` take away alone; `images` does
/// not list it.
#[test]
fn names_by_digest_go_one_by_one() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("img-digest-names");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let digest = images_json()["berth-test/busybox"]["manifest_digest"]
        .as_str()
        .unwrap()
        .to_string();
    let by_digest = format!("{}/berth-test/busybox@{digest}", registry());
    let before = env.ok(&["images", "-a"]).stdout();
    env.ok(&["pull", "--tls-verify=false", &by_digest]);
    assert_eq!(
        env.ok(&["images", "-a"]).stdout(),
        before,
        "no row by digest"
    );
    // rmi of the name by digest only untags it: the tag keeps the image
    let r = env.ok(&["rmi", &by_digest]);
    assert_eq!(r.stdout(), format!("Untagged: {by_digest}\n"));
    env.ok(&["image", "exists", &img]);
    // a second rmi of it finds the image by its digest still, and it has one name left:
    // untag of the tag with the digest beside it removes the name by digest (libimage
    // drops the tag of a tagged and digested name)
    env.ok(&["pull", "--tls-verify=false", &by_digest]);
    let tagged_digest = format!("{img}@{digest}");
    env.ok(&["untag", &img, &tagged_digest]);
    env.ok(&["image", "exists", &img]);
    // now it is gone: untag of it again is refused
    let r = env.run(&["untag", &img, &tagged_digest]);
    assert_ne!(r.code(), 0, "{}", r.stdout());
    // with only the name by digest left, rmi of it removes the image
    env.ok(&["pull", "--tls-verify=false", &by_digest]);
    env.ok(&["untag", &img, &img]);
    let iid = image_id("berth-test/busybox");
    let r = env.ok(&["rmi", &by_digest]);
    assert_eq!(
        r.stdout(),
        format!("Untagged: {by_digest}\nDeleted: {iid}\n")
    );
    let r = env.run(&["image", "exists", &iid]);
    r.assert_code(1);
}

/// 010-images "bare manifest list", "rmi -af removes all containers and pods", "rmi -f can
/// remove infra images": rmi takes a manifest list by name, and `rmi -f` of the pause image
/// removes the pod whose infra uses it, members too; every Untagged line before the Deleted.
#[test]
fn rmi_of_a_manifest_list_and_of_a_pods_images() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("img-rmi-pods");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let list_id = env.ok(&["manifest", "create", "test:1.0"]).stdout();
    let r = env.ok(&["rmi", "test:1.0"]);
    assert_eq!(
        r.stdout(),
        format!("Untagged: localhost/test:1.0\nDeleted: {list_id}")
    );
    env.run(&["manifest", "exists", "test:1.0"]).assert_code(1);

    env.ok(&["create", "--pod", "new:p1", &img, "true"]);
    let version = env
        .ok(&[
            "version",
            "--format",
            "{{.Server.Version}}-{{.Server.Built}}",
        ])
        .stdout();
    let pause = format!("localhost/podman-pause:{}", version.trim());
    let pause_id = env
        .ok(&["inspect", "--format", "{{.ID}}", &pause])
        .stdout()
        .trim()
        .to_string();
    env.run(&["rmi", &pause]).assert_code(2);
    let r = env.ok(&["rmi", "-f", &pause]);
    assert_eq!(
        r.stdout(),
        format!("Untagged: {pause}\nDeleted: {pause_id}\n")
    );
    assert_eq!(r.stderr(), "", "no warning about the infra container");
    assert_eq!(env.ok(&["ps", "-a", "--noheading"]).stdout(), "");
    assert_eq!(env.ok(&["pod", "ps", "--noheading"]).stdout(), "");

    // rmi -af: both images, their Untagged lines first
    env.ok(&["create", "--pod", "new:p2", &img, "true"]);
    let iid = image_id("berth-test/busybox");
    let pause_id = env
        .ok(&["inspect", "--format", "{{.ID}}", &pause])
        .stdout()
        .trim()
        .to_string();
    let r = env.ok(&["rmi", "-af"]);
    let out = r.stdout();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[..2].iter().all(|l| l.starts_with("Untagged: ")),
        "{out}"
    );
    assert!(
        lines.contains(&format!("Untagged: {img}").as_str()),
        "{out}"
    );
    assert!(
        lines.contains(&format!("Untagged: {pause}").as_str()),
        "{out}"
    );
    let mut del: Vec<&str> = lines[2..].to_vec();
    del.sort();
    let mut want = vec![format!("Deleted: {iid}"), format!("Deleted: {pause_id}")];
    want.sort();
    assert_eq!(del, want, "{out}");
    assert_eq!(env.ok(&["images", "--noheading"]).stdout(), "");
    assert_eq!(env.ok(&["ps", "-a", "--noheading"]).stdout(), "");
    assert_eq!(env.ok(&["pod", "ps", "--noheading"]).stdout(), "");
}
