//! Healthchecks: the `--health-*` flags (or the image's HEALTHCHECK) made into the check a
//! container keeps, and `healthcheck run`. The check itself runs in `runtime::health`.

use super::Engine;
use crate::error::UserError;
use crate::runtime::container::Container;
use crate::runtime::health::{self, CheckError, HealthConfig};
use std::time::Duration;

/// The `--health-*` flags as given.
#[derive(Debug, Clone, Default)]
pub struct HealthOptions {
    pub cmd: Option<String>,
    pub interval: Option<String>,
    pub retries: Option<u32>,
    pub timeout: Option<String>,
    pub start_period: Option<String>,
    pub on_failure: Option<String>,
    /// `--no-healthcheck`: none, also not the image's.
    pub disable: bool,
}

fn duration(flag: &str, s: &str) -> Result<Duration, UserError> {
    crate::build::parser::parse_go_duration(s).ok_or_else(|| {
        UserError::new(format!("invalid {flag}: time: invalid duration {s:?}"))
            .with_hint("give a duration such as 30s, 1m30s or 500ms")
    })
}

/// podman's reading of `--health-cmd`: a JSON array is the exec form (`["CMD", ...]`,
/// `["CMD-SHELL", "..."]`, or plain arguments); anything else is a shell command; `none`
/// disables the check.
fn test_of(cmd: &str) -> Result<Vec<String>, UserError> {
    let (arr, is_arr) = match serde_json::from_str::<Vec<String>>(cmd) {
        Ok(a) => (a, true),
        Err(_) => (cmd.splitn(2, ' ').map(str::to_string).collect(), false),
    };
    let first = arr.first().map(|s| s.to_uppercase()).unwrap_or_default();
    if arr.is_empty() || cmd.trim().is_empty() {
        return Err(
            UserError::new("must define a healthcheck command for all healthchecks").with_hint(
                "give --health-cmd a command, e.g. --health-cmd 'curl -f http://localhost/'",
            ),
        );
    }
    Ok(match first.as_str() {
        "NONE" => vec!["NONE".to_string()],
        "CMD" if is_arr => arr,
        "CMD" => cmd.split_whitespace().map(str::to_string).collect(),
        "CMD-SHELL" => arr,
        _ if is_arr && arr.len() > 1 => std::iter::once("CMD".to_string()).chain(arr).collect(),
        _ => vec!["CMD-SHELL".to_string(), arr.join(" ")],
    })
}

impl HealthOptions {
    /// The container's check: the flags over the image's HEALTHCHECK (`image` is the image
    /// config's `Healthcheck` object), None when there is none.
    pub fn resolve(
        &self,
        image: Option<&serde_json::Value>,
    ) -> Result<Option<HealthConfig>, UserError> {
        if self.disable {
            return Ok(None);
        }
        let mut hc = match (&self.cmd, image) {
            (Some(cmd), _) => HealthConfig {
                test: test_of(cmd)?,
                ..HealthConfig::default()
            },
            (None, Some(img)) => {
                let ns = |k: &str| img.get(k).and_then(serde_json::Value::as_u64).unwrap_or(0);
                HealthConfig {
                    test: img
                        .get("Test")
                        .and_then(|t| serde_json::from_value(t.clone()).ok())
                        .unwrap_or_default(),
                    interval: ns("Interval"),
                    timeout: ns("Timeout"),
                    start_period: ns("StartPeriod"),
                    retries: u32::try_from(ns("Retries")).unwrap_or(3),
                    on_failure: String::new(),
                }
            }
            (None, None) => return Ok(None),
        };
        if hc.test.first().map(String::as_str) == Some("NONE") || hc.test.is_empty() {
            return Ok(None);
        }
        // the defaults, for what neither the flags nor the image say
        if hc.interval == 0 {
            hc.interval = 30_000_000_000;
        }
        if hc.timeout == 0 {
            hc.timeout = 30_000_000_000;
        }
        if hc.retries == 0 {
            hc.retries = 3;
        }
        if let Some(i) = &self.interval {
            hc.interval = if i == "disable" {
                0
            } else {
                duration("healthcheck-interval", i)?.as_nanos() as u64
            };
        }
        if let Some(r) = self.retries {
            if r < 1 {
                return Err(UserError::new("healthcheck-retries must be greater than 0")
                    .with_hint("give --health-retries 1 or more"));
            }
            hc.retries = r;
        }
        if let Some(t) = &self.timeout {
            let d = duration("healthcheck-timeout", t)?;
            if d < Duration::from_secs(1) {
                return Err(
                    UserError::new("healthcheck-timeout must be at least 1 second")
                        .with_hint("give --health-timeout 1s or more"),
                );
            }
            hc.timeout = d.as_nanos() as u64;
        }
        if let Some(s) = &self.start_period {
            hc.start_period = duration("healthcheck-start-period", s)?.as_nanos() as u64;
        }
        hc.on_failure = match self.on_failure.as_deref().unwrap_or("none") {
            a @ ("none" | "kill" | "restart" | "stop") => a.to_string(),
            other => {
                return Err(UserError::new(format!(
                    "invalid on-failure action {other:?} for health check"
                ))
                .with_hint("use one of none, kill, restart, stop"))
            }
        };
        Ok(Some(hc))
    }
}

impl Engine {
    /// `healthcheck run`: one check now; Ok(true) when it passed.
    pub fn healthcheck_run(&self, c: &Container) -> anyhow::Result<bool> {
        let hint = |e: CheckError| -> anyhow::Error {
            let hint = match &e {
                CheckError::NotDefined(_) => {
                    "create the container with --health-cmd, or from an image with a HEALTHCHECK"
                }
                CheckError::NotRunning(_) => "start it first: `berth start NAME`",
                CheckError::Internal(..) => "check `berth inspect` and the container's log",
            };
            UserError::new(e.to_string()).with_hint(hint).into()
        };
        // the same checks podman makes before running it
        let hc = c
            .config
            .healthcheck
            .as_ref()
            .ok_or_else(|| hint(CheckError::NotDefined(c.id.clone())))?;
        if hc.command().is_none() {
            return Err(hint(CheckError::NotDefined(c.id.clone())));
        }
        if !c.state.is_alive() || c.state.paused {
            return Err(hint(CheckError::NotRunning(c.id.clone())));
        }
        // the check joins the container in a child process: this one stays where it is
        let outcome = health::check(&c.dir, &c.config).map_err(hint)?;
        if !c.config.no_events {
            let mut e = c.config.event("health_status");
            e.health_status = outcome.status.clone();
            crate::storage::events::emit(e);
        }
        if outcome.status == health::UNHEALTHY {
            health::on_failure(&c.dir, &c.config);
        }
        // as podman: this check's result (the container's status also counts the streak)
        Ok(outcome.exit_code == 0)
    }
}
