//! `berth attach`: the output of a running, detached container as it comes, until it exits,
//! with its exit code; SIGINT, SIGTERM and SIGHUP are passed on to it (podman's `--sig-proxy`).
//!
//! A detached container's stdio belongs to its monitor, which writes its output to the log;
//! attach follows that log from its end. Its stdin and terminal cannot be reached yet (the
//! monitor would have to serve them on a socket), so attaching to a container started with
//! `-i` or `-t` says so instead of pretending.

use super::logs::LogOptions;
use super::state::{check, Op};
use super::Engine;
use crate::error::UserError;
use crate::runtime::container::Container;
use nix::sys::signal::{SigSet, Signal};
use std::time::Duration;

/// `attach` flags as plain values.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttachOptions {
    pub no_stdin: bool,
    pub sig_proxy: bool,
}

impl Engine {
    /// Stream `c`'s output to `sink` until it exits; returns its exit code.
    pub fn attach(
        &self,
        c: &Container,
        o: &AttachOptions,
        sink: &mut dyn FnMut(super::logs::Stream, &[u8]),
    ) -> anyhow::Result<i32> {
        check(c, Op::Attach)?;
        let p = &c.config.spec.process;
        if (p.terminal || p.stdin) && !o.no_stdin {
            return Err(UserError::new(format!(
                "attaching to the terminal or stdin of container {} is not supported by berth yet: its monitor keeps them",
                c.name()
            ))
            .with_hint(format!(
                "use `berth attach --no-stdin {0}` for its output, or `berth exec -it {0} sh` for a shell",
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
        Ok(self.wait(c, Duration::from_millis(50)))
    }
}

/// A thread that forwards SIGINT, SIGTERM and SIGHUP to `pid` (blocked in this thread first,
/// so that they reach only that thread's sigwait).
fn proxy_signals(pid: i32) {
    let mut set = SigSet::empty();
    for s in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(s);
    }
    if set.thread_block().is_err() {
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
