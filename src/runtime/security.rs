//! Capabilities, rlimits, no_new_privs and the seccomp filter of the container's process.
//! (Placeholder: the real implementation replaces this file.)

use super::spec::SecurityOpts;

/// Runs as root in the container's namespaces, before the ids are changed.
pub fn before_setuid(_opts: &SecurityOpts) -> Result<(), String> {
    Ok(())
}

/// Runs after the ids are changed, right before exec.
pub fn after_setuid(_opts: &SecurityOpts, _uid: u32) -> Result<(), String> {
    Ok(())
}
