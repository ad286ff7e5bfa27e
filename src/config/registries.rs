//! STUB: replaced by the real registries.conf reader.
use crate::image::reference::{ParsedName, Reference};
use std::path::PathBuf;
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct RegistriesError(String);
#[derive(Debug, Default)]
pub struct RegistriesConf {
    search: Vec<String>,
    sources: Vec<PathBuf>,
}
impl RegistriesConf {
    pub fn load() -> Result<Self, RegistriesError> {
        Ok(Self::default())
    }
    pub fn resolve(&self, name: &str, _tty: bool) -> Result<Vec<Reference>, RegistriesError> {
        match Reference::parse(name).map_err(|e| RegistriesError(e.to_string()))? {
            ParsedName::Qualified(r) => Ok(vec![r.with_default_tag()]),
            ParsedName::Short(s) => Ok(self
                .search
                .iter()
                .map(|r| s.qualify(r).with_default_tag())
                .collect()),
        }
    }
    pub fn is_insecure(&self, _h: &str) -> bool {
        false
    }
    pub fn is_blocked(&self, _r: &Reference) -> bool {
        false
    }
    pub fn search_registries(&self) -> &[String] {
        &self.search
    }
    pub fn sources(&self) -> &[PathBuf] {
        &self.sources
    }
}
