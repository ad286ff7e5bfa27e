//! User-defined networks: `network create|ls|inspect|rm|prune|exists|connect|disconnect|
//! reload`, and what `create`/`start` need of them (the addresses a container gets, and the
//! rootless netns to start it in). Records and the data plane are `network::records`,
//! `network::rootless_netns` and `network::bridge`.

use super::namespace::{self, Enter};
use super::Engine;
use crate::error::UserError;
use crate::network::bridge::{self, Attachment};
use crate::network::records::{self, CreateRequest, Network};
use crate::runtime::container::Container;
use std::net::Ipv4Addr;

/// One `--network NAME[:ip=IP,alias=A,mac=MAC]`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct NetworkRequest {
    pub name: String,
    pub ip: Option<String>,
    pub mac: Option<String>,
    pub aliases: Vec<String>,
}

impl NetworkRequest {
    pub fn parse(s: &str) -> Result<NetworkRequest, UserError> {
        let (name, opts) = s.split_once(':').unwrap_or((s, ""));
        let mut r = NetworkRequest {
            name: name.to_string(),
            ..Default::default()
        };
        for o in opts.split(',').filter(|o| !o.is_empty()) {
            match o.split_once('=') {
                Some(("ip", v)) => r.ip = Some(v.to_string()),
                Some(("mac", v)) => r.mac = Some(v.to_string()),
                Some(("alias", v)) => r.aliases.push(v.to_string()),
                Some(("interface_name", _)) => {}
                _ => {
                    return Err(UserError::new(format!("unknown network option {o:?}"))
                        .with_hint("use ip=, mac= or alias= after NAME:"))
                }
            }
        }
        Ok(r)
    }
}

/// podman's network event: the container's ID, the network's name.
fn network_event(c: &Container, net: &str, status: &str) {
    if !c.config.no_events {
        crate::storage::events::emit(
            crate::storage::events::Event::new("network", status)
                .id(&c.id)
                .name(net),
        );
    }
}

impl Engine {
    pub fn network_create(&self, r: &CreateRequest) -> anyhow::Result<Network> {
        Ok(records::create(self.root(), r)?)
    }

    pub fn networks(&self) -> Vec<Network> {
        records::list(self.root())
    }

    pub fn network(&self, name: &str) -> anyhow::Result<Network> {
        Ok(records::get(self.root(), name)?)
    }

    /// The containers on `net`.
    pub fn network_users(&self, net: &str) -> Vec<Container> {
        self.list()
            .into_iter()
            .filter(|c| c.config.spec.networks.iter().any(|a| a.network == net))
            .collect()
    }

    /// Remove a network; with `force` the containers on it go first.
    pub fn network_remove(
        &self,
        name: &str,
        force: bool,
        timeout: Option<u64>,
    ) -> anyhow::Result<String> {
        let net = self.network(name)?;
        if net.name == records::DEFAULT_NETWORK {
            return Err(
                UserError::new(format!("default network {} cannot be removed", net.name))
                    .with_hint("remove the networks you created")
                    .into(),
            );
        }
        let users = self.network_users(&net.name);
        if !users.is_empty() && !force {
            let c = &users[0];
            return Err(UserError::new(format!(
                "\"{}\" has associated containers with it. Use -f to forcibly delete containers and pods: network is being used",
                net.name
            ))
            .with_hint(format!("remove {} first, or berth network rm -f {}", c.name(), net.name))
            .into());
        }
        if !users.is_empty() {
            for (c, r) in self.remove(users, true, timeout, false)? {
                r.map_err(|e| e.context(format!("removing container {}", c.name())))?;
            }
        }
        records::remove(self.root(), &net.name)?;
        Ok(net.name)
    }

    /// `network connect`: put a container on one more network (at once when it runs on
    /// user-defined networks already; at its next start otherwise).
    pub fn network_connect(
        &self,
        net: &str,
        ctr: &str,
        aliases: &[String],
        ip: Option<&str>,
        mac: Option<&str>,
    ) -> anyhow::Result<()> {
        let net = self.network(net)?;
        let net_name = net.name.clone();
        let c = self.find(ctr)?;
        if c.config.spec.networks.iter().any(|a| a.network == net.name) {
            return Err(UserError::new(format!(
                "container {} is already connected to network {}: network is already connected",
                c.id, net.name
            ))
            .with_hint(format!(
                "berth network disconnect {} {} first",
                net.name,
                c.name()
            ))
            .into());
        }
        let running = super::State::of(&c).is_active();
        if running
            && c.config.spec.networks.is_empty()
            && c.config.spec.network != crate::network::NETWORKS_MODE
        {
            return Err(UserError::new(format!(
                "container {} runs on the {} network: it cannot join a network while it runs",
                c.name(),
                c.config.spec.network
            ))
            .with_hint("stop it first; the network is attached at its next start")
            .into());
        }
        let n = next_index(&c);
        let req = NetworkRequest {
            name: net.name.clone(),
            ip: ip.map(str::to_string),
            mac: mac.map(str::to_string),
            aliases: aliases.to_vec(),
        };
        let mut got = self.resolve_networks(&c.id, &[req], None, None, &[])?;
        got[0].interface = format!("eth{n}");
        let mut config = c.config.clone();
        if config.spec.networks.is_empty() {
            config.spec.network = crate::network::NETWORKS_MODE.to_string();
        }
        config.spec.networks.push(got[0].clone());
        if running {
            self.enter_rootless_netns()?;
            let pid = crate::runtime::exec::namespace_holder(c.state.pid, c.config.spec.init)
                .unwrap_or(c.state.pid);
            let names = vec![
                c.name().to_string(),
                crate::reference::short_id(&c.id).to_string(),
            ];
            bridge::attach_from(pid, &c.id, &names, &got, &[net], &[], n)?.keep();
            // published ports that lost their network come back on this one
            if bridge::forwarded_to(&c.id).is_none() {
                bridge::move_ports(&c.id, &c.config.spec.ports, Some(&got[0].ip))?;
            }
        }
        crate::runtime::container::save_config(&c.dir, &config)?;
        network_event(&c, &net_name, "connect");
        // the container's /etc/hosts gains the new address (podman's etchosts.Add)
        let line = format!(
            "{}\t{} {}",
            got[0].ip,
            crate::reference::short_id(&c.id),
            c.name()
        );
        edit_hosts(&c.dir, |lines| lines.push(line));
        Ok(())
    }

    /// `network disconnect`.
    pub fn network_disconnect(&self, net: &str, ctr: &str) -> anyhow::Result<()> {
        let net = self.network(net)?;
        let c = self.find(ctr)?;
        let Some(pos) = c
            .config
            .spec
            .networks
            .iter()
            .position(|a| a.network == net.name)
        else {
            return Err(UserError::new(format!(
                "container {} is not connected to network {}",
                c.id, net.name
            ))
            .with_hint("berth inspect shows the container's networks")
            .into());
        };
        let mut config = c.config.clone();
        let a = config.spec.networks.remove(pos);
        if super::State::of(&c).is_active() {
            self.enter_rootless_netns()?;
            let n = a.interface.trim_start_matches("eth").parse().unwrap_or(pos);
            // the first remaining network with a way out takes over the default route
            let reroute = config
                .spec
                .networks
                .iter()
                .filter_map(|b| self.network(&b.network).ok())
                .find(|n| !n.internal)
                .and_then(|n| n.v4().map(|v| (c.state.pid, v.1)));
            bridge::detach(&c.id, n, reroute)?;
            // published ports follow the container to its next network, or are withdrawn
            if bridge::forwarded_to(&c.id).as_deref() == Some(a.ip.as_str()) {
                let next = config.spec.networks.first().map(|b| b.ip.as_str());
                bridge::move_ports(&c.id, &c.config.spec.ports, next)?;
            }
        }
        crate::runtime::container::save_config(&c.dir, &config)?;
        records::release(self.root(), Some(&net.name), &c.id);
        network_event(&c, &net.name, "disconnect");
        // and its /etc/hosts loses the old one (podman's etchosts.Remove)
        edit_hosts(&c.dir, |lines| {
            lines.retain(|l| l.split_whitespace().next() != Some(a.ip.as_str()))
        });
        Ok(())
    }

    /// The addresses a new container gets on the networks it names (`--network` values
    /// that are not modes), with `--ip`, `--mac-address` and `--network-alias`.
    pub(super) fn resolve_networks(
        &self,
        id: &str,
        requests: &[NetworkRequest],
        ip: Option<&str>,
        mac: Option<&str>,
        aliases: &[String],
    ) -> anyhow::Result<Vec<Attachment>> {
        if requests.len() > 1 && (ip.is_some() || mac.is_some()) {
            return Err(UserError::new(
                "--ip and --mac-address can only be set for a single network",
            )
            .with_hint("give them per network: --network NAME:ip=IP,mac=MAC")
            .into());
        }
        let mut out = Vec::new();
        for (n, r) in requests.iter().enumerate() {
            let net = self.network(&r.name)?;
            if out.iter().any(|a: &Attachment| a.network == net.name) {
                continue;
            }
            let wanted = r.ip.as_deref().or(if n == 0 { ip } else { None });
            let wanted = wanted
                .map(|s| {
                    s.parse::<Ipv4Addr>().map_err(|_| {
                        UserError::new(format!("{s} is not an IPv4 address"))
                            .with_hint("give an address of the network's subnet")
                    })
                })
                .transpose()?;
            let mac = r
                .mac
                .clone()
                .or(if n == 0 {
                    mac.map(str::to_string)
                } else {
                    None
                })
                .unwrap_or_else(bridge::random_mac);
            if bridge::parse_mac(&mac).is_none() {
                return Err(UserError::new(format!("invalid MAC address {mac}"))
                    .with_hint("write it as 6 hex bytes, like 92:d0:c6:0a:29:33")
                    .into());
            }
            let got = records::allocate(self.root(), &net, id, wanted)?;
            let mut al = r.aliases.clone();
            al.extend(aliases.iter().cloned());
            // podman's alias of every container on a network: its short ID
            let short = id.get(..12).unwrap_or(id).to_string();
            if !al.contains(&short) {
                al.push(short);
            }
            out.push(Attachment {
                network: net.name.clone(),
                ip: got.to_string(),
                mac,
                aliases: al,
                interface: format!("eth{n}"),
            });
        }
        Ok(out)
    }

    /// Find or start the rootless netns and join its user namespace (with a mount namespace
    /// of our own), for creating or starting containers on user-defined networks.
    pub(super) fn enter_rootless_netns(&self) -> anyhow::Result<crate::userns::IdMap> {
        let mut cmd = std::process::Command::new(std::env::current_exe()?);
        cmd.args(&self.child_args).arg("__netns-holder");
        let cur = crate::network::rootless_netns::ensure(&self.settings.paths.run_root, cmd)?;
        namespace::enter(Enter::RootlessNetns(cur.info.pid))
    }

    /// `unshare --rootless-netns`: this process in the rootless netns (its user namespace,
    /// a mount namespace of its own, its network namespace), started if none runs.
    pub fn join_rootless_netns(&self) -> anyhow::Result<()> {
        self.enter_rootless_netns()?;
        let cur = crate::network::rootless_netns::current()
            .ok_or_else(|| anyhow::anyhow!("the rootless network namespace is not running"))?;
        nix::sched::setns(&cur.netns, nix::sched::CloneFlags::CLONE_NEWNET).map_err(|e| {
            UserError::new(format!("cannot join the rootless network namespace: {e}"))
                .with_hint("berth info shows the network helpers berth found")
        })?;
        Ok(())
    }

    /// The holder of the rootless netns (the hidden `__netns-holder` command).
    pub fn netns_holder(&self) -> anyhow::Result<()> {
        let map = crate::userns::IdMap::for_current_user()?;
        crate::network::rootless_netns::holder_main(&self.settings.paths.run_root, &map)?;
        Ok(())
    }

    /// The rootless netns holder's pid, when one runs.
    pub fn rootless_netns_pid(&self) -> Option<i32> {
        crate::network::rootless_netns::running(&self.settings.paths.run_root).map(|i| i.pid)
    }
}

/// The index of a container's next network interface.
fn next_index(c: &Container) -> usize {
    c.config
        .spec
        .networks
        .iter()
        .filter_map(|a| a.interface.trim_start_matches("eth").parse::<usize>().ok())
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
}

/// Whether a container is on user-defined networks.
pub fn on_networks(c: &Container) -> bool {
    !c.config.spec.networks.is_empty()
}

/// Change a container's /etc/hosts in place (it is bound into the running container by its
/// inode, so it is rewritten, not replaced). A container without one is left alone.
fn edit_hosts(dir: &std::path::Path, f: impl FnOnce(&mut Vec<String>)) {
    let p = dir.join("userdata").join("hosts");
    let Ok(text) = std::fs::read_to_string(&p) else {
        return;
    };
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    f(&mut lines);
    let mut out = lines.join("\n");
    out.push('\n');
    if let Err(e) = std::fs::write(&p, out) {
        log::warn!("update {}: {e}", p.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_values() {
        let r = NetworkRequest::parse("web:ip=10.89.0.5,alias=a,alias=b").unwrap();
        assert_eq!(r.name, "web");
        assert_eq!(r.ip.as_deref(), Some("10.89.0.5"));
        assert_eq!(r.aliases, vec!["a", "b"]);
        assert!(NetworkRequest::parse("web:bogus=1").is_err());
    }
}
