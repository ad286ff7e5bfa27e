//! Images to and from files: `save`, `load`, `import` and `history` (the format code is in
//! [`crate::image::archive`]). Each runs in berth's user namespace, where the layers' files
//! are readable and new layers get their owners.

use super::commit::{image_layers, now};
use super::Engine;
use crate::archive::pack::{self, PackOptions};
use crate::error::UserError;
use crate::image::archive::{self, SaveFormat, SaveImage};
use crate::image::layer::UnpackOptions;
use crate::image::manifest::{format_rfc3339, host_arch, parse_rfc3339};
use crate::image::write::{self, Format, LayerSink, NewImage};
use crate::storage::events::{emit, Event};
use crate::storage::{ImageRecord, Store};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::Path;

/// What `save` writes.
pub struct SaveOptions {
    pub format: SaveFormat,
    /// Several images in one docker-archive (`-m`); without it, every name is a tag of the
    /// first image, as podman has it.
    pub multi_image: bool,
    /// docker-dir: keep the layers compressed; OCI formats: uncompressed layers.
    pub layers: archive::LayerChoice,
    /// Where it goes as the user named it (`-o`; "/dev/stdout" without), for the event.
    pub destination: String,
    /// The event: `save`, or `push` for `push IMAGE TRANSPORT:…`.
    pub event: &'static str,
    /// The names the image is saved under instead of those given (`docker-archive:PATH:REF`,
    /// `oci:DIR:REF`; empty: none).
    pub tags: Option<Vec<String>>,
}

/// Where `save` writes.
pub enum SaveTarget<W: Write> {
    Stream(W),
    Dir(std::path::PathBuf),
}

/// Where `load` and `import` read from.
pub enum Source {
    Reader(Box<dyn Read>),
    /// An http(s) URL, downloaded into the store's tmp/ first.
    Url(String),
}

/// The bytes of a source as a reader (a download is kept in the returned tmp dir).
fn open_source(
    store: &Store,
    src: Source,
) -> anyhow::Result<(Box<dyn Read>, Option<crate::storage::TmpDir>)> {
    match src {
        Source::Reader(r) => Ok((r, None)),
        Source::Url(url) => {
            let tmp = store.tmp_dir("download")?;
            let path = tmp.path.join("data");
            let mut f = fs_err::File::create(&path)?;
            crate::image::registry::download(&url, &mut f)?;
            drop(f);
            let f = fs_err::File::open(&path)?;
            Ok((Box::new(f), Some(tmp)))
        }
    }
}

/// What `import` makes.
#[derive(Default)]
pub struct ImportOptions {
    pub changes: Vec<String>,
    pub message: Option<String>,
    /// The name of the new image (normalised already).
    pub name: Option<String>,
}

/// One row of `history`, newest first.
pub struct HistoryEntry {
    /// The image ID for the top entry, `<missing>` for the others.
    pub id: String,
    pub created: i64,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
    pub empty_layer: bool,
}

fn resolve(store: &Store, name: &str) -> anyhow::Result<ImageRecord> {
    store.find_image(name).map_err(|_| {
        UserError::new(format!("{name}: image not known"))
            .with_hint("list the local images with `berth images`")
            .into()
    })
}

/// The name a user gave as the store has it (`busybox` → the image's name that matches).
fn tag_for(image: &ImageRecord, given: &str) -> Option<String> {
    if image.id.starts_with(given.trim_start_matches("sha256:")) {
        return None;
    }
    let with_tag = if given.rsplit('/').next().is_some_and(|l| l.contains(':')) {
        given.to_string()
    } else {
        format!("{given}:latest")
    };
    image
        .names
        .iter()
        .find(|n| *n == &with_tag || n.ends_with(&format!("/{with_tag}")))
        .cloned()
        .or_else(|| image.names.first().cloned())
}

impl Engine {
    /// `save`: the images named, in the format asked for.
    pub fn save<W: Write>(
        &self,
        names: &[String],
        o: &SaveOptions,
        target: SaveTarget<W>,
    ) -> anyhow::Result<()> {
        let store = Store::open(self.root(), false)?;
        let mut images: Vec<SaveImage> = Vec::new();
        for n in names {
            let rec = resolve(&store, n)?;
            let tag = tag_for(&rec, n);
            let pos = images.iter().position(|i| i.record.id == rec.id);
            if let Some(p) = pos {
                images[p].tags.extend(tag);
            } else if images.is_empty() || o.multi_image {
                images.push(SaveImage {
                    record: rec,
                    tags: tag.into_iter().collect(),
                });
            } else {
                // podman without -m: the other names become tags of the first image
                images[0].tags.extend(tag);
            }
        }
        if let (Some(tags), Some(first)) = (&o.tags, images.first_mut()) {
            first.tags = tags.clone();
        }
        for i in &mut images {
            let mut seen = std::collections::HashSet::new();
            i.tags.retain(|t| seen.insert(t.clone()));
        }
        match target {
            SaveTarget::Stream(w) => {
                let mut w = archive::save_archive(&store, &images, o.format, o.layers, w)?;
                w.flush()?;
            }
            SaveTarget::Dir(d) => archive::save_dir(&store, &images, o.format, o.layers, &d)?,
        }
        for i in &images {
            emit(
                Event::new("image", o.event)
                    .id(&i.record.id)
                    .name(&o.destination),
            );
        }
        Ok(())
    }

    /// `load`: every image of a docker-archive or oci-archive; `name` is where it came from
    /// as the user gave it, for the event.
    pub fn load(&self, input: Source, name: &str) -> anyhow::Result<Vec<archive::Loaded>> {
        let store = Store::open(self.root(), true)?;
        let pins = store.begin_pull()?;
        let (input, _tmp) = open_source(&store, input)?;
        let loaded = archive::load(&store, input, &pins)?;
        emit(Event::new("image", "loadfromarchive").name(name));
        Ok(loaded)
    }

    /// `import`: a rootfs tarball (any compression) from `input`, or the directory `dir`, as a
    /// one-layer image. Returns its ID.
    pub fn import(
        &self,
        input: Option<Source>,
        dir: Option<&Path>,
        o: &ImportOptions,
    ) -> anyhow::Result<String> {
        let mut config = json!({
            "created": format_rfc3339(now()),
            "architecture": host_arch(),
            "os": "linux",
            "config": {},
        });
        super::build::apply_changes(&mut config, &o.changes, crate::image::write::Format::Oci)?;
        let store = Store::open(self.root(), true)?;
        let pins = store.begin_pull()?;
        let layer = match (input, dir) {
            (_, Some(d)) => {
                let sink = LayerSink::new(&store, &UnpackOptions::default())?;
                let sink = pack::pack_diff(d, sink, &PackOptions::default())?;
                sink.finish(&pins)?
            }
            (Some(src), None) => {
                let (r, _tmp) = open_source(&store, src)?;
                write::store_blob_layer(&store, r, &UnpackOptions::default(), &pins)?
            }
            (None, None) => return Err(UserError::new("nothing to import").into()),
        };
        let hex = layer.diff_id.trim_start_matches("sha256:");
        if let Some(obj) = config.as_object_mut() {
            let created = obj.get("created").cloned().unwrap_or(Value::Null);
            obj.insert(
                "history".into(),
                json!([{
                    "created": created,
                    "created_by": format!("/bin/sh -c #(nop) ADD file:{hex} in /"),
                    "comment": o.message.clone().unwrap_or_else(|| "imported from tarball".into()),
                }]),
            );
        }
        let layers = [layer];
        let rec = write::write_image(
            &store,
            NewImage {
                config,
                layers: &layers,
                names: o.name.iter().cloned().collect(),
                format: Format::Oci,
                annotations: Vec::new(),
                parent: None,
                build_key: None,
            },
            &pins,
        )?;
        emit(Event::new("image", "import").id(&rec.id).name(&rec.id));
        Ok(rec.id)
    }

    /// `history`: the image's history entries, newest first, with their layers' sizes.
    pub fn history(&self, name: &str) -> anyhow::Result<Vec<HistoryEntry>> {
        let store = Store::open(self.root(), false)?;
        let image = resolve(&store, name)?;
        let config: Value =
            serde_json::from_slice(&store.read_blob(&format!("sha256:{}", image.id))?)?;
        let layers = image_layers(&store, &image)?;
        let mut sizes = layers.iter().map(|l| l.size);
        let mut out = Vec::new();
        let history = config["history"].as_array().cloned().unwrap_or_default();
        for h in &history {
            let empty = h["empty_layer"].as_bool().unwrap_or(false);
            let size = if empty { 0 } else { sizes.next().unwrap_or(0) };
            out.push(HistoryEntry {
                id: String::new(),
                created: h["created"].as_str().and_then(parse_rfc3339).unwrap_or(0),
                created_by: h["created_by"].as_str().unwrap_or("").to_string(),
                size,
                comment: h["comment"].as_str().unwrap_or("").to_string(),
                empty_layer: empty,
            });
        }
        // layers the history does not account for (an image without history)
        for size in sizes {
            out.push(HistoryEntry {
                id: String::new(),
                created: image.created,
                created_by: String::new(),
                size,
                comment: String::new(),
                empty_layer: false,
            });
        }
        out.reverse();
        for (i, e) in out.iter_mut().enumerate() {
            e.id = if i == 0 {
                image.id.clone()
            } else {
                "<missing>".into()
            };
        }
        Ok(out)
    }
}
