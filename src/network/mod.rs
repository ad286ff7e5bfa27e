//! User-mode networking: the network mode a container asks for, published ports, and the
//! helpers (slirp4netns, pasta) that connect its network namespace to the host. A helper lives
//! exactly as long as the process that started it holds its exit descriptor.

pub mod ports;
pub mod slirp4netns;

pub use ports::{PortMapping, Proto};

use serde::{Deserialize, Serialize};

/// `--network`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "mode", content = "options")]
pub enum Mode {
    None,
    Host,
    Slirp4netns(slirp4netns::Options),
    Pasta(Vec<String>),
}

impl Mode {
    /// Parse `none`, `host`, `slirp4netns[:opt=v,...]`, `pasta[:arg,...]`; "" is the default.
    pub fn parse(s: &str) -> Result<Mode, String> {
        let (name, opts) = s.split_once(':').unwrap_or((s, ""));
        match name {
            "" | "default" | "slirp4netns" => {
                Ok(Mode::Slirp4netns(slirp4netns::Options::parse(opts)?))
            }
            "none" => Ok(Mode::None),
            "host" => Ok(Mode::Host),
            "pasta" => Ok(Mode::Pasta(
                opts.split(',')
                    .filter(|o| !o.is_empty())
                    .map(str::to_string)
                    .collect(),
            )),
            "bridge" | "private" => Ok(Mode::Slirp4netns(slirp4netns::Options::parse(opts)?)),
            other => Err(format!(
                "network mode {other:?} is not supported: use slirp4netns, pasta, none or host"
            )),
        }
    }

    /// The mode's name as `inspect` shows it.
    pub fn name(&self) -> &'static str {
        match self {
            Mode::None => "none",
            Mode::Host => "host",
            Mode::Slirp4netns(_) => "slirp4netns",
            Mode::Pasta(_) => "pasta",
        }
    }

    /// Whether the container gets a network namespace of its own.
    pub fn own_namespace(&self) -> bool {
        !matches!(self, Mode::Host)
    }

    /// resolv.conf for the container: the helper's DNS forwarder, or the host's name servers
    /// without the loopback ones (unreachable from another namespace).
    pub fn resolv_conf(
        &self,
        host: &str,
        dns: &[String],
        search: &[String],
        options: &[String],
    ) -> String {
        let mut lines: Vec<String> = Vec::new();
        let host_search: Vec<String> = host
            .lines()
            .filter(|l| l.starts_with("search "))
            .map(str::to_string)
            .collect();
        if search.is_empty() {
            lines.extend(host_search);
        } else {
            lines.push(format!("search {}", search.join(" ")));
        }
        if !dns.is_empty() {
            lines.extend(dns.iter().map(|d| format!("nameserver {d}")));
        } else {
            match self {
                Mode::Slirp4netns(o) => lines.push(format!("nameserver {}", o.dns_address())),
                _ => lines.extend(
                    host.lines()
                        .filter(|l| l.starts_with("nameserver"))
                        .filter(|l| !(l.contains(" 127.") || l.contains(" ::1")))
                        .map(str::to_string),
                ),
            }
        }
        let host_opts: Vec<String> = host
            .lines()
            .filter(|l| l.starts_with("options "))
            .map(str::to_string)
            .collect();
        if options.is_empty() {
            lines.extend(host_opts);
        } else {
            lines.push(format!("options {}", options.join(" ")));
        }
        let mut s = lines.join("\n");
        s.push('\n');
        s
    }

    /// The address `host.containers.internal` names, when there is one.
    pub fn host_address(&self) -> Option<String> {
        match self {
            Mode::Slirp4netns(o) => Some(o.host_address()),
            Mode::Host => Some("127.0.0.1".into()),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NetError {
    #[error("{helper} is not installed")]
    Missing {
        helper: &'static str,
        package: &'static str,
    },
    #[error("cannot start {helper}")]
    Spawn {
        helper: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{helper} failed: {message}")]
    Failed {
        helper: &'static str,
        message: String,
    },
    #[error("rootlessport listen {proto} {addr}:{port}: bind: address already in use")]
    PortInUse {
        proto: &'static str,
        addr: String,
        port: u16,
    },
}

impl crate::error::Hint for NetError {
    fn hint(&self) -> Option<String> {
        match self {
            NetError::Missing { package, .. } => Some(format!("install the {package} package (apt-get install {package}), or use --network none")),
            NetError::PortInUse { port, .. } => Some(format!("another process (or container) uses port {port}: choose another host port with -p HOST:CONTAINER")),
            NetError::Failed { .. } => Some("run with --log-level debug for the helper's output, or use --network none".into()),
            _ => None,
        }
    }
}

/// Find a helper on PATH (or the usual places).
pub fn find_helper(name: &str) -> Option<std::path::PathBuf> {
    std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .filter(|d| !d.is_empty())
        .chain(["/usr/bin", "/usr/sbin", "/bin", "/usr/libexec/podman"])
        .map(|d| std::path::Path::new(d).join(name))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse() {
        assert_eq!(Mode::parse("none").unwrap(), Mode::None);
        assert_eq!(Mode::parse("host").unwrap(), Mode::Host);
        assert!(
            matches!(Mode::parse("slirp4netns:allow_host_loopback=true").unwrap(), Mode::Slirp4netns(o) if o.allow_host_loopback)
        );
        assert_eq!(
            Mode::parse("pasta:-T,8080").unwrap(),
            Mode::Pasta(vec!["-T".into(), "8080".into()])
        );
        assert!(Mode::parse("weird").is_err());
    }

    #[test]
    fn resolv_conf_uses_the_forwarder_and_drops_loopback() {
        let host =
            "search example.org\nnameserver 127.0.0.53\nnameserver 192.0.2.1\noptions edns0\n";
        let slirp = Mode::parse("slirp4netns").unwrap();
        assert_eq!(
            slirp.resolv_conf(host, &[], &[], &[]),
            "search example.org\nnameserver 10.0.2.3\noptions edns0\n"
        );
        assert_eq!(
            Mode::None.resolv_conf(host, &[], &[], &[]),
            "search example.org\nnameserver 192.0.2.1\noptions edns0\n"
        );
        assert_eq!(
            Mode::None.resolv_conf(
                host,
                &["1.1.1.1".into()],
                &["a.b".into()],
                &["ndots:2".into()]
            ),
            "search a.b\nnameserver 1.1.1.1\noptions ndots:2\n"
        );
    }
}
