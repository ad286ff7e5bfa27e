//! Secrets, with podman's `file` driver and layout (containers/common `pkg/secrets`):
//!
//! ```text
//! secrets/secrets.json                 {"secrets": {ID: record}, "nameToID": {...}, "idToName": {...}}
//! secrets/filedriver/secretsdata.json  {ID: base64 of the data}
//! secrets/secrets.lock                 held while either file changes
//! ```
//!
//! Both files are replaced atomically and are 0600, in a 0700 directory.

use super::{atomic, io_err, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// One secret's record, as podman's `secrets.json` holds it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Secret {
    pub name: String,
    pub id: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    #[serde(rename = "createdAt")]
    pub created_at: String,
    pub driver: String,
    #[serde(rename = "driverOptions", default)]
    pub driver_options: BTreeMap<String, String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Db {
    #[serde(default)]
    secrets: BTreeMap<String, Secret>,
    #[serde(rename = "nameToID", default)]
    name_to_id: BTreeMap<String, String>,
    #[serde(rename = "idToName", default)]
    id_to_name: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("{0}: no such secret")]
    NotFound(String),
    #[error("{0}: secret name in use")]
    NameInUse(String),
    #[error("invalid secret name {0:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")]
    BadName(String),
    #[error("secret data must be larger than 0 and less than 512000 bytes")]
    BadSize,
    #[error("more than one secret matches {0:?}: give more of its ID or its name")]
    Ambiguous(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl crate::error::Hint for SecretError {
    fn hint(&self) -> Option<String> {
        match self {
            SecretError::NotFound(_) => Some("`berth secret ls` lists the secrets".into()),
            SecretError::NameInUse(n) => Some(format!(
                "remove it first (berth secret rm {n}), or choose another name"
            )),
            _ => None,
        }
    }
}

/// The secrets of one store.
pub struct Secrets {
    dir: PathBuf,
}

fn read_json<T: for<'de> Deserialize<'de> + Default>(p: &Path) -> Result<T, StoreError> {
    match std::fs::read(p) {
        Ok(b) => serde_json::from_slice(&b).map_err(|source| StoreError::Corrupt {
            path: p.display().to_string(),
            source,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(io_err("read", p)(e)),
    }
}

fn write_json<T: Serialize>(p: &Path, v: &T) -> Result<(), StoreError> {
    let data = serde_json::to_vec(v).map_err(|source| StoreError::Corrupt {
        path: p.display().to_string(),
        source,
    })?;
    atomic::write(p, &data).map_err(io_err("write", p))?;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600)).map_err(io_err("chmod", p))
}

impl Secrets {
    pub fn open(graph_root: &Path) -> Result<Secrets, StoreError> {
        let dir = graph_root.join("secrets");
        for d in [dir.clone(), dir.join("filedriver")] {
            match std::fs::DirBuilder::new()
                .mode(0o700)
                .recursive(true)
                .create(&d)
            {
                Ok(()) => {}
                Err(e) => return Err(io_err("create", &d)(e)),
            }
        }
        Ok(Secrets { dir })
    }

    fn db_path(&self) -> PathBuf {
        self.dir.join("secrets.json")
    }

    fn data_path(&self) -> PathBuf {
        self.dir.join("filedriver/secretsdata.json")
    }

    fn lock(&self) -> Result<super::lock::Lock, StoreError> {
        let p = self.dir.join("secrets.lock");
        super::lock::exclusive(&p).map_err(io_err("lock", &p))
    }

    /// Every secret, by name.
    pub fn list(&self) -> Result<Vec<Secret>, StoreError> {
        let db: Db = read_json(&self.db_path())?;
        let mut v: Vec<Secret> = db.secrets.into_values().collect();
        v.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.name.cmp(&b.name)));
        Ok(v)
    }

    /// A secret by name, full ID or unique ID prefix.
    pub fn lookup(&self, name: &str) -> Result<Secret, SecretError> {
        let db: Db = read_json(&self.db_path())?;
        lookup_in(&db, name).cloned()
    }

    /// Its data.
    pub fn data(&self, s: &Secret) -> Result<Vec<u8>, SecretError> {
        use base64::Engine as _;
        let data: BTreeMap<String, String> = read_json(&self.data_path())?;
        let b = data
            .get(&s.id)
            .ok_or_else(|| SecretError::NotFound(s.name.clone()))?;
        base64::engine::general_purpose::STANDARD
            .decode(b)
            .map_err(|_| SecretError::NotFound(s.name.clone()))
    }

    /// Store a new secret (or, with `replace`, new data under an existing name); its record.
    pub fn create(
        &self,
        name: &str,
        data: &[u8],
        labels: BTreeMap<String, String>,
        replace: bool,
    ) -> Result<Secret, SecretError> {
        use base64::Engine as _;
        if !super::volumes::valid_name(name) || name.len() > 253 {
            return Err(SecretError::BadName(name.into()));
        }
        if data.is_empty() || data.len() >= 512_000 {
            return Err(SecretError::BadSize);
        }
        let _l = self.lock()?;
        let mut db: Db = read_json(&self.db_path())?;
        let mut store: BTreeMap<String, String> = read_json(&self.data_path())?;
        if let Some(old) = db.name_to_id.get(name).cloned() {
            if !replace {
                return Err(SecretError::NameInUse(name.into()));
            }
            db.secrets.remove(&old);
            db.id_to_name.remove(&old);
            store.remove(&old);
        }
        let id = loop {
            let id = random_id();
            if !db.secrets.contains_key(&id) {
                break id;
            }
        };
        let s = Secret {
            name: name.into(),
            id: id.clone(),
            labels,
            metadata: BTreeMap::new(),
            created_at: super::events::Time::now().rfc3339_nano(),
            driver: "file".into(),
            driver_options: [(
                "path".to_string(),
                self.dir.join("filedriver").display().to_string(),
            )]
            .into(),
        };
        store.insert(
            id.clone(),
            base64::engine::general_purpose::STANDARD.encode(data),
        );
        db.secrets.insert(id.clone(), s.clone());
        db.name_to_id.insert(name.into(), id.clone());
        db.id_to_name.insert(id, name.into());
        // data first: a record never names data that is not there
        write_json(&self.data_path(), &store)?;
        write_json(&self.db_path(), &db)?;
        Ok(s)
    }

    /// Remove a secret; its record.
    pub fn remove(&self, name: &str) -> Result<Secret, SecretError> {
        let _l = self.lock()?;
        let mut db: Db = read_json(&self.db_path())?;
        let s = lookup_in(&db, name)?.clone();
        db.secrets.remove(&s.id);
        db.name_to_id.remove(&s.name);
        db.id_to_name.remove(&s.id);
        write_json(&self.db_path(), &db)?;
        let mut store: BTreeMap<String, String> = read_json(&self.data_path())?;
        store.remove(&s.id);
        write_json(&self.data_path(), &store)?;
        Ok(s)
    }
}

/// 25 random hex digits, podman's secret ID length.
fn random_id() -> String {
    let mut buf = [0u8; 13];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_err()
    {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        buf.copy_from_slice(&t.to_le_bytes()[..13]);
    }
    hex::encode(buf)[..25].to_string()
}

fn lookup_in<'a>(db: &'a Db, name: &str) -> Result<&'a Secret, SecretError> {
    if let Some(id) = db.name_to_id.get(name) {
        if let Some(s) = db.secrets.get(id) {
            return Ok(s);
        }
    }
    if let Some(s) = db.secrets.get(name) {
        return Ok(s);
    }
    let mut found = db.secrets.values().filter(|s| s.id.starts_with(name));
    match (found.next(), found.next()) {
        (Some(s), None) if !name.is_empty() => Ok(s),
        (Some(_), Some(_)) => Err(SecretError::Ambiguous(name.into())),
        _ => Err(SecretError::NotFound(name.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_lookup_remove() {
        let root = std::env::temp_dir().join(format!("berth-secret-test-{}", std::process::id()));
        let s = Secrets::open(&root).unwrap();
        let a = s.create("one", b"hush", BTreeMap::new(), false).unwrap();
        assert_eq!(a.id.len(), 25);
        assert!(matches!(
            s.create("one", b"x", BTreeMap::new(), false),
            Err(SecretError::NameInUse(_))
        ));
        assert!(matches!(
            s.create("bad/name", b"x", BTreeMap::new(), false),
            Err(SecretError::BadName(_))
        ));
        assert_eq!(s.lookup("one").unwrap().id, a.id);
        assert_eq!(s.lookup(&a.id[..6]).unwrap().name, "one");
        assert_eq!(s.data(&a).unwrap(), b"hush");
        s.remove("one").unwrap();
        assert!(matches!(s.lookup("one"), Err(SecretError::NotFound(_))));
        let _ = std::fs::remove_dir_all(&root);
    }
}
