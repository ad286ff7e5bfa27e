//! Talking to a registry through oci-client: TLS and plain-HTTP choice, credentials, CA
//! certificates, retries. The only async code in berth; its runtime is current-thread and is
//! dropped before anything forks.

use crate::config::{auth, certs};
use crate::error::Hint;
use crate::reference::Reference;
use oci_client::client::{Certificate, CertificateEncoding, ClientConfig, ClientProtocol};
use oci_client::errors::OciDistributionError;
use oci_client::secrets::RegistryAuth;
use std::path::PathBuf;
use std::time::Duration;

/// How to reach one registry.
#[derive(Debug, Clone, Default)]
pub struct RegistryOptions {
    /// `--tls-verify` as given (None: from registries.conf).
    pub tls_verify: Option<bool>,
    /// `insecure = true` in registries.conf for this registry.
    pub insecure: bool,
    pub authfile: Option<PathBuf>,
    pub creds: Option<auth::Credentials>,
    pub cert_dir: Option<PathBuf>,
    pub retries: u32,
    pub retry_delay: Option<Duration>,
}

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{registry}: authentication required")]
    Unauthorized { registry: String },
    #[error("logging into \"{registry}\": invalid username/password")]
    BadCredentials { registry: String },
    /// A push the registry refused (401/403), in the registry's words as podman prints them.
    #[error("{registry}: unauthorized: authentication required")]
    PushRefused { registry: String, had_creds: bool },
    #[error("{reference}: manifest unknown")]
    NotFound { reference: String },
    #[error("{registry}: {message}")]
    Tls { registry: String, message: String },
    #[error("{registry}: cannot start TLS: {message}")]
    NoCaStore { registry: String, message: String },
    #[error("{registry}: cannot connect: {message}")]
    Connect { registry: String, message: String },
    #[error("{what}: {source}")]
    Oci {
        what: String,
        #[source]
        source: OciDistributionError,
    },
    #[error("{what}: size {actual} does not match the {expected} bytes the manifest promises")]
    Size {
        what: String,
        expected: i64,
        actual: u64,
    },
    #[error("{what}: {size} bytes is more than the {limit} bytes berth reads into memory")]
    TooLarge { what: String, size: u64, limit: u64 },
    #[error("{what}: digest mismatch: expected {expected}, got {actual}")]
    Digest {
        what: String,
        expected: String,
        actual: String,
    },
    #[error("cannot read credentials")]
    Auth(#[from] auth::AuthError),
    #[error("cannot read certificates for {registry}")]
    Certs {
        registry: String,
        #[source]
        source: certs::CertsError,
    },
    #[error("cannot read {path}")]
    CertFile {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl Hint for RegistryError {
    fn hint(&self) -> Option<String> {
        match self {
            RegistryError::NoCaStore { registry, .. } => Some(format!(
                "this machine has no CA certificates: install them (Debian/Ubuntu: apt-get install ca-certificates; Fedora: dnf install ca-certificates), \
                 or set SSL_CERT_FILE to a CA bundle, or put {registry}'s CA in ~/.config/containers/certs.d/{registry}/ca.crt (or --cert-dir)"
            )),
            RegistryError::Unauthorized { registry } => Some(format!("log in first: berth login {registry}")),
            RegistryError::PushRefused { registry, had_creds: false } => Some(format!("log in first: berth login {registry}")),
            RegistryError::BadCredentials { registry }
            | RegistryError::PushRefused { registry, .. } => {
                Some(format!("check the user name and password (berth login {registry}, or --creds)"))
            }
            RegistryError::NotFound { .. } => Some("check the image name and tag".into()),
            RegistryError::Tls { registry, .. } if PLACEHOLDER_USED.load(std::sync::atomic::Ordering::Relaxed) => Some(format!(
                "this machine has no CA certificates, so no registry's certificate can be checked: install them \
                 (Debian/Ubuntu: apt-get install ca-certificates), or set SSL_CERT_FILE to a CA bundle, or put \
                 {registry}'s CA in ~/.config/containers/certs.d/{registry}/ca.crt"
            )),
            RegistryError::Tls { registry, .. } => Some(format!(
                "if {registry} is a registry without TLS you trust, pass --tls-verify=false or add \
                 [[registry]] location=\"{registry}\" insecure=true to registries.conf; for a private CA, \
                 put its ca.crt in ~/.config/containers/certs.d/{registry}/"
            )),
            RegistryError::Connect { .. } => Some("check that the registry is running and reachable".into()),
            RegistryError::TooLarge { .. } => Some(
                "manifests and image configs are small; this registry or image is broken or hostile".into(),
            ),
            _ => None,
        }
    }
}

impl RegistryError {
    /// Worth another try: the network or the server had a bad moment.
    pub fn is_transient(&self) -> bool {
        match self {
            RegistryError::Connect { .. } => true,
            RegistryError::Oci { source, .. } => match source {
                OciDistributionError::ServerError { code, .. } => *code >= 500 || *code == 429,
                OciDistributionError::RequestError(e) => {
                    e.is_timeout() || e.is_connect() || e.is_body()
                }
                OciDistributionError::IoError(_) => true,
                _ => false,
            },
            _ => false,
        }
    }
}

/// A connection to one repository of one registry.
pub struct Registry {
    client: oci_client::Client,
    auth: RegistryAuth,
    reference: oci_client::Reference,
    pub registry: String,
    pub repository: String,
    pub retries: u32,
    pub retry_delay: Duration,
    /// Whether plain HTTP may be tried when TLS fails.
    http_fallback: bool,
    using_http: bool,
    tls_skip_verify: bool,
    ca: Vec<Certificate>,
}

/// The largest manifest or image config read into memory (containers/image's limit too).
pub const MAX_SMALL_BLOB: u64 = 4 * 1024 * 1024;

/// A blob read into memory that refuses to grow past `limit` (whatever the registry sends).
struct LimitedBuf {
    data: Vec<u8>,
    limit: usize,
    over: bool,
}

impl tokio::io::AsyncWrite for LimitedBuf {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        if self.data.len().saturating_add(buf.len()) > self.limit {
            self.over = true;
            return std::task::Poll::Ready(Err(std::io::Error::other("blob too large")));
        }
        self.data.extend_from_slice(buf);
        std::task::Poll::Ready(Ok(buf.len()))
    }
    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

/// The pause before retry number `attempt`: `delay * attempt`, saturating, at most an hour.
/// A trust anchor for a client that verifies nothing (`--tls-verify=false`): without one,
/// the TLS stack insists on the system's CA store, which a minimal machine may not have. It
/// is never used to trust anything (verification is off); its key was thrown away.
const PLACEHOLDER_CA: &[u8] = include_bytes!("placeholder-ca.pem");

/// Set once the placeholder stands in for the system's CA store (the TLS errors' hint says so).
static PLACEHOLDER_USED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the machine has a CA store where the TLS stack looks (openssl's places, or
/// SSL_CERT_FILE / SSL_CERT_DIR): a few stat calls.
fn system_ca_present() -> bool {
    if std::env::var_os("SSL_CERT_FILE").is_some() || std::env::var_os("SSL_CERT_DIR").is_some() {
        return true;
    }
    const FILES: &[&str] = &[
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/ca-bundle.pem",
        "/etc/pki/tls/cacert.pem",
        "/etc/ssl/cert.pem",
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    ];
    FILES.iter().any(|f| std::path::Path::new(f).is_file())
        || std::fs::read_dir("/etc/ssl/certs").is_ok_and(|mut d| d.next().is_some())
}

/// oci-client also builds a default TLS client, which panics without a CA store: give the TLS
/// stack the placeholder as the system's store. Only a registry's own CA (`--cert-dir`,
/// certs.d) or no verification (`--tls-verify=false`) can then work, and the placeholder
/// trusts nothing.
fn use_placeholder_store() {
    PLACEHOLDER_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::var_os("XDG_RUNTIME_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join("berth");
    let path = dir.join("placeholder-ca.pem");
    if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&path, PLACEHOLDER_CA).is_ok() {
        crate::sys::set_env("SSL_CERT_FILE", &path);
    }
}

/// The registry client. Without the system's CA certificates the TLS stack cannot start:
/// then a registry's own CA (`--cert-dir`, certs.d) is the only trust, and with verification
/// off a placeholder stands in; else the error says what to install.
fn build_client(
    registry: &str,
    skip_verify: bool,
    ca: &[Certificate],
    http: bool,
) -> Result<oci_client::Client, RegistryError> {
    let config = |only: Vec<Certificate>| ClientConfig {
        protocol: if http {
            ClientProtocol::HttpsExcept(vec![registry.to_string()])
        } else {
            ClientProtocol::Https
        },
        accept_invalid_certificates: skip_verify,
        extra_root_certificates: if only.is_empty() {
            ca.to_vec()
        } else {
            Vec::new()
        },
        tls_certs_only: only,
        platform_resolver: None,
        connect_timeout: Some(Duration::from_secs(30)),
        read_timeout: Some(Duration::from_secs(120)),
        user_agent: concat!("berth/", env!("CARGO_PKG_VERSION")),
        // a blob goes up in one PUT whose body streams from its file
        use_monolithic_push: true,
        ..Default::default()
    };
    if !system_ca_present() {
        use_placeholder_store();
    }
    let first = match oci_client::Client::try_from(config(Vec::new())) {
        Ok(c) => return Ok(c),
        Err(e) => e,
    };
    let only = if !ca.is_empty() {
        ca.to_vec()
    } else if skip_verify {
        vec![Certificate {
            encoding: CertificateEncoding::Pem,
            data: PLACEHOLDER_CA.to_vec(),
        }]
    } else {
        return Err(RegistryError::NoCaStore {
            registry: registry.to_string(),
            message: first.to_string(),
        });
    };
    oci_client::Client::try_from(config(only)).map_err(|e| RegistryError::NoCaStore {
        registry: registry.to_string(),
        message: e.to_string(),
    })
}

pub fn backoff(delay: Duration, attempt: u32) -> Duration {
    delay
        .checked_mul(attempt)
        .unwrap_or(Duration::MAX)
        .min(Duration::from_secs(3600))
}

fn classify(what: &str, registry: &str, e: OciDistributionError) -> RegistryError {
    classify_with(what, registry, e, false)
}

/// With credentials given, a refusal means they are wrong, not missing.
fn classify_with(
    what: &str,
    registry: &str,
    e: OciDistributionError,
    had_creds: bool,
) -> RegistryError {
    let err = classify_inner(what, registry, e);
    match err {
        RegistryError::Unauthorized { registry } if had_creds => {
            RegistryError::BadCredentials { registry }
        }
        other => other,
    }
}

fn classify_inner(what: &str, registry: &str, e: OciDistributionError) -> RegistryError {
    match &e {
        OciDistributionError::UnauthorizedError { .. }
        | OciDistributionError::AuthenticationFailure(_) => RegistryError::Unauthorized {
            registry: registry.to_string(),
        },
        OciDistributionError::ImageManifestNotFoundError(_) => RegistryError::NotFound {
            reference: what.to_string(),
        },
        OciDistributionError::RegistryError { envelope, .. }
            if envelope.errors.iter().any(|x| {
                matches!(
                    x.code,
                    oci_client::errors::OciErrorCode::ManifestUnknown
                        | oci_client::errors::OciErrorCode::NameUnknown
                        | oci_client::errors::OciErrorCode::NotFound
                )
            }) =>
        {
            RegistryError::NotFound {
                reference: what.to_string(),
            }
        }
        OciDistributionError::RegistryError { envelope, .. }
            if envelope.errors.iter().any(|x| {
                matches!(
                    x.code,
                    oci_client::errors::OciErrorCode::Unauthorized
                        | oci_client::errors::OciErrorCode::Denied
                )
            }) =>
        {
            RegistryError::Unauthorized {
                registry: registry.to_string(),
            }
        }
        OciDistributionError::RequestError(re) => {
            let chain = error_chain(re);
            if chain.contains("certificate")
                || chain.contains("tls")
                || chain.contains("TLS")
                || chain.contains("InvalidContentType")
                || chain.contains("corrupt message")
            {
                RegistryError::Tls {
                    registry: registry.to_string(),
                    message: chain,
                }
            } else if re.is_connect() {
                RegistryError::Connect {
                    registry: registry.to_string(),
                    message: chain,
                }
            } else {
                RegistryError::Oci {
                    what: what.to_string(),
                    source: e,
                }
            }
        }
        _ => RegistryError::Oci {
            what: what.to_string(),
            source: e,
        },
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !parts.last().is_some_and(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = c.source();
    }
    parts.join(": ")
}

impl Registry {
    pub fn new(reference: &Reference, opts: &RegistryOptions) -> Result<Registry, RegistryError> {
        let registry = reference.registry.clone();
        let creds = match &opts.creds {
            Some(c) => Some(c.clone()),
            None => auth::lookup(&registry, &reference.repository, opts.authfile.as_deref())?,
        };
        let auth = match creds {
            Some(c) => RegistryAuth::Basic(c.username, c.password),
            None => RegistryAuth::Anonymous,
        };
        let tls = certs::lookup(&registry, opts.cert_dir.as_deref()).map_err(|source| {
            RegistryError::Certs {
                registry: registry.clone(),
                source,
            }
        })?;
        let mut ca = Vec::new();
        for f in &tls.ca_files {
            let data = std::fs::read(f).map_err(|source| RegistryError::CertFile {
                path: f.display().to_string(),
                source,
            })?;
            ca.push(Certificate {
                encoding: CertificateEncoding::Pem,
                data,
            });
        }
        if !tls.client_pairs.is_empty() {
            log::warn!("client certificates in certs.d for {registry} are not supported yet and are ignored");
        }
        let skip_verify =
            opts.tls_verify == Some(false) || (opts.tls_verify.is_none() && opts.insecure);
        let oci_ref = match (&reference.tag, &reference.digest) {
            (_, Some(d)) => oci_client::Reference::with_digest(
                registry.clone(),
                reference.repository.clone(),
                d.clone(),
            ),
            (Some(t), None) => oci_client::Reference::with_tag(
                registry.clone(),
                reference.repository.clone(),
                t.clone(),
            ),
            (None, None) => oci_client::Reference::with_tag(
                registry.clone(),
                reference.repository.clone(),
                "latest".into(),
            ),
        };
        let client = build_client(&registry, skip_verify, &ca, false)?;
        Ok(Registry {
            client,
            auth,
            reference: oci_ref,
            repository: reference.repository.clone(),
            registry,
            retries: opts.retries,
            retry_delay: opts.retry_delay.unwrap_or(Duration::from_millis(500)),
            http_fallback: skip_verify,
            using_http: false,
            tls_skip_verify: skip_verify,
            ca,
        })
    }

    fn build_client(&self, http: bool) -> Result<oci_client::Client, RegistryError> {
        build_client(&self.registry, self.tls_skip_verify, &self.ca, http)
    }

    fn reference_for(&self, digest: Option<&str>) -> oci_client::Reference {
        match digest {
            Some(d) => oci_client::Reference::with_digest(
                self.registry.clone(),
                self.repository.clone(),
                d.to_string(),
            ),
            None => self.reference.clone(),
        }
    }

    /// Fetch a manifest (by the reference's tag or digest, or by `digest`), checking its
    /// digest when one was asked for. Returns the bytes and their digest.
    pub async fn manifest(
        &mut self,
        digest: Option<&str>,
    ) -> Result<(Vec<u8>, String), RegistryError> {
        let r = self.reference_for(digest);
        let what = r.whole();
        let mut attempt = 0;
        loop {
            let res = self
                .client
                .pull_manifest_raw(&r, &self.auth, super::manifest::ACCEPTED)
                .await;
            match res {
                Ok((bytes, got)) => {
                    if bytes.len() as u64 > MAX_SMALL_BLOB {
                        return Err(RegistryError::TooLarge {
                            what,
                            size: bytes.len() as u64,
                            limit: MAX_SMALL_BLOB,
                        });
                    }
                    let actual = {
                        use sha2::Digest as _;
                        format!("sha256:{:x}", sha2::Sha256::digest(&bytes))
                    };
                    if let Some(want) = r.digest() {
                        if want != actual {
                            return Err(RegistryError::Digest {
                                what,
                                expected: want.to_string(),
                                actual,
                            });
                        }
                    }
                    let _ = got;
                    return Ok((bytes.to_vec(), actual));
                }
                Err(e) => {
                    let err = classify_with(
                        &what,
                        &self.registry,
                        e,
                        matches!(self.auth, RegistryAuth::Basic(..)),
                    );
                    if matches!(
                        err,
                        RegistryError::Tls { .. } | RegistryError::Connect { .. }
                    ) && self.http_fallback
                        && !self.using_http
                    {
                        log::debug!("{}: TLS failed ({err}); trying plain HTTP", self.registry);
                        self.using_http = true;
                        self.client = self.build_client(true)?;
                        continue;
                    }
                    if err.is_transient() && attempt < self.retries {
                        attempt += 1;
                        log::warn!("{what}: {err}; retrying ({attempt}/{})", self.retries);
                        tokio::time::sleep(backoff(self.retry_delay, attempt)).await;
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// A small blob (config) read whole, size and digest checked. The size comes from the
    /// manifest, which the registry wrote: it is never trusted for an allocation, and a blob
    /// claiming more than [`MAX_SMALL_BLOB`] is refused before it is asked for.
    pub async fn blob(&self, digest: &str, size: i64) -> Result<Vec<u8>, RegistryError> {
        if size as u64 > MAX_SMALL_BLOB && size > 0 {
            return Err(RegistryError::TooLarge {
                what: format!("blob {digest}"),
                size: size as u64,
                limit: MAX_SMALL_BLOB,
            });
        }
        let mut attempt = 0;
        loop {
            let mut out = LimitedBuf {
                data: Vec::with_capacity(size.clamp(0, 64 * 1024) as usize),
                limit: MAX_SMALL_BLOB as usize,
                over: false,
            };
            let desc = oci_client::manifest::OciDescriptor {
                digest: digest.to_string(),
                size,
                ..Default::default()
            };
            match self
                .client
                .pull_blob(&self.reference, &desc, &mut out)
                .await
            {
                Ok(()) => {
                    let out = out.data;
                    if size > 0 && out.len() as i64 != size {
                        return Err(RegistryError::Size {
                            what: digest.into(),
                            expected: size,
                            actual: out.len() as u64,
                        });
                    }
                    return Ok(out);
                }
                Err(_) if out.over => {
                    return Err(RegistryError::TooLarge {
                        what: format!("blob {digest}"),
                        size: out.data.len() as u64 + 1,
                        limit: MAX_SMALL_BLOB,
                    });
                }
                Err(e) => {
                    let err = match e {
                        OciDistributionError::DigestError(d) => RegistryError::Digest {
                            what: format!("blob {digest}"),
                            expected: digest.into(),
                            actual: d.to_string(),
                        },
                        e => classify(digest, &self.registry, e),
                    };
                    if err.is_transient() && attempt < self.retries {
                        attempt += 1;
                        tokio::time::sleep(backoff(self.retry_delay, attempt)).await;
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// A blob as a stream of chunks; the stream fails at its end if the sha256 is wrong.
    pub async fn blob_stream(
        &self,
        digest: &str,
        size: i64,
    ) -> Result<oci_client::client::SizedStream, RegistryError> {
        let desc = oci_client::manifest::OciDescriptor {
            digest: digest.to_string(),
            size,
            ..Default::default()
        };
        self.client
            .pull_blob_stream(&self.reference, &desc)
            .await
            .map_err(|e| classify(digest, &self.registry, e))
    }

    /// Check credentials by asking for the API root (`GET /v2/`), as `login` does.
    pub async fn check_login(&self) -> Result<(), RegistryError> {
        self.client
            .auth(
                &self.reference,
                &self.auth,
                oci_client::RegistryOperation::Pull,
            )
            .await
            .map(|_| ())
            .map_err(|e| classify(&self.registry, &self.registry, e))
    }
}

/// A refusal of a push: 401/403 in whatever shape oci-client reports it.
fn push_refused(e: &OciDistributionError) -> bool {
    match e {
        OciDistributionError::ServerError { code, .. } => *code == 401 || *code == 403,
        OciDistributionError::RequestError(re) => re
            .status()
            .is_some_and(|s| s.as_u16() == 401 || s.as_u16() == 403),
        _ => false,
    }
}

impl Registry {
    fn classify_push(&self, what: &str, e: OciDistributionError) -> RegistryError {
        let had_creds = matches!(self.auth, RegistryAuth::Basic(..));
        if push_refused(&e) {
            return RegistryError::PushRefused {
                registry: self.registry.clone(),
                had_creds,
            };
        }
        match classify_with(what, &self.registry, e, had_creds) {
            RegistryError::Unauthorized { registry }
            | RegistryError::BadCredentials { registry } => RegistryError::PushRefused {
                registry,
                had_creds,
            },
            other => other,
        }
    }

    /// Whether to try again after `err` (and wait first).
    async fn again(&self, what: &str, err: &RegistryError, attempt: &mut u32) -> bool {
        if err.is_transient() && *attempt < self.retries {
            *attempt += 1;
            log::warn!("{what}: {err}; retrying ({attempt}/{})", self.retries);
            tokio::time::sleep(backoff(self.retry_delay, *attempt)).await;
            true
        } else {
            false
        }
    }

    /// Get ready to push: reach the registry (plain HTTP after a TLS failure when allowed) and
    /// get a push token for the repository, so that a refusal is reported before any upload.
    pub async fn prepare_push(&mut self) -> Result<(), RegistryError> {
        let mut attempt = 0;
        loop {
            let res = self
                .client
                .auth(
                    &self.reference,
                    &self.auth,
                    oci_client::RegistryOperation::Push,
                )
                .await;
            let err = match res {
                Ok(_) => return Ok(()),
                Err(e) => self.classify_push(&self.registry, e),
            };
            if matches!(
                err,
                RegistryError::Tls { .. } | RegistryError::Connect { .. }
            ) && self.http_fallback
                && !self.using_http
            {
                log::debug!("{}: TLS failed ({err}); trying plain HTTP", self.registry);
                self.using_http = true;
                self.client = self.build_client(true)?;
                continue;
            }
            if self
                .again("pinging container registry", &err, &mut attempt)
                .await
            {
                continue;
            }
            return Err(err);
        }
    }

    /// Whether the repository has this blob already (`HEAD /v2/<repo>/blobs/<digest>`).
    pub async fn has_blob(&self, digest: &str) -> Result<bool, RegistryError> {
        let mut attempt = 0;
        loop {
            match self.client.blob_exists(&self.reference, digest).await {
                Ok(b) => return Ok(b),
                Err(e) => {
                    let err = self.classify_push(digest, e);
                    if self.again(digest, &err, &mut attempt).await {
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// Ask the registry to link a blob from another of its repositories
    /// (`POST /v2/<repo>/blobs/uploads/?mount=<digest>&from=<repo>`). False when it would
    /// not (it may then have opened an upload, which expires unused).
    pub async fn mount_blob(&self, digest: &str, from_repository: &str) -> bool {
        let from = oci_client::Reference::with_digest(
            self.registry.clone(),
            from_repository.to_string(),
            digest.to_string(),
        );
        match self.client.mount_blob(&self.reference, &from, digest).await {
            Ok(()) => true,
            Err(e) => {
                log::debug!("mounting {digest} from {from_repository}: {e}");
                false
            }
        }
    }

    /// Upload a blob from an open file (read from its start, in 256 KiB chunks: never whole
    /// in memory), as one PUT. `sent` counts the bytes handed to the connection.
    pub async fn push_blob_file(
        &self,
        file: &std::fs::File,
        digest: &str,
        size: u64,
        sent: std::sync::Arc<std::sync::atomic::AtomicU64>,
    ) -> Result<(), RegistryError> {
        let mut attempt = 0;
        loop {
            sent.store(0, std::sync::atomic::Ordering::Relaxed);
            let io = |source: std::io::Error| RegistryError::Oci {
                what: format!("blob {digest}"),
                source: OciDistributionError::IoError(source),
            };
            let mut f = file.try_clone().map_err(io)?;
            std::io::Seek::rewind(&mut f).map_err(io)?;
            let stream = file_stream(tokio::fs::File::from_std(f), sent.clone());
            let res = self
                .client
                .push_blob_stream(&self.reference, stream, digest, Some(size))
                .await;
            match res {
                Ok(_) => return Ok(()),
                Err(e) => {
                    let err = self.classify_push(digest, e);
                    if self.again(digest, &err, &mut attempt).await {
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// Put a manifest under the reference's tag (or digest).
    pub async fn push_manifest(&self, bytes: &[u8], media_type: &str) -> Result<(), RegistryError> {
        self.push_manifest_at(None, bytes, media_type).await
    }

    /// Put a manifest under `digest` (its own), not the reference's tag: an instance of a list.
    pub async fn push_manifest_at(
        &self,
        digest: Option<&str>,
        bytes: &[u8],
        media_type: &str,
    ) -> Result<(), RegistryError> {
        let reference = self.reference_for(digest);
        let what = reference.whole();
        let content_type =
            reqwest::header::HeaderValue::from_str(media_type).map_err(|_| RegistryError::Oci {
                what: what.clone(),
                source: OciDistributionError::GenericError(Some(format!(
                    "invalid media type {media_type:?}"
                ))),
            })?;
        let mut attempt = 0;
        loop {
            let res = self
                .client
                .push_manifest_raw(
                    &reference,
                    bytes::Bytes::copy_from_slice(bytes),
                    content_type.clone(),
                )
                .await;
            match res {
                Ok(_) => return Ok(()),
                Err(e) => {
                    let err = self.classify_push(&what, e);
                    if self.again(&what, &err, &mut attempt).await {
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }
}

/// A file as a stream of 256 KiB chunks, counting what was read into `sent`.
fn file_stream(
    file: tokio::fs::File,
    sent: std::sync::Arc<std::sync::atomic::AtomicU64>,
) -> impl futures_util::Stream<Item = oci_client::errors::Result<bytes::Bytes>> + Send + 'static {
    futures_util::stream::unfold(Some(file), move |state| {
        let sent = sent.clone();
        async move {
            use tokio::io::AsyncReadExt;
            let mut f = state?;
            let mut buf = bytes::BytesMut::with_capacity(256 * 1024);
            match f.read_buf(&mut buf).await {
                Ok(0) => None,
                Ok(n) => {
                    sent.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
                    Some((Ok(buf.freeze()), Some(f)))
                }
                Err(e) => Some((Err(OciDistributionError::IoError(e)), None)),
            }
        }
    })
}

/// A parameter of a `WWW-Authenticate` challenge (`Bearer realm="...",service="..."`);
/// quoted values may contain commas.
fn challenge_param(challenge: &str, key: &str) -> Option<String> {
    let rest = challenge
        .split_once(' ')
        .map(|(_, r)| r)
        .unwrap_or(challenge);
    let mut chars = rest.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ',' || c.is_whitespace()) {
            chars.next();
        }
        let k: String = chars.by_ref().take_while(|c| *c != '=').collect();
        if k.is_empty() {
            return None;
        }
        let v: String = if chars.peek() == Some(&'"') {
            chars.next();
            let mut v = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => v.extend(chars.next()),
                    '"' => break,
                    c => v.push(c),
                }
            }
            v
        } else {
            chars.by_ref().take_while(|c| *c != ',').collect()
        };
        if k.trim().eq_ignore_ascii_case(key) {
            return Some(v);
        }
    }
}

/// Check credentials the way `login` must: ask the registry's API root, answer a Basic or a
/// Bearer challenge with them, and see whether the registry accepts.
pub async fn check_credentials(
    registry: &str,
    creds: &auth::Credentials,
    opts: &RegistryOptions,
) -> Result<(), RegistryError> {
    let tls = certs::lookup(registry, opts.cert_dir.as_deref()).map_err(|source| {
        RegistryError::Certs {
            registry: registry.to_string(),
            source,
        }
    })?;
    let skip_verify =
        opts.tls_verify == Some(false) || (opts.tls_verify.is_none() && opts.insecure);
    let mut builder = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(skip_verify)
        .connect_timeout(Duration::from_secs(30))
        .user_agent(concat!("berth/", env!("CARGO_PKG_VERSION")))
        .no_proxy();
    for f in &tls.ca_files {
        let data = std::fs::read(f).map_err(|source| RegistryError::CertFile {
            path: f.display().to_string(),
            source,
        })?;
        for c in reqwest::Certificate::from_pem_bundle(&data).unwrap_or_default() {
            builder = builder.add_root_certificate(c);
        }
    }
    let client = builder.build().map_err(|e| RegistryError::Connect {
        registry: registry.to_string(),
        message: error_chain(&e),
    })?;
    let conn_err = |e: reqwest::Error| {
        let chain = error_chain(&e);
        if chain.contains("certificate")
            || chain.to_lowercase().contains("tls")
            || chain.contains("corrupt message")
        {
            RegistryError::Tls {
                registry: registry.to_string(),
                message: chain,
            }
        } else {
            RegistryError::Connect {
                registry: registry.to_string(),
                message: chain,
            }
        }
    };
    let mut base = format!("https://{registry}");
    let first = match client.get(format!("{base}/v2/")).send().await {
        Ok(r) => r,
        Err(e) if skip_verify => {
            log::debug!(
                "{registry}: HTTPS failed ({}); trying plain HTTP",
                error_chain(&e)
            );
            base = format!("http://{registry}");
            client
                .get(format!("{base}/v2/"))
                .send()
                .await
                .map_err(conn_err)?
        }
        Err(e) => return Err(conn_err(e)),
    };
    if first.status().is_success() {
        return Ok(());
    }
    let challenge = first
        .headers()
        .get(reqwest::header::WWW_AUTHENTICATE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let unauthorized = || RegistryError::Unauthorized {
        registry: registry.to_string(),
    };
    let status = if challenge.to_ascii_lowercase().starts_with("bearer") {
        let realm = challenge_param(&challenge, "realm").ok_or_else(unauthorized)?;
        let mut req = client
            .get(&realm)
            .basic_auth(&creds.username, Some(&creds.password));
        if let Some(service) = challenge_param(&challenge, "service") {
            req = req.query(&[("service", service)]);
        }
        let resp = req.send().await.map_err(conn_err)?;
        if !resp.status().is_success() {
            resp.status()
        } else {
            // A token is not a login: the registry itself must accept it.
            #[derive(serde::Deserialize)]
            struct Token {
                #[serde(default)]
                token: String,
                #[serde(default)]
                access_token: String,
            }
            let t: Token = resp.json().await.map_err(|e| RegistryError::Connect {
                registry: registry.to_string(),
                message: format!(
                    "the token server's answer is not a token: {}",
                    error_chain(&e)
                ),
            })?;
            let token = if t.token.is_empty() {
                t.access_token
            } else {
                t.token
            };
            client
                .get(format!("{base}/v2/"))
                .bearer_auth(token)
                .send()
                .await
                .map_err(conn_err)?
                .status()
        }
    } else {
        client
            .get(format!("{base}/v2/"))
            .basic_auth(&creds.username, Some(&creds.password))
            .send()
            .await
            .map_err(conn_err)?
            .status()
    };
    if status.is_success() {
        Ok(())
    } else if status == reqwest::StatusCode::UNAUTHORIZED
        || status == reqwest::StatusCode::FORBIDDEN
    {
        Err(RegistryError::BadCredentials {
            registry: registry.to_string(),
        })
    } else {
        Err(RegistryError::Connect {
            registry: registry.to_string(),
            message: format!("unexpected status {status}"),
        })
    }
}

/// Download `url` (http or https, the system's CAs) into `out`, streaming; `load -i URL` and
/// `import URL` use it. Runs its own current-thread runtime, dropped before it returns.
pub fn download(url: &str, out: &mut dyn std::io::Write) -> Result<u64, RegistryError> {
    let conn = |message: String| RegistryError::Connect {
        registry: url.to_string(),
        message,
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| conn(format!("cannot start the async runtime: {e}")))?;
    rt.block_on(async {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(30))
            .user_agent(concat!("berth/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| conn(error_chain(&e)))?;
        let mut resp = client
            .get(url)
            .send()
            .await
            .map_err(|e| conn(error_chain(&e)))?;
        if !resp.status().is_success() {
            return Err(conn(format!("HTTP status {}", resp.status())));
        }
        let mut total = 0u64;
        while let Some(chunk) = resp.chunk().await.map_err(|e| conn(error_chain(&e)))? {
            out.write_all(&chunk)
                .map_err(|e| conn(format!("writing the download: {e}")))?;
            total += chunk.len() as u64;
        }
        Ok(total)
    })
}

#[cfg(test)]
mod tests {
    use super::{backoff, challenge_param, Duration};

    #[test]
    fn backoff_saturates() {
        assert_eq!(
            backoff(Duration::from_millis(500), 3),
            Duration::from_millis(1500)
        );
        assert_eq!(backoff(Duration::MAX, 2), Duration::from_secs(3600));
    }

    #[test]
    fn challenges_parse_with_quoted_commas() {
        let c = r#"Bearer realm="http://h:1/token?a=1,b=2",service="svc",scope="repository:x:pull,push""#;
        assert_eq!(
            challenge_param(c, "realm").as_deref(),
            Some("http://h:1/token?a=1,b=2")
        );
        assert_eq!(challenge_param(c, "service").as_deref(), Some("svc"));
        assert_eq!(
            challenge_param(c, "scope").as_deref(),
            Some("repository:x:pull,push")
        );
        assert_eq!(challenge_param(c, "nope"), None);
        assert_eq!(
            challenge_param("Basic realm=reg", "realm").as_deref(),
            Some("reg")
        );
    }
}
