//! Archives: extracting tar streams for `pull` (image layers, [`crate::image::layer`]) and `cp`
//! ([`crate::runtime::copy`]): one entry loop ([`extractor`]) over one set of hardened,
//! descriptor-based writers ([`extract`]); and writing layer tars from diff directories
//! ([`pack`]: `commit`, `build`, and `push`/`save` of a layer without its blob).
//!
//! It sits just above [`crate::sys`] and below `storage`, `image` and `runtime`, so that neither
//! of its users depends on the other.

pub mod extract;
pub mod extractor;
pub mod pack;
