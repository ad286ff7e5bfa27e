//! User-mode networking: the network mode a container asks for, published ports, and the
//! helpers (slirp4netns, pasta) that connect its network namespace to the host. A helper lives
//! exactly as long as the process that started it holds its exit descriptor.

pub mod bridge;
pub mod dns;
pub mod netlink;
pub mod pasta;
pub mod ports;
pub mod records;
pub mod rootless_netns;
pub mod slirp4netns;
pub mod udp_relay;

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
    /// `container:NAME|ID`: join another container's network namespace.
    Container(String),
    /// `ns:PATH`: join the network namespace at PATH.
    Ns(String),
    /// User-defined networks (the container's `networks` say which): veths into the bridges
    /// of the rootless netns (bridge.rs).
    Networks,
}

/// The `network` value of a container on user-defined networks.
pub const NETWORKS_MODE: &str = ":networks";

/// Whether `--network VALUE` names a mode rather than a user-defined network.
pub fn is_mode(value: &str) -> bool {
    let name = value.split_once(':').map_or(value, |(n, _)| n);
    matches!(
        name,
        "" | "default"
            | "slirp4netns"
            | "none"
            | "host"
            | "pasta"
            | "bridge"
            | "private"
            | "container"
            | "ns"
    )
}

impl Mode {
    /// Parse `none`, `host`, `slirp4netns[:opt=v,...]`, `pasta[:arg,...]`; "" is the default.
    pub fn parse(s: &str) -> Result<Mode, NetError> {
        Mode::parse_str(s).map_err(NetError::Invalid)
    }

    fn parse_str(s: &str) -> Result<Mode, String> {
        if s == NETWORKS_MODE {
            return Ok(Mode::Networks);
        }
        let (name, opts) = s.split_once(':').unwrap_or((s, ""));
        match name {
            "" | "default" | "slirp4netns" => {
                Ok(Mode::Slirp4netns(slirp4netns::Options::parse_str(opts)?))
            }
            "none" => Ok(Mode::None),
            "host" => Ok(Mode::Host),
            "pasta" => Ok(Mode::Pasta(
                opts.split(',')
                    .filter(|o| !o.is_empty())
                    .map(str::to_string)
                    .collect(),
            )),
            "bridge" | "private" => Ok(Mode::Slirp4netns(slirp4netns::Options::parse_str(opts)?)),
            "container" if !opts.is_empty() => Ok(Mode::Container(opts.to_string())),
            "ns" if opts.starts_with('/') => Ok(Mode::Ns(opts.to_string())),
            "container" | "ns" => Err(format!(
                "--network {name} needs a value: container:NAME or ns:/path/to/netns"
            )),
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
            Mode::Container(_) => "container",
            Mode::Ns(_) => "ns",
            Mode::Networks => "bridge",
        }
    }

    /// podman's `HostConfig.NetworkMode` of a container whose `network` is `value`: the
    /// mode without its options (`slirp4netns`, `pasta`, `bridge`, `none`, `host`), or
    /// `container:ID` and `ns:PATH` as given.
    pub fn inspect_name(value: &str) -> String {
        match Mode::parse(value) {
            Ok(Mode::Container(_) | Mode::Ns(_)) | Err(_) => value.to_string(),
            Ok(m) => m.name().to_string(),
        }
    }

    /// Whether the container gets a network namespace of its own.
    pub fn own_namespace(&self) -> bool {
        !matches!(self, Mode::Host | Mode::Container(_) | Mode::Ns(_))
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
    /// A `--network` or `-p` value berth cannot take.
    #[error("{0}")]
    Invalid(String),
    #[error("{helper} is not installed")]
    Missing {
        helper: &'static str,
        package: &'static str,
    },
    #[error("{helper}: --network-cmd-path {} does not exist", path.display())]
    NotFoundAt {
        helper: &'static str,
        path: std::path::PathBuf,
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
            NetError::NotFoundAt { helper, .. } => Some(format!("give the path of an installed {helper} (command -v {helper}), or drop --network-cmd-path")),
            NetError::PortInUse { port, .. } => Some(format!("another process (or container) uses port {port}: choose another host port with -p HOST:CONTAINER")),
            NetError::Failed { helper, .. } => Some(match *helper {
                "slirp4netns" | "pasta" => {
                    let package = package_of(helper);
                    format!("check the options given to {helper} and that it runs ({helper} --version); it comes with the {package} package (apt-get install --reinstall {package}); or use --network none")
                }
                _ => "use --network none, or publish no UDP ports".into(),
            }),
            _ => None,
        }
    }
}

/// The network a container gets: `network` as given, except that the default ("" or
/// "default") becomes containers.conf's `default_rootless_network_cmd` (slirp4netns, as in
/// podman 4.3, when unset), or the other helper when only that one is installed; with
/// `--network-cmd-path`, the helper it names.
pub fn default_mode(
    network: &str,
    configured: Option<&str>,
    cmd_path: Option<&std::path::Path>,
) -> String {
    let (name, opts) = network.split_once(':').unwrap_or((network, ""));
    if !(name.is_empty() || name == "default") {
        return network.to_string();
    }
    let wanted = configured.unwrap_or("slirp4netns");
    let other = if wanted == "pasta" {
        "slirp4netns"
    } else {
        "pasta"
    };
    let named = |prefix: &str| {
        cmd_path
            .and_then(|p| p.file_name())
            .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
    };
    let helper = if named("pasta") {
        "pasta"
    } else if named("slirp4netns") {
        "slirp4netns"
    } else if cmd_path.is_none() && find_helper(wanted).is_none() && find_helper(other).is_some() {
        other
    } else {
        wanted
    };
    if opts.is_empty() {
        helper.to_string()
    } else {
        format!("{helper}:{opts}")
    }
}

/// The Debian package a helper comes with.
fn package_of(helper: &str) -> &'static str {
    if helper == "pasta" {
        "passt"
    } else {
        "slirp4netns"
    }
}

/// The helper binary: `--network-cmd-path` when given (it must exist), else found on PATH.
pub fn helper_binary(
    helper: &'static str,
    cmd_path: Option<&std::path::Path>,
) -> Result<std::path::PathBuf, NetError> {
    let package = package_of(helper);
    match cmd_path {
        Some(p) if p.is_file() => Ok(p.to_path_buf()),
        Some(p) => Err(NetError::NotFoundAt {
            helper,
            path: p.to_path_buf(),
        }),
        None => find_helper(helper).ok_or(NetError::Missing { helper, package }),
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

/// A container's network, attached: it ends when this is dropped.
pub struct Attached {
    /// Forwarder of published UDP ports (dropped first: it frees the host ports).
    _udp: Option<udp_relay::Relay>,
    _helper: Helper,
    _bridged: Option<bridge::Bridged>,
}

impl Attached {
    pub fn nothing() -> Attached {
        Attached {
            _udp: None,
            _helper: Helper::Nothing,
            _bridged: None,
        }
    }

    /// When the helper has died while the container runs: what to tell the user (once).
    pub fn helper_died(&mut self) -> Option<String> {
        let (name, status) = match &mut self._helper {
            Helper::Nothing => return None,
            Helper::Slirp(h) => ("slirp4netns", h.exited()?),
            Helper::Pasta(h) => ("pasta", h.exited()?),
        };
        self._helper = Helper::Nothing;
        Some(format!(
            "{name} ended ({status}): the container has no network now; `berth restart` it for a new {name}"
        ))
    }
}

/// The helper process of an attached network.
pub enum Helper {
    Nothing,
    Slirp(slirp4netns::Helper),
    Pasta(pasta::Helper),
}

/// Connect the network namespace of `pid` as `mode` says and publish `ports`: TCP through
/// the helper, UDP through berth's own forwarder (see udp_relay). `dir` holds the helper's
/// socket and log. The caller is in the user namespace that owns that namespace.
pub fn attach(
    mode: &Mode,
    pid: i32,
    ports: &[PortMapping],
    dir: &std::path::Path,
    nested_userns: bool,
    cmd_path: Option<&std::path::Path>,
) -> Result<Attached, NetError> {
    let tcp: Vec<PortMapping> = ports
        .iter()
        .filter(|p| p.proto == Proto::Tcp)
        .cloned()
        .collect();
    let helper = match mode {
        Mode::None | Mode::Host | Mode::Container(_) | Mode::Ns(_) | Mode::Networks => {
            Helper::Nothing
        }
        Mode::Slirp4netns(o) => {
            let h = slirp4netns::start(
                pid,
                o,
                &dir.join("slirp4netns.sock"),
                &dir.join("slirp4netns.log"),
                nested_userns,
                cmd_path,
            )?;
            for m in &tcp {
                slirp4netns::add_hostfwd(&h, m, &o.container_address())?;
            }
            Helper::Slirp(h)
        }
        Mode::Pasta(args) => {
            Helper::Pasta(pasta::start(pid, args, &tcp, dir, nested_userns, cmd_path)?)
        }
    };
    let udp = if ports.iter().any(|p| p.proto == Proto::Udp) {
        let netns = std::fs::File::open(format!("/proc/{pid}/ns/net")).map_err(|source| {
            NetError::Spawn {
                helper: "udp forwarder",
                source,
            }
        })?;
        udp_relay::start(netns.into(), ports)?
    } else {
        None
    };
    Ok(Attached {
        _udp: udp,
        _helper: helper,
        _bridged: None,
    })
}

/// Connect the network namespace of `pid` to user-defined networks (see bridge.rs).
pub fn attach_networks(
    pid: i32,
    id: &str,
    names: &[String],
    attachments: &[bridge::Attachment],
    nets: &[records::Network],
    ports: &[PortMapping],
) -> Result<Attached, NetError> {
    let b = bridge::attach(pid, id, names, attachments, nets, ports)?;
    Ok(Attached {
        _udp: None,
        _helper: Helper::Nothing,
        _bridged: Some(b),
    })
}

/// /etc/hosts for the container.
/// What a container's /etc/hosts is made from.
pub struct HostsInput<'a> {
    pub hostname: &'a str,
    pub name: &'a str,
    /// `--add-host` values (NAME:IP).
    pub add_hosts: &'a [String],
    /// containers.conf's base entries ("IP NAMES").
    pub base: &'a [String],
    /// containers.conf's `host_containers_internal_ip`.
    pub internal_ip: Option<&'a str>,
}

/// The /etc/hosts of a new container, as podman's etchosts writes it: containers.conf's
/// base entries, localhost (unless the base names it), `--add-host`s, the container's own
/// name and host.containers.internal (each unless an earlier entry has that name).
pub fn hosts_file(mode: &Mode, h: &HostsInput) -> String {
    let mut lines: Vec<String> = h.base.to_vec();
    let has = |lines: &[String], name: &str| {
        lines
            .iter()
            .any(|l| l.split_whitespace().skip(1).any(|n| n == name))
    };
    if !has(&lines, "localhost") {
        lines.push("127.0.0.1\tlocalhost localhost.localdomain".into());
        lines.push("::1\tlocalhost localhost.localdomain".into());
    }
    for a in h.add_hosts {
        if let Some((n, ip)) = a.split_once(':') {
            lines.push(format!("{ip}\t{n}"));
        }
    }
    let (hostname, name) = (h.hostname, h.name);
    if !has(&lines, hostname) && !has(&lines, name) {
        match mode {
            Mode::Slirp4netns(o) => {
                lines.push(format!("{}\t{hostname} {name}", o.container_address()))
            }
            _ => lines.push(format!("127.0.1.1\t{hostname} {name}")),
        }
    }
    let internal = h.internal_ip.map(str::to_string).or_else(|| match mode {
        // without host loopback the slirp gateway reaches nothing: the host's own address
        Mode::Slirp4netns(o) if !o.allow_host_loopback => {
            Some(local_ip().unwrap_or_else(|| o.host_address()))
        }
        Mode::Pasta(_) => local_ip(),
        _ => mode.host_address(),
    });
    if let Some(ip) = internal {
        if !has(&lines, "host.containers.internal") {
            lines.push(format!(
                "{ip}\thost.containers.internal host.docker.internal"
            ));
        }
    }
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// The host's first non-loopback IPv4 address (podman's `util.GetLocalIP`), if any.
pub fn local_ip() -> Option<String> {
    let addrs = nix::ifaddrs::getifaddrs().ok()?;
    for a in addrs {
        if let Some(sin) = a.address.as_ref().and_then(|s| s.as_sockaddr_in()) {
            let ip = sin.ip();
            if !ip.is_loopback() && !ip.is_link_local() && !ip.is_unspecified() {
                return Some(ip.to_string());
            }
        }
    }
    None
}

/// The entries of containers.conf's `base_hosts_file` ("IP NAMES" lines, comments dropped).
pub fn base_hosts(path: Option<&std::path::Path>) -> Vec<String> {
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let l = l.split('#').next().unwrap_or("");
            let mut w = l.split_whitespace();
            let ip = w.next()?;
            let names: Vec<&str> = w.collect();
            (!names.is_empty()).then(|| format!("{ip}\t{}", names.join(" ")))
        })
        .collect()
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
        assert_eq!(
            Mode::parse("container:web").unwrap(),
            Mode::Container("web".into())
        );
        assert_eq!(
            Mode::parse("ns:/run/netns/x").unwrap(),
            Mode::Ns("/run/netns/x".into())
        );
        assert!(Mode::parse("container").is_err());
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
