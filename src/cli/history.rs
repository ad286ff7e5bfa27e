//! `berth history` / `image history`: an image's history entries, newest first.

use super::Context;
use crate::engine::archive::HistoryEntry;
use crate::error::ExitStatus;
use crate::image::manifest::format_rfc3339;
use crate::output::{self, format::Format, table::Table};
use clap::{ArgAction, Args};
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Change the output to JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Display sizes and dates in human readable format
    #[arg(short = 'H', long, default_value_t = true, action = ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub human: bool,
    /// Do not truncate the output
    #[arg(long)]
    pub no_trunc: bool,
    /// Display the numeric IDs only
    #[arg(short, long)]
    pub quiet: bool,
    /// The image
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

/// `--format json`, with podman's field names and order.
#[derive(serde::Serialize)]
struct JsonEntry<'a> {
    id: &'a str,
    created: String,
    #[serde(rename = "CreatedBy")]
    created_by: &'a str,
    size: u64,
    #[serde(skip_serializing_if = "str::is_empty")]
    comment: &'a str,
    #[serde(rename = "Created")]
    created_again: String,
}

fn short(id: &str, no_trunc: bool) -> String {
    if no_trunc || id == "<missing>" {
        id.to_string()
    } else {
        crate::reference::short_id(id).to_string()
    }
}

/// podman cuts CREATED BY at 45 characters.
fn created_by(s: &str, no_trunc: bool) -> String {
    if no_trunc || s.chars().count() <= 45 {
        return s.to_string();
    }
    let cut: String = s.chars().take(42).collect();
    format!("{cut}...")
}

fn created(e: &HistoryEntry, human: bool) -> String {
    if human {
        output::time_ago(e.created)
    } else {
        format_rfc3339(e.created)
    }
}

pub fn run(ctx: &Context, a: HistoryArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let entries = engine.history(&a.image)?;
    if a.quiet {
        for e in &entries {
            output::out(&short(&e.id, a.no_trunc));
        }
        return Ok(ExitStatus::Success);
    }
    match Format::parse(a.format.as_deref()) {
        Format::Json => {
            let list: Vec<JsonEntry<'_>> = entries
                .iter()
                .map(|e| JsonEntry {
                    id: &e.id,
                    created: format_rfc3339(e.created),
                    created_by: &e.created_by,
                    size: e.size,
                    comment: &e.comment,
                    created_again: format_rfc3339(e.created),
                })
                .collect();
            output::out(&serde_json::to_string_pretty(&list)?);
        }
        Format::Template { body, table } => {
            let items: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({
                        "ID": short(&e.id, a.no_trunc),
                        "Created": created(e, a.human),
                        "CreatedSince": output::time_ago(e.created),
                        "CreatedAt": super::images::go_time(e.created),
                        "CreatedBy": created_by(&e.created_by, a.no_trunc),
                        "Size": output::human_size(e.size),
                        "Comment": e.comment,
                        "Tags": Value::Null,
                    })
                })
                .collect();
            let title = |f: &str| match f {
                "CreatedSince" | "CreatedAt" => "CREATED".to_string(),
                "CreatedBy" => "CREATED BY".to_string(),
                other => output::format::default_title(other),
            };
            output::out_raw(&output::format::render_items(&body, table, &items, &title)?);
        }
        Format::Default => {
            let mut t = Table::new(&["ID", "CREATED", "CREATED BY", "SIZE", "COMMENT"]);
            for e in &entries {
                t.push(vec![
                    short(&e.id, a.no_trunc),
                    created(e, a.human),
                    created_by(&e.created_by, a.no_trunc),
                    output::human_size(e.size),
                    e.comment.clone(),
                ]);
            }
            output::out_raw(&t.render());
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_created_by_as_podman() {
        let s = "/bin/sh -c #(nop) ADD file:d8f4ac02cabcb82f47b144f3d3c939f1ecb7ac809a08c860d4462159e47ebb07 in /";
        assert_eq!(
            created_by(s, false),
            "/bin/sh -c #(nop) ADD file:d8f4ac02cabcb82..."
        );
        assert_eq!(created_by(s, true), s);
        assert_eq!(created_by("short", false), "short");
    }
}
