//! Manifests (OCI and Docker schema 2), indexes / manifest lists, image configs, and choosing
//! a platform from an index.

//!
//! The document types are oci-spec's: Docker schema 2 manifests and manifest lists have the
//! same shape as OCI manifests and indexes (only their media types differ, which oci-spec keeps
//! as `MediaType::Other`), so both parse into `ImageManifest` / `ImageIndex`, and every image
//! config into `ImageConfiguration`.

pub use oci_spec::image::{Descriptor, ImageConfiguration, ImageIndex, ImageManifest};
use serde::Deserialize;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_SCHEMA1: &str = "application/vnd.docker.distribution.manifest.v1+prettyjws";

/// The manifest media types berth asks registries for.
pub const ACCEPTED: &[&str] = &[OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST];

/// The platform a pull asks for (`--platform os/arch[/variant]`); matched against the
/// platforms of an index's entries by [`choose`].
#[derive(Debug, Clone, PartialEq)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    pub variant: Option<String>,
}

/// Just enough of a manifest to tell which kind it is, before it is parsed as that kind.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Kind {
    #[serde(default)]
    schema_version: i64,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    config: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    manifests: Option<serde::de::IgnoredAny>,
}

#[derive(Debug, Clone)]
pub enum Manifest {
    Image {
        media_type: String,
        manifest: Box<ImageManifest>,
    },
    Index {
        media_type: String,
        index: Box<ImageIndex>,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("manifest is not valid JSON")]
    Json(#[source] serde_json::Error),
    #[error("docker schema 1 manifests are not supported (the image was pushed by a docker older than 1.10)")]
    Schema1,
    #[error("unsupported manifest media type {0:?}")]
    Unsupported(String),
    #[error("no image in the manifest list for platform {wanted}; available: {available}")]
    NoPlatform { wanted: String, available: String },
    #[error("image config is not valid JSON")]
    Config(#[source] serde_json::Error),
    #[error("image config lists {diff_ids} layers but the manifest has {layers}")]
    LayerCount { diff_ids: usize, layers: usize },
}

impl Manifest {
    pub fn parse(bytes: &[u8], content_type: Option<&str>) -> Result<Manifest, ManifestError> {
        let kind: Kind = serde_json::from_slice(bytes).map_err(ManifestError::Json)?;
        let mt = kind
            .media_type
            .clone()
            .or_else(|| content_type.map(str::to_string))
            .unwrap_or_default();
        if kind.schema_version == 1
            || mt.starts_with("application/vnd.docker.distribution.manifest.v1")
        {
            return Err(ManifestError::Schema1);
        }
        let or_default = |mt: String, default: &str| {
            if mt.is_empty() {
                default.to_string()
            } else {
                mt
            }
        };
        if kind.manifests.is_some() {
            let index: Box<ImageIndex> =
                serde_json::from_slice(bytes).map_err(ManifestError::Json)?;
            return Ok(Manifest::Index {
                media_type: or_default(mt, OCI_INDEX),
                index,
            });
        }
        if kind.config.is_some() {
            let manifest: Box<ImageManifest> =
                serde_json::from_slice(bytes).map_err(ManifestError::Json)?;
            return Ok(Manifest::Image {
                media_type: or_default(mt, OCI_MANIFEST),
                manifest,
            });
        }
        Err(ManifestError::Unsupported(mt))
    }
}

/// An image config from its bytes (a Docker config parses the same).
pub fn parse_config(bytes: &[u8]) -> Result<ImageConfiguration, ManifestError> {
    serde_json::from_slice(bytes).map_err(ManifestError::Config)
}

/// A config's ExposedPorts (`80/tcp`, ...), sorted (oci-spec keeps them in a hash order).
pub fn exposed_ports(config: &ImageConfiguration) -> Vec<String> {
    let mut ports = config
        .config()
        .as_ref()
        .and_then(|c| c.exposed_ports().clone())
        .unwrap_or_default();
    ports.sort();
    ports
}

/// A config's `created` as seconds since the epoch (0 when absent or unparsable).
pub fn created_unix(config: &ImageConfiguration) -> i64 {
    config
        .created()
        .as_deref()
        .and_then(parse_rfc3339)
        .unwrap_or(0)
}

/// Go's GOARCH for this machine, as image platforms spell it.
pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        "riscv64" => "riscv64",
        "s390x" => "s390x",
        "arm" => "arm",
        other => other,
    }
}

fn norm_arch(a: &str) -> &str {
    match a {
        "x86_64" | "x86-64" => "amd64",
        "aarch64" => "arm64",
        "armhf" | "armel" => "arm",
        other => other,
    }
}

impl Platform {
    pub fn host() -> Platform {
        Platform {
            architecture: host_arch().into(),
            os: "linux".into(),
            variant: None,
        }
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// `os/arch[/variant]` of an index entry's platform.
fn platform_string(p: &oci_spec::image::Platform) -> String {
    let mut s = format!("{}/{}", p.os(), p.architecture());
    if let Some(v) = p.variant() {
        s.push('/');
        s.push_str(v);
    }
    s
}

/// Pick the manifest for `want` from an index, as containers/image does: os and architecture
/// must match; a wanted variant must match (arm64's v8 is the same as none).
pub fn choose(manifests: &[Descriptor], want: &Platform) -> Result<Descriptor, ManifestError> {
    let want_arch = norm_arch(&want.architecture);
    let norm_variant = |v: &str| match (want_arch, v) {
        ("arm64", "v8") => String::new(),
        (_, v) => v.to_string(),
    };
    let variant_of = |d: &Descriptor| {
        d.platform()
            .as_ref()
            .and_then(|p| p.variant().clone())
            .unwrap_or_default()
    };
    let candidates: Vec<&Descriptor> = manifests
        .iter()
        .filter(|d| {
            d.platform().as_ref().is_some_and(|p| {
                p.os().to_string() == want.os
                    && norm_arch(&p.architecture().to_string()) == want_arch
            })
        })
        .collect();
    let pick = match &want.variant {
        Some(v) => candidates
            .iter()
            .copied()
            .find(|d| norm_variant(&variant_of(d)) == norm_variant(v)),
        // The entry with the newest variant (arm: v7 over v6); the first of equals.
        None => candidates
            .iter()
            .copied()
            .enumerate()
            .max_by(|(ia, a), (ib, b)| variant_of(a).cmp(&variant_of(b)).then(ib.cmp(ia)))
            .map(|(_, d)| d),
    };
    match pick {
        Some(d) => Ok(d.clone()),
        None => Err(ManifestError::NoPlatform {
            wanted: want.to_string(),
            available: manifests
                .iter()
                .filter_map(|d| d.platform().as_ref().map(platform_string))
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// Parse an RFC 3339 time ("2024-01-02T03:04:05.123Z", "+02:00" offsets) to epoch seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.len() < 19 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok());
    let (y, mo, d, h, mi, se) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    // Everything is sliced with `get`: the text comes from an image config, and a byte index
    // inside a multi-byte character must give None, not a panic.
    let mut rest = s.get(19..)?;
    if let Some(r) = rest.strip_prefix('.') {
        rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let offset = match rest {
        "" | "Z" | "z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let part = |r: std::ops::Range<usize>| {
                o.get(r)
                    .filter(|x| x.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|x| x.parse::<i64>().ok())
            };
            if o.get(3..4) != Some(":") {
                return None;
            }
            sign * (part(1..3)? * 3600 + part(4..6)? * 60)
        }
        _ => return None,
    };
    let days = crate::time::days_from_civil(y, mo, d);
    Some(days * 86400 + h * 3600 + mi * 60 + se - offset)
}

pub use crate::time::format_rfc3339;

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(c: char) -> String {
        format!("sha256:{}", c.to_string().repeat(64))
    }

    fn d(arch: &str, variant: Option<&str>, digest: char) -> Descriptor {
        let mut platform = serde_json::json!({"architecture": arch, "os": "linux"});
        if let Some(v) = variant {
            platform["variant"] = v.into();
        }
        serde_json::from_value(serde_json::json!({
            "mediaType": OCI_MANIFEST,
            "digest": hex(digest),
            "size": 1,
            "platform": platform,
        }))
        .unwrap()
    }

    #[test]
    fn chooses_platforms() {
        let list = vec![
            d("amd64", None, 'a'),
            d("arm64", Some("v8"), 'b'),
            d("arm", Some("v6"), 'c'),
            d("arm", Some("v7"), 'e'),
        ];
        let p = |a: &str, v: Option<&str>| Platform {
            architecture: a.into(),
            os: "linux".into(),
            variant: v.map(str::to_string),
        };
        let pick = |a, v| choose(&list, &p(a, v)).unwrap().digest().to_string();
        assert_eq!(pick("amd64", None), hex('a'));
        assert_eq!(pick("arm64", None), hex('b'));
        assert_eq!(pick("aarch64", None), hex('b'));
        assert_eq!(pick("arm64", Some("v8")), hex('b'));
        assert_eq!(pick("arm", Some("v6")), hex('c'));
        assert_eq!(pick("arm", None), hex('e'));
        let err = choose(&list, &p("s390x", None)).unwrap_err().to_string();
        assert!(
            err.contains("linux/s390x") && err.contains("linux/arm/v7"),
            "{err}"
        );
    }

    #[test]
    fn parses_kinds() {
        let idx = format!(
            r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"{OCI_MANIFEST}","digest":"{}","size":3}}]}}"#,
            hex('1')
        );
        assert!(matches!(
            Manifest::parse(idx.as_bytes(), None).unwrap(),
            Manifest::Index { ref media_type, .. } if media_type == OCI_INDEX
        ));
        // Docker schema 2 parses into the same types, its media type kept
        let docker = format!(
            r#"{{"schemaVersion":2,"mediaType":"{DOCKER_MANIFEST}","config":{{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"{}","size":3}},"layers":[{{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"{}","size":5}}]}}"#,
            hex('2'),
            hex('3')
        );
        match Manifest::parse(docker.as_bytes(), None).unwrap() {
            Manifest::Image {
                media_type,
                manifest,
            } => {
                assert_eq!(media_type, DOCKER_MANIFEST);
                assert_eq!(manifest.config().digest().to_string(), hex('2'));
                assert_eq!(manifest.layers()[0].size(), 5);
            }
            other => panic!("{other:?}"),
        }
        let s1 = br#"{"schemaVersion":1,"fsLayers":[]}"#;
        assert!(matches!(
            Manifest::parse(s1, None),
            Err(ManifestError::Schema1)
        ));
        // hostile: bad digests, negative sizes, wrong types are errors, not panics
        for bad in [
            r#"{"schemaVersion":2,"manifests":[{"mediaType":"x","digest":"sha256:1","size":3}]}"#,
            r#"{"schemaVersion":2,"config":{"mediaType":"x","digest":"../../etc","size":3},"layers":[]}"#,
            r#"{"schemaVersion":2,"config":{"mediaType":"x","digest":"sha256:aa","size":-1},"layers":[]}"#,
            r#"{"schemaVersion":2,"config":7,"layers":[]}"#,
            r#"{"schemaVersion":2}"#,
            r#"[]"#,
        ] {
            assert!(Manifest::parse(bad.as_bytes(), None).is_err(), "{bad}");
        }
    }

    #[test]
    fn configs_parse_with_created() {
        let c = parse_config(
            br#"{"architecture":"amd64","os":"linux","created":"2009-02-13T23:31:30Z","rootfs":{"type":"layers","diff_ids":[]}}"#,
        )
        .unwrap();
        assert_eq!(created_unix(&c), 1234567890);
        assert!(exposed_ports(&c).is_empty());
        let c = parse_config(
            br#"{"architecture":"amd64","os":"linux","config":{"ExposedPorts":{"8080/tcp":{},"53/udp":{},"443/tcp":{}},"StopSignal":"SIGINT"},"rootfs":{"type":"layers","diff_ids":[]}}"#,
        )
        .unwrap();
        assert_eq!(exposed_ports(&c), ["443/tcp", "53/udp", "8080/tcp"]);
        let c = parse_config(
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":\"2024-01-02T03:04:05+1\u{e9}00\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}".as_bytes(),
        )
        .unwrap();
        assert_eq!(created_unix(&c), 0);
    }

    #[test]
    fn times_roundtrip() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339("2009-02-13T23:31:30.123456789Z"),
            Some(1234567890)
        );
        assert_eq!(parse_rfc3339("2009-02-14T01:31:30+02:00"), Some(1234567890));
        assert_eq!(format_rfc3339(1234567890), "2009-02-13T23:31:30Z");
    }

    #[test]
    fn hostile_times_are_refused_without_panic() {
        for s in [
            "2024-01-02T03:04:05+1\u{e9}00",
            "2024-01-02T03:04:05-\u{e9}:00",
            "2024-01-02T03:04:05+01\u{e9}0",
            "2024-01-02T03:04:0\u{e9}Z",
            "2024-01-02T03:04:05\u{e9}",
            "2024-01-02T03:04:05.\u{2603}\u{2603}",
            "\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}",
            "2024-01-02T03:04:05+-1:00",
        ] {
            assert_eq!(parse_rfc3339(s), None, "{s}");
        }
    }
}
