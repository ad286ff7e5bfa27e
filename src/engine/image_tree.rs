//! `image tree`: an image's layers as podman 4.3 prints them (libimage's `Tree`), and with
//! `--whatrequires` the layers and images stacked on it.
//!
//! The store keys layers by diff ID and shares them between images; podman's layer tree is of
//! stacks, so a node here is a layer *on top of its parents*, named by a chain ID as
//! containers/image names the layers it stores: the first layer's diff ID, then
//! sha256(parent ID + "+" + diff ID). A node is the "Top Layer of" the images whose last layer
//! it is.

use super::Engine;
use crate::storage::{ImageRecord, Store};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// A line of the tree and what hangs below it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreeNode {
    pub text: String,
    pub children: Vec<TreeNode>,
}

struct Layer {
    parent: Option<String>,
    children: Vec<String>,
    size: u64,
    tags: Vec<String>,
}

fn hex(d: &str) -> &str {
    d.strip_prefix("sha256:").unwrap_or(d)
}

/// The chain IDs of an image's layers, bottom first.
fn chain(image: &ImageRecord) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for d in &image.layers {
        let id = match out.last() {
            None => hex(d).to_string(),
            Some(p) => format!("{:x}", Sha256::digest(format!("{p}+{}", hex(d)))),
        };
        out.push(id);
    }
    out
}

/// Go's `%.*g` of `v` (below 1000) with `digits` significant digits.
fn sig(v: f64, digits: i32) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let int_digits = (v.abs().log10().floor() as i32 + 1).max(1);
    let decimals = (digits - int_digits).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// go-units' `HumanSizeWithPrecision(size, 4)` as Debian's podman prints it: "2.097MB".
pub fn human_size4(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    format!("{}{}", sig(v, 4), UNITS[i])
}

fn tags(names: &[String]) -> String {
    format!("[{}]", names.join(" "))
}

impl Engine {
    /// The tree `podman image tree [--whatrequires] IMAGE` prints: the header is the root.
    pub fn image_tree(&self, name: &str, what_requires: bool) -> anyhow::Result<TreeNode> {
        let store = Store::open(&self.settings.paths.graph_root, false)?;
        let image = store.find_image(name)?;
        let images = store.images()?;
        let mut layers: HashMap<String, Layer> = HashMap::new();
        for i in &images {
            let ids = chain(i);
            for (k, id) in ids.iter().enumerate() {
                let parent = k.checked_sub(1).map(|p| ids[p].clone());
                if !layers.contains_key(id) {
                    let size = store
                        .layer_record(&i.layers[k])
                        .map(|l| l.size)
                        .unwrap_or(0);
                    layers.insert(
                        id.clone(),
                        Layer {
                            parent: parent.clone(),
                            children: Vec::new(),
                            size,
                            tags: Vec::new(),
                        },
                    );
                    if let Some(p) = parent.and_then(|p| layers.get_mut(&p)) {
                        p.children.push(id.clone());
                    }
                }
            }
            if let Some(top) = ids.last().and_then(|t| layers.get_mut(t)) {
                top.tags.extend(i.names.iter().cloned());
            }
        }
        let blob = |d: &str| {
            store
                .blob_path(d)
                .and_then(|p| std::fs::metadata(p).ok())
                .map_or(0, |m| m.len())
        };
        let size = image.size + blob(&format!("sha256:{}", image.id)) + blob(&image.digest);
        let ids = chain(&image);
        let mut root = TreeNode {
            text: format!(
                "Image ID: {}\nTags:     {}\nSize:     {}\n{}",
                image.id.get(..12).unwrap_or(&image.id),
                tags(&image.names),
                human_size4(size),
                if ids.is_empty() {
                    "No Image Layers"
                } else {
                    "Image Layers"
                }
            ),
            children: Vec::new(),
        };
        let line = |id: &str| -> String {
            let l = &layers[id];
            let of = if l.tags.is_empty() {
                String::new()
            } else {
                format!(" Top Layer of: {}", tags(&l.tags))
            };
            format!(
                "ID: {} Size: {:>7}{of}",
                id.get(..12).unwrap_or(id),
                human_size4(l.size)
            )
        };
        let Some(top) = ids.last() else {
            return Ok(root);
        };
        if !what_requires {
            root.children = ids
                .iter()
                .map(|id| TreeNode {
                    text: line(id),
                    children: Vec::new(),
                })
                .collect();
            return Ok(root);
        }
        // libimage's imageTreeTraverseChildren: a layer without siblings continues its
        // parent's list; siblings each start a subtree
        fn traverse(
            id: &str,
            parent: &mut TreeNode,
            layers: &HashMap<String, Layer>,
            line: &dyn Fn(&str) -> String,
        ) {
            let l = &layers[id];
            let alone = l
                .parent
                .as_ref()
                .and_then(|p| layers.get(p))
                .is_none_or(|p| p.children.len() <= 1);
            let node = TreeNode {
                text: line(id),
                children: Vec::new(),
            };
            if alone {
                parent.children.push(node);
                for c in &l.children {
                    traverse(c, parent, layers, line);
                }
            } else {
                let mut node = node;
                for c in &l.children {
                    traverse(c, &mut node, layers, line);
                }
                parent.children.push(node);
            }
        }
        traverse(top, &mut root, &layers, &line);
        Ok(root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_as_go_units_with_four_digits() {
        assert_eq!(human_size4(2_097_152), "2.097MB");
        assert_eq!(human_size4(2560), "2.56kB");
        assert_eq!(human_size4(6656), "6.656kB");
        assert_eq!(human_size4(2048), "2.048kB");
        assert_eq!(human_size4(512), "512B");
        assert_eq!(human_size4(0), "0B");
    }
}
