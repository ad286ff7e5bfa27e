//! The engine: every operation on containers, below `cli/` and above the runtime, as podman's
//! `pkg/domain` is below `cmd/podman`. `cli/` turns flags and config files into the plain
//! option structs here, calls one function, and prints what comes back; the engine never
//! prints (warnings go through `log`) and never sees a clap type.
//!
//! - `namespace`: the one way into berth's user namespace (or a container's).
//! - `state`: the state machine; every guard of every command.
//! - `create`: options → a container on disk (image found or pulled, spec built, prepared),
//!   then run in the foreground, detached under a monitor, or left created.
//! - `lifecycle`: start, stop, kill, restart, remove, wait.
//! - `exec`, `logs`, `top`: working with a running container and its output.
//! - `pod`: pods (records in `storage::pods`, an infra container whose namespaces members
//!   share; `create` joins a pod through `pod::join_pod`).
//!
//! `build`'s RUN steps, `commit` and a pod's infra container are to call `create` and
//! `lifecycle` as `run` does.

pub mod archive;
pub mod attach;
pub mod build;
mod build_paths;
pub mod commit;
pub mod copy;
pub mod create;
pub mod doctor;
pub mod events;
pub mod exec;
pub mod filter;
pub mod health;
mod host_users;
pub mod image;
pub mod image_tree;
mod image_volumes;
pub mod kube;
pub mod lifecycle;
pub mod limits;
pub mod logs;
pub mod mount;
pub mod namespace;
pub mod network;
pub mod pod;
pub mod quadlet;
pub mod rename;
pub mod secret;
pub mod sort;
mod squash;
pub mod state;
pub mod system;
pub mod systemd;
mod timezone;
pub mod top;
mod transport;
pub mod volume;

pub use create::{CreateOptions, Created, PullPolicy};
pub use namespace::Enter;
pub use state::{Op, State, Verdict};

use crate::config::Settings;
use crate::error::UserError;
use crate::runtime::container::{self, Container};
use crate::storage::StoreError;
use std::path::Path;

/// `--runtime-flag`s are flags for the OCI runtime (runc's global flags). berth runs containers
/// (and RUN steps) in its own runtime, which takes the ones that change nothing for it (logging, root, cgroup
/// manager) and refuses the rest, as runc refuses a flag it does not define.
pub(crate) fn unknown_runtime_flag(flags: &[String]) -> Option<&str> {
    const HARMLESS: &[&str] = &[
        "debug",
        "log",
        "log-format",
        "root",
        "criu",
        "systemd-cgroup",
        "rootless",
    ];
    flags.iter().map(|f| f.trim_start_matches('-')).find(|f| {
        let name = f.split_once('=').map_or(*f, |(n, _)| n);
        !HARMLESS.contains(&name)
    })
}

/// A container a command named, or the name with why it matches none.
pub type Target = Result<Container, (String, anyhow::Error)>;

/// The engine for one berth command: the store it works on and how to call berth again (a
/// pull runs in a child berth, so that this process stays single-threaded).
pub struct Engine {
    pub settings: Settings,
    /// Global flags a child berth gets (`--root`, `--runroot`, `--log-level`).
    pub child_args: Vec<String>,
}

impl Engine {
    pub fn new(settings: Settings, child_args: Vec<String>) -> Engine {
        Engine {
            settings,
            child_args,
        }
    }

    /// Before a container starts: a `--runtime-flag` the built-in runtime does not define
    /// fails the start with 126, as runc's refusal fails podman's.
    pub fn check_runtime_flags(&self) -> Result<(), UserError> {
        match unknown_runtime_flag(&self.settings.runtime_flags) {
            None => Ok(()),
            Some(bad) => Err(UserError::new(format!(
                "OCI runtime error: berth: flag provided but not defined: -{bad}"
            ))
            .with_hint("berth's runtime takes only runc's --debug, --log, --log-format, --root, --criu, --systemd-cgroup and --rootless; drop the other --runtime-flag")
            .with_status(crate::error::ExitStatus::CannotExecute)),
        }
    }

    /// The store's graph root.
    pub fn root(&self) -> &Path {
        &self.settings.paths.graph_root
    }

    /// A container by full ID, unique ID prefix, or name.
    pub fn find(&self, name: &str) -> Result<Container, StoreError> {
        container::find(self.root(), name)
    }

    /// Every container, newest first.
    pub fn list(&self) -> Vec<Container> {
        container::list(self.root())
    }

    /// `--latest`: the container created last.
    pub fn latest(&self) -> Result<Container, UserError> {
        self.list().into_iter().next().ok_or_else(|| {
            UserError::new("no containers to act on: --latest needs at least one container")
                .with_hint("create one with `berth run` or `berth create`")
        })
    }

    /// The containers a command names, or all of them (those in an active state only, with
    /// `active_only`). Each name that matches nothing is an error of its own, kept in order.
    pub fn targets(
        &self,
        all: bool,
        names: &[String],
        active_only: bool,
    ) -> Result<Vec<Target>, UserError> {
        if all {
            return Ok(self
                .list()
                .into_iter()
                .filter(|c| !active_only || State::of(c).is_active())
                .map(Ok)
                .collect());
        }
        if names.is_empty() {
            return Err(UserError::new("you must provide at least one name or id")
                .with_hint("name the containers, or use --all"));
        }
        Ok(names
            .iter()
            .map(|n| self.find(n).map_err(|e| (n.clone(), e.into())))
            .collect())
    }
}

pub use crate::runtime::stop::{parse_signal, parse_signal_number};
