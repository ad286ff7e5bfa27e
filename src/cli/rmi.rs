//! `berth rmi` / `image rm`, and `image prune`.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::storage::Store;
use clap::Args;

#[derive(Args, Debug)]
pub struct RmiArgs {
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    /// Force removal of the image and any containers using it
    #[arg(short, long)]
    pub force: bool,
    /// Ignore errors if a specified image does not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Image(s) to remove
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove all images not in use by containers, not just dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Provide filter values (label=, until=)
    #[arg(long)]
    pub filter: Vec<String>,
}

use crate::engine::image::in_use as images_in_use;

/// `rmi -f`: containers using the image go first (killed if running), as podman does.
fn remove_containers_of(engine: &crate::engine::Engine, image_id: &str) {
    if let Ok(done) = engine.remove_image_users(image_id) {
        for (c, r) in done {
            if let Err(e) = r {
                log::warn!("cannot remove container {}: {e:#}", c.id);
            }
        }
    }
}

pub fn run(ctx: &Context, a: RmiArgs) -> anyhow::Result<ExitStatus> {
    if a.all && !a.images.is_empty() {
        return Err(UserError::new(
            "when using the --all switch, you may not pass any images names or IDs",
        )
        .into());
    }
    if !a.all && a.images.is_empty() {
        return Err(UserError::new("image name or ID must be specified").into());
    }
    let engine = ctx.engine()?;
    let settings = &engine.settings;
    super::enter_userns()?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    let in_use = images_in_use(&store);
    let targets: Vec<String> = if a.all {
        store.images()?.into_iter().map(|i| i.id).collect()
    } else {
        a.images.clone()
    };
    let mut errors: Vec<anyhow::Error> = Vec::new();
    let mut not_found = 0usize;
    // podman prints every "Untagged" line, then every "Deleted" one
    let mut untagged: Vec<String> = Vec::new();
    let mut deleted: Vec<String> = Vec::new();
    for name in &targets {
        let image = match store.find_image(name) {
            Ok(i) => i,
            // a manifest list goes by its name, as an image would
            Err(crate::storage::StoreError::ImageNotKnown(_))
                if super::manifest::find(&store, name).is_ok() =>
            {
                let list = super::manifest::find(&store, name)?;
                crate::engine::image::remove_list(&store, &list)?;
                untagged.extend(list.names.iter().cloned());
                deleted.push(list.id.clone());
                continue;
            }
            Err(crate::storage::StoreError::ImageNotKnown(_)) if a.ignore || a.all || a.force => {
                continue
            }
            Err(e) => {
                if matches!(e, crate::storage::StoreError::ImageNotKnown(_)) {
                    not_found += 1;
                }
                errors.push(e.into());
                continue;
            }
        };
        let by_id = image.id.starts_with(name.trim_start_matches("sha256:"));
        // a name by digest of an image with other names: only that name goes
        let by_digest = (!by_id && name.contains('@'))
            .then(|| crate::cli::tag::normalize_any_name(name).ok())
            .flatten()
            .filter(|d| image.digest_names.contains(d));
        if let Some(d) = by_digest {
            if image.names.len() + image.digest_names.len() > 1 {
                crate::engine::image::untag(&store, &image, std::slice::from_ref(&d))?;
                untagged.push(d);
                continue;
            }
        }
        // By name, with other names left: only that name goes (podman's "Untagged").
        let by_name = if by_id {
            None
        } else {
            image
                .names
                .iter()
                .find(|n| {
                    **n == crate::cli::tag::normalize_name(name).unwrap_or_default()
                        || n.ends_with(&format!("/{name}"))
                        || n.ends_with(&format!("/{name}:latest"))
                })
                .cloned()
        };
        if let Some(n) = &by_name {
            // podman: a name of an image with other names is only untagged, even with -f
            if image.names.len() > 1 {
                crate::engine::image::untag(&store, &image, std::slice::from_ref(n))?;
                untagged.push(n.clone());
                continue;
            }
        } else if image.names.len() > 1 && !a.force && !a.all {
            errors.push(UserError::new(format!(
                "unable to delete image \"{}\" by ID with more than one tag ({}): please force removal",
                image.id,
                image.names.join(", ")
            ))
            .into());
            continue;
        }
        if in_use.contains(&image.id) {
            if !a.force {
                errors.push(
                    UserError::new(format!("image used by {}: image is in use by a container: consider listing external containers and force-removing image", image.id))
                        .with_hint("remove the container first (`berth ps -a --filter ancestor=...`), or use rmi -f to remove both")
                        .with_status(ExitStatus::External(2))
                        .into(),
                );
                continue;
            }
            remove_containers_of(&engine, &image.id);
        }
        crate::engine::image::remove(&store, &image, name)?;
        untagged.extend(image.names.iter().chain(&image.digest_names).cloned());
        deleted.push(image.id.clone());
        // the build's intermediate images that only this one used go with it, as in podman
        deleted.extend(store.remove_unused_parents(image.parent.as_deref(), &in_use)?);
    }
    for n in &untagged {
        output::out(&format!("Untagged: {n}"));
    }
    for id in &deleted {
        output::out(&format!("Deleted: {id}"));
    }
    store.collect_garbage()?;
    if let Some(last) = errors.pop() {
        // podman: 1 when an image was not found and nothing else went wrong, else 125
        if not_found == errors.len() + 1
            && errors
                .iter()
                .chain(std::iter::once(&last))
                .all(|e| e.downcast_ref::<crate::storage::StoreError>().is_some())
        {
            for e in &errors {
                output::err(&super::report::render(e));
            }
            output::err(&super::report::render(&last));
            return Ok(ExitStatus::External(1));
        }
        if errors.is_empty() {
            return Err(last);
        }
        // podman joins them into one: "N errors occurred:" and a "\t* " line for each
        let status = crate::error::status_of(&last);
        errors.push(last);
        let list: String = errors
            .iter()
            .map(|e| {
                let text = crate::error::render_with(e, false);
                format!("\n\t* {}", text.trim_start_matches("Error: "))
            })
            .collect();
        return Err(
            UserError::new(format!("{} errors occurred:{list}\n", errors.len()))
                .with_status(status)
                .with_hint("rmi -f removes the images together with the containers using them")
                .into(),
        );
    }
    Ok(ExitStatus::Success)
}

pub fn run_prune(ctx: &Context, a: PruneArgs) -> anyhow::Result<ExitStatus> {
    if !a.filter.is_empty() {
        return Err(UserError::new("image prune --filter is not supported yet").into());
    }
    let settings = ctx.settings()?;
    super::enter_userns()?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    let in_use = images_in_use(&store);
    let removed = crate::engine::image::prune(&store, a.all, &in_use)?;
    store.collect_garbage()?;
    for id in removed {
        output::out(&id);
    }
    Ok(ExitStatus::Success)
}
