//! A small synchronous rtnetlink client (netlink-packet-route for the messages): links,
//! bridges, veth pairs, addresses and routes, with no `ip` binary. A netlink socket belongs
//! to the network namespace it was opened in, so `Netlink::in_netns` opens it from a short
//! thread that joins the namespace (the process itself stays where it is).

use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL,
    NLM_F_REQUEST,
};
use netlink_packet_route::address::{AddressAttribute, AddressMessage};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
};
use netlink_packet_route::route::{
    RouteAddress, RouteAttribute, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::rule::{RuleAction, RuleAttribute, RuleMessage};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{protocols::NETLINK_ROUTE, Socket, SocketAddr};
use std::net::Ipv4Addr;
use std::os::fd::{AsRawFd, BorrowedFd};

pub struct Netlink {
    sock: Socket,
    seq: u32,
}

fn err(what: &str, e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(format!("{what}: {e}"))
}

impl Netlink {
    /// A socket in the current network namespace.
    pub fn here() -> std::io::Result<Netlink> {
        let mut sock = Socket::new(NETLINK_ROUTE)?;
        sock.bind_auto()?;
        sock.connect(&SocketAddr::new(0, 0))?;
        Ok(Netlink { sock, seq: 1 })
    }

    /// A socket in the network namespace `netns` (a /proc/PID/ns/net file).
    pub fn in_netns(netns: &std::fs::File) -> std::io::Result<Netlink> {
        let fd = netns.try_clone()?;
        std::thread::scope(|s| {
            s.spawn(move || {
                nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNET)
                    .map_err(|e| err("join the network namespace", e))?;
                Netlink::here()
            })
            .join()
            .map_err(|_| err("netlink", "thread panicked"))?
        })
    }

    fn request(
        &mut self,
        msg: RouteNetlinkMessage,
        flags: u16,
    ) -> std::io::Result<Vec<RouteNetlinkMessage>> {
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST | flags;
        header.sequence_number = self.seq;
        self.seq += 1;
        let mut m = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(msg));
        m.finalize();
        let mut buf = vec![0u8; m.buffer_len()];
        m.serialize(&mut buf);
        self.sock.send(&buf, 0)?;
        let mut out = Vec::new();
        loop {
            let (data, _) = self.sock.recv_from_full()?;
            let mut off = 0;
            while off < data.len() {
                let m = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&data[off..])
                    .map_err(|e| err("netlink reply", e))?;
                let len = m.header.length as usize;
                match m.payload {
                    NetlinkPayload::Error(e) => {
                        if let Some(code) = e.code {
                            return Err(std::io::Error::from_raw_os_error(-code.get()));
                        }
                        return Ok(out); // the ACK
                    }
                    NetlinkPayload::Done(_) => return Ok(out),
                    NetlinkPayload::InnerMessage(i) => out.push(i),
                    _ => {}
                }
                if flags & NLM_F_DUMP == 0 && flags & NLM_F_ACK == 0 {
                    return Ok(out);
                }
                if len == 0 {
                    break;
                }
                off += len;
            }
        }
    }

    /// The index of the link called `name`, if there is one.
    pub fn link_index(&mut self, name: &str) -> std::io::Result<Option<u32>> {
        let mut m = LinkMessage::default();
        m.attributes.push(LinkAttribute::IfName(name.to_string()));
        match self.request(RouteNetlinkMessage::GetLink(m), NLM_F_ACK) {
            Ok(r) => Ok(r.into_iter().find_map(|m| match m {
                RouteNetlinkMessage::NewLink(l) => Some(l.header.index),
                _ => None,
            })),
            Err(e) if e.raw_os_error() == Some(libc::ENODEV) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The names of all links.
    pub fn link_names(&mut self) -> std::io::Result<Vec<String>> {
        let r = self.request(
            RouteNetlinkMessage::GetLink(LinkMessage::default()),
            NLM_F_DUMP,
        )?;
        Ok(r.into_iter()
            .filter_map(|m| match m {
                RouteNetlinkMessage::NewLink(l) => l.attributes.into_iter().find_map(|a| match a {
                    LinkAttribute::IfName(n) => Some(n),
                    _ => None,
                }),
                _ => None,
            })
            .collect())
    }

    /// Create a bridge (EEXIST when it is there).
    pub fn add_bridge(&mut self, name: &str) -> std::io::Result<()> {
        let mut m = LinkMessage::default();
        m.attributes.push(LinkAttribute::IfName(name.to_string()));
        m.attributes
            .push(LinkAttribute::LinkInfo(vec![LinkInfo::Kind(
                InfoKind::Bridge,
            )]));
        self.request(
            RouteNetlinkMessage::NewLink(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }

    /// Create a veth pair: `name` here, `peer` in the network namespace `peer_ns`.
    pub fn add_veth(
        &mut self,
        name: &str,
        peer: &str,
        peer_ns: BorrowedFd<'_>,
        peer_mac: Option<[u8; 6]>,
    ) -> std::io::Result<()> {
        let mut p = LinkMessage::default();
        p.attributes.push(LinkAttribute::IfName(peer.to_string()));
        p.attributes
            .push(LinkAttribute::NetNsFd(peer_ns.as_raw_fd()));
        if let Some(mac) = peer_mac {
            p.attributes.push(LinkAttribute::Address(mac.to_vec()));
        }
        let mut m = LinkMessage::default();
        m.attributes.push(LinkAttribute::IfName(name.to_string()));
        m.attributes.push(LinkAttribute::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::Veth),
            LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(p))),
        ]));
        self.request(
            RouteNetlinkMessage::NewLink(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }

    /// Delete a link.
    pub fn del_link(&mut self, index: u32) -> std::io::Result<()> {
        let mut m = LinkMessage::default();
        m.header.index = index;
        self.request(RouteNetlinkMessage::DelLink(m), NLM_F_ACK)
            .map(drop)
    }

    /// Set a link up, optionally making it a port of the bridge `master`.
    pub fn set_up(&mut self, index: u32, master: Option<u32>) -> std::io::Result<()> {
        let mut m = LinkMessage::default();
        m.header.index = index;
        m.header.flags = LinkFlags::Up;
        m.header.change_mask = LinkFlags::Up;
        if let Some(b) = master {
            m.attributes.push(LinkAttribute::Controller(b));
        }
        self.request(RouteNetlinkMessage::SetLink(m), NLM_F_ACK)
            .map(drop)
    }

    /// The link's hardware address.
    pub fn link_mac(&mut self, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        let mut m = LinkMessage::default();
        m.attributes.push(LinkAttribute::IfName(name.to_string()));
        let r = self.request(RouteNetlinkMessage::GetLink(m), NLM_F_ACK)?;
        Ok(r.into_iter().find_map(|m| match m {
            RouteNetlinkMessage::NewLink(l) => l.attributes.into_iter().find_map(|a| match a {
                LinkAttribute::Address(a) => Some(a),
                _ => None,
            }),
            _ => None,
        }))
    }

    /// Add an IPv4 address (EEXIST when it is there).
    pub fn add_addr(&mut self, index: u32, ip: Ipv4Addr, prefix: u8) -> std::io::Result<()> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::Inet;
        m.header.prefix_len = prefix;
        m.header.index = index;
        m.attributes.push(AddressAttribute::Local(ip.into()));
        m.attributes.push(AddressAttribute::Address(ip.into()));
        let bcast = if prefix >= 31 {
            ip
        } else {
            Ipv4Addr::from(u32::from(ip) | (u32::MAX >> prefix))
        };
        m.attributes.push(AddressAttribute::Broadcast(bcast));
        self.request(
            RouteNetlinkMessage::NewAddress(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }

    /// Add the default route via `gateway`.
    pub fn add_default_route(&mut self, gateway: Ipv4Addr) -> std::io::Result<()> {
        let mut m = RouteMessage::default();
        m.header.address_family = AddressFamily::Inet;
        m.header.table = 254; // main
        m.header.protocol = RouteProtocol::Boot;
        m.header.scope = RouteScope::Universe;
        m.header.kind = RouteType::Unicast;
        m.attributes
            .push(RouteAttribute::Gateway(RouteAddress::Inet(gateway)));
        self.request(
            RouteNetlinkMessage::NewRoute(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }

    /// A route in `table`: `dst/len` (None: the default) via `gateway` out of `oif`, or of
    /// type `prohibit` when `gateway` is None.
    pub fn add_route_in(
        &mut self,
        table: u32,
        dst: Option<(Ipv4Addr, u8)>,
        gateway: Option<(Ipv4Addr, u32)>,
    ) -> std::io::Result<()> {
        let mut m = RouteMessage::default();
        m.header.address_family = AddressFamily::Inet;
        m.header.table = if table < 256 { table as u8 } else { 252 };
        m.header.protocol = RouteProtocol::Boot;
        m.header.scope = RouteScope::Universe;
        m.attributes.push(RouteAttribute::Table(table));
        if let Some((d, len)) = dst {
            m.header.destination_prefix_length = len;
            m.attributes
                .push(RouteAttribute::Destination(RouteAddress::Inet(d)));
        }
        match gateway {
            Some((gw, oif)) => {
                m.header.kind = RouteType::Unicast;
                m.attributes
                    .push(RouteAttribute::Gateway(RouteAddress::Inet(gw)));
                m.attributes.push(RouteAttribute::Oif(oif));
            }
            None => m.header.kind = RouteType::Prohibit,
        }
        self.request(
            RouteNetlinkMessage::NewRoute(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }

    /// A policy rule for packets coming in on `iif`: look up `table`, or prohibit (None).
    pub fn add_iif_rule(
        &mut self,
        iif: &str,
        priority: u32,
        table: Option<u32>,
    ) -> std::io::Result<()> {
        let mut m = RuleMessage::default();
        m.header.family = AddressFamily::Inet;
        m.attributes.push(RuleAttribute::Iifname(iif.to_string()));
        m.attributes.push(RuleAttribute::Priority(priority));
        match table {
            Some(t) => {
                m.header.action = RuleAction::ToTable;
                m.header.table = if t < 256 { t as u8 } else { 252 };
                m.attributes.push(RuleAttribute::Table(t));
            }
            None => m.header.action = RuleAction::Prohibit,
        }
        self.request(
            RouteNetlinkMessage::NewRule(m),
            NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        )
        .map(drop)
    }
}

/// EEXIST is fine for the idempotent steps.
pub fn exists_ok(r: std::io::Result<()>) -> std::io::Result<()> {
    match r {
        Err(e) if e.raw_os_error() == Some(libc::EEXIST) => Ok(()),
        other => other,
    }
}
