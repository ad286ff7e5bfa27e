//! A container's counters as `stats` shows them: CPU time, memory use and limit, block I/O
//! and pids from its cgroup; network bytes from its pid 1's /proc/PID/net/dev.

use super::Cgroup;
use std::path::Path;

/// One sample of a container's counters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sample {
    /// CPU time used, in nanoseconds (cpu.stat usage_usec).
    pub cpu_ns: u64,
    pub mem_usage: u64,
    /// memory.max, or the host's memory when unlimited.
    pub mem_limit: u64,
    pub net_input: u64,
    pub net_output: u64,
    pub block_input: u64,
    pub block_output: u64,
    pub pids: u64,
    /// cpu.stat nr_throttled (how often the CPU limit held it back).
    pub throttled: u64,
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// The host's memory (MemTotal), the limit `stats` shows for an unlimited container.
fn host_memory() -> u64 {
    read(Path::new("/proc/meminfo"))
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

/// Received and sent bytes of every interface but loopback in `/proc/PID/net/dev`.
fn net_dev(pid: i32) -> (u64, u64) {
    if pid <= 0 {
        return (0, 0);
    }
    let text = read(Path::new(&format!("/proc/{pid}/net/dev")));
    let mut rx = 0;
    let mut tx = 0;
    for l in text.lines().skip(2) {
        let Some((name, rest)) = l.split_once(':') else {
            continue;
        };
        if name.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = rest
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        if f.len() >= 9 {
            rx += f[0];
            tx += f[8];
        }
    }
    (rx, tx)
}

impl Cgroup {
    /// The counters now; `pid` is the container's pid 1 (for the network).
    pub fn sample(&self, pid: i32) -> Sample {
        let p = &self.path;
        let cpu = read(&p.join("cpu.stat"));
        let key = |text: &str, k: &str| -> u64 {
            text.lines()
                .find_map(|l| l.strip_prefix(k)?.strip_prefix(' ')?.trim().parse().ok())
                .unwrap_or(0)
        };
        let mem_usage = read(&p.join("memory.current")).trim().parse().unwrap_or(0);
        let mem_limit = read(&p.join("memory.max"))
            .trim()
            .parse()
            .unwrap_or_else(|_| host_memory());
        let mut block_input = 0;
        let mut block_output = 0;
        for l in read(&p.join("io.stat")).lines() {
            for kv in l.split_whitespace().skip(1) {
                match kv.split_once('=') {
                    Some(("rbytes", v)) => block_input += v.parse::<u64>().unwrap_or(0),
                    Some(("wbytes", v)) => block_output += v.parse::<u64>().unwrap_or(0),
                    _ => {}
                }
            }
        }
        let (net_input, net_output) = net_dev(pid);
        Sample {
            cpu_ns: key(&cpu, "usage_usec") * 1000,
            mem_usage,
            mem_limit,
            net_input,
            net_output,
            block_input,
            block_output,
            pids: read(&p.join("pids.current")).trim().parse().unwrap_or(0),
            throttled: key(&cpu, "nr_throttled"),
        }
    }
}
