//! `--filter KEY=VALUE` on containers, as podman's `ps` and `start` take it. Filters of
//! different keys must all match; several values of one key match if any does.

use super::state::State;
use crate::error::UserError;
use crate::runtime::container::Container;

/// The keys berth knows.
const KEYS: &[&str] = &[
    "status",
    "name",
    "id",
    "ancestor",
    "label",
    "exited",
    "restart-policy",
];

/// Parsed filters.
#[derive(Debug, Clone, Default)]
pub struct Filters(Vec<(String, String)>);

impl Filters {
    pub fn parse(args: &[String]) -> Result<Filters, UserError> {
        let mut out = Vec::new();
        for f in args {
            let (k, v) = f.split_once('=').ok_or_else(|| {
                UserError::new(format!("invalid filter {f:?}"))
                    .with_hint(format!("use KEY=VALUE with a key of {}", KEYS.join(", ")))
            })?;
            if !KEYS.contains(&k) {
                return Err(UserError::new(format!("invalid filter {k:?}"))
                    .with_hint(format!("berth filters containers by {}", KEYS.join(", "))));
            }
            if k == "restart-policy"
                && !["no", "none", "always", "on-failure", "unless-stopped"].contains(&v)
            {
                // podman's words
                return Err(UserError::new(format!("{v} invalid restart policy"))
                    .with_hint("use no (or none), always, on-failure or unless-stopped"));
            }
            if k == "exited" && v.parse::<i32>().is_err() {
                return Err(UserError::new(format!("exited code out of range {v:?}"))
                    .with_hint("use the exit code as a number, e.g. exited=0"));
            }
            out.push((k.to_string(), v.to_string()));
        }
        Ok(Filters(out))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a filter of `key` was given.
    pub fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    pub fn matches(&self, c: &Container) -> bool {
        KEYS.iter().all(|key| {
            let mut of_key = self.0.iter().filter(|(k, _)| k == key).peekable();
            of_key.peek().is_none() || of_key.any(|(k, v)| one(c, k, v))
        })
    }
}

fn one(c: &Container, k: &str, v: &str) -> bool {
    match k {
        // podman: "stopped" is another word for "exited"
        "status" => State::of(c).name() == if v == "stopped" { "exited" } else { v },
        "name" => c.name().contains(v),
        "id" => c.id.starts_with(v),
        "ancestor" => c.config.image_name.contains(v) || c.config.image_id.starts_with(v),
        "label" => match v.split_once('=') {
            Some((key, val)) => c.config.labels.get(key).is_some_and(|x| x == val),
            None => c.config.labels.contains_key(v),
        },
        "exited" => {
            State::of(c) == State::Exited
                && c.state.exit_code.map(|e| e.to_string()) == Some(v.into())
        }
        "restart-policy" => {
            let name = c.config.restart_policy.name.as_str();
            let name = if name.is_empty() { "no" } else { name };
            name == v || (v == "none" && name == "no")
        }
        _ => false,
    }
}
