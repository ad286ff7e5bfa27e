//! Registry credentials in containers-auth.json(5) files: where podman reads and writes them,
//! looking credentials up for a repository, and storing or removing them (`login`/`logout`).
//!
//! The file is `{"auths": {"registry[:port][/namespace…]": {"auth": base64("user:pass")}}}`.
//! Keys are matched most specific first (`registry/ns/repo`, `registry/ns`, `registry`), then
//! keys written as URLs (`https://index.docker.io/v1/`, `http://host/…`) are matched by their
//! host, with `docker.io`, `index.docker.io` and `registry-1.docker.io` counted as one.
//!
//! Credential helpers (`credHelpers`, `credsStore`) are not run: their entries are left alone
//! when writing, and looking up skips them (docker's `{}` placeholder entries for helpers
//! decode to nothing and the search moves on to the next file). An `identitytoken` is not
//! used either.
//!
//! No error of this module contains a password or an `auth` string: JSON problems are reported
//! by position, never by content.

use base64::Engine as _;
use serde::Serialize as _;
use serde_json::{Map, Value};
use std::fmt;
use std::io::{self, Write as _};
use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};

/// A user name and password for one registry (or namespace).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// Errors reading or writing auth files. None of them includes a secret.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("reading auth file {}: {source}", .path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("auth file {} is not valid JSON ({problem} at line {line}, column {column}); fix or remove it", .path.display())]
    Json {
        path: PathBuf,
        problem: &'static str,
        line: usize,
        column: usize,
    },
    #[error("auth file {} has an unexpected layout: {problem}; fix or remove it", .path.display())]
    Layout { path: PathBuf, problem: String },
    #[error(
        "auth file {}: the \"auth\" field of entry {key:?} {problem}; log in again to rewrite it",
        .path.display()
    )]
    InvalidEntry {
        path: PathBuf,
        key: String,
        problem: &'static str,
    },
    #[error("invalid credentials key {key:?}: {problem}")]
    InvalidKey { key: String, problem: &'static str },
    #[error("invalid user name: it must not contain ':'")]
    InvalidUsername,
    #[error(
        "{} (set by $XDG_RUNTIME_DIR) does not exist; create the directory or unset XDG_RUNTIME_DIR",
        .path.display()
    )]
    RuntimeDirMissing { path: PathBuf },
    #[error("auth file path {} has no file name", .path.display())]
    NoFileName { path: PathBuf },
    #[error("creating directory {}: {source}", .path.display())]
    CreateDir { path: PathBuf, source: io::Error },
    #[error("writing auth file {}: {source}", .path.display())]
    Write { path: PathBuf, source: io::Error },
}

/// One file to search, and whether it is in the legacy `~/.dockercfg` format (the entries at
/// the top level, keyed by registry URL, instead of under `auths`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthFile {
    pub path: PathBuf,
    pub legacy: bool,
}

/// The environment that decides where auth files are, so that the search is testable without
/// touching the process environment. Empty variables count as unset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthPaths {
    /// `$REGISTRY_AUTH_FILE`: podman's default for `--authfile`.
    pub registry_auth_file: Option<PathBuf>,
    /// `$XDG_RUNTIME_DIR`.
    pub xdg_runtime_dir: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME`.
    pub xdg_config_home: Option<PathBuf>,
    /// `$DOCKER_CONFIG`.
    pub docker_config: Option<PathBuf>,
    /// The home directory.
    pub home: Option<PathBuf>,
    /// The real user ID.
    pub uid: u32,
}

impl AuthPaths {
    /// Read the environment of this process.
    pub fn from_env() -> AuthPaths {
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        AuthPaths {
            registry_auth_file: var("REGISTRY_AUTH_FILE"),
            xdg_runtime_dir: var("XDG_RUNTIME_DIR"),
            xdg_config_home: var("XDG_CONFIG_HOME"),
            docker_config: var("DOCKER_CONFIG"),
            home: directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()),
            uid: current_uid(),
        }
    }

    /// The file `login` writes and `logout` edits, as containers/image chooses it:
    /// 1. the explicit `--authfile`;
    /// 2. `$REGISTRY_AUTH_FILE` (podman's default for `--authfile`);
    /// 3. `$XDG_RUNTIME_DIR/containers/auth.json` — an error if `$XDG_RUNTIME_DIR` is set but
    ///    does not exist;
    /// 4. without `$XDG_RUNTIME_DIR`: `/run/containers/$UID/auth.json`. (containers/image does
    ///    not fall back to `$XDG_CONFIG_HOME` here; podman computes and exports
    ///    `XDG_RUNTIME_DIR` for rootless users early, so in practice this is reached as root.)
    pub fn default_auth_path(&self, explicit: Option<&Path>) -> Result<PathBuf, AuthError> {
        if let Some(p) = explicit {
            return Ok(p.to_path_buf());
        }
        if let Some(p) = &self.registry_auth_file {
            return Ok(p.clone());
        }
        if let Some(dir) = &self.xdg_runtime_dir {
            if let Err(e) = std::fs::metadata(dir) {
                if e.kind() == io::ErrorKind::NotFound {
                    return Err(AuthError::RuntimeDirMissing { path: dir.clone() });
                }
            }
            return Ok(dir.join("containers/auth.json"));
        }
        Ok(PathBuf::from(format!(
            "/run/containers/{}/auth.json",
            self.uid
        )))
    }

    /// The files searched for credentials, in order. With an explicit `--authfile` or
    /// `$REGISTRY_AUTH_FILE` only that file; otherwise the default auth file (skipped when
    /// `$XDG_RUNTIME_DIR` is missing), `$XDG_CONFIG_HOME/containers/auth.json` (default
    /// `~/.config`), `$DOCKER_CONFIG/config.json` or else `~/.docker/config.json`, and the
    /// legacy `~/.dockercfg`.
    pub fn search_files(&self, explicit: Option<&Path>) -> Vec<AuthFile> {
        let mut files = Vec::new();
        if let Ok(path) = self.default_auth_path(explicit) {
            files.push(AuthFile {
                path,
                legacy: false,
            });
        }
        if explicit.is_some() || self.registry_auth_file.is_some() {
            return files;
        }
        let config_home = self
            .xdg_config_home
            .clone()
            .or_else(|| self.home.as_ref().map(|h| h.join(".config")));
        if let Some(dir) = config_home {
            files.push(AuthFile {
                path: dir.join("containers/auth.json"),
                legacy: false,
            });
        }
        match (&self.docker_config, &self.home) {
            (Some(dir), _) => files.push(AuthFile {
                path: dir.join("config.json"),
                legacy: false,
            }),
            (None, Some(home)) => files.push(AuthFile {
                path: home.join(".docker/config.json"),
                legacy: false,
            }),
            (None, None) => {}
        }
        if let Some(home) = &self.home {
            files.push(AuthFile {
                path: home.join(".dockercfg"),
                legacy: true,
            });
        }
        files
    }

    /// Credentials for `registry` (`host[:port]`) and `repository` (may be empty) from the
    /// first file in [`Self::search_files`] that has a usable entry.
    pub fn lookup(
        &self,
        registry: &str,
        repository: &str,
        explicit: Option<&Path>,
    ) -> Result<Option<Credentials>, AuthError> {
        let key = if repository.is_empty() {
            registry.to_string()
        } else {
            format!("{registry}/{repository}")
        };
        validate_key(&key)?;
        for file in self.search_files(explicit) {
            if let Some(creds) = find_in_file(&file, &key, registry)? {
                return Ok(Some(creds));
            }
        }
        Ok(None)
    }
}

/// The file `login` writes to (see [`AuthPaths::default_auth_path`]).
pub fn default_auth_path(explicit: Option<&Path>) -> Result<PathBuf, AuthError> {
    AuthPaths::from_env().default_auth_path(explicit)
}

/// Credentials for `registry`/`repository` from this user's auth files (see
/// [`AuthPaths::lookup`]).
pub fn lookup(
    registry: &str,
    repository: &str,
    explicit: Option<&Path>,
) -> Result<Option<Credentials>, AuthError> {
    AuthPaths::from_env().lookup(registry, repository, explicit)
}

/// Store credentials under `key` (`host[:port][/namespace…]`) in `path`, keeping every other
/// entry and field. Parent directories are created with mode 0700; the file is replaced
/// atomically and has mode 0600.
pub fn store(path: &Path, key: &str, creds: &Credentials) -> Result<(), AuthError> {
    validate_key(key)?;
    if creds.username.contains(':') {
        return Err(AuthError::InvalidUsername);
    }
    let mut doc = read_json(path)?.unwrap_or_else(|| Value::Object(Map::new()));
    let encoded = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", creds.username, creds.password));
    let mut entry = Map::new();
    entry.insert("auth".to_string(), Value::String(encoded));
    auths_for_edit(&mut doc, path)?.insert(key.to_string(), Value::Object(entry));
    write_atomic(path, &doc)
}

/// Remove the entry `key` from `path`. Returns whether there was one; the file is not
/// created when missing.
pub fn remove(path: &Path, key: &str) -> Result<bool, AuthError> {
    validate_key(key)?;
    let Some(mut doc) = read_json(path)? else {
        return Ok(false);
    };
    let removed = auths_for_edit(&mut doc, path)?.remove(key).is_some();
    if removed {
        write_atomic(path, &doc)?;
    }
    Ok(removed)
}

/// Remove every entry of `auths` in `path`, keeping other fields. A missing file stays
/// missing.
pub fn remove_all(path: &Path) -> Result<(), AuthError> {
    let Some(mut doc) = read_json(path)? else {
        return Ok(());
    };
    auths_for_edit(&mut doc, path)?.clear();
    write_atomic(path, &doc)
}

/// The keys of `auths` in `path`, sorted; empty when the file is missing.
pub fn keys(path: &Path) -> Result<Vec<String>, AuthError> {
    let Some(doc) = read_json(path)? else {
        return Ok(Vec::new());
    };
    Ok(auths_of(&doc, path)?
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default())
}

/// containers/image's `validateKey`: a registry, namespace or repository, never a URL, tag or
/// digest.
fn validate_key(key: &str) -> Result<(), AuthError> {
    let invalid = |problem| {
        Err(AuthError::InvalidKey {
            key: key.to_string(),
            problem,
        })
    };
    if key.is_empty() {
        return invalid("it is empty");
    }
    if key.starts_with("http://") || key.starts_with("https://") {
        return invalid("it must not start with http:// or https://; use host[:port][/namespace]");
    }
    if key.contains('@') {
        return invalid("it must not contain '@' (a digest); use host[:port][/namespace]");
    }
    if let Some((_, path)) = key.split_once('/') {
        if path.contains(':') {
            return invalid(
                "it must not contain ':' after host[:port] (a tag); use host[:port][/namespace]",
            );
        }
    }
    Ok(())
}

fn find_in_file(
    file: &AuthFile,
    key: &str,
    registry: &str,
) -> Result<Option<Credentials>, AuthError> {
    let Some(doc) = read_json(&file.path)? else {
        return Ok(None);
    };
    let auths = if file.legacy {
        match &doc {
            Value::Object(m) => m,
            _ => return Err(layout(&file.path, "the top level is not a JSON object")),
        }
    } else {
        match auths_of(&doc, &file.path)? {
            Some(m) => m,
            None => return Ok(None),
        }
    };
    // `credHelpers` would be consulted here; helpers are not supported (see the module docs).

    // Exact keys, most specific first; legacy files only have registry keys.
    let mut candidate = if file.legacy { registry } else { key };
    loop {
        if let Some(entry) = auths.get(candidate) {
            return decode_entry(&file.path, candidate, entry);
        }
        match candidate.rfind('/') {
            Some(i) if !file.legacy => candidate = &candidate[..i],
            _ => break,
        }
    }
    // Then keys written as URLs, or under another name of Docker Hub.
    let wanted = normalize_registry(registry);
    for (k, entry) in auths {
        if normalize_key(k, file.legacy) == wanted {
            return decode_entry(&file.path, k, entry);
        }
    }
    Ok(None)
}

/// `docker.io` and `registry-1.docker.io` are `index.docker.io`.
fn normalize_registry(registry: &str) -> &str {
    match registry {
        "registry-1.docker.io" | "docker.io" => "index.docker.io",
        other => other,
    }
}

/// A key as written by docker (possibly `https://host/v1/`) reduced to its registry.
fn normalize_key(key: &str, legacy: bool) -> &str {
    let stripped = key.strip_prefix("http://").unwrap_or(key);
    let stripped = stripped.strip_prefix("https://").unwrap_or(stripped);
    let host = if legacy || stripped.len() != key.len() {
        stripped.split('/').next().unwrap_or(stripped)
    } else {
        stripped
    };
    normalize_registry(host)
}

/// Decode one entry; `None` when it holds no usable user:password (e.g. a helper marker).
fn decode_entry(path: &Path, key: &str, entry: &Value) -> Result<Option<Credentials>, AuthError> {
    let invalid = |problem| AuthError::InvalidEntry {
        path: path.to_path_buf(),
        key: key.to_string(),
        problem,
    };
    let Value::Object(entry) = entry else {
        return Err(layout(path, &format!("entry {key:?} is not a JSON object")));
    };
    let auth = match entry.get("auth") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s,
        Some(_) => return Err(invalid("is not a string")),
    };
    // Go's decoder skips line breaks inside base64; so do we.
    let cleaned: String = auth.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .map_err(|_| invalid("is not valid base64"))?;
    let decoded =
        String::from_utf8(decoded).map_err(|_| invalid("does not decode to UTF-8 text"))?;
    // Without a ':' docker ignores the entry, and so does containers/image.
    let Some((username, password)) = decoded.split_once(':') else {
        return Ok(None);
    };
    Ok(Some(Credentials {
        username: username.to_string(),
        password: password.trim_matches('\0').to_string(),
    }))
}

fn layout(path: &Path, problem: &str) -> AuthError {
    AuthError::Layout {
        path: path.to_path_buf(),
        problem: problem.to_string(),
    }
}

/// The parsed file, `None` when it does not exist. An empty file counts as `{}`.
fn read_json(path: &Path) -> Result<Option<Value>, AuthError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(AuthError::Read {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(Value::Object(Map::new())));
    }
    // serde_json's syntax errors carry no input text, but report only the category and the
    // position anyway, so no secret can end up in a message.
    let doc: Value = serde_json::from_slice(&bytes).map_err(|e| AuthError::Json {
        path: path.to_path_buf(),
        problem: match e.classify() {
            serde_json::error::Category::Eof => "unexpected end of file",
            serde_json::error::Category::Syntax => "syntax error",
            serde_json::error::Category::Io | serde_json::error::Category::Data => "invalid data",
        },
        line: e.line(),
        column: e.column(),
    })?;
    Ok(Some(doc))
}

/// The `auths` object of a non-legacy file; `None` when absent or null.
fn auths_of<'a>(doc: &'a Value, path: &Path) -> Result<Option<&'a Map<String, Value>>, AuthError> {
    let Value::Object(top) = doc else {
        return Err(layout(path, "the top level is not a JSON object"));
    };
    match top.get("auths") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m)),
        Some(_) => Err(layout(path, "\"auths\" is not a JSON object")),
    }
}

/// The `auths` object of a non-legacy file, created when absent or null.
fn auths_for_edit<'a>(
    doc: &'a mut Value,
    path: &Path,
) -> Result<&'a mut Map<String, Value>, AuthError> {
    let Value::Object(top) = doc else {
        return Err(layout(path, "the top level is not a JSON object"));
    };
    let auths = top.entry("auths").or_insert(Value::Null);
    if auths.is_null() {
        *auths = Value::Object(Map::new());
    }
    match auths {
        Value::Object(m) => Ok(m),
        _ => Err(layout(path, "\"auths\" is not a JSON object")),
    }
}

/// Write `doc` to `path` through a temporary file in the same directory (mode 0600) and a
/// rename, creating missing parent directories with mode 0700. Tab-indented, as podman does.
fn write_atomic(path: &Path, doc: &Value) -> Result<(), AuthError> {
    let write_err = |source| AuthError::Write {
        path: path.to_path_buf(),
        source,
    };
    let Some(name) = path.file_name() else {
        return Err(AuthError::NoFileName {
            path: path.to_path_buf(),
        });
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .map_err(|source| AuthError::CreateDir {
            path: dir.clone(),
            source,
        })?;

    let mut data = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut data,
        serde_json::ser::PrettyFormatter::with_indent(b"\t"),
    );
    doc.serialize(&mut ser)
        .map_err(|e| write_err(io::Error::other(e)))?;
    data.push(b'\n');

    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let tmp = dir.join(format!(
        ".{}.tmp-{}-{nanos}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(&data)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(write_err(e));
    }
    Ok(())
}

/// The real user ID, read without unsafe code: from /proc/self/status, else the owner of
/// /proc/self.
fn current_uid() -> u32 {
    let from_status = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|uid| uid.parse().ok())
        });
    from_status
        .or_else(|| std::fs::metadata("/proc/self").ok().map(|m| m.uid()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::PermissionsExt as _;

    fn b64(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    fn creds(u: &str, p: &str) -> Credentials {
        Credentials {
            username: u.into(),
            password: p.into(),
        }
    }

    fn write(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// An environment rooted in a temporary directory; XDG_RUNTIME_DIR exists.
    fn env(root: &Path) -> AuthPaths {
        fs::create_dir_all(root.join("run")).unwrap();
        AuthPaths {
            registry_auth_file: None,
            xdg_runtime_dir: Some(root.join("run")),
            xdg_config_home: None,
            docker_config: None,
            home: Some(root.join("home")),
            uid: 1234,
        }
    }

    #[test]
    fn debug_redacts_the_password() {
        let shown = format!("{:?}", creds("alice", "hunter2"));
        assert!(
            shown.contains("alice") && shown.contains("<redacted>") && !shown.contains("hunter2"),
            "{shown}"
        );
    }

    #[test]
    fn default_auth_path_order() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let mut e = env(root);
        let explicit = root.join("explicit.json");
        e.registry_auth_file = Some(root.join("env.json"));
        assert_eq!(e.default_auth_path(Some(&explicit)).unwrap(), explicit);
        assert_eq!(e.default_auth_path(None).unwrap(), root.join("env.json"));
        e.registry_auth_file = None;
        assert_eq!(
            e.default_auth_path(None).unwrap(),
            root.join("run/containers/auth.json")
        );
        e.xdg_runtime_dir = None;
        assert_eq!(
            e.default_auth_path(None).unwrap(),
            PathBuf::from("/run/containers/1234/auth.json")
        );
        e.xdg_runtime_dir = Some(root.join("missing"));
        let err = e.default_auth_path(None).unwrap_err().to_string();
        assert!(
            err.contains("missing")
                && err.contains("XDG_RUNTIME_DIR")
                && err.contains("does not exist"),
            "{err}"
        );
        assert_eq!(e.default_auth_path(Some(&explicit)).unwrap(), explicit);
    }

    #[test]
    fn search_files_order() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let home = root.join("home");
        let mut e = env(root);
        let f = |path: PathBuf, legacy: bool| AuthFile { path, legacy };
        assert_eq!(
            e.search_files(None),
            [
                f(root.join("run/containers/auth.json"), false),
                f(home.join(".config/containers/auth.json"), false),
                f(home.join(".docker/config.json"), false),
                f(home.join(".dockercfg"), true),
            ]
        );
        e.xdg_config_home = Some(root.join("cfg"));
        e.docker_config = Some(root.join("dockercfg"));
        assert_eq!(
            e.search_files(None),
            [
                f(root.join("run/containers/auth.json"), false),
                f(root.join("cfg/containers/auth.json"), false),
                f(root.join("dockercfg/config.json"), false),
                f(home.join(".dockercfg"), true),
            ]
        );
        // A missing XDG_RUNTIME_DIR skips the primary file but keeps the others.
        e.xdg_runtime_dir = Some(root.join("missing"));
        assert_eq!(e.search_files(None).len(), 3);
        // A user-chosen file is the only one searched.
        assert_eq!(
            e.search_files(Some(Path::new("/x/auth.json"))),
            [f(PathBuf::from("/x/auth.json"), false)]
        );
        e.registry_auth_file = Some(root.join("env.json"));
        assert_eq!(e.search_files(None), [f(root.join("env.json"), false)]);
    }

    #[test]
    fn lookup_prefers_the_most_specific_key() {
        let tmp = tempfile::tempdir().unwrap();
        let e = env(tmp.path());
        let file = tmp.path().join("run/containers/auth.json");
        write(
            &file,
            &format!(
                r#"{{"auths": {{
                    "quay.io": {{"auth": "{}"}},
                    "quay.io/ns": {{"auth": "{}"}},
                    "quay.io/ns/repo": {{"auth": "{}"}},
                    "localhost:5000": {{"auth": "{}"}}
                }}}}"#,
                b64("reg:1"),
                b64("ns:2"),
                b64("repo:3"),
                b64("local:4")
            ),
        );
        let cases = [
            ("quay.io", "ns/repo", Some(("repo", "3"))),
            ("quay.io", "ns/repo/sub", Some(("repo", "3"))),
            ("quay.io", "ns/other", Some(("ns", "2"))),
            ("quay.io", "other/x", Some(("reg", "1"))),
            ("quay.io", "", Some(("reg", "1"))),
            ("quay.io", "nsx", Some(("reg", "1"))),
            ("localhost:5000", "a/b", Some(("local", "4"))),
            ("localhost", "a", None),
            ("docker.io", "library/busybox", None),
        ];
        for (registry, repo, expected) in cases {
            let got = e.lookup(registry, repo, None).unwrap();
            assert_eq!(got, expected.map(|(u, p)| creds(u, p)), "{registry}/{repo}");
        }
    }

    #[test]
    fn lookup_normalises_docker_hub_and_url_keys() {
        let tmp = tempfile::tempdir().unwrap();
        let e = env(tmp.path());
        let file = tmp.path().join("run/containers/auth.json");
        let cases = [
            ("https://index.docker.io/v1/", "docker.io", true),
            ("index.docker.io", "docker.io", true),
            ("registry-1.docker.io", "docker.io", true),
            ("docker.io", "docker.io", true),
            ("https://index.docker.io/v1/", "index.docker.io", true),
            ("http://example.com:5000/v2/", "example.com:5000", true),
            ("https://example.com", "example.com", true),
            ("https://example.com/v1/", "other.com", false),
            // Without a scheme the key is taken literally.
            ("example.com/v1/", "example.com", false),
        ];
        for (key, registry, found) in cases {
            write(
                &file,
                &format!(r#"{{"auths": {{"{key}": {{"auth": "{}"}}}}}}"#, b64("u:p")),
            );
            let got = e.lookup(registry, "a/b", None).unwrap();
            assert_eq!(got.is_some(), found, "key {key} for {registry}");
        }
    }

    #[test]
    fn lookup_searches_files_in_order() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let e = env(root);
        let home = root.join("home");
        let entry = |u: &str| {
            format!(
                r#"{{"auths": {{"quay.io": {{"auth": "{}"}}}}}}"#,
                b64(&format!("{u}:pw"))
            )
        };
        write(
            &home.join(".dockercfg"),
            &format!(
                r#"{{"https://quay.io/v1/": {{"auth": "{}", "email": "x"}}}}"#,
                b64("legacy:pw")
            ),
        );
        assert_eq!(
            e.lookup("quay.io", "a", None).unwrap(),
            Some(creds("legacy", "pw"))
        );
        write(&home.join(".docker/config.json"), &entry("docker"));
        assert_eq!(
            e.lookup("quay.io", "a", None).unwrap(),
            Some(creds("docker", "pw"))
        );
        write(&home.join(".config/containers/auth.json"), &entry("config"));
        assert_eq!(
            e.lookup("quay.io", "a", None).unwrap(),
            Some(creds("config", "pw"))
        );
        // An entry without usable credentials (a docker helper marker) moves on to the next file.
        write(
            &root.join("run/containers/auth.json"),
            r#"{"auths": {"quay.io": {}}, "credHelpers": {"quay.io": "pass"}}"#,
        );
        assert_eq!(
            e.lookup("quay.io", "a", None).unwrap(),
            Some(creds("config", "pw"))
        );
        write(&root.join("run/containers/auth.json"), &entry("runtime"));
        assert_eq!(
            e.lookup("quay.io", "a", None).unwrap(),
            Some(creds("runtime", "pw"))
        );
        // An explicit file is the only one consulted.
        let explicit = root.join("explicit.json");
        assert_eq!(e.lookup("quay.io", "a", Some(&explicit)).unwrap(), None);
        write(&explicit, &entry("explicit"));
        assert_eq!(
            e.lookup("quay.io", "a", Some(&explicit)).unwrap(),
            Some(creds("explicit", "pw"))
        );
    }

    #[test]
    fn decoding_details() {
        let tmp = tempfile::tempdir().unwrap();
        let e = env(tmp.path());
        let file = tmp.path().join("run/containers/auth.json");
        let cases: Vec<(String, Option<Credentials>)> = vec![
            (b64("user:pa:ss\0\0"), Some(creds("user", "pa:ss"))),
            (b64(":onlypass"), Some(creds("", "onlypass"))),
            (b64("nocolon"), None),
            (String::new(), None),
            (format!("{}\n", b64("a:b")), Some(creds("a", "b"))),
        ];
        for (auth, expected) in cases {
            write(
                &file,
                &serde_json::json!({"auths": {"quay.io": {"auth": auth}}}).to_string(),
            );
            assert_eq!(
                e.lookup("quay.io", "x", None).unwrap(),
                expected,
                "{auth:?}"
            );
        }
        write(&file, "");
        assert_eq!(e.lookup("quay.io", "x", None).unwrap(), None, "empty file");
        write(&file, r#"{"auths": null}"#);
        assert_eq!(e.lookup("quay.io", "x", None).unwrap(), None);
    }

    #[test]
    fn errors_never_show_secrets() {
        let tmp = tempfile::tempdir().unwrap();
        let e = env(tmp.path());
        let file = tmp.path().join("run/containers/auth.json");
        let secret = b64("alice:topsecret");
        let bad_base64 = format!("{}!!", &secret[..8]);
        let cases = [
            (
                format!(r#"{{"auths": {{"quay.io": {{"auth": "{bad_base64}"}}}}}}"#),
                "is not valid base64",
            ),
            (
                format!(r#"{{"auths": {{"quay.io": {{"auth": "{secret}"}}"#),
                "not valid JSON (unexpected end of file",
            ),
            (
                format!(r#"{{"auths": {{"quay.io": {{"auth": "{secret}" x}}}}}}"#),
                "syntax error at line 1",
            ),
            (
                format!(r#"{{"auths": "{secret}"}}"#),
                "\"auths\" is not a JSON object",
            ),
            (
                format!(r#"{{"auths": {{"quay.io": "{secret}"}}}}"#),
                "entry \"quay.io\" is not a JSON object",
            ),
            (
                format!(r#"{{"auths": {{"quay.io": {{"auth": ["{secret}"]}}}}}}"#),
                "is not a string",
            ),
            (format!(r#"["{secret}"]"#), "top level is not a JSON object"),
        ];
        for (text, needle) in cases {
            write(&file, &text);
            let err = e.lookup("quay.io", "x", None).unwrap_err().to_string();
            assert!(err.contains(needle), "{text}: {err:?} lacks {needle:?}");
            assert!(err.contains(&file.display().to_string()), "{err}");
            for leak in ["topsecret", &secret[..8], "alice"] {
                assert!(!err.contains(leak), "{err:?} leaks {leak:?}");
            }
            let debug = format!("{:?}", e.lookup("quay.io", "x", None).unwrap_err());
            assert!(!debug.contains(&secret[..8]), "{debug}");
        }
    }

    #[test]
    fn invalid_keys_are_rejected() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("auth.json");
        let cases = [
            ("", "empty"),
            ("https://quay.io", "http:// or https://"),
            ("quay.io/a@sha256:x", "'@'"),
            ("quay.io/a:tag", "':' after host[:port]"),
        ];
        for (key, needle) in cases {
            let err = store(&path, key, &creds("u", "secretpw"))
                .unwrap_err()
                .to_string();
            assert!(
                err.contains(needle) && !err.contains("secretpw"),
                "{key}: {err}"
            );
            assert!(remove(&path, key).is_err(), "{key}");
        }
        for key in [
            "quay.io",
            "localhost:5000",
            "localhost:5000/ns/repo",
            "[::1]:5000/a",
        ] {
            store(&path, key, &creds("u", "p")).unwrap();
        }
        let err = store(&path, "quay.io", &creds("a:b", "p"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "invalid user name: it must not contain ':'");
        assert!(env(tmp.path()).lookup("quay.io", "a:b", None).is_err());
    }

    #[test]
    fn store_creates_private_files_and_keeps_other_content() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        let path = dir.join("auth.json");
        store(&path, "quay.io", &creds("alice", "pw1")).unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
        assert_eq!(
            fs::metadata(tmp.path().join("a"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o700
        );
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("\n\t\"auths\": {\n\t\t\"quay.io\": {"),
            "{text}"
        );
        assert_eq!(keys(&path).unwrap(), ["quay.io"]);

        // Unknown fields, helpers and other entries survive; an entry is replaced whole.
        write(
            &path,
            &format!(
                r#"{{"auths": {{"quay.io": {{"auth": "{}", "identitytoken": "tok"}}, "other.io": {{"auth": "{}", "email": "e"}}}},
                    "credHelpers": {{"gcr.io": "gcloud"}}, "psFormat": "table"}}"#,
                b64("old:old"),
                b64("o:o")
            ),
        );
        store(&path, "quay.io", &creds("alice", "pw2")).unwrap();
        store(&path, "docker.io/ns", &creds("bob", "pw3")).unwrap();
        let doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(doc["psFormat"], "table");
        assert_eq!(doc["credHelpers"]["gcr.io"], "gcloud");
        assert_eq!(doc["auths"]["other.io"]["email"], "e");
        assert_eq!(
            doc["auths"]["quay.io"],
            serde_json::json!({"auth": b64("alice:pw2")})
        );
        assert_eq!(
            keys(&path).unwrap(),
            ["docker.io/ns", "other.io", "quay.io"]
        );
        let e = AuthPaths::default();
        assert_eq!(
            e.lookup("quay.io", "x", Some(&path)).unwrap(),
            Some(creds("alice", "pw2"))
        );
        assert_eq!(
            e.lookup("docker.io", "ns/app", Some(&path)).unwrap(),
            Some(creds("bob", "pw3"))
        );
        assert_eq!(
            e.lookup("docker.io", "library/busybox", Some(&path))
                .unwrap(),
            None
        );
        // No temporary files are left behind.
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|d| d.unwrap().file_name())
            .collect();
        assert_eq!(names, ["auth.json"]);
    }

    #[test]
    fn store_refuses_to_clobber_an_unexpected_layout() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("auth.json");
        for text in [r#"{"auths": []}"#, "[]", "{"] {
            write(&path, text);
            assert!(store(&path, "quay.io", &creds("u", "p")).is_err(), "{text}");
            assert_eq!(fs::read_to_string(&path).unwrap(), text, "left untouched");
        }
        write(&path, r#"{"auths": null, "x": 1}"#);
        store(&path, "quay.io", &creds("u", "p")).unwrap();
        assert_eq!(keys(&path).unwrap(), ["quay.io"]);
        write(&path, "");
        store(&path, "quay.io", &creds("u", "p")).unwrap();
        assert_eq!(keys(&path).unwrap(), ["quay.io"]);
    }

    #[test]
    fn remove_and_remove_all() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("auth.json");
        assert!(!remove(&path, "quay.io").unwrap());
        remove_all(&path).unwrap();
        assert!(!path.exists(), "nothing to remove creates no file");
        assert!(keys(&path).unwrap().is_empty());

        store(&path, "quay.io", &creds("a", "1")).unwrap();
        store(&path, "quay.io/ns", &creds("b", "2")).unwrap();
        store(&path, "docker.io", &creds("c", "3")).unwrap();
        assert!(remove(&path, "quay.io/ns").unwrap());
        assert!(!remove(&path, "quay.io/ns").unwrap());
        assert!(!remove(&path, "quay.io/other").unwrap());
        assert_eq!(keys(&path).unwrap(), ["docker.io", "quay.io"]);

        let mut doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        doc["credHelpers"] = serde_json::json!({"gcr.io": "gcloud"});
        write(&path, &doc.to_string());
        remove_all(&path).unwrap();
        assert!(keys(&path).unwrap().is_empty());
        let doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            doc,
            serde_json::json!({"auths": {}, "credHelpers": {"gcr.io": "gcloud"}})
        );
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn uid_is_read() {
        let uid = current_uid();
        let owner = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(uid);
        assert_eq!(uid, owner);
    }
}
