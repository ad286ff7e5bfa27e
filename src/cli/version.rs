//! `berth version`.

use super::Context;
use crate::error::ExitStatus;
use crate::output::{self, format::Format};
use clap::Args;
use serde_json::json;

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// Change the output format to JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
}

pub fn run(_ctx: &Context, a: VersionArgs) -> anyhow::Result<ExitStatus> {
    let arch = crate::image::manifest::host_arch();
    let v = json!({
        "Client": {
            "APIVersion": env!("CARGO_PKG_VERSION"),
            "Version": env!("CARGO_PKG_VERSION"),
            "GoVersion": "",
            "GitCommit": "",
            "BuiltTime": "",
            "Built": 0,
            "OsArch": format!("linux/{arch}"),
            "Os": "linux",
        }
    });
    match Format::parse(a.format.as_deref()) {
        Format::Json => output::out(&serde_json::to_string_pretty(&v)?),
        Format::Template { body, .. } => {
            // podman's templates see the local engine as the server too
            let mut v = v;
            v["Server"] = v["Client"].clone();
            let s =
                output::format::render_items(&body, false, &[v], &output::format::default_title)
                    .map_err(anyhow::Error::msg)?;
            output::out_raw(&s);
        }
        Format::Default => {
            output::out(&format!(
                "Client:       berth\nVersion:      {}\nOS/Arch:      linux/{arch}",
                env!("CARGO_PKG_VERSION")
            ));
        }
    }
    Ok(ExitStatus::Success)
}
