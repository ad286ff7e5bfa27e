//! `build --squash`, `build --squash-all` and `commit --squash`: several layers as one.
//!
//! The layers' diff directories are merged, bottom first, into one diff directory under
//! `tmp/` with overlay's rules (a whiteout removes what is below it, an opaque directory hides
//! everything below it), every file hard-linked from its layer rather than copied (layers
//! never change), then packed as a layer like a container's upper dir. Merging on top of
//! layers that stay (`--squash`: the base image's), whiteouts and opaque markers are kept;
//! merging everything (`--squash-all`), there is nothing below, so they are dropped.

use super::commit::{self, CommitOptions};
use crate::image::layer::OPAQUE_XATTR;
use crate::image::write::{self, NewImage};
use crate::storage::{ImageRecord, LayerRecord, Store};
use serde_json::{json, Value};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;

fn is_whiteout(md: &std::fs::Metadata) -> bool {
    md.file_type().is_char_device() && md.rdev() == 0
}

fn is_opaque(p: &Path) -> bool {
    ["user.overlay.opaque", "trusted.overlay.opaque"]
        .iter()
        .any(|x| matches!(crate::sys::xattr::lgetxattr(p, x), Ok(Some(v)) if v == b"y"))
}

fn remove_any(p: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(p) {
        Ok(md) if md.is_dir() => std::fs::remove_dir_all(p),
        Ok(_) => std::fs::remove_file(p),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

fn io_at(what: &str, p: &Path) -> impl FnOnce(std::io::Error) -> anyhow::Error {
    let p = p.display().to_string();
    let what = what.to_string();
    move |e| anyhow::anyhow!("squashing layers: cannot {what} {p}: {e}")
}

/// Merge the diff directory `src` onto `dst`.
pub(super) fn merge(src: &Path, dst: &Path, keep_whiteouts: bool) -> anyhow::Result<()> {
    for e in std::fs::read_dir(src).map_err(io_at("read", src))? {
        let e = e.map_err(io_at("read", src))?;
        let s = e.path();
        let d = dst.join(e.file_name());
        let md = std::fs::symlink_metadata(&s).map_err(io_at("stat", &s))?;
        if is_whiteout(&md) {
            remove_any(&d).map_err(io_at("remove", &d))?;
            if keep_whiteouts {
                std::fs::hard_link(&s, &d).map_err(io_at("link", &d))?;
            }
        } else if md.is_dir() {
            let opaque = is_opaque(&s);
            let exists_as_dir = std::fs::symlink_metadata(&d).is_ok_and(|m| m.is_dir());
            if opaque || !exists_as_dir {
                remove_any(&d).map_err(io_at("remove", &d))?;
                std::fs::create_dir(&d).map_err(io_at("create", &d))?;
                if opaque && keep_whiteouts {
                    crate::sys::xattr::lsetxattr(&d, OPAQUE_XATTR, b"y")
                        .map_err(io_at("mark opaque", &d))?;
                }
            }
            merge(&s, &d, keep_whiteouts)?;
            std::os::unix::fs::lchown(&d, Some(md.uid()), Some(md.gid()))
                .map_err(io_at("chown", &d))?;
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(md.mode() & 0o7777))
                .map_err(io_at("chmod", &d))?;
            let t = nix::sys::time::TimeSpec::new(md.mtime(), md.mtime_nsec());
            let _ = nix::sys::stat::utimensat(
                nix::fcntl::AT_FDCWD,
                &d,
                &t,
                &t,
                nix::sys::stat::UtimensatFlags::NoFollowSymlink,
            );
        } else {
            remove_any(&d).map_err(io_at("remove", &d))?;
            std::fs::hard_link(&s, &d).map_err(io_at("link", &d))?;
        }
    }
    Ok(())
}

/// `layers` (bottom first) as one new layer.
pub fn squash_layers(
    store: &Store,
    layers: &[LayerRecord],
    keep_whiteouts: bool,
    clamp_mtime: Option<i64>,
    pins: &crate::storage::PullPins,
) -> anyhow::Result<LayerRecord> {
    let tmp = store.tmp_dir("squash")?;
    let root = tmp.path.join("diff");
    std::fs::create_dir_all(&root).map_err(io_at("create", &root))?;
    for l in layers {
        let diff = store
            .layer_path(&l.diff_id)
            .map(|p| p.join("diff"))
            .ok_or_else(|| anyhow::anyhow!("layer {} is not in the store", l.diff_id))?;
        merge(&diff, &root, keep_whiteouts)?;
    }
    commit::layer_from_dir(store, &root, clamp_mtime, pins)
}

/// `image` with its layers from `keep` on squashed into one (`keep` 0: all of them), under
/// `o.names`, with `o.parent` as its parent; the history keeps the first `keep` layers' entries and gets one for the new layer.
pub fn squash_image(
    store: &Store,
    image: &ImageRecord,
    keep: usize,
    o: &CommitOptions,
) -> anyhow::Result<ImageRecord> {
    let parent = o.parent.clone();
    let layers = commit::image_layers(store, image)?;
    let keep = keep.min(layers.len());
    let pins = store.begin_pull()?;
    let mut new_layers = layers[..keep].to_vec();
    if layers.len() > keep {
        new_layers.push(squash_layers(
            store,
            &layers[keep..],
            keep > 0,
            o.timestamp,
            &pins,
        )?);
    }
    let mut config = commit::image_config_json(store, image)?;
    // history: the entries of the layers kept (and the empty ones between them)
    let mut history = Vec::new();
    let mut seen = 0;
    if let Some(h) = config.get("history").and_then(Value::as_array) {
        for e in h {
            let empty = e.get("empty_layer").and_then(Value::as_bool) == Some(true);
            if !empty {
                if seen == keep {
                    break;
                }
                seen += 1;
            }
            history.push(e.clone());
        }
    }
    if let Some(obj) = config.as_object_mut() {
        obj.insert("history".into(), Value::Array(history));
    }
    commit::add_history(&mut config, o);
    if layers.len() <= keep {
        // nothing to squash: the last entry says so
        if let Some(h) = config["history"].as_array_mut().and_then(|a| a.last_mut()) {
            h["empty_layer"] = json!(true);
        }
    }
    Ok(write::write_image(
        store,
        NewImage {
            config,
            layers: &new_layers,
            names: o.names.clone(),
            format: o.format,
            annotations: o.annotations.clone(),
            parent,
            build_key: None,
        },
        &pins,
    )?)
}
