//! podman's root flags that are about the process rather than a command: `--log-level` and
//! `--debug`, the remote-service flags (`--remote`, `--url`, `--connection`: berth has no
//! service, so they are refused, and `--remote` leaves `--help` when a service is named, as in
//! podman), and the missing-command error of a command group.

use super::GlobalArgs;
use crate::error::UserError;

/// The log level the flags ask for, or the line podman prints (exit 1) when they cannot be
/// used together or the level is not one of its names.
pub fn log_level(g: &GlobalArgs) -> Result<String, String> {
    if g.debug && g.log_level.is_some() {
        return Err("Setting --log-level and --debug is not allowed".to_string());
    }
    let level = if g.debug {
        "debug".to_string()
    } else {
        g.log_level.clone().unwrap_or_else(|| "warn".to_string())
    };
    crate::output::init_logging(&level).map_err(|e| e.to_string())?;
    log::info!(
        "{} filtering at log level {}",
        std::env::args().next().unwrap_or_default(),
        if level == "warn" { "warning" } else { &level }
    );
    let args: Vec<String> = std::env::args().collect();
    log::debug!("Called {}", redact_secrets(&args).join(" "));
    Ok(level)
}

/// The command line with the values of `--creds` and `--password`/`-p` (of `login`) replaced,
/// so that a debug log can be pasted into an issue without the user's password.
fn redact_secrets(args: &[String]) -> Vec<String> {
    let login = args.iter().skip(1).any(|a| a == "login");
    let mut out = Vec::with_capacity(args.len());
    let mut hide_next = false;
    for a in args {
        if hide_next {
            out.push("*****".to_string());
            hide_next = false;
            continue;
        }
        let secret_flag = a == "--creds" || a == "--password" || (login && a == "-p");
        if secret_flag {
            hide_next = true;
            out.push(a.clone());
        } else if let Some((flag, _)) = a
            .split_once('=')
            .filter(|(f, _)| *f == "--creds" || *f == "--password")
        {
            out.push(format!("{flag}=*****"));
        } else {
            out.push(a.clone());
        }
    }
    out
}

/// `--remote`, `--url` and `--connection` name a podman service; berth runs every command
/// itself.
pub fn refuse_remote(g: &GlobalArgs) -> Result<(), UserError> {
    let which = if g.remote {
        "--remote"
    } else if g.url.is_some() {
        "--url"
    } else if g.connection.is_some() {
        "--connection"
    } else {
        return Ok(());
    };
    Err(UserError::new(format!(
        "{which}: berth has no remote service to connect to"
    ))
    .with_hint("berth runs every command itself, daemonless: drop the flag"))
}

/// As podman: with a service named (CONTAINER_HOST, CONTAINER_CONNECTION, `--url`,
/// `--connection`), `--remote` is no option and leaves the help.
pub fn adjust(cmd: clap::Command) -> clap::Command {
    let named = ["CONTAINER_HOST", "CONTAINER_CONNECTION"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
        || std::env::args().any(|a| {
            a == "--url"
                || a.starts_with("--url=")
                || a == "--connection"
                || a == "-c"
                || a.starts_with("--connection=")
        });
    if named {
        cmd.mut_arg("remote", |a| a.hide(true))
    } else {
        cmd
    }
}

/// podman's error for a command group called without a command: its help, and "missing
/// command 'berth volume COMMAND'" (the group is the longest run of command words given).
pub fn missing_command(root: &mut clap::Command) -> (String, String) {
    root.build();
    let mut path = vec![root.get_bin_name().unwrap_or(root.get_name()).to_string()];
    let mut cur: &clap::Command = root;
    for a in std::env::args().skip(1) {
        if a.starts_with('-') {
            continue;
        }
        match cur
            .get_subcommands()
            .find(|s| s.get_name() == a || s.get_all_aliases().any(|x| x == a))
        {
            Some(s) => {
                path.push(s.get_name().to_string());
                cur = s;
            }
            None => break,
        }
    }
    let help = cur.clone().render_help().to_string();
    (
        help,
        format!("missing command '{} COMMAND'", path.join(" ")),
    )
}

#[cfg(test)]
mod tests {
    use super::redact_secrets;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn secrets_are_left_out_of_the_called_line() {
        assert_eq!(
            redact_secrets(&v(&["berth", "pull", "--creds", "u:pw", "img"])),
            v(&["berth", "pull", "--creds", "*****", "img"])
        );
        assert_eq!(
            redact_secrets(&v(&["berth", "push", "--creds=u:pw", "img"])),
            v(&["berth", "push", "--creds=*****", "img"])
        );
        assert_eq!(
            redact_secrets(&v(&["berth", "login", "-u", "u", "-p", "pw", "r"])),
            v(&["berth", "login", "-u", "u", "-p", "*****", "r"])
        );
        // -p of run publishes a port and is kept
        assert_eq!(
            redact_secrets(&v(&["berth", "run", "-p", "8080:80", "i"])),
            v(&["berth", "run", "-p", "8080:80", "i"])
        );
    }
}
