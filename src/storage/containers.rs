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
