//! `-p/--publish [ip:][hostPort:]containerPort[/tcp|udp]`, with ranges and random host ports.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Proto {
    Tcp,
    Udp,
}

impl Proto {
    pub fn as_str(self) -> &'static str {
        match self {
            Proto::Tcp => "tcp",
            Proto::Udp => "udp",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    /// Host address to listen on ("" = all).
    pub host_ip: String,
    /// 0 = pick a free port when the container starts.
    pub host_port: u16,
    pub container_port: u16,
    pub proto: Proto,
}

fn range(s: &str) -> Result<(u16, u16), String> {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let a: u16 = a.parse().map_err(|_| format!("invalid port {s:?}"))?;
    let b: u16 = b.parse().map_err(|_| format!("invalid port {s:?}"))?;
    if a == 0 || b < a {
        return Err(format!("invalid port range {s:?}"));
    }
    Ok((a, b))
}

/// Parse one `-p` argument into one mapping per port.
pub fn parse_publish(arg: &str) -> Result<Vec<PortMapping>, super::NetError> {
    parse_publish_str(arg).map_err(super::NetError::Invalid)
}

fn parse_publish_str(arg: &str) -> Result<Vec<PortMapping>, String> {
    let (spec, proto) = match arg.rsplit_once('/') {
        Some((s, "tcp")) => (s, vec![Proto::Tcp]),
        Some((s, "udp")) => (s, vec![Proto::Udp]),
        Some((s, "tcp,udp")) | Some((s, "udp,tcp")) => (s, vec![Proto::Tcp, Proto::Udp]),
        Some((_, p)) => return Err(format!("invalid protocol {p:?} in {arg:?}: use tcp or udp")),
        None => (arg, vec![Proto::Tcp]),
    };
    // an IPv6 host address is written in brackets: [::1]:8080:80
    let (ip, rest) = if let Some(r) = spec.strip_prefix('[') {
        let (ip, r) = r
            .split_once("]:")
            .ok_or_else(|| format!("invalid address in {arg:?}"))?;
        (ip.to_string(), r.to_string())
    } else {
        let parts: Vec<&str> = spec.split(':').collect();
        match parts.len() {
            3 => (parts[0].to_string(), format!("{}:{}", parts[1], parts[2])),
            1 | 2 => (String::new(), spec.to_string()),
            _ => {
                return Err(format!(
                    "invalid port format {arg:?}: use [ip:][hostPort:]containerPort[/protocol]"
                ))
            }
        }
    };
    if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
        return Err(format!("invalid IP address {ip:?} in {arg:?}"));
    }
    let (host, ctr) = match rest.split_once(':') {
        Some((h, c)) => (h.to_string(), c.to_string()),
        None => (String::new(), rest.clone()),
    };
    let (c0, c1) = range(&ctr)?;
    let hosts = if host.is_empty() {
        None
    } else {
        let (h0, h1) = range(&host)?;
        if h1 - h0 != c1 - c0 {
            return Err(format!(
                "host and container port ranges differ in length in {arg:?}"
            ));
        }
        Some(h0)
    };
    let mut out = Vec::new();
    for p in &proto {
        for (i, c) in (c0..=c1).enumerate() {
            out.push(PortMapping {
                host_ip: ip.clone(),
                host_port: hosts.map(|h| h + i as u16).unwrap_or(0),
                container_port: c,
                proto: *p,
            });
        }
    }
    Ok(out)
}

/// A free port on the host (for `-p CONTAINERPORT` and `-P`).
pub fn free_port(proto: Proto, ip: &str) -> std::io::Result<u16> {
    let addr = if ip.is_empty() { "0.0.0.0" } else { ip };
    match proto {
        Proto::Tcp => std::net::TcpListener::bind((addr, 0))?
            .local_addr()
            .map(|a| a.port()),
        Proto::Udp => std::net::UdpSocket::bind((addr, 0))?
            .local_addr()
            .map(|a| a.port()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(ip: &str, h: u16, c: u16, p: Proto) -> PortMapping {
        PortMapping {
            host_ip: ip.into(),
            host_port: h,
            container_port: c,
            proto: p,
        }
    }

    #[test]
    fn publish_forms() {
        assert_eq!(
            parse_publish("8080:80").unwrap(),
            vec![m("", 8080, 80, Proto::Tcp)]
        );
        assert_eq!(parse_publish("80").unwrap(), vec![m("", 0, 80, Proto::Tcp)]);
        assert_eq!(
            parse_publish("127.0.0.1:8080:80/udp").unwrap(),
            vec![m("127.0.0.1", 8080, 80, Proto::Udp)]
        );
        assert_eq!(
            parse_publish("127.0.0.1::80").unwrap(),
            vec![m("127.0.0.1", 0, 80, Proto::Tcp)]
        );
        assert_eq!(
            parse_publish("[::1]:8080:80").unwrap(),
            vec![m("::1", 8080, 80, Proto::Tcp)]
        );
        assert_eq!(
            parse_publish("8000-8001:80-81").unwrap(),
            vec![m("", 8000, 80, Proto::Tcp), m("", 8001, 81, Proto::Tcp)]
        );
        assert_eq!(parse_publish("53:53/tcp,udp").unwrap().len(), 2);
        assert!(parse_publish("8000-8002:80-81").is_err());
        assert!(parse_publish("x:80").is_err());
        assert!(parse_publish("80/sctp").is_err());
        assert!(parse_publish("1.2.3:80:80").is_err());
    }
}
