//! `ps --sort`: podman's orders for a list of containers (`cmd/podman/containers/ps.go`
//! `SortPsOutput`): every key ascending, so `created` is oldest first.

use crate::error::UserError;
use crate::runtime::container::Container;

/// The keys `ps --sort` takes, in podman's words for the error.
const KEYS: &str = "command, created, id, image, names, runningfor, size, or status";

/// Sort `list` by `key` as `podman ps --sort KEY` does.
pub fn sort_containers(list: &mut [Container], key: &str) -> anyhow::Result<()> {
    match key {
        "created" | "size" => {
            // the list comes newest first, ties in the order they were made: reversed, a
            // stable sort keeps the ties oldest first too
            list.reverse();
            list.sort_by_key(|c| c.config.created)
        }
        "runningfor" => list.sort_by_key(|c| c.state.started_at),
        "command" => list.sort_by(|a, b| {
            a.config
                .spec
                .process
                .args
                .join(" ")
                .cmp(&b.config.spec.process.args.join(" "))
        }),
        "id" => list.sort_by(|a, b| a.id.cmp(&b.id)),
        "image" => list.sort_by(|a, b| a.config.image_name.cmp(&b.config.image_name)),
        "names" => list.sort_by(|a, b| a.name().cmp(b.name())),
        "status" => list.sort_by_key(|c| super::State::of(c).name()),
        other => {
            return Err(
                UserError::new(format!("invalid option for --sort, options are: {KEYS}"))
                    .with_hint(format!("\"{other}\" is not one of them"))
                    .into(),
            )
        }
    }
    Ok(())
}
