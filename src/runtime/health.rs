//! Healthchecks without systemd. A container's check (`--health-cmd` or the image's
//! HEALTHCHECK) is run by its monitor every interval, and by `berth healthcheck run`: a child
//! process joins the container as `exec` does, its output and exit code go to
//! `healthcheck.log` in the container's directory (podman's file and format: the status, the
//! failing streak and the last five results), and an unhealthy container gets its
//! `--health-on-failure` action.

use super::container::{self, ContainerConfig};
use super::exec;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::os::fd::AsFd;
use std::path::Path;
use std::time::{Duration, Instant};

/// The check, as podman keeps it (and shows it in inspect's `Config.Healthcheck`); the
/// durations are nanoseconds, as Go's JSON writes them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthConfig {
    /// `["CMD-SHELL", "cmd"]`, `["CMD", "arg", ...]` or `["NONE"]`.
    pub test: Vec<String>,
    #[serde(default)]
    pub start_period: u64,
    /// 0: no timer (`--health-interval disable`); `healthcheck run` still works.
    #[serde(default)]
    pub interval: u64,
    #[serde(default)]
    pub timeout: u64,
    #[serde(default)]
    pub retries: u32,
    /// none, kill, restart or stop (`--health-on-failure`); not in podman's inspect here.
    #[serde(default, skip_serializing)]
    pub on_failure: String,
}

impl HealthConfig {
    /// The command to run in the container, or None for a check that checks nothing.
    pub fn command(&self) -> Option<Vec<String>> {
        let first = self.test.first()?;
        let cmd = match first.as_str() {
            "" | "NONE" => return None,
            "CMD" => self.test[1..].to_vec(),
            "CMD-SHELL" => vec![
                "/bin/sh".to_string(),
                "-c".to_string(),
                self.test[1..].join(" "),
            ],
            _ => self.test.clone(),
        };
        cmd.first().filter(|c| !c.is_empty())?;
        Some(cmd)
    }
}

pub const STARTING: &str = "starting";
pub const HEALTHY: &str = "healthy";
pub const UNHEALTHY: &str = "unhealthy";
/// podman keeps the last five results, each output cut at 500 bytes.
const KEEP: usize = 5;
const MAX_OUTPUT: usize = 500;
const LOG: &str = "healthcheck.log";
/// Present while an unhealthy container with `--health-on-failure restart` is being
/// stopped: its monitor starts it again whatever its restart policy says.
const RESTART_FLAG: &str = "health-restart";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HealthLog {
    #[serde(rename = "Start")]
    pub start: String,
    #[serde(rename = "End")]
    pub end: String,
    #[serde(rename = "ExitCode")]
    pub exit_code: i32,
    #[serde(rename = "Output")]
    pub output: String,
}

/// `healthcheck.log`: what inspect shows as `State.Health`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HealthState {
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "FailingStreak")]
    pub failing_streak: u32,
    #[serde(rename = "Log", default)]
    pub log: Vec<HealthLog>,
}

/// The container's health record, when it has one.
pub fn read(dir: &Path) -> Option<HealthState> {
    serde_json::from_slice(&std::fs::read(dir.join(LOG)).ok()?).ok()
}

fn write(dir: &Path, state: &HealthState) {
    if let Ok(data) = serde_json::to_vec(state) {
        let _ = crate::storage::atomic::write(&dir.join(LOG), &data);
    }
}

/// A (re)started container is `starting` again, with its earlier results kept.
pub fn reset(dir: &Path) {
    let mut s = read(dir).unwrap_or_default();
    s.status = STARTING.to_string();
    s.failing_streak = 0;
    write(dir, &s);
    let _ = std::fs::remove_file(dir.join(RESTART_FLAG));
}

/// Was a restart asked for by the check (`--health-on-failure restart`)? Clears it.
pub fn take_restart(dir: &Path) -> bool {
    std::fs::remove_file(dir.join(RESTART_FLAG)).is_ok()
}

fn now_rfc3339() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let base = crate::image::manifest::format_rfc3339(d.as_secs() as i64);
    format!("{}.{:09}Z", base.trim_end_matches('Z'), d.subsec_nanos())
}

/// What one check gave.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The container's status after it (healthy, unhealthy, starting).
    pub status: String,
    /// The check's own exit code (-1: it timed out).
    pub exit_code: i32,
    /// The status changed with this check (an event is due).
    pub changed: bool,
}

/// Why a check could not run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("container {0} has no defined healthcheck")]
    NotDefined(String),
    #[error("container {0} is not running")]
    NotRunning(String),
    #[error("cannot run the healthcheck of container {0}: {1}")]
    Internal(String, String),
}

/// Run the check once in the running container recorded in `dir` and record the result.
pub fn check(dir: &Path, config: &ContainerConfig) -> Result<Outcome, CheckError> {
    let id = config.spec.id.clone();
    let hc = config
        .healthcheck
        .as_ref()
        .ok_or_else(|| CheckError::NotDefined(id.clone()))?;
    let cmd = hc
        .command()
        .ok_or_else(|| CheckError::NotDefined(id.clone()))?;
    let state = container::read_state(dir).ok_or_else(|| CheckError::NotRunning(id.clone()))?;
    if !state.is_alive() || state.paused {
        return Err(CheckError::NotRunning(id));
    }
    let internal = |e: String| CheckError::Internal(id.clone(), e);
    let pid = exec::namespace_holder(state.pid, config.spec.init)
        .ok_or_else(|| CheckError::NotRunning(id.clone()))?;
    let timeout = Duration::from_nanos(if hc.timeout == 0 {
        30_000_000_000
    } else {
        hc.timeout
    });
    let start_rfc = now_rfc3339();
    let started = Instant::now();
    let (mut out_r, out_w) = std::io::pipe().map_err(|e| internal(e.to_string()))?;
    let threads = crate::sys::ThreadCheck::open().map_err(|e| internal(e.to_string()))?;
    let child = match threads.fork().map_err(|e| internal(e.to_string()))? {
        crate::sys::ForkResult::Child => {
            drop(out_r);
            // the check's stdout and stderr go to the pipe, its stdin is empty
            if let Ok(null) = std::fs::File::open("/dev/null") {
                let _ = crate::sys::dup_onto_stdio(null.as_fd(), 0);
            }
            let _ = crate::sys::dup_onto_stdio(out_w.as_fd(), 1);
            let _ = crate::sys::dup_onto_stdio(out_w.as_fd(), 2);
            drop(out_w);
            let cs = &config.spec;
            let e = exec::ExecSpec {
                pid,
                args: &cmd,
                env: cs.process.env.clone(),
                cwd: cs.process.cwd.clone(),
                user: cs.process.user.clone(),
                security: &cs.security,
                detach: false,
                tty: false,
                stdin: false,
            };
            let code = match exec::exec(&e) {
                Ok(c) => c,
                Err(err) => {
                    // the reason goes to the check's output (the pipe), as its log says
                    let _ = std::io::Write::write_all(
                        &mut std::io::stderr(),
                        format!("{err}\n").as_bytes(),
                    );
                    1
                }
            };
            crate::sys::exit_child(code)
        }
        crate::sys::ForkResult::Parent { child } => child,
    };
    drop(out_w);
    // read the output until it ends or the time is up
    let mut output = Vec::new();
    let mut timed_out = false;
    let mut chunk = [0u8; 4096];
    loop {
        let left = timeout.saturating_sub(started.elapsed());
        if left.is_zero() {
            timed_out = true;
            break;
        }
        let ms = u16::try_from(left.as_millis().min(10_000)).unwrap_or(10_000);
        let mut fds = [nix::poll::PollFd::new(
            out_r.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        match nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms)) {
            Ok(0) => continue,
            Ok(_) => {}
            Err(nix::Error::EINTR) => continue,
            Err(_) => break,
        }
        match out_r.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if output.len() < 64 * 1024 {
                    output.extend_from_slice(&chunk[..n]);
                }
            }
        }
    }
    let mut exit_code = if timed_out {
        let _ = nix::sys::signal::kill(child, nix::sys::signal::Signal::SIGKILL);
        let _ = nix::sys::wait::waitpid(child, None);
        -1
    } else {
        loop {
            match nix::sys::wait::waitpid(child, None) {
                Ok(ws) => break super::process::exit_code(ws).unwrap_or(1),
                Err(nix::Error::EINTR) => continue,
                Err(_) => break 1,
            }
        }
    };
    if exit_code > 0 {
        exit_code = 1; // podman records 1 for any failure, -1 for a timeout
    }
    let text = String::from_utf8_lossy(&output);
    let mut text: String = text.trim_end_matches('\n').to_string();
    if timed_out {
        text = format!(
            "healthcheck command exceeded timeout of {}",
            crate::cgroups::parse::go_duration(timeout.as_nanos() as u64)
        );
    }
    if text.len() > MAX_OUTPUT {
        let mut cut = MAX_OUTPUT;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    let entry = HealthLog {
        start: start_rfc,
        end: now_rfc3339(),
        exit_code,
        output: text,
    };
    let in_start_period = hc.start_period > 0 && {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        (now.as_nanos() as i128)
            < (state.started_at as i128) * 1_000_000_000 + hc.start_period as i128
    };
    let lock_path = dir.join("state.lock");
    let _lock = crate::storage::lock::exclusive(&lock_path).map_err(|e| internal(e.to_string()))?;
    let mut hs = read(dir).unwrap_or_default();
    let before = hs.status.clone();
    if exit_code == 0 {
        hs.status = HEALTHY.to_string();
        hs.failing_streak = 0;
    } else {
        if hs.status.is_empty() {
            hs.status = HEALTHY.to_string();
        }
        if !in_start_period {
            hs.failing_streak += 1;
            if hs.failing_streak >= hc.retries.max(1) {
                hs.status = UNHEALTHY.to_string();
            }
        }
    }
    hs.log.push(entry);
    if hs.log.len() > KEEP {
        let extra = hs.log.len() - KEEP;
        hs.log.drain(..extra);
    }
    write(dir, &hs);
    Ok(Outcome {
        changed: hs.status != before,
        status: hs.status,
        exit_code,
    })
}

/// `--health-on-failure`: what an unhealthy container gets. kill and stop end it for good
/// (as `berth kill`/`stop` would); restart stops it and has its monitor start it again.
pub fn on_failure(dir: &Path, config: &ContainerConfig) {
    let action = config
        .healthcheck
        .as_ref()
        .map(|h| h.on_failure.as_str())
        .unwrap_or("none");
    let Some(state) = container::read_state(dir) else {
        return;
    };
    let pid = nix::unistd::Pid::from_raw(state.pid);
    if state.pid <= 0 {
        return;
    }
    let stop_signal = config
        .stop_signal
        .as_deref()
        .and_then(|s| s.parse::<nix::sys::signal::Signal>().ok())
        .unwrap_or(nix::sys::signal::Signal::SIGTERM);
    let stop = || {
        let _ = nix::sys::signal::kill(pid, stop_signal);
        let wait = Duration::from_secs(u64::from(config.stop_timeout.unwrap_or(10)));
        let until = Instant::now() + wait;
        while Instant::now() < until && state.is_alive() {
            std::thread::sleep(Duration::from_millis(50));
        }
        if state.is_alive() {
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
        }
    };
    match action {
        "kill" => {
            let _ = container::update_state(dir, |s| s.stopped_by_user = true);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
        }
        "stop" => {
            let _ = container::update_state(dir, |s| {
                s.stopped_by_user = true;
                s.stopping = true;
            });
            stop();
        }
        "restart" => {
            let _ = std::fs::write(dir.join(RESTART_FLAG), b"");
            stop();
        }
        _ => {}
    }
}

/// The monitor's clock for the check: every interval a child process runs [`check`] (and the
/// on-failure action), so that pid 1's output keeps flowing while a check takes its time.
pub(super) struct Timer<'a> {
    dir: &'a Path,
    config: &'a ContainerConfig,
    interval: Duration,
    next: Instant,
    child: Option<nix::unistd::Pid>,
}

impl<'a> Timer<'a> {
    pub(super) fn new(dir: &'a Path, config: &'a ContainerConfig) -> Option<Timer<'a>> {
        let hc = config.healthcheck.as_ref()?;
        hc.command()?;
        if hc.interval == 0 {
            return None;
        }
        let interval = Duration::from_nanos(hc.interval);
        Some(Timer {
            dir,
            config,
            interval,
            next: Instant::now() + interval,
            child: None,
        })
    }

    /// How long the monitor may wait for anything else, in milliseconds.
    pub(super) fn wait_ms(&self) -> u16 {
        let left = self.next.saturating_duration_since(Instant::now());
        // at least 1 ms (0 would be a busy loop), at most a minute (the poll's u16)
        u16::try_from(left.as_millis().clamp(1, 60_000)).unwrap_or(60_000)
    }

    /// Reap a check that ended; start one when it is due (and none runs).
    pub(super) fn tick(&mut self) {
        if let Some(c) = self.child {
            if matches!(
                nix::sys::wait::waitpid(c, Some(nix::sys::wait::WaitPidFlag::WNOHANG)),
                Ok(nix::sys::wait::WaitStatus::StillAlive)
            ) {
                return;
            }
            self.child = None;
        }
        if Instant::now() < self.next {
            return;
        }
        self.next = Instant::now() + self.interval;
        let Ok(threads) = crate::sys::ThreadCheck::open() else {
            return;
        };
        match threads.fork() {
            Ok(crate::sys::ForkResult::Child) => {
                let code = run_and_act(self.dir, self.config);
                crate::sys::exit_child(code)
            }
            Ok(crate::sys::ForkResult::Parent { child }) => self.child = Some(child),
            Err(_) => {}
        }
    }

    /// pid 1 ended: a check still running is of no use.
    pub(super) fn finish(&mut self) {
        if let Some(c) = self.child.take() {
            let _ = nix::sys::signal::kill(c, nix::sys::signal::Signal::SIGKILL);
            let _ = nix::sys::wait::waitpid(c, None);
        }
    }
}

/// One check with all that follows from it: the `health_status` event, and the
/// on-failure action when it is unhealthy. 0 when the check passed, else 1.
pub fn run_and_act(dir: &Path, config: &ContainerConfig) -> i32 {
    match check(dir, config) {
        Ok(o) => {
            // podman writes the event at every check, with the status after it
            if !config.no_events {
                let mut e = config.event("health_status");
                e.health_status = o.status.clone();
                crate::storage::events::emit(e);
            }
            if o.status == UNHEALTHY {
                on_failure(dir, config);
            }
            i32::from(o.exit_code != 0)
        }
        Err(_) => 1,
    }
}
