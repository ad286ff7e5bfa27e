//! `berth secret create|ls|inspect|rm|exists`.

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output::{self, format::Format, table::Table};
use crate::storage::secrets::{Secret, SecretError};
use clap::{Args, Subcommand};
use serde_json::json;
use std::io::Read;

#[derive(Subcommand, Debug)]
pub enum SecretCommand {
    /// Create a new secret
    Create(CreateArgs),
    /// List secrets
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Inspect a secret
    Inspect(InspectArgs),
    /// Remove one or more secrets
    Rm(RmArgs),
    /// Check if a secret exists
    Exists(ExistsArgs),
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Specify secret driver
    #[arg(short, long, default_value = "file")]
    pub driver: String,
    /// Specify driver specific options
    #[arg(long)]
    pub driver_opts: Vec<String>,
    /// Read secret data from environment variable
    #[arg(long)]
    pub env: bool,
    /// Specify labels on the secret
    #[arg(short, long)]
    pub label: Vec<String>,
    /// Replace the secret of that name if there is one
    #[arg(long)]
    pub replace: bool,
    pub name: String,
    /// FILE, `-` for stdin, or with --env the variable's name
    pub file: String,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Filter secret output (name=, id=)
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Format secret output using a Go template or json
    #[arg(long)]
    pub format: Option<String>,
    /// Do not print headers
    #[arg(short, long)]
    pub noheading: bool,
    /// Print secret IDs only
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Format inspect output using a Go template or json
    #[arg(short, long)]
    pub format: Option<String>,
    /// Print inspect output in human-readable format
    #[arg(long)]
    pub pretty: bool,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Remove all secrets
    #[arg(short, long)]
    pub all: bool,
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    pub name: String,
}

fn labels_of(given: &[String]) -> std::collections::BTreeMap<String, String> {
    given
        .iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// podman's `SecretInfoReport`.
fn doc(s: &Secret) -> serde_json::Value {
    json!({
        "ID": s.id,
        "CreatedAt": s.created_at,
        "UpdatedAt": s.created_at,
        "Spec": {
            "Name": s.name,
            "Driver": {"Name": s.driver, "Options": s.driver_options},
            "Labels": s.labels,
        },
    })
}

fn created_secs(s: &Secret) -> i64 {
    crate::storage::events::Time::parse_rfc3339(&s.created_at, true)
        .map(|t| t.secs())
        .unwrap_or(0)
}

pub fn run(ctx: &Context, cmd: SecretCommand) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    match cmd {
        SecretCommand::Create(a) => {
            if a.driver != "file" {
                return Err(UserError::new(format!(
                    "secret driver {:?} is not supported",
                    a.driver
                ))
                .with_hint("berth keeps secrets with the file driver (the default)")
                .into());
            }
            let data = if a.env {
                std::env::var(&a.file)
                    .map_err(|_| {
                        UserError::new(format!(
                            "cannot create store secret data: environment variable {} is not set",
                            a.file
                        ))
                    })?
                    .into_bytes()
            } else if a.file == "-" {
                let mut b = Vec::new();
                std::io::stdin().read_to_end(&mut b)?;
                b
            } else {
                std::fs::read(&a.file)
                    .map_err(|e| UserError::new(format!("open {}: {e}", a.file)))?
            };
            let s = engine.secret_create(&a.name, &data, labels_of(&a.label), a.replace)?;
            output::out(&s.id);
        }
        SecretCommand::Ls(a) => {
            let mut list = engine.secret_list()?;
            for f in &a.filter {
                let (k, v) = f.split_once('=').ok_or_else(|| {
                    UserError::new(format!("invalid filter {f:?}"))
                        .with_hint("use name=NAME or id=ID")
                })?;
                match k {
                    "name" => list.retain(|s| s.name.contains(v)),
                    "id" => list.retain(|s| s.id.starts_with(v)),
                    _ => {
                        return Err(UserError::new(format!("invalid filter {k:?}"))
                            .with_hint("use name=NAME or id=ID")
                            .into())
                    }
                }
            }
            if a.quiet {
                for s in &list {
                    output::out(&s.id);
                }
                return Ok(ExitStatus::Success);
            }
            let items: Vec<serde_json::Value> = list
                .iter()
                .map(|s| {
                    json!({
                        "ID": s.id,
                        "Name": s.name,
                        "Driver": s.driver,
                        "CreatedAt": output::time_ago(created_secs(s)),
                        "UpdatedAt": output::time_ago(created_secs(s)),
                    })
                })
                .collect();
            match Format::parse(a.format.as_deref()) {
                Format::Json => output::out(&serde_json::to_string_pretty(&items)?),
                Format::Template { body, table } => output::out_raw(
                    &output::format::render_items(
                        &body,
                        table && !a.noheading,
                        &items,
                        &output::format::default_title,
                    )
                    .map_err(anyhow::Error::msg)?,
                ),
                Format::Default => {
                    let mut t = if a.noheading {
                        Table::headless()
                    } else {
                        Table::new(&["ID", "NAME", "DRIVER", "CREATED", "UPDATED"])
                    };
                    for i in &items {
                        t.push(
                            ["ID", "Name", "Driver", "CreatedAt", "UpdatedAt"]
                                .iter()
                                .map(|k| i[*k].as_str().unwrap_or_default().to_string())
                                .collect(),
                        );
                    }
                    output::out_raw(&t.render());
                }
            }
        }
        SecretCommand::Inspect(a) => {
            let mut docs = Vec::new();
            let mut failed: Option<SecretError> = None;
            for n in &a.names {
                match engine.secret_lookup(n) {
                    Ok(s) => docs.push(doc(&s)),
                    Err(e) => {
                        if let Some(prev) = failed.replace(e) {
                            output::err(&format!("Error: {prev}"));
                        }
                    }
                }
            }
            match Format::parse(a.format.as_deref()) {
                Format::Template { body, .. } => output::out_raw(
                    &output::format::render_items(
                        &body,
                        false,
                        &docs,
                        &output::format::default_title,
                    )
                    .map_err(anyhow::Error::msg)?,
                ),
                _ if a.pretty => {
                    for d in &docs {
                        output::out(&format!(
                            "ID:              {}",
                            d["ID"].as_str().unwrap_or_default()
                        ));
                        output::out(&format!(
                            "Name:            {}",
                            d["Spec"]["Name"].as_str().unwrap_or_default()
                        ));
                        output::out(&format!(
                            "Driver:          {}",
                            d["Spec"]["Driver"]["Name"].as_str().unwrap_or_default()
                        ));
                        output::out(&format!(
                            "Created at:      {}",
                            d["CreatedAt"].as_str().unwrap_or_default()
                        ));
                        output::out(&format!(
                            "Updated at:      {}",
                            d["UpdatedAt"].as_str().unwrap_or_default()
                        ));
                    }
                }
                _ => output::out(&serde_json::to_string_pretty(&docs)?),
            }
            if let Some(e) = failed {
                return Err(e.into());
            }
        }
        SecretCommand::Rm(a) => {
            if a.all != a.names.is_empty() {
                return Err(UserError::new(
                    "`berth secret rm` requires one argument, or the --all flag",
                )
                .into());
            }
            let names: Vec<String> = if a.all {
                engine.secret_list()?.into_iter().map(|s| s.id).collect()
            } else {
                a.names
            };
            let mut failed: Option<SecretError> = None;
            for n in &names {
                match engine.secret_remove(n) {
                    Ok(s) => output::out(&s.id),
                    Err(e) => {
                        if let Some(prev) = failed.replace(e) {
                            output::err(&format!("Error: {prev}"));
                        }
                    }
                }
            }
            if let Some(e) = failed {
                return Err(e.into());
            }
        }
        SecretCommand::Exists(a) => {
            return match engine.secret_lookup(&a.name) {
                Ok(_) => Ok(ExitStatus::Success),
                Err(SecretError::NotFound(_)) => Ok(ExitStatus::External(1)),
                Err(e) => Err(e.into()),
            };
        }
    }
    Ok(ExitStatus::Success)
}
