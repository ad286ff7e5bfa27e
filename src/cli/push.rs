//! `berth push` (and `image push`).

use super::pull::{parse_creds, parse_retry_delay, Progress, RegistryArgs};
use super::Context;
use crate::config::registries::RegistriesConf;
use crate::error::{ExitStatus, UserError};
use crate::image::layer::Compression;
use crate::image::pull::{PullEvent, PullObserver};
use crate::image::push::{self, PushEvent, PushObserver, PushOptions};
use crate::image::registry::RegistryOptions;
use crate::image::write::Format;
use crate::output;
use crate::reference::{ParsedName, Reference};
use crate::storage::Store;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct PushArgs {
    /// The image to push
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Where to push it (`docker://REF` or REF; default: the image's name)
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Use `USERNAME[:PASSWORD]` for accessing the registry
    #[arg(long, value_name = "USERNAME[:PASSWORD]")]
    pub creds: Option<String>,
    /// Write the digest of the pushed image to the specified file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// Manifest type (oci, v2s2, or v2s1) to use in the destination (default is manifest type of source, with fallbacks)
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Compression format to use (gzip or zstd)
    #[arg(long, value_name = "FORMAT")]
    pub compression_format: Option<String>,
    /// Compress tarball image layers when pushing to a directory using the 'dir' transport. (default is same compression type as source)
    #[arg(long)]
    pub compress: bool,
    /// Discard any pre-existing signatures in the image
    #[arg(long)]
    pub remove_signatures: bool,
    /// Add a signature at the destination using the specified key
    #[arg(long, value_name = "KEY")]
    pub sign_by: Option<String>,
    /// Sign the image using a sigstore signature with the specified key
    #[arg(long, value_name = "KEY")]
    pub sign_by_sigstore_private_key: Option<String>,
    /// Sign the image using a sigstore parameter file at PATH
    #[arg(long, value_name = "PATH")]
    pub sign_by_sigstore: Option<String>,
    /// Read a passphrase for signing an image from PATH
    #[arg(long, value_name = "PATH")]
    pub sign_passphrase_file: Option<String>,
    /// Key with the encryption protocol to use to encrypt the image (e.g. jwe:/path/to/key.pem)
    #[arg(long, value_name = "KEY")]
    pub encryption_key: Vec<String>,
    /// Layers to encrypt, 0-indexed layer indices with support for negative indexing (e.g. 0 is the first layer, -1 is the last layer)
    #[arg(long, value_name = "INDEX")]
    pub encrypt_layer: Vec<String>,
    /// Suppress output information when pushing images
    #[arg(short, long)]
    pub quiet: bool,
    /// Number of times to retry in case of failure when performing push
    #[arg(long, default_value_t = 3)]
    pub retry: u32,
    /// Delay between retries in case of push failures (e.g. 500ms, 2s)
    #[arg(long, value_name = "DURATION")]
    pub retry_delay: Option<String>,
    /// This is a Docker specific option and is a NOOP
    #[arg(long, hide = true)]
    pub disable_content_trust: bool,
}

impl PushObserver for Progress {
    fn event(&self, e: PushEvent<'_>) {
        let pull = match e {
            PushEvent::Start => return self.line("Getting image source signatures"),
            PushEvent::Signatures => return self.line("Storing signatures"),
            PushEvent::BlobStart { digest, size } => PullEvent::BlobStart { digest, size },
            PushEvent::BlobProgress { digest, bytes } => PullEvent::BlobProgress { digest, bytes },
            PushEvent::BlobDone { digest } => PullEvent::BlobDone { digest },
            PushEvent::BlobSkipped { digest } => PullEvent::BlobSkipped { digest },
            PushEvent::Config { digest } => PullEvent::Config { digest },
            PushEvent::Writing => PullEvent::Writing,
            PushEvent::Warning(w) => PullEvent::Warning(w),
        };
        PullObserver::event(self, pull);
    }
}

/// The destination as podman reads it: `docker://REF` or `REF`; a short name is docker.io's.
pub(super) fn destination(given: &str) -> anyhow::Result<Reference> {
    let name = match given.split_once("://") {
        Some(("docker", rest)) => rest,
        Some((transport, _)) => {
            return Err(UserError::new(format!(
                "invalid destination {given:?}: transport {transport:?} is not supported"
            ))
            .with_hint("berth pushes to registries: give REGISTRY/REPOSITORY[:TAG] or docker://REGISTRY/REPOSITORY[:TAG]")
            .into())
        }
        None => {
            const OTHERS: &[&str] = &[
                "oci-archive:",
                "docker-archive:",
                "oci:",
                "dir:",
                "containers-storage:",
                "docker-daemon:",
            ];
            if let Some(t) = OTHERS.iter().find(|t| given.starts_with(*t)) {
                return Err(UserError::new(format!(
                    "invalid destination {given:?}: transport {:?} is not supported",
                    t.trim_end_matches(':')
                ))
                .with_hint("berth pushes to registries: give REGISTRY/REPOSITORY[:TAG] or docker://REGISTRY/REPOSITORY[:TAG]")
                .into());
            }
            given.strip_prefix("docker:").unwrap_or(given)
        }
    };
    let bad = |e: crate::reference::ReferenceError| {
        UserError::new(format!("invalid destination {given:?}: {e}"))
    };
    let r = match Reference::parse(name).map_err(bad)? {
        ParsedName::Qualified(r) => r,
        ParsedName::Short(_) => {
            match Reference::parse(&format!("docker.io/{name}")).map_err(bad)? {
                ParsedName::Qualified(r) => r,
                ParsedName::Short(_) => {
                    return Err(UserError::new(format!("invalid destination {given:?}")).into())
                }
            }
        }
    };
    Ok(r.with_default_tag())
}

/// `push IMAGE docker-archive:PATH[:REF]` and the other local transports: written as `save`
/// writes them, with a push event.
fn push_local(
    ctx: &Context,
    a: &PushArgs,
    local: &crate::image::transport::Local,
    given: &str,
) -> anyhow::Result<ExitStatus> {
    use crate::engine::archive::{SaveOptions, SaveTarget};
    use crate::image::archive::{normalize_name, LayerChoice, SaveFormat};
    let engine = ctx.engine()?;
    let tags = match (local.format, &local.reference) {
        (SaveFormat::DockerArchive, None) => None,
        (SaveFormat::DockerArchive, Some(r)) => Some(vec![normalize_name(r).ok_or_else(|| {
            UserError::new(format!(
                "invalid destination {given:?}: {r:?} is not an image name"
            ))
            .with_hint("name it as NAME[:TAG], e.g. docker-archive:/tmp/x.tar:myimage:v1")
        })?]),
        (_, r) => Some(r.iter().cloned().collect()),
    };
    let opts = SaveOptions {
        format: local.format,
        multi_image: false,
        layers: LayerChoice {
            compress: a.compress,
            uncompressed: false,
        },
        destination: given.to_string(),
        event: "push",
        tags,
    };
    // the output is opened as the user, before entering the namespace (as `save`)
    let target = if local.format.is_dir() {
        SaveTarget::Dir(local.path.clone())
    } else {
        let f = std::fs::File::create(&local.path).map_err(|e| {
            UserError::new(format!("cannot create {}: {e}", local.path.display()))
                .with_hint("push into a directory that exists and that you can write")
        })?;
        SaveTarget::Stream(std::io::BufWriter::with_capacity(256 * 1024, f))
    };
    let progress = Progress::new(a.quiet);
    progress.line("Getting image source signatures");
    super::enter_userns()?;
    engine.save(std::slice::from_ref(&a.image), &opts, target)?;
    progress.line("Writing manifest to image destination");
    progress.line("Storing signatures");
    Ok(ExitStatus::Success)
}

fn compression(s: &str) -> anyhow::Result<Compression> {
    match s {
        "gzip" => Ok(Compression::Gzip),
        "zstd" => Ok(Compression::Zstd),
        "zstd:chunked" => {
            log::warn!("zstd:chunked is pushed as plain zstd");
            Ok(Compression::Zstd)
        }
        _ => Err(
            UserError::new(format!("unsupported compression format {s}"))
                .with_hint("use --compression-format gzip or --compression-format zstd")
                .into(),
        ),
    }
}

pub fn run(ctx: &Context, a: PushArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let regs = RegistriesConf::load()?;
    let retry_delay = a
        .retry_delay
        .as_deref()
        .map(parse_retry_delay)
        .transpose()?;
    let format = match a.format.as_deref() {
        None => None,
        Some("v2s1") => {
            return Err(
                UserError::new("manifest type v2s1 is not supported by berth")
                    .with_hint("use --format oci or --format v2s2")
                    .into(),
            )
        }
        Some(f) => Some(Format::parse(f).ok_or_else(|| {
            UserError::new(format!("unrecognized image type {f:?}"))
                .with_hint("use --format oci or --format v2s2")
        })?),
    };
    let compression = a
        .compression_format
        .as_deref()
        .map(compression)
        .transpose()?;
    if a.sign_by.is_some()
        || a.sign_by_sigstore.is_some()
        || a.sign_by_sigstore_private_key.is_some()
    {
        output::warn("berth cannot sign images: the image is pushed without a signature");
    }
    if !a.encryption_key.is_empty() || !a.encrypt_layer.is_empty() {
        return Err(UserError::new("berth cannot encrypt images")
            .with_hint("push without --encryption-key and --encrypt-layer")
            .into());
    }
    let dest_name = a.destination.clone().unwrap_or_else(|| a.image.clone());
    if let Some(local) = crate::image::transport::parse(&dest_name) {
        let local = local.map_err(|e| {
            UserError::new(e).with_hint("give a path: docker-archive:PATH[:REF], oci-archive:PATH[:REF], oci:DIR[:REF] or dir:DIR")
        })?;
        return push_local(ctx, &a, &local, &dest_name);
    }
    let dest = destination(&dest_name)?;
    if regs.is_blocked(&dest) {
        return Err(UserError::new(format!(
            "{dest}: registry {} is blocked in registries.conf",
            dest.registry
        ))
        .into());
    }
    let opts = PushOptions {
        registry: RegistryOptions {
            tls_verify: a.registry.tls_verify,
            insecure: regs.is_insecure(&dest.registry),
            authfile: a.registry.authfile.clone(),
            creds: a.creds.as_deref().map(parse_creds),
            cert_dir: a.registry.cert_dir.clone(),
            retries: a.retry,
            retry_delay,
        },
        format,
        compression,
        parallel: 4,
        by_digest: false,
    };
    // Layers without a kept blob are packed from files owned by the namespace's ids.
    super::enter_userns()?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    let image = store.find_image(&a.image)?;
    let rt = super::runtime()?;
    let progress = Progress::new(a.quiet);
    let outcome = rt.block_on(push::push(&store, &image, &dest, &opts, &progress))?;
    if let Some(path) = &a.digestfile {
        fs_err::write(path, &outcome.manifest_digest)?;
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_read_as_podman_reads_them() {
        let r = destination("docker://localhost:5000/a/b").unwrap();
        assert_eq!(r.to_string(), "localhost:5000/a/b:latest");
        let r = destination("localhost:5000/a/b:v1").unwrap();
        assert_eq!(r.to_string(), "localhost:5000/a/b:v1");
        let r = destination("busybox").unwrap();
        assert_eq!(r.to_string(), "docker.io/library/busybox:latest");
        assert!(destination("oci-archive:/tmp/x").is_err());
    }
}
