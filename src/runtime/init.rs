//! `--init`: a minimal init as the container's pid 1, without any binary in the image (what
//! podman does with catatonit). The forked pid 1, still berth's own code inside the container,
//! forks once more: the child goes on to exec the command in a process group of its own; pid 1
//! stays, reaps every process that ends up as its child (orphans are re-parented to it),
//! forwards the signals it receives to the command's process group, and exits with the
//! command's status (128+n when a signal ended it).
//!
//! pid 1 is berth's binary from the host for the container's whole life, so it is made not
//! dumpable: container processes cannot open /proc/1/exe, /proc/1/mem or ptrace it
//! (CVE-2019-5736). It also closes every descriptor but stdio, keeps only `CAP_KILL` and sets
//! no_new_privs.

use super::process::{exit_code, EXIT_SETUP};
use nix::sys::signal::{kill, SigSet, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use std::io::Write;

/// Split pid 1 into init and the command. Returns in the command's process only; pid 1 never
/// returns. `tty`: stdin is the container's terminal, whose foreground group becomes the
/// command's.
pub fn split(tty: bool) {
    // Every signal queues for init's sigwait (and stays blocked in the child until just
    // before exec, where the child unblocks all).
    let all = SigSet::all();
    let _ = all.thread_block();
    match crate::sys::fork() {
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "Error: init: fork the command: {e}");
            crate::sys::exit_child(EXIT_SETUP)
        }
        Ok(crate::sys::ForkResult::Child) => {
            let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
            if tty {
                // signals are blocked, so a background group may take the terminal (no SIGTTOU)
                let _ = nix::unistd::tcsetpgrp(std::io::stdin(), nix::unistd::getpid());
            }
        }
        Ok(crate::sys::ForkResult::Parent { child }) => run(child, all),
    }
}

fn run(child: Pid, set: SigSet) -> ! {
    // Both sides set the group, so a signal forwarded at once already finds it.
    let _ = nix::unistd::setpgid(child, child);
    let _ = nix::sys::prctl::set_name(c"berth-init");
    // The container dies with the berth (or monitor) that started it.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    // No descriptor of berth's stays open in the container (a `berth run -d` waits for its
    // ready pipe to close; sockets and pipes must not leak into the container's life).
    crate::sys::close_fds_and_then(3, (child, set), serve, EXIT_SETUP)
}

/// What init does once berth's descriptors are closed: confine itself, then reap and forward
/// until the command ends.
fn serve((child, set): (Pid, SigSet)) -> ! {
    if let Err(e) = super::security::confine_init() {
        let _ = writeln!(std::io::stderr(), "Error: init: {e}");
        let _ = kill(child, Signal::SIGKILL);
        crate::sys::exit_child(EXIT_SETUP);
    }
    // After every change of credentials, which resets the flag.
    let _ = nix::sys::prctl::set_dumpable(false);
    loop {
        let sig = match set.wait() {
            Ok(s) => s,
            Err(_) => continue,
        };
        if sig == Signal::SIGCHLD {
            if let Some(code) = reap(child) {
                crate::sys::exit_child(code);
            }
            continue;
        }
        // To the command's group; if it has none (yet), to the command itself.
        if kill(Pid::from_raw(-child.as_raw()), sig).is_err() {
            let _ = kill(child, sig);
        }
    }
}

/// Reap every child that has ended; the command's exit status once it is among them.
fn reap(command: Pid) -> Option<i32> {
    let mut status = None;
    loop {
        match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => break,
            Ok(ws) => {
                if ws.pid() == Some(command) {
                    if let Some(code) = exit_code(ws) {
                        status = Some(code);
                    }
                }
            }
            Err(nix::Error::EINTR) => continue,
            Err(_) => break, // ECHILD: nothing left
        }
    }
    status
}

/// The environment variable that tells berth's binary, exec'ed as a pod's infra pid 1, to be
/// the pause (with argv `/catatonit -P`, as podman's own infra shows in `pod top`).
pub const PAUSE_ENV: &str = "BERTH_INFRA_PAUSE";

/// True when this process is the pause of an infra container (`spec.pause`): pid 1 of its PID
/// namespace, exec'ed with the marker and podman's argv.
pub fn is_pause() -> bool {
    let mut args = std::env::args_os();
    std::process::id() == 1
        && args.next().is_some_and(|a| a == "/catatonit")
        && args.next().is_some_and(|a| a == "-P")
        && std::env::var_os(PAUSE_ENV).is_some_and(|v| v == "1")
}

/// The pause: hold the pod's namespaces, reap whatever is re-parented to it (members that
/// share the pod's PID namespace), and end with 0 on SIGTERM or SIGINT (catatonit -P). It is
/// not dumpable, so a container process cannot reach berth's binary through /proc/1/exe
/// (CVE-2019-5736); having been exec'ed inside the user namespace, its memory belongs to
/// that namespace, whose owner (the host user) may still open /proc/PID/ns/* to join it.
pub fn pause() -> i32 {
    let all = SigSet::all();
    let _ = all.thread_block();
    let _ = nix::sys::prctl::set_dumpable(false);
    let _ = nix::sys::prctl::set_name(c"catatonit");
    loop {
        match all.wait() {
            Ok(Signal::SIGCHLD) => {
                while let Ok(ws) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                    if ws == WaitStatus::StillAlive {
                        break;
                    }
                }
            }
            Ok(Signal::SIGTERM | Signal::SIGINT) => return 0,
            _ => {}
        }
    }
}
