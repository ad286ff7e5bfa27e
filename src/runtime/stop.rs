//! Stopping a running container: its stop signal, SIGKILL once the timeout has passed, until
//! its monitor has recorded the exit. `engine::lifecycle` stops through it, and so does a
//! member's monitor that applies its pod's exit policy (`stop`: the infra ends with the last
//! member, however that member ended, as podman's cleanup does).

use super::container::{self, Container, ContainerConfig, Status};
use crate::error::UserError;
use nix::sys::signal::Signal;
use std::path::Path;
use std::time::{Duration, Instant};

/// Thaw a paused container, so that it sees the signal it was sent.
pub fn thaw(c: &Container) {
    if c.state.paused {
        if let Some(cg) = super::cgroup_of(&c.config.spec) {
            let _ = cg.freeze(false);
        }
        let _ = container::update_state(&c.dir, |s| s.paused = false);
    }
}

/// Mark `c` stopped by request (its restart policy leaves it down) and stopping, send `sig` to its pid 1
/// (again to a new pid 1), SIGKILL after `timeout`, and return once its exit is recorded or
/// its record is gone (`--rm`).
pub fn until_exited(c: &Container, sig: Signal, timeout: Duration) {
    let _ = container::update_state(&c.dir, |s| {
        s.stopped_by_user = true;
        s.stopping = true;
    });
    // poll often at first (a killed container ends within a millisecond or two), then less
    let mut interval = Duration::from_millis(1);
    let mut signaled: Option<((i32, u64), Instant)> = None;
    let mut dead_since: Option<Instant> = None;
    let mut killed = sig == Signal::SIGKILL;
    while let Ok(now) = Container::load(&c.dir) {
        if now.state.is_alive() {
            dead_since = None;
            let key = (now.state.pid, now.state.pid_start);
            let pid = nix::unistd::Pid::from_raw(key.0);
            match signaled {
                Some((k, at)) if k == key => {
                    if at.elapsed() >= timeout && !killed {
                        // podman's warning, word for word
                        log::warn!(
                            "StopSignal {} failed to stop container {} in {} seconds, resorting to SIGKILL",
                            sig.as_str(),
                            c.name(),
                            timeout.as_secs()
                        );
                        killed = true;
                    }
                    if at.elapsed() >= timeout {
                        let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
                    }
                }
                _ => {
                    let _ = nix::sys::signal::kill(pid, sig);
                    // a frozen container sees the signal once thawed
                    thaw(&now);
                    signaled = Some((key, Instant::now()));
                }
            }
        } else {
            // the monitor records the exit right after; wait for it so `ps` agrees
            if !now.state.monitor_alive() && now.state.status != Status::Running {
                break;
            }
            if dead_since.get_or_insert_with(Instant::now).elapsed() > Duration::from_secs(5) {
                break;
            }
        }
        std::thread::sleep(interval);
        interval = (interval * 2).min(Duration::from_millis(10));
    }
}

/// A pod's exit policy, after `ended` (a member of it) ended: with `stop`, the infra stops
/// once no other member runs. Returns the infra containers it stopped.
pub fn pod_exit_policy(root: &Path, pod: &str, ended: Option<&str>) -> Vec<Container> {
    let Ok(pod) = crate::storage::pods::find(root, pod) else {
        return Vec::new();
    };
    if pod.exit_policy != "stop" {
        return Vec::new();
    }
    let members: Vec<Container> = container::list(root)
        .into_iter()
        .filter(|c| c.config.pod.as_deref() == Some(pod.id.as_str()))
        .collect();
    let others_active = members.iter().any(|c| {
        !c.config.infra
            && Some(c.id.as_str()) != ended
            && (c.state.is_alive() || c.state.status == Status::Running)
    });
    if others_active {
        return Vec::new();
    }
    let mut stopped = Vec::new();
    for c in members.into_iter().filter(|c| c.config.infra) {
        if c.state.is_alive() {
            until_exited(&c, stop_signal(&c.config), stop_timeout(&c.config));
            stopped.push(c);
        }
    }
    stopped
}

/// The signal a stop sends: the container's `--stop-signal` (or its image's), else SIGTERM.
fn stop_signal(config: &ContainerConfig) -> Signal {
    config
        .stop_signal
        .as_deref()
        .and_then(|s| parse_signal(s).ok())
        .unwrap_or(Signal::SIGTERM)
}

fn stop_timeout(config: &ContainerConfig) -> Duration {
    Duration::from_secs(config.stop_timeout.map(u64::from).unwrap_or(10))
}

/// A signal as podman's commands take it: `TERM`, `SIGTERM`, `term`, `15`, `-15`, or a
/// real-time one (`RTMIN+3`, `64`); podman's words when it is none.
pub fn parse_signal_number(s: &str) -> Result<i32, UserError> {
    // podman strips one leading dash (`kill -s -HUP`), then asks docker's ParseSignal
    let raw = s.strip_prefix('-').unwrap_or(s);
    let invalid = || {
        UserError::new(format!("invalid signal: {raw}"))
            .with_hint("use a name like TERM, KILL, HUP or a number from 1 to 64")
    };
    if let Ok(n) = raw.parse::<u64>() {
        if n == 0 {
            return Err(invalid());
        }
        return i32::try_from(n)
            .ok()
            .filter(|n| (1..=64).contains(n))
            .ok_or_else(|| {
                UserError::new("valid signals are 1 through 64")
                    .with_hint("use a name like TERM, KILL, HUP or a number from 1 to 64")
            });
    }
    let up = raw.to_uppercase();
    let name = up.strip_prefix("SIG").unwrap_or(&up);
    let rt = |base: i32, rest: &str, sign: i32| -> Option<i32> {
        if rest.is_empty() {
            return Some(base);
        }
        let n: i32 = rest.parse().ok()?;
        Some(base + sign * n)
    };
    let n = if let Some(rest) = name.strip_prefix("RTMIN") {
        rest.strip_prefix('+')
            .map_or_else(|| (rest.is_empty()).then_some(34), |r| rt(34, r, 1))
    } else if let Some(rest) = name.strip_prefix("RTMAX") {
        rest.strip_prefix('-')
            .map_or_else(|| (rest.is_empty()).then_some(64), |r| rt(64, r, -1))
    } else if name.is_empty() {
        None
    } else {
        format!("SIG{name}")
            .parse::<Signal>()
            .ok()
            .map(|s| s as i32)
    };
    n.filter(|n| (1..=64).contains(n)).ok_or_else(invalid)
}

/// [`parse_signal_number`] for a signal berth itself handles (`--stop-signal`, `stop`): one of
/// the standard ones.
pub fn parse_signal(s: &str) -> Result<Signal, UserError> {
    let n = parse_signal_number(s)?;
    Signal::try_from(n).map_err(|_| {
        UserError::new(format!("signal {s} cannot be used here"))
            .with_hint("use a standard signal such as TERM, KILL or HUP")
    })
}
