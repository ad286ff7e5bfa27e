//! `berth image inspect` and `berth inspect` (images for now; containers come with `run`).

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::image::manifest::format_rfc3339;
use crate::output::{self, format::Format};
use crate::storage::{ImageRecord, Store};
use clap::Args;
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Format the output using the given Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Only inspect objects of the given type (image, container, all)
    #[arg(short, long, default_value = "all")]
    pub r#type: String,
    /// Display the total file size (containers only)
    #[arg(short, long)]
    pub size: bool,
    /// Name(s) or ID(s) of the object(s)
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImageInspectArgs {
    /// Format the output using the given Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Image(s) to inspect
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
}

/// podman's image inspect document for what berth stores.
pub fn inspect_json(store: &Store, i: &ImageRecord) -> Value {
    // An unreadable config gives the record's own fields and empty ones, as before.
    let config = store.image_config(i).ok();
    let inner = config.as_ref().and_then(|c| c.config().as_ref());
    let to_json = |v: Option<Value>, default: Value| v.unwrap_or(default);
    let layers: Vec<String> = i.layers.clone();
    let diffs: Vec<String> = layers
        .iter()
        .filter_map(|d| store.layer_diff(d))
        .map(|p| p.display().to_string())
        .collect();
    let upper = diffs.last().cloned().unwrap_or_default();
    let lower: Vec<String> = diffs.iter().rev().skip(1).cloned().collect();
    let mut cfg = inner
        .and_then(|c| serde_json::to_value(c).ok())
        .unwrap_or(json!({}));
    if cfg.get("Labels").is_none() {
        cfg["Labels"] = Value::Null;
    }
    json!({
        "Id": i.id,
        "Digest": i.digest,
        "RepoTags": i.names,
        "RepoDigests": i.repo_digests(),
        "Parent": "",
        // Docker's `comment` and `docker_version` are not in the OCI config (nor in podman's
        // inspect of an OCI-converted image).
        "Comment": "",
        "Created": to_json(config.as_ref().and_then(|c| c.created().clone()).map(Value::from), json!(format_rfc3339(i.created))),
        "Config": cfg,
        "Version": "",
        "Author": to_json(config.as_ref().and_then(|c| c.author().clone()).map(Value::from), json!("")),
        "Architecture": to_json(config.as_ref().map(|c| c.architecture().to_string().into()), json!("")),
        "Os": to_json(config.as_ref().map(|c| c.os().to_string().into()), json!("")),
        "Variant": to_json(config.as_ref().and_then(|c| c.variant().clone()).map(Value::from), Value::Null),
        "Size": i.size,
        "VirtualSize": i.size,
        "GraphDriver": {
            "Name": "overlay",
            "Data": { "LowerDir": lower.join(":"), "UpperDir": upper },
        },
        "RootFS": { "Type": "layers", "Layers": layers },
        "Labels": to_json(inner.and_then(|c| c.labels().as_ref()).and_then(|l| serde_json::to_value(l).ok()), Value::Null),
        "Annotations": {},
        "ManifestType": i.manifest_media_type,
        "User": to_json(inner.and_then(|c| c.user().clone()).map(Value::from), json!("")),
        "History": to_json(config.as_ref().and_then(|c| c.history().as_ref()).and_then(|h| serde_json::to_value(h).ok()), json!([])),
        "NamesHistory": i.names_history,
    })
}

fn print(items: Vec<Value>, format: Option<&str>) -> anyhow::Result<()> {
    match Format::parse(format) {
        Format::Json | Format::Default => output::out(&serde_json::to_string_pretty(&items)?),
        Format::Template { body, .. } => {
            let s =
                output::format::render_items(&body, false, &items, &output::format::default_title)
                    .map_err(anyhow::Error::msg)?;
            output::out_raw(&s);
        }
    }
    Ok(())
}

fn inspect_images(
    ctx: &Context,
    names: &[String],
    format: Option<&str>,
) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in names {
        match store.find_image(n) {
            Ok(i) => items.push(inspect_json(&store, &i)),
            Err(e) => errors.push(e),
        }
    }
    print(items, format)?;
    // podman prints what it found, then fails for what it did not.
    if let Some(last) = errors.pop() {
        for e in errors {
            output::err(&format!("Error: {e}"));
        }
        return Err(last.into());
    }
    Ok(ExitStatus::Success)
}

pub fn run(ctx: &Context, a: InspectArgs) -> anyhow::Result<ExitStatus> {
    match a.r#type.as_str() {
        "all" | "container" => {
            // containers first, as podman does; what is not a container may be an image
            let settings = ctx.settings()?;
            let mut items = Vec::new();
            let mut missing = Vec::new();
            for n in &a.names {
                match crate::runtime::container::find(&settings.paths.graph_root, n) {
                    Ok(c) => items.push(container_json(&c)),
                    Err(_) => missing.push(n.clone()),
                }
            }
            if missing.is_empty() || a.r#type == "container" {
                print(items, a.format.as_deref())?;
                return match missing.first() {
                    Some(n) => Err(UserError::new(format!("no such container \"{n}\"")).into()),
                    None => Ok(ExitStatus::Success),
                };
            }
            if !items.is_empty() {
                let store = Store::open(&settings.paths.graph_root, false)?;
                for n in &missing {
                    let i = store.find_image(n).map_err(|_| {
                        UserError::new(format!("inspecting object: no such object: \"{n}\""))
                    })?;
                    items.push(inspect_json(&store, &i));
                }
                print(items, a.format.as_deref())?;
                return Ok(ExitStatus::Success);
            }
        }
        "image" => {}
        other => {
            return Err(UserError::new(format!("invalid type {other:?}"))
                .with_hint("use all, image or container")
                .into());
        }
    }
    inspect_images(ctx, &a.names, a.format.as_deref()).map_err(|e| match e
        .downcast::<crate::storage::StoreError>()
    {
        Ok(crate::storage::StoreError::ImageNotKnown(n)) => {
            UserError::new(format!("inspecting object: no such object: \"{n}\"")).into()
        }
        Ok(other) => other.into(),
        Err(e) => e,
    })
}

pub fn run_image(ctx: &Context, a: ImageInspectArgs) -> anyhow::Result<ExitStatus> {
    inspect_images(ctx, &a.images, a.format.as_deref())
}

#[derive(Args, Debug)]
pub struct ContainerInspectArgs {
    /// Format the output using the given Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Display the total file size
    #[arg(short, long)]
    pub size: bool,
    /// Container(s) to inspect
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The container to look for
    pub container: String,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
}

/// podman's container inspect document for what berth records.
pub fn container_json(c: &crate::runtime::container::Container) -> Value {
    use crate::runtime::container::Status;
    let spec = &c.config.spec;
    let fmt = |t: i64| {
        if t == 0 {
            "0001-01-01T00:00:00Z".to_string()
        } else {
            format_rfc3339(t)
        }
    };
    let mut doc = json!({
        "Id": c.id,
        "Created": fmt(c.config.created),
        "Path": spec.process.args.first().cloned().unwrap_or_default(),
        "Args": spec.process.args.iter().skip(1).collect::<Vec<_>>(),
        "State": {
            "Status": super::ps::state_name(c),
            "Running": c.state.status == Status::Running,
            "Paused": crate::engine::State::of(c) == crate::engine::State::Paused,
            "Restarting": c.state.status != Status::Running && crate::engine::State::of(c).is_active(),
            "OOMKilled": c.state.oom_killed,
            "Dead": false,
            "Pid": if c.state.status == Status::Running { c.state.pid } else { 0 },
            "ConmonPid": c.state.monitor_pid,
            "ExitCode": c.state.exit_code.unwrap_or(0),
            "Error": "",
            "StartedAt": fmt(c.state.started_at),
            "FinishedAt": fmt(c.state.finished_at),
        },
        "Image": c.config.image_id,
        "ImageName": c.config.image_name,
        "ImageDigest": c.config.image_digest,
        "OCIRuntime": c.config.oci_runtime,
        "Rootfs": "",
        "Name": spec.name,
        "RestartCount": c.state.restart_count,
        "Driver": "overlay",
        "MountLabel": "",
        "ProcessLabel": "",
        "Mounts": spec.mounts.iter().map(|m| json!({
            "Type": match m.kind { crate::runtime::spec::MountKind::Bind => "bind", crate::runtime::spec::MountKind::Volume => "volume", crate::runtime::spec::MountKind::Tmpfs => "tmpfs" },
            "Name": m.name,
            "Source": m.source,
            "Destination": m.destination,
            "RW": !m.read_only,
        })).collect::<Vec<_>>(),
        "Config": {
            "Hostname": spec.hostname,
            "User": spec.process.user,
            "Env": spec.process.env,
            "Cmd": spec.process.args,
            "Entrypoint": spec.process.entrypoint.join(" "),
            "Image": c.config.image_name,
            "WorkingDir": spec.process.cwd,
            "Tty": spec.process.terminal,
            "OpenStdin": spec.process.stdin,
            "StopSignal": c.config.stop_signal.clone().unwrap_or_else(|| "SIGTERM".into()),
            "StopTimeout": c.config.stop_timeout.unwrap_or(10),
            "Labels": c.config.labels,
            "Annotations": c.config.annotations,
            "CreateCommand": Value::Null,
        },
        "HostConfig": {
            "AutoRemove": c.config.auto_remove,
            "NetworkMode": crate::network::Mode::inspect_name(&spec.network),
            "ReadonlyRootfs": spec.read_only,
            "Privileged": spec.security.privileged,
            "CapAdd": spec.security.cap_add,
            "CapDrop": spec.security.cap_drop,
            "SecurityOpt": [],
            "Init": spec.init,
            "GroupAdd": spec.process.groups,
            "UsernsMode": spec.userns.as_ref().map(|u| u.mode.clone()).unwrap_or_default(),
            "IDMappings": spec.userns.as_ref().map(|u| json!({
                "UidMap": u.uid_map.iter().map(|e| format!("{}:{}:{}", e.container, e.host, e.count)).collect::<Vec<_>>(),
                "GidMap": u.gid_map.iter().map(|e| format!("{}:{}:{}", e.container, e.host, e.count)).collect::<Vec<_>>(),
            })),
            "RestartPolicy": {
                "Name": if c.config.restart_policy.is_none() { "" } else { c.config.restart_policy.name.as_str() },
                "MaximumRetryCount": c.config.restart_policy.max_retries,
            },
            "LogConfig": {
                "Type": c.config.log_driver,
                "Path": if matches!(c.config.log_driver.as_str(), "none" | "journald") { String::new() } else { c.dir.join("ctr.log").display().to_string() },
                "Size": c.config.log_max_size.map(output::human_size_go).unwrap_or_else(|| "0B".into()),
            },
        },
        "NetworkSettings": network_settings(spec),
        "IsInfra": false,
    });
    if let Some(h) = doc.get_mut("HostConfig").and_then(Value::as_object_mut) {
        h.extend(super::limits::host_config(spec));
    }
    if let Some(hc) = &c.config.healthcheck {
        let results = crate::runtime::health::read(&c.dir).unwrap_or_default();
        let results = serde_json::to_value(results).unwrap_or(Value::Null);
        if let Some(st) = doc.get_mut("State").and_then(Value::as_object_mut) {
            // `Healthcheck` is podman's older name, still what templates may ask for
            st.insert("Health".into(), results.clone());
            st.insert("Healthcheck".into(), results);
        }
        if let Some(cf) = doc.get_mut("Config").and_then(Value::as_object_mut) {
            cf.insert(
                "Healthcheck".into(),
                serde_json::to_value(hc).unwrap_or(Value::Null),
            );
            cf.insert(
                "HealthcheckOnFailureAction".into(),
                Value::String(hc.on_failure.clone()),
            );
        }
    }
    doc
}

/// podman's NetworkSettings: on user-defined networks, each network's address and MAC.
fn network_settings(spec: &crate::runtime::spec::ContainerSpec) -> serde_json::Value {
    if spec.networks.is_empty() {
        return json!({ "Mode": spec.network });
    }
    let nets: serde_json::Map<String, serde_json::Value> = spec
        .networks
        .iter()
        .map(|a| {
            (
                a.network.clone(),
                json!({
                    "IPAddress": a.ip,
                    "IPPrefixLen": 24,
                    "MacAddress": a.mac,
                    "Aliases": a.aliases,
                    "NetworkID": a.network,
                }),
            )
        })
        .collect();
    let first = &spec.networks[0];
    json!({
        "Mode": "bridge",
        "IPAddress": first.ip,
        "MacAddress": first.mac,
        "Networks": nets,
    })
}

pub fn run_container(ctx: &Context, a: ContainerInspectArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for n in &a.containers {
        match crate::runtime::container::find(&settings.paths.graph_root, n) {
            Ok(c) => items.push(container_json(&c)),
            Err(e) => errors.push(e),
        }
    }
    print(items, a.format.as_deref())?;
    if let Some(last) = errors.pop() {
        for e in errors {
            output::err(&format!("Error: {e}"));
        }
        return Err(last.into());
    }
    Ok(ExitStatus::Success)
}

pub fn run_container_exists(ctx: &Context, a: ExistsArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    match crate::runtime::container::find(&settings.paths.graph_root, &a.container) {
        Ok(_) => Ok(ExitStatus::Success),
        Err(crate::storage::StoreError::ContainerNotKnown(_)) => Ok(ExitStatus::External(1)),
        Err(e) => Err(e.into()),
    }
}

pub fn run_container_prune(ctx: &Context, _a: PruneArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let dead: Vec<_> = engine
        .list()
        .into_iter()
        .filter(|c| !crate::engine::State::of(c).is_active())
        .collect();
    if dead.is_empty() {
        return Ok(ExitStatus::Success);
    }
    for (c, r) in engine.remove(dead, false, None, false)? {
        if r.is_ok() {
            output::out(&c.id);
        }
    }
    Ok(ExitStatus::Success)
}
