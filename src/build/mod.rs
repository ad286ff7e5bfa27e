//! The pure front half of `berth build`: parsing a Containerfile, expanding its variables,
//! reading `.containerignore`, and resolving and hashing COPY/ADD sources in the context.
//!
//! Nothing here runs a container or prints. The executor (`engine::build`) consumes it:
//!
//! 1. [`parser::parse`] gives a [`parser::Containerfile`]: global args and stages, each
//!    instruction with its line and original text (podman's `STEP n/N: …`).
//! 2. [`expand::BuildArgs`] scopes `ARG`s as Docker does (global args for `FROM`, re-declared
//!    ones inside a stage, [`expand::Scope`] for ENV over ARG); [`expand::expand_instruction`]
//!    expands a step's arguments as buildkit does ([`expand::expand_word`] /
//!    [`expand::expand_words`] underneath).
//! 3. [`ignore::Ignore::load`] reads `.containerignore` / `.dockerignore`.
//! 4. [`context::Context`] resolves COPY/ADD sources inside the context (as a chroot), lists
//!    what they select ([`context::Context::walk`]) and hashes it for the cache key
//!    ([`context::Context::hash`]).
//!
//! ```
//! use std::collections::BTreeMap;
//! use berth::build::expand::{self, BuildArgs, Platform, Scope};
//! use berth::build::parser::{self, Instruction};
//!
//! let text = "ARG TAG=3.19\nFROM alpine:$TAG AS base\nARG TAG\nENV DIR=/srv/$TAG\nWORKDIR $DIR\n";
//! let file = parser::parse(text, "Containerfile")?;
//! let host = Platform::host();
//! let args = BuildArgs::new(
//!     BTreeMap::new(),
//!     &expand::platform_args(&host, &host),
//!     &file.global_args,
//!     file.escape,
//! )?;
//! let stage = &file.stages[0];
//! assert_eq!(expand::expand_word(&stage.base, args.globals(), file.escape)?, "alpine:3.19");
//! let mut scope = Scope::default();
//! let mut log = Vec::new();
//! for (n, _, step) in file.steps() {
//!     log.push(format!("STEP {n}/{}: {}", file.step_count(), step.text));
//!     match expand::expand_instruction(&step.value, &scope, file.escape)? {
//!         Instruction::Arg(decls) => {
//!             for d in &decls {
//!                 let value = args.stage_value(d, &scope, file.escape)?;
//!                 scope.set_arg(&d.name, value);
//!             }
//!         }
//!         Instruction::Env(pairs) => pairs.iter().for_each(|kv| scope.set_env(&kv.key, &kv.value)),
//!         Instruction::Workdir(dir) => assert_eq!(dir, "/srv/3.19"),
//!         _ => {}
//!     }
//! }
//! assert_eq!(log[1], "STEP 2/4: ARG TAG");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod context;
pub mod expand;
pub mod ignore;
mod instruction;
mod mount;
pub mod parser;
