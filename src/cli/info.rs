//! `berth info`: the host as berth sees it (kernel, cgroups, id ranges, helpers), the storage
//! driver chosen and why, and the paths used.

use super::Context;
use crate::error::ExitStatus;
use crate::output::{self, format::Format};
use crate::storage::{driver, Store};
use crate::userns::{idmap, IdMap};
use clap::Args;
use serde_json::{json, Value};
use std::path::Path;

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// Change the output format to JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Print the debug information (accepted for podman compatibility)
    #[arg(short = 'D', long, hide = true)]
    pub debug: bool,
}

fn cgroup_info() -> (String, Vec<String>, String) {
    use nix::sys::statfs::{statfs, CGROUP2_SUPER_MAGIC};
    let is_v2 = |p: &str| {
        statfs(p)
            .map(|s| s.filesystem_type() == CGROUP2_SUPER_MAGIC)
            .unwrap_or(false)
    };
    let (version, unified_root) = if is_v2("/sys/fs/cgroup") {
        ("v2", "/sys/fs/cgroup")
    } else if is_v2("/sys/fs/cgroup/unified") {
        ("v1", "/sys/fs/cgroup/unified") // hybrid: v1 controllers, an empty v2 tree
    } else {
        ("v1", "")
    };
    let own = std::fs::read_to_string("/proc/self/cgroup")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("0::").map(str::to_string))
        })
        .unwrap_or_default();
    // Delegated: the controllers the subtree this user may write (systemd's
    // user@UID.service) offers its children, the ones container limits can use
    let controllers = if unified_root == crate::cgroups::MOUNT {
        crate::cgroups::detect()
            .map(|d| d.controllers)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    (version.to_string(), controllers, own)
}

fn helper_version(name: &str) -> Value {
    let path = std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .chain(["/usr/bin", "/usr/sbin", "/bin", "/sbin"])
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file());
    let Some(path) = path else {
        return json!({ "path": "", "version": "not found" });
    };
    let version = std::process::Command::new(&path)
        .arg("--version")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            let text = String::from_utf8_lossy(&o.stdout).to_string()
                + &String::from_utf8_lossy(&o.stderr);
            // fuse-overlayfs prints fusermount's version first: prefer the line naming the tool
            text.lines()
                .find(|l| l.contains(name))
                .or_else(|| text.lines().next())
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into());
    json!({ "path": path.display().to_string(), "version": version })
}

fn id_mappings(entries: &[idmap::MapEntry]) -> Value {
    Value::Array(
        entries
            .iter()
            .map(|m| json!({ "container_id": m.container, "host_id": m.host, "size": m.count }))
            .collect(),
    )
}

pub fn run(ctx: &Context, a: InfoArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let uts = nix::sys::utsname::uname()?;
    let (cg_version, controllers, cg_path) = cgroup_info();
    let map = IdMap::for_current_user()?;
    let choice = driver::choose(&settings);
    let store = Store::open(&settings.paths.graph_root, false)?;
    let images = store.images().map(|i| i.len()).unwrap_or(0);
    let regs = crate::config::registries::RegistriesConf::load()?;
    let mut helpers = serde_json::Map::new();
    for h in ["newuidmap", "newgidmap"] {
        let mut v = json!({});
        match idmap::find_helper(if h == "newuidmap" {
            "newuidmap"
        } else {
            "newgidmap"
        }) {
            Ok(p) => {
                v["path"] = json!(p.display().to_string());
                v["setuid"] = json!(true);
                v["version"] = json!(dpkg_version("uidmap").unwrap_or_else(|| "unknown".into()));
            }
            Err(e) => {
                v["path"] = json!("");
                v["error"] = json!(e.to_string());
            }
        }
        helpers.insert(h.to_string(), v);
    }
    for h in ["fuse-overlayfs", "slirp4netns", "pasta"] {
        helpers.insert(h.to_string(), helper_version(h));
    }
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let berth = format!("berth {}", env!("CARGO_PKG_VERSION"));
    let slirp = helper_version("slirp4netns");
    let containers = crate::runtime::container::list(&settings.paths.graph_root);
    let graph_options: serde_json::Map<String, Value> = settings
        .storage_opts
        .iter()
        .map(|o| match o.split_once('=') {
            Some((k, v)) => (k.to_string(), json!(v)),
            None => (o.clone(), json!("")),
        })
        .collect();
    let info = json!({
        "host": {
            "arch": crate::image::manifest::host_arch(),
            // berth builds images itself; it follows the buildah of podman 4.3 (Debian 12's)
            "buildahVersion": BUILDAH_COMPAT,
            "os": "linux",
            "kernel": uts.release().to_string_lossy(),
            "hostname": uts.nodename().to_string_lossy(),
            "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            "distribution": distribution(),
            "cgroupVersion": cg_version,
            "cgroupControllers": controllers,
            "cgroupPath": cg_path,
            "cgroupManager": settings.cgroup_manager,
            // the monitor and the OCI runtime are berth itself (no conmon, no runc)
            "conmon": { "package": format!("{berth} (built-in monitor in place of conmon)"), "path": exe, "version": berth },
            "ociRuntime": { "name": "berth", "package": format!("{berth} (built-in OCI runtime)"), "path": exe, "version": berth },
            "eventLogger": settings.events.backend,
            "logDriver": "k8s-file",
            "networkBackend": "netavark",
            "idMappings": { "uidmap": id_mappings(&map.uid_map), "gidmap": id_mappings(&map.gid_map) },
            "subuid": map.subuids.iter().map(|r| json!({"start": r.start, "count": r.count})).collect::<Vec<_>>(),
            "subgid": map.subgids.iter().map(|r| json!({"start": r.start, "count": r.count})).collect::<Vec<_>>(),
            "security": { "rootless": !nix::unistd::geteuid().is_root(), "selinuxEnabled": false },
            "serviceIsRemote": false,
            "slirp4netns": { "executable": slirp["path"], "package": slirp["version"], "version": slirp["version"] },
            "helpers": helpers,
            "runtimeDir": settings.paths.runtime_dir.display().to_string(),
            "runtimeDirSource": settings.paths.runtime_dir_source,
        },
        "store": {
            "configFile": crate::config::storage_conf::StorageConf::path().map(|p| p.display().to_string()).unwrap_or_default(),
            "containerStore": {
                "number": containers.len(),
            },
            "graphRoot": settings.paths.graph_root.display().to_string(),
            "runRoot": settings.paths.run_root.display().to_string(),
            "graphDriverName": choice.name,
            "graphDriverReason": choice.reason,
            "graphOptions": graph_options,
            "graphStatus": {},
            "imageStore": { "number": images },
            "layers": store.layer_count(),
            "volumePath": crate::storage::volumes::dir(&settings.paths.graph_root).display().to_string(),
        },
        "registries": {
            "search": regs.search_registries(),
            "configFiles": regs.sources().iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        },
        "version": {
            "APIVersion": env!("CARGO_PKG_VERSION"),
            "Version": env!("CARGO_PKG_VERSION"),
            "Os": "linux",
            "OsArch": format!("linux/{}", crate::image::manifest::host_arch()),
        },
    });
    match Format::parse(a.format.as_deref()) {
        Format::Json => output::out(&serde_json::to_string_pretty(&info)?),
        Format::Template { body, .. } => {
            // templates name podman's Go fields ({{.Host.OCIRuntime.Name}}); the JSON names
            // ({{.host.kernel}}) keep working
            let item = output::format::with_go_names(&info, GO_NAMES, GO_MAPS);
            let s =
                output::format::render_items(&body, false, &[item], &output::format::default_title)
                    .map_err(anyhow::Error::msg)?;
            output::out_raw(&s);
        }
        Format::Default => output::out_raw(&output::to_yaml(&info)),
    }
    Ok(ExitStatus::Success)
}

/// The buildah release whose behaviour berth's built-in builder follows (podman 4.3.1's).
const BUILDAH_COMPAT: &str = "1.28.2";

/// JSON names whose Go field (podman's `define.Info`) is not the name with a capital letter.
const GO_NAMES: &[(&str, &str)] = &[
    ("cgroupVersion", "CgroupsVersion"),
    ("ociRuntime", "OCIRuntime"),
    ("idMappings", "IDMappings"),
    ("uidmap", "UIDMap"),
    ("gidmap", "GIDMap"),
    ("os", "OS"),
    ("cpus", "CPUs"),
    ("slirp4netns", "Slirp4NetNS"),
    ("capabilities", "DefaultCapabilities"),
    ("apparmorEnabled", "AppArmorEnabled"),
    ("seccompEnabled", "SECCOMPEnabled"),
    ("selinuxEnabled", "SELinuxEnabled"),
    ("container_id", "ContainerID"),
    ("host_id", "HostID"),
];

/// The fields that are Go maps in podman's `define.Info`: their keys stay as they are.
const GO_MAPS: &[&str] = &["graphOptions", "graphStatus", "helpers", "registries"];

/// /etc/os-release as podman's `distribution` (ID, VERSION_ID, VERSION_CODENAME).
fn distribution() -> Value {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let field = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    json!({
        "distribution": field("ID"),
        "version": field("VERSION_ID"),
        "codename": field("VERSION_CODENAME"),
    })
}

fn dpkg_version(pkg: &str) -> Option<String> {
    let text = std::fs::read_to_string("/var/lib/dpkg/status").ok()?;
    let mut in_pkg = false;
    for line in text.lines() {
        if let Some(p) = line.strip_prefix("Package: ") {
            in_pkg = p == pkg;
        } else if in_pkg {
            if let Some(v) = line.strip_prefix("Version: ") {
                return Some(v.to_string());
            }
        }
    }
    None
}
