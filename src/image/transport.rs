//! containers/image transports other than a registry, as `push`, `pull`, `run` and `create`
//! read them: `dir:PATH`, `docker-archive:PATH[:REF]`, `oci-archive:PATH[:REF]`, `oci:DIR[:REF]`.
//! Pure parsing: the formats are written and read by [`crate::image::archive`].

use super::archive::SaveFormat;
use std::path::PathBuf;

/// A local image location named with a transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local {
    pub format: SaveFormat,
    pub path: PathBuf,
    /// docker-archive: an image name (`foo/bar:v1`); oci formats: the `ref.name` annotation.
    pub reference: Option<String>,
}

/// Whether `name` starts with a transport berth reads and writes itself (not `docker://`).
pub fn is_local(name: &str) -> bool {
    matches!(parse(name), Some(Ok(_)))
}

/// `Some` when `name` names a local transport: `Ok` with its parts, `Err` with what is wrong
/// (an empty path). `None` for a registry reference (`docker://REF`, `REF`).
pub fn parse(name: &str) -> Option<Result<Local, String>> {
    const TRANSPORTS: &[(&str, SaveFormat)] = &[
        ("docker-archive:", SaveFormat::DockerArchive),
        ("oci-archive:", SaveFormat::OciArchive),
        ("oci:", SaveFormat::OciDir),
        ("dir:", SaveFormat::DockerDir),
    ];
    let (prefix, format) = TRANSPORTS.iter().find(|(p, _)| name.starts_with(p))?;
    let rest = &name[prefix.len()..];
    // containers/image splits PATH and REF at the first colon; dir: has no REF
    let (path, reference) = match (format, rest.split_once(':')) {
        (SaveFormat::DockerDir, _) | (_, None) => (rest, None),
        (_, Some((p, r))) => (p, (!r.is_empty()).then(|| r.to_string())),
    };
    if path.is_empty() {
        return Some(Err(format!(
            "invalid image reference {name:?}: the {} transport needs a path",
            prefix.trim_end_matches(':')
        )));
    }
    Some(Ok(Local {
        format: *format,
        path: PathBuf::from(path),
        reference,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_transports_as_containers_image() {
        let l = parse("docker-archive:/tmp/a.tar:foo/bar:v1")
            .unwrap()
            .unwrap();
        assert_eq!(l.format, SaveFormat::DockerArchive);
        assert_eq!(l.path, PathBuf::from("/tmp/a.tar"));
        assert_eq!(l.reference.as_deref(), Some("foo/bar:v1"));
        let l = parse("oci:/tmp/o:myref").unwrap().unwrap();
        assert_eq!(l.format, SaveFormat::OciDir);
        assert_eq!(l.reference.as_deref(), Some("myref"));
        let l = parse("oci-archive:rel.tar").unwrap().unwrap();
        assert_eq!((l.format, l.reference), (SaveFormat::OciArchive, None));
        let l = parse("dir:/tmp/d:x").unwrap().unwrap();
        assert_eq!(l.path, PathBuf::from("/tmp/d:x"));
        assert!(parse("dir:").unwrap().is_err());
        assert!(parse("docker://busybox").is_none());
        assert!(parse("localhost:5000/a/b").is_none());
        assert!(is_local("docker-archive:/x.tar"));
    }
}
