//! The command tree keeps podman's conventions: every command has help and exits 0 with it;
//! an unknown flag is berth's own error, exit 125.

mod common;
use common::podman::Podman;
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

/// The program's name in its help and errors (it names itself as it was called, as podman).
fn bin() -> String {
    berth_bin()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// The line after `Usage:` in a help text.
fn synopsis(help: &str) -> String {
    let mut lines = help.lines();
    lines.by_ref().find(|l| *l == "Usage:");
    lines.next().unwrap_or_default().to_string()
}

/// podman's 015-help conventions, command by command: `Usage:` with `  berth PATH [options]
/// ARGS` (a group: `  berth PATH [command]`) on the next line, upper-case argument names,
/// `[options]` exactly when there is an `Options:` section, and a command that takes no
/// arguments refusing one with podman's words and 125.
#[test]
fn help_has_podmans_shape_and_argument_errors_its_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("helpshape");
    let top = env.ok(&["--help"]).stdout();
    assert_eq!(
        top.lines().next(),
        Some("Manage pods, containers and images")
    );
    let bin = bin();
    assert_eq!(synopsis(&top), format!("  {bin} [options] [command]"));
    // the command names are the first column of `Available Commands:`, unwrapped
    let listed: Vec<String> = top
        .lines()
        .skip_while(|l| *l != "Available Commands:")
        .skip(1)
        .take_while(|l| *l != "Options:")
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect();
    assert!(listed.contains(&"run".to_string()), "{listed:?}");
    assert!(listed.contains(&"help".to_string()), "{listed:?}");
    assert_eq!(env.ok(&["help"]).stdout(), top);
    assert_eq!(
        env.ok(&["help", "pod"]).stdout(),
        env.ok(&["pod", "--help"]).stdout()
    );

    let mut all = Vec::new();
    walk(&berth::cli::command(), Vec::new(), &mut all);
    let mut no_args = 0;
    for path in &all {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = env.ok(&args).stdout();
        args.pop();
        let usage = synopsis(&help);
        let head = format!("  {bin} {}", path.join(" "));
        let rest = usage
            .strip_prefix(&head)
            .unwrap_or_else(|| panic!("{path:?}: {usage:?}"))
            .trim_start();
        if rest == "[command]" {
            assert!(help.contains("\nAvailable Commands:\n"), "{path:?}: {help}");
            continue;
        }
        let rest = rest
            .strip_prefix("[options]")
            .unwrap_or_else(|| panic!("{path:?}: {usage:?}"))
            .trim_start();
        assert!(help.contains("\nOptions:\n"), "{path:?}: {help}");
        assert!(
            !rest.chars().any(|c| c.is_ascii_lowercase()),
            "{path:?}: {usage:?}"
        );
        if rest.is_empty() {
            no_args += 1;
            args.push("invalid-arg");
            let r = env.run(&args);
            r.assert_code(125);
            assert_eq!(
                r.stderr().trim_end(),
                format!("Error: `{bin} {}` takes no arguments", path.join(" ")),
                "{path:?}"
            );
        }
    }
    assert!(no_args > 5, "{no_args}");
}

/// cobra's flag and argument errors, word for word, beside podman's own (its name replaced).
#[test]
fn flag_errors_are_podmans_words() {
    if !integration() {
        return;
    }
    let env = TestEnv::new("flagerr");
    let cases: &[&[&str]] = &[
        &["run", "-h"],
        &["run", "--hostname"],
        &["run", "-Z"],
        &["run", "--foo"],
        &["bad", "--invalid"],
        &["NoSuchCommand"],
        &["version", "--format"],
        &["version", "x"],
        &["run", "--rm=maybe", "x"],
        &["rm", "--latest", "c1"],
        &["rm", "--all", "--latest"],
    ];
    let expected = |args: &[&str]| -> String {
        match args {
            ["run", "-h"] => "Error: flag needs an argument: 'h' in -h\nSee 'berth run --help'",
            ["run", "--hostname"] => "Error: flag needs an argument: --hostname\nSee 'berth run --help'",
            ["run", "-Z"] => "Error: unknown shorthand flag: 'Z' in -Z\nSee 'berth run --help'",
            ["run", "--foo"] => "Error: unknown flag: --foo\nSee 'berth run --help'",
            ["bad", "--invalid"] => "Error: unknown flag: --invalid\nSee 'berth --help'",
            ["NoSuchCommand"] => "Error: unrecognized command `berth NoSuchCommand`\nTry 'berth --help' for more information",
            ["version", "--format"] => "Error: flag needs an argument: --format\nSee 'berth version --help'",
            ["version", "x"] => "Error: `berth version` takes no arguments",
            ["run", "--rm=maybe", "x"] => "Error: invalid argument \"maybe\" for \"--rm\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\nSee 'berth run --help'",
            ["rm", "--latest", "c1"] => "Error: --latest and containers cannot be used together",
            _ => "Error: --all and --latest cannot be used together",
        }
        .replace("berth", &bin())
    };
    for args in cases {
        let r = env.run(args);
        r.assert_code(125);
        assert_eq!(r.stderr().trim_end(), expected(args), "{args:?}");
    }
    // a command's missing arguments, as cobra counts them
    let r = env.run(&["tag"]);
    r.assert_code(125);
    assert_eq!(
        r.stderr().trim_end(),
        "Error: requires at least 2 arg(s), only received 0"
    );
    let Some(podman) = Podman::new(&env) else {
        return;
    };
    for args in cases {
        let p = podman.run(args);
        assert_eq!(p.code(), 125, "{args:?}");
        assert_eq!(
            p.stderr().trim_end().replace("podman", &bin()),
            expected(args),
            "podman {args:?}"
        );
    }
}
