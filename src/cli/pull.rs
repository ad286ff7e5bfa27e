//! `berth pull`.

use super::Context;
use crate::config::registries::RegistriesConf;
use crate::error::{ExitStatus, UserError};
use crate::image::layer::UnpackOptions;
use crate::image::manifest::Platform;
use crate::image::pull::{self, PullEvent, PullObserver, PullOptions};
use crate::image::registry::RegistryOptions;
use crate::output;
use crate::reference::Reference;
use crate::storage::Store;
use clap::Args;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;

/// Registry flags shared by pull, login and push.
#[derive(Args, Debug, Clone, Default)]
pub struct RegistryArgs {
    /// Path of the authentication file (default ${XDG_RUNTIME_DIR}/containers/auth.json)
    #[arg(long, value_name = "PATH", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Use certificates at the specified path to access the registry
    #[arg(long, value_name = "PATH")]
    pub cert_dir: Option<PathBuf>,
    /// Require HTTPS and verify certificates when contacting registries
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
}

#[derive(Args, Debug)]
pub struct PullArgs {
    /// Image(s) to pull
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Use `USERNAME[:PASSWORD]` for accessing the registry
    #[arg(long, value_name = "USERNAME[:PASSWORD]")]
    pub creds: Option<String>,
    /// Suppress output information when pulling images
    #[arg(short, long)]
    pub quiet: bool,
    /// Use ARCH instead of the architecture of the machine for choosing images
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Use OS instead of the running OS for choosing images
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Use VARIANT instead of the running architecture variant for choosing images
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// Specify the platform for selecting the image (OS/ARCH[/VARIANT])
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// Number of times to retry in case of failure when performing pull
    #[arg(long, default_value_t = 3)]
    pub retry: u32,
    /// Delay between retries in case of pull failures (e.g. 500ms, 2s)
    #[arg(long, value_name = "DURATION")]
    pub retry_delay: Option<String>,
    /// This is a Docker specific option and is a NOOP
    #[arg(long, hide = true)]
    pub disable_content_trust: bool,
}

fn parse_duration(s: &str) -> Result<std::time::Duration, UserError> {
    let bad = || {
        UserError::new(format!("invalid duration {s:?}"))
            .with_hint("use a number with a unit: 500ms, 2s, 1m")
    };
    let (num, unit) = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .map(|i| s.split_at(i))
        .unwrap_or((s, "s"));
    let n: f64 = num.parse().map_err(|_| bad())?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" | "" => n,
        "m" => n * 60.0,
        _ => return Err(bad()),
    };
    // from_secs_f64 panics on what does not fit a Duration (99999999999999999999s).
    std::time::Duration::try_from_secs_f64(secs).map_err(|_| {
        UserError::new(format!("invalid duration {s:?}: out of range"))
            .with_hint("use a number with a unit: 500ms, 2s, 1m")
    })
}

/// The longest `--retry-delay` accepted: a longer one is a typo, not a wish.
pub const MAX_RETRY_DELAY: std::time::Duration = std::time::Duration::from_secs(3600);

/// `--retry-delay`: a duration of at most [`MAX_RETRY_DELAY`].
pub fn parse_retry_delay(s: &str) -> Result<std::time::Duration, UserError> {
    let d = parse_duration(s)?;
    if d > MAX_RETRY_DELAY {
        return Err(
            UserError::new(format!("--retry-delay {s:?} is too long")).with_hint(format!(
                "give at most {}s between retries, e.g. --retry-delay 2s",
                MAX_RETRY_DELAY.as_secs()
            )),
        );
    }
    Ok(d)
}

pub fn parse_duration_pub(s: &str) -> Result<std::time::Duration, UserError> {
    parse_duration(s)
}

fn platform_of(a: &PullArgs) -> Result<Platform, UserError> {
    let mut p = Platform::host();
    if let Some(s) = &a.platform {
        let parts: Vec<&str> = s.split('/').collect();
        if parts.len() < 2 || parts.len() > 3 || parts.iter().any(|x| x.is_empty()) {
            return Err(UserError::new(format!("invalid platform {s:?}"))
                .with_hint("use OS/ARCH[/VARIANT], e.g. linux/arm64"));
        }
        p.os = parts[0].into();
        p.architecture = parts[1].into();
        p.variant = parts.get(2).map(|v| v.to_string());
    }
    if let Some(o) = &a.os {
        p.os = o.clone();
    }
    if let Some(ar) = &a.arch {
        p.architecture = ar.clone();
    }
    if let Some(v) = &a.variant {
        p.variant = Some(v.clone());
    }
    Ok(p)
}

pub fn parse_creds(s: &str) -> crate::config::auth::Credentials {
    let (u, p) = s.split_once(':').unwrap_or((s, ""));
    crate::config::auth::Credentials {
        username: u.to_string(),
        password: p.to_string(),
    }
}

/// Progress as podman shows it: bars on a terminal, plain lines otherwise, nothing with -q.
pub(super) struct Progress {
    pub(super) quiet: bool,
    pub(super) bars: Option<indicatif::MultiProgress>,
    pub(super) blobs: RefCell<HashMap<String, indicatif::ProgressBar>>,
}

impl Progress {
    pub(super) fn new(quiet: bool) -> Progress {
        let bars = (!quiet && output::stderr_is_terminal()).then(|| {
            indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr())
        });
        Progress {
            quiet,
            bars,
            blobs: RefCell::new(HashMap::new()),
        }
    }

    pub(super) fn line(&self, s: &str) {
        if self.quiet {
            return;
        }
        match &self.bars {
            Some(m) => {
                let _ = m.println(s);
            }
            None => output::err(s),
        }
    }
}

pub(super) fn short(d: &str) -> &str {
    crate::reference::short_id(d.strip_prefix("sha256:").unwrap_or(d))
}

impl PullObserver for Progress {
    fn event(&self, e: PullEvent<'_>) {
        match e {
            PullEvent::Trying(r) => self.line(&format!("Trying to pull {r}...")),
            PullEvent::Resolved { .. } => self.line("Getting image source signatures"),
            PullEvent::BlobStart { digest, size } => {
                match &self.bars {
                    Some(m) if !self.quiet => {
                        let pb = m.add(indicatif::ProgressBar::new(size));
                        pb.set_style(
                        indicatif::ProgressStyle::with_template("Copying blob {msg} {bar:30} {bytes}/{total_bytes} ({bytes_per_sec})")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                    );
                        pb.set_message(short(digest).to_string());
                        self.blobs.borrow_mut().insert(digest.to_string(), pb);
                    }
                    _ => self.line(&format!("Copying blob {digest}")),
                }
            }
            PullEvent::BlobProgress { digest, bytes } => {
                if let Some(pb) = self.blobs.borrow().get(digest) {
                    pb.set_position(bytes);
                }
            }
            PullEvent::BlobDone { digest } => {
                if let Some(pb) = self.blobs.borrow_mut().remove(digest) {
                    pb.finish_and_clear();
                    self.line(&format!("Copying blob {} done", short(digest)));
                }
            }
            PullEvent::BlobSkipped { digest } => self.line(&format!(
                "Copying blob {} skipped: already exists",
                short(digest)
            )),
            PullEvent::Config { digest } => {
                self.line(&format!("Copying config {} done", short(digest)))
            }
            PullEvent::Writing => {
                self.line("Writing manifest to image destination");
            }
            PullEvent::Warning(w) => {
                if let Some(m) = &self.bars {
                    let _ = m.println(format!("WARN[0000] {w}"));
                } else {
                    output::warn(&w);
                }
            }
        }
    }
}

/// `pull docker-archive:PATH` and the other local transports: loaded as `load` loads, with
/// podman's progress lines and the image ID on stdout.
fn pull_local(
    ctx: &Context,
    progress: &Progress,
    l: &crate::image::transport::Local,
    given: &str,
) -> anyhow::Result<()> {
    progress.line("Getting image source signatures");
    let loaded = ctx.engine()?.pull_local(l, given)?;
    for img in &loaded {
        for d in &img.layers {
            progress.line(&format!("Copying blob {d}"));
        }
        progress.line(&format!("Copying config sha256:{}", img.id));
        progress.line("Writing manifest to image destination");
        progress.line("Storing signatures");
    }
    for img in &loaded {
        output::out(&img.id);
    }
    Ok(())
}

/// Resolve a user's name into the references to try, as podman does.
pub fn candidates(name: &str, regs: &RegistriesConf) -> anyhow::Result<Vec<Reference>> {
    // podman prompts only when both stdin and stdout are terminals
    let tty = output::stdin_is_terminal() && std::io::IsTerminal::is_terminal(&std::io::stdout());
    let c = regs.resolve(name, tty)?;
    if c.is_empty() {
        return Err(UserError::new(format!("short-name {name:?} did not resolve to an alias and no unqualified-search registries are defined in \"/etc/containers/registries.conf\""))
            .with_hint("use a fully-qualified name (registry/repository:tag), or set unqualified-search-registries in ~/.config/containers/registries.conf")
            .into());
    }
    Ok(c)
}

pub fn run(ctx: &Context, a: PullArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let platform = platform_of(&a)?;
    let regs = RegistriesConf::load()?;
    let retry_delay = a
        .retry_delay
        .as_deref()
        .map(parse_retry_delay)
        .transpose()?;
    let mut plan = Vec::new();
    for name in &a.images {
        let local = crate::image::transport::parse(name)
            .transpose()
            .map_err(|e| {
                UserError::new(e).with_hint("name the archive or directory: docker-archive:PATH[:REF], oci-archive:PATH[:REF], oci:DIR[:REF] or dir:DIR")
            })?;
        let cands = match local {
            Some(_) => Vec::new(),
            None => candidates(name, &regs)?,
        };
        plan.push((name.clone(), local, cands));
    }
    let map = super::enter_userns()?;
    let store = Store::open(&settings.paths.graph_root, true)?;
    let unpack = UnpackOptions {
        ignore_chown_errors: settings.ignore_chown_errors() || !map.has_ranges(),
    };
    let rt = super::runtime()?;
    let progress = Progress::new(a.quiet);
    for (name, local, cands) in plan {
        if let Some(l) = local {
            pull_local(ctx, &progress, &l, &name)?;
            continue;
        }
        let mut errors: Vec<String> = Vec::new();
        let mut last: Option<anyhow::Error> = None;
        let mut done = false;
        for reference in &cands {
            if regs.is_blocked(reference) {
                errors.push(format!(
                    "{reference}: registry {} is blocked in registries.conf",
                    reference.registry
                ));
                continue;
            }
            // `[[registry]] prefix = … location = …`: fetched from the location
            let source = regs.pull_source(reference)?;
            let rewritten = (source.reference != *reference).then(|| source.reference.clone());
            let insecure = regs.is_insecure(&reference.registry)
                || source.insecure
                || regs.is_insecure(&source.reference.registry);
            let opts = PullOptions {
                source: rewritten,
                platform: platform.clone(),
                registry: RegistryOptions {
                    tls_verify: a.registry.tls_verify,
                    insecure,
                    authfile: a.registry.authfile.clone(),
                    creds: a.creds.as_deref().map(parse_creds),
                    cert_dir: a.registry.cert_dir.clone(),
                    retries: a.retry,
                    retry_delay,
                },
                unpack: unpack.clone(),
                parallel: 4,
            };
            match rt.block_on(pull::pull(&store, reference, &opts, &progress)) {
                Ok(outcome) => {
                    output::out(&outcome.image.id);
                    done = true;
                    break;
                }
                Err(e) => {
                    errors.push(format!("{reference}: {e}"));
                    last = Some(
                        anyhow::Error::new(e)
                            .context(format!("initializing source docker://{reference}")),
                    );
                }
            }
        }
        if !done {
            if cands.len() > 1 {
                let list = errors
                    .iter()
                    .map(|e| format!("\t* {e}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                return Err(UserError::new(format!(
                    "{} errors occurred while pulling {name}:\n{list}",
                    errors.len()
                ))
                .into());
            }
            return Err(last.unwrap_or_else(|| UserError::new(errors.join("; ")).into()));
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_never_panic() {
        assert_eq!(parse_duration("500ms").unwrap().as_millis(), 500);
        assert_eq!(parse_duration("2").unwrap().as_secs(), 2);
        assert!(parse_duration("99999999999999999999s").is_err());
        assert!(parse_duration("1e400").is_err());
        assert!(parse_duration("2h").is_err());
        assert!(parse_retry_delay("99999999999999999999s").is_err());
        assert!(parse_retry_delay("2m").unwrap().as_secs() == 120);
        assert!(parse_retry_delay("61m").is_err());
    }
}
