//! Crash-safe writes: write a temporary file beside the target, fsync it, rename it over.
//! A reader (or a berth killed with -9) sees the old file or the new one, never half of one.

use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Replace `path` with `data`. The error is the system's own: the caller names the path (as
/// `StoreError::Io` does), so that it is said once.
pub fn write(path: &Path, data: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o644)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_data()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_failed_write_names_its_path_once() {
        let p = std::path::Path::new("/nonexistent-berth-dir/state.json");
        let e = super::write(p, b"{}").unwrap_err();
        let e = anyhow::Error::from(crate::storage::io_err("write", p)(e));
        let text = format!("{e:#}");
        assert_eq!(
            text.matches("/nonexistent-berth-dir/state.json").count(),
            1,
            "{text}"
        );
        assert!(text.contains("No such file or directory"), "{text}");
    }
}
