//! The monitor of a detached container: berth itself, forked and setsid, in the container's
//! user and mount namespaces. It starts the container, writes its output to the log
//! (k8s-file: `TIME STREAM F|P TEXT` lines), records its exit and applies --rm. It ends with
//! the container; nothing of berth keeps running after.

use super::{finish, mount_rootfs, process, running_state, Prepared};
use crate::storage::containers::ContainerConfig;
use crate::storage::Store;
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd};

fn timestamp() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let base = crate::image::manifest::format_rfc3339(d.as_secs() as i64);
    format!("{}.{:09}Z", base.trim_end_matches('Z'), d.subsec_nanos())
}

/// Append complete lines of `buf` to the log; keep a trailing partial line in `buf`.
fn log_lines(log: &mut std::fs::File, stream: &str, buf: &mut Vec<u8>, flush_partial: bool) {
    while let Some(i) = buf.iter().position(|b| *b == b'\n') {
        let line: Vec<u8> = buf.drain(..=i).collect();
        let _ = write!(log, "{} {stream} F ", timestamp());
        let _ = log.write_all(&line);
    }
    if flush_partial && !buf.is_empty() {
        let _ = write!(log, "{} {stream} P ", timestamp());
        let _ = log.write_all(buf);
        let _ = log.write_all(b"\n");
        buf.clear();
    }
}

/// The monitor's body; returns its own exit code.
pub fn run(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
    ready: std::io::PipeWriter,
) -> i32 {
    let mut ready = Some(ready);
    let mut tell = |msg: &str| {
        if let Some(mut w) = ready.take() {
            let _ = w.write_all(msg.as_bytes());
        }
    };
    let _ = nix::unistd::setsid();
    let log_path = p.dir.join("ctr.log");
    let mut log = match std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
    {
        Ok(f) => f,
        Err(e) => {
            tell(&format!("cannot open {}: {e}", log_path.display()));
            return 1;
        }
    };
    if let Err(e) = mount_rootfs(store, p) {
        tell(&e.to_string());
        return 1;
    }
    let (out_r, out_w) = match std::io::pipe() {
        Ok(x) => x,
        Err(e) => {
            tell(&e.to_string());
            return 1;
        }
    };
    let (err_r, err_w) = match std::io::pipe() {
        Ok(x) => x,
        Err(e) => {
            tell(&e.to_string());
            return 1;
        }
    };
    let null = match std::fs::File::open("/dev/null") {
        Ok(f) => f,
        Err(e) => {
            tell(&e.to_string());
            return 1;
        }
    };
    let spec = &config.spec;
    let console = if spec.process.terminal {
        match std::os::unix::net::UnixStream::pair() {
            Ok(p) => Some(p),
            Err(e) => {
                tell(&e.to_string());
                return 1;
            }
        }
    } else {
        None
    };
    let launch = process::Launch {
        spec,
        rootfs: &p.merged,
        etc: &p.etc,
        share_net: spec.network == "host",
        stdio: Some([null.as_raw_fd(), out_w.as_raw_fd(), err_w.as_raw_fd()]),
        console: console.as_ref().map(|(_, theirs)| theirs.as_raw_fd()),
    };
    let (pid, set) = match process::spawn(&launch) {
        Ok(x) => x,
        Err(e) => {
            tell(&format!("start the container process: {e}"));
            return 1;
        }
    };
    drop(out_w);
    drop(err_w);
    drop(null);
    let state = running_state(pid, nix::unistd::getpid().as_raw());
    let _ = crate::storage::containers::save_state(&p.dir, &state);
    tell("ok");
    // Our stdio belonged to the `berth run -d` that started us: let go of it.
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        for fd in 0..3 {
            let _ = crate::sys::dup_onto(null.as_raw_fd(), fd);
        }
    }
    if let Some((ours, theirs)) = console {
        drop(theirs);
        let code = match super::tty::recv_master(&std::os::fd::OwnedFd::from(ours)) {
            Ok(m) => {
                let mut partial = Vec::new();
                let mut sink = |b: &[u8]| {
                    partial.extend(b.iter().copied().filter(|c| *c != b'\r'));
                    log_lines(&mut log, "stdout", &mut partial, false);
                };
                let c = super::tty::relay(m, pid, set, false, Some(&mut sink)).unwrap_or(137);
                log_lines(&mut log, "stdout", &mut partial, true);
                c
            }
            Err(_) => process::wait_forwarding(pid, set).unwrap_or(137),
        };
        let _ = log.sync_data();
        finish(store, p, state, code, config);
        return 0;
    }
    let sigfd = match nix::sys::signalfd::SignalFd::with_flags(
        &set,
        nix::sys::signalfd::SfdFlags::SFD_CLOEXEC,
    ) {
        Ok(f) => f,
        Err(_) => return 1,
    };
    let mut bufs = [Vec::new(), Vec::new()];
    let mut open = [true, true];
    let readers = [out_r, err_r];
    let mut code: Option<i32> = None;
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
            loop {
                match nix::sys::wait::waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG)) {
                    Ok(ws) => match process::exit_code(ws) {
                        Some(c) => {
                            code = Some(c);
                            break;
                        }
                        None => break,
                    },
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
                    log_lines(
                        &mut log,
                        if i == 0 { "stdout" } else { "stderr" },
                        &mut bufs[i],
                        true,
                    );
                }
                Ok(n) => {
                    bufs[i].extend_from_slice(&chunk[..n]);
                    log_lines(
                        &mut log,
                        if i == 0 { "stdout" } else { "stderr" },
                        &mut bufs[i],
                        false,
                    );
                }
            }
        }
    }
    for (i, b) in bufs.iter_mut().enumerate() {
        log_lines(&mut log, if i == 0 { "stdout" } else { "stderr" }, b, true);
    }
    let _ = log.sync_data();
    finish(store, p, state, code.unwrap_or(137), config);
    0
}
