//! A container's changes to an image: `commit`, and each RUN and COPY of `build`.
//!
//! The container's upper dir (overlay and fuse-overlayfs keep it in the store's own diff
//! format) is written as a layer tar ([`crate::archive::pack`]) into a
//! [`crate::image::write::LayerSink`], which unpacks it as a new layer and keeps its gzip
//! blob; the image config is the container's image's, with the changes asked for, and a new
//! history entry.

use super::Engine;
use crate::archive::pack::{self, PackOptions};
use crate::error::UserError;
use crate::image::layer::UnpackOptions;
use crate::image::write::{self, Format, LayerSink, NewImage};
use crate::runtime::container::Container;
use crate::storage::{ImageRecord, LayerRecord, PullPins, Store};
use serde_json::{json, Value};

/// The files a runtime puts in every container, left out of a commit when they are empty
/// mount points (as podman leaves them out of `diff`).
const MOUNT_POINTS: &[&str] = &[
    "dev",
    "proc",
    "sys",
    "run",
    "etc/hostname",
    "etc/hosts",
    "etc/resolv.conf",
    "etc/mtab",
    "run/.containerenv",
    "run/secrets",
];

/// How a commit makes its image.
#[derive(Debug, Clone, Default)]
pub struct CommitOptions {
    /// The image config to write (JSON); None: the container's image's, with the container's
    /// command, environment, working directory, user and labels (what `podman commit` keeps).
    pub config: Option<Value>,
    pub names: Vec<String>,
    pub format: Format,
    /// History: the command that made the layer, the author and the comment.
    pub created_by: String,
    pub author: Option<String>,
    pub message: Option<String>,
    /// Seconds since the epoch for `created` and for the history entry; clamps file mtimes.
    pub timestamp: Option<i64>,
    /// No layer: a config-only step (ENV, LABEL...), an empty history entry.
    pub empty_layer: bool,
    pub parent: Option<String>,
    pub build_key: Option<String>,
    pub annotations: Vec<(String, String)>,
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The raw config JSON of an image in the store (fields berth does not model are kept).
pub fn image_config_json(store: &Store, image: &ImageRecord) -> anyhow::Result<Value> {
    let bytes = store.read_blob(&format!("sha256:{}", image.id))?;
    Ok(serde_json::from_slice(&bytes)?)
}

/// The layer records of an image, bottom first.
pub fn image_layers(store: &Store, image: &ImageRecord) -> anyhow::Result<Vec<LayerRecord>> {
    image
        .layers
        .iter()
        .map(|d| {
            store.layer_record(d).ok_or_else(|| {
                UserError::new(format!("layer {d} of image {} is missing", image.id))
                    .with_hint("run `berth pull` of the image again to restore it")
                    .into()
            })
        })
        .collect()
}

/// Write `upper` (a diff-format directory) as a new layer.
pub fn layer_from_dir(
    store: &Store,
    upper: &std::path::Path,
    clamp_mtime: Option<i64>,
    pins: &PullPins,
) -> anyhow::Result<LayerRecord> {
    let sink = LayerSink::new(store, &UnpackOptions::default())?;
    let opts = PackOptions {
        clamp_mtime,
        skip_empty: MOUNT_POINTS.iter().map(Into::into).collect(),
        exclude: Vec::new(),
    };
    let sink = pack::pack_diff(upper, sink, &opts)?;
    Ok(sink.finish(pins)?)
}

/// Add a history entry (and set `created`) in a config.
pub fn add_history(config: &mut Value, o: &CommitOptions) {
    let when = crate::image::manifest::format_rfc3339(o.timestamp.unwrap_or_else(now));
    let Some(obj) = config.as_object_mut() else {
        return;
    };
    obj.insert("created".into(), Value::String(when.clone()));
    let mut h = json!({ "created": when, "created_by": o.created_by });
    if let Some(a) = &o.author {
        h["author"] = Value::String(a.clone());
        obj.insert("author".into(), Value::String(a.clone()));
    }
    if let Some(m) = &o.message {
        h["comment"] = Value::String(m.clone());
    }
    if o.empty_layer {
        h["empty_layer"] = Value::Bool(true);
    }
    match obj.get_mut("history").and_then(Value::as_array_mut) {
        Some(a) => a.push(h),
        None => {
            obj.insert("history".into(), Value::Array(vec![h]));
        }
    }
}

/// The config `podman commit` writes: the image's, with the container's process settings.
fn container_config(store: &Store, c: &Container, image: &ImageRecord) -> anyhow::Result<Value> {
    let mut config = image_config_json(store, image)?;
    let p = &c.config.spec.process;
    let inner = config
        .as_object_mut()
        .map(|o| o.entry("config").or_insert_with(|| json!({})));
    if let Some(Value::Object(cfg)) = inner {
        let env: Vec<Value> = p
            .env
            .iter()
            .filter(|e| !e.starts_with("HOSTNAME=") && !e.starts_with("container="))
            .map(|e| Value::String(e.clone()))
            .collect();
        cfg.insert("Env".into(), Value::Array(env));
        // podman: the container's entrypoint, then its command (the args after it)
        let strings = |v: &[String]| match v {
            [] => Value::Null,
            v => Value::Array(v.iter().cloned().map(Value::String).collect()),
        };
        let split = p.entrypoint.len().min(p.args.len());
        cfg.insert("Entrypoint".into(), strings(&p.entrypoint));
        cfg.insert("Cmd".into(), strings(&p.args[split..]));
        if !p.cwd.is_empty() {
            cfg.insert("WorkingDir".into(), Value::String(p.cwd.clone()));
        }
        if !c.config.labels.is_empty() {
            let labels: serde_json::Map<String, Value> = c
                .config
                .labels
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect();
            cfg.insert("Labels".into(), Value::Object(labels));
        }
    }
    Ok(config)
}

impl Engine {
    /// Commit a container (stopped or running; this process is in berth's user namespace)
    /// to a new image.
    pub fn commit_container(
        &self,
        store: &Store,
        c: &Container,
        o: &CommitOptions,
    ) -> anyhow::Result<ImageRecord> {
        let image = store.find_image(&c.config.image_id).map_err(|_| {
            UserError::new(format!(
                "the image {} of container {} is no longer in the store",
                c.config.image_id,
                c.name()
            ))
        })?;
        let mut layers = image_layers(store, &image)?;
        let pins = store.begin_pull()?;
        if !o.empty_layer {
            if c.config.driver == "vfs" {
                return Err(UserError::new(format!(
                    "committing container {}: the vfs storage driver keeps no record of changes berth can commit yet",
                    c.name()
                ))
                .with_hint("use the overlay or fuse-overlayfs driver (--storage-driver overlay)")
                .into());
            }
            let upper = c.dir.join("upper");
            layers.push(layer_from_dir(store, &upper, o.timestamp, &pins)?);
        }
        let mut config = match &o.config {
            Some(v) => v.clone(),
            None => container_config(store, c, &image)?,
        };
        add_history(&mut config, o);
        let rec = write::write_image(
            store,
            NewImage {
                config,
                layers: &layers,
                names: o.names.clone(),
                format: o.format,
                annotations: o.annotations.clone(),
                parent: o.parent.clone().or(Some(image.id.clone())),
                build_key: o.build_key.clone(),
            },
            &pins,
        )?;
        c.config.emit("commit");
        Ok(rec)
    }

    /// A new image from `parent` with `config` and no new layer (a build's ENV, LABEL ...).
    pub fn config_image(
        &self,
        store: &Store,
        parent: &ImageRecord,
        mut config: Value,
        o: &CommitOptions,
    ) -> anyhow::Result<ImageRecord> {
        let layers = image_layers(store, parent)?;
        let pins = store.begin_pull()?;
        add_history(&mut config, o);
        Ok(write::write_image(
            store,
            NewImage {
                config,
                layers: &layers,
                names: o.names.clone(),
                format: o.format,
                annotations: o.annotations.clone(),
                parent: Some(parent.id.clone()),
                build_key: o.build_key.clone(),
            },
            &pins,
        )?)
    }
}

impl Engine {
    /// `berth commit CONTAINER`: enter berth's namespace, commit with the `--change`s.
    pub fn commit(
        &self,
        name: &str,
        o: &CommitOptions,
        changes: &[String],
        include_volumes: bool,
        squash: bool,
    ) -> anyhow::Result<ImageRecord> {
        let c = self.find(name)?;
        super::namespace::enter(super::Enter::Store)?;
        let store = Store::open(self.root(), true)?;
        let image = store.find_image(&c.config.image_id).map_err(|_| {
            UserError::new(format!(
                "the image {} of container {} is no longer in the store",
                c.config.image_id,
                c.name()
            ))
        })?;
        let mut config = container_config(&store, &c, &image)?;
        if include_volumes {
            for m in &c.config.spec.mounts {
                if let Some(Value::Object(cfg)) = config.get_mut("config") {
                    let v = cfg.entry("Volumes").or_insert_with(|| json!({}));
                    if let Some(v) = v.as_object_mut() {
                        v.insert(m.destination.clone(), json!({}));
                    }
                }
            }
        }
        super::build::apply_changes(&mut config, changes, o.format)?;
        let mut o = o.clone();
        o.config = Some(config);
        if o.created_by.is_empty() {
            o.created_by = c.config.spec.process.args.join(" ");
        }
        if !squash {
            return self.commit_container(&store, &c, &o);
        }
        // `--squash`: every layer, the image's too, as one (buildah's commit --squash); the
        // image with the container's layer on top is only the way there
        let names = std::mem::take(&mut o.names);
        let whole = self.commit_container(&store, &c, &o)?;
        let o = CommitOptions {
            names,
            parent: None,
            ..o
        };
        let squashed = super::squash::squash_image(&store, &whole, 0, &o)?;
        if squashed.id != whole.id {
            store
                .remove_unused_parents(Some(&whole.id), std::slice::from_ref(&c.config.image_id))?;
        }
        Ok(squashed)
    }
}
