//! registries.conf: reading containers-registries.conf(5) (v2 format, and the deprecated v1
//! `[registries.search]` tables in the main file) plus its drop-in directories, and answering
//! the questions the rest of berth asks of it: which fully-qualified references a user-given
//! name may mean (short-name aliases, `unqualified-search-registries`, `short-name-mode`),
//! whether a registry is insecure or blocked, and where a reference is really pulled from
//! (`[[registry]]` prefix → location rewriting). Mirrors are parsed and validated but not
//! used yet.
//!
//! File search, as containers/image's `sysregistriesv2` does it:
//! * `$CONTAINERS_REGISTRIES_CONF` (or the older `$REGISTRIES_CONFIG_PATH`) names the main
//!   file, which must then exist; drop-ins are read from both directories below.
//! * Otherwise the per-user `$XDG_CONFIG_HOME/containers/registries.conf` (default
//!   `~/.config`) when it exists, and then only the per-user drop-in directory is read (the
//!   system one is skipped, as containers/image does).
//! * Otherwise `/etc/containers/registries.conf` (missing is fine), then the drop-ins of
//!   `/etc/containers/registries.conf.d/` and `$XDG_CONFIG_HOME/containers/registries.conf.d/`.
//!
//! Drop-ins (`*.conf`, in name order within each directory, system directory first) must use
//! the v2 format. Each one overrides `unqualified-search-registries` and `short-name-mode`
//! when it sets them (an explicit `[]` clears the search list), replaces `[[registry]]` tables
//! with the same `prefix` and adds new ones, and overrides aliases one by one (an alias set to
//! `""` is erased).
//!
//! containers/image looks for the per-user file under `$HOME/.config` regardless of
//! `$XDG_CONFIG_HOME`; berth honours `$XDG_CONFIG_HOME` like the rest of its configuration.
//! The two agree unless `$XDG_CONFIG_HOME` is set to something other than `~/.config`.

use crate::reference::{self, ParsedName, Reference};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// The system-wide main file.
pub const SYSTEM_REGISTRIES_CONF: &str = "/etc/containers/registries.conf";
/// The system-wide drop-in directory.
pub const SYSTEM_REGISTRIES_CONF_DIR: &str = "/etc/containers/registries.conf.d";
/// The short-name mode when no file sets `short-name-mode`.
///
/// containers/image falls back to `permissive` when no file sets it, and so does berth
/// (distributions that want `enforcing` ship a registries.conf that says so).
pub const DEFAULT_SHORT_NAME_MODE: ShortNameMode = ShortNameMode::Permissive;

/// How ambiguous short names are handled (`short-name-mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShortNameMode {
    /// With several search registries: ask on a TTY, fail without one.
    Enforcing,
    /// With several search registries: ask on a TTY, try them all without one.
    Permissive,
    /// Always try all search registries, never ask.
    Disabled,
}

impl ShortNameMode {
    /// Parse the registries.conf spelling.
    pub fn parse(s: &str) -> Option<ShortNameMode> {
        match s {
            "enforcing" => Some(ShortNameMode::Enforcing),
            "permissive" => Some(ShortNameMode::Permissive),
            "disabled" => Some(ShortNameMode::Disabled),
            _ => None,
        }
    }

    /// The registries.conf spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ShortNameMode::Enforcing => "enforcing",
            ShortNameMode::Permissive => "permissive",
            ShortNameMode::Disabled => "disabled",
        }
    }
}

impl fmt::Display for ShortNameMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a mirror is used (`pull-from-mirror`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PullFromMirror {
    #[default]
    All,
    DigestOnly,
    TagOnly,
}

/// One `[[registry.mirror]]` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mirror {
    pub location: String,
    pub insecure: bool,
    pub pull_from_mirror: PullFromMirror,
}

/// One `[[registry]]` table, after validation (`prefix` defaults to `location`; trailing
/// slashes are trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// `host[:port][/namespace…]` or `*.domain`.
    pub prefix: String,
    /// Where the prefix really lives; empty only for `*.domain` prefixes (no rewriting).
    pub location: String,
    pub insecure: bool,
    pub blocked: bool,
    pub mirror_by_digest_only: bool,
    pub mirrors: Vec<Mirror>,
}

/// Where to pull a reference from after `[[registry]]` location rewriting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullSource {
    /// The rewritten reference (the logical reference when no rewriting applies).
    pub reference: Reference,
    /// `insecure` of the chosen endpoint.
    pub insecure: bool,
}

#[derive(Debug, Clone)]
struct Alias {
    /// `None` when erased by `name = ""`.
    target: Option<Reference>,
    origin: PathBuf,
}

/// The merged registries configuration.
#[derive(Debug, Clone, Default)]
pub struct RegistriesConf {
    registries: Vec<Registry>,
    search: Vec<String>,
    search_origin: Option<PathBuf>,
    mode: Option<ShortNameMode>,
    aliases: BTreeMap<String, Alias>,
    sources: Vec<PathBuf>,
}

/// Errors reading registries.conf or resolving names with it.
#[derive(Debug, thiserror::Error)]
pub enum RegistriesError {
    #[error("reading registries configuration {}: {source}", .path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error(
        "registries configuration {} does not exist; it is named by $CONTAINERS_REGISTRIES_CONF, so create \
         it or unset the variable",
        .path.display()
    )]
    MissingMain { path: PathBuf },
    #[error("reading registries drop-in directory {}: {source}", .path.display())]
    ReadDir { path: PathBuf, source: io::Error },
    #[error("parsing registries configuration {}: {message}", .path.display())]
    Parse { path: PathBuf, message: String },
    #[error("invalid registries configuration {}: {problem}", .path.display())]
    Invalid { path: PathBuf, problem: String },
    #[error(transparent)]
    Reference(#[from] reference::ReferenceError),
    #[error("short-name {name:?} did not resolve to an alias and {}", no_search_registries(.origin.as_deref()))]
    NoSearchRegistries {
        name: String,
        origin: Option<PathBuf>,
    },
    #[error(
        "short-name resolution enforced but cannot prompt without a TTY: {name:?} may be any of {}; use a \
         fully-qualified name, define an alias in the [aliases] table of registries.conf, or set \
         short-name-mode = \"permissive\" there",
        .candidates.join(", ")
    )]
    AmbiguousShortName {
        name: String,
        candidates: Vec<String>,
    },
    #[error(
        "rewriting {reference} with [[registry]] prefix {prefix:?} and location {location:?} gives an \
         invalid reference: {source}"
    )]
    Rewrite {
        reference: String,
        prefix: String,
        location: String,
        source: Box<reference::ReferenceError>,
    },
}

fn no_search_registries(origin: Option<&Path>) -> String {
    match origin {
        Some(path) => format!(
            "no unqualified-search registries are defined in {}; add e.g. `unqualified-search-registries = \
             [\"docker.io\"]` to it, or use a fully-qualified name",
            path.display()
        ),
        None => "no registries.conf was found; create ~/.config/containers/registries.conf with \
                 `unqualified-search-registries = [\"docker.io\"]`, or use a fully-qualified name"
            .to_string(),
    }
}

/// Which files to read, decided from the environment (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigPaths {
    /// The main registries.conf.
    pub main: PathBuf,
    /// True when the main file was named explicitly ($CONTAINERS_REGISTRIES_CONF) and must exist.
    pub main_required: bool,
    /// Drop-in directories, in reading order.
    pub dropin_dirs: Vec<PathBuf>,
}

impl ConfigPaths {
    /// From `$CONTAINERS_REGISTRIES_CONF` / `$REGISTRIES_CONFIG_PATH`, `$XDG_CONFIG_HOME` and
    /// the home directory.
    pub fn from_env() -> ConfigPaths {
        let env_path = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let override_path =
            env_path("CONTAINERS_REGISTRIES_CONF").or_else(|| env_path("REGISTRIES_CONFIG_PATH"));
        let config_home = env_path("XDG_CONFIG_HOME")
            .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().join(".config")));
        ConfigPaths::from_values(override_path, config_home)
    }

    /// The same decision from given values: `override_path` is the environment override of
    /// the main file, `config_home` the user's configuration directory (`~/.config`).
    pub fn from_values(
        override_path: Option<PathBuf>,
        config_home: Option<PathBuf>,
    ) -> ConfigPaths {
        Self::decide(
            override_path,
            config_home,
            Path::new(SYSTEM_REGISTRIES_CONF),
            Path::new(SYSTEM_REGISTRIES_CONF_DIR),
        )
    }

    fn decide(
        override_path: Option<PathBuf>,
        config_home: Option<PathBuf>,
        system_conf: &Path,
        system_dir: &Path,
    ) -> ConfigPaths {
        let user_conf = config_home
            .as_ref()
            .map(|h| h.join("containers/registries.conf"));
        let user_dir = config_home
            .as_ref()
            .map(|h| h.join("containers/registries.conf.d"));
        if let Some(main) = override_path {
            let mut dropin_dirs = vec![system_dir.to_path_buf()];
            dropin_dirs.extend(user_dir);
            return ConfigPaths {
                main,
                main_required: true,
                dropin_dirs,
            };
        }
        if let Some(user_conf) = user_conf.filter(|p| p.exists()) {
            return ConfigPaths {
                main: user_conf,
                main_required: false,
                dropin_dirs: user_dir.into_iter().collect(),
            };
        }
        let mut dropin_dirs = vec![system_dir.to_path_buf()];
        dropin_dirs.extend(user_dir);
        ConfigPaths {
            main: system_conf.to_path_buf(),
            main_required: false,
            dropin_dirs,
        }
    }
}

impl RegistriesConf {
    /// Load the configuration podman would use for this user (see the module documentation).
    pub fn load() -> Result<Self, RegistriesError> {
        Self::load_paths(&ConfigPaths::from_env())
    }

    /// Load `main` (if given; missing is fine) and then the `*.conf` drop-ins of each
    /// directory in order (missing directories are fine).
    pub fn load_from(
        main: Option<&Path>,
        dropin_dirs: &[PathBuf],
    ) -> Result<Self, RegistriesError> {
        let mut conf = RegistriesConf::default();
        if let Some(main) = main {
            conf.load_main(main, false)?;
        }
        conf.load_dropins(dropin_dirs)?;
        Ok(conf)
    }

    /// Load the files named by `paths`.
    pub fn load_paths(paths: &ConfigPaths) -> Result<Self, RegistriesError> {
        let mut conf = RegistriesConf::default();
        conf.load_main(&paths.main, paths.main_required)?;
        conf.load_dropins(&paths.dropin_dirs)?;
        Ok(conf)
    }

    /// Parse one main-file-style configuration (v1 or v2) from a string; `origin` is the file
    /// it came from, for messages.
    pub fn from_toml(s: &str, origin: &Path) -> Result<Self, RegistriesError> {
        let mut conf = RegistriesConf::default();
        let file = parse_file(s, origin, false)?;
        conf.search_origin = Some(origin.to_path_buf());
        conf.merge(file, origin);
        conf.sources.push(origin.to_path_buf());
        Ok(conf)
    }

    fn load_main(&mut self, path: &Path, required: bool) -> Result<(), RegistriesError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return if required {
                    Err(RegistriesError::MissingMain {
                        path: path.to_path_buf(),
                    })
                } else {
                    Ok(())
                };
            }
            Err(source) => {
                return Err(RegistriesError::Read {
                    path: path.to_path_buf(),
                    source,
                })
            }
        };
        let file = parse_file(&text, path, false)?;
        self.search_origin = Some(path.to_path_buf());
        self.merge(file, path);
        self.sources.push(path.to_path_buf());
        Ok(())
    }

    fn load_dropins(&mut self, dirs: &[PathBuf]) -> Result<(), RegistriesError> {
        for dir in dirs {
            for path in dropin_files(dir)? {
                let text = match std::fs::read_to_string(&path) {
                    Ok(t) => t,
                    // Removed between listing and reading: fine.
                    Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                    Err(source) => return Err(RegistriesError::Read { path, source }),
                };
                let file = parse_file(&text, &path, true)?;
                self.merge(file, &path);
                self.sources.push(path);
            }
        }
        Ok(())
    }

    /// Apply one file over the configuration so far.
    fn merge(&mut self, file: FileConf, origin: &Path) {
        let mut by_prefix: BTreeMap<String, Registry> = self
            .registries
            .drain(..)
            .map(|r| (r.prefix.clone(), r))
            .collect();
        for r in file.registries {
            by_prefix.insert(r.prefix.clone(), r);
        }
        self.registries = by_prefix.into_values().collect();
        if let Some(search) = file.search {
            self.search = search;
            self.search_origin = Some(origin.to_path_buf());
        }
        if file.mode.is_some() {
            self.mode = file.mode;
        }
        for (name, target) in file.aliases {
            self.aliases.insert(
                name,
                Alias {
                    target,
                    origin: origin.to_path_buf(),
                },
            );
        }
    }

    /// Candidate references for a user-given name, in the order to try, each with a tag or
    /// digest (`latest` when the user gave neither).
    ///
    /// A qualified name gives just itself (no location rewriting; see [`Self::pull_source`]).
    /// A short name gives its alias when one is defined, else one candidate per
    /// unqualified-search registry. With several candidates and `short-name-mode =
    /// "enforcing"`, `tty = false` is an error; `permissive` returns them all. With `tty =
    /// true` all candidates are returned, and the caller should let the user pick one when
    /// there are several and the mode is not `disabled` (podman's prompt); `disabled` means
    /// try them in order.
    pub fn resolve(&self, name: &str, tty: bool) -> Result<Vec<Reference>, RegistriesError> {
        let short = match Reference::parse(name)? {
            ParsedName::Qualified(r) => return Ok(vec![r.with_default_tag()]),
            ParsedName::Short(s) => s,
        };
        if let Some(target) = self
            .aliases
            .get(&short.repository)
            .and_then(|a| a.target.as_ref())
        {
            let mut r = target.clone();
            r.tag = short.tag.clone();
            r.digest = short.digest.clone();
            return Ok(vec![r.with_default_tag()]);
        }
        if self.search.is_empty() {
            return Err(RegistriesError::NoSearchRegistries {
                name: name.to_string(),
                origin: self.search_origin.clone(),
            });
        }
        let candidates: Vec<Reference> = self
            .search
            .iter()
            .map(|reg| short.qualify(reg).with_default_tag())
            .collect();
        if candidates.len() == 1 || tty {
            return Ok(candidates);
        }
        match self.short_name_mode() {
            ShortNameMode::Disabled | ShortNameMode::Permissive => Ok(candidates),
            ShortNameMode::Enforcing => Err(RegistriesError::AmbiguousShortName {
                name: name.to_string(),
                candidates: candidates.iter().map(ToString::to_string).collect(),
            }),
        }
    }

    /// The file that defined the alias used for `short_name` (a repository as the user wrote
    /// it, without tag), for messages such as "resolved by alias in …".
    pub fn alias_origin(&self, short_name: &str) -> Option<&Path> {
        self.aliases
            .get(short_name)
            .filter(|a| a.target.is_some())
            .map(|a| a.origin.as_path())
    }

    /// True when the `[[registry]]` table matching `registry_host` (`host[:port]`) has
    /// `insecure = true` (longest prefix wins).
    pub fn is_insecure(&self, registry_host: &str) -> bool {
        self.find_registry(registry_host)
            .is_some_and(|r| r.insecure)
    }

    /// True when the `[[registry]]` table matching the reference's `registry/repository` has
    /// `blocked = true`.
    pub fn is_blocked(&self, reference: &Reference) -> bool {
        self.find_registry(&reference.name())
            .is_some_and(|r| r.blocked)
    }

    /// The `[[registry]]` table with the longest prefix matching `name`, which is a
    /// `host[:port]`, a `host[:port]/namespace…` or a full reference.
    pub fn find_registry(&self, name: &str) -> Option<&Registry> {
        let mut best: Option<&Registry> = None;
        for r in &self.registries {
            if ref_matching_prefix(name, &r.prefix).is_some()
                && best.is_none_or(|b| r.prefix.len() > b.prefix.len())
            {
                best = Some(r);
            }
        }
        best
    }

    /// Where to pull `reference` from: the prefix of its `[[registry]]` table replaced by that
    /// table's `location`, with the table's `insecure`. Mirrors are not consulted yet.
    pub fn pull_source(&self, reference: &Reference) -> Result<PullSource, RegistriesError> {
        let Some(registry) = self.find_registry(&reference.name()) else {
            return Ok(PullSource {
                reference: reference.clone(),
                insecure: false,
            });
        };
        if registry.location.is_empty() {
            return Ok(PullSource {
                reference: reference.clone(),
                insecure: registry.insecure,
            });
        }
        let full = reference.to_string();
        let rewrite_error = |source| RegistriesError::Rewrite {
            reference: full.clone(),
            prefix: registry.prefix.clone(),
            location: registry.location.clone(),
            source: Box::new(source),
        };
        let Some(matched) = ref_matching_prefix(&full, &registry.prefix) else {
            return Err(rewrite_error(reference::ReferenceError::NotQualified {
                input: full.clone(),
            }));
        };
        let rewritten = format!("{}{}", registry.location, &full[matched..]);
        let rewritten = Reference::parse_qualified(&rewritten).map_err(rewrite_error)?;
        Ok(PullSource {
            reference: rewritten,
            insecure: registry.insecure,
        })
    }

    /// `unqualified-search-registries`, in order.
    pub fn search_registries(&self) -> &[String] {
        &self.search
    }

    /// The effective short-name mode.
    pub fn short_name_mode(&self) -> ShortNameMode {
        self.mode.unwrap_or(DEFAULT_SHORT_NAME_MODE)
    }

    /// The `[[registry]]` tables, sorted by prefix.
    pub fn registries(&self) -> &[Registry] {
        &self.registries
    }

    /// The files actually read, in reading order.
    pub fn sources(&self) -> &[PathBuf] {
        &self.sources
    }
}

/// containers/image's `refMatchingPrefix`: the length of `name` matched by `prefix`, if it
/// matches. A prefix matches when it is followed by nothing, `:`, `/` or `@` (so
/// `example.com` also matches `example.com:5000`, as in containers/image). `*.domain`
/// matches any subdomain of `domain` in the host part.
fn ref_matching_prefix(name: &str, prefix: &str) -> Option<usize> {
    if let Some(domain) = prefix.strip_prefix('*') {
        let index = name.find(domain)?;
        if name[..index].contains('/') {
            return None;
        }
        let end = index + domain.len();
        return match name.as_bytes().get(end) {
            None | Some(b':' | b'/' | b'@') => Some(end),
            Some(_) => None,
        };
    }
    if !name.starts_with(prefix) {
        return None;
    }
    match name.as_bytes().get(prefix.len()) {
        None | Some(b':' | b'/' | b'@') => Some(prefix.len()),
        Some(_) => None,
    }
}

fn dropin_files(dir: &Path) -> Result<Vec<PathBuf>, RegistriesError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(RegistriesError::ReadDir {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| RegistriesError::ReadDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let is_dir = entry
            .file_type()
            .map_err(|source| RegistriesError::ReadDir {
                path: dir.to_path_buf(),
                source,
            })?
            .is_dir();
        if !is_dir && entry.file_name().to_string_lossy().ends_with(".conf") {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

// ---------------------------------------------------------------------------------------------
// One file.

/// The content of one file, validated.
struct FileConf {
    registries: Vec<Registry>,
    /// `Some` when the file sets the key, even to `[]`.
    search: Option<Vec<String>>,
    mode: Option<ShortNameMode>,
    aliases: BTreeMap<String, Option<Reference>>,
}

#[derive(Deserialize, Default)]
struct RawFile {
    registry: Option<Vec<RawRegistry>>,
    #[serde(rename = "unqualified-search-registries")]
    unqualified_search_registries: Option<Vec<String>>,
    #[serde(rename = "short-name-mode")]
    short_name_mode: Option<String>,
    /// Parsed (so a wrong type is reported) but credential helpers are not supported.
    #[serde(rename = "credential-helpers")]
    credential_helpers: Option<Vec<String>>,
    #[serde(rename = "additional-layer-store-auth-helper")]
    additional_layer_store_auth_helper: Option<String>,
    aliases: Option<BTreeMap<String, String>>,
    /// The v1 format: `[registries.search]`, `[registries.insecure]`, `[registries.block]`.
    registries: Option<RawV1>,
}

#[derive(Deserialize, Default)]
struct RawV1 {
    search: Option<RawV1List>,
    insecure: Option<RawV1List>,
    block: Option<RawV1List>,
}

#[derive(Deserialize, Default)]
struct RawV1List {
    registries: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawRegistry {
    prefix: String,
    location: String,
    insecure: bool,
    blocked: bool,
    #[serde(rename = "mirror-by-digest-only")]
    mirror_by_digest_only: bool,
    #[serde(rename = "pull-from-mirror")]
    pull_from_mirror: String,
    mirror: Vec<RawMirror>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RawMirror {
    location: String,
    insecure: bool,
    #[serde(rename = "pull-from-mirror")]
    pull_from_mirror: String,
}

fn parse_file(text: &str, path: &Path, dropin: bool) -> Result<FileConf, RegistriesError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| RegistriesError::Parse {
        path: path.to_path_buf(),
        message: toml_error_message(text, &e),
    })?;
    let invalid = |problem: String| RegistriesError::Invalid {
        path: path.to_path_buf(),
        problem,
    };

    let v1 = raw.registries.as_ref().map(|v1| {
        let list = |l: &Option<RawV1List>| l.as_ref().and_then(|l| l.registries.clone());
        (list(&v1.search), list(&v1.insecure), list(&v1.block))
    });
    let v1_set = v1
        .as_ref()
        .is_some_and(|(s, i, b)| s.is_some() || i.is_some() || b.is_some());
    let v2_set = raw.registry.is_some()
        || raw.unqualified_search_registries.is_some()
        || raw.credential_helpers.is_some()
        || raw
            .short_name_mode
            .as_deref()
            .is_some_and(|m| !m.is_empty())
        || raw
            .additional_layer_store_auth_helper
            .as_deref()
            .is_some_and(|h| !h.is_empty())
        || raw.aliases.is_some();

    let (raw_registries, search) = match v1 {
        Some((search, insecure, block)) if v1_set => {
            if dropin {
                return Err(invalid(
                    "drop-in files must use the v2 format, but this one uses the v1 [registries.search], \
                     [registries.insecure] or [registries.block] tables; use unqualified-search-registries and \
                     [[registry]] tables instead"
                        .to_string(),
                ));
            }
            if v2_set {
                return Err(invalid(
                    "mixing the v1 format ([registries.search], [registries.insecure], [registries.block]) with \
                     the v2 format in one file is not supported; convert the v1 tables to \
                     unqualified-search-registries and [[registry]] tables"
                        .to_string(),
                ));
            }
            (
                convert_v1(
                    insecure.unwrap_or_default(),
                    block.unwrap_or_default(),
                    &invalid,
                )?,
                search,
            )
        }
        _ => (
            raw.registry.unwrap_or_default(),
            raw.unqualified_search_registries,
        ),
    };

    let registries = post_process_registries(raw_registries, &invalid)?;

    let search = match search {
        None => None,
        Some(list) => {
            let mut out = Vec::with_capacity(list.len());
            for entry in list {
                let location = parse_location(&entry, &invalid)?;
                if !reference::is_valid_registry(&location) {
                    return Err(invalid(format!(
                        "invalid unqualified-search-registries entry {location:?}: entries are host[:port], \
                         without a namespace"
                    )));
                }
                out.push(location);
            }
            Some(out)
        }
    };

    let mode = match raw.short_name_mode.as_deref() {
        None | Some("") => None,
        Some(m) => Some(ShortNameMode::parse(m).ok_or_else(|| {
            invalid(format!(
                "invalid short-name-mode {m:?}: use \"enforcing\", \"permissive\" or \"disabled\""
            ))
        })?),
    };

    for r in &registries {
        if r.prefix.starts_with("*.") && r.prefix.contains(['/', '@', ':']) {
            return Err(invalid(format!(
                "wildcarded prefix {:?} must be of the form *.example.com, without port, namespace or digest",
                r.prefix
            )));
        }
    }

    let aliases = parse_aliases(raw.aliases.unwrap_or_default(), &invalid)?;

    Ok(FileConf {
        registries,
        search,
        mode,
        aliases,
    })
}

fn toml_error_message(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim_end_matches('.').to_string();
    match e.span() {
        Some(span) => {
            let line = text.get(..span.start).unwrap_or(text).matches('\n').count() + 1;
            format!("{message} (line {line})")
        }
        None => message,
    }
}

/// containers/image's `parseLocation`: trim trailing slashes, reject URI schemes.
fn parse_location(
    input: &str,
    invalid: &dyn Fn(String) -> RegistriesError,
) -> Result<String, RegistriesError> {
    let trimmed = input.trim_end_matches('/');
    if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
        return Err(invalid(format!(
            "invalid location {input:?}: URI schemes are not supported; write just host[:port][/namespace]"
        )));
    }
    Ok(trimmed.to_string())
}

/// containers/image's `ConvertToV2`: blocked then insecure registries become `[[registry]]`
/// tables keyed by location, in first-mention order.
fn convert_v1(
    insecure: Vec<String>,
    block: Vec<String>,
    invalid: &dyn Fn(String) -> RegistriesError,
) -> Result<Vec<RawRegistry>, RegistriesError> {
    let mut out: Vec<RawRegistry> = Vec::new();
    let entry = |location: &str, out: &mut Vec<RawRegistry>| -> Result<usize, RegistriesError> {
        let location = parse_location(location, invalid)?;
        if let Some(i) = out.iter().position(|r| r.location == location) {
            return Ok(i);
        }
        out.push(RawRegistry {
            prefix: location.clone(),
            location,
            ..RawRegistry::default()
        });
        Ok(out.len() - 1)
    };
    for location in &block {
        let i = entry(location, &mut out)?;
        out[i].blocked = true;
    }
    for location in &insecure {
        let i = entry(location, &mut out)?;
        out[i].insecure = true;
    }
    Ok(out)
}

/// containers/image's `postProcessRegistries`: defaults and validation, conflicting
/// duplicates are errors, then the first table of each prefix wins, sorted by prefix.
fn post_process_registries(
    raw: Vec<RawRegistry>,
    invalid: &dyn Fn(String) -> RegistriesError,
) -> Result<Vec<Registry>, RegistriesError> {
    let mut registries = Vec::with_capacity(raw.len());
    for r in raw {
        let location = parse_location(&r.location, invalid)?;
        let prefix = if r.prefix.is_empty() {
            if location.is_empty() {
                return Err(invalid(
                    "a [[registry]] table sets neither prefix nor location".to_string(),
                ));
            }
            location.clone()
        } else {
            let prefix = parse_location(&r.prefix, invalid)?;
            if !prefix.starts_with("*.") && location.is_empty() {
                return Err(invalid(format!(
                    "[[registry]] prefix {prefix:?} has no location; only a prefix of the form *.example.com may \
                     omit it"
                )));
            }
            prefix
        };
        if !r.pull_from_mirror.is_empty() {
            return Err(invalid(format!(
                "pull-from-mirror is set for [[registry]] {prefix:?}; it belongs in its [[registry.mirror]] tables"
            )));
        }
        let mut mirrors = Vec::with_capacity(r.mirror.len());
        for m in r.mirror {
            let mirror_location = parse_location(&m.location, invalid)?;
            if mirror_location.is_empty() {
                return Err(invalid(format!(
                    "a [[registry.mirror]] table of {prefix:?} has no location"
                )));
            }
            if r.mirror_by_digest_only && !m.pull_from_mirror.is_empty() {
                return Err(invalid(format!(
                    "[[registry]] {prefix:?} sets mirror-by-digest-only and its mirror {mirror_location:?} sets \
                     pull-from-mirror; use only one of them"
                )));
            }
            let pull_from_mirror = match m.pull_from_mirror.as_str() {
                "" | "all" => PullFromMirror::All,
                "digest-only" => PullFromMirror::DigestOnly,
                "tag-only" => PullFromMirror::TagOnly,
                other => {
                    return Err(invalid(format!(
                        "unsupported pull-from-mirror value {other:?} for mirror {mirror_location:?}: use \"all\", \
                         \"digest-only\" or \"tag-only\""
                    )))
                }
            };
            mirrors.push(Mirror {
                location: mirror_location,
                insecure: m.insecure,
                pull_from_mirror,
            });
        }
        registries.push(Registry {
            prefix,
            location,
            insecure: r.insecure,
            blocked: r.blocked,
            mirror_by_digest_only: r.mirror_by_digest_only,
            mirrors,
        });
    }

    // Tables for the same location (or the same wildcard prefix) must agree on security.
    let key = |r: &Registry| {
        if r.location.is_empty() {
            r.prefix.clone()
        } else {
            r.location.clone()
        }
    };
    for (i, a) in registries.iter().enumerate() {
        for b in &registries[i + 1..] {
            if key(a) != key(b) {
                continue;
            }
            if a.insecure != b.insecure {
                return Err(invalid(format!(
                    "registry {:?} is defined several times with conflicting 'insecure' settings",
                    key(a)
                )));
            }
            if a.blocked != b.blocked {
                return Err(invalid(format!(
                    "registry {:?} is defined several times with conflicting 'blocked' settings",
                    key(a)
                )));
            }
        }
    }

    let mut unique: BTreeMap<String, Registry> = BTreeMap::new();
    for r in registries {
        unique.entry(r.prefix.clone()).or_insert(r);
    }
    Ok(unique.into_values().collect())
}

/// Validate `[aliases]`: keys are short names without tag or digest, values qualified names
/// without tag or digest (or `""` to erase). All problems are reported at once.
fn parse_aliases(
    raw: BTreeMap<String, String>,
    invalid: &dyn Fn(String) -> RegistriesError,
) -> Result<BTreeMap<String, Option<Reference>>, RegistriesError> {
    let mut problems = Vec::new();
    let mut aliases = BTreeMap::new();
    for (name, value) in raw {
        match Reference::parse(&name) {
            Err(e) => problems.push(format!("alias name {name:?}: {e}")),
            Ok(ParsedName::Qualified(_)) => {
                problems.push(format!("alias name {name:?} must not contain a registry"))
            }
            Ok(ParsedName::Short(s)) if s.tag.is_some() => {
                problems.push(format!("alias name {name:?} must not contain a tag"))
            }
            Ok(ParsedName::Short(s)) if s.digest.is_some() => {
                problems.push(format!("alias name {name:?} must not contain a digest"))
            }
            Ok(ParsedName::Short(_)) => {}
        }
        if value.is_empty() {
            aliases.insert(name, None);
            continue;
        }
        match Reference::parse(&value) {
            Err(e) => problems.push(format!("alias {name:?}: {e}")),
            Ok(ParsedName::Short(_)) => problems.push(format!(
                "alias {name:?} = {value:?} must contain a registry and a repository"
            )),
            Ok(ParsedName::Qualified(r)) if r.tag.is_some() => {
                problems.push(format!("alias {name:?} = {value:?} must not contain a tag"))
            }
            Ok(ParsedName::Qualified(r)) if r.digest.is_some() => problems.push(format!(
                "alias {name:?} = {value:?} must not contain a digest"
            )),
            Ok(ParsedName::Qualified(r)) => {
                aliases.insert(name, Some(r));
            }
        }
    }
    if problems.is_empty() {
        Ok(aliases)
    } else {
        Err(invalid(format!(
            "invalid [aliases]: {}",
            problems.join("; ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    const D64: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn conf(s: &str) -> RegistriesConf {
        RegistriesConf::from_toml(s, Path::new("/test/registries.conf")).unwrap()
    }

    fn conf_err(s: &str) -> String {
        RegistriesConf::from_toml(s, Path::new("/test/registries.conf"))
            .unwrap_err()
            .to_string()
    }

    fn names(refs: &[Reference]) -> Vec<String> {
        refs.iter().map(ToString::to_string).collect()
    }

    fn r(s: &str) -> Reference {
        Reference::parse_qualified(s).unwrap()
    }

    #[test]
    fn parses_a_v2_file() {
        let c = conf(
            r#"
            unqualified-search-registries = ["registry.fedoraproject.org", "quay.io/", "docker.io"]
            short-name-mode = "permissive"
            credential-helpers = ["containers-auth.json"]
            unknown-key = 1

            [aliases]
            "fedora" = "registry.fedoraproject.org/fedora"

            [[registry]]
            prefix = "example.com/foo"
            location = "internal.example.net/bar/"
            insecure = true

            [[registry.mirror]]
            location = "mirror.local/foo"
            pull-from-mirror = "digest-only"

            [[registry.mirror]]
            location = "mirror2.local"
            insecure = true

            [[registry]]
            location = "registry.com"
            blocked = true
            mirror-by-digest-only = true
            "#,
        );
        assert_eq!(
            c.search_registries(),
            ["registry.fedoraproject.org", "quay.io", "docker.io"]
        );
        assert_eq!(c.short_name_mode(), ShortNameMode::Permissive);
        assert_eq!(c.sources(), [PathBuf::from("/test/registries.conf")]);
        assert_eq!(
            c.registries(),
            [
                Registry {
                    prefix: "example.com/foo".into(),
                    location: "internal.example.net/bar".into(),
                    insecure: true,
                    blocked: false,
                    mirror_by_digest_only: false,
                    mirrors: vec![
                        Mirror {
                            location: "mirror.local/foo".into(),
                            insecure: false,
                            pull_from_mirror: PullFromMirror::DigestOnly
                        },
                        Mirror {
                            location: "mirror2.local".into(),
                            insecure: true,
                            pull_from_mirror: PullFromMirror::All
                        },
                    ],
                },
                Registry {
                    prefix: "registry.com".into(),
                    location: "registry.com".into(),
                    insecure: false,
                    blocked: true,
                    mirror_by_digest_only: true,
                    mirrors: vec![],
                },
            ]
        );
    }

    #[test]
    fn short_name_mode_values_and_default() {
        assert_eq!(conf("").short_name_mode(), DEFAULT_SHORT_NAME_MODE);
        assert_eq!(
            conf("short-name-mode = \"\"").short_name_mode(),
            DEFAULT_SHORT_NAME_MODE
        );
        for (text, mode) in [
            ("enforcing", ShortNameMode::Enforcing),
            ("permissive", ShortNameMode::Permissive),
            ("disabled", ShortNameMode::Disabled),
        ] {
            assert_eq!(
                conf(&format!("short-name-mode = \"{text}\"")).short_name_mode(),
                mode
            );
            assert_eq!(mode.to_string(), text);
        }
        let err = conf_err("short-name-mode = \"prompt\"");
        assert!(
            err.contains("/test/registries.conf")
                && err.contains("invalid short-name-mode \"prompt\""),
            "{err}"
        );
    }

    #[test]
    fn invalid_files_are_reported_with_path_and_problem() {
        let cases = [
            ("unqualified-search-registries = [", "parsing registries configuration /test/registries.conf"),
            ("x = 1\nunqualified-search-registries = \"docker.io\"", "(line 2)"),
            ("[[registry]]\ninsecure = true", "neither prefix nor location"),
            ("[[registry]]\nprefix = \"example.com\"", "prefix \"example.com\" has no location"),
            ("[[registry]]\nlocation = \"https://example.com\"", "URI schemes are not supported"),
            ("[[registry]]\nprefix = \"http://example.com\"\nlocation = \"x.com\"", "URI schemes"),
            ("[[registry]]\nlocation = \"a.com\"\npull-from-mirror = \"all\"", "pull-from-mirror is set for [[registry]] \"a.com\""),
            ("[[registry]]\nlocation = \"a.com\"\n[[registry.mirror]]\ninsecure = true", "has no location"),
            ("[[registry]]\nlocation = \"a.com\"\n[[registry.mirror]]\nlocation = \"m.com\"\npull-from-mirror = \"sometimes\"", "unsupported pull-from-mirror value \"sometimes\""),
            ("[[registry]]\nlocation = \"a.com\"\nmirror-by-digest-only = true\n[[registry.mirror]]\nlocation = \"m.com\"\npull-from-mirror = \"all\"", "use only one of them"),
            ("[[registry]]\nprefix = \"a.com/x\"\nlocation = \"b.com\"\ninsecure = true\n[[registry]]\nprefix = \"a.com/y\"\nlocation = \"b.com\"", "conflicting 'insecure'"),
            ("[[registry]]\nprefix = \"a.com/x\"\nlocation = \"b.com\"\nblocked = true\n[[registry]]\nprefix = \"a.com/y\"\nlocation = \"b.com\"", "conflicting 'blocked'"),
            ("unqualified-search-registries = [\"quay.io/ns\"]", "invalid unqualified-search-registries entry \"quay.io/ns\""),
            ("unqualified-search-registries = [\"https://quay.io\"]", "URI schemes"),
            ("[[registry]]\nprefix = \"*.example.com:5000\"", "wildcarded prefix \"*.example.com:5000\""),
            ("[aliases]\n\"busybox:1\" = \"docker.io/library/busybox\"", "alias name \"busybox:1\" must not contain a tag"),
            ("[aliases]\n\"quay.io/busybox\" = \"docker.io/library/busybox\"", "must not contain a registry"),
            ("[aliases]\n\"Busybox\" = \"docker.io/library/busybox\"", "must be lowercase"),
            ("[aliases]\n\"busybox\" = \"busybox\"", "must contain a registry and a repository"),
            ("[aliases]\n\"busybox\" = \"docker.io/busybox:1\"", "must not contain a tag"),
            ("[registries.search]\nregistries = [\"a.com\"]\n[[registry]]\nlocation = \"b.com\"", "mixing the v1 format"),
        ];
        for (text, needle) in cases {
            let err = conf_err(text);
            assert!(err.contains(needle), "{text:?}: {err:?} lacks {needle:?}");
            assert!(err.contains("/test/registries.conf"), "{err}");
            assert!(!err.ends_with('.'), "{err}");
        }
    }

    #[test]
    fn all_alias_problems_are_reported_at_once() {
        let err = conf_err("[aliases]\n\"a:1\" = \"quay.io/a\"\n\"b\" = \"b\"");
        assert!(
            err.contains("\"a:1\" must not contain a tag")
                && err.contains("\"b\" = \"b\" must contain"),
            "{err}"
        );
    }

    #[test]
    fn registry_defaults_and_duplicates() {
        // Prefix defaults to location; trailing slashes go; the first table of a prefix wins.
        let c = conf(
            "[[registry]]\nlocation = \"b.com/ns/\"\ninsecure = true\n\
             [[registry]]\nprefix = \"b.com/ns\"\nlocation = \"c.com\"\n\
             [[registry]]\nprefix = \"*.wild.com\"\nblocked = true\n\
             [[registry]]\nlocation = \"a.com\"",
        );
        let prefixes: Vec<_> = c
            .registries()
            .iter()
            .map(|r| (r.prefix.as_str(), r.location.as_str()))
            .collect();
        assert_eq!(
            prefixes,
            [
                ("*.wild.com", ""),
                ("a.com", "a.com"),
                ("b.com/ns", "b.com/ns")
            ]
        );
        assert!(c.registries()[2].insecure);
    }

    #[test]
    fn v1_format_is_converted() {
        let c = conf(
            "[registries.search]\nregistries = ['registry1.com', 'registry2.com']\n\
             [registries.insecure]\nregistries = ['registry3.com', 'registry.unsafe.com']\n\
             [registries.block]\nregistries = ['registry.untrusted.com', 'registry.unsafe.com']\n",
        );
        assert_eq!(c.search_registries(), ["registry1.com", "registry2.com"]);
        assert!(c.is_insecure("registry3.com"));
        assert!(c.is_blocked(&r("registry.untrusted.com/a")));
        assert!(c.is_blocked(&r("registry.unsafe.com/a")) && c.is_insecure("registry.unsafe.com"));
        assert!(!c.is_blocked(&r("registry3.com/a")));
        // Empty v1 tables do not count as v1 content.
        let c = conf("[registries.search]\n[[registry]]\nlocation = \"a.com\"");
        assert_eq!(c.registries().len(), 1);
    }

    #[test]
    fn resolve_qualified_names_unchanged_with_default_tag() {
        let c = conf("unqualified-search-registries = [\"quay.io\", \"docker.io\"]\n[[registry]]\nprefix = \"quay.io/a\"\nlocation = \"elsewhere.com/a\"");
        let cases = [
            ("quay.io/a/b", "quay.io/a/b:latest"),
            ("docker.io/busybox", "docker.io/library/busybox:latest"),
            ("index.docker.io/busybox:1", "docker.io/library/busybox:1"),
            ("localhost/foo", "localhost/foo:latest"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                names(&c.resolve(input, false).unwrap()),
                [expected],
                "{input}"
            );
        }
        let digested = format!("quay.io/a@{D64}");
        assert_eq!(
            names(&c.resolve(&digested, false).unwrap()),
            std::slice::from_ref(&digested)
        );
    }

    #[test]
    fn resolve_short_names_through_search_registries() {
        let c = conf("unqualified-search-registries = [\"quay.io\", \"docker.io\"]\nshort-name-mode = \"permissive\"");
        let cases: Vec<(String, Vec<String>)> = vec![
            (
                "busybox".into(),
                vec![
                    "quay.io/busybox:latest".into(),
                    "docker.io/library/busybox:latest".into(),
                ],
            ),
            (
                "busybox:1.36".into(),
                vec![
                    "quay.io/busybox:1.36".into(),
                    "docker.io/library/busybox:1.36".into(),
                ],
            ),
            (
                "library/busybox".into(),
                vec![
                    "quay.io/library/busybox:latest".into(),
                    "docker.io/library/busybox:latest".into(),
                ],
            ),
            (
                "user/app".into(),
                vec![
                    "quay.io/user/app:latest".into(),
                    "docker.io/user/app:latest".into(),
                ],
            ),
            (
                format!("busybox@{D64}"),
                vec![
                    format!("quay.io/busybox@{D64}"),
                    format!("docker.io/library/busybox@{D64}"),
                ],
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                names(&c.resolve(&input, false).unwrap()),
                expected,
                "{input}"
            );
        }
        assert!(matches!(
            c.resolve("Busybox", false),
            Err(RegistriesError::Reference(_))
        ));
    }

    #[test]
    fn resolve_short_names_by_mode_and_tty() {
        let two = "unqualified-search-registries = [\"quay.io\", \"docker.io\"]\n";
        let one = "unqualified-search-registries = [\"docker.io\"]\n";
        let cases = [
            (two, "enforcing", false, Err(())),
            (two, "enforcing", true, Ok(2)),
            (
                two,
                "",
                false,
                if DEFAULT_SHORT_NAME_MODE == ShortNameMode::Enforcing {
                    Err(())
                } else {
                    Ok(2)
                },
            ),
            (two, "permissive", false, Ok(2)),
            (two, "permissive", true, Ok(2)),
            (two, "disabled", false, Ok(2)),
            (two, "disabled", true, Ok(2)),
            (one, "enforcing", false, Ok(1)),
        ];
        for (search, mode, tty, expected) in cases {
            let c = conf(&format!("{search}short-name-mode = \"{mode}\""));
            let got = c.resolve("busybox", tty).map(|v| v.len()).map_err(|_| ());
            assert_eq!(got, expected, "{search} {mode} tty={tty}");
        }
        let c = conf(&format!("{two}short-name-mode = \"enforcing\""));
        let err = c.resolve("busybox", false).unwrap_err().to_string();
        assert!(
            err.starts_with("short-name resolution enforced but cannot prompt without a TTY"),
            "{err}"
        );
        assert!(
            err.contains("quay.io/busybox:latest, docker.io/library/busybox:latest"),
            "{err}"
        );
    }

    #[test]
    fn resolve_uses_aliases_first() {
        let c = conf(
            "unqualified-search-registries = [\"quay.io\", \"docker.io\"]\nshort-name-mode = \"enforcing\"\n\
             [aliases]\n\"busybox\" = \"docker.io/library/busybox\"\n\"hub\" = \"docker.io/hub\"\n\"ns/app\" = \"quay.io/ns/app\"",
        );
        let cases: Vec<(String, String)> = vec![
            ("busybox".into(), "docker.io/library/busybox:latest".into()),
            (
                "busybox:1.36".into(),
                "docker.io/library/busybox:1.36".into(),
            ),
            (
                format!("busybox@{D64}"),
                format!("docker.io/library/busybox@{D64}"),
            ),
            ("hub".into(), "docker.io/library/hub:latest".into()),
            ("ns/app:2".into(), "quay.io/ns/app:2".into()),
        ];
        for (input, expected) in cases {
            assert_eq!(
                names(&c.resolve(&input, false).unwrap()),
                [expected],
                "{input}"
            );
        }
        assert_eq!(
            c.alias_origin("busybox"),
            Some(Path::new("/test/registries.conf"))
        );
        assert_eq!(c.alias_origin("other"), None);
        // Not aliased: falls through to the (ambiguous) search registries.
        assert!(matches!(
            c.resolve("library/busybox", false),
            Err(RegistriesError::AmbiguousShortName { .. })
        ));
    }

    #[test]
    fn resolve_without_search_registries_explains_the_fix() {
        let err = conf("").resolve("busybox", true).unwrap_err().to_string();
        assert!(
            err.contains("short-name \"busybox\" did not resolve to an alias"),
            "{err}"
        );
        assert!(
            err.contains("/test/registries.conf") && err.contains("unqualified-search-registries"),
            "{err}"
        );
        let err = RegistriesConf::default()
            .resolve("busybox", true)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("no registries.conf was found")
                && err.contains("unqualified-search-registries"),
            "{err}"
        );
        // An alias works without search registries.
        let c = conf("[aliases]\n\"busybox\" = \"docker.io/library/busybox\"");
        assert_eq!(
            names(&c.resolve("busybox", false).unwrap()),
            ["docker.io/library/busybox:latest"]
        );
    }

    #[test]
    fn prefix_matching() {
        let cases = [
            ("example.com", "example.com", Some(11)),
            ("example.com/foo", "example.com", Some(11)),
            ("example.com:5000", "example.com", Some(11)), // containers/image quirk
            ("example.com@sha256:x", "example.com", Some(11)),
            ("example.company", "example.com", None),
            ("example.co", "example.com", None),
            ("example.com/foobar", "example.com/foo", None),
            ("example.com/foo/bar:1", "example.com/foo", Some(15)),
            ("a.example.com/x", "*.example.com", Some(13)),
            ("a.b.example.com", "*.example.com", Some(15)),
            ("a.example.com:5000/x", "*.example.com", Some(13)),
            ("example.com/x", "*.example.com", None),
            ("other.com/a.example.com", "*.example.com", None),
            ("a.example.community", "*.example.com", None),
        ];
        for (name, prefix, expected) in cases {
            assert_eq!(
                ref_matching_prefix(name, prefix),
                expected,
                "{name} vs {prefix}"
            );
        }
    }

    #[test]
    fn insecure_and_blocked_use_the_longest_prefix() {
        let c = conf(
            "[[registry]]\nlocation = \"example.com\"\ninsecure = true\n\
             [[registry]]\nprefix = \"example.com/secure\"\nlocation = \"example.com/secure\"\n\
             [[registry]]\nprefix = \"example.com/bad\"\nlocation = \"example.com/bad\"\nblocked = true\ninsecure = true\n\
             [[registry]]\nlocation = \"localhost:5000\"\ninsecure = true\n\
             [[registry]]\nprefix = \"*.internal.net\"\ninsecure = true\nblocked = true\n\
             [[registry]]\nlocation = \"quay.io/blocked\"\nblocked = true",
        );
        let insecure = [
            ("example.com", true),
            ("example.com:443", true),
            ("example.org", false),
            ("localhost:5000", true),
            ("localhost", false),
            ("localhost:5001", false),
            ("reg.internal.net", true),
            ("reg.internal.net:5000", true),
            ("internal.net", false),
            ("quay.io", false),
        ];
        for (host, expected) in insecure {
            assert_eq!(c.is_insecure(host), expected, "{host}");
        }
        let blocked = [
            ("example.com/bad/img:1", true),
            ("example.com/badger", false),
            ("example.com/secure/img", false),
            ("a.internal.net/x", true),
            ("quay.io/blocked/x", true),
            ("quay.io/blocked", true),
            ("quay.io/blockedx/y", false),
            ("quay.io/other", false),
        ];
        for (name, expected) in blocked {
            assert_eq!(c.is_blocked(&r(name)), expected, "{name}");
        }
        assert_eq!(
            c.find_registry("example.com/secure/x")
                .map(|r| r.prefix.as_str()),
            Some("example.com/secure")
        );
        assert!(!c
            .find_registry("example.com/secure/x")
            .is_some_and(|r| r.insecure));
    }

    #[test]
    fn pull_source_rewrites_prefix_to_location() {
        let c = conf(
            "[[registry]]\nprefix = \"example.com/foo\"\nlocation = \"internal:5000/bar\"\ninsecure = true\n\
             [[registry]]\nprefix = \"docker.io/library\"\nlocation = \"mirror.local/hub\"\n\
             [[registry]]\nprefix = \"*.corp.com\"\ninsecure = true\n\
             [[registry]]\nprefix = \"*.old.com\"\nlocation = \"new.com\"",
        );
        let cases: Vec<(String, String, bool)> = vec![
            (
                "example.com/foo/img:1".into(),
                "internal:5000/bar/img:1".into(),
                true,
            ),
            (
                format!("example.com/foo/img@{D64}"),
                format!("internal:5000/bar/img@{D64}"),
                true,
            ),
            (
                "example.com/other/img:1".into(),
                "example.com/other/img:1".into(),
                false,
            ),
            (
                "docker.io/library/busybox:latest".into(),
                "mirror.local/hub/busybox:latest".into(),
                false,
            ),
            ("reg.corp.com/a:1".into(), "reg.corp.com/a:1".into(), true),
            ("x.old.com/a/b:1".into(), "new.com/a/b:1".into(), false),
        ];
        for (input, expected, insecure) in cases {
            let src = c.pull_source(&r(&input)).unwrap();
            assert_eq!(
                (src.reference.to_string(), src.insecure),
                (expected, insecure),
                "{input}"
            );
        }
    }

    fn write(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    #[test]
    fn dropins_override_and_merge() {
        let tmp = tempfile::tempdir().unwrap();
        let main = tmp.path().join("registries.conf");
        let sys = tmp.path().join("sys.d");
        let user = tmp.path().join("user.d");
        write(
            &main,
            "unqualified-search-registries = [\"quay.io\"]\nshort-name-mode = \"enforcing\"\n\
             [aliases]\n\"a\" = \"quay.io/a\"\n\"b\" = \"quay.io/b\"\n\
             [[registry]]\nlocation = \"one.com\"\ninsecure = true\n\
             [[registry]]\nlocation = \"two.com\"\nblocked = true",
        );
        write(
            &sys.join("10-search.conf"),
            "unqualified-search-registries = [\"docker.io\", \"quay.io\"]",
        );
        write(
            &sys.join("20-registry.conf"),
            "[[registry]]\nlocation = \"one.com\"\n[[registry]]\nlocation = \"three.com\"\ninsecure = true\n[aliases]\n\"b\" = \"\"\n\"c\" = \"docker.io/c\"",
        );
        write(&sys.join("30-ignored.txt"), "this is not toml [");
        fs::create_dir_all(sys.join("sub.conf")).unwrap();
        write(
            &sys.join("sub.conf/nested.conf"),
            "short-name-mode = \"disabled\"",
        );
        write(
            &user.join("00-mode.conf"),
            "short-name-mode = \"permissive\"",
        );

        let c = RegistriesConf::load_from(
            Some(&main),
            &[sys.clone(), user.clone(), tmp.path().join("missing.d")],
        )
        .unwrap();
        assert_eq!(
            c.sources(),
            [
                main.clone(),
                sys.join("10-search.conf"),
                sys.join("20-registry.conf"),
                user.join("00-mode.conf")
            ]
        );
        assert_eq!(c.search_registries(), ["docker.io", "quay.io"]);
        assert_eq!(c.short_name_mode(), ShortNameMode::Permissive);
        assert!(!c.is_insecure("one.com"), "replaced by prefix");
        assert!(c.is_blocked(&r("two.com/x")), "kept");
        assert!(c.is_insecure("three.com"), "added");
        assert_eq!(names(&c.resolve("a", false).unwrap()), ["quay.io/a:latest"]);
        assert_eq!(
            names(&c.resolve("c", false).unwrap()),
            ["docker.io/library/c:latest"]
        );
        assert_eq!(
            c.alias_origin("c"),
            Some(sys.join("20-registry.conf").as_path())
        );
        // "b" was erased, so it goes through the search registries (permissive: both).
        assert_eq!(
            names(&c.resolve("b", false).unwrap()),
            ["docker.io/library/b:latest", "quay.io/b:latest"]
        );

        // An explicit empty list clears the search registries, and the error names that file.
        write(
            &user.join("99-clear.conf"),
            "unqualified-search-registries = []",
        );
        let c = RegistriesConf::load_from(Some(&main), &[sys.clone(), user.clone()]).unwrap();
        assert!(c.search_registries().is_empty());
        let err = c.resolve("zzz", false).unwrap_err().to_string();
        assert!(err.contains("99-clear.conf"), "{err}");
    }

    #[test]
    fn dropins_must_be_v2_and_valid() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("d");
        write(
            &dir.join("a.conf"),
            "[registries.search]\nregistries = [\"a.com\"]",
        );
        let err = RegistriesConf::load_from(None, std::slice::from_ref(&dir))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a.conf") && err.contains("drop-in files must use the v2 format"),
            "{err}"
        );
        write(&dir.join("a.conf"), "short-name-mode = 3");
        let err = RegistriesConf::load_from(None, std::slice::from_ref(&dir))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a.conf") && err.starts_with("parsing registries configuration"),
            "{err}"
        );
    }

    #[test]
    fn missing_files_are_fine_unless_named_explicitly() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("nope.conf");
        let c = RegistriesConf::load_from(Some(&missing), &[tmp.path().join("nope.d")]).unwrap();
        assert!(c.sources().is_empty() && c.search_registries().is_empty());
        let paths = ConfigPaths {
            main: missing.clone(),
            main_required: true,
            dropin_dirs: vec![],
        };
        let err = RegistriesConf::load_paths(&paths).unwrap_err().to_string();
        assert!(
            err.contains("nope.conf") && err.contains("CONTAINERS_REGISTRIES_CONF"),
            "{err}"
        );
    }

    #[test]
    fn config_paths_follow_containers_image() {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path().join("config");
        let sys_conf = tmp.path().join("etc/registries.conf");
        let sys_dir = tmp.path().join("etc/registries.conf.d");
        let user_conf = home.join("containers/registries.conf");
        let user_dir = home.join("containers/registries.conf.d");
        let decide =
            |o: Option<PathBuf>, h: Option<PathBuf>| ConfigPaths::decide(o, h, &sys_conf, &sys_dir);

        // No user file: system file, then system and user drop-ins.
        assert_eq!(
            decide(None, Some(home.clone())),
            ConfigPaths {
                main: sys_conf.clone(),
                main_required: false,
                dropin_dirs: vec![sys_dir.clone(), user_dir.clone()]
            }
        );
        assert_eq!(
            decide(None, None),
            ConfigPaths {
                main: sys_conf.clone(),
                main_required: false,
                dropin_dirs: vec![sys_dir.clone()]
            }
        );
        // The environment override wins and must exist; both drop-in directories are read.
        let env = tmp.path().join("env.conf");
        assert_eq!(
            decide(Some(env.clone()), Some(home.clone())),
            ConfigPaths {
                main: env.clone(),
                main_required: true,
                dropin_dirs: vec![sys_dir.clone(), user_dir.clone()]
            }
        );
        // A user file replaces the system file and the system drop-ins.
        write(&user_conf, "");
        assert_eq!(
            decide(None, Some(home.clone())),
            ConfigPaths {
                main: user_conf.clone(),
                main_required: false,
                dropin_dirs: vec![user_dir.clone()]
            }
        );
        assert_eq!(decide(Some(env.clone()), Some(home.clone())).main, env);
        assert_eq!(
            ConfigPaths::from_values(None, None).main,
            PathBuf::from(SYSTEM_REGISTRIES_CONF)
        );

        // End to end: the user file and its drop-ins, not the system ones.
        write(&user_conf, "unqualified-search-registries = [\"user.io\"]");
        write(&user_dir.join("a.conf"), "short-name-mode = \"disabled\"");
        write(&sys_conf, "unqualified-search-registries = [\"system.io\"]");
        write(
            &sys_dir.join("a.conf"),
            "unqualified-search-registries = [\"sysdropin.io\"]",
        );
        let c = RegistriesConf::load_paths(&decide(None, Some(home.clone()))).unwrap();
        assert_eq!(c.search_registries(), ["user.io"]);
        assert_eq!(c.short_name_mode(), ShortNameMode::Disabled);
        assert_eq!(c.sources(), [user_conf.clone(), user_dir.join("a.conf")]);
    }
}
