//! Archives: the hardened, descriptor-based writing of tar entries shared by `pull` (image layers,
//! [`crate::image::layer`]) and `cp` ([`crate::runtime::copy`]).
//!
//! It sits just above [`crate::sys`] and below `storage`, `image` and `runtime`, so that neither
//! of its users depends on the other.

pub mod extract;
pub mod pack;
