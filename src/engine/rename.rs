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
        if let Some(other) = self
            .list()
            .into_iter()
            .find(|o| o.id != c.id && (o.name() == name || o.id == name))
        {
            return Err(UserError::new(format!(
                "renaming container {}: the container name \"{}\" is already in use by {}: that name is already in use",
                c.name(),
                name,
                other.id
            ))
            .with_hint(format!(
                "remove that container (`berth rm {name}`) or choose another name"
            ))
            .into());
        }
        let mut config = c.config.clone();
        config.spec.name = name.to_string();
        containers::save_config(&c.dir, &config)?;
        // podman's event carries the new name
        config.emit("rename");
        Ok(())
    }
}
