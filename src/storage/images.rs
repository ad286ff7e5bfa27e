//! Image records: names, digests, layers; and how a user's name finds one.

use serde::{Deserialize, Serialize};

/// One image in the store. Its ID is the hex of its config's sha256 digest, as podman's.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ImageRecord {
    pub id: String,
    /// Fully-qualified names with tags: `registry/repository:tag`.
    #[serde(default)]
    pub names: Vec<String>,
    /// Repositories the image was pulled from by digest (kept for RepoDigests).
    #[serde(default)]
    pub repositories: Vec<String>,
    /// Names by digest (`registry/repository@sha256:…`), one for each pull by digest, as
    /// containers/storage keeps them among its names: `untag` and `rmi` take them away one
    /// by one; `images` does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub digest_names: Vec<String>,
    /// The manifest digest the image was pulled with.
    pub digest: String,
    /// All manifest digests that name this image (the manifest, and a list that pointed to it).
    #[serde(default)]
    pub digests: Vec<String>,
    pub manifest_media_type: String,
    /// Layer diff ids, bottom first (`sha256:...`).
    pub layers: Vec<String>,
    /// Seconds since the epoch, from the config's `created` (0 when absent).
    #[serde(default)]
    pub created: i64,
    /// When it was stored, seconds since the epoch.
    #[serde(default)]
    pub stored: i64,
    /// Uncompressed size of all layers.
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub names_history: Vec<String>,
    /// The image it was built or committed from (podman's `Parent`; build's cache walks it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The build step that made it: a hash of the parent, the instruction and its inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_key: Option<String>,
}

impl ImageRecord {
    /// After a change of names: the current names first, then the older history without
    /// them (containers/storage's rule, which `{{.History}}` shows).
    pub fn update_names_history(&mut self) {
        let mut h = self.names.clone();
        for n in self.names_history.drain(..) {
            if !h.contains(&n) {
                h.push(n);
            }
        }
        self.names_history = h;
    }

    /// `repository@digest` for every repository this image has a name in.
    pub fn repo_digests(&self) -> Vec<String> {
        let mut repos: Vec<String> = self.names.iter().map(|n| repo_of(n).to_string()).collect();
        repos.extend(self.repositories.iter().cloned());
        repos.sort();
        repos.dedup();
        let mut out = Vec::new();
        for r in &repos {
            for d in &self.digests {
                out.push(format!("{r}@{d}"));
            }
        }
        out
    }

    /// The name of this image that a user's `name` found (as `find` matches it: exact,
    /// `:latest` added, `localhost/`, any registry's, docker.io/library), as podman records
    /// a container's ImageName; the first name when it was found by ID or digest.
    pub fn name_for(&self, name: &str) -> String {
        let with_tag = if tag_of(name).is_some() || name.contains('@') {
            name.to_string()
        } else {
            format!("{name}:latest")
        };
        let suffix = format!("/{with_tag}");
        let matched = self
            .names
            .iter()
            .find(|n| **n == with_tag)
            .or_else(|| self.names.iter().find(|n| n.ends_with(&suffix)));
        matched
            .or(self.names.first())
            .cloned()
            .unwrap_or_else(|| self.id.clone())
    }
}

/// The repository part of `registry/repo:tag` (the tag's colon comes after the last slash).
pub fn repo_of(name: &str) -> &str {
    let name = name.split('@').next().unwrap_or(name);
    match name.rfind(':') {
        Some(i) if !name[i..].contains('/') => &name[..i],
        _ => name,
    }
}

/// The tag part of `registry/repo:tag`, if any.
pub fn tag_of(name: &str) -> Option<&str> {
    let name = name.split('@').next().unwrap_or(name);
    match name.rfind(':') {
        Some(i) if !name[i..].contains('/') => Some(&name[i + 1..]),
        _ => None,
    }
}

/// How a user's name for a local image matched, in podman's order of preference.
pub fn find<'a>(
    images: &'a [ImageRecord],
    name: &str,
) -> Result<Option<&'a ImageRecord>, super::StoreError> {
    let bare = name.strip_prefix("sha256:").unwrap_or(name);
    // 1. a full ID or an ID prefix
    if crate::reference::is_image_id_prefix(name) {
        let hits: Vec<&ImageRecord> = images.iter().filter(|i| i.id.starts_with(bare)).collect();
        match hits.len() {
            1 => return Ok(Some(hits[0])),
            0 => {}
            n if name.len() < 64 => {
                return Err(super::StoreError::Ambiguous {
                    name: name.to_string(),
                    count: n,
                });
            }
            _ => return Ok(Some(hits[0])),
        }
    }
    // 2. a digest reference: repo@sha256:...
    if let Some((repo, digest)) = name.split_once('@') {
        return Ok(images.iter().find(|i| {
            i.digests.iter().any(|d| d == digest)
                && (i
                    .names
                    .iter()
                    .any(|n| repo_of(n) == repo || repo_of(n).ends_with(&format!("/{repo}")))
                    || i.repositories
                        .iter()
                        .any(|r| r == repo || r.ends_with(&format!("/{repo}"))))
        }));
    }
    let with_tag = if tag_of(name).is_some() {
        name.to_string()
    } else {
        format!("{name}:latest")
    };
    // 3. the exact name (with :latest added when no tag)
    if let Some(i) = images
        .iter()
        .find(|i| i.names.iter().any(|n| n == &with_tag))
    {
        return Ok(Some(i));
    }
    // 4. localhost/NAME, then any registry's NAME (podman's "docker compatible" short-name match)
    let local = format!("localhost/{with_tag}");
    if let Some(i) = images.iter().find(|i| i.names.iter().any(|n| n == &local)) {
        return Ok(Some(i));
    }
    let suffix = format!("/{with_tag}");
    let hits: Vec<&ImageRecord> = images
        .iter()
        .filter(|i| i.names.iter().any(|n| n.ends_with(&suffix)))
        .collect();
    if hits.len() > 1 {
        return Err(super::StoreError::Ambiguous {
            name: name.to_string(),
            count: hits.len(),
        });
    }
    let library = format!("docker.io/library/{with_tag}");
    if hits.is_empty() {
        return Ok(images
            .iter()
            .find(|i| i.names.iter().any(|n| n == &library)));
    }
    Ok(hits.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn img(id: &str, names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: id.into(),
            names: names.iter().map(|s| s.to_string()).collect(),
            repositories: vec![],
            digest_names: vec![],
            digest: "sha256:aa".into(),
            digests: vec!["sha256:aa".into()],
            manifest_media_type: String::new(),
            layers: vec![],
            created: 0,
            stored: 0,
            size: 0,
            names_history: vec![],
            parent: None,
            build_key: None,
        }
    }

    #[test]
    fn finds_like_podman() {
        let imgs = vec![
            img(
                "abcdef0123",
                &["quay.io/x/busybox:latest", "127.0.0.1:5000/t/layered:v1"],
            ),
            img("abc999", &["localhost/mine:latest"]),
        ];
        assert_eq!(find(&imgs, "abcdef").unwrap().unwrap().id, "abcdef0123");
        assert!(find(&imgs, "abc").is_err());
        assert_eq!(find(&imgs, "busybox").unwrap().unwrap().id, "abcdef0123");
        assert_eq!(
            find(&imgs, "x/busybox:latest").unwrap().unwrap().id,
            "abcdef0123"
        );
        assert_eq!(find(&imgs, "mine").unwrap().unwrap().id, "abc999");
        assert_eq!(
            find(&imgs, "127.0.0.1:5000/t/layered:v1")
                .unwrap()
                .unwrap()
                .id,
            "abcdef0123"
        );
        assert!(find(&imgs, "127.0.0.1:5000/t/layered").unwrap().is_none());
        assert_eq!(
            find(&imgs, "quay.io/x/busybox@sha256:aa")
                .unwrap()
                .unwrap()
                .id,
            "abcdef0123"
        );
    }

    #[test]
    fn splits_names() {
        assert_eq!(repo_of("127.0.0.1:5000/a/b:t"), "127.0.0.1:5000/a/b");
        assert_eq!(tag_of("127.0.0.1:5000/a/b"), None);
        assert_eq!(tag_of("127.0.0.1:5000/a/b:t"), Some("t"));
    }
}
