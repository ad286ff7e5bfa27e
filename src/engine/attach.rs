//! `berth attach`: a running, detached container's stdio until it exits or the user detaches
//! (`--detach-keys`, ctrl-p ctrl-q by default), with its exit code; without a terminal,
//! SIGINT, SIGTERM and SIGHUP are passed on to it (podman's `--sig-proxy`).
//!
//! A detached container's stdio belongs to its monitor, which serves it on the container's
//! attach socket (`runtime::attach`): its output, its stdin when it was started with `-i`, its
//! terminal's size with `-t`. A container whose monitor serves no socket (started by an older
//! berth) is followed through its log, output only.

use super::logs::{LogOptions, Stream};
use super::state::{check, Op};
use super::Engine;
use crate::error::UserError;
use crate::runtime::attach::{self, ClientOptions, Ended};
use crate::runtime::container::Container;
use nix::sys::signal::{SigSet, Signal};
use std::time::Duration;

/// The detach keys when neither `--detach-keys` nor containers.conf names them.
pub const DEFAULT_DETACH_KEYS: &str = "ctrl-p,ctrl-q";

/// `attach` flags as plain values.
#[derive(Debug, Clone, Default)]
pub struct AttachOptions {
    pub no_stdin: bool,
    pub sig_proxy: bool,
    /// podman's `--detach-keys` syntax; `None`: the default.
    pub detach_keys: Option<String>,
}

/// How an attach ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attached {
    /// The container exited with this code.
    Exited(i32),
    /// The user typed the detach keys; the container runs on.
    Detached,
}

/// `--detach-keys` as bytes, or podman's error.
pub fn detach_keys(given: Option<&str>) -> Result<Vec<u8>, UserError> {
    attach::parse_detach_keys(given.unwrap_or(DEFAULT_DETACH_KEYS)).map_err(|e| {
        UserError::new(format!("invalid detach keys: {e}"))
            .with_hint("give keys as podman does, e.g. --detach-keys ctrl-p,ctrl-q (or \"\" to turn detaching off)")
    })
}

impl Engine {
    /// The detach keys: `--detach-keys` if given, else containers.conf's, else the default.
    pub fn detach_keys(&self, given: Option<&str>) -> Result<Vec<u8>, UserError> {
        detach_keys(given.or(self.settings.containers_conf.detach_keys.as_deref()))
    }

    /// Relay `c`'s stdio until it exits or the user detaches; output goes to `sink`.
    pub fn attach(
        &self,
        c: &Container,
        o: &AttachOptions,
        sink: &mut dyn FnMut(Stream, &[u8]),
    ) -> anyhow::Result<Attached> {
        check(c, Op::Attach)?;
        let keys = self.detach_keys(o.detach_keys.as_deref())?;
        let p = &c.config.spec.process;
        let Some(conn) = attach::connect_to(&c.dir)? else {
            return self.attach_log(c, o, sink);
        };
        let co = ClientOptions {
            stdin: p.stdin && !o.no_stdin,
            tty: p.terminal,
            detach_keys: keys,
            proxy_to: (o.sig_proxy && !p.terminal).then(|| nix::unistd::Pid::from_raw(c.state.pid)),
        };
        self.relay(c, &conn, &co, sink)
    }

    fn relay(
        &self,
        c: &Container,
        conn: &attach::Connection,
        co: &ClientOptions,
        sink: &mut dyn FnMut(Stream, &[u8]),
    ) -> anyhow::Result<Attached> {
        let ended = conn.relay(co, &mut |kind, data| {
            sink(
                if kind == attach::ERR {
                    Stream::Stderr
                } else {
                    Stream::Stdout
                },
                data,
            )
        })?;
        Ok(match ended {
            Ended::Exited(code) => {
                // the monitor records the exit right after telling us: wait for it (briefly)
                // so that a `ps` after attach agrees
                let until = std::time::Instant::now() + Duration::from_secs(2);
                while std::time::Instant::now() < until
                    && crate::runtime::container::Container::load(&c.dir).is_ok_and(|now| {
                        now.state.status == crate::runtime::container::Status::Running
                    })
                {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Attached::Exited(code)
            }
            Ended::Detached => Attached::Detached,
            Ended::Closed => Attached::Exited(self.wait(c, Duration::from_millis(50))),
        })
    }

    /// Start `created` under its monitor and attach to its terminal at once (`run -it`), so
    /// that the user can detach and leave it running.
    pub fn start_attached(
        &self,
        created: &super::create::Created,
        detach_keys: Vec<u8>,
        sink: &mut dyn FnMut(Stream, &[u8]),
    ) -> anyhow::Result<Attached> {
        let conn = created.start_attached()?;
        created.config.emit("attach");
        let c = Container::load(&created.prepared.dir)?;
        let co = ClientOptions {
            stdin: true,
            tty: true,
            detach_keys,
            proxy_to: None,
        };
        self.relay(&c, &conn, &co, sink)
    }

    /// Attach through the log: a container whose monitor serves no socket.
    fn attach_log(
        &self,
        c: &Container,
        o: &AttachOptions,
        sink: &mut dyn FnMut(Stream, &[u8]),
    ) -> anyhow::Result<Attached> {
        let p = &c.config.spec.process;
        if (p.terminal || p.stdin) && !o.no_stdin {
            return Err(UserError::new(format!(
                "container {} was started by a berth without an attach socket: its stdin cannot be reached",
                c.name()
            ))
            .with_hint(format!(
                "use `berth attach --no-stdin {0}` for its output, or restart it (`berth restart {0}`)",
                c.name()
            ))
            .into());
        }
        if o.sig_proxy {
            proxy_signals(c.state.pid);
        }
        let lo = LogOptions {
            follow: true,
            tail: Some(0),
            ..Default::default()
        };
        self.logs(c, &lo, sink)?;
        Ok(Attached::Exited(self.wait(c, Duration::from_millis(50))))
    }
}

/// A thread that forwards SIGINT, SIGTERM and SIGHUP to `pid` (blocked in this thread first,
/// so that they reach only that thread's sigwait).
fn proxy_signals(pid: i32) {
    let mut set = SigSet::empty();
    for s in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(s);
    }
    if set.thread_block().is_err()
        || crate::sys::unignore_signals(&[Signal::SIGINT, Signal::SIGTERM]).is_err()
    {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("sig-proxy".into())
        .spawn(move || loop {
            match set.wait() {
                Ok(sig) => {
                    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), sig);
                }
                Err(_) => return,
            }
        });
}
