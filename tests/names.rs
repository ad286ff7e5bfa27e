//! Container names through the store's name index (`containers/.names/NAME -> ../ID`), as the
//! unprivileged user: names are found, refused when taken, freed by rm and moved by rename; the
//! index is only a hint (a deleted, stale or lying index changes no answer, and `system check`
//! finds and repairs it); a `create --name` killed with -9 at any moment leaves a store where
//! the name is taken exactly when a record carries it.

mod common;
use common::*;
use std::path::PathBuf;
use std::time::Duration;

fn names_dir(env: &TestEnv) -> PathBuf {
    env.store().join("containers/.names")
}

/// The IDs of the records (config.json) that carry `name`, read from the files themselves.
fn records_named(env: &TestEnv, name: &str) -> Vec<String> {
    let dir = env.store().join("containers");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let id = e.file_name().to_string_lossy().into_owned();
        if id.starts_with('.') {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(e.path().join("config.json")) else {
            continue;
        };
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        if v["spec"]["name"] == name {
            out.push(id);
        }
    }
    out
}

fn inspect_id(env: &TestEnv, name: &str) -> String {
    env.ok(&["inspect", "--format", "{{.Id}}", name])
        .stdout()
        .trim()
        .to_string()
}

fn entry(env: &TestEnv, name: &str) -> Option<String> {
    std::fs::read_link(names_dir(env).join(name))
        .ok()
        .map(|t| t.to_string_lossy().trim_start_matches("../").to_string())
}

fn plant(env: &TestEnv, name: &str, id: &str) {
    let p = names_dir(env).join(name);
    let _ = std::fs::remove_file(&p);
    std::os::unix::fs::symlink(format!("../{id}"), &p).unwrap();
    std::os::unix::fs::lchown(&p, Some(env.user.uid), Some(env.user.gid)).unwrap();
}

#[test]
fn names_are_found_refused_freed_and_renamed() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("names");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let a = env
        .ok(&["create", "-q", "--name", "web", &img, "true"])
        .stdout();
    let a = a.trim();
    let b = env
        .ok(&["create", "-q", "--name", "db", &img, "true"])
        .stdout();
    let b = b.trim();
    assert_eq!(inspect_id(&env, "web"), a);
    assert_eq!(inspect_id(&env, "db"), b);
    assert_eq!(entry(&env, "web").as_deref(), Some(a));
    // by full ID and by prefix too
    assert_eq!(inspect_id(&env, a), a);
    assert_eq!(inspect_id(&env, &b[..8]), b);
    // a taken name: podman's words, exit 125, nothing made
    let r = env.run(&["create", "--name", "web", &img, "true"]);
    r.assert_code(125);
    assert!(
        r.stderr().contains(&format!(
            "the container name \"web\" is already in use by {a}"
        )),
        "{}",
        r.stderr()
    );
    assert_eq!(records_named(&env, "web"), vec![a.to_string()]);
    // rename moves the name; the old one is free, the new one refused to others
    env.ok(&["rename", "web", "www"]);
    assert_eq!(inspect_id(&env, "www"), a);
    env.run(&["inspect", "web"]).assert_code(125);
    assert_eq!(entry(&env, "web"), None);
    let r = env.run(&["rename", "db", "www"]);
    r.assert_code(125);
    assert!(r.stderr().contains("already in use"), "{}", r.stderr());
    // rm frees the name for a new container
    env.ok(&["rm", "www"]);
    assert_eq!(entry(&env, "www"), None);
    let c = env
        .ok(&["create", "-q", "--name", "www", &img, "true"])
        .stdout();
    assert_eq!(inspect_id(&env, "www"), c.trim());
    assert_ne!(c.trim(), a);
    // generated names are unique too
    for _ in 0..4 {
        let id = env.ok(&["create", "-q", &img, "true"]).stdout();
        let n = env
            .ok(&["inspect", "--format", "{{.Name}}", id.trim()])
            .stdout();
        assert_eq!(records_named(&env, n.trim()).len(), 1, "{n}");
    }
    assert_eq!(env.ok(&["system", "check"]).stdout(), "No problems found\n");
}

#[test]
fn the_index_is_a_hint_that_is_verified_and_repaired() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("names-hint");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    let a = env
        .ok(&["create", "-q", "--name", "a", &img, "true"])
        .stdout();
    let a = a.trim().to_string();
    let b = env
        .ok(&["create", "-q", "--name", "b", &img, "true"])
        .stdout();
    let b = b.trim().to_string();
    // the whole index gone (a store from before it): every name is still found, and indexed
    std::fs::remove_dir_all(names_dir(&env)).unwrap();
    assert_eq!(inspect_id(&env, "b"), b);
    assert_eq!(entry(&env, "a").as_deref(), Some(a.as_str()));
    assert_eq!(entry(&env, "b").as_deref(), Some(b.as_str()));
    // a record without its entry (a create killed between the two): found, and its name taken
    std::fs::remove_file(names_dir(&env).join("a")).unwrap();
    let r = env.run(&["create", "--name", "a", &img, "true"]);
    r.assert_code(125);
    assert!(r.stderr().contains("already in use"), "{}", r.stderr());
    assert_eq!(inspect_id(&env, "a"), a);
    // an entry that lies (leads to a container of another name) and one that leads nowhere
    plant(&env, "liar", &b);
    plant(&env, "ghost", &"0".repeat(64));
    env.run(&["inspect", "liar"]).assert_code(125);
    assert_eq!(inspect_id(&env, "b"), b);
    plant(&env, "liar", &b);
    let r = env.run(&["system", "check"]);
    r.assert_code(1);
    assert!(
        r.stdout().contains("ghost") && r.stdout().contains("liar"),
        "{}",
        r.stdout()
    );
    env.ok(&["system", "check", "-r"]);
    assert_eq!(env.ok(&["system", "check"]).stdout(), "No problems found\n");
    assert_eq!(entry(&env, "ghost"), None);
    // a stale entry does not keep its name from a new container
    plant(&env, "ghost", &"0".repeat(64));
    let g = env
        .ok(&["create", "-q", "--name", "ghost", &img, "true"])
        .stdout();
    assert_eq!(inspect_id(&env, "ghost"), g.trim());
    assert_eq!(entry(&env, "ghost").as_deref(), Some(g.trim()));
}

/// `create --name N` killed with -9 after `delay`; afterwards the name must be taken exactly
/// when a record carries it.
fn killed_create(env: &TestEnv, img: &str, name: &str, delay: Duration) {
    let mut child = env
        .cmd(&["create", "-q", "--name", name, img, "true"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
    let before = records_named(env, name);
    assert!(before.len() <= 1, "{before:?}");
    let r = env.run(&["create", "-q", "--name", name, img, "true"]);
    if before.is_empty() {
        r.assert_code(0);
        assert_eq!(
            records_named(env, name),
            vec![r.stdout().trim().to_string()]
        );
    } else {
        r.assert_code(125);
        assert_eq!(inspect_id(env, name), before[0]);
    }
    env.ok(&["rm", "-f", name]);
    assert!(records_named(env, name).is_empty());
}

#[test]
fn a_killed_create_leaves_a_consistent_name() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("names-kill");
    let img = image("berth-test/busybox");
    env.pull("berth-test/busybox");
    // how long a create takes here, so that the kills land all along it
    let t0 = std::time::Instant::now();
    env.ok(&["create", "-q", "--name", "probe", &img, "true"]);
    let full = t0.elapsed();
    for i in 0..10u32 {
        killed_create(&env, &img, "victim", full * i / 8);
    }
    env.ok(&["system", "check", "-r"]);
    assert_eq!(env.ok(&["system", "check"]).stdout(), "No problems found\n");
    assert_eq!(inspect_id(&env, "probe"), records_named(&env, "probe")[0]);
}
