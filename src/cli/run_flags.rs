//! The rest of podman 4.3's `run`/`create` flags: `--tz` (done by `engine::timezone`),
//! `--hostuser` (`engine::host_users`), `--attach` (`attach_streams`), and
//! the flags berth accepts, as podman does, but does not apply yet: each of those warns when it
//! is given a value that would change something, so nothing is dropped silently.

use crate::output;
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "More run/create options")]
pub struct MoreRunArgs {
    /// Set the container's time zone (a name under /usr/share/zoneinfo, or local for the host's)
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,
    /// Unset an environment variable of the image or of the defaults
    #[arg(long, value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Unset all environment variables of the image and the defaults
    #[arg(long)]
    pub unsetenv_all: bool,
    /// Add an annotation to the container (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Attach to STDIN, STDOUT or STDERR
    #[arg(short = 'a', long, value_name = "STREAM")]
    pub attach: Vec<String>,
    /// Kill the container after this many seconds
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Pass this many additional file descriptors (from 3 on) into the container
    #[arg(long, value_name = "N")]
    pub preserve_fds: Option<u32>,
    /// Write the monitor's pid to this file
    #[arg(long, value_name = "FILE")]
    pub conmon_pidfile: Option<std::path::PathBuf>,
    /// Write the container process's pid to this file
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<std::path::PathBuf>,
    /// Add a host user's entry to the container's /etc/passwd
    #[arg(long, value_name = "USER")]
    pub hostuser: Vec<String>,
    /// The /etc/passwd entry written for the container's user
    #[arg(long, value_name = "ENTRY")]
    pub passwd_entry: Option<String>,
    /// The /etc/group entry written for the container's group
    #[arg(long, value_name = "ENTRY")]
    pub group_entry: Option<String>,
    /// Add an entry for the container's user to /etc/passwd
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub passwd: bool,
    /// Pass the signals berth receives on to the container
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Mount a tmpfs on /dev, /dev/shm, /run, /tmp and /var/tmp with --read-only
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub read_only_tmpfs: bool,
    /// Run the container in systemd mode (true, false, always)
    #[arg(long, value_name = "MODE", default_value = "true")]
    pub systemd: String,
    /// How the image's VOLUMEs are made (bind, tmpfs, ignore)
    #[arg(long, value_name = "MODE", default_value = "bind")]
    pub image_volume: String,
    /// Where the seccomp profile comes from (default, image)
    #[arg(long, value_name = "POLICY", default_value = "default")]
    pub seccomp_policy: String,
    /// sd_notify mode (container, conmon, ignore)
    #[arg(long, value_name = "MODE", default_value = "container")]
    pub sdnotify: String,
    /// The umask of the container's process
    #[arg(long, value_name = "UMASK")]
    pub umask: Option<String>,
    /// Expose a port (published with -P)
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// Namespaced kernel parameters (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub sysctl: Vec<String>,
    /// Size of /dev/shm
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// The execution domain of the container's process
    #[arg(long, value_name = "PERSONA")]
    pub personality: Option<String>,
    /// Containers that must run before this one
    #[arg(long, value_name = "CONTAINERS")]
    pub requires: Vec<String>,
    /// Chroot directories inside the container
    #[arg(long, value_name = "PATH")]
    pub chrootdirs: Vec<String>,
    /// The path of the init binary for --init
    #[arg(long, value_name = "PATH")]
    pub init_path: Option<String>,
    /// GPU devices to add (not available rootless without a device plugin)
    #[arg(long, value_name = "GPUS")]
    pub gpus: Vec<String>,
    /// The architecture of the image to pull
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// The OS of the image to pull
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// The variant of the image to pull
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// The platform of the image to pull (OS/ARCH[/VARIANT])
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// A key to decrypt the image with
    #[arg(long, value_name = "KEY")]
    pub decryption_key: Vec<String>,
}

/// `--annotation KEY=VALUE`s as pairs (a bare KEY has an empty value, as in podman).
pub fn annotations(given: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    given
        .iter()
        .map(|a| match a.split_once('=') {
            Some(("", _)) => Err(crate::error::UserError::new(format!(
                "invalid annotation {a:?}: the key is empty"
            ))
            .with_hint("give --annotation KEY=VALUE")
            .into()),
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => Ok((a.clone(), String::new())),
        })
        .collect()
}

/// `--attach STREAM`s: which output streams a foreground run passes on (None: not given, so
/// both). Podman's words for a stream that is none of stdin, stdout, stderr; stdin changes
/// nothing here (`-i` decides whether the container reads berth's stdin).
pub fn attach_streams(given: &[String]) -> anyhow::Result<Option<crate::runtime::Echo>> {
    if given.is_empty() {
        return Ok(None);
    }
    let mut echo = crate::runtime::Echo::NONE;
    for s in given {
        match s.to_ascii_lowercase().as_str() {
            "stdout" => echo.stdout = true,
            "stderr" => echo.stderr = true,
            "stdin" => {}
            _ => {
                return Err(crate::error::UserError::new(format!(
                    "invalid stream {s:?} for --attach - must be one of stdin, stdout, or stderr: invalid argument"
                ))
                .with_hint("give --attach stdin, stdout or stderr (the flag may be repeated)")
                .into())
            }
        }
    }
    Ok(Some(echo))
}

/// One warning for each flag given a value berth does not apply yet.
pub fn warn_unapplied(m: &MoreRunArgs) {
    let mut given: Vec<&str> = Vec::new();
    let mut note = |on: bool, flag: &'static str| {
        if on {
            given.push(flag);
        }
    };
    note(m.timeout.is_some(), "--timeout");
    note(m.preserve_fds.is_some_and(|n| n > 0), "--preserve-fds");
    note(m.conmon_pidfile.is_some(), "--conmon-pidfile");
    note(m.pidfile.is_some(), "--pidfile");
    note(m.passwd_entry.is_some(), "--passwd-entry");
    note(m.group_entry.is_some(), "--group-entry");
    note(!m.passwd, "--passwd=false");
    note(!m.sig_proxy, "--sig-proxy=false");
    note(!m.read_only_tmpfs, "--read-only-tmpfs=false");
    note(m.systemd == "always", "--systemd=always");
    note(m.seccomp_policy != "default", "--seccomp-policy");
    note(m.sdnotify != "container", "--sdnotify");
    note(m.umask.is_some(), "--umask");
    note(!m.expose.is_empty(), "--expose");
    note(!m.sysctl.is_empty(), "--sysctl");
    note(m.shm_size.is_some(), "--shm-size");
    note(m.personality.is_some(), "--personality");
    note(!m.requires.is_empty(), "--requires");
    note(!m.chrootdirs.is_empty(), "--chrootdirs");
    note(m.init_path.is_some(), "--init-path");
    note(!m.gpus.is_empty(), "--gpus");
    note(m.arch.is_some(), "--arch");
    note(m.os.is_some(), "--os");
    note(m.variant.is_some(), "--variant");
    note(m.platform.is_some(), "--platform");
    note(!m.decryption_key.is_empty(), "--decryption-key");
    for flag in given {
        output::warn(&format!(
            "berth does not apply {flag} yet: the container is made without it"
        ));
    }
}
