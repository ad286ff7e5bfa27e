//! `berth healthcheck run` and the `--health-*` flags of run/create.

use super::Context;
use crate::engine::health::HealthOptions;
use crate::error::ExitStatus;
use clap::{Args, Subcommand};

/// The healthcheck flags of `run` and `create` (the `--healthcheck-*` spellings, which
/// podman-compose 1.0 passes, are aliases).
#[derive(Args, Debug, Default)]
pub struct HealthArgs {
    /// Set a healthcheck command for the container ('none' disables the image's)
    #[arg(long, alias = "healthcheck-command", value_name = "COMMAND")]
    pub health_cmd: Option<String>,
    /// Time between healthchecks (a duration, or 'disable')
    #[arg(long, alias = "healthcheck-interval", value_name = "INTERVAL")]
    pub health_interval: Option<String>,
    /// Consecutive failures before the container is unhealthy
    #[arg(long, alias = "healthcheck-retries", value_name = "RETRIES")]
    pub health_retries: Option<u32>,
    /// Time the container has to start before failures count (a duration)
    #[arg(long, alias = "healthcheck-start-period", value_name = "PERIOD")]
    pub health_start_period: Option<String>,
    /// The longest a healthcheck may take (a duration)
    #[arg(long, alias = "healthcheck-timeout", value_name = "TIMEOUT")]
    pub health_timeout: Option<String>,
    /// What an unhealthy container gets: none, kill, restart or stop
    #[arg(long, value_name = "ACTION")]
    pub health_on_failure: Option<String>,
    /// Disable healthchecks on the container
    #[arg(long)]
    pub no_healthcheck: bool,
}

impl HealthArgs {
    pub fn options(self) -> HealthOptions {
        HealthOptions {
            cmd: self.health_cmd,
            interval: self.health_interval,
            retries: self.health_retries,
            timeout: self.health_timeout,
            start_period: self.health_start_period,
            on_failure: self.health_on_failure,
            disable: self.no_healthcheck,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum HealthcheckCommand {
    /// Run the health check of a container
    Run(RunArgs),
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// The container
    pub container: String,
}

pub fn run(ctx: &Context, cmd: HealthcheckCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        HealthcheckCommand::Run(a) => {
            let engine = ctx.engine()?;
            let c = engine.find(&a.container)?;
            if engine.healthcheck_run(&c)? {
                Ok(ExitStatus::Success)
            } else {
                // podman's word, on stdout
                crate::output::out("unhealthy");
                Ok(ExitStatus::External(1))
            }
        }
    }
}
