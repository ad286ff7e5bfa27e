//! The pure front half of `berth build`: parsing a Containerfile, expanding its variables,
//! reading `.containerignore`, and resolving and hashing COPY/ADD sources in the context.
//!
//! Nothing here runs a container or prints. The executor (`engine::build`) consumes it:
//!
//! 1. [`parser::parse`] gives a [`parser::Containerfile`]: global args and stages, each
//!    instruction with its line and original text (podman's `STEP n/N: …`).
//! 2. [`expand::BuildArgs`] scopes `ARG`s as Docker does (global args for `FROM`, re-declared
//!    ones inside a stage); [`expand::expand_word`] / [`expand::expand_words`] expand the
//!    arguments of the instructions that expand ([`parser::Instruction::expands`]).
//! 3. [`ignore::Ignore::load`] reads `.containerignore` / `.dockerignore`.
//! 4. [`context::Context`] resolves COPY/ADD sources inside the context (as a chroot), lists
//!    what they select ([`context::Context::walk`]) and hashes it for the cache key
//!    ([`context::Context::hash`]).

pub mod context;
pub mod expand;
pub mod ignore;
mod instruction;
pub mod parser;
