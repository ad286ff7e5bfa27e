//! `berth build` (also `image build`, `buildx build`): flags into `engine::build::BuildOptions`,
//! the step log printed as podman prints it.

use super::Context;
use crate::engine::build::{BuildObserver, BuildOptions, BuildStepFailed, Squash};
use crate::engine::PullPolicy;
use crate::error::{ExitStatus, UserError};
use crate::image::write::Format;
use crate::output;
use clap::Args;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Context directory (default: the current directory)
    #[arg(value_name = "CONTEXT")]
    pub context: Option<PathBuf>,
    /// Containerfile to use (`-` reads it from stdin)
    #[arg(short = 'f', long = "file", value_name = "PATHNAME")]
    pub file: Vec<String>,
    /// Name(s) of the resulting image
    #[arg(short = 't', long = "tag", value_name = "NAME")]
    pub tag: Vec<String>,
    /// Set the target build stage to build
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Do not use existing cached images for the container build
    #[arg(long)]
    pub no_cache: bool,
    /// Pull policy: always, missing, never, newer (`--pull` alone: always)
    #[arg(long, value_name = "POLICY", num_args = 0..=1, default_missing_value = "always", require_equals = true)]
    pub pull: Option<String>,
    /// Always pull the image (same as --pull=always)
    #[arg(long)]
    pub pull_always: bool,
    /// Never pull the image (same as --pull=never)
    #[arg(long)]
    pub pull_never: bool,
    /// Cache intermediate images during the build
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", value_parser = parse_bool_arg, require_equals = true)]
    pub layers: Option<bool>,
    /// Squash newly built layers into a single new layer
    #[arg(long)]
    pub squash: bool,
    /// Squash all image layers into a single layer
    #[arg(long)]
    pub squash_all: bool,
    /// Format of the built image's manifest and metadata: oci or docker
    #[arg(
        long,
        value_name = "FORMAT",
        env = "BUILDAH_FORMAT",
        default_value = "oci"
    )]
    pub format: String,
    /// Write the image ID to the file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Refrain from announcing build instructions and image read/write progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Remove intermediate containers after a successful build
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub rm: bool,
    /// Always remove intermediate containers after a build, even if the build is unsuccessful
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub force_rm: bool,
    /// Set created timestamp to the specified epoch seconds, and clamp file timestamps
    #[arg(long, value_name = "SECONDS")]
    pub timestamp: Option<i64>,
    /// Argument=value pairs for the Containerfile's ARGs
    #[arg(long, value_name = "ARG=VALUE")]
    pub build_arg: Vec<String>,
    /// Files of argument=value lines for the Containerfile's ARGs
    #[arg(long, value_name = "PATH")]
    pub build_arg_file: Vec<PathBuf>,
    /// Set metadata for an image
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Add an annotation to the image's manifest
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Set environment variables in the built image
    #[arg(long, value_name = "ENV[=VALUE]")]
    pub env: Vec<String>,
    /// Network mode for RUN instructions
    #[arg(long, value_name = "MODE")]
    pub network: Option<String>,
    /// Secret file to expose to the build: id=ID,src=PATH
    #[arg(long, value_name = "id=ID,src=PATH")]
    pub secret: Vec<String>,
    /// Set the OS/ARCH[/VARIANT] of the image to the provided value
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// require HTTPS and verify certificates when pulling base images
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub tls_verify: Option<bool>,
    /// Remote repository for the layer cache (accepted; berth's cache is local)
    #[arg(long, value_name = "REPO")]
    pub cache_from: Vec<String>,
    /// Remote repository to push the layer cache to (accepted; berth's cache is local)
    #[arg(long, value_name = "REPO")]
    pub cache_to: Vec<String>,
    /// How many stages to build at once (0: all that can start)
    #[arg(long, value_name = "N")]
    pub jobs: Option<u32>,
    /// Additional build context: name=value (accepted only as a directory)
    #[arg(long, value_name = "NAME=PATH")]
    pub build_context: Vec<String>,
    /// Accepted for podman compatibility: isolation type
    #[arg(long, value_name = "TYPE")]
    pub isolation: Option<String>,
    /// Path of the authentication file (checked to exist, as podman)
    #[arg(long, value_name = "PATH")]
    pub authfile: Option<PathBuf>,
    /// Path to an alternate .containerignore file
    #[arg(long, value_name = "PATH")]
    pub ignorefile: Option<PathBuf>,
    /// Set custom DNS servers for RUN
    #[arg(long, value_name = "IP", value_delimiter = ',')]
    pub dns: Vec<String>,
    /// Set custom DNS search domains for RUN
    #[arg(long, value_name = "DOMAIN", value_delimiter = ',')]
    pub dns_search: Vec<String>,
    /// Set custom DNS options for RUN
    #[arg(long, value_name = "OPTION", value_delimiter = ',')]
    pub dns_option: Vec<String>,
    /// Add a custom host-to-IP mapping (host:ip) for RUN
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Ulimit options for RUN
    #[arg(long, value_name = "NAME=SOFT:HARD")]
    pub ulimit: Vec<String>,
    /// Security options for RUN (seccomp=unconfined|PROFILE, no-new-privileges)
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Log the build's output to this file instead of stdout
    #[arg(long, value_name = "PATH")]
    pub logfile: Option<PathBuf>,
    /// buildx compatibility: the image is always stored locally (accepted, as podman)
    #[arg(long, hide = true)]
    pub load: bool,
}

/// Go's strconv.ParseBool, as podman reads boolean flags and BUILDAH_LAYERS.
fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

fn parse_bool_arg(v: &str) -> Result<bool, String> {
    parse_bool(v).ok_or_else(|| format!("invalid boolean {v:?}"))
}

struct Log;

impl BuildObserver for Log {
    fn line(&self, text: &str) {
        output::out(text);
    }
}

fn pairs(list: &[String], what: &str) -> anyhow::Result<Vec<(String, String)>> {
    list.iter()
        .map(|l| match l.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None if what == "label" => Ok((l.clone(), String::new())),
            None => {
                Err(UserError::new(format!("invalid --{what} {l:?}: expected KEY=VALUE")).into())
            }
        })
        .collect()
}

/// The Containerfile of a context: Containerfile preferred over Dockerfile, as podman.
fn find_file(context: &Path) -> anyhow::Result<PathBuf> {
    for n in ["Containerfile", "Dockerfile"] {
        let p = context.join(n);
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(UserError::new(format!(
        "no Containerfile or Dockerfile specified or found in context directory, {}: stat {}: no such file or directory",
        context.display(),
        context.join("Dockerfile").display()
    ))
    .with_hint("create a Containerfile in the context directory, or name one with -f")
    .into())
}

/// A Containerfile given with `-f`: as given when it exists from here, else in the context.
fn resolve_file(f: &str, context: Option<&Path>) -> PathBuf {
    match context {
        Some(c) if !Path::new(f).is_absolute() && !Path::new(f).exists() => c.join(f),
        _ => PathBuf::from(f),
    }
}

fn read_file(p: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(p).map_err(|e| {
        let msg = if e.kind() == std::io::ErrorKind::NotFound {
            format!(
                "the specified Containerfile or Dockerfile does not exist, {}: no such file or directory",
                p.display()
            )
        } else {
            format!("reading {}: {e}", p.display())
        };
        UserError::new(msg).with_hint("check the path given to -f").into()
    })
}

/// The empty context of `build -`, removed when the build ends.
struct StdinContext(PathBuf);

impl StdinContext {
    fn new() -> anyhow::Result<StdinContext> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let p =
            std::env::temp_dir().join(format!("berth-build-stdin-{}-{nanos}", std::process::id()));
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(0o700).create(&p)?;
        Ok(StdinContext(p))
    }
}

impl Drop for StdinContext {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
    Ok(s)
}

pub fn run(ctx: &Context, a: BuildArgs) -> anyhow::Result<ExitStatus> {
    if let Some(f) = &a.authfile {
        if let Err(e) = std::fs::metadata(f) {
            let why = if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                e.to_string()
            };
            return Err(
                UserError::new(format!("checking authfile: stat {}: {why}", f.display()))
                    .with_hint("give --authfile an existing auth.json, or leave it out")
                    .into(),
            );
        }
    }
    if let Some(l) = &a.logfile {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .open(l)
            .map_err(|e| {
                UserError::new(format!(
                    "opening logfile {:?}: {e}",
                    l.display().to_string()
                ))
            })?;
        use std::os::fd::AsFd;
        crate::sys::dup_onto_stdio(f.as_fd(), 1)?;
        crate::sys::dup_onto_stdio(f.as_fd(), 2)?;
    }
    // `build -`: the Containerfile comes on stdin and the context is empty
    let mut _stdin_dir: Option<StdinContext> = None;
    let context = match a.context.as_deref() {
        Some(c) if c == Path::new("-") => {
            let text = read_stdin()?;
            let d = StdinContext::new()?;
            std::fs::write(d.0.join("Containerfile"), text)?;
            let p = d.0.clone();
            _stdin_dir = Some(d);
            p
        }
        Some(c) => c.to_path_buf(),
        // no context: the directory of the first Containerfile given, as podman
        None => a
            .file
            .iter()
            .filter(|f| *f != "-")
            .find_map(|f| std::fs::canonicalize(f).ok())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from(".")),
    };
    if !context.is_dir() {
        return Err(UserError::new(format!(
            "stat {}: no such file or directory",
            context.display()
        ))
        .with_hint("give the build context directory as the last argument")
        .into());
    }
    // several -f: their instructions in order, as one Containerfile (as buildah)
    let (text, name, path) = if a.file.is_empty() {
        let p = find_file(&context)?;
        let s = read_file(&p)?;
        let n = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (s, n, Some(p))
    } else {
        let mut text = String::new();
        let mut first: Option<(String, Option<PathBuf>)> = None;
        for f in &a.file {
            let (t, p) = if f == "-" {
                (read_stdin()?, None)
            } else {
                let p = resolve_file(f, Some(&context));
                (read_file(&p)?, Some(p))
            };
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&t);
            if first.is_none() {
                let n = if f == "-" {
                    "Containerfile".to_string()
                } else {
                    f.clone()
                };
                first = Some((n, p));
            }
        }
        let (n, p) = first.unwrap_or_default();
        (text, n, p)
    };
    let mut build_args: BTreeMap<String, String> = BTreeMap::new();
    for f in &a.build_arg_file {
        let t = std::fs::read_to_string(f).map_err(|e| {
            UserError::new(format!("reading --build-arg-file {}: {e}", f.display()))
        })?;
        for l in t
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            build_args.insert(k.to_string(), v.to_string());
        }
    }
    for b in &a.build_arg {
        match b.split_once('=') {
            Some((k, v)) => build_args.insert(k.to_string(), v.to_string()),
            // `--build-arg NAME` takes the value from the environment, as podman
            None => match std::env::var(b) {
                Ok(v) => build_args.insert(b.clone(), v),
                Err(_) => None,
            },
        };
    }
    let format = Format::parse(&a.format).ok_or_else(|| {
        UserError::new(format!("unrecognized image type {:?}", a.format))
            .with_hint("use --format oci or --format docker")
    })?;
    let pull = if a.pull_always {
        PullPolicy::Always
    } else if a.pull_never {
        PullPolicy::Never
    } else {
        match a.pull.as_deref() {
            Some("true") => PullPolicy::Always,
            Some("false") | None => PullPolicy::Missing,
            Some(p) => p.parse()?,
        }
    };
    let mut secrets = Vec::new();
    for s in &a.secret {
        let mut id = None;
        let mut src = None;
        for part in s.split(',') {
            match part.split_once('=') {
                Some(("id", v)) => id = Some(v.to_string()),
                Some(("src" | "source", v)) => src = Some(PathBuf::from(v)),
                _ => {}
            }
        }
        match (id, src) {
            (Some(i), Some(p)) => secrets.push((i, std::fs::canonicalize(&p).unwrap_or(p))),
            _ => {
                return Err(UserError::new(format!("invalid --secret {s:?}"))
                    .with_hint("use --secret id=ID,src=PATH")
                    .into())
            }
        }
    }
    let tags = a
        .tag
        .iter()
        .map(|t| super::tag::normalize_name(t))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let engine = ctx.engine()?;
    let conf = &engine.settings.containers_conf;
    let o = BuildOptions {
        squash: match (a.squash_all, a.squash) {
            (true, _) => Squash::All,
            (false, true) => Squash::New,
            _ => Squash::No,
        },
        context: std::fs::canonicalize(&context)?,
        containerfile: text,
        file_name: name,
        file_path: path,
        tags,
        commit_name: a.tag.first().cloned(),
        target: a.target.clone(),
        no_cache: a.no_cache,
        pull,
        tls_verify: a.tls_verify,
        format,
        build_args,
        labels: pairs(&a.label, "label")?,
        annotations: pairs(&a.annotation, "annotation")?,
        env: a.env.clone(),
        timestamp: a.timestamp.or_else(crate::engine::build::source_date_epoch),
        network: a.network.clone().unwrap_or_default(),
        default_network_cmd: conf.default_rootless_network_cmd.clone(),
        secrets,
        platform: a.platform.clone(),
        quiet: a.quiet,
        // --layers, else $BUILDAH_LAYERS, else true (as podman)
        layers: a.layers.unwrap_or_else(|| {
            std::env::var("BUILDAH_LAYERS")
                .ok()
                .and_then(|v| parse_bool(&v))
                .unwrap_or(true)
        }),
        ignorefile: a.ignorefile.clone(),
        dns: a.dns.clone(),
        dns_search: a.dns_search.clone(),
        dns_option: a.dns_option.clone(),
        // podman's --jobs 0: as many at once as can start
        jobs: a
            .jobs
            .map_or(1, |j| if j == 0 { usize::MAX } else { j as usize }),
        add_host: a.add_host.clone(),
        ulimit: a.ulimit.clone(),
        security_opt: a.security_opt.clone(),
    };
    match engine.build(&o, &Log) {
        Ok(image) => {
            if let Some(f) = &a.iidfile {
                std::fs::write(f, format!("sha256:{}", image.id)).map_err(|e| {
                    UserError::new(format!("writing --iidfile {}: {e}", f.display()))
                })?;
            }
            output::out(&image.id);
            Ok(ExitStatus::Success)
        }
        Err(e) => {
            if let Some(f) = e.downcast_ref::<BuildStepFailed>() {
                if let Some(said) = &f.runtime_said {
                    output::err(said);
                }
                output::err(&format!("Error: {f}"));
                return Ok(ExitStatus::External(f.status.clamp(1, 255)));
            }
            Err(e)
        }
    }
}
