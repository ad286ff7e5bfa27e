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
