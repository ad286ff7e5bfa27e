//! `berth diff`: the files a container added (A), changed (C) and deleted (D), as podman
//! prints them; `--format json` gives podman's `{"changed": [...], "added": [...], "deleted": [...]}`
//! (empty lists left out, as podman does).

use super::Context;
use crate::error::{ExitStatus, UserError};
use crate::output;
use crate::runtime::diff::Kind;
use clap::Args;

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Change the output format (json)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Act on the latest container berth is aware of
    #[arg(short, long)]
    pub latest: bool,
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
}

#[derive(serde::Serialize, Default)]
struct Report {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    changed: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    added: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImageDiffArgs {
    /// Change the output format (json)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// The image, and the image to compare it with (default: its parent layer)
    #[arg(value_name = "IMAGE", required = true, num_args = 1..=2)]
    pub images: Vec<String>,
}

/// `berth image diff IMAGE [IMAGE]`.
pub fn run_image(ctx: &Context, a: ImageDiffArgs) -> anyhow::Result<ExitStatus> {
    let json = json_format(a.format.as_deref())?;
    let engine = ctx.engine()?;
    let changes = engine.image_changes(&a.images[0], a.images.get(1).map(String::as_str))?;
    print(changes, json)
}

fn json_format(f: Option<&str>) -> anyhow::Result<bool> {
    match f {
        None | Some("") => Ok(false),
        Some(f) if f.eq_ignore_ascii_case("json") => Ok(true),
        Some(_) => Err(UserError::new("only supported value for '--format' is 'json'").into()),
    }
}

pub fn run(ctx: &Context, a: DiffArgs) -> anyhow::Result<ExitStatus> {
    let json = match a.format.as_deref() {
        None | Some("") => false,
        Some(f) if f.eq_ignore_ascii_case("json") => true,
        Some(_) => {
            return Err(UserError::new("only supported value for '--format' is 'json'").into())
        }
    };
    let engine = ctx.engine()?;
    let c = match (&a.container, a.latest) {
        (Some(_), true) => {
            return Err(UserError::new("--latest and containers cannot be used together").into())
        }
        (Some(n), false) => engine.find(n)?,
        (None, true) => engine.latest()?,
        (None, false) => {
            return Err(UserError::new(
                "\"berth diff\" requires a name, id, or the \"--latest\" flag",
            )
            .into())
        }
    };
    let changes = engine.changes(&c)?;
    print(changes, json)
}

fn print(changes: Vec<crate::runtime::diff::Change>, json: bool) -> anyhow::Result<ExitStatus> {
    if json {
        let mut r = Report::default();
        for ch in changes {
            match ch.kind {
                Kind::Changed => r.changed.push(ch.path),
                Kind::Added => r.added.push(ch.path),
                Kind::Deleted => r.deleted.push(ch.path),
            }
        }
        let mut buf = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b"     ");
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
        serde::Serialize::serialize(&r, &mut ser)?;
        output::out(&String::from_utf8_lossy(&buf));
    } else {
        let text: String = changes
            .iter()
            .map(|ch| format!("{} {}\n", ch.kind.letter(), ch.path))
            .collect();
        output::out_raw(&text);
    }
    Ok(ExitStatus::Success)
}
