//! A container on user-defined networks: one veth pair per network between its network
//! namespace and the rootless netns (see rootless_netns.rs), where each network is a Linux
//! bridge whose address is the network's gateway.
//!
//! Routing in the rootless netns: packets coming in on a bridge follow a policy rule, never
//! the main table. A network with a way out looks up table 100: the default route to
//! slirp4netns (10.0.2.2 on tap0) and a `prohibit` route for every network's subnet, so one
//! network cannot reach another's containers; an `--internal` network's rule prohibits all.
//! slirp4netns proxies whatever source address reaches it (tap0 answers ARP for the
//! containers' addresses), so no NAT is needed for outbound traffic.

use super::netlink::{exists_ok, Netlink};
use super::records::Network;
use super::{NetError, PortMapping};
use serde::{Deserialize, Serialize};
use std::net::Ipv4Addr;
use std::os::fd::AsFd;
use std::path::PathBuf;

/// The routing table of networks with a way out.
pub const OUT_TABLE: u32 = 100;

/// One network a container is on, as resolved at create (or `network connect`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Attachment {
    pub network: String,
    pub ip: String,
    pub mac: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// eth0, eth1, ...
    pub interface: String,
}

/// A DNS record set a container gives one network (rootless-netns/dns/VETH.json): valid while
/// the veth exists.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DnsEntry {
    pub id: String,
    pub network: String,
    pub ip: String,
    pub names: Vec<String>,
    pub internal: bool,
    pub servers: Vec<String>,
}

/// A random locally administered unicast MAC, as `aa:bb:..`.
pub fn random_mac() -> String {
    let mut b = [0u8; 6];
    let _ = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut b));
    b[0] = (b[0] & 0xfe) | 0x02;
    b.iter()
        .map(|x| format!("{x:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

pub fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let v: Vec<u8> = s
        .split(':')
        .map(|p| u8::from_str_radix(p, 16))
        .collect::<Result<_, _>>()
        .ok()?;
    v.try_into().ok()
}

fn nl_err(what: String) -> impl FnOnce(std::io::Error) -> NetError {
    move |e| NetError::Failed {
        helper: "netlink",
        message: format!("{what}: {e}"),
    }
}

/// The host-side name of a container's veth on its n-th network.
fn veth_name(id: &str, n: usize) -> String {
    format!("veth{}{}", &id[..9.min(id.len())], n)
}

/// What stays set up while the container runs; dropping it removes the DNS entries and
/// published ports (the veths go with the container's network namespace).
pub struct Bridged {
    dns: Vec<PathBuf>,
    /// The container whose forwards (rootless-netns/ports/ID.json) end with it.
    forwards_of: Option<String>,
}

impl Drop for Bridged {
    fn drop(&mut self) {
        for p in &self.dns {
            let _ = std::fs::remove_file(p);
        }
        if let Some(id) = &self.forwards_of {
            // what the record holds now: `network connect/disconnect` may have moved them
            let _ = move_ports(id, &[], None);
        }
    }
}

impl Bridged {
    /// Keep what was set up after this process ends (`network connect`: the entries stay
    /// valid while the veth lives).
    pub fn keep(mut self) {
        self.dns.clear();
        self.forwards_of = None;
    }
}

/// A running container's published ports in the holder's slirp4netns
/// (rootless-netns/ports/ID.json): the address they reach and the forwards' IDs.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Forwards {
    pub ip: String,
    pub ids: Vec<u64>,
}

fn forwards_file(dir: &std::path::Path, id: &str) -> PathBuf {
    dir.join("ports").join(format!("{id}.json"))
}

/// The address a running container's published ports reach now, if any.
pub fn forwarded_to(id: &str) -> Option<String> {
    let cur = super::rootless_netns::current()?;
    let text = std::fs::read(forwards_file(&cur.dir, id)).ok()?;
    let f: Forwards = serde_json::from_slice(&text).ok()?;
    (!f.ids.is_empty()).then_some(f.ip)
}

/// Withdraw a container's published ports and, with `to`, publish `ports` again to that
/// address (podman moves them to the container's remaining network on `network disconnect`,
/// and back on `network connect`).
pub fn move_ports(id: &str, ports: &[PortMapping], to: Option<&str>) -> Result<(), NetError> {
    let Some(cur) = super::rootless_netns::current() else {
        return Ok(());
    };
    let sock = cur.dir.join("slirp4netns.sock");
    let file = forwards_file(&cur.dir, id);
    if let Some(old) = std::fs::read(&file)
        .ok()
        .and_then(|t| serde_json::from_slice::<Forwards>(&t).ok())
    {
        for fid in old.ids {
            let _ = super::slirp4netns::remove_hostfwd_at(&sock, fid);
        }
    }
    let _ = std::fs::remove_file(&file);
    let Some(ip) = to else {
        return Ok(());
    };
    let mut f = Forwards {
        ip: ip.to_string(),
        ids: Vec::new(),
    };
    for m in ports.iter().filter(|p| p.proto == super::Proto::Tcp) {
        f.ids
            .push(super::slirp4netns::add_hostfwd_at(&sock, m, ip)?);
    }
    if !f.ids.is_empty() {
        let _ = std::fs::create_dir_all(file.parent().unwrap_or(&cur.dir));
        let _ = std::fs::write(&file, serde_json::to_vec(&f).unwrap_or_default());
    }
    Ok(())
}

/// Take a container's `n`-th network away (`network disconnect` of a running container).
/// The default route went with its veth when it was the routed one: `reroute` (the
/// container's pid 1 and the gateway of its next network with a way out) puts it back.
pub fn detach(id: &str, n: usize, reroute: Option<(i32, Ipv4Addr)>) -> Result<(), NetError> {
    let cur = super::rootless_netns::current().ok_or_else(|| NetError::Failed {
        helper: "rootless netns",
        message: "this berth has not joined the rootless network namespace".into(),
    })?;
    let veth = veth_name(id, n);
    let mut nr = Netlink::in_netns(&cur.netns).map_err(nl_err("rootless netns".into()))?;
    if let Some(i) = nr.link_index(&veth).map_err(nl_err(veth.clone()))? {
        nr.del_link(i).map_err(nl_err(format!("delete {veth}")))?;
    }
    let _ = std::fs::remove_file(cur.dir.join("dns").join(format!("{veth}.json")));
    if let Some((pid, gw)) = reroute {
        let cns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
            .map_err(nl_err("open the container's network namespace".into()))?;
        let mut nc = Netlink::in_netns(&cns).map_err(nl_err("container netns".into()))?;
        // a default route that is still there (another network's) stays as it is
        exists_ok(nc.add_default_route(gw)).map_err(nl_err(format!("default route via {gw}")))?;
    }
    Ok(())
}

/// Make sure the bridge of `net` exists in the rootless netns, with its address and rules.
fn ensure_bridge(nl: &mut Netlink, net: &Network) -> Result<u32, NetError> {
    let name = &net.network_interface;
    let (cidr, gw, _, _) = net
        .v4()
        .ok_or_else(|| NetError::Invalid(format!("network {} has no IPv4 subnet", net.name)))?;
    if let Some(i) = nl
        .link_index(name)
        .map_err(nl_err(format!("find {name}")))?
    {
        return Ok(i);
    }
    exists_ok(nl.add_bridge(name)).map_err(nl_err(format!("create bridge {name}")))?;
    let idx = nl
        .link_index(name)
        .map_err(nl_err(format!("find {name}")))?
        .ok_or_else(|| NetError::Invalid(format!("bridge {name} vanished")))?;
    exists_ok(nl.add_addr(idx, gw, cidr.prefix)).map_err(nl_err(format!("address {gw}")))?;
    nl.set_up(idx, None)
        .map_err(nl_err(format!("set {name} up")))?;
    exists_ok(nl.add_route_in(OUT_TABLE, Some((cidr.addr, cidr.prefix)), None))
        .map_err(nl_err(format!("isolate {cidr}")))?;
    let table = (!net.internal).then_some(OUT_TABLE);
    exists_ok(nl.add_iif_rule(name, 100, table)).map_err(nl_err(format!("rule for {name}")))?;
    Ok(idx)
}

/// Connect the network namespace of `pid` to each network in `nets` (with the records of
/// those networks), publish `ports` to the first one's address, and register the names.
pub fn attach(
    pid: i32,
    id: &str,
    names: &[String],
    attachments: &[Attachment],
    nets: &[Network],
    ports: &[PortMapping],
) -> Result<Bridged, NetError> {
    attach_from(pid, id, names, attachments, nets, ports, 0)
}

/// `attach`, for attachments that start at the container's `first`-th network (`network
/// connect` of a running container).
pub fn attach_from(
    pid: i32,
    id: &str,
    names: &[String],
    attachments: &[Attachment],
    nets: &[Network],
    ports: &[PortMapping],
    first: usize,
) -> Result<Bridged, NetError> {
    let cur = super::rootless_netns::current().ok_or_else(|| NetError::Failed {
        helper: "rootless netns",
        message: "this berth has not joined the rootless network namespace".into(),
    })?;
    let mut out = Bridged {
        dns: Vec::new(),
        forwards_of: None,
    };
    let cns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
        .map_err(nl_err("open the container's network namespace".into()))?;
    let mut nr = Netlink::in_netns(&cur.netns).map_err(nl_err("rootless netns".into()))?;
    let mut nc = Netlink::in_netns(&cns).map_err(nl_err("container netns".into()))?;
    if let Some(lo) = nc.link_index("lo").map_err(nl_err("lo".into()))? {
        nc.set_up(lo, None).map_err(nl_err("set lo up".into()))?;
    }
    let dns_dir = cur.dir.join("dns");
    let _ = std::fs::create_dir_all(&dns_dir);
    let mut routed = false;
    for (n, (a, net)) in attachments.iter().zip(nets).enumerate() {
        let n = n + first;
        let br = ensure_bridge(&mut nr, net)?;
        let veth = veth_name(id, n);
        if let Some(old) = nr.link_index(&veth).map_err(nl_err(veth.clone()))? {
            let _ = nr.del_link(old);
        }
        nr.add_veth(&veth, &a.interface, cns.as_fd(), parse_mac(&a.mac))
            .map_err(nl_err(format!("create veth {veth}")))?;
        let vi = nr
            .link_index(&veth)
            .map_err(nl_err(veth.clone()))?
            .ok_or_else(|| NetError::Invalid(format!("veth {veth} vanished")))?;
        nr.set_up(vi, Some(br))
            .map_err(nl_err(format!("attach {veth}")))?;
        let (cidr, gw, _, _) = net
            .v4()
            .ok_or_else(|| NetError::Invalid(format!("network {} has no subnet", net.name)))?;
        let ip: Ipv4Addr =
            a.ip.parse()
                .map_err(|_| NetError::Invalid(format!("bad address {}", a.ip)))?;
        let ci = nc
            .link_index(&a.interface)
            .map_err(nl_err(a.interface.clone()))?
            .ok_or_else(|| NetError::Invalid(format!("{} vanished", a.interface)))?;
        exists_ok(nc.add_addr(ci, ip, cidr.prefix)).map_err(nl_err(format!("address {ip}")))?;
        nc.set_up(ci, None)
            .map_err(nl_err(format!("set {} up", a.interface)))?;
        if !net.internal && !routed {
            exists_ok(nc.add_default_route(gw))
                .map_err(nl_err(format!("default route via {gw}")))?;
            routed = true;
        }
        let mut all: Vec<String> = names.to_vec();
        all.extend(a.aliases.iter().cloned());
        let e = DnsEntry {
            id: id.to_string(),
            network: net.name.clone(),
            ip: a.ip.clone(),
            names: all,
            internal: net.internal,
            servers: net.network_dns_servers.clone(),
        };
        let p = dns_dir.join(format!("{veth}.json"));
        let _ = std::fs::write(&p, serde_json::to_vec(&e).unwrap_or_default());
        out.dns.push(p);
    }
    if let Some(a) = attachments.first() {
        if ports.iter().any(|p| p.proto == super::Proto::Tcp) {
            out.forwards_of = Some(id.to_string());
            move_ports(id, ports, Some(&a.ip))?;
        }
    }
    Ok(out)
}
