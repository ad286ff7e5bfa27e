//! `secret create|ls|inspect|rm|exists` and `--secret` on run/create, as podman 4.3 has
//! them: the store's `file` driver (`storage::secrets`); a container gets a secret as a
//! read-only file at /run/secrets/NAME (or `target=`), or with `type=env` as an
//! environment variable.

use super::Engine;
use crate::error::UserError;
use crate::runtime::spec::{MountKind, MountSpec};
use crate::storage::secrets::{Secret, SecretError, Secrets};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A secret file a new container gets: written into its directory once that exists, and
/// bound read-only at `target`.
#[derive(Debug, Clone)]
pub struct SecretFile {
    pub source: PathBuf,
    pub data: Vec<u8>,
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

/// What `--secret` flags give a container.
#[derive(Debug, Clone, Default)]
pub struct SecretUses {
    /// `KEY=VALUE` for `type=env`.
    pub env: Vec<String>,
    pub mounts: Vec<MountSpec>,
    pub files: Vec<SecretFile>,
}

fn bad(flag: &str, why: &str) -> UserError {
    UserError::new(format!("invalid --secret {flag:?}: {why}"))
        .with_hint("use --secret NAME[,type=mount|env][,target=PATH|VAR][,uid=N,gid=N,mode=0NNN]")
}

impl Engine {
    fn secrets(&self) -> Result<Secrets, SecretError> {
        Ok(Secrets::open(self.root())?)
    }

    pub fn secret_create(
        &self,
        name: &str,
        data: &[u8],
        labels: BTreeMap<String, String>,
        replace: bool,
    ) -> Result<Secret, SecretError> {
        self.secrets()?.create(name, data, labels, replace)
    }

    pub fn secret_list(&self) -> Result<Vec<Secret>, SecretError> {
        Ok(self.secrets()?.list()?)
    }

    pub fn secret_lookup(&self, name: &str) -> Result<Secret, SecretError> {
        self.secrets()?.lookup(name)
    }

    pub fn secret_remove(&self, name: &str) -> Result<Secret, SecretError> {
        self.secrets()?.remove(name)
    }

    /// The `--secret` flags of a new container with ID `id`.
    pub fn secret_uses(&self, flags: &[String], id: &str) -> anyhow::Result<SecretUses> {
        let mut out = SecretUses::default();
        if flags.is_empty() {
            return Ok(out);
        }
        let store = self.secrets()?;
        for flag in flags {
            let mut parts = flag.split(',');
            let name = parts.next().unwrap_or_default();
            if name.is_empty() {
                return Err(bad(flag, "no secret named").into());
            }
            let (mut kind, mut target, mut uid, mut gid, mut mode) =
                ("mount".to_string(), None::<String>, 0u32, 0u32, 0o444u32);
            let mut mount_only = false;
            for p in parts {
                let (k, v) = p
                    .split_once('=')
                    .ok_or_else(|| bad(flag, &format!("option {p:?} is not KEY=VALUE")))?;
                let num = |v: &str, radix: u32| {
                    u32::from_str_radix(v.trim_start_matches("0o"), radix)
                        .map_err(|_| bad(flag, &format!("{k}={v} is not a number")))
                };
                match k {
                    "type" => kind = v.to_string(),
                    "target" => target = Some(v.to_string()),
                    "uid" => {
                        uid = num(v, 10)?;
                        mount_only = true;
                    }
                    "gid" => {
                        gid = num(v, 10)?;
                        mount_only = true;
                    }
                    "mode" => {
                        mode = num(v, 8)?;
                        mount_only = true;
                    }
                    _ => return Err(bad(flag, &format!("unknown option {k:?}")).into()),
                }
            }
            let secret = store.lookup(name)?;
            let data = store.data(&secret)?;
            match kind.as_str() {
                "env" => {
                    if mount_only {
                        return Err(bad(flag, "uid, gid and mode apply to type=mount only").into());
                    }
                    let var = target.unwrap_or_else(|| secret.name.clone());
                    out.env
                        .push(format!("{var}={}", String::from_utf8_lossy(&data)));
                }
                "mount" => {
                    let t = target.unwrap_or_else(|| secret.name.clone());
                    let dest = if t.starts_with('/') {
                        t
                    } else {
                        format!("/run/secrets/{t}")
                    };
                    let source = secret_dir(self.root(), id).join(&secret.name);
                    out.mounts.push(MountSpec {
                        kind: MountKind::Bind,
                        source: source.display().to_string(),
                        destination: dest,
                        read_only: true,
                        chown: false,
                        name: None,
                        tmpfs_options: String::new(),
                        mount_flags: Vec::new(),
                        copy_up: false,
                    });
                    out.files.push(SecretFile {
                        source,
                        data,
                        uid,
                        gid,
                        mode,
                    });
                }
                other => {
                    return Err(bad(flag, &format!("type {other:?} is not mount or env")).into())
                }
            }
        }
        Ok(out)
    }
}

/// Where a container's secret files are: beside its other records, so they go with it.
pub fn secret_dir(root: &Path, id: &str) -> PathBuf {
    root.join("containers").join(id).join("secrets")
}

/// Write the secret files of a container just prepared (this process is root in berth's
/// user namespace, so the owners are the container's).
pub fn write_files(files: &[SecretFile]) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    for f in files {
        if let Some(d) = f.source.parent() {
            std::fs::create_dir_all(d)?;
        }
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&f.source)
            .map_err(|e| UserError::new(format!("cannot write {}: {e}", f.source.display())))?;
        out.write_all(&f.data)?;
        std::os::unix::fs::fchown(&out, Some(f.uid), Some(f.gid))
            .map_err(|e| UserError::new(format!("cannot chown {}: {e}", f.source.display())))?;
        out.set_permissions(std::fs::Permissions::from_mode(f.mode))?;
    }
    Ok(())
}
