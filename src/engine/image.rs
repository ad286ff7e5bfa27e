//! Changes to image records that users see as image events: tag, untag, remove, prune. Each
//! writes podman's event (libimage's names: `tag` with the name as given, `untag` with each
//! name the image loses, `remove` with how the image was named).

use crate::runtime::container::Container;
use crate::storage::events::{emit, Event};
use crate::storage::lists::ListRecord;
use crate::storage::{ImageRecord, Store, StoreError};

fn image_event(status: &str, id: &str, name: &str) {
    emit(Event::new("image", status).id(id).name(name));
}

/// Add `targets` (normalised names) to the image; `given` are the names as typed, for the
/// events. Another image holding one of the names loses it.
pub fn tag(
    store: &Store,
    image: &ImageRecord,
    targets: &[String],
    given: &[String],
) -> Result<(), StoreError> {
    store.update_images(|images| {
        for other in images.iter_mut() {
            other
                .names
                .retain(|n| other.id == image.id || !targets.contains(n));
        }
        let me = images
            .iter_mut()
            .find(|i| i.id == image.id)
            .ok_or_else(|| StoreError::ImageNotKnown(image.id.clone()))?;
        for t in targets {
            if !me.names.contains(t) {
                me.names.push(t.clone());
            }
        }
        me.update_names_history();
        Ok(())
    })?;
    for g in given {
        image_event("tag", &image.id, g);
    }
    Ok(())
}

/// Remove `names` (tags or names by digest) from the image (every name when empty).
pub fn untag(store: &Store, image: &ImageRecord, names: &[String]) -> Result<(), StoreError> {
    let removed = store.update_images(|images| {
        let me = images
            .iter_mut()
            .find(|i| i.id == image.id)
            .ok_or_else(|| StoreError::ImageNotKnown(image.id.clone()))?;
        if names.is_empty() {
            let mut all = std::mem::take(&mut me.names);
            all.append(&mut me.digest_names);
            return Ok(all);
        }
        for n in names {
            if !me.names.contains(n) && !me.digest_names.contains(n) {
                return Err(StoreError::TagNotKnown(n.clone()));
            }
        }
        me.names.retain(|n| !names.contains(n));
        me.digest_names.retain(|n| !names.contains(n));
        Ok(names.to_vec())
    })?;
    for n in removed {
        image_event("untag", &image.id, &n);
    }
    Ok(())
}

/// Drop the image's record (its layers and blobs go with the next garbage collection);
/// `referenced_by` is how the user named it.
pub fn remove(store: &Store, image: &ImageRecord, referenced_by: &str) -> Result<(), StoreError> {
    store.update_images(|imgs| {
        imgs.retain(|i| i.id != image.id);
        Ok(())
    })?;
    for n in image.names.iter().chain(&image.digest_names) {
        image_event("untag", &image.id, n);
    }
    image_event("remove", &image.id, referenced_by);
    Ok(())
}

/// `rmi` / `manifest rm` of a manifest list: its record goes (the instances stay).
pub fn remove_list(store: &Store, list: &ListRecord) -> Result<(), StoreError> {
    store.update_lists(|all| {
        all.retain(|x| x.id != list.id);
        Ok(())
    })?;
    for n in &list.names {
        image_event("untag", &list.id, n);
    }
    image_event("remove", &list.id, &list.id);
    Ok(())
}

/// `image prune`: images no container uses that are dangling (no name), or all of them with
/// `all`. Their IDs.
pub fn prune(store: &Store, all: bool, in_use: &[String]) -> Result<Vec<String>, StoreError> {
    let removed = store.update_images(|imgs| {
        let mut removed = Vec::new();
        imgs.retain(|i| {
            let prune = (all || i.names.is_empty()) && !in_use.contains(&i.id);
            if prune {
                removed.push(i.clone());
            }
            !prune
        });
        Ok(removed)
    })?;
    for i in &removed {
        for n in &i.names {
            image_event("untag", &i.id, n);
        }
        image_event("remove", &i.id, &i.id);
    }
    Ok(removed.into_iter().map(|i| i.id).collect())
}

/// Remove the images with these IDs (the caller checked that no container uses them);
/// the IDs removed.
pub fn prune_ids(store: &Store, ids: &[String]) -> Result<Vec<String>, StoreError> {
    let removed = store.update_images(|imgs| {
        let mut removed = Vec::new();
        imgs.retain(|i| {
            let go = ids.contains(&i.id);
            if go {
                removed.push(i.clone());
            }
            !go
        });
        Ok(removed)
    })?;
    for i in &removed {
        for n in &i.names {
            image_event("untag", &i.id, n);
        }
        image_event("remove", &i.id, &i.id);
    }
    Ok(removed.into_iter().map(|i| i.id).collect())
}

impl super::Engine {
    /// `rmi -f`: the containers using the image go (killed at once if they run), as podman
    /// does. A pod's infra container among them takes its whole pod with it (podman's
    /// `RemoveContainersForImageCallback` removes the pod). The results, in order.
    pub fn remove_image_users(
        &self,
        image_id: &str,
    ) -> anyhow::Result<Vec<(Container, anyhow::Result<()>)>> {
        let mut ids: Vec<String> = Vec::new();
        for c in self.list().iter().filter(|c| c.config.image_id == image_id) {
            let members = self.infra_of(c).map(|p| self.pod_containers(&p));
            let members = members.unwrap_or_default().into_iter().map(|m| m.id);
            for id in std::iter::once(c.id.clone()).chain(members) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        let users = ids.iter().filter_map(|id| self.find(id).ok()).collect();
        self.remove_with_pods(users, true, Some(0), false, true)
    }

    /// `run --rmi`: remove the container's image once it has gone, unless another container
    /// uses it (a failure is a warning: the run itself succeeded).
    pub fn remove_image_if_unused(&self, image_id: &str) {
        let r = (|| -> anyhow::Result<()> {
            super::namespace::enter(super::Enter::Store)?;
            let store = Store::open(self.root(), true)?;
            if in_use(&store).iter().any(|i| i == image_id) {
                return Ok(());
            }
            let image = store.find_image(image_id)?;
            remove(&store, &image, image_id)?;
            store.collect_garbage()?;
            Ok(())
        })();
        if let Err(e) = r {
            log::warn!("--rmi: cannot remove image {image_id}: {e:#}");
        }
    }
}

/// Image IDs used by containers.
pub fn in_use(store: &Store) -> Vec<String> {
    crate::runtime::container::list(store.root())
        .into_iter()
        .map(|c| c.config.image_id)
        .collect()
}
