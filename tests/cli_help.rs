//! The command tree keeps podman's conventions: every command has help and exits 0 with it;
//! an unknown flag is berth's own error, exit 125.

mod common;
use common::*;

fn walk(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    // `__complete` is cobra's completion protocol: every word after it is the line being
    // completed, flags too, so it has no help of its own and no unknown flag
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.get_name().starts_with("__complete"))
    {
        let mut p = prefix.clone();
        p.push(sub.get_name().to_string());
        out.push(p.clone());
        walk(sub, p, out);
    }
}

#[test]
fn every_command_has_help_and_rejects_bad_flags_with_125() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("help");
    let mut all = Vec::new();
    walk(&berth::cli::command(), Vec::new(), &mut all);
    assert!(all.len() > 15, "{all:?}");
    for path in &all {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let r = env.ok(&args);
        assert!(r.stdout().contains("Usage:"), "{path:?}: {}", r.stdout());
        args.pop();
        args.push("--no-such-flag");
        let r = env.run(&args);
        r.assert_code(125);
    }
    let v = env.ok(&["version"]).stdout();
    assert!(v.contains(env!("CARGO_PKG_VERSION")));
    // podman's words and exit code for a level it does not know
    let r = env.run(&["--log-level", "loud", "version"]);
    r.assert_code(1);
    assert!(
        r.stderr().contains("Log Level \"loud\" is not supported"),
        "{}",
        r.stderr()
    );
}

#[test]
fn completion_prints_a_script() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("completion");
    assert!(env
        .ok(&["completion", "bash"])
        .stdout()
        .contains("_berth()"));
    assert!(env
        .ok(&["completion", "fish"])
        .stdout()
        .contains("complete -c berth"));
    assert!(env
        .ok(&["completion", "zsh"])
        .stdout()
        .contains("#compdef berth"));
}
