//! The monitor of a detached container: berth itself, forked and setsid, in the container's
//! user and mount namespaces. It starts the container, writes its output to the log
//! (k8s-file: `TIME STREAM F|P TEXT` lines; `--log-opt max-size` starts the file afresh when
//! it would grow past the limit, as conmon does; `--log-driver none` keeps nothing), records
//! its exit and applies --rm. With `--restart` it starts the container again (a new pid 1 on
//! the same rootfs) after a backoff of 100 ms that doubles up to a minute, unless a user
//! stopped it (`stopped_by_user` in state.json). It ends with the container; nothing of berth
//! keeps running after.

use super::{finish, mount_rootfs_with, process, record_exited, record_running, Prepared};
use crate::runtime::container::{self as containers, ContainerConfig};
use crate::storage::Store;
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd};
use std::time::{Duration, Instant};

fn timestamp() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let base = crate::image::manifest::format_rfc3339(d.as_secs() as i64);
    format!("{}.{:09}Z", base.trim_end_matches('Z'), d.subsec_nanos())
}

/// Where the container's output goes.
struct LogSink {
    file: Option<std::fs::File>,
    max: Option<u64>,
    size: u64,
}

impl LogSink {
    fn open(p: &Prepared, config: &ContainerConfig) -> Result<LogSink, String> {
        if config.log_driver == "none" {
            return Ok(LogSink {
                file: None,
                max: None,
                size: 0,
            });
        }
        let path = p.dir.join("ctr.log");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(LogSink {
            file: Some(file),
            max: config.log_max_size,
            size,
        })
    }

    /// One log entry; past the size limit the file starts afresh (readers follow it).
    fn entry(&mut self, stream: &str, kind: char, text: &[u8]) {
        let Some(f) = self.file.as_mut() else {
            return;
        };
        let head = format!("{} {stream} {kind} ", timestamp());
        let newline = !text.ends_with(b"\n");
        let len = head.len() as u64 + text.len() as u64 + u64::from(newline);
        if let Some(max) = self.max {
            if self.size > 0 && self.size + len > max && f.set_len(0).is_ok() {
                self.size = 0;
            }
        }
        let _ = f.write_all(head.as_bytes());
        let _ = f.write_all(text);
        if newline {
            let _ = f.write_all(b"\n");
        }
        self.size += len;
    }

    /// Append complete lines of `buf`; keep a trailing partial line in `buf`.
    fn lines(&mut self, stream: &str, buf: &mut Vec<u8>, flush_partial: bool) {
        while let Some(i) = buf.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = buf.drain(..=i).collect();
            self.entry(stream, 'F', &line);
        }
        if flush_partial && !buf.is_empty() {
            let rest = std::mem::take(buf);
            self.entry(stream, 'P', &rest);
        }
    }

    fn sync(&self) {
        if let Some(f) = &self.file {
            let _ = f.sync_data();
        }
    }
}

/// True when a user asked the container to stop (or its record is gone).
pub(super) fn stop_requested(p: &Prepared) -> bool {
    containers::read_state(&p.dir).is_none_or(|s| s.stopped_by_user)
}

/// The monitor's body; returns its own exit code.
pub fn run(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
    ready: std::io::PipeWriter,
    restarts: u32,
) -> i32 {
    let mut ready = Some(ready);
    let _ = nix::unistd::setsid();
    let fail = |ready: &mut Option<std::io::PipeWriter>, msg: &str| {
        if let Some(mut w) = ready.take() {
            let _ = w.write_all(msg.as_bytes());
        }
        1
    };
    let mut log = match LogSink::open(p, config) {
        Ok(l) => l,
        Err(e) => return fail(&mut ready, &e),
    };
    if let Err(e) = mount_rootfs_with(store, p, config.spec.userns.as_ref()) {
        return fail(&mut ready, &e.to_string());
    }
    let policy = &config.restart_policy;
    let mut restarts = restarts;
    let mut delay = Duration::from_millis(100);
    if restarts > 0 {
        std::thread::sleep(delay);
    }
    loop {
        let started = Instant::now();
        let code = match run_once(p, config, &mut log, restarts, &mut ready) {
            Ok(code) => code,
            Err(msg) if ready.is_some() => {
                // the rootfs is mounted (fuse-overlayfs is a process): let it go before failing
                let _ = nix::mount::umount2(&p.merged, nix::mount::MntFlags::MNT_DETACH);
                return fail(&mut ready, &msg);
            }
            Err(msg) => {
                // a restart that cannot start: say why in the log and stay exited
                log.entry("stderr", 'F', format!("Error: restart: {msg}\n").as_bytes());
                log.sync();
                finish(store, p, process::EXIT_SETUP, config);
                return 0;
            }
        };
        log.sync();
        if stop_requested(p) || !policy.should_restart(code, restarts) {
            finish(store, p, code, config);
            return 0;
        }
        record_exited(&p.dir, code);
        config.emit_died(code);
        if started.elapsed() >= Duration::from_secs(10) {
            delay = Duration::from_millis(100);
        }
        let until = Instant::now() + delay;
        loop {
            if stop_requested(p) {
                finish(store, p, code, config);
                return 0;
            }
            let now = Instant::now();
            if now >= until {
                break;
            }
            std::thread::sleep((until - now).min(Duration::from_millis(20)));
        }
        delay = (delay * 2).min(Duration::from_secs(60));
        restarts += 1;
        config.emit("restart");
    }
}

/// Start the container's pid 1 once and collect its output until it ends; its exit status.
fn run_once(
    p: &Prepared,
    config: &ContainerConfig,
    log: &mut LogSink,
    restarts: u32,
    ready: &mut Option<std::io::PipeWriter>,
) -> Result<i32, String> {
    let spec = &config.spec;
    let null = std::fs::File::open("/dev/null").map_err(|e| format!("/dev/null: {e}"))?;
    let pipes = if log.file.is_some() && !spec.process.terminal {
        Some((
            std::io::pipe().map_err(|e| e.to_string())?,
            std::io::pipe().map_err(|e| e.to_string())?,
        ))
    } else {
        None
    };
    let console = if spec.process.terminal {
        Some(std::os::unix::net::UnixStream::pair().map_err(|e| e.to_string())?)
    } else {
        None
    };
    let stdio = match &pipes {
        Some(((_, out_w), (_, err_w))) => [null.as_fd(), out_w.as_fd(), err_w.as_fd()],
        None => [null.as_fd(); 3],
    };
    let launch = process::Launch {
        spec,
        rootfs: &p.merged,
        etc: &p.etc,
        shared: nix::sched::CloneFlags::empty(),
        cgroup: None,
        stdio: Some(stdio),
        console: console.as_ref().map(|(_, theirs)| theirs.as_raw_fd()),
        net_wait: None,
    };
    // the network helper lives as long as this run of pid 1
    let (pid, set, mut network) = super::spawn_networked(launch, &p.dir).map_err(|e| {
        crate::error::render(&anyhow::Error::new(e))
            .trim_start_matches("Error: ")
            .to_string()
    })?;
    drop(null);
    let readers = pipes.map(|((out_r, _), (err_r, _))| [out_r, err_r]);
    record_running(&p.dir, pid, restarts, ready.is_some());
    // here, before the monitor can see it exit: `start` always comes before `died`
    if restarts == 0 {
        config.emit("init");
    }
    config.emit("start");
    if let Some(mut w) = ready.take() {
        let _ = w.write_all(b"ok");
        drop(w);
        // Our stdio belonged to the `berth run -d` that started us: let go of it.
        if let Ok(null) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
        {
            for fd in 0..3 {
                let _ = crate::sys::dup_onto_stdio(null.as_fd(), fd);
            }
        }
    }
    if let Some((ours, theirs)) = console {
        drop(theirs);
        return Ok(
            match super::tty::recv_master(&std::os::fd::OwnedFd::from(ours)) {
                Ok(m) => {
                    let mut partial = Vec::new();
                    let mut sink = |b: &[u8]| {
                        partial.extend(b.iter().copied().filter(|c| *c != b'\r'));
                        log.lines("stdout", &mut partial, false);
                    };
                    let c = super::tty::relay(m, pid, set, false, Some(&mut sink)).unwrap_or(137);
                    log.lines("stdout", &mut partial, true);
                    c
                }
                Err(_) => process::wait_forwarding(pid, set).unwrap_or(137),
            },
        );
    }
    let Some(readers) = readers else {
        return Ok(process::wait_forwarding(pid, set).unwrap_or(137));
    };
    let sigfd =
        nix::sys::signalfd::SignalFd::with_flags(&set, nix::sys::signalfd::SfdFlags::SFD_CLOEXEC)
            .map_err(|e| format!("signalfd: {e}"))?;
    let mut bufs = [Vec::new(), Vec::new()];
    let mut open = [true, true];
    let mut code: Option<i32> = None;
    let name = |i: usize| if i == 0 { "stdout" } else { "stderr" };
    while code.is_none() || open.iter().any(|o| *o) {
        let mut fds = vec![PollFd::new(sigfd.as_fd(), PollFlags::POLLIN)];
        let mut which = Vec::new();
        for (i, r) in readers.iter().enumerate() {
            if open[i] {
                fds.push(PollFd::new(r.as_fd(), PollFlags::POLLIN));
                which.push(i);
            }
        }
        let timeout = if code.is_some() {
            PollTimeout::from(200u16)
        } else {
            PollTimeout::NONE
        };
        match poll(&mut fds, timeout) {
            Ok(0) => break, // exited, and the pipes stay quiet: a child of the container holds them
            Ok(_) => {}
            Err(nix::Error::EINTR) => continue,
            Err(_) => break,
        }
        let sig_ready = fds[0].revents().is_some_and(|r| !r.is_empty());
        let ready_streams: Vec<(usize, bool)> = which
            .iter()
            .enumerate()
            .map(|(k, i)| (*i, fds[k + 1].revents().is_some_and(|r| !r.is_empty())))
            .collect();
        drop(fds);
        if sig_ready {
            let _ = sigfd.read_signal();
            // SIGCHLD may be the network helper's: a helper that dies is said in the log
            if let Some(msg) = network.helper_died() {
                log.entry("stderr", 'F', format!("berth: {msg}\n").as_bytes());
            }
            loop {
                match nix::sys::wait::waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG)) {
                    Ok(ws) => {
                        if let Some(c) = process::exit_code(ws) {
                            code = Some(c);
                        }
                        break;
                    }
                    Err(nix::Error::EINTR) => continue,
                    Err(_) => {
                        code = code.or(Some(137));
                        break;
                    }
                }
            }
        }
        for (i, ready) in ready_streams {
            if !ready {
                continue;
            }
            let mut chunk = [0u8; 65536];
            match nix::unistd::read(&readers[i], &mut chunk) {
                Ok(0) | Err(_) => {
                    open[i] = false;
                    log.lines(name(i), &mut bufs[i], true);
                }
                Ok(n) => {
                    bufs[i].extend_from_slice(&chunk[..n]);
                    log.lines(name(i), &mut bufs[i], false);
                }
            }
        }
    }
    for (i, b) in bufs.iter_mut().enumerate() {
        log.lines(name(i), b, true);
    }
    Ok(code.unwrap_or(137))
}
