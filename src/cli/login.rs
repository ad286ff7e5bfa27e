//! `berth login` and `berth logout`: credentials in auth.json at podman's paths. Passwords are
//! never printed or logged.

use super::pull::RegistryArgs;
use super::Context;
use crate::config::auth::{self, Credentials};
use crate::config::registries::RegistriesConf;
use crate::error::{ExitStatus, UserError};
use crate::image::registry::{self, RegistryOptions};
use crate::output;
use clap::Args;
use std::io::{BufRead, Write};

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// Registry (host[:port][/namespace]) to log in to
    pub registry: Option<String>,
    /// Username for registry
    #[arg(short, long)]
    pub username: Option<String>,
    /// Password for registry (prefer --password-stdin: this one shows in `ps`)
    #[arg(short, long)]
    pub password: Option<String>,
    /// Take the password from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Return the current login user for the registry
    #[arg(long)]
    pub get_login: bool,
    #[command(flatten)]
    pub registry_args: RegistryArgs,
    /// Be verbose
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// Registry to log out of
    pub registry: Option<String>,
    /// Remove the cached credentials for all registries in the auth file
    #[arg(short, long)]
    pub all: bool,
    /// Path of the authentication file
    #[arg(long, value_name = "PATH", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<std::path::PathBuf>,
}

/// `https://host:port/ns/` → `host:port/ns`; the auth.json key.
fn registry_key(arg: &str) -> String {
    let s = arg.trim();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let s = s.trim_end_matches('/');
    if s == "index.docker.io" || s == "registry-1.docker.io" || s.starts_with("index.docker.io/v1")
    {
        return "docker.io".into();
    }
    s.to_string()
}

fn prompt(label: &str, secret: bool) -> anyhow::Result<String> {
    use nix::sys::termios;
    let stdin = std::io::stdin();
    let mut e = std::io::stderr();
    let _ = write!(e, "{label}");
    let _ = e.flush();
    let saved = if secret {
        termios::tcgetattr(&stdin).ok()
    } else {
        None
    };
    if let Some(t) = &saved {
        let mut quiet = t.clone();
        quiet.local_flags.remove(termios::LocalFlags::ECHO);
        let _ = termios::tcsetattr(&stdin, termios::SetArg::TCSANOW, &quiet);
    }
    let mut line = String::new();
    let r = stdin.lock().read_line(&mut line);
    if let Some(t) = &saved {
        let _ = termios::tcsetattr(&stdin, termios::SetArg::TCSANOW, t);
        let _ = writeln!(e);
    }
    r?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn run_login(ctx: &Context, a: LoginArgs) -> anyhow::Result<ExitStatus> {
    let _ = ctx.settings()?;
    let regs = RegistriesConf::load()?;
    let key = match &a.registry {
        Some(r) => registry_key(r),
        None => regs.search_registries().first().cloned().ok_or_else(|| {
            UserError::new("please provide a registry to log in to")
                .with_hint("berth login REGISTRY")
        })?,
    };
    let host = key.split('/').next().unwrap_or(&key).to_string();
    let path = auth::default_auth_path(a.registry_args.authfile.as_deref())?;
    if a.get_login {
        return match auth::lookup(
            &host,
            key.split_once('/').map(|x| x.1).unwrap_or(""),
            a.registry_args.authfile.as_deref(),
        )? {
            Some(c) => {
                output::out(&c.username);
                Ok(ExitStatus::Success)
            }
            None => Err(UserError::new(format!("not logged into {key}")).into()),
        };
    }
    if a.password.is_some() && a.password_stdin {
        return Err(
            UserError::new("--password and --password-stdin are mutually exclusive").into(),
        );
    }
    let tty = output::stdin_is_terminal();
    let username = match &a.username {
        Some(u) => u.clone(),
        None if tty && !a.password_stdin => prompt("Username: ", false)?,
        None => {
            return Err(
                UserError::new("cannot prompt for a username without a terminal")
                    .with_hint("pass --username (and --password-stdin)")
                    .into(),
            )
        }
    };
    let password = if a.password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\n', '\r']).to_string()
    } else if let Some(p) = &a.password {
        p.clone()
    } else if tty {
        prompt("Password: ", true)?
    } else {
        return Err(
            UserError::new("cannot prompt for a password without a terminal")
                .with_hint("pass the password on stdin with --password-stdin")
                .into(),
        );
    };
    if username.is_empty() || password.is_empty() {
        return Err(UserError::new("username and password must not be empty").into());
    }
    let creds = Credentials { username, password };
    let opts = RegistryOptions {
        tls_verify: a.registry_args.tls_verify,
        insecure: regs.is_insecure(&host),
        cert_dir: a.registry_args.cert_dir.clone(),
        ..Default::default()
    };
    let rt = super::runtime()?;
    rt.block_on(registry::check_credentials(&host, &creds, &opts))?;
    auth::store(&path, &key, &creds)?;
    if a.verbose {
        output::out(&format!("Used: {}", path.display()));
    }
    output::out("Login Succeeded!");
    Ok(ExitStatus::Success)
}

pub fn run_logout(ctx: &Context, a: LogoutArgs) -> anyhow::Result<ExitStatus> {
    let _ = ctx.settings()?;
    let path = auth::default_auth_path(a.authfile.as_deref())?;
    if a.all {
        auth::remove_all(&path)?;
        output::out("Removed login credentials for all registries");
        return Ok(ExitStatus::Success);
    }
    let Some(r) = &a.registry else {
        return Err(UserError::new("please provide a registry to log out of, or --all").into());
    };
    let key = registry_key(r);
    if auth::remove(&path, &key)? {
        output::out(&format!("Removed login credentials for {key}"));
        Ok(ExitStatus::Success)
    } else {
        Err(UserError::new(format!("not logged into {key}")).into())
    }
}

#[cfg(test)]
mod tests {
    use super::registry_key;

    #[test]
    fn keys() {
        assert_eq!(registry_key("https://quay.io/"), "quay.io");
        assert_eq!(registry_key("127.0.0.1:5000/ns"), "127.0.0.1:5000/ns");
        assert_eq!(registry_key("index.docker.io"), "docker.io");
    }
}
