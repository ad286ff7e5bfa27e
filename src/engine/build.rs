//! `berth build`: a Containerfile, step by step, into images.
//!
//! The front half is `crate::build` (parsing, variables, `.containerignore`, sources and their
//! content hash). Here each step becomes an image change:
//!
//! * RUN makes a container from the current image through [`Engine::create`], runs it in the
//!   foreground and commits its upper dir ([`super::commit`]);
//! * COPY and ADD make a container that is not run, mount its rootfs, and extract a tar of the
//!   sources into it from a child whose root is that rootfs ([`runtime::access`]), so that the
//!   image's symlinks resolve inside it; then commit;
//! * every other instruction changes the config only. Those changes are kept until the next
//!   layer step or the end of the stage, so they make no images of their own.
//!
//! The layer cache: each image a step makes records its parent and a key (a sha256 of the
//! parent's ID, the config changes before it, the instruction as expanded, RUN's environment
//! and the content hash of what COPY brings in, never mtimes). A step whose key some image
//! with the same parent has is not run again (`--> Using cache`).
//!
//! The process enters berth's user namespace once, first; each step's container gets a mount
//! namespace of its own (`namespace::enter` again, as root: an unshare).

use super::commit::{self, CommitOptions};
use super::create::{CreateOptions, PullPolicy};
use super::namespace::{self, Enter};
use super::Engine;
use crate::build::context::{Context, FileKind, Selected};
use crate::build::expand::{self, BuildArgs, Platform, Scope};
use crate::build::ignore::Ignore;
use crate::build::parser::{
    self, CommandLine, Containerfile, CopyArgs, CopySource, Healthcheck, Instruction, MountType,
    RunNetwork,
};
use crate::error::UserError;
use crate::image::write::Format;
use crate::runtime::access::{self, RootAccess};
use crate::runtime::container::{self as containers, Container};
use crate::runtime::copy::{self as rcopy, ExtractOptions, Owner, Rebase};
use crate::storage::{ImageRecord, Store};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[path = "build_jobs.rs"]
mod jobs;

/// What `build` is asked to do, as plain values.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The context directory.
    pub context: PathBuf,
    /// The Containerfile's text, and its name for messages and `.dockerignore` lookup.
    pub containerfile: String,
    pub file_name: String,
    pub file_path: Option<PathBuf>,
    /// Names (already normalised) for the final image.
    pub tags: Vec<String>,
    /// The first `-t` as given, for the log's `COMMIT` line (podman shows it unnormalised).
    pub commit_name: Option<String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub pull: PullPolicy,
    pub tls_verify: Option<bool>,
    pub format: Format,
    pub build_args: BTreeMap<String, String>,
    pub labels: Vec<(String, String)>,
    pub annotations: Vec<(String, String)>,
    /// `--env`: set in the final image's config.
    pub env: Vec<String>,
    /// `--timestamp` or SOURCE_DATE_EPOCH.
    pub timestamp: Option<i64>,
    /// `--network` for RUN ("" for berth's default).
    pub network: String,
    pub default_network_cmd: Option<String>,
    /// `--secret id=ID,src=PATH`.
    pub secrets: Vec<(String, PathBuf)>,
    /// `--platform` (only the host's platform can run RUN).
    pub platform: Option<String>,
    /// `-q`: only the image ID.
    pub quiet: bool,
    /// `--layers=false`: no cache lookups (every step runs), as podman.
    pub layers: bool,
    /// `--ignorefile`: read instead of the context's .containerignore/.dockerignore.
    pub ignorefile: Option<PathBuf>,
    /// RUN containers' `--dns`, `--dns-search`, `--dns-option`, `--add-host`, `--ulimit`,
    /// `--security-opt`.
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    pub add_host: Vec<String>,
    pub ulimit: Vec<String>,
    pub security_opt: Vec<String>,
    /// How many stages to build at once (`--jobs`; 0 and 1: one after another).
    pub jobs: usize,
    /// `--squash` / `--squash-all`.
    pub squash: Squash,
}

/// How the final image's layers are squashed (podman's `--squash` and `--squash-all`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Squash {
    #[default]
    No,
    /// The layers the build made, into one on top of the base image's.
    New,
    /// Every layer, the base image's too, into one.
    All,
}

/// The step log, for the CLI to print (podman's `STEP 2/5: RUN make`, `--> Using cache`, …).
pub trait BuildObserver {
    fn line(&self, text: &str);
}

/// The state of the stage being built.
struct Stage {
    /// The last image committed (the stage's base at first).
    image: ImageRecord,
    /// The config with every change so far (those after `image` are `pending`).
    config: Value,
    /// Config-only steps since `image`: their text (cache key) and history.
    pending: Vec<String>,
    scope: Scope,
    shell: Vec<String>,
    /// CMD was set in this stage (an ENTRYPOINT resets an inherited one only).
    cmd_set: bool,
    /// How many layers the stage's base image has (what `--squash` keeps).
    base_layers: usize,
}

fn sha256_hex(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    format!("{:x}", h.finalize())
}

/// A step that failed, in podman's words.
fn user_err(text: &str, msg: impl std::fmt::Display) -> anyhow::Error {
    UserError::new(format!("building at STEP \"{text}\": {msg}")).into()
}

/// `v` as a JSON object, made one (empty) when it is anything else.
fn object_of(v: &mut Value) -> &mut serde_json::Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => {
            *other = Value::Object(serde_json::Map::new());
            object_of(other)
        }
    }
}

/// The `config` object of an image config (made when missing).
fn cfg(config: &mut Value) -> &mut serde_json::Map<String, Value> {
    object_of(object_of(config).entry("config").or_insert(Value::Null))
}

fn strings(v: &[String]) -> Value {
    Value::Array(v.iter().map(|s| Value::String(s.clone())).collect())
}

fn env_of(config: &Value) -> Vec<String> {
    config
        .pointer("/config/Env")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn string_at(config: &Value, ptr: &str) -> Option<String> {
    config
        .pointer(ptr)
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Seconds since the epoch from SOURCE_DATE_EPOCH, if set and valid.
pub fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

fn scratch_config() -> Value {
    json!({
        "architecture": crate::image::manifest::host_arch(),
        "os": "linux",
        "config": {},
        "rootfs": {"type": "layers", "diff_ids": []},
        "history": [],
    })
}

fn default_shell() -> Vec<String> {
    vec!["/bin/sh".into(), "-c".into()]
}

fn command_args(shell: &[String], c: &CommandLine) -> Vec<String> {
    match c {
        CommandLine::Exec(v) => v.clone(),
        CommandLine::Shell(t) => shell.iter().cloned().chain([t.clone()]).collect(),
    }
}

fn go_duration_ns(d: &std::time::Duration) -> Value {
    Value::from(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

struct Run<'a> {
    engine: &'a Engine,
    o: &'a BuildOptions,
    obs: &'a dyn BuildObserver,
    file: &'a Containerfile,
    args: BuildArgs,
    /// Each finished stage's image, by index.
    done: Vec<Option<ImageRecord>>,
    context: Option<Context>,
    /// The working containers whose rootfs a RUN's `--mount=type=bind,from=` mounted.
    mounted_froms: Vec<Container>,
    step: usize,
    steps: usize,
}

impl Engine {
    /// Build the image `o` describes; returns the final image.
    pub fn build(&self, o: &BuildOptions, obs: &dyn BuildObserver) -> anyhow::Result<ImageRecord> {
        let file = parser::parse(&o.containerfile, &o.file_name)?;
        if let Some(p) = &o.platform {
            let want = Platform::parse(p)?;
            let host = Platform::host();
            if want.os != host.os || want.arch != host.arch {
                return Err(UserError::new(format!(
                    "building for platform {p} is not supported: RUN steps would need an emulator for {}",
                    want.arch
                ))
                .with_hint(format!("build for this machine's platform ({}/{})", host.os, host.arch))
                .into());
            }
        }
        let host = Platform::host();
        let predefined = expand::platform_args(&host, &host);
        let args = BuildArgs::new(
            o.build_args.clone(),
            &predefined,
            &file.global_args,
            file.escape,
        )?;
        // the last stage to build: --target, else the last
        let last = match &o.target {
            Some(t) => file.stage(t).map(|s| s.index).ok_or_else(|| {
                UserError::new(format!(
                    "building target {t:?}: no stage of that name in {}",
                    o.file_name
                ))
                .with_hint("name a stage defined with FROM … AS NAME")
            })?,
            None => file.stages.len().saturating_sub(1),
        };
        let steps = file.stages[..=last]
            .iter()
            .map(|s| s.instructions.len())
            .sum();
        // the base images first, while single-threaded and outside the namespace (a pull
        // runs in a child berth)
        self.pull_bases(&file, &args, last, o)?;
        namespace::enter(Enter::Mounts)?;
        let mut run = Run {
            engine: self,
            o,
            obs,
            file: &file,
            args,
            done: vec![None; file.stages.len()],
            context: None,
            mounted_froms: Vec::new(),
            step: 0,
            steps,
        };
        if o.jobs > 1 && last > 0 {
            return run.stages_in_parallel(last, o.jobs);
        }
        let mut result = None;
        for i in 0..=last {
            result = Some(run.stage(i, i == last)?);
        }
        result.ok_or_else(|| UserError::new("the Containerfile has no stage").into())
    }

    fn pull_bases(
        &self,
        file: &Containerfile,
        args: &BuildArgs,
        last: usize,
        o: &BuildOptions,
    ) -> anyhow::Result<()> {
        let store = Store::open(self.root(), false)?;
        let mut images: Vec<String> = Vec::new();
        for s in &file.stages[..=last] {
            let base = expand::expand_word(&s.base, args.globals(), file.escape)?;
            if base == "scratch"
                || file.stages[..s.index]
                    .iter()
                    .any(|p| p.name.as_deref() == Some(base.as_str()))
            {
                continue;
            }
            images.push(base);
            for ins in &s.instructions {
                if let Instruction::Copy(c) = &ins.value {
                    if let Some(f) = &c.from {
                        if file.stage(f).is_none() {
                            images.push(f.clone());
                        }
                    }
                }
                // RUN --mount=type=bind,from=IMAGE
                if let Instruction::Run(r) = &ins.value {
                    for m in &r.mounts {
                        if let Some(f) = m.from.as_ref().filter(|f| file.stage(f).is_none()) {
                            images.push(f.clone());
                        }
                    }
                }
            }
        }
        for image in images {
            let present = store.find_image(&image).is_ok();
            let pull = match o.pull {
                PullPolicy::Never if !present => {
                    return Err(UserError::new(format!(
                        "creating build container: {image}: image not known"
                    ))
                    .with_hint("pull it first, or drop --pull=never")
                    .into())
                }
                PullPolicy::Never | PullPolicy::Missing => !present,
                PullPolicy::Always | PullPolicy::Newer => true,
            };
            if pull {
                self.pull_in_child(&CreateOptions {
                    image: image.clone(),
                    tls_verify: o.tls_verify,
                    quiet: o.quiet,
                    ..Default::default()
                })?;
            }
        }
        Ok(())
    }
}

impl Run<'_> {
    fn log(&self, s: &str) {
        if !self.o.quiet {
            self.obs.line(s);
        }
    }

    fn store(&self) -> anyhow::Result<Store> {
        Ok(Store::open(self.engine.root(), false)?)
    }

    fn stage(&mut self, index: usize, last: bool) -> anyhow::Result<ImageRecord> {
        let file = self.file;
        let stage = &file.stages[index];
        let store = self.store()?;
        let mut st: Option<Stage> = None;
        for ins in &stage.instructions {
            self.step += 1;
            self.log(&format!("STEP {}/{}: {}", self.step, self.steps, ins.text));
            let at = |msg: &dyn std::fmt::Display| user_err(&ins.text, msg);
            match &ins.value {
                Instruction::From(f) => {
                    let base = expand::expand_word(&f.image, self.args.globals(), file.escape)
                        .map_err(|e| at(&e))?;
                    st = Some(self.base(&store, &base).map_err(|e| at(&e))?);
                }
                other => {
                    let Some(s) = st.as_mut() else {
                        return Err(at(&"an instruction before FROM"));
                    };
                    self.instruction(&store, s, other, &ins.text).map_err(|e| {
                        if e.is::<BuildStepFailed>() {
                            e
                        } else {
                            at(&format!("{e:#}"))
                        }
                    })?;
                }
            }
        }
        let mut s = st.ok_or_else(|| UserError::new("a stage without FROM"))?;
        if last {
            let c = cfg(&mut s.config);
            for (k, v) in &self.o.labels {
                let labels = c.entry("Labels").or_insert_with(|| json!({}));
                labels[k.as_str()] = Value::String(v.clone());
            }
            for e in &self.o.env {
                let (k, v) = e.split_once('=').unwrap_or((e, ""));
                set_env(&mut s.config, k, v);
            }
            if !self.o.labels.is_empty() || !self.o.env.is_empty() {
                s.pending.push(format!(
                    "build labels {:?} env {:?}",
                    self.o.labels, self.o.env
                ));
            }
        }
        let image = if s.pending.is_empty() && !last {
            s.image.clone()
        } else {
            self.commit_config(&store, &mut s, last)?
        };
        let image = match (last, self.o.squash) {
            (false, _) | (true, Squash::No) => image,
            (true, how) => {
                let keep = if how == Squash::All { 0 } else { s.base_layers };
                let o = CommitOptions {
                    format: self.o.format,
                    created_by: format!(
                        "/bin/sh -c #(nop) {}",
                        if how == Squash::All {
                            "squash-all"
                        } else {
                            "squash"
                        }
                    ),
                    timestamp: self.o.timestamp,
                    annotations: self.o.annotations.clone(),
                    // the unsquashed image stays as the cache, hidden below the squashed one
                    parent: Some(image.id.clone()),
                    ..Default::default()
                };
                super::squash::squash_image(&store, &image, keep, &o)?
            }
        };
        if last {
            if let Some(n) = self.o.commit_name.as_ref().or(self.o.tags.first()) {
                self.log(&format!("COMMIT {n}"));
            } else {
                self.log("COMMIT");
            }
            let image = if self.o.tags.is_empty() {
                image
            } else {
                let tags = self.o.tags.clone();
                store.update_images(|images| {
                    for other in images.iter_mut() {
                        other.names.retain(|n| !tags.contains(n));
                    }
                    if let Some(i) = images.iter_mut().find(|i| i.id == image.id) {
                        for t in &tags {
                            if !i.names.contains(t) {
                                i.names.push(t.clone());
                            }
                        }
                        i.update_names_history();
                    }
                    Ok(())
                })?;
                store.find_image(&image.id)?
            };
            self.log(&format!("--> {}", build_short_id(&image.id)));
            for t in &self.o.tags {
                self.log(&format!("Successfully tagged {t}"));
            }
            self.done[index] = Some(image.clone());
            return Ok(image);
        }
        self.log(&format!("--> {}", build_short_id(&image.id)));
        self.done[index] = Some(image.clone());
        Ok(image)
    }

    /// The image a FROM (or `--from`) names: an earlier stage, scratch, or an image.
    fn base(&mut self, store: &Store, base: &str) -> anyhow::Result<Stage> {
        let image = if let Some(s) = self.file.stage(base).filter(|s| {
            // a stage by name or index, built before this one
            self.done.get(s.index).is_some_and(Option::is_some)
        }) {
            self.done[s.index]
                .clone()
                .ok_or_else(|| UserError::new("stage not built"))?
        } else if base == "scratch" {
            let pins = store.begin_pull()?;
            crate::image::write::write_image(
                store,
                crate::image::write::NewImage {
                    config: scratch_config(),
                    layers: &[],
                    names: Vec::new(),
                    format: self.o.format,
                    annotations: Vec::new(),
                    parent: None,
                    build_key: None,
                },
                &pins,
            )?
        } else {
            store.find_image(base).map_err(|_| {
                UserError::new(format!("{base}: image not known"))
                    .with_hint("pull it first, or check the name in FROM")
            })?
        };
        let config = commit::image_config_json(store, &image)?;
        let env = env_of(&config);
        let shell = config
            .pointer("/config/Shell")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect::<Vec<_>>()
            })
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()]);
        Ok(Stage {
            base_layers: image.layers.len(),
            image,
            config,
            pending: Vec::new(),
            scope: Scope::from_image_env(&env),
            shell,
            cmd_set: false,
        })
    }

    fn word(&self, s: &Stage, w: &str) -> anyhow::Result<String> {
        Ok(expand::expand_word(w, &s.scope, self.file.escape)?)
    }

    fn instruction(
        &mut self,
        store: &Store,
        s: &mut Stage,
        ins: &Instruction,
        text: &str,
    ) -> anyhow::Result<()> {
        let esc = self.file.escape;
        match ins {
            Instruction::From(_) => {}
            Instruction::Arg(decls) => {
                for d in decls {
                    let v = self.args.stage_value(d, &s.scope, esc)?;
                    s.scope.set_arg(&d.name, v);
                }
            }
            Instruction::Run(r) => self.run_step(store, s, r, text)?,
            Instruction::Copy(c) => self.copy_step(store, s, c, text, false)?,
            Instruction::Add(c) => self.copy_step(store, s, c, text, true)?,
            other => {
                if apply_config(
                    &mut s.config,
                    &mut s.scope,
                    &mut s.shell,
                    &mut s.cmd_set,
                    other,
                    self.o.format,
                    esc,
                )? {
                    self.pending(s, text);
                }
            }
        }
        Ok(())
    }

    fn pending(&self, s: &mut Stage, text: &str) {
        let when = self.o.timestamp.unwrap_or_else(commit::now);
        let h = json!({
            "created": crate::image::manifest::format_rfc3339(when),
            "created_by": format!("/bin/sh -c #(nop) {text}"),
            "empty_layer": true,
        });
        if let Some(o) = s.config.as_object_mut() {
            match o.get_mut("history").and_then(Value::as_array_mut) {
                Some(a) => a.push(h),
                None => {
                    o.insert("history".into(), Value::Array(vec![h]));
                }
            }
        }
        s.pending.push(text.to_string());
    }

    /// The key of the next step: the parent, the config changes since, the step's own parts.
    fn key(&self, s: &Stage, parts: &[&str]) -> String {
        let mut all: Vec<&str> = vec!["berth-build-v1", &s.image.id];
        all.extend(s.pending.iter().map(String::as_str));
        all.push("--");
        all.extend_from_slice(parts);
        let fmt = format!("{:?}", self.o.format);
        all.push(&fmt);
        let ts = format!("{:?}", self.o.timestamp);
        all.push(&ts);
        sha256_hex(&all)
    }

    fn cached(&self, store: &Store, s: &Stage, key: &str) -> anyhow::Result<Option<ImageRecord>> {
        if self.o.no_cache || !self.o.layers {
            return Ok(None);
        }
        let images = store.images()?;
        Ok(images.into_iter().find(|i| {
            i.parent.as_deref() == Some(s.image.id.as_str()) && i.build_key.as_deref() == Some(key)
        }))
    }

    fn use_cached(&self, store: &Store, s: &mut Stage, image: ImageRecord) -> anyhow::Result<()> {
        self.log(&format!("--> Using cache {}", image.id));
        s.config = commit::image_config_json(store, &image)?;
        s.image = image;
        s.pending.clear();
        Ok(())
    }

    /// End of stage: an image with the pending config changes (cached like any step).
    fn commit_config(
        &self,
        store: &Store,
        s: &mut Stage,
        last: bool,
    ) -> anyhow::Result<ImageRecord> {
        let key = self.key(
            s,
            &[
                "config",
                &serde_json::to_string(&s.config.get("config"))?,
                if last { "last" } else { "" },
            ],
        );
        if let Some(i) = self.cached(store, s, &key)? {
            self.use_cached(store, s, i.clone())?;
            return Ok(i);
        }
        let mut config = s.config.clone();
        if let Some(o) = config.as_object_mut() {
            let when = self.o.timestamp.unwrap_or_else(commit::now);
            o.insert(
                "created".into(),
                Value::String(crate::image::manifest::format_rfc3339(when)),
            );
        }
        let pins = store.begin_pull()?;
        let layers = commit::image_layers(store, &s.image)?;
        let image = crate::image::write::write_image(
            store,
            crate::image::write::NewImage {
                config,
                layers: &layers,
                names: Vec::new(),
                format: self.o.format,
                annotations: if last {
                    self.o.annotations.clone()
                } else {
                    Vec::new()
                },
                parent: Some(s.image.id.clone()),
                build_key: Some(key),
            },
            &pins,
        )?;
        s.image = image.clone();
        s.pending.clear();
        Ok(image)
    }

    /// Commit a step's container and remove it.
    fn commit_step(
        &self,
        store: &Store,
        s: &mut Stage,
        c: &Container,
        created_by: String,
        key: String,
    ) -> anyhow::Result<()> {
        let _ = access::unmount_rootfs(&c.dir);
        let o = CommitOptions {
            config: Some(s.config.clone()),
            names: Vec::new(),
            format: self.o.format,
            created_by,
            timestamp: self.o.timestamp,
            parent: Some(s.image.id.clone()),
            build_key: Some(key),
            ..Default::default()
        };
        let r = self.engine.commit_container(store, c, &o);
        let _ = containers::remove(c);
        let image = r?;
        s.config = commit::image_config_json(store, &image)?;
        s.image = image;
        s.pending.clear();
        Ok(())
    }

    fn container_options(&self, s: &Stage, image: &str) -> CreateOptions {
        CreateOptions {
            image: image.to_string(),
            pull: PullPolicy::Never,
            quiet: true,
            // a build's working containers are not the user's: no events (as buildah's)
            no_events: true,
            entrypoint: Some(String::new()),
            env: Vec::new(),
            workdir: string_at(&s.config, "/config/WorkingDir").filter(|w| !w.is_empty()),
            user: string_at(&s.config, "/config/User").filter(|u| !u.is_empty()),
            network: self.o.network.clone(),
            default_network_cmd: self.o.default_network_cmd.clone(),
            log_driver: "none".into(),
            dns: self.o.dns.clone(),
            dns_search: self.o.dns_search.clone(),
            dns_option: self.o.dns_option.clone(),
            add_host: self.o.add_host.clone(),
            ulimit: self.o.ulimit.clone(),
            security_opt: self.o.security_opt.clone(),
            ipc: String::new(),
            uts: String::new(),
            pid: String::new(),
            ..Default::default()
        }
    }

    fn run_step(
        &mut self,
        store: &Store,
        s: &mut Stage,
        r: &parser::Run,
        text: &str,
    ) -> anyhow::Result<()> {
        let result = self.run_step_mounted(store, s, r, text);
        // the stages and images `RUN --mount=type=bind,from=` mounted for it
        for fc in std::mem::take(&mut self.mounted_froms) {
            let _ = access::unmount_rootfs(&fc.dir);
            let _ = containers::remove(&fc);
        }
        result
    }

    fn run_step_mounted(
        &mut self,
        store: &Store,
        s: &mut Stage,
        r: &parser::Run,
        text: &str,
    ) -> anyhow::Result<()> {
        let args = match (&r.command, r.script()) {
            (_, Some(h)) if h.body.starts_with("#!") => {
                // a script with its own interpreter: run it through the shell as a file
                let mut v = s.shell.clone();
                v.push(format!("cat > /tmp/.berth-run <<'{n}'\n{b}{n}\nchmod +x /tmp/.berth-run; /tmp/.berth-run; s=$?; rm -f /tmp/.berth-run; exit $s", n = h.name, b = h.body));
                v
            }
            (_, Some(h)) => s.shell.iter().cloned().chain([h.body.clone()]).collect(),
            (CommandLine::Shell(t), None) if !r.heredocs.is_empty() => {
                let mut full = t.clone();
                full.push('\n');
                for h in &r.heredocs {
                    full.push_str(&h.body);
                    full.push_str(&h.name);
                    full.push('\n');
                }
                s.shell.iter().cloned().chain([full]).collect()
            }
            (c, None) => command_args(&s.shell, c),
        };
        // RUN sees the ARGs (those not set by ENV) and the proxy build args
        let mut env = env_of(&s.config);
        for (k, v) in s.scope.args() {
            if s.scope.env().iter().all(|(e, _)| e != k) {
                env.push(format!("{k}={v}"));
            }
        }
        for (k, v) in self.args.proxy_env() {
            env.push(format!("{k}={v}"));
        }
        let mut o = self.container_options(s, &s.image.id);
        o.command = args.clone();
        o.env = env.clone();
        match r.network {
            Some(RunNetwork::None) => o.network = "none".into(),
            Some(RunNetwork::Host) => o.network = "host".into(),
            _ => {}
        }
        let mut mount_keys = Vec::new();
        for m in &r.mounts {
            let (spec, key) = self.run_mount(store, s, m)?;
            mount_keys.push(key);
            o.mount.push(spec);
        }
        let argv = serde_json::to_string(&args)?;
        let envs = env.join("\n");
        let net = o.network.clone();
        let key = self.key(s, &["RUN", &argv, &envs, &net, &mount_keys.join("\n")]);
        if let Some(i) = self.cached(store, s, &key)? {
            return self.use_cached(store, s, i);
        }
        if let Some(bad) = super::unknown_runtime_flag(&self.engine.settings.runtime_flags) {
            // what the OCI runtime would say, and its exit status
            return Err(BuildStepFailed {
                step: text.to_string(),
                status: 1,
                runtime_said: Some(format!("flag provided but not defined: -{bad}")),
            }
            .into());
        }
        let created = self.engine.create(&o)?;
        let c = Container::load(&created.prepared.dir)?;
        if o.workdir.is_some() {
            let made = crate::runtime::mount_container(store, &c)
                .map_err(anyhow::Error::from)
                .and_then(|merged| super::build_paths::ensure_workdir(&merged, &s.config));
            let _ = access::unmount_rootfs(&c.dir);
            if let Err(e) = made {
                let _ = containers::remove(&c);
                return Err(e);
            }
        }
        let status = created.run_foreground();
        let c = Container::load(&created.prepared.dir)?;
        let status = match status {
            Ok(st) => st,
            Err(e) => {
                let _ = access::unmount_rootfs(&c.dir);
                let _ = containers::remove(&c);
                return Err(e.into());
            }
        };
        if status != 0 {
            let _ = access::unmount_rootfs(&c.dir);
            let _ = containers::remove(&c);
            return Err(BuildStepFailed {
                step: text.to_string(),
                status,
                runtime_said: None,
            }
            .into());
        }
        let shown = match &r.command {
            CommandLine::Shell(t) => format!("{} {t}", s.shell.join(" ")),
            CommandLine::Exec(v) => v.join(" "),
        };
        self.commit_step(store, s, &c, shown, key)
    }

    /// A `RUN --mount` as a `--mount` of the step's container, and what stands for it in the
    /// step's cache key (the mount itself, but a `from=`'s image ID for its mounted rootfs).
    fn run_mount(
        &mut self,
        store: &Store,
        s: &Stage,
        m: &parser::RunMount,
    ) -> anyhow::Result<(String, String)> {
        let ro = if m.readonly { ",ro" } else { "" };
        if let (MountType::Bind, Some(f)) = (&m.kind, &m.from) {
            return self.run_mount_from(store, s, m, f);
        }
        let spec = match m.kind {
            MountType::Tmpfs => format!("type=tmpfs,target={}", m.target),
            MountType::Cache => {
                let id = m.id.clone().unwrap_or_else(|| m.target.clone());
                let dir = store.root().join("build-cache").join(sha256_hex(&[&id]));
                std::fs::create_dir_all(&dir)?;
                format!("type=bind,source={},target={}{ro}", dir.display(), m.target)
            }
            MountType::Bind => {
                let ctx = self.context()?;
                let src = m.source.clone().unwrap_or_else(|| ".".into());
                let sel = ctx.resolve(&src)?;
                let p = sel.first().map(|s| s.path.clone()).ok_or_else(|| {
                    UserError::new(format!("RUN --mount source {src:?} selects nothing"))
                })?;
                format!(
                    "type=bind,source={},target={}{}",
                    p.display(),
                    m.target,
                    if m.readonly { ",ro" } else { "" }
                )
            }
            MountType::Secret => {
                let id = m.id.clone().unwrap_or_default();
                match self.o.secrets.iter().find(|(i, _)| *i == id) {
                    Some((_, src)) => {
                        format!("type=bind,source={},target={},ro", src.display(), m.target)
                    }
                    None if m.required => {
                        return Err(UserError::new(format!(
                            "secret {id:?} is required but was not given"
                        ))
                        .with_hint(format!("pass --secret id={id},src=FILE"))
                        .into())
                    }
                    None => format!("type=tmpfs,target={}", m.target),
                }
            }
            MountType::Ssh => {
                return Err(
                    UserError::new("RUN --mount=type=ssh is not supported by berth")
                        .with_hint("pass credentials with --secret instead")
                        .into(),
                )
            }
        };
        Ok((spec.clone(), spec))
    }

    /// `RUN --mount=type=bind,from=STAGE|IMAGE,source=,target=`: the stage's (or image's)
    /// rootfs mounted through a container that is not run, as COPY --from mounts it, and
    /// `source` in it (resolved inside it) bound at the target; unmounted after the step.
    fn run_mount_from(
        &mut self,
        store: &Store,
        s: &Stage,
        m: &parser::RunMount,
        f: &str,
    ) -> anyhow::Result<(String, String)> {
        let f = self.word(s, f)?;
        let image = self.image_named_by_from(store, &f, "RUN --mount from")?;
        let o = CreateOptions {
            network: "none".into(),
            command: vec!["true".into()],
            ..self.container_options(s, &image.id)
        };
        let created = self.engine.create(&o)?;
        let fc = Container::load(&created.prepared.dir)?;
        let merged = crate::runtime::mount_container(store, &fc);
        self.mounted_froms.push(fc);
        let merged = merged?;
        let src = m.source.clone().unwrap_or_else(|| "/".into());
        let ctx = Context::new(&merged, Ignore::none())?;
        let p = ctx
            .resolve(&src)?
            .first()
            .map(|s| s.path.clone())
            .ok_or_else(|| {
                UserError::new(format!(
                    "RUN --mount from={f}: source {src:?} selects nothing"
                ))
            })?;
        let ro = if m.readonly { ",ro" } else { "" };
        let spec = format!("type=bind,source={},target={}{ro}", p.display(), m.target);
        let key = format!("from={},source={src},target={}{ro}", image.id, m.target);
        Ok((spec, key))
    }

    /// The image a `--from=` names: an earlier stage's, or an image in the store.
    fn image_named_by_from(
        &self,
        store: &Store,
        f: &str,
        what: &str,
    ) -> anyhow::Result<ImageRecord> {
        match self.file.stage(f) {
            Some(st) => self.done.get(st.index).cloned().flatten().ok_or_else(|| {
                UserError::new(format!(
                    "{what}={f}: that stage is not built before this one"
                ))
                .with_hint("name a stage defined above this one")
                .into()
            }),
            None => Ok(store.find_image(f)?),
        }
    }

    fn context(&mut self) -> anyhow::Result<&Context> {
        if self.context.is_none() {
            self.context = Some(match &self.o.ignorefile {
                Some(f) => Context::new(&self.o.context, Ignore::read(f)?)?,
                None => Context::open(&self.o.context, self.o.file_path.as_deref())?,
            });
        }
        self.context
            .as_ref()
            .ok_or_else(|| UserError::new("no build context").into())
    }

    fn copy_step(
        &mut self,
        store: &Store,
        s: &mut Stage,
        c: &CopyArgs,
        text: &str,
        add: bool,
    ) -> anyhow::Result<()> {
        let workdir = string_at(&s.config, "/config/WorkingDir").unwrap_or_else(|| "/".into());
        let mut dest_word = self.word(s, &c.dest)?;
        // `.` and `..` name directories, as a trailing slash does
        if dest_word == "."
            || dest_word == ".."
            || dest_word.ends_with("/.")
            || dest_word.ends_with("/..")
        {
            dest_word.push('/');
        }
        let dest = if dest_word.starts_with('/') {
            dest_word.clone()
        } else {
            let mut d = clean_path(&Path::new(&workdir).join(&dest_word));
            if dest_word.ends_with('/') && !d.ends_with('/') {
                d.push('/');
            }
            d
        };
        let chown = c.chown.as_deref().map(|w| self.word(s, w)).transpose()?;
        let chmod = match c.chmod.as_deref().map(|w| self.word(s, w)).transpose()? {
            Some(m) => Some(u32::from_str_radix(&m, 8).map_err(|_| {
                UserError::new(format!("invalid --chmod {m:?}: an octal mode such as 0755"))
            })?),
            None => None,
        };
        // where the sources come from: the context, an earlier stage, or an image
        let mut from_container: Option<Container> = None;
        let heredoc_dir = store.tmp_dir("heredoc")?;
        let url_dir = store.tmp_dir("add-url")?;
        let ctx: Context = match &c.from {
            Some(f) => {
                let f = self.word(s, f)?;
                let image = match self.file.stage(&f) {
                    Some(st) => self.done.get(st.index).cloned().flatten().ok_or_else(|| {
                        UserError::new(format!(
                            "COPY --from={f}: that stage is not built before this one"
                        ))
                    })?,
                    None => store.find_image(&f)?,
                };
                let o = self.container_options(s, &image.id);
                let o = CreateOptions {
                    network: "none".into(),
                    command: vec!["true".into()],
                    ..o
                };
                let created = self.engine.create(&o)?;
                let fc = Container::load(&created.prepared.dir)?;
                let merged = crate::runtime::mount_container(store, &fc)?;
                from_container = Some(fc);
                Context::new(&merged, Ignore::none())?
            }
            None => self.context()?.clone(),
        };
        let result = (|| -> anyhow::Result<()> {
            let mut selected: Vec<Selected> = Vec::new();
            let mut heredoc_ctx_sel: Vec<Selected> = Vec::new();
            let mut url_sel: Vec<Selected> = Vec::new();
            for src in &c.sources {
                match src {
                    CopySource::Path(p) => {
                        let p = self.word(s, p)?;
                        let url = p.starts_with("http://")
                            || p.starts_with("https://")
                            || p.starts_with("git@");
                        if url && !add {
                            return Err(UserError::new("source can't be a URL for COPY")
                                .with_hint("use ADD for a URL, or download it in a RUN step")
                                .into());
                        }
                        if url {
                            url_sel.push(download_source(&p, url_dir.path.as_path())?);
                            continue;
                        }
                        selected.extend(ctx.resolve(&p)?);
                    }
                    CopySource::Heredoc(h) => {
                        let body = if h.expand {
                            expand::expand_heredoc(&h.body, &s.scope, self.file.escape)?
                        } else {
                            h.body.clone()
                        };
                        let path = heredoc_dir.path.as_path().join(&h.name);
                        std::fs::write(&path, body)?;
                        let hctx = Context::new(heredoc_dir.path.as_path(), Ignore::none())?;
                        heredoc_ctx_sel.extend(hctx.resolve(&h.name)?);
                    }
                }
            }
            let hctx = Context::new(heredoc_dir.path.as_path(), Ignore::none())?;
            let hash = ctx.hash(&selected)?;
            let hhash = hctx.hash(&heredoc_ctx_sel)?;
            let uctx = Context::new(url_dir.path.as_path(), Ignore::none())?;
            let uhash = uctx.hash(&url_sel)?;
            let key = self.key(
                s,
                &[
                    if add { "ADD" } else { "COPY" },
                    &dest,
                    &hash,
                    &hhash,
                    &uhash,
                    &format!("{chown:?} {chmod:?}"),
                ],
            );
            if let Some(i) = self.cached(store, s, &key)? {
                return self.use_cached(store, s, i);
            }
            let many = selected.len() + heredoc_ctx_sel.len() + url_sel.len() > 1;
            if many && !dest.ends_with('/') {
                return Err(UserError::new(format!(
                    "adding multiple sources to non-directory destination {dest:?}"
                ))
                .with_hint("end the destination with / to copy into a directory")
                .into());
            }
            // the container the files go into
            let mut o = self.container_options(s, &s.image.id);
            o.network = "none".into();
            o.command = vec!["true".into()];
            let created = self.engine.create(&o)?;
            let target = Container::load(&created.prepared.dir)?;
            let r = (|| -> anyhow::Result<()> {
                let merged = crate::runtime::mount_container(store, &target)?;
                let (uid, gid) = resolve_owner(&merged, chown.as_deref())?;
                let mut items: Vec<(&Context, &Selected)> =
                    selected.iter().map(|x| (&ctx, x)).collect();
                items.extend(heredoc_ctx_sel.iter().map(|x| (&hctx, x)));
                items.extend(url_sel.iter().map(|x| (&uctx, x)));
                extract_into(
                    &merged,
                    &dest,
                    &items,
                    uid,
                    gid,
                    chmod,
                    add,
                    self.o.timestamp,
                )?;
                super::build_paths::ensure_workdir(&merged, &s.config)
            })();
            if let Err(e) = r {
                let _ = access::unmount_rootfs(&target.dir);
                let _ = containers::remove(&target);
                return Err(e);
            }
            let shown = format!("/bin/sh -c #(nop) {text}");
            self.commit_step(store, s, &target, shown, key)
        })();
        if let Some(fc) = from_container {
            let _ = access::unmount_rootfs(&fc.dir);
            let _ = containers::remove(&fc);
        }
        result
    }
}

fn set_env(config: &mut Value, k: &str, v: &str) {
    let c = cfg(config);
    let env = c.entry("Env").or_insert_with(|| json!([]));
    if !env.is_array() {
        *env = json!([]);
    }
    if let Some(a) = env.as_array_mut() {
        let prefix = format!("{k}=");
        let new = Value::String(format!("{k}={v}"));
        match a
            .iter_mut()
            .find(|e| e.as_str().is_some_and(|s| s.starts_with(&prefix)))
        {
            Some(e) => *e = new,
            None => a.push(new),
        }
    }
}

/// `--chown user:group` in the image's terms (names from its /etc/passwd and /etc/group).
pub(super) fn resolve_owner(merged: &Path, chown: Option<&str>) -> anyhow::Result<(u32, u32)> {
    let Some(spec) = chown else {
        return Ok((0, 0));
    };
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let lookup = |file: &str, name: &str| -> Option<(u32, u32)> {
        let p = merged.join(file);
        if !std::fs::symlink_metadata(&p).ok()?.is_file() {
            return None;
        }
        let text = std::fs::read_to_string(p).ok()?;
        text.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.first() == Some(&name)).then(|| {
                (
                    f.get(2).and_then(|x| x.parse().ok()).unwrap_or(0),
                    f.get(3).and_then(|x| x.parse().ok()).unwrap_or(0),
                )
            })
        })
    };
    let (uid, user_gid) = match u.parse::<u32>() {
        Ok(n) => (n, n),
        Err(_) => lookup("etc/passwd", u).ok_or_else(|| {
            UserError::new(format!(
                "--chown {spec}: no user {u:?} in the image's /etc/passwd"
            ))
        })?,
    };
    let gid = match g {
        None => user_gid,
        Some(g) => match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => lookup("etc/group", g).map(|(gid, _)| gid).ok_or_else(|| {
                UserError::new(format!(
                    "--chown {spec}: no group {g:?} in the image's /etc/group"
                ))
            })?,
        },
    };
    Ok((uid, gid))
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// `ADD URL`: the download, as buildah names it (the last component of the URL's path, or
/// `download` when the path has none) and makes it (mode 0600), in `dir`.
fn download_source(url: &str, dir: &Path) -> anyhow::Result<Selected> {
    use std::os::unix::fs::PermissionsExt;
    if url.starts_with("git@") {
        return Err(
            UserError::new(format!("ADD {url}: berth does not clone git sources"))
                .with_hint("clone it in a RUN step, or put it in the build context")
                .into(),
        );
    }
    let path_part = url
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(url)
        .split(['?', '#'])
        .next()
        .unwrap_or_default();
    let name = match path_part.split_once('/') {
        Some((_, p)) => p.rsplit('/').find(|c| !c.is_empty()).unwrap_or("download"),
        None => "download",
    };
    let name = if name == "." || name == ".." {
        "download"
    } else {
        name
    };
    let file = dir.join(name);
    let mut f = std::fs::File::create(&file)
        .map_err(|e| anyhow::anyhow!("creating {}: {e}", file.display()))?;
    crate::image::registry::download(url, &mut f).map_err(|e| {
        UserError::new(format!("ADD: {e}"))
            .with_hint("check that the URL is reachable from this host")
    })?;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
    let ctx = Context::new(dir, Ignore::none())?;
    let mut sel = ctx.resolve(name)?;
    let mut one = sel
        .pop()
        .ok_or_else(|| anyhow::anyhow!("ADD {url}: the download is gone"))?;
    one.source = url.to_string();
    Ok(one)
}

/// The tar of what COPY brings in, extracted into the mounted rootfs from a child whose root
/// it is (so the image's symlinks resolve inside it).
#[allow(clippy::too_many_arguments)]
fn extract_into(
    merged: &Path,
    dest: &str,
    items: &[(&Context, &Selected)],
    uid: u32,
    gid: u32,
    chmod: Option<u32>,
    add: bool,
    clamp: Option<i64>,
) -> anyhow::Result<()> {
    let into_dir = dest.ends_with('/') || items.len() > 1;
    let dest_path = PathBuf::from(dest.trim_end_matches('/'));
    let dest_path = if dest_path.as_os_str().is_empty() {
        PathBuf::from("/")
    } else {
        dest_path
    };
    // tar archives ADD extracts, and the plain copies
    for (ctx, sel) in items {
        // a download is copied as it is, never unpacked (as docker and buildah)
        let is_archive = add
            && sel.kind == FileKind::File
            && !is_url(&sel.source)
            && looks_like_archive(&sel.path);
        let (r, w) = std::io::pipe()?;
        let single_file = sel.kind != FileKind::Dir && !into_dir && !is_archive;
        let name = sel
            .rel
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| ".".into());
        // an archive's own `./` entry is the destination directory's owner and mode, as
        // buildah applies it
        let root_meta = if is_archive {
            archive_root(&sel.path, chown_if(uid, gid))
        } else {
            None
        };
        let dest_c = dest_path.clone();
        let top = name.clone();
        let (mut child, w) =
            access::spawn(&RootAccess::Chroot(merged.to_path_buf()), w, move |_st| {
                // inside the rootfs: the destination directory, then the entries
                let (dir, rebase) = if single_file {
                    if dest_c.is_dir() {
                        (dest_c.clone(), Rebase::None)
                    } else {
                        let parent = dest_c
                            .parent()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| "/".into());
                        let to = dest_c
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        (
                            parent,
                            Rebase::Rename {
                                from: top.clone(),
                                to,
                            },
                        )
                    }
                } else {
                    (dest_c.clone(), Rebase::None)
                };
                super::build_paths::mkdir_owned(&dir, uid, gid).map_err(|e| {
                    rcopy::CopyError(format!("cannot create {}: {e}", dir.display()))
                })?;
                let opts = ExtractOptions {
                    owner: Owner::Keep,
                    overwrite: true,
                    rebase,
                };
                let stats = rcopy::extract(std::io::BufReader::new(r), &dir, &opts)?;
                if let Some((mode, u, g)) = root_meta {
                    use std::os::unix::fs::PermissionsExt;
                    std::os::unix::fs::lchown(&dir, Some(u), Some(g))
                        .and_then(|()| {
                            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode))
                        })
                        .map_err(|e| {
                            rcopy::CopyError(format!("cannot set up {}: {e}", dir.display()))
                        })?;
                }
                Ok(serde_json::to_string(&stats).unwrap_or_default())
            })?;
        let mut w = std::io::BufWriter::new(w);
        let written = if is_archive {
            let f = std::fs::File::open(&sel.path)?;
            let mut rd = crate::image::layer::decompress(std::io::BufReader::new(f))?;
            retar(&mut rd, &mut w, chown_if(uid, gid))
        } else {
            write_tar(ctx, sel, &name, &mut w, uid, gid, chmod, clamp)
        };
        let flushed = w.flush();
        drop(w);
        let done = child.finish();
        done.map_err(|e| UserError::new(format!("copying {}: {}", sel.source, e.0)))?;
        written?;
        flushed?;
    }
    Ok(())
}

/// The image ID as podman's build log shortens it (11 characters).
fn build_short_id(id: &str) -> &str {
    id.get(..11).unwrap_or(id)
}

/// `/a/./b/../c` → `/a/c` (lexically, as Docker cleans a destination).
fn clean_path(p: &Path) -> String {
    let mut out: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::Normal(n) => out.push(n.to_string_lossy().into_owned()),
            std::path::Component::ParentDir => {
                out.pop();
            }
            _ => {}
        }
    }
    format!("/{}", out.join("/"))
}

fn chown_if(uid: u32, gid: u32) -> Option<(u32, u32)> {
    (uid != 0 || gid != 0).then_some((uid, gid))
}

fn looks_like_archive(p: &Path) -> bool {
    let Ok(f) = std::fs::File::open(p) else {
        return false;
    };
    let Ok(mut r) = crate::image::layer::decompress(std::io::BufReader::new(f)) else {
        return false;
    };
    let mut block = vec![0u8; 512];
    let mut n = 0;
    while n < block.len() {
        match std::io::Read::read(&mut r, &mut block[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n == 512 && rcopy::looks_like_tar(&block)
}

/// The mode and owner of a local archive's `./` entry (its first), `owner` overriding.
fn archive_root(p: &Path, owner: Option<(u32, u32)>) -> Option<(u32, u32, u32)> {
    let f = std::fs::File::open(p).ok()?;
    let rd = crate::image::layer::decompress(std::io::BufReader::new(f)).ok()?;
    let mut a = tar::Archive::new(rd);
    let mut entries = a.entries().ok()?;
    let e = entries.next()?.ok()?;
    let path = e.path_bytes();
    let root = path
        .split(|b| *b == b'/')
        .all(|c| c.is_empty() || c == b".");
    let h = e.header();
    if !root || h.entry_type() != tar::EntryType::Directory {
        return None;
    }
    let (u, g) = match owner {
        Some(o) => o,
        None => (
            u32::try_from(h.uid().ok()?).ok()?,
            u32::try_from(h.gid().ok()?).ok()?,
        ),
    };
    Some((h.mode().ok()? & 0o7777, u, g))
}

/// Copy an archive's entries (ADD of a local tar), with new owners when `--chown` says.
fn retar(
    r: &mut dyn std::io::Read,
    w: &mut dyn Write,
    owner: Option<(u32, u32)>,
) -> anyhow::Result<()> {
    let mut a = tar::Archive::new(r);
    let mut b = tar::Builder::new(w);
    for e in a.entries()? {
        let mut e = e?;
        let mut h = e.header().clone();
        if let Some((u, g)) = owner {
            h.set_uid(u64::from(u));
            h.set_gid(u64::from(g));
        }
        let path = e.path_bytes().into_owned();
        match h.entry_type() {
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = e
                    .link_name_bytes()
                    .map(|c| c.into_owned())
                    .unwrap_or_default();
                b.append_link(
                    &mut h,
                    std::ffi::OsStr::from_bytes(&path),
                    std::ffi::OsStr::from_bytes(&target),
                )?;
            }
            _ => {
                b.append_data(&mut h, std::ffi::OsStr::from_bytes(&path), &mut e)?;
            }
        }
    }
    b.finish()?;
    Ok(())
}

use std::os::unix::ffi::OsStrExt;

/// The tar of one selected source: a directory's contents, or the file itself named `name`.
#[allow(clippy::too_many_arguments)]
fn write_tar(
    ctx: &Context,
    sel: &Selected,
    name: &str,
    w: &mut dyn Write,
    uid: u32,
    gid: u32,
    chmod: Option<u32>,
    clamp: Option<i64>,
) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mut b = tar::Builder::new(w);
    let mut links: std::collections::HashMap<(u64, u64), PathBuf> =
        std::collections::HashMap::new();
    for e in ctx.walk(sel)? {
        let rel: PathBuf = if sel.kind == FileKind::Dir {
            e.dest.clone()
        } else {
            PathBuf::from(name)
        };
        if rel.as_os_str().is_empty() {
            continue; // the directory itself: its contents go into the destination
        }
        let md = std::fs::symlink_metadata(&e.path)?;
        let mut h = tar::Header::new_gnu();
        h.set_uid(u64::from(uid));
        h.set_gid(u64::from(gid));
        h.set_mode(chmod.unwrap_or(e.mode));
        let mtime = md.mtime().max(0);
        let mtime = clamp.map_or(mtime, |c| mtime.min(c.max(0)));
        h.set_mtime(mtime as u64);
        match e.kind {
            FileKind::Dir => {
                h.set_entry_type(tar::EntryType::Directory);
                h.set_size(0);
                let mut n = std::os::unix::ffi::OsStringExt::into_vec(rel.into_os_string());
                n.push(b'/');
                b.append_data(&mut h, std::ffi::OsStr::from_bytes(&n), std::io::empty())?;
            }
            FileKind::File if md.nlink() > 1 && links.contains_key(&(md.dev(), md.ino())) => {
                // another name of a file already sent: a hard link, as buildah copies it
                h.set_entry_type(tar::EntryType::Link);
                h.set_size(0);
                let first = links
                    .get(&(md.dev(), md.ino()))
                    .cloned()
                    .unwrap_or_default();
                b.append_link(&mut h, &rel, &first)?;
            }
            FileKind::File => {
                if md.nlink() > 1 {
                    links.insert((md.dev(), md.ino()), rel.clone());
                }
                h.set_entry_type(tar::EntryType::Regular);
                h.set_size(md.len());
                let f = std::fs::File::open(&e.path)?;
                b.append_data(&mut h, &rel, std::io::Read::take(f, md.len()))?;
            }
            FileKind::Symlink => {
                h.set_entry_type(tar::EntryType::Symlink);
                h.set_size(0);
                let t = e.link_target.clone().unwrap_or_default();
                b.append_link(&mut h, &rel, &t)?;
            }
            _ => {} // fifos, sockets and devices are not copied from a context
        }
    }
    b.finish()?;
    Ok(())
}

/// Apply an instruction that changes only the config (ENV, LABEL, CMD ...): build's
/// config steps, and `commit --change` / `import --change`. False for the others.
pub fn apply_config(
    config: &mut Value,
    scope: &mut Scope,
    shell: &mut Vec<String>,
    cmd_set: &mut bool,
    ins: &Instruction,
    format: Format,
    escape: char,
) -> anyhow::Result<bool> {
    let word = |w: &str, scope: &Scope| -> anyhow::Result<String> {
        Ok(expand::expand_word(w, scope, escape)?)
    };
    match ins {
        Instruction::Env(kvs) => {
            for kv in kvs {
                let k = word(&kv.key, scope)?;
                let v = word(&kv.value, scope)?;
                scope.set_env(&k, &v);
                set_env(config, &k, &v);
            }
        }
        Instruction::Label(kvs) => {
            for kv in kvs {
                let k = word(&kv.key, scope)?;
                let v = word(&kv.value, scope)?;
                let c = cfg(config);
                let labels = c.entry("Labels").or_insert_with(|| json!({}));
                if !labels.is_object() {
                    *labels = json!({});
                }
                labels[k.as_str()] = Value::String(v);
            }
        }
        Instruction::Expose(ports) => {
            for p in ports {
                for w in expand::expand_words(p, &*scope, escape)? {
                    let port = if w.contains('/') {
                        w.to_lowercase()
                    } else {
                        format!("{w}/tcp")
                    };
                    let c = cfg(config);
                    let e = c.entry("ExposedPorts").or_insert_with(|| json!({}));
                    if !e.is_object() {
                        *e = json!({});
                    }
                    e[port.as_str()] = json!({});
                }
            }
        }
        Instruction::Workdir(w) => {
            let w = word(w, scope)?;
            let cur = string_at(config, "/config/WorkingDir").unwrap_or_else(|| "/".into());
            let new = if w.starts_with('/') {
                w
            } else {
                Path::new(&cur).join(w).display().to_string()
            };
            cfg(config).insert("WorkingDir".into(), Value::String(new));
        }
        Instruction::User(u) => {
            let u = word(u, scope)?;
            cfg(config).insert("User".into(), Value::String(u));
        }
        Instruction::Volume(vs) => {
            for v in vs {
                let v = word(v, scope)?;
                let c = cfg(config);
                let e = c.entry("Volumes").or_insert_with(|| json!({}));
                if !e.is_object() {
                    *e = json!({});
                }
                e[v.as_str()] = json!({});
            }
        }
        Instruction::StopSignal(sig) => {
            let sig = word(sig, scope)?;
            crate::engine::parse_signal(&sig)?;
            cfg(config).insert("StopSignal".into(), Value::String(sig));
        }
        // the shell form of CMD and ENTRYPOINT is `/bin/sh -c` whatever SHELL says, as in
        // podman (imagebuilder); SHELL is for RUN
        Instruction::Cmd(c) => {
            let args = command_args(&default_shell(), c);
            cfg(config).insert("Cmd".into(), strings(&args));
            *cmd_set = true;
        }
        Instruction::Entrypoint(c) => {
            let args = command_args(&default_shell(), c);
            let cmd_set = *cmd_set;
            let m = cfg(config);
            m.insert("Entrypoint".into(), strings(&args));
            if !cmd_set {
                m.remove("Cmd");
            }
        }
        Instruction::Shell(v) => {
            *shell = v.clone();
            if format == Format::Docker {
                cfg(config).insert("Shell".into(), strings(v));
            }
        }
        Instruction::Healthcheck(h) => {
            let hc = match h {
                Healthcheck::None => json!({"Test": ["NONE"]}),
                Healthcheck::Check {
                    test,
                    interval,
                    timeout,
                    start_period,
                    start_interval,
                    retries,
                } => {
                    let t = match test {
                        CommandLine::Shell(t) => vec!["CMD-SHELL".to_string(), t.clone()],
                        CommandLine::Exec(v) => std::iter::once("CMD".to_string())
                            .chain(v.iter().cloned())
                            .collect(),
                    };
                    let mut hc = json!({"Test": t});
                    if let Some(d) = interval {
                        hc["Interval"] = go_duration_ns(d);
                    }
                    if let Some(d) = timeout {
                        hc["Timeout"] = go_duration_ns(d);
                    }
                    if let Some(d) = start_period {
                        hc["StartPeriod"] = go_duration_ns(d);
                    }
                    if let Some(d) = start_interval {
                        hc["StartInterval"] = go_duration_ns(d);
                    }
                    if let Some(r) = retries {
                        hc["Retries"] = Value::from(*r);
                    }
                    hc
                }
            };
            if format == Format::Docker {
                cfg(config).insert("Healthcheck".into(), hc);
            } else {
                log::warn!("HEALTHCHECK is not supported for OCI image format and will be ignored. Must use `docker` format");
            }
        }
        Instruction::Onbuild(o) => {
            if format == Format::Docker {
                let c = cfg(config);
                let e = c.entry("OnBuild").or_insert_with(|| json!([]));
                if let Some(a) = e.as_array_mut() {
                    a.push(Value::String(o.trigger.clone()));
                }
            } else {
                log::warn!("ONBUILD is not supported for OCI image format, {} will be ignored. Must use `docker` format", o.trigger);
            }
        }
        Instruction::Maintainer(m) => {
            if let Some(o) = config.as_object_mut() {
                o.insert("author".into(), Value::String(m.clone()));
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `commit --change` / `import --change`: each change is a Containerfile instruction that
/// changes the config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER,
/// VOLUME, WORKDIR).
pub fn apply_changes(config: &mut Value, changes: &[String], format: Format) -> anyhow::Result<()> {
    for c in changes {
        // one change is one instruction, whatever lines it spans (as podman reads it)
        let one = c.replace(['\r', '\n'], " ");
        let file = parser::parse(&format!("FROM scratch\n{one}\n"), "--change")?;
        let Some(ins) = file.stages.first().and_then(|s| s.instructions.get(1)) else {
            continue;
        };
        let mut scope = Scope::from_image_env(&env_of(config));
        let mut shell = vec!["/bin/sh".to_string(), "-c".to_string()];
        let mut cmd_set = true;
        if !apply_config(
            config,
            &mut scope,
            &mut shell,
            &mut cmd_set,
            &ins.value,
            format,
            file.escape,
        )? {
            return Err(UserError::new(format!(
                "invalid change {c:?} - invalid instruction {}",
                ins.value.keyword()
            ))
            .with_hint("use CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, STOPSIGNAL, USER, VOLUME or WORKDIR")
            .into());
        }
    }
    Ok(())
}

/// A RUN step exited non-zero: podman's words, and its exit code for berth's.
#[derive(Debug, thiserror::Error)]
#[error("building at STEP \"{step}\": while running runtime: exit status {status}")]
pub struct BuildStepFailed {
    pub step: String,
    pub status: i32,
    /// What the runtime printed, when berth's runtime refused to start the step.
    pub runtime_said: Option<String>,
}
