//! berth's DNS responder for user-defined networks (the role of podman's aardvark-dns): one
//! UDP socket on port 53 of the rootless netns, so it answers on every bridge's gateway
//! address. It answers A queries for the containers that share a network with the asking
//! one (found by its source address), by name, alias or short ID (also under `dns.podman`),
//! and forwards anything else to the network's `--dns` servers or slirp4netns's forwarder
//! (which asks the host's resolvers). Records are the files bridge.rs writes under
//! `rootless-netns/dns/`, each valid while its veth exists, so a container that is gone stops
//! resolving at once, whatever happened to it.

use super::bridge::DnsEntry;
use hickory_proto::op::{Message, MessageType, ResponseCode};
use hickory_proto::rr::{rdata::A, RData, Record, RecordType};
use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// slirp4netns's DNS forwarder, as the rootless netns sees it.
const UPSTREAM: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 3);

pub struct Server {
    sock: UdpSocket,
    dir: PathBuf,
}

impl Server {
    /// Bind port 53 (in the rootless netns, where berth is root).
    pub fn bind(dir: &Path) -> std::io::Result<Server> {
        Ok(Server {
            sock: UdpSocket::bind(("0.0.0.0", 53))?,
            dir: dir.join("dns"),
        })
    }

    /// Answer queries until the process ends.
    pub fn serve(self) {
        let mut buf = [0u8; 4096];
        loop {
            let Ok((n, from)) = self.sock.recv_from(&mut buf) else {
                continue;
            };
            if let Some(reply) = self.answer(&buf[..n], from) {
                let _ = self.sock.send_to(&reply, from);
            }
        }
    }

    /// The valid entries (those whose veth still exists).
    fn entries(&self) -> Vec<DnsEntry> {
        std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.strip_suffix(".json")
                    .is_some_and(|veth| nix::net::if_::if_nametoindex(veth).is_ok())
            })
            .filter_map(|e| std::fs::read(e.path()).ok())
            .filter_map(|b| serde_json::from_slice(&b).ok())
            .collect()
    }

    fn answer(&self, q: &[u8], from: SocketAddr) -> Option<Vec<u8>> {
        let msg = Message::from_vec(q).ok()?;
        let query = msg.queries().first()?.clone();
        let entries = self.entries();
        let src = from.ip().to_string();
        let Some(me) = entries.iter().find(|e| e.ip == src) else {
            return reply(&msg, ResponseCode::Refused, Vec::new());
        };
        let my_nets: Vec<&str> = entries
            .iter()
            .filter(|e| e.id == me.id)
            .map(|e| e.network.as_str())
            .collect();
        let name = query.name().to_ascii().to_ascii_lowercase();
        let name = name.trim_end_matches('.');
        let short = name.strip_suffix(".dns.podman").unwrap_or(name);
        let hits: Vec<&DnsEntry> = entries
            .iter()
            .filter(|e| my_nets.contains(&e.network.as_str()))
            .filter(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(short)))
            .collect();
        if !hits.is_empty() {
            let mut answers = Vec::new();
            if query.query_type() == RecordType::A || query.query_type() == RecordType::ANY {
                for e in hits {
                    if let Ok(ip) = e.ip.parse::<Ipv4Addr>() {
                        answers.push(Record::from_rdata(
                            query.name().clone(),
                            60,
                            RData::A(A(ip)),
                        ));
                    }
                }
            }
            return reply(&msg, ResponseCode::NoError, answers);
        }
        let mine: Vec<&DnsEntry> = entries.iter().filter(|e| e.id == me.id).collect();
        if mine.iter().all(|e| e.internal) {
            return reply(&msg, ResponseCode::NXDomain, Vec::new());
        }
        let servers: Vec<Ipv4Addr> = mine
            .iter()
            .flat_map(|e| e.servers.iter())
            .filter_map(|s| s.parse().ok())
            .chain(std::iter::once(UPSTREAM))
            .collect();
        forward(q, &servers).or_else(|| reply(&msg, ResponseCode::ServFail, Vec::new()))
    }
}

fn reply(q: &Message, code: ResponseCode, answers: Vec<Record>) -> Option<Vec<u8>> {
    let mut m = Message::new();
    m.set_id(q.id());
    m.set_message_type(MessageType::Response);
    m.set_op_code(q.op_code());
    m.set_recursion_desired(q.recursion_desired());
    m.set_recursion_available(true);
    m.set_authoritative(code == ResponseCode::NoError);
    m.set_response_code(code);
    for query in q.queries() {
        m.add_query(query.clone());
    }
    for a in answers {
        m.add_answer(a);
    }
    m.to_vec().ok()
}

/// Ask the first server that answers within two seconds.
fn forward(q: &[u8], servers: &[Ipv4Addr]) -> Option<Vec<u8>> {
    let s = UdpSocket::bind(("0.0.0.0", 0)).ok()?;
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    for server in servers {
        if s.send_to(q, (*server, 53)).is_err() {
            continue;
        }
        let mut buf = [0u8; 4096];
        if let Ok((n, _)) = s.recv_from(&mut buf) {
            return Some(buf[..n].to_vec());
        }
    }
    None
}
