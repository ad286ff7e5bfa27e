//! The image's `VOLUME`s on `create`/`run`, as podman makes them with `--image-volume=bind`
//! (its default): each path no `-v`/`--mount` covers becomes a new anonymous volume, and the
//! image's content at that path is copied into it when the container first starts
//! (`MountSpec::copy_up`, done by `runtime::rootfs::apply_mounts` while the volume is empty).

use crate::runtime::spec::{MountKind, MountSpec};
use crate::storage::volumes;
use std::path::Path;

/// The image config's `Volumes` keys as container paths: relative ones under `/`, cleaned, as
/// podman's `filepath.Clean` leaves them; sorted, each once.
pub fn paths(image_config_blob: Option<&serde_json::Value>) -> Vec<String> {
    let mut out: Vec<String> = image_config_blob
        .and_then(|v| v.pointer("/config/Volumes"))
        .and_then(|v| v.as_object())
        .map(|m| m.keys().map(|k| clean(k)).collect())
        .unwrap_or_default();
    out.sort();
    out.dedup();
    out
}

fn clean(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Add an anonymous volume (to be filled from the image) for each of `paths` that `mounts`
/// does not already mount; `--image-volume=ignore` adds none, `tmpfs` a tmpfs instead.
pub fn add(
    paths: &[String],
    mode: &str,
    root: &Path,
    mounts: &mut Vec<MountSpec>,
) -> anyhow::Result<()> {
    for p in paths {
        if p == "/" || mounts.iter().any(|m| clean(&m.destination) == *p) {
            continue;
        }
        let m = match mode {
            "ignore" => continue,
            "tmpfs" => MountSpec {
                kind: MountKind::Tmpfs,
                source: String::new(),
                destination: p.clone(),
                read_only: false,
                chown: false,
                name: None,
                tmpfs_options: "notmpcopyup".into(),
                mount_flags: Vec::new(),
                copy_up: false,
            },
            "bind" | "" => {
                let name = crate::runtime::new_id();
                let v = volumes::create(root, &name, Default::default(), true, false)?;
                let mut m = MountSpec {
                    kind: MountKind::Volume,
                    source: String::new(),
                    destination: p.clone(),
                    read_only: false,
                    chown: false,
                    name: Some(name),
                    tmpfs_options: String::new(),
                    mount_flags: Vec::new(),
                    copy_up: true,
                };
                super::volume::mount_source(&v, &mut m)?;
                m
            }
            other => {
                return Err(crate::error::UserError::new(format!(
                    "invalid image volume type {other:?}"
                ))
                .with_hint("use --image-volume bind, tmpfs or ignore")
                .into())
            }
        };
        mounts.push(m);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_cleaned_and_rooted() {
        let v = serde_json::json!({"config": {"Volumes": {
            "/a/b/c": {}, "[/etc/foo,": {}, "/etc/bar]/": {}, "/a/b/c/.": {}
        }}});
        assert_eq!(paths(Some(&v)), vec!["/[/etc/foo,", "/a/b/c", "/etc/bar]"]);
        assert!(paths(None).is_empty());
    }
}
