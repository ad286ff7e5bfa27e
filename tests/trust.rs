//! `image trust set/show`: podman's policy.json edits and listings.

mod common;
use common::*;

#[test]
fn trust_set_and_show_as_podman() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("trust");
    let p = env.dir.join("policy.json");
    let pp = format!("--policypath={}", p.display());
    let r = env.run(&["image", "trust", "set", &pp, "--type=bogus", "default"]);
    r.assert_code(125);
    assert!(
        r.stderr().starts_with("Error: invalid choice: bogus"),
        "{}",
        r.stderr()
    );
    assert!(!p.exists());
    env.ok(&["image", "trust", "set", &pp, "--type=reject", "default"]);
    env.ok(&["image", "trust", "set", &pp, "-t", "accept", "docker.io"]);
    let out = env.ok(&["image", "trust", "show", &pp]).stdout();
    let lines: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["TRANSPORT", "NAME", "TYPE", "ID", "STORE"]);
    assert_eq!(lines[1], ["all", "default", "reject"]);
    assert_eq!(lines[2], ["repository", "docker.io", "accept"]);
    let j: serde_json::Value =
        serde_json::from_str(&env.ok(&["image", "trust", "show", &pp, "--json"]).stdout()).unwrap();
    assert_eq!(j[0]["repo_name"], "default");
    assert_eq!(j[1]["type"], "accept");
    let raw = env.ok(&["image", "trust", "show", &pp, "--raw"]).stdout();
    assert_eq!(raw, std::fs::read_to_string(&p).unwrap());
    let policy: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(
        policy["transports"]["docker"]["docker.io"][0]["type"],
        "insecureAcceptAnything"
    );
    // signedBy needs keys
    env.run(&["image", "trust", "set", &pp, "-t", "signedBy", "quay.io"])
        .assert_code(125);
}
