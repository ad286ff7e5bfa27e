//! Per-registry TLS material from certs.d directories, as containers/image finds it
//! (containers-certs.d(5)): which CA certificates and client certificate/key pairs apply to
//! one registry `host[:port]`. Reading and using the files is the caller's job.
//!
//! Without `--cert-dir`, the first of these per-host directories that exists is used (they
//! are not merged):
//! 1. `$XDG_CONFIG_HOME/containers/certs.d/<host[:port]>/` (default `~/.config`;
//!    containers/image uses `$HOME/.config` regardless of `$XDG_CONFIG_HOME`),
//! 2. `/etc/containers/certs.d/<host[:port]>/`,
//! 3. `/etc/docker/certs.d/<host[:port]>/`.
//!
//! Directories that are missing or unreadable for lack of permission are skipped. With
//! `--cert-dir DIR`, DIR itself (not a per-host subdirectory) is used instead.
//!
//! In the chosen directory, `*.crt` files are CA certificates and each `NAME.cert` needs a
//! `NAME.key` (and each `NAME.key` a `NAME.cert`): a client certificate pair. Files are
//! listed in name order.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// The system per-host directories, after the per-user one.
pub const SYSTEM_CERTS_DIRS: [&str; 2] = ["/etc/containers/certs.d", "/etc/docker/certs.d"];

/// The TLS files that apply to one registry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsMaterial {
    /// CA certificates (`*.crt`), PEM.
    pub ca_files: Vec<PathBuf>,
    /// Client certificate and key (`NAME.cert`, `NAME.key`).
    pub client_pairs: Vec<(PathBuf, PathBuf)>,
}

impl TlsMaterial {
    /// True when no file applies.
    pub fn is_empty(&self) -> bool {
        self.ca_files.is_empty() && self.client_pairs.is_empty()
    }
}

/// Errors finding TLS material.
#[derive(Debug, thiserror::Error)]
pub enum CertsError {
    #[error("invalid registry {host_port:?} for a certs.d lookup: expected host[:port]")]
    InvalidHost { host_port: String },
    #[error("reading certificate directory {}: {source}", .path.display())]
    ReadDir { path: PathBuf, source: io::Error },
    #[error(
        "client certificate {} has no matching key {}; add the key, or rename the file to .crt if it is \
         a CA certificate",
        .cert.display(), .key.display()
    )]
    MissingKey { cert: PathBuf, key: PathBuf },
    #[error("client key {} has no matching certificate {}; add the certificate or remove the key", .key.display(), .cert.display())]
    MissingCert { key: PathBuf, cert: PathBuf },
}

/// Where per-host certificate directories are looked for, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertDirs {
    pub roots: Vec<PathBuf>,
}

impl CertDirs {
    /// The per-user directory (from `$XDG_CONFIG_HOME` or the home directory) and the
    /// system ones.
    pub fn from_env() -> CertDirs {
        let config_home = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().join(".config")));
        CertDirs::with_config_home(config_home.as_deref())
    }

    /// The same with a given user configuration directory (`~/.config`).
    pub fn with_config_home(config_home: Option<&Path>) -> CertDirs {
        let mut roots: Vec<PathBuf> = config_home
            .map(|h| h.join("containers/certs.d"))
            .into_iter()
            .collect();
        roots.extend(SYSTEM_CERTS_DIRS.iter().map(PathBuf::from));
        CertDirs { roots }
    }

    /// The TLS material for `host_port`: from `extra_dir` when given, else from the first
    /// existing `<root>/<host_port>/`.
    pub fn lookup(
        &self,
        host_port: &str,
        extra_dir: Option<&Path>,
    ) -> Result<TlsMaterial, CertsError> {
        if let Some(dir) = extra_dir {
            return scan_dir(dir);
        }
        if host_port.is_empty()
            || host_port == "."
            || host_port == ".."
            || host_port.contains('/')
            || host_port.contains('\0')
        {
            return Err(CertsError::InvalidHost {
                host_port: host_port.to_string(),
            });
        }
        for root in &self.roots {
            let dir = root.join(host_port);
            match std::fs::metadata(&dir) {
                Ok(_) => return scan_dir(&dir),
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::NotFound | io::ErrorKind::PermissionDenied
                    ) => {}
                // e.g. a path component that is a file: containers/image fails here too.
                Err(source) => return Err(CertsError::ReadDir { path: dir, source }),
            }
        }
        Ok(TlsMaterial::default())
    }
}

/// The TLS material for `host_port` (a registry as it appears in references, e.g.
/// `quay.io`, `localhost:5000`; Docker Hub is `docker.io`); `extra_dir` is `--cert-dir`.
pub fn lookup(host_port: &str, extra_dir: Option<&Path>) -> Result<TlsMaterial, CertsError> {
    CertDirs::from_env().lookup(host_port, extra_dir)
}

/// Classify the files of one directory. A missing or unreadable (permission) directory has
/// no material.
pub fn scan_dir(dir: &Path) -> Result<TlsMaterial, CertsError> {
    let read_err = |source| CertsError::ReadDir {
        path: dir.to_path_buf(),
        source,
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::PermissionDenied
            ) =>
        {
            return Ok(TlsMaterial::default())
        }
        Err(source) => return Err(read_err(source)),
    };
    // (name, is a directory), sorted by name.
    let mut names: Vec<(String, bool)> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(read_err)?;
        let is_dir = entry.file_type().map_err(read_err)?.is_dir();
        names.push((entry.file_name().to_string_lossy().into_owned(), is_dir));
    }
    names.sort();
    let present: BTreeSet<&str> = names.iter().map(|(n, _)| n.as_str()).collect();

    let mut material = TlsMaterial::default();
    for (name, is_dir) in &names {
        if name.ends_with(".crt") && !is_dir {
            material.ca_files.push(dir.join(name));
        }
        if let Some(base) = name.strip_suffix(".cert") {
            let key = format!("{base}.key");
            if !present.contains(key.as_str()) {
                return Err(CertsError::MissingKey {
                    cert: dir.join(name),
                    key: dir.join(key),
                });
            }
            material.client_pairs.push((dir.join(name), dir.join(key)));
        }
        if let Some(base) = name.strip_suffix(".key") {
            let cert = format!("{base}.cert");
            if !present.contains(cert.as_str()) {
                return Err(CertsError::MissingCert {
                    key: dir.join(name),
                    cert: dir.join(cert),
                });
            }
        }
    }
    Ok(material)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn touch(path: &Path) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "-----BEGIN CERTIFICATE-----\n").unwrap();
    }

    fn dirs(tmp: &Path) -> CertDirs {
        CertDirs {
            roots: vec![
                tmp.join("user/certs.d"),
                tmp.join("containers/certs.d"),
                tmp.join("docker/certs.d"),
            ],
        }
    }

    #[test]
    fn classifies_files_in_name_order() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path().join("reg");
        for f in [
            "b.crt",
            "a.crt",
            "client.cert",
            "client.key",
            "z.cert",
            "z.key",
            "notes.txt",
            "ca.pem",
        ] {
            touch(&d.join(f));
        }
        fs::create_dir_all(d.join("dir.crt")).unwrap();
        let m = scan_dir(&d).unwrap();
        assert_eq!(m.ca_files, [d.join("a.crt"), d.join("b.crt")]);
        assert_eq!(
            m.client_pairs,
            [
                (d.join("client.cert"), d.join("client.key")),
                (d.join("z.cert"), d.join("z.key"))
            ]
        );
        assert!(!m.is_empty());
        assert!(scan_dir(&tmp.path().join("missing")).unwrap().is_empty());
    }

    #[test]
    fn unpaired_client_files_are_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path().join("reg");
        touch(&d.join("client.cert"));
        let err = scan_dir(&d).unwrap_err().to_string();
        assert!(
            err.contains("client.cert") && err.contains("client.key") && err.contains(".crt"),
            "{err}"
        );
        fs::remove_file(d.join("client.cert")).unwrap();
        touch(&d.join("client.key"));
        let err = scan_dir(&d).unwrap_err().to_string();
        assert!(
            err.starts_with("client key") && err.contains("client.cert"),
            "{err}"
        );
        assert!(!err.ends_with('.'));
    }

    #[test]
    fn first_existing_host_directory_wins() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let c = dirs(t);
        assert!(
            c.lookup("reg.io:5000", None).unwrap().is_empty(),
            "nothing anywhere"
        );

        touch(&t.join("docker/certs.d/reg.io:5000/docker.crt"));
        assert_eq!(
            c.lookup("reg.io:5000", None).unwrap().ca_files,
            [t.join("docker/certs.d/reg.io:5000/docker.crt")]
        );

        touch(&t.join("containers/certs.d/reg.io:5000/system.crt"));
        assert_eq!(
            c.lookup("reg.io:5000", None).unwrap().ca_files,
            [t.join("containers/certs.d/reg.io:5000/system.crt")]
        );

        // An existing but empty user directory still wins: directories are not merged.
        fs::create_dir_all(t.join("user/certs.d/reg.io:5000")).unwrap();
        assert!(c.lookup("reg.io:5000", None).unwrap().is_empty());

        // Only the exact host[:port] directory applies.
        assert!(c.lookup("reg.io", None).unwrap().is_empty());
        touch(&t.join("containers/certs.d/[::1]:5000/ca.crt"));
        assert_eq!(c.lookup("[::1]:5000", None).unwrap().ca_files.len(), 1);
    }

    #[test]
    fn cert_dir_replaces_the_defaults() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let c = dirs(t);
        touch(&t.join("containers/certs.d/reg.io/system.crt"));
        let extra = t.join("mycerts");
        touch(&extra.join("mine.crt"));
        touch(&extra.join("reg.io/nested.crt"));
        assert_eq!(
            c.lookup("reg.io", Some(&extra)).unwrap().ca_files,
            [extra.join("mine.crt")]
        );
        assert!(c
            .lookup("reg.io", Some(&t.join("none")))
            .unwrap()
            .is_empty());
    }

    #[test]
    fn host_names_cannot_escape_the_directories() {
        let tmp = tempfile::tempdir().unwrap();
        let c = dirs(tmp.path());
        for bad in ["", ".", "..", "a/b", "../etc"] {
            let err = c.lookup(bad, None).unwrap_err().to_string();
            assert!(err.contains("expected host[:port]"), "{bad}: {err}");
        }
    }

    #[test]
    fn default_roots() {
        let c = CertDirs::with_config_home(Some(Path::new("/home/u/.config")));
        assert_eq!(
            c.roots,
            [
                PathBuf::from("/home/u/.config/containers/certs.d"),
                PathBuf::from("/etc/containers/certs.d"),
                PathBuf::from("/etc/docker/certs.d"),
            ]
        );
        assert_eq!(CertDirs::with_config_home(None).roots.len(), 2);
    }
}
