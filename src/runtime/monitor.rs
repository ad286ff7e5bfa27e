//! The monitor of a detached container: berth itself, forked and setsid, in the container's
//! user and mount namespaces. It starts the container, writes its output to the log
//! (k8s-file: `TIME STREAM F|P TEXT` lines; `--log-opt max-size` starts the file afresh when
//! it would grow past the limit, as conmon does; `--log-driver none` keeps nothing), records
//! its exit and applies --rm. With `--restart` it starts the container again (a new pid 1 on
//! the same rootfs) after a backoff of 100 ms that doubles up to a minute, unless a user
//! stopped it (`stopped_by_user` in state.json). It ends with the container; nothing of berth
//! keeps running after.

use super::{attach, finish, mount_rootfs_with, process, record_exited, record_running, Prepared};
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
    // conmon's form: a numeric offset, never Z (tools match `[0-9T:.+-]+ stdout F ...`)
    format!(
        "{}.{:09}+00:00",
        base.trim_end_matches('Z'),
        d.subsec_nanos()
    )
}

/// Where the container's output goes.
pub(super) struct LogSink {
    file: Option<std::fs::File>,
    max: Option<u64>,
    size: u64,
}

impl LogSink {
    pub(super) fn open(p: &Prepared, config: &ContainerConfig) -> Result<LogSink, String> {
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
    listener: attach::Listener,
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
    let listener = Some(listener);
    let policy = &config.restart_policy;
    let mut restarts = restarts;
    let mut delay = Duration::from_millis(100);
    if restarts > 0 {
        std::thread::sleep(delay);
    }
    loop {
        let started = Instant::now();
        let run = run_once(p, config, &mut log, restarts, &mut ready, listener.as_ref());
        super::cgroup_exited(&p.dir, config);
        let code = match run {
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
        let health_restart = super::health::take_restart(&p.dir);
        if !health_restart && (stop_requested(p) || !policy.should_restart(code, restarts)) {
            finish(store, p, code, config);
            return 0;
        }
        record_exited(&p.dir, code);
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

/// Where the user's input goes: the write end of the container's stdin pipe (`-i`), or the
/// terminal's master (`-t`).
pub(super) enum Input {
    None,
    Pipe(std::io::PipeWriter),
    Master,
}

/// Start the container's pid 1 once and collect its output until it ends; its exit status.
/// Its output goes to the log and to every attached client; what clients send goes to its
/// stdin (see `runtime::attach`).
fn run_once(
    p: &Prepared,
    config: &ContainerConfig,
    log: &mut LogSink,
    restarts: u32,
    ready: &mut Option<std::io::PipeWriter>,
    listener: Option<&attach::Listener>,
) -> Result<i32, String> {
    let spec = &config.spec;
    let tty = spec.process.terminal;
    let null = std::fs::File::open("/dev/null").map_err(|e| format!("/dev/null: {e}"))?;
    let pipe = || std::io::pipe().map_err(|e| e.to_string());
    let pipes = if tty { None } else { Some((pipe()?, pipe()?)) };
    let stdin_pipe = if spec.process.stdin && !tty {
        Some(pipe()?)
    } else {
        None
    };
    let console = if tty {
        Some(std::os::unix::net::UnixStream::pair().map_err(|e| e.to_string())?)
    } else {
        None
    };
    let stdin_fd = stdin_pipe.as_ref().map_or(null.as_fd(), |(r, _)| r.as_fd());
    let stdio = match &pipes {
        Some(((_, out_w), (_, err_w))) => [stdin_fd, out_w.as_fd(), err_w.as_fd()],
        None => [null.as_fd(); 3],
    };
    let launch = process::Launch {
        shm_from: None,
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
    let mut input = match stdin_pipe {
        Some((_, w)) => Input::Pipe(w),
        None => Input::None,
    };
    // the output: the two pipes, or the terminal's master
    let mut sources: Vec<(std::os::fd::OwnedFd, u8)> = match pipes {
        Some(((out_r, _), (err_r, _))) => {
            vec![(out_r.into(), attach::OUT), (err_r.into(), attach::ERR)]
        }
        None => Vec::new(),
    };
    if let Some((ours, theirs)) = console {
        drop(theirs);
        if let Ok(m) = super::tty::recv_master(&std::os::fd::OwnedFd::from(ours)) {
            sources.push((m, attach::OUT));
            if spec.process.stdin {
                input = Input::Master;
            }
        }
    }
    record_running(&p.dir, pid, restarts, ready.is_some());
    if config.healthcheck.is_some() {
        super::health::reset(&p.dir);
    }
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
    pump(Pump {
        pid,
        set,
        network: &mut network,
        sources,
        input,
        tty,
        log,
        listener,
        echo: super::Echo::NONE,
        died: Some(config),
        health: Some((&p.dir, config)),
    })
}

/// What [`pump`] moves between.
pub(super) struct Pump<'a> {
    pub pid: nix::unistd::Pid,
    /// The signals blocked for pid 1 (SIGCHLD and those passed on).
    pub set: nix::sys::signal::SigSet,
    pub network: &'a mut crate::network::Attached,
    /// The output: the two pipes, or the terminal's master.
    pub sources: Vec<(std::os::fd::OwnedFd, u8)>,
    pub input: Input,
    pub tty: bool,
    pub log: &'a mut LogSink,
    pub listener: Option<&'a attach::Listener>,
    /// Also write the output to berth's own stdout and stderr (a foreground container; with
    /// `--attach`, only the streams named).
    pub echo: super::Echo,
    /// The container whose `died` event is written the moment pid 1 is reaped (a monitor's;
    /// the foreground berth writes it itself once the output is drained).
    pub died: Option<&'a ContainerConfig>,
    /// The container whose healthcheck runs every interval while pid 1 runs (its directory).
    pub health: Option<(&'a std::path::Path, &'a ContainerConfig)>,
}

/// Until pid 1 ends: its output to the log, to every attached client (and with `echo` to
/// berth's stdout/stderr), clients' input to its stdin, signals passed on; its exit status.
pub(super) fn pump(pm: Pump<'_>) -> Result<i32, String> {
    let Pump {
        pid,
        set,
        network,
        sources,
        mut input,
        tty,
        log,
        listener,
        echo,
        died,
        health,
    } = pm;
    let mut timer = health.and_then(|(dir, cfg)| super::health::Timer::new(dir, cfg));
    let sigfd =
        nix::sys::signalfd::SignalFd::with_flags(&set, nix::sys::signalfd::SfdFlags::SFD_CLOEXEC)
            .map_err(|e| format!("signalfd: {e}"))?;
    let mut clients = attach::Clients::default();
    // a client that connected before pid 1 started (`run -it`) gets all of its output
    if let Some(l) = listener {
        clients
            .list
            .extend(std::iter::from_fn(|| l.accept_waiting()));
    }
    let mut bufs = [Vec::new(), Vec::new()];
    let mut open: Vec<bool> = sources.iter().map(|_| true).collect();
    let mut code: Option<i32> = None;
    let name = |kind: u8| {
        if kind == attach::ERR {
            "stderr"
        } else {
            "stdout"
        }
    };
    let slot = |kind: u8| usize::from(kind == attach::ERR);
    let mut chunk = vec![0u8; 65536];
    while code.is_none() || open.iter().any(|o| *o) {
        let mut fds = vec![PollFd::new(sigfd.as_fd(), PollFlags::POLLIN)];
        let mut which = Vec::new();
        for (i, (fd, _)) in sources.iter().enumerate() {
            if open[i] {
                fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLIN));
                which.push(i);
            }
        }
        let first_client = fds.len();
        for c in &clients.list {
            fds.push(PollFd::new(c.as_fd(), PollFlags::POLLIN));
        }
        let listening = listener.filter(|_| code.is_none()).map(|l| {
            fds.push(PollFd::new(l.as_fd(), PollFlags::POLLIN));
            (l, fds.len() - 1)
        });
        let timeout = if code.is_some() {
            PollTimeout::from(200u16)
        } else if let Some(t) = &timer {
            PollTimeout::from(t.wait_ms())
        } else {
            PollTimeout::NONE
        };
        let polled = poll(&mut fds, timeout);
        if code.is_none() {
            if let Some(t) = timer.as_mut() {
                t.tick();
            }
        }
        match polled {
            Ok(0) if code.is_none() => continue, // the healthcheck timer
            Ok(0) => break, // exited, and the output stays quiet: a child of the container holds it
            Ok(_) => {}
            Err(nix::Error::EINTR) => continue,
            Err(_) => break,
        }
        let ready: Vec<bool> = fds
            .iter()
            .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
            .collect();
        drop(fds);
        if ready[0] {
            let sig = sigfd
                .read_signal()
                .ok()
                .flatten()
                .map(|si| si.ssi_signo as i32);
            match sig.map(nix::sys::signal::Signal::try_from) {
                Some(Ok(nix::sys::signal::Signal::SIGCHLD)) | None | Some(Err(_)) => {
                    // SIGCHLD may be the network helper's: a helper that dies is said in the log
                    if let Some(msg) = network.helper_died() {
                        log.entry("stderr", 'F', format!("berth: {msg}\n").as_bytes());
                    }
                    if let Some(c) = reap(pid) {
                        // `died` at once, not after the output is drained: `events` sees it
                        // as soon as `wait` does
                        if let Some(cfg) = died.filter(|_| code.is_none()) {
                            cfg.emit_died(c);
                        }
                        code = Some(c);
                    }
                }
                Some(Ok(other)) => {
                    let _ = nix::sys::signal::kill(pid, other);
                }
            }
        }
        for (k, i) in which.iter().enumerate() {
            if !ready[k + 1] {
                continue;
            }
            let (fd, kind) = &sources[*i];
            let kind = *kind;
            match nix::unistd::read(fd, &mut chunk) {
                // EIO: the terminal's last slave closed
                Ok(0) | Err(_) => {
                    open[*i] = false;
                    log.lines(name(kind), &mut bufs[slot(kind)], true);
                }
                Ok(n) => {
                    // the container's bytes, as they are, to berth's own stdio
                    if kind == attach::ERR && echo.stderr {
                        let _ = std::io::stderr().lock().write_all(&chunk[..n]);
                    } else if kind != attach::ERR && echo.stdout {
                        let mut o = std::io::stdout().lock();
                        let _ = o.write_all(&chunk[..n]).and_then(|()| o.flush());
                    }
                    clients.output(kind, &chunk[..n]);
                    let b = &mut bufs[slot(kind)];
                    if tty {
                        b.extend(chunk[..n].iter().copied().filter(|c| *c != b'\r'));
                    } else {
                        b.extend_from_slice(&chunk[..n]);
                    }
                    log.lines(name(kind), b, false);
                }
            }
        }
        let mut gone = Vec::new();
        for (j, c) in clients.list.iter().enumerate() {
            if !ready.get(first_client + j).copied().unwrap_or(false) {
                continue;
            }
            match c.recv() {
                attach::FromClient::Stdin(data) => match &mut input {
                    Input::Pipe(w) => {
                        if w.write_all(&data).is_err() {
                            input = Input::None;
                        }
                    }
                    Input::Master => {
                        if let Some((m, _)) = sources.first() {
                            let _ = nix::unistd::write(m, &data);
                        }
                    }
                    Input::None => {}
                },
                attach::FromClient::StdinClosed => {
                    if matches!(input, Input::Pipe(_)) {
                        input = Input::None;
                    }
                }
                attach::FromClient::Resize(rows, cols) => {
                    if tty {
                        if let Some((m, _)) = sources.first() {
                            let _ = crate::sys::set_window_size(m, rows, cols);
                        }
                    }
                }
                attach::FromClient::Gone => gone.push(j),
            }
        }
        for j in gone.into_iter().rev() {
            clients.list.remove(j);
        }
        if let Some((l, at)) = listening {
            if ready[at] {
                if let Some(c) = l.accept() {
                    clients.list.push(c);
                }
            }
        }
    }
    if let Some(t) = timer.as_mut() {
        t.finish();
    }
    for (i, b) in bufs.iter_mut().enumerate() {
        log.lines(if i == 0 { "stdout" } else { "stderr" }, b, true);
    }
    let code = code.unwrap_or_else(|| {
        if let Some(cfg) = died {
            cfg.emit_died(137);
        }
        137
    });
    clients.exited(code);
    Ok(code)
}

/// The exit code of `pid` when it has ended.
fn reap(pid: nix::unistd::Pid) -> Option<i32> {
    loop {
        match nix::sys::wait::waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG)) {
            Ok(ws) => return process::exit_code(ws),
            Err(nix::Error::EINTR) => continue,
            Err(_) => return Some(137),
        }
    }
}
