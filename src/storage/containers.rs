//! The store's `containers/` directory as directories: removal that survives a kill, and the
//! sweep that finishes one. What a container record holds is the runtime's business
//! (`runtime::container`).

use std::path::Path;

/// The name prefix of a container directory whose removal has begun.
const REMOVING: &str = ".removing-";

/// Remove a container's directory. It is renamed first, so the container disappears at once
/// even if the removal is interrupted (the caller is in the user namespace: the upper dir
/// holds subordinate-owned files).
pub fn remove_dir(dir: &Path) -> std::io::Result<()> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let gone = dir.with_file_name(format!("{REMOVING}{name}"));
    let path = if std::fs::rename(dir, &gone).is_ok() {
        gone
    } else {
        dir.to_path_buf()
    };
    super::store::remove_tree(&path)
}

/// Finish the removals an earlier berth began and did not end (killed during `rm`); part of
/// `Store::open`'s repair. `dir` is the containers directory; the caller is in the user
/// namespace. Two berths sweeping at once is harmless: removal takes what is still there.
pub fn sweep_removed(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        if e.file_name().to_string_lossy().starts_with(REMOVING) {
            if let Err(err) = super::store::remove_tree(&e.path()) {
                log::debug!("cannot finish removing {}: {err}", e.path().display());
            }
        }
    }
}

/// The name index: `containers/.names/<name>`, a symlink to `../<id>`, so that a name is
/// found without reading every record. A hint, never the truth: the record the entry leads to
/// is read and must carry the name (`runtime::container::find`), and a record without an entry
/// (a berth killed between writing the record and the entry, a store older than the index) is
/// found by the IDs the index lacks. Every change keeps this rule: the current name of a
/// container has an entry leading to it, or the container has none at all (create writes the
/// record, then the entry; rename adds the new entry, writes the record, drops the old one;
/// rm removes the directory, then the entry).
const NAMES: &str = ".names";

/// The index entry of `name`, when the name can be one (what `create` and `rename` accept).
fn name_entry(containers: &Path, name: &str) -> Option<std::path::PathBuf> {
    let ok = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    ok.then(|| containers.join(NAMES).join(name))
}

/// The ID an entry leads to.
fn entry_target(entry: &Path) -> Option<String> {
    let t = std::fs::read_link(entry).ok()?;
    let id = t.to_str()?.strip_prefix("../")?;
    (!id.is_empty() && !id.contains('/') && !id.starts_with('.')).then(|| id.to_string())
}

/// The ID the index gives for `name`, unverified.
pub fn indexed_id(containers: &Path, name: &str) -> Option<String> {
    entry_target(&name_entry(containers, name)?)
}

/// The IDs some entry leads to.
pub fn indexed_ids(containers: &Path) -> std::collections::HashSet<String> {
    std::fs::read_dir(containers.join(NAMES))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| entry_target(&e.path()))
                .collect()
        })
        .unwrap_or_default()
}

/// Every entry as (name, ID), unverified (`system check` verifies them).
pub fn index_entries(containers: &Path) -> Vec<(String, String)> {
    std::fs::read_dir(containers.join(NAMES))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_str()?.to_string();
                    (!name.starts_with('.')).then_some(())?;
                    Some((name, entry_target(&e.path())?))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The IDs of the container directories (without the half-removed ones and the index).
pub fn ids(containers: &Path) -> Vec<String> {
    std::fs::read_dir(containers)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default()
}

/// Give `name` to `id` in the index. An entry that leads to another container which holds the
/// name (`holds(other)`: its record says so) keeps it: `Ok(Err(other))`. An entry that leads
/// nowhere valid (a killed rm or rename) is replaced.
pub fn claim_name(
    containers: &Path,
    name: &str,
    id: &str,
    holds: impl Fn(&str) -> bool,
) -> std::io::Result<Result<(), String>> {
    let Some(entry) = name_entry(containers, name) else {
        return Ok(Ok(())); // a name no entry can hold is found by the records
    };
    let dir = containers.join(NAMES);
    std::fs::create_dir_all(&dir)?;
    let target = format!("../{id}");
    for _ in 0..3 {
        match std::os::unix::fs::symlink(&target, &entry) {
            Ok(()) => return Ok(Ok(())),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        match entry_target(&entry) {
            Some(other) if other == id => return Ok(Ok(())),
            Some(other) if holds(&other) => return Ok(Err(other)),
            _ => {
                // stale: replace it in one step (a symlink of our own, renamed over it)
                let tmp = dir.join(format!(".claim-{id}"));
                let _ = std::fs::remove_file(&tmp);
                std::os::unix::fs::symlink(&target, &tmp)?;
                std::fs::rename(&tmp, &entry)?;
                // a claimant racing on the same stale entry: the last rename wins
                if entry_target(&entry).as_deref() == Some(id) {
                    return Ok(Ok(()));
                }
            }
        }
    }
    Ok(match entry_target(&entry) {
        Some(other) if other != id => Err(other),
        _ => Ok(()),
    })
}

/// Drop `name`'s entry when it still leads to `id`.
pub fn release_name(containers: &Path, name: &str, id: &str) {
    if let Some(entry) = name_entry(containers, name) {
        if entry_target(&entry).as_deref() == Some(id) {
            let _ = std::fs::remove_file(&entry);
        }
    }
}
