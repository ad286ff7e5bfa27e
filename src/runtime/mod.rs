//! The runtime, inside berth: namespaces, the rootfs, pivot_root and exec, without conmon,
//! runc or crun processes. `spec` builds the plan as data; `rootfs` and `process` apply it.

pub mod access;
pub mod attach;
pub mod container;
pub mod copy;
pub mod diff;
pub mod exec;
pub mod health;
pub mod init;
pub mod monitor;
pub mod process;
pub mod rootfs;
pub mod security;
pub mod spec;
pub mod stop;
pub mod tty;

use crate::runtime::container::{self as containers, ContainerConfig, ContainerState, Status};
use crate::storage::store::remove_tree;
use crate::storage::{ImageRecord, Store};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("cannot {op} {path}")]
    Io {
        op: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Rootfs(#[from] rootfs::RootfsError),
    #[error("image {0} has a layer missing from the store; pull it again")]
    MissingLayer(String),
    #[error("the {0} storage driver cannot run containers yet; use --storage-driver overlay")]
    Driver(String),
    #[error("{0}")]
    Store(String),
    #[error("cannot start the container: {0}")]
    Start(String),
    #[error("setting up the network")]
    Network(#[source] crate::network::NetError),
    #[error("{0}")]
    Cgroup(#[source] crate::error::UserError),
}

fn io_err<'a>(
    op: &'static str,
    path: &'a Path,
) -> impl FnOnce(std::io::Error) -> RuntimeError + 'a {
    move |source| RuntimeError::Io {
        op,
        path: path.display().to_string(),
        source,
    }
}

/// A container's directory in the store.
pub fn container_dir(store: &Store, id: &str) -> PathBuf {
    store.root().join("containers").join(id)
}

/// A random 64-hex container ID.
pub fn new_id() -> String {
    let mut buf = [0u8; 32];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_err()
    {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        buf[..16].copy_from_slice(&t.to_le_bytes());
        buf[16..20].copy_from_slice(&std::process::id().to_le_bytes());
    }
    hex::encode(buf)
}

/// A name in podman's style, adjective_noun.
pub fn new_name(id: &str) -> String {
    const ADJ: &[&str] = &[
        "brave", "calm", "eager", "fancy", "gentle", "happy", "jolly", "keen", "lucid", "merry",
        "nifty", "proud", "quirky", "serene", "tender", "vivid", "witty", "zen",
    ];
    const NOUN: &[&str] = &[
        "albattani",
        "babbage",
        "curie",
        "darwin",
        "euclid",
        "fermi",
        "galileo",
        "hopper",
        "johnson",
        "kepler",
        "lovelace",
        "mccarthy",
        "noether",
        "pascal",
        "ritchie",
        "shannon",
        "turing",
        "wozniak",
    ];
    let b = hex::decode(&id[..8]).unwrap_or_else(|_| vec![0; 4]);
    format!(
        "{}_{}",
        ADJ[b[0] as usize % ADJ.len()],
        NOUN[b[1] as usize % NOUN.len()]
    )
}

/// The image's own /etc/hosts (for --no-hosts), from the topmost layer that has one.
fn p_root_hosts(layers: &Path, image: &ImageRecord) -> PathBuf {
    for d in image.layers.iter().rev() {
        let hex = crate::storage::store::digest_hex(d).unwrap_or_default();
        let p = layers.join(hex).join("diff/etc/hosts");
        if p.is_file() {
            return p;
        }
    }
    PathBuf::from("/nonexistent")
}

/// The network namespace file a `container:` or `ns:` mode joins.
fn joined_netns(mode: &crate::network::Mode, dir: &Path) -> Result<Option<String>, RuntimeError> {
    use crate::network::Mode;
    match mode {
        Mode::Ns(p) => Ok(Some(p.clone())),
        Mode::Container(name) => container_ns_path(dir, name, "net").map(Some),
        _ => Ok(None),
    }
}

/// `/proc/PID/ns/KIND` of a running container (by name), for sharing that namespace.
fn container_ns_path(dir: &Path, name: &str, kind: &str) -> Result<String, RuntimeError> {
    // dir is <root>/containers/<id>
    let root = dir
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("/"));
    let c = containers::find(root, name).map_err(|e| RuntimeError::Store(e.to_string()))?;
    if !c.state.is_alive() {
        return Err(RuntimeError::Start(format!(
            "container {name} is not running: its {kind} namespace is gone; start it first"
        )));
    }
    let pid = exec::namespace_holder(c.state.pid, c.config.spec.init).unwrap_or(c.state.pid);
    Ok(format!("/proc/{pid}/ns/{kind}"))
}

/// The shm directory of container `name` (`userdata/shm`, made on first use), which the
/// containers joining its IPC namespace bind on /dev/shm.
fn shared_shm_dir(dir: &Path, name: &str) -> Option<PathBuf> {
    let root = dir.parent().and_then(Path::parent)?;
    let c = containers::find(root, name).ok()?;
    let shm = c.dir.join("userdata").join("shm");
    std::fs::create_dir_all(&shm).ok()?;
    let _ = std::fs::set_permissions(&shm, std::os::unix::fs::PermissionsExt::from_mode(0o1777));
    Some(shm)
}

/// Start pid 1 and attach its network (slirp4netns or pasta) before it runs the command:
/// pid 1 waits on a pipe until the helper is ready and the ports are published.
pub fn spawn_networked(
    mut launch: process::Launch<'_>,
    dir: &Path,
) -> Result<
    (
        nix::unistd::Pid,
        nix::sys::signal::SigSet,
        crate::network::Attached,
    ),
    RuntimeError,
> {
    use crate::network::Mode;
    let spec = launch.spec;
    let mode = Mode::parse(&spec.network).map_err(RuntimeError::Network)?;
    let gate = match mode {
        Mode::Slirp4netns(_) | Mode::Pasta(_) | Mode::Networks => {
            Some(std::io::pipe().map_err(io_err("create a pipe for", dir))?)
        }
        _ => None,
    };
    if !mode.own_namespace() {
        launch.shared |= nix::sched::CloneFlags::CLONE_NEWNET;
    }
    // IPC, UTS, PID: berth's own ("host"), or another container's, joined here so that the
    // child is born in them; the PID one only for children, reset to ours after the fork
    let mut own_pid_ns = None;
    for (flag, kind, how) in spec.share.each() {
        launch.shared |= flag;
        let Some(name) = how.strip_prefix("container:") else {
            continue;
        };
        let path = container_ns_path(dir, name, kind)?;
        if flag == nix::sched::CloneFlags::CLONE_NEWIPC {
            launch.shm_from = shared_shm_dir(dir, name);
        }
        if std::fs::read_link(&path).ok()
            == std::fs::read_link(format!("/proc/self/ns/{kind}")).ok()
        {
            continue; // in it already (a monitor starting the container again)
        }
        if flag == nix::sched::CloneFlags::CLONE_NEWPID {
            own_pid_ns = Some(
                std::fs::File::open("/proc/self/ns/pid")
                    .map_err(io_err("open", Path::new("/proc/self/ns/pid")))?,
            );
        }
        let f =
            std::fs::File::open(&path).map_err(io_err("open the namespace", Path::new(&path)))?;
        nix::sched::setns(&f, flag).map_err(|e| {
            RuntimeError::Start(format!(
                "join the {kind} namespace of container {name}: {e}"
            ))
        })?;
    }
    let joined = joined_netns(&mode, dir)?.filter(|p| {
        // in it already: a pod whose infra has the host's network (setns would be EPERM)
        std::fs::read_link(p).ok() != std::fs::read_link("/proc/self/ns/net").ok()
    });
    if let Some(path) = joined {
        // the child inherits the network namespace berth is in when it forks
        let f = std::fs::File::open(&path)
            .map_err(io_err("open the network namespace", Path::new(&path)))?;
        nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWNET)
            .map_err(|e| RuntimeError::Start(format!("join the network namespace {path}: {e}")))?;
    }
    launch.net_wait = gate;
    // pid 1 is born in its cgroup, inside its limits
    let cgroup = match &spec.cgroup {
        Some(c) => Some(c.create(&spec.id).map_err(RuntimeError::Cgroup)?),
        None => None,
    };
    launch.cgroup = cgroup
        .as_ref()
        .map(|c| std::os::fd::AsRawFd::as_raw_fd(&c.dir));
    let spawned = process::spawn(launch);
    drop(cgroup);
    if let Some(own) = own_pid_ns {
        // later children (the network helper) are ours, not the other container's
        let _ = nix::sched::setns(&own, nix::sched::CloneFlags::CLONE_NEWPID);
    }
    let (pid, set, gate) = spawned.map_err(io_err("start the container process in", dir))?;
    let Some(mut w) = gate else {
        return Ok((pid, set, crate::network::Attached::nothing()));
    };
    let attached = if mode == Mode::Networks {
        attach_networks(spec, pid.as_raw(), dir)
    } else {
        crate::network::attach(
            &mode,
            pid.as_raw(),
            &spec.ports,
            dir,
            spec.userns.is_some(),
            spec.network_cmd_path.as_deref(),
        )
    };
    match attached {
        Ok(attached) => {
            let _ = std::io::Write::write_all(&mut w, b"1");
            Ok((pid, set, attached))
        }
        Err(_) if child_has_exited(pid) => {
            // it died in its own setup (a missing --workdir, ...): that failure, with its
            // message and exit code, is the one to report, not the network's that followed it
            drop(w);
            Ok((pid, set, crate::network::Attached::nothing()))
        }
        Err(e) => {
            drop(w);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
            let _ = nix::sys::wait::waitpid(pid, None);
            Err(RuntimeError::Network(e))
        }
    }
}

/// Whether the (unreaped) child has exited; it stays a zombie for the usual wait.
fn child_has_exited(pid: nix::unistd::Pid) -> bool {
    use nix::sys::wait::{waitid, Id, WaitPidFlag, WaitStatus};
    let flags = WaitPidFlag::WEXITED | WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT;
    // a moment for a child that is dying as the helper gives up
    for _ in 0..20 {
        match waitid(Id::Pid(pid), flags) {
            Ok(WaitStatus::StillAlive) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Ok(_) => return true,
            Err(_) => return false,
        }
    }
    false
}

/// The container's cgroup (a leaf), when it has one.
pub fn cgroup_of(spec: &spec::ContainerSpec) -> Option<crate::cgroups::Cgroup> {
    spec.cgroup
        .as_ref()
        .map(|c| crate::cgroups::Cgroup::at(c.path(&spec.id)))
}

/// After pid 1 exited: record whether the OOM killer struck in its cgroup, then remove the
/// cgroup (whatever is left in it is killed).
/// An OOM kill is also an `oom` event (the name later podmans give it).
pub(crate) fn cgroup_exited(dir: &Path, config: &ContainerConfig) {
    let Some(cg) = cgroup_of(&config.spec) else {
        return;
    };
    if cg.oom_kills() > 0 && dir.join("state.json").exists() {
        let _ = containers::update_state(dir, |s| s.oom_killed = true);
        config.emit("oom");
    }
    cg.remove();
}

/// The store root of a container directory (<root>/containers/<id>).
fn store_root_of(dir: &Path) -> &Path {
    dir.parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("/"))
}

/// Connect a container on user-defined networks (their records are read from the store).
fn attach_networks(
    spec: &spec::ContainerSpec,
    pid: i32,
    dir: &Path,
) -> Result<crate::network::Attached, crate::network::NetError> {
    use crate::network::records;
    let root = store_root_of(dir);
    let nets = spec
        .networks
        .iter()
        .map(|a| records::get(root, &a.network))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| crate::network::NetError::Invalid(e.to_string()))?;
    let mut names = vec![
        spec.name.clone(),
        crate::reference::short_id(&spec.id).to_string(),
    ];
    if spec.hostname != spec.name && !names.contains(&spec.hostname) {
        names.push(spec.hostname.clone());
    }
    crate::network::attach_networks(pid, &spec.id, &names, &spec.networks, &nets, &spec.ports)
}

/// /etc/hosts and resolv.conf of a container on user-defined networks: its own addresses,
/// and the gateways (berth's DNS responder) of the networks that resolve names.
fn networks_etc(
    root: &Path,
    spec: &spec::ContainerSpec,
    hosts: &mut String,
    resolv: &mut String,
    host_resolv: &str,
) {
    use crate::network::records;
    let nets: Vec<records::Network> = spec
        .networks
        .iter()
        .filter_map(|a| records::get(root, &a.network).ok())
        .collect();
    let own: Vec<String> = spec
        .networks
        .iter()
        .map(|a| format!("{}\t{} {}\n", a.ip, spec.hostname, spec.name))
        .collect();
    *hosts = hosts.replace(
        &format!("127.0.1.1\t{} {}\n", spec.hostname, spec.name),
        &own.concat(),
    );
    if !spec.dns.is_empty() {
        return;
    }
    let servers: Vec<String> = nets
        .iter()
        .filter(|n| n.dns_enabled)
        .filter_map(|n| n.v4().map(|v| v.1.to_string()))
        .collect();
    if servers.is_empty() {
        return;
    }
    let mut lines = Vec::new();
    let host_search = host_resolv
        .lines()
        .find_map(|l| l.strip_prefix("search "))
        .unwrap_or("");
    let search = if spec.dns_search.is_empty() {
        host_search.to_string()
    } else {
        spec.dns_search.join(" ")
    };
    lines.push(format!("search dns.podman {search}").trim_end().to_string());
    lines.extend(servers.iter().map(|s| format!("nameserver {s}")));
    lines.extend(
        resolv
            .lines()
            .filter(|l| l.starts_with("options"))
            .map(str::to_string),
    );
    *resolv = lines.join("\n") + "\n";
}

/// Remove the anonymous volumes a container made (`--rm`, `rm -v`).
pub fn remove_anonymous_volumes(store: &Store, config: &ContainerConfig) {
    for m in &config.spec.mounts {
        if let Some(name) = &m.name {
            if crate::storage::volumes::get(store.root(), name).is_ok_and(|v| v.anonymous) {
                let _ = crate::storage::volumes::remove(store.root(), name);
            }
        }
    }
}

/// A container whose directories and files exist, ready to start.
pub struct Prepared {
    pub dir: PathBuf,
    pub merged: PathBuf,
    pub etc: rootfs::EtcFiles,
    lowers: Vec<String>,
    upper: PathBuf,
    work: PathBuf,
    driver: String,
}

/// Create the container's directories, its config and its etc files (in the user namespace).
pub fn prepare(
    store: &Store,
    image: &ImageRecord,
    config: &ContainerConfig,
) -> Result<Prepared, RuntimeError> {
    let spec = &config.spec;
    let dir = container_dir(store, &spec.id);
    let (upper, work, merged, userdata) = (
        dir.join("upper"),
        dir.join("work"),
        dir.join("merged"),
        dir.join("userdata"),
    );
    for d in [&upper, &work, &merged, &userdata] {
        std::fs::create_dir_all(d).map_err(io_err("create", d))?;
    }
    root_mode_of_image(store, image, &upper);
    containers::save_config(&dir, config).map_err(|e| RuntimeError::Store(e.to_string()))?;
    let etc = rootfs::EtcFiles {
        hostname: userdata.join("hostname"),
        hosts: userdata.join("hosts"),
        resolv_conf: userdata.join("resolv.conf"),
        containerenv: userdata.join(".containerenv"),
    };
    let write = |p: &Path, s: String| std::fs::write(p, s).map_err(io_err("write", p));
    write(&etc.hostname, format!("{}\n", spec.hostname))?;
    let mode = crate::network::Mode::parse(&spec.network).unwrap_or(crate::network::Mode::None);
    let hosts = if spec.no_hosts {
        std::fs::read_to_string(p_root_hosts(&store.root().join("layers"), image))
            .unwrap_or_default()
    } else {
        crate::network::hosts_file(
            &mode,
            &crate::network::HostsInput {
                hostname: &spec.hostname,
                name: &spec.name,
                add_hosts: &spec.add_hosts,
                base: &spec.base_hosts,
                internal_ip: spec.host_containers_internal_ip.as_deref(),
            },
        )
    };
    let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let mut resolv = mode.resolv_conf(&host_resolv, &spec.dns, &spec.dns_search, &spec.dns_options);
    let mut hosts = hosts;
    if let crate::network::Mode::Container(name) = &mode {
        // the same network: the same name servers and hosts as that container
        if let Ok(c) = containers::find(store.root(), name) {
            let ud = c.dir.join("userdata");
            if let Ok(r) = std::fs::read_to_string(ud.join("resolv.conf")) {
                resolv = r;
            }
            if let Ok(h) = std::fs::read_to_string(ud.join("hosts")) {
                hosts = h;
                if config.pod.is_some() && !spec.name.is_empty() {
                    // a pod's member: its own name on the pod's loopback, as podman adds it
                    hosts.push_str(&format!("127.0.0.1\t{}\n", spec.name));
                }
            }
        }
    }
    if !spec.networks.is_empty() {
        networks_etc(store.root(), spec, &mut hosts, &mut resolv, &host_resolv);
    }
    write(&etc.hosts, hosts)?;
    write(&etc.resolv_conf, resolv)?;
    // /run/.containerenv: empty, but with --privileged (as podman writes it)
    let containerenv = if spec.security.privileged {
        format!(
            "engine=\"berth-{}\"\nname=\"{}\"\nid=\"{}\"\nimage=\"{}\"\nimageid=\"{}\"\nrootless=1\n",
            env!("CARGO_PKG_VERSION"),
            spec.name,
            spec.id,
            config.image_name,
            image.id
        )
    } else {
        String::new()
    };
    write(&etc.containerenv, containerenv)?;
    let lowers = lowers_of(store, image)?;
    Ok(Prepared {
        driver: config.driver.clone(),
        dir,
        merged,
        etc,
        lowers,
        upper,
        work,
    })
}

/// The overlay lower dirs of an image, top first, relative to the store's `layers/`, each
/// once. An image
/// without layers (`FROM scratch`) gets one empty directory, as overlay needs a lower dir.
/// The container's `/` (overlay takes it from the upper directory) gets the mode of the image's
/// `/`, as containers/storage makes it: each layer's directory starts with its parent's mode
/// (0555 for the first) and the layer's `./` entry may change it. A layer here is 0555 unless
/// its `./` said otherwise, so the topmost layer with another mode gives it, else 0555.
fn root_mode_of_image(store: &Store, image: &ImageRecord, upper: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = image
        .layers
        .iter()
        .rev()
        .filter_map(|d| store.layer_diff(d))
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.permissions().mode() & 0o7777)
        .find(|&m| m != 0o555)
        .unwrap_or(0o555);
    let _ = std::fs::set_permissions(upper, std::fs::Permissions::from_mode(mode));
}

fn lowers_of(store: &Store, image: &ImageRecord) -> Result<Vec<String>, RuntimeError> {
    let mut lowers = Vec::new();
    for d in image.layers.iter().rev() {
        if !store.layer_exists(d) {
            return Err(RuntimeError::MissingLayer(image.id.clone()));
        }
        let hex = crate::storage::store::digest_hex(d).unwrap_or_default();
        let dir = format!("{hex}/diff");
        // a layer that comes again lower down (two RUN steps that changed nothing have the
        // same empty diff) is wholly covered by its upper copy; overlay refuses a directory
        // twice (ELOOP), so only the topmost stays
        if !lowers.contains(&dir) {
            lowers.push(dir);
        }
    }
    if lowers.is_empty() {
        let empty = store.root().join("empty");
        std::fs::create_dir_all(&empty).map_err(io_err("create", &empty))?;
        lowers.push(empty.display().to_string());
    }
    Ok(lowers)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn running_state(pid: nix::unistd::Pid, monitor: i32) -> ContainerState {
    ContainerState {
        status: Status::Running,
        pid: pid.as_raw(),
        pid_start: containers::process_start_time(pid.as_raw()).unwrap_or(0),
        monitor_pid: monitor,
        monitor_start: containers::process_start_time(monitor).unwrap_or(0),
        exit_code: None,
        started_at: now(),
        finished_at: 0,
        ..Default::default()
    }
}

/// Record that the container runs as `pid`. A first start clears an earlier stop request; a
/// restart by the monitor keeps one that came in meanwhile (the stopper then signals the new
/// pid).
fn record_running(dir: &Path, pid: nix::unistd::Pid, restarts: u32, first: bool) {
    let fresh = running_state(pid, nix::unistd::getpid().as_raw());
    let _ = containers::update_state(dir, |s| {
        let stopped = s.stopped_by_user && !first;
        let stopping = s.stopping && !first;
        *s = ContainerState {
            restart_count: restarts,
            stopped_by_user: stopped,
            stopping,
            ..fresh
        };
    });
}

/// Record in state.json that pid 1 exited with `code`.
fn record_exited(dir: &Path, code: i32) {
    let _ = containers::update_state(dir, |state| {
        state.status = Status::Exited;
        state.exit_code = Some(code);
        state.finished_at = now();
    });
}

/// The end of a container's run (its `died` event is written where the exit is reaped):
/// rootfs unmounted (`cleanup`), and with `--rm` removed (`remove`), else its exit recorded.
fn finish(store: &Store, p: &Prepared, code: i32, config: &ContainerConfig) {
    let _ = nix::mount::umount2(&p.merged, nix::mount::MntFlags::MNT_DETACH);
    config.emit("cleanup");
    if config.auto_remove {
        if let Err(e) = remove_tree(&p.dir) {
            log::warn!("cannot remove {}: {e}", p.dir.display());
        }
        remove_anonymous_volumes(store, config);
        config.emit("remove");
    } else if p.dir.join("state.json").exists() {
        record_exited(&p.dir, code);
    }
    if let (Some(pod), false) = (&config.pod, config.infra) {
        // --exit-policy stop: the last member to end stops the infra, however it ended
        let id = p.dir.file_name().map(|n| n.to_string_lossy().into_owned());
        for infra in stop::pod_exit_policy(store.root(), pod, id.as_deref()) {
            infra.config.emit("stop");
        }
    }
}

/// `--uidmapping`/`--gidmapping` options of fuse-overlayfs for a container's own user
/// namespace: the layers hold the ids of berth's namespace as the image has them (image id
/// N is berth's N), and the container's id N is berth's `map(N)`, so fuse-overlayfs shows a
/// file of id N as `map(N)` and stores `map(N)` back as N.
fn fuse_idmapping(u: &spec::UsernsSpec) -> String {
    let join = |m: &[crate::userns::MapEntry]| {
        m.iter()
            .map(|e| format!("{}:{}:{}", e.container, e.host, e.count))
            .collect::<Vec<_>>()
            .join(":")
    };
    format!(
        ",uidmapping={},gidmapping={}",
        join(&u.uid_map),
        join(&u.gid_map)
    )
}

fn mount_rootfs(store: &Store, p: &Prepared) -> Result<(), RuntimeError> {
    mount_rootfs_with(store, p, None)
}

/// Mount the rootfs; with `userns` (a container with its own user namespace), through
/// fuse-overlayfs with the id mapping that shows the image's owners inside it.
fn mount_rootfs_with(
    store: &Store,
    p: &Prepared,
    userns: Option<&spec::UsernsSpec>,
) -> Result<(), RuntimeError> {
    rootfs::make_private()?;
    let layers = store.root().join("layers");
    let driver = if userns.is_some() {
        "fuse-overlayfs"
    } else {
        p.driver.as_str()
    };
    match driver {
        "overlay" => rootfs::mount_overlay(&layers, &p.lowers, &p.upper, &p.work, &p.merged)?,
        "fuse-overlayfs" => {
            let lowers: Vec<String> = p
                .lowers
                .iter()
                .map(|l| layers.join(l).display().to_string())
                .collect();
            let mut opts = format!(
                "lowerdir={},upperdir={},workdir={}",
                lowers.join(":"),
                p.upper.display(),
                p.work.display()
            );
            if let Some(u) = userns {
                opts.push_str(&fuse_idmapping(u));
            }
            let out = std::process::Command::new("fuse-overlayfs")
                .arg("-o")
                .arg(&opts)
                .arg(&p.merged)
                .stdin(std::process::Stdio::null())
                .output()
                .map_err(|e| {
                    RuntimeError::Start(format!(
                        "fuse-overlayfs: {e} (install the fuse-overlayfs package{})",
                        if userns.is_some() {
                            "; a container with its own user namespace (--userns, --uidmap) needs it to show the image's owners"
                        } else {
                            ""
                        }
                    ))
                })?;
            if !out.status.success() {
                return Err(RuntimeError::Start(format!(
                    "fuse-overlayfs: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
        }
        "vfs" => {
            // the flattened copy is the container's own rootfs (made once, kept across restarts)
            let rootfs = p.dir.join("rootfs");
            if !rootfs.exists() {
                let tmp = p.dir.join("rootfs.tmp");
                let _ = remove_tree(&tmp);
                let bottom_first: Vec<PathBuf> =
                    p.lowers.iter().rev().map(|l| layers.join(l)).collect();
                crate::storage::driver::vfs_flatten(&bottom_first, &tmp)
                    .map_err(io_err("copy the layers into", &tmp))?;
                std::fs::rename(&tmp, &rootfs).map_err(io_err("rename", &tmp))?;
            }
            nix::mount::mount(
                Some(&rootfs),
                &p.merged,
                None::<&str>,
                nix::mount::MsFlags::MS_BIND,
                None::<&str>,
            )
            .map_err(|source| rootfs::RootfsError {
                op: "bind mount",
                path: p.merged.display().to_string(),
                source,
            })?;
        }
        other => return Err(RuntimeError::Driver(other.to_string())),
    }
    Ok(())
}

/// Mount a container's rootfs on `<dir>/merged` for any driver (overlay, fuse-overlayfs, vfs),
/// without touching its config or etc files, for `cp`, `export` and `mount` of a container that
/// is not running. The caller is root in the user namespace, in a mount namespace of berth's
/// own (mounts are made private first). The current directory is kept.
pub fn mount_container(store: &Store, c: &containers::Container) -> Result<PathBuf, RuntimeError> {
    let image = store
        .find_image(&c.config.image_id)
        .map_err(|_| RuntimeError::MissingLayer(c.config.image_id.clone()))?;
    let lowers = lowers_of(store, &image)?;
    let userdata = c.dir.join("userdata");
    let p = Prepared {
        dir: c.dir.clone(),
        merged: c.dir.join("merged"),
        etc: rootfs::EtcFiles {
            hostname: userdata.join("hostname"),
            hosts: userdata.join("hosts"),
            resolv_conf: userdata.join("resolv.conf"),
            containerenv: userdata.join(".containerenv"),
        },
        lowers,
        upper: c.dir.join("upper"),
        work: c.dir.join("work"),
        driver: c.config.driver.clone(),
    };
    for d in [&p.upper, &p.work, &p.merged] {
        std::fs::create_dir_all(d).map_err(io_err("create", d))?;
    }
    let cwd = std::env::current_dir().ok();
    let r = mount_rootfs(store, &p);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    r.map(|()| p.merged)
}

/// Which of a foreground container's output streams berth passes on to its own stdio
/// (`--attach`; both by default). Those left out go to the log only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Echo {
    pub stdout: bool,
    pub stderr: bool,
}

impl Echo {
    pub const ALL: Echo = Echo {
        stdout: true,
        stderr: true,
    };
    pub const NONE: Echo = Echo {
        stdout: false,
        stderr: false,
    };
}

/// Run a container in the foreground to its end. The caller is root in the user namespace,
/// with its own mount namespace, and single-threaded. Returns the exit status.
pub fn run_foreground(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
    echo: Echo,
) -> Result<i32, RuntimeError> {
    mount_rootfs_with(store, p, config.spec.userns.as_ref())?;
    let spec = &config.spec;
    let console = if spec.process.terminal {
        Some(
            std::os::unix::net::UnixStream::pair()
                .map_err(io_err("create the console socket for", &p.dir))?,
        )
    } else {
        None
    };
    // A container that outlives this run (no --rm) keeps its output in its log, as podman's
    // does, so berth passes it on through pipes; a --rm one writes straight to berth's stdio,
    // unless `--attach` leaves a stream out (that one goes to the log only).
    let mut log = None;
    if !spec.process.terminal
        && (!config.auto_remove || echo != Echo::ALL)
        && config.log_driver != "none"
    {
        log = Some(monitor::LogSink::open(p, config).map_err(RuntimeError::Start)?);
    }
    let pipe = || std::io::pipe().map_err(io_err("create a pipe for", &p.dir));
    let pipes = match log {
        Some(_) => Some((pipe()?, pipe()?)),
        None => None,
    };
    let stdin = std::io::stdin();
    let stdio = pipes.as_ref().map(|((_, out_w), (_, err_w))| {
        use std::os::fd::AsFd;
        [stdin.as_fd(), out_w.as_fd(), err_w.as_fd()]
    });
    let launch = process::Launch {
        shm_from: None,
        spec,
        rootfs: &p.merged,
        etc: &p.etc,
        shared: nix::sched::CloneFlags::empty(),
        cgroup: None,
        stdio,
        console: console
            .as_ref()
            .map(|(_, theirs)| std::os::fd::AsRawFd::as_raw_fd(theirs)),
        net_wait: None,
    };
    let (pid, set, mut network) = match spawn_networked(launch, &p.dir) {
        Ok(x) => x,
        Err(e) => {
            if let Some(cg) = cgroup_of(&config.spec) {
                cg.remove();
            }
            // the rootfs is mounted (fuse-overlayfs is a process): let it go; with --rm the
            // container goes too, as podman does
            let _ = nix::mount::umount2(&p.merged, nix::mount::MntFlags::MNT_DETACH);
            if config.auto_remove {
                let _ = remove_tree(&p.dir);
                remove_anonymous_volumes(store, config);
            }
            return Err(e);
        }
    };
    record_running(&p.dir, pid, 0, true);
    if config.healthcheck.is_some() {
        health::reset(&p.dir);
    }
    let status = match (console, pipes, log.as_mut()) {
        (_, Some(((out_r, out_w), (err_r, err_w))), Some(log)) => {
            drop((out_w, err_w));
            monitor::pump(monitor::Pump {
                pid,
                set,
                network: &mut network,
                sources: vec![(out_r.into(), attach::OUT), (err_r.into(), attach::ERR)],
                input: monitor::Input::None,
                tty: false,
                log,
                listener: None,
                echo,
                died: None,
                health: Some((&p.dir, config)),
            })
            .map_err(std::io::Error::other)
        }
        (console, _, _) => match console {
            Some((ours, theirs)) => {
                drop(theirs);
                match tty::recv_master(&std::os::fd::OwnedFd::from(ours)) {
                    Ok(m) => tty::relay(m, pid, set, spec.process.stdin, None),
                    // pid 1 failed before sending it: its exit status says why
                    Err(_) => process::wait_forwarding(pid, set),
                }
            }
            None => process::wait_forwarding(pid, set),
        },
    }
    .map_err(io_err("wait for the container in", &p.dir))?;
    config.emit_died(status);
    drop(network);
    cgroup_exited(&p.dir, config);
    if !monitor::stop_requested(p) && config.restart_policy.should_restart(status, 0) {
        // As podman: berth returns the exit code, and the restart policy goes on in the
        // background, under a monitor (its output then goes to `berth logs`).
        let _ = nix::mount::umount2(&p.merged, nix::mount::MntFlags::MNT_DETACH);
        record_exited(&p.dir, status);
        if let Err(e) = run_detached_from(store, p, config, 1, false) {
            log::warn!(
                "the container exited ({status}) and its restart policy could not restart it: {e}"
            );
        }
        return Ok(status);
    }
    finish(store, p, status, config);
    Ok(status)
}

/// Start a detached container under its own monitor (a forked, setsid berth that collects
/// the logs, records the exit and applies --rm, then ends). Returns once it runs.
pub fn run_detached(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
) -> Result<(), RuntimeError> {
    run_detached_from(store, p, config, 0, false).map(drop)
}

/// `run_detached`, and this process attached to it from before pid 1 starts, so that none of
/// its output is missed (`run -it`).
pub fn run_detached_attached(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
) -> Result<attach::Connection, RuntimeError> {
    run_detached_from(store, p, config, 0, true)?
        .ok_or_else(|| RuntimeError::Start("cannot connect to the monitor's attach socket".into()))
}

/// `run_detached`, for a container that has already run `restarts` times (a foreground
/// container whose restart policy takes it on). The attach socket is made here, before the
/// monitor is forked; with `connect`, this process's connection to it is queued before.
fn run_detached_from(
    store: &Store,
    p: &Prepared,
    config: &ContainerConfig,
    restarts: u32,
    connect: bool,
) -> Result<Option<attach::Connection>, RuntimeError> {
    let listener =
        attach::Listener::bind(&p.dir).map_err(io_err("make the attach socket of", &p.dir))?;
    let conn = if connect {
        attach::connect_to(&p.dir).map_err(io_err("connect to the attach socket of", &p.dir))?
    } else {
        None
    };
    let (ready_r, ready_w) = std::io::pipe().map_err(io_err("create a pipe for", &p.dir))?;
    match crate::sys::fork().map_err(io_err("fork the monitor of", &p.dir))? {
        crate::sys::ForkResult::Child => {
            drop(ready_r);
            drop(conn);
            let code = monitor::run(store, p, config, ready_w, restarts, listener);
            crate::sys::exit_child(code);
        }
        crate::sys::ForkResult::Parent { .. } => {
            drop(ready_w);
            // the socket is the monitor's now: closing ours must not remove it
            listener.forget_file();
            let mut msg = String::new();
            let _ = std::io::Read::read_to_string(&mut { ready_r }, &mut msg);
            if msg == "ok" {
                Ok(conn)
            } else {
                Err(RuntimeError::Start(if msg.is_empty() {
                    "the monitor died".into()
                } else {
                    msg
                }))
            }
        }
    }
}
