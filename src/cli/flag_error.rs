//! clap's parse errors in podman's (cobra's and `cmd/podman/validate`'s) words, for every
//! command in one place: `unknown flag: --x` / `unknown shorthand flag: 'x' in -x`, `flag needs
//! an argument: 'h' in -h`, `invalid argument "v" for "--flag" flag: …`, each followed by
//! `See 'podman run --help'`; the argument-count errors (`` `podman version` takes no
//! arguments``, `requires at least 1 arg(s), only received 0`, `accepts 2 arg(s), received 3`);
//! ``unrecognized command `podman nosuch` `` and `--latest and containers cannot be used
//! together`. The text has no `Error: ` prefix (the caller prints it).

use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, Command};

/// Where the command line leads in the tree: the command words and the number of
/// positional words given to the last command.
struct Located<'a> {
    path: Vec<String>,
    cmd: &'a Command,
    positionals: usize,
}

fn takes_value(a: &Arg) -> bool {
    a.get_action().takes_values() && a.get_num_args().is_none_or(|n| n.min_values() > 0)
}

fn locate<'a>(root: &'a Command, args: &[String]) -> Located<'a> {
    let mut cur = root;
    let mut path = Vec::new();
    let mut positionals = 0;
    let mut rest_positional = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if rest_positional {
            positionals += 1;
            continue;
        }
        if a == "--" {
            rest_positional = true;
            continue;
        }
        if let Some(long) = a.strip_prefix("--") {
            if !long.contains('=')
                && cur
                    .get_arguments()
                    .find(|x| x.get_long() == Some(long))
                    .is_some_and(takes_value)
            {
                i += 1;
            }
            continue;
        }
        if let Some(shorts) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
            let n = shorts.chars().count();
            for (k, c) in shorts.chars().enumerate() {
                if let Some(x) = cur.get_arguments().find(|x| x.get_short() == Some(c)) {
                    if takes_value(x) {
                        if k + 1 == n {
                            i += 1;
                        }
                        break;
                    }
                }
            }
            continue;
        }
        if positionals == 0 {
            if let Some(s) = cur.find_subcommand(a) {
                path.push(s.get_name().to_string());
                cur = s;
                continue;
            }
        }
        positionals += 1;
        if cur.is_trailing_var_arg_set() {
            rest_positional = true;
        }
    }
    Located {
        path,
        cmd: cur,
        positionals,
    }
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    e.get(kind).map(|v| v.to_string())
}

/// The flag as the user typed it: `--format` from `--format=x`.
fn flag_word(s: &str) -> &str {
    s.split(['=', ' ', '[']).next().unwrap_or(s)
}

/// podman's message for the error clap found in `args` (the command line without the
/// program), parsed against `root` (the tree that was parsed, named `bin`).
pub fn render(e: &clap::Error, root: &mut Command, bin: &str, args: &[String]) -> String {
    root.build();
    let at = locate(root, args);
    let full = std::iter::once(bin.to_string())
        .chain(at.path.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let see = format!("\nSee '{full} --help'");
    let invalid = context(e, ContextKind::InvalidArg).unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument if invalid.starts_with('-') && invalid.len() > 1 => {
            format!("{}{see}", unknown_flag(at.cmd, &invalid))
        }
        ErrorKind::UnknownArgument => count_error(at.cmd, &full, at.positionals),
        ErrorKind::InvalidSubcommand => {
            // cobra reads the root's flags before the command: `bad --invalid` is the flag's error
            if let Some(flag) = args.iter().find(|a| {
                a.starts_with("--")
                    && a.len() > 2
                    && !root
                        .get_arguments()
                        .any(|x| x.get_long() == Some(flag_word(&a[2..])))
            }) {
                return format!("unknown flag: {}\nSee '{full} --help'", flag_word(flag));
            }
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!("unrecognized command `{full} {sub}`\nTry '{full} --help' for more information")
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::NoEquals => {
            let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
            let arg = at.cmd.get_arguments().find(|a| {
                a.get_long()
                    .is_some_and(|l| invalid.starts_with(&format!("--{l}")))
            });
            match arg {
                Some(a) if value.is_empty() && e.kind() == ErrorKind::InvalidValue => {
                    format!("flag needs an argument: {}{see}", typed_form(a, args))
                }
                Some(a) => {
                    let name = match a.get_short() {
                        Some(s) => format!("-{s}, --{}", a.get_long().unwrap_or_default()),
                        None => format!("--{}", a.get_long().unwrap_or_default()),
                    };
                    let why = value_reason(e, a, &value);
                    format!("invalid argument \"{value}\" for \"{name}\" flag: {why}{see}")
                }
                None => format!("{}{see}", clap_words(e)),
            }
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg).unwrap_or_default();
            conflict(at.cmd, &invalid, &prior)
        }
        ErrorKind::MissingRequiredArgument => {
            let positional = invalid.starts_with('<') || invalid.starts_with('[');
            if positional {
                count_error(at.cmd, &full, at.positionals)
            } else {
                let names: Vec<String> = invalid
                    .split('\n')
                    .map(|s| format!("\"{}\"", flag_word(s).trim_start_matches('-')))
                    .collect();
                format!("required flag(s) {} not set", names.join(", "))
            }
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues
            if !invalid.starts_with('-') =>
        {
            count_error(at.cmd, &full, at.positionals)
        }
        _ => format!("{}{see}", clap_words(e)),
    }
}

/// clap's own first line, without its `error: ` and with its quotes.
fn clap_words(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

fn value_reason(e: &clap::Error, a: &Arg, value: &str) -> String {
    if crate::cli::help::is_bool(a) {
        return format!("strconv.ParseBool: parsing \"{value}\": invalid syntax");
    }
    if let Some(source) = std::error::Error::source(e) {
        return source.to_string();
    }
    let valid: Vec<String> = a
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    if valid.is_empty() {
        clap_words(e)
    } else {
        format!("must be one of: {}", valid.join(", "))
    }
}

/// `'h' in -h` when the user gave the short form, else `--hostname`.
fn typed_form(a: &Arg, args: &[String]) -> String {
    let long = format!("--{}", a.get_long().unwrap_or_default());
    let gave_long = args.iter().any(|x| flag_word(x) == long);
    match a.get_short() {
        Some(s) if !gave_long => format!("'{s}' in -{s}"),
        _ => long,
    }
}

fn unknown_flag(cmd: &Command, invalid: &str) -> String {
    if invalid.starts_with("--") {
        return format!("unknown flag: {}", flag_word(invalid));
    }
    let shorts = &invalid[1..];
    let c = shorts
        .chars()
        .find(|c| !cmd.get_arguments().any(|a| a.get_short() == Some(*c)))
        .unwrap_or_else(|| shorts.chars().next().unwrap_or('?'));
    format!("unknown shorthand flag: '{c}' in -{shorts}")
}

/// What the positionals of `cmd` are called in podman's conflict errors.
fn names_of(cmd: &Command) -> &'static str {
    let pos: Vec<String> = cmd
        .get_positionals()
        .map(crate::cli::help::arg_name)
        .collect();
    if pos.iter().any(|p| p.contains("CONTAINER")) {
        "containers"
    } else if pos.iter().any(|p| p.contains("POD")) {
        "pods"
    } else {
        "arguments"
    }
}

fn conflict(cmd: &Command, a: &str, b: &str) -> String {
    let label = |s: &str| {
        if s.starts_with('<') || s.starts_with('[') {
            names_of(cmd).to_string()
        } else {
            flag_word(s).to_string()
        }
    };
    let (a, b) = (label(a), label(b));
    // podman's order: --all before --latest, flags before names
    let mut pair = [a, b];
    pair.sort_by_key(|s| match s.as_str() {
        "--all" => 0,
        "--latest" => 1,
        s if s.starts_with('-') => 2,
        _ => 3,
    });
    format!("{} and {} cannot be used together", pair[0], pair[1])
}

/// cobra's argument-count errors, from the command's positionals.
fn count_error(cmd: &Command, full: &str, received: usize) -> String {
    let mut min = 0usize;
    let mut max = 0usize;
    for a in cmd.get_positionals() {
        let (lo, hi) = a
            .get_num_args()
            .map_or((1, 1), |n| (n.min_values(), n.max_values()));
        if a.is_required_set() {
            min += lo.max(1);
        }
        max = max.saturating_add(hi);
    }
    if max == 0 {
        format!("`{full}` takes no arguments")
    } else if min == max {
        format!("accepts {min} arg(s), received {received}")
    } else if max == usize::MAX {
        format!("requires at least {min} arg(s), only received {received}")
    } else if min == 0 {
        format!("accepts at most {max} arg(s), received {received}")
    } else {
        format!("accepts between {min} and {max} arg(s), received {received}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{ArgAction, Command};

    fn tree() -> Command {
        Command::new("berth")
            .arg(Arg::new("root").long("root").num_args(1).global(true))
            .subcommand(Command::new("version"))
            .subcommand(
                Command::new("run")
                    .disable_help_flag(true)
                    .arg(Arg::new("hostname").short('h').long("hostname").num_args(1))
                    .arg(Arg::new("image").required(true))
                    .arg(Arg::new("cmd").num_args(1..).action(ArgAction::Append)),
            )
            .subcommand(
                Command::new("tag")
                    .arg(Arg::new("a").required(true))
                    .arg(Arg::new("b").required(true)),
            )
            .subcommand(
                Command::new("rm")
                    .arg(
                        Arg::new("latest")
                            .short('l')
                            .long("latest")
                            .action(ArgAction::SetTrue),
                    )
                    .arg(Arg::new("all").long("all").action(ArgAction::SetTrue))
                    .arg(Arg::new("c").value_name("CONTAINER").num_args(1..))
                    .mut_arg("latest", |a| a.conflicts_with_all(["c", "all"])),
            )
    }

    fn words(line: &str) -> String {
        let args: Vec<String> = line.split(' ').map(String::from).collect();
        let mut root = tree();
        let e = root
            .clone()
            .try_get_matches_from(std::iter::once("podman".to_string()).chain(args.clone()))
            .unwrap_err();
        render(&e, &mut root, "podman", &args)
    }

    #[test]
    fn clap_errors_read_as_podmans() {
        assert_eq!(
            words("run -h"),
            "flag needs an argument: 'h' in -h\nSee 'podman run --help'"
        );
        assert_eq!(
            words("run --hostname"),
            "flag needs an argument: --hostname\nSee 'podman run --help'"
        );
        assert_eq!(
            words("run --nope x"),
            "unknown flag: --nope\nSee 'podman run --help'"
        );
        assert_eq!(
            words("bad --invalid"),
            "unknown flag: --invalid\nSee 'podman --help'"
        );
        assert_eq!(
            words("NoSuchCommand"),
            "unrecognized command `podman NoSuchCommand`\nTry 'podman --help' for more information"
        );
        assert_eq!(words("version x"), "`podman version` takes no arguments");
        assert_eq!(words("tag a b c"), "accepts 2 arg(s), received 3");
        assert_eq!(words("tag"), "accepts 2 arg(s), received 0");
        assert_eq!(words("run"), "requires at least 1 arg(s), only received 0");
        assert_eq!(
            words("rm -l c1"),
            "--latest and containers cannot be used together"
        );
        assert_eq!(
            words("rm --all --latest"),
            "--all and --latest cannot be used together"
        );
        assert_eq!(
            words("--root /x version --root"),
            "flag needs an argument: --root\nSee 'podman version --help'"
        );
    }
}
