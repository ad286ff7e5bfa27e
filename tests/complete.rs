//! `berth __complete` / `__completeNoDesc`: cobra's protocol, as podman's completion scripts
//! call it: candidates, a `:DIRECTIVE` line, and the directive's name on stderr.

mod common;
use common::*;

fn lines(r: &Run) -> Vec<String> {
    r.stdout().lines().map(str::to_string).collect()
}

#[test]
fn subcommands_and_flags_complete_with_cobras_directives() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("complete-cmds");
    let r = env.ok(&["__completeNoDesc", "ru"]);
    assert_eq!(lines(&r), ["run", ":4"], "{}", r.stdout());
    assert!(
        r.stderr()
            .contains("Completion ended with directive: ShellCompDirectiveNoFileComp"),
        "{}",
        r.stderr()
    );
    // with descriptions: NAME<TAB>ABOUT
    let r = env.ok(&["__complete", "volume", "c"]);
    assert!(
        r.stdout().lines().any(|l| l.starts_with("create\t")),
        "{}",
        r.stdout()
    );
    // flags of the command typed so far
    let r = env.ok(&["__completeNoDesc", "rm", "--"]);
    let l = lines(&r);
    assert!(l.contains(&"--force".to_string()), "{l:?}");
    assert!(l.contains(&"--all".to_string()), "{l:?}");
    assert!(!l.contains(&"-f".to_string()), "{l:?}");
    assert_eq!(l.last().unwrap(), ":4");
    // a command's own argument: the shell completes files (directive 0)
    let r = env.ok(&["__completeNoDesc", "run", "someimage", ""]);
    assert_eq!(lines(&r), [":0"], "{}", r.stdout());
    assert!(r.stderr().contains("ShellCompDirectiveDefault"));
    // a command that takes no argument: nothing, and no files
    let r = env.ok(&["__completeNoDesc", "version", ""]);
    assert_eq!(lines(&r), [":4"], "{}", r.stdout());
}

#[test]
fn names_of_containers_images_volumes_and_networks_complete() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("complete-names");
    env.pull("berth-test/busybox");
    let img = image("berth-test/busybox");
    env.ok(&["create", "--name", "cmpl-box", &img, "true"]);
    env.ok(&["volume", "create", "cmpl-vol"]);
    env.ok(&["network", "create", "cmpl-net"]);
    let r = env.ok(&["__completeNoDesc", "rm", ""]);
    assert!(
        lines(&r).contains(&"cmpl-box".to_string()),
        "{}",
        r.stdout()
    );
    assert_eq!(lines(&r).last().unwrap(), ":4");
    // the prefix filters; two characters of an id add the ids
    let r = env.ok(&["__completeNoDesc", "start", "cmpl-"]);
    assert_eq!(lines(&r), ["cmpl-box", ":4"], "{}", r.stdout());
    let id = env
        .ok(&["inspect", "--format", "{{.Id}}", "cmpl-box"])
        .stdout();
    let short: String = id.trim().chars().take(12).collect();
    let r = env.ok(&["__completeNoDesc", "stop", &short[..2]]);
    assert!(lines(&r).contains(&short), "{}", r.stdout());
    // cp: NAME: with no space after it
    let r = env.ok(&["__completeNoDesc", "cp", "cmpl"]);
    assert_eq!(lines(&r), ["cmpl-box:", ":2"], "{}", r.stdout());
    assert!(r.stderr().contains("ShellCompDirectiveNoSpace"));
    // images: the full name, then the name without its registry once something is typed
    let r = env.ok(&["__completeNoDesc", "rmi", ""]);
    assert!(lines(&r).contains(&img), "{}", r.stdout());
    let r = env.ok(&["__completeNoDesc", "rmi", "berth-test/"]);
    assert!(
        lines(&r).contains(&"berth-test/busybox:latest".to_string()),
        "{}",
        r.stdout()
    );
    let r = env.ok(&["__completeNoDesc", "volume", "rm", ""]);
    assert_eq!(lines(&r), ["cmpl-vol", ":4"], "{}", r.stdout());
    let r = env.ok(&["__completeNoDesc", "network", "rm", "cmpl"]);
    assert_eq!(lines(&r), ["cmpl-net", ":4"], "{}", r.stdout());
    // a flag's value: --network names networks
    let r = env.ok(&["__completeNoDesc", "run", "--network", "cmpl"]);
    assert_eq!(lines(&r), ["cmpl-net", ":4"], "{}", r.stdout());
}
