//! Image references: parsing, validation and normalisation of user-given image names, as
//! containers/image's `docker/reference` does it (`ParseNormalizedNamed` and the short-name
//! split of `pkg/shortnames`).
//!
//! A name is `[registry/]repository[:tag][@digest]`. The first `/`-separated component is a
//! registry iff it contains `.` or `:` or is `localhost`; otherwise the whole name is a *short
//! name* that `registries.conf` has to resolve. `docker.io` (and its legacy spelling
//! `index.docker.io`) is normalised: single-component repositories get `library/`.
//!
//! This module owns only the syntax, and uses no other module of berth (it is a leaf of the
//! module graph, below `config`, `storage` and `image`, which all name images); which
//! registries a short name may resolve to is `config::registries`.

use std::fmt;

/// Docker Hub, as it appears in normalised references.
pub const DEFAULT_REGISTRY: &str = "docker.io";
/// The legacy Docker Hub host name, normalised to [`DEFAULT_REGISTRY`].
pub const LEGACY_DEFAULT_REGISTRY: &str = "index.docker.io";
/// The namespace Docker Hub puts single-component ("official") repositories in.
pub const OFFICIAL_REPO_NAMESPACE: &str = "library";
/// The tag used when a name has neither tag nor digest.
pub const DEFAULT_TAG: &str = "latest";
/// Longest allowed `registry/repository` (distribution's `NameTotalLengthMax`).
pub const NAME_TOTAL_LENGTH_MAX: usize = 255;
/// Longest allowed tag.
const TAG_LENGTH_MAX: usize = 128;

/// A fully-qualified image reference (`registry/repository[:tag][@digest]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// `host[:port]`, e.g. `docker.io`, `quay.io`, `localhost:5000`, `[::1]:5000`.
    pub registry: String,
    /// The repository path, e.g. `library/busybox`.
    pub repository: String,
    pub tag: Option<String>,
    /// `algorithm:hex`, e.g. `sha256:…`.
    pub digest: Option<String>,
}

/// The result of parsing a user-given name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedName {
    /// The name names its registry.
    Qualified(Reference),
    /// The name has no registry; registries.conf decides where it comes from.
    Short(ShortName),
}

/// A name without a registry, e.g. `busybox`, `library/busybox:1.36`, `foo/bar@sha256:…`.
/// `repository` is kept exactly as the user wrote it (no `library/` added): aliases in
/// registries.conf are looked up by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortName {
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

/// Why a name is not a valid image reference. Each variant names the offending part.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error("invalid image name: the name is empty")]
    Empty,
    #[error(
        "invalid image name {input:?}: a 64-character hexadecimal string cannot be a repository name \
         (it looks like an image ID; refer to a local image by its ID instead)"
    )]
    HexRepository { input: String },
    #[error("invalid image name {input:?}: registry {registry:?} {problem}")]
    Registry {
        input: String,
        registry: String,
        problem: String,
    },
    #[error("invalid image name {input:?}: repository path component {component:?} {problem}")]
    PathComponent {
        input: String,
        component: String,
        problem: String,
    },
    #[error(
        "invalid image name {input:?}: tag {tag:?} {problem} (a tag is 1 to 128 letters, digits, '_', '.' \
         or '-', not starting with '.' or '-')"
    )]
    Tag {
        input: String,
        tag: String,
        problem: String,
    },
    #[error("invalid image name {input:?}: digest {digest:?} {problem}")]
    Digest {
        input: String,
        digest: String,
        problem: String,
    },
    #[error(
        "invalid image name {input:?}: the repository name {name:?} is longer than 255 characters"
    )]
    NameTooLong { input: String, name: String },
    #[error(
        "{input:?} is a short name but a fully-qualified name is needed here; write it with its registry, \
         e.g. docker.io/{input}"
    )]
    NotQualified { input: String },
}

impl Reference {
    /// Parse a user-given image name into a qualified reference or a short name.
    ///
    /// Qualified references are normalised (`index.docker.io` → `docker.io`, `docker.io/x` →
    /// `docker.io/library/x`); short names are returned as written. No default tag is added.
    pub fn parse(s: &str) -> Result<ParsedName, ReferenceError> {
        if s.is_empty() {
            return Err(ReferenceError::Empty);
        }
        if s.len() == 64 && s.bytes().all(is_lower_hex) {
            return Err(ReferenceError::HexRepository {
                input: s.to_string(),
            });
        }

        // The digest follows the first '@'.
        let (rest, digest) = match s.split_once('@') {
            Some((rest, d)) => {
                validate_digest(s, d)?;
                (rest, Some(d.to_string()))
            }
            None => (s, None),
        };

        // The tag follows the last ':' that comes after the last '/'.
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => {
                let colon = last_slash + i;
                let tag = &rest[colon + 1..];
                validate_tag(s, tag)?;
                (&rest[..colon], Some(tag.to_string()))
            }
            None => (rest, None),
        };

        let registry_and_path = match name.split_once('/') {
            Some((first, path)) if is_registry_like(first) => Some((first, path)),
            _ => None,
        };

        match registry_and_path {
            Some((registry, path)) => {
                validate_registry(s, registry)?;
                validate_path(s, path)?;
                let (registry, repository) = normalize(registry, path);
                let reference = Reference {
                    registry,
                    repository,
                    tag,
                    digest,
                };
                let full = reference.name();
                if full.len() > NAME_TOTAL_LENGTH_MAX {
                    return Err(ReferenceError::NameTooLong {
                        input: s.to_string(),
                        name: full,
                    });
                }
                Ok(ParsedName::Qualified(reference))
            }
            None => {
                validate_path(s, name)?;
                if name.len() > NAME_TOTAL_LENGTH_MAX {
                    return Err(ReferenceError::NameTooLong {
                        input: s.to_string(),
                        name: name.to_string(),
                    });
                }
                Ok(ParsedName::Short(ShortName {
                    repository: name.to_string(),
                    tag,
                    digest,
                }))
            }
        }
    }

    /// Parse a name that must include its registry.
    pub fn parse_qualified(s: &str) -> Result<Reference, ReferenceError> {
        match Self::parse(s)? {
            ParsedName::Qualified(r) => Ok(r),
            ParsedName::Short(_) => Err(ReferenceError::NotQualified {
                input: s.to_string(),
            }),
        }
    }

    /// Add the `latest` tag when the reference has neither tag nor digest.
    pub fn with_default_tag(mut self) -> Reference {
        if self.tag.is_none() && self.digest.is_none() {
            self.tag = Some(DEFAULT_TAG.to_string());
        }
        self
    }

    /// `registry/repository`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// `registry/repository:tag`, when there is a tag.
    pub fn tagged_name(&self) -> Option<String> {
        self.tag
            .as_ref()
            .map(|t| format!("{}/{}:{}", self.registry, self.repository, t))
    }
}

impl ShortName {
    /// Put the short name under `registry` (a `host[:port]`), normalising Docker Hub the way
    /// containers/image does: `docker.io` + `busybox` → `docker.io/library/busybox`.
    pub fn qualify(&self, registry: &str) -> Reference {
        let (registry, repository) = normalize(registry, &self.repository);
        Reference {
            registry,
            repository,
            tag: self.tag.clone(),
            digest: self.digest.clone(),
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.registry, self.repository)?;
        write_tag_digest(f, &self.tag, &self.digest)
    }
}

impl fmt::Display for ShortName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repository)?;
        write_tag_digest(f, &self.tag, &self.digest)
    }
}

fn write_tag_digest(
    f: &mut fmt::Formatter<'_>,
    tag: &Option<String>,
    digest: &Option<String>,
) -> fmt::Result {
    if let Some(t) = tag {
        write!(f, ":{t}")?;
    }
    if let Some(d) = digest {
        write!(f, "@{d}")?;
    }
    Ok(())
}

/// True when `s` may name a local image by (a prefix of) its ID: 3 to 64 lowercase hex
/// characters, optionally after `sha256:`.
pub fn is_image_id_prefix(s: &str) -> bool {
    let hex = s.strip_prefix("sha256:").unwrap_or(s);
    (3..=64).contains(&hex.len()) && hex.bytes().all(is_lower_hex)
}

/// True when `s` is a valid registry `host[:port]` (a DNS-style host name, or an IPv6 address
/// in brackets, with an optional numeric port), as used in `unqualified-search-registries`.
pub fn is_valid_registry(s: &str) -> bool {
    registry_problem(s).is_none()
}

/// The first path component decides whether a name carries a registry.
fn is_registry_like(first: &str) -> bool {
    first.contains('.') || first.contains(':') || first == "localhost"
}

fn normalize(registry: &str, path: &str) -> (String, String) {
    let registry = if registry == LEGACY_DEFAULT_REGISTRY {
        DEFAULT_REGISTRY
    } else {
        registry
    };
    let repository = if registry == DEFAULT_REGISTRY && !path.contains('/') {
        format!("{OFFICIAL_REPO_NAMESPACE}/{path}")
    } else {
        path.to_string()
    };
    (registry.to_string(), repository)
}

fn is_lower_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}

fn validate_registry(input: &str, registry: &str) -> Result<(), ReferenceError> {
    match registry_problem(registry) {
        None => Ok(()),
        Some(problem) => Err(ReferenceError::Registry {
            input: input.to_string(),
            registry: registry.to_string(),
            problem: problem.to_string(),
        }),
    }
}

/// Check `host[:port]` against the distribution grammar; `None` when valid.
fn registry_problem(registry: &str) -> Option<&'static str> {
    if registry.is_empty() {
        return Some("is empty");
    }
    let (host, port) = if let Some(rest) = registry.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return Some("has an IPv6 address without a closing ']'");
        };
        let addr = &rest[..end];
        if addr.is_empty() || !addr.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
            return Some(
                "has an invalid IPv6 address (only hex digits and ':' may appear in the brackets)",
            );
        }
        let after = &rest[end + 1..];
        match after.strip_prefix(':') {
            Some(port) => (None, Some(port)),
            None if after.is_empty() => (None, None),
            None => return Some("has unexpected characters after the IPv6 address"),
        }
    } else {
        match registry.split_once(':') {
            Some((h, p)) => (Some(h), Some(p)),
            None => (Some(registry), None),
        }
    };
    if let Some(port) = port {
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
            return Some("has an invalid port (a port is one or more digits)");
        }
    }
    if let Some(host) = host {
        if host.is_empty() {
            return Some("has an empty host name");
        }
        for label in host.split('.') {
            let bytes = label.as_bytes();
            let valid = !bytes.is_empty()
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
                && bytes.first().is_some_and(u8::is_ascii_alphanumeric)
                && bytes.last().is_some_and(u8::is_ascii_alphanumeric);
            if !valid {
                return Some(
                    "is not a valid host name (labels are letters, digits and '-', separated by '.', \
                     not starting or ending with '-')",
                );
            }
        }
    }
    None
}

fn validate_path(input: &str, path: &str) -> Result<(), ReferenceError> {
    for component in path.split('/') {
        if let Some(problem) = path_component_problem(component) {
            return Err(ReferenceError::PathComponent {
                input: input.to_string(),
                component: component.to_string(),
                problem: problem.to_string(),
            });
        }
    }
    Ok(())
}

/// `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`; `None` when valid.
fn path_component_problem(component: &str) -> Option<String> {
    if component.is_empty() {
        return Some("is empty (the name has '//' or starts or ends with '/')".to_string());
    }
    if component.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some("must be lowercase".to_string());
    }
    if let Some(c) = component
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(*c)))
    {
        return Some(format!(
            "contains {c:?}; only lowercase letters, digits and the separators '.', '_', '__' and '-' are allowed"
        ));
    }
    let bytes = component.as_bytes();
    let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if !bytes.first().is_some_and(alnum) || !bytes.last().is_some_and(alnum) {
        return Some("must start and end with a lowercase letter or digit".to_string());
    }
    // Every run of separators must be ".", "_", "__" or one or more "-".
    let mut i = 0;
    while i < bytes.len() {
        if alnum(&bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !alnum(&bytes[i]) {
            i += 1;
        }
        let sep = &component[start..i];
        let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|b| b == b'-');
        if !ok {
            return Some(format!(
                "has the separator {sep:?}; separators are '.', '_', '__' or a run of '-'"
            ));
        }
    }
    None
}

fn validate_tag(input: &str, tag: &str) -> Result<(), ReferenceError> {
    let err = |problem: &str| ReferenceError::Tag {
        input: input.to_string(),
        tag: tag.to_string(),
        problem: problem.to_string(),
    };
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = tag.as_bytes();
    match bytes.first() {
        None => return Err(err("is empty")),
        Some(&b) if !word(b) => return Err(err("has an invalid first character")),
        Some(_) => {}
    }
    if bytes.len() > TAG_LENGTH_MAX {
        return Err(err("is longer than 128 characters"));
    }
    if !bytes.iter().all(|&b| word(b) || b == b'.' || b == b'-') {
        return Err(err("contains an invalid character"));
    }
    Ok(())
}

/// Digests as go-digest accepts them: the grammar `algorithm:hex`, then only the algorithms
/// containers/image supports, with their exact lowercase hex length.
fn validate_digest(input: &str, digest: &str) -> Result<(), ReferenceError> {
    let err = |problem: String| ReferenceError::Digest {
        input: input.to_string(),
        digest: digest.to_string(),
        problem,
    };
    let Some((algorithm, hex)) = digest.split_once(':') else {
        return Err(err(
            "is not of the form algorithm:hex (e.g. sha256:<64 hex digits>)".to_string(),
        ));
    };
    if !valid_digest_algorithm(algorithm) {
        return Err(err(format!("has an invalid algorithm {algorithm:?}")));
    }
    let expected_len = match algorithm {
        "sha256" => 64,
        "sha384" => 96,
        "sha512" => 128,
        _ => {
            return Err(err(format!(
                "uses the unsupported algorithm {algorithm:?} (use sha256, sha384 or sha512)"
            )))
        }
    };
    if hex.len() != expected_len {
        return Err(err(format!(
            "must have {expected_len} hex digits after {algorithm}:, not {}",
            hex.len()
        )));
    }
    if !hex.bytes().all(is_lower_hex) {
        return Err(err(
            "must have only lowercase hex digits (0-9, a-f) after the algorithm".to_string(),
        ));
    }
    Ok(())
}

/// `[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*`
fn valid_digest_algorithm(algorithm: &str) -> bool {
    algorithm.split(['-', '_', '+', '.']).all(|part| {
        let b = part.as_bytes();
        b.first().is_some_and(u8::is_ascii_alphabetic) && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const D64: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn q(registry: &str, repository: &str, tag: Option<&str>, digest: Option<&str>) -> ParsedName {
        ParsedName::Qualified(Reference {
            registry: registry.into(),
            repository: repository.into(),
            tag: tag.map(Into::into),
            digest: digest.map(Into::into),
        })
    }

    fn s(repository: &str, tag: Option<&str>, digest: Option<&str>) -> ParsedName {
        ParsedName::Short(ShortName {
            repository: repository.into(),
            tag: tag.map(Into::into),
            digest: digest.map(Into::into),
        })
    }

    #[test]
    fn parse_valid_names() {
        let with_digest = format!("quay.io/x/y@{D64}");
        let tagged_digest = format!("busybox:1.36@{D64}");
        let cases: Vec<(&str, ParsedName)> = vec![
            ("busybox", s("busybox", None, None)),
            ("busybox:1.36", s("busybox", Some("1.36"), None)),
            (
                "library/busybox:1.36",
                s("library/busybox", Some("1.36"), None),
            ),
            ("foo/bar/baz", s("foo/bar/baz", None, None)),
            (&with_digest, q("quay.io", "x/y", None, Some(D64))),
            (&tagged_digest, s("busybox", Some("1.36"), Some(D64))),
            ("localhost/foo", q("localhost", "foo", None, None)),
            (
                "localhost:5000/foo:v1",
                q("localhost:5000", "foo", Some("v1"), None),
            ),
            (
                "127.0.0.1:5000/a/b:tag",
                q("127.0.0.1:5000", "a/b", Some("tag"), None),
            ),
            ("[::1]:5000/a", q("[::1]:5000", "a", None, None)),
            ("[fe80::1]/a/b:c", q("[fe80::1]", "a/b", Some("c"), None)),
            (
                "docker.io/busybox",
                q("docker.io", "library/busybox", None, None),
            ),
            (
                "docker.io/library/busybox:latest",
                q("docker.io", "library/busybox", Some("latest"), None),
            ),
            ("docker.io/user/app", q("docker.io", "user/app", None, None)),
            (
                "index.docker.io/busybox",
                q("docker.io", "library/busybox", None, None),
            ),
            (
                "index.docker.io/user/app:1",
                q("docker.io", "user/app", Some("1"), None),
            ),
            (
                "Registry.Example.COM/a",
                q("Registry.Example.COM", "a", None, None),
            ),
            (
                "example.com/a-b__c.d_e---f/g",
                q("example.com", "a-b__c.d_e---f/g", None, None),
            ),
            ("a:B_x.y-z", s("a", Some("B_x.y-z"), None)),
        ];
        for (input, expected) in cases {
            assert_eq!(Reference::parse(input).unwrap(), expected, "{input}");
        }
    }

    #[test]
    fn parse_edge_cases_follow_containers_image() {
        // No '/': the first component cannot be a registry, so ":5000" is a tag.
        assert_eq!(
            Reference::parse("localhost:5000").unwrap(),
            s("localhost", Some("5000"), None)
        );
        assert_eq!(
            Reference::parse("localhost").unwrap(),
            s("localhost", None, None)
        );
        // A dotted first component is a registry even when it looks like a namespace.
        assert_eq!(
            Reference::parse("my.ns/app").unwrap(),
            q("my.ns", "app", None, None)
        );
        let tag128 = "t".repeat(128);
        assert!(Reference::parse(&format!("busybox:{tag128}")).is_ok());
        let other_digests = [
            format!("sha384:{}", "a".repeat(96)),
            format!("sha512:{}", "b".repeat(128)),
        ];
        for d in other_digests {
            assert!(Reference::parse(&format!("quay.io/a@{d}")).is_ok(), "{d}");
        }
    }

    #[test]
    fn parse_errors_name_the_bad_part() {
        let hex64 = "a".repeat(64);
        let long_tag = format!("busybox:{}", "t".repeat(129));
        let long_name = format!("example.com/{}", "a".repeat(250));
        let cases: Vec<(String, &str)> = vec![
            (String::new(), "empty"),
            (hex64, "64-character hexadecimal"),
            ("Busybox".into(), "\"Busybox\" must be lowercase"),
            ("Foo/bar".into(), "\"Foo\" must be lowercase"),
            (
                "docker.io/Library/busybox".into(),
                "\"Library\" must be lowercase",
            ),
            ("quay.io/a//b".into(), "\"\" is empty"),
            ("quay.io/".into(), "\"\" is empty"),
            ("quay.io/a/".into(), "\"\" is empty"),
            ("busy box".into(), "contains ' '"),
            ("-busybox".into(), "must start and end"),
            ("busybox-".into(), "must start and end"),
            ("a..b".into(), "separator \"..\""),
            ("a___b".into(), "separator \"___\""),
            ("a.-b".into(), "separator \".-\""),
            ("busybox:".into(), "tag \"\" is empty"),
            (
                "busybox:.x".into(),
                "tag \".x\" has an invalid first character",
            ),
            ("busybox:-x".into(), "invalid first character"),
            (
                "busybox:a+b".into(),
                "tag \"a+b\" contains an invalid character",
            ),
            (long_tag, "longer than 128"),
            ("busybox@sha256:abc".into(), "must have 64 hex digits"),
            (
                format!("busybox@sha256:{}", "A".repeat(64)),
                "lowercase hex",
            ),
            (
                format!("busybox@md5:{}", "a".repeat(32)),
                "unsupported algorithm \"md5\"",
            ),
            (
                format!("busybox@1sha:{}", "a".repeat(64)),
                "invalid algorithm",
            ),
            ("busybox@latest".into(), "algorithm:hex"),
            (format!("busybox@{D64}@{D64}"), "must have 64 hex digits"),
            (
                "exa_mple.com/a".into(),
                "registry \"exa_mple.com\" is not a valid host name",
            ),
            ("-a.com/a".into(), "is not a valid host name"),
            ("example.com:/a".into(), "invalid port"),
            ("example.com:50x0/a".into(), "invalid port"),
            ("[::1/a".into(), "closing ']'"),
            ("[zz]:5000/a".into(), "invalid IPv6"),
            ("[::1]x/a".into(), "unexpected characters"),
            (":5000/a".into(), "empty host name"),
            (long_name, "longer than 255"),
        ];
        for (input, needle) in cases {
            let err = Reference::parse(&input).expect_err(&input).to_string();
            assert!(err.contains(needle), "{input:?}: {err:?} lacks {needle:?}");
            assert!(!err.ends_with('.'), "{err}");
            assert!(err.starts_with(|c: char| !c.is_uppercase()), "{err}");
        }
    }

    #[test]
    fn parse_qualified_rejects_short_names() {
        assert_eq!(
            Reference::parse_qualified("quay.io/a/b:1").unwrap(),
            Reference {
                registry: "quay.io".into(),
                repository: "a/b".into(),
                tag: Some("1".into()),
                digest: None
            }
        );
        let err = Reference::parse_qualified("busybox").unwrap_err();
        assert_eq!(
            err,
            ReferenceError::NotQualified {
                input: "busybox".into()
            }
        );
        assert!(err.to_string().contains("docker.io/busybox"));
        assert!(matches!(
            Reference::parse_qualified("Bad"),
            Err(ReferenceError::PathComponent { .. })
        ));
    }

    #[test]
    fn default_tag_name_and_display() {
        let cases: Vec<(&str, &str, &str, Option<&str>)> = vec![
            // input, Display after with_default_tag, name(), tagged_name()
            (
                "docker.io/busybox",
                "docker.io/library/busybox:latest",
                "docker.io/library/busybox",
                Some("docker.io/library/busybox:latest"),
            ),
            (
                "quay.io/a/b:1",
                "quay.io/a/b:1",
                "quay.io/a/b",
                Some("quay.io/a/b:1"),
            ),
        ];
        for (input, shown, name, tagged) in cases {
            let r = Reference::parse_qualified(input)
                .unwrap()
                .with_default_tag();
            assert_eq!(r.to_string(), shown);
            assert_eq!(r.name(), name);
            assert_eq!(r.tagged_name().as_deref(), tagged);
        }
        let digested = Reference::parse_qualified(&format!("quay.io/a@{D64}"))
            .unwrap()
            .with_default_tag();
        assert_eq!(digested.tag, None, "a digest is enough, no default tag");
        assert_eq!(digested.tagged_name(), None);
        assert_eq!(digested.to_string(), format!("quay.io/a@{D64}"));
        let both = Reference::parse_qualified(&format!("quay.io/a:1@{D64}")).unwrap();
        assert_eq!(both.to_string(), format!("quay.io/a:1@{D64}"));
    }

    #[test]
    fn short_name_qualify_and_display() {
        let cases = [
            ("busybox", "docker.io", "docker.io/library/busybox"),
            ("busybox:1", "docker.io", "docker.io/library/busybox:1"),
            ("library/busybox", "docker.io", "docker.io/library/busybox"),
            ("user/app", "docker.io", "docker.io/user/app"),
            ("busybox", "index.docker.io", "docker.io/library/busybox"),
            ("busybox", "quay.io", "quay.io/busybox"),
            ("busybox", "localhost:5000", "localhost:5000/busybox"),
        ];
        for (short, registry, expected) in cases {
            let ParsedName::Short(sn) = Reference::parse(short).unwrap() else {
                panic!("{short} is short")
            };
            assert_eq!(sn.to_string(), short);
            assert_eq!(
                sn.qualify(registry).to_string(),
                expected,
                "{short} under {registry}"
            );
        }
        let ParsedName::Short(sn) = Reference::parse(&format!("busybox@{D64}")).unwrap() else {
            panic!()
        };
        assert_eq!(sn.to_string(), format!("busybox@{D64}"));
        assert_eq!(sn.qualify("docker.io").digest.as_deref(), Some(D64));
    }

    #[test]
    fn display_round_trips() {
        for input in [
            "quay.io/a/b:1",
            "localhost:5000/x",
            "[::1]:5000/a:b",
            "docker.io/library/busybox:latest",
        ] {
            let r = Reference::parse_qualified(input).unwrap();
            assert_eq!(r.to_string(), input);
            assert_eq!(Reference::parse_qualified(&r.to_string()).unwrap(), r);
        }
    }

    #[test]
    fn image_id_prefixes() {
        let cases = [
            ("abc", true),
            ("ab", false),
            ("0123456789abcdef", true),
            (&"f".repeat(64) as &str, true),
            (&"f".repeat(65) as &str, false),
            ("sha256:abc", true),
            ("sha256:ab", false),
            ("ABC", false),
            ("abg", false),
            ("sha512:abc", false),
            ("", false),
            ("busybox", false),
        ];
        for (input, expected) in cases {
            assert_eq!(is_image_id_prefix(input), expected, "{input}");
        }
    }

    #[test]
    fn registry_validation() {
        let cases = [
            ("docker.io", true),
            ("localhost", true),
            ("localhost:5000", true),
            ("a-b.example.com:443", true),
            ("[::1]", true),
            ("[::1]:5000", true),
            ("", false),
            ("example.com/ns", false),
            ("https://example.com", false),
            ("example.com:", false),
            ("-example.com", false),
            ("example..com", false),
        ];
        for (input, expected) in cases {
            assert_eq!(is_valid_registry(input), expected, "{input}");
        }
    }
}

/// The first 12 characters of an ID, as podman shows IDs; a shorter (or odd, non-ASCII) ID
/// from a damaged record is shown whole, never sliced inside a character.
pub fn short_id(id: &str) -> &str {
    match id.char_indices().nth(12) {
        Some((i, _)) => &id[..i],
        None => id,
    }
}

#[cfg(test)]
mod short_id_tests {
    use super::short_id;

    #[test]
    fn short_ids_never_panic() {
        assert_eq!(short_id("0123456789abcdef"), "0123456789ab");
        assert_eq!(short_id("0123456789ab"), "0123456789ab");
        assert_eq!(short_id("abc"), "abc");
        assert_eq!(short_id(""), "");
        assert_eq!(short_id("ééééééééééééé"), "éééééééééééé");
    }
}
