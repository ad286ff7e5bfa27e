//! `berth manifest create|add|annotate|inspect|push|rm|remove|exists`: multi-architecture
//! lists (see `image::list`).

use super::pull::{parse_creds, Progress, RegistryArgs};
use super::Context;
use crate::config::registries::RegistriesConf;
use crate::error::{ExitStatus, UserError};
use crate::image::list::{self, ListFormat};
use crate::image::push::PushOptions;
use crate::image::registry::RegistryOptions;
use crate::image::write::Format;
use crate::output;
use crate::reference::Reference;
use crate::storage::lists::{self as lists, Instance, ListRecord};
use crate::storage::{Store, StoreError};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum ManifestCommand {
    /// Create a manifest list (of the images given)
    Create(CreateArgs),
    /// Add an image (a local one, or a registry's) to a manifest list
    Add(AddArgs),
    /// Set the platform or annotations of an image in a manifest list
    Annotate(AnnotateArgs),
    /// Display a manifest list (a local one, or a registry's manifest)
    Inspect(InspectArgs),
    /// Push a manifest list (and with --all, its images) to a registry
    Push(PushArgs),
    /// Remove manifest lists
    Rm(RmArgs),
    /// Remove an image from a manifest list
    Remove(RemoveArgs),
    /// Check if a manifest list exists
    Exists(ExistsArgs),
}

#[derive(Args, Debug)]
pub struct RemoteArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Use `USERNAME[:PASSWORD]` for accessing the registry
    #[arg(long, value_name = "USERNAME[:PASSWORD]")]
    pub creds: Option<String>,
    /// Neither require HTTPS nor verify certificates when accessing the registry
    #[arg(long)]
    pub insecure: bool,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// The list's name
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Images to put in it
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Add all of the lists' images if the images to add are lists
    #[arg(long)]
    pub all: bool,
    /// Modify an existing list if one with the desired name already exists
    #[arg(short, long)]
    pub amend: bool,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

#[derive(Args, Debug, Default)]
pub struct PlatformArgs {
    /// Override the architecture of the image
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Override the OS of the image
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Override the OS version of the image
    #[arg(long, value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Override the OS features of the image
    #[arg(long, value_name = "FEATURES", value_delimiter = ',')]
    pub os_features: Vec<String>,
    /// Override the variant of the image
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// Override the features of the image
    #[arg(long, value_name = "FEATURES", value_delimiter = ',')]
    pub features: Vec<String>,
    /// Set an annotation of the image (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// A local image, or a registry's (`docker://REF` or REF)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Add all of the list's images if the image is a list
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub platform: PlatformArgs,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

#[derive(Args, Debug)]
pub struct AnnotateArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// The instance: its digest, or a local image in the list
    #[arg(value_name = "IMAGE")]
    pub image: String,
    #[command(flatten)]
    pub platform: PlatformArgs,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// A local manifest list, or a registry's image
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Require HTTPS and verify certificates when contacting registries
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Path of the authentication file
    #[arg(long, value_name = "PATH", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Neither require HTTPS nor verify certificates when accessing the registry
    #[arg(long)]
    pub insecure: bool,
    /// Accepted for podman's sake (the output is the whole list)
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Where to push it (`docker://REF` or REF; default: the list's name)
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
    /// Also push the images in the list
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub all: bool,
    /// Remove the manifest list if push succeeds
    #[arg(long)]
    pub rm: bool,
    /// Manifest type (oci or v2s2) of the list and its images
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write the digest of the pushed list to the specified file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// Don't output progress information
    #[arg(short, long)]
    pub quiet: bool,
    /// Don't copy signatures when pushing images
    #[arg(long)]
    pub remove_signatures: bool,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[arg(value_name = "LIST", required = true)]
    pub lists: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// The digest of the instance to remove
    #[arg(value_name = "DIGEST")]
    pub digest: String,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
}

pub fn run(ctx: &Context, c: ManifestCommand) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let store = Store::open(&settings.paths.graph_root, false)?;
    match c {
        ManifestCommand::Create(a) => create(&store, a),
        ManifestCommand::Add(a) => add(&store, a),
        ManifestCommand::Annotate(a) => annotate(&store, a),
        ManifestCommand::Inspect(a) => inspect(&store, a),
        ManifestCommand::Push(a) => push(&store, a),
        ManifestCommand::Rm(a) => rm(&store, a),
        ManifestCommand::Remove(a) => remove(&store, a),
        ManifestCommand::Exists(a) => Ok(match find(&store, &a.list) {
            Ok(_) => ExitStatus::Success,
            Err(_) => ExitStatus::External(1),
        }),
    }
}

/// The stored name of a list: short names under localhost/, `:latest` when untagged.
fn list_name(name: &str) -> anyhow::Result<String> {
    super::tag::normalize_name(name)
}

pub(crate) fn find(store: &Store, name: &str) -> anyhow::Result<ListRecord> {
    let all = store.lists()?;
    let full = list_name(name).ok();
    full.as_deref()
        .and_then(|f| lists::find(&all, f))
        .or_else(|| lists::find(&all, name))
        .cloned()
        .ok_or_else(|| StoreError::ListNotKnown(name.to_string()).into())
}

fn registry_options(r: &RemoteArgs, insecure_conf: bool) -> RegistryOptions {
    RegistryOptions {
        tls_verify: if r.insecure {
            Some(false)
        } else {
            r.registry.tls_verify
        },
        insecure: insecure_conf,
        authfile: r.registry.authfile.clone(),
        creds: r.creds.as_deref().map(parse_creds),
        cert_dir: r.registry.cert_dir.clone(),
        retries: 3,
        retry_delay: None,
    }
}

/// The instances `image` adds: a local image (unless written `docker://`), or a registry's.
fn instances_of(
    store: &Store,
    image: &str,
    all: bool,
    remote: &RemoteArgs,
) -> anyhow::Result<Vec<Instance>> {
    if let Some(local) = image.strip_prefix("containers-storage:") {
        return Ok(vec![list::local_instance(
            store,
            &store.find_image(local)?,
        )?]);
    }
    if !image.starts_with("docker://") {
        if let Ok(i) = store.find_image(image) {
            return Ok(vec![list::local_instance(store, &i)?]);
        }
    }
    let reference = super::push::destination(image)?;
    let regs = RegistriesConf::load()?;
    let opts = registry_options(remote, regs.is_insecure(&reference.registry));
    let rt = super::runtime()?;
    Ok(rt.block_on(list::remote_instances(store, &reference, &opts, all))?)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn create(store: &Store, a: CreateArgs) -> anyhow::Result<ExitStatus> {
    let name = list_name(&a.list)?;
    let mut adding = Vec::new();
    for i in &a.images {
        adding.extend(instances_of(store, i, a.all, &a.remote)?);
    }
    let exists_as_image = store.find_image(&name).is_ok();
    let id = store.update_lists(|all| {
        if let Some(l) = all.iter_mut().find(|l| l.names.contains(&name)) {
            if !a.amend {
                return Ok(Err(l.id.clone()));
            }
            for i in adding {
                l.put(i);
            }
            return Ok(Ok(l.id.clone()));
        }
        let mut l = ListRecord {
            id: crate::runtime::new_id(),
            names: vec![name.clone()],
            created: now(),
            instances: Vec::new(),
            annotations: Default::default(),
        };
        for i in adding {
            l.put(i);
        }
        let id = l.id.clone();
        all.push(l);
        Ok(Ok(id))
    })?;
    match id {
        Ok(id) => {
            if exists_as_image {
                output::warn(&format!(
                    "{name} also names an image; berth manifest commands act on the list"
                ));
            }
            output::out(&id);
            Ok(ExitStatus::Success)
        }
        Err(_) => Err(UserError::new(format!(
            "creating manifest list {name}: a manifest list with that name already exists"
        ))
        .with_hint("use --amend to add to it, or `berth manifest rm` it first")
        .into()),
    }
}

/// Apply --arch, --os, ... and --annotation to an instance.
fn apply(p: &PlatformArgs, i: &mut Instance) -> anyhow::Result<()> {
    if let Some(v) = &p.arch {
        i.platform.architecture = v.clone();
    }
    if let Some(v) = &p.os {
        i.platform.os = v.clone();
    }
    if let Some(v) = &p.os_version {
        i.platform.os_version = v.clone();
    }
    if let Some(v) = &p.variant {
        i.platform.variant = v.clone();
    }
    if !p.os_features.is_empty() {
        i.platform.os_features = p.os_features.clone();
    }
    if !p.features.is_empty() {
        i.platform.features = p.features.clone();
    }
    for kv in &p.annotation {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(
                UserError::new(format!("no value given for annotation {kv:?}"))
                    .with_hint("write it as --annotation KEY=VALUE")
                    .into(),
            );
        };
        i.annotations.insert(k.to_string(), v.to_string());
    }
    Ok(())
}

fn add(store: &Store, a: AddArgs) -> anyhow::Result<ExitStatus> {
    let l = find(store, &a.list)?;
    let mut adding = instances_of(store, &a.image, a.all, &a.remote)?;
    for i in &mut adding {
        apply(&a.platform, i)?;
    }
    store.update_lists(|all| {
        if let Some(x) = all.iter_mut().find(|x| x.id == l.id) {
            for i in adding {
                x.put(i);
            }
        }
        Ok(())
    })?;
    output::out(&l.id);
    Ok(ExitStatus::Success)
}

/// The instance `what` names in `l`: a digest, or a local image of the list.
fn instance_index(store: &Store, l: &ListRecord, what: &str) -> anyhow::Result<usize> {
    if let Some(i) = l.instances.iter().position(|i| i.digest == what) {
        return Ok(i);
    }
    if let Ok(img) = store.find_image(what) {
        if let Some(i) = l
            .instances
            .iter()
            .position(|i| i.image.as_deref() == Some(img.id.as_str()) || i.digest == img.digest)
        {
            return Ok(i);
        }
    }
    Err(crate::image::list::ListError::NoInstance(what.to_string()).into())
}

fn annotate(store: &Store, a: AnnotateArgs) -> anyhow::Result<ExitStatus> {
    let l = find(store, &a.list)?;
    let k = instance_index(store, &l, &a.image)?;
    let mut inst = l.instances[k].clone();
    apply(&a.platform, &mut inst)?;
    store.update_lists(|all| {
        if let Some(x) = all.iter_mut().find(|x| x.id == l.id) {
            if let Some(slot) = x.instances.get_mut(k) {
                *slot = inst;
            }
        }
        Ok(())
    })?;
    output::out(&l.id);
    Ok(ExitStatus::Success)
}

fn inspect(store: &Store, a: InspectArgs) -> anyhow::Result<ExitStatus> {
    if let Ok(l) = find(store, &a.image) {
        let bytes = list::render(&l, &l.instances, ListFormat::Docker, true);
        output::out(&String::from_utf8_lossy(&bytes));
        return Ok(ExitStatus::Success);
    }
    let reference = super::push::destination(&a.image)?;
    let regs = RegistriesConf::load()?;
    let remote = RemoteArgs {
        registry: RegistryArgs {
            authfile: a.authfile,
            cert_dir: None,
            tls_verify: a.tls_verify,
        },
        creds: None,
        insecure: a.insecure,
    };
    let opts = registry_options(&remote, regs.is_insecure(&reference.registry));
    let rt = super::runtime()?;
    let bytes = rt.block_on(list::inspect_remote(&reference, &opts))?;
    output::out(&String::from_utf8_lossy(&bytes));
    Ok(ExitStatus::Success)
}

fn push(store: &Store, a: PushArgs) -> anyhow::Result<ExitStatus> {
    let l = find(store, &a.list)?;
    let (list_format, format) = match a.format.as_deref() {
        None => (ListFormat::Docker, None),
        Some("oci") => (ListFormat::Oci, Some(Format::Oci)),
        Some("v2s2") => (ListFormat::Docker, Some(Format::Docker)),
        Some(f) => {
            return Err(UserError::new(format!("unrecognized manifest type {f:?}"))
                .with_hint("use --format oci or --format v2s2")
                .into())
        }
    };
    let dest_name = a
        .destination
        .clone()
        .unwrap_or_else(|| l.names.first().cloned().unwrap_or_default());
    let dest: Reference = super::push::destination(&dest_name)?;
    let regs = RegistriesConf::load()?;
    let opts = PushOptions {
        registry: registry_options(&a.remote, regs.is_insecure(&dest.registry)),
        format,
        compression: None,
        parallel: 4,
        by_digest: false,
    };
    // images' layers without a kept blob are packed from files owned by the namespace's ids
    if a.all && l.instances.iter().any(|i| i.image.is_some()) {
        super::enter_userns()?;
    }
    let progress = Progress::new(a.quiet);
    let rt = super::runtime()?;
    let pushed = rt.block_on(list::push_list(
        store,
        &l,
        &dest,
        &opts,
        a.all,
        list_format,
        &progress,
    ))?;
    if let Some(path) = &a.digestfile {
        fs_err::write(path, &pushed.digest)?;
    }
    if a.rm {
        store.update_lists(|all| {
            all.retain(|x| x.id != l.id);
            Ok(())
        })?;
    }
    Ok(ExitStatus::Success)
}

fn rm(store: &Store, a: RmArgs) -> anyhow::Result<ExitStatus> {
    let mut status = ExitStatus::Success;
    for name in &a.lists {
        match find(store, name) {
            Ok(l) => {
                crate::engine::image::remove_list(store, &l)?;
                for n in &l.names {
                    output::out(&format!("Untagged: {n}"));
                }
                output::out(&format!("Deleted: {}", l.id));
            }
            Err(e) => {
                output::err(&format!("Error: {e}"));
                status = ExitStatus::External(1);
            }
        }
    }
    Ok(status)
}

fn remove(store: &Store, a: RemoveArgs) -> anyhow::Result<ExitStatus> {
    let l = find(store, &a.list)?;
    let k = instance_index(store, &l, &a.digest)?;
    store.update_lists(|all| {
        if let Some(x) = all.iter_mut().find(|x| x.id == l.id) {
            x.instances.remove(k);
        }
        Ok(())
    })?;
    output::out(&l.id);
    Ok(ExitStatus::Success)
}
