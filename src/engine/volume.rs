//! Volumes beyond their records (storage::volumes): which containers use one, `volume ls
//! --filter`, and `volume export`/`import` (a tar of the volume's data).

use super::Engine;
use crate::error::{ExitStatus, UserError};
use crate::runtime::container::Container;
use crate::runtime::spec::{MountKind, MountSpec};
use crate::storage::volumes::Volume;
use std::collections::BTreeMap;
use std::io::{Read, Write};

impl Engine {
    /// The containers whose mounts name volume `name`.
    pub fn volume_users(&self, name: &str) -> Vec<Container> {
        self.list()
            .into_iter()
            .filter(|c| {
                c.config
                    .spec
                    .mounts
                    .iter()
                    .any(|m| m.name.as_deref() == Some(name))
            })
            .collect()
    }

    /// podman's refusal to remove a volume in use (exit code 2), naming the containers.
    pub fn volume_in_use_error(name: &str, users: &[Container]) -> UserError {
        let ids: Vec<&str> = users.iter().map(|c| c.id.as_str()).collect();
        UserError::new(format!(
            "volume {name} is being used by the following container(s): {}: volume is being used",
            ids.join(", ")
        ))
        .with_hint(format!(
            "remove the container(s) first, or `berth volume rm --force {name}` removes them too"
        ))
        .with_status(ExitStatus::External(2))
    }
}

/// The local driver's options podman takes (`volume create -o KEY=VALUE`).
const LOCAL_OPTIONS: &[&str] = &[
    "type", "device", "o", "uid", "gid", "size", "inodes", "noquota", "copy", "nocopy",
];

/// Parse and check `volume create -o` options as podman's local driver does: a bind's device
/// must exist.
pub fn parse_options(args: &[String]) -> Result<BTreeMap<String, String>, UserError> {
    let mut out = BTreeMap::new();
    for a in args {
        let (k, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
        if !LOCAL_OPTIONS.contains(&k) {
            return Err(UserError::new(format!(
                "invalid mount option {k} for driver 'local': invalid argument"
            ))
            .with_hint(
                "the local driver takes type, device, o, uid, gid, size, inodes, copy, nocopy",
            ));
        }
        out.insert(k.to_string(), v.to_string());
    }
    let is_bind = out.get("type").is_some_and(|t| t == "bind")
        || out
            .get("o")
            .is_some_and(|o| o.split(',').any(|x| x == "bind" || x == "rbind"));
    if is_bind {
        let dev = out.get("device").map(String::as_str).unwrap_or("");
        if let Err(e) = std::fs::metadata(dev) {
            let why = match e.kind() {
                std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
                _ => e.to_string(),
            };
            return Err(UserError::new(format!(
                "invalid volume option device for driver 'local': stat {dev}: {why}"
            ))
            .with_hint("a bind volume's device is a host directory that exists"));
        }
    }
    Ok(out)
}

/// Point a container's mount of volume `v` at what backs it: its data directory, the host
/// directory of a `type=bind` volume, or a fresh tmpfs for `type=tmpfs`.
pub fn mount_source(v: &Volume, m: &mut MountSpec) -> Result<(), UserError> {
    let kind = v.options.get("type").map(String::as_str).unwrap_or("");
    let o = v.options.get("o").map(String::as_str).unwrap_or("");
    let bind = kind == "bind" || o.split(',').any(|x| x == "bind" || x == "rbind");
    match (kind, v.options.get("device")) {
        ("tmpfs", _) => {
            m.kind = MountKind::Tmpfs;
            m.source = "tmpfs".into();
            m.tmpfs_options = o.to_string();
        }
        (_, Some(dev)) if bind => {
            // a host directory the user named is never filled from the image
            m.source = dev.clone();
            m.copy_up = false;
        }
        ("" | "none", None) => m.source = v.mountpoint.display().to_string(),
        (t, _) => {
            return Err(UserError::new(format!(
                "volume {}: mounting a {t} device needs root: rootless containers cannot mount it",
                v.name
            ))
            .with_hint("use -o type=bind -o device=DIR, or -o type=tmpfs -o device=tmpfs"))
        }
    }
    Ok(())
}

/// One `--filter key=value` of `volume ls` (podman's: name is a regular expression, label
/// `k` or `k=v`, driver, scope, dangling).
#[derive(Debug)]
enum Filter {
    Name(regex::Regex),
    Label(String, Option<String>),
    Driver(String),
    Scope(String),
    Dangling(bool),
}

/// The filters of one `volume ls`: a volume passes when it matches every key, and any one of
/// the values given for the same key.
#[derive(Debug, Default)]
pub struct VolumeFilters(Vec<(String, Filter)>);

impl VolumeFilters {
    pub fn parse(args: &[String]) -> Result<VolumeFilters, UserError> {
        let mut out = Vec::new();
        for a in args {
            let (k, v) = a.split_once('=').ok_or_else(|| {
                UserError::new(format!("invalid filter {a:?}: need key=value"))
                    .with_hint("e.g. --filter name=data or --filter label=app=web")
            })?;
            let f = match k {
                "name" => Filter::Name(regex::Regex::new(v).map_err(|e| {
                    UserError::new(format!("invalid name filter {v:?}: {e}"))
                        .with_hint("the name filter is a regular expression")
                })?),
                "label" => match v.split_once('=') {
                    Some((lk, lv)) => Filter::Label(lk.to_string(), Some(lv.to_string())),
                    None => Filter::Label(v.to_string(), None),
                },
                "driver" => Filter::Driver(v.to_string()),
                "scope" => Filter::Scope(v.to_string()),
                "dangling" => Filter::Dangling(matches!(v, "true" | "1")),
                other => {
                    return Err(
                        UserError::new(format!("{other:?} is an invalid volume filter"))
                            .with_hint("use name, label, driver, scope or dangling"),
                    )
                }
            };
            out.push((k.to_string(), f));
        }
        Ok(VolumeFilters(out))
    }

    /// Whether `v` passes; `in_use`: the volume names containers use (for `dangling`).
    pub fn matches(&self, v: &Volume, in_use: &[String]) -> bool {
        let mut keys: Vec<&str> = self.0.iter().map(|(k, _)| k.as_str()).collect();
        keys.dedup();
        keys.iter().all(|key| {
            self.0
                .iter()
                .filter(|(k, _)| k == key)
                .any(|(_, f)| match f {
                    Filter::Name(re) => re.is_match(&v.name),
                    Filter::Label(k, None) => v.labels.contains_key(k),
                    Filter::Label(k, Some(val)) => v.labels.get(k) == Some(val),
                    Filter::Driver(d) => &v.driver == d,
                    Filter::Scope(s) => s == "local",
                    Filter::Dangling(d) => *d != in_use.contains(&v.name),
                })
        })
    }
}

/// Write a tar of the volume's data (its top directory's contents) to `out`. Call inside the
/// store's user namespace, so the owners are the container's.
pub fn export(v: &Volume, out: impl Write) -> anyhow::Result<()> {
    let mut b = tar::Builder::new(out);
    b.follow_symlinks(false);
    b.append_dir_all(".", &v.mountpoint).map_err(|e| {
        UserError::new(format!(
            "cannot export volume {}: {}: {e}",
            v.name,
            v.mountpoint.display()
        ))
        .with_hint("check that the volume's data directory is readable")
    })?;
    b.into_inner()?.flush()?;
    Ok(())
}

/// Unpack a tar into the volume's data, keeping owners and modes. Call inside the store's user
/// namespace.
pub fn import(v: &Volume, input: impl Read) -> anyhow::Result<()> {
    let mut a = tar::Archive::new(input);
    a.set_preserve_permissions(true);
    a.set_preserve_ownerships(true);
    a.set_overwrite(true);
    a.unpack(&v.mountpoint).map_err(|e| {
        UserError::new(format!("cannot import into volume {}: {e}", v.name))
            .with_hint("give a tar archive, e.g. one made by `berth volume export`")
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vol(name: &str, labels: &[(&str, &str)]) -> Volume {
        serde_json::from_value(serde_json::json!({
            "name": name, "driver": "local", "mountpoint": "/x", "created": 0,
            "options": {},
            "labels": labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<std::collections::BTreeMap<_, _>>(),
        }))
        .unwrap()
    }

    #[test]
    fn name_is_a_regex_and_keys_combine() {
        let f = VolumeFilters::parse(&["name=v_1.+".into()]).unwrap();
        assert!(f.matches(&vol("v_1_a", &[]), &[]));
        assert!(!f.matches(&vol("v_2_a", &[]), &[]));
        let f = VolumeFilters::parse(&["name=v_1*".into()]).unwrap();
        assert!(f.matches(&vol("v_2_a", &[]), &[]));
        let f = VolumeFilters::parse(&["label=a=b".into(), "dangling=true".into()]).unwrap();
        assert!(f.matches(&vol("x", &[("a", "b")]), &[]));
        assert!(!f.matches(&vol("x", &[("a", "b")]), &["x".into()]));
        assert!(VolumeFilters::parse(&["bogus=1".into()]).is_err());
    }
}
