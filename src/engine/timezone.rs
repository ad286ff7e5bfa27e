//! `--tz`: the container's `/etc/localtime`, as podman sets it. A zone name is looked up in the
//! host's `/usr/share/zoneinfo`, `local` takes the host's own `/etc/localtime` (never `$TZ`); the
//! file is bind-mounted read-only over the image's. A bind mount the user gave for
//! `/etc/localtime` wins, as in podman.

use crate::error::UserError;
use crate::runtime::spec::{self, MountSpec};

const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The host file behind `tz`, symlinks resolved.
fn zone_file(tz: &str) -> Result<std::path::PathBuf, UserError> {
    if tz == "local" {
        return std::fs::canonicalize("/etc/localtime").map_err(|e| {
            UserError::new(format!("finding local timezone: /etc/localtime: {e}")).with_hint(
                "set the host's time zone (timedatectl set-timezone) or name one with --tz",
            )
        });
    }
    let bad = || {
        UserError::new(format!("finding timezone: unknown time zone {tz}")).with_hint(format!(
            "use a name under {ZONEINFO} (e.g. Europe/Berlin, UTC) or local"
        ))
    };
    // a name, not a path out of the zoneinfo tree
    if tz.is_empty() || tz.starts_with('/') || tz.split('/').any(|c| c == ".." || c.is_empty()) {
        return Err(bad());
    }
    let p = std::fs::canonicalize(std::path::Path::new(ZONEINFO).join(tz)).map_err(|_| bad())?;
    if !p.is_file() {
        return Err(bad());
    }
    Ok(p)
}

/// The mount `--tz` adds to `mounts`, unless one of them is already `/etc/localtime`.
pub(crate) fn add_mount(tz: Option<&str>, mounts: &mut Vec<MountSpec>) -> anyhow::Result<()> {
    let Some(tz) = tz.filter(|t| !t.is_empty()) else {
        return Ok(());
    };
    let file = zone_file(tz)?;
    if mounts.iter().any(|m| m.destination == "/etc/localtime") {
        return Ok(());
    }
    mounts.push(spec::parse_volume(&format!(
        "{}:/etc/localtime:ro",
        file.display()
    ))?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_outside_zoneinfo_are_refused() {
        for tz in [
            "",
            "/etc/passwd",
            "../../etc/passwd",
            "Nowhere/Atall",
            "Europe",
        ] {
            assert!(zone_file(tz).is_err(), "{tz}");
        }
    }
}
