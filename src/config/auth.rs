//! STUB: replaced by the real auth.json code.
use std::path::{Path, PathBuf};
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AuthError(String);
#[derive(Clone, Debug)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}
pub fn default_auth_path(explicit: Option<&Path>) -> Result<PathBuf, AuthError> {
    Ok(explicit
        .map(|p| p.to_path_buf())
        .unwrap_or_else(|| PathBuf::from("/nonexistent")))
}
pub fn lookup(
    _registry: &str,
    _repository: &str,
    _explicit: Option<&Path>,
) -> Result<Option<Credentials>, AuthError> {
    Ok(None)
}
pub fn store(_path: &Path, _key: &str, _creds: &Credentials) -> Result<(), AuthError> {
    Ok(())
}
pub fn remove(_path: &Path, _key: &str) -> Result<bool, AuthError> {
    Ok(false)
}
pub fn remove_all(_path: &Path) -> Result<(), AuthError> {
    Ok(())
}
pub fn keys(_path: &Path) -> Result<Vec<String>, AuthError> {
    Ok(vec![])
}
