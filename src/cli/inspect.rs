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
    let config: Value = store
        .read_blob(&format!("sha256:{}", i.id))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null);
    let layers: Vec<String> = i.layers.clone();
    let diffs: Vec<String> = layers
        .iter()
        .filter_map(|d| store.layer_diff(d))
        .map(|p| p.display().to_string())
        .collect();
    let upper = diffs.last().cloned().unwrap_or_default();
    let lower: Vec<String> = diffs.iter().rev().skip(1).cloned().collect();
    let mut cfg = config.get("config").cloned().unwrap_or(json!({}));
    if cfg.get("Labels").is_none() {
        cfg["Labels"] = Value::Null;
    }
    json!({
        "Id": i.id,
        "Digest": i.digest,
        "RepoTags": i.names,
        "RepoDigests": i.repo_digests(),
        "Parent": "",
        "Comment": config.get("comment").cloned().unwrap_or(json!("")),
        "Created": config.get("created").cloned().unwrap_or(json!(format_rfc3339(i.created))),
        "Config": cfg,
        "Version": config.get("docker_version").cloned().unwrap_or(json!("")),
        "Author": config.get("author").cloned().unwrap_or(json!("")),
        "Architecture": config.get("architecture").cloned().unwrap_or(json!("")),
        "Os": config.get("os").cloned().unwrap_or(json!("")),
        "Variant": config.get("variant").cloned().unwrap_or(Value::Null),
        "Size": i.size,
        "VirtualSize": i.size,
        "GraphDriver": {
            "Name": "overlay",
            "Data": { "LowerDir": lower.join(":"), "UpperDir": upper },
        },
        "RootFS": { "Type": "layers", "Layers": layers },
        "Labels": config.pointer("/config/Labels").cloned().unwrap_or(Value::Null),
        "Annotations": {},
        "ManifestType": i.manifest_media_type,
        "User": config.pointer("/config/User").cloned().unwrap_or(json!("")),
        "History": config.get("history").cloned().unwrap_or(json!([])),
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
        "all" | "image" => {}
        "container" => {
            return Err(UserError::new(format!("no such container {}", a.names.join(", "))).into());
        }
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
            UserError::new(format!("no such object: \"{n}\"")).into()
        }
        Ok(other) => other.into(),
        Err(e) => e,
    })
}

pub fn run_image(ctx: &Context, a: ImageInspectArgs) -> anyhow::Result<ExitStatus> {
    inspect_images(ctx, &a.images, a.format.as_deref())
}
