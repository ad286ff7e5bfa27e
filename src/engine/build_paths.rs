//! Directories a build step makes in a container's rootfs as buildah makes them, so that the
//! layers berth builds hold the same entries as podman's:
//!
//! * COPY and ADD create the missing components of their extract directory 0755, owned by
//!   `--chown`'s user (buildah's `copier.Mkdir` with `ChownNew`);
//! * before each RUN and after each COPY/ADD, the working directory's missing components are
//!   created 0755, owned by the `USER` in effect (imagebuilder's `EnsureContainerPathAs`,
//!   with COPY --chown's lookup and root when the image does not know the user). That is why
//!   `WORKDIR /w` + `USER app` + `RUN touch f` works in podman: `/w` belongs to app.
//!
//! Both run in a child whose root is the rootfs (`runtime::access`), so a symlink in the image
//! resolves inside it.

use crate::runtime::access::{self, RootAccess};
use crate::runtime::copy::CopyError;
use std::path::{Component, Path, PathBuf};

/// Create `dir` (an absolute path, inside the caller's root) and whichever of its parents are
/// missing, each 0755 and owned by `uid:gid`; those that exist are left as they are.
pub fn mkdir_owned(dir: &Path, uid: u32, gid: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut cur = PathBuf::from("/");
    for c in dir.components() {
        match c {
            Component::Normal(n) => cur.push(n),
            Component::ParentDir => {
                cur.pop();
                continue;
            }
            _ => continue,
        }
        match std::fs::create_dir(&cur) {
            Ok(()) => {
                std::os::unix::fs::lchown(&cur, Some(uid), Some(gid))?;
                std::fs::set_permissions(&cur, std::fs::Permissions::from_mode(0o755))?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The working directory of `config` (an image config) made in the rootfs mounted at `merged`
/// when it is missing, owned by the config's user.
pub fn ensure_workdir(merged: &Path, config: &serde_json::Value) -> anyhow::Result<()> {
    let field = |ptr: &str| {
        config
            .pointer(ptr)
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let Some(workdir) = field("/config/WorkingDir").filter(|w| w != "/") else {
        return Ok(());
    };
    let (uid, gid) = match field("/config/User") {
        Some(u) => super::build::resolve_owner(merged, Some(&u)).unwrap_or((0, 0)),
        None => (0, 0),
    };
    let w = workdir.clone();
    let (mut child, ()) =
        access::spawn(&RootAccess::Chroot(merged.to_path_buf()), (), move |_| {
            mkdir_owned(Path::new(&w), uid, gid)
                .map_err(|e| CopyError(format!("cannot create {w}: {e}")))?;
            Ok(String::new())
        })?;
    child.finish().map_err(|e| {
        crate::error::UserError::new(format!("creating the working directory {workdir}: {}", e.0))
    })?;
    Ok(())
}
