//! `berth images` / `image ls`, and `image exists`.

use super::Context;
use crate::error::ExitStatus;
use crate::image::manifest::format_rfc3339;
use crate::output::{self, format::Format, table::Table};
use crate::storage::images::{repo_of, tag_of};
use crate::storage::{ImageRecord, Store};
use clap::Args;
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Show all images (default hides intermediate images)
    #[arg(short, long)]
    pub all: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// Change the output format to JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Do not print column headings
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Display only image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter output based on conditions provided (reference=, dangling=, label=)
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Sort by created, id, repository, size or tag
    #[arg(long, default_value = "created")]
    pub sort: String,
    /// Show only the images whose reference matches
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// The image to look for
    pub image: String,
}

/// One row of the table: an image under one of its names.
struct Row<'a> {
    image: &'a ImageRecord,
    repository: String,
    tag: String,
}

fn rows(images: &[ImageRecord]) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    for i in images {
        if i.names.is_empty() {
            out.push(Row {
                image: i,
                repository: "<none>".into(),
                tag: "<none>".into(),
            });
        }
        for n in &i.names {
            out.push(Row {
                image: i,
                repository: repo_of(n).to_string(),
                tag: tag_of(n).unwrap_or("<none>").to_string(),
            });
        }
    }
    out
}

fn glob_match(pattern: &str, s: &str) -> bool {
    // '*' matches anything; enough for reference filters
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return s == pattern || s.ends_with(&format!("/{pattern}"));
    }
    let mut pos = 0;
    for (i, p) in parts.iter().enumerate() {
        if p.is_empty() {
            continue;
        }
        match s[pos..].find(p) {
            Some(at) if i > 0 || at == 0 => pos += at + p.len(),
            _ => return false,
        }
    }
    parts.last().is_some_and(|l| l.is_empty()) || pos == s.len()
}

fn matches_filters(row: &Row<'_>, filters: &[(String, String)], labels: &Value) -> bool {
    filters.iter().all(|(k, v)| match k.as_str() {
        "reference" => {
            let full = format!("{}:{}", row.repository, row.tag);
            glob_match(v, &full) || glob_match(v, &row.repository)
        }
        "dangling" => (v == "true") == row.image.names.is_empty(),
        "label" => {
            let (lk, lv) = v
                .split_once('=')
                .map(|(a, b)| (a, Some(b)))
                .unwrap_or((v.as_str(), None));
            match labels.get(lk) {
                Some(Value::String(s)) => lv.is_none_or(|lv| s == lv),
                _ => false,
            }
        }
        "id" => row.image.id.starts_with(v.as_str()),
        "before" => v.parse().is_ok_and(|t: i64| row.image.created < t),
        "since" => v.parse().is_ok_and(|t: i64| row.image.created > t),
        _ => true,
    })
}

/// The image's labels as JSON (null when it has none, or its config cannot be read).
pub fn labels_of(store: &Store, i: &ImageRecord) -> Value {
    store
        .image_config(i)
        .ok()
        .and_then(|c| c.config().as_ref()?.labels().clone())
        .and_then(|l| serde_json::to_value(l).ok())
        .unwrap_or(Value::Null)
}

pub fn image_json(store: &Store, i: &ImageRecord) -> Value {
    let labels = labels_of(store, i);
    json!({
        "Id": i.id,
        "ParentId": "",
        "RepoTags": i.names,
        "RepoDigests": i.repo_digests(),
        "Size": i.size,
        "SharedSize": 0,
        "VirtualSize": i.size,
        "Labels": labels,
        "Containers": 0,
        "Names": i.names,
        "Digest": i.digest,
        "History": i.names_history,
        "Created": i.created,
        "CreatedAt": format_rfc3339(i.created),
    })
}

pub fn run(ctx: &Context, a: ImagesArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    let mut images = store.images()?;
    match a.sort.as_str() {
        "created" => images.sort_by_key(|i| std::cmp::Reverse(i.created)),
        "id" => images.sort_by(|x, y| x.id.cmp(&y.id)),
        "size" => images.sort_by_key(|i| std::cmp::Reverse(i.size)),
        "repository" | "tag" => {}
        other => {
            return Err(crate::error::UserError::new(format!(
                "invalid option for --sort {other:?}"
            ))
            .with_hint("use one of created, id, repository, size, tag")
            .into())
        }
    }
    let mut filters: Vec<(String, String)> = Vec::new();
    for f in &a.filter {
        let (k, v) = f.split_once('=').ok_or_else(|| {
            crate::error::UserError::new(format!("invalid filter {f:?}"))
                .with_hint("filters are KEY=VALUE: reference=, dangling=, label=, id=")
        })?;
        if ![
            "reference",
            "dangling",
            "label",
            "id",
            "before",
            "since",
            "after",
            "readonly",
            "intermediate",
        ]
        .contains(&k)
        {
            return Err(crate::error::UserError::new(format!("invalid image filter {k:?}")).into());
        }
        if matches!(k, "before" | "since" | "after") {
            // compared by creation time with the image named, as podman does
            let other = store.find_image(v).map_err(|e| {
                crate::error::UserError::new(format!("{k} filter: {e}"))
                    .with_hint("name an image of `berth images` by name or ID")
            })?;
            let k = if k == "before" { "before" } else { "since" };
            filters.push((k.to_string(), other.created.to_string()));
            continue;
        }
        filters.push((k.to_string(), v.to_string()));
    }
    if let Some(r) = &a.image {
        filters.push(("reference".into(), r.clone()));
    }
    if !a.all {
        // podman hides intermediate images: unnamed, and the parent of another image
        let parents: std::collections::HashSet<String> =
            images.iter().filter_map(|i| i.parent.clone()).collect();
        images.retain(|i| !(i.names.is_empty() && parents.contains(&i.id)));
    }
    let labels: std::collections::HashMap<String, Value> = images
        .iter()
        .map(|i| (i.id.clone(), labels_of(&store, i)))
        .collect();
    let mut rows: Vec<Row<'_>> = rows(&images)
        .into_iter()
        .filter(|r| matches_filters(r, &filters, &labels[&r.image.id]))
        .collect();
    match a.sort.as_str() {
        "repository" => rows.sort_by(|x, y| x.repository.cmp(&y.repository)),
        "tag" => rows.sort_by(|x, y| x.tag.cmp(&y.tag)),
        _ => {}
    }
    let id_of = |i: &ImageRecord| {
        if a.no_trunc {
            format!("sha256:{}", i.id)
        } else {
            crate::reference::short_id(&i.id).to_string()
        }
    };

    if a.quiet {
        let mut seen = std::collections::HashSet::new();
        for r in &rows {
            if seen.insert(r.image.id.clone()) {
                output::out(&id_of(r.image));
            }
        }
        return Ok(ExitStatus::Success);
    }
    match Format::parse(a.format.as_deref()) {
        Format::Json => {
            let mut seen = std::collections::HashSet::new();
            let list: Vec<Value> = rows
                .iter()
                .filter(|r| seen.insert(r.image.id.clone()))
                .map(|r| image_json(&store, r.image))
                .collect();
            output::out(&serde_json::to_string_pretty(&list)?);
        }
        Format::Template { body, table } => {
            let items: Vec<Value> = rows
                .iter()
                .map(|r| {
                    json!({
                        "ID": id_of(r.image),
                        "Id": r.image.id,
                        "Repository": r.repository,
                        "Tag": r.tag,
                        "Digest": r.image.digest,
                        "Digests": r.image.digests,
                        "Created": r.image.created,
                        "CreatedAt": go_time(r.image.created),
                        "CreatedSince": output::time_ago(r.image.created),
                        "CreatedTime": format_rfc3339(r.image.created),
                        "Size": output::human_size(r.image.size),
                        "VirtualSize": output::human_size(r.image.size),
                        "SharedSize": "0 B",
                        "Names": r.image.names,
                        "Labels": labels[&r.image.id].clone(),
                        "Dangling": r.image.names.is_empty(),
                        "ReadOnly": false,
                        "Containers": 0,
                        "History": r.image.names_history.join(", "),
                    })
                })
                .collect();
            let title = |f: &str| match f {
                "ID" | "Id" => "IMAGE ID".to_string(),
                "CreatedSince" | "CreatedAt" | "Created" | "CreatedTime" => "CREATED".to_string(),
                other => output::format::default_title(other),
            };
            let s = output::format::render_items(&body, table && !a.noheading, &items, &title)
                .map_err(anyhow::Error::msg)?;
            output::out_raw(&s);
        }
        Format::Default => {
            let mut header = vec!["REPOSITORY", "TAG"];
            if a.digests {
                header.push("DIGEST");
            }
            header.extend(["IMAGE ID", "CREATED", "SIZE"]);
            let mut t = if a.noheading {
                Table::headless()
            } else {
                Table::new(&header)
            };
            for r in &rows {
                let mut row = vec![r.repository.clone(), r.tag.clone()];
                if a.digests {
                    row.push(r.image.digest.clone());
                }
                row.extend([
                    id_of(r.image),
                    output::time_ago(r.image.created),
                    output::human_size(r.image.size),
                ]);
                t.push(row);
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}

pub fn run_exists(ctx: &Context, a: ExistsArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    match store.find_image(&a.image) {
        Ok(_) => Ok(ExitStatus::Success),
        Err(crate::storage::StoreError::ImageNotKnown(_)) => Ok(ExitStatus::External(1)),
        Err(e) => Err(e.into()),
    }
}

/// A time as Go's `time.Time.String()` prints it in UTC (`2022-06-15 00:00:00 +0000 UTC`),
/// which podman's `{{.CreatedAt}}` shows.
pub(super) fn go_time(t: i64) -> String {
    let r = crate::image::manifest::format_rfc3339(t);
    // 2022-06-15T00:00:00Z
    match (r.get(..10), r.get(11..19)) {
        (Some(d), Some(h)) => format!("{d} {h} +0000 UTC"),
        _ => r,
    }
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn reference_globs() {
        assert!(glob_match("busybox", "127.0.0.1:5000/t/busybox"));
        assert!(glob_match("*busybox*", "127.0.0.1:5000/t/busybox:latest"));
        assert!(glob_match(
            "127.0.0.1:5000/t/*",
            "127.0.0.1:5000/t/busybox:latest"
        ));
        assert!(!glob_match("alpine", "127.0.0.1:5000/t/busybox"));
    }
}
