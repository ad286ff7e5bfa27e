//! containers.conf (containers.conf(5)): the settings berth takes from it, read as podman does.
//!
//! `$CONTAINERS_CONF` alone when set; else, in order, each later file overriding the keys it
//! sets: /usr/share/containers/containers.conf, /etc/containers/containers.conf,
//! /etc/containers/containers.conf.d/*.conf, $XDG_CONFIG_HOME/containers/containers.conf,
//! $XDG_CONFIG_HOME/containers/containers.conf.d/*.conf (lexical order within a .d dir).

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContainersConf {
    /// `[network] default_rootless_network_cmd`: slirp4netns or pasta.
    pub default_rootless_network_cmd: Option<String>,
    /// `[engine] network_cmd_path`: the helper binary to use.
    pub network_cmd_path: Option<PathBuf>,
    /// `[engine] runtime`: the OCI runtime's name (or path).
    pub runtime: Option<String>,
    /// `[engine.runtimes]`: runtime names and the paths to look for each at.
    pub runtimes: Vec<(String, Vec<String>)>,
    /// `[engine] events_logger`: file, journald or none.
    pub events_logger: Option<String>,
    /// `[engine] events_logfile_path`.
    pub events_logfile_path: Option<PathBuf>,
    /// `[engine] events_logfile_max_size` in bytes (a number or a size like "1mb").
    pub events_logfile_max_size: Option<u64>,
    /// `[engine] detach_keys`: the keys that detach from `attach` (podman's syntax).
    pub detach_keys: Option<String>,
    /// `[containers] pids_limit`, `cgroups` (enabled, disabled, no-conmon, split),
    /// `cgroupns` (private, host), `[engine] cgroup_manager` (cgroupfs, systemd).
    pub pids_limit: Option<i64>,
    pub cgroups: Option<String>,
    pub cgroupns: Option<String>,
    pub cgroup_manager: Option<String>,
    /// `[engine] infra_image`: the image of pods' infra containers (berth's own pause if unset).
    pub infra_image: Option<String>,
    /// `[containers] dns_servers`, `dns_searches`, `dns_options`: what a container's
    /// resolv.conf gets when `--dns`, `--dns-search`, `--dns-option` are not given.
    pub dns_servers: Vec<String>,
    pub dns_searches: Vec<String>,
    pub dns_options: Vec<String>,
    /// `[containers] base_hosts_file`: the entries every container's /etc/hosts starts with.
    pub base_hosts_file: Option<PathBuf>,
    /// `[containers] host_containers_internal_ip`: the address of host.containers.internal.
    pub host_containers_internal_ip: Option<String>,
    /// The files read, in order.
    pub sources: Vec<PathBuf>,
    pub warnings: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
struct File {
    #[serde(default)]
    network: Network,
    #[serde(default)]
    engine: Engine,
    #[serde(default)]
    containers: Containers,
}

#[derive(serde::Deserialize, Default)]
struct Containers {
    pids_limit: Option<i64>,
    cgroups: Option<String>,
    cgroupns: Option<String>,
    dns_servers: Option<Vec<String>>,
    dns_searches: Option<Vec<String>>,
    dns_options: Option<Vec<String>>,
    base_hosts_file: Option<String>,
    host_containers_internal_ip: Option<String>,
}

#[derive(serde::Deserialize, Default)]
struct Network {
    default_rootless_network_cmd: Option<String>,
}

#[derive(serde::Deserialize, Default)]
struct Engine {
    network_cmd_path: Option<String>,
    runtime: Option<String>,
    detach_keys: Option<String>,
    cgroup_manager: Option<String>,
    infra_image: Option<String>,
    #[serde(default)]
    runtimes: std::collections::BTreeMap<String, Vec<String>>,
    events_logger: Option<String>,
    events_logfile_path: Option<String>,
    events_logfile_max_size: Option<toml::Value>,
}

/// A size as containers.conf gives it: a number of bytes, or text like "1m", "20mb", "5KiB".
pub fn parse_size(v: &toml::Value) -> Option<u64> {
    match v {
        toml::Value::Integer(n) => u64::try_from(*n).ok(),
        toml::Value::String(s) => {
            let s = s.trim().to_ascii_lowercase();
            let digits: String = s
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let n: f64 = digits.parse().ok()?;
            let unit = s[digits.len()..]
                .trim()
                .trim_end_matches('b')
                .trim_end_matches('i');
            let mult: f64 = match unit {
                "" => 1.0,
                "k" => 1024.0,
                "m" => 1024.0 * 1024.0,
                "g" => 1024.0 * 1024.0 * 1024.0,
                _ => return None,
            };
            Some((n * mult) as u64)
        }
        _ => None,
    }
}

fn conf_d(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "conf"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

impl ContainersConf {
    /// The files podman would read, in the order it reads them.
    pub fn paths() -> Vec<PathBuf> {
        if let Some(p) = std::env::var_os("CONTAINERS_CONF").filter(|v| !v.is_empty()) {
            return vec![PathBuf::from(p)];
        }
        let user = super::config_home().join("containers");
        let mut v = vec![
            PathBuf::from("/usr/share/containers/containers.conf"),
            PathBuf::from("/etc/containers/containers.conf"),
        ];
        v.extend(conf_d(Path::new("/etc/containers/containers.conf.d")));
        v.push(user.join("containers.conf"));
        v.extend(conf_d(&user.join("containers.conf.d")));
        v.into_iter().filter(|p| p.is_file()).collect()
    }

    pub fn load() -> ContainersConf {
        let mut out = ContainersConf::default();
        for p in Self::paths() {
            log::trace!("Reading configuration file {:?}", p.display().to_string());
            match std::fs::read_to_string(&p) {
                Ok(text) => {
                    out.merge(&text, &p);
                    log::debug!("Merged system config {:?}", p.display().to_string());
                }
                Err(e) => out
                    .warnings
                    .push(format!("cannot read {}: {e}; ignoring it", p.display())),
            }
        }
        out
    }

    /// Apply one file over what earlier ones set.
    pub fn merge(&mut self, text: &str, path: &Path) {
        let file: File = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                self.warnings
                    .push(format!("cannot parse {}: {e}; ignoring it", path.display()));
                return;
            }
        };
        self.sources.push(path.to_path_buf());
        if let Some(c) = file
            .network
            .default_rootless_network_cmd
            .filter(|c| !c.is_empty())
        {
            if c == "slirp4netns" || c == "pasta" {
                self.default_rootless_network_cmd = Some(c);
            } else {
                self.warnings.push(format!(
                    "{}: default_rootless_network_cmd {c:?} is not slirp4netns or pasta; ignoring it",
                    path.display()
                ));
            }
        }
        if let Some(p) = file.engine.network_cmd_path.filter(|p| !p.is_empty()) {
            self.network_cmd_path = Some(PathBuf::from(p));
        }
        if let Some(r) = file.engine.runtime.filter(|r| !r.is_empty()) {
            self.runtime = Some(r);
        }
        if let Some(l) = file.engine.events_logger.filter(|l| !l.is_empty()) {
            self.events_logger = Some(l);
        }
        if let Some(p) = file.engine.events_logfile_path.filter(|p| !p.is_empty()) {
            self.events_logfile_path = Some(PathBuf::from(p));
        }
        if let Some(v) = &file.engine.events_logfile_max_size {
            match parse_size(v) {
                Some(n) => self.events_logfile_max_size = Some(n),
                None => self.warnings.push(format!(
                    "{}: events_logfile_max_size {v} is not a size; ignoring it",
                    path.display()
                )),
            }
        }
        if let Some(k) = file.engine.detach_keys {
            self.detach_keys = Some(k);
        }
        if let Some(n) = file.containers.pids_limit {
            self.pids_limit = Some(n);
        }
        if let Some(c) = file.containers.cgroups.filter(|c| !c.is_empty()) {
            self.cgroups = Some(c);
        }
        if let Some(c) = file.containers.cgroupns.filter(|c| !c.is_empty()) {
            self.cgroupns = Some(c);
        }
        if let Some(v) = file.containers.dns_servers {
            self.dns_servers = v;
        }
        if let Some(v) = file.containers.dns_searches {
            self.dns_searches = v;
        }
        if let Some(v) = file.containers.dns_options {
            self.dns_options = v;
        }
        if let Some(f) = file.containers.base_hosts_file.filter(|f| !f.is_empty()) {
            self.base_hosts_file = Some(PathBuf::from(f));
        }
        if let Some(ip) = file
            .containers
            .host_containers_internal_ip
            .filter(|ip| !ip.is_empty())
        {
            self.host_containers_internal_ip = Some(ip);
        }
        if let Some(m) = file.engine.cgroup_manager.filter(|m| !m.is_empty()) {
            self.cgroup_manager = Some(m);
        }
        if let Some(i) = file.engine.infra_image.filter(|i| !i.is_empty()) {
            self.infra_image = Some(i);
        }
        for (name, paths) in file.engine.runtimes {
            self.runtimes.retain(|(n, _)| *n != name);
            self.runtimes.push((name, paths));
        }
    }
}

/// The OCI runtimes podman knows without configuration (containers.conf's defaults).
const KNOWN_RUNTIMES: &[&str] = &[
    "crun",
    "crun-wasm",
    "runc",
    "runj",
    "kata",
    "runsc",
    "youki",
    "krun",
    "ocijail",
];

impl ContainersConf {
    /// Check the OCI runtime asked for (`--runtime` over `[engine] runtime`) as podman does
    /// when it starts: a path must exist, a name must be one podman knows or that
    /// `[engine.runtimes]` lists. berth runs containers with its own in-process runtime, so
    /// the runtime is never executed; a runtime podman could not find is an error all the same.
    pub fn check_runtime(&self, flag: Option<&str>) -> Result<(), String> {
        let Some(name) = flag.or(self.runtime.as_deref()) else {
            return Ok(());
        };
        let known = if name.contains('/') {
            Path::new(name).exists()
        } else {
            KNOWN_RUNTIMES.contains(&name) || self.runtimes.iter().any(|(n, _)| n == name)
        };
        if known {
            Ok(())
        } else {
            Err(format!(
                "default OCI runtime {name:?} not found: invalid argument"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_check_as_podman() {
        let mut c = ContainersConf::default();
        assert!(c.check_runtime(None).is_ok());
        assert!(c.check_runtime(Some("runc")).is_ok());
        assert!(c.check_runtime(Some("/bin/sh")).is_ok());
        assert_eq!(
            c.check_runtime(Some("idonotexist")).unwrap_err(),
            "default OCI runtime \"idonotexist\" not found: invalid argument"
        );
        assert!(c.check_runtime(Some("/no/such/runtime")).is_err());
        c.merge("[engine]\nruntime = \"idonotexist\"\n", Path::new("x.conf"));
        assert!(c.check_runtime(None).is_err());
        c.merge(
            "[engine.runtimes]\nidonotexist = [\"/opt/x\"]\n",
            Path::new("y.conf"),
        );
        assert!(c.check_runtime(None).is_ok());
    }

    #[test]
    fn later_files_override_and_bad_values_warn() {
        let mut c = ContainersConf::default();
        c.merge(
            "[network]\ndefault_rootless_network_cmd = \"pasta\"\n[engine]\nnetwork_cmd_path = \"/opt/pasta\"\n",
            Path::new("/a"),
        );
        c.merge(
            "[network]\ndefault_rootless_network_cmd = \"slirp4netns\"\n",
            Path::new("/b"),
        );
        assert_eq!(
            c.default_rootless_network_cmd.as_deref(),
            Some("slirp4netns")
        );
        assert_eq!(c.network_cmd_path, Some(PathBuf::from("/opt/pasta")));
        c.merge(
            "[network]\ndefault_rootless_network_cmd = \"cni\"\n",
            Path::new("/c"),
        );
        assert_eq!(
            c.default_rootless_network_cmd.as_deref(),
            Some("slirp4netns")
        );
        assert_eq!(c.warnings.len(), 1);
        c.merge("not toml [", Path::new("/d"));
        assert_eq!(c.warnings.len(), 2);
        assert_eq!(c.sources.len(), 3);
    }
}
