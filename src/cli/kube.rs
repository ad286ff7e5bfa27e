//! `berth generate kube`, `berth kube play|down` and `berth play kube` (`engine::kube` does
//! the work; this file parses and prints).

use super::Context;
use crate::engine::kube::{GenerateOptions, PlayOptions};
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum GenerateCommand {
    /// Generate Kubernetes YAML from containers or pods
    Kube(GenerateKubeArgs),
}

#[derive(Subcommand, Debug)]
pub enum KubeCommand {
    /// Generate Kubernetes YAML from containers or pods
    Generate(GenerateKubeArgs),
    /// Play a pod or deployment based on Kubernetes YAML
    Play(PlayArgs),
    /// Remove pods based on Kubernetes YAML
    Down(DownArgs),
}

#[derive(Subcommand, Debug)]
pub enum PlayCommand {
    /// Play a pod or deployment based on Kubernetes YAML
    Kube(PlayArgs),
}

#[derive(Args, Debug)]
pub struct GenerateKubeArgs {
    /// Write the YAML to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub filename: Option<PathBuf>,
    /// Also generate a Kubernetes Service (NodePort) for each pod
    #[arg(short, long)]
    pub service: bool,
    /// Containers or pods to describe
    #[arg(required = true, value_name = "CONTAINER|POD")]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PlayArgs {
    /// Remove the pods described by the YAML instead of creating them
    #[arg(long)]
    pub down: bool,
    /// Replace pods of the same names that already exist
    #[arg(long)]
    pub replace: bool,
    /// Publish a container's port to the host (in addition to the YAML's hostPorts)
    #[arg(long, value_name = "PORT")]
    pub publish: Vec<String>,
    /// Connect the pods to a network
    #[arg(long, alias = "net", value_name = "NETWORK")]
    pub network: Vec<String>,
    /// Files holding ConfigMaps for the YAML's containers
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    pub configmap: Vec<PathBuf>,
    /// Start the pods after creating them
    #[arg(long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub start: bool,
    /// Print nothing while pulling images
    #[arg(short, long)]
    pub quiet: bool,
    /// Add an annotation to the containers (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Build the images of containers that have a build directory (CONTEXT/IMAGE/Containerfile)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    pub build: Option<bool>,
    /// The directory holding the build directories (default: the current directory)
    #[arg(long, value_name = "DIR")]
    pub context_dir: Option<PathBuf>,
    /// The Kubernetes YAML file or http(s) URL (- for stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct DownArgs {
    /// The Kubernetes YAML file or http(s) URL (- for stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `--annotation KEY=VALUE`s, each value at most Kubernetes' 63 characters.
fn annotations(given: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    let max = crate::engine::kube::MAX_KUBE_ANNOTATION;
    given
        .iter()
        .map(|a| {
            let (k, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
            if v.len() > max {
                return Err(UserError::new(format!(
                    "annotation exceeds maximum size, {max}, of kubernetes annotation: {v}"
                ))
                .with_hint("shorten the annotation's value")
                .into());
            }
            Ok((k.to_string(), v.to_string()))
        })
        .collect()
}

fn read(path: &PathBuf) -> anyhow::Result<String> {
    let s = path.to_string_lossy();
    if s.starts_with("http://") || s.starts_with("https://") {
        return crate::engine::kube::fetch(&s);
    }
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    text.map_err(|e| {
        UserError::new(format!("reading {}: {e}", path.display()))
            .with_hint("name a readable Kubernetes YAML file, or - for stdin")
            .into()
    })
}

pub fn run_generate(ctx: &Context, c: GenerateCommand) -> anyhow::Result<ExitStatus> {
    let GenerateCommand::Kube(a) = c;
    let yaml = ctx.engine()?.generate_kube(&GenerateOptions {
        names: a.names,
        service: a.service,
    })?;
    match &a.filename {
        Some(f) => {
            if f.exists() {
                return Err(
                    UserError::new(format!("cannot write to {:?}: file exists", f))
                        .with_hint("remove the file or name another one")
                        .into(),
                );
            }
            std::fs::write(f, yaml).map_err(|e| {
                UserError::new(format!("writing {}: {e}", f.display()))
                    .with_hint("name a file in a writable directory")
            })?;
        }
        None => output::out(yaml.trim_end_matches('\n')),
    }
    Ok(ExitStatus::Success)
}

pub fn run_kube(ctx: &Context, c: KubeCommand) -> anyhow::Result<ExitStatus> {
    match c {
        KubeCommand::Play(a) => play(ctx, a),
        KubeCommand::Down(a) => down(ctx, &a.file),
        KubeCommand::Generate(a) => run_generate(ctx, GenerateCommand::Kube(a)),
    }
}

pub fn run_play(ctx: &Context, c: PlayCommand) -> anyhow::Result<ExitStatus> {
    let PlayCommand::Kube(a) = c;
    play(ctx, a)
}

fn down(ctx: &Context, file: &PathBuf) -> anyhow::Result<ExitStatus> {
    let ids = ctx.engine()?.kube_down(&read(file)?)?;
    if !ids.is_empty() {
        output::out("Pods stopped:");
        ids.iter().for_each(|i| output::out(i));
        output::out("Pods removed:");
        ids.iter().for_each(|i| output::out(i));
    }
    Ok(ExitStatus::Success)
}

fn play(ctx: &Context, a: PlayArgs) -> anyhow::Result<ExitStatus> {
    if a.down {
        return down(ctx, &a.file);
    }
    let annotations = annotations(&a.annotation)?;
    let configmaps = a
        .configmap
        .iter()
        .map(read)
        .collect::<anyhow::Result<Vec<_>>>()?;
    let report = ctx.engine()?.kube_play(&PlayOptions {
        yaml: read(&a.file)?,
        configmaps,
        replace: a.replace,
        publish: a.publish,
        network: a.network,
        start: a.start,
        annotations,
        build: a.build,
        context_dir: a.context_dir,
    })?;
    if a.quiet {
        return Ok(ExitStatus::Success);
    }
    if !report.volumes.is_empty() {
        output::out("Volume:");
        report.volumes.iter().for_each(|v| output::out(v));
    }
    for (pod, ctrs) in &report.pods {
        output::out("Pod:");
        output::out(pod);
        output::out(if ctrs.len() == 1 {
            "Container:"
        } else {
            "Containers:"
        });
        ctrs.iter().for_each(|c| output::out(c));
        output::out("");
    }
    Ok(ExitStatus::Success)
}
