//! The container state machine: what state a container is in (from its record *and* the
//! process table), and which operations each state allows. Every guard of every command is
//! here, in `check`, so that `start`, `stop`, `rm`, `exec`, `kill` and what comes (pause,
//! pods, build's RUN) agree, and each refusal names the state and the way out.
//!
//! ```text
//!            create            start               stop/kill/exit
//!   (none) ─────────▶ created ───────▶ running ──▶ stopping ──▶ exited
//!                        │              │  ▲ pause/unpause       │  │
//!                        │              ▼  │                     │  │ start/restart
//!                        │             paused                    │  └──────▶ running
//!                        └────────────── rm ──▶ removing ◀── rm ─┘
//! ```
//! `running` includes a container between two runs of its `--restart` policy (its monitor
//! lives and will start it again). `removing` is a container whose directory `rm` has renamed
//! (never listed; the store's repair finishes it).

use crate::error::UserError;
use crate::runtime::container::{Container, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Created,
    Running,
    /// Frozen by the cgroup freezer (`pause`; `unpause` thaws it).
    Paused,
    /// Asked to stop (stop, kill, rm -f) and not yet dead.
    Stopping,
    Exited,
    /// Its removal has begun.
    Removing,
}

/// What a command wants to do with a container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Start,
    Stop,
    Kill,
    Restart,
    Remove {
        force: bool,
    },
    Exec,
    Attach,
    Pause,
    Unpause,
    /// Mount the rootfs of a container that does not run (cp, export, diff of a stopped one).
    MountStopped,
}

/// What `check` says: go ahead, or there is nothing to do (starting a running container,
/// stopping an exited one: not errors, as in podman).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Proceed,
    AlreadyDone,
}

impl State {
    /// The state of a loaded container.
    pub fn of(c: &Container) -> State {
        if c.id.starts_with('.') {
            return State::Removing;
        }
        let active =
            c.state.is_alive() || (c.state.monitor_alive() && !c.config.restart_policy.is_none());
        match c.state.status {
            Status::Created => State::Created,
            Status::Running if active && c.state.stopping => State::Stopping,
            Status::Running if active && c.state.paused && c.state.is_alive() => State::Paused,
            Status::Running if active => State::Running,
            // the record says running, the process is gone and its monitor is about to
            // record the exit: it is stopping
            Status::Running if c.state.monitor_alive() => State::Stopping,
            Status::Running | Status::Exited => State::Exited,
        }
    }

    /// podman's name of the state (`ps --format {{.State}}`, `inspect .State.Status`).
    pub fn name(self) -> &'static str {
        match self {
            State::Created => "created",
            State::Running => "running",
            State::Paused => "paused",
            State::Stopping => "stopping",
            State::Exited => "exited",
            State::Removing => "removing",
        }
    }

    /// The container's processes exist (it must be stopped before it goes).
    pub fn is_active(self) -> bool {
        matches!(self, State::Running | State::Paused | State::Stopping)
    }
}

/// May `op` act on `c`? The one place where the lifecycle's rules are written down.
pub fn check(c: &Container, op: Op) -> Result<Verdict, UserError> {
    check_in(c, State::of(c), op)
}

/// `check`, for a caller that has read the container's state already (`State::of` reads
/// the process table).
pub fn check_in(c: &Container, state: State, op: Op) -> Result<Verdict, UserError> {
    let name = c.name();
    let refuse = |what: String, hint: String| Err(UserError::new(what).with_hint(hint));
    use State::*;
    match (op, state) {
        (_, Removing) => refuse(
            format!("container {name} is being removed"),
            "the next berth command finishes the removal".into(),
        ),
        (Op::Start, Running | Stopping) => Ok(Verdict::AlreadyDone),
        (Op::Start, Paused) => refuse(
            format!("container {name} is paused: it cannot be started"),
            format!("berth unpause {name}"),
        ),
        (Op::Start | Op::Restart, Created | Exited) => Ok(Verdict::Proceed),
        (Op::Restart, Running | Stopping | Paused) => Ok(Verdict::Proceed),
        (Op::Stop, Running | Stopping | Paused) => Ok(Verdict::Proceed),
        (Op::Stop, Created | Exited) => Ok(Verdict::AlreadyDone),
        (Op::Kill, Running | Stopping | Paused) => Ok(Verdict::Proceed),
        (Op::Kill, _) => refuse(
            format!(
                "can only kill running containers. {} is in state {}",
                c.id,
                state.name()
            ),
            format!("`berth start {name}` first"),
        ),
        (Op::Remove { .. }, Created | Exited) => Ok(Verdict::Proceed),
        (Op::Remove { force: true }, _) => Ok(Verdict::Proceed),
        // podman: exit code 2, "container state improper"
        (Op::Remove { force: false }, _) => refuse(
            format!(
                "cannot remove container {} as it is {} - running or paused containers cannot be removed without force: container state improper",
                c.id,
                state.name()
            ),
            format!("stop it first (berth stop {name}), or use berth rm -f {name}"),
        )
        .map_err(|e| e.with_status(crate::error::ExitStatus::External(2))),
        (Op::Exec | Op::Attach, Running) => Ok(Verdict::Proceed),
        (Op::Exec, _) => refuse(
            "can only create exec sessions on running containers: container state improper"
                .into(),
            format!(
                "start it first (`berth ps -a` shows {name} as {})",
                state.name()
            ),
        ),
        (Op::Attach, _) => refuse(
            format!("container {name} is {}: you can only attach to running containers", state.name()),
            format!("berth start -a {name}"),
        ),
        (Op::Pause, Running) => Ok(Verdict::Proceed),
        (Op::Pause, Paused) => Ok(Verdict::AlreadyDone),
        (Op::Pause, _) => refuse(
            format!("container {name} is {}: only a running container can be paused", state.name()),
            format!("berth start {name}"),
        ),
        (Op::Unpause, Paused) => Ok(Verdict::Proceed),
        (Op::Unpause, _) => refuse(
            format!("container {name} is {}, not paused", state.name()),
            "berth ps -a shows each container's state".into(),
        ),
        (Op::MountStopped, Created | Exited) => Ok(Verdict::Proceed),
        (Op::MountStopped, _) => refuse(
            format!("container {name} is {}: its rootfs is in use", state.name()),
            format!("stop it first (berth stop {name})"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::container::{ContainerConfig, ContainerState};

    fn container(status: Status, pid: i32, stopping: bool) -> Container {
        let config: ContainerConfig = serde_json::from_value(serde_json::json!({
            "spec": crate::runtime::spec::ContainerSpec::default(),
            "image_id": "0".repeat(64),
            "image_name": "img",
            "created": 0,
        }))
        .unwrap();
        let pid_start = crate::runtime::container::process_start_time(pid).unwrap_or(0);
        Container {
            id: "a".repeat(64),
            dir: "/nonexistent".into(),
            config,
            state: ContainerState {
                status,
                pid,
                pid_start,
                stopped_by_user: stopping,
                stopping,
                ..Default::default()
            },
        }
    }

    #[test]
    fn states_come_from_the_record_and_the_process_table() {
        let me = std::process::id() as i32;
        assert_eq!(
            State::of(&container(Status::Created, 0, false)),
            State::Created
        );
        assert_eq!(
            State::of(&container(Status::Running, me, false)),
            State::Running
        );
        assert_eq!(
            State::of(&container(Status::Running, me, true)),
            State::Stopping
        );
        // killed (a signal it may trap), not stopped: still running, as in podman
        let mut killed = container(Status::Running, me, false);
        killed.state.stopped_by_user = true;
        assert_eq!(State::of(&killed), State::Running);
        // a record that says running, of a process that is gone, with no monitor: exited
        assert_eq!(
            State::of(&container(Status::Running, i32::MAX, false)),
            State::Exited
        );
        let mut gone = container(Status::Exited, 0, false);
        gone.id = format!(".removing-{}", gone.id);
        assert_eq!(State::of(&gone), State::Removing);
    }

    #[test]
    fn each_refusal_names_the_state_and_the_way_out() {
        let me = std::process::id() as i32;
        let running = container(Status::Running, me, false);
        let e = check(&running, Op::Remove { force: false }).unwrap_err();
        assert!(e.message.contains("as it is running"), "{}", e.message);
        assert!(e.hint.as_deref().unwrap().contains("rm -f"));
        assert_eq!(
            check(&running, Op::Remove { force: true }).unwrap(),
            Verdict::Proceed
        );
        assert_eq!(check(&running, Op::Start).unwrap(), Verdict::AlreadyDone);
        assert_eq!(check(&running, Op::Exec).unwrap(), Verdict::Proceed);
        let exited = container(Status::Exited, 0, false);
        assert_eq!(check(&exited, Op::Stop).unwrap(), Verdict::AlreadyDone);
        let e = check(&exited, Op::Kill).unwrap_err();
        assert!(e.message.contains("in state exited"), "{}", e.message);
        let e = check(&exited, Op::Exec).unwrap_err();
        assert!(e.hint.as_deref().unwrap().contains("as exited"));
        assert_eq!(check(&exited, Op::Start).unwrap(), Verdict::Proceed);
        let e = check(&exited, Op::Unpause).unwrap_err();
        assert!(e.message.contains("not paused"));
    }
}
