//! The per-user network namespace that holds the bridges of user-defined networks, as
//! podman's rootless-netns does. It is held by a berth process (the holder, `H`) that made a
//! user namespace of its own (`U`, the user's subordinate ranges, as every berth command's)
//! and forked `K`, which unshared the network namespace (`N`) and serves DNS in it. H starts
//! slirp4netns on N (tap0, 10.0.2.100, routes and publishes ports to the host) and waits.
//!
//! Containers on a network are started by a berth that joined U (not a fresh user namespace:
//! a sibling namespace would have no rights over N), so their network namespaces belong to U
//! and berth can put veth pairs between them and N.
//!
//! Lifetime: every berth that uses N holds a shared flock on `members.lock` for as long as it
//! lives (a monitor inherits it from the berth that forked it). H waits for the exclusive
//! lock: it gets it when the last member is gone, removes `holder.json` while it still holds
//! it (so nobody joins a namespace on its way out) and ends, with K and slirp4netns.

use super::NetError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// What a member needs of the holder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HolderInfo {
    pub pid: i32,
    pub start: u64,
    pub netns_pid: i32,
    pub netns_start: u64,
}

/// The namespace this process uses, once `ensure` has found or started it.
pub struct Current {
    pub info: HolderInfo,
    pub dir: PathBuf,
    /// N, open.
    pub netns: std::fs::File,
    _members: nix::fcntl::Flock<std::fs::File>,
}

static CURRENT: OnceLock<Current> = OnceLock::new();

/// The rootless netns this process joined, if any.
pub fn current() -> Option<&'static Current> {
    CURRENT.get()
}

/// A process's start time (field 22 of /proc/PID/stat), to tell it from a reused pid.
pub fn start_time(pid: i32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    rest.split_whitespace().nth(19)?.parse().ok()
}

fn alive(pid: i32, start: u64) -> bool {
    pid > 0 && start_time(pid) == Some(start)
}

fn io(what: &str) -> impl FnOnce(std::io::Error) -> NetError + '_ {
    move |e| NetError::Failed {
        helper: "rootless netns",
        message: format!("{what}: {e}"),
    }
}

/// The directory of the rootless netns under berth's run root.
pub fn dir(run_root: &Path) -> PathBuf {
    run_root.join("rootless-netns")
}

fn read_info(d: &Path) -> Option<HolderInfo> {
    let b = std::fs::read(d.join("holder.json")).ok()?;
    let i: HolderInfo = serde_json::from_slice(&b).ok()?;
    (alive(i.pid, i.start) && alive(i.netns_pid, i.netns_start)).then_some(i)
}

/// Whether a holder runs (for `ps`-like checks and tests).
pub fn running(run_root: &Path) -> Option<HolderInfo> {
    read_info(&dir(run_root))
}

/// Find the holder, or start one (`holder_cmd` is the berth command line that runs
/// `holder_main`), and become a member. Call before entering any namespace.
pub fn ensure(
    run_root: &Path,
    holder_cmd: std::process::Command,
) -> Result<&'static Current, NetError> {
    if let Some(c) = CURRENT.get() {
        return Ok(c);
    }
    let d = dir(run_root);
    std::fs::create_dir_all(&d).map_err(io("create the rootless netns directory"))?;
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(d.join("members.lock"))
        .map_err(io("open members.lock"))?;
    let members = nix::fcntl::Flock::lock(lock, nix::fcntl::FlockArg::LockShared)
        .map_err(|(_, e)| io("lock members.lock")(e.into()))?;
    let info = match read_info(&d) {
        Some(i) => i,
        None => start_holder(&d, holder_cmd)?,
    };
    let netns = std::fs::File::open(format!("/proc/{}/ns/net", info.netns_pid))
        .map_err(io("open the rootless network namespace"))?;
    let _ = CURRENT.set(Current {
        info,
        dir: d,
        netns,
        _members: members,
    });
    CURRENT.get().ok_or(NetError::Failed {
        helper: "rootless netns",
        message: "not set".into(),
    })
}

fn start_holder(d: &Path, mut cmd: std::process::Command) -> Result<HolderInfo, NetError> {
    let _ = std::fs::remove_file(d.join("holder.json"));
    let mut child = cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|source| NetError::Spawn {
            helper: "the rootless netns holder",
            source,
        })?;
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(out), &mut line);
    }
    if line.trim() != "ready" {
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut e, &mut err);
        }
        let _ = child.kill();
        let _ = child.wait();
        return Err(NetError::Failed {
            helper: "rootless netns",
            message: err
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("the holder ended before it was ready")
                .to_string(),
        });
    }
    // it reads nothing more from us and writes nothing more; it lives on after we end
    drop(child);
    read_info(d).ok_or(NetError::Failed {
        helper: "rootless netns",
        message: "the holder is gone".into(),
    })
}

/// The holder: called in a fresh berth process (single-threaded, in the host's namespaces).
/// Prints `ready` on stdout when N is usable, then waits for the last member to go.
pub fn holder_main(run_root: &Path, map: &crate::userns::IdMap) -> Result<(), NetError> {
    let d = dir(run_root);
    let _ = nix::unistd::setsid();
    crate::userns::enter(map, false).map_err(|e| NetError::Failed {
        helper: "rootless netns",
        message: format!("user namespace: {e}"),
    })?;
    let (ready_r, mut ready_w) = std::io::pipe().map_err(io("pipe"))?;
    let (mut go_r, mut go_w) = std::io::pipe().map_err(io("pipe"))?;
    let k = match crate::sys::fork().map_err(io("fork"))? {
        nix::unistd::ForkResult::Child => {
            drop(ready_r);
            drop(go_w);
            let code = match netns_main(&d, &mut ready_w, &mut go_r) {
                Ok(()) => 0,
                Err(e) => {
                    log::error!("rootless netns: {e}");
                    1
                }
            };
            crate::sys::exit_child(code);
        }
        nix::unistd::ForkResult::Parent { child } => child,
    };
    drop(ready_w);
    drop(go_r);
    let mut ready_r = ready_r;
    let mut b = [0u8; 1];
    std::io::Read::read_exact(&mut ready_r, &mut b).map_err(io("the namespace did not come up"))?;
    let slirp_opts = super::slirp4netns::Options::parse("").map_err(|e| NetError::Failed {
        helper: "slirp4netns",
        message: e.to_string(),
    })?;
    let helper = super::slirp4netns::start(
        k.as_raw(),
        &slirp_opts,
        &d.join("slirp4netns.sock"),
        &d.join("slirp4netns.log"),
        false,
        None,
    )?;
    std::io::Write::write_all(&mut go_w, b"1").map_err(io("signal the namespace"))?;
    std::io::Read::read_exact(&mut ready_r, &mut b).map_err(io("the namespace did not route"))?;
    let info = HolderInfo {
        pid: std::process::id() as i32,
        start: start_time(std::process::id() as i32).unwrap_or(0),
        netns_pid: k.as_raw(),
        netns_start: start_time(k.as_raw()).unwrap_or(0),
    };
    let tmp = d.join(".holder.json.tmp");
    std::fs::write(&tmp, serde_json::to_vec(&info).unwrap_or_default())
        .map_err(io("write holder.json"))?;
    std::fs::rename(&tmp, d.join("holder.json")).map_err(io("write holder.json"))?;
    // say ready, then let go of the starter's pipes
    {
        use std::io::Write;
        let mut out = std::io::stdout();
        let _ = out.write_all(b"ready\n");
        let _ = out.flush();
    }
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        let _ = nix::unistd::dup2_stdout(&null);
        let _ = nix::unistd::dup2_stderr(&null);
    }
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(d.join("members.lock"))
        .map_err(io("open members.lock"))?;
    // a member always holds its shared lock before it looks for us: once we hold the
    // exclusive one, nobody uses N and nobody can start to until we are gone
    let held = nix::fcntl::Flock::lock(lock, nix::fcntl::FlockArg::LockExclusive);
    let _ = std::fs::remove_file(d.join("holder.json"));
    let _ = std::fs::remove_dir_all(d.join("dns"));
    let _ = nix::sys::signal::kill(k, nix::sys::signal::Signal::SIGKILL);
    let _ = nix::sys::wait::waitpid(k, None);
    drop(helper);
    drop(held);
    Ok(())
}

/// K: make N, bring up lo, forward, then serve DNS until H ends.
fn netns_main(
    d: &Path,
    ready: &mut std::io::PipeWriter,
    go: &mut std::io::PipeReader,
) -> Result<(), NetError> {
    let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)
        .map_err(|e| io("unshare the network namespace")(e.into()))?;
    let mut nl = super::netlink::Netlink::here().map_err(io("netlink"))?;
    if let Some(lo) = nl.link_index("lo").map_err(io("netlink"))? {
        nl.set_up(lo, None).map_err(io("set lo up"))?;
    }
    std::fs::write("/proc/sys/net/ipv4/ip_forward", "1").map_err(io("enable forwarding"))?;
    let dns = super::dns::Server::bind(d).map_err(io("bind the DNS port"))?;
    std::io::Write::write_all(ready, b"1").map_err(io("signal"))?;
    let mut b = [0u8; 1];
    std::io::Read::read_exact(go, &mut b).map_err(io("wait for slirp4netns"))?;
    // slirp4netns sees every container address as on its link: answer its ARP for them
    std::fs::write("/proc/sys/net/ipv4/conf/tap0/proxy_arp", "1")
        .map_err(io("enable proxy ARP on tap0"))?;
    // table 100: what containers of networks with a way out may reach (see bridge.rs)
    if let Some(tap) = nl.link_index("tap0").map_err(io("netlink"))? {
        super::netlink::exists_ok(nl.add_route_in(
            super::bridge::OUT_TABLE,
            None,
            Some((std::net::Ipv4Addr::new(10, 0, 2, 2), tap)),
        ))
        .map_err(io("route table"))?;
    }
    std::io::Write::write_all(ready, b"1").map_err(io("signal"))?;
    dns.serve();
    Ok(())
}
