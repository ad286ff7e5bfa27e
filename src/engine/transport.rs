//! Images to and from the local transports (`dir:`, `docker-archive:`, `oci-archive:`, `oci:`)
//! as `push`, `pull`, `run` and `create` name them. The formats are `save`'s and `load`'s
//! ([`crate::image::archive`]); only the events and the names differ, as libimage has them.

use super::create::CreateOptions;
use super::Engine;
use crate::error::UserError;
use crate::image::archive::{self, Loaded, SaveFormat};
use crate::image::transport::Local;
use crate::storage::events::{emit, Event};
use crate::storage::Store;

/// libimage's `toLocalImageName`: a path as an image name (`/tmp/x` → `localhost/tmp/x:latest`).
fn local_name(path: &std::path::Path) -> Option<String> {
    let p = path.to_string_lossy();
    archive::normalize_name(&format!("localhost/{}", p.trim_matches('/')))
}

impl Engine {
    /// `pull TRANSPORT:…`: the images of a local archive or directory into the store, each
    /// with a `pull` event naming the source as given. An image the source leaves unnamed
    /// (an OCI layout, `dir:`) is named after its path, as podman names it.
    pub fn pull_local(&self, src: &Local, given: &str) -> anyhow::Result<Vec<Loaded>> {
        let store = Store::open(self.root(), true)?;
        let pins = store.begin_pull()?;
        let pick = src.reference.as_deref();
        let mut loaded = if src.format.is_dir() {
            if !src.path.is_dir() {
                return Err(UserError::new(format!(
                    "{given}: {} is not a directory",
                    src.path.display()
                ))
                .with_hint("give the directory `push` or `save --format oci-dir|docker-dir` wrote")
                .into());
            }
            archive::load_dir(&store, &src.path, pick, &pins)?
        } else {
            let f = fs_err::File::open(&src.path).map_err(|e| {
                UserError::new(format!("{given}: {e}"))
                    .with_hint("give the path of an archive `save` or `push` wrote")
            })?;
            archive::load_picked(&store, f, pick, &pins)?
        };
        drop(pins);
        if src.format != SaveFormat::DockerArchive {
            let abs = std::path::absolute(&src.path).unwrap_or_else(|_| src.path.clone());
            for l in loaded.iter_mut().filter(|l| l.names.is_empty()) {
                let Some(name) = local_name(&abs) else {
                    continue;
                };
                let rec = store.find_image(&l.id)?;
                super::image::tag(&store, &rec, std::slice::from_ref(&name), &[])?;
                l.names.push(name);
            }
        }
        for _ in &loaded {
            emit(Event::new("image", "pull").name(given));
        }
        Ok(loaded)
    }

    /// `run`/`create` of `TRANSPORT:…`: pulled by a child berth (this process stays
    /// single-threaded), which shows its progress on stderr and prints the image ID.
    pub(super) fn pull_local_in_child(&self, o: &CreateOptions) -> anyhow::Result<String> {
        let exe = std::env::current_exe()?;
        let mut c = std::process::Command::new(exe);
        c.args(&self.child_args).arg("pull");
        if o.quiet {
            c.arg("-q").stderr(std::process::Stdio::null());
        } else {
            c.stderr(std::process::Stdio::inherit());
        }
        let out = c
            .arg(&o.image)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .output()?;
        let id = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .trim()
            .to_string();
        if !out.status.success() || id.is_empty() {
            return Err(crate::error::Reported(crate::error::ExitStatus::Error).into());
        }
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_local_names() {
        assert_eq!(
            local_name(std::path::Path::new("/tmp/pt-x/oci")).as_deref(),
            Some("localhost/tmp/pt-x/oci:latest")
        );
    }
}
