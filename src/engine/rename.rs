//! `rename`: a container's new name, checked as create checks one, and its `rename` event.

use super::Engine;
use crate::error::UserError;
use crate::runtime::container::{self as containers, Container};

impl Engine {
    /// Give `c` the name `name` (a no-op when it has it already).
    pub fn rename(&self, c: &Container, name: &str) -> anyhow::Result<()> {
        if c.name() == name {
            return Ok(());
        }
        super::create::check_name(name)?;
        let config = containers::rename(c, name).map_err(|e| match e {
            crate::storage::StoreError::NameInUse { id, .. } => anyhow::Error::from(
                UserError::new(format!(
                    "renaming container {}: the container name \"{}\" is already in use by {}: that name is already in use",
                    c.name(),
                    name,
                    id
                ))
                .with_hint(format!(
                    "remove that container (`berth rm {name}`) or choose another name"
                )),
            ),
            other => other.into(),
        })?;
        // podman's event carries the new name
        config.emit("rename");
        Ok(())
    }
}
