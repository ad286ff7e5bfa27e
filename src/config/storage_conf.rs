//! storage.conf (containers-storage.conf(5)): the driver, the rootless storage path and options.
//!
//! Read from $CONTAINERS_STORAGE_CONF, else $XDG_CONFIG_HOME/containers/storage.conf, else
//! /etc/containers/storage.conf. berth's store has its own layout, so `graphroot` of the
//! system file (which is root's) is not used; `rootless_storage_path` is, with `berth` appended
//! when it is podman's own default, so the two tools never write into each other's stores.

use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct StorageConf {
    pub driver: Option<(String, PathBuf)>,
    pub graph_root: Option<PathBuf>,
    pub run_root: Option<PathBuf>,
    pub options: Vec<String>,
    pub source: Option<PathBuf>,
    pub warnings: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
struct File {
    #[serde(default)]
    storage: Storage,
}

#[derive(serde::Deserialize, Default)]
struct Storage {
    driver: Option<String>,
    rootless_storage_path: Option<String>,
    #[serde(default)]
    options: Options,
}

#[derive(serde::Deserialize, Default)]
struct Options {
    #[serde(default)]
    overlay: Option<toml::Table>,
    mount_program: Option<String>,
    ignore_chown_errors: Option<String>,
}

impl StorageConf {
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("CONTAINERS_STORAGE_CONF").filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(p));
        }
        let user = super::config_home().join("containers/storage.conf");
        if user.exists() {
            return Some(user);
        }
        let system = PathBuf::from("/etc/containers/storage.conf");
        system.exists().then_some(system)
    }

    pub fn load() -> StorageConf {
        let Some(path) = Self::path() else {
            return StorageConf::default();
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                return StorageConf {
                    warnings: vec![format!("cannot read {}: {e}; ignoring it", path.display())],
                    ..Default::default()
                }
            }
        };
        Self::parse(&text, path)
    }

    pub fn parse(text: &str, path: PathBuf) -> StorageConf {
        let mut out = StorageConf {
            source: Some(path.clone()),
            ..Default::default()
        };
        let file: File = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                out.warnings
                    .push(format!("cannot parse {}: {e}; ignoring it", path.display()));
                return out;
            }
        };
        if let Some(d) = file.storage.driver.filter(|d| !d.is_empty()) {
            out.driver = Some((d, path.clone()));
        }
        if let Some(p) = file.storage.rootless_storage_path.filter(|p| !p.is_empty()) {
            let home = std::env::var("HOME").unwrap_or_default();
            let uid = nix::unistd::getuid().as_raw().to_string();
            let user = std::env::var("USER").unwrap_or_default();
            let p = p
                .replace("$HOME", &home)
                .replace("$UID", &uid)
                .replace("$USER", &user);
            out.graph_root = Some(PathBuf::from(p).join("berth"));
        }
        if let Some(v) = file.storage.options.ignore_chown_errors {
            if v == "true" {
                out.options.push("ignore_chown_errors=true".into());
            }
        }
        if let Some(t) = file.storage.options.overlay {
            if let Some(toml::Value::String(v)) = t.get("ignore_chown_errors") {
                if v == "true" {
                    out.options.push("ignore_chown_errors=true".into());
                }
            }
            if let Some(toml::Value::String(v)) = t.get("mount_program") {
                out.options.push(format!("overlay.mount_program={v}"));
            }
        }
        if let Some(v) = file.storage.options.mount_program {
            out.options.push(format!("overlay.mount_program={v}"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_driver_and_options() {
        let c = StorageConf::parse(
            "[storage]\ndriver = \"vfs\"\n[storage.options]\nignore_chown_errors = \"true\"\n",
            PathBuf::from("/x/storage.conf"),
        );
        assert_eq!(c.driver.unwrap().0, "vfs");
        assert_eq!(c.options, vec!["ignore_chown_errors=true".to_string()]);
    }

    #[test]
    fn bad_file_is_a_warning() {
        let c = StorageConf::parse("[storage\n", PathBuf::from("/x/storage.conf"));
        assert!(c.driver.is_none());
        assert_eq!(c.warnings.len(), 1);
    }
}
