//! `berth image trust show|set`: the trust policy (policy.json), as podman's.

use super::Context;
use crate::config::policy;
use crate::error::ExitStatus;
use crate::output::{self, table::Table};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum TrustCommand {
    /// Display trust policy for the system
    Show(ShowArgs),
    /// Set default trust policy or a new trust policy for a registry
    Set(SetArgs),
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Display trust policy in JSON format
    #[arg(short, long)]
    pub json: bool,
    /// Do not print the column headings
    #[arg(short, long)]
    pub noheading: bool,
    /// Display raw (JSON) trust policy file
    #[arg(long)]
    pub raw: bool,
    /// The trust policy file (default: the user's, else /etc/containers/policy.json)
    #[arg(long, value_name = "PATH")]
    pub policypath: Option<PathBuf>,
    /// Path to the registries.d directory (accepted; berth keeps no lookaside stores)
    #[arg(long, value_name = "DIR", hide = true)]
    pub registrypath: Option<PathBuf>,
    /// A registry, repository or "default" (all of them when omitted)
    pub registry: Option<String>,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    /// Trust type: accept, reject, signedBy, sigstoreSigned
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub kind: String,
    /// Path of installed public key(s) to trust for the registry
    #[arg(short = 'f', long = "pubkeysfile", value_name = "FILE")]
    pub pubkeys: Vec<String>,
    /// The trust policy file (default: the user's, else /etc/containers/policy.json)
    #[arg(long, value_name = "PATH")]
    pub policypath: Option<PathBuf>,
    /// "default", or a registry or repository
    pub registry: String,
}

pub fn run(_ctx: &Context, cmd: TrustCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        TrustCommand::Set(a) => {
            let path = a.policypath.unwrap_or_else(policy::default_path);
            policy::set(&path, &a.registry, &a.kind, &a.pubkeys)?;
        }
        TrustCommand::Show(a) => {
            let path = a.policypath.unwrap_or_else(policy::default_path);
            if a.raw {
                output::out_raw(&policy::raw(&path)?);
                return Ok(ExitStatus::Success);
            }
            let mut entries = policy::show(&path)?;
            if let Some(r) = &a.registry {
                entries.retain(|e| &e.repo_name == r);
            }
            if a.json {
                output::out(&serde_json::to_string_pretty(&entries)?);
                return Ok(ExitStatus::Success);
            }
            let mut t = if a.noheading {
                Table::headless()
            } else {
                Table::new(&["TRANSPORT", "NAME", "TYPE", "ID", "STORE"])
            };
            for e in &entries {
                t.push(vec![
                    e.transport.clone(),
                    e.repo_name.clone(),
                    e.kind.clone(),
                    e.id.clone(),
                    String::new(),
                ]);
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}
