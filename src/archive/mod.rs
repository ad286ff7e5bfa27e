//! Archives: extracting tar streams for `pull` (image layers, [`crate::image::layer`]) and `cp`
//! ([`crate::runtime::copy`]): one entry loop ([`extractor`]) over one set of hardened,
//! descriptor-based writers ([`extract`]).
//!
//! It sits just above [`crate::sys`] and below `storage`, `image` and `runtime`, so that neither
//! of its users depends on the other.

pub mod extract;
pub mod extractor;
