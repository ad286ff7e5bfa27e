//! `berth generate systemd`: systemd units for a container or a pod (`engine::systemd`).

use super::Context;
use crate::engine::systemd::SystemdOptions;
use crate::error::{ExitStatus, UserError};
use crate::output;
use clap::{Args, Subcommand};

/// `berth generate`: Kubernetes YAML (`cli::kube`) or systemd units (here).
#[derive(Subcommand, Debug)]
pub enum GenerateCommand {
    /// Generate Kubernetes YAML from containers or pods
    Kube(super::kube::GenerateKubeArgs),
    /// Generate systemd units for a container or a pod
    Systemd(SystemdArgs),
}

#[derive(Args, Debug)]
pub struct SystemdArgs {
    /// Use container/pod names instead of IDs
    #[arg(short, long)]
    pub name: bool,
    /// Create a new container or pod instead of starting an existing one
    #[arg(long)]
    pub new: bool,
    /// Generate .service files instead of printing to stdout
    #[arg(short, long)]
    pub files: bool,
    /// Systemd restart-policy
    #[arg(long, default_value = "on-failure")]
    pub restart_policy: String,
    /// Stop timeout override
    #[arg(short = 't', long = "time", visible_alias = "stop-timeout")]
    pub time: Option<u32>,
    /// Skip header generation
    #[arg(long)]
    pub no_header: bool,
    /// Systemd unit name prefix for containers
    #[arg(long, default_value = "container")]
    pub container_prefix: String,
    /// Systemd unit name prefix for pods
    #[arg(long, default_value = "pod")]
    pub pod_prefix: String,
    /// Systemd unit name separator between name/id and prefix
    #[arg(long, default_value = "-")]
    pub separator: String,
    /// Output format (json)
    #[arg(long)]
    pub format: Option<String>,
    /// The container or pod
    #[arg(value_name = "CONTAINER|POD")]
    pub target: String,
}

pub fn run_generate(ctx: &Context, c: GenerateCommand) -> anyhow::Result<ExitStatus> {
    let a = match c {
        GenerateCommand::Kube(a) => {
            return super::kube::run_generate(ctx, super::kube::GenerateCommand::Kube(a))
        }
        GenerateCommand::Systemd(a) => a,
    };
    let units = ctx.engine()?.generate_systemd(
        &a.target,
        &SystemdOptions {
            use_name: a.name,
            new: a.new,
            restart_policy: a.restart_policy,
            stop_timeout: a.time,
            no_header: a.no_header,
            container_prefix: a.container_prefix,
            pod_prefix: a.pod_prefix,
            separator: a.separator,
        },
    )?;
    if a.files {
        let cwd = std::env::current_dir()?;
        let mut written = serde_json::Map::new();
        for u in &units {
            let p = cwd.join(&u.name);
            std::fs::write(&p, &u.text).map_err(|e| {
                UserError::new(format!("writing {}: {e}", p.display()))
                    .with_hint("run it in a directory you may write")
            })?;
            written.insert(u.name.clone(), p.display().to_string().into());
            if a.format.is_none() {
                output::out(&p.display().to_string());
            }
        }
        if a.format.as_deref() == Some("json") {
            output::out(&serde_json::to_string_pretty(&written)?);
        }
        return Ok(ExitStatus::Success);
    }
    if a.format.as_deref() == Some("json") {
        let m: serde_json::Map<String, serde_json::Value> = units
            .iter()
            .map(|u| {
                (
                    u.name.trim_end_matches(".service").to_string(),
                    u.text.clone().into(),
                )
            })
            .collect();
        output::out(&serde_json::to_string_pretty(&m)?);
        return Ok(ExitStatus::Success);
    }
    for u in &units {
        output::out_raw(&format!("{}\n", u.text));
    }
    Ok(ExitStatus::Success)
}
