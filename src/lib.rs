//! berth: a rootless, daemonless container tool with podman's interface.
//!
//! The modules follow the architecture (see docs/architecture.md): `cli` parses and prints,
//! `config` resolves settings, `image` talks to registries and reads layers, `storage` owns the
//! per-user store, `archive` writes tar entries without following symlinks (for `image` and
//! `runtime`), `userns` maps the user namespace, and `sys` is the only place with raw calls.
#![deny(unsafe_code)]

pub mod archive;
pub mod cli;
pub mod config;
pub mod error;
pub mod image;
pub mod network;
pub mod output;
pub mod runtime;
pub mod storage;
pub mod sys;
pub mod userns;
