//! pasta (from passt): user-mode networking that copies the host's addresses and routes into
//! the namespace and forwards ports itself. berth runs it in the foreground as its own child
//! (or the monitor's), with a parent-death signal, so it ends with the process that holds the
//! container, also when that process is killed with -9. The namespaces are handed over as
//! open descriptors (`/proc/self/fd/N`): berth may open them, pasta, which drops its
//! capabilities first, may not open /proc/PID/ns/* of a process that is not yet dumpable.

use super::{NetError, PortMapping, Proto};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::Path;
use std::time::{Duration, Instant};

/// A running pasta: killed and reaped when dropped (pasta ignores SIGTERM in the foreground).
pub struct Helper {
    child: std::process::Child,
}

impl Helper {
    /// Its exit status, once it has ended.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.child.id() as i32),
            nix::sys::signal::Signal::SIGKILL,
        );
        let _ = self.child.wait();
    }
}

fn spawn_err(source: std::io::Error) -> NetError {
    NetError::Spawn {
        helper: "pasta",
        source,
    }
}

/// pasta's `-t`/`-u` value for a mapping: `[ADDR/]HOST:CONTAINER`.
fn forward_spec(p: &PortMapping) -> String {
    if p.host_ip.is_empty() {
        format!("{}:{}", p.host_port, p.container_port)
    } else {
        format!("{}/{}:{}", p.host_ip, p.host_port, p.container_port)
    }
}

/// The arguments berth gives pasta, before the user's own (`--network pasta:ARG,...`).
fn arguments(user_args: &[String], ports: &[PortMapping]) -> Vec<String> {
    let mut a: Vec<String> = ["-f", "--config-net", "--quiet", "--no-netns-quit"]
        .map(String::from)
        .to_vec();
    for (flag, proto) in [("-t", Proto::Tcp), ("-u", Proto::Udp)] {
        let list: Vec<&PortMapping> = ports.iter().filter(|p| p.proto == proto).collect();
        if list.is_empty() && !user_args.iter().any(|x| x == flag) {
            // pasta's default is to forward every port the host does not use: podman's is none
            a.extend([flag.to_string(), "none".to_string()]);
        }
        for p in list {
            a.extend([flag.to_string(), forward_spec(p)]);
        }
    }
    for flag in ["-T", "-U"] {
        if !user_args.iter().any(|x| x == flag) {
            a.extend([flag.to_string(), "none".to_string()]);
        }
    }
    a.extend(user_args.iter().cloned());
    a
}

/// Start pasta for the network namespace of `pid` (and, with `nested_userns`, join that
/// process's own user namespace first). Returns once the namespace is configured and the
/// ports are bound; `dir` receives pasta.pid and pasta.log.
pub fn start(
    pid: i32,
    user_args: &[String],
    ports: &[PortMapping],
    dir: &Path,
    nested_userns: bool,
    cmd_path: Option<&Path>,
) -> Result<Helper, NetError> {
    let bin = super::helper_binary("pasta", cmd_path)?;
    let open_ns = |kind: &str| -> Result<OwnedFd, NetError> {
        std::fs::File::open(format!("/proc/{pid}/ns/{kind}"))
            .map(OwnedFd::from)
            .map_err(spawn_err)
    };
    let netns = open_ns("net")?;
    let userns = if nested_userns {
        Some(open_ns("user")?)
    } else {
        None
    };
    let pidfile = dir.join("pasta.pid");
    let log = dir.join("pasta.log");
    let _ = std::fs::remove_file(&pidfile);
    let log_file = std::fs::File::create(&log).map_err(spawn_err)?;
    let mut cmd = std::process::Command::new(bin);
    cmd.current_dir(dir)
        .args(arguments(user_args, ports))
        .arg("--pid")
        .arg(&pidfile);
    let mut keep = vec![netns.as_raw_fd()];
    if let Some(u) = &userns {
        cmd.arg("--userns")
            .arg(format!("/proc/self/fd/{}", u.as_raw_fd()));
        keep.push(u.as_raw_fd());
    }
    cmd.arg("--netns")
        .arg(format!("/proc/self/fd/{}", netns.as_raw_fd()))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(log_file);
    crate::sys::keep_fds_across_exec(&mut cmd, keep);
    crate::sys::die_with_parent(&mut cmd, nix::sys::signal::Signal::SIGKILL);
    let child = cmd.spawn().map_err(spawn_err)?;
    let mut helper = Helper { child };
    drop(netns);
    drop(userns);
    // In the foreground pasta writes its pid file once the namespace is configured and the
    // ports are bound.
    let start = Instant::now();
    loop {
        if std::fs::metadata(&pidfile).is_ok_and(|m| m.len() > 0) {
            return Ok(helper);
        }
        if let Ok(Some(status)) = helper.child.try_wait() {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            return Err(failure(&text, ports, &status.to_string()));
        }
        if start.elapsed() > Duration::from_secs(20) {
            return Err(NetError::Failed {
                helper: "pasta",
                message: "it did not configure the network within 20 s".into(),
            });
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The error for a pasta that exited before it was ready, from its log.
fn failure(log: &str, ports: &[PortMapping], status: &str) -> NetError {
    // its own messages, without the syslog noise and the usage text after a bad option
    let lines: Vec<&str> = log
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Failed to send") && !l.contains("syslog"))
        .take_while(|l| !l.starts_with("Usage:"))
        .take(3)
        .collect();
    for l in &lines {
        // "Failed to bind any port for '-t 127.0.0.1/8080:80', exiting"
        if l.starts_with("Failed to bind") {
            let proto = if l.contains("'-u") {
                Proto::Udp
            } else {
                Proto::Tcp
            };
            let m = ports
                .iter()
                .find(|p| p.proto == proto && l.contains(&forward_spec(p)));
            if let Some(m) = m {
                return NetError::PortInUse {
                    proto: proto.as_str(),
                    addr: if m.host_ip.is_empty() {
                        "0.0.0.0".into()
                    } else {
                        m.host_ip.clone()
                    },
                    port: m.host_port,
                };
            }
        }
    }
    NetError::Failed {
        helper: "pasta",
        message: if lines.is_empty() {
            format!("it exited ({status}) without a message")
        } else {
            lines.join("; ")
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pm(s: &str) -> PortMapping {
        super::super::ports::parse_publish(s).unwrap().remove(0)
    }

    #[test]
    fn ports_become_pasta_forwards_and_the_rest_is_closed() {
        let a = arguments(&[], &[pm("127.0.0.1:8080:80"), pm("5353:53/udp")]);
        let s = a.join(" ");
        assert!(s.contains("-t 127.0.0.1/8080:80"), "{s}");
        assert!(s.contains("-u 5353:53"), "{s}");
        assert!(s.contains("-T none") && s.contains("-U none"), "{s}");
        let a = arguments(&["-T".into(), "3000".into()], &[]).join(" ");
        assert!(a.contains("-t none") && a.contains("-u none"), "{a}");
        assert!(!a.contains("-T none") && a.ends_with("-T 3000"), "{a}");
    }

    #[test]
    fn a_taken_port_is_reported_as_podman_does() {
        let ports = [pm("127.0.0.1:18080:80")];
        let e = failure(
            "Failed to send 9 bytes to syslog\nFailed to bind any port for '-t 127.0.0.1/18080:80', exiting\n",
            &ports,
            "exit status: 1",
        );
        assert_eq!(
            e.to_string(),
            "rootlessport listen tcp 127.0.0.1:18080: bind: address already in use"
        );
        let e = failure("No routable interface\n", &ports, "exit status: 1");
        assert_eq!(e.to_string(), "pasta failed: No routable interface");
    }
}
