//! berth: a rootless, daemonless container tool with podman's interface.
//!
//! The modules follow the architecture (see docs/architecture.md): `cli` parses and prints,
//! `config` resolves settings, `image` talks to registries and reads layers, `storage` owns the
//! per-user store, `archive` writes tar entries without following symlinks (for `image` and
//! `runtime`), `userns` maps the user namespace, and `sys` is the only place with raw calls.
//! `reference` is the syntax of image names. Dependencies point one way, down the layer table
//! that tests/architecture.rs checks: cli → engine → runtime → {image, network} → storage →
//! {userns, config} → {reference, archive} → {output (cli only), error, sys}.
// Raw calls only in sys/ (it allows unsafe_code, behind safe wrappers or unsafe fns).
#![deny(unsafe_code)]
// Printing only in output/ (cli prints through it; the other modules return values).
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod archive;
pub mod build;
pub mod cgroups;
pub mod cli;
pub mod config;
pub mod engine;
pub mod error;
pub mod image;
pub mod network;
pub mod output;
pub mod reference;
pub mod runtime;
pub mod storage;
pub mod sys;
pub mod time;
pub mod userns;
