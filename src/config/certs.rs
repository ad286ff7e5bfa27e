//! STUB: replaced by the real certs.d lookup.
use std::path::{Path, PathBuf};
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CertsError(String);
#[derive(Debug, Default)]
pub struct TlsMaterial {
    pub ca_files: Vec<PathBuf>,
    pub client_pairs: Vec<(PathBuf, PathBuf)>,
}
pub fn lookup(_host_port: &str, _extra_dir: Option<&Path>) -> Result<TlsMaterial, CertsError> {
    Ok(TlsMaterial::default())
}
