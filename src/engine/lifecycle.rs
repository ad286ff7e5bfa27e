//! Start, stop, kill, restart, remove and wait: what happens to a container after `create`.
//! Each checks the state machine first (`state::check`), so every command refuses the same
//! things with the same words.

use super::namespace::{self, Enter};
use super::state::{check, check_in, Op, State, Verdict};
use super::{parse_signal, Engine};
use crate::error::UserError;
use crate::runtime::container::{self, Container, Status};
use crate::runtime::{self};
use crate::storage::Store;
use nix::sys::signal::Signal;
use std::time::Duration;

/// How a start ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    /// It runs (detached), or ran already.
    Running,
    /// Attached: it ran to its end with this exit code.
    Exited(i32),
}

/// The default stop timeout (podman's).
pub const STOP_TIMEOUT: u64 = 10;

/// The timeout a stop of `c` waits: the command's `-t`, the container's `--stop-timeout`,
/// else 10 s.
pub fn stop_timeout(c: &Container, given: Option<u64>) -> u64 {
    given
        .or(c.config.stop_timeout.map(u64::from))
        .unwrap_or(STOP_TIMEOUT)
}

/// The signal `stop` sends: `--stop-signal`, the image's, else SIGTERM.
fn stop_signal(c: &Container) -> Result<Signal, UserError> {
    Ok(c.config
        .stop_signal
        .as_deref()
        .map(parse_signal)
        .transpose()?
        .unwrap_or(Signal::SIGTERM))
}

impl Engine {
    /// Enter the namespaces to start `list` in: berth's own user namespace, or, for a
    /// container that shares another's network (`--network container:NAME`), that
    /// container's, as `create` does (a fresh namespace has no rights over another's network
    /// namespace).
    fn enter_to_start(&self, list: &[&Container]) -> anyhow::Result<()> {
        let mut targets: Vec<String> = list.iter().filter_map(|c| shared_target(c)).collect();
        targets.dedup();
        match targets.as_slice() {
            [] if list.iter().any(|c| super::network::on_networks(c)) => {
                self.enter_rootless_netns().map(drop)
            }
            [] => namespace::enter(Enter::Mounts).map(drop),
            // one container, or the members of one pod (they all share its infra's)
            [t] if list.len() == 1 || list.iter().all(|c| shared_target(c).is_some()) => {
                let other = self.find(t)?;
                namespace::enter(Enter::UserOf(&other)).map(drop)
            }
            _ => Err(UserError::new(
                "a container that shares another container's namespaces starts on its own",
            )
            .with_hint("start it with a berth start of its own")
            .into()),
        }
    }

    /// Start containers (created or exited ones; a running one is left as it is). With
    /// `attach` (one container only) wait for it and return its exit code. The result per
    /// container is in the order given.
    pub fn start(
        &self,
        list: Vec<Container>,
        attach: bool,
        interactive: bool,
    ) -> anyhow::Result<Vec<(Container, Started)>> {
        if attach && list.len() > 1 {
            return Err(
                UserError::new("you cannot start and attach multiple containers at once")
                    .with_hint("start them without -a, or one at a time")
                    .into(),
            );
        }
        let mut out = Vec::new();
        let mut todo = Vec::new();
        for c in list {
            match check(&c, Op::Start)? {
                Verdict::AlreadyDone => out.push((c, Started::Running)),
                Verdict::Proceed => todo.push(c),
            }
        }
        if todo.is_empty() {
            return Ok(out);
        }
        self.check_runtime_flags()?;
        // pods: an infra container starts in a child berth of its own, and the infra of
        // each member's pod runs before the member joins its namespaces (engine::pod)
        let (infras, mut todo): (Vec<Container>, Vec<Container>) =
            todo.into_iter().partition(|c| c.config.infra);
        if todo.is_empty() {
            // only infra containers: they share nothing, and start here
            todo = infras;
        } else {
            for c in infras {
                self.start_infra(&c.id)?;
                out.push((c, Started::Running));
            }
        }
        for c in todo.iter().filter(|c| !c.config.infra) {
            if let Some(pod) = c.config.pod.as_deref().and_then(|p| self.find_pod(p).ok()) {
                if let Some(infra) = pod
                    .infra_id
                    .as_deref()
                    .filter(|_| ["net", "ipc", "uts", "pid"].iter().any(|k| pod.shares(k)))
                {
                    self.start_infra(infra)?;
                }
            }
        }
        // containers that share different containers' namespaces cannot start in one
        // process (each joins that container's user namespace): the first group starts
        // here, the others each in a child berth
        let mut groups: Vec<(Option<String>, Vec<Container>)> = Vec::new();
        for c in todo {
            let key = shared_target(&c);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(c),
                None => groups.push((key, vec![c])),
            }
        }
        let mut groups = groups.into_iter();
        let Some((_, here)) = groups.next() else {
            return Ok(out);
        };
        for (_, g) in groups {
            let mut args: Vec<&str> = vec!["start"];
            args.extend(g.iter().map(|c| c.id.as_str()));
            self.in_child(&args)?;
            out.extend(g.into_iter().map(|c| (c, Started::Running)));
        }
        self.enter_to_start(&here.iter().collect::<Vec<_>>())?;
        let store = Store::open(self.root(), true)?;
        for c in here {
            let how = start_one(&store, &c, attach, interactive)?;
            out.push((c, how));
        }
        Ok(out)
    }

    /// Stop: the stop signal, then SIGKILL after `timeout` seconds (`0`: SIGKILL at once, as
    /// podman). It first records that a user stopped it, so that its monitor does not restart
    /// it; a pid 1 the monitor started meanwhile gets the same treatment. Returns once the
    /// container is dead and its exit recorded.
    pub fn stop(&self, c: &Container, timeout: u64) -> anyhow::Result<()> {
        self.stop_in(c, State::of(c), timeout)
    }

    /// `stop`, with the container's state read already.
    fn stop_in(&self, c: &Container, state: State, timeout: u64) -> anyhow::Result<()> {
        if check_in(c, state, Op::Stop)? == Verdict::AlreadyDone {
            return Ok(());
        }
        let sig = if timeout == 0 {
            Signal::SIGKILL
        } else {
            stop_signal(c)?
        };
        runtime::stop::until_exited(c, sig, Duration::from_secs(timeout));
        c.config.emit("stop");
        Ok(())
    }

    /// Send `sig` to the container's pid 1. As podman: a killed container is not restarted
    /// by its policy.
    pub fn kill(&self, c: &Container, sig: Signal) -> anyhow::Result<()> {
        self.kill_number(c, sig as i32)
    }

    /// [`Engine::kill`] with a signal number (real-time signals too).
    pub fn kill_number(&self, c: &Container, sig: i32) -> anyhow::Result<()> {
        check(c, Op::Kill)?;
        // a signal meant to end it (KILL, TERM, its stop signal) makes it stopping and keeps
        // its restart policy from starting it again; any other (HUP, USR1, ...) leaves it
        // running, as podman's state does, so exec and the rest still work
        let stop_signal = c
            .config
            .stop_signal
            .as_deref()
            .and_then(|s| parse_signal(s).ok())
            .map_or(Signal::SIGTERM as i32, |s| s as i32);
        if [Signal::SIGKILL as i32, Signal::SIGTERM as i32, stop_signal].contains(&sig) {
            let _ = container::update_state(&c.dir, |s| s.stopped_by_user = true);
        }
        if c.state.is_alive() {
            crate::sys::kill_raw(c.state.pid, sig)?;
            if sig == Signal::SIGKILL as i32 {
                self.thaw_for_stop(c);
            }
        }
        c.config.emit("kill");
        Ok(())
    }

    /// Stop (each with its own timeout unless `timeout` is given) and start again, detached.
    pub fn restart(&self, list: Vec<Container>, timeout: Option<u64>) -> anyhow::Result<()> {
        for c in &list {
            check(c, Op::Restart)?;
            self.stop(c, stop_timeout(c, timeout))?;
        }
        self.enter_to_start(&list.iter().collect::<Vec<_>>())?;
        let store = Store::open(self.root(), true)?;
        for c in &list {
            // reload: stopping wrote the final state
            let fresh = Container::load(&c.dir)?;
            start_one(&store, &fresh, false, false)?;
            c.config.emit("restart");
        }
        Ok(())
    }

    /// Remove containers. A running one only with `force` (stopped first, with `timeout` or
    /// its own). With `volumes`, the anonymous volumes it made go too. Results in order. The
    /// infra container of a pod goes only with its pod (`pod rm`), as in podman.
    pub fn remove(
        &self,
        list: Vec<Container>,
        force: bool,
        timeout: Option<u64>,
        volumes: bool,
    ) -> anyhow::Result<Vec<(Container, anyhow::Result<()>)>> {
        self.remove_with_pods(list, force, timeout, volumes, false)
    }

    /// `remove`; with `whole_pods` (`rm --all`, `rm --depend`), an infra container named
    /// with every other container of its pod goes, and its pod with it.
    pub fn remove_with_pods(
        &self,
        list: Vec<Container>,
        force: bool,
        timeout: Option<u64>,
        volumes: bool,
        whole_pods_ok: bool,
    ) -> anyhow::Result<Vec<(Container, anyhow::Result<()>)>> {
        let mut refused = Vec::new();
        let mut rest = Vec::new();
        let ids: Vec<String> = list.iter().map(|c| c.id.clone()).collect();
        let mut whole_pods = Vec::new();
        for c in list {
            match self.infra_of(&c) {
                // the infra with every other container of its pod (rm --all, rm --depend):
                // the pod goes too, after its containers
                Some(pod)
                    if whole_pods_ok
                        && self
                            .pod_containers(&pod)
                            .iter()
                            .all(|m| ids.contains(&m.id)) =>
                {
                    whole_pods.push(pod.id.clone());
                    rest.push(c);
                }
                Some(pod) => {
                    let e = UserError::new(format!(
                        "container {} is the infra container of pod {} and cannot be removed without removing the pod",
                        c.id, pod.id
                    ))
                    .with_hint(format!("berth pod rm {}", pod.name));
                    refused.push((c, Err(e.into())));
                }
                None => rest.push(c),
            }
        }
        // members before the infra whose namespaces they hold; an infra that goes with its
        // whole pod is stopped as needed (berth started it for the members, as podman would
        // when they start)
        let (infras, rest): (Vec<Container>, Vec<Container>) =
            rest.into_iter().partition(|c| c.config.infra);
        let mut out = self.remove_any(rest, force, timeout, volumes)?;
        let (infras, kept): (Vec<Container>, Vec<Container>) = infras.into_iter().partition(|i| {
            !out.iter()
                .any(|(c, r)| r.is_err() && c.config.pod == i.config.pod)
        });
        out.extend(self.remove_any(infras, true, Some(0), volumes)?);
        out.extend(kept.into_iter().map(|c| {
            let e = UserError::new(format!(
                "container {} is the infra container of a pod whose other containers stay",
                c.id
            ))
            .with_hint("remove them first (with -f if they run)");
            (c, Err(e.into()))
        }));
        for pod in whole_pods {
            let infra_gone = out
                .iter()
                .any(|(c, r)| c.config.infra && c.config.pod.as_deref() == Some(&pod) && r.is_ok());
            if infra_gone {
                let _lock = crate::storage::pods::lock(self.root())?;
                crate::storage::pods::remove(self.root(), &pod)?;
            }
        }
        out.extend(refused);
        Ok(out)
    }

    /// A container whose process has ended but whose monitor has not recorded the exit yet
    /// (it "stops" for a few milliseconds): wait for the record, as podman's state sync
    /// sees the exit at once. Anything else comes back as it is.
    fn settle_exit(&self, c: Container) -> Container {
        let mut c = c;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
        while State::of(&c) == State::Stopping
            && !c.state.is_alive()
            && !c.state.stopped_by_user
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
            match self.find(&c.id) {
                Ok(n) => c = n,
                Err(_) => break,
            }
        }
        c
    }

    /// `remove`, infra containers included (for `pod rm`).
    pub(super) fn remove_any(
        &self,
        list: Vec<Container>,
        force: bool,
        timeout: Option<u64>,
        volumes: bool,
    ) -> anyhow::Result<Vec<(Container, anyhow::Result<()>)>> {
        let mut out = Vec::new();
        let mut removable = Vec::new();
        let ids: Vec<String> = list.iter().map(|c| c.id.clone()).collect();
        let all = self.list();
        // stop what must be stopped while still outside the user namespace (signals work
        // either way)
        for c in list {
            // containers that share its namespaces and stay (podman's ContainerInUse)
            let deps: Vec<String> = self
                .dependents_of(&c, &all)
                .into_iter()
                .filter(|d| !ids.contains(d))
                .collect();
            if !deps.is_empty() {
                let e = UserError::new(format!(
                    "container {} has dependent containers which must be removed before it: {}: container already exists",
                    c.id,
                    deps.join(", ")
                ))
                .with_hint(format!("berth rm --depend {}", c.name()));
                out.push((c, Err(e.into())));
                continue;
            }
            let c = self.settle_exit(c);
            let state = State::of(&c);
            if let Err(e) = check_in(&c, state, Op::Remove { force }) {
                out.push((c, Err(e.into())));
                continue;
            }
            if state.is_active() {
                if let Err(e) = self.stop_in(&c, state, stop_timeout(&c, timeout)) {
                    out.push((c, Err(e)));
                    continue;
                }
            }
            removable.push(c);
        }
        if !removable.is_empty() {
            namespace::enter(Enter::Store)?;
            let store = Store::open(self.root(), true)?;
            for c in removable {
                // a cgroup its berth or monitor, killed, left behind
                if let Some(cg) = runtime::cgroup_of(&c.config.spec) {
                    cg.remove();
                }
                if volumes {
                    runtime::remove_anonymous_volumes(&store, &c.config);
                }
                let r = container::remove(&c).map_err(|e| {
                    UserError::new(format!("removing container {}: {e}", c.id)).into()
                });
                if r.is_ok() {
                    c.config.emit("remove");
                }
                out.push((c, r));
            }
        }
        Ok(out)
    }

    /// `--replace`: remove (stopping it at once) the container of that name, if any.
    pub fn replace(&self, name: Option<&str>) -> anyhow::Result<()> {
        let Some(name) = name else {
            return Err(
                UserError::new("cannot replace container without --name being set")
                    .with_hint("give the container a name with --name")
                    .into(),
            );
        };
        if let Some(c) = self.find(name).ok().filter(|c| c.name() == name) {
            for (c, r) in self.remove(vec![c], true, Some(0), false)? {
                r.map_err(|e| e.context(format!("replacing container {}", c.name())))?;
            }
        }
        Ok(())
    }

    /// Wait for a container to exit; its exit code (0 when it was removed meanwhile, --rm).
    /// `wait --condition`: until `c` is in one of `states` (podman's names; "stopped" and
    /// "exited" mean its exit, whose code is returned), else -1 as podman prints it.
    pub fn wait_for(
        &self,
        c: &Container,
        states: &[String],
        interval: Duration,
    ) -> Result<i32, UserError> {
        let mut exit = states.is_empty();
        let mut wanted = Vec::new();
        for s in states {
            match s.as_str() {
                "stopped" | "exited" => exit = true,
                "configured" | "created" | "running" | "paused" | "stopping" | "removing"
                | "unknown" => wanted.push(s.as_str()),
                _ => {
                    return Err(UserError::new(format!("unknown container state: {s:?}"))
                        .with_hint(
                            "conditions are created, running, paused, stopping, stopped, exited",
                        ))
                }
            }
        }
        if wanted.is_empty() {
            return Ok(self.wait(c, interval));
        }
        loop {
            let Ok(now) = Container::load(&c.dir) else {
                return Ok(if exit { 0 } else { -1 });
            };
            let state = State::of(&now);
            if wanted.contains(&state.name())
                || (state == State::Created && wanted.contains(&"configured"))
            {
                return Ok(-1);
            }
            if exit && state == State::Exited {
                return Ok(now.state.exit_code.unwrap_or(0));
            }
            std::thread::sleep(interval);
        }
    }

    pub fn wait(&self, c: &Container, interval: Duration) -> i32 {
        loop {
            match Container::load(&c.dir) {
                Ok(now) if now.state.status == Status::Running => std::thread::sleep(interval),
                Ok(now) => return now.state.exit_code.unwrap_or(0),
                Err(_) => return 0,
            }
        }
    }
}

impl Engine {
    /// The IDs of the containers (of `all`) that share `c`'s namespaces through
    /// `--network/--ipc/--uts/--pid container:` (a pod's members count only for their pod).
    pub(super) fn dependents_of(&self, c: &Container, all: &[Container]) -> Vec<String> {
        all.iter()
            .filter(|o| o.id != c.id && o.config.pod.is_none())
            .filter(|o| {
                shared_target(o).is_some_and(|t| {
                    t == c.id || t == c.name() || (t.len() >= 3 && c.id.starts_with(&t))
                })
            })
            .map(|o| o.id.clone())
            .collect()
    }
}

/// The container whose namespaces `c` shares (`--network/--ipc/--uts/--pid container:`, a
/// pod's infra), whose user namespace starting it must join.
fn shared_target(c: &Container) -> Option<String> {
    let spec = &c.config.spec;
    match crate::network::Mode::parse(&spec.network) {
        Ok(crate::network::Mode::Container(t)) => Some(t),
        _ => spec.share.container().map(str::to_string),
    }
}

/// Start one container (the caller is in the user and mount namespaces). With `attach`, wait.
fn start_one(
    store: &Store,
    c: &Container,
    attach: bool,
    interactive: bool,
) -> anyhow::Result<Started> {
    let image = store.find_image(&c.config.image_id)?;
    let mut config = c.config.clone();
    // in the foreground stdin is attached only with -i; a detached container keeps the stdin
    // it was created with, for `berth attach`
    config.spec.process.stdin = interactive || (!attach && c.config.spec.process.stdin);
    let prepared = runtime::prepare(store, &image, &config)?;
    if attach {
        if !interactive {
            let null = std::fs::File::open("/dev/null")?;
            nix::unistd::dup2_stdin(null)?;
        }
        for e in ["init", "start", "attach"] {
            config.emit(e);
        }
        let code = runtime::run_foreground(store, &prepared, &config, runtime::Echo::ALL)?;
        return Ok(Started::Exited(code));
    }
    // the monitor writes init and start
    runtime::run_detached(store, &prepared, &config)?;
    Ok(Started::Running)
}
