//! Networks as podman's netavark backend keeps them: one JSON file per network under the
//! store's `networks/` directory (podman's shape, so `inspect` prints the record itself), and
//! IP addresses handed out per container as reservation files (`networks/ipam/NET/IP`, made
//! with O_EXCL, so two concurrent creates never get the same address without any lock).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

/// The default network's name; it is never stored (podman's is not either).
pub const DEFAULT_NETWORK: &str = "podman";
/// sha256("podman"), the ID podman gives its default network.
const DEFAULT_ID: &str = "2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LeaseRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_ip: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Subnet {
    pub subnet: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lease_range: Option<LeaseRange>,
}

/// A network record, field for field podman's (`podman network inspect`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Network {
    pub name: String,
    pub id: String,
    pub driver: String,
    pub network_interface: String,
    pub created: String,
    pub subnets: Vec<Subnet>,
    pub ipv6_enabled: bool,
    pub internal: bool,
    pub dns_enabled: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_dns_servers: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
    pub ipam_options: BTreeMap<String, String>,
}

/// An IPv4 subnet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    pub addr: Ipv4Addr,
    pub prefix: u8,
}

impl Cidr {
    pub fn parse(s: &str) -> Option<Cidr> {
        let (a, p) = s.split_once('/')?;
        let addr: Ipv4Addr = a.parse().ok()?;
        let prefix: u8 = p.parse().ok()?;
        (prefix <= 30).then_some(())?;
        let c = Cidr { addr, prefix };
        Some(Cidr {
            addr: Ipv4Addr::from(u32::from(addr) & c.mask()),
            prefix,
        })
    }
    fn mask(&self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - self.prefix)
        }
    }
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == u32::from(self.addr)
    }
    pub fn overlaps(&self, o: &Cidr) -> bool {
        self.contains(o.addr) || o.contains(self.addr)
    }
    /// The n-th address (1 = the first host).
    pub fn nth(&self, n: u32) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.addr) + n)
    }
    pub fn broadcast(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.addr) | !self.mask())
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

impl Network {
    /// The first IPv4 subnet, its gateway, and the range addresses are handed out from.
    pub fn v4(&self) -> Option<(Cidr, Ipv4Addr, Ipv4Addr, Ipv4Addr)> {
        self.subnets.iter().find_map(|s| {
            let c = Cidr::parse(&s.subnet)?;
            let gw = s
                .gateway
                .as_deref()
                .and_then(|g| g.parse().ok())
                .unwrap_or(c.nth(1));
            let lr = s.lease_range.as_ref();
            let start = lr
                .and_then(|l| l.start_ip.as_deref())
                .and_then(|a| a.parse().ok())
                .unwrap_or(c.nth(1));
            let end = lr
                .and_then(|l| l.end_ip.as_deref())
                .and_then(|a| a.parse().ok())
                .unwrap_or(Ipv4Addr::from(u32::from(c.broadcast()) - 1));
            Some((c, gw, start, end))
        })
    }

    /// podman's default network (`--network podman`).
    pub fn default_network() -> Network {
        Network {
            name: DEFAULT_NETWORK.into(),
            id: DEFAULT_ID.into(),
            driver: "bridge".into(),
            network_interface: "podman0".into(),
            created: crate::time::format_rfc3339(0),
            subnets: vec![Subnet {
                subnet: "10.88.0.0/16".into(),
                gateway: Some("10.88.0.1".into()),
                lease_range: None,
            }],
            ipv6_enabled: false,
            internal: false,
            dns_enabled: false,
            network_dns_servers: Vec::new(),
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            ipam_options: [("driver".to_string(), "host-local".to_string())].into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("unable to find network with name or ID {0}: network not found")]
    NotFound(String),
    #[error("network name {0} already used: network already exists")]
    Exists(String),
    #[error("{0}")]
    Invalid(String),
    #[error("subnet {0} is already used on the host or by another config")]
    SubnetUsed(String),
    #[error("IPAM error: requested ip address {ip} is already allocated to container ID {owner}")]
    IpTaken { ip: String, owner: String },
    #[error("IPAM error: failed to find free IP in range: {0}")]
    Exhausted(String),
    #[error("cannot {op} {path}")]
    Io {
        op: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl crate::error::Hint for RecordError {
    fn hint(&self) -> Option<String> {
        match self {
            RecordError::NotFound(_) => Some("list the networks with `berth network ls`, or create it with `berth network create NAME`".into()),
            RecordError::Exists(n) => Some(format!("choose another name, or remove it first (berth network rm {n})")),
            RecordError::SubnetUsed(_) => Some("choose another --subnet".into()),
            RecordError::IpTaken { .. } => Some("choose another --ip, or let berth pick one".into()),
            RecordError::Exhausted(_) => Some("remove containers from the network, or create a network with a larger --subnet".into()),
            _ => None,
        }
    }
}

fn io<'a>(op: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> RecordError + 'a {
    move |source| RecordError::Io {
        op,
        path: path.display().to_string(),
        source,
    }
}

pub fn dir(root: &Path) -> PathBuf {
    root.join("networks")
}

/// podman's rule for network names.
pub fn valid_name(n: &str) -> bool {
    let mut c = n.chars();
    c.next().is_some_and(|f| f.is_ascii_alphanumeric())
        && c.all(|ch| ch.is_ascii_alphanumeric() || "_.-".contains(ch))
}

/// All networks, the default one included, sorted by name (as podman lists them).
pub fn list(root: &Path) -> Vec<Network> {
    let mut out: Vec<Network> = std::fs::read_dir(dir(root))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .filter_map(|b| serde_json::from_slice(&b).ok())
        .collect();
    out.push(Network::default_network());
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// A network by name, full ID or ID prefix.
pub fn get(root: &Path, name: &str) -> Result<Network, RecordError> {
    let all = list(root);
    if let Some(n) = all.iter().find(|n| n.name == name || n.id == name) {
        return Ok(n.clone());
    }
    let by_prefix: Vec<&Network> = all
        .iter()
        .filter(|n| !name.is_empty() && n.id.starts_with(name))
        .collect();
    match by_prefix.as_slice() {
        [one] => Ok((*one).clone()),
        _ => Err(RecordError::NotFound(name.to_string())),
    }
}

/// What `network create` asks for.
#[derive(Debug, Default, Clone)]
pub struct CreateRequest {
    pub name: Option<String>,
    pub driver: Option<String>,
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub ip_range: Option<String>,
    pub internal: bool,
    pub ipv6: bool,
    pub disable_dns: bool,
    pub dns: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub options: BTreeMap<String, String>,
    pub ignore: bool,
}

fn random_hex() -> String {
    let mut b = [0u8; 32];
    let _ = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut b));
    hex::encode(b)
}

/// Create a network record (subnet 10.89.N.0/24 and interface podmanN when not given).
pub fn create(root: &Path, r: &CreateRequest) -> Result<Network, RecordError> {
    let d = dir(root);
    std::fs::create_dir_all(&d).map_err(io("create", &d))?;
    let lock_path = d.join("networks.lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(io("open", &lock_path))?;
    let _guard =
        nix::fcntl::Flock::lock(lock, nix::fcntl::FlockArg::LockExclusive).map_err(|(_, e)| {
            RecordError::Io {
                op: "lock",
                path: lock_path.display().to_string(),
                source: e.into(),
            }
        })?;
    let existing = list(root);
    let interfaces: Vec<&str> = existing
        .iter()
        .map(|n| n.network_interface.as_str())
        .collect();
    let iface_n = (1..)
        .find(|i| !interfaces.contains(&format!("podman{i}").as_str()))
        .unwrap_or(1);
    let name = match &r.name {
        Some(n) => n.clone(),
        None => format!("podman{iface_n}"),
    };
    if !valid_name(&name) {
        return Err(RecordError::Invalid(format!(
            "network name {name} invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*: invalid argument"
        )));
    }
    if let Some(n) = existing.iter().find(|n| n.name == name) {
        if r.ignore {
            return Ok(n.clone());
        }
        return Err(RecordError::Exists(name));
    }
    let driver = r.driver.clone().unwrap_or_else(|| "bridge".into());
    if driver != "bridge" {
        return Err(RecordError::Invalid(format!(
            "unsupported driver {driver}: invalid argument"
        )));
    }
    let used: Vec<Cidr> = existing
        .iter()
        .filter_map(|n| n.v4().map(|v| v.0))
        .collect();
    let subnet = match &r.subnet {
        Some(s) => {
            let c = Cidr::parse(s)
                .ok_or_else(|| RecordError::Invalid(format!("invalid CIDR address: {s}")))?;
            if used.iter().any(|u| u.overlaps(&c)) {
                return Err(RecordError::SubnetUsed(c.to_string()));
            }
            c
        }
        None => (0..=255u8)
            .map(|i| Cidr {
                addr: Ipv4Addr::new(10, 89, i, 0),
                prefix: 24,
            })
            .find(|c| !used.iter().any(|u| u.overlaps(c)))
            .ok_or_else(|| {
                RecordError::Invalid("could not find free subnet from subnet pools".into())
            })?,
    };
    let gateway = match &r.gateway {
        Some(g) => {
            let ip: Ipv4Addr = g
                .parse()
                .map_err(|_| RecordError::Invalid(format!("invalid gateway {g}")))?;
            if !subnet.contains(ip) {
                return Err(RecordError::Invalid(format!(
                    "gateway ip {ip} not in subnet {subnet}"
                )));
            }
            ip
        }
        None => subnet.nth(1),
    };
    let lease_range = match &r.ip_range {
        Some(s) => {
            let c = Cidr::parse(s)
                .ok_or_else(|| RecordError::Invalid(format!("invalid CIDR address: {s}")))?;
            if !subnet.contains(c.addr) {
                return Err(RecordError::Invalid(format!(
                    "lease range {c} is not in subnet {subnet}"
                )));
            }
            Some(LeaseRange {
                start_ip: Some(c.nth(if c.addr == subnet.addr { 1 } else { 0 }).to_string()),
                end_ip: Some(Ipv4Addr::from(u32::from(c.broadcast()) - 1).to_string()),
            })
        }
        None => None,
    };
    let mut subnets = vec![Subnet {
        subnet: subnet.to_string(),
        gateway: Some(gateway.to_string()),
        lease_range,
    }];
    if r.ipv6 {
        // recorded as podman does; the data plane configures IPv4 only (see architecture.md)
        let h = random_hex();
        subnets.push(Subnet {
            subnet: format!("fd{}:{}:{}::/64", &h[..2], &h[2..6], &h[6..10]),
            gateway: Some(format!("fd{}:{}:{}::1", &h[..2], &h[2..6], &h[6..10])),
            lease_range: None,
        });
    }
    for s in &r.dns {
        s.parse::<std::net::IpAddr>()
            .map_err(|_| RecordError::Invalid(format!("{s} is not an ip address")))?;
    }
    let now = crate::time::now_secs();
    let n = Network {
        name: name.clone(),
        id: random_hex(),
        driver,
        network_interface: format!("podman{iface_n}"),
        created: crate::time::format_rfc3339(now),
        subnets,
        ipv6_enabled: r.ipv6,
        internal: r.internal,
        dns_enabled: !r.disable_dns,
        network_dns_servers: r.dns.clone(),
        labels: r.labels.clone(),
        options: r.options.clone(),
        ipam_options: [("driver".to_string(), "host-local".to_string())].into(),
    };
    let bytes = serde_json::to_vec_pretty(&n).unwrap_or_default();
    let p = d.join(format!("{name}.json"));
    let tmp = d.join(format!(".{name}.json.tmp"));
    std::fs::write(&tmp, bytes).map_err(io("write", &tmp))?;
    std::fs::rename(&tmp, &p).map_err(io("write", &p))?;
    Ok(n)
}

/// Remove a network's record and its address reservations.
pub fn remove(root: &Path, name: &str) -> Result<(), RecordError> {
    if name == DEFAULT_NETWORK {
        return Err(RecordError::Invalid(format!(
            "default network {name} cannot be removed"
        )));
    }
    let p = dir(root).join(format!("{name}.json"));
    std::fs::remove_file(&p).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => RecordError::NotFound(name.to_string()),
        _ => RecordError::Io {
            op: "remove",
            path: p.display().to_string(),
            source: e,
        },
    })?;
    let _ = std::fs::remove_dir_all(ipam_dir(root, name));
    Ok(())
}

fn ipam_dir(root: &Path, net: &str) -> PathBuf {
    dir(root).join("ipam").join(net)
}

/// Reserve an address of `net` for container `id`: `wanted`, or the first free one.
pub fn allocate(
    root: &Path,
    net: &Network,
    id: &str,
    wanted: Option<Ipv4Addr>,
) -> Result<Ipv4Addr, RecordError> {
    let (cidr, gw, start, end) = net
        .v4()
        .ok_or_else(|| RecordError::Invalid(format!("network {} has no IPv4 subnet", net.name)))?;
    let d = ipam_dir(root, &net.name);
    std::fs::create_dir_all(&d).map_err(io("create", &d))?;
    let containers = root.join("containers");
    let try_take = |ip: Ipv4Addr| -> Result<bool, RecordError> {
        let p = d.join(ip.to_string());
        for _ in 0..2 {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&p)
            {
                Ok(mut f) => {
                    std::io::Write::write_all(&mut f, id.as_bytes()).map_err(io("write", &p))?;
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    // a reservation whose container is gone (a killed rm) is free again; a
                    // fresh one may belong to a create still writing its directory
                    let owner = std::fs::read_to_string(&p).unwrap_or_default();
                    let old = std::fs::metadata(&p)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok())
                        .is_some_and(|a| a.as_secs() > 60);
                    if owner == id {
                        return Ok(true);
                    }
                    if old && !containers.join(owner.trim()).exists() {
                        let _ = std::fs::remove_file(&p);
                        continue;
                    }
                    return Ok(false);
                }
                Err(e) => return Err(io("create", &p)(e)),
            }
        }
        Ok(false)
    };
    if let Some(ip) = wanted {
        if !cidr.contains(ip) || ip == gw || ip == cidr.addr || ip == cidr.broadcast() {
            return Err(RecordError::Invalid(format!(
                "requested static ip {ip} not in any subnet on network {}",
                net.name
            )));
        }
        if try_take(ip)? {
            return Ok(ip);
        }
        let owner = std::fs::read_to_string(d.join(ip.to_string())).unwrap_or_default();
        return Err(RecordError::IpTaken {
            ip: ip.to_string(),
            owner,
        });
    }
    // round robin from the last address handed out, as host-local and netavark do: an
    // address just freed (a disconnect, a removed container) is not given again at once
    let last_file = d.join(".last");
    let (lo, hi) = (u32::from(start), u32::from(end));
    let after = std::fs::read_to_string(&last_file)
        .ok()
        .and_then(|s| s.trim().parse::<Ipv4Addr>().ok())
        .map(u32::from)
        .filter(|l| (lo..=hi).contains(l))
        .map_or(lo, |l| if l >= hi { lo } else { l + 1 });
    for n in (after..=hi).chain(lo..after) {
        let ip = Ipv4Addr::from(n);
        if ip != gw && ip != cidr.addr && ip != cidr.broadcast() && try_take(ip)? {
            let _ = std::fs::write(&last_file, ip.to_string());
            return Ok(ip);
        }
    }
    Err(RecordError::Exhausted(cidr.to_string()))
}

/// Free the address `id` holds on `net` (every one when `net` is None).
pub fn release(root: &Path, net: Option<&str>, id: &str) {
    let base = dir(root).join("ipam");
    let nets: Vec<PathBuf> = match net {
        Some(n) => vec![base.join(n)],
        None => std::fs::read_dir(&base)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect(),
    };
    for d in nets {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if std::fs::read_to_string(e.path()).is_ok_and(|o| o.trim() == id) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_math() {
        let c = Cidr::parse("10.89.3.7/24").unwrap();
        assert_eq!(c.to_string(), "10.89.3.0/24");
        assert_eq!(c.nth(1), Ipv4Addr::new(10, 89, 3, 1));
        assert_eq!(c.broadcast(), Ipv4Addr::new(10, 89, 3, 255));
        assert!(c.overlaps(&Cidr::parse("10.89.0.0/16").unwrap()));
        assert!(!c.overlaps(&Cidr::parse("10.89.4.0/24").unwrap()));
        assert!(Cidr::parse("10.0.0.0/31").is_none());
    }

    #[test]
    fn names() {
        assert!(valid_name("a-b_c.d1"));
        assert!(!valid_name("-a"));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(""));
    }
}
