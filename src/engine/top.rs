//! `top`: the processes of a running container, found from the host through /proc (the
//! processes whose PID namespace is pid 1's), with podman's format descriptors. Words that are
//! not descriptors are ps(1) options: then `ps` runs inside the container, as podman does.

use super::state::{check, Op};
use crate::error::UserError;
use crate::runtime::container::Container;
use crate::runtime::exec;
use std::collections::HashMap;

/// What `top` found.
pub enum Top {
    /// One row per process, a column per descriptor.
    Rows {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// ps(1) ran inside the container (it printed its own output) and exited with this.
    Ps(i32),
}

const DEFAULT: &[&str] = &[
    "user", "pid", "ppid", "pcpu", "etime", "tty", "time", "args",
];

fn header(d: &str) -> Option<&'static str> {
    Some(match d {
        "args" => "COMMAND",
        "comm" => "COMMAND",
        "etime" => "ELAPSED",
        "group" => "GROUP",
        "hgroup" => "HGROUP",
        "hpid" => "HPID",
        "huser" => "HUSER",
        "nice" => "NI",
        "pcpu" => "%CPU",
        "pgid" => "PGID",
        "pid" => "PID",
        "ppid" => "PPID",
        "rgroup" => "RGROUP",
        "ruser" => "RUSER",
        "state" => "STATE",
        "time" => "TIME",
        "tty" => "TTY",
        "user" => "USER",
        "vsz" => "VSZ",
        "rss" => "RSS",
        _ => return None,
    })
}

/// A duration as Go prints one (`1h2m3.5s`, `250ms`, `0s`): podman's ELAPSED and TIME.
pub fn go_duration(ns: u64) -> String {
    fn frac(v: u64, unit: u64, digits: usize) -> String {
        let (whole, rem) = (v / unit, v % unit);
        if rem == 0 {
            whole.to_string()
        } else {
            let f = format!("{rem:0digits$}");
            format!("{whole}.{}", f.trim_end_matches('0'))
        }
    }
    const S: u64 = 1_000_000_000;
    match ns {
        0 => "0s".into(),
        n if n < 1_000 => format!("{n}ns"),
        n if n < 1_000_000 => format!("{}µs", frac(n, 1_000, 3)),
        n if n < S => format!("{}ms", frac(n, 1_000_000, 6)),
        n => {
            let (h, m) = (n / (3600 * S), (n / (60 * S)) % 60);
            let secs = format!("{}s", frac(n % (60 * S), S, 9));
            if h > 0 {
                format!("{h}h{m}m{secs}")
            } else if m > 0 {
                format!("{m}m{secs}")
            } else {
                secs
            }
        }
    }
}

/// One process of the container as /proc shows it from the host.
struct Proc {
    host_pid: i32,
    pid: i32,
    host_ppid: i32,
    comm: String,
    state: String,
    pgrp_host: i32,
    tty_nr: u64,
    cpu_ticks: u64,
    nice: i64,
    start_ticks: u64,
    vsize: u64,
    rss_pages: u64,
    /// real and effective uid/gid, as host ids
    uids: (u32, u32),
    gids: (u32, u32),
    args: String,
}

fn read_proc(pid: i32) -> Option<Proc> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let open = stat.find('(')?;
    let (head, after) = stat.rsplit_once(')')?;
    let comm = head.get(open + 1..)?.to_string();
    let f: Vec<&str> = after.split_whitespace().collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Vec<u64> {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| {
                v.split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (uid, gid, nspid) = (field("Uid:"), field("Gid:"), field("NSpid:"));
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let args = cmdline
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Some(Proc {
        host_pid: pid,
        pid: nspid.last().copied().unwrap_or(pid as u64) as i32,
        host_ppid: num(1) as i32,
        comm: comm.clone(),
        state: f.first().unwrap_or(&"?").to_string(),
        pgrp_host: num(2) as i32,
        tty_nr: num(4) as u64,
        cpu_ticks: (num(11) + num(12)) as u64,
        nice: num(16),
        start_ticks: num(19) as u64,
        vsize: num(20) as u64,
        rss_pages: num(21) as u64,
        uids: (
            uid.first().copied().unwrap_or(0) as u32,
            uid.get(1).copied().unwrap_or(0) as u32,
        ),
        gids: (
            gid.first().copied().unwrap_or(0) as u32,
            gid.get(1).copied().unwrap_or(0) as u32,
        ),
        args: if args.is_empty() {
            format!("[{comm}]")
        } else {
            args
        },
    })
}

/// A map file of the container (`/proc/PID/uid_map` read from the host: container id → host
/// id), inverted.
fn host_to_container(pid: i32, file: &str) -> Vec<(u32, u32, u32)> {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<u32> = l
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            (f.len() == 3).then(|| (f[0], f[1], f[2]))
        })
        .collect()
}

fn to_container(map: &[(u32, u32, u32)], host: u32) -> Option<u32> {
    map.iter()
        .find(|(_, h, n)| host >= *h && host - h < *n)
        .map(|(c, h, _)| c + (host - h))
}

/// name by id from an /etc/passwd or /etc/group text
fn names(text: &str) -> HashMap<u32, String> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 3).then(|| Some((f[2].parse().ok()?, f[0].to_string())))?
        })
        .collect()
}

fn tty_name(nr: u64) -> String {
    let major = (nr >> 8) & 0xfff;
    let minor = (nr & 0xff) | ((nr >> 12) & 0xfff00);
    match major {
        0 => "?".into(),
        136..=143 => format!("pts/{}", minor + (major - 136) * 256),
        4 if minor < 64 => format!("tty{minor}"),
        4 => format!("ttyS{}", minor - 64),
        _ => "?".into(),
    }
}

/// The processes of `c`, described by `words` (podman's descriptors, or ps(1) options).
pub fn processes(c: &Container, words: &[String]) -> anyhow::Result<Top> {
    check(c, Op::Exec).map_err(|_| {
        UserError::new("top can only be used on running containers").with_hint(format!(
            "`berth ps -a` shows {} as {}",
            c.name(),
            super::State::of(c).name()
        ))
    })?;
    let descriptors: Vec<String> = words
        .iter()
        .flat_map(|w| w.split([',', ' ']))
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    let holder = exec::namespace_holder(c.state.pid, c.config.spec.init).unwrap_or(c.state.pid);
    if descriptors.iter().any(|d| header(d).is_none()) {
        return run_ps(c, holder, words).map(Top::Ps);
    }
    let descriptors: Vec<String> = if descriptors.is_empty() {
        DEFAULT.iter().map(|s| s.to_string()).collect()
    } else {
        descriptors
    };
    let ns = std::fs::read_link(format!("/proc/{holder}/ns/pid")).map_err(|e| {
        UserError::new(format!(
            "cannot read the PID namespace of container {} (pid {holder}): {e}",
            c.name()
        ))
    })?;
    let mut procs: Vec<Proc> = std::fs::read_dir("/proc")?
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            *pid == c.state.pid
                || std::fs::read_link(format!("/proc/{pid}/ns/pid")).is_ok_and(|l| l == ns)
        })
        .filter_map(read_proc)
        .collect();
    procs.sort_by_key(|p| p.pid);
    let ns_pid: HashMap<i32, i32> = procs.iter().map(|p| (p.host_pid, p.pid)).collect();
    let uid_map = host_to_container(holder, "uid_map");
    let gid_map = host_to_container(holder, "gid_map");
    let [passwd, group] = read_in_container(holder, ["/etc/passwd", "/etc/group"]);
    let users = names(&passwd);
    let groups = names(&group);
    let hz = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .unwrap_or(100)
        .max(1) as u64;
    let uptime_ns: u64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| t.split_whitespace().next()?.parse::<f64>().ok())
        .map(|s| (s * 1e9) as u64)
        .unwrap_or(0);
    let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE)
        .ok()
        .flatten()
        .unwrap_or(4096) as u64;
    let name_of =
        |map: &[(u32, u32, u32)], names: &HashMap<u32, String>, host: u32| match to_container(
            map, host,
        ) {
            Some(id) => names.get(&id).cloned().unwrap_or_else(|| id.to_string()),
            None => "65534".into(),
        };
    let host_user = |uid: u32| {
        nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
            .ok()
            .flatten()
            .map(|u| u.name)
            .unwrap_or_else(|| uid.to_string())
    };
    let host_group = |gid: u32| {
        nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(gid))
            .ok()
            .flatten()
            .map(|g| g.name)
            .unwrap_or_else(|| gid.to_string())
    };
    let headers = descriptors
        .iter()
        .map(|d| header(d).unwrap_or(""))
        .collect::<Vec<_>>();
    let mut rows = Vec::new();
    for p in &procs {
        let elapsed_ns = uptime_ns.saturating_sub(p.start_ticks * 1_000_000_000 / hz);
        let cpu_ns = p.cpu_ticks * 1_000_000_000 / hz;
        let row = descriptors
            .iter()
            .map(|d| match d.as_str() {
                "args" => p.args.clone(),
                "comm" => p.comm.clone(),
                "etime" => go_duration(elapsed_ns),
                "group" => name_of(&gid_map, &groups, p.gids.1),
                "rgroup" => name_of(&gid_map, &groups, p.gids.0),
                "user" => name_of(&uid_map, &users, p.uids.1),
                "ruser" => name_of(&uid_map, &users, p.uids.0),
                "huser" => host_user(p.uids.1),
                "hgroup" => host_group(p.gids.1),
                "hpid" => p.host_pid.to_string(),
                "nice" => p.nice.to_string(),
                "pcpu" => format!(
                    "{:.3}",
                    if elapsed_ns == 0 {
                        0.0
                    } else {
                        cpu_ns as f64 / elapsed_ns as f64 * 100.0
                    }
                ),
                "pgid" => ns_pid.get(&p.pgrp_host).copied().unwrap_or(0).to_string(),
                "pid" => p.pid.to_string(),
                "ppid" => ns_pid.get(&p.host_ppid).copied().unwrap_or(0).to_string(),
                "state" => p.state.clone(),
                "time" => go_duration(cpu_ns / 1_000_000_000 * 1_000_000_000),
                "tty" => tty_name(p.tty_nr),
                "vsz" => (p.vsize / 1024).to_string(),
                "rss" => (p.rss_pages * page / 1024).to_string(),
                _ => String::new(),
            })
            .collect();
        rows.push(row);
    }
    Ok(Top::Rows { headers, rows })
}

/// Files of the container's rootfs through /proc/PID/root. A fuse-overlayfs rootfs serves
/// only its own user namespace and those below it, so when the host cannot read them a forked
/// child joins the container's user namespace first. Missing files read as "".
fn read_in_container<const N: usize>(pid: i32, paths: [&str; N]) -> [String; N] {
    let direct = paths.map(|p| std::fs::read_to_string(format!("/proc/{pid}/root{p}")).ok());
    if direct.iter().all(Option::is_some) {
        return direct.map(Option::unwrap_or_default);
    }
    let Ok(ns) = std::fs::File::open(format!("/proc/{pid}/ns/user")) else {
        return direct.map(Option::unwrap_or_default);
    };
    let Ok((r, w)) = std::io::pipe() else {
        return direct.map(Option::unwrap_or_default);
    };
    match crate::sys::fork() {
        Ok(crate::sys::ForkResult::Child) => {
            drop(r);
            let mut w = w;
            let mut texts = Vec::new();
            if nix::sched::setns(&ns, nix::sched::CloneFlags::CLONE_NEWUSER).is_ok() {
                for p in paths {
                    texts.push(
                        std::fs::read_to_string(format!("/proc/{pid}/root{p}")).unwrap_or_default(),
                    );
                }
            }
            let data = serde_json::to_vec(&texts).unwrap_or_default();
            let _ = std::io::Write::write_all(&mut w, &data);
            crate::sys::exit_child(0);
        }
        Ok(crate::sys::ForkResult::Parent { child }) => {
            drop(w);
            let mut data = Vec::new();
            let _ = std::io::Read::read_to_end(&mut { r }, &mut data);
            let _ = nix::sys::wait::waitpid(child, None);
            let texts: Vec<String> = serde_json::from_slice(&data).unwrap_or_default();
            let mut i = 0;
            direct.map(|d| {
                let t = d.or_else(|| texts.get(i).cloned()).unwrap_or_default();
                i += 1;
                t
            })
        }
        Err(_) => direct.map(Option::unwrap_or_default),
    }
}

/// ps(1) options: run `ps` inside the container.
fn run_ps(c: &Container, holder: i32, args: &[String]) -> anyhow::Result<i32> {
    let cs = &c.config.spec;
    let mut argv = vec!["ps".to_string()];
    argv.extend(args.iter().cloned());
    let null = std::fs::File::open("/dev/null")?;
    nix::unistd::dup2_stdin(null)?;
    let e = exec::ExecSpec {
        pid: holder,
        args: &argv,
        env: cs.process.env.clone(),
        cwd: "/".into(),
        user: "0".into(),
        security: &cs.security,
        detach: false,
        tty: false,
        stdin: false,
    };
    Ok(exec::exec(&e)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_like_go() {
        assert_eq!(go_duration(0), "0s");
        assert_eq!(go_duration(1_500_000), "1.5ms");
        assert_eq!(go_duration(10_247_337_882), "10.247337882s");
        assert_eq!(go_duration(65_000_000_000), "1m5s");
        assert_eq!(go_duration(3_723_500_000_000), "1h2m3.5s");
    }
}
