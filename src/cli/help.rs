//! podman's (cobra's) help shape, given to every command in one place: the one-line summary,
//! `Usage:` with the synopsis on the next line (`podman exec [options] CONTAINER [COMMAND...]`,
//! a group's `podman pod [command]`), `Available Commands:` and `Options:`, no wrapping (scripts
//! read the command names in the first column), and a `help [command]` command of its own, as
//! podman's (it prints what `COMMAND --help` prints). The synopsis is made from each command's clap positionals, so a new command gets
//! it without writing one. Only the parsing tree gets this shape; the generated completions and
//! man pages keep clap's.

use clap::{Arg, ArgAction, Command};

/// The program's name as the user called it (podman's `filepath.Base(os.Args[0])`).
pub fn bin_name() -> String {
    std::env::args_os()
        .next()
        .map(std::path::PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "berth".to_string())
}

/// The whole tree in podman's shape, the root called `bin`.
pub fn shape(root: Command, bin: &str) -> Command {
    // podman's summary line, word for word: scripts read it
    let root = root
        .bin_name(bin)
        .about("Manage pods, containers and images")
        .disable_help_subcommand(true)
        .subcommand(
            Command::new("help")
                .about("Help about any command")
                .long_about("Help provides help for any command in the application.")
                .arg(
                    Arg::new("command")
                        .value_name("COMMAND")
                        .num_args(0..)
                        .action(ArgAction::Append),
                ),
        );
    let root = shape_one(root, bin, true);
    root.override_usage(format!("{bin} [options] [command]"))
        .help_template(ROOT)
}

const ROOT: &str =
    "{about}\n\nUsage:\n  {usage}\n\nAvailable Commands:\n{subcommands}\n\nOptions:\n{options}\n";
const GROUP: &str = "{about}\n\nUsage:\n  {usage}\n\nAvailable Commands:\n{subcommands}\n";
const LEAF: &str = "{about}\n\nUsage:\n  {usage}\n\nOptions:\n{options}\n{after-help}";

fn shape_one(cmd: Command, path: &str, root: bool) -> Command {
    let cmd = cmd
        .term_width(0)
        .disable_help_subcommand(true)
        .mut_args(quiet_bool);
    let cmd = latest_conflicts(cmd);
    if root {
        return cmd.mut_subcommands(|s| {
            if s.get_name() == "help" {
                return s
                    .override_usage(format!("{path} help [command]"))
                    .help_template("{about}\n\nUsage:\n  {usage}\n");
            }
            let p = format!("{path} {}", s.get_name());
            shape_one(s, &p, false)
        });
    }
    if cmd.has_subcommands() {
        return cmd
            .override_usage(format!("{path} [command]"))
            .help_template(GROUP)
            .mut_subcommands(|s| {
                let p = format!("{path} {}", s.get_name());
                shape_one(s, &p, false)
            });
    }
    let args = synopsis(&cmd);
    let usage = if args.is_empty() {
        format!("{path} [options]")
    } else {
        format!("{path} [options] {args}")
    };
    cmd.override_usage(usage).help_template(LEAF)
}

/// A boolean flag's line shows no `[default: false] [possible values: true, false]`: podman's
/// help shows the flag alone.
fn quiet_bool(a: Arg) -> Arg {
    if is_bool(&a) {
        a.hide_default_value(true).hide_possible_values(true)
    } else {
        a
    }
}

/// A boolean flag as `cli::podman_bools` makes it: `--rm`, `--rm=false`.
pub fn is_bool(a: &Arg) -> bool {
    a.get_action().takes_values()
        && a.get_default_values() == ["false"]
        && a.get_num_args()
            .is_some_and(|n| n.min_values() == 0 && n.max_values() == 1)
}

/// podman refuses `--latest` together with names, and with `--all`.
fn latest_conflicts(cmd: Command) -> Command {
    let has = |id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if !has("latest") {
        return cmd;
    }
    // with more than the containers (exec's COMMAND, top's descriptors) the command itself
    // reads its first positional as what follows the container under --latest
    let positionals: Vec<String> = cmd
        .get_positionals()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut others = if positionals.len() == 1 {
        positionals
    } else {
        Vec::new()
    };
    if has("all") {
        others.push("all".to_string());
    }
    cmd.mut_arg("latest", |a| a.conflicts_with_all(others))
}

/// The arguments part of podman's synopsis: upper-case names, `[NAME]` when optional,
/// `NAME [NAME...]` when repeated.
pub fn synopsis(cmd: &Command) -> String {
    cmd.get_positionals()
        .filter(|a| !a.is_hide_set())
        .map(|a| {
            let name = arg_name(a);
            let many = a.get_num_args().is_some_and(|n| n.max_values() > 1)
                || matches!(a.get_action(), ArgAction::Append);
            match (a.is_required_set(), many) {
                (true, false) => name,
                (true, true) => format!("{name} [{name}...]"),
                (false, false) => format!("[{name}]"),
                (false, true) => format!("[{name}...]"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An argument's name as podman writes it in a synopsis (upper case).
pub fn arg_name(a: &Arg) -> String {
    let raw = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|s| s.to_string())
        .unwrap_or_else(|| a.get_id().to_string());
    raw.to_uppercase().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help text of the command named by `words` (`help pod create`), or of the root.
    pub fn help_of(root: &mut Command, words: &[String]) -> Option<String> {
        root.build();
        let mut cur: &mut Command = root;
        for w in words {
            cur = cur.find_subcommand_mut(w)?;
        }
        Some(cur.render_long_help().to_string())
    }

    fn leaf() -> Command {
        Command::new("x")
            .arg(Arg::new("image").required(true).value_name("IMAGE"))
            .arg(
                Arg::new("cmd")
                    .value_name("COMMAND")
                    .num_args(1..)
                    .action(ArgAction::Append),
            )
    }

    #[test]
    fn synopsis_is_podmans() {
        assert_eq!(synopsis(&leaf()), "IMAGE [COMMAND...]");
        let c = Command::new("y").arg(
            Arg::new("c")
                .value_name("container")
                .required(true)
                .num_args(1..),
        );
        assert_eq!(synopsis(&c), "CONTAINER [CONTAINER...]");
        assert_eq!(synopsis(&Command::new("z")), "");
    }

    #[test]
    fn the_tree_reads_as_podmans_help() {
        let root = Command::new("berth")
            .about("Manage pods, containers and images")
            .subcommand(Command::new("pod").about("Manage pods").subcommand(leaf()))
            .subcommand(leaf());
        let mut root = shape(root, "podman");
        let top = help_of(&mut root, &[]).unwrap();
        assert!(top.starts_with("Manage pods, containers and images\n\nUsage:\n  podman [options] [command]\n\nAvailable Commands:\n"), "{top}");
        let group = help_of(&mut root, &["pod".to_string()]).unwrap();
        assert!(
            group.contains("Usage:\n  podman pod [command]\n"),
            "{group}"
        );
        assert!(!group.contains("Options:"), "{group}");
        let x = help_of(&mut root, &["pod".to_string(), "x".to_string()]).unwrap();
        assert!(
            x.contains("Usage:\n  podman pod x [options] IMAGE [COMMAND...]\n\nOptions:\n"),
            "{x}"
        );
        assert!(help_of(&mut root, &["nope".to_string()]).is_none());
    }
}
