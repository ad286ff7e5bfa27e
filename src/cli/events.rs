//! `berth events`: the event log, as podman prints it.

use super::Context;
use crate::engine::events::EventsOptions;
use crate::error::ExitStatus;
use crate::output::{self, format::Format};
use crate::storage::events::Event;
use clap::Args;
use serde_json::json;

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Filter output (container=, image=, pod=, volume=, network=, event=, type=, label=)
    #[arg(short, long)]
    pub filter: Vec<String>,
    /// Format the output using a Go template or json
    #[arg(long)]
    pub format: Option<String>,
    /// Stream new events; for testing only
    #[arg(long, default_value = "true", action = clap::ArgAction::Set, hide = true,
          num_args = 0..=1, default_missing_value = "true")]
    pub stream: bool,
    /// Show all events created since timestamp
    #[arg(long)]
    pub since: Option<String>,
    /// Do not truncate the output
    #[arg(long, default_value = "true", action = clap::ArgAction::Set,
          num_args = 0..=1, default_missing_value = "true")]
    pub no_trunc: bool,
    /// Show all events until timestamp
    #[arg(long)]
    pub until: Option<String>,
}

/// podman's `ToHumanReadable`.
fn human(e: &Event, trunc: bool) -> String {
    let id = if trunc && e.id.len() > 12 {
        &e.id[..12]
    } else {
        &e.id
    };
    let t = e.time.go_string();
    match e.kind.as_str() {
        "container" | "pod" => {
            let mut s = format!(
                "{t} {} {} {id} (image={}, name={}",
                e.kind, e.status, e.image, e.name
            );
            if !e.pod_id.is_empty() {
                s.push_str(&format!(", pod_id={}", e.pod_id));
            }
            if !e.health_status.is_empty() {
                s.push_str(&format!(", health_status={}", e.health_status));
            }
            for (k, v) in e.attributes.iter().flatten() {
                s.push_str(&format!(", {k}={v}"));
            }
            s.push(')');
            s
        }
        "network" => format!(
            "{t} {} {} {id} (container={id}, name={})",
            e.kind, e.status, e.network
        ),
        "image" => format!("{t} {} {} {id} {}", e.kind, e.status, e.name),
        "system" if e.name.is_empty() => format!("{t} {} {}", e.kind, e.status),
        _ => format!("{t} {} {} {}", e.kind, e.status, e.name),
    }
}

/// The fields a `--format` template sees (podman's `events.Event`).
fn doc(e: &Event) -> serde_json::Value {
    json!({
        "ContainerExitCode": e.exit_code,
        "ID": e.id,
        "Image": e.image,
        "Name": e.name,
        "Network": e.network,
        "Status": e.status,
        "Time": e.time.go_string(),
        "Type": e.kind,
        "HealthStatus": e.health_status,
        "PodID": e.pod_id,
        "Attributes": e.attributes.clone().unwrap_or_default(),
        "Details": {"ID": e.id, "PodID": e.pod_id, "Attributes": e.attributes.clone().unwrap_or_default()},
    })
}

pub fn run(ctx: &Context, a: EventsArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let format = Format::parse(a.format.as_deref());
    let template = match &format {
        Format::Template { body, .. } => {
            Some(output::format::Template::parse(body).map_err(anyhow::Error::msg)?)
        }
        _ => None,
    };
    let o = EventsOptions {
        filters: a.filter,
        since: a.since,
        until: a.until,
        stream: a.stream,
    };
    let r = engine.events(&o, &mut |e| {
        let line = match (&format, &template) {
            (Format::Json, _) => e.to_json(),
            (_, Some(t)) => t.render(&doc(e)).map_err(anyhow::Error::msg)?,
            _ => human(e, !a.no_trunc),
        };
        // a closed stdout ends a follower quietly (main turns Reported into its status)
        output::out_line(&line)
            .map_err(|_| anyhow::Error::new(crate::error::Reported(ExitStatus::Success)))
    });
    r.map(|()| ExitStatus::Success)
}
