//! Settings: where things live (XDG dirs, `--root`, `--runroot`), containers.conf-style config
//! files (registries.conf, storage.conf, auth.json, certs.d), merged as CLI > env > files.

pub mod auth;
pub mod certs;
pub mod containers_conf;
pub mod policy;
pub mod registries;
pub mod storage_conf;

use crate::error::UserError;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The global options as given on the command line (already parsed by `cli`).
#[derive(Debug, Clone, Default)]
pub struct GlobalOptions {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    pub storage_driver: Option<String>,
    pub storage_opts: Vec<String>,
    pub cgroup_manager: Option<String>,
    /// `--runtime`: an OCI runtime name or path (checked, as podman; berth runs containers itself).
    pub runtime: Option<String>,
    /// `--runtime-flag`: flags for the OCI runtime.
    pub runtime_flags: Vec<String>,
    /// `--default-mounts-file`.
    pub default_mounts_file: Option<PathBuf>,
    /// `--events-backend`: file, journald or none.
    pub events_backend: Option<String>,
}

/// Where events go (`--events-backend`, containers.conf's `events_logger`,
/// `events_logfile_path`, `events_logfile_max_size`).
#[derive(Debug, Clone)]
pub struct EventsSettings {
    /// "file" or "none" (journald is read and written as the file: berth has no journal).
    pub backend: String,
    pub path: PathBuf,
    /// 0: never rotate.
    pub max_size: u64,
}

/// Where berth keeps its state, and why there.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Paths {
    /// The store: images and layers (`--root`; default $XDG_DATA_HOME/berth/storage).
    pub graph_root: PathBuf,
    /// Runtime state that does not survive a reboot (`--runroot`; default $XDG_RUNTIME_DIR/berth).
    pub run_root: PathBuf,
    /// The runtime directory used, and how it was chosen.
    pub runtime_dir: PathBuf,
    pub runtime_dir_source: String,
    pub config_home: PathBuf,
}

/// Resolved settings for one invocation.
#[derive(Debug, Clone)]
pub struct Settings {
    pub paths: Paths,
    /// The storage driver asked for and by whom (flag, env or storage.conf), if any.
    pub storage_driver: Option<(String, String)>,
    pub storage_opts: Vec<String>,
    pub cgroup_manager: String,
    /// `--runtime-flag` values (without the leading dashes).
    pub runtime_flags: Vec<String>,
    /// The OCI runtime asked for (`--runtime` over `[engine] runtime`; a path stays a path),
    /// inspect's OCIRuntime; berth's own when none is named.
    pub runtime: String,
    /// The mounts.conf files whose `host:container` lines every container gets.
    pub default_mounts_files: Vec<PathBuf>,
    /// containers.conf, read once per command.
    pub containers_conf: containers_conf::ContainersConf,
    /// The event log.
    pub events: EventsSettings,
    /// Warnings met while resolving (printed once by the caller).
    pub warnings: Vec<String>,
}

fn home_dir() -> PathBuf {
    directories::BaseDirs::new()
        .map(|b| b.home_dir().to_path_buf())
        .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// $XDG_CONFIG_HOME or ~/.config.
pub fn config_home() -> PathBuf {
    match std::env::var_os("XDG_CONFIG_HOME") {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => home_dir().join(".config"),
    }
}

/// $XDG_DATA_HOME or ~/.local/share.
pub fn data_home() -> PathBuf {
    match std::env::var_os("XDG_DATA_HOME") {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => home_dir().join(".local/share"),
    }
}

/// Check that a directory is ours and private (0700, owned by us, not a symlink).
fn usable_runtime_dir(dir: &Path, uid: u32) -> Result<(), String> {
    let md = std::fs::symlink_metadata(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !md.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    if md.uid() != uid {
        return Err(format!(
            "{} is owned by uid {}, not by uid {uid}",
            dir.display(),
            md.uid()
        ));
    }
    let probe = nix::unistd::access(
        dir,
        nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK,
    );
    if probe.is_err() {
        return Err(format!("{} is not writable", dir.display()));
    }
    Ok(())
}

/// The runtime directory: $XDG_RUNTIME_DIR when it is set and ours, else a private
/// /tmp/berth-run-UID (what `su`, cron and CI shells need).
pub fn runtime_dir(uid: u32) -> Result<(PathBuf, String), UserError> {
    let mut why = String::from("XDG_RUNTIME_DIR is not set");
    if let Some(v) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        let p = PathBuf::from(v);
        match usable_runtime_dir(&p, uid) {
            Ok(()) => return Ok((p, "XDG_RUNTIME_DIR".into())),
            Err(e) => why = format!("XDG_RUNTIME_DIR is unusable ({e})"),
        }
    }
    let fallback = std::env::temp_dir().join(format!("berth-run-{uid}"));
    match std::fs::DirBuilder::new().mode(0o700).create(&fallback) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => {
            return Err(UserError::new(format!("{why}, and the fallback {} cannot be created: {e}", fallback.display()))
                .with_hint("set XDG_RUNTIME_DIR to a directory you own with mode 0700 (e.g. log in with `machinectl shell` or `loginctl enable-linger`)"));
        }
    }
    if let Err(e) = usable_runtime_dir(&fallback, uid) {
        return Err(
            UserError::new(format!("{why}, and the fallback is unusable: {e}")).with_hint(format!(
                "remove {} or set XDG_RUNTIME_DIR to a directory you own with mode 0700",
                fallback.display()
            )),
        );
    }
    let _ = std::fs::set_permissions(&fallback, std::fs::Permissions::from_mode(0o700));
    Ok((fallback, format!("fallback: {why}")))
}

impl Settings {
    /// Merge the command line, the environment and storage.conf.
    pub fn resolve(opts: &GlobalOptions) -> Result<Settings, UserError> {
        let uid = nix::unistd::getuid().as_raw();
        let (runtime_dir, runtime_dir_source) = runtime_dir(uid)?;
        let conf = storage_conf::StorageConf::load();
        let mut warnings = conf.warnings.clone();
        let graph_root = opts
            .root
            .clone()
            .or_else(|| conf.graph_root.clone())
            .unwrap_or_else(|| data_home().join("berth/storage"));
        let run_root = opts
            .runroot
            .clone()
            .or_else(|| conf.run_root.clone())
            .unwrap_or_else(|| runtime_dir.join("berth"));
        let storage_driver = if let Some(d) = &opts.storage_driver {
            Some((d.clone(), "--storage-driver".to_string()))
        } else if let Some(d) = std::env::var("STORAGE_DRIVER")
            .ok()
            .filter(|s| !s.is_empty())
        {
            Some((d, "STORAGE_DRIVER".to_string()))
        } else {
            conf.driver
                .clone()
                .map(|(d, src)| (d, src.display().to_string()))
        };
        // podman's rule: --root or --storage-driver drops storage.conf's driver options,
        // and --storage-opt replaces them (a lone empty one: none at all)
        let mut storage_opts = if opts.root.is_some() || opts.storage_driver.is_some() {
            Vec::new()
        } else {
            conf.options.clone()
        };
        if !opts.storage_opts.is_empty() {
            storage_opts = opts
                .storage_opts
                .iter()
                .filter(|o| !o.is_empty())
                .cloned()
                .collect();
        }
        let containers_conf = containers_conf::ContainersConf::load();
        // the flag over containers.conf's [engine] cgroup_manager; by default systemd where
        // podman's would be (rootless, cgroup v2, a user bus: each container a scope of the
        // user's systemd, cgroups::systemd), else cgroupfs
        let user_bus = runtime_dir.join("bus").exists();
        let cgroup_manager = opts
            .cgroup_manager
            .clone()
            .or_else(|| containers_conf.cgroup_manager.clone())
            .unwrap_or_else(|| {
                if uid != 0 && user_bus && unified_cgroup_hierarchy() {
                    "systemd".to_string()
                } else {
                    "cgroupfs".to_string()
                }
            });
        if !["cgroupfs", "systemd"].contains(&cgroup_manager.as_str()) {
            return Err(
                UserError::new(format!("invalid --cgroup-manager {cgroup_manager:?}"))
                    .with_hint("use cgroupfs or systemd"),
            );
        }
        // systemd without the user's systemd (no session, no lingering): podman's warnings,
        // and cgroupfs, as podman falls back to it
        let cgroup_manager = if cgroup_manager == "systemd"
            && uid != 0
            && !runtime_dir.join("systemd/private").exists()
            && !runtime_dir.join("bus").exists()
        {
            warnings.extend([
                "The cgroupv2 manager is set to systemd but there is no systemd user session available".to_string(),
                "For using systemd, you may need to login using an user session".to_string(),
                format!("Alternatively, you can enable lingering with: `loginctl enable-linger {uid}` (possibly as root)"),
                "Falling back to --cgroup-manager=cgroupfs".to_string(),
            ]);
            "cgroupfs".to_string()
        } else {
            cgroup_manager
        };
        containers_conf
            .check_runtime(opts.runtime.as_deref())
            .map_err(|e| {
                UserError::new(e).with_hint(
                    "name a runtime podman knows (runc, crun, ...) or the path of one, with --runtime or containers.conf's [engine] runtime",
                )
            })?;
        if graph_root.is_relative() {
            warnings.push(format!(
                "--root {} is relative; using it from the current directory",
                graph_root.display()
            ));
        }
        let backend = opts
            .events_backend
            .clone()
            .or_else(|| containers_conf.events_logger.clone())
            .unwrap_or_else(|| "file".into());
        let backend = match backend.as_str() {
            "file" | "none" => backend,
            // no journal here: events are kept in the file, where `berth events` reads them
            "journald" => "file".into(),
            other => {
                return Err(UserError::new(format!(
                    "invalid events backend {other:?}"
                ))
                .with_hint("use file, journald or none (--events-backend, or containers.conf's [engine] events_logger)"))
            }
        };
        let events = EventsSettings {
            backend,
            path: containers_conf
                .events_logfile_path
                .clone()
                .unwrap_or_else(|| run_root.join("events/events.log")),
            max_size: containers_conf.events_logfile_max_size.unwrap_or(0),
        };
        let runtime = opts
            .runtime
            .clone()
            .or_else(|| containers_conf.runtime.clone())
            .unwrap_or_else(|| "berth".to_string());
        Ok(Settings {
            events,
            containers_conf,
            paths: Paths {
                graph_root,
                run_root,
                runtime_dir,
                runtime_dir_source,
                config_home: config_home(),
            },
            storage_driver,
            storage_opts,
            cgroup_manager,
            runtime_flags: opts.runtime_flags.clone(),
            runtime,
            default_mounts_files: match &opts.default_mounts_file {
                Some(f) => vec![f.clone()],
                None => vec![
                    config_home().join("containers/mounts.conf"),
                    PathBuf::from("/usr/share/containers/mounts.conf"),
                    PathBuf::from("/etc/containers/mounts.conf"),
                ],
            },
            warnings,
        })
    }

    /// True when `ignore_chown_errors` is set in storage options.
    pub fn ignore_chown_errors(&self) -> bool {
        self.storage_opts.iter().any(|o| {
            let o = o.trim_start_matches("overlay.").trim_start_matches("vfs.");
            o == "ignore_chown_errors=true" || o == "ignore_chown_errors"
        })
    }
}

/// A cgroup v2 (unified) hierarchy at /sys/fs/cgroup, as `cgroups::version` finds it (config
/// sits below cgroups in the layers, so it reads the file itself).
fn unified_cgroup_hierarchy() -> bool {
    std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists()
}
