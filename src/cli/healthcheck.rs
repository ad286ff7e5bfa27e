//! `run`/`create`'s healthcheck flags, as podman 4.3 names them. berth accepts them (scripts
//! such as podman-compose pass them for a compose file's `healthcheck:`) and checks their
//! syntax; running the checks is not implemented here.

use crate::error::UserError;
use clap::Args;

#[derive(Args, Debug, Default)]
pub struct HealthArgs {
    /// Set a healthcheck command for the container ('none' disables the image's)
    #[arg(long, value_name = "COMMAND")]
    pub health_cmd: Option<String>,
    /// Set an interval for the healthchecks (a value of disable results in no automatic timer setup)
    #[arg(long, value_name = "INTERVAL")]
    pub health_interval: Option<String>,
    /// The number of retries allowed before a healthcheck is considered to be unhealthy
    #[arg(long, value_name = "RETRIES")]
    pub health_retries: Option<u32>,
    /// The initialization time needed for a container to bootstrap
    #[arg(long, value_name = "PERIOD")]
    pub health_start_period: Option<String>,
    /// The maximum time allowed to complete the healthcheck before an interval is considered failed
    #[arg(long, value_name = "TIMEOUT")]
    pub health_timeout: Option<String>,
    /// Action to take once the container turns unhealthy: none, kill, restart, stop
    #[arg(long, value_name = "ACTION")]
    pub health_on_failure: Option<String>,
    /// Disable healthchecks on container
    #[arg(long)]
    pub no_healthcheck: bool,
    /// The healthcheck command (old spelling, as podman-compose passes it)
    #[arg(long, hide = true, value_name = "COMMAND")]
    pub healthcheck_command: Option<String>,
    /// The healthcheck interval (old spelling)
    #[arg(long, hide = true, value_name = "INTERVAL")]
    pub healthcheck_interval: Option<String>,
    /// The healthcheck retries (old spelling)
    #[arg(long, hide = true, value_name = "RETRIES")]
    pub healthcheck_retries: Option<u32>,
    /// The healthcheck start period (old spelling)
    #[arg(long, hide = true, value_name = "PERIOD")]
    pub healthcheck_start_period: Option<String>,
    /// The healthcheck timeout (old spelling)
    #[arg(long, hide = true, value_name = "TIMEOUT")]
    pub healthcheck_timeout: Option<String>,
}

impl HealthArgs {
    /// Podman's checks of the values: durations as Go parses them, a known action.
    pub fn validate(&self) -> anyhow::Result<()> {
        for (flag, v) in [
            ("--health-interval", &self.health_interval),
            ("--health-interval", &self.healthcheck_interval),
            ("--health-start-period", &self.health_start_period),
            ("--health-start-period", &self.healthcheck_start_period),
            ("--health-timeout", &self.health_timeout),
            ("--health-timeout", &self.healthcheck_timeout),
        ] {
            if let Some(v) = v {
                if v != "disable" && !is_go_duration(v) {
                    return Err(UserError::new(format!(
                        "invalid duration {v:?} for {flag}: time: invalid duration {v:?}"
                    ))
                    .with_hint("use a Go duration such as 30s, 1m30s or 500ms")
                    .into());
                }
            }
        }
        if let Some(a) = &self.health_on_failure {
            if !["none", "kill", "restart", "stop"].contains(&a.as_str()) {
                return Err(UserError::new(format!("invalid on-failure action {a:?}"))
                    .with_hint("use none, kill, restart or stop")
                    .into());
            }
        }
        Ok(())
    }
}

/// Go's `time.ParseDuration` syntax: `[-+]?(\d+(\.\d*)?(ns|us|µs|ms|s|m|h))+`, or `0`.
fn is_go_duration(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    if s == "0" {
        return true;
    }
    let mut rest = s;
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let num = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num == 0 {
            return false;
        }
        rest = &rest[num..];
        let unit = ["ns", "us", "µs", "ms", "s", "m", "h"]
            .iter()
            .filter(|u| rest.starts_with(**u))
            .max_by_key(|u| u.len());
        match unit {
            Some(u) => rest = &rest[u.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::is_go_duration;

    #[test]
    fn go_durations() {
        for ok in ["30s", "1m30s", "500ms", "0", "1.5h", "2h45m"] {
            assert!(is_go_duration(ok), "{ok}");
        }
        for bad in ["", "30", "s", "1x", "abc"] {
            assert!(!is_go_duration(bad), "{bad}");
        }
    }
}
