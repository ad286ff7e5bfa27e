//! slirp4netns: user-mode TCP/IP for a network namespace, joined by the pid of a process in it.
//! Started with `--ready-fd` (berth waits until tap0 is configured) and `--exit-fd` (it ends
//! when berth, or the container's monitor, closes the other end: also when killed), and
//! `--api-socket` for published ports (`add_hostfwd`).

use super::{NetError, PortMapping};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// podman's slirp4netns options (`--network slirp4netns:opt=value,...`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Options {
    pub allow_host_loopback: bool,
    pub cidr: String,
    pub mtu: u32,
    pub enable_ipv6: bool,
    pub outbound_addr: Option<String>,
    pub port_handler: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            allow_host_loopback: false,
            cidr: "10.0.2.0/24".into(),
            mtu: 65520,
            enable_ipv6: true,
            outbound_addr: None,
            port_handler: "slirp4netns".into(),
        }
    }
}

fn bool_opt(k: &str, v: &str) -> Result<bool, String> {
    match v {
        "true" | "" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!(
            "invalid value {v:?} for slirp4netns option {k}: use true or false"
        )),
    }
}

impl Options {
    /// podman's slirp4netns options (`allow_host_loopback=true,mtu=1500,...`).
    pub fn parse(s: &str) -> Result<Options, super::NetError> {
        Options::parse_str(s).map_err(super::NetError::Invalid)
    }

    pub(super) fn parse_str(s: &str) -> Result<Options, String> {
        let mut o = Options::default();
        for kv in s.split(',').filter(|x| !x.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            match k {
                "allow_host_loopback" => o.allow_host_loopback = bool_opt(k, v)?,
                "enable_ipv6" => o.enable_ipv6 = bool_opt(k, v)?,
                "cidr" => {
                    let (net, len) = v
                        .split_once('/')
                        .ok_or_else(|| format!("invalid cidr {v:?}"))?;
                    let _: std::net::Ipv4Addr =
                        net.parse().map_err(|_| format!("invalid cidr {v:?}"))?;
                    let len: u8 = len.parse().map_err(|_| format!("invalid cidr {v:?}"))?;
                    if len > 25 {
                        return Err(format!(
                            "cidr {v:?} is too small: slirp4netns needs at least a /25"
                        ));
                    }
                    o.cidr = v.to_string();
                }
                "mtu" => {
                    o.mtu = v
                        .parse()
                        .ok()
                        .filter(|m| (1280..=65521).contains(m))
                        .ok_or_else(|| format!("invalid mtu {v:?}: 1280 to 65521"))?
                }
                "outbound_addr" => o.outbound_addr = Some(v.to_string()),
                "port_handler" => {
                    if v != "slirp4netns" && v != "rootlesskit" {
                        return Err(format!("invalid port_handler {v:?}"));
                    }
                    o.port_handler = v.to_string();
                }
                other => return Err(format!("unknown slirp4netns option {other:?}")),
            }
        }
        Ok(o)
    }

    fn base(&self) -> [u8; 3] {
        let net = self.cidr.split('/').next().unwrap_or("10.0.2.0");
        let ip: std::net::Ipv4Addr = net.parse().unwrap_or(std::net::Ipv4Addr::new(10, 0, 2, 0));
        let o = ip.octets();
        [o[0], o[1], o[2]]
    }

    /// The host as the container sees it (x.x.x.2).
    pub fn host_address(&self) -> String {
        let b = self.base();
        format!("{}.{}.{}.2", b[0], b[1], b[2])
    }

    /// The DNS forwarder (x.x.x.3).
    pub fn dns_address(&self) -> String {
        let b = self.base();
        format!("{}.{}.{}.3", b[0], b[1], b[2])
    }

    /// The container's own address (x.x.x.100).
    pub fn container_address(&self) -> String {
        let b = self.base();
        format!("{}.{}.{}.100", b[0], b[1], b[2])
    }
}

/// A running slirp4netns, ended when this is dropped (or when its owner dies).
pub struct Helper {
    child: std::process::Child,
    exit_w: Option<OwnedFd>,
    pub api_socket: PathBuf,
    /// The socket's directory, open: unix socket paths are limited to 108 bytes, so the
    /// socket is reached as /proc/self/fd/N/NAME.
    dir: std::fs::File,
}

impl Helper {
    /// Its exit status, once it has ended.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    fn socket_path(&self) -> PathBuf {
        let name = self
            .api_socket
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default();
        PathBuf::from(format!("/proc/self/fd/{}", self.dir.as_raw_fd())).join(name)
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        // Closing the exit fd ends slirp4netns. Its exit then waits for the kernel to tear down
        // the tap device (20-45 ms measured, an RCU grace period): do not wait for it here,
        // berth (or the monitor) need not; init reaps it once we are gone.
        self.exit_w.take();
        let _ = self.child.try_wait();
        let _ = std::fs::remove_file(&self.api_socket);
    }
}

/// Start slirp4netns for the network namespace of `pid`; returns once tap0 is configured.
/// The caller must be in the user namespace that owns that network namespace.
pub fn start(
    pid: i32,
    o: &Options,
    api_socket: &Path,
    log: &Path,
    nested_userns: bool,
    cmd_path: Option<&Path>,
) -> Result<Helper, NetError> {
    let bin = super::helper_binary("slirp4netns", cmd_path)?;
    let (ready_r, ready_w) = std::io::pipe().map_err(|source| NetError::Spawn {
        helper: "slirp4netns",
        source,
    })?;
    let (exit_r, exit_w) = std::io::pipe().map_err(|source| NetError::Spawn {
        helper: "slirp4netns",
        source,
    })?;
    let ready_w: OwnedFd = ready_w.into();
    let exit_r: OwnedFd = exit_r.into();
    let _ = std::fs::remove_file(api_socket);
    let dir_path = api_socket.parent().unwrap_or(Path::new("."));
    let dir = std::fs::File::open(dir_path).map_err(|source| NetError::Spawn {
        helper: "slirp4netns",
        source,
    })?;
    let mut cmd = std::process::Command::new(bin);
    cmd.current_dir(dir_path);
    cmd.arg("--configure")
        .arg(format!("--mtu={}", o.mtu))
        .arg(format!("--cidr={}", o.cidr))
        .arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
        .arg(format!("--exit-fd={}", exit_r.as_raw_fd()))
        .arg(format!(
            "--api-socket={}",
            api_socket
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
    if !o.allow_host_loopback {
        cmd.arg("--disable-host-loopback");
    }
    if nested_userns {
        // the network namespace belongs to the container's own user namespace: join it first
        cmd.arg(format!("--userns-path=/proc/{pid}/ns/user"));
    }
    if o.enable_ipv6 {
        cmd.arg("--enable-ipv6");
    }
    if let Some(a) = &o.outbound_addr {
        cmd.arg(format!("--outbound-addr={a}"));
    }
    let log_file = std::fs::File::create(log).map_err(|source| NetError::Spawn {
        helper: "slirp4netns",
        source,
    })?;
    cmd.arg(pid.to_string())
        .arg("tap0")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(log_file);
    // the two descriptors must survive exec in the child only
    crate::sys::keep_fds_across_exec(&mut cmd, vec![ready_w.as_raw_fd(), exit_r.as_raw_fd()]);
    let mut child = cmd.spawn().map_err(|source| NetError::Spawn {
        helper: "slirp4netns",
        source,
    })?;
    drop(ready_w);
    drop(exit_r);
    let mut ready = std::fs::File::from(std::os::fd::OwnedFd::from(ready_r));
    let mut b = [0u8; 1];
    let got = ready.read(&mut b).unwrap_or(0);
    if got != 1 {
        let _ = child.kill();
        let _ = child.wait();
        let err = std::fs::read_to_string(log).unwrap_or_default();
        let last = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("exited before the network was ready");
        return Err(NetError::Failed {
            helper: "slirp4netns",
            message: last.trim().to_string(),
        });
    }
    Ok(Helper {
        child,
        exit_w: Some(exit_w.into()),
        api_socket: api_socket.to_path_buf(),
        dir,
    })
}

/// Publish a port through the API socket.
pub fn add_hostfwd(h: &Helper, m: &PortMapping, container_ip: &str) -> Result<(), NetError> {
    api_add(&h.socket_path(), m, container_ip).map(drop)
}

/// Publish a port through the API socket at `sock` (a long path is reached through its
/// open directory); returns the forward's ID.
pub fn add_hostfwd_at(sock: &Path, m: &PortMapping, container_ip: &str) -> Result<u64, NetError> {
    let (_dir, path) = short_path(sock)?;
    api_add(&path, m, container_ip)
}

/// Withdraw a published port by ID.
pub fn remove_hostfwd_at(sock: &Path, id: u64) -> Result<(), NetError> {
    let (_dir, path) = short_path(sock)?;
    let req = serde_json::json!({"execute": "remove_hostfwd", "arguments": {"id": id}});
    api_call(&path, &req).map(drop)
}

fn short_path(sock: &Path) -> Result<(std::fs::File, PathBuf), NetError> {
    let dir = std::fs::File::open(sock.parent().unwrap_or(Path::new("."))).map_err(|e| {
        NetError::Failed {
            helper: "slirp4netns",
            message: format!("api socket: {e}"),
        }
    })?;
    let name = sock.file_name().map(PathBuf::from).unwrap_or_default();
    let p = PathBuf::from(format!("/proc/self/fd/{}", dir.as_raw_fd())).join(name);
    Ok((dir, p))
}

fn api_call(path: &Path, req: &serde_json::Value) -> Result<serde_json::Value, NetError> {
    let mut s = std::os::unix::net::UnixStream::connect(path).map_err(|e| NetError::Failed {
        helper: "slirp4netns",
        message: format!("api socket: {e}"),
    })?;
    s.write_all(req.to_string().as_bytes())
        .map_err(|e| NetError::Failed {
            helper: "slirp4netns",
            message: format!("api socket: {e}"),
        })?;
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    Ok(serde_json::from_str(&resp).unwrap_or_default())
}

fn api_add(path: &Path, m: &PortMapping, container_ip: &str) -> Result<u64, NetError> {
    let req = serde_json::json!({
        "execute": "add_hostfwd",
        "arguments": {
            "proto": m.proto.as_str(),
            "host_addr": if m.host_ip.is_empty() { "0.0.0.0" } else { m.host_ip.as_str() },
            "host_port": m.host_port,
            "guest_addr": container_ip,
            "guest_port": m.container_port,
        }
    });
    let v = api_call(path, &req)?;
    if let Some(err) = v.get("error") {
        let desc = err
            .get("desc")
            .and_then(|d| d.as_str())
            .unwrap_or("")
            .to_string();
        let addr = if m.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            m.host_ip.as_str()
        };
        let taken = match m.proto {
            super::Proto::Tcp => std::net::TcpListener::bind((addr, m.host_port)).err(),
            super::Proto::Udp => std::net::UdpSocket::bind((addr, m.host_port)).err(),
        }
        .is_some_and(|e| e.kind() == std::io::ErrorKind::AddrInUse);
        if taken || desc.contains("in use") {
            return Err(NetError::PortInUse {
                proto: m.proto.as_str(),
                addr: if m.host_ip.is_empty() {
                    "0.0.0.0".into()
                } else {
                    m.host_ip.clone()
                },
                port: m.host_port,
            });
        }
        return Err(NetError::Failed {
            helper: "slirp4netns",
            message: format!("add_hostfwd: {desc}"),
        });
    }
    Ok(v.pointer("/return/id")
        .and_then(|i| i.as_u64())
        .unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_like_podman() {
        let o =
            Options::parse("allow_host_loopback=true,cidr=10.5.0.0/24,mtu=1500,enable_ipv6=false")
                .unwrap();
        assert!(o.allow_host_loopback && !o.enable_ipv6 && o.mtu == 1500);
        assert_eq!(
            (o.host_address(), o.dns_address(), o.container_address()),
            ("10.5.0.2".into(), "10.5.0.3".into(), "10.5.0.100".into())
        );
        assert!(Options::parse("mtu=70000").is_err());
        assert!(Options::parse("bogus=1").is_err());
        assert!(Options::parse("cidr=10.0.0.0/30").is_err());
    }
}
