//! `berth doctor`: the host checks of engine::doctor, each with its fix; exit 1 when one
//! blocks containers (warnings do not).

use super::Context;
use crate::engine::doctor::{self, Level};
use crate::error::ExitStatus;
use crate::output::{self, format::Format};
use clap::Args;

#[derive(Args, Debug)]
pub struct DoctorArgs {
    /// Print the findings as JSON (`json`) or through a Go template per finding
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

pub fn run(ctx: &Context, a: DoctorArgs) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let findings = doctor::run(&doctor::Inputs {
        runtime_dir: &settings.paths.runtime_dir,
        run_root: &settings.paths.run_root,
        cgroup_manager: &settings.cgroup_manager,
    });
    match Format::parse(a.format.as_deref()) {
        Format::Json => output::out(&serde_json::to_string_pretty(&findings)?),
        Format::Template { body, .. } => {
            let items: Vec<serde_json::Value> = findings
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            let s =
                output::format::render_items(&body, false, &items, &output::format::default_title)
                    .map_err(anyhow::Error::msg)?;
            output::out_raw(&s);
        }
        Format::Default => {
            let rows: Vec<output::doctor::Row> = findings
                .iter()
                .map(|x| output::doctor::Row {
                    level: match x.level {
                        Level::Ok => "ok",
                        Level::Warn => "warn",
                        Level::Block => "block",
                    },
                    check: x.check,
                    detail: &x.detail,
                    fix: &x.fix,
                })
                .collect();
            output::doctor::print(&rows);
        }
    }
    Ok(if doctor::blocked(&findings) {
        ExitStatus::External(1)
    } else {
        ExitStatus::Success
    })
}
