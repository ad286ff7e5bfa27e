//! Pods, as podman 4.3 has them: a record in the store (`storage::pods`), an infra container
//! that holds the namespaces the pod shares (by default ipc, net and uts), and member
//! containers that join them exactly as `--network/--ipc/--uts/--pid container:INFRA` would.
//! The pod's published ports, DNS and extra hosts are the infra container's; its host name is
//! the infra's UTS namespace's.
//!
//! The infra container needs no image from a registry: unless `--infra-image` (or
//! containers.conf's `infra_image`) names one, it is made from berth's own pause image (no
//! layers; created in the store on first use as `localhost/podman-pause:VERSION-0`, the name
//! podman gives its locally built one), and its pid 1 is berth's binary exec'ed as the pause
//! (`runtime::init::pause`: it only waits, reaps and ends on SIGTERM).
//!
//! A pod's state is not stored: it follows its containers, as podman's `pod_status.go`
//! computes it (Created, Running, Degraded, Paused, Exited, Stopped, Error).
//!
//! Member containers join the infra's user namespace to share its other namespaces, so the
//! infra must run first: starting or creating a member starts the infra in a child berth
//! (a process can join another's user namespace only from outside any berth namespace).

use super::create::CreateOptions;
use super::state::State;
use super::Engine;
use crate::error::UserError;
use crate::runtime::container::Container;
use crate::storage::pods::{self, InfraSpec, PodRecord};
use crate::storage::{Store, StoreError};
use std::collections::BTreeMap;

/// The name of berth's own pause image, as podman names its local one
/// (`localhost/podman-pause:VERSION-BUILT`).
/// A pod event as podman writes it: the pod's ID and name.
fn pod_event(pod: &PodRecord, status: &str) {
    crate::storage::events::emit(
        crate::storage::events::Event::new("pod", status)
            .id(&pod.id)
            .name(&pod.name),
    );
}

pub fn pause_image_name() -> String {
    format!("localhost/podman-pause:{}-0", env!("CARGO_PKG_VERSION"))
}

/// The namespaces a pod shares by default (podman's `infra_share`... default: ipc, net, uts).
pub const DEFAULT_SHARE: &[&str] = &["ipc", "net", "uts"];

/// What `pod create` (or `--pod new:NAME`) was given, as plain values.
#[derive(Debug, Clone, Default)]
pub struct PodOptions {
    pub name: Option<String>,
    pub labels: Vec<(String, String)>,
    pub hostname: Option<String>,
    /// `--share` as given (None: the default set); `+pid` adds to the default.
    pub share: Option<String>,
    /// `--infra` (true unless `--infra=false`).
    pub infra: bool,
    /// `--infra-image` or containers.conf's `infra_image`; None: berth's own pause.
    pub infra_image: Option<String>,
    /// `--infra-command`: the infra container's entrypoint.
    pub infra_command: Option<String>,
    pub infra_name: Option<String>,
    pub network: String,
    pub publish: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    pub add_host: Vec<String>,
    pub no_hosts: bool,
    pub exit_policy: Option<String>,
    /// `--replace`: a pod of the same name is removed first.
    pub replace: bool,
    pub default_network_cmd: Option<String>,
    pub network_cmd_path: Option<std::path::PathBuf>,
    pub create_command: Vec<String>,
}

/// A pod with its containers (the infra first) and its state, for `pod ps` and `pod inspect`.
pub struct PodView {
    pub record: PodRecord,
    pub containers: Vec<Container>,
    pub state: &'static str,
}

impl PodView {
    pub fn infra(&self) -> Option<&Container> {
        self.containers.iter().find(|c| c.config.infra)
    }
}

/// podman's pod state from its containers' states (libpod/pod_status.go).
pub fn pod_state(states: &[State]) -> &'static str {
    let n = states.len();
    if n == 0 {
        return "Created";
    }
    let count = |f: &dyn Fn(State) -> bool| states.iter().filter(|s| f(**s)).count();
    let running = count(&|s| matches!(s, State::Running | State::Stopping));
    let paused = count(&|s| s == State::Paused);
    let stopped = count(&|s| s == State::Exited);
    let created = count(&|s| s == State::Created);
    let errored = n - running - paused - stopped - created;
    match () {
        _ if running == n => "Running",
        _ if running > 0 => "Degraded",
        _ if paused == n => "Paused",
        _ if stopped == n => "Exited",
        _ if stopped > 0 => "Stopped",
        _ if errored > 0 => "Error",
        _ => "Created",
    }
}

/// `--share`: podman's namespace names, checked, in podman's order; `+ns` adds to the default.
pub fn parse_share(s: Option<&str>) -> Result<Vec<String>, UserError> {
    let Some(s) = s else {
        return Ok(DEFAULT_SHARE.iter().map(|s| s.to_string()).collect());
    };
    let (mut out, list) = match s.strip_prefix('+') {
        Some(rest) => (
            DEFAULT_SHARE
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>(),
            rest,
        ),
        None => (Vec::new(), s),
    };
    for ns in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match ns {
            "none" => out.clear(),
            "ipc" | "net" | "pid" | "uts" | "cgroup" => {
                if !out.iter().any(|o| o == ns) {
                    out.push(ns.to_string());
                }
            }
            other => {
                return Err(UserError::new(format!(
                    "invalid kernel namespace to share: {other}. Options are: cgroup, ipc, net, pid, uts or none"
                ))
                .with_hint("use --share with a comma-separated list of ipc, net, pid, uts, cgroup"))
            }
        }
    }
    Ok(out)
}

/// The host's library directories, bound read-only into berth's pause infra container: its
/// pid 1 execs berth's own (dynamically linked) binary, whose loader and libraries must be
/// found inside the otherwise empty rootfs. Only the pause runs there, and it is not
/// dumpable, so no member container reaches them through /proc/1/root.
fn pause_library_binds() -> Vec<String> {
    ["/lib", "/lib64", "/usr/lib", "/usr/lib64"]
        .iter()
        .filter(|p| std::path::Path::new(p).is_dir())
        .map(|p| format!("{p}:{p}:ro"))
        .collect()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Engine {
    /// Every pod, newest first.
    pub fn pods(&self) -> Vec<PodRecord> {
        pods::list(self.root())
    }

    /// A pod by ID, name or unique ID prefix.
    pub fn find_pod(&self, name: &str) -> Result<PodRecord, StoreError> {
        pods::find(self.root(), name)
    }

    /// The containers of a pod, the infra first, then newest first.
    pub fn pod_containers(&self, pod: &PodRecord) -> Vec<Container> {
        let mut v: Vec<Container> = self
            .list()
            .into_iter()
            .filter(|c| c.config.pod.as_deref() == Some(pod.id.as_str()))
            .collect();
        v.sort_by_key(|c| !c.config.infra);
        v
    }

    /// A pod with its containers and state.
    pub fn pod_view(&self, record: PodRecord) -> PodView {
        let containers = self.pod_containers(&record);
        let states: Vec<State> = containers.iter().map(State::of).collect();
        PodView {
            state: pod_state(&states),
            record,
            containers,
        }
    }

    /// `pod create`: the record, and the infra container (created, not started, as podman).
    /// This process has entered berth's namespaces when it returns (the infra's directory is
    /// prepared there), so a caller that goes on to start containers does it in a child.
    pub fn pod_create(&self, o: &PodOptions) -> anyhow::Result<PodRecord> {
        let shared = parse_share(o.share.as_deref())?;
        let exit_policy = match o.exit_policy.as_deref().unwrap_or("continue") {
            p @ ("continue" | "stop") => p.to_string(),
            other => {
                return Err(UserError::new(format!(
                    "running pod create option: invalid pod exit policy: {other:?}"
                ))
                .with_hint("use --exit-policy continue or stop")
                .into())
            }
        };
        if let Some(n) = &o.name {
            super::create::check_name(n)?;
        }
        if !o.infra {
            let given = !o.publish.is_empty()
                || !o.network.is_empty()
                || !o.dns.is_empty()
                || !o.add_host.is_empty();
            if given {
                return Err(UserError::new(
                    "you must have an infra container to publish ports, set networks, DNS or extra hosts",
                )
                .with_hint("drop --infra=false, or the network flags")
                .into());
            }
        }
        if let Some(n) = &o.name {
            if let Some(old) = self.find_pod(n).ok().filter(|p| &p.name == n) {
                if o.replace {
                    self.pod_remove_in_child(&old.id)?;
                }
            }
        }
        let _lock = pods::lock(self.root())?;
        if let Some(n) = &o.name {
            if self.find_pod(n).is_ok_and(|p| &p.name == n) {
                return Err(UserError::new(format!(
                    "adding pod to state: name \"{n}\" is in use: pod already exists"
                ))
                .with_hint(format!(
                    "remove it with `berth pod rm -f {n}`, or use --replace"
                ))
                .into());
            }
        }
        let id = crate::runtime::new_id();
        let name = o
            .name
            .clone()
            .unwrap_or_else(|| crate::runtime::new_name(&id));
        let hostname = o.hostname.clone().unwrap_or_else(|| name.clone());
        let mut record = PodRecord {
            id: id.clone(),
            name,
            created: now(),
            labels: o.labels.iter().cloned().collect::<BTreeMap<_, _>>(),
            hostname: hostname.clone(),
            shared: if o.infra { shared } else { Vec::new() },
            infra_id: None,
            infra: InfraSpec {
                image: o.infra_image.clone(),
                command: o.infra_command.iter().cloned().collect(),
                name: o.infra_name.clone(),
                network: o.network.clone(),
                publish: o.publish.clone(),
                dns: o.dns.clone(),
                dns_search: o.dns_search.clone(),
                dns_option: o.dns_option.clone(),
                add_host: o.add_host.clone(),
                no_hosts: o.no_hosts,
            },
            exit_policy,
            create_command: o.create_command.clone(),
        };
        if !o.infra {
            pods::save(self.root(), &record)?;
            pod_event(&record, "create");
            return Ok(record);
        }
        let (image, pull, pause) = match &o.infra_image {
            Some(i) => (i.clone(), super::PullPolicy::Missing, false),
            None => (self.ensure_pause_image()?, super::PullPolicy::Never, true),
        };
        let infra = CreateOptions {
            image,
            pull,
            // podman pulls a missing infra image without progress
            quiet: true,
            name: Some(
                o.infra_name
                    .clone()
                    .unwrap_or_else(|| format!("{}-infra", crate::reference::short_id(&id))),
            ),
            entrypoint: o.infra_command.clone(),
            hostname: Some(hostname),
            network: o.network.clone(),
            default_network_cmd: o.default_network_cmd.clone(),
            network_cmd_path: o.network_cmd_path.clone(),
            publish: o.publish.clone(),
            dns: o.dns.clone(),
            dns_search: o.dns_search.clone(),
            dns_option: o.dns_option.clone(),
            add_host: o.add_host.clone(),
            no_hosts: o.no_hosts,
            log_driver: "k8s-file".into(),
            volume: if pause {
                pause_library_binds()
            } else {
                Vec::new()
            },
            pod: Some(id.clone()),
            infra: true,
            pause,
            ..Default::default()
        };
        let created = self.create(&infra)?;
        record.infra_id = Some(created.id().to_string());
        pods::save(self.root(), &record)?;
        pod_event(&record, "create");
        Ok(record)
    }

    /// berth's pause image, made in the store if it is not there: no layers, and an
    /// entrypoint that `runtime` recognises as the pause (`ContainerSpec::pause`).
    fn ensure_pause_image(&self) -> anyhow::Result<String> {
        let name = pause_image_name();
        let store = Store::open(self.root(), false)?;
        if store.find_image(&name).is_ok() {
            return Ok(name);
        }
        let pins = store.begin_pull()?;
        crate::image::write::write_image(
            &store,
            crate::image::write::NewImage {
                config: serde_json::json!({
                    "created": "1970-01-01T00:00:00Z",
                    "architecture": crate::image::manifest::host_arch(),
                    "os": "linux",
                    "config": {
                        "Entrypoint": ["/catatonit", "-P"],
                        "WorkingDir": "/",
                        "Labels": {"io.buildah.version": "berth"},
                    },
                    "history": [{
                        "created": "1970-01-01T00:00:00Z",
                        "created_by": "berth: the pause of pods' infra containers (berth's own binary as pid 1)",
                        "empty_layer": true,
                    }],
                }),
                layers: &[],
                names: vec![name.clone()],
                format: crate::image::write::Format::Oci,
                annotations: Vec::new(),
                parent: None,
                build_key: None,
            },
            &pins,
        )?;
        Ok(name)
    }

    /// The options of a container that joins `o.pod` (a name, an ID, or `new:NAME`): the
    /// infra's namespaces as the pod shares them, the pod's host name, and the infra running.
    pub(super) fn join_pod(&self, o: &CreateOptions) -> anyhow::Result<CreateOptions> {
        let given = o.pod.as_deref().unwrap_or_default();
        let mut out = o.clone();
        let pod = if let Some(name) = given.strip_prefix("new:") {
            // the container's network flags go to the new pod, as podman does
            let p = self.pod_create(&PodOptions {
                name: Some(name.to_string()),
                hostname: o.hostname.clone(),
                infra: true,
                infra_image: o.pod_infra_image.clone(),
                network: o.network.clone(),
                publish: o.publish.clone(),
                dns: o.dns.clone(),
                dns_search: o.dns_search.clone(),
                dns_option: o.dns_option.clone(),
                add_host: o.add_host.clone(),
                no_hosts: o.no_hosts,
                default_network_cmd: o.default_network_cmd.clone(),
                network_cmd_path: o.network_cmd_path.clone(),
                ..Default::default()
            })?;
            out.hostname = None;
            out.network = String::new();
            out.publish.clear();
            out.publish_all = false;
            out.dns.clear();
            out.dns_search.clear();
            out.dns_option.clear();
            out.add_host.clear();
            p
        } else {
            self.find_pod(given)?
        };
        let invalid = |what: &str| {
            Err::<(), anyhow::Error>(
                UserError::new(format!("invalid config provided: {what}"))
                    .with_hint(format!(
                        "give it to `berth pod create` instead, or leave pod {} out",
                        pod.name
                    ))
                    .into(),
            )
        };
        if pod.shares("uts") && out.hostname.is_some() {
            invalid(
                "cannot set hostname when joining the pod UTS namespace: invalid configuration",
            )?;
        }
        if pod.shares("net") {
            if !out.publish.is_empty() || out.publish_all {
                invalid("published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod")?;
            }
            if !out.network.is_empty() {
                invalid("networks must be defined when the pod is created: network cannot be configured when it is shared with a pod")?;
            }
        }
        out.pod = Some(pod.id.clone());
        let Some(infra_id) = pod.infra_id.clone() else {
            return Ok(out);
        };
        let infra = format!("container:{infra_id}");
        if pod.shares("net") {
            out.network = infra.clone();
        }
        if pod.shares("ipc") {
            out.ipc = infra.clone();
        }
        if pod.shares("uts") {
            out.uts = infra.clone();
            out.hostname = Some(pod.hostname.clone());
        }
        if pod.shares("pid") {
            out.pid = infra.clone();
        }
        if ["net", "ipc", "uts", "pid"].iter().any(|k| pod.shares(k)) {
            self.start_infra(&infra_id)?;
        }
        Ok(out)
    }

    /// Start a pod's infra container unless it runs, in a child berth (this process must stay
    /// outside berth's namespaces to join the infra's user namespace afterwards).
    pub(super) fn start_infra(&self, infra_id: &str) -> anyhow::Result<()> {
        let c = self.find(infra_id)?;
        if State::of(&c).is_active() {
            return Ok(());
        }
        self.in_child(&["start", infra_id])
    }

    /// Run berth again with `args` (its output discarded; its errors are its own to say).
    pub(super) fn in_child(&self, args: &[&str]) -> anyhow::Result<()> {
        let exe = std::env::current_exe()?;
        let status = std::process::Command::new(exe)
            .args(&self.child_args)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(crate::error::Reported(crate::error::ExitStatus::Error).into())
        }
    }

    fn pod_remove_in_child(&self, id: &str) -> anyhow::Result<()> {
        self.in_child(&["pod", "rm", "-f", "-t", "0", id])
    }

    /// `pod start`: the infra first (in a child berth), then every member that does not run.
    pub fn pod_start(&self, pod: &PodRecord) -> anyhow::Result<()> {
        let view = self.pod_view(pod.clone());
        if view.containers.is_empty() {
            return Err(UserError::new(format!(
                "no containers in pod {} have no dependencies, cannot start pod: no such container",
                pod.id
            ))
            .with_hint(format!("add one with `berth run --pod {} IMAGE`", pod.name))
            .into());
        }
        if let Some(infra) = view.infra() {
            self.start_infra(&infra.id)?;
        }
        let members: Vec<Container> = view
            .containers
            .into_iter()
            .filter(|c| !c.config.infra && !State::of(c).is_active())
            .collect();
        if !members.is_empty() {
            self.start(members, false, false)?;
        }
        pod_event(pod, "start");
        Ok(())
    }

    /// `pod stop`: the members, then the infra, each with `timeout` or its own.
    pub fn pod_stop(&self, pod: &PodRecord, timeout: Option<u64>) -> anyhow::Result<()> {
        let mut list = self.pod_containers(pod);
        list.sort_by_key(|c| c.config.infra);
        for c in &list {
            self.stop(c, super::lifecycle::stop_timeout(c, timeout))?;
        }
        pod_event(pod, "stop");
        Ok(())
    }

    /// `pod kill`: `sig` to every running container of the pod.
    pub fn pod_kill(&self, pod: &PodRecord, sig: nix::sys::signal::Signal) -> anyhow::Result<()> {
        let running: Vec<Container> = self
            .pod_containers(pod)
            .into_iter()
            .filter(|c| State::of(c).is_active())
            .collect();
        if running.is_empty() {
            return Err(UserError::new(format!(
                "no containers in pod {} are running, cannot kill: pod is not running",
                pod.id
            ))
            .with_hint(format!("berth pod start {}", pod.name))
            .into());
        }
        for c in &running {
            self.kill(c, sig)?;
        }
        pod_event(pod, "kill");
        Ok(())
    }

    /// `pod pause` (`pause`) or `pod unpause`: every container of the pod that runs (or is
    /// paused), its infra too, as podman's `Pod.Pause`. Rootless without cgroup v2 (where a
    /// container has no cgroup to freeze) the pause is refused with podman's words before
    /// anything is touched.
    pub fn pod_pause(&self, pod: &PodRecord, pause: bool) -> anyhow::Result<()> {
        if pause && !nix::unistd::geteuid().is_root() {
            if let Err(u @ crate::cgroups::Unavailable::NotV2) = crate::cgroups::detect() {
                return Err(UserError::new(
                    "can not pause pods containing rootless containers with cgroup V1: this container does not have a cgroup",
                )
                .with_hint(u.fix())
                .into());
            }
        }
        let from = if pause { State::Running } else { State::Paused };
        for c in self.pod_containers(pod) {
            if State::of(&c) != from {
                continue;
            }
            if pause {
                self.pause(&c)?;
            } else {
                self.unpause(&c)?;
            }
        }
        pod_event(pod, if pause { "pause" } else { "unpause" });
        Ok(())
    }

    /// `pod stats`: the running containers of the pods. Rootless without
    /// cgroup v2 podman's refusal.
    pub fn pod_stats_members(&self, pods: &[PodRecord]) -> anyhow::Result<Vec<Container>> {
        if !nix::unistd::geteuid().is_root() {
            if let Err(u @ crate::cgroups::Unavailable::NotV2) = crate::cgroups::detect() {
                return Err(UserError::new(
                    "pod stats is not supported in rootless mode without cgroups v2",
                )
                .with_hint(u.fix())
                .into());
            }
        }
        Ok(pods
            .iter()
            .flat_map(|p| self.pod_containers(p))
            .filter(|c| State::of(c) == State::Running)
            .collect())
    }

    /// `pod restart`: stop all, then start all.
    pub fn pod_restart(&self, pod: &PodRecord, timeout: Option<u64>) -> anyhow::Result<()> {
        self.pod_stop(pod, timeout)?;
        self.pod_start(pod)
    }

    /// `pod rm`: its containers (stopped first with `force`; a running one refuses the removal
    /// without it), then the record. Enters berth's user namespace to remove the containers.
    pub fn pod_remove(
        &self,
        pod: &PodRecord,
        force: bool,
        timeout: Option<u64>,
    ) -> anyhow::Result<()> {
        let list = self.pod_containers(pod);
        // as podman: a pod whose only container is its infra goes unconditionally
        let force = force || list.iter().all(|c| c.config.infra);
        if !force {
            // the infra is berth's to stop (it started it for the members), as podman's
            if let Some(c) = list
                .iter()
                .find(|c| !c.config.infra && State::of(c).is_active())
            {
                return Err(UserError::new(format!(
                    "{} has containers that are not ready to be removed: cannot remove container {} as it is running - running or paused containers cannot be removed without force: container state improper",
                    pod.id, c.id
                ))
                .with_hint(format!(
                    "stop it first (berth pod stop {}), or use berth pod rm -f {}",
                    pod.name, pod.name
                ))
                .into());
            }
        }
        // members before the infra, whose namespaces they hold
        let mut list = list;
        list.sort_by_key(|c| c.config.infra);
        for (c, r) in self.remove_any(list, true, timeout, false)? {
            r.map_err(|e| e.context(format!("removing container {} of pod {}", c.id, pod.name)))?;
        }
        let _lock = pods::lock(self.root())?;
        pods::remove(self.root(), &pod.id)?;
        pod_event(pod, "remove");
        Ok(())
    }

    /// Pods with no container running (`pod prune`).
    pub fn prunable_pods(&self) -> Vec<PodRecord> {
        self.pods()
            .into_iter()
            .filter(|p| {
                let v = self.pod_view(p.clone());
                v.state == "Exited" || v.state == "Created"
            })
            .collect()
    }

    /// The pod of an infra container, when `c` is one: it may be removed only with its pod.
    pub fn infra_of(&self, c: &Container) -> Option<PodRecord> {
        if !c.config.infra {
            return None;
        }
        let id = c.config.pod.as_deref()?;
        self.find_pod(id).ok()
    }

    /// `rm --depend`: the containers named, for the infra container of a pod every other
    /// container of that pod, and the containers sharing a named one's namespaces (each
    /// once, in order).
    pub fn with_dependents(&self, list: Vec<Container>) -> Vec<Container> {
        let mut out: Vec<Container> = Vec::new();
        let all = self.list();
        for c in list {
            let mut extra = self
                .infra_of(&c)
                .map(|p| self.pod_containers(&p))
                .unwrap_or_default();
            extra.extend(
                self.dependents_of(&c, &all)
                    .iter()
                    .filter_map(|id| self.find(id).ok()),
            );
            for x in std::iter::once(c).chain(extra) {
                if !out.iter().any(|o| o.id == x.id) {
                    out.push(x);
                }
            }
        }
        out
    }

    /// Apply a pod's exit policy after one of its containers ended: with `stop`, the infra
    /// stops once no other container of the pod runs.
    pub fn pod_exit_policy(&self, pod_id: &str) {
        for infra in crate::runtime::stop::pod_exit_policy(self.root(), pod_id, None) {
            infra.config.emit("stop");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pod_state_follows_its_containers_as_podman_computes_it() {
        use State::*;
        assert_eq!(pod_state(&[]), "Created");
        assert_eq!(pod_state(&[Created, Created]), "Created");
        assert_eq!(pod_state(&[Running, Running]), "Running");
        assert_eq!(pod_state(&[Running, Exited]), "Degraded");
        assert_eq!(pod_state(&[Running, Created]), "Degraded");
        assert_eq!(pod_state(&[Exited, Exited]), "Exited");
        assert_eq!(pod_state(&[Exited, Created]), "Stopped");
        assert_eq!(pod_state(&[Paused]), "Paused");
    }

    #[test]
    fn share_is_checked_and_plus_adds_to_the_default() {
        assert_eq!(parse_share(None).unwrap(), ["ipc", "net", "uts"]);
        assert_eq!(parse_share(Some("ipc")).unwrap(), ["ipc"]);
        assert_eq!(
            parse_share(Some("+pid")).unwrap(),
            ["ipc", "net", "uts", "pid"]
        );
        assert!(parse_share(Some("none")).unwrap().is_empty());
        let e = parse_share(Some("bogus")).unwrap_err();
        assert!(e
            .message
            .contains("invalid kernel namespace to share: bogus. Options are: cgroup, ipc, net, pid, uts or none"));
    }
}
