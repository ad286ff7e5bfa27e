//! The bridge to Kubernetes, as podman 4.3's `generate kube`, `kube play` (`play kube`) and
//! `kube down`: pods and containers as Pod YAML (with a NodePort Service for `-s`), and Pod,
//! Deployment, ConfigMap and PersistentVolumeClaim documents played back as pods, containers
//! and named volumes. The YAML types are the subset of Kubernetes' core/v1 and apps/v1 berth
//! reads and writes, in their field names (tests check the output against k8s-openapi).
//! Playing goes through child berths (`volume create`, `pod create`, `create --pod`,
//! `pod start`), so this process never enters berth's namespaces.

use super::Engine;
use crate::error::UserError;
use crate::runtime::container::Container;
use crate::runtime::spec::MountKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

type Map = BTreeMap<String, String>;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectMeta {
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub annotations: Map,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub labels: Map,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PodSpec {
    #[serde(default)]
    pub containers: Vec<KContainer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<KVolume>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KContainer {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub command: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<EnvVar>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub env_from: Vec<EnvFrom>,
    #[serde(default)]
    pub image: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<ContainerPort>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Resources>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_context: Option<SecurityContext>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volume_mounts: Vec<VolumeMount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvVar {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_from: Option<EnvSource>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_key_ref: Option<KeyRef>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct KeyRef {
    pub name: String,
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnvFrom {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<NameRef>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NameRef {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerPort {
    pub container_port: u16,
    #[serde(default, rename = "hostIP", skip_serializing_if = "Option::is_none")]
    pub host_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SecurityContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Capabilities {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drop: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Resources {
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub limits: Map,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VolumeMount {
    pub mount_path: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KVolume {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_path: Option<HostPath>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_volume_claim: Option<ClaimRef>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HostPath {
    pub path: String,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimRef {
    pub claim_name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct PodDoc {
    api_version: &'static str,
    kind: &'static str,
    metadata: ObjectMeta,
    spec: PodSpec,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Map>,
}

#[derive(Debug, Clone, Deserialize)]
struct AnyDoc {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    metadata: ObjectMeta,
    #[serde(default)]
    spec: serde_yaml_ng::Value,
    #[serde(default)]
    data: Map,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct DeploymentSpec {
    #[serde(default)]
    template: PodTemplate,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct PodTemplate {
    #[serde(default)]
    metadata: ObjectMeta,
    #[serde(default)]
    spec: PodSpec,
}

/// `generate kube NAME…`: what to describe.
#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    pub names: Vec<String>,
    /// `-s/--service`: a NodePort Service after each pod.
    pub service: bool,
}

/// What `kube play` was given, as plain values.
#[derive(Debug, Clone, Default)]
pub struct PlayOptions {
    /// The YAML text (a file's or stdin's).
    pub yaml: String,
    /// `--configmap` files' YAML texts.
    pub configmaps: Vec<String>,
    pub replace: bool,
    pub publish: Vec<String>,
    pub network: Vec<String>,
    pub start: bool,
    /// `--annotation KEY=VALUE`s, added to each container's (over the YAML's).
    pub annotations: Vec<(String, String)>,
    /// `--build`: `Some(true)` always builds the image of a container that has a build
    /// directory, `Some(false)` never, `None` when the image is not there.
    pub build: Option<bool>,
    /// `--context-dir`: where the build directories are (the current directory by default).
    pub context_dir: Option<std::path::PathBuf>,
}

/// Kubernetes' longest annotation value.
pub const MAX_KUBE_ANNOTATION: usize = 63;

/// `kube play URL`: the YAML an http(s) URL serves.
pub fn fetch(url: &str) -> anyhow::Result<String> {
    let mut body = Vec::new();
    crate::image::registry::download(url, &mut body).map_err(|e| {
        UserError::new(format!("reading {url}: {e}"))
            .with_hint("check that the URL serves the Kubernetes YAML")
    })?;
    String::from_utf8(body).map_err(|_| {
        UserError::new(format!("reading {url}: the YAML is not UTF-8"))
            .with_hint("serve the Kubernetes YAML as UTF-8 text")
            .into()
    })
}

/// podman's imageNamePrefix: the build directory of an image, its last path part without
/// tag or digest (`quay.io/libpod/userimage:1` builds from `userimage/`).
fn build_dir_name(image: &str) -> &str {
    let no_tag = image.split(':').next().unwrap_or(image);
    let last = no_tag.rsplit('/').next().unwrap_or(no_tag);
    last.split('@').next().unwrap_or(last)
}

/// The Containerfile (or Dockerfile) that builds `image` under `cwd`, if there is one.
fn build_file(image: &str, cwd: &std::path::Path) -> Option<std::path::PathBuf> {
    let dir = cwd.join(build_dir_name(image));
    ["Containerfile", "Dockerfile"]
        .iter()
        .map(|f| dir.join(f))
        .find(|f| f.is_file())
}

/// What `kube play` made (IDs), printed by the cli as podman prints it.
#[derive(Debug, Default)]
pub struct PlayReport {
    pub volumes: Vec<String>,
    pub pods: Vec<(String, Vec<String>)>,
}

const HEADER: &str = "# Save the output of this file and use kubectl create -f to import\n\
# it into Kubernetes.\n#\n# Created with podman-4.3.1\n";

/// Environment variables every container gets: podman leaves them out of the YAML.
const DEFAULT_ENV: &[&str] = &["PATH", "TERM", "HOSTNAME", "container", "HOME"];

fn kube_error(msg: String) -> UserError {
    UserError::new(msg).with_hint("see `berth kube play --help` for the kinds berth plays")
}

fn rfc3339(secs: i64) -> String {
    crate::image::manifest::format_rfc3339(secs)
}

/// A volume name as Kubernetes accepts it (DNS-1123 label).
fn volume_name(s: &str) -> String {
    let n: String = s
        .trim_matches('/')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if n.is_empty() {
        "root".into()
    } else {
        n
    }
}

/// Kubernetes names have no underscores (podman's `removeUnderscores`).
fn kube_name(s: &str) -> String {
    s.replace('_', "")
}

/// Docker's default capabilities, the base Kubernetes' add/drop lists are relative to.
const DOCKER_CAPS: &[&str] = &[
    "CHOWN",
    "DAC_OVERRIDE",
    "FSETID",
    "FOWNER",
    "MKNOD",
    "NET_RAW",
    "SETGID",
    "SETUID",
    "SETFCAP",
    "SETPCAP",
    "NET_BIND_SERVICE",
    "SYS_CHROOT",
    "KILL",
    "AUDIT_WRITE",
];

/// podman's (and berth's) default capabilities.
const DEFAULT_CAPS: &[&str] = &[
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
];

fn capabilities_of(c: &Container) -> Option<SecurityContext> {
    let sec = &c.config.spec.security;
    if sec.privileged {
        return None;
    }
    let norm = |s: &String| s.to_uppercase().trim_start_matches("CAP_").to_string();
    let adds: Vec<String> = sec.cap_add.iter().map(norm).collect();
    let drops: Vec<String> = sec.cap_drop.iter().map(norm).collect();
    let mut caps: Vec<String> = if drops.iter().any(|d| d == "ALL") {
        Vec::new()
    } else {
        DEFAULT_CAPS.iter().map(|s| s.to_string()).collect()
    };
    caps.retain(|c| !drops.contains(c));
    caps.extend(adds.into_iter().filter(|a| a != "ALL"));
    let add = caps
        .iter()
        .filter(|c| !DOCKER_CAPS.contains(&c.as_str()))
        .map(|c| format!("CAP_{c}"))
        .collect();
    let drop = DOCKER_CAPS
        .iter()
        .filter(|d| !caps.iter().any(|c| c == *d))
        .map(|d| format!("CAP_{d}"))
        .collect();
    Some(SecurityContext {
        capabilities: Some(Capabilities { add, drop }),
    })
}

/// podman's per-container annotations (`KEY/NAME`).
fn annotate(a: &mut Map, c: &Container, name: &str, sandbox: Option<&str>) {
    let yes = |b: bool| if b { "TRUE" } else { "FALSE" }.to_string();
    let s = &c.config.spec;
    a.insert(
        format!("io.kubernetes.cri-o.TTY/{name}"),
        s.process.terminal.to_string(),
    );
    a.insert(
        format!("io.podman.annotations.autoremove/{name}"),
        yes(c.config.auto_remove),
    );
    a.insert(format!("io.podman.annotations.init/{name}"), yes(s.init));
    a.insert(
        format!("io.podman.annotations.privileged/{name}"),
        yes(s.security.privileged),
    );
    a.insert(
        format!("io.podman.annotations.publish-all/{name}"),
        "FALSE".into(),
    );
    if let Some(id) = sandbox {
        a.insert(
            format!("io.kubernetes.cri-o.ContainerType/{name}"),
            "container".into(),
        );
        // podman truncates it to Kubernetes' 63 characters, so that kube play takes it back
        let id = &id[..id.len().min(MAX_KUBE_ANNOTATION)];
        a.insert(format!("io.kubernetes.cri-o.SandboxID/{name}"), id.into());
    }
}

fn limits_of(c: &Container) -> Resources {
    let Some(cg) = c.config.spec.cgroup.as_ref() else {
        return Resources::default();
    };
    let r = &cg.resources;
    let mut limits = Map::new();
    if let Some(m) = r.memory.filter(|m| *m > 0) {
        limits.insert("memory".into(), m.to_string());
    }
    if let Some(n) = r.nano_cpus.filter(|n| *n > 0) {
        limits.insert("cpu".into(), format!("{}m", n / 1_000_000));
    } else if let (Some(q), Some(p)) = (r.cpu_quota, r.cpu_period) {
        if q > 0 && p > 0 {
            limits.insert("cpu".into(), format!("{}m", q * 1000 / p as i64));
        }
    }
    Resources { limits }
}

/// One container as a Pod's container, with its volumes (added to `volumes` once each).
fn to_kube(c: &Container, name: String, volumes: &mut Vec<KVolume>) -> KContainer {
    let p = &c.config.spec.process;
    let env = p
        .env
        .iter()
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (!DEFAULT_ENV.contains(&k)).then(|| EnvVar {
                name: k.into(),
                value: Some(v.into()),
                value_from: None,
            })
        })
        .collect();
    let mut mounts = Vec::new();
    for m in &c.config.spec.mounts {
        let (vol, vname) = match (&m.kind, &m.name) {
            (MountKind::Volume, Some(n)) => (
                KVolume {
                    name: volume_name(n),
                    persistent_volume_claim: Some(ClaimRef {
                        claim_name: n.clone(),
                    }),
                    host_path: None,
                },
                volume_name(n),
            ),
            (MountKind::Bind, _) => {
                let n = format!("{}-host", volume_name(&m.source));
                (
                    KVolume {
                        name: n.clone(),
                        host_path: Some(HostPath {
                            path: m.source.clone(),
                            kind: Some(
                                if std::path::Path::new(&m.source).is_dir() {
                                    "Directory"
                                } else {
                                    "File"
                                }
                                .into(),
                            ),
                        }),
                        persistent_volume_claim: None,
                    },
                    n,
                )
            }
            _ => continue,
        };
        if !volumes.iter().any(|v| v.name == vname) {
            volumes.push(vol);
        }
        mounts.push(VolumeMount {
            mount_path: m.destination.clone(),
            name: vname,
            read_only: m.read_only,
        });
    }
    KContainer {
        args: Vec::new(),
        command: p.args.clone(),
        env,
        env_from: Vec::new(),
        image: c.config.image_name.clone(),
        name,
        ports: Vec::new(),
        resources: Some(limits_of(c)),
        security_context: capabilities_of(c),
        volume_mounts: mounts,
        working_dir: (!p.cwd.is_empty() && p.cwd != "/").then(|| p.cwd.clone()),
    }
}

fn ports_of(c: &Container) -> Vec<ContainerPort> {
    c.config
        .spec
        .ports
        .iter()
        .map(|m| ContainerPort {
            container_port: m.container_port,
            host_ip: (!m.host_ip.is_empty()).then(|| m.host_ip.clone()),
            host_port: (m.host_port != 0).then_some(m.host_port),
            protocol: Some(format!("{:?}", m.proto).to_uppercase()),
        })
        .collect()
}

fn service_doc(name: &str, ports: &[ContainerPort]) -> String {
    let mut s = String::from("---\napiVersion: v1\nkind: Service\nmetadata:\n");
    s.push_str(&format!(
        "  labels:\n    app: {name}\n  name: {name}\nspec:\n  ports:\n"
    ));
    for p in ports {
        s.push_str(&format!(
            "  - name: \"{0}\"\n    port: {0}\n    protocol: {1}\n    targetPort: {0}\n",
            p.container_port,
            p.protocol.as_deref().unwrap_or("TCP")
        ));
    }
    if ports.is_empty() {
        s.truncate(s.len() - "  ports:\n".len());
    }
    s.push_str(&format!("  selector:\n    app: {name}\n  type: NodePort\n"));
    s
}

impl Engine {
    /// `generate kube`: each name a pod (its members) or a container (a pod of its own,
    /// named NAME-pod as podman names it), as Pod YAML.
    pub fn generate_kube(&self, o: &GenerateOptions) -> anyhow::Result<String> {
        let mut out = String::from(HEADER);
        for (i, name) in o.names.iter().enumerate() {
            let (pod_name, created, members, ports, hostname, sandbox) = match self.find_pod(name) {
                Ok(pod) => {
                    let all = self.pod_containers(&pod);
                    let ports = all.iter().filter(|c| c.config.infra).flat_map(ports_of);
                    let ports: Vec<ContainerPort> = ports.collect();
                    let mut members: Vec<Container> =
                        all.into_iter().filter(|c| !c.config.infra).collect();
                    // in the order they were made, as podman lists them (the directory's birth
                    // time orders containers made within one second)
                    members.sort_by_key(|c| {
                        let born = std::fs::metadata(&c.dir).and_then(|m| m.created()).ok();
                        (c.config.created, born)
                    });
                    if members.is_empty() {
                        return Err(UserError::new(format!(
                            "pod {} only has an infra container",
                            pod.name
                        ))
                        .with_hint("add a container with `berth create --pod` first")
                        .into());
                    }
                    let hostname = if pod.hostname.is_empty() {
                        pod.name.clone()
                    } else {
                        pod.hostname.clone()
                    };
                    (
                        pod.name.clone(),
                        pod.created,
                        members,
                        ports,
                        hostname,
                        Some(pod.id),
                    )
                }
                Err(_) => {
                    let c = self.find(name).map_err(|e| {
                        UserError::new(format!("{name}: no such pod or container: {e}"))
                            .with_hint("name a pod (`berth pod ps`) or a container (`berth ps -a`)")
                    })?;
                    if c.config.pod.is_some() {
                        return Err(UserError::new(format!(
                            "{name}: the container is in a pod: generate the pod instead"
                        ))
                        .with_hint("give the pod's name to `berth generate kube`")
                        .into());
                    }
                    let ports = ports_of(&c);
                    let n = format!("{}-pod", kube_name(&c.config.spec.name));
                    (n, c.config.created, vec![c], ports, String::new(), None)
                }
            };
            let mut volumes = Vec::new();
            let mut annotations = Map::new();
            for c in &members {
                annotate(
                    &mut annotations,
                    c,
                    &kube_name(&c.config.spec.name),
                    sandbox.as_deref(),
                );
            }
            let mut containers: Vec<KContainer> = members
                .iter()
                .map(|c| to_kube(c, kube_name(&c.config.spec.name), &mut volumes))
                .collect();
            if let Some(first) = containers.first_mut() {
                first.ports = ports.clone();
            }
            let mut labels = Map::new();
            labels.insert("app".into(), kube_name(&pod_name));
            let doc = PodDoc {
                api_version: "v1",
                kind: "Pod",
                metadata: ObjectMeta {
                    annotations,
                    creation_timestamp: Some(rfc3339(created)),
                    labels,
                    name: Some(kube_name(&pod_name)),
                },
                spec: PodSpec {
                    containers,
                    hostname: (!hostname.is_empty()).then_some(hostname),
                    restart_policy: Some("Never".into()),
                    volumes,
                },
                status: sandbox.as_ref().map(|_| Map::new()),
            };
            if i > 0 {
                out.push_str("---\n");
            }
            // quoted, as podman writes it: YAML 1.1 readers take a bare one for a timestamp
            let stamp = rfc3339(created);
            let text = serde_yaml_ng::to_string(&doc)?.replacen(
                &format!("creationTimestamp: {stamp}\n"),
                &format!("creationTimestamp: \"{stamp}\"\n"),
                1,
            );
            out.push_str(&text);
            if o.service {
                out.push_str(&service_doc(&kube_name(&pod_name), &ports));
            }
        }
        Ok(out)
    }

    /// `kube down`: the pods the YAML describes, stopped and removed (volumes stay, as in
    /// podman 4.3). Returns the IDs of those that existed.
    pub fn kube_down(&self, yaml: &str) -> anyhow::Result<Vec<String>> {
        let plan = parse(yaml, &[])?;
        let mut ids = Vec::new();
        for p in &plan.pods {
            if let Ok(pod) = self.find_pod(&p.name) {
                self.in_child(&["pod", "rm", "-f", "-t", "0", &pod.id])?;
                ids.push(pod.id);
            }
        }
        Ok(ids)
    }

    /// `kube play`: volumes for the claims, then each pod and its containers, started unless
    /// `--start=false`.
    pub fn kube_play(&self, o: &PlayOptions) -> anyhow::Result<PlayReport> {
        let plan = parse(&o.yaml, &o.configmaps)?;
        let cwd = match &o.context_dir {
            Some(d) => d.clone(),
            None => std::env::current_dir()?,
        };
        let mut report = PlayReport::default();
        for v in &plan.volumes {
            if self.in_child_quiet(&["volume", "inspect", v]).is_err() {
                self.in_child(&["volume", "create", v])?;
                report.volumes.push(v.clone());
            }
        }
        for p in &plan.pods {
            if self.find_pod(&p.name).is_ok() {
                if !o.replace {
                    return Err(UserError::new(format!(
                        "{}: a pod of this name already exists",
                        p.name
                    ))
                    .with_hint("use `--replace`, or `berth kube down` first")
                    .into());
                }
                self.in_child(&["pod", "rm", "-f", "-t", "0", &p.name])?;
            }
            let mut args: Vec<String> = vec!["pod".into(), "create".into(), "--name".into()];
            args.push(p.name.clone());
            // a played pod stops when its last container exits (podman's kube play)
            args.push("--exit-policy=stop".into());
            for (k, v) in &p.labels {
                args.push(format!("--label={k}={v}"));
            }
            if let Some(h) = &p.spec.hostname {
                args.push(format!("--hostname={h}"));
            }
            if let Some(n) = o.network.first() {
                args.push(format!("--network={n}"));
            }
            for c in &p.spec.containers {
                for port in &c.ports {
                    {
                        let hp = port.host_port.unwrap_or(port.container_port);
                        let ip = port
                            .host_ip
                            .as_deref()
                            .map(|i| format!("{i}:"))
                            .unwrap_or_default();
                        let proto = port.protocol.as_deref().unwrap_or("TCP").to_lowercase();
                        args.push(format!(
                            "--publish={ip}{hp}:{}/{proto}",
                            port.container_port
                        ));
                    }
                }
            }
            for pb in &o.publish {
                args.push(format!("--publish={pb}"));
            }
            self.in_child_args(&args)?;
            let pod = self.find_pod(&p.name)?;
            let mut ids = Vec::new();
            for c in &p.spec.containers {
                let name = format!("{}-{}", p.name, c.name);
                if let Some(file) = build_file(&c.image, &cwd) {
                    let build = o.build.unwrap_or_else(|| {
                        self.in_child_quiet(&["image", "exists", &c.image]).is_err()
                    });
                    if build {
                        let ctx = file.parent().unwrap_or(&cwd).display().to_string();
                        let file = file.display().to_string();
                        self.in_child(&["build", "-t", &c.image, "-f", &file, &ctx])?;
                    }
                }
                let mut args: Vec<String> = vec!["create".into(), "--quiet".into()];
                let mut annotations = p.annotations.clone();
                annotations.extend(o.annotations.iter().cloned());
                for (k, v) in &annotations {
                    args.push(format!("--annotation={k}={v}"));
                }
                args.push(format!("--pod={}", pod.id));
                args.push(format!("--name={name}"));
                for (k, v) in plan.env_of(c)? {
                    args.push(format!("--env={k}={v}"));
                }
                if let Some(w) = &c.working_dir {
                    args.push(format!("--workdir={w}"));
                }
                if let Some(m) = c.resources.as_ref().and_then(|r| r.limits.get("memory")) {
                    args.push(format!("--memory={m}"));
                }
                for m in &c.volume_mounts {
                    let v = p
                        .spec
                        .volumes
                        .iter()
                        .find(|v| v.name == m.name)
                        .ok_or_else(|| {
                            kube_error(format!(
                                "{}: volume {} is not in the pod's volumes",
                                c.name, m.name
                            ))
                        })?;
                    let src = if let Some(claim) = &v.persistent_volume_claim {
                        claim.claim_name.clone()
                    } else if let Some(h) = &v.host_path {
                        h.path.clone()
                    } else {
                        return Err(kube_error(format!(
                            "volume {}: only persistentVolumeClaim and hostPath volumes are supported",
                            v.name
                        ))
                        .into());
                    };
                    let ro = if m.read_only { ":ro" } else { "" };
                    args.push(format!("--volume={src}:{}{ro}", m.mount_path));
                }
                if !c.command.is_empty() {
                    args.push(format!(
                        "--entrypoint={}",
                        serde_json::to_string(&c.command)?
                    ));
                }
                args.push(c.image.clone());
                args.extend(c.args.iter().cloned());
                self.in_child_args(&args)?;
                ids.push(self.find(&name)?.id);
            }
            if o.start {
                self.in_child(&["pod", "start", &pod.id])?;
            }
            report.pods.push((pod.id, ids));
        }
        Ok(report)
    }

    fn in_child_args(&self, args: &[String]) -> anyhow::Result<()> {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        self.in_child(&a)
    }

    /// A child berth whose failure is an answer, not an error (its stderr discarded).
    fn in_child_quiet(&self, args: &[&str]) -> anyhow::Result<()> {
        let status = std::process::Command::new(std::env::current_exe()?)
            .args(&self.child_args)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(crate::error::Reported(crate::error::ExitStatus::Error).into())
        }
    }
}

/// A pod to make, from a Pod or a Deployment.
#[derive(Debug)]
struct PlannedPod {
    name: String,
    labels: Map,
    annotations: Map,
    spec: PodSpec,
}

#[derive(Debug, Default)]
struct Plan {
    pods: Vec<PlannedPod>,
    volumes: Vec<String>,
    configmaps: BTreeMap<String, Map>,
}

impl Plan {
    /// A container's environment: `env` (values and configMapKeyRefs) after `envFrom`.
    fn env_of(&self, c: &KContainer) -> Result<Vec<(String, String)>, UserError> {
        let mut out: Vec<(String, String)> = Vec::new();
        for from in &c.env_from {
            if let Some(r) = &from.config_map_ref {
                match self.configmaps.get(&r.name) {
                    Some(m) => out.extend(m.iter().map(|(k, v)| (k.clone(), v.clone()))),
                    None if r.optional == Some(true) => {}
                    None => return Err(missing_configmap(&r.name)),
                }
            }
        }
        for e in &c.env {
            if let Some(v) = &e.value {
                out.push((e.name.clone(), v.clone()));
            } else if let Some(r) = e
                .value_from
                .as_ref()
                .and_then(|s| s.config_map_key_ref.as_ref())
            {
                match self.configmaps.get(&r.name).and_then(|m| m.get(&r.key)) {
                    Some(v) => out.push((e.name.clone(), v.clone())),
                    None if r.optional == Some(true) => {}
                    None => return Err(missing_configmap(&r.name)),
                }
            } else {
                out.push((e.name.clone(), String::new()));
            }
        }
        Ok(out)
    }
}

fn missing_configmap(name: &str) -> UserError {
    UserError::new(format!(
        "cannot set env variables: configmap {name} not found"
    ))
    .with_hint("put the ConfigMap in the YAML or pass its file with `--configmap`")
}

fn pod_name(meta: &ObjectMeta, what: &str) -> Result<String, UserError> {
    meta.name
        .clone()
        .filter(|n| !n.is_empty())
        .ok_or_else(|| kube_error(format!("a {what} in the YAML has no metadata.name")))
}

/// The YAML's documents, in order: ConfigMaps gathered first (any document may use them).
fn parse(yaml: &str, configmaps: &[String]) -> anyhow::Result<Plan> {
    let mut plan = Plan::default();
    let mut docs = Vec::new();
    for text in configmaps
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(yaml))
    {
        for d in serde_yaml_ng::Deserializer::from_str(text) {
            let v = serde_yaml_ng::Value::deserialize(d)
                .map_err(|e| kube_error(format!("unable to read YAML as Kube: {e}")))?;
            if v.is_null() {
                continue;
            }
            let doc: AnyDoc = serde_yaml_ng::from_value(v)
                .map_err(|e| kube_error(format!("unable to read YAML as Kube: {e}")))?;
            docs.push(doc);
        }
    }
    for d in &docs {
        if d.kind == "ConfigMap" {
            plan.configmaps
                .insert(pod_name(&d.metadata, "ConfigMap")?, d.data.clone());
        }
    }
    for d in docs {
        match d.kind.as_str() {
            "Pod" => {
                let spec: PodSpec = serde_yaml_ng::from_value(d.spec)
                    .map_err(|e| kube_error(format!("unable to read Pod spec: {e}")))?;
                for (k, v) in &d.metadata.annotations {
                    if v.len() > MAX_KUBE_ANNOTATION {
                        return Err(UserError::new(format!(
                            "invalid annotation {k:?}={v:?} value length exceeds Kubernetetes max {MAX_KUBE_ANNOTATION}"
                        ))
                        .with_hint("shorten the annotation's value")
                        .into());
                    }
                }
                plan.pods.push(PlannedPod {
                    name: pod_name(&d.metadata, "Pod")?,
                    labels: d.metadata.labels,
                    annotations: d.metadata.annotations,
                    spec,
                });
            }
            "Deployment" => {
                let spec: DeploymentSpec = serde_yaml_ng::from_value(d.spec)
                    .map_err(|e| kube_error(format!("unable to read Deployment spec: {e}")))?;
                plan.pods.push(PlannedPod {
                    name: format!("{}-pod", pod_name(&d.metadata, "Deployment")?),
                    labels: spec.template.metadata.labels,
                    annotations: d.metadata.annotations,
                    spec: spec.template.spec,
                });
            }
            "PersistentVolumeClaim" => {
                plan.volumes
                    .push(pod_name(&d.metadata, "PersistentVolumeClaim")?);
            }
            "ConfigMap" | "Service" => {}
            other => {
                return Err(kube_error(format!(
                    "invalid YAML kind: {other:?}: [Pod Deployment PersistentVolumeClaim ConfigMap] are the only supported Kinds"
                ))
                .into())
            }
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn deployment_and_configmap_parse() {
        let y = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  A: b\n---\n\
apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: busybox\n        envFrom:\n        - configMapRef:\n            name: cm\n";
        let plan = parse(y, &[]).unwrap();
        assert_eq!(plan.pods[0].name, "d-pod");
        let env = plan.env_of(&plan.pods[0].spec.containers[0]).unwrap();
        assert_eq!(env, vec![("A".to_string(), "b".to_string())]);
    }
}
