//! Volumes and bind mounts: data written in the container lands on the host with the user's
//! (or the mapped) owner; read-only binds refuse writes; :U hands a tree to the container
//! user; named volumes outlive containers; targets resolve inside the rootfs.

mod common;
use common::*;
use std::os::unix::fs::{chown, MetadataExt};

fn host_dir(env: &TestEnv, name: &str) -> std::path::PathBuf {
    let d = env.dir.join(name);
    std::fs::create_dir_all(&d).unwrap();
    chown(&d, Some(env.user.uid), Some(env.user.gid)).unwrap();
    d
}

#[test]
fn bind_mounts_map_owners_and_honour_ro() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("vol-bind");
    let img = image("berth-test/busybox");
    let d = host_dir(&env, "shared");
    let spec = format!("{}:/shared", d.display());
    env.ok(&["run", "--rm", "--tls-verify=false", "-v", &spec, &img, "sh", "-c", "echo root > /shared/by-root; su app -c 'echo app > /shared/by-app' 2>/dev/null || (chown 1000:1000 /shared && echo app > /shared/by-app-via-chown)"]);
    let md = std::fs::metadata(d.join("by-root")).unwrap();
    assert_eq!(md.uid(), env.user.uid, "container root writes as the user");
    assert_eq!(
        std::fs::read_to_string(d.join("by-root")).unwrap(),
        "root\n"
    );
    // a file written by uid 1000 in the container is owned by the mapped subordinate id
    env.ok(&[
        "run",
        "--rm",
        "-u",
        "0",
        "-v",
        &spec,
        &img,
        "sh",
        "-c",
        "touch /shared/f1000 && chown 1000:1000 /shared/f1000",
    ]);
    assert_eq!(
        std::fs::metadata(d.join("f1000")).unwrap().uid(),
        subuid_start() + 999
    );
    // read-only
    let ro = format!("{}:/shared:ro", d.display());
    let r = env.run(&["run", "--rm", "-v", &ro, &img, "touch", "/shared/nope"]);
    assert_ne!(r.code(), 0);
    assert!(r.stderr().contains("Read-only"), "{}", r.stderr());
    assert!(!d.join("nope").exists());
    // a missing host path is a clear error
    let r = env.run(&["run", "--rm", "-v", "/no/such/dir:/x", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("/no/such/dir"), "{}", r.stderr());
}

#[test]
fn chown_flag_hands_the_tree_to_the_container_user() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("vol-U");
    let img = image("berth-test/busybox");
    let d = host_dir(&env, "owned");
    std::fs::write(d.join("inside"), "x").unwrap();
    chown(d.join("inside"), Some(env.user.uid), Some(env.user.gid)).unwrap();
    let spec = format!("{}:/owned:U", d.display());
    let r = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-u",
        "app",
        "-v",
        &spec,
        &img,
        "sh",
        "-c",
        "stat -c %u /owned/inside; echo mine > /owned/new",
    ]);
    assert_eq!(r.stdout().trim(), "1000");
    assert_eq!(
        std::fs::metadata(d.join("inside")).unwrap().uid(),
        subuid_start() + 999
    );
    assert_eq!(
        std::fs::metadata(d.join("new")).unwrap().uid(),
        subuid_start() + 999
    );
}

#[test]
fn named_volumes_outlive_containers() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("vol-named");
    let img = image("berth-test/busybox");
    env.ok(&["volume", "create", "--label", "k=v", "data"]);
    let r = env.run(&["volume", "create", "data"]);
    r.assert_code(125);
    assert!(r.stderr().contains("already exists"), "{}", r.stderr());
    env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-v",
        "data:/data",
        &img,
        "sh",
        "-c",
        "echo kept > /data/f",
    ]);
    let r = env.ok(&[
        "run",
        "--rm",
        "--mount",
        "type=volume,source=data,target=/v",
        &img,
        "cat",
        "/v/f",
    ]);
    assert_eq!(r.stdout().trim(), "kept");
    let ls = env.ok(&["volume", "ls"]).stdout();
    assert!(
        ls.starts_with("DRIVER") && ls.contains("local") && ls.contains("data"),
        "{ls}"
    );
    let inspect: serde_json::Value =
        serde_json::from_str(&env.ok(&["volume", "inspect", "data"]).stdout()).unwrap();
    assert_eq!(inspect[0]["Labels"]["k"], "v");
    env.ok(&["volume", "exists", "data"]);
    env.run(&["volume", "exists", "nope"]).assert_code(1);
    // in use by a container: refused
    env.ok(&[
        "run",
        "--name",
        "user-of-data",
        "-v",
        "data:/data",
        &img,
        "true",
    ]);
    let r = env.run(&["volume", "rm", "data"]);
    r.assert_code(2); // podman's exit code for a volume in use
    assert!(r.stderr().contains("being used"), "{}", r.stderr());
    env.ok(&["rm", "user-of-data"]);
    env.ok(&["volume", "rm", "data"]);
    assert!(env.ok(&["volume", "ls", "-q"]).stdout().is_empty());
    // anonymous volumes go with --rm
    env.ok(&["run", "--rm", "-v", "/anon", &img, "touch", "/anon/x"]);
    assert!(env.ok(&["volume", "ls", "-q"]).stdout().is_empty());
}

/// `ls DIR` in a fresh container with `-v SPEC`.
fn ls_with(env: &TestEnv, spec: &str, dir: &str) -> Vec<String> {
    let img = image("berth-test/busybox");
    let r = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "-v",
        spec,
        &img,
        "ls",
        "-A",
        dir,
    ]);
    r.stdout().lines().map(String::from).collect()
}

#[test]
fn a_new_named_volume_is_filled_from_the_image_once() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("vol-copyup");
    let img = image("berth-test/busybox");
    // what the image has at /etc, as podman copies it into a new volume
    let plain = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        &img,
        "cat",
        "/etc/passwd",
    ]);
    let first = ls_with(&env, "fill:/etc", "/etc");
    assert!(first.iter().any(|f| f == "passwd"), "{first:?}");
    let inside = env.ok(&["run", "--rm", "-v", "fill:/etc", &img, "cat", "/etc/passwd"]);
    assert_eq!(
        inside.stdout(),
        plain.stdout(),
        "the image's file, byte for byte"
    );
    // on the host: the volume holds the copy, owned by the namespace's root (the user)
    let inspect: serde_json::Value =
        serde_json::from_str(&env.ok(&["volume", "inspect", "fill"]).stdout()).unwrap();
    let mp = std::path::PathBuf::from(inspect[0]["Mountpoint"].as_str().unwrap());
    let md = std::fs::metadata(mp.join("passwd")).unwrap();
    assert_eq!(md.uid(), env.user.uid);
    // emptied later, it stays empty (podman copies on the first use only)
    env.ok(&[
        "run",
        "--rm",
        "-v",
        "fill:/etc",
        &img,
        "rm",
        "/etc/passwd",
        "/etc/group",
    ]);
    let again = ls_with(&env, "fill:/etc", "/etc");
    assert!(
        !again.iter().any(|f| f == "passwd" || f == "group"),
        "{again:?}"
    );
    // nocopy: nothing copied; --mount type=volume copies as -v does
    let none = ls_with(&env, "empty:/etc:nocopy", "/etc");
    assert!(!none.iter().any(|f| f == "passwd"), "{none:?}");
    let r = env.ok(&[
        "run",
        "--rm",
        "--mount",
        "type=volume,src=m,dst=/etc",
        &img,
        "ls",
        "/etc",
    ]);
    assert!(r.stdout().lines().any(|f| f == "passwd"), "{}", r.stdout());
}

#[test]
fn tmpfs_and_in_root_targets() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("vol-tmpfs");
    let img = image("berth-test/layered");
    let r = env.ok(&[
        "run",
        "--rm",
        "--tls-verify=false",
        "--tmpfs",
        "/scratch:size=1m",
        &img,
        "sh",
        "-c",
        "grep ' /scratch ' /proc/mounts",
    ]);
    assert!(
        r.stdout().contains("tmpfs") && r.stdout().contains("size=1024k"),
        "{}",
        r.stdout()
    );
    // /data/abs-link is a symlink to /etc/passwd in the image: the bind lands on the
    // container's /etc/passwd, never on a host path
    let f = env.dir.join("replacement");
    std::fs::write(&f, "replaced:x:0:0::/:/bin/sh\n").unwrap();
    let spec = format!("{}:/data/abs-link:ro", f.display());
    // what the host's /etc/passwd (the file a bind resolved on the host would hit) and the
    // bind's source are: contents, inode, size, times, mode
    let state = |p: &std::path::Path| {
        let m = std::fs::metadata(p).unwrap();
        (
            std::fs::read(p).unwrap(),
            (m.ino(), m.len(), m.mode(), m.uid()),
            (m.mtime(), m.mtime_nsec(), m.ctime(), m.ctime_nsec()),
        )
    };
    let host = std::path::Path::new("/etc/passwd");
    let (host_before, f_before) = (state(host), state(&f));
    let r = env.ok(&["run", "--rm", "-v", &spec, &img, "cat", "/etc/passwd"]);
    assert_eq!(r.stdout(), "replaced:x:0:0::/:/bin/sh\n");
    assert!(
        state(host) == host_before,
        "the host's /etc/passwd was touched"
    );
    assert!(state(&f) == f_before, "the bind's source was touched");
    // and the host's /etc/passwd is not what the container saw
    assert_ne!(host_before.0, r.out.stdout, "host untouched");
}
